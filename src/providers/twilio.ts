// Twilio: Account SID + Auth Token and API Key SID + secret, the secret names that point at Twilio,
// and the account call a smoke check makes. Facts from PROVIDERS.md section 11.

import type { SecretValue } from '../core/secret.js';
import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

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
  identify: identifyTwilio,
};

type Response = Extract<HttpResult, { kind: 'response' }>;
type Facts = Identity['facts'];

const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
const SECRET = /^[A-Za-z0-9]{32}$/;

/** Test credentials may not read the account: 403 with this code (PROVIDERS.md section 11). */
const TEST_CREDENTIALS = 20008;
/** A restricted API key authenticated but lacks the permission. */
const NO_PERMISSION = 70051;

/**
 * Twilio credentials work in pairs, so the check needs the key's companions (Credential.companions):
 *
 * | the key's value          | companions needed            | HTTP Basic user:password |
 * |--------------------------|------------------------------|--------------------------|
 * | auth token               | `accountSid`                 | accountSid:authToken     |
 * | API key secret           | `apiKeySid`, `accountSid`    | apiKeySid:secret         |
 * | Account SID              | `authToken`                  | accountSid:authToken     |
 * | API key SID              | `apiKeySecret`, `accountSid` | apiKeySid:secret         |
 *
 * ENGINE: key building gives companions only to AWS today. For Twilio it must pair `…TWILIO_AUTH_TOKEN`
 * with `…TWILIO_ACCOUNT_SID` of the same prefix (role `accountSid`), and `…TWILIO_API_SECRET` /
 * `…TWILIO_API_KEY_SECRET` with `…TWILIO_API_KEY` / `…TWILIO_API_KEY_SID` (role `apiKeySid`) and the
 * account SID. Until then a secret checks as `unknown` (`no-value`) and a SID alone as `skipped`.
 *
 * `GET /2010-04-01/Accounts/{AccountSid}.json` answers with the Account object, whose `auth_token` is
 * dropped before anything else reads the body. The `principal` and `account` facts are the Account SID;
 * `status` suspended or closed makes the key invalid (`user-inactive`); `type` (Trial or Full) is a
 * property of the account, not of the key or its mode, so it is kept in the principal and the fact
 * detail only. Twilio keys belong to an account, never to a person: a service principal.
 */
async function identifyTwilio(credential: Credential, context: SmokeContext): Promise<Identity> {
  const pair = pairOf(credential);
  if ('status' in pair) return pair;
  const { user, secret, accountSid, apiKey } = pair;
  const basic = Buffer.from(`${user.reveal()}:${secret.reveal()}`, 'utf8').toString('base64');
  const result = await context.http.request({
    method: 'GET',
    path: `/2010-04-01/Accounts/${accountSid.reveal()}.json`,
    // SECURITY: the pair goes only in this header, to the Twilio base URL the client is bound to.
    headers: { authorization: `Basic ${basic}`, accept: 'application/json', 'user-agent': 'keybound' },
  });
  const common = commonOutcome(result);
  if (common) return common;
  const response = result as Response;
  const parsed = jsonObject(response);
  // SECURITY: the Account object carries the account's auth_token; drop it before anything reads the body.
  const { auth_token: _authToken, ...body } = parsed ?? {};
  if (!parsed) return unexpected(response, 'Twilio answered with something other than a JSON object');
  if (response.status === 200) return account(body, response, credential, accountSid);
  const code = typeof body.code === 'number' ? body.code : undefined;
  if (response.status === 401) {
    if (apiKey) {
      // Standard API keys may not read /Accounts at all, so a valid Standard key and a revoked key
      // look the same here (PROVIDERS.md section 11).
      return unknown(
        'unexpected-response',
        `Twilio answered 401${code ? ` (code ${code})` : ''} to an API key: a revoked key and a valid Standard key (which may not read the account) look the same`,
      );
    }
    return invalid(
      'revoked',
      `Twilio does not accept this Account SID and auth token${code ? ` (code ${code})` : ''}: wrong, rotated, or the account is suspended or closed`,
    );
  }
  if (response.status === 403 && code === TEST_CREDENTIALS) {
    return verified({ sid: accountSid.reveal() }, [
      { fact: 'keyEnvironment', value: 'test', detail: 'Twilio test credentials (403, code 20008)' },
      SERVICE,
    ]);
  }
  if (response.status === 403 && code === NO_PERMISSION) {
    return verified(
      {},
      [SERVICE],
      'the key may not read the account (code 70051, a restricted key); the account is unknown',
    );
  }
  return unexpected(response, 'Twilio answered GET Accounts/{Sid}.json with a status it does not document');
}

