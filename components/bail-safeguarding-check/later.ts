// What the officer needs only once the questions are under way: the screens after them (check answers, the
// recommendation, the decision, the summary) and the record maker. A chunk loaded on demand
// (controllers/later-steps.ts) as soon as the element has painted: the first question never waits for it.
export { recordOf } from '../../src/record.js';
export { laterStyles } from './later.styles.js';
export { checkStep } from './steps/check.js';
export { decisionStep } from './steps/decision.js';
export { doneStep } from './steps/done.js';
export { resultStep } from './steps/result.js';
