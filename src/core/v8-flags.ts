// V8 flags the shells (the CLI and the Action) set once keybound's code is loaded.
// Node starts V8 with --no-freeze-flags-after-init, so they apply to the running process.
//
// Why after loading, and put back before caching: V8 checks cached code against a hash of its flags.
// Set first, a flag made V8 refuse Node's own cached code for every built-in module loaded after it
// (node:crypto alone is 16 modules, compiled from source in every `check` that hashes), and the CLI's
// compile cache had to be made under it too. So the shells load their code under V8's own values, then
// set these; code compiled or cached while they are set uses withInitialV8Flags / resetV8Flags.
//
// --heap-growing-percent=20 (issue 15, flat memory). V8 collects the old generation only once it has
// grown to a multiple of what survived the last full collection (up to 4x, chosen from its collection
// speed). A scan promotes each large file's parse tree and drops it a moment later, so between two
// collections the heap filled with garbage up to 4x the live inventory, and the peak grew with the
// inventory: over 4 copies of the corpus about 250 of 345 MiB were dead parse trees (measured with a
// full collection at each phase boundary: 53 MiB live after the scan). A growth of 20% keeps the garbage
// near a fifth of what is live; the extra collections are short (the live heap is small) and cost no
// measurable CPU time over the corpus. The heap controller reads the flag each time it sets a limit.
//
// --semi-space-growth-factor=16 (issue 15, speed). Young objects live in a semi-space that starts at
// 1 MiB and, each time more than its size has survived collections, doubles, up to 16 MiB. A scan
// allocates parse trees fast, so it paid for many small collections before the space grew: over the
// corpus, one process per repository, 752 young collections pausing the scan 983 ms in all
// (`node --trace-gc`). Growing at once to the largest size: 317 collections, 586 ms; peak RSS unchanged
// (the corpus 148 vs 150 MiB, four copies 201 vs 201 MiB). V8 reads the factor each time it grows.

import { setFlagsFromString } from 'node:v8';

/** A V8 flag keybound sets: its name, keybound's value and V8's own (put back by resetV8Flags). */
export interface V8Flag {
  name: string;
  value: number;
  initial: number;
}

/** The flags, each of which a test checks that the running V8 still knows, with its initial value. */
export const V8_FLAGS: readonly V8Flag[] = [
  { name: 'heap-growing-percent', value: 20, initial: 0 },
  { name: 'semi-space-growth-factor', value: 16, initial: 2 },
];

/**
 * Whether V8_FLAGS are set: process-wide, as the flags are, and not in this module, of which the built
 * CLI holds two copies (its entry, and the bundle the entry loads).
 */
const SET = Symbol.for('keybound.v8-flags.set');
const state = globalThis as { [SET]?: boolean };

/** Sets V8_FLAGS (shells only: they are process-wide). */
export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(`--${flag.name}=${flag.value}`);
  state[SET] = true;
}

/** Puts V8's own values back, so that code cached from now on is stamped with V8's own flag hash. */
export function resetV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(`--${flag.name}=${flag.initial}`);
  state[SET] = false;
}

/** Runs `compile` (cached code is checked as it is compiled) under V8's own values, then sets ours again. */
export function withInitialV8Flags<T>(compile: () => T): T {
  if (state[SET] !== true) return compile();
  resetV8Flags();
  try {
    return compile();
  } finally {
    setV8Flags();
  }
}

/**
 * Runs `compile` with every function of the code it compiles compiled at once (`--no-lazy`), then
 * puts V8's own lazy compilation back: for code whose cache is about to be made (the CLI's compile
 * cache), so that the cache holds all of it, not only what one run called.
 */
export function compiledEagerly<T>(compile: () => T): T {
  setFlagsFromString('--no-lazy');
  try {
    return compile();
  } finally {
    setFlagsFromString('--lazy');
  }
}