const SERVICE: Facts[number] = {
  fact: 'principalKind',
  value: 'service',
  detail: 'Twilio credentials belong to an account, not to a person',
};

interface Pair {
  user: SecretValue;
  secret: SecretValue;
  accountSid: SecretValue;
  apiKey: boolean;
}

/** The Basic user, secret and Account SID for this key, from its value and companions (checked formats). */
function pairOf(credential: Credential): Pair | Identity {
  const { value, companions, format } = credential;
  const missing = (role: string, names: string): Identity =>
    unknown(
      'no-value',
      `${credential.name} is checked with its ${names} (companion ${role}), which was not given; nothing was sent`,
    );
  const bad = (role: string): Identity =>
    unknown('no-value', `the companion ${role} of ${credential.name} is not well-formed; nothing was sent`);
  const accountSid = companions.accountSid;
  if (accountSid && !ACCOUNT_SID.test(accountSid.reveal())) return bad('accountSid');

  if (format.type === 'account-sid' || format.type === 'api-key-sid') {
    const isKey = format.type === 'api-key-sid';
    const secret = isKey ? companions.apiKeySecret : companions.authToken;
    if (!secret) {
      const what = isKey ? 'an API key SID' : 'an Account SID';
      return {
        status: 'skipped',
        reason: 'unsupported',
        message: `${what} identifies, it does not authenticate: it is checked with its secret, which was not given`,
        facts: [],
      };
    }
    if (!SECRET.test(secret.reveal())) return bad(isKey ? 'apiKeySecret' : 'authToken');
    if (!isKey) return { user: value, secret, accountSid: value, apiKey: false };
    if (!accountSid) return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
    return { user: value, secret, accountSid, apiKey: true };
  }

  // The value is a secret: an auth token, or an API key secret (which may be all lowercase hex too).
  const keySid = companions.apiKeySid;
  if (keySid && !API_KEY_SID.test(keySid.reveal())) return bad('apiKeySid');
  if (!keySid && format.type === 'api-key-secret') return missing('apiKeySid', 'API key SID (TWILIO_API_KEY)');
  if (!accountSid) return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
  return { user: keySid ?? accountSid, secret: value, accountSid, apiKey: keySid !== undefined };
}

/** The Account object (auth_token already dropped). */
function account(
  body: Record<string, unknown>,
  response: Response,
  credential: Credential,
  requested: SecretValue,
): Identity {
  // SIDs are identifiers, checked by their format rather than passed through providerText: the Account
  // SID is one of the credential's own companions, which providerText would redact.
  const sid = str(body, 'sid');
  if (sid === undefined || !ACCOUNT_SID.test(sid) || sid !== requested.reveal()) {
    return unexpected(response, 'Twilio answered with an Account object for another SID or none');
  }
  const principal: Record<string, string | number | boolean> = { sid };
  for (const field of ['friendly_name', 'status', 'type']) {
    const value = providerText(str(body, field), credential);
    if (value) principal[field] = value;
  }
  const owner = str(body, 'owner_account_sid');
  if (owner !== undefined && ACCOUNT_SID.test(owner)) principal.owner_account_sid = owner;
  const status = principal.status;
  if (status === 'suspended' || status === 'closed') {
    return invalid('user-inactive', `the account associated with this key is ${status} at Twilio (${sid})`);
  }
  if (status !== 'active') return unexpected(response, 'Twilio answered with an account status it does not document');
  const type = typeof principal.type === 'string' ? ` (${principal.type})` : '';
  const detail = `Twilio account SID${type}`;
  return verified(principal, [
    { fact: 'principal', value: sid, detail },
    { fact: 'account', value: sid, detail },
    SERVICE,
  ]);
}
