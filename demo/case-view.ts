// The custody record header and the case as the class reads it: narrative, then (once the outcome may show)
// the teaching points and the answer key.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, RulePack } from '../src/core.js';
import type { CustodyHeader, TrainingCase } from './cases/index.js';
import { plainReferences } from './cases/plain-references.js';
import { answerText, questionText } from './explain/pack-text.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1983-05-09" → "9 May 1983"; "2025-03-14T02:10" → "14 Mar 2025, 02:10". Read as written, no time zones. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, time] = m;
  const date = `${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y}`;
  return time ? `${date}, ${time}` : date;
}

export function renderCustodyHeader(h: CustodyHeader): TemplateResult {
  return html`
    <p class="system-bar">
      <span class="system-name">Custody system</span>
      <strong class="training-flag">Training environment: every person and record on this page is fictional</strong>
    </p>
    <h1>Custody record <span class="custody-ref">${h.reference}</span></h1>
    <dl class="record-strip">
      <div>
        <dt>Custody reference</dt>
        <dd>${h.reference}</dd>
      </div>
      <div>
        <dt>Detainee</dt>
        <dd>${h.detainee}</dd>
      </div>
      <div>
        <dt>Date of birth</dt>
        <dd>${formatDate(h.dateOfBirth)}</dd>
      </div>
      <div class="wide">
        <dt>Offence</dt>
        <dd>${h.offence}</dd>
      </div>
      <div>
        <dt>Arrested</dt>
        <dd>${formatDate(h.arrestedAt)}</dd>
      </div>
      <div>
        <dt>Custody officer</dt>
        <dd>${h.custodyOfficer}</dd>
      </div>
    </dl>
  `;
}

export const STAGE_WORDS = { 'pre-charge': 'before charge', 'post-charge': 'after charge' } as const;

/** The case as the class reads it; `showNotes`: the teaching points and the answer key too. */
export function renderCase(c: TrainingCase, pack: RulePack, lang: Lang, showNotes: boolean): TemplateResult {
  const answers = Object.entries({ ...c.prefill, ...c.answerKey });
  const prefilled = Object.keys(c.prefill).length;
  const hasNotes = c.teachingPoints.length > 0 || answers.length > 0;
  return html`
    <div class="case-story">
      <h2 id="case-title" tabindex="-1">The case: ${c.title}</h2>
      <p class="drawn-from">${plainReferences(c.drawnFrom)}</p>
      ${c.stage ? html`<p class="case-stage">The decision is made <strong>${STAGE_WORDS[c.stage]}</strong>.</p>` : nothing}
      <div class="narrative">${c.narrative.map(p => html`<p>${p}</p>`)}</div>
      ${
        prefilled
          ? html`<p class="prefill-note">
              The custody system passes ${prefilled} answers to the check from its own records; the check shows them as
              "from the host record" for the officer to confirm.
            </p>`
          : nothing
      }
    </div>
    ${
      !hasNotes
        ? nothing
        : showNotes
          ? html`<div class="case-notes">
              ${c.teachingPoints.length ? renderNotes(c) : nothing}
              ${answers.length ? renderAnswerKey(c, answers, pack, lang) : nothing}
            </div>`
          : html`<p class="notes-held">
              The teaching points and the answer key open once the class has recorded its decision, or when the trainer
              reveals the outcome.
            </p>`
    }
  `;
}

/** The teaching points, each with its references as plain titles. */
export function renderTeachingPoints(c: TrainingCase): TemplateResult {
  return html`<ul class="teaching-points">
    ${c.teachingPoints.map(t => html`<li>${plainReferences(t)}</li>`)}
  </ul>`;
}

function renderNotes(c: TrainingCase): TemplateResult {
  return html`<div class="trainer-notes">
    <h3>Teaching points</h3>
    ${renderTeachingPoints(c)}
    ${c.expectedRisk ? html`<p>The class should arrive at <strong>${c.expectedRisk}</strong> risk.</p>` : nothing}
  </div>`;
}

function renderAnswerKey(c: TrainingCase, answers: [string, string][], pack: RulePack, lang: Lang): TemplateResult {
  return html`<details class="answer-key">
    <summary>Answer key: what the records and the officer in the case can tell you</summary>
    <table>
      <caption>
        Answers for this case
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Answer</th>
          <th scope="col">Where it comes from</th>
        </tr>
      </thead>
      <tbody>
        ${answers.map(([code, value]) => {
          const host = code in c.prefill;
          const corrected = host && c.answerKey[code] !== undefined && c.answerKey[code] !== c.prefill[code];
          return html`<tr>
            <td>${questionText(pack, code, lang) ?? code}</td>
            <td>${answerText(pack, code, value, lang)}</td>
            <td>
              ${
                corrected
                  ? html`the host record says ${answerText(pack, code, c.prefill[code]!, lang)}: the officer corrects it`
                  : host
                    ? 'the host record'
                    : 'the officer'
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </details>`;
}
