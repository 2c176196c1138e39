// Entry of the Action bundle (dist/index.js): all logic lives in main.ts.
import module from 'node:module';
import { resetV8Flags, setV8Flags } from '../core/v8-flags.js';

// Node >= 22.1 (the Action runs on node24) keeps V8's compiled code of the bundle on disk for the next
// start (issue 15). Called before main.ts is loaded, so that its code is cached too.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import('./main.js');
// The heap growth limit (v8-flags.ts), once the code is loaded under V8's own flags (cached code is
// checked against them), and put back at exit, before Node writes its compile cache.
setV8Flags();
process.once('exit', resetV8Flags);
await run();
