// Fastly smoke check (GET /tokens/self, Fastly-Key header) against a fake: the TokenResponse and errors
// PROVIDERS.md section 40 documents (no Fastly answer is recorded; the error body is the one seen in
// fastly/fastly-js#14), the 403 that a purge-only token may also get, and the proof that the revoking
// DELETE /tokens/self (same path) and the other token-changing calls can never be sent.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { fastly as provider } from '../../src/providers/fastly.js';
import { detectFormat } from '../../src/providers/index.js';
import type { Credential } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import {
  adapterHarness,
  describeSharedFaults,
  itCases,
  itRefuses,
  type AdapterCase,
  type AdapterSpec,
} from './harness.js';

// NOTE: a made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = 'Bq8-Vn3Xk' + '7Lz_Rw2Tp' + '5Yh9Jc4Mf' + '6Gd1S';
const PATH = '/tokens/self';
/** TokenResponse (fastly-api docs; ids are made up). */
const SELF = {
  id: '5Yo3XXnrQpjc' + '20u0ybrf2g',
  user_id: '4y5K5trZocEA' + 'QYkesWlk7M',
  customer_id: 'x4xCwxxJxGC' + 'x123Rx5xTx',
  name: 'ci-purge',
  scope: 'global:read purge_select',
  services: ['SU1Z0isxPaoz' + 'GVKXdv0eY'],
  created_at: '2026-01-10T16:00:00Z',
  expires_at: '2026-12-31T00:00:00Z',
  last_used_at: '2026-05-30T12:00:00Z',
  ip: '192.0.2.17',
  user_agent: 'curl/8.5.0',
  deleted_at: null,
};

function credential(): Credential {
  const match = detectFormat(TOKEN, 'FASTLY_API_TOKEN');
  if (match?.provider.id !== 'fastly') throw new Error('the test token is no Fastly token');
  return { name: 'FASTLY_API_TOKEN', value: new SecretValue(TOKEN, 'test'), companions: {}, format: match.format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers['fastly-key']).toBe(cred.value.reveal());
  expect(request.headers.authorization).toBeUndefined();
}

const VALID: FakeHandler = () => json(200, SELF);

// --- the shared harness (__tests__/providers/harness.ts); its faults are at the end ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
const { check } = harness;
/** The body fastly/fastly-js#14 shows for a token Fastly does not accept. */
const NOT_ACCEPTED = { msg: 'Provided credentials are missing or invalid' };

const CASES: AdapterCase[] = [
  {
    name: 'a token: its user, account, scopes, services and dates',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        user_id: SELF.user_id,
        id: SELF.id,
        name: 'ci-purge',
        customer_id: SELF.customer_id,
        last_used_at: '2026-05-30T12:00:00Z',
        services: SELF.services[0],
      },
      facts: [
        { fact: 'principal', value: SELF.user_id, detail: 'Fastly GET /tokens/self user_id' },
        { fact: 'account', value: SELF.customer_id, detail: 'Fastly GET /tokens/self customer_id' },
        { fact: 'scopes', value: ['global:read', 'purge_select'], detail: 'Fastly GET /tokens/self scope' },
        { fact: 'created', value: '2026-01-10T16:00:00.000Z', detail: 'Fastly GET /tokens/self created_at' },
        { fact: 'expires', value: '2026-12-31T00:00:00.000Z', detail: 'Fastly GET /tokens/self expires_at' },
      ],
    },
  },
  {
    name: 'no services means all services; expires_at null means it never expires',
    handler: () => json(200, { ...SELF, services: [], expires_at: null, customer_id: undefined }),
    expected: {
      status: 'verified',
      principal: {
        user_id: SELF.user_id,
        id: SELF.id,
        name: 'ci-purge',
        last_used_at: '2026-05-30T12:00:00Z',
        services: 'all',
      },
      message: 'the token never expires (expires_at null)',
    },
  },
  {
    name: '403 "Provided credentials are missing or invalid" is invalid (revoked)',
    handler: () => json(403, NOT_ACCEPTED),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message: /^Fastly does not accept this token: Provided credentials are missing or invalid$/,
  },
  {
    name: 'the same text with 401 is invalid (revoked) too',
    handler: () => json(401, NOT_ACCEPTED),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'another 401 is invalid (expired): Fastly documents 401 for an expired token',
    handler: () => json(401, { msg: 'Token expired' }),
    expected: { status: 'invalid', reason: 'expired' },
    message: /documents for an expired token: Token expired$/,
  },
  {
    name: 'another 403 is unknown, naming both causes (a purge-only token may get it; UNCONFIRMED)',
    handler: () => json(403, { msg: 'Forbidden', detail: 'insufficient permission' }),
    expected: { status: 'unknown', reason: 'unknown-key' },
    message: /invalid token, but a valid token whose scope allows only purging may get it too: Forbidden$/,
  },
  {
    name: '200 without a user_id is unknown',
    handler: () => json(200, { id: SELF.id, scope: 'global' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Fastly smoke: GET /tokens/self', () => {
  itCases(SPEC, harness, CASES);

  it.each([
    ['FASTLY_API_TOKEN', 'fastly'],
    ['PROD_FASTLY_KEY', 'fastly'],
    ['FASTLY_SERVICE_ID', undefined],
    ['MY_TOKEN', undefined],
  ])('a 32-character value beside %s is %s', (name, id) => {
    expect(detectFormat(TOKEN, name)?.provider.id).toBe(id);
  });
});

describe('Fastly: the revoking DELETE /tokens/self (same path) can never be sent', () => {
  it('declares one call: GET /tokens/self on api.fastly.com', () => {
    expect(provider.endpoints).toEqual([{ method: 'GET', baseUrl: 'https://api.fastly.com', path: '/tokens/self' }]);
  });

  itRefuses(SPEC, harness, [
    ['DELETE', '/tokens/self'],
    ['DELETE', '/tokens'],
    ['DELETE', '/tokens/5Yo3XXnrQpjc20u0ybrf2g'],
    ['POST', '/tokens'],
    ['POST', '/tokens/self'],
    ['GET', '/tokens'],
    ['GET', '/tokens/self/../../tokens'],
  ]);

  it('every answer leads to one GET and nothing else', async () => {
    for (const { handler } of CASES) {
      const { fake } = await check(handler);
      expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /tokens/self']);
    }
  });
});

describeSharedFaults(SPEC, harness);
