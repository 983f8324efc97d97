// A build step for the element's Lit templates: the indentation that keeps html`` and css`` readable in the
// source is not shipped. The minifier cannot do this (a template's text is a string to it).
//   css``   whitespace runs become one space, and none is left around { } ; , > or after a colon
//           (selectors and declarations mean the same; the element's CSS has no calc() or comments);
//   html``  a whitespace run that holds a line break becomes one space, which renders exactly as the run
//           did (no template holds <pre>, nor text inside a <textarea>: its value is a property binding).
// Only the templates' literal text changes; the source map stays exact (a segment at every token).
import { parseAst } from 'vite';

/** css`` text with whitespace the CSS parser ignores removed. */
export function collapseCss(text) {
  // Quoted strings (content: '‹ ') are kept as they are.
  return text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
    )
    .join('')
    .replace(/;}/g, '}');
}

/** html`` text with each whitespace run that holds a line break made one space. */
export function collapseHtml(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

const COLLAPSE = { css: collapseCss, html: collapseHtml };

function each(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(n => each(n, visit));
  if (typeof node.type === 'string') visit(node);
  for (const key in node) if (key !== 'type' && typeof node[key] === 'object') each(node[key], visit);
}

/** The edits ({ start, end, text }) that collapse every html`` and css`` template of a module, in order. */
export function templateEdits(code) {
  const edits = [];
  each(parseAst(code), node => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const collapse = COLLAPSE[node.tag.name];
    if (!collapse) return;
    const quasis = node.quasi.quasis;
    quasis.forEach((q, i) => {
      let text = collapse(code.slice(q.start, q.end));
      // css: the template's own ends need no space either.
      if (node.tag.name === 'css') {
        if (i === 0) text = text.trimStart();
        if (i === quasis.length - 1) text = text.trimEnd();
      }
      if (text !== code.slice(q.start, q.end)) edits.push({ start: q.start, end: q.end, text });
    });
  });
  return edits.sort((a, b) => a.start - b.start);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let n = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = n & 31;
    n >>>= 5;
    if (n) digit |= 32;
    out += BASE64[digit];
  } while (n);
  return out;
}

/**
 * Applies `edits` to `code` and maps the result back to it: a segment at the start of every token outside the
 * edits and at the start of each edit, so every name and operator keeps its exact original place.
 */
export function applyEdits(code, edits, file) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const lineOf = offset => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let out = '';
  const lines = [[]];
  let column = 0;
  const mark = offset => {
    const line = lineOf(offset);
    lines[lines.length - 1].push([column, line, offset - lineStarts[line]]);
  };
  const emit = (text, from) => {
    // Unchanged text: a segment wherever a token starts (a word after a non-word character, or any symbol).
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') {
        lines.push([]);
        column = 0;
        out += c;
        continue;
      }
      const word = /[\w$]/.test(c);
      if (from !== undefined && !/\s/.test(c) && (!word || i === 0 || !/[\w$]/.test(text[i - 1]))) mark(from + i);
      out += c;
      column++;
    }
  };
  let at = 0;
  for (const edit of edits) {
    emit(code.slice(at, edit.start), at);
    mark(edit.start);
    emit(edit.text, undefined);
    at = edit.end;
  }
  emit(code.slice(at), at);

  let previous = [0, 0, 0];
  const mappings = lines
    .map(segments => {
      let genColumn = 0;
      return segments
        .map(([col, line, origColumn]) => {
          const s = vlq(col - genColumn) + vlq(0) + vlq(line - previous[1]) + vlq(origColumn - previous[2]);
          genColumn = col;
          previous = [0, line, origColumn];
          return s;
        })
        .join(',');
    })
    .join(';');
  return { code: out, map: { version: 3, file, sources: [file], sourcesContent: [code], names: [], mappings } };
}

/** The Vite plugin: collapses the templates of the element's modules (components/, never node_modules). */
export function templateWhitespace() {
  return {
    name: 'bsc-template-whitespace',
    transform(code, id) {
      const path = id.replace(/\\/g, '/');
      if (path.includes('/node_modules/') || !path.includes('/components/') || !/\b(html|css)`/.test(code)) return null;
      const edits = templateEdits(code);
      return edits.length ? applyEdits(code, edits, path) : null;
    }
  };
}
