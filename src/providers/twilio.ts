// Twilio: Account SID + Auth Token and API Key SID + secret, the secret names that point at Twilio,
// and the account call a smoke check makes. Facts from PROVIDERS.md section 11.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const HEX = 'f957135b01cc80a8a3e27daebda533c5';

/**
 * Twilio credentials work in pairs (SID + secret, HTTP Basic). The SIDs carry a prefix; the secrets are
 * bare 32-character strings, so they count only beside a Twilio name. Test credentials have no marker.
 */
export const twilio: ProviderSpec = {
  id: 'twilio',
  name: 'Twilio',
  formats: [
    {
      type: 'account-sid',
      pattern: /^AC[0-9a-f]{32}$/,
      examples: ['AC' + HEX],
      counterExamples: ['AC' + HEX.slice(2), 'AC' + HEX.toUpperCase().replace(/[0-9]/g, 'Z')],
    },
    {
      type: 'api-key-sid',
      pattern: /^SK[0-9a-fA-F]{32}$/,
      examples: ['SK' + HEX],
      counterExamples: ['SK' + HEX + '0', 'SK' + HEX.replace('f', 'g')],
    },
    {
      // Listed before api-key-secret: an all-lowercase-hex secret is most likely an auth token.
      type: 'auth-token',
      pattern: /^[0-9a-f]{32}$/,
      needsNameHint: true,
      examples: ['3975fc2bb2591602389e3cfa2e0d23a9'],
      counterExamples: ['3975fc2bb2591602389e3cfa2e0d23a', '3975fc2bb2591602389e3cfa2e0d23a9-'],
    },
    {
      type: 'api-key-secret',
      pattern: /^[A-Za-z0-9]{32}$/,
      needsNameHint: true,
      examples: ['grRYP5kcOY8E5kddZNMPlCBXDHKzkYYU'],
      counterExamples: ['grRYP5kcOY8E5kddZNMPlCBXDHKzkYY_', 'grRYP5kcOY8E5kddZNMPlCBXDHKzkYYUx'],
    },
  ],
  namePatterns: [namePart('TWILIO')],
  endpoints: [
    {
      method: 'GET',
      baseUrl: 'https://api.twilio.com',
      path: '/2010-04-01/Accounts/{AccountSid}.json',
      // SECURITY: the Account object carries the account's auth_token; redact it before anything logs.
      note: 'HTTP Basic SID:secret; the response body contains auth_token, which must be redacted',
    },
  ],
};
