// Loading a rule pack from a file: validated with validatePack, its errors put in words with their paths.
import { validatePack, type PackProblem, type RulePack } from '../../src/core.js';

export type PackLoad =
  | { status: 'none' }
  | { status: 'ok'; file: string; pack: RulePack; warnings: PackProblem[] }
  | { status: 'error'; file: string; errors: PackProblem[] };

/** Files larger than this are refused before reading (the pack format's own limit is 2 million characters). */
const MAX_BYTES = 8_000_000;

const COLLECTIONS: Record<string, string> = {
  questions: 'question',
  rules: 'rule',
  sections: 'section',
  sources: 'source',
  languages: 'language'
};

/** "questions[3].askWhen" → "question 4 (suspect.on-bail), askWhen": where a rule author would look. */
export function describePath(json: unknown, path: string): string {
  const m = /^(\w+)\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const [, collection = '', index = '0', rest] = m;
  const noun = COLLECTIONS[collection];
  if (!noun) return path;
  const items = (json as Record<string, unknown> | null)?.[collection];
  const item = Array.isArray(items) ? (items[Number(index)] as { id?: unknown } | undefined) : undefined;
  const id = typeof item?.id === 'string' ? ` (${item.id})` : '';
  return `${noun} ${Number(index) + 1}${id}${rest ? `, ${rest}` : ''}`;
}

function parseLoosely(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function readPackFile(file: File): Promise<PackLoad> {
  if (file.size > MAX_BYTES)
    return {
      status: 'error',
      file: file.name,
      errors: [{ path: '(pack)', message: 'is too large to be a rule pack' }]
    };
  const text = await file.text();
  const result = validatePack(text);
  if (result.ok) return { status: 'ok', file: file.name, pack: result.pack, warnings: result.warnings };
  const json = parseLoosely(text);
  return {
    status: 'error',
    file: file.name,
    errors: result.errors.map(e => ({ path: describePath(json, e.path), message: e.message }))
  };
}
