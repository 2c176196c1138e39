// Secret values given to keybound: the JSON object `${{ toJSON(secrets) }}` gives (--secrets-json,
// action input `secrets`), or named environment variables (--secrets-env). SECURITY.md case 11: the
// size is checked before parsing, errors quote nothing of the input (Node's JSON.parse messages quote
// it, so they are never passed on), and names land in a Map, so `__proto__` is only a name.

import { KeyboundError } from '../core/errors.js';
import { SecretValue } from '../core/secret.js';

/** Larger input is refused unread: a real secrets object is a few kilobytes. */
export const MAX_SECRETS_JSON_BYTES = 4 * 1024 * 1024;

export interface ParsedSecrets {
  secrets: Map<string, SecretValue>;
  /** Skipped entries and duplicate names; each names only the secret, never its value. */
  warnings: string[];
}

/**
 * Parses a JSON object of secret name -> string value. `origin` names the input in messages and becomes
 * each value's origin (`secrets-json`, a file name). Throws KeyboundError('secrets') with a message that
 * contains nothing of the input but, for invalid JSON, a byte offset.
 */
export function parseSecretsJson(text: string, origin: string): ParsedSecrets {
  const fail = (message: string): never => {
    throw new KeyboundError('secrets', message, { file: origin });
  };
  // Cheap bound first (a UTF-16 unit is at most 3 UTF-8 bytes), exact count only when close.
  if (text.length > MAX_SECRETS_JSON_BYTES || Buffer.byteLength(text, 'utf8') > MAX_SECRETS_JSON_BYTES) {
    fail(`secrets JSON is larger than ${MAX_SECRETS_JSON_BYTES / 1024 / 1024} MiB; not read`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '')
    fail('secrets JSON is empty; expected an object of name -> value, as ${{ toJSON(secrets) }} gives');

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    // SECURITY: the engine's message quotes the input; only the offset it reports is kept.
    const offset = errorOffset(error, body);
    fail(
      `secrets JSON is not valid JSON${offset === undefined ? '' : ` (at byte ${offset})`}; expected an object of name -> value, as \${{ toJSON(secrets) }} gives`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`;
    fail(`secrets JSON must be an object of name -> value, as \${{ toJSON(secrets) }} gives; got ${kind}`);
  }

  const warnings: string[] = [];
  for (const name of duplicateNames(body)) {
    warnings.push(`${origin}: secret ${quote(name)} appears more than once; the last value is used`);
  }
  const secrets = new Map<string, SecretValue>();
  // JSON.parse defines `__proto__` as an own property (it never sets the prototype), so own keys are exact.
  for (const name of Object.keys(parsed as object)) {
    const value = (parsed as Record<string, unknown>)[name];
    if (typeof value !== 'string') {
      warnings.push(`${origin}: secret ${quote(name)} is not a string (${describeType(value)}); skipped`);
      continue;
    }
    secrets.set(name, new SecretValue(value, origin));
  }
  return { secrets, warnings };
}

/**
 * The values of `names` from environment variables of the same names (--secrets-env). Unset variables
 * are left out; set but empty ones are kept (a fork's run gets empty values, reported as no-value).
 */
export function secretsFromEnv(
  names: Iterable<string>,
  env: Record<string, string | undefined>,
): Map<string, SecretValue> {
  const secrets = new Map<string, SecretValue>();
  for (const name of names) {
    // Own properties only: `constructor` must not find Object.prototype.constructor.
    if (!Object.prototype.hasOwnProperty.call(env, name)) continue;
    const value = env[name];
    if (typeof value === 'string') secrets.set(name, new SecretValue(value, 'env'));
  }
  return secrets;
}

/** The byte offset V8 reports for a JSON syntax error, read only from its fixed trailing wording. */
function errorOffset(error: unknown, text: string): number | undefined {
  if (!(error instanceof SyntaxError)) return undefined;
  // Anchored at the end: V8 writes `... in JSON at position N` (optionally `(line L column C)`) after
  // any quoted input, so the digits here are V8's, never the input's.
  const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(error.message);
  if (!match) return undefined;
  const position = Math.min(Number(match[1]), text.length);
  return Buffer.byteLength(text.slice(0, position), 'utf8');
}

/**
 * Names that occur more than once at the top level of a valid JSON object. JSON.parse keeps the last
 * silently; a linear scan over the text finds them (strings are skipped whole, nesting is counted).
 */
function duplicateNames(text: string): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) {
        const name = JSON.parse(text.slice(i, end + 1)) as string;
        if (seen.has(name)) duplicates.add(name);
        seen.add(name);
        expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      depth++;
      expectKey = depth === 1 && c === '{';
    } else if (c === '}' || c === ']') {
      depth--;
    } else if (c === ',' && depth === 1) {
      expectKey = true;
    }
  }
  return [...duplicates];
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** A secret's name for a message: JSON-quoted (no raw newlines), shortened when very long. */
function quote(name: string): string {
  return name.length > 100 ? `${JSON.stringify(name.slice(0, 100))}…` : JSON.stringify(name);
}
