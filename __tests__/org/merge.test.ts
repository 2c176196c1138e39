// `org merge` over shard folders the scans wrote (in-process here; matrix.test.ts runs them as
// processes): smoke calls once per distinct organization secret with the verdict carried to every
// repository that uses it, the organization's listing missing or refused, shards given twice, from
// another plan, damaged or unfinished, a repository file gone, and each output format.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import type { OrgFinding, OrgKey, OrgReportHead, ShardInventory } from '../../src/org/types.js';
import { runCli } from '../cli/run.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github-org.js';
import { startFakeProvider, type FakeProvider } from '../helpers/fake-provider.js';
import { FIXTURE, NOW, TOKEN } from './fixture.js';
import { orgReportErrors } from './validators.js';

type OrgReport = OrgReportHead & { findings: OrgFinding[] };
const NPM_VALUE = 'npm_CanaryOrgToken0123456789abcdefghijAB';

let gh: FakeGitHub;
let npm: FakeProvider;
let work: string;
let env: Record<string, string>;

beforeAll(async () => {
  gh = await startFakeGitHub(FIXTURE);
  npm = await startFakeProvider(() => ({ status: 401, body: { error: 'Unauthorized' } }));
  work = mkdtempSync(join(tmpdir(), 'keybound-org-merge-'));
  env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url };
  for (const shard of ['1/2', '2/2']) {
    const out = `shards/shard-${shard[0]}`;
    const result = await runCli(['org', 'scan', '--org', 'acme', '--shard', shard, '--output', out, '--now', NOW], {
      cwd: work,
      env,
    });
    expect(result.code, result.stderr).toBe(0);
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([gh?.close(), npm?.close()]);
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the shard folders to damage. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-org-copy-'));
  cpSync(join(work, 'shards'), join(dir, 'shards'), { recursive: true });
  return dir;
}

function key(report: OrgReport, name: string): OrgKey {
  const found = report.keys.find((k) => k.name === name);
  if (!found) throw new Error(`no key ${name}`);
  return found;
}

describe('org merge --smoke', () => {
  it('calls the provider once per distinct organization secret and carries the verdict to every use', async () => {
    writeFileSync(
      join(work, 'values.json'),
      JSON.stringify({ NPM_TOKEN: NPM_VALUE, DEPLOY_KEY: 'not-an-org-secret-value' }),
    );
    const result = await runCli(
      [
        'org',
        'merge',
        'shards',
        '--smoke',
        '--secrets-json',
        'values.json',
        '--endpoint',
        `npm=${npm.url}`,
        '--output',
        'smoked',
        '--format',
        'json',
        '--now',
        NOW,
      ],
      { cwd: work, env },
    );
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as OrgReport;
    expect(orgReportErrors(report)).toBe('');
    expect(npm.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
      ['GET', '/-/whoami', `Bearer ${NPM_VALUE}`],
    ]);
    expect(key(report, 'NPM_TOKEN').smoke).toMatchObject({ status: 'invalid', reason: 'revoked' });
    expect(key(report, 'NPM_TOKEN').provider).toBe('npm');
    // A value given for a repository secret's name is never matched to it.
    expect(report.keys.find((k) => k.name === 'DEPLOY_KEY')?.smoke).toBeUndefined();
    expect(report.summary.smoke).toMatchObject({ invalid: 1, skipped: 2 });
    const association = report.findings.filter((f) => f.ruleId === 'key-user-association');
    expect(
      association.map((f) => [
        f.repository,
        f.severity,
        `${f.location?.file}:${f.location?.line}:${f.location?.column}`,
        f.message,
      ]),
    ).toEqual([
      [
        'acme/api',
        'error',
        '.github/workflows/deploy.yml:10:32',
        'NPM_TOKEN was revoked at npm; issue a new key and update the secret',
      ],
      [
        'acme/fork-tool',
        'error',
        '.github/workflows/publish.yml:9:32',
        'NPM_TOKEN was revoked at npm; issue a new key and update the secret',
      ],
    ]);
    const sarif = readFileSync(join(work, 'smoked/sarif/fork-tool.sarif'), 'utf8');
    expect(sarif).toContain('NPM_TOKEN was revoked at npm');
    // The values are in nothing written or printed.
    const forms = [...secretForms(NPM_VALUE), ...secretForms('not-an-org-secret-value')];
    const texts = [
      result.stdout,
      result.stderr,
      ...readdirSync(join(work, 'smoked'), { recursive: true, encoding: 'utf8' })
        .map((f) => join(work, 'smoked', f))
        .filter((f) => statSync(f).isFile())
        .map((f) => readFileSync(f, 'utf8')),
    ];
    for (const text of texts) for (const form of forms) expect(text.includes(form)).toBe(false);
  });

  it('reads the values of organization secrets from the environment with --secrets-env', async () => {
    const before = npm.requests.length;
    const result = await runCli(
      [
        'org',
        'merge',
        'shards',
        '--smoke',
        '--secrets-env',
        '--endpoint',
        `npm=${npm.url}`,
        '--format',
        'json',
        '--now',
        NOW,
      ],
      { cwd: work, env: { ...env, NPM_TOKEN: NPM_VALUE, HOME: '/root' } },
    );
    const report = JSON.parse(result.stdout) as OrgReport;
    expect(npm.requests.length - before).toBe(1);
    expect(key(report, 'NPM_TOKEN').smoke?.status).toBe('invalid');
    // Only the organization secrets' names are read: other variables are neither values nor redacted.
    expect(result.stdout).not.toContain('[redacted]');
  });
});

