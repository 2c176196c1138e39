// Custom rules end to end: the SPEC example reports the long-term AWS key of the production job and not
// the staging one; placeholders fill the message; a typo in an expression exits 2 at file:line:column.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const REPO = '__tests__/fixtures/repos/custom-rules';
const ARGS = ['--secrets-json', `${REPO}/secrets.json`, '--now', '2026-11-22', '--format', 'json'];

interface JsonFinding {
  ruleId: string;
  key?: string;
  environment?: string;
  message: string;
  location: { file: string; line: number; column: number };
  evidence: { fact: string; value: unknown; source: string }[];
}

async function findings(argv: string[]): Promise<JsonFinding[]> {
  const run = await runCli(argv);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** A copy of the fixture whose keybound.yml is `config`. */
function withConfig(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-custom-'));
  cpSync(REPO, dir, { recursive: true });
  writeFileSync(join(dir, 'keybound.yml'), config);
  return dir;
}

describe('custom rules: the SPEC example', () => {
  it('reports the AWS key of the production job, not the one of the staging job', async () => {
    const custom = (await findings(['check', REPO, ...ARGS])).filter(
      (f) => f.ruleId === 'no-long-term-aws-keys-in-prod',
    );
    expect(custom).toEqual([
      {
        ruleId: 'no-long-term-aws-keys-in-prod',
        severity: 'error',
        key: 'PROD_AWS_ACCESS_KEY_ID',
        environment: 'production',
        message:
          'PROD_AWS_ACCESS_KEY_ID is a long-term AWS key; use OIDC for production deploys (production in .github/workflows/deploy.yml:12)',
        location: expect.objectContaining({ file: '.github/workflows/deploy.yml', line: 12, column: 34 }),
        evidence: [expect.objectContaining({ fact: 'keyType', value: 'long-term', source: 'value' })],
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    ]);
  });

  it('a key with no keyType fact (no value given) is evaluated without error and not reported', async () => {
    const all = await findings(['check', REPO, '--now', '2026-11-22', '--format', 'json']);
    expect(all.filter((f) => f.ruleId === 'no-long-term-aws-keys-in-prod')).toEqual([]);
  });

  it('missing facts read as "" with source "none"; has() and the model fields work', async () => {
    const dir = withConfig(
      [
        'version: 1',
        'custom-rules:',
        '  - id: unknown-key-type',
        '    severity: warning',
        '    message: "{{key}} ({{provider}}, {{keyType}}) in {{environment}} job {{job}}: smoke {{smoke}}"',
        '    deny: key.facts.keyType.source == "none" && key.facts.keyType.value == "" && has(key.facts.principal)',
        '      && key.smoke.status == "none" && size(key.facts.scopes.value) == 0 && use.line > 0 && use.kind == "github-workflow"',
        '',
      ].join('\n'),
    );
    const custom = (await findings(['check', dir, '--now', '2026-11-22', '--format', 'json'])).filter(
      (f) => f.ruleId === 'unknown-key-type',
    );
    expect(custom.map((f) => [f.key, f.message])).toEqual([
      ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_ACCESS_KEY_ID (aws, unknown) in production job production: smoke none'],
      ['PROD_AWS_ROLE_KEY', 'PROD_AWS_ROLE_KEY (aws, unknown) in production job production: smoke none'],
      ['STAGING_AWS_ACCESS_KEY_ID', 'STAGING_AWS_ACCESS_KEY_ID (aws, unknown) in staging job staging: smoke none'],
    ]);
  });

  it('an expression that fails at run time reports the use rather than passing it', async () => {
    const dir = withConfig(
      [
        'version: 1',
        'custom-rules:',
        '  - id: first-scope',
        '    severity: error',
        '    message: "{{key}} has a scope"',
        '    deny: key.facts.scopes.value[0] == "admin"',
        '',
      ].join('\n'),
    );
    const custom = (await findings(['check', dir, '--now', '2026-11-22', '--format', 'json'])).filter(
      (f) => f.ruleId === 'first-scope',
    );
    expect(custom).toHaveLength(3);
    expect(custom[0].message).toMatch(/^first-scope could not be evaluated for \w+ \(.+\); the use is reported/);
  });

  it('a typo in an expression exits 2 with the file, line and column of the typo', async () => {
    const dir = withConfig(
      [
        'version: 1',
        'custom-rules:',
        '  - id: no-long-term-aws-keys-in-prod',
        '    severity: error',
        '    message: "{{key}} is a long-term AWS key"',
        '    when: use.environment == "production"',
        '    deny: key.provider == "aws" && key.facts.keyTpye.value == "long-term"',
        '',
      ].join('\n'),
    );
    const run = await runCli(['check', dir, '--now', '2026-11-22']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('keybound: keybound.yml:7:46: custom-rules[0].deny: no such key: keyTpye\n');
  });
});

describe('custom rules in SARIF rule metadata', () => {
  it('describe the rule from its message, when and deny, and say where it is defined', async () => {
    const run = await runCli(['check', REPO, ...ARGS.slice(0, -2), '--format', 'sarif']);
    const rules = JSON.parse(run.stdout).runs[0].tool.driver.rules as {
      id: string;
      shortDescription: { text: string };
      help: { text: string; markdown: string };
      defaultConfiguration: { level: string };
    }[];
    const rule = rules.find((r) => r.id === 'no-long-term-aws-keys-in-prod');
    expect(rule).toMatchObject({
      shortDescription: {
        text: 'Custom rule: {{key}} is a long-term AWS key; use OIDC for production deploys ({{job}} in {{file}}:{{line}})',
      },
      defaultConfiguration: { level: 'error' },
    });
    expect(rule?.help.text).toBe(
      [
        'Custom rule no-long-term-aws-keys-in-prod, defined in keybound.yml:7 (custom-rules). For every use of every key where `when` is true, it reports a finding when `deny` is true.',
        '',
        'message: {{key}} is a long-term AWS key; use OIDC for production deploys ({{job}} in {{file}}:{{line}})',
        'when: use.environment == "production"',
        'deny: key.provider == "aws" && key.facts.keyType.value == "long-term"',
        '',
        'Change it in keybound.yml:7; its severity is set there (error | warning | note | off).',
      ].join('\n'),
    );
    expect(rule?.help.markdown).toContain('- deny: `key.provider == "aws" && key.facts.keyType.value == "long-term"`');
  });
});
