// Words for the codes in a record, looked up in the pack the record was made under (through the core's
// per-pack indexes, never by searching the pack's lists).
import type { Lang, Rule, RulePack, Source } from '../../src/core.js';
import { questionOf, sourceOf } from '../../src/pack/lookup.js';
import { localise } from '../../src/text.js';

export { outcomeText } from '../../src/text.js';
export { sourceOf };

export function questionText(pack: RulePack, id: string, lang: Lang): string | undefined {
  const q = questionOf(pack, id);
  return q ? localise(q.text, lang) : undefined;
}

const rules = new WeakMap<RulePack, Map<string, Rule>>();

/** A rule of the pack by id (indexed once per pack, as the core indexes questions). */
export function ruleOf(pack: RulePack, id: string): Rule | undefined {
  let index = rules.get(pack);
  if (!index) {
    index = new Map(pack.rules.map(r => [r.id, r]));
    rules.set(pack, index);
  }
  return index.get(id);
}

/** A source as a reader cites it: its title, and where in it. */
export function sourceTitle(source: Source, lang: Lang): string {
  const title = localise(source.title, lang);
  return source.ref ? `${title}, ${source.ref}` : title;
}

const TRI: Record<string, string> = { yes: 'Yes', no: 'No', unknown: 'Not known' };

/** An answer in words: a choice by its option's text, yes / no / not known, or the text given. */
export function answerText(pack: RulePack, id: string, value: string, lang: Lang): string {
  const q = questionOf(pack, id);
  const option = q?.options?.find(o => o.value === value);
  if (option) return localise(option.text, lang);
  return TRI[value] ?? value;
}

/** A value as the record holds it, in words: answers are codes, derived facts numbers or levels. */
export function valueText(value: unknown): string {
  if (value === 'unknown') return 'not known';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
