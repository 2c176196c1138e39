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

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // No top-level await: built, this file is CommonJS, which Node starts without its ES module loader.
  const bundle = fileURLToPath(new URL('./keybound.cjs', import.meta.url));
  const loaded = existsSync(bundle) ? Promise.resolve(loadCompiled(bundle) as typeof Process) : import('./process.js');
  void loaded.then(({ runFromProcess }) => {
    // The heap growth limit (v8-flags.ts), once the code and Node's own modules are loaded under V8's
    // own flags: their cached code is checked against them. Every run writes to stdout or stderr, whose
    // streams Node loads on first use (for a pipe, node:net): loaded here, before the flags.
    void process.stdout;
    void process.stderr;
    setV8Flags();
    return runFromProcess();
  });
}
