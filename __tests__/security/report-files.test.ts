// SECURITY.md case 31: report and baseline files are never written through a symlink committed in the
// repository, nor outside the workspace (Action) or the allowed folders (CLI). Nothing is written and
// the file outside keeps its content; the run says why and exits 2.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../action/run-bundle.js';
import { runCli } from '../cli/run.js';
import { NOW, tempRepo, workflow } from './support.js';

/** A repository and, beside it, a file it must not touch. */
function repoAndVictim(): { root: string; victim: string; outside: string } {
  const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']) });
  const outside = mkdtempSync(join(tmpdir(), 'kb-victim-'));
  const victim = join(outside, 'victim');
  writeFileSync(victim, 'precious');
  return { root, victim, outside };
}

describe('case 31: a report or baseline path that is a symlink out of the tree → refused, nothing written', () => {
  it.each([
    ['keybound baseline (its default file)', (root: string) => ['baseline', root], '.keybound-baseline.json'],
    ['keybound baseline --output', (root: string) => ['baseline', root, '--output', join(root, 'b.json')], 'b.json'],
    ['keybound check --output', (root: string) => ['check', root, '--output', join(root, 'r.sarif')], 'r.sarif'],
  ])('%s', async (_what, args, file) => {
    const { root, victim } = repoAndVictim();
    symlinkSync(victim, join(root, file));
    const run = await runCli([...args(root), '--now', NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/: is a symlink; not written\n/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('keybound check --output through a symlinked folder', async () => {
    const { root, victim, outside } = repoAndVictim();
    symlinkSync(outside, join(root, 'reports'));
    const run = await runCli(['check', root, '--now', NOW, '--output', join(root, 'reports/victim')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--output: the folder reports is a symlink; not written');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  describe('the Action', () => {
    const cases = [
      {
        name: 'sarif-file is a symlink',
        input: 'sarif-file',
        file: 'keybound.sarif',
        link: 'file',
        says: 'is a symlink',
      },
      { name: 'json-file is a symlink', input: 'json-file', file: 'keybound.json', link: 'file', says: 'is a symlink' },
      {
        name: 'sarif-file lies in a symlinked folder',
        input: 'sarif-file',
        file: 'out/victim',
        link: 'folder',
        says: 'the folder out is a symlink',
      },
      {
        name: 'json-file climbs out of the workspace',
        input: 'json-file',
        file: '../victim',
        link: 'none',
        says: 'is outside the workspace',
      },
    ] as const;

    it.each(cases)('$name: refused with exit 2, the file outside untouched', async ({ input, file, link, says }) => {
      const base = mkdtempSync(join(tmpdir(), 'kb-action-'));
      const workspace = join(base, 'ws');
      mkdirSync(join(workspace, '.github/workflows'), { recursive: true });
      writeFileSync(join(workspace, '.github/workflows/release.yml'), workflow(['SLACK_BOT_TOKEN']));
      const victim = join(base, 'victim');
      writeFileSync(victim, 'precious');
      if (link === 'file') symlinkSync(victim, join(workspace, file));
      if (link === 'folder') symlinkSync(base, join(workspace, 'out'));
      const run = await runBundle({ workspace, inputs: { [input]: file } });
      expect(run.code).toBe(2);
      const error = run.view.commands.find((c) => c.command === 'error');
      expect(error?.data).toBe(`keybound: ${file}: input ${input}: ${says}; not written`);
      expect(readFileSync(victim, 'utf8')).toBe('precious');
    });
  });
});
