// Every flag with bad values (issue 19 item 3, issue 14): each is a usage error that names the flag and
// what it expects, exit 2, with nothing on stdout, and never "internal error" or a stack trace. Paths
// that cannot be written are refused before anything is scanned.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, startFakeProvider } from '../helpers/fake-provider.js';
import { runCli } from './run.js';

const R = '__tests__/fixtures/repos/exit-0';
const T = mkdtempSync(join(tmpdir(), 'keybound-usage-'));
mkdirSync(join(T, 'folder'));
writeFileSync(join(T, 'file.txt'), 'x');
execFileSync('mkfifo', [join(T, 'fifo')]);

interface Case {
  name: string;
  argv: string[];
  message: string;
}

const CASES: Case[] = [
  // --config
  { name: '--config without a value', argv: ['check', R, '--config'], message: '--config needs a value (FILE)' },
  { name: '--config empty', argv: ['check', R, '--config', ''], message: '--config is empty' },
  {
    name: '--config missing',
    argv: ['check', R, '--config', `${T}/missing.yml`],
    message: `${T}/missing.yml: config file ${T}/missing.yml was not found`,
  },
  {
    name: '--config a folder',
    argv: ['check', R, '--config', `${T}/folder`],
    message: `${T}/folder: is a folder, not a regular file; not read`,
  },
  // --mode
  { name: '--mode without a value', argv: ['check', R, '--mode'], message: '--mode needs a value (audit or gate)' },
  {
    name: '--mode followed by another flag',
    argv: ['check', R, '--mode', '--smoke'],
    message: '--mode needs a value (audit or gate), got the option "--smoke"',
  },
  {
    name: '--mode unknown',
    argv: ['check', R, '--mode', 'strict'],
    message: '--mode: "strict" is not one of audit, gate',
  },
  {
    name: '--mode close to one',
    argv: ['check', R, '--mode', 'gates'],
    message: '--mode: "gates" is not one of audit, gate; did you mean "gate"?',
  },
  // --environment
  { name: '--environment empty', argv: ['check', R, '--environment', ''], message: '--environment is empty' },
  {
    name: '--environment misspelt',
    argv: ['check', R, '--environment', 'prodution'],
    message:
      '--environment: no use is in "prodution" and no config defines it (known: development, production, staging, unknown); did you mean "production"?',
  },
  {
    name: '--environment nobody uses',
    argv: ['check', R, '--environment', 'qa'],
    message:
      '--environment: no use is in "qa" and no config defines it (known: development, production, staging, unknown)',
  },
  // boolean flags
  { name: '--smoke with a value', argv: ['check', R, '--smoke=yes'], message: '--smoke takes no value (got "yes")' },
  {
    name: '--secrets-env with a value',
    argv: ['check', R, '--secrets-env=1'],
    message: '--secrets-env takes no value (got "1")',
  },
  { name: '--quiet with a value', argv: ['check', R, '--quiet=1'], message: '--quiet takes no value (got "1")' },
  // --secrets-json
  {
    name: '--secrets-json missing',
    argv: ['check', R, '--secrets-json', `${T}/missing.json`],
    message: `${T}/missing.json: --secrets-json: the file could not be read (ENOENT)`,
  },
  {
    name: '--secrets-json a folder',
    argv: ['check', R, '--secrets-json', `${T}/folder`],
    message: `${T}/folder: --secrets-json: is a folder, not a regular file; pipe the JSON to --secrets-json - instead`,
  },
  { name: '--secrets-json empty', argv: ['check', R, '--secrets-json', ''], message: '--secrets-json is empty' },
  // --endpoint
  {
    name: '--endpoint without =',
    argv: ['check', R, '--endpoint', 'stripe'],
    message: '--endpoint: "stripe" is not of the form PROVIDER=URL',
  },
  {
    name: '--endpoint unknown provider',
    argv: ['check', R, '--endpoint', 'nope=https://x.example'],
    message: '--endpoint: unknown provider "nope"; see keybound providers',
  },
  {
    name: '--endpoint plain http off loopback',
    argv: ['check', R, '--endpoint', 'stripe=http://api.example.com'],
    message: '--endpoint stripe: plain http is accepted only for loopback addresses: http://api.example.com',
  },
  {
    name: '--endpoint not a URL',
    argv: ['check', R, '--endpoint', 'stripe=not a url'],
    message: '--endpoint stripe: not a URL',
  },
  // --github-repo
  {
    name: '--github-repo without an owner',
    argv: ['check', R, '--github-repo', 'just-a-name'],
    message: '--github-repo: "just-a-name" is not of the form OWNER/REPO',
  },
  // --format
  {
    name: '--format unknown',
    argv: ['check', R, '--format', 'yaml'],
    message: '--format: "yaml" is not one of text, json, sarif, markdown, github',
  },
  {
    name: '--format of check on a listing',
    argv: ['rules', '--format', 'sarif'],
    message: '--format: "sarif" is not one of text, json, markdown',
  },
  // --output
  {
    name: '--output in a missing folder',
    argv: ['check', R, '--output', `${T}/missing/report.txt`],
    message: `--output "${T}/missing/report.txt": the folder "${T}/missing" does not exist; create it first`,
  },
  {
    name: '--output a folder',
    argv: ['check', R, '--output', `${T}/folder`],
    message: `--output "${T}/folder": that is a folder; name a file to write`,
  },
  {
    name: '--output under a file',
    argv: ['check', R, '--output', `${T}/file.txt/report.txt`],
    message: `--output "${T}/file.txt/report.txt": "${T}/file.txt" is not a folder`,
  },
  { name: '--output empty', argv: ['check', R, '--output', ''], message: '--output is empty' },
  {
    name: 'baseline --output in a missing folder',
    argv: ['baseline', R, '--output', `${T}/missing/b.json`],
    message: `--output "${T}/missing/b.json": the folder "${T}/missing" does not exist; create it first`,
  },
  // --fail-on
  {
    name: '--fail-on close to one',
    argv: ['check', R, '--fail-on', 'errors'],
    message: '--fail-on: "errors" is not one of error, warning, note, never; did you mean "error"?',
  },
  // --now (issue 14: these printed "internal error ... this is a bug")
  ...['2026-13-01', '2026-13-45', '2026-02-30', 'tomorrow', '26-1-1'].map((now) => ({
    name: `--now ${now}`,
    argv: ['check', R, '--now', now],
    message: `--now: "${now}" is not a calendar date of the form YYYY-MM-DD`,
  })),
  // --exclude
  {
    name: '--exclude absolute',
    argv: ['check', R, '--exclude', '/etc/**'],
    message: '--exclude "/etc/**": must be relative to the scanned root (no leading /)',
  },
  {
    name: '--exclude climbing out',
    argv: ['check', R, '--exclude', '../x/**'],
    message: '--exclude "../x/**": must stay inside the scanned root (no ..)',
  },
  { name: '--exclude empty', argv: ['check', R, '--exclude', ''], message: '--exclude is empty' },
  // --baseline
  {
    name: '--baseline missing',
    argv: ['check', R, '--baseline', `${T}/missing.json`],
    message: `${T}/missing.json: --baseline: the file could not be read (ENOENT); write it with keybound baseline`,
  },
  {
    name: '--baseline on keybound baseline',
    argv: ['baseline', R, '--baseline', 'x.json'],
    message:
      '--baseline is not an option of keybound baseline (it takes --config, --mode, --environment, --smoke, --secrets-json, --secrets-env, --endpoint, --github-repo, --fail-on, --now, --exclude, --output); keybound baseline writes one, check --baseline FILE reads it',
  },
  // unknown flags and commands, arguments
  {
    name: 'a misspelt flag',
    argv: ['check', R, '--fromat', 'json'],
    message: 'unknown option "--fromat"; did you mean "--format"? (keybound --help lists the options)',
  },
  {
    name: 'an unknown short flag',
    argv: ['check', R, '-x'],
    message: 'unknown option "-x" (keybound --help lists the options)',
  },
  { name: 'a misspelt command', argv: ['chekc'], message: 'unknown command "chekc"; did you mean "check"?' },
  {
    name: 'a folder instead of a command',
    argv: [R],
    message: `unknown command "${R}"; to scan it: keybound check ${R}`,
  },
  {
    name: 'a flag of another command',
    argv: ['init', '--smoke'],
    message: '--smoke is not an option of keybound init (it takes --exclude)',
  },
  {
    name: 'an argument too many',
    argv: ['rules', 'extra'],
    message: 'unexpected argument "extra": keybound rules takes no arguments',
  },
  { name: 'an empty PATH', argv: ['check', ''], message: 'PATH is empty' },
  // PATHs
  {
    name: 'a PATH that does not exist',
    argv: ['check', `${T}/missing`],
    message: `"${T}/missing" does not exist; give a folder or file to scan`,
  },
  {
    name: 'a PATH that is a FIFO',
    argv: ['check', `${T}/fifo`],
    message: `"${T}/fifo" is not a folder or a regular file to scan`,
  },
  {
    name: 'init on a file',
    argv: ['init', `${T}/file.txt`],
    message: `"${T}/file.txt" is not a folder; keybound init [PATH] writes PATH/keybound.yml`,
  },
];

