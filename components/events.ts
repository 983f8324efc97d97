// The element's events: namespaced, bubbling, composed, each with a typed detail, and the one way to dispatch
// them. Hosts get the types through GlobalEventHandlersEventMap, so `addEventListener('bail-check-complete',
// e => e.detail…)` needs no cast.
import type { PackIdentity } from '../src/pack/identity.js';
import type { BailCheckRecord } from '../src/record-types.js';

import type { PackSource } from '../src/pack/load.js';

export type { PackSource };

export interface BailCheckReadyDetail {
  rulePack: PackIdentity;
  source: PackSource;
}

export interface BailCheckChangeDetail {
  progress: { answered: number; total: number };
  /** The provisional record: what the recommendation would be on the answers so far. */
  recommendation: BailCheckRecord;
}

export type BailCheckCompleteDetail = BailCheckRecord;

export type BailCheckErrorCode =
  | 'rules-invalid'
  | 'rules-fetch-failed'
  | 'rules-timeout'
  | 'rules-signature-invalid'
  | 'rules-origin-refused'
  | 'storage-unavailable'
  | 'prefill-invalid'
  | 'attribute-invalid';

export interface BailCheckErrorDetail {
  code: BailCheckErrorCode;
  /** A sentence for the host's logs. Never contains answers or anything personal. */
  message: string;
}

export type BailCheckReadyEvent = CustomEvent<BailCheckReadyDetail>;
export type BailCheckChangeEvent = CustomEvent<BailCheckChangeDetail>;
export type BailCheckCompleteEvent = CustomEvent<BailCheckCompleteDetail>;
export type BailCheckErrorEvent = CustomEvent<BailCheckErrorDetail>;

export interface BailCheckEventMap {
  'bail-check-ready': BailCheckReadyEvent;
  'bail-check-change': BailCheckChangeEvent;
  'bail-check-complete': BailCheckCompleteEvent;
  'bail-check-error': BailCheckErrorEvent;
}

/** Dispatches one of the element's events from `target`: bubbling and composed, so a host hears it anywhere. */
export function dispatch<K extends keyof BailCheckEventMap>(
  target: EventTarget,
  type: K,
  detail: BailCheckEventMap[K]['detail']
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends BailCheckEventMap {}
}
