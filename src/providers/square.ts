// Square: access tokens (EAAA…, production and sandbox alike), the secret names that point at Square,
// and the calls that tell which environment a token belongs to: a token works on one host only, so the
// host that accepts it is the environment. Facts from PROVIDERS.md section 36.

import { parseDate } from '../core/dates.js';
import { accept, bearer, defineProvider, fact, get, next, on, post } from './adapter.js';
import type { Answer, Reading, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'l2Kq9Wm4Xr' + '7Tb3Nc8Vf1' + 'Hs6Jd0Lg5Y' + 'a2Ue9QwBxZ' + 'p4Kq9Wm2Xr' + '7Tb3Nc-_+=';
const PRODUCTION = 'https://connect.squareup.com';
const SANDBOX = 'https://connect.squareupsandbox.com';
/** Square pins the API version per request (the one TruffleHog sends). */
const HEADERS = { 'square-version': '2024-06-04', 'content-type': 'application/json' };

/** Square's own error codes for a dead token, on either host (connect-api error reference). */
const dead = (code: string, reason: 'expired' | 'revoked', what: string): Row =>
  on(401, invalid(reason, `Square says this token ${what}{said}`), { body: { 'errors.*.code': code } });
const TOKEN_ERRORS = [
  dead('ACCESS_TOKEN_EXPIRED', 'expired', 'has expired'),
  dead('ACCESS_TOKEN_REVOKED', 'revoked', 'is revoked'),
];
const SANDBOX_FACT = fact('keyEnvironment', 'development', 'Square sandbox (connect.squareupsandbox.com) accepted it');

/** Square access tokens: `EAAA` + 60 (TH square regex). Meta's tokens start with EAA too: a name must point here. */
export const square = defineProvider({
  id: 'square',
  name: 'Square',
  formats: [
    {
      type: 'access-token',
      pattern: /^EAAA[A-Za-z0-9_+=-]{60}$/,
      needsNameHint: true,
      examples: ['EAAA' + BODY],
      counterExamples: ['EAAA' + BODY.slice(1), 'EAAB' + BODY, 'EAAA' + BODY + 'x'],
    },
  ],
  namePatterns: [
    namePart('SQUARE_ACCESS_TOKEN', 'SQUARE_TOKEN', 'SQUARE_API_KEY', 'SQUARE_API_TOKEN', 'SQUARE_OAUTH_TOKEN'),
    namePart('SQUARE_PERSONAL_ACCESS_TOKEN', 'SQUAREUP_ACCESS_TOKEN'),
  ],
  guide: {
    principal: 'the merchant id (`merchant_id` of the token status; the first merchant in the sandbox)',
    verified:
      'production answers the token status (production), or the sandbox host lists merchants (200, or 403 without the merchant scope): a sandbox token used in production is reported by no-dev-keys-in-prod',
    invalid:
      'ACCESS_TOKEN_EXPIRED or ACCESS_TOKEN_REVOKED; 401 from both hosts (or from the one --endpoint names); an INACTIVE sandbox merchant (user-inactive)',
    unknown: 'another answer, or no answer',
  },
  errorText: ['errors.0.detail', 'errors.0.code'],
  calls: {
    // Token introspection: a POST that changes nothing.
    status: post(PRODUCTION, '/oauth2/token/status', {
      note: 'RetrieveTokenStatus is read-only token introspection (no body, changes nothing)',
      auth: bearer(),
      headers: HEADERS,
      body: '',
      answers: [
        on(200, accept(status), { body: { merchant_id: /./ } }),
        ...TOKEN_ERRORS,
        // A sandbox token gets the same 401 here as a dead one: ask the sandbox, unless --endpoint chose.
        on(401, (a) => (a.context.declaredEndpoint ? refused(a) : next('sandbox')), { anyBody: true }),
      ],
    }),
    // The read-only sandbox call TruffleHog uses: 200, or 403 for a token without MERCHANT_PROFILE_READ.
    sandbox: get(SANDBOX, '/v2/merchants', {
      auth: bearer(),
      headers: { 'square-version': HEADERS['square-version'] },
      answers: [
        on(200, accept(merchants), { when: (a) => Array.isArray(a.get('merchant')) }),
        on(
          403,
          accept(() => ({
            facts: [SANDBOX_FACT],
            note: 'the Square sandbox accepted the token, which may not read its merchant (no MERCHANT_PROFILE_READ)',
          })),
          { body: { 'errors.*.code': 'INSUFFICIENT_SCOPES' } },
        ),
        ...TOKEN_ERRORS,
        on(401, refused, { anyBody: true }),
      ],
    }),
  },
});

function refused(a: Answer): ReturnType<typeof invalid> {
  const who = a.context.declaredEndpoint ? 'Square refuses' : 'Square production and sandbox both refuse';
  return invalid('revoked', `${who} this token (expired, revoked or never valid)${a.said}`);
}

/** `POST /oauth2/token/status`: the merchant, the application, the scopes and the expiry. */
function status(a: Answer): Reading {
  const merchant = a.text('merchant_id');
  const expires = parseDate(a.text('expires_at'));
  const scopes = a
    .all('scopes')
    .map((scope) => a.clean(scope))
    .filter(Boolean);
  return {
    principal: { merchant_id: merchant, ...a.fields(['client_id']) },
    facts: [
      fact('principal', merchant, 'Square token status merchant_id'),
      fact('account', merchant, 'Square token status merchant_id'),
      ...(scopes.length > 0 ? [fact('scopes', scopes, 'Square token status scopes')] : []),
      ...(expires ? [fact('expires', expires.toISOString(), 'Square token status expires_at')] : []),
      ...(a.context.declaredEndpoint
        ? []
        : [fact('keyEnvironment', 'production', 'Square production (connect.squareup.com) accepted it')]),
    ],
  };
}

/** `GET /v2/merchants` on the sandbox: the first merchant; an INACTIVE one cannot take payments. */
function merchants(a: Answer): Reading {
  const id = a.text('merchant.0.id');
  if (a.text('merchant.0.status') === 'INACTIVE') {
    return invalid('user-inactive', `the Square sandbox merchant ${id} is INACTIVE`);
  }
  return {
    principal: id ? { merchant_id: id, ...a.fields({ business_name: 'merchant.0.business_name' }) } : {},
    facts: [
      ...(id
        ? [fact('principal', id, 'Square sandbox merchant id'), fact('account', id, 'Square sandbox merchant id')]
        : []),
      SANDBOX_FACT,
    ],
  };
}
