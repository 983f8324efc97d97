// Check answers: every asked question by section, each with its answer and a change link.
import { html, nothing } from 'lit';
import { screenOf } from '../../../src/assessment.js';
import { STAGE_QUESTION } from '../../../src/engine.js';
import { questionOf } from '../../../src/pack/lookup.js';
import { localise } from '../../../src/text.js';
import { answerLabel, questionText, type View } from '../view.js';
import { continueButton } from './question.js';

export function checkStep(v: View) {
  return html`<h2 tabindex="-1" data-heading>${v.t.checkTitle}</h2>
    ${v.pack.sections.map(section => {
      const ids = v.ev.asked.filter(id => questionOf(v.pack, id)?.section === section.id);
      if (!ids.length) return nothing;
      return html`<h3>${localise(section.title, v.lang)}</h3>
        <dl class="answers">
          ${ids.map(id => {
            const a = v.state.answers[id];
            const text = questionText(v, id);
            const fromHost = id === STAGE_QUESTION && v.hostStage ? true : a?.source === 'host';
            return html`<div>
              <dt>${text}</dt>
              <dd>
                ${answerLabel(v, id, id === STAGE_QUESTION ? v.ev.stage : a?.value)}
                ${fromHost ? html`<strong class="tag">${v.t.fromHost}</strong>` : nothing}
              </dd>
              <dd class="act">
                ${
                  id === STAGE_QUESTION && v.hostStage
                    ? nothing
                    : html`<button type="button" class="link" @click=${() => v.go(screenOf(v.pack, v.state, id))}>
                        ${v.t.change}<span class="vh"> ${text}</span>
                      </button>`
                }
              </dd>
            </div>`;
          })}
        </dl>`;
    })}
    ${continueButton(v.t.toResult)}`;
}
