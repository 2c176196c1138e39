// SendGrid (Twilio SendGrid): the `SG.` API key, the secret names that point at SendGrid, and the
// calls a smoke check makes. Facts from PROVIDERS.md section 10.

import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID = 'tk5APAg81ZTf-YY2aTbqeP';
const SECRET = 'HlPFGqSOjDIzZ6VIsWSKosBQ8or9tLwQax5m1tEJ3lw';
const BASE = 'https://api.sendgrid.com';

/** 401 with SendGrid's JSON errors: SendGrid does not say which of invalid, expired or revoked. */
const REFUSED: Row = on(
  401,
  invalid(
    'revoked',
    'SendGrid does not accept this key (invalid, expired or revoked; a suspended account may answer the same)',
  ),
);

/** SendGrid API keys: `SG.` + 22 + `.` + 43 (TH allows 20–24 and 39–50). No test/live distinction. */
export const sendgrid = defineProvider({
  id: 'sendgrid',
  name: 'SendGrid',
  formats: [
    {
      type: 'api-key',
      pattern: /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/,
      examples: ['SG.' + ID + '.' + SECRET],
      counterExamples: ['SG.' + ID + SECRET, 'sg.' + ID + '.' + SECRET, 'SG.' + ID + '.' + SECRET.slice(0, 30)],
    },
  ],
  namePatterns: [namePart('SENDGRID', 'SEND_GRID')],
  guide: {
    principal: 'the account username (`GET /v3/user/username`; needs a `user.*` read scope)',
    verified: 'the key lists its scopes, and names its account when it may',
    invalid: '401: the key is invalid, expired or revoked (SendGrid does not say which)',
    unknown: 'no answer, or one SendGrid does not document',
  },
  calls: {
    // Every scope of the calling key; needs none. SendGrid keys are API keys of an account, never a
    // person's login: service principals.
    scopes: get(BASE, '/v3/scopes', {
      auth: bearer(),
      answers: [
        on(
          200,
          accept((a) => ({
            facts: [
              fact(
                'scopes',
                a
                  .all('scopes')
                  .map((scope) => a.clean(scope))
                  .filter(Boolean),
                'SendGrid GET /v3/scopes',
              ),
              fact('principalKind', 'service', 'a SendGrid API key (account-level, not a login)'),
            ],
            next: 'username',
          })),
          {
            when: (a) => Array.isArray(a.get('scopes')) && a.all('scopes').every((scope) => typeof scope === 'string'),
          },
        ),
        REFUSED,
      ],
    }),
    // The account behind it; 403 without a user.* read scope. A failure here that says nothing about
    // the key (timeout, 5xx, rate limit) leaves the result inconclusive: the principal is then unknown.
    username: get(BASE, '/v3/user/username', {
      auth: bearer(),
      answers: [
        on(
          200,
          accept((a) => ({
            principal: a.fields(['username', 'user_id']),
            facts: [fact('principal', a.text('username'), 'SendGrid GET /v3/user/username username')],
          })),
          { body: { username: /\S/ } },
        ),
        on(
          403,
          accept(() => ({
            note: 'the key may not read the username (no user.* read scope); who it belongs to is unknown',
          })),
          { anyBody: true },
        ),
        REFUSED,
      ],
    }),
  },
});
