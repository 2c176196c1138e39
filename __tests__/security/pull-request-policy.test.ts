// SECURITY.md case 36: a pull request that edits keybound.yml to switch a rule off, adds a waiver until
// 9999-12-31 or an inline suppression does not change the verdict of its own check: the Action reads the
// policy at the base commit through a (local, OpenAPI-checked) fake of GitHub's contents API, and each
// change is a `policy-change` warning in the annotations and the summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runBundle, type BundleRun } from '../action/run-bundle.js';
import type { FakeProvider } from '../helpers/fake-provider.js';
import { startFakeContents } from '../helpers/github-contents.js';
import { tempRepo } from './support.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const TOKEN = 'gh' + 's_' + 'kbPullRequestReadTok3n0123456789abcd';

const ENV_FILE = 'DB_PASSWORD=Kq8vR2mZ5wLp9Tx4\n';
const BASE_FILES: Record<string, string> = {
  'keybound.yml': 'version: 1\n',
  '.env.production': ENV_FILE,
};
const PR_FILES: Record<string, string> = {
  'keybound.yml': [
    'version: 1',
    'rules:',
    '  plaintext-secret: { severity: off }',
    'exceptions:',
    '  - rule: plaintext-secret',
    '    until: 9999-12-31',
    '    reason: forever',
    '',
  ].join('\n'),
  '.env.production': `# keybound-ignore plaintext-secret: a test value\n${ENV_FILE}`,
};

/** The base commit's files, served by a fake of GitHub's contents API (closed after the test). */
async function fakeContents(files: Record<string, string>): Promise<FakeProvider> {
  const server = await startFakeContents('octo-org/payments', BASE, files);
  onTestFinished(() => server.close());
  return server;
}

function workspace(): string {
  const root = tempRepo(PR_FILES);
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git/HEAD'), `${HEAD}\n`);
  return root;
}

async function runPullRequest(apiUrl: string, token = TOKEN, event = 'pull_request'): Promise<BundleRun> {
  return runBundle({
    workspace: workspace(),
    event,
    payload:
      event === 'push' ? { after: HEAD } : { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } } },
    env: { GITHUB_API_URL: apiUrl },
    inputs: { 'github-token': token },
  });
}

const warnings = (run: BundleRun) =>
  run.view.commands.filter((c) => c.command === 'warning' && c.properties.title?.startsWith('keybound policy-change'));

describe("case 36: a pull request that weakens keybound.yml → its own check's verdict is the base policy's", () => {
  it('switching plaintext-secret off, a waiver until 9999-12-31 and a suppression: still fails, each change named', async () => {
    const github = await fakeContents(BASE_FILES);
    const run = await runPullRequest(github.url);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const errors = run.view.commands.filter(
      (c) => c.command === 'error' && c.properties.title?.includes('plaintext-secret'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].properties).toMatchObject({ file: '.env.production', line: '2' });
    expect(warnings(run).map((w) => [w.properties.file, w.properties.line, w.data])).toEqual([
      [
        '.env.production',
        '1',
        "this pull request adds an inline suppression of plaintext-secret; it does not apply to the pull request's own check",
      ],
      [
        'keybound.yml',
        '3',
        "this pull request changes rules.plaintext-secret.severity from error to off; its own check uses the base branch's policy, without the change",
      ],
      [
        'keybound.yml',
        '5',
        "this pull request adds an exception for plaintext-secret until 9999-12-31; its own check uses the base branch's policy, without the change",
      ],
    ]);
    expect(run.summary).toContain(
      `The policy of the base commit ${BASE.slice(0, 12)} decided this pull request's check; it changes 3 things in it`,
    );
    expect(run.summary).toContain('changes rules.plaintext-secret.severity from error to off');
    // Read-only, with the token, at the base commit, and nowhere else.
    expect(github.requests.length).toBeGreaterThan(0);
    for (const request of github.requests) {
      expect(request.method).toBe('GET');
      expect(request.headers.authorization).toBe(`token ${TOKEN}`);
      expect(new URL(request.path, 'http://x').searchParams.get('ref')).toBe(BASE);
    }
  });

  /** The plaintext-secret error on the committed password, if the policy that decided reports it. */
  const plaintext = (run: BundleRun) =>
    run.view.commands.filter((c) => c.command === 'error' && c.properties.title?.includes('plaintext-secret'));

  it('the same files on a push: the repository policy decides (the control)', async () => {
    const github = await fakeContents(BASE_FILES);
    const run = await runPullRequest(github.url, TOKEN, 'push');
    expect(plaintext(run)).toEqual([]);
    expect(warnings(run)).toEqual([]);
    expect(github.requests).toHaveLength(0);
  });

  it('with no github-token the base cannot be read: the pull request policy decides, and a warning says so', async () => {
    const github = await fakeContents(BASE_FILES);
    const run = await runPullRequest(github.url, '');
    expect(plaintext(run)).toEqual([]);
    expect(warnings(run).map((w) => w.data)).toEqual([
      "the base branch's policy could not be used (the github-token input is empty); this check used the pull request's own policy, which the pull request may have changed",
    ]);
    expect(github.requests).toHaveLength(0);
  });
});
