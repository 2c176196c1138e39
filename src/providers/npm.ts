// npm: registry access tokens, the secret names that point at npm, and whoami. Facts from PROVIDERS.md
// section 12 (docs.npmjs.com/about-access-tokens).

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

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
};
