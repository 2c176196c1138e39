// Cloudflare smoke check (GET .../tokens/verify) against a fake API: answers from PROVIDERS.md section 14 and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { cloudflare as provider } from '../../src/providers/cloudflare.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// Made-up tokens, built from parts so that secret scanners do not flag them.
const BODY = 'Hq3Lw8Tz2V' + 'n6Rc1Xk9Mp' + 'B4sJ7yFd0G' + 'a5Ue2Nt8Qw';
const SUM = '3f9a' + '1c7e';
const USER_TOKEN = 'cfut_' + BODY + SUM;
const ACCOUNT_TOKEN = 'cfat_' + BODY + SUM;
const GLOBAL_KEY = 'cfk_' + BODY + SUM;
const LEGACY_TOKEN = 'Zp4Kq9Wm2X' + 'r7Tb3Nc8Vf' + '-1Hs6Jd0Lg' + '5Ya2Ue_9Qw';
const LEGACY_GLOBAL = '2b7e4a9c1' + 'f3d8e6a0b' + '5c7d9e1f3' + 'a4b6c8d0e7';
const ACCOUNT_ID = '9e3c7a1f' + '4d8b2e6a' + '0c5f9b3d' + '7a1e4c82';
const PATH = '/client/v4/user/tokens/verify';
const ACCOUNT_PATH = `/client/v4/accounts/${'9e3c7a1f' + '4d8b2e6a' + '0c5f9b3d' + '7a1e4c82'}/tokens/verify`;
const ACCOUNTS = '/client/v4/accounts';
/** Requests made after the identity call succeeded. */
const AFTER: string[] = [];

function credential(value = USER_TOKEN, type = 'user-token', companions: Credential['companions'] = {}): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'CF_API_TOKEN', value: new SecretValue(value, 'test'), companions, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
  expect(request.headers['x-auth-key']).toBeUndefined();
}

const TOKEN_ID = 'ed17574386854bf78a67040be0a770b0';

function verify(status: string, extra: Record<string, unknown> = {}): object {
  return {
    success: true,
    errors: [],
    messages: [{ code: 10000, message: 'This API Token is valid and active', type: null }],
    result: { id: TOKEN_ID, status, ...extra },
  };
}

function failure(...errors: object[]): object {
  return { success: false, errors, messages: [], result: null };
}

const VALID: FakeHandler = () => json(200, verify('active', { expires_on: '2026-12-31T23:59:59Z' }));

interface Case {
  name: string;
  handler: FakeHandler;
  cred?: Credential;
  paths?: string[];
  expected: Omit<Partial<Identity>, 'message'> & { message?: string | RegExp };
}

/** Cloudflare's answer to an account-owned token on the user path (recorded: pl4nty/cloudflare-kubernetes-gateway#262). */
const INVALID_TOKEN = () => json(401, failure({ code: 1000, message: 'Invalid API Token' }));
/** ... and on GET /accounts (recorded: edgefirst-dev/starter#3). */
const ACCOUNT_OWNED = () =>
  json(400, failure({ code: 1001, message: 'List accounts endpoint does not support account owned tokens.' }));
const byPath =
  (routes: Record<string, FakeHandler>): FakeHandler =>
  (request) =>
    (routes[request.path] ?? (() => json(404, failure({ code: 7003, message: 'No route' }))))(request);
const withAccount = (value: string, type: string) =>
  credential(value, type, { accountId: new SecretValue(ACCOUNT_ID, 'test') });

