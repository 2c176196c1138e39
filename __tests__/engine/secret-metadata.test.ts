// Issue 5, "done when" for rotation age: through the CLI's main(), with --github-repo, GITHUB_TOKEN and
// GITHUB_API_URL pointing at a local fake GitHub API, a secret last updated 200 days before --now is a
// rotation-age error and one updated 84 days before a warning, both with evidence from `platform`.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/types.js';
import { runCli } from '../cli/run.js';
import { startFakeProvider, type FakeProvider, type FakeResponse } from '../helpers/fake-provider.js';
import { githubEnvironment, githubPage } from '../helpers/fake-github.js';

const TOKEN = 'ghp_FakeMetadataReaderToken0123456789ab';
const NOW = '2026-11-22';
const WORKFLOW = `name: deploy
on: push
permissions: { contents: read }
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./deploy.sh
        env:
          PAYMENTS_API_KEY: \${{ secrets.PAYMENTS_API_KEY }}
          MAILER_API_KEY: \${{ secrets.MAILER_API_KEY }}
          SEARCH_API_KEY: \${{ secrets.SEARCH_API_KEY }}
`;
// SEARCH_API_KEY is declared as rotated long ago; GitHub's date (platform) outranks the declaration.
const CONFIG = `version: 1
keys:
  SEARCH_API_KEY:
    rotated: 2025-01-01
`;

function secret(name: string, updated: string, created = '2025-01-01') {
  return { name, created_at: `${created}T09:30:00Z`, updated_at: `${updated}T09:30:00Z` };
}

/** What GitHub holds: PAYMENTS' production environment secret (200 days old) shadows its fresh repository secret. */
const REPOSITORY = [
  secret('PAYMENTS_API_KEY', '2026-11-12'),
  secret('MAILER_API_KEY', '2026-08-30'),
  secret('SEARCH_API_KEY', '2026-11-12'),
];
const PRODUCTION = [secret('PAYMENTS_API_KEY', '2026-05-06')];

let root: string;
const fakes: FakeProvider[] = [];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'keybound-metadata-'));
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(root, '.github', 'workflows', 'deploy.yml'), WORKFLOW);
  writeFileSync(join(root, 'keybound.yml'), CONFIG);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

/** A fake GitHub API under /api/v3 (GHES); `repositorySecrets` may answer otherwise. */
async function fakeGitHub(repositorySecrets?: FakeResponse): Promise<FakeProvider> {
  const page = githubPage;
  const fake = await startFakeProvider((request) => {
    const path = new URL(request.path, 'http://fake').pathname;
    if (path === '/api/v3/repos/acme/payments/actions/secrets')
      return (
        repositorySecrets ?? page('/repos/{owner}/{repo}/actions/secrets', { total_count: 3, secrets: REPOSITORY })
      );
    if (path === '/api/v3/repos/acme/payments/environments')
      return page('/repos/{owner}/{repo}/environments', {
        total_count: 1,
        environments: [githubEnvironment('acme/payments', 'production', 'https://ghe.example.com')],
      });
    if (path === '/api/v3/repos/acme/payments/environments/production/secrets')
      return page('/repos/{owner}/{repo}/environments/{environment_name}/secrets', {
        total_count: 1,
        secrets: PRODUCTION,
      });
    if (path === '/api/v3/repos/acme/payments/actions/organization-secrets')
      return page('/repos/{owner}/{repo}/actions/organization-secrets', { total_count: 0, secrets: [] });
    return { status: 404, body: { message: 'Not Found' } };
  });
  fakes.push(fake);
  return fake;
}

async function check(fake: FakeProvider, env: Record<string, string> = { GITHUB_TOKEN: TOKEN }) {
  const run = await runCli(['check', root, '--github-repo', 'acme/payments', '--format', 'json', '--now', NOW], {
    env: { GITHUB_API_URL: `${fake.url}/api/v3`, ...env },
  });
  const report = run.stdout ? (JSON.parse(run.stdout) as Report) : undefined;
  const rotation = (key: string): Finding[] =>
    report?.findings.filter((f) => f.ruleId === 'rotation-age' && f.key === key) ?? [];
  return { run, report, rotation };
}

describe('rotation age from GitHub secret metadata', () => {
  it('makes a secret updated 200 days ago an error and one updated 84 days ago a warning', async () => {
    const fake = await fakeGitHub();
    const { run, report, rotation } = await check(fake);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    const [payments] = rotation('PAYMENTS_API_KEY');
    expect(payments).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('200 days ago (2026-05-06)'),
      evidence: [
        {
          fact: 'rotated',
          value: '2026-05-06T09:30:00Z',
          source: 'platform',
          detail: 'GitHub environment production secret updated_at; 200 days old',
        },
      ],
    });
    const [mailer] = rotation('MAILER_API_KEY');
    expect(mailer).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('84 days ago (2026-08-30)'),
      evidence: [{ fact: 'rotated', source: 'platform', detail: 'GitHub repository secret updated_at; 84 days old' }],
    });
    // Platform beats declared: the declaration says 2025-01-01, GitHub says 10 days ago.
    expect(rotation('SEARCH_API_KEY')).toEqual([]);
    const search = report!.keys.find((k) => k.name === 'SEARCH_API_KEY')!;
    expect(search.facts.rotated).toEqual({
      value: '2026-11-12T09:30:00Z',
      source: 'platform',
      detail: 'GitHub repository secret updated_at',
    });
    expect(search.facts.created).toMatchObject({ value: '2025-01-01T09:30:00Z', source: 'platform' });

    expect(fake.requests.map((r) => r.method)).toEqual(fake.requests.map(() => 'GET'));
    expect(fake.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('explains a 403 on stderr and falls back to what else is known', async () => {
    const fake = await fakeGitHub({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const { run, rotation } = await check(fake);
    expect(run.stderr).toMatch(
      /^keybound: --github-repo: GitHub secret metadata of acme\/payments: could not read repository secrets \(HTTP 403: the token needs the Secrets: read permission/,
    );
    expect(run.stderr).not.toContain(TOKEN);
    // The production environment secret was still read; MAILER has no date now; SEARCH falls back to its declaration.
    expect(rotation('PAYMENTS_API_KEY')[0]).toMatchObject({ severity: 'error', evidence: [{ source: 'platform' }] });
    expect(rotation('MAILER_API_KEY')[0]).toMatchObject({ severity: 'note' });
    expect(rotation('SEARCH_API_KEY')[0]).toMatchObject({ severity: 'error', evidence: [{ source: 'declared' }] });
  });

  it('exits 2 when GITHUB_TOKEN is missing, before any request', async () => {
    const fake = await fakeGitHub();
    const { run } = await check(fake, {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--github-repo needs a token in GITHUB_TOKEN');
    expect(fake.requests).toEqual([]);
  });
});
