// SECURITY.md cases 25-26 (output), through the CLI's main() and the CI script.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { NOW, runEveryFormat, tempRepo, workflow } from './support.js';

const repo = (name: string) => `__tests__/fixtures/repos/${name}`;

describe('case 25: each exit code from a dedicated fixture; findings beyond the annotation cap still all counted', () => {
  it.each([
    { code: 0, args: ['check', repo('exit-0')] },
    { code: 1, args: ['check', repo('exit-1')] },
    { code: 2, args: ['check', repo('exit-2')] },
    { code: 3, args: ['check', repo('exit-3'), '--mode', 'gate', '--environment', 'staging'] },
  ])('exit $code', async ({ code, args }) => {
    const run = await runCli([...args, '--now', NOW]);
    expect(run.code).toBe(code);
    if (code === 2) expect(run.stderr).toMatch(/^keybound: keybound\.yml:\d+:\d+: /);
    else expect(run.stderr).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('25 errors: 10 annotations and a closing notice; summary, SARIF and JSON count all 25; exit 1', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `STAGING_API_KEY_${String(i).padStart(2, '0')}`);
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(names),
      'keybound.yml': [
        'version: 1',
        'rules:',
        ...['rotation-age', 'service-account-bound'].map((id) => `  ${id}: { severity: off }`),
        '',
      ].join('\n'),
    });
    const runs = await runEveryFormat(['check', root, '--now', NOW]);
    for (const run of Object.values(runs)) expect(run.code).toBe(1);

    const report = JSON.parse(runs.json.stdout);
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(25);
    expect(report.summary.error).toBe(25);
    expect(report.verdict).toBe('fail');

    const sarif = JSON.parse(runs.sarif.stdout);
    expect(sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(25);

    expect(runs.markdown.stdout).toMatch(/\b25\b/);
    for (const name of names) expect(runs.markdown.stdout.replace(/\\_/g, '_')).toContain(name);

    const view = parseWorkflowCommands(runs.github.stdout);
    expect(view.shown.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(view.counts.error).toBe(10);
    const closing = view.shown.filter((c) => c.command === 'notice').at(-1);
    expect(closing?.data).toMatch(/15 more findings? not shown/);
    expect(closing?.data).toContain('all 25');
  });
});

describe('case 26: dist/ rebuilt from a clean npm ci is byte-identical to the committed one', () => {
  // Enforced by CI (.ci/run) on a clean clone: a rebuild is too slow for the unit suite.
  it('.ci/run installs with npm ci, rebuilds, and fails when dist/ or src/generated/ differs', () => {
    const script = readFileSync('.ci/run', 'utf8');
    expect(script).toMatch(/^step "npm ci" npm ci\b/m);
    expect(script).toMatch(/^step "build" npm run -s build$/m);
    expect(script).toContain('git status --porcelain -- dist src/generated');
    expect(script).toContain('failed_steps+=("dist is stale")');
    expect(script.indexOf('npm ci')).toBeLessThan(script.indexOf('npm run -s build'));
  });
});
