// A React 19 TSX host and a Vue 3 host, compiled from the tarball alone: no file copied from the repository, the
// types from the package's own exports (bail-safeguarding/react, bail-safeguarding/vue), strict and with no `any`
// (each host has @ts-expect-error lines that fail the compile if a prop or an event's detail were `any`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { root, scratchHost, writeFiles } from './support.mjs';

/** What a host brings itself (its framework, its compiler) and what the package depends on (Lit, zod). */
const HOST_PACKAGES = [
  'react',
  '@types/react',
  'csstype',
  'vue',
  '@vue',
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit-labs',
  'zod'
];

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    types: [],
    skipLibCheck: true
  }
};

const REACT_HOST = `import 'bail-safeguarding';
import type {} from 'bail-safeguarding/react';
import type { BailCheckRecord, BailSafeguardingCheck, Prefill } from 'bail-safeguarding/element';
import { useRef, useState } from 'react';

const prefill: Prefill = { 'suspect.on-bail': 'yes', 'victim.marac-case': 'unknown', 'x-force.flag': 'set' };

export function BailDecision({ reference }: { reference: string }) {
  const check = useRef<BailSafeguardingCheck>(null);
  const [record, setRecord] = useState<BailCheckRecord>();
  return (
    <>
      <bail-safeguarding-check
        ref={check}
        case-id={reference}
        officer-id="PS 1234"
        stage="post-charge"
        lang="cy"
        drafts="off"
        draft-ttl={24}
        prefill={prefill}
        onbail-check-complete={e => {
          const risk: 'standard' | 'medium' | 'high' = e.detail.riskLevel;
          // @ts-expect-error the detail is typed: a risk level is not a number
          const wrong: number = e.detail.riskLevel;
          setRecord(e.detail);
          void risk;
          void wrong;
        }}
        onbail-check-error={e => console.warn(e.detail.code)}
      />
      <bail-safeguarding-check
        // @ts-expect-error the stages are a closed set
        stage="after-charge"
        // @ts-expect-error a vocabulary code takes its question's answers
        prefill={{ 'suspect.on-bail': 'perhaps' }}
      />
      <button onClick={() => check.current?.reset()}>Start again</button>
      <p>{record?.outcome.recommended}</p>
    </>
  );
}
`;

const VUE_HOST = `<script setup lang="ts">
import 'bail-safeguarding';
import type {} from 'bail-safeguarding/vue';
import type { BailCheckRecord, Prefill } from 'bail-safeguarding/element';
import { ref } from 'vue';

const prefill: Prefill = { 'suspect.on-bail': 'yes' };
const record = ref<BailCheckRecord>();
function complete(e: CustomEvent<BailCheckRecord>) {
  record.value = e.detail;
}
</script>

<template>
  <bail-safeguarding-check case-id="CR-1" stage="pre-charge" :prefill="prefill" :draft-ttl="24" @bail-check-complete="complete" />
  <!-- @vue-expect-error the stages are a closed set -->
  <bail-safeguarding-check stage="after-charge" />
  <p>{{ record?.outcome.recommended }}</p>
</template>
`;

let host;
before(() => (host = scratchHost(HOST_PACKAGES)));
after(() => host?.remove());

const run = (bin, args) =>
  spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: host.dir, encoding: 'utf8' });

test('a React 19 TSX host compiles strictly from the tarball, with the JSX types the package exports', () => {
  writeFiles(host.dir, {
    'react-host/tsconfig.json': JSON.stringify({ ...TSCONFIG, include: ['*.tsx'] }),
    'react-host/host.tsx': REACT_HOST
  });
  const tsc = run('typescript/bin/tsc', ['-p', 'react-host']);
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  // The expected errors are real: without the package's JSX types the same file does not compile.
  writeFiles(host.dir, {
    'react-host/host.tsx': REACT_HOST.replace("import type {} from 'bail-safeguarding/react';", '')
  });
  const untyped = run('typescript/bin/tsc', ['-p', 'react-host']);
  assert.notEqual(untyped.status, 0);
  assert.match(untyped.stdout, /bail-safeguarding-check/);
});

test('a Vue 3 host compiles with vue-tsc from the tarball, the tag in GlobalComponents', () => {
  writeFiles(host.dir, {
    'vue-host/tsconfig.json': JSON.stringify({
      ...TSCONFIG,
      compilerOptions: { ...TSCONFIG.compilerOptions, jsx: 'preserve' },
      vueCompilerOptions: { strictTemplates: true },
      include: ['*.vue']
    }),
    'vue-host/Host.vue': VUE_HOST
  });
  const vueTsc = run('vue-tsc/bin/vue-tsc.js', ['-p', 'vue-host']);
  assert.equal(vueTsc.status, 0, vueTsc.stdout + vueTsc.stderr);
  writeFiles(host.dir, { 'vue-host/Host.vue': VUE_HOST.replace("import type {} from 'bail-safeguarding/vue';", '') });
  const untyped = run('vue-tsc/bin/vue-tsc.js', ['-p', 'vue-host']);
  assert.notEqual(untyped.status, 0, 'without the package types, the expected error is unused');
});
