// Netlify smoke check (GET /api/v1/user, Bearer) against a fake: the answers PROVIDERS.md section 41
// documents (no Netlify answer is recorded), the 401 with an empty body seen in netlify/cli#622, the
// names that point at Netlify (not NETLIFY_SITE_ID), and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { detectFormat } from '../../src/providers/index.js';
import { netlify as provider } from '../../src/providers/netlify.js';
import type { Credential } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, itCases, type AdapterCase, type AdapterSpec } from './harness.js';

// NOTE: made-up tokens, built from parts so that secret scanners do not flag them.
const TOKENS = {
  personal: 'nfp_' + 'Tq7Wm2Xc9Rb4' + 'Ln6Hz1Kd8Vf3' + 'Jp5Sy0Ga_Ue2',
  legacy: 'Xk3Lp8Qw2Rt7' + 'Zn5Vb9Mc4Hj6' + 'Df1Gs0Ya-Ue8' + 'Ti2Wo',
};
const PATH = '/api/v1/user';
const USER = {
  id: '64a1f2c3d4e5' + 'f60718293a4b',
  full_name: 'Release Bot',
  email: 'release@corp.test',
  last_login: '2026-05-28T09:15:00.000Z',
  site_count: 4,
};

function credential(kind: keyof typeof TOKENS = 'personal'): Credential {
  const match = detectFormat(TOKENS[kind], 'NETLIFY_AUTH_TOKEN');
  if (match?.provider.id !== 'netlify') throw new Error(`the ${kind} test token is no Netlify token`);
  return {
    name: 'NETLIFY_AUTH_TOKEN',
    value: new SecretValue(TOKENS[kind], 'test'),
    companions: {},
    format: match.format,
  };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

const VALID: FakeHandler = () => json(200, USER);

// --- the shared harness (__tests__/providers/harness.ts); its faults are at the end ---

const SPEC: AdapterSpec = { provider, credential: () => credential(), expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);

const CASES: AdapterCase[] = [
  {
    name: 'a personal token: the user, by e-mail, a person',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { email: USER.email, id: USER.id, full_name: 'Release Bot', last_login: USER.last_login },
      aliases: [USER.id],
      facts: [
        { fact: 'principal', value: USER.email, detail: 'Netlify GET /api/v1/user email' },
        {
          fact: 'principalKind',
          value: 'human',
          detail: 'a Netlify token acts as its user (Netlify has no service accounts)',
        },
      ],
    },
  },
  {
    name: 'a legacy token is sent the same way',
    handler: VALID,
    credential: () => credential('legacy'),
    expected: { status: 'verified', principal: { email: USER.email, id: USER.id } },
  },
  {
    name: '401 with a JSON body is invalid (revoked)',
    handler: () => json(401, { code: 401, message: 'Access Denied: Invalid token' }),
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message: 'Netlify does not accept this token (revoked, expired or never valid): Access Denied: Invalid token',
    },
  },
  {
    name: '401 with an empty body (netlify/cli#622) is invalid (revoked)',
    handler: () => ({ status: 401, body: '' }),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: '403 (undocumented) is unknown',
    handler: () => json(403, { message: 'Forbidden' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 HTML is unknown',
    handler: () => html(200),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 without an email is unknown',
    handler: () => json(200, { id: USER.id }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Netlify smoke: GET /api/v1/user', () => {
  itCases(SPEC, harness, CASES);

  it.each([
    ['NETLIFY_AUTH_TOKEN', TOKENS.legacy, 'legacy-token'],
    ['STAGING_NETLIFY_TOKEN', TOKENS.legacy, 'legacy-token'],
    // The site id and build hook id stored beside the token are no Netlify keys.
    ['NETLIFY_SITE_ID', TOKENS.legacy, undefined],
    ['NETLIFY_AUTH_TOKEN', '5f3c2a1e-' + '9b8d-4c7e-a6f5-0e1d2c3b4a59', undefined],
    ['MY_TOKEN', TOKENS.personal, 'personal-token'],
  ])('%s = %s is %s', (name, value, type) => {
    const match = detectFormat(value, name);
    expect(match?.provider.id === 'netlify' ? match.format.type : undefined).toBe(type);
  });
});

describeSharedFaults(SPEC, harness);
