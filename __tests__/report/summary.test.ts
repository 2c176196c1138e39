// The Action's job summary: the Markdown report plus a Mermaid chart of key ages against the rotation
// limit, hostile key names neutralized, and the whole text under GitHub's 1 MiB limit.

import { describe, expect, it } from 'vitest';
import type { KeyReport, Report } from '../../src/core/types.js';
import {
  chartLabel,
  formatKeyAgeChart,
  formatKeyExpiryChart,
  formatSummary,
  keyAges,
  SUMMARY_LIMIT_BYTES,
} from '../../src/report/summary.js';
import { HOSTILE_TEXTS, hostileReport, manyFindingsReport, sampleReport } from './sample.js';

function key(name: string, facts: KeyReport['facts'] = {}): KeyReport {
  return { name, environments: ['production'], uses: [], facts };
}

function withKeys(keys: KeyReport[]): Report {
  return { ...sampleReport(), evaluatedAt: '2026-11-22', keys };
}

const rotated = (value: string) => ({ rotated: { value, source: 'declared' as const } });
const created = (value: string) => ({ created: { value, source: 'platform' as const } });
const expires = (value: string) => ({ expires: { value, source: 'smoke' as const } });

describe('keyAges', () => {
  it('uses rotated, else created, oldest first, and leaves undated keys out', () => {
    const report = withKeys([
      key('YOUNG', rotated('2026-11-12')),
      key('UNDATED'),
      key('OLD', { ...created('2026-01-01'), ...rotated('2026-05-06') }),
      key('CREATED_ONLY', created('2026-08-24')),
      key('BAD_DATE', rotated('soon')),
      key('FUTURE', rotated('2027-01-01')),
    ]);
    expect(keyAges(report)).toEqual([
      { name: 'OLD', days: 200, from: 'rotated' },
      { name: 'CREATED_ONLY', days: 90, from: 'created' },
      { name: 'YOUNG', days: 10, from: 'rotated' },
      { name: 'FUTURE', days: 0, from: 'rotated' },
    ]);
  });
});

describe('formatKeyAgeChart', () => {
  it('draws bars of the ages with the limit and the warning age as lines', () => {
    const report = withKeys([key('A', rotated('2026-05-06')), key('B', rotated('2026-11-12')), key('C')]);
    expect(formatKeyAgeChart(report, { maxAgeDays: 90, warnAgeDays: 75 })).toBe(
      [
        '### Key age (rotation limit 90 days)',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Days since rotation (bars) against the limit (line)"',
        '  x-axis ["A", "B"]',
        '  y-axis "days" 0 --> 220',
        '  bar [200, 10]',
        '  line [90, 90]',
        '  line [75, 75]',
        '```',
        '',
        '_2 of 3 keys have a known date; 1 at or past the limit. Keys without a rotated or created date are not charted._',
        '',
      ].join('\n'),
    );
  });

  it('is empty when no key has a date, and has no line when the rule is off', () => {
    expect(formatKeyAgeChart(withKeys([key('A'), key('B')]), { maxAgeDays: 90 })).toBe('');
    const chart = formatKeyAgeChart(withKeys([key('A', rotated('2026-11-01'))]));
    expect(chart).toContain('no rotation limit set');
    expect(chart).not.toContain('line [');
  });

  it('charts the 30 oldest of many keys and says so', () => {
    const keys = Array.from({ length: 45 }, (_, i) => key(`K${i}`, rotated(`2026-0${1 + (i % 9)}-01`)));
    const chart = formatKeyAgeChart(withKeys(keys), { maxAgeDays: 90 });
    expect(/bar \[([^\]]*)\]/.exec(chart)?.[1].split(', ')).toHaveLength(30);
    expect(chart).toContain('the 30 oldest are charted');
  });

  it.each(HOSTILE_TEXTS)('neutralizes a hostile key name: %j', (name) => {
    const chart = formatKeyAgeChart(withKeys([key(name, rotated('2026-11-01'))]), { maxAgeDays: 90 });
    const axis = /x-axis \[(.*)\]/.exec(chart)?.[1] ?? '';
    expect(axis).toMatch(/^"[A-Za-z0-9_./…-]+"$/);
    expect(chart.split('```').length).toBe(3);
    expect(chart.replace(/ --> /g, ' ')).not.toMatch(/%%|<|>|::/);
  });

  it('draws each key’s own limit and warning age where it declares them (by name or alias)', () => {
    const report = withKeys([
      key('A', rotated('2026-05-06')),
      { ...key('B', rotated('2026-10-23')), aliases: ['payments/B'] },
      key('C', rotated('2026-11-12')),
    ]);
    const keyLimits = { A: { maxAgeDays: 365, warnAgeDays: 350 }, 'payments/B': { maxAgeDays: 30, warnAgeDays: 25 } };
    const chart = formatKeyAgeChart(report, { maxAgeDays: 90, warnAgeDays: 75, keyLimits });
    expect(chart).toContain('### Key age (rotation limit 90 days; 2 key(s) with their own)');
    expect(chart).toContain('  y-axis "days" 0 --> 402');
    expect(chart).toContain('  bar [200, 30, 10]');
    expect(chart).toContain('  line [365, 30, 90]');
    expect(chart).toContain('  line [350, 25, 75]');
    expect(chart).toContain('_3 of 3 keys have a known date; 1 at or past their limit.');
  });

  it('carries each key’s expiry date in its label, rebuilt from the parsed date', () => {
    const report = withKeys([
      key('A', { ...rotated('2026-11-01'), ...expires('2026-12-01T10:00:00Z') }),
      key('B', { ...rotated('2026-11-02'), ...expires('"soon"]') }),
    ]);
    expect(formatKeyAgeChart(report, { maxAgeDays: 90 })).toContain('  x-axis ["A exp 2026-12-01", "B"]');
  });

  it('shortens long labels', () => {
    expect(chartLabel('A'.repeat(100))).toBe(`${'A'.repeat(39)}…`);
    expect(chartLabel('')).toBe('_');
    expect(chartLabel('payments-credentials/STRIPE_KEY')).toBe('payments-credentials/STRIPE_KEY');
  });
});

