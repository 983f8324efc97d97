// `bail-safeguarding check|sign|schema`: the package's command (package.json "bin"), for pack authors without a
// clone. The build bundles this file with the validator into dist/cli.mjs (no network, nothing to install); the
// glossary and the JSON Schema are read from the package's rules/ folder.
//   bail-safeguarding check [pack.json]     every error and warning with its path (default: the bundled pack)
//   bail-safeguarding sign pack.json key.jwk | --new-key <name> | --verify pack.json public.jwk
//   bail-safeguarding schema                prints rules/pack.schema.json, the JSON Schema for pack editors
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packIdentity } from '../src/pack/identity.js';
import { proveProtection } from '../src/pack/protection.js';
import { validatePack } from '../src/pack/validate.js';
import { checkPackFile, root } from './rules-check.mjs';
import { signCommand } from './rules-sign.mjs';

const USAGE = `usage: bail-safeguarding check [pack.json]
       bail-safeguarding sign <pack.json> <private.jwk> | --new-key <name> | --verify <pack.json> <public.jwk>
       bail-safeguarding schema`;

async function main([command, ...args]) {
  if (command === 'check' && args.length <= 1) {
    const file = args[0] ?? join(root, 'rules/default-pack.json');
    const { ok, lines } = await checkPackFile(file, { validatePack, packIdentity, proveProtection });
    console.log(lines.join('\n'));
    process.exitCode = ok ? 0 : 1;
  } else if (command === 'sign') {
    signCommand(args, 'bail-safeguarding sign');
  } else if (command === 'schema' && args.length === 0) {
    process.stdout.write(readFileSync(join(root, 'rules/pack.schema.json'), 'utf8'));
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  console.error(`bail-safeguarding: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
}
