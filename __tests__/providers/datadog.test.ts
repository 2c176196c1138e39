// Datadog smoke check (GET /api/v1/validate) against a fake site: answers from PROVIDERS.md section 13 and the shared faults.

import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { datadog as provider } from '../../src/providers/datadog.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import {
  html,
  json,
  startFakeProvider,
  type FakeHandler,
  type FakeProvider,
  type FakeRequest,
} from '../helpers/fake-provider.js';

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

// --- harness (the same in every provider test file) ---

const NOW = new Date('2026-06-01T00:00:00Z');
const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: FakeHandler): Promise<FakeProvider> {
  const fake = await startFakeProvider(handler);
  servers.push(fake);
  return fake;
}

/** Runs the adapter against a fake provider; returns the identity, the fake and the wall time. */
async function check(
  handler: FakeHandler,
  cred: Credential = credential(),
): Promise<{ identity: Identity; fake: FakeProvider; ms: number }> {
  const fake = await serve(handler);
  const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
  const started = Date.now();
  const identity = await provider.identify!(cred, { http, now: NOW });
  return { identity, fake, ms: Date.now() - started };
}

/** A declared (method, path) pair, `{name}` matching one segment. */
function isDeclared(method: string, path: string): boolean {
  const bare = path.split('?')[0];
  return provider.endpoints.some((endpoint) => {
    const parts = endpoint.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return endpoint.method === method && new RegExp(`^${parts.join('[^/]+')}$`).test(bare);
  });
}

/** Every request: a declared endpoint, the expected method and path, the credential in its header. */
function expectRequests(fake: FakeProvider, cred: Credential, paths: string[]): void {
  expect(fake.requests.map((request) => request.path)).toEqual(paths);
  for (const request of fake.requests) {
    expect(request.method).toBe('GET');
    expect(isDeclared(request.method, request.path)).toBe(true);
    expectAuth(request, cred);
    expect(request.body).toBe('');
  }
}

/** The key, in any encoding the redactor knows, appears nowhere in the identity. */
function expectNoSecret(identity: Identity, cred: Credential): void {
  const text = JSON.stringify(identity);
  for (const form of secretForms(cred.value.reveal())) expect(text).not.toContain(form);
}

describe(`${provider.name} smoke: faults every provider shares`, () => {
  it('retries a 429 with Retry-After: 1, then succeeds (2 requests)', async () => {
    let calls = 0;
    const { identity, fake, ms } = await check((request) =>
      ++calls === 1 ? json(429, { error: 'slow down' }, { 'retry-after': '1' }) : VALID(request),
    );
    expect(identity.status).toBe('verified');
    expectRequests(fake, credential(), [PATH, PATH, ...AFTER]);
    expect(ms).toBeGreaterThanOrEqual(900);
  });

  it('a permanent 429 is unknown (rate-limited) after maxAttempts requests', async () => {
    const { identity, fake } = await check(() => json(429, { error: 'slow down' }, { 'retry-after': '1' }));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(fake.requests).toHaveLength(SETTINGS.maxAttempts);
    expectRequests(fake, credential(), Array<string>(SETTINGS.maxAttempts).fill(PATH));
  });

  it.each([500, 502, 503])('HTTP %i is unknown (server-error)', async (status) => {
    const { identity, fake } = await check(() => json(status, { error: 'down' }));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'server-error' });
    expectRequests(fake, credential(), [PATH]);
  });

  it('an HTML page with HTTP 200 is unknown, never verified', async () => {
    const { identity, fake } = await check(() => html(200));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    expectRequests(fake, credential(), [PATH]);
  });

  it('JSON it does not document, with HTTP 200, is unknown', async () => {
    const { identity } = await check(() => json(200, { hello: 'world' }));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
  });

  it('does not follow a redirect, and the other host sees nothing', async () => {
    const other = await serve((request) => VALID(request));
    const { identity, fake } = await check(() => ({ status: 302, headers: { location: `${other.url}${PATH}` } }));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expectRequests(fake, credential(), [PATH]);
    expect(other.requests).toHaveLength(0);
  });

  it.each(['stall-headers', 'stall-body'] as const)('%s is unknown (timeout) within the deadline', async (stall) => {
    const { identity, ms } = await check(() => stall);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(ms).toBeGreaterThanOrEqual(SETTINGS.requestTimeoutMs - 50);
    expect(ms).toBeLessThan(SETTINGS.requestTimeoutMs + 1000);
  });

  it('a reset connection is unknown (network)', async () => {
    const { identity } = await check(() => 'reset');
    expect(identity).toMatchObject({ status: 'unknown', reason: 'network' });
  });
});
