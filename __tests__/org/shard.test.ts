// Stable shards: `--shard` and `--shards` parsing, a repository's shard depending on its own name and
// the count only (so adding repositories never moves another), and the matrix shape fromJSON reads.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, parseShardCount, shardMatrix, shardOf } from '../../src/org/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/16', { index: 1, count: 16 }],
    ['16/16', { index: 16, count: 16 }],
    // A Kubernetes Indexed Job counts from 0: 0/N is shard N, so 0..N-1 covers every shard once.
    ['0/16', { index: 16, count: 16 }],
    ['15/16', { index: 15, count: 16 }],
    [' 3/4 ', { index: 3, count: 4 }],
    ['1/1', { index: 1, count: 1 }],
    ['256/256', { index: 256, count: 256 }],
  ])('%s is %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['17/16', '1/0', '0/0', '1/257', 'a/4', '1/4/2', '-1/4', '1.5/4', '', '4'])('refuses "%s"', (text) => {
    expect(() => parseShard(text)).toThrow(
      `--shard: "${text}" is not a shard of the form I/N with 0 <= I <= N <= 256 (1/16 to 16/16 in a GitHub matrix; 0/16 to 15/16 from a Kubernetes Indexed Job)`,
    );
  });

  it.each([
    ['16', 16],
    ['256', 256],
    ['1', 1],
  ])('--shards %s', (text, count) => expect(parseShardCount(text)).toBe(count));

  it.each(['0', '257', 'x', '', '1e2'])('refuses --shards "%s"', (text) => {
    expect(() => parseShardCount(text)).toThrow(`--shards: "${text}" is not a number of shards from 1 to 256`);
  });
});

describe('shardOf', () => {
  it('is the same for a name whatever its case, and spreads names over every shard', () => {
    expect(shardOf('Acme/API', 16)).toBe(shardOf('acme/api', 16));
    const counts = new Array(16).fill(0);
    for (let i = 0; i < 1600; i++) counts[shardOf(`acme/service-${i}`, 16) - 1]++;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(140);
  });

  it('never moves a repository when others are added or removed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { minLength: 1, maxLength: 50 }),
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { maxLength: 50 }),
        fc.integer({ min: 1, max: 256 }),
        (before, added, count) => {
          const names = (list: string[]) => list.map((n) => `acme/${n}`);
          const where = (matrix: ReturnType<typeof shardMatrix>) =>
            new Map(matrix.include.flatMap((e) => e.repos.map((r) => [r, e.shard])));
          const first = where(shardMatrix(names(before), count));
          const second = where(shardMatrix(names([...before, ...added]), count));
          for (const [repo, shard] of first) expect(second.get(repo)).toBe(shard);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('shardMatrix', () => {
  it('lists every shard, empty ones too, with sorted repositories', () => {
    const repos = ['acme/b', 'acme/a', 'acme/c'];
    const matrix = shardMatrix(repos, 8);
    expect(matrix.include.map((e) => e.shard)).toEqual(['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8']);
    expect(matrix.include.flatMap((e) => e.repos).sort()).toEqual(['acme/a', 'acme/b', 'acme/c']);
    for (const entry of matrix.include) expect(entry.repos).toEqual([...entry.repos].sort());
  });
});
