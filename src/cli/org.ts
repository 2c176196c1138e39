// `keybound org plan|scan|merge` (SPEC section 11): the shell of the organisation audit. It reads argv,
// the environment (GITHUB_TOKEN, GITHUB_API_URL, RUNNER_DEBUG, RUNNER_TEMP) and files, and writes
// stdout, stderr and the reports; src/org does the work. Like main(), it returns the exit code.

import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, KeyboundError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { SecretValue } from '../core/secret.js';
import type { FailOn } from '../core/types.js';
import { createGitHubClient, type GitHubClient } from '../discovery/github-api.js';
import { loadConfig } from '../policy/load.js';
import { parseSecretsJson } from '../policy/secrets-input.js';
import { parseEndpointOverrides, withEnterpriseGitHub } from '../providers/endpoints.js';
import { RULES } from '../rules/index.js';
import { readPlan } from '../org/artifacts.js';
import { formatOrgHtml } from '../org/html.js';
import { mergeShards, OUTPUT_FILES } from '../org/merge.js';
import { planOrg } from '../org/plan.js';
import { formatOrgMarkdown, formatOrgText, type AgeLimits } from '../org/report.js';
import { scanShard } from '../org/scan.js';
import { formatShard, parseShard, parseShardCount } from '../org/shard.js';
import type { CliIO } from './main.js';

export const ORG_HELP = `keybound org: audit every repository of a GitHub organization, sharded over a job matrix

Usage:
  keybound org plan --org ORG [--shards N] [--output FILE]
      list the organization's repositories and print the matrix JSON for fromJSON:
      {"include":[{"shard":"1/N","repos":["org/a",...]},...]}; --output also writes the plan file
  keybound org scan --org ORG --shard I/N --output DIR [--plan FILE] [--now YYYY-MM-DD]
      scan shard I of N (1..N, or 0..N-1 from a Kubernetes Indexed Job): each repository's default
      branch tarball, checked offline; one file per repository and the shard's inventory in DIR.
      A rerun keeps what is written and retries what failed. --plan reads the list from org plan
  keybound org merge DIR... [--output DIR] [--format text|json|markdown|html] [--fail-on LEVEL]
                            [--config FILE] [--smoke --secrets-json FILE|- | --secrets-env]
                            [--endpoint PROVIDER=URL] [--now YYYY-MM-DD]
      merge shard folders (or folders holding them) into one report; --output writes
      org-report.json, org-summary.md, org-report.html and sarif/REPO.sarif there

The token is read from GITHUB_TOKEN (a GitHub App installation token: Contents, Metadata and Secrets
read on the repositories, Secrets read on the organization), the API from GITHUB_API_URL.
Exit codes: 0 done; 1 findings at or above --fail-on (merge); 2 usage error, a repository that failed
(scan: rerun the shard), or missing shards or repositories (merge: named on stderr).
`;

/** Long jobs wait out GitHub's rate limits (primary resets within the hour) rather than fail. */
const CLIENT_LIMITS = {
  timeoutMs: 6 * 60 * 60 * 1000,
  maxRateLimitWaitS: 60 * 60,
  rateLimitRetries: 5,
  retries: 3,
};

const SUBCOMMANDS = ['plan', 'scan', 'merge'] as const;

export async function runOrg(argv: readonly string[], io: CliIO): Promise<number> {
  const redactor = new Redactor();
  const say = (line: string): void => io.stderr(`keybound: ${redactor.redact(line)}\n`);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout(ORG_HELP);
      return 0;
    }
    if (!(SUBCOMMANDS as readonly string[]).includes(command))
      throw new KeyboundError('usage', `unknown org command "${command}"; expected one of: ${SUBCOMMANDS.join(', ')}`);
    const args = parse(rest, command as (typeof SUBCOMMANDS)[number]);
    if (args.values.help) {
      io.stdout(ORG_HELP);
      return 0;
    }
    if (command === 'plan') return await plan(args, io, redactor, say);
    if (command === 'scan') return await scan(args, io, redactor, say);
    return await merge(args, io, redactor, say);
  } catch (error) {
    io.stderr(`keybound: ${redactor.redact(describeError(error))}\n`);
    if (!(error instanceof KeyboundError))
      io.stderr('keybound: this is a bug; please report it with the command you ran\n');
    return 2;
  }
}

