// `org scan` and `org plan` against the loopback GitHub, one case each: rate limits waited out, reruns
// that keep what is written, empty repositories, unreadable secrets, hostile archives and redirects,
// a pagination link to another origin, a broken keybound.yml, the plan file, and usage errors.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { RepoArtifact, ShardInventory } from '../../src/org/types.js';
import { runCli } from '../cli/run.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type FakeRepo } from '../helpers/fake-github-org.js';
import { startFakeProvider } from '../helpers/fake-provider.js';
import { tar } from '../helpers/tar.js';
import { NOW, TOKEN } from './fixture.js';
import { orgArtifactErrors } from './validators.js';

const WORKFLOW =
  'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n        env:\n          T: ${{ secrets.DEPLOY_KEY }}\n';
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function github(
  repos: FakeRepo[],
  extra: Partial<FakeGitHubOptions> = {},
): Promise<{ gh: FakeGitHub; dir: string; env: Record<string, string> }> {
  const gh = await startFakeGitHub({ org: 'acme', repos, ...extra });
  const dir = mkdtempSync(join(tmpdir(), 'keybound-org-scan-'));
  closers.push(
    () => gh.close(),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  return { gh, dir, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url } };
}

const scan = (dir: string, env: Record<string, string>, extra: string[] = []) =>
  runCli(['org', 'scan', '--org', 'acme', '--shard', '1/1', '--output', 'out', '--now', NOW, ...extra], {
    cwd: dir,
    env,
  });

function inventory(dir: string): ShardInventory {
  return JSON.parse(readFileSync(join(dir, 'out/inventory.json'), 'utf8')) as ShardInventory;
}

function entry(dir: string, name: string) {
  const found = inventory(dir).repositories.find((r) => r.repository.fullName === `acme/${name}`);
  if (!found) throw new Error(`no entry for ${name}`);
  return found;
}

