// Anthropic smoke check (GET /v1/models; admin keys GET /v1/organizations/me) against a fake API: answers from PROVIDERS.md section 9 and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { anthropic as provider } from '../../src/providers/anthropic.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// Made-up keys, built from parts so that secret scanners do not flag them (93 characters, then AA).
const BODY =
  'Wq7Lr2Tz9X' +
  'b4Nc8Vm1Kp' +
  '6Hs3Jd0Fg5' +
  'Ya2Ue7Qw4R' +
  '-t9Zx1Cv6B' +
  'n3Mk8Lj_5P' +
  'h2Gf7Ds4Aq' +
  '0We9Rt3Yu6' +
  'Io1Pa5Sd8F' +
  'g4H';
const KEY = 'sk-ant-api03-' + BODY + 'AA';
const ADMIN_KEY = 'sk-ant-admin01-' + BODY + 'AA';
const PATH = '/v1/models';
const ADMIN_PATH = '/v1/organizations/me';
/** Requests made after the identity call succeeded. */
const AFTER: string[] = [];

function credential(value = KEY, type = 'standard'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'ANTHROPIC_API_KEY', value: new SecretValue(value, 'test'), companions: {}, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers['x-api-key']).toBe(cred.value.reveal());
  expect(request.headers['anthropic-version']).toBe('2023-06-01');
  expect(request.headers.authorization).toBeUndefined();
}

function error(type: string, message: string): object {
  return { type: 'error', error: { type, message } };
}

const MODELS = {
  data: [
    { type: 'model', id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' },
  ],
  has_more: false,
  first_id: 'claude-sonnet-4-5',
  last_id: 'claude-sonnet-4-5',
};
const ORG_ID = '3f6c1a9e-7b2d-4e8a-9c5f-0d1e2b3a4c5d';

const VALID: FakeHandler = () => json(200, MODELS);

interface Case {
  name: string;
  handler: FakeHandler;
  cred?: Credential;
  path?: string;
  expected: Partial<Identity>;
}

const CASES: Case[] = [
  {
    name: 'a valid standard key is verified, with no principal (no whoami for standard keys)',
    handler: VALID,
    expected: { status: 'verified', reason: 'ok', facts: [] },
  },
  {
    name: '401 authentication_error is invalid (revoked)',
    handler: () => json(401, error('authentication_error', 'invalid x-api-key')),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
  },
  {
    name: '403 permission_error is unknown (insufficient-scope): neither accepted nor dead',
    handler: () =>
      json(403, error('permission_error', 'Your API key does not have permission to use the specified resource.')),
    expected: { status: 'unknown', reason: 'insufficient-scope' },
  },
  {
    name: '404 not_found_error on /v1/models is invalid (unknown-key), as for a disabled key',
    handler: () => json(404, error('not_found_error', 'Not found')),
    expected: { status: 'invalid', reason: 'unknown-key' },
  },
  {
    name: '404 without the error envelope (a proxy) is unknown',
    handler: () => html(404),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '400 invalid_request_error is unknown',
    handler: () => json(400, error('invalid_request_error', 'Your credit balance is too low')),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '529 overloaded_error is unknown (server-error)',
    handler: () => json(529, error('overloaded_error', 'Overloaded')),
    expected: { status: 'unknown', reason: 'server-error' },
  },
  {
    name: '401 with another error type is unknown, not invalid',
    handler: () => json(401, { message: 'no envelope' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'an admin key names its organization',
    handler: () => json(200, { id: ORG_ID, name: 'Acme Research', type: 'organization' }),
    cred: credential(ADMIN_KEY, 'admin'),
    path: ADMIN_PATH,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { type: 'organization', organizationId: ORG_ID, organizationName: 'Acme Research' },
      facts: [
        {
          fact: 'principal',
          value: 'Acme Research',
          detail: `organization name (id ${ORG_ID}) from /v1/organizations/me`,
        },
      ],
    },
  },
  {
    name: 'an admin key whose organization has no name: the id is the principal',
    handler: () => json(200, { id: ORG_ID, type: 'organization' }),
    cred: credential(ADMIN_KEY, 'admin'),
    path: ADMIN_PATH,
    expected: {
      status: 'verified',
      principal: { type: 'organization', organizationId: ORG_ID },
      facts: [{ fact: 'principal', value: ORG_ID, detail: 'organization id from /v1/organizations/me' }],
    },
  },
  {
    name: 'a revoked admin key is invalid (revoked)',
    handler: () => json(401, error('authentication_error', 'invalid x-api-key')),
    cred: credential(ADMIN_KEY, 'admin'),
    path: ADMIN_PATH,
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'an admin answer that is not an organization is unknown',
    handler: () => json(200, MODELS),
    cred: credential(ADMIN_KEY, 'admin'),
    path: ADMIN_PATH,
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Anthropic smoke: GET /v1/models, admin GET /v1/organizations/me', () => {
  it.each(CASES)('$name', async ({ handler, cred = credential(), path = PATH, expected }) => {
    const { identity, fake } = await check(handler, cred);
    expect(identity).toMatchObject(expected);
    if (expected.facts) expect(identity.facts).toEqual(expected.facts);
    expectRequests(fake, cred, [path]);
  });

  it('a standard key says why there is no principal', async () => {
    const { identity } = await check(VALID);
    expect(identity.principal).toBeUndefined();
    expect(identity.message).toMatch(/no whoami/);
  });

  it.each([
    ['a 401 message', 401, (value: string) => error('authentication_error', `invalid x-api-key ${value}`), 'invalid'],
    ['a 403 message', 403, (value: string) => error('permission_error', `key ${value} may not`), 'unknown'],
    ['a 404 message', 404, (value: string) => error('not_found_error', `no key ${value}`), 'invalid'],
  ] as const)('the key echoed in %s appears nowhere in the identity', async (_what, status, body, expected) => {
    const cred = credential();
    const { identity } = await check(() => json(status, body(KEY)), cred);
    expect(identity.status).toBe(expected);
    expect(identity.message).toContain('[redacted]');
    expectNoSecret(identity, cred);
  });

  it('an admin key echoed as its organization name appears nowhere in the identity', async () => {
    const cred = credential(ADMIN_KEY, 'admin');
    const { identity } = await check(() => json(200, { id: ORG_ID, name: ADMIN_KEY, type: 'organization' }), cred);
    expectNoSecret(identity, cred);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { check, expectRequests, expectNoSecret } = harness;
describeSharedFaults(SPEC, harness);
