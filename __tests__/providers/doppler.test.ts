// Doppler: the environment a service token names offline (`dp.st.<config>.`), and the smoke check
// (GET /v3/me) against a fake API with the documented body (doppler-rs AuthMeResponse; no live answer
// is recorded, and the 401 body is UNCONFIRMED: Doppler's usual `{"messages":[…],"success":false}`).

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { observeValue } from '../../src/keys/facts.js';
import { doppler as provider } from '../../src/providers/doppler.js';
import { detectFormat } from '../../src/providers/index.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// Made-up tokens, built from parts so that secret scanners do not flag them.
const BODY = 'Wq8Zr2Qm4T' + 'zR8wLpXv2N' + 'c6Kd9BsJ3H' + 'y7Fg1VtE5u' + 'Lz';
const PATH = '/v3/me';

function credential(value = 'dp.st.dev.' + BODY): Credential {
  const match = detectFormat(value, 'DOPPLER_TOKEN');
  expect(match?.provider.id).toBe(provider.id);
  return { name: 'DOPPLER_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format: match!.format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

/** The documented /v3/me answer (AuthMeResponse); token_preview is a fragment of the token. */
const ME = {
  slug: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  name: 'ci-deploy',
  created_at: '2026-01-15T10:20:30.000Z',
  last_seen_at: '2026-05-30T08:00:00.000Z',
  type: 'service_token',
  token_preview: 'dp.st.dev.Wq8Z…',
  workplace: { name: 'Acme', slug: 'acme' },
};
const VALID: FakeHandler = () => json(200, ME);

describe('Doppler offline: the config a service token names', () => {
  it.each([
    ['dp.st.dev.', 'development', 'prefix dp.st.dev'],
    ['dp.st.dev_alice.', 'development', 'prefix dp.st.dev'],
    ['dp.st.stg.', 'staging', 'prefix dp.st.stg'],
    ['dp.st.prd_eu.', 'production', 'prefix dp.st.prd'],
  ])('%s + token: keyEnvironment %s (value), from the prefix alone', (prefix, environment, detail) => {
    const observations = observeValue(new SecretValue(prefix + BODY, 'test'), 'DOPPLER_TOKEN');
    expect(observations.filter((o) => o.fact === 'keyEnvironment')).toEqual([
      { fact: 'keyEnvironment', value: environment, source: 'value', detail },
    ]);
    expect(observations).toContainEqual({
      fact: 'principalKind',
      value: 'service',
      source: 'value',
      detail: `a Doppler service token of a ${detail.slice(-3)} config (dp.st.${detail.slice(-3)})`,
    });
  });

  it.each(['dp.st.ci.', 'dp.st.devops.', 'dp.st.prdx.', 'dp.st.'])(
    '%s + token: a service token of no known environment (no keyEnvironment)',
    (prefix) => {
      const observations = observeValue(new SecretValue(prefix + BODY, 'test'), 'DOPPLER_TOKEN');
      expect(observations.find((o) => o.fact === 'keyType')?.value).toBe('service-token');
      expect(observations.filter((o) => o.fact === 'keyEnvironment')).toEqual([]);
    },
  );

  it.each([
    ['dp.ct.', 'cli-token', 'human'],
    ['dp.pt.', 'personal-token', 'human'],
    ['dp.sa.', 'service-account-token', 'service'],
    ['dp.scim.', 'scim-token', 'service'],
    ['dp.audit.', 'audit-token', 'service'],
  ])('%s + token: %s, a %s principal', (prefix, type, kind) => {
    const observations = observeValue(new SecretValue(prefix + BODY, 'test'));
    expect(observations.find((o) => o.fact === 'keyType')?.value).toBe(type);
    expect(observations.find((o) => o.fact === 'principalKind')?.value).toBe(kind);
  });
});

interface Case {
  name: string;
  handler: FakeHandler;
  expected: Partial<Identity>;
}

const CASES: Case[] = [
  {
    name: 'a service token: its name, workplace and creation date; the preview and last use kept out of facts',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        name: 'ci-deploy',
        slug: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        type: 'service_token',
        workplace: 'Acme',
        lastSeen: '2026-05-30T08:00:00.000Z',
      },
      facts: [
        { fact: 'principal', value: 'ci-deploy', detail: 'Doppler /v3/me name' },
        { fact: 'account', value: 'acme', detail: 'Doppler /v3/me workplace' },
        { fact: 'created', value: '2026-01-15T10:20:30.000Z', detail: 'Doppler /v3/me created_at' },
      ],
      aliases: ['a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'],
    },
  },
  {
    name: '401 is invalid (revoked), in Doppler’s words',
    handler: () => json(401, { messages: ['Invalid Auth token'], success: false }),
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message: 'Doppler does not accept this token: Invalid Auth token',
      facts: [],
    },
  },
  {
    name: '401 with no body Doppler documents is still refused',
    handler: () => ({ status: 401 }),
    expected: { status: 'invalid', reason: 'revoked', message: 'Doppler does not accept this token' },
  },
  {
    name: '403 is undocumented: unknown, never invalid',
    handler: () => json(403, { messages: ['Forbidden'], success: false }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 without a name is unknown',
    handler: () => json(200, { workplace: { name: 'Acme' } }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Doppler smoke: GET /v3/me', () => {
  it.each(CASES)('$name', async ({ handler, expected }) => {
    const identity = await harness.expectCase(handler, expected);
    // Nor the token preview (`dp.st.dev.Wq8Z…`): a fragment of the token.
    expect(JSON.stringify(identity)).not.toContain('Wq8Z');
  });

  it('the token echoed in an error or in its own name appears nowhere', () => {
    const cred = credential('dp.pt.' + BODY);
    const token = cred.value.reveal();
    return harness.expectNoEcho(
      [json(401, { messages: [`Invalid Auth token ${token}`], success: false }), json(200, { ...ME, name: token })],
      cred,
    );
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
describeSharedFaults(SPEC, harness);
