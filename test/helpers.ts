// Shared test helpers: one way to mount the element and wait for what a host would wait for.
import type { BailSafeguardingCheck } from '../components/element.js';
import type { BailCheckEventMap } from '../components/events.js';
import '../components/index.js';

/** Creates the element, lets `setup` set properties and listeners before it connects, then mounts it. */
export async function mount(
  setup: (el: BailSafeguardingCheck) => void = () => {},
  parent: HTMLElement = document.body
): Promise<BailSafeguardingCheck> {
  const el = document.createElement('bail-safeguarding-check');
  setup(el);
  parent.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Resolves with the next event of that type, or rejects after `ms`. `ms = 0`: no timer of its own, for a promise
 * taken before a whole walk (so the event is not missed): a timer would count the walk, which a busy machine
 * slows; the test's own timeout bounds it instead.
 */
export function nextEvent<K extends keyof BailCheckEventMap>(
  target: EventTarget,
  type: K,
  ms = 30_000
): Promise<BailCheckEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = ms ? setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms) : undefined;
    target.addEventListener(
      type,
      e => {
        clearTimeout(timer);
        resolve(e as BailCheckEventMap[K]);
      },
      { once: true }
    );
  });
}

/**
 * Sets a property to a value its type forbids (a pack that is not one, a prefill of the wrong shape), as a host's
 * untyped script can: the element must refuse it and keep working.
 */
export function setUntyped(el: BailSafeguardingCheck, property: 'rulePack' | 'prefill', value: unknown) {
  Reflect.set(el, property, value);
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Removes every element the tests mounted in the document body. */
export function cleanup() {
  document.body.querySelectorAll('bail-safeguarding-check, iframe, form').forEach(n => n.remove());
}

/** The text of the current step's heading (the element focuses it on every move). */
export function heading(el: Element): string {
  return shadow(el).querySelector('[data-heading]')?.textContent?.trim() ?? '';
}

/** Visible text of the element's shadow root, whitespace collapsed. */
export function text(el: Element): string {
  return (shadow(el).querySelector('.frame')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An option's label as the officer reads it: its text without the key hint (1, 2… or Y, N, K) before it. */
export function labelText(label: Element): string {
  return [...label.childNodes]
    .filter(n => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && n.nodeName !== 'KBD'))
    .map(n => n.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where focus is inside the element. */
export function focused(el: Element): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}

/** Clicks the radio for `value` of question (or `_outcome`) `name`, as the officer would. */
export async function choose(el: HTMLElement & { updateComplete: Promise<boolean> }, name: string, value: string) {
  const radio = shadow(el).querySelector<HTMLInputElement>(`input[type=radio][name="${name}"][value="${value}"]`);
  if (!radio) throw new Error(`no option ${value} for ${name} on "${heading(el)}"`);
  radio.click();
  await el.updateComplete;
}

/** Types into a textarea (a text question or the decision reason) and leaves it, as the officer would. */
export async function type(el: HTMLElement & { updateComplete: Promise<boolean> }, name: string, value: string) {
  const area = shadow(el).querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`);
  if (!area) throw new Error(`no text field ${name} on "${heading(el)}"`);
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  area.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Presses the step's primary button (Start, Continue, Record my decision…). */
export async function proceed(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  const button = shadow(el).querySelector<HTMLButtonElement>('form button.primary');
  if (!button) throw new Error(`no primary button on "${heading(el)}"`);
  button.click();
  await el.updateComplete;
}

/** Answers one question per screen, in turn, as the officer would: each answer (typed for a text question), then Continue. */
export async function answerInTurn(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  answers: [string, string][]
) {
  for (const [name, value] of answers) {
    if (shadow(el).querySelector(`textarea[name="${name}"]`)) await type(el, name, value);
    else await choose(el, name, value);
    await proceed(el);
  }
}

/** Clicks a link-styled button by its visible text (Back, Change…, Show the whole section). */
export async function clickLink(el: HTMLElement & { updateComplete: Promise<boolean> }, label: string, nth = 0) {
  const links = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.link')].filter(b =>
    (b.textContent ?? '').trim().startsWith(label)
  );
  if (!links[nth]) throw new Error(`no "${label}" link on "${heading(el)}"`);
  links[nth].click();
  await el.updateComplete;
}

/**
 * Completes a whole assessment through the UI on any valid pack: every unanswered question "not known"
 * (a choice: its first option; text: a note), then the recommended outcome (with the first condition, when it
 * imposes conditions and none is recommended). Resolves with the completion event's record.
 */
export async function completeAssessment(el: BailSafeguardingCheck): Promise<BailCheckEventMap['bail-check-complete']> {
  const done = nextEvent(el, 'bail-check-complete', 0);
  for (let i = 0; i < 500 && !shadow(el).querySelector('[part~="panel"]'); i++) {
    for (const group of shadow(el).querySelectorAll<HTMLElement>('fieldset.q')) {
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      if (radios.length && !radios.some(r => r.checked))
        (radios.find(r => r.value === 'unknown') ?? radios[0]!).click();
      const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      if (boxes.length && !boxes.some(b => b.checked)) boxes[0]!.click();
      const area = group.querySelector<HTMLTextAreaElement>('textarea');
      if (area && !area.value) {
        area.value = 'Not recorded yet';
        area.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    await el.updateComplete;
    await proceed(el);
  }
  return done;
}
