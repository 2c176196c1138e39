// HashiCorp Vault smoke check (GET /v1/auth/token/lookup-self) against a fake Vault: the documented
// answers (Vault's API docs example; the recorded ones are replayed in recorded.test.ts), the address
// that only --endpoint may give, the namespace companion, revoke-self and renew-self that can never be
// sent, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { vault as provider } from '../../src/providers/vault.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// A made-up token, built from parts so that secret scanners do not flag it.
const TOKEN =
  'hvs.' + 'CAESIJ' + 'Rk2Vn8Tq4WLz6Hc1Md9PsF3Jx7Bg5YuN0e' + 'Wq8Zr2Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5u' + 'GiYKHGh2cy5';
const PATH = '/v1/auth/token/lookup-self';

function credential(companions: Record<string, string> = {}): Credential {
  return {
    name: 'VAULT_TOKEN',
    value: new SecretValue(TOKEN, 'test'),
    companions: Object.fromEntries(Object.entries(companions).map(([role, v]) => [role, new SecretValue(v, 'test')])),
    format: provider.formats[0],
  };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers['x-vault-token']).toBe(cred.value.reveal());
  expect(request.headers.authorization).toBeUndefined();
  expect(request.headers['x-vault-namespace']).toBe(cred.companions.namespace?.reveal());
}

/** Vault's API docs example of lookup-self (an LDAP login); `id` is the token itself. */
const LDAP = {
  data: {
    accessor: '8609694a-cdbc-db9b-d345-e782dbb562ed',
    creation_time: 1523979354,
    creation_ttl: 2764800,
    display_name: 'ldap2-tesla',
    entity_id: '7d2e3179-f69b-450c-7179-ac8ee8bd8ca9',
    expire_time: '2018-05-19T11:35:54.466476215-04:00',
    explicit_max_ttl: 0,
    id: TOKEN,
    identity_policies: ['dev-group-policy'],
    issue_time: '2018-04-17T11:35:54.466476078-04:00',
    meta: { username: 'tesla' },
    num_uses: 0,
    orphan: true,
    path: 'auth/ldap2/login/tesla',
    policies: ['default', 'testgroup2-policy'],
    renewable: true,
    ttl: 2764790,
  },
};
const VALID: FakeHandler = () => json(200, LDAP);
const withData =
  (data: Record<string, unknown>): FakeHandler =>
  () =>
    json(200, { data: { ...LDAP.data, ...data } });

interface Case {
  name: string;
  handler: FakeHandler;
  companions?: Record<string, string>;
  expected: Partial<Identity>;
  paths?: string[];
}

