// Principal patterns from config: exact, or `*` wildcards. Matched with the classic two-pointer
// algorithm, O(pattern × text) at worst and never exponential, so a hostile pattern such as
// `^(a|a)*$` (which is only literal text here) cannot stall a scan.

/** True when `text` matches `pattern`, where `*` matches any run of characters (including none). */
export function matchesGlob(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starT = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
