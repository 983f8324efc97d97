// Drafts: an assessment in progress, kept so a crash or a reload loses no answer, and then deleted (on
// completion, on reset, or after a time to live). The state is the element's own JSON; it is stored as it
// is and never read here. Nothing is stored without a case id, or when the host turned drafts off.
import type { Storage } from './storage.js';

/** Twelve hours: a custody shift. */
export const DRAFT_TTL_MS = 12 * 60 * 60 * 1000;

export interface DraftOptions {
  caseId?: string | null;
  officerId?: string | null;
  /** False when the host set `drafts="off"`: nothing is saved or offered. */
  enabled?: boolean;
  ttlMs?: number;
  /** The clock, in ms since 1970 (tests, or hosts with their own). */
  now?: number;
}

export interface Draft {
  state: unknown;
  /** When it was saved, in ms since 1970: "resume the draft from 10:32". */
  savedAt: number;
  /** The time to live it was saved with: a reader with a longer one still drops it after this. */
  ttlMs?: number;
}

const keyOf = ({ caseId, officerId }: DraftOptions) => (caseId ? JSON.stringify([caseId, officerId ?? '']) : undefined);

const isDraft = (value: unknown): value is Draft =>
  typeof value === 'object' && value !== null && 'state' in value && Number.isFinite((value as Draft).savedAt);

/**
 * True when `value` is not a draft, is older than the reader's time to live or its own, or is dated more than five
 * minutes ahead (clocks differ a little; a draft from the future would otherwise never expire).
 */
const stale = (value: unknown, { ttlMs = DRAFT_TTL_MS, now = Date.now() }: DraftOptions) =>
  !isDraft(value) ||
  now - value.savedAt < -3e5 ||
  now - value.savedAt > Math.min(ttlMs, Number(value.ttlMs) || Infinity);

/** Saves `state` after an answer. */
export async function saveDraft(storage: Storage, options: DraftOptions, state: unknown): Promise<void> {
  const key = keyOf(options);
  if (key && options.enabled !== false)
    await storage.put('drafts', key, {
      state,
      savedAt: options.now ?? Date.now(),
      ttlMs: options.ttlMs ?? DRAFT_TTL_MS
    } satisfies Draft);
}

/** The draft to offer back, if there is a live one for this case and officer. */
export async function loadDraft(storage: Storage, options: DraftOptions): Promise<Draft | undefined> {
  const key = keyOf(options);
  if (!key || options.enabled === false) return undefined;
  const value = await storage.get('drafts', key);
  if (value === undefined) return undefined;
  if (!stale(value, options)) return value as Draft;
  if (!isDraft(value)) storage.problem('A saved draft could not be read and was discarded.');
  await storage.delete('drafts', key);
  return undefined;
}

/** Deletes the draft (completion, reset, "start again"), whether or not drafts are on. */
export async function deleteDraft(storage: Storage, options: DraftOptions): Promise<void> {
  const key = keyOf(options);
  if (key) await storage.delete('drafts', key);
}

/** Deletes every expired or unreadable draft, of every case. Run at start-up. */
export function purgeDrafts(storage: Storage, options: Pick<DraftOptions, 'ttlMs' | 'now'> = {}): Promise<void> {
  return storage.deleteWhere('drafts', value => stale(value, options));
}