describe('bad flag values are usage errors (exit 2)', () => {
  it.each(CASES)('$name', async ({ argv, message }) => {
    const run = await runCli(argv);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `keybound: ${message}\n` });
  });

  it('covers every flag of keybound check and baseline', async () => {
    const { COMMANDS } = await import('../../src/cli/args.js');
    const flags = new Set([...COMMANDS.check.flags, ...COMMANDS.baseline.flags, ...COMMANDS.init.flags]);
    const tried = new Set(
      CASES.flatMap((c) => c.argv.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')[0])),
    );
    expect([...flags].filter((flag) => !tried.has(flag))).toEqual([]);
  });

  it('--output is checked before the scan: no smoke call is made for a report that cannot be written', async () => {
    const stripe = await startFakeProvider(() => json(200, { id: 'acct_1Usage', object: 'account' }));
    try {
      const run = await runCli(
        [
          'check',
          '__tests__/fixtures/repos/smoke',
          '--smoke',
          '--secrets-json',
          '-',
          '--endpoint',
          `stripe=${stripe.url}`,
          '--output',
          `${T}/missing/r.txt`,
        ],
        { stdin: JSON.stringify({ STRIPE_SECRET_KEY: `sk_live_${'kbUsageStripe4Fh8Jk2Lp6Qr9'}` }) },
      );
      expect(run.code).toBe(2);
      expect(stripe.requests).toEqual([]);
    } finally {
      await stripe.close();
    }
  });
});
