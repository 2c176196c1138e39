// Buildkite: user API access tokens (always a person's), the secret names that point at Buildkite, and
// GET /v2/access-token. DELETE on the same path revokes the calling token: only GET is declared, so the
// HTTP client refuses it. Facts from PROVIDERS.md section 38 (buildkite.com/docs/apis/rest-api/access-token).

import { parseDate } from '../core/dates.js';
import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'k3lm9pq2rs' + '7tv1wx4yb8' + 'zc5dn0fh6g' + 'j3hkq4tzr8';
const HUMAN = 'Buildkite API access tokens are issued to a person, not an organization';

/** Buildkite user API access tokens: `bkua_` + 40 (TH buildkite v2); legacy 40 hex beside a Buildkite name. */
export const buildkite = defineProvider({
  id: 'buildkite',
  name: 'Buildkite',
  formats: [
    {
      type: 'api-access-token',
      pattern: /^bkua_[a-z0-9]{40}$/,
      principalKind: 'human',
      principalDetail: 'a Buildkite user API access token (bkua_)',
      examples: ['bkua_' + BODY],
      counterExamples: ['bkua_' + BODY.slice(1), 'bkua_' + BODY.toUpperCase(), 'bkua-' + BODY],
    },
    {
      type: 'legacy-api-access-token',
      pattern: /^[0-9a-f]{40}$/,
      needsNameHint: true,
      principalKind: 'human',
      principalDetail: 'a Buildkite API access token',
      examples: ['4f1c93b2e7' + 'd5a807c3e9' + 'a1f5b2d8e0' + '4a6f1c93b2'],
      counterExamples: ['4f1c93b2e7' + 'd5a807c3e9' + 'a1f5b2d8e0' + '4a6f1c93b'],
    },
  ],
  namePatterns: [
    namePart('BUILDKITE_TOKEN', 'BUILDKITE_API_TOKEN', 'BUILDKITE_ACCESS_TOKEN', 'BUILDKITE_API_ACCESS_TOKEN'),
  ],
  guide: {
    principal: 'the e-mail of the user the token belongs to (`user.email`)',
    verified: 'the token answers with its scopes, creation date and user',
    invalid: '401: revoked (by hand, or by the organization after a period of inactivity) or never valid',
    unknown: 'another answer, or no answer',
  },
  errorText: ['message'],
  calls: {
    // "Required scope: none". Never DELETE: it revokes the token (see the header).
    accessToken: get('https://api.buildkite.com', '/v2/access-token', {
      auth: bearer(),
      answers: [
        on(200, accept(token), { body: { uuid: /./ } }),
        on(401, invalid('revoked', 'Buildkite does not accept this token{said}'), { anyBody: true }),
      ],
    }),
  },
});

/** `GET /v2/access-token`: scopes, creation date and user (older answers: scopes and uuid only). */
function token(a: Answer): Reading {
  const email = a.text('user.email');
  // Buildkite writes `2025-07-16 06:07:42 UTC`.
  const created = parseDate(a.text('created_at').replace(/ UTC$/, 'Z'));
  return {
    principal: {
      uuid: a.text('uuid'),
      ...a.fields({ description: 'description', user: 'user.name', email: 'user.email' }),
    },
    facts: [
      ...(email ? [fact('principal', email, 'Buildkite GET /v2/access-token user.email')] : []),
      fact('principalKind', 'human', HUMAN),
      fact(
        'scopes',
        a
          .all('scopes')
          .map((scope) => a.clean(scope))
          .filter(Boolean),
        'Buildkite GET /v2/access-token scopes',
      ),
      ...(created ? [fact('created', created.toISOString(), 'Buildkite GET /v2/access-token created_at')] : []),
    ],
    ...(email ? {} : { note: 'Buildkite named no user for this token' }),
  };
}
