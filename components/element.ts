// bail-safeguarding/element: the element class and `define()`, with no side effects.
export { BailSafeguardingCheck } from './bail-safeguarding-check/bail-safeguarding-check.component.js';
export { define, DEFAULT_TAG } from './define.js';
export type * from './events.js';
export type { BailCheckRecord, RecordedAnswer, OfficerDecision } from '../src/record-types.js';
export type { Prefill, TriAnswer, VocabularyAnswers, VocabularyCode } from '../src/vocabulary-answers.js';
export type { Lang, RulePack, Stage } from '../src/pack/schema.js';
