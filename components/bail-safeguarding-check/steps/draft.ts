// The start, when a draft of this check was saved: resume it, or start again (which deletes it). A draft
// made under other rules is never mixed with the rules in use: it can only be started again.
import { html, nothing } from 'lit';
import type { AssessmentState } from '../../../src/assessment.js';
import type { PackIdentity } from '../../../src/pack/identity.js';
import type { Lang } from '../../../src/pack/schema.js';
import type { Strings } from '../../../src/strings.js';
import { formatTime } from '../../../src/time.js';

/** What a draft holds: the state, and the pack it was made under. */
export interface SavedAssessment {
  pack: PackIdentity;
  assessment: AssessmentState;
}

export interface DraftOffer extends SavedAssessment {
  savedAt: number;
  /** Made under the pack in use now. */
  same: boolean;
}

export function draftStep(t: Strings, lang: Lang, offer: DraftOffer, resume: () => void, startAgain: () => void) {
  const at = formatTime(offer.savedAt);
  return html`<h2 tabindex="-1" data-heading>${t.draftTitle}</h2>
    <p>${offer.same ? t.draftResume(at) : t.draftOtherRules(at, `${offer.pack.id} ${offer.pack.version}`)}</p>
    <div class="buttons">
      ${
        offer.same
          ? html`<button type="button" part="button" class="primary" @click=${resume}>${t.resume}</button>`
          : nothing
      }
      <button
        type="button"
        part=${offer.same ? 'secondary-button' : 'button'}
        class=${offer.same ? 'secondary' : 'primary'}
        @click=${startAgain}
      >
        ${t.startAgain}
      </button>
    </div>`;
}
