// Stripe: secret, restricted and publishable keys in live and test mode, the secret names that point at
// Stripe, and the account calls a smoke check makes. Facts from PROVIDERS.md section 6 (docs.stripe.com/keys).

import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected } from './outcome.js';
import type { Identity, KeyFormat } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = '51Hx' + 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
const BASE = 'https://api.stripe.com';

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

/** An account id as Stripe writes it; bounded so matching stays linear. */
const ACCOUNT_ID = /\bacct_[A-Za-z0-9]{1,64}\b/;

const SERVICE = fact('principalKind', 'service', 'Stripe keys belong to an account, not to a person');

function accountFacts(id: string, detail: string): Identity['facts'] {
  return [fact('principal', id, detail), fact('account', id, detail), SERVICE];
}

/** Stripe: `sk_` secret, `rk_` restricted and `pk_` publishable (not secret) keys. */
export const stripe = defineProvider({
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
  guide: {
    principal: 'the account id `acct_…` (a restricted key names it only when its 403 does)',
    verified:
      'the account answers, or a restricted key is refused the account with 403 "does not have the required permissions" (a valid key); livemode from the balance',
    invalid: '401: deleted, rolled or never valid; api_key_expired (expired)',
    unknown: 'another 403, or no answer',
  },
  // Publishable keys are public by design and can read neither the account nor the balance.
  start: (credential) =>
    credential.format.type === 'publishable'
      ? skipped('unsupported', 'a publishable key is public and names no account; it was not sent')
      : {},
  calls: {
    // The account id (acct_…); a restricted key may get 403 that still names the account.
    account: get(BASE, '/v1/account', {
      auth: bearer(),
      answers: [
        on(200, accept(account)),
        on(401, invalid('expired', 'Stripe says this key has expired (api_key_expired)'), {
          body: { 'error.code': 'api_key_expired' },
        }),
        on(401, (a) => {
          const code = a.text('error.code');
          const said = /^[a-z0-9_]{1,64}$/.test(code) ? ` (${code})` : '';
          return invalid('revoked', `Stripe does not accept this key: deleted, rolled or never valid${said}`);
        }),
        // A valid restricted key without the permission: Stripe's error.type is invalid_request_error
        // (PROVIDERS.md section 6), so the message decides. Both documented variants say this.
        on(403, accept(restricted), { body: { 'error.message': /does not have the required permissions/i } }),
      ],
    }),
    // The Account object has no `livemode`; the balance does. The prefix already gives the mode, so a
    // balance that cannot be read leaves the key accepted, with a note.
    balance: get(BASE, '/v1/balance', {
      auth: bearer(),
      optional: (why) => `livemode could not be read from GET /v1/balance (${why}); the key prefix gives the mode`,
      answers: [
        on(
          200,
          accept((a) => ({
            principal: { livemode: a.get('livemode') === true },
            facts: [fact('keyEnvironment', a.get('livemode') ? 'live' : 'test', 'Stripe GET /v1/balance livemode')],
          })),
          { body: { livemode: [true, false] } },
        ),
      ],
    }),
  },
});

/** `GET /v1/account`: the account (`principal` and `account` facts); Stripe keys are service principals. */
function account(a: Answer): Reading {
  const id = a.text('id');
  if (!/^acct_[A-Za-z0-9]+$/.test(id)) return unexpected(a, 'Stripe answered GET /v1/account without an acct_ id');
  const principal = {
    id,
    ...a.fields(['type', 'country', 'business_type']),
    ...a.fields({ business_name: 'business_profile.name' }),
    ...a.fields(['charges_enabled', 'payouts_enabled']),
  };
  return { principal, facts: accountFacts(id, 'Stripe GET /v1/account id'), next: 'balance' };
}

/** The 403 message names the account ("... on account 'acct_…'"): read opportunistically, never required. */
function restricted(a: Answer): Reading {
  const found = ACCOUNT_ID.exec(a.text('error.message'))?.[0];
  return {
    principal: found ? { id: found } : {},
    facts: found ? accountFacts(found, 'Stripe 403 on GET /v1/account names the account') : [SERVICE],
    note: found
      ? 'the key may not read the account (restricted key); the account id comes from the permission error'
      : 'the key may not read the account (restricted key); which account it belongs to is unknown',
    next: 'balance',
  };
}
