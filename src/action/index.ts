// Entry of the Action bundle (dist/index.js): all logic lives in main.ts.
import module from 'node:module';
import { limitHeapGrowth } from '../core/heap.js';

// Node >= 22.1 (the Action runs on node24) keeps V8's compiled code of the bundle on disk for the next
// start (issue 15). Called before main.ts is loaded, so that its code is cached too.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Peak memory stays near what a scan keeps instead of growing with the garbage it leaves (issue 15).
limitHeapGrowth();
const { run } = await import('./main.js');
await run();
