// Entry of the Action bundle (dist/index.js): all logic lives in main.ts.
import { run } from './main.js';

await run();
