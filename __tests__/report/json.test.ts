import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { POLICY_FILES } from '../../src/generated/policies.js';
import type { Report } from '../../src/core/types.js';
import { emptyReport, hostileReport, manyFindingsReport, sampleReport } from './sample.js';
import { reportErrors, reportSchema } from './validators.js';

/** Parsed JSON that the cases below read and mutate freely; the schema is what checks it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped parsed JSON
type Loose = any;

const REPORTS: [string, () => Report][] = [
  ['sample', sampleReport],
  ['empty', emptyReport],
  ['many findings', () => manyFindingsReport(40)],
  ['hostile', hostileReport],
];

describe('formatJson', () => {
  it.each(REPORTS)('%s report validates against policies/report.schema.json', (_name, build) => {
    const parsed: unknown = JSON.parse(formatJson(build()));
    expect(reportErrors(parsed)).toBe('');
  });

  it('uses 2-space indentation and ends with one newline', () => {
    const out = formatJson(sampleReport());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": "keybound/report/v1",');
  });

  it('writes top-level and nested fields in the documented order', () => {
    const parsed = JSON.parse(formatJson(sampleReport())) as Record<string, Loose>;
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'tool',
      'verdict',
      'mode',
      'environment',
      'evaluatedAt',
      'failOn',
      'summary',
      'keys',
      'findings',
      'suppressed',
      'unconfirmed',
      'diagnostics',
    ]);
    expect(Object.keys(parsed.summary)).toEqual(['error', 'warning', 'note', 'keys', 'smoke', 'suppressed']);
    expect(Object.keys(parsed.summary.smoke)).toEqual([
      'verified',
      'mismatch',
      'invalid',
      'unknown',
      'skipped',
      'malformed',
    ]);
    expect(Object.keys(parsed.keys[0])).toEqual([
      'name',
      'provider',
      'aliases',
      'environments',
      'uses',
      'facts',
      'smoke',
    ]);
    expect(Object.keys(parsed.keys[0].uses[0])).toEqual([
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'environment',
      'environmentSource',
      'sourceKind',
      'name',
      'context',
    ]);
    expect(Object.keys(parsed.keys[0].facts)).toEqual(['keyEnvironment', 'principal', 'principalKind', 'rotated']);
    expect(Object.keys(parsed.findings[0])).toEqual([
      'ruleId',
      'severity',
      'key',
      'environment',
      'message',
      'location',
      'evidence',
      'fingerprint',
    ]);
    expect(Object.keys(parsed.suppressed[0])).toContain('suppression');
  });

  it('keeps the documented order even when the input objects were built in another order', () => {
    const report = sampleReport();
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
    expect(formatJson(shuffled)).toBe(formatJson(report));
  });

  it('round-trips every value of the report', () => {
    const report = sampleReport();
    const parsed = JSON.parse(formatJson(report)) as Report;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('omits the optional fields that are absent', () => {
    const parsed = JSON.parse(formatJson(emptyReport())) as Record<string, unknown>;
    expect(parsed).not.toHaveProperty('environment');
    const key = (JSON.parse(formatJson(sampleReport())) as Report).keys[2];
    expect(key).not.toHaveProperty('provider');
    expect(key).not.toHaveProperty('aliases');
  });

  it('drops fields the report type does not have', () => {
    const report = sampleReport() as Report & { secret?: string };
    report.secret = 'sk_live_should_not_be_here';
    (report.findings[0] as unknown as Record<string, unknown>).value = 'leak';
    const out = formatJson(report);
    expect(out).not.toContain('sk_live_should_not_be_here');
    expect(out).not.toContain('leak');
  });

  it('keeps a provider field named __proto__ as data', () => {
    const parsed = JSON.parse(formatJson(hostileReport())) as Report;
    expect(Object.keys(parsed.keys[0].smoke?.principal ?? {})).toEqual(['__proto__', 'id']);
  });

  it('writes ##[ as ##\\u005b so a printed report cannot run a legacy command, and parses back the same', () => {
    const out = formatJson(hostileReport());
    expect(out).not.toContain('##[');
    expect(out).toContain('##\\u005badd-mask]');
    const parsed = JSON.parse(out) as Report;
    expect(parsed.findings[6].message).toBe('##[add-mask]legacy command ##[stop-commands]tok');
  });

  it('cannot start a line with :: whatever the messages say', () => {
    for (const line of formatJson(hostileReport()).split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
  });
});

describe('policies/report.schema.json', () => {
  it('is draft-07 with an $id and closed objects', () => {
    expect(reportSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(reportSchema.$id).toBe('urn:keybound:schema:report:v1');
    expect(reportSchema.additionalProperties).toBe(false);
    const text = JSON.stringify(reportSchema);
    const objects = text.match(/"type":"object"/g)?.length ?? 0;
    const closed = text.match(/"additionalProperties":(false|\{)/g)?.length ?? 0;
    expect(closed).toBeGreaterThanOrEqual(objects);
  });

  it('is embedded in src/generated/policies.ts', () => {
    const file = readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8');
    expect(POLICY_FILES['report.schema.json']).toBe(file);
  });

  const invalid: [string, (r: Record<string, Loose>) => void][] = [
    ['an unknown top-level field', (r) => (r.extra = 1)],
    ['an unknown finding field', (r) => (r.findings[0].secretValue = 'x')],
    ['a missing fingerprint', (r) => delete r.findings[0].fingerprint],
    ['a missing suppressed list', (r) => delete r.suppressed],
    ['a 0 line', (r) => (r.findings[0].location.line = 0)],
    ['an unknown severity', (r) => (r.findings[0].severity = 'critical')],
    ['an unknown smoke status', (r) => (r.keys[0].smoke.status = 'ok')],
    ['an unknown fact', (r) => (r.keys[0].facts.password = { value: 'x', source: 'value' })],
    ['a wrong schemaVersion', (r) => (r.schemaVersion = 'keybound/report/v2')],
    ['a missing summary.suppressed', (r) => delete r.summary.suppressed],
    ['an unknown suppression kind', (r) => (r.suppressed[0].suppression.kind = 'ignored')],
    ['an unknown failOn', (r) => (r.failOn = 'always')],
  ];
  it.each(invalid)('rejects %s', (_name, mutate) => {
    const parsed = JSON.parse(formatJson(sampleReport())) as Record<string, Loose>;
    mutate(parsed);
    expect(reportErrors(parsed)).not.toBe('');
  });
});
