// npm smoke check (GET /-/whoami) against a fake registry: answers from PROVIDERS.md section 12 and the shared faults.

import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { npm as provider } from '../../src/providers/npm.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import {
  html,
  json,
  startFakeProvider,
  type FakeHandler,
  type FakeProvider,
  type FakeRequest,
} from '../helpers/fake-provider.js';

// Made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = 'npm_' + 'q7Lw2Rt9Xb' + 'Kd4Mz8Hn3P' + 'vYc6Jf1Ts5' + 'Ge0Ua2';
const LEGACY = '5b1e3c7a-' + '9d2f-4a6b-' + '8c0e-1f3a5d7b9c2e';
const PATH = '/-/whoami';
/** Requests made after the identity call succeeded. */
const AFTER: string[] = [];

function credential(value = TOKEN, type = 'access-token'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'NPM_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

const VALID: FakeHandler = () => json(200, { username: 'release-bot' });

interface Case {
  name: string;
  handler: FakeHandler;
  cred?: Credential;
  expected: Partial<Identity>;
}

const CASES: Case[] = [
  {
    name: 'a valid token names its user',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { username: 'release-bot' },
      facts: [
        { fact: 'principal', value: 'release-bot', detail: 'npm whoami username' },
        { fact: 'principalKind', value: 'human', detail: 'an npm user account' },
      ],
    },
  },
  {
    name: 'a legacy UUID token is sent the same way',
    handler: () => json(200, { username: 'old-ci' }),
    cred: credential(LEGACY, 'legacy'),
    expected: { status: 'verified', reason: 'ok', principal: { username: 'old-ci' } },
  },
  {
    name: '401 is invalid (revoked)',
    handler: () => json(401, { error: 'Unauthorized' }),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'a revoked legacy token is invalid (revoked)',
    handler: () => json(401, { error: 'Unauthorized' }),
    cred: credential(LEGACY, 'legacy'),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: '403 (outside the CIDR allowlist) is unknown, neither accepted nor invalid',
    handler: () => json(403, { error: 'Forbidden' }),
    expected: { status: 'unknown', reason: 'insufficient-scope' },
  },
  {
    name: '200 without a username is unknown',
    handler: () => json(200, { username: '' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '404 is unknown',
    handler: () => json(404, { error: 'Not found' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('npm smoke: GET /-/whoami', () => {
  it.each(CASES)('$name', async ({ handler, cred = credential(), expected }) => {
    const { identity, fake } = await check(handler, cred);
    expect(identity).toMatchObject(expected);
    if (expected.status !== 'verified') expect(identity.facts).toEqual([]);
    expectRequests(fake, cred, [PATH]);
    expect(fake.requests[0].headers['x-api-key']).toBeUndefined();
  });

  it.each([
    ['an error body', 401, (value: string) => ({ error: `Invalid token ${value}` }), 'invalid'],
    ['a 403 body', 403, (value: string) => ({ error: `token ${value} is not allowed from here` }), 'unknown'],
    ['a username', 200, (value: string) => ({ username: value }), 'verified'],
  ] as const)('the key echoed in %s appears nowhere in the identity', async (_what, status, body, expected) => {
    const cred = credential();
    const { identity } = await check(() => json(status, body(TOKEN)), cred);
    expect(identity.status).toBe(expected);
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
