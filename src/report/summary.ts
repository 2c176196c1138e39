// The Action's job summary: the Markdown report (verdict, keys, findings) plus Mermaid charts of key
// ages against the rotation limits (each key's own where it declares one) and of the days left before
// keys expire against the lead time, kept under GitHub's 1 MiB summary limit. Pure: the shell passes in
// the effective rotation-age options and any notices about the run.

import { normalizeDate } from '../core/dates.js';
import type { KeyReport, Report } from '../core/types.js';
import { daysBetween, formatMarkdown } from './markdown.js';
import { compareText } from '../core/compare.js';

/** GitHub rejects a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the shell's redaction (a replaced form may be longer than what it replaces). */
const REDACTION_MARGIN_BYTES = 32 * 1024;
/** More bars than this make an unreadable chart; the oldest keys are charted. */
export const MAX_CHART_BARS = 30;

export interface SummaryOptions {
  /** Effective `rotation-age` `max-age-days`; undefined when the rule is off (no limit line). */
  maxAgeDays?: number;
  /** Effective `rotation-age` `warn-age-days`. */
  warnAgeDays?: number;
  /** Effective `rotation-age` `expiry-warn-days` (the lead time); undefined when the rule is off. */
  expiryWarnDays?: number;
  /** Limits of keys that declare their own (config `keys.NAME.max-age-days`), by key name or alias. */
  keyLimits?: Readonly<Record<string, { maxAgeDays: number; warnAgeDays: number }>>;
  /** Sentences about the run itself (a refused smoke call), shown under the verdict. */
  notices?: readonly string[];
  /** Byte limit of the whole text (default: 1 MiB less a margin for redaction). */
  maxBytes?: number;
}

export interface KeyAge {
  name: string;
  days: number;
  /** Which date fact the age is from. */
  from: 'rotated' | 'created';
  /** The key's expiry date, YYYY-MM-DD, when known. */
  expires?: string;
}

/** Each key's age by its best date fact (rotated, else created), oldest first; undated keys left out. */
export function keyAges(report: Pick<Report, 'keys' | 'evaluatedAt'>): KeyAge[] {
  const ages: KeyAge[] = [];
  for (const key of report.keys) {
    const age = ageOf(key, report.evaluatedAt);
    if (age) ages.push(age);
  }
  return ages.sort((a, b) => b.days - a.days || compareText(a.name, b.name));
}

function ageOf(key: KeyReport, evaluatedAt: string): KeyAge | undefined {
  for (const from of ['rotated', 'created'] as const) {
    const value = key.facts[from]?.value;
    if (typeof value !== 'string') continue;
    const days = daysBetween(value, evaluatedAt);
    if (days === undefined) continue;
    const expires = expiryOf(key);
    return { name: key.name, days: Math.max(0, days), from, ...(expires ? { expires } : {}) };
  }
  return undefined;
}

/** The key's expiry date as YYYY-MM-DD (rebuilt from the parsed date, so safe to print), if known. */
function expiryOf(key: KeyReport): string | undefined {
  const value = key.facts.expires?.value;
  return typeof value === 'string' ? normalizeDate(value) : undefined;
}

/** The limits a key is held to: its own declared ones, else the rule's. */
function limitsOf(
  key: Pick<KeyReport, 'name' | 'aliases'>,
  options: Pick<SummaryOptions, 'maxAgeDays' | 'warnAgeDays' | 'keyLimits'>,
): { max?: number; warn?: number } {
  const own = [key.name, ...(key.aliases ?? [])]
    .map((name) => (options.keyLimits && Object.hasOwn(options.keyLimits, name) ? options.keyLimits[name] : undefined))
    .find((limits) => limits !== undefined);
  if (own && options.maxAgeDays !== undefined) return { max: own.maxAgeDays, warn: own.warnAgeDays };
  return { max: options.maxAgeDays, warn: options.warnAgeDays };
}

/**
 * A label Mermaid reads as plain text inside `"..."`. SECURITY: key names come from scanned files;
 * anything but letters, digits and `_ . / -` becomes `_`, so no quote, bracket, `%%` directive, HTML
 * or backtick fence can get through, and long names are shortened.
 */
export function chartLabel(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_./-]/g, '_');
  return safe.length > 40 ? `${safe.slice(0, 39)}…` : safe || '_';
}

/**
 * A Mermaid `xychart-beta` bar chart of key ages in days, with the rotation limit (and warning age) as
 * lines, each key's own where it declares one; a key that expires carries its date in its label. ''
 * when no key has a date. At most {@link MAX_CHART_BARS} bars, oldest first; the rest are counted.
 */
