// Issue 12, done when: the README's release gate passes on an ordinary app (the job's own GITHUB_TOKEN,
// a database password its owners declare, a Slack bot token Slack verifies); with Slack answering 503 it
// exits 3 `indeterminate`; with the token revoked it exits 1. Slack is a local fake; the README's
// workflow and keybound.yml are this fixture's files, word for word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { runCli } from '../cli/run.js';
import { json, startFakeProvider, type FakeProvider, type FakeResponse } from '../helpers/fake-provider.js';

const REPO = '__tests__/fixtures/repos/release-gate';
const SLACK_BOT_TOKEN = ['xoxb', '2718281828', '3141592653', 'kbGateSlackTok3nQz7Wm'].join('-');
const DATABASE_PASSWORD = 'kb-gate-db-pass-7Hq2Lm9Np4';

const fakes: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function gate(answer: FakeResponse, secrets: Record<string, string> = { SLACK_BOT_TOKEN }) {
  const slack = await startFakeProvider(() => answer);
  fakes.push(slack);
  const args = ['check', REPO, '--mode', 'gate', '--environment', 'production', '--smoke', '--secrets-json', '-'];
  const run = await runCli([...args, '--format', 'json', '--endpoint', `slack=${slack.url}`, '--now', '2026-11-22'], {
    stdin: JSON.stringify(secrets),
  });
  return { run, report: JSON.parse(run.stdout), slack };
}

const VERIFIED = json(200, {
  ok: true,
  team_id: 'T0KBDEMO',
  user_id: 'U0DEPLOYBOT',
  bot_id: 'B0DEPLOYBOT',
  team: 'Demo',
  user: 'deploy-bot',
});

describe('the README release gate on an ordinary app', () => {
  it('passes: a verified bot token, a declared database password, the job token', async () => {
    const { run, report, slack } = await gate(VERIFIED);
    expect(run.stderr).toBe('');
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(report.unconfirmed).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(run.code).toBe(0);
    const byName = Object.fromEntries(report.keys.map((k: { name: string }) => [k.name, k]));
    expect(Object.keys(byName).sort()).toEqual(['DATABASE_PASSWORD', 'GITHUB_TOKEN', 'SLACK_BOT_TOKEN']);
    expect(byName.SLACK_BOT_TOKEN.smoke).toMatchObject({ status: 'verified' });
    expect(byName.DATABASE_PASSWORD.smoke).toMatchObject({ status: 'skipped', reason: 'no-value' });
    expect(byName.GITHUB_TOKEN.smoke).toBeUndefined();
    // The bot token went to Slack once, and nothing else went anywhere.
    expect(slack.requests).toHaveLength(1);
    expect(slack.requests[0].headers.authorization).toBe(`Bearer ${SLACK_BOT_TOKEN}`);
  });

  it('a database password given as a value is still never sent, and the gate still passes', async () => {
    const { run, report, slack } = await gate(VERIFIED, { SLACK_BOT_TOKEN, DATABASE_PASSWORD });
    expect(run.code).toBe(0);
    expect(report.keys.find((k: { name: string }) => k.name === 'DATABASE_PASSWORD').smoke).toMatchObject({
      status: 'skipped',
      reason: 'unsupported',
    });
    expect(JSON.stringify(slack.requests)).not.toContain(DATABASE_PASSWORD);
    for (const form of secretForms(DATABASE_PASSWORD)) expect(run.stdout).not.toContain(form);
  });

  it('Slack answering 503: exit 3, indeterminate, naming the key', async () => {
    const { run, report } = await gate({ status: 503, body: 'Service Unavailable' });
    expect(report.verdict).toBe('indeterminate');
    expect(report.unconfirmed).toEqual(['SLACK_BOT_TOKEN']);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(3);
  });

  it('a revoked bot token: exit 1, at the line that uses it', async () => {
    const { run, report } = await gate(json(200, { ok: false, error: 'token_revoked' }));
    expect(report.verdict).toBe('fail');
    expect(run.code).toBe(1);
    expect(
      report.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { ruleId: string; key: string; location: object }) => [f.ruleId, f.key, f.location]),
    ).toEqual([
      [
        'key-user-association',
        'SLACK_BOT_TOKEN',
        { file: '.github/workflows/release.yml', line: 23, column: 45, endLine: 23, endColumn: 68 },
      ],
    ]);
  });

  it('without the declaration, the password leaves the gate indeterminate and says what to add', async () => {
    const run = await runCli([
      'check',
      REPO,
      '--mode',
      'gate',
      '--environment',
      'production',
      '--config',
      join(REPO, 'no-keys.yml'),
      '--now',
      '2026-11-22',
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(
      'add to keybound.yml: keys: { DATABASE_PASSWORD: { provider: none, principal-kind: service, owner: YOUR-TEAM, rotated: YYYY-MM-DD } }',
    );
  });

  it('the README shows this workflow and this keybound.yml word for word', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const file of ['.github/workflows/release.yml', 'keybound.yml']) {
      const text = readFileSync(join(REPO, file), 'utf8');
      expect(readme, file).toContain(`\`\`\`yaml\n${text}\`\`\``);
    }
  });
});

describe('a deploy that reads secrets by expression', () => {
  it('a static matrix index names its keys; an index over a free input fails the production gate', async () => {
    const run = await runCli([
      'check',
      '__tests__/fixtures/repos/dynamic-secrets',
      '--mode',
      'gate',
      '--environment',
      'production',
      '--format',
      'json',
      '--now',
      '2026-11-22',
    ]);
    const report = JSON.parse(run.stdout);
    expect(report.keys.map((k: { name: string }) => k.name)).toEqual(['BILLING_API_KEY', 'SEARCH_API_KEY']);
    expect(
      report.findings
        .filter((f: { ruleId: string }) => f.ruleId === 'dynamic-secret-access')
        .map((f: { severity: string; message: string; location: { line: number; column: number } }) => [
          f.severity,
          f.location.line,
          f.location.column,
          f.message,
        ]),
    ).toEqual([
      [
        'error',
        22,
        27,
        "secrets[format('{0}_REGION_KEY', inputs.region)] reads a secret whose name is only known at run time (production), so it cannot be checked; use secrets.NAME, a static matrix or choice options",
      ],
    ]);
    expect(report.verdict).toBe('fail');
    expect(run.code).toBe(1);
  });
});
