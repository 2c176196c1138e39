// Reads every Action input once into a typed settings object (the actions/checkout habit), with messages
// that quote the bad value and say what was expected, and one debug line per input. SECURITY: secret
// values are registered with the runner's masker here, before anything else can print, and no debug
// line ever shows a secret (only how many values and their names).

import * as core from '@actions/core';
import { KeyboundError } from '../core/errors.js';
import { SecretValue } from '../core/secret.js';
import type { FailOn, Mode } from '../core/types.js';
import { parseSecretsJson } from '../policy/secrets-input.js';
import { parseEndpointOverrides, withEnterpriseGitHub } from '../providers/endpoints.js';

export interface ActionSettings {
  /** Folder to scan, relative to the workspace. */
  path: string;
  configPath?: string;
  mode: Mode;
  environment?: string;
  smoke: boolean;
  /** `allow-untrusted-smoke`: smoke calls on pull_request_target/workflow_run without proof of the base commit. */
  allowUntrustedSmoke: boolean;
  secrets: Map<string, SecretValue>;
  /** Warnings about the secrets input (skipped entries, duplicate names); they name secrets, never values. */
  secretsWarnings: string[];
  endpoints: Record<string, string>;
  failOn: FailOn;
  /** `github-token`: masked; kept for GitHub API calls. */
  githubToken?: SecretValue;
  sarifFile?: string;
  jsonFile?: string;
  annotations: boolean;
  summary: boolean;
  /** `secrets-token`: reads Actions secret metadata (rotation dates); masked before anything prints. */
  secretsToken?: SecretValue;
}

/** The environment the runner gives a step, for GITHUB_API_URL. */
export type InputEnv = Readonly<Record<string, string | undefined>>;

export function readInputs(env: InputEnv = process.env): ActionSettings {
  // First, before any other input is even echoed: mask every secret value and each of its lines.
  const secretsTokenText = core.getInput('secrets-token');
  if (secretsTokenText !== '') core.setSecret(secretsTokenText);
  const githubTokenText = core.getInput('github-token');
  mask(githubTokenText);
  const secretsText = core.getInput('secrets');
  const secrets = new Map<string, SecretValue>();
  const secretsWarnings: string[] = [];
  if (secretsText.trim() !== '') {
    // The raw text too: a parse error must not leave any part of it printable.
    mask(secretsText);
    const parsed = parseSecretsJson(secretsText, 'input secrets');
    for (const [name, value] of parsed.secrets) {
      mask(value.reveal());
      secrets.set(name, value);
    }
    secretsWarnings.push(...parsed.warnings);
  }
  core.debug(
    `input secrets: ${secrets.size} value(s)${secrets.size > 0 ? ` for ${[...secrets.keys()].join(', ')}` : ''}`,
  );
  core.debug(`input github-token: ${githubTokenText === '' ? 'not set' : 'set (masked)'}`);
  core.debug(`input secrets-token: ${secretsTokenText === '' ? 'not set' : 'set (masked)'}`);

  const settings: ActionSettings = {
    path: text('path') || '.',
    configPath: text('config') || undefined,
    mode: oneOf('mode', 'audit', ['audit', 'gate'] as const),
    environment: text('environment') || undefined,
    smoke: bool('smoke', false),
    allowUntrustedSmoke: bool('allow-untrusted-smoke', false),
    secrets,
    secretsWarnings,
    endpoints: withEnterpriseGitHub(
      parseEndpointOverrides(core.getMultilineInput('endpoints'), 'input endpoints'),
      env.GITHUB_API_URL,
    ),
    failOn: oneOf('fail-on', 'error', ['error', 'warning', 'note', 'never'] as const),
    ...(githubTokenText !== '' ? { githubToken: new SecretValue(githubTokenText, 'input github-token') } : {}),
    sarifFile: text('sarif-file') || undefined,
    jsonFile: text('json-file') || undefined,
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    ...(secretsTokenText !== '' ? { secretsToken: new SecretValue(secretsTokenText, 'input secrets-token') } : {}),
  };
  core.debug(`input endpoints: ${JSON.stringify(settings.endpoints)}`);
  return settings;
}

/** Values already registered this run: each is sent to the runner once. */
const masked = new Set<string>();

/** Registers a value and every line of it: the runner masks line by line (actions/runner#161). */
function mask(value: string): void {
  const pieces = [value, ...value.split(/\r\n|\r|\n/).map((line) => line.trim())];
  for (const piece of pieces) {
    if (piece.length < 4 && piece !== value) continue;
    if (piece === '' || masked.has(piece)) continue;
    masked.add(piece);
    core.setSecret(piece);
  }
}

/** A plain text input, trimmed, with its debug line. NOTE: only for inputs that never hold secrets. */
function text(input: string): string {
  const value = core.getInput(input);
  core.debug(`input ${input}: ${JSON.stringify(value)}`);
  return value;
}

function oneOf<T extends string>(input: string, fallback: T, allowed: readonly T[]): T {
  const value = text(input) || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KeyboundError('usage', `input ${input}: "${value}" is not one of ${allowed.join(', ')}`);
}

function bool(input: string, fallback: boolean): boolean {
  const value = text(input).toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new KeyboundError('usage', `input ${input}: "${value}" is not true or false`);
}
