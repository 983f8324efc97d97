import { BailSafeguardingCheck } from './bail-safeguarding-check/bail-safeguarding-check.component.js';
import { inPage } from './page-guard.js';

export const DEFAULT_TAG = 'bail-safeguarding-check';

/**
 * Registers the element under `tagName`. When another build already holds that name (two versions of
 * the plugin on one page), it warns and leaves the page's element in place instead of throwing. Outside a page
 * (Node, a server renderer) it registers nothing.
 */
export function define(tagName: string = DEFAULT_TAG): void {
  if (!inPage()) return;
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== BailSafeguardingCheck && !(existing.prototype instanceof BailSafeguardingCheck)) {
      console.warn(`bail-safeguarding: <${tagName}> is already defined by another script; keeping that one.`);
    }
    return;
  }
  // A subclass per extra name: one constructor may be registered under only one name.
  const ctor = customElements.getName?.(BailSafeguardingCheck)
    ? class extends BailSafeguardingCheck {}
    : BailSafeguardingCheck;
  customElements.define(tagName, ctor);
}

declare global {
  interface HTMLElementTagNameMap {
    'bail-safeguarding-check': BailSafeguardingCheck;
  }
}
