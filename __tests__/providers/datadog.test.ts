// Datadog smoke check (GET /api/v1/validate; GET /api/v2/validate_keys for an application key with its API
// key) against a fake site: answers from PROVIDERS.md section 13, the site each key lives on (a refusal
// is decisive only when the site is known), and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { Key } from '../../src/core/types.js';
import { SmokeHttp } from '../../src/providers/http.js';
import { datadog as provider } from '../../src/providers/datadog.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, NOW, SETTINGS, type AdapterSpec } from './harness.js';

// Made-up keys, built from parts so that secret scanners do not flag them.
const API_KEY = '7c3e9a1f' + '5b2d8e04' + 'a6f1c93b' + '2e7d5a80';
const APP_KEY = '4f8a2c6e' + '1b9d3f7a' + '0c5e8b2d' + '6a4f1c9e' + '3b7d5a02';
const PATH = '/api/v1/validate';
/** Requests made after the identity call succeeded. */
const AFTER: string[] = [];

function credential(value = API_KEY, type = 'api-key', companions: Record<string, string> = {}): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  const values = Object.fromEntries(Object.entries(companions).map(([role, v]) => [role, new SecretValue(v, 'test')]));
  return { name: 'DD_API_KEY', value: new SecretValue(value, 'test'), companions: values, format };
}
const EU = { site: 'datadoghq.eu' };

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers['dd-api-key']).toBe(cred.value.reveal());
  expect(request.headers.authorization).toBeUndefined();
  expect(request.headers['dd-application-key']).toBeUndefined();
}

const VALID: FakeHandler = () => json(200, { valid: true });

interface Case {
  name: string;
  handler: FakeHandler;
  /** The key's companions: a DD_SITE beside it names its site. */
  companions?: Record<string, string>;
  /** --endpoint chose the base URL (a site). */
  declaredEndpoint?: boolean;
  expected: Partial<Identity>;
}

/** Datadog's documented 403 (the example body is a placeholder; recorded in provider-responses/datadog.json). */
const REFUSED = () => json(403, { errors: ['Bad Request'] });

