// The explain view: what changed with the last answer (live, beside the check), and the recommendation in
// plain words (what raised the risk, what each action is for, with its sources by title), the rules and their
// ids one click away for pack authors.
import { html, nothing, type TemplateResult } from 'lit';
import type { BailCheckRecord, Lang, RulePack } from '../../src/core.js';
import { DIFF_KINDS, isEmptyDiff, type DiffKind, type Diffable, type RecordDiff } from './diff.js';
import { outcomeText, questionText, sourceOf, sourceTitle, valueText } from './pack-text.js';
import { actionPurposes, riskReasons, type Reason } from './plain.js';

export interface ExplainInput {
  record: BailCheckRecord | undefined;
  diff: RecordDiff | undefined;
  pack: RulePack;
  lang: Lang;
}

export const WHEN = {
  'before-decision': 'Before the decision',
  'before-release': 'Before release',
  'within-24h': 'Within 24 hours'
} as const;

export const RISK_WORDS = { standard: 'Standard', medium: 'Medium', high: 'High' } as const;

const NEW_BADGE = html`<span class="badge badge-new">New</span>`;

function isNew(diff: RecordDiff | undefined, kind: DiffKind, key: string): boolean {
  return !!diff?.kinds[kind].appeared.some(i => i.key === key);
}

function itemClass(diff: RecordDiff | undefined, kind: DiffKind, key: string): string {
  return isNew(diff, kind, key) ? 'item appeared' : 'item';
}

/** One sentence for the live region: what the last answer changed. */
export function changeSentence(diff: RecordDiff | undefined): string {
  if (!diff) return '';
  const appeared = DIFF_KINDS.reduce((n, { kind }) => n + diff.kinds[kind].appeared.length, 0);
  const disappeared = DIFF_KINDS.reduce((n, { kind }) => n + diff.kinds[kind].disappeared.length, 0);
  const parts = [`${appeared} appeared`, `${disappeared} disappeared`];
  if (diff.risk) parts.push(`risk level ${diff.risk.from} to ${diff.risk.to}`);
  if (diff.outcome) parts.push(`recommendation ${diff.outcome.from} to ${diff.outcome.to}`);
  return `Since the last answer: ${parts.join(', ')}.`;
}

function renderChanges(input: ExplainInput, diff: RecordDiff): TemplateResult {
  const { pack, lang } = input;
  if (isEmptyDiff(diff)) return html`<p>Nothing in the recommendation changed with the last answer.</p>`;
  return html`
    <ul class="changes">
      ${
        diff.risk
          ? html`<li class="change changed">
              <span class="badge badge-changed">Changed</span> Risk level: ${diff.risk.from} → ${diff.risk.to}
            </li>`
          : nothing
      }
      ${
        diff.outcome
          ? html`<li class="change changed">
              <span class="badge badge-changed">Changed</span> Recommendation:
              ${outcomeText(pack, diff.outcome.from, lang)} → ${outcomeText(pack, diff.outcome.to, lang)}
            </li>`
          : nothing
      }
      ${DIFF_KINDS.filter(k => k.kind !== 'rationale').map(({ kind, label }) => [
        ...diff.kinds[kind].appeared.map(
          i => html`<li class="change appeared"><span class="badge badge-new">Appeared</span> ${label}: ${i.text}</li>`
        ),
        ...diff.kinds[kind].disappeared.map(
          i =>
            html`<li class="change disappeared">
              <span class="badge badge-gone">Disappeared</span> ${label}: <s>${i.text}</s>
            </li>`
        )
      ])}
    </ul>
  `;
}

function renderAnswerChanges(input: ExplainInput, diff: RecordDiff): TemplateResult | typeof nothing {
  if (!diff.answers.length) return nothing;
  return html`<p class="answer-changes">
    Answers new or changed:
    ${diff.answers.map(
      (a, i) =>
        html`${i ? '; ' : ''}<span class="answer-change"
            >${questionText(input.pack, a.question, input.lang) ?? a.question}
            <strong>${valueText(a.to)}</strong
            >${a.from !== undefined ? html` (was ${valueText(a.from)})` : nothing}</span
          >`
    )}
  </p>`;
}

