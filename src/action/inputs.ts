// Reads every Action input once into a typed settings object (the actions/checkout habit), with messages
// that quote the bad value and say what was expected. SECURITY: secret values are registered with the
// runner's masker here, before anything else can print.

import * as core from '@actions/core';
import { KeyboundError } from '../core/errors.js';
import type { SecretValue } from '../core/secret.js';
import type { FailOn, Mode } from '../core/types.js';
import { parseSecretsJson } from '../policy/secrets-input.js';
import { parseEndpointOverrides, withEnterpriseGitHub } from '../providers/endpoints.js';

export interface ActionSettings {
  path: string;
  configPath?: string;
  mode: Mode;
  environment?: string;
  smoke: boolean;
  secrets: Map<string, SecretValue>;
  endpoints: Record<string, string>;
  failOn: FailOn;
  sarifFile?: string;
  jsonFile?: string;
  annotations: boolean;
  summary: boolean;
}

export function readInputs(): ActionSettings {
  // First, before any other input is even echoed: mask every secret value and each of its lines.
  const secretsText = core.getInput('secrets');
  const secrets = new Map<string, SecretValue>();
  if (secretsText.trim() !== '') {
    core.setSecret(secretsText);
    const parsed = parseSecretsJson(secretsText, 'the secrets input');
    for (const [name, value] of parsed.secrets) {
      mask(value.reveal());
      secrets.set(name, value);
    }
    for (const warning of parsed.warnings) core.warning(`secrets input: ${warning}`);
  }
  const settings: ActionSettings = {
    path: core.getInput('path') || '.',
    configPath: core.getInput('config') || undefined,
    mode: oneOf('mode', core.getInput('mode') || 'audit', ['audit', 'gate'] as const),
    environment: core.getInput('environment') || undefined,
    smoke: bool('smoke', false),
    secrets,
    endpoints: withEnterpriseGitHub(
      parseEndpointOverrides(core.getMultilineInput('endpoints'), 'input endpoints'),
      process.env.GITHUB_API_URL,
    ),
    failOn: oneOf('fail-on', core.getInput('fail-on') || 'error', ['error', 'warning', 'note', 'never'] as const),
    sarifFile: core.getInput('sarif-file') || undefined,
    jsonFile: core.getInput('json-file') || undefined,
    annotations: bool('annotations', true),
    summary: bool('summary', true),
  };
  for (const [name, value] of Object.entries(settings)) {
    if (name !== 'secrets') core.debug(`input ${name}: ${JSON.stringify(value)}`);
  }
  return settings;
}

/** Registers a value and every line of it: the runner masks line by line (actions/runner#161). */
function mask(value: string): void {
  if (value === '') return;
  core.setSecret(value);
  for (const line of value.split(/\r\n|\r|\n/)) if (line.trim().length >= 4) core.setSecret(line.trim());
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KeyboundError('usage', `input ${input}: "${value}" is not one of ${allowed.join(', ')}`);
}

function bool(input: string, fallback: boolean): boolean {
  const value = core.getInput(input).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new KeyboundError('usage', `input ${input}: "${value}" is not true or false`);
}
