// The command line: the only code that touches argv, stdout, stdin, files for output, the environment
// and the exit code. main() returns the code and never calls process.exit, so tests run it in-process.

import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeError, KeyboundError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { NotRegularFileError, readRegularFile } from '../core/regular-file.js';
import { writeFileSafely, type WriteRules } from '../core/safe-write.js';
import { SecretValue } from '../core/secret.js';
import type { Report } from '../core/types.js';
import { fetchSecretMetadata } from '../discovery/github-secrets.js';
import { check, exitCodeOf } from '../engine.js';
import { VERSION } from '../generated/version.js';
import { createBaseline, DEFAULT_BASELINE_FILE, notBaselinable, parseBaseline } from '../policy/baseline.js';
import { parseSecretsJson } from '../policy/secrets-input.js';
import { withEnterpriseGitHub } from '../providers/endpoints.js';
import { PROVIDERS } from '../providers/index.js';
import { formatReport } from '../report/index.js';
import { RULES } from '../rules/index.js';
import { parseCli, type CliSettings } from './args.js';
import { HELP } from './help.js';
import { findRule, formatExplain, formatProviders, formatRules, recommendedSetting } from './listings.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Whether stdout is a terminal (colour in text output unless NO_COLOR). */
  isTTY: boolean;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
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
        io.stdout(formatProviders(PROVIDERS, listingFormat(settings)));
        return 0;
      case 'explain': {
        const rule = findRule(RULES, settings.rule ?? '');
        io.stdout(formatExplain(rule, recommendedSetting(rule.meta.id), listingFormat(settings)));
        return 0;
      }
      case 'baseline': {
        const result = await runCheck(settings, io, (secrets) => (redactor = new Redactor(secrets)));
        redactor = result.redactor;
        return writeBaseline(settings, io, result.report, redactor);
      }
      case 'check': {
        const result = await runCheck(settings, io, (secrets) => (redactor = new Redactor(secrets)));
        redactor = result.redactor;
        const color = settings.format === 'text' && !settings.output && io.isTTY && !io.env.NO_COLOR;
        const text = redactor.redact(
          formatReport(result.report, settings.format, { color, rules: RULES.map((r) => r.meta) }),
        );
        if (settings.output)
          writeFileSafely(resolve(io.cwd, settings.output), text, writeRules(settings, io, '--output'));
        else io.stdout(text);
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
  const root = resolve(io.cwd, settings.path);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new KeyboundError('usage', `"${settings.path}" is not a folder to scan`);
  }
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
  const result = await check({
    root,
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
  });
  if (token) result.redactor.add(token);
  return result;
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

/** `keybound baseline`: the run's active findings as fingerprints, in --output or PATH/.keybound-baseline.json. */
function writeBaseline(settings: CliSettings, io: CliIO, report: Report, redactor: Redactor): number {
  const target = settings.output
    ? resolve(io.cwd, settings.output)
    : resolve(io.cwd, settings.path, DEFAULT_BASELINE_FILE);
  const baseline = createBaseline(report.findings, report.keys, VERSION, report.evaluatedAt);
  writeFileSafely(
    target,
    redactor.redact(`${JSON.stringify(baseline, null, 2)}\n`),
    writeRules(settings, io, settings.output ? '--output' : 'keybound baseline'),
  );
  const named = settings.output ?? join(settings.path, DEFAULT_BASELINE_FILE);
  io.stderr(`keybound: wrote ${baseline.findings.length} finding(s) to ${named}\n`);
  for (const finding of report.findings) {
    const why = notBaselinable(finding, report.keys);
    if (why) io.stderr(`keybound: not baselined: ${finding.ruleId} on ${finding.key ?? 'a key'}: ${why}\n`);
  }
  return 0;
}

/**
 * Where the CLI may write (SECURITY.md rule 9): below the working directory, the scanned folder,
 * RUNNER_TEMP or the temp folder, never through a symlink; `/dev/null` and other devices anywhere.
 */
function writeRules(settings: CliSettings, io: CliIO, label: string): WriteRules {
  const roots = [
    { path: io.cwd, name: 'the working directory' },
    { path: resolve(io.cwd, settings.path), name: 'the scanned folder' },
    ...(io.env.RUNNER_TEMP ? [{ path: io.env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : []),
    { path: tmpdir(), name: 'the temp folder' },
  ];
  return { roots, label, ...(settings.output ? { display: settings.output } : {}), allowDevices: true };
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
