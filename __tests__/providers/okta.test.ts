// Okta smoke check (GET /api/v1/users/me with `SSWS`) against a fake org, standing where --endpoint
// points: the user lifecycle states of PROVIDERS.md section 24, the documented E0000011 refusal (also
// replayed as recorded in recorded.test.ts), Okta's own rate-limit header, the calls it must never
// send, and the shared faults.

import { describe, expect, it } from 'vitest';
import { okta as provider } from '../../src/providers/okta.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import {
  adapterHarness,
  credentialOf,
  describeCases,
  describeNeverSent,
  describeSharedFaults,
  type AdapterSpec,
  type Case,
} from './harness.js';

// Made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = '00' + 'Kq9Wm2Xr7Tb3Nc8Vf1Hs' + '6Jd0Lg5Ya2Ue9Qw-Bx_Z';
const PATH = '/api/v1/users/me';

const credential = (): Credential => credentialOf(provider, 'OKTA_API_TOKEN', TOKEN);

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`SSWS ${cred.value.reveal()}`);
}

/** The Okta User object as documented (okta-user-schema.json), trimmed to what is read. */
function user(status: string, login = 'deploy-admin@acme.example'): object {
  return {
    id: '00ub0oNGTSWTBKOLGLNR',
    status,
    created: '2025-01-14T09:12:00.000Z',
    activated: '2025-01-14T09:12:00.000Z',
    statusChanged: '2026-02-01T10:00:00.000Z',
    lastLogin: '2026-05-30T08:00:00.000Z',
    type: { id: 'oty1k7rboRl8kh0fo0g4' },
    profile: { login, email: login, firstName: 'Deploy', lastName: 'Admin' },
    credentials: { provider: { type: 'OKTA', name: 'OKTA' } },
    _links: { self: { href: 'https://acme.okta.com/api/v1/users/00ub0oNGTSWTBKOLGLNR' } },
  };
}

const VALID: FakeHandler = () => json(200, user('ACTIVE'));
const FACTS: Identity['facts'] = [
  {
    fact: 'principal',
    value: 'deploy-admin@acme.example',
    detail: 'Okta GET /api/v1/users/me profile.login (the admin who created the token)',
  },
  {
    fact: 'principalKind',
    value: 'human',
    detail: 'an Okta user: the token acts as its creator, and Okta marks no service accounts',
  },
];
/** The documented refusal (recorded: provider-responses/okta.json, mbegan/Okta-PSModule#65). */
const E0000011 = {
  errorCode: 'E0000011',
  errorSummary: 'Invalid token provided',
  errorLink: 'E0000011',
  errorId: 'oaeFakeFakeFakeFakeFakeFa',
  errorCauses: [],
};

