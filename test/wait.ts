// One waitUntil for the browser tests: @open-wc's, with a safety net of 30 s instead of its 1 s. The tests wait
// for a condition, never for a time; on a machine busy with other work a right answer can take seconds, and a
// 1 s limit then fails a test whose code is right. The test's own timeout still bounds every wait.
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

type Options = Parameters<typeof waitUntilOpenWc>[2];

export const waitUntil = (predicate: () => unknown, message?: string, options: Options = {}): Promise<void> =>
  waitUntilOpenWc(predicate, message, { timeout: 30_000, ...options });
