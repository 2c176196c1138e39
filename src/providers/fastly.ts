// Fastly: API tokens (32 characters, no prefix, so they need a Fastly name), and GET /tokens/self.
// Facts from PROVIDERS.md section 40. SECURITY: `DELETE /tokens/self`, on the same path, revokes the
// token that calls it; the allow-list below holds the GET alone, so the HTTP client refuses the DELETE.

import { parseDate } from '../core/dates.js';
import { accept, defineProvider, fact, get, header, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const TOKEN = 'Xy7_Kp2-Rt9' + 'Lm4Qw8Zn3Vb' + '6Hc1Jd5Fg0';

/** Fastly user and automation tokens. */
export const fastly = defineProvider({
  id: 'fastly',
  name: 'Fastly',
  formats: [
    {
      // User and automation tokens share the shape; which one it is is not in the value.
      type: 'api-token',
      pattern: /^[A-Za-z0-9_-]{32}$/,
      needsNameHint: true,
      examples: [TOKEN],
      counterExamples: [TOKEN.slice(1), TOKEN + 'x', TOKEN.replace('_', '.')],
    },
  ],
  // Token names only: FASTLY_SERVICE_ID and FASTLY_CUSTOMER_ID beside the token are not Fastly keys.
  namePatterns: [namePart('FASTLY_API_TOKEN', 'FASTLY_API_KEY', 'FASTLY_TOKEN', 'FASTLY_KEY', 'FASTLY_AUTH_TOKEN')],
  guide: {
    principal: 'the `user_id` of `GET /tokens/self` (its `customer_id` is the account)',
    verified: '/tokens/self describes the token: user, scope, services and dates',
    invalid:
      '"Provided credentials are missing or invalid" (revoked); another 401 (Fastly documents it for an expired token)',
    unknown:
      'another 403: an invalid token, or a valid one whose scope (purge_select, purge_all) may not read itself (UNCONFIRMED); no answer',
  },
  errorText: ['msg', 'detail'],
  calls: {
    self: get('https://api.fastly.com', '/tokens/self', {
      auth: header('fastly-key'),
      answers: [
        on(200, accept(token)),
        // The text Fastly gives for a token it does not accept (fastly/fastly-js#14; status not recorded).
        on([401, 403], invalid('revoked', 'Fastly does not accept this token{said}'), {
          body: { msg: /credentials are missing or invalid/i },
        }),
        on(401, invalid('expired', 'Fastly refused the token with 401, which it documents for an expired token{said}')),
        on(
          403,
          unknown(
            'unknown-key',
            'Fastly refused the token with 403: it documents this for an invalid token, but a valid token whose scope allows only purging may get it too{said}',
          ),
        ),
      ],
    }),
  },
});

/** `GET /tokens/self` (TokenResponse): whose token, its scope and services, its dates. */
function token(a: Answer): Reading {
  const userId = a.text('user_id');
  if (!userId || !a.text('id')) return unexpected(a, 'Fastly answered GET /tokens/self without an id and user_id');
  const customer = a.text('customer_id');
  const scopes = a.text('scope').split(/\s+/).filter(Boolean);
  // "If no services are specified, the token will have access to all services."
  const services = a
    .all('services')
    .map((s) => a.clean(s))
    .filter(Boolean);
  const facts: Identity['facts'] = [fact('principal', userId, 'Fastly GET /tokens/self user_id')];
  if (customer) facts.push(fact('account', customer, 'Fastly GET /tokens/self customer_id'));
  if (scopes.length > 0) facts.push(fact('scopes', scopes, 'Fastly GET /tokens/self scope'));
  for (const [name, field] of [
    ['created', 'created_at'],
    ['expires', 'expires_at'],
  ] as const) {
    const date = parseDate(a.text(field));
    if (date) facts.push(fact(name, date.toISOString(), `Fastly GET /tokens/self ${field}`));
  }
  return {
    principal: {
      user_id: userId,
      ...a.fields(['id', 'name', 'customer_id', 'last_used_at']),
      services: services.length > 0 ? services.join(',') : 'all',
    },
    facts,
    ...(a.get('expires_at') === null ? { note: 'the token never expires (expires_at null)' } : {}),
  };
}
