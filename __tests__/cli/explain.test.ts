// `keybound explain RULE`: the rule's description, options with defaults and the example, from the same
// metadata as the README table; an unknown rule exits 2 with close matches.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runCli } from './run.js';

describe('keybound explain', () => {
  it('prints description, options with defaults and the example', async () => {
    const run = await runCli(['explain', 'rotation-age']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'rotation-age  (default severity: error)',
        '  Reports a key older than the limits by its best date fact (a key declared with its own max-age-days or warn-age-days is held to those), a key that expires within expiry-warn-days (14 by default), and (as a note) a key with no date at all.',
        '',
        'Options (keybound.yml, rules.rotation-age):',
        '  max-age-days (integer)',
        '      Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key.',
        '      default: 90',
        '  warn-age-days (integer)',
        '      Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own.',
        '      default: 75',
        '  expiry-warn-days (integer)',
        '      Lead time: warn when a key expires within this many days (0: only on the day it expires).',
        '      default: 14',
        '',
        'Example finding:',
        '  DEPLOY_TOKEN was last rotated 120 days ago (2026-07-25); rotate it: the limit is 90 days',
        '',
      ].join('\n'),
    );
  });

  it.each(RULES.map((rule) => rule.meta))('$id: json carries the README metadata', async (meta) => {
    const run = await runCli(['explain', meta.id, '--format', 'json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data).toMatchObject({ id: meta.id, description: meta.description, defaultSeverity: meta.defaultSeverity });
    expect(data.options.map((o: { name: string }) => o.name)).toEqual(
      Object.keys((meta.optionsSchema.properties ?? {}) as object),
    );
    if (meta.example) expect(data.example).toBe(meta.example);
  });

  it('shows an enum option and its default', async () => {
    const run = await runCli(['explain', 'key-user-association']);
    expect(run.stdout).toMatch(/ {2}unknown \("fail" \| "warn"\)\n(?: {6}.*\n)? {6}default: "fail"\n/);
  });

  it.each([
    {
      argv: ['explain', 'rotation-ag'],
      stderr: 'keybound: explain: unknown rule "rotation-ag"; did you mean "rotation-age"?\n',
    },
    {
      argv: ['explain', 'no-dev-key-in-prod'],
      stderr: 'keybound: explain: unknown rule "no-dev-key-in-prod"; did you mean "no-dev-keys-in-prod"?\n',
    },
    {
      argv: ['explain'],
      stderr: 'keybound: explain needs a rule id: keybound explain RULE (keybound rules lists them)\n',
    },
    { argv: ['explain', 'a', 'b'], stderr: 'keybound: unexpected argument "b": keybound explain takes one RULE\n' },
  ])('$argv exits 2', async ({ argv, stderr }) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('keybound explain for a custom rule of the config', () => {
  const DIR = '__tests__/fixtures/repos/custom-rules';
  const ID = 'no-long-term-aws-keys-in-prod';

  it.each([
    { name: 'found in the current folder', argv: ['explain', ID], cwd: DIR },
    { name: 'named by --config', argv: ['explain', ID, '--config', `${DIR}/keybound.yml`], cwd: undefined },
  ])('$name: where it is defined, its message, when and deny', async ({ argv, cwd }) => {
    const run = await runCli(argv, { cwd });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const where = cwd ? 'keybound.yml:7' : `${process.cwd()}/${DIR}/keybound.yml:7`;
    expect(run.stdout).toBe(
      [
        `${ID}  (custom rule; severity: error)`,
        `  Custom rule ${ID}, defined in ${where} (custom-rules). For every use of every key where \`when\` is true, it reports a finding when \`deny\` is true.`,
        '',
        '  message: {{key}} is a long-term AWS key; use OIDC for production deploys ({{job}} in {{file}}:{{line}})',
        '  when: use.environment == "production"',
        '  deny: key.provider == "aws" && key.facts.keyType.value == "long-term"',
        '',
        `  Change it in ${where}; its severity is set there (error | warning | note | off).`,
        '',
      ].join('\n'),
    );
  });

  it('json', async () => {
    const run = await runCli(['explain', ID, '--format', 'json'], { cwd: DIR });
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: ID,
      custom: true,
      definedIn: 'keybound.yml:7',
      severity: 'error',
      when: 'use.environment == "production"',
      deny: 'key.provider == "aws" && key.facts.keyType.value == "long-term"',
    });
  });

  it('a close miss suggests custom ids too', async () => {
    expect(await runCli(['explain', 'no-long-term-aws-keys'], { cwd: DIR })).toEqual({
      code: 2,
      stdout: '',
      stderr: `keybound: explain: unknown rule "no-long-term-aws-keys"; did you mean "${ID}"?\n`,
    });
  });

  it('a config that does not load is reported as such (exit 2)', async () => {
    const run = await runCli(['explain', 'anything'], { cwd: '__tests__/fixtures/repos/exit-2' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('keybound.yml:5:');
  });
});
