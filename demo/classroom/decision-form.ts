// The class's decision, recorded before anything of the check's outcome shows: the risk the class sees, the
// outcome it would choose (every outcome of the stage, in the pack's order, none marked), and why.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, RiskLevel, RulePack, Stage } from '../../src/core.js';
import { outcomeFitsStage } from '../../src/engine.js';
import { outcomeText } from '../explain/pack-text.js';
import { RISK_WORDS } from '../explain/explain-view.js';
import type { ClassDecision } from './progress.js';

export type DecisionField = 'risk' | 'outcome';

const RISKS = Object.keys(RISK_WORDS) as RiskLevel[];

const MISSING: Record<DecisionField, string> = {
  risk: 'Choose the risk the class sees',
  outcome: 'Choose the outcome the class would decide'
};

/** The outcomes an officer may decide at this stage, in the pack's order. */
export function stageOutcomes(pack: RulePack, stage: Stage): string[] {
  return Object.entries(pack.catalogue.outcomes)
    .filter(([, def]) => outcomeFitsStage(def.stage, stage))
    .map(([code]) => code);
}

/** The decision the form holds, or the fields still to fill. */
export function readDecision(form: HTMLFormElement): { decision?: ClassDecision; missing: DecisionField[] } {
  const data = new FormData(form);
  const risk = data.get('class-risk');
  const outcome = data.get('class-outcome');
  const reason = String(data.get('class-reason') ?? '').trim();
  const missing: DecisionField[] = [];
  if (typeof risk !== 'string' || !RISKS.includes(risk as RiskLevel)) missing.push('risk');
  if (typeof outcome !== 'string' || !outcome) missing.push('outcome');
  if (missing.length) return { missing };
  return { decision: { risk: risk as RiskLevel, outcome: outcome as string, reason }, missing };
}

export interface DecisionFormInput {
  pack: RulePack;
  lang: Lang;
  stage: Stage;
  /** Fields the class left empty at its last try. */
  missing: DecisionField[];
  /** The check holds its next screens until the class decides. */
  held: boolean;
}

export function renderDecisionForm(input: DecisionFormInput, submit: (form: HTMLFormElement) => void): TemplateResult {
  const { pack, lang, stage, missing } = input;
  const invalid = (field: DecisionField) => missing.includes(field);
  return html`<form
    class="class-decision"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      submit(e.currentTarget as HTMLFormElement);
    }}
  >
    <p>
      ${
        input.held
          ? html`<strong>The class has answered every question.</strong> The check's recommendation comes next: record
              the class's decision first.`
          : html`Answer the check's questions as the custody officer would. Before the check shows its recommendation,
            the class records its own decision here; nothing of the outcome shows until then.`
      }
    </p>
    ${
      missing.length
        ? html`<div class="error-summary" role="alert" tabindex="-1">
            <h3>There is a problem</h3>
            <ul>
              ${missing.map(f => html`<li><a href=${`#class-${f}-first`}>${MISSING[f]}</a></li>`)}
            </ul>
          </div>`
        : nothing
    }
    <fieldset class=${invalid('risk') ? 'choice invalid' : 'choice'}>
      <legend>The risk the class sees</legend>
      ${invalid('risk') ? html`<p class="error">${MISSING.risk}</p>` : nothing}
      ${RISKS.map(
        (risk, i) =>
          html`<label class="option"
            ><input type="radio" name="class-risk" value=${risk} id=${i ? `class-risk-${risk}` : 'class-risk-first'} />
            ${RISK_WORDS[risk]}</label
          >`
      )}
    </fieldset>
    <fieldset class=${invalid('outcome') ? 'choice invalid' : 'choice'}>
      <legend>The class's decision</legend>
      ${invalid('outcome') ? html`<p class="error">${MISSING.outcome}</p>` : nothing}
      ${stageOutcomes(pack, stage).map(
        (code, i) =>
          html`<label class="option"
            ><input
              type="radio"
              name="class-outcome"
              value=${code}
              id=${i ? `class-outcome-${code}` : 'class-outcome-first'}
            />
            ${outcomeText(pack, code, lang)}</label
          >`
      )}
    </fieldset>
    <div class="field">
      <label for="class-reason">Why, in a sentence or two</label>
      <textarea id="class-reason" name="class-reason" rows="3"></textarea>
    </div>
    <div class="button-row">
      <button type="submit">Record the class's decision</button>
    </div>
  </form>`;
}
