// The record handed to the host (`recommendation`, bail-check-change, bail-check-complete), made from the same
// evaluation the screens show: no second run of the engine. Records are made in the order asked for; a move that
// changes nothing a record holds makes no new one, and a record asked for since replaces an older one. It has no
// part in the host's lifecycle, so it is not added to the host as a controller: it only asks it to update.
import type { ReactiveControllerHost } from 'lit';
import { assessInput, type AssessmentState } from '../../../src/assessment.js';
import type { Evaluation } from '../../../src/engine.js';
import type { Lang, RulePack, Stage } from '../../../src/pack/schema.js';
import type { BailCheckRecord } from '../../../src/record-types.js';
import { dispatch } from '../../events.js';
import { loadLater } from './later-steps.js';

export interface RecordOptions {
  /** Settles once the draft is deleted: the host hears of completion only then (it may submit or navigate). */
  beforeComplete(): Promise<unknown>;
  /** The current record changed (the form field's value follows it). */
  recorded(record: BailCheckRecord | undefined): void;
}

/** Everything a record is made from besides the walk-through: the pack, its evaluation, and the host's attributes. */
export interface RecordInputs {
  pack: RulePack;
  state: AssessmentState;
  /** The evaluation of `state` under `pack` for this stage and language: the one the screens show. */
  ev: Evaluation;
  lang: Lang;
  stage: Stage | undefined;
  caseId: string | undefined;
  officerId: string | undefined;
}

const now = () => new Date().toISOString();

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => Object.is(item, b[i]));

export class RecordController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #options: RecordOptions;
  #record: BailCheckRecord | undefined;
  /** The records asked for, in order: each waits for the one before. */
  #queue: Promise<void> = Promise.resolve();
  /** What the last record asked for is made of. */
  #made: unknown[] = [];

  constructor(host: ReactiveControllerHost & EventTarget, options: RecordOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The current record: provisional, or final once the decision is recorded; undefined before the first. */
  get record(): BailCheckRecord | undefined {
    return this.#record;
  }

  /** Settles once every record asked for so far is made. */
  get settled(): Promise<void> {
    return this.#queue;
  }

  /** No record until the next one is made (a new assessment). */
  clear(): void {
    this.#made = [];
    this.#set(undefined);
  }

  /**
   * Makes the record of `state`, after those asked for before. `change` and `complete` tell the host (complete
   * once `beforeComplete` settles); without either, a walk-through that changed nothing a record holds (a move
   * between screens) makes none. A failure is not swallowed: the promise rejects.
   */
  update(inputs: RecordInputs, kind?: 'change' | 'complete'): Promise<void> {
    const { pack, state, ev, lang, stage, caseId, officerId } = inputs;
    const made = [pack, ev, state.answers, state.startedAt, state.completedAt, stage, caseId, officerId];
    if (!kind && sameItems(made, this.#made)) return this.#queue;
    this.#made = made;
    const input = assessInput(state, { pack, lang, now: now(), stage, caseId, officerId });
    const done = this.#queue
      // A copy of the evaluation goes into the record: what a host does to the record never reaches the screens.
      // The record maker comes with the later screens' chunk (the first question does not wait for it).
      .then(loadLater)
      .then(later => later.recordOf(pack, input, structuredClone(ev)))
      .then(record => (kind === 'complete' ? this.#options.beforeComplete().then(() => record) : record))
      .then(record => {
        if (this.#made === made) this.#set(record);
        if (kind === 'change')
          dispatch(this.#host, 'bail-check-change', { progress: ev.progress, recommendation: record });
        if (kind === 'complete') dispatch(this.#host, 'bail-check-complete', record);
      });
    // The next record waits for this one, whatever became of it.
    this.#queue = done.catch(() => {});
    return done;
  }

  #set(record: BailCheckRecord | undefined) {
    this.#record = record;
    this.#options.recorded(record);
    this.#host.requestUpdate();
  }
}
