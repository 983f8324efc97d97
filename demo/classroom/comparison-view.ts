// The class against the answer key, side by side: the decision (risk and outcome) beside the check's
// recommendation on the key's answers, what the class's answers changed in that recommendation, and each
// answer that differs with what it changes on its own.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, RulePack } from '../../src/core.js';
import { questionOf } from '../../src/pack/lookup.js';
import type { RecordDiff } from '../explain/diff.js';
import { RISK_WORDS } from '../explain/explain-view.js';
import { answerText, outcomeText, questionText } from '../explain/pack-text.js';
import type { KeyComparison } from './compare.js';
import type { ClassDecision } from './progress.js';

/** The kinds a trainer points at, in the words of the comparison. */
const SHOWN_KINDS = [
  ['indicators', 'Indicator'],
  ['grounds', 'Ground'],
  ['actions', 'Action'],
  ['conditions', 'Condition']
] as const;

export interface Effect {
  change: 'changed' | 'gained' | 'lost';
  /** What changed: "Risk", "Recommendation", "Indicator", "Action"… */
  label: string;
  text: string;
}

const riskWord = (level: string) => RISK_WORDS[level as keyof typeof RISK_WORDS] ?? level;

/** What a difference changes, in words: risk, outcome, then indicators, grounds, actions and conditions. */
export function effects(diff: RecordDiff, pack: RulePack, lang: Lang): Effect[] {
  const out: Effect[] = [];
  if (diff.risk)
    out.push({ change: 'changed', label: 'Risk', text: `${riskWord(diff.risk.from)} → ${riskWord(diff.risk.to)}` });
  if (diff.outcome)
    out.push({
      change: 'changed',
      label: 'Recommendation',
      text: `${outcomeText(pack, diff.outcome.from, lang)} → ${outcomeText(pack, diff.outcome.to, lang)}`
    });
  for (const [kind, label] of SHOWN_KINDS) {
    for (const i of diff.kinds[kind].disappeared) out.push({ change: 'lost', label, text: i.text });
    for (const i of diff.kinds[kind].appeared) out.push({ change: 'gained', label, text: i.text });
  }
  return out;
}

const BADGE = {
  changed: html`<span class="badge badge-changed">Changed</span>`,
  gained: html`<span class="badge badge-new">Added</span>`,
  lost: html`<span class="badge badge-gone">Lost</span>`
};

function renderEffects(list: Effect[], none: string): TemplateResult {
  if (!list.length) return html`<p class="none">${none}</p>`;
  return html`<ul class="effects">
    ${list.map(e => html`<li class=${`effect effect-${e.change}`}>${BADGE[e.change]} ${e.label}: ${e.text}</li>`)}
  </ul>`;
}

function mark(same: boolean): TemplateResult {
  return same ? html`<span class="verdict verdict-same">same</span>` : html`<span class="verdict">differs</span>`;
}

function givenText(pack: RulePack, cmp: KeyComparison, id: string, value: string | undefined, lang: Lang): string {
  if (value !== undefined) return answerText(pack, id, value, lang);
  return cmp.given.asked.includes(id) ? 'Not answered' : "Not asked on the class's answers";
}

export interface ComparisonInput {
  pack: RulePack;
  lang: Lang;
  comparison: KeyComparison;
  decision: ClassDecision | undefined;
}

