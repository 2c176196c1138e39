// The command line: the only code that touches argv, stdout, stdin, files for output, the environment
// and the exit code. main() returns the code and never calls process.exit, so tests run it in-process.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeError, KeyboundError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import type { SecretValue } from '../core/secret.js';
import { check, exitCodeOf } from '../engine.js';
import { VERSION } from '../generated/version.js';
import { parseSecretsJson } from '../policy/secrets-input.js';
import { withEnterpriseGitHub } from '../providers/endpoints.js';
import { PROVIDERS } from '../providers/index.js';
import { formatReport } from '../report/index.js';
import { RULES } from '../rules/index.js';
import { parseCli, type CliSettings } from './args.js';
import { HELP } from './help.js';
import { formatProviders, formatRules } from './listings.js';

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
      case 'check': {
        const result = await runCheck(settings, io, (secrets) => (redactor = new Redactor(secrets)));
        redactor = result.redactor;
        const color = settings.format === 'text' && !settings.output && io.isTTY && !io.env.NO_COLOR;
        const text = redactor.redact(
          formatReport(result.report, settings.format, { color, rules: RULES.map((r) => r.meta) }),
        );
        if (settings.output) writeFileSync(resolve(io.cwd, settings.output), text);
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
  if (settings.githubRepo) {
    throw new KeyboundError('usage', '--github-repo: reading Actions secret metadata is not available in this version');
  }
  const secrets = new Map<string, SecretValue>();
  if (settings.secretsJson !== undefined) {
    const fromStdin = settings.secretsJson === '-';
    const text = fromStdin ? await io.readStdin() : readSecretsFile(resolve(io.cwd, settings.secretsJson));
    const parsed = parseSecretsJson(text, fromStdin ? 'stdin' : settings.secretsJson);
    for (const [name, value] of parsed.secrets) secrets.set(name, value);
    onSecrets(secrets.values());
    for (const warning of parsed.warnings) io.stderr(`keybound: --secrets-json: ${warning}\n`);
  }
  return check({
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
  });
}

function readSecretsFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new KeyboundError('secrets', `--secrets-json: the file could not be read (${code})`, { file: path });
  }
}

function listingFormat(settings: CliSettings): 'text' | 'json' | 'markdown' {
  if (settings.format === 'json' || settings.format === 'markdown' || settings.format === 'text')
    return settings.format;
  throw new KeyboundError('usage', `--format ${settings.format} is for check; listings take text, json or markdown`);
}
