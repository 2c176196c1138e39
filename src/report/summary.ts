// The Action's job summary: the Markdown report (verdict, keys, findings) plus a Mermaid chart of key
// ages against the rotation limit, kept under GitHub's 1 MiB summary limit. Pure: the shell passes in
// the effective rotation-age options and any notices about the run.

import type { KeyReport, Report } from '../core/types.js';
import { daysBetween, formatMarkdown } from './markdown.js';

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
}

/** Each key's age by its best date fact (rotated, else created), oldest first; undated keys left out. */
export function keyAges(report: Pick<Report, 'keys' | 'evaluatedAt'>): KeyAge[] {
  const ages: KeyAge[] = [];
  for (const key of report.keys) {
    const age = ageOf(key, report.evaluatedAt);
    if (age) ages.push(age);
  }
  return ages.sort((a, b) => b.days - a.days || a.name.localeCompare(b.name));
}

function ageOf(key: KeyReport, evaluatedAt: string): KeyAge | undefined {
  for (const from of ['rotated', 'created'] as const) {
    const value = key.facts[from]?.value;
    if (typeof value !== 'string') continue;
    const days = daysBetween(value, evaluatedAt);
    if (days !== undefined) return { name: key.name, days: Math.max(0, days), from };
  }
  return undefined;
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
 * lines; '' when no key has a date. At most {@link MAX_CHART_BARS} bars, oldest first; the rest are counted.
 */
export function formatKeyAgeChart(
  report: Pick<Report, 'keys' | 'evaluatedAt'>,
  options: Pick<SummaryOptions, 'maxAgeDays' | 'warnAgeDays'> = {},
): string {
  const all = keyAges(report);
  if (all.length === 0) return '';
  const ages = all.slice(0, MAX_CHART_BARS);
  const { maxAgeDays, warnAgeDays } = options;
  const top = Math.max(...ages.map((a) => a.days), maxAgeDays ?? 0, 1);
  const limitText = maxAgeDays === undefined ? 'no rotation limit set' : `rotation limit ${maxAgeDays} days`;
  const lines = [
    `### Key age (${limitText})`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Days since rotation (bars) against the limit (line)"`,
    `  x-axis [${ages.map((a) => `"${chartLabel(a.name)}"`).join(', ')}]`,
    `  y-axis "days" 0 --> ${Math.ceil((top * 11) / 10)}`,
    `  bar [${ages.map((a) => a.days).join(', ')}]`,
  ];
  if (maxAgeDays !== undefined) lines.push(`  line [${ages.map(() => maxAgeDays).join(', ')}]`);
  if (warnAgeDays !== undefined && maxAgeDays !== undefined && warnAgeDays < maxAgeDays)
    lines.push(`  line [${ages.map(() => warnAgeDays).join(', ')}]`);
  lines.push('```', '');
  const over = maxAgeDays === undefined ? 0 : all.filter((a) => a.days >= maxAgeDays).length;
  const notes = [`${all.length} of ${report.keys.length} keys have a known date`];
  if (maxAgeDays !== undefined) notes.push(`${over} at or past the limit`);
  if (all.length > ages.length) notes.push(`the ${ages.length} oldest are charted`);
  lines.push(`_${notes.join('; ')}. Keys without a rotated or created date are not charted._`, '');
  return lines.join('\n');
}

/**
 * The job summary for `report`: verdict, notices, the keys table, the key-age chart, the findings table.
 * Table rows are left out (and counted) when the text would pass `maxBytes` in UTF-8.
 */
export function formatSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - REDACTION_MARGIN_BYTES;
  const chart = formatKeyAgeChart(report, options);
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
