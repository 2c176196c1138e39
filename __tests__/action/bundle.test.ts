// The committed Action bundle, run as the runner runs it (see run-bundle.ts). CI runs the tests before it
// rebuilds dist/, so this checks what is committed; `npm run build` keeps it in step with src/.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { json, startFakeProvider, type FakeProvider } from '../helpers/fake-provider.js';
import { ISSUE_CAP, type ParsedCommand } from '../helpers/workflow-commands.js';
import { startFakeContents } from '../helpers/github-contents.js';
import { reportErrors, sarifErrors } from '../report/validators.js';
import { runBundle, type BundleRun } from './run-bundle.js';

// NOTE: made-up value, concatenated so that secret scanners do not flag this file.
const SLACK_TOKEN = 'xoxb-' + '2718281828-3141592653-' + 'kbCanaryNotReal7Qz9Wx';

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'keybound-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const RELEASE_WORKFLOW = `name: Release
on:
  push:
    tags: ['v*']
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./deploy.sh
        env:
          SLACK_BOT_TOKEN: \${{ secrets.SLACK_BOT_TOKEN }}
`;

function releaseRepo(): string {
  return workspace({
    '.github/workflows/release.yml': RELEASE_WORKFLOW,
    'keybound.yml': `version: 1\nkeys:\n  SLACK_BOT_TOKEN:\n    provider: slack\n    principal-kind: service\n    rotated: ${daysAgo(21)}\n`,
  });
}

const annotations = (run: BundleRun, type: string): ParsedCommand[] =>
  run.view.commands.filter((c) => c.command === type);

describe('the Action bundle on a release job whose Slack user is deactivated', () => {
  let slack: FakeProvider;
  let run: BundleRun;
  let root: string;

  beforeAll(async () => {
    slack = await startFakeProvider(() => json(200, { ok: false, error: 'account_inactive' }));
    root = releaseRepo();
    run = await runBundle({
      workspace: root,
      event: 'push',
      inputs: {
        mode: 'gate',
        environment: 'production',
        smoke: 'true',
        secrets: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }, null, 2),
        endpoints: `slack=${slack.url}`,
        'fail-on': 'error',
        'sarif-file': 'reports/keybound.sarif',
        'json-file': 'reports/keybound.json',
      },
    });
  });
  afterAll(() => slack.close());

  it('fails the step with exit code 1 and a setFailed error saying why', () => {
    expect(run.code).toBe(1);
    const failed = annotations(run, 'error').filter((c) => c.properties.file === undefined);
    expect(failed).toHaveLength(1);
    expect(failed[0].data).toMatch(/^keybound: verdict fail: 1 error at or above fail-on error/);
  });

  it('called Slack once and sets the outputs', () => {
    expect(slack.requests).toHaveLength(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      errors: '1',
      warnings: '0',
      notes: '0',
      'sarif-file': 'reports/keybound.sarif',
      'json-file': 'reports/keybound.json',
    });
  });

  it('annotates the exact line and column of the use', () => {
    const found = annotations(run, 'error').filter((c) => c.properties.file !== undefined);
    expect(found).toHaveLength(1);
    expect(found[0].properties).toMatchObject({
      file: '.github/workflows/release.yml',
      line: '14',
      col: '32',
      title: 'keybound key-user-association (SLACK_BOT_TOKEN)',
    });
    expect(found[0].data).toContain('deactivated');
  });

  it('writes a summary that names the key and its smoke result', () => {
    expect(run.summary).toContain('## keybound: ❌ fail');
    expect(run.summary).toContain('<code>SLACK\\_BOT\\_TOKEN</code>');
    expect(run.summary).toContain('invalid (user-inactive)');
    expect(run.summary).toContain('```mermaid\nxychart-beta');
  });

  it('writes a valid SARIF file and a valid JSON report', () => {
    const sarif = JSON.parse(readFileSync(join(root, 'reports/keybound.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toBe('');
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'key-user-association',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: '.github/workflows/release.yml' },
            region: { startLine: 14, startColumn: 32 },
          },
        },
      ],
    });
    const report = JSON.parse(readFileSync(join(root, 'reports/keybound.json'), 'utf8'));
    expect(reportErrors(report)).toBe('');
    expect(report.verdict).toBe('fail');
  });

  it('registers the token with add-mask before printing anything else', () => {
    const lines = run.stdout.split('\n');
    const firstOther = lines.findIndex((line) => line !== '' && !line.startsWith('::add-mask::'));
    const maskLine = lines.indexOf(`::add-mask::${SLACK_TOKEN}`);
    expect(lines[0].startsWith('::add-mask::')).toBe(true);
    expect(maskLine).toBeGreaterThanOrEqual(0);
    expect(maskLine).toBeLessThan(firstOther);
  });

  it('shows the token, or any encoding of it, nowhere', () => {
    // The add-mask commands are the runner's input, never shown; everything else is searched.
    const stdout = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const outputs = {
      stdout,
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      sarif: readFileSync(join(root, 'reports/keybound.sarif'), 'utf8'),
      json: readFileSync(join(root, 'reports/keybound.json'), 'utf8'),
    };
    const forms = secretForms(SLACK_TOKEN);
    expect(forms.length).toBeGreaterThan(10);
    for (const [where, text] of Object.entries(outputs)) {
      for (const form of forms) expect(text.includes(form), `${where} holds a form of the token: ${form}`).toBe(false);
    }
  });
});

