// Where a bundle's bytes go: each character of the minified code is given to the source module its
// source-map segment points at, modules are grouped (lit, zod/mini, idb, each of our own files), and each
// group's gzip cost is estimated two ways, because gzip sizes do not add up:
//   share    the bundle's gzip size split in proportion to each group's code gzipped alone (sums to the total);
//   removed  what the bundle's gzip size would lose without that group's code (its marginal cost).
import { relative, resolve } from 'node:path';
import { gzipSize } from '../scripts/size.mjs';
import { ROOT } from './server.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Source-map v3 `mappings` → per generated line, the segments [column, sourceIndex | -1]. */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = DIGIT.get(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
      // Fields 2-4 (original line, column, name) are deltas too, but only the source matters here.
    }
    lines.push(segments);
  }
  return lines;
}

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
export const FILLER = '(whitespace, comments, annotations: not minified)';

/** A module path from a source map (relative to `base`, the map's folder) → the group it is reported under. */
export function groupOf(source, base = ROOT) {
  const path = relative(ROOT, resolve(base, source)).replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm === -1) return path;
  const parts = path.slice(nm + 'node_modules/'.length).split('/');
  const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  if (LIT.includes(pkg)) return 'lit';
  if (pkg === 'zod') return 'zod/mini (+ zod/v4/core)';
  return pkg;
}

/** The coarser summary: each dependency, our src/ and components/ code, and what the map leaves out. */
export function categoryOf(group) {
  if (group.startsWith('src/')) return 'our code: src/ (core, validation, records)';
  if (group.startsWith('components/')) return 'our code: components/ (the element)';
  return group;
}

/**
 * Per module group and per category: minified bytes, gzip share and gzip cost when removed. `code` is
 * what `map` describes; `base` is the folder the map's sources are relative to.
 */
export function attribute(code, map, base = ROOT) {
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  const pieces = new Map(); // group → [ [line, start, end] ]
  const add = (group, line, start, end) => {
    if (end <= start) return;
    if (!pieces.has(group)) pieces.set(group, []);
    pieces.get(group).push([line, start, end]);
  };
  // Unmapped text is either what full minification would drop (indentation, region comments, pure
  // annotations: FILLER) or code the printer emitted between mapped tokens (`else`, `if (`), which
  // belongs to the module around it.
  let last;
  lines.forEach((text, i) => {
    const segments = decoded[i] ?? [];
    const spans = segments.map(([column, source], j) => [column, segments[j + 1]?.[0] ?? text.length, source]);
    if (!segments.length || segments[0][0] > 0) spans.unshift([0, segments[0]?.[0] ?? text.length, -1]);
    const nextMapped = k => spans.slice(k).find(sp => sp[2] !== -1)?.[2];
    spans.forEach(([start, end, source], k) => {
      if (source !== -1) {
        last = groupOf(map.sources[source], base);
        return add(last, i, start, end);
      }
      const piece = text.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      add(FILLER, i, start, start + lead);
      if (/^\s*(\/\/|\/\*)/.test(piece)) return add(FILLER, i, start + lead, end);
      const next = nextMapped(k);
      add(last ?? (next === undefined ? FILLER : groupOf(map.sources[next], base)), i, start + lead, end);
    });
  });

  const total = gzipSize(code);
  const textOf = ranges => ranges.map(([line, start, end]) => lines[line].slice(start, end)).join('');
  const without = ranges => {
    const drop = lines.map(() => []);
    for (const r of ranges) drop[r[0]].push(r);
    return lines
      .map((text, i) => {
        let out = '';
        let at = 0;
        for (const [, start, end] of drop[i].sort((a, b) => a[1] - b[1])) {
          out += text.slice(at, start);
          at = end;
        }
        return out + text.slice(at);
      })
      .join('\n');
  };
  const measure = entries => {
    const rows = [...entries].map(([group, ranges]) => {
      const alone = textOf(ranges);
      return {
        group,
        minBytes: alone.length,
        gzipAlone: gzipSize(alone),
        gzipRemoved: total - gzipSize(without(ranges))
      };
    });
    const sumAlone = rows.reduce((s, g) => s + g.gzipAlone, 0);
    for (const g of rows) g.gzipShare = Math.round((total * g.gzipAlone) / sumAlone);
    return rows.sort((a, b) => b.gzipShare - a.gzipShare);
  };
  const categories = new Map();
  for (const [group, ranges] of pieces) {
    const category = categoryOf(group);
    categories.set(category, [...(categories.get(category) ?? []), ...ranges]);
  }
  return { minBytes: code.length, gzipBytes: total, categories: measure(categories), groups: measure(pieces) };
}
