// The record handed to the host: schema-versioned, JSON-serialisable, deterministic for the same answers,
// pack and clock. Field names are part of the public contract (../shared/DESIGN.md).
import type { Action, BailCondition, Ground, Indicator, InformationGap, Outcome, Rationale } from './engine.js';
import type { PackIdentity } from './pack/identity.js';
import type { Lang, RiskLevel, Stage } from './pack/schema.js';

/** Where an answer came from: the officer, or the host's record (prefill, or the `stage` attribute). */
export const ANSWER_SOURCES = ['officer', 'host'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

export interface RecordedAnswer {
  question: string;
  value: unknown;
  source: AnswerSource;
  /** ISO 8601 time of the answer. */
  at: string;
}

export interface OfficerDecision {
  outcome: string;
  agreesWithRecommendation: boolean;
  reason?: string;
  at: string;
  /**
   * The conditions the officer actually imposed, as codes of the pack's catalogue (in its order), for an outcome
   * with conditions: the recommended ones the officer kept and any others added.
   */
  conditions?: string[];
}

export interface BailCheckRecord {
  schemaVersion: 1;
  caseId?: string;
  officerId?: string;
  stage: Stage;
  /** The language the record's texts are in (an extension of DESIGN.md's record; defaults to en). */
  lang: Lang;
  startedAt: string;
  completedAt?: string;
  rulePack: PackIdentity;
  riskLevel: RiskLevel;
  indicators: Indicator[];
  outcome: Outcome;
  grounds: Omit<Ground, never>[];
  actions: Action[];
  conditions: BailCondition[];
  informationGaps: InformationGap[];
  rationale: Rationale[];
  answers: RecordedAnswer[];
  decision?: OfficerDecision;
  summaryText: string;
  integrity: { algorithm: 'SHA-256'; hash: string };
  /** Added by the host's server when it receives the record (`sealRecord`), never by the element. */
  seal?: RecordSeal;
}

/** The host's seal: an ECDSA P-256 signature (base64, r and s) over the canonical JSON of the rest. */
export interface RecordSeal {
  algorithm: 'ECDSA-P256-SHA256';
  signature: string;
}
