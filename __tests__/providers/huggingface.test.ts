// Hugging Face smoke check (GET /api/whoami-v2) against a fake Hub: answers from PROVIDERS.md section 15 and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { huggingface as provider } from '../../src/providers/huggingface.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// Made-up tokens, built from parts so that secret scanners do not flag them.
const TOKEN = 'hf_' + 'Qm4TzR8wLp' + 'Xv2Nc6Kd9B' + 'sJ3Hy7Fg1V' + 'tE5u';
const ORG_TOKEN = 'api_org_' + 'Rk2Vn8Tq4W' + 'Lz6Hc1Md9P' + 'sF3Jx7Bg5Y' + 'uN0e';
const PATH = '/api/whoami-v2';
/** Requests made after the identity call succeeded. */
const AFTER: string[] = [];

function credential(value = TOKEN, type = 'user-access-token'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'HF_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

const USER = {
  id: '64f1c2aa9e0b7d3f5a8c1e42',
  name: 'ml-deployer',
  type: 'user',
  fullname: 'ML Deployer',
  email: 'ml@corp.test',
  orgs: [{ name: 'acme-ml', roleInOrg: 'write' }],
  auth: {
    type: 'access_token',
    accessToken: { displayName: 'ci-deploy', role: 'write', createdAt: '2026-01-15T10:20:30.000Z' },
  },
};

const VALID: FakeHandler = () => json(200, USER);

interface Case {
  name: string;
  handler: FakeHandler;
  cred?: Credential;
  expected: Partial<Identity>;
}

const CASES: Case[] = [
  {
    name: 'a classic user token: name, human, its role as scope, created',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        name: 'ml-deployer',
        type: 'user',
        id: '64f1c2aa9e0b7d3f5a8c1e42',
        authType: 'access_token',
        tokenName: 'ci-deploy',
      },
      facts: [
        { fact: 'principal', value: 'ml-deployer', detail: 'whoami-v2 name (type user)' },
        { fact: 'principalKind', value: 'human', detail: 'whoami-v2 type user' },
        { fact: 'scopes', value: ['write'], detail: 'whoami-v2 auth.accessToken.role' },
        { fact: 'created', value: '2026-01-15T10:20:30.000Z', detail: 'whoami-v2 auth.accessToken.createdAt' },
      ],
    },
  },
  {
    name: 'a fine-grained token: global and scoped permissions, and its expiry',
    handler: () =>
      json(200, {
        ...USER,
        auth: {
          type: 'access_token',
          accessToken: {
            displayName: 'fg',
            role: 'fineGrained',
            createdAt: '2026-02-01T00:00:00Z',
            expiration: '2026-08-01T00:00:00Z',
            fineGrained: {
              global: ['inference.serverless.write'],
              scoped: [
                { entity: { type: 'model', name: 'acme-ml/ranker', _id: 'm1' }, permissions: ['repo.content.read'] },
                {
                  entity: { type: 'org', name: 'acme-ml', _id: 'o1' },
                  permissions: ['repo.write', 'repo.content.read'],
                },
              ],
            },
          },
        },
      }),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'ml-deployer', detail: 'whoami-v2 name (type user)' },
        { fact: 'principalKind', value: 'human', detail: 'whoami-v2 type user' },
        {
          fact: 'scopes',
          value: [
            'inference.serverless.write',
            'repo.content.read@model/acme-ml/ranker',
            'repo.content.read@org/acme-ml',
            'repo.write@org/acme-ml',
          ],
          detail: 'whoami-v2 auth.accessToken.fineGrained',
        },
        { fact: 'created', value: '2026-02-01T00:00:00.000Z', detail: 'whoami-v2 auth.accessToken.createdAt' },
        { fact: 'expires', value: '2026-08-01T00:00:00.000Z', detail: 'whoami-v2 auth.accessToken.expiration' },
      ],
    },
  },
  {
    name: 'a legacy org token: the organization, a service principal, no token details',
    handler: () => json(200, { id: 'o2', name: 'acme-ml', type: 'org', auth: { type: 'access_token' } }),
    cred: credential(ORG_TOKEN, 'org-token'),
    expected: {
      status: 'verified',
      principal: { name: 'acme-ml', type: 'org', id: 'o2', authType: 'access_token' },
      facts: [
        { fact: 'principal', value: 'acme-ml', detail: 'whoami-v2 name (type org)' },
        { fact: 'principalKind', value: 'service', detail: 'whoami-v2 type org' },
      ],
    },
  },
  {
    name: 'an OAuth app is a service principal',
    handler: () =>
      json(200, {
        id: 'a1',
        name: 'space-bot',
        type: 'app',
        auth: { type: 'app_token', accessToken: { role: 'read' } },
      }),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'space-bot', detail: 'whoami-v2 name (type app)' },
        { fact: 'principalKind', value: 'service', detail: 'whoami-v2 type app' },
        { fact: 'scopes', value: ['read'], detail: 'whoami-v2 auth.accessToken.role' },
      ],
    },
  },
  {
    name: 'an unreadable date is left out, not guessed',
    handler: () =>
      json(200, { ...USER, auth: { type: 'access_token', accessToken: { role: 'read', createdAt: 'yesterday' } } }),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'ml-deployer', detail: 'whoami-v2 name (type user)' },
        { fact: 'principalKind', value: 'human', detail: 'whoami-v2 type user' },
        { fact: 'scopes', value: ['read'], detail: 'whoami-v2 auth.accessToken.role' },
      ],
    },
  },
  {
    name: '401 is invalid (revoked)',
    handler: () => json(401, { error: 'Invalid credentials in Authorization header' }),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
  },
  {
    name: '200 without a name is unknown',
    handler: () => json(200, { type: 'user', auth: {} }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 is unknown, not invalid',
    handler: () => json(403, { error: 'Forbidden' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Hugging Face smoke: GET /api/whoami-v2', () => {
  it.each(CASES)('$name', async ({ handler, cred = credential(), expected }) => {
    const { identity, fake } = await check(handler, cred);
    expect(identity).toMatchObject(expected);
    if (expected.facts) expect(identity.facts).toEqual(expected.facts);
    expectRequests(fake, cred, [PATH]);
  });

  it('keeps no email or other profile detail in the principal', async () => {
    const { identity } = await check(VALID);
    expect(JSON.stringify(identity)).not.toContain('ml@corp.test');
  });

  it.each([
    ['an error body', 401, (value: string) => ({ error: `Invalid token ${value}` }), 'invalid'],
    [
      'the token name',
      200,
      (value: string) => ({
        ...USER,
        auth: { type: 'access_token', accessToken: { displayName: value, role: 'read' } },
      }),
      'verified',
    ],
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
