// SECURITY.md cases 19-24 (parsing), through check() and the CLI's main().
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../../src/core/glob.js';
import { readTextFile } from '../../src/discovery/files.js';
import { runCli } from '../cli/run.js';
import { json } from '../helpers/fake-provider.js';
import {
  checkEveryFormat,
  fakeProvider,
  NOW,
  secretStore,
  SLACK_OK,
  SLACK_TOKEN,
  tempRepo,
  workflow,
} from './support.js';

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  'jobs: { x: { runs-on: ubuntu-latest, env: { A: *i }, steps: [ { run: "${{ secrets.X }}" } ] } }',
  '',
].join('\n');

function parseErrors(result: Awaited<ReturnType<typeof checkEveryFormat>>['result']) {
  return result.report.findings.filter((f) => f.ruleId === 'parse-error');
}

describe('case 19: billion laughs, a 10 MB file, 100k nested brackets → a clear error naming the file, fast', () => {
  const files = {
    '.github/workflows/bomb.yml': BILLION_LAUGHS,
    'deploy/prod/bomb.yaml': `apiVersion: v1\nkind: Pod\nspec:\n${BILLION_LAUGHS.replace(/^/gm, '  ')}`,
    '.github/workflows/huge.yml': `on: push\n# ${'x'.repeat(10 * 1024 * 1024)}\n`,
    'deploy/prod/nested.yaml': `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    'deploy/prod/nested-maps.yaml': `apiVersion: v1\nkind: ConfigMap\ndata: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`,
    '.github/workflows/ok.yml': workflow(['STILL_FOUND_TOKEN']),
  };

  it('in scanned files: one parse-error each, under a second each, the scan goes on', async () => {
    const root = tempRepo(files);
    const before = process.memoryUsage().rss;
    const { result, ms, outputs } = await checkEveryFormat({ root });
    const grew = process.memoryUsage().rss - before;
    expect(ms).toBeLessThan(5 * 1000);
    expect(grew).toBeLessThan(512 * 1024 * 1024);
    const errors = parseErrors(result);
    const byFile = Object.fromEntries(errors.map((f) => [f.location.file, f.message]));
    expect(byFile['.github/workflows/bomb.yml']).toMatch(/too many aliases/);
    expect(byFile['deploy/prod/bomb.yaml']).toMatch(/too many aliases/);
    expect(byFile['.github/workflows/huge.yml']).toMatch(/larger than \d+ MiB/);
    expect(byFile['deploy/prod/nested.yaml']).toMatch(/nested more than \d+ deep/);
    expect(byFile['deploy/prod/nested-maps.yaml']).toMatch(/nested more than \d+ deep/);
    expect(result.report.keys.map((k) => k.name)).toContain('STILL_FOUND_TOKEN');
    expect(outputs.text).toContain('.github/workflows/bomb.yml');
  });

  it.each(Object.keys(files).filter((f) => !f.endsWith('ok.yml')))('%s alone, under a second', async (file) => {
    const root = tempRepo({ [file]: files[file as keyof typeof files] });
    const { result, ms } = await checkEveryFormat({ root });
    expect(ms).toBeLessThan(1000);
    expect(parseErrors(result).map((f) => f.location.file)).toEqual([file]);
  });

  it.each([
    ['billion laughs', BILLION_LAUGHS.replace(/^jobs:.*$/m, 'version: 1'), /too many aliases|alias/i],
    ['100k nested brackets', `version: 1\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, /nested/],
    ['a 10 MB config', `version: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n`, /larger than/],
  ])('as the config (%s): exit 2 naming keybound.yml, under a second', async (_what, config, pattern) => {
    const root = tempRepo({ 'keybound.yml': config });
    const started = Date.now();
    const run = await runCli(['check', root, '--now', NOW]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keybound: keybound\.yml/);
    expect(run.stderr).toMatch(pattern);
  });
});