const OPTIONS = {
  org: { type: 'string' },
  shards: { type: 'string' },
  shard: { type: 'string' },
  output: { type: 'string' },
  plan: { type: 'string' },
  now: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  smoke: { type: 'boolean' },
  'secrets-json': { type: 'string' },
  'secrets-env': { type: 'boolean' },
  endpoint: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command takes; anything else is a usage error naming the option. */
const ALLOWED: Record<(typeof SUBCOMMANDS)[number], readonly string[]> = {
  plan: ['org', 'shards', 'output', 'help'],
  scan: ['org', 'shard', 'output', 'plan', 'now', 'help'],
  merge: ['output', 'format', 'fail-on', 'config', 'smoke', 'secrets-json', 'secrets-env', 'endpoint', 'now', 'help'],
};

type Args = ReturnType<typeof parse>;

function parse(argv: readonly string[], command: (typeof SUBCOMMANDS)[number]) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new KeyboundError('usage', `${(error as Error).message.split('\n')[0]}; see keybound org --help`);
  }
  for (const name of Object.keys(parsed.values))
    if (!ALLOWED[command].includes(name))
      throw new KeyboundError('usage', `org ${command} takes no --${name}; see keybound org --help`);
  if (command !== 'merge' && parsed.positionals.length > 0)
    throw new KeyboundError('usage', `unexpected argument "${parsed.positionals[0]}"; see keybound org --help`);
  return parsed;
}

function required(args: Args, name: 'org' | 'shard' | 'output', command: string): string {
  const value = args.values[name];
  if (value === undefined || value.trim() === '') throw new KeyboundError('usage', `org ${command} needs --${name}`);
  return value.trim();
}

function orgName(args: Args, command: string): string {
  const org = required(args, 'org', command);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org))
    throw new KeyboundError('usage', `--org: "${org}" is not a GitHub organization name`);
  return org;
}

function today(args: Args): string {
  const value = args.values.now;
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new KeyboundError('usage', `--now: "${value}" is not a date of the form YYYY-MM-DD`);
  return value;
}

/** The token from GITHUB_TOKEN only (never a flag, which `ps` would show), registered for redaction. */
function client(
  io: CliIO,
  redactor: Redactor,
  say: (line: string) => void,
  needed: string | undefined,
): GitHubClient | undefined {
  const value = io.env.GITHUB_TOKEN?.trim() ?? '';
  if (value === '') {
    if (needed)
      throw new KeyboundError(
        'usage',
        `${needed} needs a token in GITHUB_TOKEN (a GitHub App installation token or a PAT)`,
      );
    return undefined;
  }
  redactor.add(value);
  const debug = io.env.RUNNER_DEBUG === '1';
  return createGitHubClient({
    token: new SecretValue(value, 'GITHUB_TOKEN'),
    apiUrl: io.env.GITHUB_API_URL,
    ...CLIENT_LIMITS,
    log: debug ? (line) => say(`debug: ${line}`) : undefined,
  });
}

async function plan(args: Args, io: CliIO, redactor: Redactor, say: (line: string) => void): Promise<number> {
  const org = orgName(args, 'plan');
  const shards = parseShardCount(args.values.shards ?? '1');
  const github = client(io, redactor, say, 'org plan') as GitHubClient;
  const result = await planOrg(github, org, shards);
  if (args.values.output)
    writeFileSync(resolve(io.cwd, args.values.output), `${JSON.stringify(result.plan, null, 1)}\n`);
  say(result.note);
  io.stdout(`${JSON.stringify(result.matrix)}\n`);
  return 0;
}

async function scan(args: Args, io: CliIO, redactor: Redactor, say: (line: string) => void): Promise<number> {
  const org = orgName(args, 'scan');
  const shard = parseShard(required(args, 'shard', 'scan'));
  const output = resolve(io.cwd, required(args, 'output', 'scan'));
  const now = today(args);
  let repositories;
  if (args.values.plan !== undefined) {
    const planned = readPlan(args.values.plan, io.cwd);
    if (planned.org.toLowerCase() !== org.toLowerCase() || planned.shards !== shard.count)
      throw new KeyboundError(
        'usage',
        `--plan ${args.values.plan} is a plan of ${planned.shards} shards of ${planned.org}, not of ${shard.count} shards of ${org}`,
      );
    repositories = planned.repositories.map(({ shard: _shard, ...repo }) => repo);
  }
  const github = client(io, redactor, say, 'org scan') as GitHubClient;
  const debug = io.env.RUNNER_DEBUG === '1';
  say(`scanning shard ${formatShard(shard)} of ${org}`);
  const { inventory, kept } = await scanShard({
    org,
    shard,
    output,
    client: github,
    ...(repositories ? { repositories } : {}),
    now,
    tempDir: io.env.RUNNER_TEMP?.trim() || tmpdir(),
    progress: say,
    ...(debug ? { debug: (line: string) => say(`debug: ${line}`) } : {}),
  });
  const count = (status: string): number => inventory.repositories.filter((r) => r.status === status).length;
  say(
    `shard ${formatShard(shard)}: ${inventory.repositories.length} repositories: ${count('scanned')} scanned, ${count('skipped')} skipped, ${count('error')} could not be scanned, ${count('failed')} failed${kept > 0 ? ` (${kept} kept from an earlier run)` : ''}; wrote ${join(args.values.output ?? '', 'inventory.json')}`,
  );
  if (count('failed') > 0) {
    say(`${count('failed')} repositories failed: rerun this shard; what is written is kept`);
    return 2;
  }
  return 0;
}

const MERGE_FORMATS = ['text', 'json', 'markdown', 'html'] as const;

