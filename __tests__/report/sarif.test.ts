import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, MAX_SARIF_RESULTS, artifactUri, formatSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/core/types.js';
import { SAMPLE_RULES, emptyReport, finding, hostileReport, manyFindingsReport, sampleReport } from './sample.js';
import { sarifErrors } from './validators.js';

interface PhysicalLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: PhysicalLocation[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
  suppressions?: { kind: string; justification: string; location: PhysicalLocation }[];
}
interface SarifRule {
  id: string;
  name: string;
  help: { text: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; 'security-severity': string };
}
interface SarifNotification {
  level: string;
  descriptor: { id: string };
  message: { text: string };
  locations: PhysicalLocation[];
}
interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  invocations: { toolExecutionNotifications: SarifNotification[] }[];
  results: SarifResult[];
}
type Sarif = { $schema: string; version: string; runs: SarifRun[] };
const sarif = (report: Report): Sarif => JSON.parse(formatSarif(report, SAMPLE_RULES)) as Sarif;

const REPORTS: [string, () => Report][] = [
  ['sample', sampleReport],
  ['empty', emptyReport],
  ['many findings', () => manyFindingsReport(40)],
  ['hostile', hostileReport],
];

describe('formatSarif', () => {
  it.each(REPORTS)('%s report validates against the SARIF 2.1.0 schema', (_name, build) => {
    expect(sarifErrors(sarif(build()))).toBe('');
  });

  it('has one run with the keybound driver and its rules', () => {
    const log = sarif(sampleReport());
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'keybound', version: '1.0.0', semanticVersion: '1.0.0' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual(SAMPLE_RULES.map((r) => r.id));
    const rule = driver.rules[0];
    expect(rule).toMatchObject({
      id: 'no-dev-keys-in-prod',
      name: 'NoDevKeysInProd',
      shortDescription: { text: SAMPLE_RULES[0].description },
      fullDescription: { text: SAMPLE_RULES[0].description },
      defaultConfiguration: { level: 'error' },
    });
    expect(rule.help.text).toContain('rules.no-dev-keys-in-prod');
    expect(rule.help.text).toContain('STRIPE_TEST_KEY');
    for (const r of driver.rules) {
      expect(r.properties.tags.length).toBeLessThanOrEqual(20);
      expect(r.properties['security-severity']).toMatch(/^\d+\.\d$/);
    }
  });

  it('writes one result per finding with ruleIndex, level, message, location and fingerprint', () => {
    const report = sampleReport();
    const run = sarif(report).runs[0];
    expect(run.results).toHaveLength(report.findings.length + report.suppressed.length);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations).toHaveLength(1);
    }
    const first = run.results[0];
    expect(first).toMatchObject({
      ruleId: 'no-dev-keys-in-prod',
      level: 'error',
      message: { text: 'STRIPE_SECRET_KEY is a test-mode key used in production' },
      partialFingerprints: { [FINGERPRINT_KEY]: report.findings[0].fingerprint },
      properties: {
        key: 'STRIPE_SECRET_KEY',
        environment: 'production',
        evidence: [{ fact: 'keyEnvironment', value: 'test', source: 'value', detail: 'sk_test_ prefix' }],
      },
    });
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/prod/app.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 21, startColumn: 15, endLine: 21, endColumn: 40 },
    });
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 30, startColumn: 22 });
  });

  it('marks waived findings with suppressions: external for exceptions, inSource for inline', () => {
    const run = sarif(sampleReport()).runs[0];
    const waived = run.results.filter((r) => r.suppressions);
    expect(waived).toHaveLength(2);
    expect(waived[0].suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'rotation scheduled (INFRA-123)',
        properties: { kind: 'exception', until: '2026-12-31' },
      },
    ]);
    expect(waived[1].suppressions?.[0]).toMatchObject({ kind: 'inSource', justification: 'preview needs it' });
    expect(waived[1].suppressions?.[0].location.physicalLocation.region).toEqual({ startLine: 8, startColumn: 5 });
    const active = run.results.filter((r) => !r.suppressions);
    expect(active).toHaveLength(sampleReport().findings.length);
  });

  it('adds a descriptor for a rule that is not in the rule list, so ruleIndex stays valid', () => {
    const report = sampleReport();
    report.findings.push(
      finding({ ruleId: 'no-long-term-aws-keys-in-prod', severity: 'error', message: 'custom rule hit' }),
    );
    const run = sarif(report).runs[0];
    const index = run.results.find((r) => r.ruleId === 'no-long-term-aws-keys-in-prod')?.ruleIndex ?? -1;
    expect(run.tool.driver.rules[index].id).toBe('no-long-term-aws-keys-in-prod');
    expect(run.tool.driver.rules[index].defaultConfiguration.level).toBe('error');
    expect(sarifErrors(sarif(report))).toBe('');
  });

  it('gives every result a non-empty message, even when the finding has none', () => {
    const report = sampleReport();
    report.findings[0].message = '  ';
    const result = sarif(report).runs[0].results[0];
    expect(result.message.text).toBe(SAMPLE_RULES[0].description);
  });

  it('keeps regions valid when the location is partial or out of range', () => {
    const report = sampleReport();
    report.findings[0].location = { file: 'a.yml', line: 0, column: 0, endColumn: 0 };
    report.findings[1].location = { file: 'b.yml', line: 5, column: 9, endLine: 5, endColumn: 3 };
    const run = sarif(report).runs[0];
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({
      startLine: 5,
      startColumn: 9,
      endLine: 5,
      endColumn: 9,
    });
    expect(sarifErrors(sarif(report))).toBe('');
  });

  it('turns diagnostics into run-level notifications', () => {
    const notes = sarif(sampleReport()).runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({ level: 'warning', descriptor: { id: 'keybound/skipped' } });
    expect(notes[1].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 1 });
  });

  it(`truncates at ${MAX_SARIF_RESULTS} results with a run-level notification`, () => {
    const report = manyFindingsReport(MAX_SARIF_RESULTS + 7);
    const log = sarif(report);
    const run = log.runs[0];
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    const notes = run.invocations[0].toolExecutionNotifications;
    const truncation = notes.find((n) => n.descriptor.id === 'keybound/results-truncated');
    // 25,007 active findings + 2 suppressed ones.
    expect(truncation?.message.text).toMatch(/^9 of 25009 results were left out/);
    // Active findings come first, so the waived ones are the ones dropped.
    expect(run.results.every((r) => !r.suppressions)).toBe(true);
    expect(sarifErrors(log)).toBe('');
  }, 60_000);

  it('has no truncation notification when under the limit', () => {
    const notes = sarif(manyFindingsReport(40)).runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.some((n) => n.descriptor.id === 'keybound/results-truncated')).toBe(false);
  });

  it('keeps hostile messages exact while making ##[ inert in the file', () => {
    const report = hostileReport();
    const out = formatSarif(report, SAMPLE_RULES);
    expect(out).not.toContain('##[');
    const run = (JSON.parse(out) as Sarif).runs[0];
    expect(run.results.slice(0, report.findings.length).map((r) => r.message.text)).toEqual(
      report.findings.map((f) => f.message),
    );
  });
});

describe('artifactUri', () => {
  const cases: [string, string, string][] = [
    ['a plain relative path', 'deploy/prod/app.yaml', 'deploy/prod/app.yaml'],
    ['Windows separators', 'deploy\\prod\\app.yaml', 'deploy/prod/app.yaml'],
    ['a leading ./', './.github/workflows/ci.yml', '.github/workflows/ci.yml'],
    ['a leading /', '/abs/path.yml', 'abs/path.yml'],
    ['spaces and percent', 'my dir/50% off.yml', 'my%20dir/50%25%20off.yml'],
    ['a colon that would read as a scheme', 'c:odd/file.yml', 'c%3Aodd/file.yml'],
    ['a hash and question mark', 'a#b/c?d.yml', 'a%23b/c%3Fd.yml'],
  ];
  it.each(cases)('%s', (_name, file, uri) => {
    expect(artifactUri(file)).toBe(uri);
  });
});
