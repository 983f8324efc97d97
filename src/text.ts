// Pack text in the interface language, and the words for the pack's codes.
import type { AnswerWords, Lang, LocalText, Question, RulePack } from './pack/schema.js';

/** Picks the text for the language, falling back to English for a missing string. */
export function localise(text: LocalText, lang: Lang): string {
  return (lang === 'cy' && text.cy) || text.en;
}

/** An outcome in words (the code itself for one the pack does not define). */
export function outcomeText(pack: RulePack, code: string, lang: Lang): string {
  const outcomes = pack.catalogue.outcomes;
  return Object.hasOwn(outcomes, code) ? localise(outcomes[code]!.text, lang) : code;
}

/**
 * The verbs a Welsh question may open with and the answers they take: "A oes…?" Oes / Nac oes, "A yw…?" Ydy /
 * Nac ydy, "A ydynt…?" Ydyn / Nac ydyn, "A ellir…?" Gellir / Na ellir, and a past tense ("A achosodd…?",
 * "A ofynnwyd…?") Do / Naddo.
 */
const OPENINGS: [RegExp, AnswerWords][] = [
  [/^A oes\b/, 'oes'],
  [/^A (yw|ydy)\b/, 'ydy'],
  [/^A ydyn(t)?\b/, 'ydyn'],
  [/^A ellir\b/, 'gellir'],
  [/^A \S+(odd|wyd)\b/, 'do']
];

/**
 * How a yes/no question is answered in Welsh: the question's own `answers`, else the words its Welsh text's verb
 * takes, else the neutral Ie / Na.
 */
export function answerWords(q: Question): AnswerWords {
  if (q.answers) return q.answers;
  const text = q.text.cy ?? '';
  return OPENINGS.find(([opening]) => opening.test(text))?.[1] ?? 'ie';
}
