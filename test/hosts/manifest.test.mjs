// custom-elements.json against the source: the committed file is what `npm run manifest` makes now, and it lists
// exactly the public API the class declares (members, Lit properties and their attributes) and the events of
// BailCheckEventMap with their detail types. manifest.test.ts checks it against the running element as well.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { PLATFORM_CALLBACKS } from '../../custom-elements-manifest.config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = path => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const COMPONENT = 'components/bail-safeguarding-check/bail-safeguarding-check.component.ts';
const EVENTS = 'components/events.ts';

const element = manifest.modules.flatMap(m => m.declarations).find(d => d.customElement);
const sorted = names => [...names].sort();

const hasModifier = (node, kind) => ts.getModifiers(node)?.some(m => m.kind === kind) ?? false;
const nameOf = node => node.name && ts.isIdentifier(node.name) && node.name.text;

function componentClass() {
  const source = ts.createSourceFile(COMPONENT, read(COMPONENT), ts.ScriptTarget.Latest, true);
  const found = source.statements.find(s => ts.isClassDeclaration(s) && s.name?.text === 'BailSafeguardingCheck');
  assert.ok(found, `no class BailSafeguardingCheck in ${COMPONENT}`);
  return found;
}

/** `static properties = { … }`: each name with its attribute (a string, or none) and whether it is state. */
function litProperties(cls) {
  const member = cls.members.find(m => ts.isPropertyDeclaration(m) && nameOf(m) === 'properties');
  assert.ok(member?.initializer && ts.isObjectLiteralExpression(member.initializer), 'no static properties');
  return member.initializer.properties.map(p => {
    const options = Object.fromEntries(
      p.initializer.properties.map(o => [o.name.text, o.initializer.text ?? o.initializer.kind])
    );
    const name = p.name.text;
    const attribute =
      options.attribute === ts.SyntaxKind.FalseKeyword ? undefined : (options.attribute ?? name.toLowerCase());
    return { name, attribute, state: options.state === ts.SyntaxKind.TrueKeyword };
  });
}

/** Instance members a host can use: not private or protected, not static, not a lifecycle override or callback. */
function publicMembers(cls) {
  return cls.members
    .filter(m => nameOf(m) && !ts.isConstructorDeclaration(m))
    .filter(
      m =>
        ![ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword].some(k =>
          hasModifier(m, k)
        )
    )
    .filter(m => !hasModifier(m, ts.SyntaxKind.OverrideKeyword) && !PLATFORM_CALLBACKS.has(nameOf(m)))
    .map(m => ({
      name: nameOf(m),
      kind: ts.isMethodDeclaration(m) ? 'method' : 'field',
      getterOnly: isGetterOnly(cls, m)
    }));
}

function isGetterOnly(cls, member) {
  if (!ts.isGetAccessorDeclaration(member)) return false;
  return !cls.members.some(m => ts.isSetAccessorDeclaration(m) && nameOf(m) === nameOf(member));
}

const dir = mkdtempSync(join(root, 'node_modules/.cache-cem-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the committed custom-elements.json is what `npm run manifest` generates from the source now', () => {
  const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  const run = spawnSync(
    process.execPath,
    [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, dir), '--quiet'],
    { cwd: root, encoding: 'utf8' }
  );
  assert.equal(run.status, 0, run.stderr);
  const fresh = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  assert.deepEqual(manifest, fresh, 'custom-elements.json is stale: run `npm run manifest` and commit it');
});

test('package.json points hosts and tools at the manifest, and the manifest at the entries it exports', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
  const entries = Object.values(pkg.exports).map(e => (typeof e === 'string' ? e : e.default));
  for (const { path } of manifest.modules) assert.ok(entries.includes(`./${path}`), `${path} is not a package export`);
  const definition = manifest.modules.flatMap(m => m.exports).find(e => e.kind === 'custom-element-definition');
  assert.equal(definition.name, 'bail-safeguarding-check');
  assert.equal(pkg.exports['.'].default, `./${manifest.modules.find(m => m.exports.includes(definition)).path}`);
});

test('the manifest lists exactly the public members the class declares, each described', () => {
  const cls = componentClass();
  const reactive = litProperties(cls).filter(p => !p.state);
  const declared = publicMembers(cls);
  const expected = new Set([...declared.map(m => m.name), ...reactive.map(p => p.name)]);
  assert.deepEqual(sorted(element.members.map(m => m.name)), sorted(expected));
  for (const member of element.members) assert.ok(member.description, `${member.name} has no description`);
  for (const { name, kind, getterOnly } of declared) {
    const listed = element.members.find(m => m.name === name);
    assert.equal(listed.kind, kind, `${name} is listed as a ${listed.kind}`);
    assert.equal(listed.readonly ?? false, getterOnly, `${name} readonly`);
  }
});

test('the manifest lists exactly the attributes of the Lit properties, each with its property', () => {
  const withAttribute = litProperties(componentClass()).filter(p => !p.state && p.attribute);
  assert.deepEqual(
    sorted(element.attributes.map(a => `${a.name} -> ${a.fieldName}`)),
    sorted(withAttribute.map(p => `${p.attribute} -> ${p.name}`))
  );
  for (const attribute of element.attributes) assert.ok(attribute.description, `${attribute.name} has no description`);
});

test('the manifest lists exactly the events of BailCheckEventMap, each with its detail type', () => {
  const program = ts.createProgram([join(root, EVENTS)], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, EVENTS));
  const map = source.statements.find(s => ts.isInterfaceDeclaration(s) && s.name.text === 'BailCheckEventMap');
  const events = map.members.map(m => {
    const type = checker.getTypeAtLocation(m);
    const detail = checker.getTypeOfSymbol(checker.getPropertyOfType(type, 'detail'));
    return { name: m.name.text, type: `CustomEvent<${checker.typeToString(detail)}>` };
  });
  assert.deepEqual(
    sorted(element.events.map(e => `${e.name}: ${e.type.text}`)),
    sorted(events.map(e => `${e.name}: ${e.type}`))
  );
  for (const event of element.events) assert.ok(event.description, `${event.name} has no description`);
});

test("each event's detail type is referenced as bail-safeguarding/element exports it", () => {
  const entry = readFileSync(join(root, 'dist/types/components/element.d.ts'), 'utf8');
  const exported = new Set(
    [...entry.matchAll(/from '([^']+)'/g)].flatMap(([, from]) => {
      const file = join(root, 'dist/types/components', `${from.replace(/\.js$/, '')}.d.ts`);
      return [...readFileSync(file, 'utf8').matchAll(/export (?:interface|type) (\w+)/g)].map(m => m[1]);
    })
  );
  for (const event of element.events) {
    const [reference, ...more] = event.type.references ?? [];
    assert.ok(reference && !more.length, `${event.name} has one reference`);
    assert.equal(event.type.text.slice(reference.start, reference.end), reference.name);
    assert.deepEqual([reference.package, reference.module], ['bail-safeguarding', 'dist/lib/element.js']);
    assert.ok(exported.has(reference.name), `${reference.name} is not exported by bail-safeguarding/element`);
  }
});
