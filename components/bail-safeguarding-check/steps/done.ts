// Done: the decision is recorded; the summary for the custody record, copied with one key (C) or the button.
import { html, nothing } from 'lit';
import { outcomeText } from '../../../src/text.js';
import { fieldId, type View } from '../view.js';

export function doneStep(v: View) {
  const decision = v.record?.decision;
  return html`<div class="panel" part="panel">
      <h2 tabindex="-1" data-heading>${v.t.doneTitle}</h2>
      ${decision ? html`<p>${outcomeText(v.pack, decision.outcome, v.lang)}</p>` : nothing}
    </div>
    <label for=${fieldId('summary')}><strong>${v.t.summary}</strong></label>
    <textarea
      id=${fieldId('summary')}
      part="summary-text"
      readonly
      rows="12"
      .value=${v.record?.summaryText ?? ''}
    ></textarea>
    <button type="button" part="button" class="primary" aria-keyshortcuts="C" @click=${v.copy}>${v.t.copy}</button>`;
}
