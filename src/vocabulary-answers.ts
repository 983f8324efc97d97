// Generated from rules/default-pack.json by scripts/host-types.mjs (`npm run manifest`): do not edit.
// The answers a host may prefill, keyed by the vocabulary's codes (the default pack's question ids, stable across
// pack versions), each with the answers its question takes. A pack's own questions have codes under the `x-`
// prefix. The element checks every prefill against the pack in use whatever its type (`prefill-invalid`).

/** A yes / no / not known question: "unknown" is a real answer, never read as "no". */
export type TriAnswer = 'yes' | 'no' | 'unknown';

/** Each code of the vocabulary with the answers its question takes (`string`: free text). */
export interface VocabularyAnswers {
  'decision.stage': 'pre-charge' | 'post-charge';
  'arrest.for-breach': 'none' | 'court-bail' | 'police-bail' | 'protection-order' | 'order-offence';
  'offence.imprisonable': TriAnswer;
  'evidence.sufficient-to-charge': TriAnswer;
  'suspect.under-18': TriAnswer;
  'suspect.on-bail': TriAnswer;
  'suspect.on-bail-same-victim': TriAnswer;
  'suspect.failed-to-surrender': TriAnswer;
  'suspect.previous-breach': TriAnswer;
  'suspect.subject-to-order': TriAnswer;
  'suspect.under-supervision': TriAnswer;
  'suspect.on-licence': TriAnswer;
  'suspect.sentence-for-this-victim': TriAnswer;
  'suspect.programme-non-compliance': TriAnswer;
  'suspect.previous-abuse-this-victim': TriAnswer;
  'suspect.previous-partner-abuse': TriAnswer;
  'suspect.past-coercive-control': TriAnswer;
  'suspect.violent-history': TriAnswer;
  'suspect.firearms-access': TriAnswer;
  'suspect.mental-health': TriAnswer;
  'suspect.self-harm-suicide': TriAnswer;
  'suspect.substance-misuse': TriAnswer;
  'suspect.new-partner-at-risk': TriAnswer;
  'risk.assessment-level': 'standard' | 'medium' | 'high' | 'not-done';
  'abuse.injury': TriAnswer;
  'abuse.strangulation': TriAnswer;
  'abuse.threats-to-kill': TriAnswer;
  'abuse.weapons': TriAnswer;
  'abuse.sexual': TriAnswer;
  'abuse.coercive-control': TriAnswer;
  'abuse.stalking': TriAnswer;
  'abuse.escalation': TriAnswer;
  'abuse.incidents-12-months': '0-1' | '2' | '3-or-more' | 'unknown';
  'abuse.honour-based': TriAnswer;
  'abuse.forced-entry': TriAnswer;
  'victim.frightened': TriAnswer;
  'relationship.separation': TriAnswer;
  'victim.pregnant-or-new-baby': TriAnswer;
  'children.in-household': TriAnswer;
  'children.contact-with-suspect': TriAnswer;
  'children.contact-dispute': TriAnswer;
  'children.family-proceedings': TriAnswer;
  'children.harmed-or-present': TriAnswer;
  'children.protection-plan': TriAnswer;
  'victim.whereabouts-known': TriAnswer;
  'victim.marac-case': TriAnswer;
  'victim.support-worker': TriAnswer;
  'victim.vulnerable': TriAnswer;
  'victim.barriers-to-support': TriAnswer;
  'case.other-force-area': TriAnswer;
  'case.counter-allegation': TriAnswer;
  'victim.views-sought': 'yes' | 'no' | 'not-practicable';
  'victim.views': string;
  'victim.lives-with-suspect': TriAnswer;
  'victim.wishes-to-remain-home': TriAnswer;
  'suspect.bail-address-checked': TriAnswer;
  'suspect.bail-address-near-victim': TriAnswer;
}

export type VocabularyCode = keyof VocabularyAnswers;

/** The `prefill` property: the answers the host holds, by code; leave out what it does not positively hold. */
export type Prefill = { [Code in VocabularyCode]?: VocabularyAnswers[Code] } & {
  [code: `x-${string}`]: string | undefined;
};
