// Cloudflare: account and user API tokens, Global API keys, their legacy forms, the secret names that
// point at Cloudflare, the account id that travels with account tokens, and the token verify calls.
// Facts from PROVIDERS.md section 14.

import { parseDate } from '../core/dates.js';
import { accept, bearer, defineProvider, fact, get, next, on } from './adapter.js';
import type { Answer, Reading, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';
import type { Companion, Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
const CHECKSUM = '22abfdd1';

/** Prefixed formats: prefix + 40 characters + 8 hex checksum (TH cloudflareapitoken v2). */
const TAIL = '[A-Za-z0-9]{40}[a-f0-9]{8}';
const BASE = 'https://api.cloudflare.com';

/** Cloudflare account ids: 32 lower-case hex characters. */
const ACCOUNT_ID = /^[0-9a-f]{32}$/;

/**
 * `CLOUDFLARE_API_TOKEN` + `CLOUDFLARE_ACCOUNT_ID`, `CF_API_TOKEN` + `CF_ACCOUNT_ID`, `CF_AI_GATEWAY_TOKEN` +
 * `CF_AI_GATEWAY_ACCOUNT_ID`: the account id of the same prefix, when the prefix names Cloudflare.
 */
const COMPANIONS: Companion[] = ['cloudflare', 'cf'].flatMap((word) =>
  ['apitoken', 'token'].map((primary) => ({
    primary,
    companions: {},
    lookups: { accountid: 'accountId' },
    prefixContains: word,
  })),
);

/** The verify answer: active, or dead even with a 401 or 403 (it is undocumented which). */
const VERIFIED: Row[] = [
  on(200, accept(tokenStatus), { body: { success: true } }),
  on([200, 401, 403], accept(tokenStatus), { body: { 'result.status': ['disabled', 'expired'] } }),
];

/** Where a token the user path refused is decided: under its account id, else by GET /accounts. */
const accountPath = (a: Answer) =>
  next(ACCOUNT_ID.test(a.credential.companions.accountId?.reveal() ?? '') ? 'account' : 'accounts');
const isUserToken = (a: Answer): boolean => a.credential.format.type === 'user-token';

/** Cloudflare API credentials. No test/live distinction. */
export const cloudflare = defineProvider({
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
  companions: COMPANIONS,
  guide: {
    principal: 'the API token id (verify names no user)',
    verified:
      'verify says active (user path, or the account path with CLOUDFLARE_ACCOUNT_ID); an account-owned token without its account id is verified by GET /accounts code 1001, with no id',
    invalid: 'status disabled or expired; 401/403 code 1000 for a `cfut_` user token, or under the known account id',
    unknown:
      'a legacy or `cfat_` token refused on the user path when no account id is known (revoked, or account-owned); 6003/6111 (not a token)',
  },
  errorText: ['errors.0.message'],
  start: (credential) => {
    const type = credential.format.type;
    if (type === 'global-api-key' || type === 'legacy-global-api-key') {
      return skipped(
        'unsupported',
        'a Cloudflare Global API Key is checked only with its account email, which keybound does not have',
      );
    }
    const account = ACCOUNT_ID.test(credential.companions.accountId?.reveal() ?? '');
    if (type === 'account-token') return { call: account ? 'account' : 'accounts' };
    return { call: 'user' };
  },
  calls: {
    user: get(BASE, '/client/v4/user/tokens/verify', {
      auth: bearer(),
      answers: [
        ...VERIFIED,
        // The Authorization header's format was refused: the value is no API token at all (a Global API
        // Key needs X-Auth-Email; a mangled token); nothing says it was ever valid.
        on([400, 401], unknown('unknown-key', 'Cloudflare does not accept this value as an API token{said}'), {
          when: (a) =>
            [...a.all('errors.*.code'), ...a.all('errors.*.error_chain.*.code')].some((c) => c === 6003 || c === 6111),
        }),
        // A user token belongs on this path: code 1000 decides it. A legacy token may be account-owned
        // (refused here with 401 code 1000 or 403).
        on([401, 403], invalid('revoked', 'Cloudflare rejected the token{said}'), {
          body: { 'errors.*.code': 1000 },
          when: isUserToken,
        }),
        on([401, 403], accountPath, { body: { success: false }, when: (a) => !isUserToken(a) }),
      ],
    }),
    // Account tokens: refused on the user path (401 code 1000 or 403), verified under their account.
    account: get(BASE, '/client/v4/accounts/{account_id}/tokens/verify', {
      auth: bearer(),
      answers: [
        ...VERIFIED,
        on([400, 401, 403], invalid('revoked', 'Cloudflare rejected the token under its account{said}'), {
          body: { success: false },
        }),
      ],
    }),
    // Without the account id: "List accounts endpoint does not support account owned tokens" (400, code
    // 1001) answers only a live account-owned token.
    accounts: get(BASE, '/client/v4/accounts', {
      auth: bearer(),
      answers: [
        on(
          400,
          accept(() => ({
            facts: [fact('principalKind', 'service', 'an account-owned API token (Cloudflare code 1001)')],
            note: 'Cloudflare says this is a live account-owned token (code 1001 on GET /accounts); its id and status are read only under its account id: set CLOUDFLARE_ACCOUNT_ID beside it',
          })),
          { body: { 'errors.*.code': 1001 } },
        ),
        on(
          undefined,
          unknown(
            'unknown-key',
            'Cloudflare did not confirm this token: it is revoked, or it is an account-owned token, which is verified only under its account id: set CLOUDFLARE_ACCOUNT_ID (or CF_ACCOUNT_ID) beside it',
          ),
          { anyBody: true },
        ),
      ],
    }),
  },
});

/** The verify answer: `result{id, status: active|disabled|expired, expires_on?, not_before?}`. */
function tokenStatus(a: Answer): Reading {
  const id = a.text('result.id');
  const status = a.text('result.status');
  if (!id || !status) return unexpected(a, 'a verify answer without a token id and status');
  const expires = parseDate(a.text('result.expires_on'));
  const notBefore = parseDate(a.text('result.not_before'));
  const facts: Identity['facts'] = expires ? [fact('expires', expires.toISOString(), 'tokens/verify expires_on')] : [];
  if (status === 'disabled') return { ...invalid('revoked', 'Cloudflare says the token is disabled'), facts };
  if (status === 'expired') return { ...invalid('expired', 'Cloudflare says the token has expired'), facts };
  if (status !== 'active') return unexpected(a, 'a token status Cloudflare does not document');
  const early = notBefore && notBefore > a.context.now;
  return {
    principal: { tokenId: id, status, ...(notBefore ? { notBefore: notBefore.toISOString() } : {}) },
    facts: [fact('principal', id, 'Cloudflare API token id (verify names no user)'), ...facts],
    ...(early ? { note: `Cloudflare accepted the token, but it is not valid before ${notBefore.toISOString()}` } : {}),
  };
}
