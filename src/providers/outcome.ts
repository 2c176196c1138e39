// The results an adapter gives (verified, mismatch, invalid, unknown, skipped), the reason codes, and
// safe handling of provider text, which may echo the key (SECURITY.md case 9). adapter.ts uses them for
// the answers that mean the same for every provider (no answer, a redirect, a 5xx, an HTML page).

import { Redactor } from '../core/redact.js';
import type { SecretValue } from '../core/secret.js';
import type { SmokeResult } from '../core/types.js';
import type { Credential, HttpResult, Identity, Tenant } from './types.js';

/** Reason codes of SPEC section 6 that any adapter may give. */
export type Reason =
  | 'ok'
  | 'revoked'
  | 'expired'
  | 'user-inactive'
  | 'unknown-key'
  | 'wrong-account'
  | 'test-mode'
  | 'rate-limited'
  | 'timeout'
  | 'network'
  | 'redirect'
  | 'server-error'
  | 'unexpected-response'
  | 'insufficient-scope'
  | 'no-principal'
  | 'invalid-endpoint'
  | 'no-endpoint'
  | 'no-value'
  | 'unsupported'
  | 'insufficient-quota'
  | 'declared-provider-differs';

export function verified(principal: Identity['principal'], facts: Identity['facts'] = [], message?: string): Identity {
  return { status: 'verified', reason: 'ok', principal, facts, ...(message ? { message } : {}) };
}

export function invalid(reason: Reason, message: string, facts: Identity['facts'] = []): Identity {
  return { status: 'invalid', reason, message, facts };
}

export function unknown(reason: Reason, message: string): Identity {
  return { status: 'unknown', reason, message, facts: [] };
}

/** Accepted, but the provider itself says it cannot serve (an account that cannot pay). */
export function mismatch(reason: Reason, message: string): Identity {
  return { status: 'mismatch', reason, message, facts: [] };
}

/** Not sent: nothing to check with (a publishable key, a missing companion). */
export function skipped(reason: Reason | 'malformed', message: string): Identity {
  return { status: 'skipped', reason, message, facts: [] };
}

/**
 * The body as a JSON object, or undefined when it is not one: an HTML page from a WAF or a proxy is
 * never taken as an answer (the trufflehog bug of counting a 403 page as verified).
 */
export function jsonObject(result: Extract<HttpResult, { kind: 'response' }>): Record<string, unknown> | undefined {
  const type = result.headers['content-type'] ?? '';
  if (type && !/json/i.test(type)) return undefined;
  try {
    const parsed: unknown = JSON.parse(result.body);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** An unexpected answer: `unknown`, naming only the status (never the body). */
export function unexpected(answer?: { status: number }, what = 'an answer the provider does not document'): Identity {
  return unknown('unexpected-response', `${what}${answer ? ` (HTTP ${answer.status})` : ''}`);
}

/**
 * Provider text safe to keep in a message: the credential, its companions and `more` secrets removed
 * in every encoding, keys the provider quotes masked (`sk_test_****Aso0`, whose visible ends are still
 * fragments of a key) left out, one line, at most 160 characters.
 */
export function providerText(text: unknown, credential: Credential, more: readonly SecretValue[] = []): string {
  if (typeof text !== 'string') return '';
  const redactor = new Redactor([credential.value, ...Object.values(credential.companions), ...more]);
  const line = redactor
    .redact(text)
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  const masked = maskQuotedKeys(line);
  return masked.length > 160 ? `${masked.slice(0, 157)}...` : masked;
}

const TOKEN_CHAR = /[A-Za-z0-9_.*\u2026-]/;

/**
 * Keys the provider quotes masked (`sk_test_****Aso0`, `rk_live_***…qs8Kgd`): the whole token around a
 * run of three or more `*`, or `*` then `…`, becomes `[masked key]`. Each character is read at most
 * twice: linear.
 */
function maskQuotedKeys(text: string): string {
  const mark = /\*{3,}|\*+\u2026/g;
  let out = '';
  let done = 0;
  for (let found = mark.exec(text); found; found = mark.exec(text)) {
    let start = found.index;
    while (start > done && TOKEN_CHAR.test(text[start - 1])) start--;
    let end = found.index + found[0].length;
    while (end < text.length && TOKEN_CHAR.test(text[end])) end++;
    // A sentence's full stop after the key is not part of it.
    while (end > found.index + found[0].length && text[end - 1] === '.') end--;
    out += `${text.slice(done, start)}[masked key]`;
    done = end;
    mark.lastIndex = end;
  }
  return out + text.slice(done);
}

/** A string field of an object, if it is one. */
export function str(object: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = object?.[field];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Not sent: a provider with no default host is called only where --endpoint names the customer's. */
export function noEndpoint(provider: { id: string; name: string }, tenant: Tenant): Identity {
  return skipped(
    'no-endpoint',
    `${provider.name} has no default host: name ${tenant.what} with --endpoint ${provider.id}=${tenant.example} (Action input endpoints); the key was not sent`,
  );
}

/** A key with no value (forks and Dependabot get none): never called, never `invalid`. */
export const NO_VALUE: SmokeResult = {
  status: 'skipped',
  reason: 'no-value',
  message: 'no value was given for this key',
};