describe('org scan', () => {
  it('waits out a rate limit (403, x-ratelimit-remaining: 0) and retries the request', async () => {
    const { gh, dir, env } = await github([{ name: 'api', files: { '.github/workflows/a.yml': WORKFLOW } }], {
      rateLimitOnce: '/repos/acme/api/tarball',
    });
    const started = Date.now();
    const result = await scan(dir, env);
    expect(result.code, result.stderr).toBe(0);
    expect(gh.api.requests.filter((r) => r.path.startsWith('/repos/acme/api/tarball')).length).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(entry(dir, 'api').status).toBe('scanned');
  });

  it('keeps what an earlier run wrote and retries only what failed', async () => {
    const repos: FakeRepo[] = [
      { name: 'good', files: { '.github/workflows/a.yml': WORKFLOW } },
      { name: 'flaky', files: { '.github/workflows/a.yml': WORKFLOW }, codeloadStatus: 502 },
    ];
    const { gh, dir, env } = await github(repos);
    const first = await scan(dir, env);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('keybound: 1 repositories failed: rerun this shard; what is written is kept');
    expect(entry(dir, 'flaky')).toMatchObject({
      status: 'failed',
      reason: `the archive download from ${gh.codeload.url} answered HTTP 502`,
    });
    repos[1].codeloadStatus = undefined;
    const second = await scan(dir, env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('acme/good: scanned (kept from an earlier run): 1 keys');
    const fetched = (name: string) => gh.codeload.requests.filter((r) => r.path.startsWith(`/acme/${name}/`)).length;
    expect([fetched('good'), fetched('flaky')]).toEqual([1, 2]);
    expect(inventory(dir).repositories.map((r) => [r.repository.fullName, r.status])).toEqual([
      ['acme/flaky', 'scanned'],
      ['acme/good', 'scanned'],
    ]);
  });

  it('reads an archive padded past its end blocks (git archive pads its last record) to the end', async () => {
    const padded = gzipSync(
      Buffer.concat([tar([{ path: '.github/workflows/a.yml', content: WORKFLOW }]), Buffer.alloc(256 * 1024)]),
    );
    const { dir, env } = await github([{ name: 'api', tarball: padded }]);
    const result = await scan(dir, env);
    expect(result.code, result.stderr).toBe(0);
    expect(entry(dir, 'api')).toMatchObject({ status: 'scanned', summary: { keys: 1 } });
  });

  it('keeps its files well-formed when a committed password is a common word or the repository name', async () => {
    const files = {
      '.github/workflows/a.yml': WORKFLOW,
      '.env.production': 'DB_PASSWORD=false\nADMIN_PASSWORD=none\nAPI_PASSWORD=payments\n',
    };
    const { dir, env } = await github([{ name: 'payments', files }]);
    expect((await scan(dir, env)).code).toBe(0);
    const artifact = JSON.parse(readFileSync(join(dir, 'out/repos/payments.json'), 'utf8')) as RepoArtifact;
    expect(orgArtifactErrors(artifact)).toBe('');
    expect(orgArtifactErrors(inventory(dir))).toBe('');
    expect(artifact.repository).toMatchObject({ fullName: 'acme/payments', archived: false, fork: false });
    const passwords = artifact.report?.keys.filter((k) => k.name.endsWith('_PASSWORD')) ?? [];
    // `DB_PASSWORD=false` holds a boolean: configuration, no key (README, Committed credentials).
    expect(passwords.map((k) => [k.name, k.uses[0].environmentSource])).toEqual([
      ['ADMIN_PASSWORD', 'path'],
      ['API_PASSWORD', 'path'],
    ]);
  });

  it('skips an empty repository whose tarball answers 409', async () => {
    const { dir, env } = await github([{ name: 'void', empty: true, emptyStatus: 409 }]);
    expect((await scan(dir, env)).code).toBe(0);
    expect(entry(dir, 'void')).toMatchObject({ status: 'skipped', reason: 'empty: it has no commits' });
  });

  it('marks references unknown when the secrets cannot be read, and says which permission is missing', async () => {
    const { dir, env } = await github([
      { name: 'api', files: { '.github/workflows/a.yml': WORKFLOW }, secretsStatus: 403 },
    ]);
    const result = await scan(dir, env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'GitHub secret metadata of acme/api: could not read repository secrets (HTTP 403: the token needs the Secrets: read permission',
    );
    const api = entry(dir, 'api');
    expect(api.unreadSecrets).toEqual(['repository secrets']);
    expect(api.secretUses.map((u) => [u.name, u.scope])).toEqual([['DEPLOY_KEY', 'unknown']]);
  });

  it('does not follow links or paths out of the folder in an archive, and names them in the report', async () => {
    const entries = [
      { path: '.github/workflows/a.yml', content: WORKFLOW },
      { path: '.github/workflows/evil.yml', type: '2', linkname: '/etc/passwd' },
      { path: '../outside.yml', content: 'a: 1\n' },
    ];
    const { dir, env } = await github([{ name: 'api', entries }]);
    expect((await scan(dir, env)).code).toBe(0);
    const artifact = JSON.parse(readFileSync(join(dir, 'out/repos/api.json'), 'utf8')) as RepoArtifact;
    expect(artifact.report?.diagnostics).toEqual([
      { kind: 'skipped', file: '.github/workflows/evil.yml', message: 'a link; links are not followed' },
      { kind: 'skipped', file: '../outside.yml', message: 'a path outside the repository folder; not written' },
    ]);
  });

  it('refuses a tarball redirect to plain http off this machine, and sends it nothing', async () => {
    const { dir, env } = await github([
      { name: 'api', files: { 'a.yml': 'a: 1\n' }, location: 'http://codeload.example.com/acme/api.tar.gz' },
    ]);
    const result = await scan(dir, env);
    expect(result.code).toBe(2);
    expect(entry(dir, 'api')).toMatchObject({
      status: 'failed',
      reason: 'the tarball redirect points at a URL that is not https (or loopback http)',
    });
  });

  it('reports a repository whose keybound.yml is invalid as one that could not be scanned', async () => {
    const { dir, env } = await github([{ name: 'api', files: { 'keybound.yml': 'version: 1\nrulez: {}\n' } }]);
    const result = await scan(dir, env);
    expect(result.code).toBe(0);
    expect(entry(dir, 'api').status).toBe('error');
    expect(entry(dir, 'api').reason).toMatch(/^its keybound config cannot be used: keybound\.yml:2:1: /);
  });

  it('reads the repositories from --plan instead of listing them again', async () => {
    const { gh, dir, env } = await github([{ name: 'api', files: { 'a.yml': 'a: 1\n' } }]);
    const plan = await runCli(['org', 'plan', '--org', 'acme', '--output', 'plan.json'], { cwd: dir, env });
    expect(plan.code).toBe(0);
    const listed = gh.api.requests.length;
    expect((await scan(dir, env, ['--plan', 'plan.json'])).code).toBe(0);
    expect(gh.api.requests.slice(listed).some((r) => r.path.startsWith('/orgs/acme/repos'))).toBe(false);
    expect(entry(dir, 'api').status).toBe('scanned');
    const wrong = await runCli(
      ['org', 'scan', '--org', 'acme', '--shard', '1/2', '--output', 'o', '--plan', 'plan.json'],
      { cwd: dir, env },
    );
    expect(wrong.stderr).toBe('keybound: --plan plan.json is a plan of 1 shards of acme, not of 2 shards of acme\n');
  });
});

describe('org plan', () => {
  it('never sends the token after a Link to another origin', async () => {
    const elsewhere = await startFakeProvider(() => ({ status: 200, body: [] }));
    closers.push(() => elsewhere.close());
    const { dir, env } = await github([{ name: 'api' }], {
      foreignNextLink: `${elsewhere.url}/orgs/acme/repos?page=2`,
    });
    const result = await runCli(['org', 'plan', '--org', 'acme'], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `keybound: GitHub's answer pointed at another origin (${new URL(elsewhere.url).host}); not followed\n`,
    );
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('org usage errors', () => {
  it.each([
    [
      ['org', 'plan', '--org', 'acme'],
      {},
      'keybound: org plan needs a token in GITHUB_TOKEN (a GitHub App installation token or a PAT)\n',
    ],
    [['org', 'scan', '--org', 'acme', '--output', 'x'], { GITHUB_TOKEN: TOKEN }, 'keybound: org scan needs --shard\n'],
    [
      ['org', 'scan', '--org', 'ac/me', '--shard', '1/2', '--output', 'x'],
      {},
      'keybound: --org: "ac/me" is not a GitHub organization name\n',
    ],
    [
      ['org', 'plan', '--org', 'acme', '--shard', '1/2'],
      {},
      'keybound: org plan takes no --shard; see keybound org --help\n',
    ],
    [['org', 'merge'], {}, 'keybound: org merge needs the shard folders: keybound org merge DIR...\n'],
    [
      ['org', 'merge', '.', '--format', 'sarif'],
      {},
      'keybound: --format: "sarif" is not one of text, json, markdown, html\n',
    ],
    [['org', 'bogus'], {}, 'keybound: unknown org command "bogus"; expected one of: plan, scan, merge\n'],
  ])('%j', async (argv, env, stderr) => {
    const result = await runCli(argv, { env });
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });

  it('prints its help', async () => {
    const result = await runCli(['org', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('keybound org scan --org ORG --shard I/N --output DIR');
  });
});
