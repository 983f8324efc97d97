// The homicide timeline drawn with HTML and CSS classes (the page's CSP forbids inline styles).
import { html, nothing, type TemplateResult } from 'lit';
import type { BailCheckRecord, Lang, RulePack } from '../../src/core.js';
import { questionText } from './pack-text.js';
import { placeOnTimeline, TIMELINE, TIMELINE_BASIS } from './timeline.js';

function stageClass(markers: { value: string }[], n: number, furthest: number): string {
  const classes = ['stage'];
  if (markers.some(m => m.value === 'yes')) classes.push('stage-yes');
  else if (markers.length) classes.push('stage-unknown');
  if (n <= furthest) classes.push('stage-reached');
  return classes.join(' ');
}

export function renderTimeline(answers: BailCheckRecord['answers'], pack: RulePack, lang: Lang): TemplateResult {
  const picture = placeOnTimeline(answers);
  const furthestStage = TIMELINE.find(s => s.n === picture.furthest);
  return html`
    <p class="timeline-summary">
      ${
        furthestStage
          ? html`Answers of "yes" reach <strong>stage ${furthestStage.n} of 8: ${furthestStage.title}</strong>.`
          : html`No answer of "yes" sits on the timeline yet.`
      }
      The timeline (Monckton-Smith, 2019; brief.md §8) shows escalation at a glance. It is not a prediction: risk
      identification "is not a predictive process".
    </p>
    <ol class="timeline">
      ${picture.stages.map(
        s => html`
          <li class=${stageClass(s.markers, s.n, picture.furthest)}>
            <span class="stage-number">Stage ${s.n}</span>
            <span class="stage-title">${s.title}</span>
            <span class="stage-description">${s.description}</span>
            ${
              s.markers.length
                ? html`<ul class="markers">
                    ${s.markers.map(
                      m =>
                        html`<li class=${m.value === 'yes' ? 'marker marker-yes' : 'marker marker-unknown'}>
                          <span class="marker-value">${m.value === 'yes' ? 'Yes' : 'Not known'}</span>
                          ${questionText(pack, m.question, lang) ?? m.question}
                          ${m.source === 'host' ? html`<span class="marker-source">(host record)</span>` : nothing}
                        </li>`
                    )}
                  </ul>`
                : nothing
            }
          </li>
        `
      )}
    </ol>
    <details class="timeline-basis">
      <summary>How answers are placed on the timeline</summary>
      <p>
        A question answered "yes" places a marker at its stage; "not known" places an outlined marker, because not known
        is never no; "no" places nothing. Stage 2 has no custody question. Stage 8 is what the check exists to prevent.
        [S]: brief.md places the factor there; [I]: an inference.
      </p>
      <table>
        <caption>
          Question codes and their stages
        </caption>
        <thead>
          <tr>
            <th scope="col">Question code</th>
            <th scope="col">Stage</th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          ${TIMELINE.flatMap(s =>
            s.codes.map(
              code =>
                html`<tr>
                  <td><code>${code}</code></td>
                  <td>${s.n}: ${s.title}</td>
                  <td>${TIMELINE_BASIS[code]}</td>
                </tr>`
            )
          )}
        </tbody>
      </table>
    </details>
  `;
}
