// Reads argv once into a typed settings object (the actions/checkout habit): every flag validated
// here, with messages that quote the bad value and say what was expected. Our own small parser rather
// than node:util parseArgs, so an unknown flag or command gets "did you mean" and a flag missing its
// value is never confused with the next flag.

import { KeyboundError } from '../core/errors.js';
import { parseDate } from '../core/dates.js';
import { globProblem } from '../core/path-glob.js';
import type { FailOn, Mode } from '../core/types.js';
import { closeMatches } from '../policy/messages.js';
import { parseEndpointOverrides } from '../providers/endpoints.js';
import { FORMATS, type Format } from '../report/index.js';

export type Command = 'check' | 'baseline' | 'init' | 'explain' | 'rules' | 'providers' | 'help' | 'version';

export interface CliSettings {
  command: Command;
  /** The first PATH (default `.`): the folder `baseline` and `init` work in. */
  path: string;
  /** Every PATH given to check or baseline (folders or files), in order; empty means `.`. */
  paths: string[];
  configPath?: string;
  mode: Mode;
  environment?: string;
  smoke: boolean;
  secretsJson?: string;
  secretsEnv: boolean;
  endpoints: Record<string, string>;
  githubRepo?: string;
  format: Format;
  output?: string;
  failOn: FailOn;
  now?: string;
  /** `--exclude GLOB` (repeatable): paths not to scan, relative to the scanned root. */
  exclude: string[];
  /** `--quiet`: report errors only; counts and the verdict still include everything. */
  quiet: boolean;
  /** `check --baseline FILE`: report only findings not in it. */
  baseline?: string;
  /** `explain RULE`: the rule to explain. */
  rule?: string;
}

interface FlagSpec {
  type: 'string' | 'boolean' | 'list';
  /** What the value looks like, for "needs a value" messages. */
  value?: string;
  short?: string;
}

