// The sheet is built once from this file's own literal text, as Lit's css tag would build it (a constructable
// sheet, adopted by the shadow root), without the tag's run-time check of interpolated values: nothing is
// interpolated here, and no text from outside reaches a style. (Still tagged css, so editors, Prettier and the
// build's whitespace collapse read it as CSS.)
import { css } from './sheet.js';

// GOV.UK-like, themeable through --bsc-* properties (documented on the class). Information never rests on
// colour alone: risk, errors and host answers always carry words; borders stay visible in forced colours.
export const styles = css`
  :host {
    display: block;
    font: inherit;
    line-height: 1.4;
    color: var(--bsc-text-color, #0b0c0c);
    background: var(--bsc-background, #fff);
    max-inline-size: var(--bsc-max-width, 60em);
  }
  :host([hidden]) {
    display: none;
  }
  .frame,
  .q {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .q {
    margin-block-end: 1.5em;
  }
  legend {
    padding: 0;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.15em;
    margin-block-start: 1em;
  }
  h4 {
    font-size: 1em;
  }
  .q h3 {
    margin-block-start: 0;
  }
  .notice {
    margin: 0 0 0.75em;
    padding: 0.25em 0.75em;
    border-inline-start: 5px solid var(--bsc-secondary-text-color, #484949);
  }
  .hint,
  .caption {
    color: var(--bsc-secondary-text-color, #484949);
    margin: 0 0 0.75em;
  }
  p,
  li,
  legend {
    max-inline-size: 44em;
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    cursor: pointer;
  }
  kbd {
    flex: none;
    min-inline-size: 1.2em;
    padding: 0 0.2em;
    font: inherit;
    font-size: 0.85em;
    text-align: center;
    color: var(--bsc-secondary-text-color, #484949);
    border: 1px solid currentColor;
    border-radius: 3px;
  }
  input[type='radio'],
  input[type='checkbox'] {
    font: inherit;
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--bsc-accent, #1d70b8);
  }
  textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    margin-block: 0.25em 1em;
    padding: 0.3em;
    font: inherit;
    color: inherit;
    background: var(--bsc-background, #fff);
    border: 2px solid var(--bsc-text-color, #0b0c0c);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .primary {
    display: block;
    margin-block: 1em;
    padding: 0.45em 0.9em;
    color: var(--bsc-button-text-color, #fff);
    background: var(--bsc-button-background, #00703c);
    border: 2px solid transparent;
    box-shadow: 0 2px 0 #002d18;
    transition: background-color 0.1s;
  }
  .primary:hover,
  .secondary:hover {
    filter: brightness(0.9);
  }
  .secondary {
    padding: 0.45em 0.9em;
    color: inherit;
    background: inherit;
    border: 2px solid var(--bsc-secondary-text-color, #484949);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--bsc-accent, #1d70b8);
    text-decoration: underline;
  }
  .nav {
    display: flex;
    justify-content: space-between;
  }
  .nav:not(:empty) {
    margin-block-end: 1em;
  }
  .back::before {
    content: '‹ ';
  }
  .tag {
    display: inline-block;
    margin: 0 0 0.5em;
    padding: 0.1em 0.4em;
    font-size: 0.9em;
    font-weight: bold;
    background: var(--bsc-tag-background, #eef7ff);
    border: 1px solid var(--bsc-accent, #1d70b8);
  }
  .invalid {
    border-inline-start: 5px solid var(--bsc-error-color, #d4351c);
    padding-inline-start: 0.75em;
  }
  .error {
    margin: 0 0 0.5em;
    font-weight: bold;
    color: var(--bsc-error-color, #d4351c);
  }
  .error-summary {
    margin-block-end: 1.5em;
    padding: 1em;
    border: 5px solid var(--bsc-error-color, #d4351c);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--bsc-error-color, #d4351c);
    font-weight: bold;
  }
  dl {
    margin: 0 0 1em;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--bsc-border-color, #b1b4b6);
  }
  dt {
    flex: 1 1 14em;
    font-weight: bold;
  }
  dd {
    flex: 1 1 10em;
    margin: 0;
  }
  .act {
    flex: 0 0 auto;
  }
  dd ul,
  dd p {
    margin: 0;
  }
  li {
    margin-block-end: 0.4em;
  }
  .vh {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--bsc-focus-color, #fd0);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--bsc-text-color, #0b0c0c);
  }
  [data-heading]:focus {
    outline: none;
    box-shadow: none;
  }
  .error-summary:focus {
    box-shadow: none;
  }
  @media (forced-colors: active) {
    :focus-visible,
    [tabindex='-1']:focus {
      outline-color: Highlight;
    }
    .primary,
    .secondary {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
