// The element as a form field (a form-associated custom element, as Material Web's form-associated behaviour and
// Shoelace's FormControlController make theirs): its value is the final record's JSON, it is invalid (value
// missing) until the officer has recorded a decision, and a disabled fieldset or form around it disables it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BailCheckRecord } from '../../../src/record-types.js';

export interface FormOptions {
  /** Why the field is invalid while the check is unfinished, in the element's language. */
  message(): string;
  /** Where the browser sends focus when it reports the field invalid: the current step's heading. */
  anchor(): HTMLElement | undefined;
}

export class FormController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #internals: ElementInternals;
  readonly #options: FormOptions;
  #complete = false;
  #disabled = false;

  /** `internals`: the host's own (the host's form, validity and checkValidity read them). */
  constructor(host: ReactiveControllerHost, internals: ElementInternals, options: FormOptions) {
    this.#host = host;
    this.#internals = internals;
    this.#options = options;
    host.addController(this);
  }

  /** True while a disabled fieldset or form around the element disables it. */
  get disabled(): boolean {
    return this.#disabled;
  }

  /** From the element's formDisabledCallback. */
  setDisabled(disabled: boolean): void {
    this.#disabled = disabled;
    this.#host.requestUpdate();
  }

  /**
   * The record as the field's value: its JSON once the decision is recorded, else no value. Validity follows at
   * once, so a host that submits on bail-check-complete sends it.
   */
  setRecord(record: BailCheckRecord | undefined): void {
    this.#complete = !!record?.completedAt;
    this.#internals.setFormValue(this.#complete ? JSON.stringify(record) : null);
    this.#setValidity();
  }

  /** After each update: the message in the language now, and the heading now on screen. */
  hostUpdated() {
    this.#setValidity();
  }

  #setValidity() {
    if (this.#complete) this.#internals.setValidity({});
    else this.#internals.setValidity({ valueMissing: true }, this.#options.message(), this.#options.anchor());
  }
}
