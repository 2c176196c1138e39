// V8 flags the shells (the CLI and the Action) set at start, before keybound's own code is compiled:
// V8 rejects cached code made under other flags, so the CLI's compile cache needs them set first.
// Node starts V8 with --no-freeze-flags-after-init, so they apply to the running process.
//
// --heap-growing-percent=20 (issue 15, flat memory). V8 collects the old generation only once it has
// grown to a multiple of what survived the last full collection (up to 4x, chosen from its collection
// speed). A scan promotes each large file's parse tree and drops it a moment later, so between two
// collections the heap filled with garbage up to 4x the live inventory, and the peak grew with the
// inventory: over 4 copies of the corpus about 250 of 345 MiB were dead parse trees (measured with a
// full collection at each phase boundary: 53 MiB live after the scan). A growth of 20% keeps the garbage
// near a fifth of what is live; the extra collections are short (the live heap is small) and cost no
// measurable CPU time over the corpus. The heap controller reads the flag each time it sets a limit.

import { setFlagsFromString } from 'node:v8';

/** The flags, each of which a test checks that the running V8 still knows. */
export const V8_FLAGS = ['--heap-growing-percent=20'] as const;

/** Sets V8_FLAGS (shells only: they are process-wide). */
export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
