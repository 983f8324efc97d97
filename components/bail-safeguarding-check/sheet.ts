// The element's sheet from a literal (bail-safeguarding-check.styles.ts): a constructable sheet, as Lit's css tag
// would build and adopt it, without the tag's run-time check of interpolated values (there are none). The bundler
// entries (dist/lib/, which Node imports too) use sheet.bundler.ts instead: Node has no CSSStyleSheet.
export const css = ([text]: TemplateStringsArray): CSSStyleSheet => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text!);
  return sheet;
};
