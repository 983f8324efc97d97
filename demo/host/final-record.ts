// The final record as the host receives it: its summaryText, its JSON, and the check a host's server
// would run (verifyRecord), with a "tamper" button that shows the check failing.
import { html, nothing, type TemplateResult } from 'lit';
import type { BailCheckRecord } from '../../src/core.js';

export interface Verification {
  /** Which record was checked. */
  target: 'record' | 'tampered';
  ok: boolean;
  problems: string[];
}

export interface Tampering {
  record: BailCheckRecord;
  field: string;
  from: string;
  to: string;
}

/** A copy of the record with one field changed, as someone editing it after the decision would. */
export function tamperWith(record: BailCheckRecord): Tampering {
  const copy = structuredClone(record);
  const from = record.riskLevel;
  copy.riskLevel = from === 'standard' ? 'high' : 'standard';
  return { record: copy, field: 'riskLevel', from, to: copy.riskLevel };
}

export interface FinalHandlers {
  copy: (what: string, text: string, shown: HTMLElement) => void;
  verify: () => void;
  tamper: () => void;
}

function copyButton(label: string, what: string, text: string, targetId: string, handlers: FinalHandlers) {
  return html`<button
    type="button"
    @click=${(ev: Event) => {
      const shown = (ev.currentTarget as HTMLElement).ownerDocument.getElementById(targetId);
      if (shown) handlers.copy(what, text, shown);
    }}
  >
    ${label}
  </button>`;
}

function renderVerification(v: Verification | undefined, tampering: Tampering | undefined): TemplateResult {
  if (!v) return html``;
  const which = v.target === 'tampered' ? 'The tampered copy' : 'The record';
  return html`
    ${
      v.target === 'tampered' && tampering
        ? html`<p>
            In a copy of the record, <code>${tampering.field}</code> was changed from
            <strong>${tampering.from}</strong> to <strong>${tampering.to}</strong>, as if someone had edited it after
            the decision.
          </p>`
        : nothing
    }
    <p class=${v.ok ? 'verify-ok' : 'verify-failed'}>
      ${
        v.ok
          ? html`<strong>Verified.</strong> ${which} is consistent: its hash matches, and its recommendation follows
              from its answers under the pack it names. That does not show who made it: a host's server seals what it
              receives (sealRecord) for that.`
          : html`<strong>Verification failed.</strong> ${which} does not verify:`
      }
    </p>
    ${
      v.problems.length
        ? html`<ul class="problems">
            ${v.problems.map(p => html`<li>${p}</li>`)}
          </ul>`
        : nothing
    }
  `;
}

export function renderFinal(
  record: BailCheckRecord | undefined,
  verification: Verification | undefined,
  tampering: Tampering | undefined,
  handlers: FinalHandlers
): TemplateResult {
  if (!record)
    return html`<p class="waiting">
      The final record appears here when the officer confirms their decision (the <code>bail-check-complete</code>
      event).
    </p>`;
  return html`
    <h4>Summary for the custody record (<code>summaryText</code>)</h4>
    <pre class="summary-text" id="final-summary" tabindex="0" aria-label="summaryText of the final record">
${record.summaryText}</pre>
    ${copyButton('Copy the summary', 'the summary', record.summaryText, 'final-summary', handlers)}
    <details class="final-json">
      <summary>The final record as JSON</summary>
      <pre class="json" id="final-json" tabindex="0" aria-label="The final record as JSON">
${JSON.stringify(record, null, 2)}</pre>
    </details>
    ${copyButton('Copy the record JSON', 'the record', JSON.stringify(record, null, 2), 'final-json', handlers)}
    <div class="verify">
      <h4>Check it as the host's server would</h4>
      <p>
        <code>verifyRecord(record, pack)</code> recomputes the hash and re-derives the recommendation from the record's
        answers.
      </p>
      <div class="button-row">
        <button type="button" @click=${handlers.verify}>Verify the record</button>
        <button type="button" @click=${handlers.tamper}>Tamper with a copy</button>
      </div>
      <div class="verify-result" role="status">${renderVerification(verification, tampering)}</div>
    </div>
  `;
}
