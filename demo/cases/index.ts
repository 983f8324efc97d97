// The case library, in the order the picker lists it: the review's own case after charge, then before charge,
// free mode last.
import childrenWithSuspect from './children-with-suspect.json';
import cloughTrial from './clough-trial.json';
import courtBailBreach from './court-bail-breach.json';
import crossBorder from './cross-border.json';
import firearmsCertificate from './firearms-certificate.json';
import freeMode from './free-mode.json';
import gazzardPattern from './gazzard-pattern.json';
import hertfordshireAddress from './hertfordshire-address.json';
import rightToKnow from './right-to-know.json';
import sandwellReview from './sandwell-review.json';
import sandwellReviewPreCharge from './sandwell-review-pre-charge.json';
import standardFirstIncident from './standard-first-incident.json';
import stubbingsRelease from './stubbings-release.json';
import victimUnreachable from './victim-unreachable.json';
import woodBreach from './wood-breach.json';
import type { CustodyHeader, TrainingCase } from './types.js';

export type { CustodyHeader, TrainingCase, Stage } from './types.js';

const HEADER_FIELDS: (keyof CustodyHeader)[] = [
  'reference',
  'detainee',
  'dateOfBirth',
  'offence',
  'arrestedAt',
  'custodyOfficer',
  'officerId'
];

function isStringRecord(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(x => typeof x === 'string');
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(x => typeof x === 'string');
}

/** Checks a case file's shape, so a trainer's typo is a clear message rather than a blank page. */
export function parseCase(json: unknown): TrainingCase {
  const c = json as Partial<TrainingCase> & { custody?: Partial<CustodyHeader> };
  const id = typeof c?.id === 'string' ? c.id : '(no id)';
  const problems: string[] = [];
  for (const key of ['id', 'title', 'drawnFrom'] as const) if (typeof c[key] !== 'string') problems.push(key);
  if (c.stage !== undefined && c.stage !== 'pre-charge' && c.stage !== 'post-charge') problems.push('stage');
  if (typeof c.custody !== 'object' || c.custody === null) problems.push('custody');
  else for (const key of HEADER_FIELDS) if (typeof c.custody[key] !== 'string') problems.push(`custody.${key}`);
  if (!isStringList(c.narrative) || c.narrative.length === 0) problems.push('narrative');
  if (!isStringList(c.teachingPoints)) problems.push('teachingPoints');
  if (!isStringRecord(c.prefill)) problems.push('prefill');
  if (!isStringRecord(c.answerKey)) problems.push('answerKey');
  if (c.expectedRisk !== undefined && !['standard', 'medium', 'high'].includes(c.expectedRisk))
    problems.push('expectedRisk');
  if (problems.length) throw new TypeError(`training case ${id}: missing or invalid ${problems.join(', ')}`);
  return c as TrainingCase;
}

export const CASES: readonly TrainingCase[] = [
  sandwellReview,
  sandwellReviewPreCharge,
  stubbingsRelease,
  hertfordshireAddress,
  woodBreach,
  courtBailBreach,
  rightToKnow,
  crossBorder,
  childrenWithSuspect,
  firearmsCertificate,
  victimUnreachable,
  cloughTrial,
  gazzardPattern,
  standardFirstIncident,
  freeMode
].map(parseCase);

export const REVIEW_CASE_ID = 'sandwell-review';
export const REVIEW_PRE_CHARGE_CASE_ID = 'sandwell-review-pre-charge';
export const FREE_MODE_ID = 'free-mode';

export function caseById(id: string): TrainingCase | undefined {
  return CASES.find(c => c.id === id);
}

/** The answers the officer ends with: the host's prefill, corrected and completed by the answer key. */
export function finalAnswers(c: TrainingCase): Record<string, string> {
  return { ...c.prefill, ...c.answerKey };
}
