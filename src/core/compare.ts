// The one order for text in reports: by UTF-16 code unit, as Array.prototype.sort orders strings.
// Not localeCompare: its order follows the machine's locale (in Danish `aa` sorts after `z`), so the
// same scan would order findings differently on two runners, and its first call costs a process about
// 10 ms to load ICU's collation data (issue 15).

/** Orders `a` and `b` by UTF-16 code unit: negative, zero or positive, for Array.prototype.sort. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
