// Baselines end to end: `keybound baseline` writes the findings' fingerprints; `check --baseline` reports
// only new findings (the others as suppressed, kind baseline) and keeps doing so after the scanned files
// are re-indented, reordered and have lines moved. Waiver findings and a live key of the wrong account
// in production are never baselined.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Key } from '../../src/core/types.js';
import { applyBaseline, createBaseline, parseBaseline } from '../../src/policy/baseline.js';
import { reportErrors, sarifErrors } from '../report/validators.js';
import { runCli } from './run.js';

const FIXTURE = '__tests__/fixtures/repos/custom-rules';
const NOW = ['--now', '2026-11-22'];
const WORKFLOW = '.github/workflows/deploy.yml';

function copy(): { dir: string; secrets: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-baseline-'));
  cpSync(FIXTURE, dir, { recursive: true });
  // A finding without a key (workflow-permissions) and a rotation-age finding besides the custom rule.
  writeFileSync(
    join(dir, 'keybound.yml'),
    readFileSync(join(dir, 'keybound.yml'), 'utf8').replace(
      'PROD_AWS_ROLE_KEY: { provider: aws, rotated: 2026-11-01 }',
      'PROD_AWS_ROLE_KEY: { provider: aws, rotated: 2026-01-01 }',
    ),
  );
  return { dir, secrets: ['--secrets-json', join(dir, 'secrets.json')] };
}

interface JsonReport {
  findings: (Finding & { suppression?: { kind: string } })[];
  suppressed: (Finding & { suppression: { kind: string } })[];
  diagnostics: { kind: string; message: string }[];
}

async function json(argv: string[]): Promise<JsonReport> {
  const run = await runCli([...argv, '--format', 'json']);
  const report = JSON.parse(run.stdout);
  expect(reportErrors(report)).toBe('');
  return report;
}

const summary = (fs: Finding[]): string[] => fs.map((f) => `${f.ruleId} ${f.key ?? '-'}`).sort();

