import { describe, expect, it } from 'vitest';
import { FORMATS, formatReport, isFormat } from '../../src/report/index.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { SAMPLE_RULES, sampleReport } from './sample.js';

describe('formatReport', () => {
  it('lists the formats of SPEC section 7 in help order', () => {
    expect(FORMATS).toEqual(['text', 'json', 'sarif', 'markdown', 'github']);
  });

  it.each([
    ['text', formatText(sampleReport(), { color: false })],
    ['json', formatJson(sampleReport())],
    ['sarif', formatSarif(sampleReport(), SAMPLE_RULES)],
    ['markdown', formatMarkdown(sampleReport())],
    ['github', formatGithub(sampleReport())],
  ] as const)('dispatches %s to its formatter', (format, expected) => {
    expect(formatReport(sampleReport(), format, { rules: SAMPLE_RULES })).toBe(expected);
  });

  it('passes colour to text only', () => {
    expect(formatReport(sampleReport(), 'text', { rules: [], color: true })).toContain('\u001b[');
    expect(formatReport(sampleReport(), 'json', { rules: [], color: true })).not.toContain('\u001b');
  });

  it('rejects an unknown format', () => {
    expect(() => formatReport(sampleReport(), 'xml' as never, { rules: [] })).toThrow(/Unknown report format "xml"/);
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('xml')).toBe(false);
  });

  it('is pure: the same report gives the same text, and the report is not changed', () => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    for (const format of FORMATS) {
      expect(formatReport(report, format, { rules: SAMPLE_RULES })).toBe(
        formatReport(report, format, { rules: SAMPLE_RULES }),
      );
    }
    expect(JSON.stringify(report)).toBe(before);
  });
});