export function formatKeyAgeChart(
  report: Pick<Report, 'keys' | 'evaluatedAt'>,
  options: Pick<SummaryOptions, 'maxAgeDays' | 'warnAgeDays' | 'keyLimits'> = {},
): string {
  const all = keyAges(report);
  if (all.length === 0) return '';
  const ages = all.slice(0, MAX_CHART_BARS);
  const byName = new Map(report.keys.map((key) => [key.name, key]));
  const limits = (age: KeyAge) => limitsOf(byName.get(age.name) ?? { name: age.name }, options);
  const { maxAgeDays } = options;
  const own = all.filter((a) => limits(a).max !== maxAgeDays).length;
  const top = Math.max(...ages.map((a) => Math.max(a.days, limits(a).max ?? 0)), 1);
  const limitText =
    maxAgeDays === undefined
      ? 'no rotation limit set'
      : `rotation limit ${maxAgeDays} days${own > 0 ? `; ${own} key(s) with their own` : ''}`;
  const label = (a: KeyAge): string => `"${chartLabel(a.name)}${a.expires ? ` exp ${a.expires}` : ''}"`;
  const lines = [
    `### Key age (${limitText})`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Days since rotation (bars) against the limit (line)"`,
    `  x-axis [${ages.map(label).join(', ')}]`,
    `  y-axis "days" 0 --> ${Math.ceil((top * 11) / 10)}`,
    `  bar [${ages.map((a) => a.days).join(', ')}]`,
  ];
  if (maxAgeDays !== undefined) {
    lines.push(`  line [${ages.map((a) => limits(a).max).join(', ')}]`);
    const warned = ages.map((a) => limits(a));
    if (warned.some((l) => l.warn !== undefined && l.max !== undefined && l.warn < l.max))
      lines.push(`  line [${warned.map((l) => Math.min(l.warn ?? l.max ?? 0, l.max ?? 0)).join(', ')}]`);
  }
  lines.push('```', '');
  const over = maxAgeDays === undefined ? 0 : all.filter((a) => a.days >= (limits(a).max ?? Infinity)).length;
  const notes = [`${all.length} of ${report.keys.length} keys have a known date`];
  if (maxAgeDays !== undefined) notes.push(`${over} at or past ${own > 0 ? 'their' : 'the'} limit`);
  if (all.length > ages.length) notes.push(`the ${ages.length} oldest are charted`);
  lines.push(`_${notes.join('; ')}. Keys without a rotated or created date are not charted._`, '');
  return lines.join('\n');
}

/**
 * A Mermaid bar chart of the days left before each key expires (0 for an expired key), soonest first,
 * with the lead time (`expiry-warn-days`) as a line; '' when no key has an expiry date.
 */
export function formatKeyExpiryChart(
  report: Pick<Report, 'keys' | 'evaluatedAt'>,
  options: Pick<SummaryOptions, 'expiryWarnDays'> = {},
): string {
  const all = report.keys
    .flatMap((key) => {
      const expires = expiryOf(key);
      const days = expires === undefined ? undefined : daysBetween(report.evaluatedAt, expires);
      return expires === undefined || days === undefined ? [] : [{ name: key.name, expires, days }];
    })
    .sort((a, b) => a.days - b.days || compareText(a.name, b.name));
  if (all.length === 0) return '';
  const shown = all.slice(0, MAX_CHART_BARS);
  const lead = options.expiryWarnDays;
  const top = Math.max(...shown.map((e) => e.days), lead ?? 0, 1);
  const lines = [
    `### Key expiry (${lead === undefined ? 'no lead time set' : `lead time ${lead} days`})`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Days until expiry (bars) against the lead time (line)"`,
    `  x-axis [${shown.map((e) => `"${chartLabel(e.name)} ${e.expires}"`).join(', ')}]`,
    `  y-axis "days" 0 --> ${Math.ceil((top * 11) / 10)}`,
    `  bar [${shown.map((e) => Math.max(0, e.days)).join(', ')}]`,
  ];
  if (lead !== undefined) lines.push(`  line [${shown.map(() => lead).join(', ')}]`);
  lines.push('```', '');
  const expired = all.filter((e) => e.days < 0).length;
  const notes = [`${all.length} of ${report.keys.length} keys have an expiry date`, `${expired} expired`];
  if (lead !== undefined) notes.push(`${all.filter((e) => e.days >= 0 && e.days <= lead).length} within the lead time`);
  if (all.length > shown.length) notes.push(`the ${shown.length} soonest are charted`);
  lines.push(`_${notes.join('; ')}._`, '');
  return lines.join('\n');
}

/**
 * The job summary for `report`: verdict, notices, the keys table, the key-age chart, the findings table.
 * Table rows are left out (and counted) when the text would pass `maxBytes` in UTF-8.
 */
export function formatSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - REDACTION_MARGIN_BYTES;
  const chart = [formatKeyAgeChart(report, options), formatKeyExpiryChart(report, options)]
    .filter((part) => part !== '')
    .join('\n');
  const render = (maxLength: number): string =>
    formatMarkdown(report, { maxLength, notices: options.notices, afterKeys: chart || undefined });
  // formatMarkdown budgets UTF-16 units; shrink until the UTF-8 bytes fit too (a few rounds at most).
  let maxLength = maxBytes;
  let text = render(maxLength);
  for (let round = 0; round < 8 && Buffer.byteLength(text, 'utf8') > maxBytes; round++) {
    const bytes = Buffer.byteLength(text, 'utf8');
    maxLength = Math.floor((maxLength * maxBytes) / bytes) - 1024;
    text = render(maxLength);
  }
  return text;
}