async function merge(args: Args, io: CliIO, redactor: Redactor, say: (line: string) => void): Promise<number> {
  if (args.positionals.length === 0)
    throw new KeyboundError('usage', 'org merge needs the shard folders: keybound org merge DIR...');
  const format = oneOf('--format', args.values.format ?? 'text', MERGE_FORMATS);
  const failOn = oneOf('--fail-on', args.values['fail-on'] ?? 'error', [
    'error',
    'warning',
    'note',
    'never',
  ] as const) as FailOn;
  const now = today(args);
  const config = args.values.config
    ? await loadConfig({ root: io.cwd, configPath: resolve(io.cwd, args.values.config), rules: RULES })
    : await loadConfig({ root: io.cwd, rules: RULES, readFile: missingFile });
  const smoke = args.values.smoke ? await smokeSettings(args, io, redactor, say) : undefined;
  if (!args.values.smoke && (args.values['secrets-json'] !== undefined || args.values['secrets-env']))
    say('secret values are only used with --smoke; they were not read');
  const github = client(io, redactor, say, undefined);
  const output = args.values.output ? resolve(io.cwd, args.values.output) : undefined;
  const result = await mergeShards({
    dirs: args.positionals,
    cwd: io.cwd,
    now,
    failOn,
    config,
    redactor,
    progress: say,
    ...(github ? { client: github } : {}),
    ...(smoke ? { smoke } : {}),
    ...(output ? { output } : {}),
    ...(format === 'json' ? { json: io.stdout } : {}),
  });
  const limits = rotationLimits(config);
  const options = { redact: (text: string) => redactor.redact(text), limits, problems: result.problems };
  const markdown = (): string => formatOrgMarkdown(result.head, { ...options, maxLength: 1_000_000 });
  const html = (emit: (text: string) => void): void =>
    formatOrgHtml(result.head, result.drill, result.orgFindings, options, emit);
  // The Markdown and HTML formatters redact every piece of text before they escape it.
  if (output) {
    writeFileSync(join(output, OUTPUT_FILES.markdown), markdown());
    const fd = openSync(join(output, OUTPUT_FILES.html), 'w');
    try {
      html((text) => writeSync(fd, text));
    } finally {
      closeSync(fd);
    }
  }
  if (format === 'text') io.stdout(formatOrgText(result.head, options));
  else if (format === 'markdown') io.stdout(markdown());
  else if (format === 'html') html(io.stdout);
  for (const problem of result.problems) say(`incomplete: ${problem}`);
  if (output)
    say(
      `wrote ${result.findings} findings of ${result.head.repositories.length} repositories to ${args.values.output}`,
    );
  return result.exitCode;
}

/** --smoke: values from --secrets-json and/or --secrets-env; endpoints; TLS must be on. */
async function smokeSettings(args: Args, io: CliIO, redactor: Redactor, say: (line: string) => void) {
  if (io.env.NODE_TLS_REJECT_UNAUTHORIZED === '0')
    throw new KeyboundError(
      'smoke-refused',
      'NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS verification off; smoke calls are refused until it is unset',
    );
  const secrets = new Map<string, SecretValue>();
  const file = args.values['secrets-json'];
  if (file !== undefined) {
    const fromStdin = file === '-';
    let text: string;
    try {
      text = fromStdin ? await io.readStdin() : readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new KeyboundError(
        'secrets',
        `--secrets-json: the file could not be read (${(error as { code?: string }).code ?? 'error'})`,
        { file },
      );
    }
    const parsed = parseSecretsJson(text, fromStdin ? 'stdin' : file);
    for (const [name, value] of parsed.secrets) secrets.set(name, value);
    for (const warning of parsed.warnings) say(`--secrets-json: ${warning}`);
  }
  if (secrets.size === 0 && !args.values['secrets-env'])
    say('--smoke: no secret values were given (--secrets-json or --secrets-env); every key is skipped');
  for (const value of secrets.values()) redactor.add(value);
  return {
    secrets,
    // Read for the organization secrets' names only, once they are known (org/smoke.ts).
    ...(args.values['secrets-env'] ? { secretsFromEnv: io.env } : {}),
    endpoints: withEnterpriseGitHub(
      parseEndpointOverrides(args.values.endpoint ?? [], '--endpoint'),
      io.env.GITHUB_API_URL,
    ),
    http: io.env.RUNNER_DEBUG === '1' ? { log: (line: string) => say(`debug: ${line}`) } : {},
  };
}

function rotationLimits(config: Awaited<ReturnType<typeof loadConfig>>): AgeLimits {
  const options = config.rules['rotation-age']?.options ?? {};
  const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
  return { maxAgeDays: number(options['max-age-days']), warnAgeDays: number(options['warn-age-days']) };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KeyboundError('usage', `${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}

/** Without --config the merge uses the built-in policy, never a keybound.yml that happens to be here. */
function missingFile(): string {
  const error = new Error('not read') as Error & { code: string };
  error.code = 'ENOENT';
  throw error;
}
