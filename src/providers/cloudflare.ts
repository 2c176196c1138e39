// Cloudflare: account and user API tokens, Global API keys, their legacy forms, the secret names that
// point at Cloudflare, and the token verify calls. Facts from PROVIDERS.md section 14.

import { parseDate } from '../core/dates.js';
import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
const CHECKSUM = '22abfdd1';

/** Prefixed formats: prefix + 40 characters + 8 hex checksum (TH cloudflareapitoken v2). */
const TAIL = '[A-Za-z0-9]{40}[a-f0-9]{8}';

/** Cloudflare API credentials. No test/live distinction. */
export const cloudflare: ProviderSpec = {
  id: 'cloudflare',
  name: 'Cloudflare',
  formats: [
    {
      type: 'account-token',
      pattern: new RegExp(`^cfat_${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'an account-owned API token, not tied to a user (cfat_)',
      examples: ['cfat_' + BODY + CHECKSUM],
      counterExamples: ['cfat_' + BODY, 'cfat_' + BODY + 'ZZZZZZZZ', 'cfat-' + BODY + CHECKSUM],
    },
    {
      type: 'user-token',
      pattern: new RegExp(`^cfut_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (cfut_)',
      examples: ['cfut_' + 'NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu2' + CHECKSUM],
      counterExamples: ['cfut_' + 'NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu2'],
    },
    {
      // The Global API Key: full access as the user, sent with X-Auth-Email + X-Auth-Key.
      type: 'global-api-key',
      pattern: new RegExp(`^cfk_${TAIL}$`),
      principalKind: 'human',
      principalDetail: "a user account's Global API Key (cfk_)",
      examples: ['cfk_' + 'zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhL' + CHECKSUM],
      counterExamples: ['cfk_' + 'zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhL' + 'abc'],
    },
    {
      // Legacy API token: 40 characters, no prefix; owner kind unknown offline.
      type: 'legacy-token',
      pattern: /^[A-Za-z0-9_-]{40}$/,
      needsNameHint: true,
      examples: ['s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x'],
      counterExamples: ['s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2', 's0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x.'],
    },
    {
      // Legacy Global API Key: 37 hex characters, sent with X-Auth-Email + X-Auth-Key.
      type: 'legacy-global-api-key',
      pattern: /^[0-9a-f]{37}$/,
      needsNameHint: true,
      principalKind: 'human',
      principalDetail: "a user account's Global API Key (37 hex characters)",
      examples: ['5f9c993fcba3c41e6777021896a7425da46ee'],
      counterExamples: ['5f9c993fcba3c41e6777021896a7425da46e', '5f9c993fcba3c41e6777021896a7425da46eg'],
    },
  ],
  namePatterns: [namePart('CLOUDFLARE', 'CF_API_TOKEN', 'CF_API_KEY', 'CF_TOKEN', 'CF_ACCOUNT_TOKEN', 'CF_USER_TOKEN')],
  endpoints: [
    { method: 'GET', baseUrl: 'https://api.cloudflare.com', path: '/client/v4/user/tokens/verify' },
    // Account tokens get 403 on the user path; this one needs the account id.
    { method: 'GET', baseUrl: 'https://api.cloudflare.com', path: '/client/v4/accounts/{account_id}/tokens/verify' },
  ],
  identify: identifyCloudflare,
};

/** Cloudflare account ids: 32 lower-case hex characters. */
const ACCOUNT_ID = /^[0-9a-f]{32}$/;

/**
 * API tokens: `GET .../tokens/verify` with a Bearer token answers the token's id, status and dates (no
 * user identity: the principal is the token id). User tokens (`cfut_`, legacy 40-character tokens) use
 * the user path. Account tokens (`cfat_`) are refused on the user path and need
 * `/accounts/{account_id}/tokens/verify`; the id is not in the token, so they are checked only when an
 * `accountId` companion is given, and skipped otherwise. Global API Keys need the account's email as
 * well (X-Auth-Email + X-Auth-Key): skipped.
 */
async function identifyCloudflare(credential: Credential, context: SmokeContext): Promise<Identity> {
  const type = credential.format.type;
  if (type === 'global-api-key' || type === 'legacy-global-api-key') {
    return skipped('a Cloudflare Global API Key is checked only with its account email, which keybound does not have');
  }
  let path = '/client/v4/user/tokens/verify';
  if (type === 'account-token') {
    const accountId = credential.companions.accountId?.reveal() ?? '';
    if (!ACCOUNT_ID.test(accountId)) {
      return skipped(
        'a Cloudflare account token is verified only under its account id, which is not known for this key',
      );
    }
    path = `/client/v4/accounts/${accountId}/tokens/verify`;
  }
  const result = await context.http.request({
    method: 'GET',
    path,
    headers: { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' },
  });
  const common = commonOutcome(result);
  if (common) return common;
  if (result.kind !== 'response') return unexpected(result);
  const body = jsonObject(result);
  if (result.status === 200 && body?.success === true) return tokenStatus(body, result, credential, context.now);
  // Whether a disabled or expired token is answered with 200 or 401 is not documented: read either.
  const stated = str(object(body?.result), 'status');
  if ((result.status === 401 || result.status === 403) && body && (stated === 'disabled' || stated === 'expired')) {
    return tokenStatus(body, result, credential, context.now);
  }

  const errors = Array.isArray(body?.errors) ? body.errors : [];
  const codes = new Set(errors.flatMap((error) => codesOf(error)));
  const first = errors[0] as Record<string, unknown> | undefined;
  const text = providerText(str(first, 'message'), credential);
  const said = text ? `: ${text}` : '';
  if (!body || body.success !== false) return unexpected(result);
  if ((result.status === 400 || result.status === 401) && (codes.has(6003) || codes.has(6111))) {
    return invalid('unknown-key', `Cloudflare does not accept this value as an API token${said}`);
  }
  if (result.status === 403 && type === 'legacy-token') {
    // An account-owned token is refused on the user path too, and a legacy token may be one.
    return unknown(
      'unexpected-response',
      `Cloudflare refused the token on the user path; an account token needs its account id${said}`,
    );
  }
  if ((result.status === 401 || result.status === 403) && codes.has(1000)) {
    return invalid('revoked', `Cloudflare rejected the token${said}`);
  }
  return unexpected(result);
}

/** The verify answer: `result{id, status: active|disabled|expired, expires_on?, not_before?}`. */
function tokenStatus(body: Record<string, unknown>, result: HttpResult, credential: Credential, now: Date): Identity {
  const token =
    body.result !== null && typeof body.result === 'object' ? (body.result as Record<string, unknown>) : undefined;
  const id = providerText(str(token, 'id'), credential);
  const status = str(token, 'status');
  if (!id || !status) return unexpected(result, 'a verify answer without a token id and status');
  const expires = parseDate(str(token, 'expires_on'));
  const notBefore = parseDate(str(token, 'not_before'));
  const facts: Identity['facts'] = [];
  if (expires) facts.push({ fact: 'expires', value: expires.toISOString(), detail: 'tokens/verify expires_on' });
  if (status === 'disabled') return invalid('revoked', 'Cloudflare says the token is disabled', facts);
  if (status === 'expired') return invalid('expired', 'Cloudflare says the token has expired', facts);
  if (status !== 'active') return unexpected(result, 'a token status Cloudflare does not document');
  facts.unshift({ fact: 'principal', value: id, detail: 'Cloudflare API token id (verify names no user)' });
  const principal: Record<string, string> = { tokenId: id, status };
  if (notBefore) principal.notBefore = notBefore.toISOString();
  const early =
    notBefore && notBefore > now
      ? `Cloudflare accepted the token, but it is not valid before ${notBefore.toISOString()}`
      : undefined;
  return verified(principal, facts, early);
}

/** An error's code and the codes of its `error_chain` (6003 "Invalid request headers" wraps 6111). */
function codesOf(error: unknown): number[] {
  if (error === null || typeof error !== 'object') return [];
  const { code, error_chain: chain } = error as { code?: unknown; error_chain?: unknown };
  return [
    ...(typeof code === 'number' ? [code] : []),
    ...(Array.isArray(chain) ? chain.flatMap((e) => codesOf(e)) : []),
  ];
}

function object(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function skipped(message: string): Identity {
  return { status: 'skipped', reason: 'unsupported', message, facts: [] };
}