const CASES: Case[] = [
  {
    name: 'an ACTIVE admin: verified, the login as principal and the user id as another name',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        id: '00ub0oNGTSWTBKOLGLNR',
        login: 'deploy-admin@acme.example',
        status: 'ACTIVE',
        email: 'deploy-admin@acme.example',
      },
      facts: FACTS,
      aliases: ['00ub0oNGTSWTBKOLGLNR'],
    },
  },
  ...['SUSPENDED', 'DEPROVISIONED', 'STAGED', 'PROVISIONED'].map((status): Case => ({
    name: `a ${status} creator is invalid (user-inactive): Okta honours tokens of active users only`,
    handler: () => json(200, user(status)),
    expected: { status: 'invalid', reason: 'user-inactive', facts: FACTS },
    message: new RegExp(`\\(deploy-admin@acme\\.example\\) is ${status}: a token acts as its creator`),
  })),
  ...['LOCKED_OUT', 'PASSWORD_EXPIRED', 'RECOVERY'].map((status): Case => ({
    name: `a ${status} creator is still an activated user: verified, with a note`,
    handler: () => json(200, user(status)),
    expected: { status: 'verified', reason: 'ok', facts: FACTS },
    message: new RegExp(`created this token is ${status}; the token still works`),
  })),
  {
    name: '401 E0000011 (documented body) is invalid (revoked), naming every cause Okta folds into it',
    handler: () => json(401, E0000011),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message: /revoked, went unused for 30 days, or the admin who created it was deactivated; or .*another Okta org/,
  },
  {
    name: "a 401 without Okta's code (not documented) is unknown, never revoked",
    handler: () => json(401, { message: 'Unauthorized' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a 401 HTML page (a proxy) is unknown',
    handler: () => html(401),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    // A network-zone refusal is UNCONFIRMED in status and body (PROVIDERS.md): never a dead token.
    name: "403 with an Okta error is unknown, naming a network-zone restriction and Okta's words",
    handler: () =>
      json(403, { errorCode: 'E0000006', errorSummary: 'You do not have permission to perform the requested action' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    message: /HTTP 403: You do not have permission .*network zones/,
  },
  {
    name: 'a status Okta does not document is unknown',
    handler: () => json(200, user('HIBERNATING')),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a user without profile.login is unknown',
    handler: () => json(200, { id: '00ub0oNGTSWTBKOLGLNR', status: 'ACTIVE', profile: {} }),
    expected: {
      status: 'unknown',
      reason: 'unexpected-response',
      message: 'Okta answered GET /api/v1/users/me without profile.login (HTTP 200)',
    },
  },
];

// The shared harness (__tests__/providers/harness.ts), its faults at the end.
const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
const { check, expectRequests, expectNoSecret } = harness;

describeCases('Okta smoke: GET /api/v1/users/me', SPEC, harness, CASES);

describe('Okta: its words redacted, its own rate-limit header', () => {
  it('the token echoed in errorSummary appears nowhere in the identity', async () => {
    const cred = credential();
    const { identity } = await check(() => json(403, { errorCode: 'E0000006', errorSummary: `Denied: SSWS ${TOKEN}` }));
    expect(identity.status).toBe('unknown');
    expect(identity.message).toBe(
      'Okta refused GET /api/v1/users/me (HTTP 403: Denied: SSWS [redacted]): the token may be limited to network zones this runner is outside of',
    );
    expectNoSecret(identity, cred);
  });

  it("429 with Okta's X-Rate-Limit-Reset (epoch seconds, no Retry-After) waits until the reset, then succeeds", async () => {
    let calls = 0;
    const { identity, fake, ms } = await check(() =>
      ++calls === 1
        ? json(
            429,
            { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.' },
            {
              'x-rate-limit-limit': '600',
              'x-rate-limit-remaining': '0',
              // 200 to 1,200 ms away: within the longest wait honoured (1.5 s here).
              'x-rate-limit-reset': String(Math.floor((Date.now() + 1200) / 1000)),
            },
          )
        : VALID({} as FakeRequest),
    );
    expect(identity.status).toBe('verified');
    expectRequests(fake, credential(), [PATH, PATH]);
    expect(ms).toBeGreaterThanOrEqual(150);
  });

  it('429 whose X-Rate-Limit-Reset is a minute away gives up at once (rate-limited), one request', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 60);
    const { identity, fake } = await check(() => json(429, { errorCode: 'E0000047' }, { 'x-rate-limit-reset': reset }));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expectRequests(fake, credential(), [PATH]);
  });
});

describe('Okta: one read-only call', () => {
  it('declares exactly one call, with no default host', () => {
    expect(provider.endpoints).toEqual([{ method: 'GET', path: PATH }]);
    expect(provider.tenant).toEqual({ what: 'the Okta org domain', example: 'https://{org}.okta.com' });
  });
});

describeNeverSent(SPEC, harness, [
  ['DELETE', '/api/v1/api-tokens/current'],
  ['POST', '/api/v1/users/me/lifecycle/suspend'],
  ['POST', '/api/v1/users/me/lifecycle/deactivate'],
  ['DELETE', PATH],
  ['POST', PATH],
  ['GET', '/api/v1/users/me/roles'],
]);
describeSharedFaults(SPEC, harness);
