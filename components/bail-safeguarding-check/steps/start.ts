// The start: the case the check is for and the decision being made. A stage the host gave is not asked
// (from the stage attribute: fixed; from prefill: shown with a change link).
import { html, nothing } from 'lit';
import { STAGE_QUESTION } from '../../../src/engine.js';
import { localise } from '../../../src/text.js';
import { answerLabel, questionField, questionText, type View } from '../view.js';

export function startStep(v: View) {
  const given = v.state.answers[STAGE_QUESTION];
  const fixed = v.hostStage ?? (given?.source === 'host' && !v.changingStage ? given.value : undefined);
  const stageText = questionText(v, STAGE_QUESTION);
  return html`<h2 tabindex="-1" data-heading>${localise(v.pack.title, v.lang)}</h2>
    <dl class="answers">
      ${
        v.caseId
          ? html`<div>
              <dt>${v.t.caseRef}</dt>
              <dd>${v.caseId}</dd>
            </div>`
          : nothing
      }
      ${
        fixed
          ? html`<div>
              <dt>${stageText}</dt>
              <dd>${answerLabel(v, STAGE_QUESTION, fixed)} <strong class="tag">${v.t.fromHost}</strong></dd>
              ${
                v.hostStage
                  ? nothing
                  : html`<dd class="act">
                      <button type="button" class="link" @click=${v.changeStage}>
                        ${v.t.change}<span class="vh"> ${stageText}</span>
                      </button>
                    </dd>`
              }
            </div>`
          : nothing
      }
    </dl>
    ${fixed ? nothing : questionField(v, STAGE_QUESTION, false)}
    <p class="hint">${v.t.keys}</p>
    <button part="button" class="primary">${v.t.start}</button>`;
}
