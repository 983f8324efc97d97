// web-test-runner additions for the example hosts in demo/hosts/, which run the BUILT package as a vendor would:
// a dist/ before the first test (a fresh clone has none; `npm test` builds it anyway), and the Node host's
// records endpoint, the same code `npm run hosts` serves (demo/hosts/server/).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = ['dist/bail-safeguarding.js', 'dist/element.js', 'dist/core.js'];

/** Builds dist/ when a file of it is missing, before any test runs. */
export function builtDistPlugin() {
  return {
    name: 'bail-safeguarding-built-dist',
    serverStart({ logger }) {
      if (BUILT.every(file => existsSync(`${root}${file}`))) return;
      logger.log('dist/ is missing: building it for the example hosts (node scripts/build.mjs)');
      const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
      if (run.status !== 0) throw new Error('node scripts/build.mjs failed: the example hosts need dist/');
    }
  };
}

/** The example hosts' server routes (the records endpoint, the React bundle), loaded once dist/ exists. */
export function hostsMiddleware() {
  let routes;
  return async function hosts(ctx, next) {
    routes ??= import('../../demo/hosts/server/routes.mjs');
    const { handle } = await routes;
    ctx.respond = false;
    if (!(await handle(ctx.req, ctx.res))) {
      ctx.respond = true;
      return next();
    }
    return undefined;
  };
}
