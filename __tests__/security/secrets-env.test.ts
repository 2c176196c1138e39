// SECURITY.md case 30: values read with --secrets-env are redacted in config errors exactly as values
// given with --secrets-json are, although they are read only after the config has loaded.
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { expectNoSecret, GITHUB_TOKEN_VALUE, NOW, SLACK_TOKEN, tempRepo, workflow } from './support.js';

const SHORT = 'kbEnvS3cret-2x'; // quoted whole by a config error (40 characters or fewer are quoted)

/** A deploy using USED_TOKEN, a config declaring DECLARED_ONLY, and a config error quoting `values`. */
function brokenRepo(values: Record<string, string>): string {
  return tempRepo({
    '.github/workflows/release.yml': workflow(['USED_TOKEN']),
    'keybound.yml': [
      'version: 1',
      'keys:',
      ...Object.entries(values).map(([name, value]) => `  ${name}: { rotated: ${JSON.stringify(value)} }`),
      '',
    ].join('\n'),
  });
}

describe('case 30: --secrets-env values in a config error → redacted as --secrets-json values are', () => {
  it.each([
    ['a name the workflow uses', { USED_TOKEN: 'kbUsedT0ken-7q' }],
    ['a name only the config declares', { DECLARED_ONLY: SHORT }],
    ['both, one a Slack token (too long to be quoted)', { USED_TOKEN: SLACK_TOKEN, DECLARED_ONLY: SHORT }],
    ['a GitHub token', { USED_TOKEN: GITHUB_TOKEN_VALUE, DECLARED_ONLY: SHORT }],
  ])('%s', async (_what, values) => {
    const root = brokenRepo(values);
    const viaEnv = await runCli(['check', root, '--secrets-env', '--now', NOW], { env: values });
    const viaJson = await runCli(['check', root, '--secrets-json', '-', '--now', NOW], {
      stdin: JSON.stringify(values),
    });
    for (const run of [viaEnv, viaJson]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('keybound.yml:3:');
      expect(run.stderr).toContain('[redacted]');
    }
    expect(viaEnv.stderr).toBe(viaJson.stderr);
    expectNoSecret({ stderr: viaEnv.stderr, stdout: viaEnv.stdout }, Object.values(values));
  });

  it('an environment value that no scanned or declared name reads is not a secret of this run', async () => {
    const root = brokenRepo({ DECLARED_ONLY: 'kbNotFromEnv-1' });
    const run = await runCli(['check', root, '--secrets-env', '--now', NOW], { env: { UNRELATED: 'kbNotFromEnv-1' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"kbNotFromEnv-1"');
  });
});
