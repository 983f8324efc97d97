// page-guard.ts for the bundler entries (dist/lib/): Node, a worker or a server renderer has no document, and Lit's
// server build gives Node a stand-in `customElements`, so importing the package there must define nothing.
export const inPage = (): boolean => typeof document !== 'undefined' && typeof customElements !== 'undefined';
