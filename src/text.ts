import type { Lang, LocalText } from './pack/schema.js';

/** Picks the text for the language, falling back to English for a missing string. */
export function localise(text: LocalText, lang: Lang): string {
  return (lang === 'cy' && text.cy) || text.en;
}
