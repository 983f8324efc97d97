// The recommendation: risk and indicators, outcome and grounds, actions by when and agency, conditions,
// information gaps, and the rationale with citations (expandable). Everything comes from the engine.
import { html, nothing, type TemplateResult } from 'lit';
import { NOT_ANSWERED, NOT_ASKED } from '../../../src/engine.js';
import { questionOf, sourceOf } from '../../../src/pack/lookup.js';
import { ACTION_TIMES, RISK_LEVELS } from '../../../src/pack/format.js';
import type { RiskLevel } from '../../../src/pack/schema.js';
import { localise, outcomeText } from '../../../src/text.js';
import { answerLabel, questionText, type View } from '../view.js';
import { continueButton } from './question.js';

const list = <T>(v: View, items: T[], item: (i: T) => unknown): TemplateResult =>
  items.length
    ? html`<ul>
        ${items.map(i => html`<li>${item(i)}</li>`)}
      </ul>`
    : html`<p>${v.t.none}</p>`;

/** One fact a rule read, in the interface's words: a question and its answer, the risk level, the indicators. */
function sawText(v: View, key: string, value: unknown): string {
  const { t } = v;
  if (questionOf(v.pack, key)) {
    const said = value === NOT_ANSWERED ? t.notAnswered : value === NOT_ASKED ? t.notAsked : answerLabel(v, key, value);
    return `${questionText(v, key)}: ${said}`;
  }
  if (key === 'risk' && RISK_LEVELS.includes(value as RiskLevel))
    return `${t.riskLevel}: ${t.levels[value as RiskLevel]}`;
  if (key === 'indicators') return `${t.indicators}: ${String(value)}`;
  return `${key}: ${String(value)}`;
}

export function resultStep(v: View) {
  const { ev, t } = v;
  const source = (id: string) => {
    const s = sourceOf(v.pack, id);
    return s ? `${localise(s.title, v.lang)}${s.ref ? `, ${s.ref}` : ''}` : id;
  };
  return html`<h2 tabindex="-1" data-heading>${t.resultTitle}</h2>
    <p class="risk risk-${ev.riskLevel}" part="risk">${t.riskLevel}: <strong>${t.levels[ev.riskLevel]}</strong></p>
    <h3>${t.indicators}</h3>
    ${list(v, ev.indicators, i => i.text)}
    <h3>${t.recommended}</h3>
    <p class="outcome" part="outcome"><strong>${outcomeText(v.pack, ev.outcome.recommended, v.lang)}</strong></p>
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
    ${list(
      v,
      ev.informationGaps,
      // The engine lists each gap's action among the actions, in the interface's language.
      g =>
        html`${g.text}
          <p class="hint">${t.closeGap}: ${ev.actions.find(a => a.code === g.action)?.text ?? g.action}</p>`
    )}
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
                    .map(([key, value]) => sawText(v, key, value))
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
