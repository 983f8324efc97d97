// The homicide timeline as one picture: eight stages side by side, the case's answers placed on them, in
// words as well as lines (so it reads in forced colours and in print), drawn with classes only (the page's
// CSP forbids inline styles). The basis of each placement is one click away.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, RulePack } from '../../src/core.js';
import { plainReferences } from '../cases/plain-references.js';
import { answerText, questionText } from './pack-text.js';
import { placeOnTimeline, TIMELINE, TIMELINE_BASIS, type Marker, type TimelineAnswer } from './timeline.js';

export interface TimelineInput {
  /** The case's answers: the answer key's, or the class's where the case has no key. */
  answers: readonly TimelineAnswer[];
  /** The class's answers, to mark where they differ from the case's. */
  given?: Readonly<Record<string, string>>;
  pack: RulePack;
  lang: Lang;
  /** Prefixes the ids, so the page and the handout can each hold a copy. */
  idPrefix: string;
}

const VALUE_WORDS = { yes: 'Yes', unknown: 'Not known', no: 'Not on the case' } as const;

function stageClass(markers: Marker[], n: number, furthest: number): string {
  const classes = ['stage'];
  if (markers.some(m => m.value === 'yes')) classes.push('stage-yes');
  else if (markers.some(m => m.value === 'unknown')) classes.push('stage-unknown');
  if (n <= furthest) classes.push('stage-reached');
  return classes.join(' ');
}

function renderMarker(m: Marker, input: TimelineInput): TemplateResult {
  const given = m.given === undefined ? undefined : answerText(input.pack, m.question, m.given, input.lang);
  return html`<li class=${`marker marker-${m.value}`}>
    <span class="marker-value">${VALUE_WORDS[m.value]}</span>
    <span class="marker-label">${m.label}</span>
    ${m.source === 'host' ? html`<span class="marker-source">from the host record</span>` : nothing}
    ${given ? html`<span class="marker-given">The class: ${given.toLowerCase()}</span>` : nothing}
  </li>`;
}

/** The picture: caption (with the caveat), then the eight stages. */
export function renderTimeline(input: TimelineInput): TemplateResult {
  const picture = placeOnTimeline(input.answers, input.given);
  const furthest = TIMELINE.find(s => s.n === picture.furthest);
  const captionId = `${input.idPrefix}-timeline-caption`;
  return html`<figure class="timeline-figure" aria-labelledby=${captionId}>
    <figcaption id=${captionId} class="timeline-caption">
      <strong>The case's answers on the homicide timeline</strong> (Monckton-Smith, 2019).
      ${
        furthest
          ? html`Answers of "yes" reach <strong>stage ${furthest.n} of 8: ${furthest.title}</strong>.`
          : html`No answer of "yes" sits on the timeline.`
      }
      <span class="timeline-caveat"
        >It shows escalation at a glance; it is not a prediction: risk identification "is not a predictive
        process".</span
      >
      <span class="timeline-legend"
        >Solid box: yes. Dashed box: not known (never read as
        no).${input.given ? ' "The class" shows an answer of the class that differs from the case.' : ''}</span
      >
    </figcaption>
    <ol class="timeline">
      ${picture.stages.map(
        s =>
          html`<li class=${stageClass(s.markers, s.n, picture.furthest)}>
            <p class="stage-head">
              <span class="stage-number"
                >Stage
                ${s.n}${s.n <= picture.furthest ? html`<span class="stage-reached-word"> · reached</span>` : nothing}</span
              >
              <span class="stage-title">${s.title}</span>
            </p>
            <p class="stage-description">${s.description}</p>
            ${
              s.markers.length
                ? html`<ul class="markers">
                    ${s.markers.map(m => renderMarker(m, input))}
                  </ul>`
                : nothing
            }
          </li>`
      )}
    </ol>
  </figure>`;
}

/** How answers are placed, for the trainer and pack authors. */
export function renderTimelineBasis(pack: RulePack, lang: Lang): TemplateResult {
  return html`<details class="timeline-basis">
    <summary>How answers are placed on the timeline</summary>
    <p>
      A question answered "yes" places a marker at its stage; "not known" places a dashed marker, because not known is
      never no; "no" places nothing. Stage 2 has no custody question. Stage 8 is what the check exists to prevent. [S]:
      the domain brief places the factor there; [I]: an inference. The mapping is this page's teaching aid, not part of
      any rule pack.
    </p>
    <table class="side-by-side">
      <caption>
        Questions and their stages
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Stage</th>
          <th scope="col">Basis</th>
        </tr>
      </thead>
      <tbody>
        ${TIMELINE.flatMap(s =>
          s.codes.map(
            code =>
              html`<tr>
                <th scope="row">${questionText(pack, code, lang) ?? code}</th>
                <td data-label="Stage">${s.n}: ${s.title}</td>
                <td data-label="Basis">${plainReferences(TIMELINE_BASIS[code] ?? '')}</td>
              </tr>`
          )
        )}
      </tbody>
    </table>
  </details>`;
}
