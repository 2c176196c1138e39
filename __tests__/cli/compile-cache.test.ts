// V8's code cache for the built CLI (src/cli/compile-cache.ts, issue 15): where it lives, when it is
// trusted, that it changes nothing a user sees, and that no secret reaches it. The end-to-end cases run
// the committed bundle (dist/cli/index.js) as users do, with smoke calls to local fakes: the bundle's
// own dynamic import of node:http must work inside the compiled script.

import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirectory, cacheFileName, fnv1a, isPrivateDirectory } from '../../src/cli/compile-cache.js';
import { secretForms } from '../../src/core/redact.js';
import { json, startFakeProvider, type FakeProvider } from '../helpers/fake-provider.js';

const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const POSIX = typeof process.getuid === 'function';

describe('the cache directory', () => {
  it.each([
    {
      env: {},
      expected: join(tmpdir(), POSIX ? `keybound-compile-cache-${process.getuid!()}` : 'keybound-compile-cache'),
    },
    { env: { KEYBOUND_COMPILE_CACHE: '/var/cache/kb' }, expected: '/var/cache/kb' },
    { env: { KEYBOUND_COMPILE_CACHE: ' /var/cache/kb ' }, expected: '/var/cache/kb' },
    { env: { KEYBOUND_COMPILE_CACHE: '0' }, expected: undefined },
    { env: { KEYBOUND_COMPILE_CACHE: 'off' }, expected: undefined },
    { env: { KEYBOUND_COMPILE_CACHE: 'FALSE' }, expected: undefined },
    { env: { NODE_DISABLE_COMPILE_CACHE: '1' }, expected: undefined },
    { env: { NODE_DISABLE_COMPILE_CACHE: '1', KEYBOUND_COMPILE_CACHE: '/var/cache/kb' }, expected: undefined },
  ])('$env -> $expected', ({ env, expected }) => {
    expect(cacheDirectory(env)).toBe(expected);
  });

  it('is created private, and trusted only when it is a private directory of this user', () => {
    const base = mkdtempSync(join(tmpdir(), 'kb-cc-dir-'));
    const fresh = join(base, 'a/b');
    expect(isPrivateDirectory(fresh)).toBe(true);
    if (POSIX) expect(statSync(fresh).mode & 0o777).toBe(0o700);

    const file = join(base, 'file');
    writeFileSync(file, '');
    expect(isPrivateDirectory(file)).toBe(false);

    const link = join(base, 'link');
    symlinkSync(fresh, link);
    expect(isPrivateDirectory(link)).toBe(false);

    if (POSIX) {
      const open = join(base, 'open');
      mkdirSync(open);
      chmodSync(open, 0o777);
      expect(isPrivateDirectory(open)).toBe(false);
      chmodSync(open, 0o720);
      expect(isPrivateDirectory(open)).toBe(false);
      chmodSync(open, 0o755);
      expect(isPrivateDirectory(open)).toBe(true);
    }
  });

  it('names a cache after the file, the version, the bytes, Node and the architecture', () => {
    const a = cacheFileName('/x/keybound.cjs', Buffer.from('module.exports = 1;'));
    const b = cacheFileName('/x/keybound.cjs', Buffer.from('module.exports = 2;'));
    expect(a).toMatch(/^keybound\.cjs@\d+\.\d+\.\d+[^@/]*\.v8cache$/);
    expect(a).toContain(`-${process.version}-${process.arch}.v8cache`);
    // Same length, other bytes: V8 alone would accept the old code for the new source.
    expect(a).not.toBe(b);
  });

  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('before Node 20.15 (no zlib.crc32), FNV-1a of %j is %s', (text, expected) => {
    expect(fnv1a(Buffer.from(text)) >>> 0).toBe(expected);
  });
});

