// Shared test helpers for policy loading: fake rules (the real ones live in src/rules/), a built-in
// `recommended` pack for them, and an in-memory file system rooted at /repo.

import { posix } from 'node:path';
import { KeyboundErrors } from '../../src/core/errors.js';
import { loadConfig, type LoadConfigOptions } from '../../src/policy/load.js';
import type { ResolvedConfig } from '../../src/policy/types.js';
import type { Rule } from '../../src/rules/types.js';

export const ROOT = '/repo';

function fakeRule(
  id: string,
  defaultSeverity: Rule['meta']['defaultSeverity'],
  optionsSchema: Record<string, unknown>,
  defaultOptions: Record<string, unknown>,
): Rule {
  return {
    meta: { id, description: `fake ${id}`, defaultSeverity, optionsSchema, defaultOptions, messages: {} },
    check: () => undefined,
  };
}

/** Stand-ins for the real rules, with options shaped like SPEC section 4's example. */
export const FAKE_RULES: readonly Rule[] = [
  fakeRule('no-dev-keys-in-prod', 'error', { type: 'object', properties: {} }, {}),
  fakeRule('service-account-bound', 'error', { type: 'object', properties: {} }, {}),
  fakeRule(
    'least-privilege-scopes',
    'error',
    {
      type: 'object',
      properties: {
        'forbidden-scopes': { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
      },
    },
    { 'forbidden-scopes': { github: ['admin:org', 'delete_repo', 'admin:enterprise'] } },
  ),
  fakeRule(
    'rotation-age',
    'warning',
    {
      type: 'object',
      properties: {
        'max-age-days': { type: 'integer', minimum: 1 },
        'warn-age-days': { type: 'integer', minimum: 1 },
      },
    },
    { 'max-age-days': 90, 'warn-age-days': 75 },
  ),
  fakeRule(
    'key-user-association',
    'error',
    { type: 'object', properties: { unknown: { enum: ['fail', 'warn'] } } },
    { unknown: 'fail' },
  ),
  fakeRule('parse-error', 'error', { type: 'object', properties: {} }, {}),
];

/** The built-in packs the tests load: a small `recommended` for the fake rules. */
export const FAKE_BUILTINS: Readonly<Record<string, string>> = {
  'recommended.yml':
    'version: 1\nrules:\n  rotation-age: { severity: warning, max-age-days: 90 }\n  service-account-bound: { severity: error }\n',
  'strict.yml': 'extends: [recommended]\nrules:\n  rotation-age: { severity: error, max-age-days: 60 }\n',
  'config.schema.json': '{}',
};

/** A reader over an in-memory tree: paths are relative to ROOT. */
export function memoryFs(files: Record<string, string>): (absPath: string) => string {
  return (absPath) => {
    const rel = posix.relative(ROOT, absPath);
    const text = files[rel];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${absPath}`), { code: 'ENOENT' });
    return text;
  };
}

export function load(files: Record<string, string>, options: Partial<LoadConfigOptions> = {}): Promise<ResolvedConfig> {
  return loadConfig({ root: ROOT, rules: FAKE_RULES, readFile: memoryFs(files), builtins: FAKE_BUILTINS, ...options });
}

export interface ExpectedError {
  file?: string;
  line?: number;
  column?: number;
  path?: string;
  message: string;
}

/** Loads, expecting failure; returns every error as plain place + message. */
export async function loadErrors(
  files: Record<string, string>,
  options: Partial<LoadConfigOptions> = {},
): Promise<(ExpectedError & { code: string })[]> {
  try {
    await load(files, options);
  } catch (error) {
    if (!(error instanceof KeyboundErrors)) throw error;
    return error.errors.map((e) => ({ code: e.code, ...e.place, message: e.message }));
  }
  throw new Error('expected loadConfig to fail');
}
