// Words for the codes in a record, looked up in the pack the record was made under.
import type { Lang, RulePack, Source } from '../../src/core.js';
import { localise } from '../../src/text.js';

export function questionText(pack: RulePack, id: string, lang: Lang): string | undefined {
  const q = pack.questions.find(q => q.id === id);
  return q ? localise(q.text, lang) : undefined;
}

export function outcomeText(pack: RulePack, code: string, lang: Lang): string {
  const def = pack.catalogue.outcomes[code];
  return def ? localise(def.text, lang) : code;
}

export function sourceOf(pack: RulePack, id: string): Source | undefined {
  return pack.sources.find(s => s.id === id);
}

/** A value as the record holds it, in words: answers are codes, derived facts numbers or levels. */
export function valueText(value: unknown): string {
  if (value === 'unknown') return 'not known';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
