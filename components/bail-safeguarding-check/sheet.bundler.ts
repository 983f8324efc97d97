// sheet.ts for the bundler entries (dist/lib/): Lit's own css tag, which builds the sheet only once a page adopts
// it, so importing the element in Node (a server renderer) throws nothing.
export { css } from 'lit';
