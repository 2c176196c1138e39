// The JSON report written in pieces (issue 15, flat memory): the pieces joined are the bytes the one-string
// serializer gives, for a table of reports (hostile, unicode, empty lists, long lists, redacted values), no
// piece holds more than one use, finding or diagnostic, and no secret survives in any piece.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redact.js';
import { redactValues } from '../../src/core/redact-values.js';
import type { Report, UseReport } from '../../src/core/types.js';
import { formatJsonChunks, reportJson } from '../../src/report/json.js';
import { defuseJson } from '../../src/report/neutralize.js';
import { formatRedacted, formatRedactedChunks } from '../../src/report/redacted.js';
import { emptyReport, hostileReport, manyFindingsReport, SAMPLE_RULES, sampleReport } from './sample.js';

/** What `formatJson` wrote before it wrote in pieces: the reference the pieces must equal. */
const oneString = (report: Report): string => `${defuseJson(JSON.stringify(reportJson(report), null, 2))}\n`;

const CANARY = 'kbCANARY7f3e9a1c5d2b8e4f6a0c';

/** `count` uses of one key, in files named with `name`. */
function uses(count: number, name = 'deploy'): UseReport[] {
  return Array.from({ length: count }, (_, i) => ({
    file: `.github/workflows/${name}-${i}.yml`,
    line: i + 1,
    column: 7,
    environment: 'production',
    environmentSource: 'github-environment',
    sourceKind: 'github-workflow',
    name: 'STRIPE_SECRET_KEY',
    context: { workflow: name, job: `job-${i}`, step: `step ${i}` },
  }));
}

/** The sample report with `text` in every kind of string a report holds. */
function everywhere(text: string): Report {
  const base = sampleReport();
  const [key, ...rest] = base.keys;
  return {
    ...base,
    environment: `prod-${text}`,
    keys: [
      {
        ...key,
        name: `KEY_${text}`,
        aliases: [`ALIAS_${text}`],
        uses: [...key.uses, ...uses(3, `wf-${text}`)],
        smoke: {
          status: 'mismatch',
          reason: `wrong-account ${text}`,
          message: `principal ${text}`,
          principal: JSON.parse(`{"${text}": "id-${text}", "__proto__": "${text}"}`) as Record<string, string>,
        },
      },
      ...rest,
    ],
    findings: base.findings.map((f) => ({ ...f, message: `${f.message} (${text})` })),
    suppressed: base.suppressed.map((f) => ({ ...f, suppression: { kind: 'inline', reason: `why ${text}` } })),
    diagnostics: [...base.diagnostics, { kind: 'notice', file: `${text}.yaml`, message: `saw ${text}` }],
    unconfirmed: [`KEY_${text}`],
  };
}

const REPORTS: [string, () => Report][] = [
  ['sample', sampleReport],
  ['empty (every list empty, no environment)', emptyReport],
  ['many findings', () => manyFindingsReport(40)],
  ['hostile (##[, ::commands::, controls)', hostileReport],
  ['unicode (U+2028/2029, emoji, lone surrogate, CJK)', () => everywhere('é\u2028日本\u2029😀\ud800##[x]')],
  ['a key with 2,000 uses', () => ({ ...sampleReport(), keys: [{ ...sampleReport().keys[0], uses: uses(2000) }] })],
  ['a key with no uses', () => ({ ...sampleReport(), keys: [{ ...sampleReport().keys[0], uses: [] }] })],
  ['a secret in every string', () => everywhere(CANARY)],
];

describe('formatJsonChunks', () => {
  it.each(REPORTS)('%s: the pieces joined are the one-string report, byte for byte', (_name, build) => {
    const report = build();
    expect([...formatJsonChunks(report)].join('')).toBe(oneString(report));
  });

  it.each(REPORTS)('%s: redacted in pieces equals redacted whole', (_name, build) => {
    const report = build();
    const redactor = new Redactor([CANARY]);
    const pieces = [...formatRedactedChunks(report, redactor, 'json', { rules: SAMPLE_RULES })].join('');
    expect(pieces).toBe(oneString(redactValues(report, redactor)));
    expect(pieces).toBe(formatRedacted(report, redactor, 'json', { rules: SAMPLE_RULES }));
  });

  it('no piece holds a secret (or any 12 characters of it), yet names and paths around it stay', () => {
    const pieces = [...formatRedactedChunks(everywhere(CANARY), new Redactor([CANARY]), 'json', { rules: [] })];
    for (const piece of pieces)
      for (let i = 0; i + 12 <= CANARY.length; i++) expect(piece).not.toContain(CANARY.slice(i, i + 12));
    const text = pieces.join('');
    expect(text).toContain('"name": "KEY_[redacted]"');
    expect(text).toContain('"file": ".github/workflows/wf-[redacted]-0.yml"');
    expect(text).toContain('"[redacted]": "id-[redacted]"');
    expect(JSON.parse(text)).toMatchObject({ environment: 'prod-[redacted]', unconfirmed: ['KEY_[redacted]'] });
  });

  it('writes a key use by use: no piece is longer than one use, however many uses there are', () => {
    const report = { ...emptyReport(), keys: [{ ...sampleReport().keys[0], uses: uses(5000) }] };
    const pieces = [...formatJsonChunks(report)];
    const oneUse = JSON.stringify(reportJson(report).keys, null, 2).length / 5000;
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(oneUse * 2);
    expect(pieces.join('').length).toBeGreaterThan(oneUse * 5000);
  });

  it.each(['text', 'markdown', 'github', 'sarif'] as const)('%s comes as one piece, the redacted report', (format) => {
    const report = everywhere(CANARY);
    const redactor = new Redactor([CANARY]);
    const options = { rules: SAMPLE_RULES };
    expect([...formatRedactedChunks(report, redactor, format, options)]).toEqual([
      formatRedacted(report, redactor, format, options),
    ]);
  });
});
