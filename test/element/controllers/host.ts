// A bare Lit element to hold one controller under test, in a real page: form-associated (as the element is), with
// whatever it renders given by the test.
import { LitElement, nothing, type TemplateResult } from 'lit';

export class BareHost extends LitElement {
  static formAssociated = true;
  /** What the host renders; the test sets it. */
  view: () => TemplateResult | typeof nothing = () => nothing;
  /** Called when a disabled fieldset or form around the host disables or enables it. */
  onFormDisabled: (disabled: boolean) => void = () => {};
  override render() {
    return this.view();
  }
  formDisabledCallback(disabled: boolean) {
    this.onFormDisabled(disabled);
  }
}

let hosts = 0;

/** A new host (a fresh tag each time, so any test may define it), not yet connected. */
export function bareHost(): BareHost {
  const tag = `x-controller-host-${++hosts}`;
  customElements.define(tag, class extends BareHost {});
  const host = document.createElement(tag) as BareHost;
  host.dataset['controllerHost'] = '';
  return host;
}

/** Removes every host the tests made, wherever it is. */
export const removeHosts = () => document.querySelectorAll('[data-controller-host]').forEach(n => n.remove());

/** A storage of its own for one test, so no test sees another's drafts or packs. */
export const testDatabase = () => `bsc-controller-test-${crypto.randomUUID()}`;