const CASES: Case[] = [
  {
    name: 'an active user token: the token id as principal, its expiry',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { tokenId: TOKEN_ID, status: 'active' },
      facts: [
        { fact: 'principal', value: TOKEN_ID, detail: 'Cloudflare API token id (verify names no user)' },
        { fact: 'expires', value: '2026-12-31T23:59:59.000Z', detail: 'tokens/verify expires_on' },
      ],
    },
  },
  {
    name: 'an active token with no expiry and a future not_before',
    handler: () => json(200, verify('active', { not_before: '2026-07-01T00:00:00Z' })),
    expected: {
      status: 'verified',
      principal: { tokenId: TOKEN_ID, status: 'active', notBefore: '2026-07-01T00:00:00.000Z' },
      message: 'Cloudflare accepted the token, but it is not valid before 2026-07-01T00:00:00.000Z',
      facts: [{ fact: 'principal', value: TOKEN_ID, detail: 'Cloudflare API token id (verify names no user)' }],
    },
  },
  {
    name: 'a legacy 40-character token uses the user path',
    handler: VALID,
    cred: credential(LEGACY_TOKEN, 'legacy-token'),
    expected: { status: 'verified', principal: { tokenId: TOKEN_ID, status: 'active' } },
  },
  {
    name: 'status disabled is invalid (revoked)',
    handler: () => json(200, verify('disabled')),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
  },
  {
    name: 'status expired is invalid (expired), with the expiry',
    handler: () => json(200, verify('expired', { expires_on: '2026-05-01T00:00:00Z' })),
    expected: {
      status: 'invalid',
      reason: 'expired',
      facts: [{ fact: 'expires', value: '2026-05-01T00:00:00.000Z', detail: 'tokens/verify expires_on' }],
    },
  },
  {
    name: 'status expired with HTTP 401 is read the same way',
    handler: () => json(401, { ...verify('expired'), success: false }),
    expected: { status: 'invalid', reason: 'expired', facts: [] },
  },
  {
    name: 'status disabled with HTTP 403 is read the same way',
    handler: () => json(403, { ...verify('disabled'), success: false }),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
  },
  {
    name: '401 code 1000 (Invalid API Token) is invalid (revoked)',
    handler: () => json(401, failure({ code: 1000, message: 'Invalid API Token' })),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
  },
  {
    name: '403 code 1000 on a user token is invalid (revoked)',
    handler: () => json(403, failure({ code: 1000, message: 'Invalid API Token' })),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'a legacy token refused on the user path (403) and not confirmed by GET /accounts is unknown',
    handler: () => json(403, failure({ code: 1000, message: 'Invalid API Token' })),
    cred: credential(LEGACY_TOKEN, 'legacy-token'),
    paths: [PATH, ACCOUNTS],
    expected: {
      status: 'unknown',
      reason: 'unknown-key',
      message: /revoked, or it is an account-owned token.*CLOUDFLARE_ACCOUNT_ID/,
    },
  },
  {
    name: 'a legacy account token: 401 code 1000 on the user path, 400 code 1001 on GET /accounts: verified, account-owned',
    handler: byPath({ [PATH]: INVALID_TOKEN, [ACCOUNTS]: ACCOUNT_OWNED }),
    cred: credential(LEGACY_TOKEN, 'legacy-token'),
    paths: [PATH, ACCOUNTS],
    expected: {
      status: 'verified',
      reason: 'ok',
      message: /account-owned token \(code 1001/,
      facts: [{ fact: 'principalKind', value: 'service', detail: 'an account-owned API token (Cloudflare code 1001)' }],
    },
  },
  {
    name: 'a legacy token with CLOUDFLARE_ACCOUNT_ID: refused on the user path, verified under its account',
    handler: byPath({ [PATH]: INVALID_TOKEN, [ACCOUNT_PATH]: VALID }),
    cred: withAccount(LEGACY_TOKEN, 'legacy-token'),
    paths: [PATH, ACCOUNT_PATH],
    expected: { status: 'verified', principal: { tokenId: TOKEN_ID, status: 'active' } },
  },
  {
    name: 'a legacy token with CLOUDFLARE_ACCOUNT_ID refused on both paths is invalid (revoked)',
    handler: INVALID_TOKEN,
    cred: withAccount(LEGACY_TOKEN, 'legacy-token'),
    paths: [PATH, ACCOUNT_PATH],
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
  },
  {
    name: '400 code 6003 / 6111 (bad Authorization header) is unknown (unknown-key): the value is no API token',
    handler: () =>
      json(
        400,
        failure({
          code: 6003,
          message: 'Invalid request headers',
          error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }],
        }),
      ),
    expected: { status: 'unknown', reason: 'unknown-key' },
  },
  {
    name: '401 with only the chained 6111 code is unknown (unknown-key)',
    handler: () => json(401, failure({ code: 9999, message: 'x', error_chain: [{ code: 6111, message: 'bad' }] })),
    expected: { status: 'unknown', reason: 'unknown-key' },
  },
  {
    name: '401 with an undocumented code is unknown',
    handler: () => json(401, failure({ code: 10001, message: 'something else' })),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 with an HTML page is unknown, not invalid',
    handler: () => html(403),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'an undocumented token status is unknown',
    handler: () => json(200, verify('paused')),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'an account token with its account id uses the account path',
    handler: VALID,
    cred: withAccount(ACCOUNT_TOKEN, 'account-token'),
    paths: [ACCOUNT_PATH],
    expected: { status: 'verified', principal: { tokenId: TOKEN_ID, status: 'active' } },
  },
  {
    name: 'an account token refused under its account id is invalid (revoked)',
    handler: INVALID_TOKEN,
    cred: withAccount(ACCOUNT_TOKEN, 'account-token'),
    paths: [ACCOUNT_PATH],
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'an account token without its account id: GET /accounts code 1001 confirms it, no id',
    handler: ACCOUNT_OWNED,
    cred: credential(ACCOUNT_TOKEN, 'account-token'),
    paths: [ACCOUNTS],
    expected: { status: 'verified', reason: 'ok' },
  },
  {
    name: 'an account token with a malformed account id is probed the same way, never put in a path',
    handler: INVALID_TOKEN,
    cred: credential(ACCOUNT_TOKEN, 'account-token', { accountId: new SecretValue('../../user', 'test') }),
    paths: [ACCOUNTS],
    expected: { status: 'unknown', reason: 'unknown-key' },
  },
];

