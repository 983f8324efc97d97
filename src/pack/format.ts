// The rule-pack format's fixed lists and limits, without zod: the engine and the element read these on
// the way to the first question, while the zod schemas (schema.ts) are loaded only when a pack is checked.
// What only the schemas read (the id pattern, the source kinds, the decision-model stages) is there.

export const LIMITS = {
  packChars: 1_000_000,
  textChars: 2_000,
  idChars: 100,
  questions: 10_000,
  rules: 20_000,
  conditionDepth: 12,
  conditionNodes: 400,
  listItems: 500
} as const;

export const LANGUAGES = ['en', 'cy'] as const;
export const STAGES = ['pre-charge', 'post-charge'] as const;
export const RISK_LEVELS = ['standard', 'medium', 'high'] as const;
export const ACTION_TIMES = ['before-decision', 'before-release', 'within-24h'] as const;
