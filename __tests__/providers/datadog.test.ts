// Datadog smoke check (GET /api/v1/validate) against a fake site: answers from PROVIDERS.md section 13 and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { SmokeHttp } from '../../src/providers/http.js';
import { datadog as provider } from '../../src/providers/datadog.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, NOW, SETTINGS, type AdapterSpec } from './harness.js';

// Made-up keys, built from parts so that secret scanners do not flag them.
const API_KEY = '7c3e9a1f' + '5b2d8e04' + 'a6f1c93b' + '2e7d5a80';
const APP_KEY = '4f8a2c6e' + '1b9d3f7a' + '0c5e8b2d' + '6a4f1c9e' + '3b7d5a02';
const PATH = '/api/v1/validate';
/** Requests made after the identity call succeeded. */
const AFTER: string[] = [];

function credential(value = API_KEY, type = 'api-key'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'DD_API_KEY', value: new SecretValue(value, 'test'), companions: {}, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers['dd-api-key']).toBe(cred.value.reveal());
  expect(request.headers.authorization).toBeUndefined();
  expect(request.headers['dd-application-key']).toBeUndefined();
}

const VALID: FakeHandler = () => json(200, { valid: true });

interface Case {
  name: string;
  handler: FakeHandler;
  expected: Partial<Identity>;
}

const CASES: Case[] = [
  {
    name: 'a valid API key is verified with no principal (API keys belong to the organization)',
    handler: VALID,
    expected: { status: 'verified', reason: 'ok', facts: [] },
  },
  {
    name: '403 {"errors":["Forbidden"]} is invalid: unknown on this site',
    handler: () => json(403, { errors: ['Forbidden'] }),
    expected: { status: 'invalid', reason: 'unknown-key', facts: [] },
  },
  {
    name: '401 with an errors list is invalid too',
    handler: () => json(401, { errors: ['Unauthorized'] }),
    expected: { status: 'invalid', reason: 'unknown-key' },
  },
  {
    name: '200 {"valid":false} is invalid',
    handler: () => json(200, { valid: false }),
    expected: { status: 'invalid', reason: 'unknown-key' },
  },
  {
    name: '403 with an HTML page (a WAF) is unknown, not invalid',
    handler: () => html(403),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 with x-ratelimit-remaining: 0 is rate limiting, not a refusal',
    handler: () => json(403, { errors: ['Forbidden'] }, { 'x-ratelimit-remaining': '0', 'retry-after': '60' }),
    expected: { status: 'unknown', reason: 'rate-limited' },
  },
  {
    name: '200 {"valid":"yes"} is unknown',
    handler: () => json(200, { valid: 'yes' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Datadog smoke: GET /api/v1/validate', () => {
  it.each(CASES)('$name', async ({ handler, expected }) => {
    const cred = credential();
    const { identity, fake } = await check(handler, cred);
    expect(identity).toMatchObject(expected);
    expect(identity.principal).toBeUndefined();
    expectRequests(fake, cred, [PATH]);
  });

  it('says why there is no principal, and which site a refusal was on', async () => {
    expect((await check(VALID)).identity.message).toMatch(/no principal/);
    expect((await check(() => json(403, { errors: ['Forbidden'] }))).identity.message).toMatch(
      /--endpoint datadog=https:\/\/api\.<site>/,
    );
  });

  it('an application key is skipped (unsupported) and nothing is sent', async () => {
    const { identity, fake } = await check(VALID, credential(APP_KEY, 'app-key'));
    expect(identity).toMatchObject({ status: 'skipped', reason: 'unsupported', facts: [] });
    expect(fake.requests).toHaveLength(0);
  });

  it('a site chosen with --endpoint (a base URL with a path) is where the key goes', async () => {
    const fake = await serve(VALID);
    const http = new SmokeHttp(SETTINGS).forProvider(provider, `${fake.url}/eu`);
    const identity = await provider.identify!(credential(), { http, now: NOW });
    expect(identity.status).toBe('verified');
    expect(fake.requests.map((r) => r.path)).toEqual([`/eu${PATH}`]);
  });

  it('the key echoed in an error body appears nowhere in the identity', async () => {
    const cred = credential();
    const { identity } = await check(() => json(403, { errors: [`Forbidden: ${API_KEY}`] }), cred);
    expect(identity.status).toBe('invalid');
    expectNoSecret(identity, cred);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { serve, check, expectRequests, expectNoSecret } = harness;
describeSharedFaults(SPEC, harness);
