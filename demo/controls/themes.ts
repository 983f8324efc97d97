// Themes: a class on the element's wrapper, whose stylesheet (demo/themes.css) sets the element's --bsc-*
// custom properties. This is how a vendor matches the element to their system's look.
export const THEMES = [
  { id: 'standard', label: 'Standard (the element’s defaults)' },
  { id: 'custody-blue', label: 'Custody system blue' },
  { id: 'night-shift', label: 'Night shift (dark)' }
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

/** The custom properties the element documents (its JSDoc @cssprop list). */
export const THEME_PROPERTIES = [
  '--bsc-text-color',
  '--bsc-secondary-text-color',
  '--bsc-background',
  '--bsc-border-color',
  '--bsc-accent',
  '--bsc-focus-color',
  '--bsc-button-background',
  '--bsc-button-text-color',
  '--bsc-error-color',
  '--bsc-tag-background',
  '--bsc-max-width'
] as const;

export function isThemeId(value: string): value is ThemeId {
  return THEMES.some(t => t.id === value);
}

/** The values in force on the element, as the browser computed them. */
export function themeValues(el: Element): { name: string; value: string }[] {
  const style = getComputedStyle(el);
  return THEME_PROPERTIES.map(name => ({
    name,
    value: style.getPropertyValue(name).trim() || '(the element’s default)'
  }));
}
