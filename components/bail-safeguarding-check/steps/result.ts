// The recommendation: risk and indicators, outcome and grounds, actions by when and agency, conditions,
// information gaps, and the rationale with citations (expandable). Everything comes from the engine.
import { html, nothing, type TemplateResult } from 'lit';
import { ACTION_TIMES } from '../../../src/pack/schema.js';
import { localise } from '../../../src/text.js';
import { answerLabel, questionText, type View } from '../view.js';
import { continueButton } from './question.js';

export const outcomeText = (v: View, code: string) => {
  const def = v.pack.catalogue.outcomes[code];
  return def ? localise(def.text, v.lang) : code;
};

const list = <T>(v: View, items: T[], item: (i: T) => unknown): TemplateResult =>
  items.length
    ? html`<ul>
        ${items.map(i => html`<li>${item(i)}</li>`)}
      </ul>`
    : html`<p>${v.t.none}</p>`;

export function resultStep(v: View) {
  const { ev, t } = v;
  const source = (id: string) => {
    const s = v.pack.sources.find(s => s.id === id);
    return s ? `${s.title}${s.ref ? `, ${s.ref}` : ''}` : id;
  };
  const saw = (key: string, value: unknown) =>
    `${v.pack.questions.some(q => q.id === key) ? questionText(v, key) : key}: ${answerLabel(v, key, value)}`;
  return html`<h2 tabindex="-1" data-heading>${t.resultTitle}</h2>
    <p class="risk risk-${ev.riskLevel}" part="risk">${t.riskLevel}: <strong>${t.levels[ev.riskLevel]}</strong></p>
    <h3>${t.indicators}</h3>
    ${list(v, ev.indicators, i => i.text)}
    <h3>${t.recommended}</h3>
    <p class="outcome" part="outcome"><strong>${outcomeText(v, ev.outcome.recommended)}</strong></p>
    <h3>${t.grounds}</h3>
    ${list(v, ev.grounds, g => html`${g.text} <span class="law">(${g.law})</span>`)}
    <h3>${t.actions}</h3>
    ${ev.actions.length ? nothing : html`<p>${t.none}</p>`}
    ${ACTION_TIMES.map(when => {
      const actions = ev.actions.filter(a => a.when === when);
      if (!actions.length) return nothing;
      const agencies = [...new Set(actions.map(a => a.agency))];
      return html`<h4>${t.when[when]}</h4>
        <dl class="agencies">
          ${agencies.map(
            agency =>
              html`<div>
                <dt>${agency}</dt>
                <dd>
                  ${list(
                    v,
                    actions.filter(a => a.agency === agency),
                    a => a.text
                  )}
                </dd>
              </div>`
          )}
        </dl>`;
    })}
    <h3>${t.conditions}</h3>
    ${list(
      v,
      ev.conditions,
      c =>
        html`${c.text}
          <p class="hint">${t.purpose}: ${c.purpose}</p>
          ${c.proportionality ? html`<p class="hint">${t.proportionality}: ${c.proportionality}</p>` : nothing}`
    )}
    <h3>${t.gaps}</h3>
    ${list(v, ev.informationGaps, g => {
      const action = v.pack.catalogue.actions[g.action];
      return html`${g.text}
        <p class="hint">${t.closeGap}: ${action ? localise(action.text, v.lang) : g.action}</p>`;
    })}
    <details part="rationale">
      <summary>${t.why} (${ev.rationale.length})</summary>
      <ol>
        ${ev.rationale.map(
          r =>
            html`<li>
              ${r.text}
              <p class="hint">
                ${t.saw}:
                ${
                  Object.entries(r.saw)
                    .map(([k, val]) => saw(k, val))
                    .join('; ') || t.none
                }
              </p>
              <p class="hint">${t.cites}: ${r.cites.map(source).join('; ')}</p>
            </li>`
        )}
      </ol>
    </details>
    ${continueButton(t.toDecision)}`;
}
