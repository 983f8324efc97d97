// The code of the later screens and of the record (later.ts), fetched as soon as the element has painted, long
// before the officer can reach those screens: the first question never waits for it. Until it arrives a later
// screen says it is loading; a fetch that fails says so, and is tried again when the officer asks.
import { adoptStyles, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import type * as Later from '../later.js';

export type LaterSteps = typeof Later;

let loading: Promise<LaterSteps> | undefined;

/** The later chunk: one fetch per page while it succeeds; after a failure, the next call fetches again. */
export function loadLater(): Promise<LaterSteps> {
  return (loading ??= import('../later.js').catch((e: unknown) => {
    loading = undefined;
    throw e;
  }));
}

export class LaterStepsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & ReactiveElement;
  #steps: LaterSteps | undefined;
  #failed = false;
  #pending: Promise<unknown> | undefined;
  /** Called once the steps arrive (the element moves focus to the screen they draw). */
  readonly #arrived: () => void;
  readonly #load: () => Promise<LaterSteps>;

  /** `load`: how the chunk is fetched (loadLater; the tests give a fetch that fails). */
  constructor(host: ReactiveControllerHost & ReactiveElement, arrived: () => void, load = loadLater) {
    this.#host = host;
    this.#arrived = arrived;
    this.#load = load;
    host.addController(this);
  }

  /** The later screens' renderers; undefined until loaded. */
  get steps(): LaterSteps | undefined {
    return this.#steps;
  }

  /** The last fetch failed (a later screen offers to try again). */
  get failed(): boolean {
    return this.#failed;
  }

  hostUpdated() {
    if (!this.#steps && !this.#failed) void this.load();
  }

  /** Settles once the steps are here, or the fetch failed; one fetch at a time, tried again after a failure. */
  load(): Promise<unknown> {
    if (this.#steps) return Promise.resolve();
    if (this.#pending) return this.#pending;
    if (this.#failed) {
      this.#failed = false;
      this.#host.requestUpdate();
    }
    const done = (failed: boolean, steps?: LaterSteps) => {
      this.#pending = undefined;
      this.#steps = steps;
      this.#failed = failed;
      // The later screens' sheet after the element's own, before they are first drawn.
      if (steps)
        adoptStyles(this.#host.renderRoot as ShadowRoot, [
          ...(this.#host.constructor as typeof ReactiveElement).elementStyles,
          steps.laterStyles
        ]);
      this.#host.requestUpdate();
      if (steps) this.#arrived();
    };
    return (this.#pending = this.#load().then(
      steps => done(false, steps),
      () => done(true)
    ));
  }
}
