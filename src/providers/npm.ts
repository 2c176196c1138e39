// npm: registry access tokens, the secret names that point at npm, and whoami. Facts from PROVIDERS.md
// section 12 (docs.npmjs.com/about-access-tokens).

import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'vPHeq7lLuBPMgIytpUs8ZkVhng2UWBqlN8mq';

/** npm registry tokens. Always tied to a user account; no test/live distinction. */
export const npm = defineProvider({
  id: 'npm',
  name: 'npm',
  formats: [
    {
      // Since 2025-11-05 only granular tokens remain; all carry the npm_ prefix.
      type: 'access-token',
      pattern: /^npm_[A-Za-z0-9]{36}$/,
      examples: ['npm_' + BODY],
      counterExamples: ['npm_' + BODY.slice(1), 'npm-' + BODY, 'NPM_' + BODY],
    },
    {
      // Legacy UUID tokens (revoked by npm in November 2025, still found in old secrets).
      type: 'legacy',
      pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      needsNameHint: true,
      examples: ['2d2e786d-' + 'e29d-4e1d-9abf-b36e992c843e'],
      counterExamples: ['2d2e786d-e29d-4e1d-9abf-b36e992c843', '2d2e786de29d4e1d9abfb36e992c843e'],
    },
  ],
  namePatterns: [namePart('NPM', 'NODE_AUTH_TOKEN', 'NPMJS')],
  guide: {
    principal: 'the npm username (`npm whoami`)',
    verified: 'whoami names the user',
    invalid: '401: the token does not exist or was revoked',
    unknown: '403: a valid token used from outside its CIDR allowlist',
  },
  errorText: ['error', 'message'],
  calls: {
    // npm tokens always act as a user account: `human` (npm gives no signal for a machine user).
    whoami: get('https://registry.npmjs.org', '/-/whoami', {
      auth: bearer(),
      answers: [
        on(
          200,
          accept((a) =>
            a.text('username')
              ? {
                  principal: { username: a.text('username') },
                  facts: [
                    fact('principal', a.text('username'), 'npm whoami username'),
                    fact('principalKind', 'human', 'an npm user account'),
                  ],
                }
              : unexpected(a, 'a whoami answer without a username'),
          ),
        ),
        // A token that does not exist or was revoked (legacy tokens: revoked in 2025).
        on(401, invalid('revoked', 'npm rejected the token{said}'), { anyBody: true }),
        // A valid token used from an address outside its CIDR allowlist (PROVIDERS.md section 12).
        on(403, unknown('insufficient-scope', 'npm refused the token from this address (its CIDR allowlist?){said}'), {
          anyBody: true,
        }),
      ],
    }),
  },
});