describe('formatKeyExpiryChart', () => {
  it('draws the days left before each key expires, soonest first, against the lead time', () => {
    const report = withKeys([
      key('LATER', expires('2027-02-01')),
      key('SOON', expires('2026-12-01')),
      key('GONE', expires('2026-11-20')),
      key('NONE', rotated('2026-11-01')),
    ]);
    expect(formatKeyExpiryChart(report, { expiryWarnDays: 14 })).toBe(
      [
        '### Key expiry (lead time 14 days)',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Days until expiry (bars) against the lead time (line)"',
        '  x-axis ["GONE 2026-11-20", "SOON 2026-12-01", "LATER 2027-02-01"]',
        '  y-axis "days" 0 --> 79',
        '  bar [0, 9, 71]',
        '  line [14, 14, 14]',
        '```',
        '',
        '_3 of 4 keys have an expiry date; 1 expired; 1 within the lead time._',
        '',
      ].join('\n'),
    );
  });

  it('is empty when no key expires, and has no line when the rule is off', () => {
    expect(formatKeyExpiryChart(withKeys([key('A', rotated('2026-11-01'))]), { expiryWarnDays: 14 })).toBe('');
    const chart = formatKeyExpiryChart(withKeys([key('A', expires('2026-12-01'))]));
    expect(chart).toContain('### Key expiry (no lead time set)');
    expect(chart).not.toContain('line [');
  });

  it.each(HOSTILE_TEXTS)('neutralizes a hostile key name: %j', (name) => {
    const chart = formatKeyExpiryChart(withKeys([key(name, expires('2026-12-01'))]), { expiryWarnDays: 14 });
    const axis = /x-axis \[(.*)\]/.exec(chart)?.[1] ?? '';
    expect(axis).toMatch(/^"[A-Za-z0-9_./…-]+ 2026-12-01"$/);
    expect(chart.split('```').length).toBe(3);
  });
});

describe('formatSummary', () => {
  it('has the verdict, the keys table, the chart after it, then the findings', () => {
    const report = { ...sampleReport(), keys: [...sampleReport().keys, key('DATED', rotated('2026-01-01'))] };
    const text = formatSummary(report, { maxAgeDays: 90 });
    const at = (s: string) => text.indexOf(s);
    expect(at('## keybound:')).toBe(0);
    expect(at('### Keys')).toBeGreaterThan(0);
    expect(at('```mermaid')).toBeGreaterThan(at('### Keys'));
    expect(at('### Findings')).toBeGreaterThan(at('```mermaid'));
  });

  it('shows the expiry chart after the age chart when a key expires', () => {
    const text = formatSummary(sampleReport(), { maxAgeDays: 90, expiryWarnDays: 14 });
    expect(text.indexOf('### Key expiry (lead time 14 days)')).toBeGreaterThan(text.indexOf('### Key age'));
    expect(text).toContain('"DEPLOY_TOKEN 2026-12-01"');
    expect(text.indexOf('### Findings')).toBeGreaterThan(text.indexOf('### Key expiry'));
  });

  it('shows notices about the run, escaped, under the verdict', () => {
    const text = formatSummary(sampleReport(), { notices: ['smoke calls refused: <b>|x| @octocat'] });
    expect(text).toContain('> [!WARNING]\n> smoke calls refused: &lt;b&gt;\\|x\\| @\u2060octocat');
    expect(text.indexOf('[!WARNING]')).toBeLessThan(text.indexOf('### Keys'));
  });

  it('keeps every finding when it fits', () => {
    const text = formatSummary(manyFindingsReport(300));
    expect(text).toContain('### Findings (300)');
    expect(text).not.toContain('more rows not shown');
  });

  it('stays under the byte limit with multi-byte text, and says how many rows it left out', () => {
    const base = manyFindingsReport(4000);
    const report = {
      ...base,
      findings: base.findings.map((f) => ({ ...f, message: `${'é☃'.repeat(150)} ${f.message}` })),
    };
    const text = formatSummary(report, { maxBytes: 200_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(200_000);
    expect(text).toMatch(/_\d+ more rows not shown here: see the SARIF or JSON report\._/);
    const full = formatSummary(report);
    expect(Buffer.byteLength(full, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  });

  it('keeps hostile reports inert', () => {
    const text = formatSummary(hostileReport(), { maxAgeDays: 90 });
    expect(text).not.toContain('<script>');
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
  });
});
