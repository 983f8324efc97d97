// The handout: what a class takes away from a case, on at most four A4 pages. The case, the teaching points,
// the timeline, the check's recommendation on the case's answers and the class's decision beside it. Hidden on
// screen; print.css shows it alone. Before the class decides, it holds the case only.
import { html, nothing, type TemplateResult } from 'lit';
import type { BailCheckRecord, Lang, RulePack } from '../src/core.js';
import { formatDate, renderTeachingPoints, STAGE_WORDS } from './case-view.js';
import type { TrainingCase } from './cases/index.js';
import { plainReferences } from './cases/plain-references.js';
import { renderDecisionComparison, effects } from './classroom/comparison-view.js';
import type { KeyComparison } from './classroom/compare.js';
import type { ClassDecision } from './classroom/progress.js';
import type { Diffable } from './explain/diff.js';
import { renderPlainWords } from './explain/explain-view.js';
import { outcomeText, questionText, answerText } from './explain/pack-text.js';
import { renderTimeline } from './explain/timeline-view.js';
import type { TimelineAnswer } from './explain/timeline.js';

export interface HandoutInput {
  c: TrainingCase;
  pack: RulePack;
  lang: Lang;
  /** The outcome may show (the class decided, or the trainer revealed it). */
  shown: boolean;
  /** The case's answers for the timeline. */
  answers: readonly TimelineAnswer[];
  /** The class's answers, where the class has given any. */
  given?: Readonly<Record<string, string>>;
  /** The recommendation to print: on the answer key's answers, or the class's where the case has none. */
  recommendation: Diffable | undefined;
  comparison: KeyComparison | undefined;
  decision: ClassDecision | undefined;
  /** The check's final record, once the officer recorded a decision in it. */
  final: BailCheckRecord | undefined;
}

function renderDecision(input: HandoutInput): TemplateResult {
  const { pack, lang, comparison, decision, final } = input;
  return html`
    ${
      comparison
        ? renderDecisionComparison({ pack, lang, comparison, decision })
        : decision
          ? html`<p>
              The class: <strong>${outcomeText(pack, decision.outcome, lang)}</strong> at ${decision.risk} risk.
              ${decision.reason}
            </p>`
          : nothing
    }
    ${
      final?.decision
        ? html`<p>
            Decision recorded in the check: <strong>${outcomeText(pack, final.decision.outcome, lang)}</strong>
            (${final.decision.agreesWithRecommendation ? 'as recommended' : 'not as recommended'})${
              final.decision.reason ? html`: ${final.decision.reason}` : '.'
            }
          </p>`
        : nothing
    }
    ${comparison ? renderDifferences(comparison, pack, lang) : nothing}
    ${!decision && !final?.decision ? html`<p>No decision recorded yet.</p>` : nothing}
  `;
}

const EFFECT_WORDS = { changed: 'changes', gained: 'adds', lost: 'loses' } as const;

/** The class's answers that changed the recommendation, each in a line; the others counted. */
function renderDifferences(cmp: KeyComparison, pack: RulePack, lang: Lang): TemplateResult | typeof nothing {
  const given = cmp.differences.filter(d => d.given !== undefined);
  if (!given.length) return nothing;
  const mattered = given.filter(d => effects(d.effect, pack, lang).length);
  const rest = given.length - mattered.length;
  return html`<p class="handout-differences">
    ${given.length} ${given.length === 1 ? 'answer' : 'answers'} of the class differ from the
    key${
      mattered.length
        ? html`; these changed the recommendation:
          ${mattered.map(
            (d, i) =>
              html`${i ? '; ' : ''}${questionText(pack, d.question, lang) ?? d.question} (class:
              ${answerText(pack, d.question, d.given!, lang).toLowerCase()}, key:
              ${d.key === undefined ? 'not asked' : answerText(pack, d.question, d.key, lang).toLowerCase()}:
              ${effects(d.effect, pack, lang)
                .map(e => `${EFFECT_WORDS[e.change]} ${e.label.toLowerCase()} ${e.text}`)
                .join(', ')})`
          )}`
        : ''
    }${rest ? `. ${rest} did not change it` : ''}.
  </p>`;
}

export function renderHandout(input: HandoutInput): TemplateResult {
  const { c, pack, lang } = input;
  const h = c.custody;
  return html`<article class="handout" aria-labelledby="handout-title">
    <p class="handout-flag">Training handout. Every person and record in it is fictional.</p>
    <h2 id="handout-title">${c.title}</h2>
    <p class="handout-source">${plainReferences(c.drawnFrom)}</p>
    <p class="handout-record">
      Custody record ${h.reference}: ${h.detainee}, born ${formatDate(h.dateOfBirth)}. ${h.offence}. Arrested
      ${formatDate(h.arrestedAt)}.${c.stage ? ` The decision is made ${STAGE_WORDS[c.stage]}.` : ''}
    </p>
    <h3>The case</h3>
    <div class="handout-narrative">${c.narrative.map(p => html`<p>${p}</p>`)}</div>
    ${
      input.shown
        ? html`
            ${
              c.teachingPoints.length
                ? html`<h3>Teaching points</h3>
                    ${renderTeachingPoints(c)}`
                : nothing
            }
            <h3>The decision</h3>
            ${renderDecision(input)}
            <h3 class="handout-timeline-title">The homicide timeline</h3>
            ${renderTimeline({ answers: input.answers, given: input.given, pack, lang, idPrefix: 'handout' })}
            ${
              input.recommendation
                ? html`<h3>
                      ${input.comparison ? "What the check recommends on the case's answers" : 'What the check recommends'}
                    </h3>
                    ${renderPlainWords(input.recommendation, pack, lang)}`
                : nothing
            }
          `
        : html`<p>
            The teaching points, the timeline, the recommendation and the decision print once the class has recorded its
            decision, or the trainer has revealed the outcome.
          </p>`
    }
  </article>`;
}
