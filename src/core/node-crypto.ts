// node:crypto, loaded on first use: loading it costs 10-20 ms of every start on Node 20 (issue 15), and
// a check that hashes nothing (an empty folder, no findings, no smoke) never needs it.

import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

let loaded: typeof Crypto | undefined;

/** The node:crypto module, required synchronously the first time it is asked for. */
export function nodeCrypto(): typeof Crypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return loaded;
}
