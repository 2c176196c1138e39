// node:crypto, loaded on first use: it is 16 of Node's modules (issue 15), and a check that hashes
// nothing (an empty folder, no findings, no smoke) never needs it.

import type * as Crypto from 'node:crypto';
import { requireBuiltin } from './builtin.js';

/** The node:crypto module, required synchronously the first time it is asked for. */
export function nodeCrypto(): typeof Crypto {
  return requireBuiltin<typeof Crypto>('node:crypto');
}
