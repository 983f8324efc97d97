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

/** Resolves with the next event of that type, or rejects after `ms`. */
export function nextEvent<K extends keyof BailCheckEventMap>(
  target: EventTarget,
  type: K,
  ms = 5000
): Promise<BailCheckEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
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

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Removes every element the tests mounted in the document body. */
export function cleanup() {
  document.body.querySelectorAll('bail-safeguarding-check, iframe, form').forEach(n => n.remove());
}
