// Helpers every adapter shares: the answers that mean the same for every provider (no answer, a
// redirect, rate limiting, a 5xx, a body that is not the JSON the provider documents) and safe
// handling of provider text, which may echo the key (SECURITY.md case 9).

import { Redactor } from '../core/redact.js';
import type { Credential, HttpResult, Identity } from './types.js';

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
  | 'no-value'
  | 'unsupported';

export function verified(principal: Identity['principal'], facts: Identity['facts'] = [], message?: string): Identity {
  return { status: 'verified', reason: 'ok', principal, facts, ...(message ? { message } : {}) };
}

export function invalid(reason: Reason, message: string, facts: Identity['facts'] = []): Identity {
  return { status: 'invalid', reason, message, facts };
}

export function unknown(reason: Reason, message: string): Identity {
  return { status: 'unknown', reason, message, facts: [] };
}

/**
 * The outcome when the exchange failed in a way no provider gives meaning to, or undefined when the
 * adapter must read the response itself.
 */
export function commonOutcome(result: HttpResult): Identity | undefined {
  if (result.kind === 'failure') {
    const reason: Reason =
      result.reason === 'rate-limited' ||
      result.reason === 'redirect' ||
      result.reason === 'network' ||
      result.reason === 'timeout'
        ? result.reason
        : result.reason === 'budget'
          ? 'timeout'
          : 'unexpected-response';
    return unknown(reason, result.message);
  }
  if (result.status >= 500) return unknown('server-error', `HTTP ${result.status} from the provider`);
  return undefined;
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
export function unexpected(result: HttpResult, what = 'an answer the provider does not document'): Identity {
  const status = result.kind === 'response' ? ` (HTTP ${result.status})` : '';
  return unknown('unexpected-response', `${what}${status}`);
}

/**
 * Provider text safe to keep in a message: the credential and its companions removed in every
 * encoding, one line, at most 160 characters.
 */
export function providerText(text: unknown, credential: Credential): string {
  if (typeof text !== 'string') return '';
  const redactor = new Redactor([credential.value, ...Object.values(credential.companions)]);
  const line = redactor
    .redact(text)
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** A string field of an object, if it is one. */
export function str(object: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = object?.[field];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
