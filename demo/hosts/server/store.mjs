// Where the example host keeps the records it accepted, sealed, as JSON text: one file per record in the folder
// BAIL_RECORDS_DIR names (so a test can change one behind the server's back), or memory without it.
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function recordStore(dir = process.env.BAIL_RECORDS_DIR) {
  const memory = new Map();
  return {
    /** Keeps `text`; returns its id. @param {string} text */
    async put(text) {
      const id = randomUUID();
      if (dir) await writeFile(join(dir, `${id}.json`), text, { flag: 'wx' });
      else memory.set(id, text);
      return id;
    },
    /** The text kept under `id`, or undefined. @param {string} id */
    async get(id) {
      if (!ID.test(id)) return undefined;
      if (!dir) return memory.get(id);
      return readFile(join(dir, `${id}.json`), 'utf8').catch(() => undefined);
    }
  };
}
