// The trainer's explain view: the recommendation's reasons, as the host received them in the latest record,
// with what appeared and disappeared since the answer before.
import { html, nothing, type TemplateResult } from 'lit';
import type { BailCheckRecord, Lang, RulePack } from '../../src/core.js';
import { localise } from '../../src/text.js';
import { DIFF_KINDS, isEmptyDiff, type DiffKind, type RecordDiff } from './diff.js';
import { outcomeText, questionText, sourceOf, valueText } from './pack-text.js';
import { renderTimeline } from './timeline-view.js';

export interface ExplainInput {
  record: BailCheckRecord | undefined;
  diff: RecordDiff | undefined;
  pack: RulePack;
  lang: Lang;
}

const WHEN = {
  'before-decision': 'before the decision',
  'before-release': 'before release',
  'within-24h': 'within 24 hours'
};

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
      ${DIFF_KINDS.map(({ kind, label }) => [
        ...diff.kinds[kind].appeared.map(
          i =>
            html`<li class="change appeared">
              <span class="badge badge-new">Appeared</span> ${label}: <code>${i.key}</code> ${i.text}
            </li>`
        ),
        ...diff.kinds[kind].disappeared.map(
          i =>
            html`<li class="change disappeared">
              <span class="badge badge-gone">Disappeared</span> ${label}: <code>${i.key}</code> <s>${i.text}</s>
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
            ? html`${localise(s.title, lang)}${s.ref ? `, ${s.ref}` : ''}
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

function renderList<T>(
  diff: RecordDiff | undefined,
  title: string,
  kind: DiffKind,
  items: readonly T[],
  key: (item: T) => string,
  body: (item: T) => TemplateResult
): TemplateResult {
  return html`
    <h3>${title}</h3>
    ${
      items.length
        ? html`<ul class="items">
            ${items.map(
              item =>
                html`<li class=${itemClass(diff, kind, key(item))}>
                  ${isNew(diff, kind, key(item)) ? NEW_BADGE : nothing} ${body(item)}
                </li>`
            )}
          </ul>`
        : html`<p class="none">None.</p>`
    }
  `;
}

function renderLists({ diff }: ExplainInput, record: BailCheckRecord): TemplateResult[] {
  return [
    renderList(
      diff,
      'Indicators',
      'indicators',
      record.indicators,
      i => i.code,
      i => html`${i.text} <code>${i.code}</code> ${because(i.because)}`
    ),
    renderList(
      diff,
      'Grounds',
      'grounds',
      record.grounds,
      g => g.code,
      g => html`${g.text} <span class="law">(${g.law})</span> ${because(g.because)}`
    ),
    renderList(
      diff,
      'Actions',
      'actions',
      record.actions,
      a => a.code,
      a => html`${a.text} <span class="when">(${a.agency}, ${WHEN[a.when]})</span> ${because(a.because)}`
    ),
    renderList(
      diff,
      'Conditions',
      'conditions',
      record.conditions,
      c => c.code,
      c => html`${c.text} <span class="purpose">(purpose: ${c.purpose})</span> ${because(c.because)}`
    ),
    renderList(
      diff,
      'Information gaps',
      'informationGaps',
      record.informationGaps,
      g => g.question,
      g => html`${g.text} <code>${g.question}</code> <span class="because">closed by <code>${g.action}</code></span>`
    )
  ];
}

export function renderExplain(input: ExplainInput): TemplateResult {
  const { record, diff, pack, lang } = input;
  return html`
    <p class="live-change" role="status">${changeSentence(diff)}</p>
    ${
      record
        ? html`
            <p class="headline">
              Risk level <strong class="risk risk-${record.riskLevel}">${record.riskLevel}</strong>. Recommended:
              <strong>${outcomeText(pack, record.outcome.recommended, lang)}</strong>
              <code>${record.outcome.recommended}</code>.
              ${
                record.decision
                  ? html`Officer's decision: <strong>${outcomeText(pack, record.decision.outcome, lang)}</strong>.`
                  : nothing
              }
            </p>
            <div class="what-changed">
              <h3>What changed with the last answer</h3>
              ${
                diff
                  ? html`${renderAnswerChanges(input, diff)}${renderChanges(input, diff)}`
                  : html`<p>
                      No answer yet in this case: after each answer the officer gives, this lists what appeared and what
                      disappeared.
                    </p>`
              }
            </div>
            <h3>The homicide timeline</h3>
            ${renderTimeline(record.answers, pack, lang)}
            <h3>Rules that fired</h3>
            ${renderRules(input, record)} ${renderLists(input, record)}
          `
        : html`<p>
            Start the check and answer a question: this view then shows which rules fired, what they saw and the sources
            they cite, and marks what each answer changed.
          </p>`
    }
  `;
}
