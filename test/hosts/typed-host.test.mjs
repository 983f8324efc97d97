// The typed host (typed-host.ts) proves hosts need no cast only if it holds none: no `as`, no `<T>x`, no `x!`.
// (`npm run typecheck` and `npm run typecheck:dist` type-check it; this test keeps it honest.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';

const file = new URL('./typed-host.ts', import.meta.url);

test('the typed host reads every event detail and the element without a type assertion', () => {
  const source = ts.createSourceFile('typed-host.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const casts = [];
  const visit = node => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node))
      casts.push(`line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  assert.deepEqual(casts, []);
  for (const event of ['bail-check-ready', 'bail-check-change', 'bail-check-complete', 'bail-check-error'])
    assert.match(source.text, new RegExp(`addEventListener\\('${event}', e => \\{`), `${event} is not listened for`);
  assert.match(source.text, /e\.detail\.riskLevel/);
});
