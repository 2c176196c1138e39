// Issue "Live smoke calls", done when: through the CLI, against local servers that answer like the
// providers. A deactivated Slack user fails the gate at the line that uses the token; a personal GitHub
// token with admin:org in production is both human-bound and over-scoped; a Stripe test key declared as
// the live account is a mismatch; an AWS pair is verified with its ARN, or a mismatch from another
// account; a 503 makes the gate exit 3 within the deadline; no output holds a secret.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { runCli } from '../cli/run.js';
import { json, startFakeProvider, type FakeProvider, type FakeRequest } from '../helpers/fake-provider.js';

const REPO = '__tests__/fixtures/repos/smoke';
const NOW = ['--now', '2026-11-22'];
const SECRETS = {
  SLACK_BOT_TOKEN: ['xoxb', '2718281828', '3141592653', 'kbE2eSlackTok3nQz7Wm'].join('-'),
  DEPLOY_GITHUB_TOKEN: `ghp_${'kbE2eGithubTok3n'}${'7Hq2Lm9Np4Rs8Tv1WxZa'}`,
  STRIPE_SECRET_KEY: `sk_test_${'kbE2eStripeKey4Fh8Jk2Lp6Qr9'}`,
  PROD_AWS_ACCESS_KEY_ID: `AKIA${'KBE2E7QX2LM9NP4R'}`,
  PROD_AWS_SECRET_ACCESS_KEY: `kbE2eAwsSecret/${'7Hq2Lm9Np4Rs8Tv1WxZa3Cd5'}`,
};

const fakes: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function fake(handler: (request: FakeRequest) => ReturnType<typeof json>): Promise<FakeProvider> {
  const provider = await startFakeProvider(handler);
  fakes.push(provider);
  return provider;
}

async function providers(awsAccount = '123456789012') {
  const slack = await fake(() => json(200, { ok: false, error: 'account_inactive' }));
  const github = await fake(() =>
    json(200, { login: 'jdoe', id: 4242, type: 'User', site_admin: false }, { 'x-oauth-scopes': 'repo, admin:org' }),
  );
  const stripe = await fake((request) =>
    request.path.startsWith('/v1/balance')
      ? json(200, { object: 'balance', livemode: false })
      : json(200, { id: 'acct_1TestKbAccount', object: 'account' }),
  );
  const aws = await fake(() =>
    json(200, {
      GetCallerIdentityResponse: {
        GetCallerIdentityResult: {
          Arn: `arn:aws:iam::${awsAccount}:user/deploy-bot`,
          Account: awsAccount,
          UserId: 'AIDAKBE2E7QX2LM9NP4R',
        },
        ResponseMetadata: { RequestId: 'kb-e2e' },
      },
    }),
  );
  return { slack, github, stripe, aws };
}

function endpointArgs(p: Record<string, FakeProvider>): string[] {
  return Object.entries(p).flatMap(([id, f]) => ['--endpoint', `${id}=${f.url}`]);
}