const NOT_SENT: [string, Credential][] = [
  ['a Global API Key (cfk_)', credential(GLOBAL_KEY, 'global-api-key')],
  ['a legacy Global API Key (37 hex)', credential(LEGACY_GLOBAL, 'legacy-global-api-key')],
];

describe('Cloudflare smoke: GET .../tokens/verify', () => {
  it.each(CASES)('$name', async ({ handler, cred = credential(), paths = [PATH], expected }) => {
    const { identity, fake } = await check(handler, cred);
    const { message, ...rest } = expected;
    expect(identity).toMatchObject(rest);
    if (message !== undefined) expect(identity.message).toMatch(message);
    if (expected.facts) expect(identity.facts).toEqual(expected.facts);
    expectRequests(fake, cred, paths);
  });

  it.each(NOT_SENT)('%s is skipped (unsupported) and nothing is sent', async (_name, cred) => {
    const { identity, fake } = await check(VALID, cred);
    expect(identity).toMatchObject({ status: 'skipped', reason: 'unsupported', facts: [] });
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ['a 401 error message', 401, (value: string) => failure({ code: 1000, message: `Invalid API Token ${value}` })],
    ['a 403 error message', 403, (value: string) => failure({ code: 1000, message: `no ${value}` })],
    ['the token id', 200, (value: string) => verify('active', { id: value })],
  ] as const)('the key echoed in %s appears nowhere in the identity', async (_what, status, body) => {
    const cred = credential();
    const { identity } = await check(() => json(status, body(USER_TOKEN)), cred);
    expect(['invalid', 'verified']).toContain(identity.status);
    expectNoSecret(identity, cred);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { check, expectRequests, expectNoSecret } = harness;
describeSharedFaults(SPEC, harness);
