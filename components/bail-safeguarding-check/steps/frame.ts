// The frame around every step: the back and view links, a notice while the pack's Welsh awaits review, the error
// summary, the draft offer or the step's form, and the polite live region. The element hands it the View and the handlers; it renders nothing else.
import { html, nothing } from 'lit';
import type { Screen } from '../../../src/assessment.js';
import { welshStatus } from '../../../src/pack/identity.js';
import { fieldId, type View } from '../view.js';
import type { LaterStepsController } from '../controllers/later-steps.js';
import { draftStep, type DraftOffer } from './draft.js';
import { questionStep } from './question.js';
import { startStep } from './start.js';

export interface Frame {
  /** A saved draft offered at the start, instead of the start's form. */
  offer: DraftOffer | undefined;
  disabled: boolean;
  /** What the live region says: where the officer is, the provisional risk, a copy… */
  announce: string;
  /** The code of the screens after the questions, loaded on demand. */
  later: LaterStepsController;
  back(): void;
  toggleView(): void;
  submit(e: SubmitEvent): void;
  change(e: Event): void;
  resume(): void;
  startAgain(): void;
}

function step(v: View, screen: Screen, later: LaterStepsController) {
  if (screen.kind === 'start') return startStep(v);
  if (!('id' in screen)) {
    const steps = later.steps;
    if (!steps)
      return later.failed
        ? html`<h2 tabindex="-1" data-heading>${v.t.laterFailed}</h2>
            <button type="button" part="button" class="primary" @click=${() => later.load()}>${v.t.tryAgain}</button>`
        : html`<h2 tabindex="-1" data-heading>${v.t.laterLoading}</h2>`;
    if (screen.kind === 'check') return steps.checkStep(v);
    if (screen.kind === 'result') return steps.resultStep(v);
    if (screen.kind === 'decision') return steps.decisionStep(v);
    return steps.doneStep(v);
  }
  return questionStep(v, screen);
}

/** An error summary link moves focus to its field (in this shadow root, where the page's # links cannot reach). */
function focusField(e: Event, key: string) {
  e.preventDefault();
  ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById(fieldId(key))?.focus();
}

export function frame(v: View, f: Frame) {
  const screen = v.state.step;
  const errors = Object.entries(v.errors);
  const offer = screen.kind === 'start' && f.offer;
  return html`<fieldset class="frame" part="base" ?disabled=${f.disabled}>
      <div class="nav">
        ${
          screen.kind === 'start' || screen.kind === 'done'
            ? nothing
            : html`<button
                type="button"
                class="link back"
                part="back"
                aria-keyshortcuts="Alt+Backspace"
                @click=${f.back}
              >
                ${v.t.back}
              </button>`
        }
        ${
          'id' in screen
            ? html`<button type="button" class="link" @click=${f.toggleView}>
                ${v.state.view === 'one' ? v.t.viewSection : v.t.viewOne}
              </button>`
            : nothing
        }
      </div>
      ${
        v.lang === 'cy' && welshStatus(v.pack) === 'awaiting-review'
          ? html`<p class="notice">${v.t.welshAwaitingReview}</p>`
          : nothing
      }
      ${
        errors.length
          ? html`<div class="error-summary" role="alert" tabindex="-1" part="error-summary">
              <h2>${v.t.problem}</h2>
              <ul>
                ${errors.map(
                  ([key, message]) =>
                    html`<li>
                      <a href=${`#${fieldId(key)}`} @click=${(e: Event) => focusField(e, key)}>${message}</a>
                    </li>`
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        offer
          ? draftStep(v.t, v.lang, offer, f.resume, f.startAgain)
          : html`<form novalidate @submit=${f.submit} @change=${f.change}>${step(v, screen, f.later)}</form>`
      }
    </fieldset>
    <p class="vh" role="status">${f.announce}</p>`;
}
