// The sheet of the screens after the questions (the recommendation, the decision, the done screen and its printed
// record), loaded with them in the later chunk and adopted after the element's own sheet when it arrives: the
// first question's code carries none of it. Built as the element's sheet is (sheet.ts).
import { css } from './sheet.js';

export const laterStyles = css`
  .agencies > div {
    display: block;
  }
  .agencies dt::first-letter {
    text-transform: uppercase;
  }
  .headline,
  .panel {
    padding: 0.75em 1em;
    border: 3px solid;
    margin-block-end: 1em;
  }
  .headline p {
    margin: 0 0 0.25em;
  }
  .outcome {
    font-size: 1.5em;
    font-weight: bold;
    line-height: 1.25;
  }
  .headline .level {
    font-size: 1.15em;
  }
  .headline .because {
    margin: 0.5em 0 0;
  }
  .risk-high {
    border-inline-start-width: 12px;
    border-color: var(--bsc-error-color, #d4351c);
  }
  .risk-medium {
    border-inline-start-width: 8px;
    border-color: #f47738;
  }
  /* Two columns where the element is wide enough for both, one otherwise: no container query needed. */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
    gap: 0 2em;
  }
  .columns h3:first-child {
    margin-block-start: 0.5em;
  }
  .if-bail {
    margin-block: 1.5em;
    padding: 0 1em 0.5em;
    border: 2px dashed var(--bsc-secondary-text-color, #484949);
  }
  .if-bail h4 {
    margin-block-start: 1em;
  }
  .agency,
  .law {
    color: var(--bsc-secondary-text-color, #484949);
  }
  details.group {
    margin-block: 0.25em;
  }
  details.group ul {
    margin-block: 0.25em 0.75em;
  }
  blockquote {
    margin: 0 0 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--bsc-border-color, #b1b4b6);
  }
  .print-record {
    display: none;
  }
  .panel {
    border-color: var(--bsc-button-background, #00703c);
    margin-block-end: 1em;
  }
  .panel h2 {
    margin: 0 0 0.25em;
  }
  .panel p {
    margin: 0 0 0.25em;
  }
  .panel ul {
    margin: 0;
  }
  details {
    margin-block: 1em;
  }
  summary {
    cursor: pointer;
    color: var(--bsc-accent, #1d70b8);
    text-decoration: underline;
  }
  /* Printed from the last step, the record goes on paper whole: the summary as plain text, every line of it. */
  @media print {
    :host {
      max-inline-size: none;
      color: #000;
      background: none;
    }
    .nav,
    button,
    [role='status'],
    textarea[readonly],
    label[for='f-summary'] {
      display: none !important;
    }
    .print-record {
      display: block;
      margin: 0;
      font:
        10pt/1.35 ui-monospace,
        'Courier New',
        monospace;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .headline,
    .panel,
    .if-bail {
      break-inside: avoid;
    }
  }
`;