const FLAGS: Record<string, FlagSpec> = {
  config: { type: 'string', value: 'FILE' },
  mode: { type: 'string', value: 'audit or gate' },
  environment: { type: 'string', value: 'an environment name' },
  smoke: { type: 'boolean' },
  'secrets-json': { type: 'string', value: 'FILE, or - for standard input' },
  'secrets-env': { type: 'boolean' },
  endpoint: { type: 'list', value: 'PROVIDER=URL' },
  'github-repo': { type: 'string', value: 'OWNER/REPO' },
  format: { type: 'string', value: FORMATS.join(', ') },
  output: { type: 'string', value: 'FILE' },
  'fail-on': { type: 'string', value: 'error, warning, note or never' },
  now: { type: 'string', value: 'YYYY-MM-DD' },
  exclude: { type: 'list', value: 'GLOB' },
  quiet: { type: 'boolean' },
  baseline: { type: 'string', value: 'FILE' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** The flags that choose what is scanned and how: shared by check and baseline. */
const SCAN_FLAGS = [
  'config',
  'mode',
  'environment',
  'smoke',
  'secrets-json',
  'secrets-env',
  'endpoint',
  'github-repo',
  'fail-on',
  'now',
  'exclude',
] as const;

interface CommandSpec {
  /** `paths`: any number of PATHs; `path`: at most one; `rule`: exactly one rule id; `none`. */
  args: 'paths' | 'path' | 'rule' | 'none';
  flags: readonly string[];
  /** The formats it writes, when it takes --format. */
  formats?: readonly Format[];
}

const LISTING_FORMATS = ['text', 'json', 'markdown'] as const;

/** Every command, with what it takes. `help` and `version` are answered from any command. */
export const COMMANDS: Record<string, CommandSpec> = {
  check: { args: 'paths', flags: [...SCAN_FLAGS, 'format', 'output', 'quiet', 'baseline'], formats: FORMATS },
  baseline: { args: 'paths', flags: [...SCAN_FLAGS, 'output'] },
  init: { args: 'path', flags: ['exclude'] },
  explain: { args: 'rule', flags: ['format', 'config'], formats: LISTING_FORMATS },
  rules: { args: 'none', flags: ['format'], formats: LISTING_FORMATS },
  providers: { args: 'none', flags: ['format'], formats: LISTING_FORMATS },
};

type Values = Record<string, string | boolean | string[] | undefined>;

export function parseCli(argv: readonly string[]): CliSettings {
  const { values, positionals, given } = tokenize(argv);
  const [first, ...rest] = positionals;
  let command: Command;
  if (values.version) command = 'version';
  else if (values.help || first === 'help' || first === undefined) command = 'help';
  else if (Object.hasOwn(COMMANDS, first)) command = first as Command;
  else throw unknownCommand(first);
  if (command === 'help' || command === 'version') return defaults(command, values);

  const spec = COMMANDS[command];
  for (const flag of given) {
    if (!spec.flags.includes(flag)) {
      const takes = spec.flags.length ? spec.flags.map((f) => `--${f}`).join(', ') : 'no options';
      const hint = flag === 'baseline' ? '; keybound baseline writes one, check --baseline FILE reads it' : '';
      throw new KeyboundError('usage', `--${flag} is not an option of keybound ${command} (it takes ${takes})${hint}`);
    }
  }
  const most = spec.args === 'paths' ? Infinity : spec.args === 'none' ? 0 : 1;
  if (rest.length > most) {
    const extra = rest[most];
    throw new KeyboundError(
      'usage',
      `unexpected argument ${quote(extra)}: keybound ${command} takes ${most === 0 ? 'no arguments' : `one ${spec.args === 'rule' ? 'RULE' : 'PATH'}`}`,
    );
  }
  if (spec.args === 'rule' && rest.length === 0) {
    throw new KeyboundError('usage', 'explain needs a rule id: keybound explain RULE (keybound rules lists them)');
  }
  for (const path of spec.args === 'rule' ? [] : rest) nonEmpty('PATH', path);

  const format =
    values.format === undefined ? 'text' : oneOf('--format', values.format as string, spec.formats ?? FORMATS);
  return {
    ...defaults(command, values),
    path: spec.args === 'rule' ? '.' : (rest[0] ?? '.'),
    paths: spec.args === 'rule' ? [] : rest,
    ...(spec.args === 'rule' ? { rule: rest[0] } : {}),
    format,
  };
}

/** Settings from the flags alone (validated), whatever the command. */
function defaults(command: Command, values: Values): CliSettings {
  const string = (flag: string): string | undefined =>
    values[flag] === undefined ? undefined : nonEmpty(`--${flag}`, values[flag] as string);
  const list = (flag: string): string[] =>
    ((values[flag] as string[] | undefined) ?? []).map((v) => nonEmpty(`--${flag}`, v));
  const baseline = string('baseline');
  return {
    command,
    path: '.',
    paths: [],
    ...(baseline !== undefined ? { baseline } : {}),
    configPath: string('config'),
    mode: oneOf('--mode', (values.mode as string | undefined) ?? 'audit', ['audit', 'gate'] as const),
    environment: string('environment'),
    smoke: values.smoke === true,
    secretsJson: string('secrets-json'),
    secretsEnv: values['secrets-env'] === true,
    endpoints: parseEndpointOverrides(list('endpoint'), '--endpoint'),
    githubRepo: repo(string('github-repo')),
    format: 'text',
    output: string('output'),
    failOn: oneOf('--fail-on', (values['fail-on'] as string | undefined) ?? 'error', [
      'error',
      'warning',
      'note',
      'never',
    ] as const),
    now: date(string('now')),
    exclude: list('exclude').map(glob),
    quiet: values.quiet === true,
  };
}

/** argv as flag values, positionals and the flags given (by long name), in order. */
function tokenize(argv: readonly string[]): { values: Values; positionals: string[]; given: string[] } {
  const values: Values = {};
  const positionals: string[] = [];
  const given: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const raw = eq > 0 ? arg.slice(0, eq) : arg;
    const name = flagName(raw);
    const spec = FLAGS[name ?? ''];
    if (!name || !spec) throw unknownFlag(raw);
    if (!given.includes(name) && name !== 'help' && name !== 'version') given.push(name);
    if (spec.type === 'boolean') {
      if (eq > 0) throw new KeyboundError('usage', `--${name} takes no value (got ${quote(arg.slice(eq + 1))})`);
      values[name] = true;
      continue;
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || looksLikeFlag(next)) {
        throw new KeyboundError(
          'usage',
          `--${name} needs a value (${spec.value})${next === undefined ? '' : `, got the option ${quote(next)}`}`,
        );
      }
      value = next;
      i++;
    }
    if (spec.type === 'list') values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return { values, positionals, given };
}

function flagName(raw: string): string | undefined {
  if (raw.startsWith('--')) return raw.slice(2);
  if (raw.length === 2) return Object.keys(FLAGS).find((name) => FLAGS[name].short === raw[1]);
  return undefined;
}

/** A value that is itself an option: `--mode --smoke` forgot the mode. `-` alone is standard input. */
function looksLikeFlag(text: string): boolean {
  return /^--[a-z]/i.test(text) || /^-[a-z]$/i.test(text);
}

function unknownFlag(raw: string): KeyboundError {
  const known = Object.keys(FLAGS).map((name) => `--${name}`);
  const close = closeMatches(raw.startsWith('--') ? raw : `-${raw}`, known);
  const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
  return new KeyboundError('usage', `unknown option ${quote(raw)}${hint} (keybound --help lists the options)`);
}

function unknownCommand(word: string): KeyboundError {
  // `org` has its own parser (cli/org.ts), dispatched before this one.
  const names = [...Object.keys(COMMANDS), 'org'];
  const close = closeMatches(word, names);
  const hint = close.length
    ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
    : /[/\\.]/.test(word)
      ? `; to scan it: keybound check ${word}`
      : `; expected one of: ${names.join(', ')}`;
  return new KeyboundError('usage', `unknown command ${quote(word)}${hint}`);
}

/** Argument text in a message: quoted, one line, and short. */
function quote(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat);
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new KeyboundError('usage', `${flag} is empty`);
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new KeyboundError('usage', `${flag}: ${quote(value)} holds a control character`);
  return value;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const close = closeMatches(value, allowed);
  const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
  throw new KeyboundError('usage', `${flag}: ${quote(value)} is not one of ${allowed.join(', ')}${hint}`);
}

function date(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseDate(value)) {
    throw new KeyboundError('usage', `--now: ${quote(value)} is not a calendar date of the form YYYY-MM-DD`);
  }
  return value;
}

function repo(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(value))
    throw new KeyboundError('usage', `--github-repo: ${quote(value)} is not of the form OWNER/REPO`);
  return value;
}

/** `--exclude` globs are relative to the scanned root, like config `ignore:`. */
function glob(value: string): string {
  const problem = globProblem(value);
  if (problem) throw new KeyboundError('usage', `--exclude ${quote(value)}: ${problem}`);
  return value;
}
