// Okta: SSWS API tokens (`00` + 40 characters, counted only beside an Okta name) and the user they act
// as, from GET /api/v1/users/me on the token's own org. Okta has no default host: the org domain comes
// only from --endpoint. Facts from PROVIDERS.md section 24 (help.okta.com "Manage Okta API tokens").

import { accept, defineProvider, fact, get, on, TENANT } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { keyName } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'Xq7Lm2Np9Rs4Tv8Wz1Ab' + '3Cd5Ef6Gh0Jk_Mn-PqYs';

// "Tokens are valid only if the user who created them is active": a creator never or no longer active is
// user-inactive even when the call answered; an activated user's sub-states leave the token working.
const INACTIVE = ['SUSPENDED', 'DEPROVISIONED', 'STAGED', 'PROVISIONED'];
const ACTIVATED = ['ACTIVE', 'RECOVERY', 'LOCKED_OUT', 'PASSWORD_EXPIRED'];

const REFUSED = invalid(
  'revoked',
  'Okta does not accept this token (E0000011 Invalid token provided): it was revoked, went unused for 30 days, or the admin who created it was deactivated; or it belongs to another Okta org than --endpoint names',
);
const ZONES = unknown(
  'unexpected-response',
  'Okta refused GET /api/v1/users/me (HTTP 403{said}): the token may be limited to network zones this runner is outside of',
);

/** Okta SSWS API tokens: each acts as the admin who created it, with that admin's roles. */
export const okta = defineProvider({
  id: 'okta',
  name: 'Okta',
  formats: [
    {
      type: 'api-token',
      // TH okta.go; `00` is too common a start to count without an Okta name.
      pattern: /^00[A-Za-z0-9_-]{40}$/,
      needsNameHint: true,
      principalKind: 'human',
      principalDetail: 'an Okta API token acts as the admin who created it',
      examples: ['00' + BODY],
      counterExamples: ['00' + BODY.slice(1), '01' + BODY.slice(0, 40), '00' + BODY + 'x', '00' + BODY.slice(1) + '.'],
    },
  ],
  // Token names only: OKTA_CLIENT_SECRET or OKTA_ORG_URL beside it are no SSWS token.
  namePatterns: [keyName(['OKTA'], ['TOKEN', 'API_KEY'])],
  tenant: { what: 'the Okta org domain', example: 'https://{org}.okta.com' },
  guide: {
    principal:
      'the login (`profile.login`, usually an e-mail) of the admin who created the token, or the user id `00u…`',
    verified:
      'GET /api/v1/users/me names the admin the token acts as, and that user is active (RECOVERY, LOCKED_OUT and PASSWORD_EXPIRED are verified with a note)',
    invalid:
      '401 E0000011 (revoked, unused for 30 days, its creator deactivated, or a token of another org than --endpoint names); the creator SUSPENDED, DEPROVISIONED, STAGED or PROVISIONED (user-inactive)',
    unknown:
      '403 (a token limited to network zones the runner is outside of), another error, or no answer; `skipped` (no-endpoint) without --endpoint okta=https://{org}.okta.com',
  },
  errorText: ['errorSummary'],
  calls: {
    me: get(TENANT, '/api/v1/users/me', {
      auth: (parts) => ({ authorization: `SSWS ${parts.key.reveal()}` }),
      answers: [
        on(200, accept(user), { body: { id: /./, status: [...ACTIVATED, ...INACTIVE] } }),
        // Okta does not say which cause (PROVIDERS.md): all are named.
        on(401, REFUSED, { body: { errorCode: 'E0000011' } }),
        // A network-zone refusal is undocumented in status and body: never taken as a dead token.
        on(403, ZONES, { body: { errorCode: /./ } }),
      ],
    }),
  },
});

/** The user the token acts as: its login names the principal, its lifecycle state decides. */
function user(a: Answer): Reading {
  const [login, id, status] = ['profile.login', 'id', 'status'].map((path) => a.text(path));
  if (!login) return unexpected(a, 'Okta answered GET /api/v1/users/me without profile.login');
  const facts = [
    fact('principal', login, 'Okta GET /api/v1/users/me profile.login (the admin who created the token)'),
    fact('principalKind', 'human', 'an Okta user: the token acts as its creator, and Okta marks no service accounts'),
  ];
  if (INACTIVE.includes(status)) {
    return invalid(
      'user-inactive',
      `the Okta user who created this token (${login}) is ${status}: a token acts as its creator, and Okta accepts tokens only of active users`,
      facts,
    );
  }
  return {
    principal: { id, login, status, ...a.fields({ email: 'profile.email' }) },
    facts,
    aliases: [id],
    ...(status === 'ACTIVE'
      ? {}
      : { note: `the Okta user who created this token is ${status}; the token still works` }),
  };
}
