// Anthropic: standard (api03) and Admin API (admin01) keys, the secret names that point at Anthropic,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 9.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'PG-_FJZMZ9mxFaXrUsrAJISLjvDrduaEiv2hQh9BhM_Nuaam4PKcOIovyobAk-3ZT1kQ34TW36kXRy9lOZLKCyvT-MhDl';

/** Anthropic API keys: 93 characters then `AA` (TH anthropic regex). No test/live distinction. */
export const anthropic: ProviderSpec = {
  id: 'anthropic',
  name: 'Anthropic',
  formats: [
    {
      type: 'standard',
      pattern: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
      examples: ['sk-ant-api03-' + BODY + 'AA'],
      counterExamples: ['sk-ant-api03-' + BODY, 'sk-ant-api03-' + BODY.slice(1) + 'AA', 'sk-ant-api02-' + BODY + 'AA'],
    },
    {
      // Admin keys exist only in organizations and are provisioned by org admins.
      type: 'admin',
      pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/,
      examples: ['sk-ant-admin01-' + BODY + 'AA'],
      counterExamples: ['sk-ant-admin01-' + BODY + 'AB', 'sk-ant-admin-' + BODY + 'AA'],
    },
  ],
  namePatterns: [namePart('ANTHROPIC', 'CLAUDE')],
  endpoints: [
    // Standard keys have no whoami: this only proves the key is live.
    { method: 'GET', baseUrl: 'https://api.anthropic.com', path: '/v1/models' },
    // Admin keys only: the organization.
    { method: 'GET', baseUrl: 'https://api.anthropic.com', path: '/v1/organizations/me' },
  ],
};
