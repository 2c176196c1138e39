// Issue 15, flat memory. V8 collects the old generation only once it has grown to a multiple of what
// survived the last full collection (up to 4x, chosen from its collection speed). A scan promotes each
// large file's parse tree and drops it a moment later, so between two collections the heap filled with
// garbage up to 4x the live inventory, and the peak grew with the inventory: over 4 copies of the corpus
// about 250 of 345 MiB were dead parse trees (measured with a full collection at each phase boundary:
// 53 MiB live after the scan). A growth of 20% keeps the garbage near a fifth of what is live; the extra
// collections are short (the live heap is small) and cost no measurable CPU time over the corpus.

import { setFlagsFromString } from 'node:v8';

/** The V8 flag the shells set at start; a test checks that the running V8 still knows it. */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=20';

/** Makes V8 collect when the old generation has grown by 20% (shells only: it is process-wide). */
export function limitHeapGrowth(): void {
  // NOTE: Node starts V8 with --no-freeze-flags-after-init, so this applies to the running process;
  // the heap controller reads the flag each time it sets the next limit.
  setFlagsFromString(HEAP_GROWING_FLAG);
}
