// Stripe: secret, restricted and publishable keys in live and test mode, the secret names that point at
// Stripe, and the account calls a smoke check makes. Facts from PROVIDERS.md section 6 (docs.stripe.com/keys).

import { namePart } from './names.js';
import type { KeyFormat, ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = '51Hx' + 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';

/**
 * One key format per (type, mode): the `_live_`/`_test_` marker in the prefix is authoritative for the
 * mode. Stripe keys belong to the account, so no principal kind is implied.
 */
function format(prefix: 'sk' | 'rk' | 'pk', type: string, mode: 'live' | 'test'): KeyFormat {
  const head = `${prefix}_${mode}_`;
  return {
    type,
    pattern: new RegExp(`^${head}[A-Za-z0-9]{20,247}$`),
    mode,
    examples: [head + BODY],
    counterExamples: [head + 'tooShort', `${prefix}_${mode === 'live' ? 'prod' : 'dev'}_` + BODY, head + BODY + '_x'],
  };
}

/** Stripe: `sk_` secret, `rk_` restricted and `pk_` publishable (not secret) keys. */
export const stripe: ProviderSpec = {
  id: 'stripe',
  name: 'Stripe',
  formats: [
    format('sk', 'secret', 'live'),
    format('sk', 'secret', 'test'),
    format('rk', 'restricted', 'live'),
    format('rk', 'restricted', 'test'),
    format('pk', 'publishable', 'live'),
    format('pk', 'publishable', 'test'),
  ],
  namePatterns: [namePart('STRIPE')],
  endpoints: [
    // The account id (acct_…); a restricted key may get 403 that still names the account.
    { method: 'GET', baseUrl: 'https://api.stripe.com', path: '/v1/account' },
    // The Account object has no `livemode`; the balance does.
    { method: 'GET', baseUrl: 'https://api.stripe.com', path: '/v1/balance' },
  ],
};
