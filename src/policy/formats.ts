// The JSON Schema formats keybound defines, shared by the validators compiled at build time
// (src/generated/validators.ts) and the ajv instance that compiles any other schema at run time.

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** ajv's `formats` option: every format a keybound schema may name. */
export const FORMATS = { date: { type: 'string', validate: isCalendarDate } } as const;
