// Done: the decision is recorded, with the conditions imposed and when (on the UK clock); the summary
// for the custody record, copied with one key (C) or the button. The summary's text area shows it whole; in print,
// a plain copy of it replaces the text area, so every line of the record reaches the paper.
import { html, nothing } from 'lit';
import { localise, outcomeText } from '../../../src/text.js';
import { formatTime } from '../../../src/time.js';
import { fieldId, type View } from '../view.js';

export function doneStep(v: View) {
  const decision = v.record?.decision;
  const summary = v.record?.summaryText ?? '';
  const imposed = (decision?.conditions ?? []).map(code => localise(v.pack.catalogue.conditions[code]!.text, v.lang));
  return html`<div class="panel" part="panel">
      <h2 tabindex="-1" data-heading>${v.t.doneTitle}</h2>
      ${
        decision
          ? html`<p class="outcome">${outcomeText(v.pack, decision.outcome, v.lang)}</p>
              <p>${v.t.recordedAt(formatTime(decision.at))}</p>`
          : nothing
      }
      ${
        imposed.length
          ? html`<p><strong>${v.t.conditionsImposed}</strong></p>
              <ul>
                ${imposed.map(text => html`<li>${text}</li>`)}
              </ul>`
          : nothing
      }
    </div>
    <label for=${fieldId('summary')}><strong>${v.t.summary}</strong></label>
    <textarea
      id=${fieldId('summary')}
      part="summary-text"
      readonly
      rows=${Math.min(Math.max(summary.split('\n').length, 12), 48)}
      .value=${summary}
    ></textarea>
    <pre class="print-record">${summary}</pre>
    <button type="button" part="button" class="primary" aria-keyshortcuts="C" @click=${v.copy}>${v.t.copy}</button>`;
}
