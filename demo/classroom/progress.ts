// What the page keeps of each case while the trainer moves between cases: the check's latest record, the
// class's decision, whether the outcome was revealed. The answers themselves are the element's draft, kept
// under the case's id and offered back when the case returns.
import type { BailCheckRecord, RiskLevel, RulePack } from '../../src/core.js';
import type { RecordDiff } from '../explain/diff.js';
import type { Tampering, Verification } from '../host/final-record.js';

/** The class's decision, recorded before the outcome shows. */
export interface ClassDecision {
  risk: RiskLevel;
  outcome: string;
  reason: string;
}

export interface CaseProgress {
  /** The check's latest record for this case: provisional, or final once the officer records a decision. */
  latest?: BailCheckRecord;
  /** What the last answer changed. */
  diff?: RecordDiff;
  /** Questions answered of those asked, as the check last reported. */
  answered?: { answered: number; total: number };
  final?: { record: BailCheckRecord; pack: RulePack | undefined };
  verification?: Verification;
  tampering?: Tampering;
  decision?: ClassDecision;
  /** The trainer revealed the outcome before the class decided. */
  revealed: boolean;
  /** The class came back to this case part-way: the check offers its draft until the class answers again. */
  returned?: boolean;
}

/** Each case's progress by case id, for the life of the page. */
export class ProgressStore {
  readonly #byCase = new Map<string, CaseProgress>();

  get(caseId: string): CaseProgress {
    let p = this.#byCase.get(caseId);
    if (!p) {
      p = { revealed: false };
      this.#byCase.set(caseId, p);
    }
    return p;
  }

  /** The case starts again: nothing of it is kept. */
  forget(caseId: string): void {
    this.#byCase.delete(caseId);
  }
}

/** Whether anything about the outcome may show: outside classroom mode, once the class decided, or revealed. */
export const outcomeShown = (classroom: boolean, p: CaseProgress): boolean => !classroom || !!p.decision || p.revealed;

/**
 * Whether the check is held back: the class has answered every question it asks, and the outcome may not
 * show yet. The check's next screens are its recommendation, so the class decides first.
 */
export const checkHeld = (classroom: boolean, p: CaseProgress): boolean =>
  !outcomeShown(classroom, p) && !!p.answered && p.answered.total > 0 && p.answered.answered >= p.answered.total;

/** Whether the class has begun this case in the check (so the check holds a draft of it). */
export const begunCase = (p: CaseProgress): boolean => !!p.latest?.answers.some(a => a.source === 'officer');
