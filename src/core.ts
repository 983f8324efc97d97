// bail-safeguarding/core: the decision core without the element. Pure functions that run the same in
// a browser and in Node 20+, so a host's server can check what its page sent.
export { evaluate } from './engine.js';
export type {
  Answers,
  Evaluation,
  Indicator,
  Ground,
  Action,
  BailCondition,
  InformationGap,
  Rationale,
  Outcome
} from './engine.js';
export { validatePack } from './pack/validate.js';
export type { PackProblem, PackValidation } from './pack/validate.js';
export { defaultPack } from './default-pack.js';
export { packIdentity } from './pack/identity.js';
export type { PackIdentity } from './pack/identity.js';
export type { RulePack, Question, Rule, Section, Source, Lang, Stage, RiskLevel, LocalText } from './pack/schema.js';
export type { Condition } from './conditions.js';
export { assess, verifyRecord, verifyRecordJson } from './record.js';
export type { AssessInput, VerifyOptions } from './record.js';
export { sealRecord, verifySeal } from './record-seal.js';
export type { BailCheckRecord, RecordedAnswer, OfficerDecision, RecordSeal } from './record-types.js';