describe('keybound baseline and check --baseline', () => {
  it('round trip: every finding of the run is baselined, then reported as suppressed (kind baseline)', async () => {
    const { dir, secrets } = copy();
    const before = await json(['check', dir, ...secrets, ...NOW]);
    expect(summary(before.findings)).toEqual([
      'long-lived-cloud-key PROD_AWS_ACCESS_KEY_ID',
      'long-lived-cloud-key STAGING_AWS_ACCESS_KEY_ID',
      'no-long-term-aws-keys-in-prod PROD_AWS_ACCESS_KEY_ID',
      'rotation-age PROD_AWS_ROLE_KEY',
    ]);

    const made = await runCli(['baseline', dir, ...secrets, ...NOW]);
    expect(made).toMatchObject({ code: 0, stdout: '' });
    expect(made.stderr).toContain('wrote 4 finding(s) to');
    const file = join(dir, '.keybound-baseline.json');
    const baseline = JSON.parse(readFileSync(file, 'utf8'));
    expect(baseline).toMatchObject({ schemaVersion: 'keybound/baseline/v1', createdAt: '2026-11-22' });
    expect(baseline.findings.map((e: { fingerprint: string }) => e.fingerprint).sort()).toEqual(
      before.findings.map((f) => f.fingerprint).sort(),
    );

    const after = await json(['check', dir, ...secrets, ...NOW, '--baseline', file]);
    expect(after.findings).toEqual([]);
    expect(after.suppressed.map((f) => f.suppression.kind)).toEqual(Array(4).fill('baseline'));
    expect((await runCli(['check', dir, ...secrets, ...NOW, '--baseline', file])).code).toBe(0);

    const sarif = JSON.parse(
      (await runCli(['check', dir, ...secrets, ...NOW, '--baseline', file, '--format', 'sarif'])).stdout,
    );
    expect(sarifErrors(sarif)).toBe('');
    const suppressions = sarif.runs[0].results.flatMap((r: { suppressions?: unknown[] }) => r.suppressions ?? []);
    expect(suppressions).toEqual(
      Array(4).fill(
        expect.objectContaining({ kind: 'external', properties: expect.objectContaining({ kind: 'baseline' }) }),
      ),
    );
  });

  it('a baseline taken before the files are reformatted still suppresses the same findings after', async () => {
    const { dir, secrets } = copy();
    const file = join(dir, 'baseline.json');
    expect((await runCli(['baseline', dir, ...secrets, ...NOW, '--output', file])).code).toBe(0);

    // Re-indented (4 spaces), jobs reordered, env keys reordered, flow maps, comments and blank lines
    // moving every line; the config's keys reordered too.
    writeFileSync(
      join(dir, WORKFLOW),
      [
        '# deploys, reformatted',
        'name: Deploy',
        '',
        'on:',
        '    push:',
        '        branches: [main]',
        'permissions: { contents: read }',
        'jobs:',
        '    staging:',
        '        environment: staging',
        '        runs-on: ubuntu-latest',
        '        steps:',
        '            - env: { AWS_ACCESS_KEY_ID: "${{ secrets.STAGING_AWS_ACCESS_KEY_ID }}" }',
        '              run: ./deploy.sh',
        '',
        '    production:',
        '        environment: production',
        '        runs-on: ubuntu-latest',
        '        steps:',
        '            - env:',
        '                  AWS_ROLE_KEY: ${{ secrets.PROD_AWS_ROLE_KEY }}',
        '',
        '                  AWS_ACCESS_KEY_ID: ${{ secrets.PROD_AWS_ACCESS_KEY_ID }}',
        '              run: ./deploy.sh',
        '',
      ].join('\n'),
    );
    const config = readFileSync(join(dir, 'keybound.yml'), 'utf8');
    writeFileSync(
      join(dir, 'keybound.yml'),
      config.replace(
        /^keys:\n((?: {2}.*\n)+)/m,
        (_all, body: string) => `keys:\n${body.trimEnd().split('\n').reverse().join('\n')}\n`,
      ),
    );

    const plain = await json(['check', dir, ...secrets, ...NOW]);
    expect(summary(plain.findings)).toEqual([
      'long-lived-cloud-key PROD_AWS_ACCESS_KEY_ID',
      'long-lived-cloud-key STAGING_AWS_ACCESS_KEY_ID',
      'no-long-term-aws-keys-in-prod PROD_AWS_ACCESS_KEY_ID',
      'rotation-age PROD_AWS_ROLE_KEY',
    ]);
    expect(plain.findings.find((f) => f.ruleId === 'no-long-term-aws-keys-in-prod')?.location.line).toBe(23);

    const after = await json(['check', dir, ...secrets, ...NOW, '--baseline', file]);
    expect(after.findings).toEqual([]);
    expect(summary(after.suppressed)).toEqual(summary(plain.findings));

    // A new finding is still reported: the staging job now deploys to production.
    writeFileSync(
      join(dir, WORKFLOW),
      readFileSync(join(dir, WORKFLOW), 'utf8').replace('environment: staging', 'environment: production'),
    );
    const grown = await json(['check', dir, ...secrets, ...NOW, '--baseline', file]);
    // (long-lived-cloud-key's finding for it is new too: its environment is part of the fingerprint.)
    expect(summary(grown.findings)).toEqual([
      'long-lived-cloud-key STAGING_AWS_ACCESS_KEY_ID',
      'no-dev-keys-in-prod STAGING_AWS_ACCESS_KEY_ID',
      'no-long-term-aws-keys-in-prod STAGING_AWS_ACCESS_KEY_ID',
    ]);
  });

  it('an unreadable or malformed baseline exits 2 and quotes nothing of it', async () => {
    const { dir } = copy();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion":"keybound/baseline/v1","findings":[{"fingerprint":"sk_live_NOT_HEX"}]}');
    const run = await runCli(['check', dir, ...NOW, '--baseline', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('findings[0] has no fingerprint of hex digits');
    expect(run.stderr).not.toContain('sk_live_');
    expect((await runCli(['check', dir, ...NOW, '--baseline', join(dir, 'missing.json')])).code).toBe(2);
    expect((await runCli(['rules', '--baseline', bad])).code).toBe(2);
  });
});

describe('what a baseline cannot hide', () => {
  const wrongAccount = {
    name: 'AWS_PROD_KEY',
    smoke: { status: 'mismatch', reason: 'wrong-account' },
  } as Pick<Key, 'name' | 'smoke'>;
  const finding = (fields: Partial<Finding>): Finding => ({
    ruleId: 'key-user-association',
    severity: 'error',
    key: 'AWS_PROD_KEY',
    environment: 'production',
    message: 'm',
    location: { file: 'deploy.yml', line: 3, column: 1 },
    evidence: [],
    fingerprint: 'ab'.repeat(16),
    ...fields,
  });

  it('a live key with the wrong principal in production stays active, with a note', () => {
    const live = finding({});
    const staging = finding({ environment: 'staging', fingerprint: 'cd'.repeat(16) });
    const waiver = finding({ ruleId: 'invalid-waiver', fingerprint: 'ef'.repeat(16) });
    const written = createBaseline([live, staging, waiver], [wrongAccount], '1.0.0', '2026-11-22');
    expect(written.findings.map((e) => e.fingerprint)).toEqual([staging.fingerprint]);

    // Even a hand-edited baseline that lists it does not suppress it.
    const forced = parseBaseline(
      JSON.stringify({ ...written, findings: [...written.findings, { fingerprint: live.fingerprint }] }),
      'b.json',
    );
    const outcome = applyBaseline([live, staging], [wrongAccount], forced, 'b.json');
    expect(outcome.suppressed.map((f) => f.fingerprint)).toEqual([staging.fingerprint]);
    expect(outcome.active).toEqual([
      {
        ...live,
        evidence: [
          {
            fact: 'baseline',
            value: 'not-baselinable',
            source: 'config',
            detail: 'a live key of the wrong account in production cannot be baselined',
          },
        ],
      },
    ]);
    expect(outcome.diagnostics).toEqual([
      {
        kind: 'notice',
        file: 'b.json',
        message:
          'key-user-association on AWS_PROD_KEY is in the baseline but stays active: a live key of the wrong account in production cannot be baselined',
      },
    ]);
  });

  it('entries that match no finding any more are counted in a notice', () => {
    const baseline = parseBaseline(
      JSON.stringify({ schemaVersion: 'keybound/baseline/v1', findings: [{ fingerprint: '12'.repeat(16) }] }),
      'b.json',
    );
    expect(applyBaseline([], [], baseline, 'b.json').diagnostics).toEqual([
      {
        kind: 'notice',
        file: 'b.json',
        message: '1 baseline entry matches no finding any more; run keybound baseline to drop it',
      },
    ]);
  });
});