describe('the built CLI through the cache', () => {
  const SLACK = ['xoxb', '2718281828', '3141592653', 'kbCompileCacheSlackTok3n'].join('-');
  const GITHUB = `ghp_${'kbCompileCacheGithubTok3n'}${'7Hq2Lm9Np4Rs8Tz'}`;
  const fakes: FakeProvider[] = [];
  let argv: string[];

  beforeAll(async () => {
    const slack = await startFakeProvider(() =>
      json(200, { ok: true, user_id: 'U1', team_id: 'T1', bot_id: 'B1', user: 'deploy-bot' }),
    );
    const github = await startFakeProvider(() => json(200, { login: 'deploy-bot[bot]', id: 1, type: 'Bot' }));
    fakes.push(slack, github);
    argv = [
      ...['check', '__tests__/fixtures/repos/smoke', '--smoke', '--secrets-json', '-'],
      ...['--endpoint', `slack=${slack.url}`, '--endpoint', `github=${github.url}`, '--now', '2026-11-22'],
    ];
  });
  afterAll(async () => {
    await Promise.all(fakes.splice(0).map((f) => f.close()));
  });

  /**
   * Runs the CLI without blocking this process (the fakes answer from it), with only `env` set;
   * `node` flags and other `args` when given.
   */
  function cli(
    env: Record<string, string>,
    node: string[] = [],
    args = argv,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [...node, CLI, ...args], {
        cwd: REPO,
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(JSON.stringify({ SLACK_BOT_TOKEN: SLACK, DEPLOY_GITHUB_TOKEN: GITHUB }));
    });
  }
  const caches = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.v8cache'))
      .sort();

  it('writes the cache once, then uses it, and the report is the same each time', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kb-cc-')), 'cache');
    const cold = await cli({ KEYBOUND_COMPILE_CACHE: 'off' });
    expect(cold.stderr).toBe('');
    // The smoke calls went through the bundle's own import of node:http.
    expect(cold.stdout).toMatch(/SLACK_BOT_TOKEN\s+slack\s+production\s+.*verified: ok/);

    const first = await cli({ KEYBOUND_COMPILE_CACHE: dir });
    const written = caches(dir);
    expect(written.some((name) => name.startsWith('keybound.cjs@'))).toBe(true);
    if (POSIX) for (const name of written) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    const bytes = written.map((name) => readFileSync(join(dir, name)));

    const second = await cli({ KEYBOUND_COMPILE_CACHE: dir });
    expect(caches(dir)).toEqual(written);
    // Accepted, so not written again.
    expect(caches(dir).map((name) => readFileSync(join(dir, name)))).toEqual(bytes);
    for (const run of [first, second]) expect({ ...run }).toEqual({ ...cold });
  });

  it("V8 refuses no cached code of a scan: neither the chunks' caches nor Node's own modules'", async () => {
    // V8 checks cached code against a hash of its flags; keybound sets its heap flag after loading
    // (src/core/v8-flags.ts). Set before, every built-in module loaded after it was compiled again.
    const base = mkdtempSync(join(tmpdir(), 'kb-cc-'));
    const dir = join(base, 'cache');
    const scan = (report: string) => [
      'check',
      '__tests__/fixtures/repos/smoke',
      '--format',
      'json',
      '--output',
      report,
    ];
    await cli({ KEYBOUND_COMPILE_CACHE: dir }, [], scan(join(base, 'first.json')));
    // V8 prints what it deserialized, and what it refused, on stdout.
    const second = await cli(
      { KEYBOUND_COMPILE_CACHE: dir },
      ['--profile-deserialization'],
      scan(join(base, 'second.json')),
    );
    expect(readFileSync(join(base, 'second.json'), 'utf8')).toBe(readFileSync(join(base, 'first.json'), 'utf8'));
    // Deserialized: the chunks' caches and Node's modules' (many lines); refused: none.
    expect(second.stdout.match(/Deserializing from \d+ bytes/g)?.length).toBeGreaterThan(10);
    expect(second.stdout).not.toContain('Cached code failed check');
  });

  it('a first run on an empty folder caches every function, not only the ones it called', async () => {
    // Each chunk without a cache is compiled whole (v8-flags.ts compiledEagerly): its cache is as large
    // as one written by a scan, which calls far more of it (within a few bytes: V8's serialisation
    // varies a little). Compiled lazily, the empty folder's was about a third the size for the scan
    // chunks.
    const base = mkdtempSync(join(tmpdir(), 'kb-cc-'));
    const empty = join(base, 'empty');
    mkdirSync(empty);
    const byEmptyRun = join(base, 'by-empty');
    const byScan = join(base, 'by-scan');
    await cli({ KEYBOUND_COMPILE_CACHE: byEmptyRun }, [], ['check', empty]);
    await cli({ KEYBOUND_COMPILE_CACHE: byScan });
    const both = caches(byEmptyRun).filter((name) => caches(byScan).includes(name));
    expect(both.length).toBeGreaterThan(3);
    for (const name of both) {
      expect(statSync(join(byEmptyRun, name)).size).toBeGreaterThan(0.95 * statSync(join(byScan, name)).size);
    }
  });

  it('holds no form of a secret the run read and sent', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kb-cc-')), 'cache');
    await cli({ KEYBOUND_COMPILE_CACHE: dir });
    const all = Buffer.concat(caches(dir).map((name) => readFileSync(join(dir, name))));
    expect(all.length).toBeGreaterThan(0);
    for (const secret of [SLACK, GITHUB]) {
      for (const form of secretForms(secret)) {
        expect(all.includes(Buffer.from(form, 'utf8'))).toBe(false);
        expect(all.includes(Buffer.from(form, 'utf16le'))).toBe(false);
      }
    }
  });

  it('a corrupt cache is rejected by V8 and written again; the report does not change', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kb-cc-')), 'cache');
    const good = await cli({ KEYBOUND_COMPILE_CACHE: dir });
    const entry = caches(dir).find((name) => name.startsWith('keybound.cjs@'))!;
    const garbage = Buffer.alloc(4096, 0x5a);
    writeFileSync(join(dir, entry), garbage);
    const after = await cli({ KEYBOUND_COMPILE_CACHE: dir });
    expect(after).toEqual(good);
    expect(readFileSync(join(dir, entry)).equals(garbage)).toBe(false);
  });

  it('replaces the caches of an older build of the same file', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kb-cc-')), 'cache');
    mkdirSync(dir, { mode: 0o700 });
    const stale = 'keybound.cjs@0.0.1-deadbeef-v0.0.0-x64.v8cache';
    const other = 'notes.txt';
    writeFileSync(join(dir, stale), 'old');
    writeFileSync(join(dir, other), 'kept');
    await cli({ KEYBOUND_COMPILE_CACHE: dir });
    expect(caches(dir)).not.toContain(stale);
    expect(readdirSync(dir)).toContain(other);
  });

  it.runIf(POSIX)('writes nothing to a directory others can write, and still runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-cc-open-'));
    chmodSync(dir, 0o777);
    const run = await cli({ KEYBOUND_COMPILE_CACHE: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/verified: ok/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each<Record<string, string>>([{ KEYBOUND_COMPILE_CACHE: '0' }, { NODE_DISABLE_COMPILE_CACHE: '1' }])(
    'writes nothing when turned off (%o)',
    async (off) => {
      const temp = mkdtempSync(join(tmpdir(), 'kb-cc-tmp-'));
      const run = await cli({ TMPDIR: temp, ...off });
      expect(run.stdout).toMatch(/verified: ok/);
      expect(readdirSync(temp)).toEqual([]);
      // And on by default, in the temporary folder.
      await cli({ TMPDIR: temp });
      expect(readdirSync(temp)).toEqual([expect.stringMatching(/^keybound-compile-cache/)]);
    },
  );
});
