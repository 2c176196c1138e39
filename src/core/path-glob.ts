// Path globs of `ignore:` and `--exclude`: relative to the scanned root, so a glob that is absolute or
// climbs out with `..` could never match a scanned path; it is refused rather than silently unused.

/** Why a path glob can never match a scanned path, or undefined when it can. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
  if (pattern.length > 1000) return 'is longer than 1000 characters';
  if (/^([a-z]:)?[\\/]/i.test(pattern)) return 'must be relative to the scanned root (no leading /)';
  if (pattern.split(/[\\/]/).includes('..')) return 'must stay inside the scanned root (no ..)';
  return undefined;
}
