// The harness every adapter test shares: run an adapter against a fake provider, check each request
// (declared endpoint, method, credential header), check no secret reaches the identity, and the faults
// every provider must handle the same way (429 and Retry-After, 5xx, HTML, redirects, stalls, resets).
import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import type { Credential, HttpRequest, Identity, ProviderSpec } from '../../src/providers/types.js';
import {
  html,
  json,
  startFakeProvider,
  type FakeBehaviour,
  type FakeHandler,
  type FakeProvider,
  type FakeRequest,
} from '../helpers/fake-provider.js';

export const NOW = new Date('2026-06-01T00:00:00Z');
export const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };

export interface AdapterSpec {
  provider: ProviderSpec;
  /** A well-formed credential of the provider's main key type. */
  credential: () => Credential;
  /** Asserts the credential travels in the provider's own header, and nothing else does. */
  expectAuth: (request: FakeRequest, credential: Credential) => void;
  /** The identity call's path. */
  path: string;
  /** Best-effort requests made after the identity call succeeded. */
  after: string[];
  /** The provider's answer for a valid key. */
  valid: FakeHandler;
  /** The identity call's method (GET unless the provider documents a read-only POST). */
  method?: 'GET' | 'POST';
  /** --endpoint named the base URL (a self-hosted provider, such as Vault, is called only then). */
  declaredEndpoint?: boolean;
}

export interface AdapterHarness {
  serve(handler: FakeHandler): Promise<FakeProvider>;
  /** Runs the check against a fake answering with `handler`; `declaredEndpoint` as when --endpoint named the host. */
  check(
    handler: FakeHandler,
    credential?: Credential,
    declaredEndpoint?: boolean,
  ): Promise<{ identity: Identity; fake: FakeProvider; ms: number }>;
  expectRequests(fake: FakeProvider, credential: Credential, paths: string[]): void;
  expectNoSecret(identity: Identity, credential: Credential): void;
  /**
   * One row of a provider's case table: the answer gives `expected` (its facts exactly, when given),
   * the requests are `paths` (declared, with the credential in its header), and no secret is kept.
   */
  expectCase(
    handler: FakeHandler,
    expected: Partial<Identity>,
    options?: { credential?: Credential; paths?: string[] },
  ): Promise<Identity>;
  /** Each answer (the key echoed in an error, in a name...) leaves no form of the key in the identity. */
  expectNoEcho(answers: readonly FakeBehaviour[], credential?: Credential): Promise<void>;
  /**
   * The client bound to this provider refuses `method path` (a revoking DELETE, Vault's revoke-self)
   * before anything is sent: the server sees nothing.
   */
  refuses(method: string, path: string): Promise<void>;
}

