// SECURITY.md case 35: config, policy, baseline and secrets files that are not regular files (a FIFO, a
// device, a folder) are refused with a clear error before they are opened; nothing hangs.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { NOW, tempRepo, workflow } from './support.js';

/** A repository with a release workflow, and `special` made at `path` inside it. */
function repoWith(path: string, special: 'fifo' | 'folder', files: Record<string, string> = {}): string {
  const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']), ...files });
  if (special === 'fifo') execFileSync('mkfifo', [join(root, path)]);
  else mkdirSync(join(root, path), { recursive: true });
  return root;
}

describe('case 35: a FIFO, device or folder where a file belongs → a clear error at once (exit 2)', () => {
  const cases: { name: string; setup: () => { root: string; args: string[] }; says: string }[] = [
    {
      name: 'keybound.yml is a FIFO',
      setup: () => ({ root: repoWith('keybound.yml', 'fifo'), args: [] }),
      says: 'keybound.yml: is a FIFO (named pipe), not a regular file; not read',
    },
    {
      name: '.github/keybound.yml is a folder',
      setup: () => ({ root: repoWith('.github/keybound.yml', 'folder'), args: [] }),
      says: '.github/keybound.yml: is a folder, not a regular file; not read',
    },
    {
      name: 'a policy pack named by extends is a FIFO',
      setup: () => ({
        root: repoWith('team.yml', 'fifo', { 'keybound.yml': 'version: 1\nextends: [./team.yml]\n' }),
        args: [],
      }),
      says: 'keybound.yml:2:11: extends[0]: policy pack "./team.yml" is a FIFO (named pipe), not a regular file; not read',
    },
    {
      name: '--config names a character device',
      setup: () => ({ root: repoWith('x', 'folder'), args: ['--config', '/dev/zero'] }),
      says: '/dev/zero: is a character device, not a regular file; not read',
    },
    {
      name: '--baseline names a FIFO',
      setup: () => {
        const root = repoWith('baseline.json', 'fifo');
        return { root, args: ['--baseline', join(root, 'baseline.json')] };
      },
      says: 'baseline.json: --baseline: is a FIFO (named pipe), not a regular file',
    },
    {
      name: '--secrets-json names a FIFO',
      setup: () => {
        const root = repoWith('secrets.json', 'fifo');
        return { root, args: ['--secrets-json', join(root, 'secrets.json')] };
      },
      says: '--secrets-json: is a FIFO (named pipe), not a regular file; pipe the JSON to --secrets-json - instead',
    },
  ];

  it.each(cases)('$name', async ({ setup, says }) => {
    const { root, args } = setup();
    const started = Date.now();
    const run = await runCli(['check', root, '--now', NOW, ...args]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
    expect(run.stderr).not.toContain('this is a bug');
  });
});
