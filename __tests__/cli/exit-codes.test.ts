// SECURITY.md case 25: each exit code produced by a dedicated fixture.
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const repo = (name: string) => `__tests__/fixtures/repos/${name}`;
const NOW = ['--now', '2026-11-22'];

describe('exit codes', () => {
  it.each([
    { name: '0: nothing at or above --fail-on', args: ['check', repo('exit-0'), ...NOW], code: 0 },
    { name: '1: a staging key in a production job', args: ['check', repo('exit-1'), ...NOW], code: 1 },
    {
      name: '1 becomes 0 with --fail-on never',
      args: ['check', repo('exit-1'), '--fail-on', 'never', ...NOW],
      code: 0,
    },
    { name: '2: a config that names a URL', args: ['check', repo('exit-2'), ...NOW], code: 2 },
    { name: '2: an unknown flag', args: ['check', repo('exit-0'), '--frobnicate'], code: 2 },
    { name: '2: a bad --now', args: ['check', repo('exit-0'), '--now', '2026-13-45'], code: 2 },
    { name: '2: a path that is not a folder', args: ['check', repo('missing')], code: 2 },
    {
      name: '3: a gate with a key that has no value',
      args: ['check', repo('exit-3'), '--mode', 'gate', '--environment', 'staging', ...NOW],
      code: 3,
    },
  ])('$name', async ({ args, code }) => {
    const run = await runCli(args);
    expect(run.code).toBe(code);
    if (code === 2) expect(run.stderr).toMatch(/^keybound: /);
    expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('exit 2 names the config file, line and the offending key', async () => {
    const run = await runCli(['check', repo('exit-2')]);
    expect(run.stderr).toContain('keybound.yml:5:');
    expect(run.stderr).toContain('keys.DEPLOY_KEY');
    expect(run.stderr).toContain('url');
  });

  it('the gate says which key it could not confirm', async () => {
    const run = await runCli([
      'check',
      repo('exit-3'),
      '--mode',
      'gate',
      '--environment',
      'staging',
      '--format',
      'json',
      ...NOW,
    ]);
    const report = JSON.parse(run.stdout);
    expect(report.verdict).toBe('indeterminate');
    expect(report.unconfirmed).toEqual(['DEPLOY_KEY']);
    expect(report.keys[0].smoke).toMatchObject({ status: 'skipped', reason: 'no-value' });
  });
});
