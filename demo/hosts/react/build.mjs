// The React host (app.tsx) bundled for the browser with esbuild, as a vendor's bundler would: TypeScript and JSX
// (React 19's automatic runtime), react and react-dom from node_modules, and `bail-safeguarding` resolved through
// the package's exports to the built dist/. The server and the tests bundle it on request; the first bundle is
// kept. `node demo/hosts/react/build.mjs` prints its size.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./app.tsx', import.meta.url));
let bundled;

/** @returns {Promise<string>} the bundle, an ES module */
export function bundleReactHost() {
  bundled ??= esbuild
    .build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      minify: true,
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' }
    })
    .then(result => {
      const [file] = result.outputFiles ?? [];
      if (!file) throw new Error('esbuild wrote no bundle');
      return file.text;
    })
    .catch(error => {
      bundled = undefined;
      throw error;
    });
  return bundled;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = await bundleReactHost();
  console.log(`demo/hosts/react/app.tsx: ${(code.length / 1024).toFixed(0)} kB bundled`);
}
