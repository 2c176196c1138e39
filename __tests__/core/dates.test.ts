// parseDate, daysBetween, formatDate: UTC calendar dates for ages, expiries and waivers.
import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, normalizeDate, parseDate } from '../../src/core/dates.js';

describe('parseDate', () => {
  it.each([
    ['date only', '2026-09-01', '2026-09-01T00:00:00.000Z'],
    ['leap day', '2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['ISO with Z', '2026-09-01T12:34:56Z', '2026-09-01T12:34:56.000Z'],
    ['ISO with milliseconds', '2026-09-01T12:34:56.789Z', '2026-09-01T12:34:56.789Z'],
    ['ISO with nanoseconds', '2026-09-01T12:34:56.123456789Z', '2026-09-01T12:34:56.123Z'],
    ['ISO with offset', '2026-09-01T01:00:00+02:00', '2026-08-31T23:00:00.000Z'],
    ['offset without colon', '2026-09-01T01:00:00-0130', '2026-09-01T02:30:00.000Z'],
    ['no offset means UTC', '2026-09-01T08:00:00', '2026-09-01T08:00:00.000Z'],
    ['no seconds', '2026-09-01T08:00Z', '2026-09-01T08:00:00.000Z'],
    ['space separator, lower-case z', '2026-09-01 08:00:00z', '2026-09-01T08:00:00.000Z'],
    ['surrounding spaces', ' 2026-09-01 ', '2026-09-01T00:00:00.000Z'],
  ])('accepts %s', (_name, text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['impossible day', '2026-02-30'],
    ['not a leap year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['hour 24', '2026-09-01T24:00:00Z'],
    ['minute 60', '2026-09-01T10:60:00Z'],
    ['impossible day with time', '2026-04-31T10:00:00Z'],
    ['words', 'last spring'],
    ['empty', ''],
    ['slashes', '2026/09/01'],
    ['short year', '26-09-01'],
    ['epoch number as text', '1767225600'],
  ])('rejects %s', (_name, text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('passes valid Dates through and rejects invalid ones and non-strings', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    expect(parseDate(date)).toBe(date);
    expect(parseDate(new Date('nope'))).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
    expect(parseDate(null)).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it.each([
    ['same day', '2026-11-22', '2026-11-22', 0],
    ['one day', '2026-11-21', '2026-11-22', 1],
    ['backwards', '2026-11-22', '2026-11-21', -1],
    ['across a leap day', '2028-02-28', '2028-03-01', 2],
    ['a year', '2025-11-22', '2026-11-22', 365],
    ['times of day ignored', '2026-01-01T23:59:00Z', '2026-01-02T00:01:00Z', 1],
    ['same UTC day, different times', '2026-01-01T00:01:00Z', '2026-01-01T23:59:00Z', 0],
    ['offset moves the UTC day', '2026-01-02T01:00:00+02:00', '2026-01-02', 1],
    ['across a DST change in Europe', '2026-03-28', '2026-03-30', 2],
  ])('%s', (_name, from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('accepts Date objects', () => {
    expect(daysBetween(new Date('2026-01-01T12:00:00Z'), '2026-01-31')).toBe(30);
  });

  it('throws a RangeError on a string that is not a date', () => {
    expect(() => daysBetween('soon', '2026-01-01')).toThrow(RangeError);
  });
});

describe('formatDate and normalizeDate', () => {
  it('formats the UTC day', () => {
    expect(formatDate(new Date('2026-09-01T23:30:00-02:00'))).toBe('2026-09-02');
  });
  it('normalizes date strings and rejects others', () => {
    expect(normalizeDate('2026-09-01T10:00:00Z')).toBe('2026-09-01');
    expect(normalizeDate('2026-02-30')).toBeUndefined();
  });
});
