import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--bsc-text-color, #0b0c0c);
    background: var(--bsc-background, #ffffff);
    --bsc-focus-color: #ffdd00;
    --bsc-accent: #1d70b8;
  }
  :host([hidden]) {
    display: none;
  }
  .question {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .question legend {
    padding: 0;
  }
  .question h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .help {
    margin: 0 0 0.75em;
    color: var(--bsc-secondary-text-color, #505a5f);
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
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--bsc-accent);
  }
  :focus-visible {
    outline: 3px solid var(--bsc-focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--bsc-text-color, #0b0c0c);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
