// SendGrid (Twilio SendGrid): the `SG.` API key, the secret names that point at SendGrid, and the
// calls a smoke check makes. Facts from PROVIDERS.md section 10.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID = 'tk5APAg81ZTf-YY2aTbqeP';
const SECRET = 'HlPFGqSOjDIzZ6VIsWSKosBQ8or9tLwQax5m1tEJ3lw';

/** SendGrid API keys: `SG.` + 22 + `.` + 43 (TH allows 20–24 and 39–50). No test/live distinction. */
export const sendgrid: ProviderSpec = {
  id: 'sendgrid',
  name: 'SendGrid',
  formats: [
    {
      type: 'api-key',
      pattern: /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/,
      examples: ['SG.' + ID + '.' + SECRET],
      counterExamples: ['SG.' + ID + SECRET, 'sg.' + ID + '.' + SECRET, 'SG.' + ID + '.' + SECRET.slice(0, 30)],
    },
  ],
  namePatterns: [namePart('SENDGRID', 'SEND_GRID')],
  endpoints: [
    // Every scope of the calling key; needs none.
    { method: 'GET', baseUrl: 'https://api.sendgrid.com', path: '/v3/scopes' },
    // The account behind it; 403 without a user.* read scope.
    { method: 'GET', baseUrl: 'https://api.sendgrid.com', path: '/v3/user/username' },
  ],
};
