// End to end through the CLI's main(): the "done when" for the offline engine. A staging key in
// a production job is reported at the exact line in every format; JSON and SARIF validate against
// their schemas; flags behave; no secret value or encoding of it reaches any output.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { reportErrors, sarifErrors } from '../report/validators.js';
import { runCli } from './run.js';

const EXIT_1 = '__tests__/fixtures/repos/exit-1';
const NOW = ['--now', '2026-11-22'];
// `STRIPE_KEY: ${{ secrets.STAGING_STRIPE_KEY }}` on line 12; the reference starts at column 27.
const AT = { file: '.github/workflows/deploy.yml', line: 12, column: 27 };

describe('a staging key in a production job, in every format', () => {
  it('text', async () => {
    const run = await runCli(['check', EXIT_1, ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(AT.file);
    expect(run.stdout).toMatch(
      /12:27\s+error\s+STAGING_STRIPE_KEY is used in production and only its name says it is a staging key \(name part STAGING\); if it is the production key, declare keys\.STAGING_STRIPE_KEY\.environment: production in keybound\.yml\s+no-dev-keys-in-prod/,
    );
    expect(run.stdout).not.toContain('\u001b['); // no colour off a terminal
  });

  it('json, valid against the report schema', async () => {
    const run = await runCli(['check', EXIT_1, '--format', 'json', ...NOW]);
    const report = JSON.parse(run.stdout);
    expect(reportErrors(report)).toBe('');
    expect(report).toMatchObject({
      schemaVersion: 'keybound/report/v1',
      verdict: 'fail',
      mode: 'audit',
      evaluatedAt: '2026-11-22',
    });
    const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === 'no-dev-keys-in-prod');
    expect(finding).toMatchObject({
      severity: 'error',
      key: 'STAGING_STRIPE_KEY',
      environment: 'production',
      location: AT,
    });
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(report.keys[0].uses[0]).toMatchObject({
      ...AT,
      environment: 'production',
      environmentSource: 'github-environment',
    });
  });

  it('sarif, valid against the OASIS schema', async () => {
    const run = await runCli(['check', EXIT_1, '--format', 'sarif', ...NOW]);
    const sarif = JSON.parse(run.stdout);
    expect(sarifErrors(sarif)).toBe('');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'no-dev-keys-in-prod');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: AT.file },
      region: { startLine: AT.line, startColumn: AT.column },
    });
  });

  it('markdown', async () => {
    const run = await runCli(['check', EXIT_1, '--format', 'markdown', ...NOW]);
    expect(run.stdout).toContain('no-dev-keys-in-prod');
    expect(run.stdout).toContain(`${AT.file}:12:27`);
  });

  it('github annotations, as the runner reads them', async () => {
    const run = await runCli(['check', EXIT_1, '--format', 'github', ...NOW]);
    const view = parseWorkflowCommands(run.stdout);
    const annotation = view.shown.find((c) => c.data.includes('only its name says it is a staging key'));
    expect(annotation).toMatchObject({ command: 'error', properties: { file: AT.file, line: '12', col: '27' } });
    expect(view.stopped).toBe(false);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kb-')), 'report.json');
    const run = await runCli(['check', EXIT_1, '--format', 'json', '--output', out, ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).verdict).toBe('fail');
  });

  it('colours text on a terminal, unless NO_COLOR', async () => {
    expect((await runCli(['check', EXIT_1, ...NOW], { isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['check', EXIT_1, ...NOW], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
  });
});

describe('the demo of the README', () => {
  it('prints findings with file:line:column and exits 1', async () => {
    const run = await runCli([
      'check',
      'examples/demo',
      '--secrets-json',
      'examples/demo/secrets.example.json',
      ...NOW,
    ]);
    expect(run.code).toBe(1);
    for (const rule of [
      'no-dev-keys-in-prod',
      'service-account-bound',
      'least-privilege-scopes',
      'rotation-age',
      'workflow-permissions',
      'secrets-overexposed',
      'plaintext-secret',
    ]) {
      expect(run.stdout, rule).toContain(rule);
    }
    expect(run.stdout).toMatch(/20:43\s+error\s+STAGING_STRIPE_KEY is a test-mode key/);
  });
});

describe('secret hygiene across every format', () => {
  const CANARIES = {
    RELEASE_GITHUB_TOKEN: 'ghp_kbCanary7Hq2Lm9Np4Rs8Tv1WxZa3Cd5Ef7G',
    STRIPE_SECRET_KEY: 'sk_test_kbCanary4Fh8Jk2Lp6Qr9St3Vw5Xy',
    SIGNING_KEY_PEM:
      '-----BEGIN PRIVATE KEY-----\r\nMIIEvkbCanaryLine1Qx9Zr\r\nkbCanaryLine2Wm4Pt7\r\n-----END PRIVATE KEY-----',
    ODD_VALUE: 'kb%can:ary,"quoted"\\back/é-Ω-value',
  };
  const forms = Object.values(CANARIES).flatMap((value) => secretForms(value));

  it.each(['text', 'json', 'sarif', 'markdown', 'github'])(
    '%s holds no canary, line or encoding of one',
    async (format) => {
      const run = await runCli(
        ['check', '__tests__/fixtures/repos/secrets-canary', '--secrets-json', '-', '--format', format, ...NOW],
        { stdin: JSON.stringify(CANARIES) },
      );
      expect(run.code).not.toBe(2);
      const output = run.stdout + run.stderr;
      expect(output).toMatch(/RELEASE\\?_GITHUB\\?_TOKEN/); // the keys are reported, by name (markdown escapes _)
      for (const form of forms) expect(output, `a form of a canary leaked in ${format}`).not.toContain(form);
    },
  );

  it('--secrets-env reads the referenced names only', async () => {
    const run = await runCli(
      ['check', '__tests__/fixtures/repos/secrets-canary', '--secrets-env', '--format', 'json', ...NOW],
      {
        env: { RELEASE_GITHUB_TOKEN: CANARIES.RELEASE_GITHUB_TOKEN, UNRELATED: 'x' },
      },
    );
    const report = JSON.parse(run.stdout);
    const key = report.keys.find((k: { name: string }) => k.name === 'RELEASE_GITHUB_TOKEN');
    expect(key.facts.keyType).toMatchObject({ value: 'classic-pat', source: 'value' });
    expect(run.stdout).not.toContain(CANARIES.RELEASE_GITHUB_TOKEN);
  });

  it('a secrets file that is not JSON exits 2 and quotes nothing of it', async () => {
    const run = await runCli(['check', EXIT_1, '--secrets-json', '-'], {
      stdin: 'ghp_kbRawSecretNotJson7Hq2Lm9Np4Rs8Tv1W',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('kbRawSecret');
    expect(run.stderr).not.toContain('ghp_');
  });
});

describe('config errors exit 2 with file, line and path', () => {
  const cases = [
    { name: 'unknown key', config: 'version: 1\nkeys:\n  X:\n    colour: red\n', expect: /keybound\.yml:4:5: keys\.X/ },
    {
      name: 'wrong type',
      config: 'version: 1\nrules:\n  rotation-age:\n    max-age-days: ninety\n',
      expect: /keybound\.yml:4:\d+: rules\.rotation-age\.max-age-days/,
    },
    {
      name: 'duplicate key',
      config: 'version: 1\nkeys: {}\nkeys: {}\n',
      expect: /keybound\.yml:3:1: .*duplicate.*line 2/i,
    },
  ];
  it.each(cases)('$name', async ({ config, expect: pattern }) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-config-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'keybound.yml'), config);
    const run = await runCli(['check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
  });
});

describe('listings', () => {
  it.each([
    { args: ['--version'], contains: /^\d+\.\d+\.\d+\n$/ },
    { args: ['--help'], contains: /keybound check \[PATH\.\.\.\]/ },
    { args: ['rules'], contains: /no-dev-keys-in-prod\s+error/ },
    { args: ['providers'], contains: /github\n\s+key types: classic-pat/ },
    { args: ['rules', '--format', 'json'], contains: /"id": "rotation-age"/ },
    // A provider with no default host: its calls name the host to give, and JSON says it has none.
    {
      args: ['providers'],
      contains:
        /okta\n {2}key types: api-token \(00, name hint\)\n {2}calls: {5}GET <--endpoint okta=URL>\/api\/v1\/users\/me\n {2}base URL: {2}required, --endpoint okta=URL naming the Okta org domain \(https:\/\/\{org\}\.okta\.com\)\n/,
    },
    {
      args: ['providers', '--format', 'json'],
      contains:
        /"calls": \[\s*\{\s*"method": "GET",\s*"host": null,\s*"path": "\/api\/v1\/users\/me"\s*\}\s*\],[^]*?"endpoint": \{\s*"required": true,\s*"flag": "--endpoint okta=URL",\s*"example": "https:\/\/\{org\}\.okta\.com",\s*"what": "the Okta org domain"\s*\}/,
    },
  ])('$args', async ({ args, contains }) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(contains);
  });
});
