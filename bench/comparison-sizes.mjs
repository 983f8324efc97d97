// What a vendor would otherwise ship, gzipped as our files are (scripts/size.mjs gzipSize):
//   SurveyJS: the minified files its packages ship (survey-core + survey-js-ui + the default CSS);
//   json-rules-engine: its `Engine` bundled for the browser here with Vite and minified as our core is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { MINIFY_OPTIONS } from '../scripts/lib-build-options.mjs';
import { gzipSize } from '../scripts/size.mjs';
import { CACHE_DIR, ROOT } from './server.mjs';

export const SURVEYJS_FILES = [
  'node_modules/survey-core/survey.core.min.js',
  'node_modules/survey-js-ui/survey-js-ui.min.js',
  'node_modules/survey-core/survey-core.min.css'
];

const version = pkg => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;

export function surveyjsSizes() {
  const files = SURVEYJS_FILES.map(file => {
    const data = readFileSync(join(ROOT, file));
    return { file, minBytes: data.length, gzipBytes: gzipSize(data) };
  });
  return {
    name: `SurveyJS ${version('survey-core')} (core + js-ui + CSS)`,
    files,
    minBytes: files.reduce((s, f) => s + f.minBytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0)
  };
}

export async function jsonRulesEngineSize() {
  const dir = join(ROOT, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'jre-entry.js');
  writeFileSync(entry, "export { Engine } from 'json-rules-engine';\n");
  const [output] = [].concat(
    await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2022',
        ...MINIFY_OPTIONS, // the minifier our own files are built with
        lib: { entry, formats: ['es'], fileName: () => 'json-rules-engine.js' },
        rollupOptions: { output: { codeSplitting: false } }
      }
    })
  );
  const code = output.output.find(o => o.type === 'chunk').code;
  return {
    name: `json-rules-engine ${version('json-rules-engine')} (Engine, bundled + minified)`,
    minBytes: code.length,
    gzipBytes: gzipSize(code)
  };
}
