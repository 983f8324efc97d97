// The recommendation, to be read in five seconds: the outcome and the risk level together at the top, why the
// outcome table chose it, the three strongest reasons and what must be done before the decision and before
// release; then the grounds and the risk indicators (grouped by section, each group collapsible). When the outcome
// keeps the suspect in custody, the conditions and the actions before release stand under "If bail is granted".
// Then the actions within 24 hours, the information not known and the rationale with citations (expandable).
// Everything comes from the engine's evaluation: nothing here runs it again.
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, Indicator } from '../../../src/engine.js';
import { NOT_ANSWERED, NOT_ASKED } from '../../../src/engine.js';
import { questionOf, sectionOf, sourceOf } from '../../../src/pack/lookup.js';
import { RISK_LEVELS } from '../../../src/pack/format.js';
import type { ActionTime, RiskLevel } from '../../../src/pack/schema.js';
import { outcomeReason, strongestReasons } from '../../../src/reasons.js';
import { localise, outcomeText } from '../../../src/text.js';
import { keepsInCustody, SHARED_HOME_QUESTION } from '../../../src/vocabulary.js';
import { answerLabel, questionText, type View } from '../view.js';
import { continueButton } from './question.js';

const list = <T>(v: View, items: readonly T[], item: (i: T) => unknown): TemplateResult =>
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

/** The actions due at one time, each with who does it; nothing when there are none. */
function actionsAt(v: View, when: ActionTime, level: 'h3' | 'h4') {
  const actions = v.ev.actions.filter(a => a.when === when);
  if (!actions.length) return nothing;
  const title = `${v.t.actions} ${v.t.when[when].toLocaleLowerCase(v.lang)}`;
  const items = list(v, actions, (a: Action) => html`${a.text} <span class="agency">(${a.agency})</span>`);
  return level === 'h3'
    ? html`<h3>${title}</h3>
        ${items}`
    : html`<h4>${title}</h4>
        ${items}`;
}

/**
 * The conditions with their purposes. A proportionality note (barring the suspect from a home) is shown only when
 * the victim and suspect may share an address: not when the officer answered that they do not.
 */
function conditions(v: View, level: 'h3' | 'h4') {
  const { t, ev } = v;
  const sharedHome = ev.asked.includes(SHARED_HOME_QUESTION) ? v.state.answers[SHARED_HOME_QUESTION]?.value : undefined;
  const items = list(
    v,
    ev.conditions,
    c =>
      html`${c.text}
        <p class="hint">${t.purpose}: ${c.purpose}</p>
        ${c.proportionality && sharedHome !== 'no' ? html`<p class="hint">${t.proportionality}: ${c.proportionality}</p>` : nothing}`
  );
  return level === 'h3'
    ? html`<h3>${t.conditions}</h3>
        ${items}`
    : html`<h4>${t.conditions}</h4>
        ${items}`;
}

/** The indicators grouped by the section of the questions their rule read, in pack order (the rest last). */
function indicatorGroups(v: View): { title: string; items: Indicator[] }[] {
  const sawOf = new Map(v.ev.rationale.map(r => [r.rule, r.saw]));
  const bySection = new Map<string, Indicator[]>();
  for (const indicator of v.ev.indicators) {
    const read = Object.keys(sawOf.get(indicator.because[0]!) ?? {});
    const section = read.map(id => questionOf(v.pack, id)?.section).find(s => s !== undefined) ?? '';
    bySection.set(section, [...(bySection.get(section) ?? []), indicator]);
  }
  const order = [...v.pack.sections.map(s => s.id), ''];
  return [...bySection]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, items]) => {
      const section = id ? sectionOf(v.pack, id) : undefined;
      return { title: section ? localise(section.title, v.lang) : v.t.otherIndicators, items };
    });
}

function indicators(v: View) {
  const groups = indicatorGroups(v);
  return html`<h3>${v.t.indicators} (${v.ev.indicators.length})</h3>
    ${
      groups.length
        ? groups.map(
            g =>
              html`<details class="group">
                <summary>${g.title} (${g.items.length})</summary>
                ${list(v, g.items, i => i.text)}
              </details>`
          )
        : html`<p>${v.t.none}</p>`
    }`;
}

export function resultStep(v: View) {
  const { ev, t } = v;
  const custody = keepsInCustody(ev.outcome.recommended);
  const because = outcomeReason(ev);
  const reasons = strongestReasons(v.pack, ev);
  const source = (id: string) => {
    const s = sourceOf(v.pack, id);
    return s ? `${localise(s.title, v.lang)}${s.ref ? `, ${s.ref}` : ''}` : id;
  };
  return html`<h2 tabindex="-1" data-heading>${t.resultTitle}</h2>
    <div class="headline risk-${ev.riskLevel}">
      <p class="outcome" part="outcome">${outcomeText(v.pack, ev.outcome.recommended, v.lang)}</p>
      <p class="level" part="risk">${t.riskLevel}: <strong>${t.levels[ev.riskLevel]}</strong></p>
      ${because ? html`<p class="because">${t.because}: ${because}</p>` : nothing}
    </div>
    <div class="columns">
      <div>
        ${
          reasons.length
            ? html`<h3>${t.mainReasons}</h3>
                <ul class="reasons">
                  ${reasons.map(
                    r =>
                      html`<li>
                        ${r.facts.length ? html`<strong>${r.facts.join('; ')}</strong>` : nothing}${r.facts.length && r.text ? ': ' : nothing}${r.text ?? nothing}
                      </li>`
                  )}
                </ul>`
            : nothing
        }
        ${actionsAt(v, 'before-decision', 'h3')} ${custody ? nothing : actionsAt(v, 'before-release', 'h3')}
      </div>
      <div>
        <h3>${t.grounds}</h3>
        ${list(v, ev.grounds, g => html`${g.text} <span class="law">(${g.law})</span>`)} ${indicators(v)}
      </div>
    </div>
    ${
      custody
        ? html`<section class="if-bail" aria-labelledby="if-bail">
            <h3 id="if-bail">${t.ifBail}</h3>
            <p class="hint">${t.ifBailHint}</p>
            ${actionsAt(v, 'before-release', 'h4')} ${conditions(v, 'h4')}
          </section>`
        : conditions(v, 'h3')
    }
    ${actionsAt(v, 'within-24h', 'h3')}
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
