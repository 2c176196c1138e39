// The tarball reader: what GitHub serves (git archive's pax headers, long paths, the commit), what only
// a hostile archive holds (links, devices, paths out of the folder, a second top folder), and every
// bound (a file, the files together, their number, the decompressed stream), whatever the chunking.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyboundError } from '../../src/core/errors.js';
import { ArchiveTooLargeError, extractTar, type ExtractLimits } from '../../src/org/tar.js';
import { isWantedPath } from '../../src/org/wanted.js';
import { tar, type TarEntry } from '../helpers/tar.js';

const LIMITS: ExtractLimits = { maxFileBytes: 1024, maxTotalBytes: 4096, maxFiles: 10, maxArchiveBytes: 1024 * 1024 };
const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh `parent/dest` (so a test can see that nothing lands in `parent`). */
function destination(): { parent: string; dest: string } {
  const parent = mkdtempSync(join(tmpdir(), 'keybound-tar-'));
  folders.push(parent);
  const dest = join(parent, 'dest');
  mkdirSync(dest);
  return { parent, dest };
}

async function* chunked(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function extract(entries: TarEntry[], limits = LIMITS, chunk = 4096) {
  const { parent, dest } = destination();
  const result = await extractTar(chunked(tar(entries, { commit: COMMIT }), chunk), dest, isWantedPath, limits);
  return { result, dest, parent };
}

function written(dest: string): string[] {
  return readdirSync(dest, { recursive: true, encoding: 'utf8', withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dest.length + 1))
    .sort();
}

describe('extractTar: what it writes', () => {
  it.each([
    [
      'only the files keybound reads, below the top folder',
      [
        { path: '.github/workflows/deploy.yml', content: 'on: push\n' },
        { path: 'src/index.js', content: 'x' },
        { path: 'deploy/.env.production', content: 'A=1\n' },
        { path: 'k8s/Kustomization', content: 'namespace: x\n' },
        { path: 'charts/app/values-prod.yaml', content: 'a: 1\n' },
        { path: 'README.md', content: '# x' },
        { path: 'node_modules/pkg/action.yml', content: 'x: 1\n' },
      ],
      ['.github/workflows/deploy.yml', 'charts/app/values-prod.yaml', 'deploy/.env.production', 'k8s/Kustomization'],
    ],
    [
      'a path longer than 100 bytes, from its pax record',
      [{ path: `deploy/${'very-long-folder-name/'.repeat(6)}app.yaml`, content: 'kind: Secret\n' }],
      [`deploy/${'very-long-folder-name/'.repeat(6)}app.yaml`],
    ],
    [
      'a GNU long name',
      [
        { path: '././@LongLink', type: 'L', content: `acme-repo-0123456/gnu/${'n'.repeat(120)}.yml\u0000` },
        { path: 'gnu/truncated', content: 'a: 1\n' },
      ],
      [`gnu/${'n'.repeat(120)}.yml`],
    ],
  ] as [string, TarEntry[], string[]][])('%s', async (_name, entries, files) => {
    const { result, dest } = await extract(entries);
    expect(written(dest)).toEqual(files);
    expect(result.files.sort()).toEqual(files);
    expect(result.commit).toBe(COMMIT);
    expect(result.skipped).toEqual([]);
  });

  it('writes the bytes as they are, whatever the chunk size', async () => {
    const content = 'apiVersion: v1\nkind: Secret\n' + 'x'.repeat(700) + '\n';
    for (const chunk of [1, 7, 511, 512, 513, 65536]) {
      const { dest } = await extract([{ path: 'a/b.yaml', content }], LIMITS, chunk);
      expect(readFileSync(join(dest, 'a/b.yaml'), 'utf8'), `chunks of ${chunk}`).toBe(content);
    }
  });
});

describe('extractTar: what it refuses', () => {
  it.each([
    [
      'a symbolic link',
      { path: '.github/workflows/evil.yml', type: '2', linkname: '/etc/passwd' },
      'a link; links are not followed',
    ],
    [
      'a hard link',
      { path: 'deploy/hard.yml', type: '1', linkname: 'acme-repo-0123456/x.yml' },
      'a link; links are not followed',
    ],
    ['a character device', { path: 'dev.yml', type: '3' }, 'not a regular file'],
    ['a FIFO', { path: 'fifo.yml', type: '6' }, 'not a regular file'],
    [
      'a path up and out',
      { path: '../escape.yml', content: 'a: 1\n' },
      'a path outside the repository folder; not written',
    ],
    [
      'an absolute path',
      { path: '/tmp/keybound-absolute.yml', content: 'a: 1\n' },
      'a path outside the repository folder; not written',
    ],
    [
      '`..` inside the folder',
      { path: 'a/../../up.yml', content: 'a: 1\n' },
      'a path outside the repository folder; not written',
    ],
    [
      'a second top folder',
      { path: '=other-top/x.yml', content: 'a: 1\n' },
      'a path outside the repository folder; not written',
    ],
    ['a file over the size bound', { path: 'big.yaml', content: 'a'.repeat(1025) }, 'larger than 1 KiB; not scanned'],
  ] as [string, TarEntry, string][])('%s: not written, named', async (_name, entry, reason) => {
    const { result, dest, parent } = await extract([entry, { path: 'ok.yml', content: 'a: 1\n' }]);
    expect(written(dest)).toEqual(['ok.yml']);
    expect(readdirSync(parent)).toEqual(['dest']);
    expect(existsSync('/tmp/keybound-absolute.yml')).toBe(false);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0].reason).toBe(reason);
  });

  it.each([
    [
      'the files together',
      { ...LIMITS, maxTotalBytes: 1500 },
      'the repository is too large to audit: the files keybound reads are larger than 1 KiB together',
    ],
    [
      'their number',
      { ...LIMITS, maxFiles: 2 },
      'the repository is too large to audit: more than 2 files keybound reads',
    ],
    [
      'the decompressed stream',
      { ...LIMITS, maxArchiveBytes: 4096 },
      'the repository is too large to audit: the archive is larger than 4 KiB uncompressed',
    ],
  ])('stops at the bound of %s', async (_name, limits, message) => {
    const entries = Array.from({ length: 4 }, (_, i) => ({ path: `f${i}.yml`, content: 'a'.repeat(1000) }));
    const attempt = extract(entries, limits);
    await expect(attempt).rejects.toBeInstanceOf(ArchiveTooLargeError);
    await expect(attempt).rejects.toThrow(message);
  });

  it.each([
    [
      'a header with a wrong checksum',
      (data: Buffer) => Buffer.concat([data.subarray(0, 1536), Buffer.from('x'), data.subarray(1537)]),
      'the repository archive is malformed: a header has a wrong checksum (not a tar archive?)',
    ],
    [
      'an archive cut in the middle of a file',
      (data: Buffer) => data.subarray(0, 2000),
      'the repository archive is malformed: the archive ends in the middle of an entry',
    ],
    [
      'a pax record that lies about its length',
      (data: Buffer) => Buffer.concat([data.subarray(0, 512), Buffer.from('99'), data.subarray(514)]),
      'the repository archive is malformed: a pax header record is malformed',
    ],
  ])('refuses %s with a clear error', async (_name, damage, message) => {
    const { dest } = destination();
    const data = damage(tar([{ path: 'a.yml', content: 'a: 1\n'.repeat(200) }], { commit: COMMIT }));
    const attempt = extractTar(chunked(data, 4096), dest, isWantedPath, LIMITS);
    await expect(attempt).rejects.toBeInstanceOf(KeyboundError);
    await expect(attempt).rejects.toThrow(message);
  });
});

describe('extractTar on a real git archive', () => {
  it('reads what `git archive` writes: pax paths, the commit, the files', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'keybound-git-'));
    folders.push(repo);
    const long = `deploy/${'a-long-folder-name-for-pax/'.repeat(5)}values.yaml`;
    for (const [file, text] of Object.entries({
      '.github/workflows/ci.yml': 'on: push\n',
      [long]: 'a: 1\n',
      'main.go': 'package main\n',
    })) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      writeFileSync(join(repo, file), text);
    }
    const git = (...args: string[]): Buffer =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-C', repo, ...args], {
        maxBuffer: 1 << 26,
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'x');
    const archive = git('archive', '--format=tar', '--prefix=acme-repo-abc1234/', 'HEAD');
    const { dest } = destination();
    const result = await extractTar(chunked(archive, 10_000), dest, isWantedPath, LIMITS);
    expect(written(dest)).toEqual(['.github/workflows/ci.yml', long]);
    expect(result.commit).toBe(git('rev-parse', 'HEAD').toString().trim());
  });
});
