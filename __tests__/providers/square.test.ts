// Square smoke check against fake hosts: POST /oauth2/token/status on production, then, when production
// refuses the token, GET /v2/merchants on the sandbox: the host that accepts a token is its environment.
// Documented bodies (the token-status example, the UNAUTHORIZED error and the error codes of Square's
// reference); the recorded ones are replayed in recorded.test.ts. And the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { square as provider } from '../../src/providers/square.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeBehaviour, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// A made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = 'EAAA' + 'lQw8Zr2Qm4' + 'TzR8wLpXv2' + 'Nc6Kd9BsJ3' + 'Hy7Fg1VtE5' + 'uLz6Hc1Md9' + 'PsF3Jx-_+=';
const STATUS = '/oauth2/token/status';
const MERCHANTS = '/v2/merchants';

function credential(): Credential {
  return {
    name: 'SQUARE_ACCESS_TOKEN',
    value: new SecretValue(TOKEN, 'test'),
    companions: {},
    format: provider.formats[0],
  };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
  expect(request.headers['square-version']).toBe('2024-06-04');
}

/** The documented token-status example. */
const TOKEN_STATUS = json(200, {
  scopes: ['PAYMENTS_READ', 'PAYMENTS_WRITE'],
  expires_at: '2026-10-20T22:03:46Z',
  client_id: 'sq0idp-FakeFakeFakeFake',
  merchant_id: 'MLFAKEMERCHANT01',
});
/** The UNAUTHORIZED error Square documents for the token status (and gives a token of the other host). */
const UNAUTHORIZED = json(401, {
  errors: [{ category: 'AUTHENTICATION_ERROR', code: 'UNAUTHORIZED', detail: 'This request could not be authorized.' }],
});
const error = (status: number, code: string, detail: string): FakeBehaviour =>
  json(status, { errors: [{ category: 'AUTHENTICATION_ERROR', code, detail }] });
const SANDBOX_MERCHANTS = json(200, {
  merchant: [{ id: 'MLSANDBOX0001', business_name: 'Default Test Account', country: 'US', status: 'ACTIVE' }],
});

/** Answers by path: production's token status, the sandbox's merchants. */
function hosts(status: FakeBehaviour, merchants: FakeBehaviour = json(404, {})): FakeHandler {
  return (request) => (request.path === STATUS ? status : merchants);
}

type Fact = Identity['facts'][number];
const MERCHANT: Fact[] = [
  { fact: 'principal', value: 'MLFAKEMERCHANT01', detail: 'Square token status merchant_id' },
  { fact: 'account', value: 'MLFAKEMERCHANT01', detail: 'Square token status merchant_id' },
];
const SANDBOX: Fact = {
  fact: 'keyEnvironment',
  value: 'development',
  detail: 'Square sandbox (connect.squareupsandbox.com) accepted it',
};

interface Case {
  name: string;
  handler: FakeHandler;
  declaredEndpoint?: boolean;
  expected: Partial<Identity>;
  /** Method and path of each request, in order. */
  asks: string[];
}

