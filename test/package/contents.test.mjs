// What ships, from the packed tarball: the licence, the changelog, the consumer README whose links all resolve
// inside the package, docs/, the third-party notices for what dist/ carries, the types each export names, and
// the bail-safeguarding command, run from the unpacked package with nothing else installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { bundledPackages } from '../../scripts/third-party-notices.mjs';
import { root, scratchHost } from './support.mjs';

let host;
before(() => (host = scratchHost()));
after(() => host?.remove());

const pkg = () => join(host.dir, 'node_modules/bail-safeguarding');
const read = path => readFileSync(join(pkg(), path), 'utf8');

test('the tarball holds the licence, the changelog, the README, docs/, the notices, and no source', () => {
  for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'THIRD-PARTY-NOTICES.md', 'html-custom-data.json'])
    assert.ok(host.files.includes(file), `${file} ships`);
  assert.ok(host.files.includes('docs/integration.md'));
  assert.ok(host.files.includes('rules/pack.schema.json'));
  assert.deepEqual(
    host.files.filter(f => /\.ts$/.test(f) && !f.endsWith('.d.ts')),
    [],
    'no TypeScript source ships'
  );
  assert.ok(!host.files.some(f => f.startsWith('test/') || f.startsWith('src/') || f === 'DEVELOPING.md'));
  assert.match(read('LICENSE'), /^MIT License\n\nCopyright \(c\) [\d-]+ bail-safeguarding contributors\n/);
  const manifest = JSON.parse(read('package.json'));
  assert.equal(manifest.license, 'MIT');
  assert.ok(
    manifest.sideEffects.every(f => !f.endsWith('.ts')),
    'sideEffects names shipped files only'
  );
});

test("the README is the consumer's: an install line, and every link resolves inside the package", () => {
  const readme = read('README.md');
  assert.match(readme, /npm install bail-safeguarding/);
  const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map(m => m[1]).filter(l => !/^https?:/.test(l));
  assert.ok(links.length >= 5);
  for (const link of links) assert.ok(existsSync(join(pkg(), link.split('#')[0])), `${link} is in the package`);
  for (const path of readme.matchAll(/`((?:docs|rules|dist)\/[\w./-]+)`/g))
    assert.ok(existsSync(join(pkg(), path[1])), `${path[1]} is in the package`);
  assert.doesNotMatch(readme, /\.\.\/shared/);
  // The repository's two commands open the README (the team's rule for a fresh clone), said to be for a clone;
  // everything after that block is for a host: no other repository command.
  const [opening, ...rest] = readme.split('```');
  assert.match(opening, /In a clone of the repository/);
  assert.match(rest[0], /^sh\nnpm install && npm start .*\nnpm test /);
  assert.doesNotMatch(rest.slice(1).join('```'), /npm start|npm test/);
});

test('THIRD-PARTY-NOTICES.md names every package the built files carry, with its licence text', () => {
  const notices = read('THIRD-PARTY-NOTICES.md');
  const carried = bundledPackages(join(root, 'dist'));
  assert.deepEqual(carried, ['@lit/reactive-element', 'lit-element', 'lit-html', 'zod']);
  for (const name of carried) assert.match(notices, new RegExp(`^## ${name.replace('/', '\\/')} `, 'm'));
  assert.match(notices, /Permission is hereby granted/); // zod's MIT text
  assert.match(notices, /Redistribution and use in source and binary forms/); // Lit's BSD text
  const check = spawnSync(process.execPath, ['scripts/third-party-notices.mjs', '--check'], { cwd: root });
  assert.equal(check.status, 0, 'the committed notices are those of the current build');
});

test('every types path that exports and typesVersions name is in the package', () => {
  const { exports, typesVersions } = JSON.parse(read('package.json'));
  const paths = [
    ...Object.values(exports).flatMap(e => (typeof e === 'string' ? [e] : Object.values(e))),
    ...Object.values(typesVersions['*']).flat()
  ];
  for (const path of paths.filter(p => !p.includes('*')))
    assert.ok(existsSync(join(pkg(), path)), `${path} is in the package`);
});

test('bail-safeguarding check|sign|schema run from the unpacked package alone', () => {
  const manifest = JSON.parse(read('package.json'));
  const bin = join(pkg(), manifest.bin['bail-safeguarding']);
  const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd: host.dir, encoding: 'utf8' });

  const checked = run('check');
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stdout, /bail-safeguarding-default \d+\.\d+\.\d+ \(sha256 [0-9a-f]{64}\)/);
  assert.match(checked.stdout, /^OK: the pack is valid/m);

  const broken = join(host.dir, 'broken.json');
  spawnSync('sh', ['-c', `echo '{"schemaVersion": 1, "id": "x-broken"}' > ${broken}`]);
  const refused = run('check', broken);
  assert.equal(refused.status, 1);
  assert.match(refused.stdout, /^ {2}error {4}version: is required$/m);
  assert.match(refused.stdout, /^REFUSED: /m);

  const schema = run('schema');
  assert.equal(schema.status, 0);
  assert.equal(JSON.parse(schema.stdout).title, 'bail-safeguarding rule pack');

  const key = join(host.dir, 'force');
  assert.equal(run('sign', '--new-key', key).status, 0);
  const packFile = join(pkg(), 'rules/default-pack.json');
  const signed = run('sign', packFile, `${key}.private.jwk`);
  assert.equal(signed.status, 0, signed.stderr);
  const verified = run('sign', '--verify', packFile, `${key}.public.jwk`);
  assert.match(verified.stdout, /verifies/);
  assert.equal(run('unknown').status, 2);
});
