// Buildkite smoke check (GET /v2/access-token) against a fake API: the documented answers (the doc
// example, recorded in provider-responses and replayed in recorded.test.ts; the older doc's uuid and
// scopes only; a 401 whose body is UNCONFIRMED), the DELETE on the same path that revokes the token and
// can never be sent, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { buildkite as provider } from '../../src/providers/buildkite.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// A made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = 'bkua_' + 'q3w5e7r9t1' + 'y3u5i7o9p1' + 'a3s5d7f9g1' + 'h3j5k7l9z1';
const PATH = '/v2/access-token';

function credential(): Credential {
  return {
    name: 'BUILDKITE_API_TOKEN',
    value: new SecretValue(TOKEN, 'test'),
    companions: {},
    format: provider.formats[0],
  };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

/** The documented example (e-mail made obviously fake). */
const DOC = {
  uuid: 'b63254c0-3271-4a98-8270-7cfbd6c2f14e',
  scopes: ['read_builds', 'read_job_env'],
  description: 'Development Token',
  created_at: '2025-07-16 06:07:42 UTC',
  user: { email: 'deployer@example.test', name: 'Algernon Moncrieff' },
};
const VALID: FakeHandler = () => json(200, DOC);
type Fact = Identity['facts'][number];
const HUMAN: Fact = {
  fact: 'principalKind',
  value: 'human',
  detail: 'Buildkite API access tokens are issued to a person, not an organization',
};
const SCOPES: Fact = {
  fact: 'scopes',
  value: ['read_builds', 'read_job_env'],
  detail: 'Buildkite GET /v2/access-token scopes',
};

const CASES: { name: string; handler: FakeHandler; expected: Partial<Identity> }[] = [
  {
    name: 'a token: the user’s e-mail, a person, its scopes and creation date',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        uuid: 'b63254c0-3271-4a98-8270-7cfbd6c2f14e',
        description: 'Development Token',
        user: 'Algernon Moncrieff',
        email: 'deployer@example.test',
      },
      facts: [
        { fact: 'principal', value: 'deployer@example.test', detail: 'Buildkite GET /v2/access-token user.email' },
        HUMAN,
        SCOPES,
        { fact: 'created', value: '2025-07-16T06:07:42.000Z', detail: 'Buildkite GET /v2/access-token created_at' },
      ],
    },
  },
  {
    name: 'the older documented answer (uuid and scopes): verified, no user named',
    handler: () => json(200, { uuid: DOC.uuid, scopes: DOC.scopes }),
    expected: {
      status: 'verified',
      principal: { uuid: DOC.uuid },
      facts: [HUMAN, SCOPES],
      message: 'Buildkite named no user for this token',
    },
  },
  {
    name: '401 is invalid (revoked), in Buildkite’s words',
    handler: () => json(401, { message: 'Authentication required. Please supply a valid API Access Token' }),
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message: 'Buildkite does not accept this token: Authentication required. Please supply a valid API Access Token',
      facts: [],
    },
  },
  {
    name: '403 is undocumented: unknown, never invalid',
    handler: () => json(403, { message: 'Forbidden' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 without a uuid is unknown',
    handler: () => json(200, { scopes: [] }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Buildkite smoke: GET /v2/access-token', () => {
  it.each(CASES)('$name', async ({ handler, expected }) => void (await harness.expectCase(handler, expected)));

  it('the token echoed in an error or in its description appears nowhere', () =>
    harness.expectNoEcho([
      json(401, { message: `Token ${TOKEN} is revoked` }),
      json(200, { ...DOC, description: TOKEN }),
    ]));
});

describe('Buildkite: the DELETE that revokes the token can never be sent', () => {
  it('declares one call: GET /v2/access-token', () => {
    expect(provider.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([`GET ${PATH}`]);
  });

  it.each(['DELETE', 'POST', 'PUT', 'PATCH'])(
    'the client refuses %s on the same path; the server sees nothing',
    (method) => harness.refuses(method, PATH),
  );
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
describeSharedFaults(SPEC, harness);
