// CircleCI: personal (CCIPAT_), project (CCIPRJ_) and legacy 40-hex API tokens, the secret names that
// point at CircleCI, and GET /api/v2/me. Facts from PROVIDERS.md section 39 and CircleCI's changelog
// "New format for API access tokens" (CCIPAT_/CCIPRJ_ + base58 UUID + 40 hex).

import { accept, defineProvider, fact, get, header, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const UUID58 = 'Qw3Er5Ty7Ui9' + 'Op2As4Df6G';
const HEX = '0f9e8d7c6b5a' + '4f3e2d1c0b9a' + '8f7e6d5c4b3a' + '2f1e';

/** `CCIPAT_`/`CCIPRJ_` + 22 base58-ish characters + `_` + 40 hex (bounded: linear). */
const tail = (prefix: string): RegExp => new RegExp(`^${prefix}_[A-Za-z0-9]{22}_[0-9a-f]{40}$`);

/** CircleCI API tokens. The cloud host; a server install is named with --endpoint circleci=https://HOST. */
export const circleci = defineProvider({
  id: 'circleci',
  name: 'CircleCI',
  formats: [
    {
      type: 'personal-token',
      pattern: tail('CCIPAT'),
      principalKind: 'human',
      principalDetail: 'a personal API token (CCIPAT_)',
      examples: ['CCIPAT_' + UUID58 + '_' + HEX],
      counterExamples: ['CCIPAT_' + UUID58.slice(1) + '_' + HEX, 'CCIPAT-' + UUID58 + '_' + HEX, 'CCIPAT_' + HEX],
    },
    {
      // Project tokens belong to a project, not a person; API v2 /me does not accept them.
      type: 'project-token',
      pattern: tail('CCIPRJ'),
      principalKind: 'service',
      principalDetail: 'a project API token (CCIPRJ_)',
      examples: ['CCIPRJ_' + UUID58 + '_' + HEX],
      counterExamples: ['CCIPRJ_' + UUID58 + '_' + HEX.toUpperCase(), 'CCIPRJ_' + UUID58],
    },
    {
      // Tokens made before the prefixes: personal or project, the value does not say.
      type: 'legacy-token',
      pattern: /^[0-9a-f]{40}$/,
      needsNameHint: true,
      examples: [HEX],
      counterExamples: [HEX.slice(1), HEX + 'a', HEX.toUpperCase()],
    },
  ],
  namePatterns: [namePart('CIRCLECI', 'CIRCLE_CI', 'CIRCLE_TOKEN', 'CIRCLE_API_TOKEN', 'CIRCLE_API_USER_TOKEN')],
  guide: {
    principal: 'the VCS login of `GET /api/v2/me` (its user id `id` also matches)',
    verified: '/me names the user: a personal token, so a person (human)',
    invalid: '401 for a `CCIPAT_` personal token (revoked, expired or never valid)',
    unknown:
      '401 for a legacy 40-hex token: revoked, or a valid project token, which /me refuses alike; `CCIPRJ_` project tokens are not sent (skipped)',
  },
  errorText: ['message'],
  // A project token can only be checked on a project's own path, which keybound does not know.
  start: (credential) =>
    credential.format.type === 'project-token'
      ? skipped('unsupported', 'a CircleCI project token (CCIPRJ_) cannot call GET /api/v2/me; it was not sent')
      : {},
  calls: {
    // SECURITY: the token goes in the Circle-Token header, never in the `circle-token` query CircleCI also reads.
    me: get('https://circleci.com', '/api/v2/me', {
      auth: header('circle-token'),
      answers: [
        on(200, accept(me)),
        on(401, (a) =>
          a.credential.format.type === 'personal-token'
            ? invalid('revoked', 'CircleCI does not accept this personal token (revoked, expired or never valid){said}')
            : unknown(
                'unknown-key',
                'CircleCI refused the token on GET /api/v2/me: it is revoked or never valid, or it is a valid project token, which /me refuses with the same 401{said}',
              ),
        ),
      ],
    }),
  },
});

/** `GET /api/v2/me`: `{id, login, name}`; only a personal token gets this answer. */
function me(a: Answer): Reading {
  const login = a.text('login');
  const id = a.text('id');
  if (!login || !id) return unexpected(a, 'CircleCI answered GET /api/v2/me without a login and id');
  return {
    principal: { login, id, ...a.fields(['name']) },
    aliases: [id],
    facts: [
      fact('principal', login, 'CircleCI GET /api/v2/me login'),
      fact('principalKind', 'human', 'CircleCI /me answers personal tokens only: a person'),
      fact('keyType', 'personal-token', 'CircleCI GET /api/v2/me answered (project tokens cannot)'),
    ],
  };
}
