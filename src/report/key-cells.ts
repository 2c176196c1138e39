// A key's row as plain text, shared by the text report's keys table and the Markdown keys table: its
// provider, principal and kind, age and smoke result. Untrusted text is left for each formatter to
// neutralize for its own medium.

import { daysBetween as calendarDaysBetween, parseDate } from '../core/dates.js';
import type { KeyReport } from '../core/types.js';

/** Whole UTC days from `date` to `evaluatedAt` (as rules count them), or undefined when either is not a date. */
export function daysBetween(date: string, evaluatedAt: string): number | undefined {
  return parseDate(date) && parseDate(evaluatedAt) ? calendarDaysBetween(date, evaluatedAt) : undefined;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function providerText(key: KeyReport): string {
  return key.provider ?? (typeof key.facts.provider?.value === 'string' ? key.facts.provider.value : '');
}

/** `30 days (rotated), expires in 12 days`; '' when no date is known. */
export function ageText(key: KeyReport, evaluatedAt: string): string {
  const parts: string[] = [];
  for (const fact of ['rotated', 'created'] as const) {
    const value = key.facts[fact]?.value;
    if (typeof value !== 'string') continue;
    const days = daysBetween(value, evaluatedAt);
    if (days === undefined) continue;
    parts.push(`${plural(days, 'day')} (${fact})`);
    break;
  }
  const expires = key.facts.expires?.value;
  if (typeof expires === 'string') {
    const days = daysBetween(evaluatedAt, expires);
    if (days !== undefined)
      parts.push(days < 0 ? `expired ${plural(-days, 'day')} ago` : `expires in ${plural(days, 'day')}`);
  }
  return parts.join(', ');
}

/** The principal and its kind: `deploy-bot (service)`, `(human)`, or ''. */
export function principalText(key: KeyReport): string {
  const who = key.facts.principal?.value;
  const kind = key.facts.principalKind?.value;
  const name = who === undefined ? '' : String(who);
  const kindText = kind === undefined ? '' : String(kind);
  if (name && kindText) return `${name} (${kindText})`;
  return name || (kindText ? `(${kindText})` : '');
}

/** `verified`, `skipped: no-value`; '' when no smoke call was made or planned. */
export function smokeText(key: KeyReport): string {
  if (!key.smoke) return '';
  return key.smoke.reason ? `${key.smoke.status}: ${key.smoke.reason}` : key.smoke.status;
}
