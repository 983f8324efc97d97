// Facts the build computes and bakes in (scripts/lib-build-options.mjs, Vite's `define`). Where the
// sources run unbuilt (the browser tests, `npm start`) they are absent, and the code works them out itself.
declare const __BSC_DEFAULT_PACK_SHA256__: string | undefined;
declare const __BSC_VALIDATOR_ID__: string | undefined;

/** SHA-256 of the bundled pack's canonical JSON, so no page hashes the pack before its first question. */
export const BUILT_DEFAULT_PACK_SHA256: string | undefined =
  typeof __BSC_DEFAULT_PACK_SHA256__ === 'string' ? __BSC_DEFAULT_PACK_SHA256__ : undefined;

/**
 * Names the validator (a hash of its sources): a pack cached as valid is used without loading the validator
 * only when this same validator checked it.
 */
export const VALIDATOR_ID: string = typeof __BSC_VALIDATOR_ID__ === 'string' ? __BSC_VALIDATOR_ID__ : 'unbuilt';
