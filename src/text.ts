// Pack text in the interface language, and the words for the pack's codes.
import type { Lang, LocalText, RulePack } from './pack/schema.js';

/** Picks the text for the language, falling back to English for a missing string. */
export function localise(text: LocalText, lang: Lang): string {
  return (lang === 'cy' && text.cy) || text.en;
}

/** An outcome in words (the code itself for one the pack does not define). */
export function outcomeText(pack: RulePack, code: string, lang: Lang): string {
  const outcomes = pack.catalogue.outcomes;
  return Object.hasOwn(outcomes, code) ? localise(outcomes[code]!.text, lang) : code;
}
