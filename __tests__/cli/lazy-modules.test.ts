// Issue 15 (start-up): a run loads only the heavy dependencies it needs. Each case runs the CLI's main()
// from the TypeScript sources in a child process whose module hooks (scripts/ts-hooks.mjs, plus a
// recorder) write down every module resolved; the heavy packages found there must be exactly the
// expected ones. A static import of any of them anywhere on the path of a plain `check` fails this.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
/** The dependencies a plain check must not load (≈ 70 ms of CPU together in the bundle). */
const HEAVY = ['@octokit/rest', '@smithy/signature-v4', '@marcbachmann/cel-js', 'ajv'] as const;
/** Node's own modules that cost a plain check most to load (node:crypto 10-20 ms on Node 20). */
const BUILTINS = ['crypto', 'http', 'https'] as const;
/** Our own code only smoke calls need: the adapters (≈ 270 KB of source) and the HTTP client. */
const SMOKE_ONLY = ['src/providers/all.ts', 'src/providers/smoke.ts', 'src/providers/http.ts'] as const;

const T = mkdtempSync(join(tmpdir(), 'keybound-lazy-'));
afterAll(() => rmSync(T, { recursive: true, force: true }));

writeFileSync(
  join(T, 'record.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.KEYBOUND_LOADED, result.url + '\\n');
  return result;
}
`,
);
writeFileSync(
  join(T, 'driver.mjs'),
  `import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(join(REPO, 'scripts/ts-hooks.mjs')).href)});
register(${JSON.stringify(pathToFileURL(join(T, 'record.mjs')).href)});
const { main } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'src/cli/main.ts')).href)});
const argv = JSON.parse(process.env.KEYBOUND_ARGV);
process.exitCode = await main(argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => '',
  env: { GITHUB_TOKEN: 'ghp_lazy_modules_test', GITHUB_API_URL: 'http://127.0.0.1:9' },
  cwd: process.cwd(),
  isTTY: false,
});
const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => 'node:' + m.slice(13));
appendFileSync(process.env.KEYBOUND_LOADED, builtins.join('\\n') + '\\n');
`,
);

/** The heavy packages that `keybound ARGV` loads in `dir`, and its exit code. */
function heavyLoaded(name: string, argv: string[], files: Record<string, string>) {
  const dir = join(T, name.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const loaded = join(dir, '..', `${name.replace(/\W+/g, '-')}.loaded`);
  writeFileSync(loaded, '');
  const child = spawnSync(process.execPath, [join(T, 'driver.mjs')], {
    cwd: dir,
    env: { ...process.env, KEYBOUND_LOADED: loaded, KEYBOUND_ARGV: JSON.stringify(argv) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const urls = readFileSync(loaded, 'utf8').split('\n');
  const heavy = [
    ...HEAVY.filter((pkg) => urls.some((url) => url.includes(`/node_modules/${pkg}/`))),
    ...BUILTINS.map((name) => `node:${name}`).filter((name) => urls.includes(name)),
    ...SMOKE_ONLY.filter((file) => urls.some((url) => url.endsWith(`/${file}`))),
  ];
  return { code: child.status, stderr: child.stderr, heavy };
}

const CUSTOM_RULE = [
  'version: 1',
  'custom-rules:',
  '  - id: no-root',
  '    message: "{{key}} is a root key"',
  '    deny: key.name == "ROOT_KEY"',
  '',
].join('\n');

describe('start-up: a run loads only the heavy dependencies it needs (issue 15)', () => {
  const cases: { name: string; argv: string[]; files: Record<string, string>; heavy: string[] }[] = [
    { name: 'check on an empty folder', argv: ['check', '.'], files: {}, heavy: [] },
    {
      name: 'check of a workflow with a secret',
      argv: ['check', '.'],
      files: { 'ci.yml': 'jobs:\n  a:\n    steps:\n      - run: x\n        env:\n          K: ${{ secrets.K }}\n' },
      heavy: [],
    },
    {
      name: 'check with a custom rule: CEL',
      argv: ['check', '.'],
      files: { 'keybound.yml': CUSTOM_RULE },
      heavy: ['@marcbachmann/cel-js'],
    },
    {
      name: 'check of the demo (10 findings): node:crypto for their fingerprints',
      argv: ['check', join(REPO, 'examples/demo')],
      files: {},
      heavy: ['node:crypto'],
    },
    {
      name: 'check --github-repo: Octokit (and what its requests need)',
      argv: ['check', '.', '--github-repo', 'o/r'],
      files: {},
      heavy: ['@octokit/rest', 'node:crypto', 'node:http'],
    },
    {
      name: 'check --smoke: the adapters and the HTTP client',
      argv: ['check', '.', '--smoke', '--secrets-json', 'secrets.json'],
      files: {
        'ci.yml': 'jobs:\n  a:\n    steps:\n      - run: x\n        env:\n          K: ${{ secrets.STRIPE_KEY }}\n',
        'secrets.json': JSON.stringify({ STRIPE_KEY: 'not-a-key' }),
      },
      heavy: ['src/providers/all.ts', 'src/providers/smoke.ts', 'src/providers/http.ts'],
    },
  ];

  it.each(cases)('$name', { timeout: 120_000 }, ({ name, argv, files, heavy }) => {
    const result = heavyLoaded(name, argv, files);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.heavy).toEqual(heavy);
  });
});
