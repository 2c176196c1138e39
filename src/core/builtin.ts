// Node's own modules that keybound loads on first use, not at every start (issue 15): node:crypto
// (hashing), node:http and node:https (smoke calls).

import { createRequire } from 'node:module';
import { withInitialV8Flags } from './v8-flags.js';

const nodeRequire = createRequire(import.meta.url);
/** Modules already required: node:http(s) is asked for at every smoke request. */
const loaded = new Map<string, unknown>();

/**
 * A Node module, required synchronously. With require, not import(): the built CLI runs as a compiled
 * script, where import() is experimental. Under V8's own flags: Node's cached code for the module is
 * checked against them (v8-flags.ts), and refused, the module would be compiled from source.
 */
export function requireBuiltin<T>(name: `node:${string}`): T {
  if (!loaded.has(name))
    loaded.set(
      name,
      withInitialV8Flags(() => nodeRequire(name)),
    );
  return loaded.get(name) as T;
}