/** The headline: risk and recommendation (and the officer's decision, once recorded in the check). */
export function renderHeadline(record: BailCheckRecord, pack: RulePack, lang: Lang): TemplateResult {
  return html`<p class="headline">
    Risk level <strong class="risk risk-${record.riskLevel}">${record.riskLevel}</strong>. Recommended:
    <strong>${outcomeText(pack, record.outcome.recommended, lang)}</strong>.
    ${
      record.decision
        ? html`Officer's decision in the check: <strong>${outcomeText(pack, record.decision.outcome, lang)}</strong>.`
        : nothing
    }
  </p>`;
}

/** Beside the check: the headline and what the last answer changed, live from bail-check-change. */
export function renderLiveChanges(input: ExplainInput): TemplateResult {
  const { record, diff } = input;
  return html`
    <p class="live-change" role="status">${changeSentence(diff)}</p>
    ${
      record
        ? html`${renderHeadline(record, input.pack, input.lang)}
            <h3>What changed with the last answer</h3>
            ${
              diff
                ? html`${renderAnswerChanges(input, diff)}${renderChanges(input, diff)}`
                : html`<p>
                    No answer yet in this case: after each answer the officer gives, this lists what appeared and what
                    disappeared.
                  </p>`
            }`
        : html`<p>Start the check and answer a question: this then marks what each answer changed.</p>`
    }
  `;
}

function renderSources(sources: string[]): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  return html`<span class="sources"> (${sources.map((s, i) => html`${i ? '; ' : ''}<cite>${s}</cite>`)})</span>`;
}

function renderReasons(reasons: Reason[]): TemplateResult {
  return html`<ul class="reasons">
    ${reasons.map(r => html`<li>${r.text}${renderSources(r.sources)}</li>`)}
  </ul>`;
}

/** What each action is for, grouped by when it is due. */
function renderActions(record: Diffable, pack: RulePack, lang: Lang): TemplateResult {
  const purposes = actionPurposes(record, pack, lang);
  if (!purposes.length) return html`<p class="none">No action.</p>`;
  return html`${(Object.keys(WHEN) as (keyof typeof WHEN)[]).map(when => {
    const due = purposes.filter(a => a.when === when);
    if (!due.length) return nothing;
    return html`<h4>${WHEN[when]}</h4>
      <ul class="plain-actions">
        ${due.map(
          a =>
            html`<li>
              <strong>${a.text}</strong> <span class="agency">(${a.agency})</span>
              <span class="action-for"
                >For: ${a.for.map((r, i) => html`${i ? '; ' : ''}${r.text}${renderSources(r.sources)}`)}</span
              >
            </li>`
        )}
      </ul>`;
  })}`;
}

/** The recommendation in plain words: the risk and what raised it, the outcome, grounds, actions, conditions, gaps. */
export function renderPlainWords(record: Diffable, pack: RulePack, lang: Lang): TemplateResult {
  const raised = riskReasons(record, pack, lang);
  const alternatives = record.outcome.alternatives;
  return html`<div class="plain-words">
    <div class="plain-part">
      <h3>Risk: ${RISK_WORDS[record.riskLevel]}</h3>
      ${
        raised.length
          ? html`<p>What raised it to ${record.riskLevel}:</p>
              ${renderReasons(raised)}`
          : html`<p>No rule raised the risk above standard.</p>`
      }
      <p>
        Indicators the check found (${record.indicators.length}):
        ${record.indicators.map(i => i.text).join('; ') || 'none'}.
      </p>
    </div>
    <div class="plain-part">
      <h3>Recommended: ${outcomeText(pack, record.outcome.recommended, lang)}</h3>
      ${
        alternatives.length
          ? html`<p>Also open to the officer: ${alternatives.map(a => outcomeText(pack, a, lang)).join('; ')}.</p>`
          : nothing
      }
      ${
        record.grounds.length
          ? html`<p>Grounds:</p>
              <ul>
                ${record.grounds.map(g => html`<li>${g.text} <span class="law">(${g.law})</span></li>`)}
              </ul>`
          : nothing
      }
    </div>
    <div class="plain-part plain-wide">
      <h3>Actions, and what each is for</h3>
      ${renderActions(record, pack, lang)}
    </div>
    <div class="plain-part">
      <h3>Conditions if bailed</h3>
      ${
        record.conditions.length
          ? html`<ul>
              ${record.conditions.map(c => html`<li>${c.text} <span class="purpose">(for: ${c.purpose})</span></li>`)}
            </ul>`
          : html`<p class="none">None.</p>`
      }
    </div>
    <div class="plain-part">
      <h3>Still not known</h3>
      ${
        record.informationGaps.length
          ? html`<ul>
              ${record.informationGaps.map(g => html`<li>${questionText(pack, g.question, lang) ?? g.text}</li>`)}
            </ul>`
          : html`<p class="none">Nothing.</p>`
      }
    </div>
  </div>`;
}

/** What a rule saw: a question by its text, or a fact the engine derived (the risk so far, the indicators). */
function sawLabel(pack: RulePack, key: string, lang: Lang): string {
  return questionText(pack, key, lang) ?? DERIVED_FACTS[key] ?? key;
}

const DERIVED_FACTS: Record<string, string> = {
  risk: 'The risk level the other rules raised',
  indicators: 'How many indicators the other rules found'
};

function renderCites(pack: RulePack, cites: string[], lang: Lang): TemplateResult {
  return html`${cites.map((id, i) => {
    const s = sourceOf(pack, id);
    return html`${i ? '; ' : ''}<cite class="cite"
        >${
          s
            ? html`${sourceTitle(s, lang)}
                <span class="cite-meta">(${s.kind}${s.confidence === 'background' ? ', not confirmed' : ''})</span>`
            : html`<code>${id}</code> (not in the pack's sources)`
        }</cite
      >`;
  })}`;
}

function renderRules(input: ExplainInput, record: BailCheckRecord): TemplateResult {
  const { pack, lang, diff } = input;
  return html`
    <ol class="rules">
      ${record.rationale.map(
        r => html`
          <li class=${itemClass(diff, 'rationale', r.rule)}>
            <p class="rule-head">
              ${isNew(diff, 'rationale', r.rule) ? NEW_BADGE : nothing} <code class="rule-id">${r.rule}</code>
              <span class="rule-text">${r.text}</span>
            </p>
            ${
              Object.keys(r.saw).length
                ? html`<p class="rule-saw">
                    <span class="label">It saw:</span>
                    ${Object.entries(r.saw).map(
                      ([q, v], i) => html`${i ? '; ' : ''}${sawLabel(pack, q, lang)} <strong>${valueText(v)}</strong>`
                    )}
                  </p>`
                : nothing
            }
            <p class="rule-cites"><span class="label">Sources:</span> ${renderCites(pack, r.cites, lang)}</p>
          </li>
        `
      )}
    </ol>
  `;
}

function because(ids: string[]): TemplateResult {
  return html`<span class="because">because ${ids.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}</span>`;
}

function renderCodes(record: BailCheckRecord): TemplateResult {
  const rows: [string, { code: string; because: string[] }[]][] = [
    ['Indicators', record.indicators],
    ['Grounds', record.grounds],
    ['Actions', record.actions],
    ['Conditions', record.conditions]
  ];
  return html`<dl class="codes">
    ${rows.map(
      ([label, items]) =>
        html`<div>
          <dt>${label}</dt>
          <dd>
            ${
              items.length
                ? html`<ul class="items">
                    ${items.map(i => html`<li><code>${i.code}</code> ${because(i.because)}</li>`)}
                  </ul>`
                : 'none'
            }
          </dd>
        </div>`
    )}
  </dl>`;
}

/** The whole explanation: plain words first, the rules with their ids for pack authors one click away. */
export function renderExplain(input: ExplainInput): TemplateResult {
  const { record, pack, lang } = input;
  if (!record)
    return html`<p>
      Start the check and answer a question: this view then says, in plain words, what raised the risk and what each
      action is for.
    </p>`;
  return html`
    ${renderPlainWords(record, pack, lang)}
    <details class="for-authors">
      <summary>For pack authors: the rules that fired, with their ids (${record.rationale.length})</summary>
      <p>
        Outcome <code>${record.outcome.recommended}</code> by <code>${record.outcome.because.join(', ')}</code>; risk
        <code>${record.riskLevel}</code>; pack <code>${record.rulePack.id} ${record.rulePack.version}</code>.
      </p>
      ${renderRules(input, record)} ${renderCodes(record)}
    </details>
  `;
}
