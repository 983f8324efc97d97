// The start: the case the check is for and the decision being made. A stage the host gave is not asked.
import { html, nothing } from 'lit';
import { STAGE_QUESTION } from '../../../src/engine.js';
import { localise } from '../../../src/text.js';
import { answerLabel, hostTag, questionField, questionText, type View } from '../view.js';

export function startStep(v: View) {
  const given = v.state.answers[STAGE_QUESTION];
  const fixed = v.hostStage ?? (given?.source === 'host' && !v.changingStage ? given.value : undefined);
  return html`<h2 tabindex="-1" data-heading>${localise(v.pack.title, v.lang)}</h2>
    ${
      v.caseId
        ? html`<dl class="facts">
            <div>
              <dt>${v.t.caseRef}</dt>
              <dd>${v.caseId}</dd>
            </div>
          </dl>`
        : nothing
    }
    ${
      fixed
        ? html`<dl class="facts">
              <div>
                <dt>${questionText(v, STAGE_QUESTION)}</dt>
                <dd>${answerLabel(v, STAGE_QUESTION, fixed)}</dd>
              </div>
            </dl>
            ${
              v.hostStage
                ? nothing
                : html`${hostTag(v, STAGE_QUESTION)}<button type="button" class="link" @click=${v.changeStage}>
                      ${v.t.change}<span class="vh"> ${questionText(v, STAGE_QUESTION)}</span>
                    </button>`
            }`
        : questionField(v, STAGE_QUESTION, false)
    }
    <p class="hint">${v.t.keys}</p>
    <button part="button" class="primary">${v.t.start}</button>`;
}