const CASES: Case[] = [
  {
    name: 'a valid API key is verified with no principal (API keys belong to the organization)',
    handler: VALID,
    expected: { status: 'verified', reason: 'ok', facts: [] },
  },
  {
    name: '403 from US1 with no site named is unknown: a key of another site gets the same answer',
    handler: REFUSED,
    expected: { status: 'unknown', reason: 'unknown-key', facts: [] },
  },
  {
    name: '403 with DD_SITE beside the key is invalid: unknown on its own site',
    handler: REFUSED,
    companions: EU,
    expected: { status: 'invalid', reason: 'unknown-key', facts: [] },
  },
  {
    name: '403 with the site chosen by --endpoint is invalid',
    handler: REFUSED,
    declaredEndpoint: true,
    expected: { status: 'invalid', reason: 'unknown-key' },
  },
  {
    name: '403 {"errors":["Forbidden"]} (the wording often seen, not recorded) reads the same',
    handler: () => json(403, { errors: ['Forbidden'] }),
    companions: EU,
    expected: { status: 'invalid', reason: 'unknown-key' },
  },
  {
    name: '401 with an errors list, site unknown: unknown',
    handler: () => json(401, { errors: ['Unauthorized'] }),
    expected: { status: 'unknown', reason: 'unknown-key' },
  },
  {
    name: '200 {"valid":false} with the site known: invalid',
    handler: () => json(200, { valid: false }),
    companions: EU,
    expected: { status: 'invalid', reason: 'unknown-key' },
  },
  {
    name: 'a DD_SITE that is no Datadog site names nothing: unknown',
    handler: REFUSED,
    companions: { site: 'evil.example' },
    expected: { status: 'unknown', reason: 'unknown-key' },
  },
  {
    name: '403 with an HTML page (a WAF) is unknown, not invalid',
    handler: () => html(403),
    companions: EU,
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 with x-ratelimit-remaining: 0 is rate limiting, not a refusal',
    handler: () => json(403, { errors: ['Forbidden'] }, { 'x-ratelimit-remaining': '0', 'retry-after': '60' }),
    companions: EU,
    expected: { status: 'unknown', reason: 'rate-limited' },
  },
  {
    name: '200 {"valid":"yes"} is unknown',
    handler: () => json(200, { valid: 'yes' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Datadog smoke: GET /api/v1/validate', () => {
  it.each(CASES)('$name', async ({ handler, companions, declaredEndpoint, expected }) => {
    const cred = credential(API_KEY, 'api-key', companions);
    const fake = await serve(handler);
    const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
    const identity = await provider.identify!(cred, { http, now: NOW, declaredEndpoint });
    expect(identity).toMatchObject(expected);
    expect(identity.principal).toBeUndefined();
    expectRequests(fake, cred, [PATH]);
  });

  it('says why there is no principal, and how to name the site of a refused key', async () => {
    expect((await check(VALID)).identity.message).toMatch(/no principal/);
    expect((await check(REFUSED)).identity.message).toMatch(
      /invalid, or it belongs to another Datadog site.*DD_SITE.*--endpoint datadog=https:\/\/api\.<site>/,
    );
    expect((await check(REFUSED, credential(API_KEY, 'api-key', EU))).identity.message).toMatch(/site datadoghq\.eu/);
  });

  it('a site chosen with --endpoint (a base URL with a path) is where the key goes', async () => {
    const fake = await serve(VALID);
    const http = new SmokeHttp(SETTINGS).forProvider(provider, `${fake.url}/eu`);
    const identity = await provider.identify!(credential(), { http, now: NOW });
    expect(identity.status).toBe('verified');
    expect(fake.requests.map((r) => r.path)).toEqual([`/eu${PATH}`]);
  });

  it('the key echoed in an error body appears nowhere in the identity', async () => {
    const cred = credential(API_KEY, 'api-key', EU);
    const { identity } = await check(() => json(403, { errors: [`Forbidden: ${API_KEY}`] }), cred);
    expect(identity.status).toBe('invalid');
    expectNoSecret(identity, cred);
  });
});

describe('Datadog sites: a DD_SITE companion picks among the documented hosts, never names one', () => {
  it.each([
    ['datadoghq.eu', 'https://api.datadoghq.eu'],
    [' US3.datadoghq.com ', 'https://api.us3.datadoghq.com'],
    ['ddog-gov.com', 'https://api.ddog-gov.com'],
    ['evil.example', undefined],
    ['datadoghq.eu.evil.example', undefined],
    ['https://api.datadoghq.eu', undefined],
  ])('%j -> %s', (site, base) => {
    expect(provider.baseUrlFor!(credential(API_KEY, 'api-key', { site }))).toBe(base);
    if (base) expect(provider.sites).toContain(base);
  });

  it.each([
    ['datadoghq.eu', 'api.datadoghq.eu'],
    ['evil.example', 'api.datadoghq.com'],
  ])(
    'smoke sends a key with DD_SITE=%s to %s (asked of an injected resolver; nothing leaves the machine)',
    async (site, host) => {
      const asked: string[] = [];
      const key: Key = {
        name: 'DD_API_KEY',
        names: ['DD_API_KEY'],
        uses: [],
        value: new SecretValue(API_KEY, 'test'),
        companions: { site: new SecretValue(site, 'test') },
        observations: [],
        facts: {},
        environments: ['production'],
      };
      await smokeKeys([key], {
        endpoints: {},
        now: NOW,
        http: {
          ...SETTINGS,
          lookup: ((hostname: string, _options: unknown, callback: (error: Error) => void) => {
            asked.push(hostname);
            callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
          }) as never,
        },
      });
      expect(asked).toEqual([host]);
      expect(key.smoke).toMatchObject({ status: 'unknown', reason: 'network' });
    },
  );
});

describe('Datadog application keys: checked with their API key (GET /api/v2/validate_keys)', () => {
  const appKey = (companions: Record<string, string>) => credential(APP_KEY, 'app-key', companions);
  const USER = { data: { type: 'users', attributes: { handle: 'deploy-bot@acme.test', service_account: true } } };
  const routes =
    (keys: () => ReturnType<typeof json>, user: () => ReturnType<typeof json>): FakeHandler =>
    (request) =>
      request.path === '/api/v2/validate_keys' ? keys() : user();

  it('both valid (documented {"status":"ok"}): verified, and the owning user when current_user answers', async () => {
    const cred = appKey({ apiKey: API_KEY });
    const fake = await serve(
      routes(
        () => json(200, { status: 'ok' }),
        () => json(200, USER),
      ),
    );
    const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
    const identity = await provider.identify!(cred, { http, now: NOW });
    expect(identity).toMatchObject({
      status: 'verified',
      principal: { user: 'deploy-bot@acme.test' },
      facts: [
        { fact: 'principal', value: 'deploy-bot@acme.test', detail: 'Datadog GET /api/v2/current_user handle' },
        { fact: 'principalKind', value: 'service', detail: 'Datadog user service_account: true' },
      ],
    });
    expect(fake.requests.map((r) => r.path)).toEqual(['/api/v2/validate_keys', '/api/v2/current_user']);
    for (const request of fake.requests) {
      expect(request.headers['dd-api-key']).toBe(API_KEY);
      expect(request.headers['dd-application-key']).toBe(APP_KEY);
    }
  });

  it('current_user refused (it is undocumented): still verified, and it says so', async () => {
    const fake = await serve(
      routes(
        () => json(200, { status: 'ok' }),
        () => json(403, { errors: ['Forbidden'] }),
      ),
    );
    const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
    const identity = await provider.identify!(appKey({ apiKey: API_KEY }), { http, now: NOW });
    expect(identity).toMatchObject({ status: 'verified', facts: [], message: /user who owns it could not be read/ });
  });

  it.each([
    [{ apiKey: API_KEY }, 'unknown'],
    [{ apiKey: API_KEY, ...EU }, 'invalid'],
  ] as const)('403 with %j: %s', async (companions, status) => {
    const fake = await serve(REFUSED);
    const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
    const identity = await provider.identify!(appKey(companions), { http, now: NOW });
    expect(identity).toMatchObject({ status, reason: 'unknown-key' });
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ['without its API key', {}],
    ['with an API key that is no Datadog API key', { apiKey: 'not-a-key' }],
  ])('an application key %s is skipped (unsupported) and nothing is sent', async (_what, companions) => {
    const { identity, fake } = await check(VALID, appKey(companions));
    expect(identity).toMatchObject({ status: 'skipped', reason: 'unsupported', facts: [] });
    expect(identity.message).toMatch(/DD_API_KEY/);
    expect(fake.requests).toHaveLength(0);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { serve, check, expectRequests, expectNoSecret } = harness;
describeSharedFaults(SPEC, harness);
