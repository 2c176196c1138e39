// unused-secret through the CLI's main(), with --github-repo reading a local fake GitHub API: the
// repository and environment secrets no workflow references are notes; an organization secret is left
// to the organization audit; once a workflow hands over every secret, one note at the handover says
// which secrets count as used only because of it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { runCli } from '../cli/run.js';
import { reportErrors, sarifErrors } from '../report/validators.js';
import { startFakeProvider, type FakeProvider } from '../helpers/fake-provider.js';
import { githubEnvironment, githubPage } from '../helpers/fake-github.js';

const TOKEN = 'ghp_FakeMetadataReaderToken0123456789cd';
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
          DEPLOY_TOKEN: \${{ secrets.deploy_token }}
`;
const HANDOVER = `name: debug
on: workflow_dispatch
permissions: { contents: read }
jobs:
  dump:
    runs-on: ubuntu-latest
    steps:
      - run: ./debug.sh
        env:
          ALL: \${{ toJSON(secrets) }}
`;

const secret = (name: string) => ({ name, created_at: '2026-01-05T10:00:00Z', updated_at: '2026-03-01T10:00:00Z' });

const fakes: FakeProvider[] = [];
const roots: string[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function fakeGitHub(): Promise<FakeProvider> {
  const page = githubPage;
  const environment = githubEnvironment('acme/shop', 'production');
  const fake = await startFakeProvider((request) => {
    const path = new URL(request.path, 'http://fake').pathname;
    if (path === '/repos/acme/shop/actions/secrets')
      return page('/repos/{owner}/{repo}/actions/secrets', {
        total_count: 2,
        secrets: [secret('DEPLOY_TOKEN'), secret('OLD_DEPLOY_TOKEN')],
      });
    if (path === '/repos/acme/shop/environments')
      return page('/repos/{owner}/{repo}/environments', { total_count: 1, environments: [environment] });
    if (path === '/repos/acme/shop/environments/production/secrets')
      return page('/repos/{owner}/{repo}/environments/{environment_name}/secrets', {
        total_count: 1,
        secrets: [secret('LEGACY_STRIPE_KEY')],
      });
    if (path === '/repos/acme/shop/actions/organization-secrets')
      return page('/repos/{owner}/{repo}/actions/organization-secrets', {
        total_count: 1,
        secrets: [secret('ORG_NPM_TOKEN')],
      });
    return { status: 404, body: { message: 'Not Found' } };
  });
  fakes.push(fake);
  return fake;
}

async function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'keybound-unused-'));
  roots.push(root);
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, '.github', 'workflows', name), text);
  const fake = await fakeGitHub();
  const args = ['check', root, '--github-repo', 'acme/shop', '--now', '2026-11-22'];
  const env = { GITHUB_API_URL: fake.url, GITHUB_TOKEN: TOKEN };
  const run = await runCli([...args, '--format', 'json'], { env });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as Report;
  expect(reportErrors(report)).toBe('');
  // SARIF stays valid with a finding placed on the workflows folder rather than on a file's line.
  expect(sarifErrors(JSON.parse((await runCli([...args, '--format', 'sarif'], { env })).stdout))).toBe('');
  return report.findings.filter((f) => f.ruleId === 'unused-secret');
}

describe('unused-secret from GitHub secret metadata', () => {
  it('notes the repository and environment secrets nothing references, not the organization one', async () => {
    const findings = await check({ 'deploy.yml': WORKFLOW });
    expect(findings.map((f) => [f.severity, f.message, f.location.file, f.location.line])).toEqual([
      [
        'note',
        'environment secret LEGACY_STRIPE_KEY of production is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
        '.github/workflows',
        1,
      ],
      [
        'note',
        'repository secret OLD_DEPLOY_TOKEN is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
        '.github/workflows',
        1,
      ],
    ]);
  });

  it('counts a toJSON(secrets) handover as using them all, and says which at the handover', async () => {
    const findings = await check({ 'deploy.yml': WORKFLOW, 'debug.yml': HANDOVER });
    expect(findings.map((f) => [f.message, f.location.file, f.location.line])).toEqual([
      [
        '2 secret(s) that no workflow references by name count as used only because toJSON(secrets) hands over every secret here: environment secret LEGACY_STRIPE_KEY of production, repository secret OLD_DEPLOY_TOKEN; pass secrets by name to find the ones nothing reads',
        '.github/workflows/debug.yml',
        10,
      ],
    ]);
  });
});
