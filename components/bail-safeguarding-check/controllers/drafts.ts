// Drafts: the walk-through saved after each change, offered back when its case comes back (resume it, or start
// again), deleted on completion and on reset, and purged after their time to live. Reads and writes run in the
// order asked; one that fails is reported (once per element, as storage-unavailable), never thrown or dropped
// unheard. It knows nothing of packs but the identity the element hands it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { begun, isAssessmentState, type AssessmentState } from '../../../src/assessment.js';
import type { PackIdentity } from '../../../src/pack/identity.js';
import { deleteDraft, loadDraft, purgeDrafts, saveDraft, type DraftOptions } from '../../../src/storage/drafts.js';
import type { Storage } from '../../../src/storage/storage.js';
import type { DraftOffer, SavedAssessment } from '../steps/draft.js';

export interface DraftControllerOptions {
  storage: Storage;
  /** The case and officer drafts are kept under, whether drafts are on, and their time to live: read at each use. */
  options(): DraftOptions;
  /** A draft is now on offer. */
  offered(offer: DraftOffer): void;
}

export class DraftController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #storage: Storage;
  readonly #options: DraftControllerOptions;
  #offer: DraftOffer | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: DraftControllerOptions) {
    this.#host = host;
    this.#storage = options.storage;
    this.#options = options;
    host.addController(this);
  }

  /** The saved draft offered at the start, until it is resumed, discarded or withdrawn. */
  get offer(): DraftOffer | undefined {
    return this.#offer;
  }

  /** Settles once every draft read and write asked for so far has. */
  get settled(): Promise<void> {
    return this.#queue;
  }

  hostConnected() {
    const { ttlMs } = this.#options.options();
    this.#run(() => purgeDrafts(this.#storage, { ttlMs }));
  }

  /** After a change of the walk-through: saves it with the pack it runs on, or deletes the draft once complete. */
  keep(state: AssessmentState, pack: Promise<PackIdentity>): void {
    const options = this.#options.options();
    if (state.completedAt) this.#run(() => deleteDraft(this.#storage, options));
    else if (begun(state))
      this.#run(async () =>
        saveDraft(this.#storage, options, { pack: await pack, assessment: state } satisfies SavedAssessment)
      );
  }

  /** Deletes the draft of this case and withdraws the offer ("Start again", reset). */
  discard(): void {
    const options = this.#options.options();
    this.withdraw();
    this.#run(() => deleteDraft(this.#storage, options));
  }

  /** Withdraws the offer; the draft stays saved (another case came, or the officer resumed it). */
  withdraw(): void {
    if (!this.#offer) return;
    this.#offer = undefined;
    this.#host.requestUpdate();
  }

  /** The offered draft's walk-through, taken to be resumed: the offer is withdrawn. */
  take(): AssessmentState | undefined {
    const assessment = this.#offer?.assessment;
    this.withdraw();
    return assessment;
  }

  /**
   * Looks up this case's draft and, once `after` has settled (the pack to judge it by is then in use), offers it
   * with whether it was made under `packInUse()`, unless `wanted()` says the walk-through has moved on. A stored
   * value that is not a draft of ours is deleted.
   */
  lookUp(after: Promise<unknown>, packInUse: () => Promise<PackIdentity> | undefined, wanted: () => boolean): void {
    const options = this.#options.options();
    this.#run(async () => {
      const draft = await loadDraft(this.#storage, options);
      await after;
      if (!draft || this.#offer || !wanted()) return;
      const saved = draft.state as Partial<SavedAssessment> | undefined;
      if (!isAssessmentState(saved?.assessment) || typeof saved.pack?.sha256 !== 'string')
        return deleteDraft(this.#storage, options);
      const inUse = await packInUse();
      if (!inUse || !wanted()) return;
      this.#offer = {
        pack: saved.pack,
        assessment: saved.assessment,
        savedAt: draft.savedAt,
        same: saved.pack.sha256 === inUse.sha256
      };
      this.#host.requestUpdate();
      this.#options.offered(this.#offer);
    });
  }

  /** Queues a read or write after the ones before; a failure is reported through storage, and the queue goes on. */
  #run(op: () => Promise<unknown>) {
    this.#queue = this.#queue.then(op).then(
      () => {},
      (e: unknown) =>
        this.#storage.problem(`A draft could not be read or written (${(e as Error | null)?.name ?? 'Error'}).`)
    );
  }
}
