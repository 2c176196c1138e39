import { describe, expect, it } from 'vitest';
import { daysBetween, escapeCell, formatMarkdown } from '../../src/report/markdown.js';
import { HOSTILE_TEXTS, emptyReport, hostileReport, manyFindingsReport, sampleReport } from './sample.js';

/** Splits a table row into cells on unescaped `|`, the way GFM does. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** Every table in `markdown`: consecutive lines starting with `|`. */
function tables(markdown: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}

describe('formatMarkdown', () => {
  it('starts with the verdict and counts', () => {
    const md = formatMarkdown(sampleReport());
    expect(md.split('\n')[0]).toBe('## keybound: ❌ fail');
    expect(md).toContain('**Verdict: fail** · mode `gate` · environment <code>production</code> · fail-on `error`');
    expect(md).toContain('| 2 | 1 | 1 | 2 | 3 |');
    expect(md).toContain('Smoke calls: 1 verified, 1 mismatch, 1 unknown');
    expect(md).toContain('**Could not confirm:** <code>SLACK\\_BOT\\_TOKEN</code>');
  });

  it('has a keys table with provider, environments, principal and kind, age, expiry date and smoke status', () => {
    const md = formatMarkdown(sampleReport());
    expect(md).toContain('| Key | Provider | Environment | Principal | Age | Expires | Smoke |');
    expect(md).toContain(
      '| <code>STRIPE\\_SECRET\\_KEY</code> | stripe | production | <code>acct\\_1Test</code> (service) | 174 days (rotated) | — | mismatch (test-mode) |',
    );
    expect(md).toContain(
      '| <code>DEPLOY\\_TOKEN</code> | github | production, staging | <code>octo-dev</code> (human) | — | 2026-12-01 (in 9 days) | verified (ok) |',
    );
    expect(md).toContain('| <code>SLACK\\_BOT\\_TOKEN</code> | — | unknown | — | — | — | unknown (timeout) |');
  });

  it.each([
    ['an ISO date-time, shown as its day', '2026-11-30T08:00:00Z', '2026-11-30 (in 8 days)'],
    ['today', '2026-11-22', '2026-11-22 (today)'],
    ['in the past', '2026-11-20', '2026-11-20 (expired 2 days ago)'],
    ['one day', '2026-11-23', '2026-11-23 (in 1 day)'],
    ['not a date: left out, never echoed', '<img src=x>', '—'],
  ])('shows the expiry date: %s', (_name, value, cell) => {
    const report = sampleReport();
    const key = { ...report.keys[0], facts: { expires: { value, source: 'smoke' as const } } };
    const md = formatMarkdown({ ...report, keys: [key] });
    const row = md.split('\n').find((line) => line.startsWith(`| <code>`)) ?? '';
    expect(row.split(' | ').at(-2)).toBe(cell);
  });

  it('has a findings table with severity, rule, key, location and message', () => {
    const md = formatMarkdown(sampleReport());
    expect(md).toContain('| Severity | Rule | Key | Location | Message |');
    expect(md).toContain(
      '| 🔴 error | <code>no-dev-keys-in-prod</code> | <code>STRIPE\\_SECRET\\_KEY</code> | ' +
        '<code>deploy/prod/app.yaml:21:15</code> | STRIPE\\_SECRET\\_KEY is a test-mode key used in production |',
    );
    expect(md).toContain('| 🟠 warning | <code>workflow-permissions</code> | — |');
  });

  it('lists suppressed findings and diagnostics', () => {
    const md = formatMarkdown(sampleReport());
    expect(md).toContain('<details><summary>Suppressed findings (2)</summary>');
    expect(md).toContain('exception until 2026-12-31: rotation scheduled (INFRA-123)');
    expect(md).toContain('### Diagnostics (2)');
    expect(md).toContain('<code>k8s/base/deploy.yaml:3:1</code>');
  });

  it('says so when nothing was found', () => {
    const md = formatMarkdown(emptyReport());
    expect(md.split('\n')[0]).toBe('## keybound: ✅ pass');
    expect(md).toContain('No keys found.');
    expect(md).toContain('No findings.');
  });

  it('lists every finding of a large report', () => {
    const report = manyFindingsReport(40);
    const md = formatMarkdown(report);
    for (const f of report.findings) expect(md).toContain(`| ${f.message} |`);
  });

  it('stops adding rows at maxLength and counts the rows left out', () => {
    const md = formatMarkdown(manyFindingsReport(400), { maxLength: 10_000 });
    expect(md.length).toBeLessThanOrEqual(10_000);
    expect(md).toMatch(/_\d+ more rows not shown here: see the SARIF or JSON report\._/);
  });

  describe('with hostile text in every cell', () => {
    const md = formatMarkdown(hostileReport());

    it('keeps every table row at its header width', () => {
      const found = tables(md);
      expect(found.length).toBeGreaterThanOrEqual(4);
      for (const table of found) {
        const width = cells(table[0]).length;
        for (const row of table) expect(cells(row)).toHaveLength(width);
      }
    });

    it('has no raw HTML, code fence, code span, mention or link from the untrusted text', () => {
      expect(md).not.toContain('```');
      expect(md).not.toContain('<script');
      expect(md).not.toContain('</td>');
      expect(md).not.toContain('`code`');
      expect(md).not.toMatch(/@octocat/);
      expect(md).not.toContain('[link](');
      const ours = md.replace(/<\/?code>|<\/?details>|<\/?summary>/g, '');
      expect(ours).not.toMatch(/<[a-z/]/i);
      const backticks = md.replace(/`(gate|audit|error|warning|note|never)`/g, '');
      expect(backticks).not.toContain('`');
    });

    it('never lets untrusted text start a line or carry a control character', () => {
      for (const line of md.split('\n')) {
        expect(line.trimStart().startsWith('::')).toBe(false);
        expect(line).not.toContain('##[');
      }
      expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    });
  });
});

describe('escapeCell', () => {
  const cases: [string, string, string][] = [
    ['pipes', 'a|b', 'a\\|b'],
    ['newlines', 'a\r\nb\nc', 'a b c'],
    ['angle brackets and ampersands', '<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
    ['backticks', '`x`', '&#96;x&#96;'],
    ['emphasis and links', '*a* _b_ [c](d) ~e~', '\\*a\\* \\_b\\_ \\[c\\](d) \\~e\\~'],
    ['backslashes', 'a\\|b', 'a\\\\\\|b'],
    ['mentions', '@team', '@\u2060team'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });

  it.each(HOSTILE_TEXTS)('never leaves an unescaped pipe or a line break in %j', (text) => {
    const out = escapeCell(text);
    expect(out).not.toMatch(/(?<!\\)\|/);
    expect(out).not.toMatch(/[\r\n]/);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-06-01', '2026-11-22', 174],
    ['2026-11-22T10:00:00Z', '2026-11-22', 0],
    ['not a date', '2026-11-22', undefined],
  ])('%s to %s', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
