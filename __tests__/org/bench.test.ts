// bench/org.mjs projects shard sizes with its own copy of the shard formula (it runs without a build
// of src/); it must stay the formula keybound uses.
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../src/org/shard.js';

describe('bench/org.mjs', () => {
  it('shards repositories as src/org/shard.ts does', async () => {
    const path = new URL('../../bench/org.mjs', import.meta.url).href;
    const bench = (await import(path)) as { shardOfName(name: string, count: number): number };
    for (const count of [1, 16, 256])
      for (let i = 0; i < 200; i++) {
        const name = `bench/Service-${i}`;
        expect(bench.shardOfName(name, count), name).toBe(shardOf(name, count));
      }
  });
});
