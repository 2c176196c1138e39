#!/usr/bin/env node
// Entry of the `keybound` command: runs main() with the real process and sets the exit code.
// `keybound --version` is answered before the rest of keybound is loaded (issue 7: start-up within 2x
// bare node); any other command loads it, so parsing and errors stay in one place (main.ts).
// Built, the rest is `keybound.cjs` beside this file, loaded through V8's code cache (compile-cache.ts);
// run from source (tests), it is imported as modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setV8Flags } from '../core/v8-flags.js';
import { VERSION } from '../generated/version.js';
import { loadCompiled } from './compile-cache.js';
import type * as Process from './process.js';

// The heap growth limit (v8-flags.ts), set before the bundle is compiled: V8 rejects cached code made
// under other flags.
setV8Flags();

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const bundle = fileURLToPath(new URL('./keybound.cjs', import.meta.url));
  const { runFromProcess } = existsSync(bundle)
    ? (loadCompiled(bundle) as typeof Process)
    : await import('./process.js');
  await runFromProcess();
}
