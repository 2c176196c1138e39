// Waivers that cannot rot: an expired exception fails the run in every mode, even with --fail-on never
// and with invalid-waiver lowered to a note; invalid-waiver cannot be turned off; unused ones are reported.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

function repo(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-waivers-'));
  cpSync('__tests__/fixtures/repos/exit-1', dir, { recursive: true });
  writeFileSync(join(dir, 'keybound.yml'), config);
  return dir;
}

const CONFIG = (until: string, severity = 'error'): string =>
  [
    'version: 1',
    'keys:',
    '  STAGING_STRIPE_KEY: { rotated: 2026-11-01 }',
    'rules:',
    `  invalid-waiver: { severity: ${severity} }`,
    'exceptions:',
    '  - rule: no-dev-keys-in-prod',
    '    key: STAGING_STRIPE_KEY',
    `    until: ${until}`,
    '    reason: staging key until the live account is approved',
    '    owner: payments-team',
    '    ticket: PAY-42',
    '',
  ].join('\n');

describe('exceptions past their date', () => {
  it.each([
    { name: '--fail-on never', args: ['--fail-on', 'never'], severity: 'error' },
    { name: 'invalid-waiver lowered to note, --fail-on error', args: [], severity: 'note' },
    { name: 'gate mode, --fail-on never', args: ['--mode', 'gate', '--fail-on', 'never'], severity: 'warning' },
  ])('fail in every mode: $name', async ({ args, severity }) => {
    const dir = repo(CONFIG('2026-06-30', severity));
    const run = await runCli(['check', dir, '--now', '2026-11-22', '--format', 'json', ...args]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(['invalid-waiver', 'no-dev-keys-in-prod']),
    );
  });

  it('an exception in date waives the finding, and the run passes', async () => {
    const run = await runCli(['check', repo(CONFIG('2026-12-31')), '--now', '2026-11-22', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).suppressed[0].suppression).toMatchObject({ kind: 'exception', until: '2026-12-31' });
  });

  it('invalid-waiver cannot be off', async () => {
    const run = await runCli(['check', repo(CONFIG('2026-12-31', 'off')), '--now', '2026-11-22']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'keybound: keybound.yml:5:31: rules.invalid-waiver.severity: invalid-waiver cannot be off: expired exceptions always fail; use warning or note to soften unused-waiver reports\n',
    );
  });
});