const CASES: Case[] = [
  {
    name: 'an LDAP login: display_name, a person, policies, dates; the token id and accessor never read',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        display_name: 'ldap2-tesla',
        entity_id: '7d2e3179-f69b-450c-7179-ac8ee8bd8ca9',
        path: 'auth/ldap2/login/tesla',
        ttl: 2764790,
        renewable: true,
        orphan: true,
        num_uses: 0,
      },
      facts: [
        { fact: 'principal', value: 'ldap2-tesla', detail: 'Vault lookup-self display_name' },
        {
          fact: 'principalKind',
          value: 'human',
          detail: "Vault lookup-self path auth/ldap2/ (ldap, a person's login)",
        },
        {
          fact: 'scopes',
          value: ['default', 'testgroup2-policy', 'dev-group-policy'],
          detail: 'Vault lookup-self policies and identity_policies',
        },
        { fact: 'created', value: '2018-04-17T15:35:54.000Z', detail: 'Vault lookup-self creation_time' },
        { fact: 'expires', value: '2018-05-19T15:35:54.466Z', detail: 'Vault lookup-self expire_time' },
      ],
      aliases: ['7d2e3179-f69b-450c-7179-ac8ee8bd8ca9', 'tesla'],
    },
  },
  {
    name: 'an AppRole login is a workload (service)',
    handler: withData({ display_name: 'approle', path: 'auth/approle/login', meta: { role_name: 'deployer' } }),
    expected: {
      status: 'verified',
      facts: expect.arrayContaining([
        {
          fact: 'principalKind',
          value: 'service',
          detail: "Vault lookup-self path auth/approle/ (approle, a workload's login)",
        },
      ]) as never,
      aliases: ['7d2e3179-f69b-450c-7179-ac8ee8bd8ca9', 'deployer'],
    },
  },
  {
    name: 'a root token: policy root (a forbidden scope by default), no expiry, no kind from a minted token',
    handler: withData({
      display_name: 'root',
      path: 'auth/token/root',
      policies: ['root'],
      identity_policies: [],
      expire_time: null,
      entity_id: '',
      meta: null,
    }),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'root', detail: 'Vault lookup-self display_name' },
        { fact: 'scopes', value: ['root'], detail: 'Vault lookup-self policies and identity_policies' },
        { fact: 'created', value: '2018-04-17T15:35:54.000Z', detail: 'Vault lookup-self creation_time' },
      ],
    },
  },
  {
    name: 'a use-limited token says each check may spend a use',
    handler: withData({ num_uses: 3 }),
    expected: { status: 'verified', message: 'a use-limited token (num_uses 3): each check may spend one of its uses' },
  },
  {
    name: '403 permission denied: invalid (revoked), naming the namespace cause when none was given',
    handler: () => json(403, { errors: ['permission denied'] }),
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message:
        'Vault refused the token (permission denied): it is invalid, expired or revoked, or it belongs to a Vault Enterprise or HCP namespace that was not given (VAULT_NAMESPACE beside the key)',
      facts: [],
    },
  },
  {
    name: 'with VAULT_NAMESPACE beside the key: sent as X-Vault-Namespace, and the 403 names no namespace cause',
    handler: () => json(403, { errors: ['permission denied'] }),
    companions: { namespace: 'admin/team-a' },
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message: 'Vault refused the token (permission denied): it is invalid, expired or revoked',
    },
  },
  {
    name: 'a namespace that is no namespace path is not sent, nor is the token',
    handler: VALID,
    companions: { namespace: 'admin\r\nx-evil: 1' },
    expected: { status: 'unknown', reason: 'no-value' },
    paths: [],
  },
  {
    name: 'a 403 without permission denied is undocumented: unknown',
    handler: () => json(403, { errors: ['quota exceeded'] }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a sealed Vault (503) is unknown (server-error)',
    handler: () => json(503, { errors: ['Vault is sealed'] }),
    expected: { status: 'unknown', reason: 'server-error' },
  },
  {
    name: '200 without a display_name is unknown',
    handler: () => json(200, { data: { policies: ['default'] } }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Vault smoke: GET /v1/auth/token/lookup-self (with --endpoint)', () => {
  it.each(CASES)('$name', async ({ handler, companions, expected, paths = [PATH] }) => {
    const identity = await harness.expectCase(handler, expected, { credential: credential(companions), paths });
    // Nor the accessor (it can revoke the token by accessor).
    expect(JSON.stringify(identity)).not.toContain('8609694a');
  });
});

describe('Vault: the address comes only from --endpoint', () => {
  it('without --endpoint nothing is sent: skipped (no-endpoint), saying which flag to give', async () => {
    const { identity, fake } = await undeclared.check(VALID);
    expect(identity).toEqual({
      status: 'skipped',
      reason: 'no-endpoint',
      message:
        'HashiCorp Vault has no default host: name the Vault address with --endpoint vault=https://HOST:8200 (Action input endpoints); the key was not sent',
      facts: [],
    });
    expect(fake.requests).toEqual([]);
  });

  it('has no address compiled in: a tenant provider, called only where --endpoint says', () => {
    expect(provider.endpoints.map((e) => e.baseUrl)).toEqual([undefined]);
    expect(provider.tenant).toEqual({ what: 'the Vault address', example: 'https://HOST:8200' });
  });
});

describe('Vault: revoke-self and renew-self can never be sent', () => {
  it('declares one call: GET lookup-self', () => {
    expect(provider.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([`GET ${PATH}`]);
  });

  it.each([
    ['POST', '/v1/auth/token/revoke-self'],
    ['POST', '/v1/auth/token/renew-self'],
    ['GET', '/v1/auth/token/revoke-self'],
    ['POST', PATH],
    ['PUT', '/v1/auth/token/revoke-self'],
    ['DELETE', PATH],
    ['GET', `${PATH}/../revoke-self`],
    ['GET', `${PATH}/%2e%2e/renew-self`],
  ])('the client refuses %s %s, and the server sees nothing', (method, path) => harness.refuses(method, path));
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = {
  provider,
  credential: () => credential(),
  expectAuth,
  path: PATH,
  after: [],
  valid: VALID,
  declaredEndpoint: true,
};
const harness = adapterHarness(SPEC);
const undeclared = adapterHarness({ ...SPEC, declaredEndpoint: false });
describeSharedFaults(SPEC, harness);
