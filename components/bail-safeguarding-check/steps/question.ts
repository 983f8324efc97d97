// Question screens: one question, a whole section (compact view), or a section's prefilled answers to confirm.
import { html, nothing } from 'lit';
import {
  officerHasAnswered,
  questionsOn,
  sectionOfScreen,
  sectionsShown,
  type Screen
} from '../../../src/assessment.js';
import { sectionOf } from '../../../src/pack/lookup.js';
import { localise } from '../../../src/text.js';
import { questionField, type View } from '../view.js';

/**
 * Where the officer is: "Section 2 of 6". Sections, not questions, are counted: the number of questions grows as
 * answers open follow-ups, the number of sections does not, so the count never jumps back or changes its total.
 */
export function progressText(v: View, screen: Screen): string {
  const section = sectionOfScreen(v.pack, screen);
  const shown = sectionsShown(v.pack);
  const at = section === undefined ? -1 : shown.indexOf(section);
  return at < 0 ? '' : v.t.sectionOf(at + 1, shown.length);
}

export function questionStep(v: View, screen: Screen & { id: string }) {
  const ids = questionsOn(v.pack, v.state, v.ev, screen);
  const sectionId = sectionOfScreen(v.pack, screen);
  const section = sectionId === undefined ? undefined : sectionOf(v.pack, sectionId);
  const title = section ? localise(section.title, v.lang) : '';
  const caption = html`<p class="caption">
    <span>${progressText(v, screen)}${screen.kind === 'question' ? ` · ${title}` : nothing}</span>
    ${
      officerHasAnswered(v.state)
        ? html`<span part="risk">${v.t.provisional}: <strong>${v.t.levels[v.ev.riskLevel]}</strong></span>`
        : nothing
    }
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
