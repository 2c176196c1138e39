// Twilio: Account SID + Auth Token and API Key SID + secret, the secret names that point at Twilio,
// how they pair, and the calls a smoke check makes. Facts from PROVIDERS.md section 11.

import { accept, basic, defineProvider, fact, get, on } from './adapter.js';
import type { Accepted, Answer, Outcome, Parts, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, jsonObject, skipped, unexpected, unknown } from './outcome.js';
import type { Credential, Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const HEX = 'f957135b01cc80a8a3e27daebda533c5';
const BASE = 'https://api.twilio.com';

const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
const SECRET = /^[A-Za-z0-9]{32}$/;

const SERVICE = fact('principalKind', 'service', 'Twilio credentials belong to an account, not to a person');

/** Test credentials may not read the account (403, 20008); a restricted API key lacks a permission (70051). */
const TEST_CREDENTIALS = 20008;
const NO_PERMISSION = 70051;

/**
 * Twilio credentials work in pairs (SID + secret, HTTP Basic). The SIDs carry a prefix; the secrets are
 * bare 32-character strings, so they count only beside a Twilio name. Test credentials have no marker.
 */
export const twilio = defineProvider({
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
  // The names of each pair, beside TWILIO_ACCOUNT_SID (PROVIDERS.md section 11).
  companions: [
    { primary: 'authtoken', companions: { accountsid: 'accountSid' }, prefixContains: 'twilio' },
    { primary: 'apisecret', companions: { apikey: 'apiKeySid', accountsid: 'accountSid' }, prefixContains: 'twilio' },
    {
      primary: 'apikeysecret',
      companions: { apikeysid: 'apiKeySid', accountsid: 'accountSid' },
      prefixContains: 'twilio',
    },
  ],
  guide: {
    principal: 'the Account SID `AC…`',
    verified:
      'auth token: the account is active; API key (SK): a Messages list under the account answers (a Standard key may not read the account itself)',
    invalid:
      '401 code 20003 (wrong or rotated secret, a key of another account, or a suspended or closed account); account status suspended or closed (user-inactive)',
    unknown: 'a missing or malformed companion (TWILIO_ACCOUNT_SID, the API key SID), or no answer',
  },
  start: pairOf,
  // SECURITY: the Account object carries the account's auth_token; it is dropped before anything reads it.
  parse: (response) => {
    const body = jsonObject(response);
    if (body) delete body.auth_token;
    return body;
  },
  calls: {
    // Auth tokens (and Main API keys): the Account object, with its status.
    account: get(BASE, '/2010-04-01/Accounts/{AccountSid}.json', {
      note: 'HTTP Basic SID:secret; the response body contains auth_token, which must be redacted',
      auth: basic('user', 'secret'),
      answers: [
        on(200, accept(account)),
        on(401, refused('this Account SID and auth token', 'wrong or rotated, or the account is suspended or closed')),
        on(403, accept(testMode), { body: { code: TEST_CREDENTIALS } }),
        on(403, restricted('may not read the account'), { body: { code: NO_PERMISSION } }),
      ],
    }),
    // API keys (SK): a Standard key may not read /Accounts (401 20003 even when good), so the check is a
    // list it may read under the account (one item; nothing of it is kept).
    messages: get(BASE, '/2010-04-01/Accounts/{AccountSid}/Messages.json', {
      query: '?PageSize=1',
      note: 'HTTP Basic SKsid:secret; a list a Standard API key may read, one item, nothing of it kept',
      auth: basic('user', 'secret'),
      answers: [
        on(
          200,
          accept((a) =>
            Array.isArray(a.get('messages'))
              ? accountFacts(a.credential.companions.accountSid?.reveal() ?? '', 'an API key accepted under it')
              : unexpected(a, 'Twilio answered a Messages list without messages'),
          ),
        ),
        on(401, refused('this API key', 'wrong, revoked or of another account, or the account is suspended or closed')),
        on(403, restricted('may not read messages'), { body: { code: NO_PERMISSION } }),
      ],
    }),
  },
});

function accountFacts(sid: string, what?: string): Accepted {
  const detail = `Twilio account SID${what ? ` (${what})` : ''}`;
  return { principal: { sid }, facts: [fact('principal', sid, detail), fact('account', sid, detail), SERVICE] };
}

function testMode(a: Answer): Accepted {
  return {
    principal: { sid: a.credential.companions.accountSid?.reveal() ?? a.credential.value.reveal() },
    facts: [fact('keyEnvironment', 'test', 'Twilio test credentials (403, code 20008)'), SERVICE],
  };
}

/** A restricted key (70051) authenticated, but lacks the permission: accepted, its account unconfirmed. */
function restricted(what: string): Outcome {
  return accept(() => ({
    facts: [SERVICE],
    note: `the key ${what} (code 70051, a restricted key); its account is unconfirmed`,
  }));
}

function refused(what: string, causes: string): (a: Answer) => Identity {
  return (a) => {
    const code = a.get('code');
    return invalid(
      'revoked',
      `Twilio does not accept ${what}${typeof code === 'number' ? ` (code ${code})` : ''}: ${causes}`,
    );
  };
}

/**
 * The Basic user, secret and Account SID for this key, from its value and companions:
 *
 * | the key's value | companions needed            | HTTP Basic user:password | call      |
 * |-----------------|------------------------------|--------------------------|-----------|
 * | auth token      | `accountSid`                 | accountSid:authToken     | account   |
 * | API key secret  | `apiKeySid`, `accountSid`    | apiKeySid:secret         | messages  |
 * | Account SID     | `authToken`                  | accountSid:authToken     | account   |
 * | API key SID     | `apiKeySecret`, `accountSid` | apiKeySid:secret         | messages  |
 */
function pairOf(credential: Credential): { parts: Parts; call: string } | Identity {
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
  const pair = (user: typeof value, secret: typeof value, sid: typeof value, key: boolean) => ({
    parts: { user, secret, accountSid: sid },
    call: key ? 'messages' : 'account',
  });

  if (format.type === 'account-sid' || format.type === 'api-key-sid') {
    const isKey = format.type === 'api-key-sid';
    const secret = isKey ? companions.apiKeySecret : companions.authToken;
    if (!secret) {
      const what = isKey ? 'an API key SID' : 'an Account SID';
      return skipped(
        'unsupported',
        `${what} identifies, it does not authenticate: it is checked with its secret, which was not given`,
      );
    }
    if (!SECRET.test(secret.reveal())) return bad(isKey ? 'apiKeySecret' : 'authToken');
    if (!isKey) return pair(value, secret, value, false);
    if (!accountSid) return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
    return pair(value, secret, accountSid, true);
  }

  // The value is a secret: an auth token, or an API key secret (which may be all lowercase hex too).
  const keySid = companions.apiKeySid;
  if (keySid && !API_KEY_SID.test(keySid.reveal())) return bad('apiKeySid');
  if (!keySid && format.type === 'api-key-secret') {
    return missing('apiKeySid', 'API key SID (TWILIO_API_KEY or TWILIO_API_KEY_SID)');
  }
  if (!accountSid) return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
  return keySid ? pair(keySid, value, accountSid, true) : pair(accountSid, value, accountSid, false);
}

/** The Account object (auth_token already dropped): its status decides. */
function account(a: Answer): Reading {
  // SIDs are identifiers, checked by their format rather than passed through the redactor: the Account
  // SID is one of the credential's own companions, which would be redacted.
  const sid = a.get('sid');
  const requested = a.credential.companions.accountSid?.reveal() ?? a.credential.value.reveal();
  if (typeof sid !== 'string' || !ACCOUNT_SID.test(sid) || sid !== requested) {
    return unexpected(a, 'Twilio answered with an Account object for another SID or none');
  }
  const principal: Record<string, string> = {
    sid,
    ...(a.fields(['friendly_name', 'status', 'type']) as Record<string, string>),
  };
  const owner = a.get('owner_account_sid');
  if (typeof owner === 'string' && ACCOUNT_SID.test(owner)) principal.owner_account_sid = owner;
  const status = principal.status;
  if (status === 'suspended' || status === 'closed') {
    return invalid('user-inactive', `the account associated with this key is ${status} at Twilio (${sid})`);
  }
  if (status !== 'active') return unexpected(a, 'Twilio answered with an account status it does not document');
  // Trial or Full is a property of the account, not of the key or its mode: kept in the detail only.
  return { ...accountFacts(sid, principal.type), principal };
}
