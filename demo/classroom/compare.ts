// The class's answers against the case's answer key: the core's evaluate on both answer sets, what differs
// between the two recommendations, and what each differing answer changes on its own. Pure, so it is tested
// without the element.
import { evaluate, type Evaluation, type Lang, type RulePack, type Stage } from '../../src/core.js';
import { STAGE_QUESTION } from '../../src/engine.js';
import { questionOf, questionOrder } from '../../src/pack/lookup.js';
import { diffRecords, type RecordDiff } from '../explain/diff.js';

export type AnswerSet = Readonly<Record<string, string>>;

export interface AnswerDifference {
  question: string;
  /** The class's answer; undefined when the class gave none (not reached, or not asked on its answers). */
  given: string | undefined;
  /** The key's answer; undefined when the key gives none (not asked on the case's facts). */
  key: string | undefined;
  /** From the recommendation on the key's answers to the one with only this answer the class's. */
  effect: RecordDiff;
}

export interface KeyComparison {
  /** The recommendation on the answer key. */
  key: Evaluation;
  /** The recommendation on the class's answers. */
  given: Evaluation;
  /** From the key's recommendation to the class's. */
  overall: RecordDiff;
  /** The answers that differ, in the pack's order. */
  differences: AnswerDifference[];
  /** How many compared answers agree. */
  agreed: number;
}

/** Compared: the pack's own questions with set answers; not the stage (the case sets it) nor free text. */
function compared(pack: RulePack, id: string): boolean {
  const q = questionOf(pack, id);
  return !!q && q.type !== 'text' && id !== STAGE_QUESTION;
}

/** The answer values of a record's answers (as the core's evaluate reads them). */
export function answerSet(answers: readonly { question: string; value: unknown }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of answers) if (typeof a.value === 'string') out[a.question] = a.value;
  return out;
}

export function compareWithKey(
  pack: RulePack,
  keyAnswers: AnswerSet,
  givenAnswers: AnswerSet,
  stage: Stage | undefined,
  lang: Lang
): KeyComparison {
  const key = evaluate(pack, keyAnswers, stage, lang);
  const given = evaluate(pack, givenAnswers, stage, lang);
  const ids = [...new Set([...Object.keys(keyAnswers), ...Object.keys(givenAnswers)])]
    .filter(id => compared(pack, id))
    .sort((a, b) => questionOrder(pack, a)! - questionOrder(pack, b)!);
  const differences: AnswerDifference[] = [];
  let agreed = 0;
  for (const id of ids) {
    const g = givenAnswers[id];
    const k = keyAnswers[id];
    if (g === k) {
      agreed++;
      continue;
    }
    const alone: Record<string, string> = { ...keyAnswers };
    if (g === undefined) delete alone[id];
    else alone[id] = g;
    differences.push({ question: id, given: g, key: k, effect: diffRecords(key, evaluate(pack, alone, stage, lang)) });
  }
  return { key, given, overall: diffRecords(key, given), differences, agreed };
}
