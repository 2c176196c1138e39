// npm: registry access tokens, the secret names that point at npm, and whoami. Facts from PROVIDERS.md
// section 12 (docs.npmjs.com/about-access-tokens).

import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'vPHeq7lLuBPMgIytpUs8ZkVhng2UWBqlN8mq';

/** npm registry tokens. Always tied to a user account; no test/live distinction. */
export const npm: ProviderSpec = {
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
  endpoints: [{ method: 'GET', baseUrl: 'https://registry.npmjs.org', path: '/-/whoami' }],
  identify: identifyNpm,
};

/**
 * `GET /-/whoami` names the user the token belongs to. npm tokens always act as a user account, so the
 * principal kind is `human` (npm gives no signal for a machine user; a declaration can say service).
 */
async function identifyNpm(credential: Credential, context: SmokeContext): Promise<Identity> {
  const result = await context.http.request({
    method: 'GET',
    path: '/-/whoami',
    headers: { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' },
  });
  const common = commonOutcome(result);
  if (common) return common;
  if (result.kind !== 'response') return unexpected(result);
  const body = jsonObject(result);
  const text = providerText(str(body, 'error') ?? str(body, 'message'), credential);
  const said = text ? `: ${text}` : '';
  if (result.status === 200) {
    const username = providerText(str(body, 'username'), credential);
    if (!username) return unexpected(result, 'a whoami answer without a username');
    return verified({ username }, [
      { fact: 'principal', value: username, detail: 'npm whoami username' },
      { fact: 'principalKind', value: 'human', detail: 'an npm user account' },
    ]);
  }
  // npm answers 401 for a token that does not exist or was revoked (legacy tokens were revoked in 2025).
  if (result.status === 401) return invalid('revoked', `npm rejected the token${said}`);
  if (result.status === 403) {
    // A valid token used from an address outside its CIDR allowlist (PROVIDERS.md section 12).
    return unknown('insufficient-scope', `npm refused the token from this address (its CIDR allowlist?)${said}`);
  }
  return unexpected(result);
}
