// A look at JSON text before JSON.parse builds it: how deep it nests (a parser given a million levels works for
// as long as it takes; JSON.parse keeps the last of two equal keys, so a record can say one thing to a reader
// of its text and another to its parsed form). Never evaluates anything; text that is not JSON is left for
// JSON.parse to refuse.

export interface JsonShape {
  /** The deepest nesting of objects and arrays, or the first depth over the limit. */
  depth: number;
  /** The first key found twice in one object (as JSON.parse would read it). */
  duplicate?: string;
}

/**
 * Scans `text` once, stopping at the first nesting deeper than `maxDepth` and at the first key repeated within
 * one object (escapes decoded: `"a"` and `"\u0061"` are the same key).
 */
export function scanJson(text: string, maxDepth: number): JsonShape {
  // One entry per open object (its keys so far) or array (null).
  const open: (Set<string> | null)[] = [];
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      open.push(c === 0x7b ? new Set() : null);
      deepest = Math.max(deepest, open.length);
      if (open.length > maxDepth) return { depth: open.length };
    } else if (c === 0x7d || c === 0x5d) open.pop();
    else if (c === 0x22) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const seen = open.at(-1);
      if (!seen) continue;
      let after = i + 1;
      while (after < text.length && ' \t\n\r'.includes(text[after]!)) after++;
      if (text[after] !== ':') continue;
      const raw = text.slice(start + 1, i);
      let key = raw;
      try {
        if (escaped) key = JSON.parse(text.slice(start, i + 1)) as string;
      } catch {
        return { depth: deepest }; // not JSON: JSON.parse will say so
      }
      if (seen.has(key)) return { depth: deepest, duplicate: key };
      seen.add(key);
    }
  }
  return { depth: deepest };
}
