// npm run build: dist/ as DESIGN.md lists it.
//   bail-safeguarding.js  one self-contained ES module that defines the element (default pack inside)
//   element.js            the element class and define(), no side effects
//   core.js               the decision core, no DOM, runs in Node 20+
//   types/                declarations
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

const entries = [
  { name: 'bail-safeguarding', entry: 'components/index.ts' },
  { name: 'element', entry: 'components/element.ts' },
  { name: 'core', entry: 'src/core.ts' }
];

rmSync('dist', { recursive: true, force: true });
for (const { name, entry } of entries) {
  // One build per entry, so each file is self-contained: a vendor can copy any one of them alone.
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: { output: { codeSplitting: false } }
    }
  });
}
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log(`built ${entries.map(e => `dist/${e.name}.js`).join(', ')} and dist/types/`);
