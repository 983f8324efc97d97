// The vendor's side of the page: create the element, set its attributes and properties, listen to its
// events. Nothing here reaches into the element's shadow root; a custody system would do exactly this.
import '../components/index.js';
import type { BailCheckEventMap } from '../components/element.js';
import type { RulePack } from '../src/pack/schema.js';

export type CheckElement = HTMLElementTagNameMap['bail-safeguarding-check'];

export type Stage = 'pre-charge' | 'post-charge';

export interface HostCase {
  /** The custody record reference: keys the element's draft and goes into the record. */
  caseId: string;
  officerId: string;
  /** Empty: the host does not know, and the officer answers the stage question. */
  stage: Stage | '';
  /** What the custody system already holds, keyed by the vocabulary's codes. */
  prefill: Record<string, string>;
}

export function createCheck(): CheckElement {
  return document.createElement('bail-safeguarding-check');
}

function setOptionalAttribute(el: Element, name: string, value: string) {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

/** What a host does when its officer opens the bail check for a custody record. */
export function showCase(el: CheckElement, c: HostCase) {
  el.setAttribute('case-id', c.caseId);
  el.setAttribute('officer-id', c.officerId);
  setOptionalAttribute(el, 'stage', c.stage);
  el.prefill = { ...c.prefill };
}

/** Starts the case afresh: forgets the officer's answers (and the saved draft), then applies the host's data. */
export function restartCase(el: CheckElement, c: HostCase) {
  showCase(el, c);
  el.reset();
}

/**
 * Opens another custody record in the same element, keeping the one before: the element keeps an assessment
 * under way as a draft under its own case id, and offers it back when that case id returns.
 *
 * In two updates, not one: the element joins a new prefill to the assessment under way before it sees a new
 * case-id, so setting both at once saved the old case's answers, with the new prefill, as the new case's draft
 * (and offered them there). With no case-id for one update nothing is saved, and reset() starts the new case on its
 * own prefill alone; the case-id then returns, for the element to offer that case's draft.
 */
export async function openCase(el: CheckElement, c: HostCase) {
  el.removeAttribute('case-id');
  el.setAttribute('officer-id', c.officerId);
  setOptionalAttribute(el, 'stage', c.stage);
  el.prefill = { ...c.prefill };
  el.reset();
  await el.updateComplete;
  el.setAttribute('case-id', c.caseId);
  // Set again, so the provisional record is made with the case id in it.
  el.prefill = { ...c.prefill };
  await el.updateComplete;
}

export function setStage(el: CheckElement, stage: Stage | '') {
  setOptionalAttribute(el, 'stage', stage);
}

export function setLanguage(el: CheckElement, lang: 'en' | 'cy') {
  el.setAttribute('lang', lang);
}

/** A validated pack object; `undefined` goes back to the bundled default pack. */
export function setRulePack(el: CheckElement, pack: RulePack | undefined) {
  el.rulePack = pack;
}

/**
 * The element's current provisional record (its read-only `recommendation`), once it has worked one out:
 * after a reset there is no event until the officer answers, but the host's prefill already counts.
 */
export async function currentRecommendation(el: CheckElement, ms = 3000) {
  const end = Date.now() + ms;
  await el.updateComplete;
  while (!el.recommendation && Date.now() < end) await new Promise(r => setTimeout(r, 16));
  return el.recommendation;
}

export const CHECK_EVENTS = [
  'bail-check-ready',
  'bail-check-change',
  'bail-check-complete',
  'bail-check-error'
] as const;

export type CheckEventType = (typeof CHECK_EVENTS)[number];

/** Listens to every event of the contract; returns a function that stops listening. */
export function listen(
  el: CheckElement,
  handler: <K extends CheckEventType>(type: K, event: BailCheckEventMap[K]) => void
): () => void {
  const listeners = CHECK_EVENTS.map(type => {
    const listener = (e: Event) => handler(type, e as BailCheckEventMap[typeof type]);
    el.addEventListener(type, listener);
    return () => el.removeEventListener(type, listener);
  });
  return () => listeners.forEach(stop => stop());
}
