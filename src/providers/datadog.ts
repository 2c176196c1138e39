// Datadog: API keys and application keys (no prefix, so they need a Datadog name), the secret names
// that point at Datadog, and the validate calls. Facts from PROVIDERS.md section 13.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

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
};
