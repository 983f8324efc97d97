// Types for expectations.mjs, so the browser test reads the scenarios with the core's own types.
import type { Evaluation } from '../../src/engine.js';
import type { RulePack, Stage } from '../../src/pack/schema.js';
import type { BailCheckRecord } from '../../src/record-types.js';

export interface CodeList {
  include?: string[];
  exclude?: string[];
  exactly?: string[];
}

export interface Scenario {
  name: string;
  /** Where in ../shared/domain the case comes from. */
  source: string;
  narrative: string;
  stage: Stage;
  answers: Record<string, string>;
  expect: {
    riskLevel?: 'standard' | 'medium' | 'high';
    outcome?: string;
    outcomeNot?: string[];
    outcomeRow?: string;
    alternatives?: CodeList;
    indicators?: CodeList;
    grounds?: CodeList;
    actions?: CodeList;
    conditions?: CodeList;
    /** Question ids left as information gaps. */
    gaps?: CodeList;
    actionWhen?: Record<string, 'before-decision' | 'before-release' | 'within-24h'>;
    /** Conditions that must carry a proportionality note. */
    proportionality?: string[];
  };
}

export function scenarioProblems(scenario: Scenario, result: Evaluation | BailCheckRecord): string[];
export function shownTexts(result: Evaluation | BailCheckRecord): [string, string][];

export interface Vocabulary {
  questions: { id: string; type: 'tri' | 'choice' | 'text'; options?: string[] }[];
  outcomes: Record<Stage, string[]>;
  grounds: string[];
  actions: string[];
  conditions: string[];
}

export function vocabularyProblems(pack: RulePack, vocabulary: Vocabulary): string[];
