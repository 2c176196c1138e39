// Entry of the Action bundle (dist/index.js): all logic lives in main.ts.
import module from 'node:module';
import { setV8Flags } from '../core/v8-flags.js';

// The heap growth limit (v8-flags.ts), set first: V8 rejects cached code made under other flags.
setV8Flags();
// Node >= 22.1 (the Action runs on node24) keeps V8's compiled code of the bundle on disk for the next
// start (issue 15). Called before main.ts is loaded, so that its code is cached too.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import('./main.js');
await run();
