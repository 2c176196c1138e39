// The organisation audit end to end against a loopback GitHub (helpers/fake-github-org.ts, every answer
// checked against GitHub's API description): `org plan`, then four `org scan` PROCESSES in parallel as a
// matrix runs them, then `org merge`. The inventory, the unused secrets and each repository's findings
// are checked exactly; a missing shard is named and exits 2; no token reaches the codeload host and no
// secret value is in any artifact or report.

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { shardOf } from '../../src/org/shard.js';
import { runCli } from '../cli/run.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github-org.js';
import { sarifErrors } from '../report/validators.js';
import { bundleCli } from './bundle.js';
import { CANARY, FIXTURE, NOW, TOKEN } from './fixture.js';
import { orgArtifactErrors, orgReportErrors } from './validators.js';
import type { OrgFinding, OrgKey, OrgReportHead, RepoEntry } from '../../src/org/types.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(entry: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file below `dir`, with its text. */
function allFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const SHARDS = 4;

/** The key of the merged report that `test` picks; the test fails if there is none. */
function keyWhere(test: (key: OrgKey) => boolean): OrgKey {
  const key = report.keys.find(test);
  if (!key) throw new Error('no such key in the report');
  return key;
}
let gh: FakeGitHub;
let work: string;
let entry: string;
let plan: Run;
let scans: Run[];
let merge: Run;
type OrgReport = OrgReportHead & { findings: OrgFinding[] };
let report: OrgReport;
let env: Record<string, string>;

beforeAll(async () => {
  gh = await startFakeGitHub(FIXTURE);
  work = mkdtempSync(join(tmpdir(), 'keybound-org-matrix-'));
  env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url };
  entry = await bundleCli();
  plan = await run(
    entry,
    ['org', 'plan', '--org', 'acme', '--shards', String(SHARDS), '--output', 'plan.json'],
    work,
    env,
  );
  // The matrix: one process per shard, all at once, each writing its own artifact folder.
  scans = await Promise.all(
    Array.from({ length: SHARDS }, (_, i) =>
      run(
        entry,
        [
          'org',
          'scan',
          '--org',
          'acme',
          '--shard',
          `${i + 1}/${SHARDS}`,
          '--output',
          `shards/shard-${i + 1}`,
          '--now',
          NOW,
        ],
        work,
        env,
      ),
    ),
  );
  merge = await run(entry, ['org', 'merge', 'shards', '--output', 'out', '--now', NOW], work, env);
  report = JSON.parse(readFileSync(join(work, 'out/org-report.json'), 'utf8'));
}, 120_000);