describe('org merge: what it knows without the organization listing', () => {
  it('without GITHUB_TOKEN, knows organization secrets from the repositories that can use them', async () => {
    const result = await runCli(['org', 'merge', 'shards', '--format', 'json', '--now', NOW], { cwd: work });
    const report = JSON.parse(result.stdout) as OrgReport;
    expect(report.organizationSecrets).toEqual({
      read: false,
      note: 'no GITHUB_TOKEN was given: organization secrets are known from the repositories that can use them; visibility and secrets shared with no repository are not',
    });
    expect(key(report, 'SLACK_WEBHOOK')).toMatchObject({
      usage: 'unused',
      visibleTo: 1,
      updatedAt: '2026-10-10T10:00:00Z',
    });
    expect(key(report, 'UNUSED_ORG')).toMatchObject({ usage: 'unused', visibleTo: 11 });
    expect(key(report, 'UNUSED_ORG').visibility).toBeUndefined();
  });

  it('when the listing is refused, says which permission it needs', async () => {
    const refusing = await startFakeGitHub({ ...FIXTURE, orgSecretsStatus: 403 });
    try {
      const result = await runCli(['org', 'merge', 'shards', '--format', 'json', '--now', NOW], {
        cwd: work,
        env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: refusing.url },
      });
      const report = JSON.parse(result.stdout) as OrgReport;
      expect(report.organizationSecrets.note).toBe(
        "the organization's secrets could not be listed (HTTP 403; a GitHub App needs the organization permission Secrets: read): organization secrets are known from the repositories that can use them; visibility and secrets shared with no repository are not",
      );
    } finally {
      await refusing.close();
    }
  });
});

