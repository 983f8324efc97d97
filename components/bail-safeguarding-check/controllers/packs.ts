// The pack the element runs on: loaded through src/pack/load.ts (which validates, verifies and caches), put in
// use by the swap rule, and announced to the host (bail-check-ready). It knows nothing of drafts or answers:
// the element says when a new pack must wait (`held`), hears when one comes into use (`changed`), and says when
// the host may hear of it (`beforeReady`: once the provisional record on it is made).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { packIdentity, type PackIdentity } from '../../../src/pack/identity.js';
import { loadPack, type LoadedPack, type PackLoad, type PackLoadOptions } from '../../../src/pack/load.js';
import type { Storage } from '../../../src/storage/storage.js';
import { dispatch, type BailCheckErrorDetail } from '../../events.js';

/** A pack in use, with its identity (hashed once). */
export type PackInUse = LoadedPack & { identity: Promise<PackIdentity> };

/** Where packs come from: the element's `rulePack` (and its signature), `rules-src`, `rules-origins`, `rules-id` and `rulesPublicKey`. */
export type PackSources = Pick<
  PackLoadOptions,
  'rulePack' | 'rulePackSignature' | 'rulesSrc' | 'rulesPublicKey' | 'allowedOrigins' | 'rulesId'
>;

export interface PackOptions {
  storage: Storage;
  report(error: BailCheckErrorDetail): void;
  /** True while a new pack must wait for the next assessment (the officer has begun, or a draft is on offer). */
  held(): boolean;
  /** A pack came into use: a new assessment starts on it. */
  changed(pack: PackInUse): void;
  /** Settles when the host may hear that the pack is ready. */
  beforeReady(): Promise<unknown>;
}

export class PackController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PackOptions;
  #inUse: PackInUse | undefined;
  /** A newer pack that arrived while the assessment was held: the next assessment takes it. */
  #waiting: PackInUse | undefined;
  /** The current load: packs of an earlier one are ignored. */
  #load: PackLoad | undefined;
  /** The last pack the host was told of. */
  #announced: PackInUse | undefined;
  /** Abandons the current load's request to rules-src; undefined once its network pack has settled. */
  #abort: AbortController | undefined;
  #sources: PackSources = {};

  constructor(host: ReactiveControllerHost & HTMLElement, options: PackOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The pack the assessment runs on; undefined before the first load. */
  get inUse(): PackInUse | undefined {
    return this.#inUse;
  }

  /** The load under way: its `cached` and `fresh` packs are the ones `offer` takes. */
  get currentLoad(): PackLoad | undefined {
    return this.#load;
  }

  /**
   * Starts loading from these sources and offers the initial pack (a valid `rulePack`, else the bundled one) at
   * once. Packs of any earlier load are ignored from now on. The caller offers `cached`, then `fresh`.
   */
  startLoad(sources: PackSources): PackLoad {
    const load = this.#begin(sources);
    // The bundled pack at once; a rulePack property once the validator, loaded for it, has checked it.
    if (load.initial instanceof Promise) void load.initial.then(initial => this.offer(load, initial));
    else this.offer(load, load.initial);
    return load;
  }

  /**
   * A load whose request an earlier one no longer holds: that one is abandoned, and what it reports from now on
   * is dropped (a slow old rules-src neither replaces the pack nor raises an error).
   */
  #begin(sources: PackSources): PackLoad {
    const { storage, report } = this.#options;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const { signal } = abort;
    this.#sources = sources;
    // Updated while off the page: nothing is fetched until it is back (hostConnected).
    if (!this.#host.isConnected) abort.abort();
    const load = (this.#load = loadPack({ ...sources, storage, signal, report: e => signal.aborted || report(e) }));
    void load.fresh.then(() => this.#abort === abort && !signal.aborted && (this.#abort = undefined));
    return load;
  }

  /**
   * Back on the page after its load was abandoned: it starts again. The pack in use stays: the initial pack is
   * offered only when none is in use or it is a rulePack property not yet in use, the cached copy only when no
   * rules-src pack is in use yet; then the network's.
   */
  hostConnected() {
    if (!this.#abort?.signal.aborted) return;
    const load = this.#begin(this.#sources);
    void (async () => {
      const initial = await load.initial;
      const inUse = this.#inUse;
      if (!inUse || (initial.source === 'property' && initial.pack !== inUse.pack)) this.offer(load, initial);
      const cached = await load.cached;
      if (this.#inUse?.source === 'bundled') this.offer(load, cached);
      this.offer(load, await load.fresh);
    })();
  }

  /** Off the page, its request is abandoned; a move (out and straight back in, one task) keeps it. */
  hostDisconnected() {
    queueMicrotask(() => this.#host.isConnected || this.#abort?.abort());
  }

  /**
   * The swap rule: a pack of the current load comes into use at once, unless the assessment is held (the officer
   * has begun, or a draft is on offer); then it waits, and the next assessment takes it (`takeWaiting`).
   */
  offer(load: PackLoad, loaded: LoadedPack | undefined): void {
    if (!loaded || load !== this.#load) return;
    const pack = { ...loaded, identity: packIdentity(loaded.pack) };
    if (this.#inUse && this.#options.held()) this.#waiting = pack;
    else this.#use(pack);
  }

  /** Puts the pack kept waiting into use, for a new assessment; false when none was waiting. */
  takeWaiting(): boolean {
    const waiting = this.#waiting;
    if (waiting) this.#use(waiting);
    return !!waiting;
  }

  /** After an update that put a pack in use, the host hears which and where from, unless another replaced it. */
  hostUpdated() {
    const pack = this.#inUse;
    if (!pack || pack === this.#announced) return;
    this.#announced = pack;
    void this.#options
      .beforeReady()
      .then(() => pack.identity)
      .then(rulePack => {
        if (this.#inUse === pack) dispatch(this.#host, 'bail-check-ready', { rulePack, source: pack.source });
      });
  }

  #use(pack: PackInUse) {
    this.#inUse = pack;
    this.#waiting = undefined;
    this.#host.requestUpdate();
    this.#options.changed(pack);
  }
}
