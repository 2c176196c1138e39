// Dropbox smoke check (POST /2/users/get_current_account, no body) against a fake API: the answers of
// PROVIDERS.md section 29 (the recorded ones are replayed in recorded.test.ts), the plain-text 400s,
// the allow-list that keeps POST /2/auth/token/revoke out of reach, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { dropbox as provider } from '../../src/providers/dropbox.js';
import { SmokeHttp } from '../../src/providers/http.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, itAnswers, SETTINGS } from './harness.js';
import type { AdapterSpec, AnswerCase } from './harness.js';

type Fact = Identity['facts'][number];

// Made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = 'sl.' + 'u.' + ('AFq9Lw2Kx7Rm4Nc8Vb1Hs6Jd0Pg5Ya' + '_Ue-').repeat(5);
const PATH = '/2/users/get_current_account';
const AFTER: string[] = [];

function credential(value = TOKEN): Credential {
  const format = provider.formats[0];
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'DROPBOX_ACCESS_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format };
}

/** Bearer token, and no content type: Dropbox refuses a body or a content type on this call. */
function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
  expect(request.headers['content-type']).toBeUndefined();
  expect(request.body).toBe('');
}

/** PROVIDERS.md section 29's FullAccount, a personal (basic) account. */
const ACCOUNT = {
  account_id: 'dbid:' + 'AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc',
  name: { given_name: 'Ada', surname: 'Lovelace', display_name: 'Ada Lovelace' },
  email: 'ada@corp.test',
  email_verified: true,
  disabled: false,
  account_type: { '.tag': 'basic' },
  country: 'GB',
};
const VALID: FakeHandler = () => json(200, ACCOUNT);
const error = (tag: string, extra: object = {}) => ({ error_summary: `${tag}/..`, error: { '.tag': tag, ...extra } });
const text = (status: number, body: string) => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body,
});
const PERSON: Fact = { fact: 'principalKind', value: 'human', detail: 'Dropbox access tokens act for a user account' };

// The shared harness (__tests__/providers/harness.ts): its faults run at the end of this file.
const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID, method: 'POST' };
const harness = adapterHarness(SPEC);
const { check, serve, expectNoSecret } = harness;

const CASES: AnswerCase[] = [
  {
    name: 'a personal account: its dbid: id, a person; the e-mail is kept only to compare with',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { account_id: ACCOUNT.account_id, account_type: 'basic', country: 'GB' },
      facts: [
        { fact: 'principal', value: ACCOUNT.account_id, detail: 'Dropbox get_current_account account_id' },
        PERSON,
      ],
      aliases: ['ada@corp.test'],
    },
  },
  {
    name: 'a business account: its team is the account fact',
    handler: () =>
      json(200, {
        ...ACCOUNT,
        account_type: { '.tag': 'business' },
        team: { id: 'dbtid:' + 'AAFdgehTzw7W', name: 'Acme' },
      }),
    expected: {
      status: 'verified',
      principal: {
        account_id: ACCOUNT.account_id,
        account_type: 'business',
        team_id: 'dbtid:AAFdgehTzw7W',
        team: 'Acme',
        country: 'GB',
      },
      facts: [
        { fact: 'principal', value: ACCOUNT.account_id, detail: 'Dropbox get_current_account account_id' },
        PERSON,
        { fact: 'account', value: 'dbtid:AAFdgehTzw7W', detail: 'Dropbox get_current_account team.id (business team)' },
      ],
    },
  },
  {
    name: 'disabled: true is invalid (user-inactive)',
    handler: () => json(200, { ...ACCOUNT, disabled: true }),
    expected: { status: 'invalid', reason: 'user-inactive', facts: [] },
    message: /Dropbox account dbid:\S+ behind this token is disabled/,
  },
  {
    name: '401 expired_access_token is invalid (expired), saying short-lived tokens need a refresh token',
    handler: () => json(401, error('expired_access_token')),
    expected: { status: 'invalid', reason: 'expired' },
    message: /about four hours.*refresh token/,
  },
  {
    name: '401 invalid_access_token is invalid (revoked)',
    handler: () => json(401, error('invalid_access_token')),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: '401 user_suspended (dropbox-sdk AuthError) is invalid (user-inactive)',
    handler: () => json(401, error('user_suspended')),
    expected: { status: 'invalid', reason: 'user-inactive' },
  },
  {
    name: '401 missing_scope: a working token without account_info.read is verified, naming no one (TH counts it valid)',
    handler: () => json(401, error('missing_scope', { required_scope: 'account_info.read' })),
    expected: { status: 'verified', reason: 'ok', facts: [PERSON] },
    message: /lacks the account_info\.read scope/,
  },
  {
    name: 'the same missing scope as a plain-text 400 is verified too',
    handler: () =>
      text(
        400,
        'Error in call to API function "users/get_current_account": Your app (ID: 1234) is not permitted to access this endpoint because it does not have the required scope \'account_info.read\'.',
      ),
    expected: { status: 'verified', reason: 'ok', facts: [PERSON] },
  },
  {
    name: 'a team (Business) token, refused in plain text: unknown (insufficient-scope), never invalid',
    handler: () =>
      text(
        400,
        'Error in call to API function "users/get_current_account": This API function operates on a single Dropbox account, but the OAuth 2 access token you provided is for an entire Dropbox Business team.',
      ),
    expected: { status: 'unknown', reason: 'insufficient-scope' },
    message: /team \(Business\) token/,
  },
  {
    name: 'another plain-text 400 (a body or content type sent) is unknown',
    handler: () =>
      text(
        400,
        'Error in call to API function "users/get_current_account": request body: could not decode input as JSON',
      ),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'another 401 tag is unknown',
    handler: () => json(401, error('route_access_denied')),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a 200 without a dbid: account id is unknown',
    handler: () => json(200, { ...ACCOUNT, account_id: 'ada' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a plain-text 200 is unknown (only a 400 is read as text)',
    handler: () => text(200, 'does not have the required scope'),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Dropbox smoke: POST /2/users/get_current_account', () => {
  itAnswers(SPEC, harness, CASES);

  it('the token echoed in an error summary appears nowhere in the identity', async () => {
    const cred = credential();
    const { identity } = await check(
      () => json(401, { error_summary: `bad token ${TOKEN}`, error: { '.tag': 'other' } }),
      cred,
    );
    expect(identity.status).toBe('unknown');
    expectNoSecret(identity, cred);
  });

  it('declares exactly one call: POST get_current_account, with a note saying why a POST is read-only', () => {
    expect(provider.endpoints).toEqual([
      {
        method: 'POST',
        baseUrl: 'https://api.dropboxapi.com',
        path: PATH,
        note: 'users/get_current_account is read-only (an RPC call without arguments, hence POST)',
      },
    ]);
  });

  it.each(['/2/auth/token/revoke', '/2/files/delete_v2', '/2/users/get_current_account/../../auth/token/revoke'])(
    'the client refuses POST %s before sending anything (every Dropbox call is a POST)',
    async (path) => {
      const fake = await serve(VALID);
      const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
      await expect(
        http.request({ method: 'POST', path, headers: { authorization: `Bearer ${TOKEN}` } }),
      ).rejects.toThrow(/not a declared read-only endpoint/);
      expect(fake.requests).toEqual([]);
    },
  );
});

describeSharedFaults(SPEC, harness);
