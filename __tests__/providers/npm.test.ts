// npm smoke check (GET /-/whoami) against a fake registry: answers from PROVIDERS.md section 12 and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { npm as provider } from '../../src/providers/npm.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// Made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = 'npm_' + 'q7Lw2Rt9Xb' + 'Kd4Mz8Hn3P' + 'vYc6Jf1Ts5' + 'Ge0Ua2';
const LEGACY = '5b1e3c7a-' + '9d2f-4a6b-' + '8c0e-1f3a5d7b9c2e';
const PATH = '/-/whoami';
/** Requests made after the identity call succeeded. */
const AFTER: string[] = [];

function credential(value = TOKEN, type = 'access-token'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'NPM_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

const VALID: FakeHandler = () => json(200, { username: 'release-bot' });

interface Case {
  name: string;
  handler: FakeHandler;
  cred?: Credential;
  expected: Partial<Identity>;
}

const CASES: Case[] = [
  {
    name: 'a valid token names its user',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { username: 'release-bot' },
      facts: [
        { fact: 'principal', value: 'release-bot', detail: 'npm whoami username' },
        { fact: 'principalKind', value: 'human', detail: 'an npm user account' },
      ],
    },
  },
  {
    name: 'a legacy UUID token is sent the same way',
    handler: () => json(200, { username: 'old-ci' }),
    cred: credential(LEGACY, 'legacy'),
    expected: { status: 'verified', reason: 'ok', principal: { username: 'old-ci' } },
  },
  {
    name: '401 is invalid (revoked)',
    handler: () => json(401, { error: 'Unauthorized' }),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'a revoked legacy token is invalid (revoked)',
    handler: () => json(401, { error: 'Unauthorized' }),
    cred: credential(LEGACY, 'legacy'),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: '403 (outside the CIDR allowlist) is unknown, neither accepted nor invalid',
    handler: () => json(403, { error: 'Forbidden' }),
    expected: { status: 'unknown', reason: 'insufficient-scope' },
  },
  {
    name: '200 without a username is unknown',
    handler: () => json(200, { username: '' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '404 is unknown',
    handler: () => json(404, { error: 'Not found' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('npm smoke: GET /-/whoami', () => {
  it.each(CASES)('$name', async ({ handler, cred = credential(), expected }) => {
    const { identity, fake } = await check(handler, cred);
    expect(identity).toMatchObject(expected);
    if (expected.status !== 'verified') expect(identity.facts).toEqual([]);
    expectRequests(fake, cred, [PATH]);
    expect(fake.requests[0].headers['x-api-key']).toBeUndefined();
  });

  it.each([
    ['an error body', 401, (value: string) => ({ error: `Invalid token ${value}` }), 'invalid'],
    ['a 403 body', 403, (value: string) => ({ error: `token ${value} is not allowed from here` }), 'unknown'],
    ['a username', 200, (value: string) => ({ username: value }), 'verified'],
  ] as const)('the key echoed in %s appears nowhere in the identity', async (_what, status, body, expected) => {
    const cred = credential();
    const { identity } = await check(() => json(status, body(TOKEN)), cred);
    expect(identity.status).toBe(expected);
    expectNoSecret(identity, cred);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { check, expectRequests, expectNoSecret } = harness;
describeSharedFaults(SPEC, harness);