afterAll(async () => {
  await gh?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('org plan', () => {
  it('prints the matrix of every page of the listing, each repository in its stable shard', () => {
    expect(plan.code).toBe(0);
    const matrix = JSON.parse(plan.stdout) as { include: { shard: string; repos: string[] }[] };
    expect(matrix.include.map((e) => e.shard)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const listed = matrix.include.flatMap((e) => e.repos).sort();
    expect(listed).toEqual(FIXTURE.repos.map((r) => `acme/${r.name}`).sort());
    for (const { shard, repos } of matrix.include)
      for (const repo of repos) expect(`${shardOf(repo, SHARDS)}/4`, repo).toBe(shard);
    // 14 repositories at 5 a page: three pages, followed through their Link headers.
    expect(gh.api.requests.filter((r) => r.path.startsWith('/orgs/acme/repos')).length).toBeGreaterThanOrEqual(3);
  });

  it('reports archived, empty and forked repositories, and writes a plan that validates', () => {
    expect(plan.stderr).toContain('14 repositories of acme in 4 shards; 1 archived and 0 disabled');
    expect(plan.stderr).toContain('1 look empty');
    expect(plan.stderr).toContain('1 forks');
    const written = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8'));
    expect(orgArtifactErrors(written)).toBe('');
    expect(written.repositories.find((r: { fullName: string }) => r.fullName === 'acme/legacy')).toMatchObject({
      archived: true,
    });
  });
});

describe('four org scan processes in parallel', () => {
  it('each exits 0 and writes an inventory and one file per scanned repository that validate', () => {
    for (const [i, scan] of scans.entries()) {
      expect(scan.code, scan.stderr).toBe(0);
      const inventory = JSON.parse(readFileSync(join(work, `shards/shard-${i + 1}/inventory.json`), 'utf8'));
      expect(orgArtifactErrors(inventory)).toBe('');
      expect(inventory.shard).toBe(i + 1);
      for (const repo of inventory.repositories) {
        expect(shardOf(repo.repository.fullName, SHARDS)).toBe(i + 1);
        if (repo.status !== 'scanned') continue;
        const artifact = JSON.parse(readFileSync(join(work, `shards/shard-${i + 1}`, repo.file), 'utf8'));
        expect(orgArtifactErrors(artifact), repo.file).toBe('');
      }
    }
    expect(gh.violations).toEqual([]);
  });

  it('never sends a token to the codeload host; the API gets it only in Authorization', () => {
    expect(gh.codeload.requests.length).toBe(12);
    for (const request of gh.codeload.requests) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.cookie).toBeUndefined();
      expect(JSON.stringify(request.headers)).not.toContain(TOKEN);
    }
    for (const request of gh.api.requests) {
      expect(request.headers.authorization).toBe(`token ${TOKEN}`);
      expect(request.path).not.toContain(TOKEN);
    }
  });

  it('marks each repository scanned, skipped (archived, empty) with the reason', () => {
    const entries: RepoEntry[] = [1, 2, 3, 4].flatMap(
      (i) => JSON.parse(readFileSync(join(work, `shards/shard-${i}/inventory.json`), 'utf8')).repositories,
    );
    const status = Object.fromEntries(entries.map((e: RepoEntry) => [e.repository.fullName, [e.status, e.reason]]));
    expect(status['acme/legacy']).toEqual(['skipped', 'archived: its workflows cannot run']);
    expect(status['acme/empty']).toEqual(['skipped', 'empty: it has no commits']);
    expect(status['acme/fork-tool']).toEqual(['scanned', undefined]);
    expect(entries.filter((e: RepoEntry) => e.status === 'scanned')).toHaveLength(12);
  });
});

describe('org merge of the four shards', () => {
  it('validates, and exits 1 for the errors it found', () => {
    expect(merge.code, merge.stderr).toBe(1);
    expect(orgReportErrors(report)).toBe('');
    expect(report.verdict).toBe('fail');
    expect(report.shards).toEqual({ count: 4, merged: [1, 2, 3, 4], missing: [] });
    expect(report.summary.repositories).toEqual({ total: 14, scanned: 12, skipped: 2, error: 0, failed: 0 });
    expect(report.organizationSecrets).toEqual({ read: true });
  });

  it.each([
    // name, scope, repository, environment, usage, repositories using it
    ['NPM_TOKEN', 'organization', undefined, undefined, 'referenced', ['acme/api', 'acme/fork-tool']],
    ['SLACK_WEBHOOK', 'organization', undefined, undefined, 'unused', []],
    ['UNUSED_ORG', 'organization', undefined, undefined, 'unused', []],
    ['DEPLOY_KEY', 'repository', 'acme/api', undefined, 'referenced', ['acme/api']],
    ['OLD_UNUSED', 'repository', 'acme/api', undefined, 'unused', []],
    ['WEB_ONLY', 'repository', 'acme/web', undefined, 'handed-over', []],
    ['PROD_UNUSED', 'environment', 'acme/api', 'production', 'unused', []],
    ['STRIPE_SECRET_KEY', 'environment', 'acme/api', 'production', 'referenced', ['acme/api']],
    ['MISSING_ONE', 'unresolved', 'acme/api', undefined, 'referenced', ['acme/api']],
  ])('inventory: %s is a %s secret (%s %s), %s by %j', (name, scope, repository, environment, usage, users) => {
    const key = keyWhere((k) => k.name === name && k.scope === scope);
    expect(key.repository).toBe(repository);
    expect(key.environment).toBe(environment);
    expect(key.usage).toBe(usage);
    expect(key.repositories.map((r) => r.repository)).toEqual(users);
  });

  it('lists the inventory with nothing else: 9 keys, GITHUB_TOKEN never one', () => {
    expect(report.keys).toHaveLength(9);
    expect(report.keys.some((k: OrgKey) => k.name === 'GITHUB_TOKEN')).toBe(false);
  });

  it('carries the workflow, job and environment of every use', () => {
    const npm = keyWhere((k) => k.name === 'NPM_TOKEN');
    expect(npm.repositories[0].uses).toEqual([
      { file: '.github/workflows/deploy.yml', line: 10, column: 32, job: 'build', environments: ['unknown'] },
    ]);
    const stripe = keyWhere((k) => k.name === 'STRIPE_SECRET_KEY' && k.scope === 'environment');
    expect(stripe.repositories[0].uses).toEqual([
      { file: '.github/workflows/deploy.yml', line: 20, column: 34, job: 'release', environments: ['production'] },
    ]);
    expect(keyWhere((k) => k.name === 'WEB_ONLY').handedOverBy).toEqual([
      { repository: 'acme/web', file: '.github/workflows/all.yml', line: 7, form: 'toJSON(secrets)' },
    ]);
  });

  it('keeps the organization secrets metadata: dates, visibility, selected repositories, reach', () => {
    expect(keyWhere((k) => k.name === 'SLACK_WEBHOOK')).toMatchObject({
      createdAt: '2025-05-01T10:00:00Z',
      updatedAt: '2026-10-10T10:00:00Z',
      ageDays: 22,
      visibility: 'selected',
      selectedRepositories: ['acme/api'],
      visibleTo: 1,
    });
    // all: every repository but the archived one; private: private and internal ones (web is public).
    expect(keyWhere((k) => k.name === 'NPM_TOKEN')).toMatchObject({ visibility: 'all', visibleTo: 13 });
    expect(keyWhere((k) => k.name === 'UNUSED_ORG')).toMatchObject({
      visibility: 'private',
      visibleTo: 12,
    });
  });

  it('reports every finding with its repository, and the unused secrets', () => {
    const rows = report.findings.map((f: OrgFinding) => [
      f.repository ?? '-',
      f.ruleId,
      f.severity,
      f.key ?? '-',
      f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : '-',
    ]);
    expect(rows).toEqual([
      ['acme/api', 'rotation-age', 'error', 'NPM_TOKEN', '.github/workflows/deploy.yml:10:32'],
      ['acme/api', 'rotation-age', 'error', 'STRIPE_SECRET_KEY', '.github/workflows/deploy.yml:20:34'],
      ['acme/api', 'plaintext-secret', 'error', 'STRIPE_SECRET_KEY', 'deploy/.env.production:1:1'],
      ['acme/api', 'rotation-age', 'note', 'MISSING_ONE', '.github/workflows/deploy.yml:12:24'],
      ['acme/api', 'unused-secret', 'note', 'OLD_UNUSED', '.github/workflows:1:1'],
      ['acme/api', 'unused-secret', 'note', 'PROD_UNUSED', '.github/workflows:1:1'],
      ['acme/fork-tool', 'rotation-age', 'error', 'NPM_TOKEN', '.github/workflows/publish.yml:9:32'],
      ['acme/web', 'secrets-overexposed', 'warning', '-', '.github/workflows/all.yml:7:24'],
      ['-', 'unused-secret', 'note', 'SLACK_WEBHOOK', '-'],
      ['-', 'unused-secret', 'note', 'UNUSED_ORG', '-'],
    ]);
    expect(report.summary).toMatchObject({ error: 4, warning: 1, note: 5, unused: 4, keys: 9 });
    const unused = report.findings
      .filter((f: OrgFinding) => f.ruleId === 'unused-secret')
      .map((f: OrgFinding) => f.message);
    expect(unused).toEqual([
      'OLD_UNUSED is a repository secret of acme/api that no workflow of it references; delete it if nothing else reads it',
      'PROD_UNUSED is a secret of the production environment of acme/api that no job in that environment references; delete it if nothing else reads it',
      'SLACK_WEBHOOK is an organization secret that no workflow of the 1 repository that can use it references; delete it, or narrow who may use it',
      'UNUSED_ORG is an organization secret that no workflow of the 12 repositories that can use it references; delete it, or narrow who may use it',
    ]);
  });

  it('writes one SARIF file per scanned repository, valid SARIF 2.1.0, with its own and the organisation findings', () => {
    const files = readdirSync(join(work, 'out/sarif')).sort();
    expect(files).toHaveLength(12);
    const api = JSON.parse(readFileSync(join(work, 'out/sarif/api.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; properties: { key?: string } }[] }[];
    };
    expect(sarifErrors(api)).toBe('');
    expect(api.runs[0].results.map((r) => `${r.ruleId}:${r.properties.key ?? ''}`)).toEqual([
      'rotation-age:NPM_TOKEN',
      'rotation-age:STRIPE_SECRET_KEY',
      'plaintext-secret:STRIPE_SECRET_KEY',
      'rotation-age:MISSING_ONE',
      'unused-secret:OLD_UNUSED',
      'unused-secret:PROD_UNUSED',
    ]);
    expect(report.repositories.find((r) => r.fullName === 'acme/api')).toMatchObject({
      sarif: 'sarif/api.sarif',
      error: 3,
      warning: 0,
      note: 3,
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
  });

  it('writes the Markdown summary with the keys table and the age chart', () => {
    const markdown = readFileSync(join(work, 'out/org-summary.md'), 'utf8');
    expect(markdown).toContain('## keybound organisation audit of acme: ❌ fail');
    expect(markdown).toContain(
      '| <code>NPM\\_TOKEN</code> | organization (all) | 2: acme/api, acme/fork-tool | 610 days | not called | referenced |',
    );
    expect(markdown).toContain('  bar [1, 2, 0, 1, 0, 4]');
    expect(merge.stdout).toContain('keybound org audit of acme: fail');
  });

  it('writes the HTML page: self-contained, under a policy that allows only its own style and script', () => {
    const html = readFileSync(join(work, 'out/org-report.html'), 'utf8');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; img-src 'none'; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|https?:\/\//);
    expect(html).toContain('<tr><td><code>NPM_TOKEN</code></td>');
  });

  it('leaves no secret value, token or codeload URL token in any artifact, report or log', () => {
    const forbidden = [...secretForms(CANARY), TOKEN, 'codeload-api-shortlived'];
    const texts = [
      ...allFiles(work),
      ...[plan, merge, ...scans].map((r, i) => ({ path: `run ${i}`, text: r.stdout + r.stderr })),
    ];
    expect(texts.length).toBeGreaterThan(30);
    for (const { path, text } of texts)
      for (const form of forbidden) expect(text.includes(form), `${path} holds ${form.slice(0, 8)}…`).toBe(false);
    // The committed credential was seen (its finding is there), only never written.
    expect(report.findings.some((f: OrgFinding) => f.ruleId === 'plaintext-secret')).toBe(true);
  });
});

describe('org merge with a shard missing', () => {
  it('names the missing shard, exits 2, and does not call secrets unused that it may reach', async () => {
    const webShard = shardOf('acme/web', SHARDS);
    const partial = mkdtempSync(join(tmpdir(), 'keybound-org-partial-'));
    for (let i = 1; i <= SHARDS; i++)
      if (i !== webShard) cpSync(join(work, `shards/shard-${i}`), join(partial, `shard-${i}`), { recursive: true });
    const result = await runCli(['org', 'merge', partial, '--format', 'json', '--now', NOW], { cwd: partial });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `keybound: incomplete: shard ${webShard}/4 missing: no inventory was given for it (rerun the failed matrix jobs)`,
    );
    const partialReport = JSON.parse(result.stdout);
    expect(orgReportErrors(partialReport)).toBe('');
    expect(partialReport.verdict).toBe('incomplete');
    expect(partialReport.shards.missing).toEqual([webShard]);
    expect(partialReport.keys.some((k: OrgKey) => k.name === 'WEB_ONLY')).toBe(false);
    // Without the organization's listing (no token), UNUSED_ORG is known from the repositories read,
    // and repositories of the missing shard might use it.
    expect(partialReport.organizationSecrets.read).toBe(false);
    expect(partialReport.keys.find((k: OrgKey) => k.name === 'UNUSED_ORG').usage).toBe('undetermined');
    rmSync(partial, { recursive: true, force: true });
  });
});
