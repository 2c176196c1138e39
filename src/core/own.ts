// Strings taken from a file's text are, in V8, often *sliced strings*: a `slice()`, `split()` piece or
// regex capture of 13 characters or more is a view into the whole text, and keeps all of it alive. A job
// id kept in the inventory would hold its 3 MB file for the rest of the scan (issue 15: 4,132 whole file
// texts stayed live after one corpus copy). `own` returns the same characters as a string of their own.

/** Below this length V8 copies substrings anyway (SlicedString::kMinLength). */
const MIN_SLICED = 13;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The same string, flat: it holds no reference to the text it may have been cut from. */
export function own(s: string): string {
  if (s.length < MIN_SLICED) return s;
  // NOTE: an encode/decode round trip is the copy V8 cannot turn back into a view (string tricks such as
  // `(' ' + s).slice(1)` stay sliced). UTF-8 keeps one-byte strings one-byte; a lone surrogate (possible
  // from a YAML "\ud800" escape) would not survive UTF-8, so strings with surrogates go through UTF-16.
  const encoding = SURROGATE.test(s) ? 'utf16le' : 'utf8';
  return Buffer.from(s, encoding).toString(encoding);
}

/** Strings already owned, by their characters: one copy of each, however many files repeat it. */
export type StringPool = Map<string, string>;

/** `s` owned, and the same copy every time the same characters come again. */
export function pooled(s: string, pool: StringPool): string {
  let kept = pool.get(s);
  if (kept === undefined) {
    kept = own(s);
    pool.set(kept, kept);
  }
  return kept;
}

/**
 * Replaces, in place, every string in `value`'s plain objects and arrays by its pooled copy: names,
 * environments and ids repeat across files, so the pool also keeps one copy of each (a quarter of what
 * a scan keeps). Frozen objects (shared constants; SecretValue owns its value itself) and other class
 * instances are left alone.
 */
export function ownStrings(value: unknown, pool: StringPool = new Map(), seen: Set<object> = new Set()): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') value[i] = pooled(item, pool);
      else ownStrings(item, pool, seen);
    }
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') record[key] = pooled(item, pool);
    else ownStrings(item, pool, seen);
  }
}
