// What changed between two recommendations: the trainer's "change one answer and see what appears and
// disappears", and the class's answers against the answer key. Pure, so it is tested without the element.
import type { BailCheckRecord } from '../../src/core.js';

/** What a diff reads: a record, or the core's evaluation of an answer set (which lists no answers). */
export type Diffable = Pick<
  BailCheckRecord,
  'riskLevel' | 'outcome' | 'indicators' | 'grounds' | 'actions' | 'conditions' | 'informationGaps' | 'rationale'
> & { answers?: readonly { question: string; value: unknown }[] };

export type DiffKind = 'indicators' | 'grounds' | 'actions' | 'conditions' | 'informationGaps' | 'rationale';

export interface DiffItem {
  key: string;
  text: string;
}

export interface KindDiff {
  appeared: DiffItem[];
  disappeared: DiffItem[];
}

export interface RecordDiff {
  kinds: Record<DiffKind, KindDiff>;
  risk?: { from: string; to: string };
  outcome?: { from: string; to: string };
  /** Answers that changed value (or were newly given) since the previous record. */
  answers: { question: string; from?: unknown; to: unknown }[];
}

export const DIFF_KINDS: readonly { kind: DiffKind; label: string }[] = [
  { kind: 'indicators', label: 'Indicators' },
  { kind: 'grounds', label: 'Grounds' },
  { kind: 'actions', label: 'Actions' },
  { kind: 'conditions', label: 'Conditions' },
  { kind: 'informationGaps', label: 'Information gaps' },
  { kind: 'rationale', label: 'Rules fired' }
];

function itemsOf(record: Diffable | undefined, kind: DiffKind): DiffItem[] {
  if (!record) return [];
  switch (kind) {
    case 'informationGaps':
      return record.informationGaps.map(g => ({ key: g.question, text: g.text }));
    case 'rationale':
      return record.rationale.map(r => ({ key: r.rule, text: r.text }));
    default:
      return record[kind].map(i => ({ key: i.code, text: i.text }));
  }
}

function diffKind(prev: DiffItem[], next: DiffItem[]): KindDiff {
  const before = new Set(prev.map(i => i.key));
  const after = new Set(next.map(i => i.key));
  return {
    appeared: next.filter(i => !before.has(i.key)),
    disappeared: prev.filter(i => !after.has(i.key))
  };
}

/** The difference from `prev` to `next`; with no `prev`, everything in `next` has appeared. */
export function diffRecords(prev: Diffable | undefined, next: Diffable): RecordDiff {
  const kinds = Object.fromEntries(
    DIFF_KINDS.map(({ kind }) => [kind, diffKind(itemsOf(prev, kind), itemsOf(next, kind))])
  ) as Record<DiffKind, KindDiff>;
  const prevAnswers = new Map(prev?.answers?.map(a => [a.question, a.value]));
  const answers = (next.answers ?? [])
    .filter(a => !prevAnswers.has(a.question) || prevAnswers.get(a.question) !== a.value)
    .map(a => ({
      question: a.question,
      ...(prevAnswers.has(a.question) ? { from: prevAnswers.get(a.question) } : {}),
      to: a.value
    }));
  return {
    kinds,
    ...(prev && prev.riskLevel !== next.riskLevel ? { risk: { from: prev.riskLevel, to: next.riskLevel } } : {}),
    ...(prev && prev.outcome.recommended !== next.outcome.recommended
      ? { outcome: { from: prev.outcome.recommended, to: next.outcome.recommended } }
      : {}),
    answers
  };
}

/** Whether anything a trainer would point at changed. */
export function isEmptyDiff(diff: RecordDiff): boolean {
  return (
    !diff.risk &&
    !diff.outcome &&
    DIFF_KINDS.every(({ kind }) => diff.kinds[kind].appeared.length === 0 && diff.kinds[kind].disappeared.length === 0)
  );
}
