#!/usr/bin/env node
// Entry of the `keybound` command: runs main() with the real process and sets the exit code.
import { runFromProcess } from './process.js';

await runFromProcess();
