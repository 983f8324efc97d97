// Whether this runs in a page, where define() may register the element. The script-tag files of dist/ are for
// pages alone, so here it is always true and costs no bytes; the bundler entries (dist/lib/, which Node and server
// renderers import too) are built with page-guard.bundler.ts in its place (scripts/bundler-build.mjs).
export const inPage = (): boolean => true;
