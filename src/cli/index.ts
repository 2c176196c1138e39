#!/usr/bin/env node
// Entry of the `keybound` command: runs main() with the real process and sets the exit code.
// `keybound --version` is answered before the rest of keybound is loaded (issue 7: start-up within 2x
// bare node); any other command loads it, so parsing and errors stay in one place (main.ts).
import module from 'node:module';
import { limitHeapGrowth } from '../core/heap.js';
import { VERSION } from '../generated/version.js';

// Node >= 22.1 keeps V8's compiled code of the bundle on disk for the next start (issue 15); Node 20
// has no such function. Called before the rest of keybound is loaded, so its chunks are cached too.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Peak memory stays near what a scan keeps instead of growing with the garbage it leaves (issue 15).
limitHeapGrowth();

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { runFromProcess } = await import('./process.js');
  await runFromProcess();
}
