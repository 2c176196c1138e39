// Netlify: personal access tokens (nfp_) and legacy tokens, the secret names that point at Netlify,
// and GET /api/v1/user. Facts from PROVIDERS.md section 41.

import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'Gh4Jk6Lm8Nq0' + 'Rs2Tv4Wx6Yz8' + 'Ab1Cd3Ef5Gh7';

/** Netlify tokens act as the user who made them: Netlify documents no service accounts. */
export const netlify = defineProvider({
  id: 'netlify',
  name: 'Netlify',
  formats: [
    {
      type: 'personal-token',
      pattern: /^nfp_[A-Za-z0-9_]{36}$/,
      principalKind: 'human',
      principalDetail: 'a personal access token (nfp_)',
      examples: ['nfp_' + BODY],
      counterExamples: ['nfp_' + BODY.slice(1), 'nfp-' + BODY, 'nfp_' + BODY.replace('4', '-')],
    },
    {
      // Personal and OAuth tokens made before the prefix: about 40 to 45 URL-safe characters.
      type: 'legacy-token',
      pattern: /^[A-Za-z0-9_-]{40,64}$/,
      needsNameHint: true,
      examples: [BODY + 'Zx9-Yw'],
      // A site id (a UUID) and a build hook id sit beside the token under NETLIFY_ names.
      counterExamples: ['5f3c2a1e-' + '9b8d-4c7e-a6f5-0e1d2c3b4a59', '6478f6a1b2c3d4e5f6a7b8c9'],
    },
  ],
  // Token names only: NETLIFY_SITE_ID and build hook ids beside the token are not Netlify keys.
  namePatterns: [
    namePart(
      'NETLIFY_AUTH_TOKEN',
      'NETLIFY_TOKEN',
      'NETLIFY_API_TOKEN',
      'NETLIFY_ACCESS_TOKEN',
      'NETLIFY_PAT',
      'NETLIFY_API_KEY',
      'NETLIFY_KEY',
    ),
  ],
  guide: {
    principal: 'the e-mail of `GET /api/v1/user` (its user `id` also matches)',
    verified: '/user names the user the token acts as (always a person)',
    invalid: '401, with a JSON body or none: revoked, expired or never valid',
    unknown: 'no answer, or one Netlify does not document',
  },
  errorText: ['message', 'error'],
  calls: {
    user: get('https://api.netlify.com', '/api/v1/user', {
      auth: bearer(),
      answers: [
        on(200, accept(user)),
        // Some 401s come with an empty body (netlify/cli#622).
        on(401, invalid('revoked', 'Netlify does not accept this token (revoked, expired or never valid){said}'), {
          anyBody: true,
        }),
      ],
    }),
  },
});

/** `GET /api/v1/user`: `id`, `email`, `full_name`, `last_login`. */
function user(a: Answer): Reading {
  const email = a.text('email');
  const id = a.text('id');
  if (!email || !id) return unexpected(a, 'Netlify answered GET /api/v1/user without an id and email');
  return {
    principal: { email, id, ...a.fields(['full_name', 'last_login']) },
    aliases: [id],
    facts: [
      fact('principal', email, 'Netlify GET /api/v1/user email'),
      fact('principalKind', 'human', 'a Netlify token acts as its user (Netlify has no service accounts)'),
    ],
  };
}
