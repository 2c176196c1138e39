// The command line: the only code that touches argv, stdout, stdin, files for output, the environment
// and the exit code. main() returns the code and never calls process.exit, so tests run it in-process.

import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { describeError, KeyboundError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { redactValues } from '../core/redact-values.js';
import { NotRegularFileError, readRegularFile } from '../core/regular-file.js';
import type { WriteRoot } from '../core/safe-write.js';
import { SecretValue } from '../core/secret.js';
import type { Finding, Report } from '../core/types.js';
import { check, exitCodeOf } from '../engine.js';
import { loadConfig } from '../policy/load.js';
import { VERSION } from '../generated/version.js';
import { createBaseline, DEFAULT_BASELINE_FILE, notBaselinable, parseBaseline } from '../policy/baseline.js';
import { parseSecretsJson } from '../policy/secrets-input.js';
import { withEnterpriseGitHub } from '../providers/endpoints.js';
import { CATALOG } from '../providers/catalog.js';
import { formatRedacted, formatRedactedChunks } from '../report/redacted.js';
import { failsInEveryMode } from '../rules/invalid-waiver.js';
import { RULES } from '../rules/index.js';
import { parseCli, type CliSettings } from './args.js';
import { HELP } from './help.js';
import { assertNoConfig, starterConfig, writeStarter } from './init.js';
import {
  findRule,
  formatExplain,
  formatExplainCustom,
  formatProviders,
  formatRules,
  recommendedSetting,
} from './listings.js';
import { checkWritable, writeOutput } from './output.js';
import { progressMode, withProgress } from './progress.js';
import { resolveScope } from './scope.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Whether stdout is a terminal (colour in text output unless NO_COLOR). */
  isTTY: boolean;
  /** Whether stderr is a terminal (smoke progress redrawn in place). */
  stderrIsTTY?: boolean;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === 'org') return (await import('./org.js')).runOrg(argv.slice(1), io);
  // Everything printed goes through this; check() adds every secret it meets.
  let redactor = new Redactor();
  try {
    const settings = parseCli(argv);
    switch (settings.command) {
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'help':
        io.stdout(HELP);
        return 0;
      case 'rules':
        io.stdout(formatRules(RULES, listingFormat(settings)));
        return 0;
      case 'providers':
        io.stdout(formatProviders(CATALOG, listingFormat(settings)));
        return 0;
      case 'explain':
        io.stdout(await explain(settings, io));
        return 0;
      case 'init':
        return await init(settings, io);
      case 'baseline': {
        if (settings.output) checkWritable(io.cwd, settings.output, '--output');
        const result = await runCheck(settings, io, (secrets) => (redactor = new Redactor(secrets)));
        redactor = result.redactor;
        return writeBaseline(settings, io, result.report, redactor, result.root);
      }
      case 'check': {
        if (settings.output) checkWritable(io.cwd, settings.output, '--output');
        const result = await runCheck(settings, io, (secrets) => (redactor = new Redactor(secrets)));
        redactor = result.redactor;
        const color = settings.format === 'text' && !settings.output && io.isTTY && !io.env.NO_COLOR;
        const shown = settings.quiet ? quietReport(result.report) : result.report;
        const options = { color, rules: result.rules, quiet: settings.quiet };
        // A report file is written piece by piece (issue 15: no whole copy of a large report in memory).
        if (settings.output) {
          const pieces = formatRedactedChunks(shown, redactor, settings.format, options);
          writeOutput(io.cwd, settings.output, pieces, '--output', writeRoots(io, result.root));
        } else io.stdout(formatRedacted(shown, redactor, settings.format, options));
        return exitCodeOf(result.report);
      }
    }
  } catch (error) {
    io.stderr(`keybound: ${redactor.redact(describeError(error))}\n`);
    if (!(error instanceof KeyboundError))
      io.stderr('keybound: this is a bug; please report it with the command you ran\n');
    return 2;
  }
}