describe('the Action bundle on a pull request with 30 findings', () => {
  let run: BundleRun;
  let root: string;
  let github: FakeProvider;

  beforeAll(async () => {
    const env: string[] = [];
    const keys: string[] = [];
    for (let i = 0; i < 30; i++) {
      const name = `SERVICE_KEY_${String(i).padStart(2, '0')}`;
      env.push(`          ${name}: \${{ secrets.${name} }}`);
      // 12 past the limit (errors), 12 past the warning age (warnings), 6 without a date (notes).
      if (i < 24) keys.push(`  ${name}:`, `    rotated: ${daysAgo(i < 12 ? 200 : 80)}`);
    }
    root = workspace({
      'services/api/.github/workflows/deploy.yml': [
        'name: Deploy',
        'on: push',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    environment: production',
        '    steps:',
        '      - run: ./deploy.sh',
        '        env:',
        ...env,
        '',
      ].join('\n'),
      'services/api/keybound.yml': [
        'version: 1',
        'extends: []',
        'rules:',
        '  rotation-age: { severity: error, max-age-days: 90, warn-age-days: 75 }',
        'keys:',
        ...keys,
        '',
      ].join('\n'),
    });
    // The base commit holds the same policy: the pull request changes nothing in it.
    const base = 'a'.repeat(40);
    github = await startFakeContents('octo-org/payments', base, {
      'services/api/keybound.yml': readFileSync(join(root, 'services/api/keybound.yml'), 'utf8'),
    });
    run = await runBundle({
      workspace: root,
      event: 'pull_request',
      payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: 'b'.repeat(40) } } },
      env: { GITHUB_API_URL: github.url },
      inputs: {
        path: 'services/api',
        'sarif-file': 'keybound.sarif',
        'json-file': 'keybound.json',
        'github-token': 'gh' + 's_kbBundleTestTok3n0123456789abcdefgh',
      },
    });
  });
  afterAll(() => github.close());

  it('counts all 30 in the outputs and fails on the errors', () => {
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '12', warnings: '12', notes: '6' });
  });

  it('lists all 30 in the summary, the SARIF file and the JSON report', () => {
    expect(run.summary).toContain('### Findings (30)');
    const rows = run.summary.split('\n').filter((line) => /^\| (🔴 error|🟠 warning|🔵 note) \|/u.test(line));
    expect(rows).toHaveLength(30);
    for (let i = 0; i < 30; i++) expect(run.summary).toContain(`SERVICE\\_KEY\\_${String(i).padStart(2, '0')}`);
    const sarif = JSON.parse(readFileSync(join(root, 'keybound.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toBe('');
    expect(sarif.runs[0].results).toHaveLength(30);
    // Paths are from the repository root, where code scanning and annotations resolve them.
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'services/api/.github/workflows/deploy.yml',
    );
    const report = JSON.parse(readFileSync(join(root, 'keybound.json'), 'utf8'));
    expect(report.findings).toHaveLength(30);
  });

  it('annotates no more than the runner shows, most severe first, and counts the rest in a closing notice', () => {
    const { view } = run;
    for (const type of ['error', 'warning', 'notice'] as const)
      expect(view.counts[type]).toBeLessThanOrEqual(ISSUE_CAP);
    const shown = view.shown.filter((c) => c.properties.file !== undefined);
    // 9 errors (one slot is the step's failure message), 10 warnings, 6 notes.
    expect(shown.filter((c) => c.command === 'error')).toHaveLength(9);
    expect(shown.filter((c) => c.command === 'warning')).toHaveLength(10);
    expect(shown.filter((c) => c.command === 'notice')).toHaveLength(6);
    for (const c of shown) expect(c.properties.file).toBe('services/api/.github/workflows/deploy.yml');
    const order = view.commands.filter((c) => c.properties.file !== undefined).map((c) => c.command);
    expect(order).toEqual([...order].sort((a, b) => rank(b) - rank(a)));
    const closing = view.shown.filter((c) => c.command === 'notice' && c.properties.file === undefined);
    expect(closing).toHaveLength(1);
    expect(closing[0].data).toContain('5 more findings not shown as annotations (3 errors, 2 warnings)');
    expect(closing[0].data).toContain('All 30 are in the job summary');
    expect(shown.length + 5).toBe(30);
  });
});

