// `ignore:`: path globs never scanned, relative to the scanned root. Every applied file adds its own
// (packs first); a glob that could never match a scanned path is an error where it is written.

import type { KeyboundError } from '../core/errors.js';
import { globProblem } from '../core/path-glob.js';
import { errorAt, type PolicySource } from './source.js';

/** The `ignore:` globs of all files, in order, without repeats. */
export function mergeIgnore(sources: readonly PolicySource[], errors: KeyboundError[]): string[] {
  const out: string[] = [];
  for (const source of sources) {
    const list = source.data.ignore;
    if (!Array.isArray(list)) continue;
    list.forEach((glob: unknown, index) => {
      if (typeof glob !== 'string' || glob === '') return;
      const problem = globProblem(glob);
      if (problem) errors.push(errorAt(source, ['ignore', index], `${JSON.stringify(glob)} ${problem}`));
      else if (!out.includes(glob)) out.push(glob);
    });
  }
  return out;
}