async function runCheck(settings: CliSettings, io: CliIO, onSecrets: (secrets: Iterable<SecretValue>) => void) {
  const { root, include } = resolveScope(io.cwd, settings.paths);
  const token = settings.githubRepo ? githubToken(io) : undefined;
  const secrets = new Map<string, SecretValue>();
  if (token) onSecrets([token]);
  if (settings.secretsJson !== undefined) {
    const fromStdin = settings.secretsJson === '-';
    const text = fromStdin ? await io.readStdin() : readSecretsFile(resolve(io.cwd, settings.secretsJson));
    const parsed = parseSecretsJson(text, fromStdin ? 'stdin' : settings.secretsJson);
    for (const [name, value] of parsed.secrets) secrets.set(name, value);
    onSecrets([...secrets.values(), ...(token ? [token] : [])]);
    for (const warning of parsed.warnings) io.stderr(`keybound: --secrets-json: ${warning}\n`);
  }
  const platformSecrets =
    settings.githubRepo && token ? await readSecretMetadata(settings.githubRepo, token, io) : undefined;
  const progress = settings.smoke && !settings.quiet ? progressMode(io.stderrIsTTY ?? false, io.env) : undefined;
  const result = await withProgress(progress, io.stderr, (onSmokeProgress) =>
    check({
      root,
      include,
      exclude: settings.exclude,
      onSmokeProgress,
      configPath: settings.configPath ? resolve(io.cwd, settings.configPath) : undefined,
      mode: settings.mode,
      environment: settings.environment,
      smoke: settings.smoke,
      secrets,
      secretsFromEnv: settings.secretsEnv ? io.env : undefined,
      now: settings.now ?? new Date().toISOString().slice(0, 10),
      failOn: settings.failOn,
      endpoints: withEnterpriseGitHub(settings.endpoints, io.env.GITHUB_API_URL),
      tlsVerificationDisabled: io.env.NODE_TLS_REJECT_UNAUTHORIZED === '0',
      http: io.env.RUNNER_DEBUG === '1' ? { log: (line) => io.stderr(`keybound: debug: ${line}\n`) } : {},
      platformSecrets,
      ...(settings.baseline !== undefined ? { baseline: readBaseline(io, settings.baseline) } : {}),
    }),
  );
  if (token) result.redactor.add(token);
  // The inventory (every use, workflow and location read) is not reported: dropped here, it is garbage
  // while the report is formatted (issue 15: peak memory).
  const { inventory: _inventory, ...reported } = result;
  return { ...reported, root };
}

/** `--quiet`: errors only (and expired exceptions, which fail whatever their severity); counts stay whole. */
function quietReport(report: Report): Report {
  const shown = (finding: Finding): boolean => finding.severity === 'error' || failsInEveryMode(finding);
  return { ...report, findings: report.findings.filter(shown), suppressed: [], diagnostics: [] };
}

/** `keybound explain RULE`: a built-in rule, else a custom rule of the config (--config, or found in .). */
async function explain(settings: CliSettings, io: CliIO): Promise<string> {
  const id = settings.rule ?? '';
  const format = listingFormat(settings);
  const builtin = RULES.find((rule) => rule.meta.id === id);
  if (builtin) return formatExplain(builtin, recommendedSetting(id), format);
  const config = await loadConfig({
    root: io.cwd,
    configPath: settings.configPath ? resolve(io.cwd, settings.configPath) : undefined,
    rules: RULES,
  });
  const custom = config.customRules.find((spec) => spec.id === id);
  if (custom) return formatExplainCustom(custom, format);
  findRule(
    RULES,
    id,
    config.customRules.map((spec) => spec.id),
  );
  return '';
}

