// Question screens: one question, a whole section (compact view), or a section's prefilled answers to confirm.
import { html, nothing } from 'lit';
import { questionsOn, type Screen } from '../../../src/assessment.js';
import { STAGE_QUESTION } from '../../../src/engine.js';
import { questionOf, sectionOf } from '../../../src/pack/lookup.js';
import { localise } from '../../../src/text.js';
import { questionField, type View } from '../view.js';

/** Where the officer is: "Question 3 of 24" or "Questions 5 to 9 of 24" (the stage, asked at the start, is not counted). */
export function progressText(v: View, screen: Screen): string {
  const asked = v.ev.asked.filter(id => id !== STAGE_QUESTION);
  const on = questionsOn(v.pack, v.state, v.ev, screen).map(id => asked.indexOf(id) + 1);
  if (!on.length) return '';
  const from = Math.min(...on);
  const to = Math.max(...on);
  return from === to ? v.t.questionOf(from, asked.length) : v.t.questionsOf(from, to, asked.length);
}

export function questionStep(v: View, screen: Screen & { id: string }) {
  const ids = questionsOn(v.pack, v.state, v.ev, screen);
  const sectionId = screen.kind === 'question' ? questionOf(v.pack, screen.id)?.section : screen.id;
  const section = sectionId === undefined ? undefined : sectionOf(v.pack, sectionId);
  const title = section ? localise(section.title, v.lang) : '';
  const caption = html`<p class="caption">
    <span>${screen.kind === 'question' ? `${title} · ` : nothing}${progressText(v, screen)}</span>
    <span part="risk">${v.t.provisional}: <strong>${v.t.levels[v.ev.riskLevel]}</strong></span>
  </p>`;
  if (screen.kind === 'question')
    return html`${caption}${questionField(v, screen.id, true)}${continueButton(v.t.continue)}`;
  return html`${caption}
    <h2 tabindex="-1" data-heading>${title}</h2>
    ${screen.kind === 'host' ? html`<p class="hint">${v.t.hostIntro}</p>` : nothing}
    ${section?.help ? html`<p class="hint">${localise(section.help, v.lang)}</p>` : nothing}
    ${ids.map(id => questionField(v, id, false))}
    ${continueButton(screen.kind === 'host' || ids.some(id => v.state.answers[id]?.source === 'host') ? v.t.confirm : v.t.continue)}`;
}

export const continueButton = (label: string) => html`<button part="button" class="primary">${label}</button>`;