describe('case 20: duplicate keys in config → error with both lines; %YAML 1.1 and << merges do not change meaning', () => {
  it('duplicate keys: exit 2 naming the second line and the first', async () => {
    const root = tempRepo({
      'keybound.yml': 'version: 1\nkeys:\n  A: { owner: x }\n  B: { owner: y }\n  A: { owner: z }\n',
    });
    const run = await runCli(['check', root, '--now', NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/keybound\.yml:5:3: .*duplicate.*line 3/i);
  });

  it('%YAML 1.1 does not turn the key NO into false, nor on: into true', async () => {
    const root = tempRepo({
      '.github/workflows/release.yml': `%YAML 1.1\n---\n${workflow(['NO'])}`,
      'keybound.yml': '%YAML 1.1\n---\nversion: 1\nkeys:\n  NO:\n    environment: staging\n    owner: off\n',
    });
    const { result } = await checkEveryFormat({ root });
    const key = result.report.keys.find((k) => k.name === 'NO');
    expect(key?.environments).toEqual(['production']);
    const finding = result.report.findings.find((f) => f.ruleId === 'no-dev-keys-in-prod' && f.key === 'NO');
    expect(finding).toBeDefined();
  });

  it('<< is not a merge in config: it is an unknown property (exit 2), never an expansion', async () => {
    const root = tempRepo({
      'keybound.yml': 'version: 1\nkeys:\n  A: &base { environment: staging }\n  B:\n    <<: *base\n',
    });
    const run = await runCli(['check', root, '--now', NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/keybound\.yml:5:5: keys\.B\.<<: unknown property/);
  });

  it('<< is not a merge in a workflow: the merged secret is not invented as an env of the job', async () => {
    const text = workflow(['VISIBLE_TOKEN']).replace(
      '        env:\n',
      '        env:\n          <<: { HIDDEN: "${{ secrets.VISIBLE_TOKEN }}" }\n',
    );
    const root = tempRepo({ '.github/workflows/release.yml': text });
    const { result } = await checkEveryFormat({ root });
    expect(result.report.keys.map((k) => k.name)).toEqual(['VISIBLE_TOKEN']);
  });
});

describe('case 21: unknown tags (!!js/function) → config error', () => {
  it.each([
    ['!!js/function', 'owner: !!js/function "function () { return 1 }"'],
    ['!!python/object', 'owner: !!python/object:os.system "id"'],
    ['a local tag', 'owner: !Ref Owner'],
  ])('%s', async (_what, line) => {
    const root = tempRepo({ 'keybound.yml': `version: 1\nkeys:\n  A:\n    ${line}\n` });
    const run = await runCli(['check', root, '--now', NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keybound: keybound\.yml:4:\d+: .*tag/im);
  });
});

describe('case 22: a secret referenced only through a YAML alias in a workflow → still found', () => {
  it('an anchored env reused by the production job', async () => {
    const text = [
      'name: Deploy',
      'on: push',
      'permissions: { contents: read }',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    env: &deploy-env',
      '      TOKEN: ${{ secrets.ALIASED_TOKEN }}',
      '    steps: [ { run: make } ]',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    environment: production',
      '    env: *deploy-env',
      '    steps: [ { run: ./deploy.sh } ]',
      '',
    ].join('\n');
    const root = tempRepo({ '.github/workflows/deploy.yml': text });
    const { result } = await checkEveryFormat({ root });
    const key = result.report.keys.find((k) => k.name === 'ALIASED_TOKEN');
    expect(key?.environments).toContain('production');
    // The use in the production job points at the alias's line.
    expect(key?.uses.some((u) => u.environment === 'production' && u.line === 13)).toBe(true);
  });
});

describe('case 23: empty, comment-only, BOM, CRLF, tabs, invalid UTF-8, binary, symlink out, unreadable → never a crash', () => {
  it('each is parsed or reported, and the rest of the scan goes on', async () => {
    const outside = join(tmpdir(), `kb-sec-outside-${process.pid}.yml`);
    writeFileSync(outside, workflow(['OUTSIDE_TOKEN']));
    const root = tempRepo({
      '.github/workflows/empty.yml': '',
      '.github/workflows/comments.yml': '# nothing here\n# at all\n',
      '.github/workflows/bom.yml': `\uFEFF${workflow(['BOM_TOKEN'])}`,
      '.github/workflows/crlf.yml': workflow(['CRLF_TOKEN']).replace(/\n/g, '\r\n'),
      '.github/workflows/tabs.yml': 'on: push\njobs:\n\tx:\n\t\truns-on: y\n',
      '.github/workflows/latin1.yml': Buffer.from([0x6f, 0x6e, 0x3a, 0x20, 0xe9, 0xff, 0x0a]),
      '.github/workflows/binary.yml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00]),
      '.env.production': '\uFEFFA=1\r\n\tB = 2\r\n',
    });
    symlinkSync(outside, join(root, '.github/workflows/outside.yml'));
    symlinkSync(join(root, 'gone.yml'), join(root, '.github/workflows/dangling.yml'));
    try {
      const { result, outputs } = await checkEveryFormat({ root });
      const names = result.report.keys.map((k) => k.name);
      expect(names).toEqual(expect.arrayContaining(['BOM_TOKEN', 'CRLF_TOKEN']));
      expect(names).not.toContain('OUTSIDE_TOKEN');
      const errors = Object.fromEntries(parseErrors(result).map((f) => [f.location.file, f.message]));
      expect(errors['.github/workflows/latin1.yml']).toMatch(/not valid UTF-8/);
      expect(errors['.github/workflows/binary.yml']).toMatch(/binary/);
      expect(errors['.github/workflows/tabs.yml']).toBeDefined();
      expect(errors['.github/workflows/empty.yml']).toBeUndefined();
      expect(errors['.github/workflows/comments.yml']).toBeUndefined();
      const notices = Object.fromEntries(result.report.diagnostics.map((d) => [d.file, d.message]));
      expect(notices['.github/workflows/outside.yml']).toMatch(/not followed/);
      expect(notices['.github/workflows/dangling.yml']).toMatch(/not followed/);
      expect(outputs.text).not.toContain(outside);
    } finally {
      rmSync(outside, { force: true });
    }
  });

  it('an unreadable file (a directory where a file is read: EISDIR) is reported, not thrown', () => {
    const root = tempRepo({});
    mkdirSync(join(root, 'dir.yml'));
    expect(readTextFile(root, 'dir.yml')).toEqual({
      diagnostic: expect.objectContaining({
        kind: 'parse-error',
        file: 'dir.yml',
        message: expect.stringMatching(/could not be read \(EISDIR\)/),
      }),
    });
  });

  // readTextFile decides with buffer.isUtf8 (issue 15): the same verdicts as a fatal TextDecoder.
  it.each([
    { name: 'plain UTF-8 with a 4-byte character', bytes: [0x61, 0xf0, 0x9f, 0x94, 0x91, 0x0a], text: 'a\u{1f511}\n' },
    { name: 'a leading BOM is dropped', bytes: [0xef, 0xbb, 0xbf, 0x6b, 0x3a, 0x20, 0x76], text: 'k: v' },
    { name: 'an empty file', bytes: [], text: '' },
    { name: 'Latin-1 (a lone 0xE9)', bytes: [0x63, 0x61, 0x66, 0xe9, 0x0a], message: 'file is not valid UTF-8' },
    { name: 'an overlong encoding of "/"', bytes: [0xc0, 0xaf], message: 'file is not valid UTF-8' },
    { name: 'an encoded surrogate (CESU-8)', bytes: [0xed, 0xa0, 0x80], message: 'file is not valid UTF-8' },
    { name: 'a truncated sequence at the end', bytes: [0x61, 0xe2, 0x82], message: 'file is not valid UTF-8' },
    { name: 'a NUL byte', bytes: [0x61, 0x00, 0x62], message: 'file holds binary data, not text' },
  ])('readTextFile: $name', ({ bytes, text, message }) => {
    const root = tempRepo({});
    writeFileSync(join(root, 'f.yml'), Buffer.from(bytes));
    expect(readTextFile(root, 'f.yml')).toEqual(
      message === undefined
        ? { text }
        : { diagnostic: { kind: 'parse-error', file: 'f.yml', line: 1, column: 1, message } },
    );
  });

  it('readTextFile: a FIFO (swapped in after the walk) is refused at once, never waited on', () => {
    const root = tempRepo({});
    execFileSync('mkfifo', [join(root, 'pipe.yml')]);
    expect(readTextFile(root, 'pipe.yml')).toEqual({
      diagnostic: {
        kind: 'parse-error',
        file: 'pipe.yml',
        line: 1,
        column: 1,
        message: 'file could not be read (a FIFO (named pipe), not a regular file)',
      },
    });
  });

  // NOTE: tests usually run as root here, where chmod 000 does not stop reading; then this is skipped.
  it.skipIf(process.getuid?.() === 0)('chmod 000 (not root): reported, the scan goes on', async () => {
    const { chmodSync } = await import('node:fs');
    const root = tempRepo({
      '.github/workflows/locked.yml': workflow(['LOCKED_TOKEN']),
      '.github/workflows/ok.yml': workflow(['OPEN_TOKEN']),
    });
    chmodSync(join(root, '.github/workflows/locked.yml'), 0);
    const { result } = await checkEveryFormat({ root });
    expect(
      parseErrors(result)
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/could not be read \(EACCES\)/);
    expect(result.report.keys.map((k) => k.name)).toEqual(['OPEN_TOKEN']);
  });
});

describe('case 24: a regex-like principal pattern → globs only, matched in linear time', () => {
  it('^(a|a)*$ and . are literal text: a mismatch, not a regex match', async () => {
    const slack = await fakeProvider(() => json(200, SLACK_OK));
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN', 'OTHER_SLACK_TOKEN']),
      'keybound.yml': [
        'version: 1',
        'keys:',
        '  SLACK_BOT_TOKEN: { principal: "^(a|a)*$" }',
        '  OTHER_SLACK_TOKEN: { principal: "T012AB34/U045CD6." }',
        '',
      ].join('\n'),
    });
    const other = SLACK_TOKEN.replace(/.$/, 'Q');
    const { result, ms } = await checkEveryFormat({
      root,
      smoke: true,
      secrets: secretStore({ SLACK_BOT_TOKEN: SLACK_TOKEN, OTHER_SLACK_TOKEN: other }),
      endpoints: { slack: slack.url },
    });
    expect(ms).toBeLessThan(2000);
    for (const name of ['SLACK_BOT_TOKEN', 'OTHER_SLACK_TOKEN']) {
      const key = result.report.keys.find((k) => k.name === name);
      expect(key?.smoke).toMatchObject({ status: 'mismatch', reason: 'wrong-account' });
    }
  });

  it('adversarial globs against 10 KB of text finish in linear-ish time', () => {
    const text = 'a'.repeat(10_000);
    for (const pattern of [
      `${'*a'.repeat(50)}*b`,
      `${'a*'.repeat(200)}b`,
      `^(a|a)*$`,
      `${'*'.repeat(1000)}b`,
      `*${'a'.repeat(5000)}*b`,
    ]) {
      const started = performance.now();
      expect(matchesGlob(pattern, text)).toBe(false);
      expect(performance.now() - started, pattern.slice(0, 20)).toBeLessThan(250);
    }
    expect(matchesGlob(`${'*a'.repeat(50)}*`, text)).toBe(true);
  });
});
