// Stripe: secret, restricted and publishable keys in live and test mode, the secret names that point at
// Stripe, and the account calls a smoke check makes. Facts from PROVIDERS.md section 6 (docs.stripe.com/keys).

import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, KeyFormat, ProviderSpec, SmokeContext } from './types.js';

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
  identify: identifyStripe,
};

type Response = Extract<HttpResult, { kind: 'response' }>;
type Facts = Identity['facts'];

/** An account id as Stripe writes it; bounded so matching stays linear. */
const ACCOUNT_ID = /\bacct_[A-Za-z0-9]{1,64}\b/;

/**
 * `GET /v1/account` names the account (`acct_…`, the `principal` and `account` facts), then
 * `GET /v1/balance` reads `livemode` (the `keyEnvironment` fact, `live`/`test`). A restricted key that
 * may not read the account gets 403 `permission_error` although it is valid (PROVIDERS.md): it is
 * accepted with what is known, the account id when the error names one. Stripe keys belong to an
 * account, never to a person, so an accepted key is recorded as a service principal.
 */
async function identifyStripe(credential: Credential, context: SmokeContext): Promise<Identity> {
  if (credential.format.type === 'publishable') {
    // Publishable keys are public by design and can read neither the account nor the balance.
    return {
      status: 'skipped',
      reason: 'unsupported',
      message: 'a publishable key is public and names no account; it was not sent',
      facts: [],
    };
  }
  const headers = {
    // SECURITY: the key goes only in this header, to the Stripe base URL the client is bound to.
    authorization: `Bearer ${credential.value.reveal()}`,
    'user-agent': 'keybound',
  };
  const result = await context.http.request({ method: 'GET', path: '/v1/account', headers });
  const common = commonOutcome(result);
  if (common) return common;
  const response = result as Response;
  const body = jsonObject(response);
  if (response.status === 401)
    return body ? refusal(body, credential) : unexpected(response, 'Stripe answered 401 without its JSON error');
  if (response.status === 403) return restricted(body, response, credential, context, headers);
  if (response.status !== 200)
    return unexpected(response, 'Stripe answered GET /v1/account with a status it does not document');
  const id = providerText(str(body, 'id'), credential);
  if (!body || !/^acct_[A-Za-z0-9]+$/.test(id))
    return unexpected(response, 'Stripe answered GET /v1/account without an acct_ id');
  const principal: Record<string, string | number | boolean> = { id };
  for (const field of ['type', 'country', 'business_type']) {
    const value = providerText(str(body, field), credential);
    if (value) principal[field] = value;
  }
  const profile = body.business_profile;
  const name = providerText(
    str(profile !== null && typeof profile === 'object' ? (profile as Record<string, unknown>) : undefined, 'name'),
    credential,
  );
  if (name) principal.business_name = name;
  for (const field of ['charges_enabled', 'payouts_enabled']) {
    if (typeof body[field] === 'boolean') principal[field] = body[field];
  }
  return withMode(principal, accountFacts(id, 'Stripe GET /v1/account id'), context, headers);
}

/** A 401: the key is not accepted. `api_key_expired` is the one code that says more. */
function refusal(body: Record<string, unknown>, credential: Credential): Identity {
  const error =
    body.error !== null && typeof body.error === 'object' ? (body.error as Record<string, unknown>) : undefined;
  const code = str(error, 'code');
  if (code === 'api_key_expired') return invalid('expired', 'Stripe says this key has expired (api_key_expired)');
  const said = code !== undefined && /^[a-z0-9_]{1,64}$/.test(code) ? ` (${providerText(code, credential)})` : '';
  return invalid('revoked', `Stripe does not accept this key: deleted, rolled or never valid${said}`);
}

/** A 403: a valid key without permission to read the account (restricted keys), else inconclusive. */
async function restricted(
  body: Record<string, unknown> | undefined,
  response: Response,
  credential: Credential,
  context: SmokeContext,
  headers: Record<string, string>,
): Promise<Identity> {
  const error =
    body?.error !== null && typeof body?.error === 'object' ? (body.error as Record<string, unknown>) : undefined;
  if (str(error, 'type') !== 'permission_error') {
    return unexpected(response, 'Stripe answered GET /v1/account with 403 but no permission_error');
  }
  // The message names the account ("... on account 'acct_…'"); read opportunistically, never required.
  const account = ACCOUNT_ID.exec(providerText(str(error, 'message'), credential))?.[0];
  const facts = account ? accountFacts(account, 'Stripe permission_error on GET /v1/account names the account') : [];
  if (!account) facts.push(SERVICE);
  const note = account
    ? 'the key may not read the account (restricted key); the account id comes from the permission error'
    : 'the key may not read the account (restricted key); which account it belongs to is unknown';
  return withMode(account ? { id: account } : {}, facts, context, headers, note);
}

const SERVICE: Facts[number] = {
  fact: 'principalKind',
  value: 'service',
  detail: 'Stripe keys belong to an account, not to a person',
};

function accountFacts(id: string, detail: string): Facts {
  return [{ fact: 'principal', value: id, detail }, { fact: 'account', value: id, detail }, SERVICE];
}

/**
 * Adds the server's `livemode` from `GET /v1/balance`. The key prefix already says live or test
 * (recorded offline), so a balance that cannot be read leaves the key accepted, with a note.
 */
async function withMode(
  principal: Record<string, string | number | boolean>,
  facts: Facts,
  context: SmokeContext,
  headers: Record<string, string>,
  note?: string,
): Promise<Identity> {
  const notes = note ? [note] : [];
  const result = await context.http.request({ method: 'GET', path: '/v1/balance', headers });
  const body = result.kind === 'response' && result.status === 200 ? jsonObject(result) : undefined;
  if (typeof body?.livemode === 'boolean') {
    facts.push({
      fact: 'keyEnvironment',
      value: body.livemode ? 'live' : 'test',
      detail: 'Stripe GET /v1/balance livemode',
    });
    principal.livemode = body.livemode;
  } else {
    const why = result.kind === 'response' ? `HTTP ${result.status}` : result.reason;
    notes.push(`livemode could not be read from GET /v1/balance (${why}); the key prefix gives the mode`);
  }
  return verified(principal, facts, notes.length > 0 ? notes.join('; ') : undefined);
}
