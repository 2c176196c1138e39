// writeFileSafely: a table of paths and what is in the way, with what is written and where.
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyboundError } from '../../src/core/errors.js';
import { writeFileSafely } from '../../src/core/safe-write.js';

interface Fixture {
  workspace: string;
  outside: string;
}

function fixture(): Fixture {
  const base = mkdtempSync(join(tmpdir(), 'kb-write-'));
  const workspace = join(base, 'workspace');
  const outside = join(base, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
  writeFileSync(join(outside, 'victim'), 'precious');
  return { workspace, outside };
}

const rules = (f: Fixture) => ({ roots: [{ path: f.workspace, name: 'the workspace' }], label: 'input sarif-file' });

function write(f: Fixture, rel: string): string {
  try {
    writeFileSafely(join(f.workspace, rel), 'REPORT', { ...rules(f), display: rel });
    return 'written';
  } catch (error) {
    if (!(error instanceof KeyboundError)) throw error;
    return error.describe();
  }
}

describe('writeFileSafely', () => {
  const cases: { name: string; path: string; setup?: (f: Fixture) => void; says: string; at?: string }[] = [
    { name: 'a new file in the workspace', path: 'out.sarif', says: 'written', at: 'out.sarif' },
    { name: 'new folders are created', path: 'reports/ci/out.sarif', says: 'written', at: 'reports/ci/out.sarif' },
    {
      name: 'an existing regular file is replaced',
      path: 'out.sarif',
      setup: (f) => writeFileSync(join(f.workspace, 'out.sarif'), 'an older and much longer report'),
      says: 'written',
      at: 'out.sarif',
    },
    {
      name: 'the file is a symlink out of the workspace',
      path: 'out.sarif',
      setup: (f) => symlinkSync(join(f.outside, 'victim'), join(f.workspace, 'out.sarif')),
      says: 'out.sarif: input sarif-file: is a symlink; not written',
    },
    {
      name: 'the file is a dangling symlink (it would create the target)',
      path: 'out.sarif',
      setup: (f) => symlinkSync(join(f.outside, 'created'), join(f.workspace, 'out.sarif')),
      says: 'out.sarif: input sarif-file: is a symlink; not written',
    },
    {
      name: 'a folder on the way is a symlink out of the workspace',
      path: 'reports/out.sarif',
      setup: (f) => symlinkSync(f.outside, join(f.workspace, 'reports')),
      says: 'reports/out.sarif: input sarif-file: the folder reports is a symlink; not written',
    },
    {
      name: 'a folder deeper on the way is a symlink inside the workspace',
      path: 'a/b/out.sarif',
      setup: (f) => {
        mkdirSync(join(f.workspace, 'a'));
        mkdirSync(join(f.workspace, 'elsewhere'));
        symlinkSync(join(f.workspace, 'elsewhere'), join(f.workspace, 'a/b'));
      },
      says: 'a/b/out.sarif: input sarif-file: the folder a/b is a symlink; not written',
    },
    {
      name: 'a file stands where a folder belongs',
      path: 'reports/out.sarif',
      setup: (f) => writeFileSync(join(f.workspace, 'reports'), 'x'),
      says: 'reports/out.sarif: input sarif-file: reports is not a folder; not written',
    },
    {
      name: 'the path climbs out of the workspace',
      path: '../outside/victim',
      says: '../outside/victim: input sarif-file: is outside the workspace; not written',
    },
    {
      name: 'the file is a FIFO',
      path: 'out.sarif',
      setup: (f) => execFileSync('mkfifo', [join(f.workspace, 'out.sarif')]),
      says: 'out.sarif: input sarif-file: is a FIFO (named pipe), not a regular file; not written',
    },
    {
      name: 'the file is a folder',
      path: 'out.sarif',
      setup: (f) => mkdirSync(join(f.workspace, 'out.sarif')),
      says: 'out.sarif: input sarif-file: is a folder, not a regular file; not written',
    },
    {
      name: 'the file is a hard link to a file outside',
      path: 'out.sarif',
      setup: (f) => linkSync(join(f.outside, 'victim'), join(f.workspace, 'out.sarif')),
      says: 'out.sarif: input sarif-file: is a hard link to another file; not written',
    },
  ];

  it.each(cases)('$name', ({ path, setup, says, at }) => {
    const f = fixture();
    setup?.(f);
    expect(write(f, path)).toBe(says);
    expect(readFileSync(join(f.outside, 'victim'), 'utf8')).toBe('precious');
    expect(existsSync(join(f.outside, 'created'))).toBe(false);
    if (at) expect(readFileSync(join(f.workspace, at), 'utf8')).toBe('REPORT');
  });

  it('a second root (RUNNER_TEMP) is allowed, and messages name every root', () => {
    const f = fixture();
    const roots = [
      { path: f.workspace, name: 'the workspace' },
      { path: f.outside, name: 'RUNNER_TEMP' },
    ];
    writeFileSafely(join(f.outside, 'r.json'), 'REPORT', { roots, label: 'input json-file' });
    expect(readFileSync(join(f.outside, 'r.json'), 'utf8')).toBe('REPORT');
    expect(() => writeFileSafely('/proc/kb-nowhere', 'x', { roots, label: 'input json-file' })).toThrow(
      'input json-file: is outside the workspace and RUNNER_TEMP; not written',
    );
  });

  it('a root reached through a symlink of its own (a temp folder that is a link) is fine', () => {
    const f = fixture();
    const alias = `${f.workspace}-alias`;
    symlinkSync(f.workspace, alias);
    writeFileSafely(join(alias, 'r.json'), 'REPORT', { roots: [{ path: alias, name: 'the workspace' }], label: 'x' });
    expect(readFileSync(join(f.workspace, 'r.json'), 'utf8')).toBe('REPORT');
  });

  it('devices are written only when allowed (the CLI writing to /dev/null)', () => {
    const f = fixture();
    const roots = rules(f).roots;
    expect(() => writeFileSafely('/dev/null', 'x', { roots, label: '--output' })).toThrow('is outside the workspace');
    expect(() => writeFileSafely('/dev/null', 'x', { roots, label: '--output', allowDevices: true })).not.toThrow();
  });

  // Issue 15: a large report is written as it is serialized, in pieces, never as one string.
  const pieceCases: { name: string; pieces: string[] }[] = [
    { name: 'no pieces: an empty file', pieces: [] },
    { name: 'one piece', pieces: ['REPORT'] },
    { name: 'empty pieces among others', pieces: ['', 'a', '', 'b', ''] },
    { name: 'unicode split across pieces', pieces: ['é日', '本😀', '\u2028'] },
    { name: 'more than one 64 KiB batch', pieces: Array.from({ length: 3000 }, (_, i) => `${i}:${'x'.repeat(97)}\n`) },
    { name: 'one piece larger than a batch', pieces: ['a', 'y'.repeat(200_000), 'z'] },
  ];
  it.each(pieceCases)('pieces are written in order: $name', ({ pieces }) => {
    const f = fixture();
    const path = join(f.workspace, 'out.json');
    writeFileSync(path, 'an older report, longer than some of the new ones: it must not show through');
    function* given() {
      yield* pieces;
    }
    writeFileSafely(path, given(), rules(f));
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });

  it('pieces go to an allowed device, and through the same checks as a string (a symlink is refused)', () => {
    const f = fixture();
    const roots = rules(f).roots;
    expect(() =>
      writeFileSafely('/dev/null', ['a', 'b'], { roots, label: '--output', allowDevices: true }),
    ).not.toThrow();
    symlinkSync(join(f.outside, 'victim'), join(f.workspace, 'out.json'));
    expect(() => writeFileSafely(join(f.workspace, 'out.json'), ['x'], rules(f))).toThrow('is a symlink; not written');
    expect(readFileSync(join(f.outside, 'victim'), 'utf8')).toBe('precious');
  });
});
