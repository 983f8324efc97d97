// The officer's decision: the recommended outcome or another of this stage, with a reason when it differs.
import { html, nothing } from 'lit';
import { live } from '../live.js';
import { outcomeText } from '../../../src/text.js';
import { stageOutcomes } from '../screen-errors.js';
import { errorMessage, fieldId, type View } from '../view.js';
import { continueButton } from './question.js';

export function decisionStep(v: View) {
  const { t, ev } = v;
  const recommended = ev.outcome.recommended;
  const outcomes = stageOutcomes(v);
  const chosen = v.state.decision.outcome;
  const outcomeError = v.errors['_outcome'];
  const reasonError = v.errors['_reason'];
  return html`<fieldset
      class="q ${outcomeError ? 'invalid' : ''}"
      part="question"
      aria-describedby=${outcomeError ? 'e-_outcome' : nothing}
    >
      <legend><h2 tabindex="-1" data-heading>${t.decisionTitle}</h2></legend>
      ${errorMessage(v, '_outcome')}
      <div class="options">
        ${outcomes.map(
          (code, i) =>
            html`<label
              ><input
                type="radio"
                name="_outcome"
                id=${fieldId(i ? `_outcome-${i}` : '_outcome')}
                value=${code}
                aria-keyshortcuts=${String(i + 1)}
                .checked=${live(chosen === code)}
              />${outcomeText(v.pack, code, v.lang)} ${code === recommended ? t.recommendedTag : nothing}</label
            >`
        )}
      </div>
    </fieldset>
    <div class="q ${reasonError ? 'invalid' : ''}">
      <label for=${fieldId('_reason')}><strong>${t.reason}</strong></label>
      <p class="hint" id="h-_reason">${t.reasonHint}</p>
      ${errorMessage(v, '_reason')}
      <textarea
        id=${fieldId('_reason')}
        name="_reason"
        rows="3"
        aria-describedby=${reasonError ? 'h-_reason e-_reason' : 'h-_reason'}
        .value=${live(v.state.decision.reason)}
      ></textarea>
    </div>
    ${continueButton(t.record)}`;
}
