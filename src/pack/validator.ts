// The one door to the validator (zod/mini, the schemas, validate.ts): a dynamic import, so that a page on
// the bundled pack or on a pack already validated never loads it. The build puts it in a chunk of its own.
export type { PackProblem, PackValidation } from './validate.js';

export const loadValidator = () => import('./validate.js');