describe('smoke calls end to end', () => {
  it('fails the gate on a deactivated Slack user, a human GitHub token with admin:org, and a Stripe test key', async () => {
    const p = await providers();
    const run = await runCli(
      [
        'check',
        REPO,
        '--mode',
        'gate',
        '--environment',
        'production',
        '--smoke',
        '--secrets-json',
        '-',
        '--format',
        'json',
        ...endpointArgs(p),
        ...NOW,
      ],
      { stdin: JSON.stringify(SECRETS) },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const find = (ruleId: string, key: string) =>
      report.findings.find((f: { ruleId: string; key: string }) => f.ruleId === ruleId && f.key === key);

    // The Slack bot token: its user is deactivated, reported at the line that uses it.
    expect(report.keys.find((k: { name: string }) => k.name === 'SLACK_BOT_TOKEN').smoke).toMatchObject({
      status: 'invalid',
      reason: 'user-inactive',
    });
    expect(find('key-user-association', 'SLACK_BOT_TOKEN')).toMatchObject({
      severity: 'error',
      location: { file: '.github/workflows/release.yml', line: 13, column: 32 },
    });

    // The personal GitHub token: a human, holding admin:org.
    expect(find('service-account-bound', 'DEPLOY_GITHUB_TOKEN')).toMatchObject({ severity: 'error' });
    expect(find('least-privilege-scopes', 'DEPLOY_GITHUB_TOKEN').message).toContain('admin:org');

    // The Stripe test key declared as the live account.
    expect(report.keys.find((k: { name: string }) => k.name === 'STRIPE_SECRET_KEY').smoke.status).toBe('mismatch');

    // The AWS pair: verified, with its ARN.
    const aws = report.keys.find((k: { name: string }) => k.name === 'PROD_AWS_ACCESS_KEY_ID');
    expect(aws.smoke.status).toBe('verified');
    expect(aws.facts.principal).toMatchObject({ value: 'arn:aws:iam::123456789012:user/deploy-bot', source: 'smoke' });

    // Each secret went to its own provider only.
    expect(JSON.stringify(p.slack.requests)).toContain(SECRETS.SLACK_BOT_TOKEN);
    for (const [name, fakeProvider] of Object.entries(p)) {
      const seen = JSON.stringify(fakeProvider.requests);
      for (const [secretName, value] of Object.entries(SECRETS)) {
        const own =
          (name === 'slack' && secretName === 'SLACK_BOT_TOKEN') ||
          (name === 'github' && secretName === 'DEPLOY_GITHUB_TOKEN') ||
          (name === 'stripe' && secretName === 'STRIPE_SECRET_KEY') ||
          (name === 'aws' && secretName.startsWith('PROD_AWS'));
        if (!own) expect(seen, `${secretName} reached ${name}`).not.toContain(value);
      }
    }
  });

  it('an AWS pair of another account is a mismatch', async () => {
    const p = await providers('999999999999');
    const run = await runCli(
      ['check', REPO, '--smoke', '--secrets-json', '-', '--format', 'json', ...endpointArgs(p), ...NOW],
      {
        stdin: JSON.stringify(SECRETS),
      },
    );
    const report = JSON.parse(run.stdout);
    const aws = report.keys.find((k: { name: string }) => k.name === 'PROD_AWS_ACCESS_KEY_ID');
    expect(aws.smoke).toMatchObject({ status: 'mismatch', reason: 'wrong-account' });
    // One root cause, one finding (SPEC section 5): not three rules times the two lines of the pair.
    // no-dev-keys-in-prod (not the production key) and service-account-bound (declared machine user,
    // provider names another) repeat the smoke result and give way to key-user-association.
    const findings = report.findings.filter((f: { key: string }) => f.key === 'PROD_AWS_ACCESS_KEY_ID');
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'key-user-association',
        severity: 'error',
        message:
          'PROD_AWS_ACCESS_KEY_ID belongs to arn:aws:iam::999999999999:user/deploy-bot at aws, not the expected arn:aws:iam::123456789012:*',
        location: { file: '.github/workflows/release.yml', line: 24, column: 34, endLine: 24, endColumn: 64 },
        relatedLocations: [
          {
            file: '.github/workflows/release.yml',
            line: 25,
            column: 38,
            endLine: 25,
            endColumn: 72,
            message: 'PROD_AWS_SECRET_ACCESS_KEY (of key PROD_AWS_ACCESS_KEY_ID) is used here too, in step 4',
          },
        ],
      }),
      // Another root cause: a long-lived key where GitHub's OIDC token would do (one finding for the pair).
      expect.objectContaining({
        ruleId: 'long-lived-cloud-key',
        severity: 'warning',
        location: expect.objectContaining({ file: '.github/workflows/release.yml', line: 24 }),
      }),
    ]);
  });

  it('with key-user-association off, the other rules report the wrong account themselves, once per job', async () => {
    const p = await providers('999999999999');
    const dir = mkdtempSync(join(tmpdir(), 'keybound-smoke-'));
    cpSync(REPO, dir, { recursive: true });
    const config = readFileSync(join(dir, 'keybound.yml'), 'utf8');
    writeFileSync(join(dir, 'keybound.yml'), `${config}rules:\n  key-user-association: { severity: off }\n`);
    const run = await runCli(
      ['check', dir, '--smoke', '--secrets-json', '-', '--format', 'json', ...endpointArgs(p), ...NOW],
      { stdin: JSON.stringify(SECRETS) },
    );
    const findings = JSON.parse(run.stdout).findings.filter((f: { key: string }) => f.key === 'PROD_AWS_ACCESS_KEY_ID');
    expect(
      findings.map(
        (f: { ruleId: string; location: { line: number }; relatedLocations?: { line: number }[] }) =>
          `${f.ruleId} ${f.location.line} [${(f.relatedLocations ?? []).map((r) => r.line).join(', ')}]`,
      ),
    ).toEqual(['no-dev-keys-in-prod 24 [25]', 'service-account-bound 24 [25]', 'long-lived-cloud-key 24 []']);
  });

  it.each(['text', 'json', 'sarif', 'markdown', 'github'])('no secret in the %s output', async (format) => {
    const p = await providers();
    const run = await runCli(
      ['check', REPO, '--smoke', '--secrets-json', '-', '--format', format, ...endpointArgs(p), ...NOW],
      {
        stdin: JSON.stringify(SECRETS),
      },
    );
    const output = run.stdout + run.stderr;
    for (const value of Object.values(SECRETS))
      for (const form of secretForms(value)) expect(output).not.toContain(form);
  });

  it('a provider answering 503 makes the gate exit 3 within the deadline', async () => {
    const datadog = await fake(() => ({ status: 503, body: 'Service Unavailable' }));
    const started = Date.now();
    const run = await runCli(
      [
        'check',
        '__tests__/fixtures/repos/smoke-503',
        '--mode',
        'gate',
        '--smoke',
        '--secrets-json',
        '-',
        '--format',
        'json',
        '--endpoint',
        `datadog=${datadog.url}`,
        ...NOW,
      ],
      { stdin: JSON.stringify({ DATADOG_API_KEY: '3f9a1c7e5b2d4f6081a9c3e5b7d9f1a2' }) },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout);
    expect(report.verdict).toBe('indeterminate');
    expect(report.keys[0].smoke).toMatchObject({ status: 'unknown', reason: 'server-error' });
  });

  it('refuses smoke calls when TLS verification is turned off', async () => {
    const run = await runCli(['check', REPO, '--smoke', ...NOW], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('NODE_TLS_REJECT_UNAUTHORIZED');
  });
});
