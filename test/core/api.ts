// The core under test. In the browsers this is the source; `npm run test:node` bundles these same test
// files with this module swapped for the built dist/core.js, so Node tests what ships.
export * from '../../src/core.js';