function rank(command: string): number {
  return command === 'error' ? 3 : command === 'warning' ? 2 : 1;
}

describe('the Action bundle on pull_request_target with smoke on', () => {
  const BASE = '1'.repeat(40);
  const HEAD = '2'.repeat(40);
  let slack: FakeProvider;

  beforeAll(async () => {
    slack = await startFakeProvider(() => json(200, { ok: true, user_id: 'U1', bot_id: 'B1', team_id: 'T1' }));
  });
  afterAll(() => slack.close());

  const cases = [
    {
      name: 'the pull request head checked out: refused, nothing sent',
      git: { HEAD: 'ref: refs/heads/pr\n', 'refs/heads/pr': `${HEAD}\n` },
      requests: 0,
      refused: true,
    },
    {
      name: 'no .git at all (files from an artifact): refused, nothing sent',
      git: undefined,
      requests: 0,
      refused: true,
    },
    {
      name: 'the base commit checked out (through packed-refs): allowed',
      git: { HEAD: 'ref: refs/heads/main\n', 'packed-refs': `# pack-refs with: peeled\n${BASE} refs/heads/main\n` },
      requests: 1,
      refused: false,
    },
  ];

  it.each(cases)('$name', async ({ git, requests, refused }) => {
    const files: Record<string, string> = {
      '.github/workflows/release.yml': RELEASE_WORKFLOW,
      'keybound.yml': `version: 1\nkeys:\n  SLACK_BOT_TOKEN:\n    provider: slack\n    rotated: ${daysAgo(3)}\n`,
    };
    for (const [path, text] of Object.entries(git ?? {})) files[`.git/${path}`] = text;
    const root = workspace(files);
    const before = slack.requests.length;
    const run = await runBundle({
      workspace: root,
      event: 'pull_request_target',
      payload: { pull_request: { number: 9, base: { sha: BASE }, head: { sha: HEAD } } },
      env: { GITHUB_SHA: '3'.repeat(40) },
      inputs: {
        smoke: 'true',
        secrets: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
        endpoints: `slack=${slack.url}`,
      },
    });
    expect(slack.requests.length - before).toBe(requests);
    const warnings = run.view.commands.filter((c) => c.command === 'warning' && c.data.includes('smoke calls refused'));
    expect(warnings.length).toBe(refused ? 1 : 0);
    if (refused) {
      expect(warnings[0].data).toContain('on pull_request_target the run holds secrets');
      expect(run.summary).toContain('smoke calls refused');
      expect(run.summary).toContain('allow-untrusted-smoke');
    }
  });
});

describe('the Action bundle on bad input and in a gate it cannot confirm', () => {
  it('fails the step with exit 2 and a message naming the bad input', async () => {
    const run = await runBundle({ workspace: releaseRepo(), inputs: { mode: 'yolo' } });
    expect(run.code).toBe(2);
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].data).toBe('keybound: input mode: "yolo" is not one of audit, gate');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toContain('could not run');
  });

  it('reports anything thrown, with exit 2, for a secrets input that is not JSON', async () => {
    const run = await runBundle({ workspace: releaseRepo(), inputs: { secrets: SLACK_TOKEN } });
    expect(run.code).toBe(2);
    expect(annotations(run, 'error')[0].data).toMatch(/^keybound: input secrets: secrets JSON is not valid JSON/);
    const shown = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const form of secretForms(SLACK_TOKEN)) expect(shown + run.stderr + run.summary).not.toContain(form);
  });

  it('exits 3 with verdict indeterminate when a gate has no smoke result for a key', async () => {
    const run = await runBundle({
      workspace: releaseRepo(),
      inputs: { mode: 'gate', environment: 'production', secrets: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }) },
    });
    expect(run.code).toBe(3);
    expect(run.outputs.verdict).toBe('indeterminate');
    const failed = annotations(run, 'error').filter((c) => c.properties.file === undefined);
    expect(failed).toHaveLength(1);
    expect(failed[0].data).toContain('the gate could not confirm 1 key(s): SLACK_BOT_TOKEN (skipped: offline)');
    expect(run.summary).toContain('## keybound: ⚠️ indeterminate');
  });
});
