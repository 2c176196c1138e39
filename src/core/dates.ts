// Calendar dates for ages, expiries and exception end dates. Everything is UTC: a date written
// `2026-09-01` is that UTC day, and an age is counted in whole UTC calendar days, so results do not
// depend on the time zone of the runner.

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time as GitHub, GitLab and most APIs write it: 2026-09-01T12:00:00Z, ...+02:00, .123Z.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses `YYYY-MM-DD` (as that UTC day, midnight) or an ISO 8601 date-time (a missing offset means
 * UTC). Returns undefined for anything else, including impossible dates such as `2026-02-30`.
 */
export function parseDate(text: string | Date | undefined | null): Date | undefined {
  if (text instanceof Date) return Number.isNaN(text.getTime()) ? undefined : text;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (dateOnly) return validDay(dateOnly[1], dateOnly[2], dateOnly[3]);
  const dateTime = DATE_TIME.exec(trimmed);
  if (!dateTime) return undefined;
  if (!validDay(dateTime[1], dateTime[2], dateTime[3])) return undefined;
  const [, y, mo, d, h, mi, sec = '00', fraction = '', zone = 'Z'] = dateTime;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return undefined;
  const offset = zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  // Rebuilt in the one form every engine parses the same way (milliseconds at most).
  const parsed = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${fraction.slice(0, 4)}${offset}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

function validDay(year: string, month: string, day: string): Date | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}

/**
 * Whole UTC calendar days from `from` to `to`: negative when `to` is earlier. Times of day are
 * ignored, so `2026-01-01T23:59Z` to `2026-01-02T00:01Z` is one day.
 * @throws RangeError when a string argument is not a date `parseDate` accepts.
 */
export function daysBetween(from: string | Date, to: string | Date): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

function utcDay(value: string | Date): number {
  const date = parseDate(value);
  if (!date) throw new RangeError(`not a date: ${JSON.stringify(String(value))}`);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The UTC day of a date as `YYYY-MM-DD`. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `YYYY-MM-DD` form of a date string, or undefined when it is not a date. */
export function normalizeDate(text: string): string | undefined {
  const date = parseDate(text);
  return date ? formatDate(date) : undefined;
}