/** The harness for one provider; fake servers close after each test. */
export function adapterHarness(spec: AdapterSpec): AdapterHarness {
  const servers: FakeProvider[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  const serve = async (handler: FakeHandler): Promise<FakeProvider> => {
    const fake = await startFakeProvider(handler);
    servers.push(fake);
    return fake;
  };

  /** A declared (method, path) pair, `{name}` matching one segment. */
  const isDeclared = (method: string, path: string): boolean => {
    const bare = path.split('?')[0];
    return spec.provider.endpoints.some((endpoint) => {
      const parts = endpoint.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return endpoint.method === method && new RegExp(`^${parts.join('[^/]+')}$`).test(bare);
    });
  };

  const harness: AdapterHarness = {
    serve,
    async check(handler, credential = spec.credential(), declaredEndpoint) {
      const fake = await serve(handler);
      const http = new SmokeHttp(SETTINGS).forProvider(spec.provider, fake.url);
      const started = Date.now();
      const identity = await spec.provider.identify!(credential, {
        http,
        now: NOW,
        // A tenant provider's fake stands where --endpoint would point: declared unless a test says not.
        ...((declaredEndpoint ?? spec.declaredEndpoint ?? spec.provider.tenant !== undefined)
          ? { declaredEndpoint: true }
          : {}),
      });
      return { identity, fake, ms: Date.now() - started };
    },
    expectRequests(fake, credential, paths) {
      expect(fake.requests.map((request) => request.path)).toEqual(paths);
      for (const request of fake.requests) {
        expect(request.method).toBe(spec.method ?? 'GET');
        expect(isDeclared(request.method, request.path)).toBe(true);
        spec.expectAuth(request, credential);
        if ((spec.method ?? 'GET') === 'GET') expect(request.body).toBe('');
      }
    },
    expectNoSecret(identity, credential) {
      const text = JSON.stringify(identity);
      for (const form of secretForms(credential.value.reveal())) expect(text).not.toContain(form);
    },
    async expectCase(handler, expected, { credential = spec.credential(), paths = [spec.path] } = {}) {
      const { identity, fake } = await harness.check(handler, credential);
      expect(identity).toMatchObject(expected);
      if (expected.facts) expect(identity.facts).toEqual(expected.facts);
      harness.expectRequests(fake, credential, paths);
      harness.expectNoSecret(identity, credential);
      return identity;
    },
    async expectNoEcho(answers, credential = spec.credential()) {
      for (const answer of answers) {
        const { identity } = await harness.check(() => answer, credential);
        harness.expectNoSecret(identity, credential);
      }
    },
    async refuses(method, path) {
      const fake = await serve(() => ({ status: 204 }));
      const http = new SmokeHttp(SETTINGS).forProvider(spec.provider, fake.url);
      const request = { method, path, headers: { authorization: `Bearer ${spec.credential().value.reveal()}` } };
      await expect(http.request(request as unknown as HttpRequest)).rejects.toThrow(
        /not a declared read-only endpoint/,
      );
      expect(fake.requests).toEqual([]);
    },
  };
  return harness;
}

/** One row of a provider's case table: the fake's answer, and what the check gives for it. */
export interface AdapterCase {
  name: string;
  handler: FakeHandler;
  /** The credential, when not the spec's main one. */
  credential?: () => Credential;
  expected: Partial<Identity>;
  /** The whole message, as a pattern. */
  message?: RegExp;
}

/** A case table on the identity call: each row one declared request, its exact result, no secret in it. */
export function itCases(spec: AdapterSpec, harness: AdapterHarness, cases: readonly AdapterCase[]): void {
  it.each(cases)('$name', async ({ handler, credential = spec.credential, expected, message }) => {
    const cred = credential();
    const { identity, fake } = await harness.check(handler, cred);
    expect(identity).toMatchObject(expected);
    if (message) expect(identity.message).toMatch(message);
    harness.expectRequests(fake, cred, [spec.path]);
    harness.expectNoSecret(identity, cred);
  });
}

/**
 * Calls the provider must never make (a revoking DELETE on the read-only path, a key-changing POST): the
 * client bound to it refuses each before anything is sent.
 */
export function itRefuses(spec: AdapterSpec, harness: AdapterHarness, calls: readonly [string, string][]): void {
  it.each(calls)(`the client bound to ${spec.provider.id} refuses %s %s before sending`, async (method, path) => {
    const fake = await harness.serve(spec.valid);
    const http = new SmokeHttp(SETTINGS).forProvider(spec.provider, fake.url);
    const request = { method, path } as unknown as HttpRequest;
    await expect(http.request(request)).rejects.toThrow(
      new RegExp(`^${spec.provider.id}: [A-Z]+ /\\S* is not a declared read-only endpoint$`),
    );
    expect(fake.requests).toHaveLength(0);
  });
}

/** One row of a provider's case table: what the fake answers, and what the check must make of it. */
export interface AnswerCase {
  name: string;
  handler: FakeHandler;
  /** The credential sent (the spec's own unless said). */
  credential?: () => Credential;
  /** --endpoint named the host. */
  declaredEndpoint?: boolean;
  /** The identity, facts exactly when given. */
  expected: Partial<Identity>;
  message?: RegExp;
  /** The paths asked, in order: the identity call alone unless said. */
  paths?: string[];
}

/**
 * Each case as a test: the identity as expected (its facts exactly), every request declared and
 * carrying the credential as the provider wants it, and no form of the key in the identity.
 */
export function itAnswers(spec: AdapterSpec, harness: AdapterHarness, cases: readonly AnswerCase[]): void {
  it.each(cases)('$name', async (row) => {
    const credential = (row.credential ?? spec.credential)();
    const { identity, fake } = await harness.check(row.handler, credential, row.declaredEndpoint);
    expect(identity).toMatchObject(row.expected);
    if (row.expected.facts) expect(identity.facts).toEqual(row.expected.facts);
    if (row.message) expect(identity.message).toMatch(row.message);
    harness.expectRequests(fake, credential, row.paths ?? [spec.path]);
    harness.expectNoSecret(identity, credential);
  });
}

/** The faults every provider shares, as one describe block. */
export function describeSharedFaults(spec: AdapterSpec, harness: AdapterHarness): void {
  const { check, serve, expectRequests } = harness;
  const { path, after, valid } = spec;

  describe(`${spec.provider.name} smoke: faults every provider shares`, () => {
    it('retries a 429 with Retry-After: 1, then succeeds (2 requests)', async () => {
      let calls = 0;
      const { identity, fake, ms } = await check((request) =>
        ++calls === 1 ? json(429, { error: 'slow down' }, { 'retry-after': '1' }) : valid(request),
      );
      expect(identity.status).toBe('verified');
      expectRequests(fake, spec.credential(), [path, path, ...after]);
      expect(ms).toBeGreaterThanOrEqual(900);
    });

    it('a permanent 429 is unknown (rate-limited) after maxAttempts requests', async () => {
      const { identity, fake } = await check(() => json(429, { error: 'slow down' }, { 'retry-after': '1' }));
      expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
      expectRequests(fake, spec.credential(), Array<string>(SETTINGS.maxAttempts).fill(path));
    });

    it.each([500, 502, 503])('HTTP %i is unknown (server-error)', async (status) => {
      const { identity, fake } = await check(() => json(status, { error: 'down' }));
      expect(identity).toMatchObject({ status: 'unknown', reason: 'server-error' });
      expectRequests(fake, spec.credential(), [path]);
    });

    it('an HTML page with HTTP 200 is unknown, never verified', async () => {
      const { identity, fake } = await check(() => html(200));
      expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
      expectRequests(fake, spec.credential(), [path]);
    });

    it('JSON it does not document, with HTTP 200, is unknown', async () => {
      const { identity } = await check(() => json(200, { hello: 'world' }));
      expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    });

    it('does not follow a redirect, and the other host sees nothing', async () => {
      const other = await serve((request) => valid(request));
      const { identity, fake } = await check(() => ({ status: 302, headers: { location: `${other.url}${path}` } }));
      expect(identity).toMatchObject({ status: 'unknown', reason: 'redirect' });
      expectRequests(fake, spec.credential(), [path]);
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
}

/** One row of a provider's case table: what the fake answers and what keybound must make of it. */
export interface Case {
  name: string;
  handler: FakeHandler;
  expected: Partial<Identity>;
  /** What the message must say, when the row says it. */
  message?: RegExp;
  /** The paths asked, in order (default: the identity call alone). */
  paths?: string[];
}

/** A case table as one describe block: each row's result, requests and the absence of the key. */
export function describeCases(title: string, spec: AdapterSpec, harness: AdapterHarness, cases: Case[]): void {
  describe(title, () => {
    it.each(cases)('$name', async ({ handler, expected, message, paths }) => {
      const credential = spec.credential();
      const { identity, fake } = await harness.check(handler, credential);
      expect(identity).toMatchObject(expected);
      if (message) expect(identity.message).toMatch(message);
      harness.expectRequests(fake, credential, paths ?? [spec.path]);
      harness.expectNoSecret(identity, credential);
    });
  });
}

/**
 * Calls a provider documents beside its read-only one (revoking, renewing, writing, often on the same
 * path), sent through the provider's own client: each is refused before anything leaves.
 */
export function describeNeverSent(spec: AdapterSpec, harness: AdapterHarness, calls: [string, string][]): void {
  describe(`${spec.provider.name}: calls that can never be sent`, () => {
    it.each(calls)('%s %s is refused before anything is sent', async (method, path) => {
      const fake = await harness.serve(spec.valid);
      const http = new SmokeHttp(SETTINGS).forProvider(spec.provider, fake.url);
      await expect(http.request({ method: method as 'GET', path })).rejects.toThrow(
        /not a declared read-only endpoint/,
      );
      expect(fake.requests).toHaveLength(0);
    });
  });
}

/** A credential of `provider` named `name`: the format `value` matches, and its companions by role. */
export function credentialOf(
  provider: ProviderSpec,
  name: string,
  value: string,
  companions: Record<string, string> = {},
): Credential {
  const format = provider.formats.find((f) => f.pattern.test(value));
  if (!format) throw new Error(`the test value of ${name} is no ${provider.name} key`);
  const parts = Object.entries(companions).map(([role, part]) => [role, new SecretValue(part, 'test')]);
  return { name, value: new SecretValue(value, 'test'), companions: Object.fromEntries(parts), format };
}