/** The decision side by side with the key: risk and outcome. */
export function renderDecisionComparison({ pack, lang, comparison: cmp, decision }: ComparisonInput): TemplateResult {
  const key = cmp.key;
  return html`<table class="side-by-side decision-compare">
    <caption>
      The decision
    </caption>
    <thead>
      <tr>
        <td></td>
        <th scope="col">The class</th>
        <th scope="col">The answer key: the check on the case's answers</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <th scope="row">Risk level</th>
        <td data-label="The class">
          ${decision ? html`${RISK_WORDS[decision.risk]} ${mark(decision.risk === key.riskLevel)}` : 'Not recorded'}
        </td>
        <td data-label="The key">${RISK_WORDS[key.riskLevel]}</td>
      </tr>
      <tr>
        <th scope="row">Outcome</th>
        <td data-label="The class">
          ${
            decision
              ? html`${outcomeText(pack, decision.outcome, lang)} ${mark(decision.outcome === key.outcome.recommended)}`
              : 'Not recorded'
          }
        </td>
        <td data-label="The key">${outcomeText(pack, key.outcome.recommended, lang)}</td>
      </tr>
      ${
        decision?.reason
          ? html`<tr>
              <th scope="row">Why</th>
              <td data-label="The class">${decision.reason}</td>
              <td data-label="The key">${key.rationale.find(r => r.rule === key.outcome.because[0])?.text ?? ''}</td>
            </tr>`
          : nothing
      }
    </tbody>
  </table>`;
}

/** The whole comparison: decision, what the class's answers changed, each differing answer. */
export function renderComparison(input: ComparisonInput): TemplateResult {
  const { pack, lang, comparison: cmp } = input;
  const overall = effects(cmp.overall, pack, lang);
  const unanswered = cmp.differences.filter(d => d.given === undefined && cmp.given.asked.includes(d.question)).length;
  return html`
    ${renderDecisionComparison(input)}
    <h3>What the class's answers changed in the recommendation</h3>
    ${
      unanswered
        ? html`<p class="teaching-note">
            The class has not answered ${unanswered} ${unanswered === 1 ? 'question' : 'questions'} of the check yet:
            the check reads an unanswered question as not known.
          </p>`
        : nothing
    }
    <p>
      On the class's answers the check recommends
      <strong>${outcomeText(pack, cmp.given.outcome.recommended, lang)}</strong> at
      <strong>${RISK_WORDS[cmp.given.riskLevel].toLowerCase()}</strong> risk; on the key's,
      <strong>${outcomeText(pack, cmp.key.outcome.recommended, lang)}</strong> at
      <strong>${RISK_WORDS[cmp.key.riskLevel].toLowerCase()}</strong> risk.
    </p>
    ${renderEffects(overall, "Nothing: the class's answers give the same recommendation as the key's.")}
    <h3>Answers that differ from the key</h3>
    <p>
      ${cmp.agreed} ${cmp.agreed === 1 ? 'answer agrees' : 'answers agree'} with the key; ${cmp.differences.length}
      ${cmp.differences.length === 1 ? 'differs' : 'differ'}. For each, what it changes on its own, on the key's other
      answers.
    </p>
    ${
      cmp.differences.length
        ? html`<table class="side-by-side answer-compare">
            <caption>
              Each answer that differs
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">The class</th>
                <th scope="col">The key</th>
                <th scope="col">What it changes on its own</th>
              </tr>
            </thead>
            <tbody>
              ${cmp.differences.map(
                d =>
                  html`<tr>
                    <th scope="row">${questionText(pack, d.question, lang) ?? d.question}</th>
                    <td data-label="The class">${givenText(pack, cmp, d.question, d.given, lang)}</td>
                    <td data-label="The key">
                      ${d.key === undefined ? 'Not asked on the case' : answerText(pack, d.question, d.key, lang)}
                    </td>
                    <td data-label="On its own">
                      ${renderEffects(effects(d.effect, pack, lang), 'Nothing in the recommendation')}
                    </td>
                  </tr>`
              )}
            </tbody>
          </table>`
        : html`<p>Every answer of the class (${cmp.agreed}) agrees with the key.</p>`
    }
    ${
      cmp.differences.some(d => questionOf(pack, d.question)?.riskFactor && d.given === 'no' && d.key === 'unknown')
        ? html`<p class="teaching-note">
            Not known is never no: a "no" where the key says "not known" closes a gap that is still open.
          </p>`
        : nothing
    }
  `;
}