const CASES: Case[] = [
  {
    name: 'a production token: merchant, scopes, expiry, and production as its environment',
    handler: hosts(TOKEN_STATUS),
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { merchant_id: 'MLFAKEMERCHANT01', client_id: 'sq0idp-FakeFakeFakeFake' },
      facts: [
        ...MERCHANT,
        { fact: 'scopes', value: ['PAYMENTS_READ', 'PAYMENTS_WRITE'], detail: 'Square token status scopes' },
        { fact: 'expires', value: '2026-10-20T22:03:46.000Z', detail: 'Square token status expires_at' },
        { fact: 'keyEnvironment', value: 'production', detail: 'Square production (connect.squareup.com) accepted it' },
      ],
    },
    asks: [`POST ${STATUS}`],
  },
  {
    name: 'a token that never expires (empty expires_at) has no expiry',
    handler: hosts(json(200, { scopes: [], expires_at: '', client_id: 'sq0idp-x', merchant_id: 'MLFAKEMERCHANT01' })),
    expected: {
      status: 'verified',
      facts: [
        ...MERCHANT,
        { fact: 'keyEnvironment', value: 'production', detail: 'Square production (connect.squareup.com) accepted it' },
      ],
    },
    asks: [`POST ${STATUS}`],
  },
  {
    name: 'a sandbox token: production refuses it, the sandbox names its merchant: development',
    handler: hosts(UNAUTHORIZED, SANDBOX_MERCHANTS),
    expected: {
      status: 'verified',
      principal: { merchant_id: 'MLSANDBOX0001', business_name: 'Default Test Account' },
      facts: [
        { fact: 'principal', value: 'MLSANDBOX0001', detail: 'Square sandbox merchant id' },
        { fact: 'account', value: 'MLSANDBOX0001', detail: 'Square sandbox merchant id' },
        SANDBOX,
      ],
    },
    asks: [`POST ${STATUS}`, `GET ${MERCHANTS}`],
  },
  {
    name: 'a sandbox token that may not read merchants (403 INSUFFICIENT_SCOPES) is still a sandbox token',
    handler: hosts(
      UNAUTHORIZED,
      error(403, 'INSUFFICIENT_SCOPES', 'The merchant has not granted MERCHANT_PROFILE_READ'),
    ),
    expected: {
      status: 'verified',
      facts: [SANDBOX],
      message: expect.stringContaining('MERCHANT_PROFILE_READ') as never,
    },
    asks: [`POST ${STATUS}`, `GET ${MERCHANTS}`],
  },
  {
    name: 'an INACTIVE sandbox merchant is invalid (user-inactive)',
    handler: hosts(UNAUTHORIZED, json(200, { merchant: [{ id: 'MLSANDBOX0001', status: 'INACTIVE' }] })),
    expected: {
      status: 'invalid',
      reason: 'user-inactive',
      message: 'the Square sandbox merchant MLSANDBOX0001 is INACTIVE',
    },
    asks: [`POST ${STATUS}`, `GET ${MERCHANTS}`],
  },
  {
    name: 'refused by both hosts: invalid (revoked), naming both',
    handler: hosts(UNAUTHORIZED, UNAUTHORIZED),
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message:
        'Square production and sandbox both refuse this token (expired, revoked or never valid): This request could not be authorized.',
      facts: [],
    },
    asks: [`POST ${STATUS}`, `GET ${MERCHANTS}`],
  },
  {
    name: 'ACCESS_TOKEN_EXPIRED on production is decisive: invalid (expired), the sandbox not asked',
    handler: hosts(error(401, 'ACCESS_TOKEN_EXPIRED', 'The access token has expired.')),
    expected: {
      status: 'invalid',
      reason: 'expired',
      message: 'Square says this token has expired: The access token has expired.',
    },
    asks: [`POST ${STATUS}`],
  },
  {
    name: 'ACCESS_TOKEN_REVOKED on the sandbox: invalid (revoked)',
    handler: hosts(UNAUTHORIZED, error(401, 'ACCESS_TOKEN_REVOKED', 'The access token has been revoked.')),
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message: 'Square says this token is revoked: The access token has been revoked.',
    },
    asks: [`POST ${STATUS}`, `GET ${MERCHANTS}`],
  },
  {
    name: 'with --endpoint the host named decides: 401 is invalid, no second host, no environment claimed',
    handler: hosts(UNAUTHORIZED),
    declaredEndpoint: true,
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message: 'Square refuses this token (expired, revoked or never valid): This request could not be authorized.',
    },
    asks: [`POST ${STATUS}`],
  },
  {
    name: 'with --endpoint an accepted token is placed in no environment',
    handler: hosts(TOKEN_STATUS),
    declaredEndpoint: true,
    expected: {
      status: 'verified',
      facts: [
        ...MERCHANT,
        expect.objectContaining({ fact: 'scopes' }),
        expect.objectContaining({ fact: 'expires' }),
      ] as never,
    },
    asks: [`POST ${STATUS}`],
  },
  {
    name: 'a 403 on the token status is undocumented: unknown',
    handler: hosts(error(403, 'FORBIDDEN', 'no')),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    asks: [`POST ${STATUS}`],
  },
  {
    name: 'a sandbox 5xx after production’s 401: unknown, never invalid',
    handler: hosts(UNAUTHORIZED, json(503, { errors: [] })),
    expected: { status: 'unknown', reason: 'server-error' },
    asks: [`POST ${STATUS}`, `GET ${MERCHANTS}`],
  },
];

describe('Square smoke: production token status, then the sandbox', () => {
  it.each(CASES)('$name', async ({ handler, declaredEndpoint, expected, asks }) => {
    const cred = credential();
    const { identity, fake } = await (declaredEndpoint ? declared : harness).check(handler, cred);
    expect(identity).toMatchObject(expected);
    if (expected.facts) expect(identity.facts).toEqual(expected.facts);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(asks);
    for (const request of fake.requests) expectAuth(request, cred);
    // The token status is a POST without a body.
    for (const request of fake.requests) expect(request.body).toBe('');
    harness.expectNoSecret(identity, cred);
  });

  it('the token echoed in an error detail appears nowhere', async () => {
    const cred = credential();
    const echo = error(401, 'UNAUTHORIZED', `Bearer ${TOKEN} is not valid`);
    const { identity } = await harness.check(hosts(echo, echo), cred);
    expect(identity.status).toBe('invalid');
    harness.expectNoSecret(identity, cred);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = {
  provider,
  credential,
  expectAuth,
  path: STATUS,
  after: [],
  valid: () => TOKEN_STATUS,
  method: 'POST',
};
const harness = adapterHarness(SPEC);
const declared = adapterHarness({ ...SPEC, declaredEndpoint: true });
describeSharedFaults(SPEC, harness);
