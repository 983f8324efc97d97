// The officer's decision: the recommended outcome or another of this stage; for an outcome with conditions, the
// conditions imposed (the recommended ones ticked, each removable, any other of the pack's addable); the victim's
// views as recorded, or that they were not; and the reason, required when the decision differs or the views
// were not recorded.
import { html, nothing } from 'lit';
import { live } from '../live.js';
import { decidedConditions } from '../../../src/assessment.js';
import { localise, outcomeText } from '../../../src/text.js';
import { imposesConditions, VIEWS_QUESTION } from '../../../src/vocabulary.js';
import { stageOutcomes, viewsNotRecorded } from '../screen-errors.js';
import { errorMessage, fieldId, keyHint, type View } from '../view.js';
import { characterCount, countAsTyped } from './character-count.js';
import { continueButton } from './question.js';

/** The conditions to choose from: the recommended ones first (ticked until the officer changes them), then the rest. */
function conditionsField(v: View) {
  const { t, pack } = v;
  const recommended = v.ev.conditions.map(c => c.code);
  const codes = [...recommended, ...Object.keys(pack.catalogue.conditions).filter(c => !recommended.includes(c))];
  if (!codes.length) return nothing;
  const chosen = decidedConditions(v.state, v.ev);
  const invalid = !!v.errors['_conditions'];
  return html`<fieldset
    class="q conditions ${invalid ? 'invalid' : ''}"
    part="question"
    aria-describedby=${invalid ? 'h-_conditions e-_conditions' : 'h-_conditions'}
  >
    <legend><h3>${t.conditionsLegend}</h3></legend>
    <p class="hint" id="h-_conditions">${t.conditionsHint}</p>
    ${errorMessage(v, '_conditions')}
    <div class="options">
      ${codes.map(
        (code, i) =>
          html`<label
            ><input
              type="checkbox"
              name="_conditions"
              id=${fieldId(i ? `_conditions-${i}` : '_conditions')}
              value=${code}
              .checked=${live(chosen.includes(code))}
            />${localise(pack.catalogue.conditions[code]!.text, v.lang)}
            ${recommended.includes(code) ? t.recommendedTag : nothing}</label
          >`
      )}
    </div>
  </fieldset>`;
}

/** What the victim said, as the officer recorded it, or that it was not recorded. */
function victimViews(v: View) {
  const views = v.state.answers[VIEWS_QUESTION]?.value;
  const said = v.ev.asked.includes(VIEWS_QUESTION) && views ? views : undefined;
  if (!said && !viewsNotRecorded(v)) return nothing;
  return html`<div class="views">
    <h3>${v.t.victimViews}</h3>
    ${said ? html`<blockquote><p>${said}</p></blockquote>` : html`<p>${v.t.viewsMissing}</p>`}
  </div>`;
}

export function decisionStep(v: View) {
  const { t, ev } = v;
  const recommended = ev.outcome.recommended;
  const outcomes = stageOutcomes(v);
  const chosen = v.state.decision.outcome;
  const outcomeError = v.errors['_outcome'];
  const reasonError = v.errors['_reason'];
  // The reason's value is set only when the state's changes (not live()): a render while the officer types (a late
  // record) put the old state's value over what was typed or pasted and not yet committed.
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
              />${keyHint(String(i + 1))}${outcomeText(v.pack, code, v.lang)}
              ${code === recommended ? t.recommendedTag : nothing}</label
            >`
        )}
      </div>
    </fieldset>
    ${chosen && imposesConditions(chosen) ? conditionsField(v) : nothing} ${victimViews(v)}
    <div class="q ${reasonError ? 'invalid' : ''}">
      <label for=${fieldId('_reason')}><strong>${t.reason}</strong></label>
      <p class="hint" id="h-_reason">${t.reasonHint}</p>
      ${errorMessage(v, '_reason')}
      <textarea
        id=${fieldId('_reason')}
        name="_reason"
        rows="3"
        aria-describedby=${reasonError ? 'h-_reason e-_reason c-_reason' : 'h-_reason c-_reason'}
        .value=${v.state.decision.reason}
        @input=${countAsTyped(t)}
      ></textarea>
      ${characterCount(t, '_reason', v.state.decision.reason)}
    </div>
    ${continueButton(t.record)}`;
}