describe('org merge: damaged or unexpected shard folders', () => {
  it('uses the later of a shard given twice, and says so', async () => {
    const dir = copy();
    cpSync(join(dir, 'shards/shard-1'), join(dir, 'again'), { recursive: true });
    const result = await runCli(['org', 'merge', 'shards', 'again', '--format', 'json', '--now', NOW], { cwd: dir });
    const report = JSON.parse(result.stdout) as OrgReport;
    expect(report.notices).toEqual([
      'shard 1/2 was given twice (' +
        join(dir, 'shards/shard-1') +
        ', ' +
        join(dir, 'again') +
        '); the later run (' +
        join(dir, 'shards/shard-1') +
        ') is used',
    ]);
    expect(report.summary.repositories.total).toBe(14);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses shards of another plan', async () => {
    const dir = copy();
    const file = join(dir, 'shards/shard-2/inventory.json');
    const inventory = JSON.parse(readFileSync(file, 'utf8')) as ShardInventory;
    writeFileSync(file, JSON.stringify({ ...inventory, shards: 3 }));
    const result = await runCli(['org', 'merge', 'shards', '--now', NOW], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `keybound: ${join(dir, 'shards/shard-2')} holds shard 2/3 of acme, but ${join(dir, 'shards/shard-1')} one of 2 shards of acme: merge the shards of one plan\n`,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('names a truncated inventory without quoting it', async () => {
    const dir = copy();
    writeFileSync(
      join(dir, 'shards/shard-1/inventory.json'),
      '{"schemaVersion":"keybound/org-shard/v1","org":"SECRET-LOOKING',
    );
    const result = await runCli(['org', 'merge', 'shards', '--now', NOW], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'keybound: shards/shard-1/inventory.json is not valid JSON (a truncated upload?)\n',
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('names an inventory that is not one, by where it breaks the schema', async () => {
    const dir = copy();
    const file = join(dir, 'shards/shard-1/inventory.json');
    const inventory = JSON.parse(readFileSync(file, 'utf8')) as ShardInventory;
    writeFileSync(
      file,
      JSON.stringify({ ...inventory, repositories: [{ ...inventory.repositories[0], file: '../../etc/passwd' }] }),
    );
    const result = await runCli(['org', 'merge', 'shards', '--now', NOW], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'keybound: shards/shard-1/inventory.json is not a keybound/org-shard/v1 inventory (at /repositories/0/file: must match pattern "^repos/[A-Za-z0-9._-]+\\.json$"); was it written by another version of keybound?\n',
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a scanned repository whose file is gone as failed, exits 2, and merges the rest', async () => {
    const dir = copy();
    const shard = readdirSync(join(dir, 'shards')).find((s) =>
      readdirSync(join(dir, 'shards', s, 'repos')).includes('api.json'),
    );
    rmSync(join(dir, 'shards', shard as string, 'repos/api.json'));
    mkdtempSync(join(dir, 'shards/unfinished-'));
    const result = await runCli(['org', 'merge', 'shards', '--format', 'json', '--now', NOW], { cwd: dir });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as OrgReport;
    expect(report.verdict).toBe('incomplete');
    expect(report.repositories.find((r) => r.fullName === 'acme/api')).toMatchObject({ status: 'failed' });
    expect(result.stderr).toContain(
      `keybound: incomplete: acme/api (shard ${shard?.slice(-1)}/2) failed: its scan result is unusable: shards/${shard}/repos/api.json could not be read (ENOENT)\n`,
    );
    expect(report.notices[0]).toMatch(
      /^shards\/unfinished-\w+: no inventory\.json, so not a finished shard; left out$/,
    );
    // OLD_UNUSED belonged to api: with api unread, nothing is said about its secrets.
    expect(report.keys.some((k) => k.name === 'OLD_UNUSED')).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says when no shard was given at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keybound-org-none-'));
    const result = await runCli(['org', 'merge', '.'], { cwd: dir });
    expect(result.stderr).toBe('keybound: no shard inventory (inventory.json) was found in the folders given\n');
    expect(result.code).toBe(2);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('org merge output formats', () => {
  it.each([
    ['markdown', '## keybound organisation audit of acme: ❌ fail'],
    ['html', '<title>keybound organisation audit: acme</title>'],
    ['text', 'keybound org audit of acme: fail (evaluated 2026-11-01, fail-on error)'],
  ])('--format %s', async (format, first) => {
    const result = await runCli(['org', 'merge', 'shards', '--format', format, '--now', NOW], { cwd: work, env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(first);
  });

  it('--fail-on never exits 0 on a complete audit', async () => {
    const result = await runCli(['org', 'merge', 'shards', '--fail-on', 'never', '--now', NOW], { cwd: work, env });
    expect(result.code).toBe(0);
  });
});