/** `keybound init [PATH]`: a starter keybound.yml listing the keys an offline scan finds. */
async function init(settings: CliSettings, io: CliIO): Promise<number> {
  const folder = resolve(io.cwd, settings.path);
  if (statOrUndefined(folder)?.isDirectory() !== true) {
    throw new KeyboundError(
      'usage',
      `${JSON.stringify(settings.path)} is not a folder; keybound init [PATH] writes PATH/keybound.yml`,
    );
  }
  assertNoConfig(folder, settings.path);
  const { report } = await check({
    root: folder,
    exclude: settings.exclude,
    mode: 'audit',
    smoke: false,
    secrets: new Map(),
    now: new Date().toISOString().slice(0, 10),
    failOn: 'never',
  });
  const written = await writeStarter(
    folder,
    settings.path,
    starterConfig(report, { ignore: settings.exclude, version: VERSION }),
  );
  const count = report.keys.length;
  io.stdout(
    `Wrote ${written} with ${count} key${count === 1 ? '' : 's'}. Fill in rotated:, principal-kind: and owner: for each, then run: keybound check ${settings.path}\n`,
  );
  return 0;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** --github-repo reads its token from GITHUB_TOKEN only, never from a flag that would show in `ps`. */
function githubToken(io: CliIO): SecretValue {
  const value = io.env.GITHUB_TOKEN?.trim() ?? '';
  if (value === '')
    throw new KeyboundError(
      'usage',
      '--github-repo needs a token in GITHUB_TOKEN that may read Actions secret metadata (fine-grained: Secrets: read; classic: repo)',
    );
  return new SecretValue(value, 'GITHUB_TOKEN');
}

/** Actions secret metadata for rotation dates; what could not be read is a warning on stderr. */
async function readSecretMetadata(repository: string, token: SecretValue, io: CliIO) {
  const debug = io.env.RUNNER_DEBUG === '1';
  // Octokit is loaded only when --github-repo asks for it (issue 15: start-up).
  const { fetchSecretMetadata } = await import('../discovery/github-secrets.js');
  const { secrets, warnings } = await fetchSecretMetadata({
    repository,
    token,
    apiUrl: io.env.GITHUB_API_URL,
    log: debug ? (line) => io.stderr(`keybound: debug: ${line}\n`) : undefined,
  });
  for (const warning of warnings) io.stderr(`keybound: --github-repo: ${warning}\n`);
  return secrets;
}

/** --baseline FILE, relative to the working directory. */
function readBaseline(io: CliIO, file: string) {
  let text: string;
  try {
    text = readRegularFile(resolve(io.cwd, file));
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new KeyboundError('io', `--baseline: ${error.message}`, { file });
    const code = (error as { code?: string }).code ?? 'error';
    throw new KeyboundError('io', `--baseline: the file could not be read (${code}); write it with keybound baseline`, {
      file,
    });
  }
  return { data: parseBaseline(text, file), file };
}

/** `keybound baseline`: the run's active findings as fingerprints, in --output or ROOT/.keybound-baseline.json. */
function writeBaseline(settings: CliSettings, io: CliIO, report: Report, redactor: Redactor, root: string): number {
  const named = settings.output ?? join(relativeOrAbsolute(io.cwd, root), DEFAULT_BASELINE_FILE);
  const baseline = createBaseline(report.findings, report.keys, VERSION, report.evaluatedAt);
  writeOutput(
    io.cwd,
    named,
    `${JSON.stringify(redactValues(baseline, redactor), null, 2)}\n`,
    settings.output ? '--output' : 'baseline',
    writeRoots(io, root),
  );
  io.stderr(`keybound: wrote ${baseline.findings.length} finding(s) to ${named}\n`);
  for (const finding of report.findings) {
    const why = notBaselinable(finding, report.keys);
    if (why) io.stderr(`keybound: not baselined: ${finding.ruleId} on ${finding.key ?? 'a key'}: ${why}\n`);
  }
  return 0;
}

/** Where a checkout's committed symlinks can be, so every folder below them is checked (rule 9). */
function writeRoots(io: CliIO, root: string): WriteRoot[] {
  return [
    { path: io.cwd, name: 'the working directory' },
    { path: root, name: 'the scanned folder' },
    ...(io.env.RUNNER_TEMP ? [{ path: io.env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : []),
    { path: tmpdir(), name: 'the temp folder' },
  ];
}

function readSecretsFile(path: string): string {
  try {
    return readRegularFile(path);
  } catch (error) {
    if (error instanceof NotRegularFileError)
      throw new KeyboundError(
        'secrets',
        `--secrets-json: ${error.message}; pipe the JSON to --secrets-json - instead`,
        {
          file: path,
        },
      );
    const code = (error as { code?: string }).code ?? 'error';
    throw new KeyboundError('secrets', `--secrets-json: the file could not be read (${code})`, { file: path });
  }
}

function listingFormat(settings: CliSettings): 'text' | 'json' | 'markdown' {
  if (settings.format === 'json' || settings.format === 'markdown' || settings.format === 'text')
    return settings.format;
  throw new KeyboundError('usage', `--format ${settings.format} is for check; listings take text, json or markdown`);
}

/** `root` as the user would type it from `cwd`: relative when inside, else absolute. */
function relativeOrAbsolute(cwd: string, root: string): string {
  const rel = relative(cwd, root);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? root : rel;
}
