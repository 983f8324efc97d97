// GOV.UK Frontend's character count (components/character-count), for the decision's reason: no maxlength, so
// nothing pasted is cut; under the box a visible count ("You have 1,990 characters remaining", in the error style
// and "too many" when over) that the box names in aria-describedby, and a polite live region that says the count
// once typing pauses, not at every key. Over the limit, the error summary refuses the screen (screen-errors.ts).
import { html } from 'lit';
import { LIMITS } from '../../../src/pack/format.js';
import type { Strings } from '../../../src/strings.js';

/** How long typing must pause before the live region speaks (GOV.UK checks each second after half a second's rest). */
const PAUSE_MS = 1000;

/** The count's words for `text`, and whether it is over the limit. */
function counted(t: Strings, text: string): [words: string, over: boolean] {
  const left = LIMITS.textChars - text.length;
  return [t.charactersLeft(left), left < 0];
}

/**
 * The count for the box whose value is `text` (rendered just after it), and its live region (empty until typing).
 * Bound as the box's value is, without live(): a render while the officer types (a record arriving) leaves what
 * was typed, and its count, as they are until the box's change commits them.
 */
export function characterCount(t: Strings, key: string, text: string) {
  const [words, over] = counted(t, text);
  return html`<p id=${`c-${key}`} class=${over ? 'error' : 'hint'} aria-hidden="true" .textContent=${words}></p>
    <p class="vh" aria-live="polite"></p>`;
}

const pauses = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** The box's input handler: the visible count at once, the live region's words once typing pauses. */
export const countAsTyped = (t: Strings) => (e: Event) => {
  const box = e.target as HTMLTextAreaElement;
  const shown = box.nextElementSibling!;
  const [words, over] = counted(t, box.value);
  shown.textContent = words;
  shown.className = over ? 'error' : 'hint';
  clearTimeout(pauses.get(box));
  pauses.set(
    box,
    setTimeout(() => (shown.nextElementSibling!.textContent = words), PAUSE_MS)
  );
};
