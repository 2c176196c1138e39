// HCP Terraform / Terraform Enterprise smoke check (GET /api/v2/account/details) against a fake API:
// the JSON:API answers of PROVIDERS.md section 32 (nothing is recorded for Terraform yet: these are the
// documented bodies, and the 401 body is HashiCorp's own test fake), user, team and organization tokens,
// the host that only --endpoint may name (a hostname companion through key building: companions.test.ts),
// the token DELETE the client never sends, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { SmokeHttp } from '../../src/providers/http.js';
import { terraform as provider } from '../../src/providers/terraform.js';
import type { Credential, HttpRequest } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, itAnswers, SETTINGS } from './harness.js';
import type { AdapterSpec, AnswerCase } from './harness.js';

// Made-up token, built from parts so that secret scanners do not flag it.
const TOKEN =
  'Kp4Xq7Lm2Vw9Rt' + '.atlasv1.' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9Qw' + 'BxFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0';
const PATH = '/api/v2/account/details';
const AFTER: string[] = [];

function credential(companions: Record<string, string> = {}): Credential {
  const format = provider.formats[0];
  expect(format.pattern.test(TOKEN)).toBe(true);
  return {
    name: 'TF_API_TOKEN',
    value: new SecretValue(TOKEN, 'test'),
    companions: Object.fromEntries(Object.entries(companions).map(([r, v]) => [r, new SecretValue(v, 'test')])),
    format,
  };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
  expect(request.headers.accept).toBe('application/vnd.api+json');
}

/** PROVIDERS.md section 32's account/details document. */
function details(attributes: object, resource?: { id: string; type: string }) {
  const body = {
    data: {
      id: 'user-V3R563qtJNcExAkN',
      type: 'users',
      attributes: { 'avatar-url': null, 'two-factor': { enabled: true, verified: true }, ...attributes },
      ...(resource ? { relationships: { 'authenticated-resource': { data: resource } } } : {}),
    },
  };
  return json(200, body, { 'content-type': 'application/vnd.api+json' });
}
const USER = { username: 'ada', email: 'ada@corp.test', 'is-service-account': false };
const VALID: FakeHandler = () => details(USER, { id: 'user-V3R563qtJNcExAkN', type: 'users' });
/** HashiCorp's own test fake's 401 (hashicorp/terraform tfeserver.go); no live capture. */
const UNAUTHORIZED = json(401, { errors: [{ status: '401', title: 'unauthorized' }] });
const SERVICE_USER = { username: 'api-team_Xq7Lm2', email: null, 'is-service-account': true };

// The shared harness (__tests__/providers/harness.ts): its faults run at the end of this file.
const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { check, serve } = harness;

const CASES: AnswerCase[] = [
  {
    name: 'a user token: the username, a person, keyType user-token; the e-mail only to compare with',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        username: 'ada',
        id: 'user-V3R563qtJNcExAkN',
        service_account: false,
        resource: 'users/user-V3R563qtJNcExAkN',
      },
      facts: [
        { fact: 'principal', value: 'ada', detail: 'Terraform account/details username' },
        { fact: 'principalKind', value: 'human', detail: 'a Terraform user token (is-service-account: false)' },
        { fact: 'keyType', value: 'user-token', detail: 'Terraform authenticated-resource type users' },
      ],
      aliases: ['ada@corp.test'],
    },
  },
  {
    name: 'a team token: named by its team, a service principal (the synthetic service user)',
    handler: () => details(SERVICE_USER, { id: 'team-6p5jTwJQXwqZBncC', type: 'teams' }),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'team-6p5jTwJQXwqZBncC', detail: 'Terraform authenticated-resource (teams)' },
        { fact: 'principalKind', value: 'service', detail: 'a Terraform team-token (service user)' },
        { fact: 'keyType', value: 'team-token', detail: 'Terraform authenticated-resource type teams' },
      ],
      aliases: ['api-team_Xq7Lm2'],
    },
  },
  {
    name: 'an organization token: named by its organization, which is also the account',
    handler: () => details(SERVICE_USER, { id: 'acme-corp', type: 'organizations' }),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'acme-corp', detail: 'Terraform authenticated-resource (organizations)' },
        { fact: 'principalKind', value: 'service', detail: 'a Terraform organization-token (service user)' },
        { fact: 'keyType', value: 'organization-token', detail: 'Terraform authenticated-resource type organizations' },
        { fact: 'account', value: 'acme-corp', detail: 'Terraform organization' },
      ],
    },
  },
  {
    name: 'a service user without authenticated-resource (older TFE): its username, a service principal',
    handler: () => details(SERVICE_USER),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'api-team_Xq7Lm2', detail: 'Terraform account/details username' },
        { fact: 'principalKind', value: 'service', detail: 'a Terraform team or organization token (service user)' },
      ],
    },
  },
  {
    name: '401 from the default app.terraform.io: unknown (unknown-key), naming TFE, HCP Europe and --endpoint',
    handler: () => UNAUTHORIZED,
    expected: { status: 'unknown', reason: 'unknown-key', facts: [] },
    message: /revoked, expired or never valid, or it belongs to a Terraform Enterprise host.*--endpoint terraform=/,
  },
  {
    name: '401 from a host named by --endpoint: invalid (revoked)',
    handler: () => UNAUTHORIZED,
    declaredEndpoint: true,
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'a 401 without the JSON:API body is read the same (the body is UNCONFIRMED live)',
    handler: () => ({ status: 401, body: '' }),
    declaredEndpoint: true,
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: '404 (a TFE base URL with a path prefix, say) is unknown',
    handler: () => json(404, { errors: [{ status: '404', title: 'not found' }] }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a 200 document of another type is unknown',
    handler: () => json(200, { data: { id: 'x', type: 'organizations', attributes: { name: 'acme' } } }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Terraform smoke: GET /api/v2/account/details', () => {
  itAnswers(SPEC, harness, CASES);

  it.each([
    ['a Terraform Enterprise host', 'tfe.corp.example'],
    ['the same as a URL', 'https://tfe.corp.example/'],
    ['HCP Terraform Europe', 'app.eu.terraform.io'],
  ])('a hostname companion naming %s: skipped, nothing sent to app.terraform.io', async (_what, host) => {
    const { identity, fake } = await check(VALID, credential({ host }));
    expect(identity).toMatchObject({ status: 'skipped', reason: 'unsupported' });
    expect(identity.message).toMatch(/not app\.terraform\.io.*--endpoint terraform=https:\/\/HOST/);
    expect(fake.requests).toEqual([]);
  });

  it('a hostname companion naming app.terraform.io changes nothing', async () => {
    const { identity, fake } = await check(VALID, credential({ host: 'APP.terraform.io' }));
    expect(identity.status).toBe('verified');
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ['DELETE', '/api/v2/authentication-tokens/at-ZZZ'],
    ['DELETE', '/api/v2/account/details'],
    ['POST', '/api/v2/teams/team-6p5jTwJQXwqZBncC/authentication-token'],
    ['GET', '/api/v2/authentication-tokens/at-ZZZ'],
  ])('the client refuses %s %s before sending anything', async (method, path) => {
    const fake = await serve(VALID);
    const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
    const request = { method, path, headers: { authorization: `Bearer ${TOKEN}` } } as unknown as HttpRequest;
    await expect(http.request(request)).rejects.toThrow(/not a declared read-only endpoint/);
    expect(fake.requests).toEqual([]);
  });
});

describeSharedFaults(SPEC, harness);
