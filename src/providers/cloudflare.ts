// Cloudflare: account and user API tokens, Global API keys, their legacy forms, the secret names that
// point at Cloudflare, and the token verify calls. Facts from PROVIDERS.md section 14.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
const CHECKSUM = '22abfdd1';

/** Prefixed formats: prefix + 40 characters + 8 hex checksum (TH cloudflareapitoken v2). */
const TAIL = '[A-Za-z0-9]{40}[a-f0-9]{8}';

/** Cloudflare API credentials. No test/live distinction. */
export const cloudflare: ProviderSpec = {
  id: 'cloudflare',
  name: 'Cloudflare',
  formats: [
    {
      type: 'account-token',
      pattern: new RegExp(`^cfat_${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'an account-owned API token, not tied to a user (cfat_)',
      examples: ['cfat_' + BODY + CHECKSUM],
      counterExamples: ['cfat_' + BODY, 'cfat_' + BODY + 'ZZZZZZZZ', 'cfat-' + BODY + CHECKSUM],
    },
    {
      type: 'user-token',
      pattern: new RegExp(`^cfut_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (cfut_)',
      examples: ['cfut_' + 'NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu2' + CHECKSUM],
      counterExamples: ['cfut_' + 'NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu2'],
    },
    {
      // The Global API Key: full access as the user, sent with X-Auth-Email + X-Auth-Key.
      type: 'global-api-key',
      pattern: new RegExp(`^cfk_${TAIL}$`),
      principalKind: 'human',
      principalDetail: "a user account's Global API Key (cfk_)",
      examples: ['cfk_' + 'zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhL' + CHECKSUM],
      counterExamples: ['cfk_' + 'zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhL' + 'abc'],
    },
    {
      // Legacy API token: 40 characters, no prefix; owner kind unknown offline.
      type: 'legacy-token',
      pattern: /^[A-Za-z0-9_-]{40}$/,
      needsNameHint: true,
      examples: ['s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x'],
      counterExamples: ['s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2', 's0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x.'],
    },
    {
      // Legacy Global API Key: 37 hex characters, sent with X-Auth-Email + X-Auth-Key.
      type: 'legacy-global-api-key',
      pattern: /^[0-9a-f]{37}$/,
      needsNameHint: true,
      principalKind: 'human',
      principalDetail: "a user account's Global API Key (37 hex characters)",
      examples: ['5f9c993fcba3c41e6777021896a7425da46ee'],
      counterExamples: ['5f9c993fcba3c41e6777021896a7425da46e', '5f9c993fcba3c41e6777021896a7425da46eg'],
    },
  ],
  namePatterns: [namePart('CLOUDFLARE', 'CF_API_TOKEN', 'CF_API_KEY', 'CF_TOKEN', 'CF_ACCOUNT_TOKEN', 'CF_USER_TOKEN')],
  endpoints: [
    { method: 'GET', baseUrl: 'https://api.cloudflare.com', path: '/client/v4/user/tokens/verify' },
    // Account tokens get 403 on the user path; this one needs the account id.
    { method: 'GET', baseUrl: 'https://api.cloudflare.com', path: '/client/v4/accounts/{account_id}/tokens/verify' },
  ],
};
