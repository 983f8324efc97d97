// The characters no free text keeps on its way into the summary for the custody record (summary.ts plainText), and
// that a case or officer reference may not hold: nothing can break a line (and so forge one, or start a
// spreadsheet formula), reorder what a reader sees, or hide a character. Only the class lives here: the element
// checks references with it before the summary's code has loaded.

/**
 * Characters a reader cannot see, or that break or reorder a line: controls (NUL, tab, line feed, ESC, DEL, C1),
 * line and paragraph separators, and format characters (bidi overrides, isolates and marks, the Arabic letter mark,
 * zero-width spaces and joiners, the byte order mark, the soft hyphen).
 */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
