// The one door to the validator (zod/mini, the schemas, check.ts): a dynamic import, so that a page on the
// bundled pack or on a pack already validated never loads it. The build puts it in a chunk of its own.
// It finds every error; the warnings for pack authors are the core's (validate.ts), not the element's.
export type { PackCheck, PackProblem } from './check.js';

export const loadValidator = () => import('./check.js');
