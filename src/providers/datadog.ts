// Datadog: API keys and application keys (no prefix, so they need a Datadog name), the secret names
// that point at Datadog, and the validate calls. Facts from PROVIDERS.md section 13.

import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, unexpected, verified } from './outcome.js';
import type { Credential, Identity, ProviderSpec, SmokeContext } from './types.js';

/** Datadog keys: bare hex with no prefix; both count only beside a Datadog name. */
export const datadog: ProviderSpec = {
  id: 'datadog',
  name: 'Datadog',
  formats: [
    {
      // Org-level: no user principal and no test/live distinction.
      type: 'api-key',
      pattern: /^[0-9a-f]{32}$/,
      needsNameHint: true,
      examples: ['b36e992c843ea22c76edc6c5003d133a'],
      counterExamples: [
        'b36e992c843ea22c76edc6c5003d133',
        'B36E992C843EA22C76EDC6C5003D133A',
        'b36e992c843ea22c76edc6c5003d133z',
      ],
    },
    {
      // Owned by a user or service account (`service_account` on the owning user, via smoke).
      type: 'app-key',
      pattern: /^[0-9a-f]{40}$/,
      needsNameHint: true,
      examples: ['19ffab0396347dd16ca6637daece4967b3fe39bf'],
      counterExamples: ['19ffab0396347dd16ca6637daece4967b3fe39b', '19ffab0396347dd16ca6637daece4967b3fe39bff'],
    },
  ],
  namePatterns: [namePart('DATADOG', 'DD_API_KEY', 'DD_APP_KEY', 'DD_APPLICATION_KEY', 'DD_CLIENT_API_KEY', 'DD_KEY')],
  endpoints: [
    // API key only; the key works on one site (api.<site>), so --endpoint picks other sites.
    { method: 'GET', baseUrl: 'https://api.datadoghq.com', path: '/api/v1/validate' },
    // API key + application key: the user who owns the app key (UNCONFIRMED as documented).
    {
      method: 'GET',
      baseUrl: 'https://api.datadoghq.com',
      path: '/api/v2/current_user',
      note: 'needs the application key too',
    },
  ],
  identify: identifyDatadog,
};

/**
 * API keys: `GET /api/v1/validate` with `DD-API-KEY`. An API key belongs to an organization, not to a
 * user, so there is no principal to report. A key works on one site only: the base URL is US1
 * (`api.datadoghq.com`) unless `--endpoint datadog=https://api.<site>` picks another, and a key from
 * another site is refused exactly like an unknown one, so a refusal is `unknown-key`, and says so.
 * Application keys are not checked: every call they allow needs the API key as well, and keybound has
 * no way yet to pair the two.
 */
async function identifyDatadog(credential: Credential, context: SmokeContext): Promise<Identity> {
  if (credential.format.type !== 'api-key') {
    return {
      status: 'skipped',
      reason: 'unsupported',
      message:
        'a Datadog application key can only be checked together with its API key, which keybound cannot pair yet',
      facts: [],
    };
  }
  const result = await context.http.request({
    method: 'GET',
    path: '/api/v1/validate',
    headers: { 'dd-api-key': credential.value.reveal(), accept: 'application/json' },
  });
  const common = commonOutcome(result);
  if (common) return common;
  if (result.kind !== 'response') return unexpected(result);
  const body = jsonObject(result);
  if (result.status === 200 && body?.valid === true) {
    return verified(
      undefined,
      [],
      'Datadog accepted the API key; API keys belong to the organization, so no principal is known',
    );
  }
  const refused =
    'Datadog refused the API key on this site; a key from another Datadog site (EU, US3...) is refused too: choose its site with --endpoint datadog=https://api.<site>';
  if (result.status === 200 && body?.valid === false) return invalid('unknown-key', refused);
  // Datadog answers 403 (not 401) for a key it does not know: {"errors":["Forbidden"]}.
  if ((result.status === 403 || result.status === 401) && Array.isArray(body?.errors))
    return invalid('unknown-key', refused);
  return unexpected(result);
}
