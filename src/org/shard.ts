// Stable shards (SPEC section 11): a repository's shard depends on its own full name and the shard
// count only, so adding or removing a repository never moves another, and a failed shard rerun on its
// own sees the same repositories. Pure.

import { createHash } from 'node:crypto';
import { KeyboundError } from '../core/errors.js';

/** A GitHub Actions matrix has at most 256 jobs per level. */
export const MAX_SHARDS = 256;

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/**
 * `I/N` as `--shard` takes it, 0 <= I <= N <= 256. I is taken modulo N (`0/N` is shard N), so the
 * 1-based numbering of a GitHub matrix (1..N) and the 0-based `JOB_COMPLETION_INDEX` of a Kubernetes
 * Indexed Job (0..N-1) each cover every shard exactly once.
 */
export function parseShard(text: string, flag = '--shard'): Shard {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index > count || count > MAX_SHARDS) {
    throw new KeyboundError(
      'usage',
      `${flag}: "${text}" is not a shard of the form I/N with 0 <= I <= N <= ${MAX_SHARDS} (1/16 to 16/16 in a GitHub matrix; 0/16 to 15/16 from a Kubernetes Indexed Job)`,
    );
  }
  return { index: index === 0 ? count : index, count };
}

/** `--shards N`. */
export function parseShardCount(text: string, flag = '--shards'): number {
  const count = /^\d{1,3}$/.test(text.trim()) ? Number(text) : NaN;
  if (!(count >= 1 && count <= MAX_SHARDS))
    throw new KeyboundError('usage', `${flag}: "${text}" is not a number of shards from 1 to ${MAX_SHARDS}`);
  return count;
}

/**
 * The 1-based shard of `fullName` among `count`: the first 8 bytes of SHA-256 of the lower-cased name
 * (GitHub names are case-insensitive), modulo `count`.
 */
export function shardOf(fullName: string, count: number): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

export interface MatrixEntry {
  shard: string;
  repos: string[];
}

/**
 * The matrix for `fromJSON`: every shard from 1 to `count` (an empty one too, so the merge can tell a
 * missing shard from an empty one), each with its repositories sorted.
 */
export function shardMatrix(fullNames: readonly string[], count: number): { include: MatrixEntry[] } {
  const include: MatrixEntry[] = Array.from({ length: count }, (_, i) => ({
    shard: formatShard({ index: i + 1, count }),
    repos: [],
  }));
  for (const name of [...fullNames].sort()) include[shardOf(name, count) - 1].repos.push(name);
  return { include };
}
