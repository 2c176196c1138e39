// Reads argv once into a typed settings object (the actions/checkout habit): every flag validated
// here, with messages that quote the bad value and say what was expected.

import { parseArgs } from 'node:util';
import { KeyboundError } from '../core/errors.js';
import type { FailOn, Mode } from '../core/types.js';
import { parseEndpointOverrides } from '../providers/endpoints.js';
import { FORMATS, type Format } from '../report/index.js';

export type Command = 'check' | 'baseline' | 'explain' | 'rules' | 'providers' | 'help' | 'version';

export interface CliSettings {
  command: Command;
  path: string;
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
  /** `check --baseline FILE`: report only findings not in it. */
  baseline?: string;
  /** `explain RULE`: the rule to explain. */
  rule?: string;
}

const OPTIONS = {
  config: { type: 'string' },
  mode: { type: 'string' },
  environment: { type: 'string' },
  smoke: { type: 'boolean' },
  'secrets-json': { type: 'string' },
  'secrets-env': { type: 'boolean' },
  endpoint: { type: 'string', multiple: true },
  'github-repo': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  now: { type: 'string' },
  baseline: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const COMMANDS: readonly string[] = ['check', 'baseline', 'explain', 'rules', 'providers'];

export function parseCli(argv: readonly string[]): CliSettings {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs messages name the flag and are free of user data beyond the flag itself.
    throw new KeyboundError('usage', `${(error as Error).message.split('\n')[0]}; see keybound --help`);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  let command: Command;
  if (values.version) command = 'version';
  else if (values.help || first === 'help') command = 'help';
  else if (first === undefined) command = 'help';
  else if (COMMANDS.includes(first)) command = first as Command;
  else throw new KeyboundError('usage', `unknown command "${first}"; expected one of: ${COMMANDS.join(', ')}`);

  // check and baseline take an optional PATH, explain a required RULE, the others nothing.
  const positional = command === 'check' || command === 'baseline' || command === 'explain' ? 1 : 0;
  if (rest.length > positional) {
    throw new KeyboundError('usage', `unexpected argument "${rest[positional]}"`);
  }
  if (command === 'explain' && rest.length === 0) {
    throw new KeyboundError('usage', 'explain needs a rule id: keybound explain RULE (keybound rules lists them)');
  }
  if (values.baseline !== undefined && command !== 'check') {
    throw new KeyboundError('usage', '--baseline is an option of check; keybound baseline writes one with --output');
  }

  return {
    command,
    path: command === 'explain' ? '.' : (rest[0] ?? '.'),
    ...(command === 'explain' ? { rule: rest[0] } : {}),
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    configPath: values.config,
    mode: oneOf('--mode', values.mode ?? 'audit', ['audit', 'gate'] as const),
    environment: values.environment,
    smoke: values.smoke ?? false,
    secretsJson: values['secrets-json'],
    secretsEnv: values['secrets-env'] ?? false,
    endpoints: parseEndpointOverrides(values.endpoint ?? [], '--endpoint'),
    githubRepo: repo(values['github-repo']),
    format: oneOf('--format', values.format ?? 'text', FORMATS),
    output: values.output,
    failOn: oneOf('--fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'note', 'never'] as const),
    now: date(values.now),
  };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KeyboundError('usage', `${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}

function date(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new KeyboundError('usage', `--now: "${value}" is not a date of the form YYYY-MM-DD`);
  return value;
}

function repo(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(value))
    throw new KeyboundError('usage', `--github-repo: "${value}" is not of the form OWNER/REPO`);
  return value;
}
