// The guarded smoke-call client (src/providers/http.ts) against local fakes: only declared endpoints, no
// redirects, verified TLS, deadlines over headers and body, bounded 429 handling, per-provider
// concurrency, a run budget, and a debug log that names provider, method, host, path and status only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp, retryAfterMs, type HttpSettings } from '../../src/providers/http.js';
import { isLoopback, validateBaseUrl } from '../../src/providers/base-url.js';
import type { HttpResult, ProviderSpec } from '../../src/providers/types.js';
import { startFakeProvider, type FakeHandler, type FakeProvider } from '../helpers/fake-provider.js';

/** A provider of our own: two read-only GETs (one with a `{segment}`) and one POST. */
function spec(id = 'synthetic'): ProviderSpec {
  return {
    id,
    name: `Synthetic ${id}`,
    formats: [],
    namePatterns: [],
    endpoints: [
      { method: 'GET', baseUrl: 'https://api.synthetic.example', path: '/v1/me' },
      { method: 'GET', baseUrl: 'https://api.synthetic.example', path: '/v1/accounts/{sid}/info.json' },
      { method: 'POST', baseUrl: 'https://api.synthetic.example', path: '/v1/introspect', note: 'reads only' },
    ],
  };
}

const FAST: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 2_000, runBudgetMs: 30_000 };

const fakes: FakeProvider[] = [];
async function fake(handler: FakeHandler): Promise<FakeProvider> {
  const started = await startFakeProvider(handler);
  fakes.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

const ok: FakeHandler = () => ({ status: 200, body: { login: 'svc' } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

function failure(result: HttpResult): Extract<HttpResult, { kind: 'failure' }> {
  if (result.kind !== 'failure') throw new Error(`expected a failure, got HTTP ${result.status}`);
  return result;
}

describe('declared endpoints only', () => {
  it('sends a declared GET and POST, with headers and body', async () => {
    const server = await fake(ok);
    const http = new SmokeHttp(FAST).forProvider(spec(), server.url);
    const get = await http.request({ method: 'GET', path: '/v1/me', headers: { authorization: 'Bearer t' } });
    expect(get).toMatchObject({ kind: 'response', status: 200, body: '{"login":"svc"}' });
    expect(get.kind === 'response' && get.headers['content-type']).toContain('application/json');
    await http.request({ method: 'POST', path: '/v1/introspect', body: 'token=x' });
    expect(server.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['GET', '/v1/me', ''],
      ['POST', '/v1/introspect', 'token=x'],
    ]);
    expect(server.requests[0].headers.authorization).toBe('Bearer t');
    expect(server.requests[1].headers['content-length']).toBe('7');
  });

  const undeclared = (what: string) => `${what} is not a declared read-only endpoint`;
  it.each([
    ['an undeclared method', 'POST', '/v1/me', undeclared('/v1/me')],
    ['an undeclared path', 'GET', '/v1/admin', undeclared('/v1/admin')],
    ['a longer path', 'GET', '/v1/me/repos', undeclared('/v1/me/repos')],
    ['two segments for one {segment}', 'GET', '/v1/accounts/a/b/info.json', undeclared('/v1/accounts/a/b/info.json')],
    ['an empty {segment}', 'GET', '/v1/accounts//info.json', undeclared('/v1/accounts//info.json')],
    ['a dot segment in {segment}', 'GET', '/v1/accounts/../info.json', undeclared('/v1/info.json')],
    ['an encoded dot segment', 'GET', '/v1/accounts/%2e%2e/info.json/../../me', undeclared('/me')],
    ['a backslash dot segment', 'GET', '/v1/accounts/..\\..\\v1\\me/info.json', undeclared('/v1/me/info.json')],
    ['a relative path', 'GET', 'v1/me', 'request path must start with one /'],
    ['a protocol-relative path', 'GET', '//evil.example/v1/me', 'request path must start with one /'],
    ['a path of two slashes and a name', 'GET', '//x', 'request path must start with one /'],
    ['a fragment', 'GET', '/v1/me#x', 'request path must not carry a fragment'],
    ['a fragment after a query', 'GET', '/v1/me?a=1#x', 'request path must not carry a fragment'],
  ] as const)('refuses %s before sending anything', async (_what, method, path, why) => {
    const server = await fake(ok);
    const smoke = new SmokeHttp(FAST);
    const http = smoke.forProvider(spec(), server.url);
    await expect(http.request({ method, path })).rejects.toThrow(new Error(`synthetic: ${method} ${why}`));
    await sleep(20);
    expect(server.requests).toEqual([]);
    expect(smoke.sent.get('synthetic')).toBeUndefined();
  });

  it('fills a {segment} template and keeps the query string', async () => {
    const server = await fake(ok);
    const http = new SmokeHttp(FAST).forProvider(spec(), server.url);
    await http.request({ method: 'GET', path: '/v1/accounts/AC0123456789abcdef/info.json' });
    await http.request({ method: 'GET', path: '/v1/me?fields=login,type&page=1' });
    expect(server.requests.map((r) => r.path)).toEqual([
      '/v1/accounts/AC0123456789abcdef/info.json',
      '/v1/me?fields=login,type&page=1',
    ]);
  });

  it('puts paths under a base URL path prefix (/api/v3)', async () => {
    const server = await fake(ok);
    const http = new SmokeHttp(FAST).forProvider(spec(), `${server.url}/api/v3`);
    await http.request({ method: 'GET', path: '/v1/me?x=1' });
    await expect(http.request({ method: 'GET', path: '/v1/accounts/../../../v1/me' })).rejects.toThrow(
      /not a declared/,
    );
    const slash = new SmokeHttp(FAST).forProvider(spec(), `${server.url}/api/v3/`);
    await slash.request({ method: 'GET', path: '/v1/accounts/A1/info.json' });
    expect(server.requests.map((r) => r.path)).toEqual(['/api/v3/v1/me?x=1', '/api/v3/v1/accounts/A1/info.json']);
  });
});

describe('base URLs', () => {
  it('accepts https anywhere and http only on loopback', () => {
    expect(validateBaseUrl('https://api.example.com/api/v3').pathname).toBe('/api/v3');
    for (const url of ['http://127.0.0.1:1', 'http://127.9.9.9', 'http://localhost:8080', 'http://[::1]:9'])
      expect(() => validateBaseUrl(url)).not.toThrow();
    for (const url of [
      'http://api.example.com',
      'http://10.0.0.1',
      'http://0.0.0.0:80',
      'http://[::ffff:7f00:1]',
      'ftp://127.0.0.1',
      'file:///etc/passwd',
    ]) {
      expect(() => validateBaseUrl(url), url).toThrow(/loopback/);
    }
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('127.0.0.1.example.com')).toBe(false);
  });

  it('refuses credentials, a query or a fragment in the base URL without echoing them', () => {
    for (const url of [
      'https://user:hunter2@api.example.com',
      'https://:hunter2@api.example.com',
      'https://api.example.com/?k=hunter2',
      'https://api.example.com/#hunter2',
    ]) {
      expect(() => new SmokeHttp(FAST).forProvider(spec(), url)).toThrow(/scheme, host and path only/);
      try {
        validateBaseUrl(url);
      } catch (error) {
        expect((error as Error).message).not.toContain('hunter2');
      }
    }
  });
});

describe('redirects', () => {
  it.each([301, 302, 307, 308])('%i is not followed and the other host sees nothing', async (status) => {
    const elsewhere = await fake(ok);
    const server = await fake(() => ({ status, headers: { location: `${elsewhere.url}/v1/me` } }));
    const result = await new SmokeHttp(FAST)
      .forProvider(spec(), server.url)
      .request({ method: 'GET', path: '/v1/me', headers: { authorization: 'Bearer canary' } });
    expect(failure(result)).toMatchObject({ reason: 'redirect', status });
    await sleep(50);
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('faults end within the deadline', () => {
  const settings: HttpSettings = { ...FAST, requestTimeoutMs: 600 };

  it('connection refused (a closed port)', async () => {
    const closed = await startFakeProvider(ok);
    await closed.close();
    const { value, ms } = await timed(() =>
      new SmokeHttp(settings).forProvider(spec(), closed.url).request({ method: 'GET', path: '/v1/me' }),
    );
    expect(failure(value)).toMatchObject({ reason: 'network', message: 'request failed (ECONNREFUSED)' });
    expect(ms).toBeLessThan(600);
  });

  it('connection reset', async () => {
    const server = await fake(() => 'reset');
    const { value, ms } = await timed(() =>
      new SmokeHttp(settings).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' }),
    );
    expect(failure(value)).toMatchObject({ reason: 'network' });
    expect(failure(value).message).toMatch(/ECONNRESET|closed/);
    expect(ms).toBeLessThan(600);
  });

  it('DNS failure, through an injected lookup (no resolver is asked)', async () => {
    const asked: string[] = [];
    const lookup: HttpSettings['lookup'] = (hostname, _options, callback) => {
      asked.push(hostname);
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      process.nextTick(() => (callback as (e: NodeJS.ErrnoException) => void)(error));
    };
    const http = new SmokeHttp({ ...settings, lookup }).forProvider(spec(), 'https://api.keybound-test.invalid/api');
    const { value, ms } = await timed(() => http.request({ method: 'GET', path: '/v1/me' }));
    expect(failure(value)).toEqual({ kind: 'failure', reason: 'network', message: 'request failed (ENOTFOUND)' });
    expect(asked).toEqual(['api.keybound-test.invalid']);
    expect(ms).toBeLessThan(600);
  });

  it('a header stall ends at requestTimeoutMs', async () => {
    const server = await fake(() => 'stall-headers');
    const { value, ms } = await timed(() =>
      new SmokeHttp(settings).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' }),
    );
    expect(failure(value)).toMatchObject({ reason: 'timeout' });
    expect(ms).toBeGreaterThanOrEqual(590);
    expect(ms).toBeLessThan(900);
  });

  it('a body stall ends at requestTimeoutMs (the deadline covers the body)', async () => {
    const server = await fake(() => 'stall-body');
    const { value, ms } = await timed(() =>
      new SmokeHttp(settings).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' }),
    );
    expect(failure(value)).toMatchObject({ reason: 'timeout' });
    expect(ms).toBeGreaterThanOrEqual(590);
    expect(ms).toBeLessThan(900);
  });

  it('a body over maxBodyBytes is too-large', async () => {
    const server = await fake(() => ({ status: 200, body: 'x'.repeat(4096) }));
    const http = new SmokeHttp({ ...settings, maxBodyBytes: 1000 }).forProvider(spec(), server.url);
    expect(failure(await http.request({ method: 'GET', path: '/v1/me' }))).toMatchObject({
      reason: 'too-large',
      status: 200,
    });
    const exact = await fake(() => ({ status: 200, body: 'x'.repeat(1000) }));
    const fits = await new SmokeHttp({ ...settings, maxBodyBytes: 1000 })
      .forProvider(spec(), exact.url)
      .request({ method: 'GET', path: '/v1/me' });
    expect(fits).toMatchObject({ kind: 'response', status: 200 });
  });

  it('a 5xx is a response for the adapter to read', async () => {
    const server = await fake(() => ({ status: 503, body: 'busy' }));
    expect(
      await new SmokeHttp(settings).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' }),
    ).toMatchObject({ kind: 'response', status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('rate limiting', () => {
  it('429 with Retry-After: 1, then 200 → two requests about 1 s apart', async () => {
    const at: number[] = [];
    const server = await fake(() => {
      at.push(performance.now());
      return at.length === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200, body: { ok: true } };
    });
    const { value, ms } = await timed(() =>
      new SmokeHttp(FAST).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' }),
    );
    expect(value).toMatchObject({ kind: 'response', status: 200 });
    expect(server.requests).toHaveLength(2);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(990);
    expect(ms).toBeLessThan(1_500);
  });

  it('a permanent 429 gives up as rate-limited after exactly maxAttempts requests', async () => {
    const server = await fake(() => ({ status: 429, headers: { 'retry-after': '0' } }));
    const smoke = new SmokeHttp({ ...FAST, maxAttempts: 4 });
    const result = await smoke.forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' });
    expect(failure(result)).toMatchObject({ reason: 'rate-limited', status: 429 });
    expect(server.requests).toHaveLength(4);
    expect(smoke.sent.get('synthetic')).toBe(4);
  });

  it('Retry-After: 86400 is not waited: one request, an answer at once', async () => {
    const server = await fake(() => ({ status: 429, headers: { 'retry-after': '86400' } }));
    const { value, ms } = await timed(() =>
      new SmokeHttp(FAST).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' }),
    );
    expect(failure(value)).toMatchObject({ reason: 'rate-limited', status: 429 });
    expect(server.requests).toHaveLength(1);
    expect(ms).toBeLessThan(300);
  });

  it('403 with x-ratelimit-remaining: 0 and x-ratelimit-reset is rate limiting (GitHub)', async () => {
    const server = await fake(() =>
      server.requests.length === 1
        ? {
            status: 403,
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
          }
        : { status: 200, body: {} },
    );
    const result = await new SmokeHttp(FAST).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' });
    expect(result).toMatchObject({ kind: 'response', status: 200 });
    expect(server.requests).toHaveLength(2);

    const later = await fake(() => ({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
    }));
    const limited = await new SmokeHttp(FAST).forProvider(spec(), later.url).request({ method: 'GET', path: '/v1/me' });
    expect(failure(limited)).toMatchObject({ reason: 'rate-limited', status: 403 });
    expect(later.requests).toHaveLength(1);
  });

  it('403 with Retry-After is rate limiting (GitHub secondary limits)', async () => {
    const server = await fake(() => ({
      status: 403,
      headers: { 'retry-after': '60', 'x-ratelimit-remaining': '4999' },
    }));
    const result = await new SmokeHttp(FAST).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' });
    expect(failure(result)).toMatchObject({ reason: 'rate-limited', status: 403 });
  });

  it('a plain 403 is a response (a real denial), sent once', async () => {
    const server = await fake(() => ({
      status: 403,
      headers: { 'x-ratelimit-remaining': '4999' },
      body: { message: 'Forbidden' },
    }));
    const result = await new SmokeHttp(FAST).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' });
    expect(result).toMatchObject({ kind: 'response', status: 403 });
    expect(server.requests).toHaveLength(1);
  });

  it('reads Retry-After as seconds or an HTTP date, else x-ratelimit-reset', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs({ 'retry-after': ' 2 ' }, now)).toBe(2000);
    expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, now)).toBe(5000);
    expect(retryAfterMs({ 'x-ratelimit-reset': String(now / 1000 + 7) }, now)).toBe(7000);
    expect(retryAfterMs({ 'x-ratelimit-reset': String(now / 1000 - 7) }, now)).toBe(0);
    expect(retryAfterMs({}, now)).toBeUndefined();
  });
});

describe('run budget', () => {
  it('nothing is sent once the run deadline has passed', async () => {
    const server = await fake(ok);
    let now = 1_000;
    const smoke = new SmokeHttp({ ...FAST, runBudgetMs: 500 }, () => now);
    const http = smoke.forProvider(spec(), server.url);
    expect(await http.request({ method: 'GET', path: '/v1/me' })).toMatchObject({ kind: 'response' });
    now = 1_500;
    expect(failure(await http.request({ method: 'GET', path: '/v1/me' }))).toMatchObject({ reason: 'budget' });
    expect(server.requests).toHaveLength(1);
  });

  it('a request is cut at the run deadline, and a retry wait that would pass it is not taken', async () => {
    const slow = await fake(() => 'stall-headers');
    const { value, ms } = await timed(() =>
      new SmokeHttp({ ...FAST, requestTimeoutMs: 5_000, runBudgetMs: 400 })
        .forProvider(spec(), slow.url)
        .request({ method: 'GET', path: '/v1/me' }),
    );
    expect(failure(value).reason).toBe('timeout');
    expect(ms).toBeLessThan(700);

    const limited = await fake(() => ({ status: 429, headers: { 'retry-after': '2' } }));
    const second = await timed(() =>
      new SmokeHttp({ ...FAST, runBudgetMs: 1_000 })
        .forProvider(spec(), limited.url)
        .request({ method: 'GET', path: '/v1/me' }),
    );
    expect(failure(second.value).reason).toBe('rate-limited');
    expect(second.ms).toBeLessThan(300);
    expect(limited.requests).toHaveLength(1);
  });
});

describe('concurrency per provider', () => {
  /** A fake that counts requests in flight and holds each for `ms`. */
  async function counting(ms: number) {
    const counter = { now: 0, max: 0 };
    const server = await fake(async () => {
      counter.now++;
      counter.max = Math.max(counter.max, counter.now);
      await sleep(ms);
      counter.now--;
      return { status: 200, body: {} };
    });
    return { server, counter };
  }

  it('never exceeds the limit, also when an adapter chains a second request', async () => {
    const { server, counter } = await counting(30);
    const http = new SmokeHttp({ ...FAST, concurrency: 2 }).forProvider(spec(), server.url);
    // Six "adapters" that each make two requests in a row: a slot freed by one is handed to a waiter,
    // never taken as well by the adapter's next request.
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        await http.request({ method: 'GET', path: `/v1/accounts/A${i}/info.json` });
        await http.request({ method: 'GET', path: '/v1/me' });
      }),
    );
    expect(server.requests).toHaveLength(12);
    expect(counter.max).toBe(2);
  });

  it('two providers in parallel do not share a limit; two clients of one provider do', async () => {
    const a = await counting(80);
    const b = await counting(80);
    const smoke = new SmokeHttp({ ...FAST, concurrency: 2 });
    const [httpA, httpB, httpA2] = [
      smoke.forProvider(spec('alpha'), a.server.url),
      smoke.forProvider(spec('beta'), b.server.url),
      smoke.forProvider(spec('alpha'), a.server.url),
    ];
    const { ms } = await timed(() =>
      Promise.all([
        ...Array.from({ length: 3 }, () => httpA.request({ method: 'GET', path: '/v1/me' })),
        ...Array.from({ length: 3 }, () => httpA2.request({ method: 'GET', path: '/v1/me' })),
        ...Array.from({ length: 6 }, () => httpB.request({ method: 'GET', path: '/v1/me' })),
      ]),
    );
    expect(a.counter.max).toBe(2);
    expect(b.counter.max).toBe(2);
    // Three rounds of 80 ms each, side by side: alpha's queue never waited on beta's.
    expect(ms).toBeLessThan(3 * 80 * 2);
    expect(smoke.sent.get('alpha')).toBe(6);
    expect(smoke.sent.get('beta')).toBe(6);
  });
});

describe('debug log', () => {
  it('has provider, method, host, path and status only: no header, query or body', async () => {
    const canary = 'kbcanary_5f1e0c9a7d3b4e21';
    const server = await fake((request) =>
      request.path.startsWith('/api/v1/me')
        ? { status: 200, body: { echoed: canary } }
        : { status: 429, headers: { 'retry-after': '86400', 'x-echo': canary } },
    );
    const lines: string[] = [];
    const http = new SmokeHttp({ ...FAST, log: (line) => lines.push(line) }).forProvider(spec(), `${server.url}/api`);
    await http.request({
      method: 'GET',
      path: `/v1/me?token=${canary}`,
      headers: { authorization: `Bearer ${canary}`, 'x-api-key': canary },
    });
    await http.request({
      method: 'POST',
      path: '/v1/introspect',
      body: `token=${canary}`,
      headers: { authorization: `Bearer ${canary}` },
    });
    const host = new URL(server.url).host;
    expect(lines).toEqual([
      `synthetic GET ${host}/api/v1/me -> 200`,
      `synthetic POST ${host}/api/v1/introspect -> 429`,
    ]);
    const all = lines.join('\n');
    for (const form of [
      canary,
      encodeURIComponent(canary),
      Buffer.from(canary).toString('base64'),
      'token=',
      '?',
      'Bearer',
    ])
      expect(all).not.toContain(form);
  });
});

describe('TLS is always verified', () => {
  function selfSigned(): { key: string; cert: string } | undefined {
    const dir = mkdtempSync(join(tmpdir(), 'keybound-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
        ],
        { stdio: 'ignore' },
      );
      return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
    } catch {
      return undefined;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pair = selfSigned();

  it.skipIf(pair === undefined)(
    'a self-signed certificate is rejected, even with NODE_TLS_REJECT_UNAUTHORIZED=0 (skipped without openssl)',
    async () => {
      let requests = 0;
      const server = createHttpsServer({ key: pair?.key, cert: pair?.cert }, (_req, res) => {
        requests++;
        res.end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      const warn = process.emitWarning;
      process.emitWarning = () => undefined; // Node warns once when the variable is set
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      try {
        const { value, ms } = await timed(() =>
          new SmokeHttp(FAST)
            .forProvider(spec(), url)
            .request({ method: 'GET', path: '/v1/me', headers: { authorization: 'Bearer canary' } }),
        );
        expect(failure(value)).toMatchObject({ reason: 'network' });
        expect(failure(value).message).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
        expect(requests).toBe(0);
        expect(ms).toBeLessThan(FAST.requestTimeoutMs);
      } finally {
        if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
        else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
        process.emitWarning = warn;
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  );
});

// Mutants that survived the focused mutation run of issue 14, each killed here: a check that no other
// test reached, and a change that would have gone unnoticed.
describe('guards no other test reaches (issue 14 survivors)', () => {
  it("the origin check: `/\\evil.example/v1/me` passes the path checks, and is stopped as leaving the provider's host", async () => {
    const server = await fake(ok);
    const smoke = new SmokeHttp(FAST);
    const http = smoke.forProvider(spec(), server.url);
    // URL parsing reads the backslash as a slash: the request would be http://evil.example/v1/me, whose path
    // is a declared endpoint, so only the origin check stands between it and another host.
    expect(new URL('/\\evil.example/v1/me', server.url).host).toBe('evil.example');
    await expect(http.request({ method: 'GET', path: '/\\evil.example/v1/me' })).rejects.toThrow(
      "synthetic: GET request left its provider's host",
    );
    expect(server.requests).toEqual([]);
    expect(smoke.sent.get('synthetic')).toBeUndefined();
  });

  it("a path that climbs out of the base URL's own path (/api/v3/../x) is refused, even where the rest is declared", async () => {
    const server = await fake(ok);
    const http = new SmokeHttp(FAST).forProvider(spec(), `${server.url}/api/v3`);
    // `/api/v3/../../abcdef/v1/me` is `/abcdef/v1/me` on the same host: outside /api/v3, yet its last
    // characters after the prefix's length read `/v1/me`, a declared path.
    await expect(http.request({ method: 'GET', path: '/../../abcdef/v1/me' })).rejects.toThrow(
      'synthetic: GET /abcdef/v1/me is not a declared read-only endpoint',
    );
    await expect(http.request({ method: 'GET', path: '/../x' })).rejects.toThrow(/\/api\/x is not a declared/);
    expect(server.requests).toEqual([]);
  });

  it('released slots are given back: a third request in a row to one provider is sent at once (wall time)', async () => {
    const server = await fake(ok);
    const http = new SmokeHttp({ ...FAST, concurrency: 2 }).forProvider(spec(), server.url);
    const deadline = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), FAST.requestTimeoutMs));
    const { value, ms } = await timed(() =>
      Promise.race([
        (async () => {
          for (let i = 0; i < 4; i++) await http.request({ method: 'GET', path: '/v1/me' });
          return 'done' as const;
        })(),
        deadline,
      ]),
    );
    expect(value).toBe('done');
    expect(server.requests).toHaveLength(4);
    expect(ms).toBeLessThan(FAST.requestTimeoutMs);
  });

  it.each([
    ['401 with x-ratelimit-remaining: 0 and Retry-After', 401, { 'x-ratelimit-remaining': '0', 'retry-after': '1' }],
    ['401 with Retry-After', 401, { 'retry-after': '1' }],
    ['404 with x-ratelimit-remaining: 0', 404, { 'x-ratelimit-remaining': '0' }],
  ])('%s is an answer, not rate limiting: sent once, handed to the adapter', async (_what, status, headers) => {
    const server = await fake(() => ({ status, headers, body: { message: 'Bad credentials' } }));
    const { value, ms } = await timed(() =>
      new SmokeHttp(FAST).forProvider(spec(), server.url).request({ method: 'GET', path: '/v1/me' }),
    );
    expect(value).toMatchObject({ kind: 'response', status });
    expect(server.requests).toHaveLength(1);
    expect(ms).toBeLessThan(500);
  });

  it('a 429 the request marks final is handed over at once, never retried; another 429 still is', async () => {
    const server = await fake((request) => ({
      status: 429,
      headers: { 'retry-after': '0' },
      body: { error: request.path === '/v1/me' ? 'insufficient_quota' : 'slow down' },
    }));
    const http = new SmokeHttp(FAST).forProvider(spec(), server.url);
    const final = (answer: { body: string }) => answer.body.includes('insufficient_quota');
    const read = await http.request({ method: 'GET', path: '/v1/me', final });
    expect(read).toMatchObject({ kind: 'response', status: 429, body: '{"error":"insufficient_quota"}' });
    expect(server.requests).toHaveLength(1);
    const retried = await http.request({ method: 'GET', path: '/v1/accounts/A1/info.json', final });
    expect(failure(retried)).toMatchObject({ reason: 'rate-limited', status: 429 });
    expect(server.requests).toHaveLength(1 + FAST.maxAttempts);
  });
});

// Mutants that survived the first focused mutation run of the HTTP client (issue 14 item 8), each killed
// here by an exact expectation: a boundary, a message, a header or a log line nobody had pinned.
describe('exact answers (issue 14 item 8 survivors)', () => {
  /** A plain node:http server on 127.0.0.1, for answers the fake provider cannot give. */
  const raws: Server[] = [];
  async function raw(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => handler(req, res));
    });
    raws.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  afterEach(async () => {
    for (const server of raws.splice(0)) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
  const get = (url: string, settings: HttpSettings = FAST, clock?: () => number) =>
    new SmokeHttp(settings, clock).forProvider(spec(), url).request({ method: 'GET', path: '/v1/me' });

  it.each([
    ['localhost', 'localhost', true],
    ['[::1] (as URL.hostname gives it)', '[::1]', true],
    ['::1 (bare)', '::1', true],
    ['127.0.0.1', '127.0.0.1', true],
    ['127.x.y.z with several digits in every part', '127.10.200.30', true],
    ['127.0.0.10', '127.0.0.10', true],
    ['127.0.10.1', '127.0.10.1', true],
    ['127.1.0.1', '127.1.0.1', true],
    ['a name that starts with 127.0.0.1', '127.0.0.1.evil.example', false],
    ['a name that ends with 127.0.0.1', 'a127.0.0.1', false],
    ['127.0.0.1 and a letter', '127.0.0.1x', false],
    ['three parts', '127.0.1', false],
    ['128.0.0.1', '128.0.0.1', false],
    ['the empty name', '', false],
    ['::', '::', false],
  ] as const)('isLoopback(%s)', (_what, hostname, loopback) => {
    expect(isLoopback(hostname)).toBe(loopback);
  });

  it.each([
    ['http://a127.0.0.1.example', 'a127.0.0.1.example'],
    ['http://127.0.0.1.evil.example:8080', '127.0.0.1.evil.example:8080'],
    ['http://127.0.0.1x', '127.0.0.1x'],
  ])('a plain http base URL %s is refused, naming its origin', (url, host) => {
    expect(() => validateBaseUrl(url)).toThrow(
      new Error(`plain http is accepted only for loopback addresses: http://${host}`),
    );
  });

  it.each([
    ['299 is an answer', 299, undefined],
    ['300 is a redirect', 300, 'HTTP 300 redirect, not followed'],
    ['301 is a redirect', 301, 'HTTP 301 redirect, not followed'],
    ['399 is a redirect', 399, 'HTTP 399 redirect, not followed'],
    ['400 is an answer', 400, undefined],
  ])('%s', async (_what, status, message) => {
    const server = await fake(() => ({ status, headers: { location: 'http://127.0.0.1:1/v1/me' }, body: 'b' }));
    const result = await get(server.url);
    if (message === undefined) expect(result).toMatchObject({ kind: 'response', status, body: 'b' });
    else expect(result).toEqual({ kind: 'failure', reason: 'redirect', status, message });
    expect(server.requests).toHaveLength(1);
  });

  it('the failure messages are exact: too large, timeout, run budget', async () => {
    const big = await fake(() => ({ status: 200, body: 'x'.repeat(2000) }));
    expect(await get(big.url, { ...FAST, maxBodyBytes: 1000 })).toEqual({
      kind: 'failure',
      reason: 'too-large',
      status: 200,
      message: 'response body too large',
    });
    const stall = await fake(() => 'stall-headers');
    expect(await get(stall.url, { ...FAST, requestTimeoutMs: 200 })).toEqual({
      kind: 'failure',
      reason: 'timeout',
      message: 'no complete answer within 200 ms',
    });
    const server = await fake(ok);
    expect(await get(server.url, { ...FAST, runBudgetMs: 0 }, () => 5)).toEqual({
      kind: 'failure',
      reason: 'budget',
      message: 'the run deadline for smoke calls passed',
    });
    expect(server.requests).toEqual([]);
  });

  it('a 429 whose body is too large is a too-large failure, never retried', async () => {
    const server = await fake(() => ({ status: 429, headers: { 'retry-after': '0' }, body: 'x'.repeat(2000) }));
    expect(await get(server.url, { ...FAST, maxBodyBytes: 1000 })).toEqual({
      kind: 'failure',
      reason: 'too-large',
      status: 429,
      message: 'response body too large',
    });
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['a connection reset mid-body', (res: ServerResponse) => res.socket?.destroy()],
    ['a connection closed (FIN) mid-body', (res: ServerResponse) => res.socket?.end()],
  ])('%s is a network failure naming the code, not a short body', async (_what, cut) => {
    const url = await raw((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"login":"half', () => setTimeout(() => cut(res), 20));
    });
    expect(await get(url)).toEqual({
      kind: 'failure',
      reason: 'network',
      message: 'response interrupted (ECONNRESET)',
    });
  });

  it('response headers are lower-cased, and repeated ones joined with ", "', async () => {
    const url = await raw((_req, res) => {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('X-Request-Id', 'r1');
      res.setHeader('Date', 'Thu, 01 Jan 2026 00:00:00 GMT');
      res.end('{}');
    });
    expect(await get(url)).toEqual({
      kind: 'response',
      status: 200,
      headers: {
        'set-cookie': 'a=1, b=2',
        'x-request-id': 'r1',
        date: 'Thu, 01 Jan 2026 00:00:00 GMT',
        connection: 'close',
        'content-length': '2',
      },
      body: '{}',
    });
  });

  it.each([
    ['a GET has no body and no content-length', 'GET', '/v1/me', undefined, {}],
    ['a POST body is counted in bytes (é is 2)', 'POST', '/v1/introspect', 'token=é', { 'content-length': '8' }],
    ['an empty POST body', 'POST', '/v1/introspect', '', { 'content-length': '0' }],
  ] as const)('request headers are exact: %s', async (_what, method, path, body, extra) => {
    const server = await fake(ok);
    const http = new SmokeHttp(FAST).forProvider(spec(), server.url);
    await http.request({ method, path, body, headers: { authorization: 'Bearer t' } });
    const host = new URL(server.url).host;
    expect(server.requests.map((r) => [r.headers, r.body])).toEqual([
      [{ authorization: 'Bearer t', host, connection: 'close', ...extra }, body ?? ''],
    ]);
  });

  it('the rate-limited failure names the status; a 403 without rate-limit headers is an answer', async () => {
    const limited = await fake(() => ({ status: 429, headers: { 'retry-after': '86400' } }));
    expect(await get(limited.url)).toEqual({
      kind: 'failure',
      reason: 'rate-limited',
      status: 429,
      message: 'rate-limited (HTTP 429)',
    });
    const denied = await fake(() => ({ status: 403, body: { message: 'Forbidden' } }));
    expect(await get(denied.url)).toMatchObject({ kind: 'response', status: 403, body: '{"message":"Forbidden"}' });
    expect(denied.requests).toHaveLength(1);
  });

  it('without Retry-After the waits are 1 s then 2 s: a wait equal to maxRetryWaitMs is taken, a longer one is not', async () => {
    const server = await fake(() => ({ status: 429 }));
    const lines: string[] = [];
    const result = await get(server.url, { ...FAST, maxAttempts: 5, maxRetryWaitMs: 1_000, log: (l) => lines.push(l) });
    expect(failure(result)).toMatchObject({ reason: 'rate-limited', status: 429 });
    expect(server.requests).toHaveLength(2);
    const host = new URL(server.url).host;
    expect(lines).toEqual([`synthetic GET ${host}/v1/me -> 429`, `synthetic GET ${host}/v1/me -> 429`]);
  });

  it('a Retry-After just over maxRetryWaitMs is not waited', async () => {
    const server = await fake(() => ({ status: 429, headers: { 'retry-after': '1' } }));
    expect(failure(await get(server.url, { ...FAST, maxRetryWaitMs: 999 }))).toMatchObject({ reason: 'rate-limited' });
    expect(server.requests).toHaveLength(1);
  });

  it('a wait equal to the time left before the run deadline is not taken (frozen clock)', async () => {
    const server = await fake(() => ({ status: 429, headers: { 'retry-after': '1' } }));
    const result = await get(server.url, { ...FAST, runBudgetMs: 1_000 }, () => 50_000);
    expect(failure(result)).toMatchObject({ reason: 'rate-limited', status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  it('the log line of a request that got no answer ends with the failure reason', async () => {
    const closed = await startFakeProvider(ok);
    await closed.close();
    const lines: string[] = [];
    await get(closed.url, { ...FAST, log: (l) => lines.push(l) });
    expect(lines).toEqual([`synthetic GET ${new URL(closed.url).host}/v1/me -> network`]);
  });

  const now = Date.parse('2026-01-01T00:00:00Z');
  const epoch = (seconds: number) => String(now / 1000 + seconds);
  it.each([
    ['Retry-After seconds', { 'retry-after': '12' }, 12_000],
    ['Retry-After 0', { 'retry-after': '0' }, 0],
    ['Retry-After seconds with spaces', { 'retry-after': ' 2 ' }, 2_000],
    ['Retry-After as an HTTP date', { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, 5_000],
    ['Retry-After as a past HTTP date', { 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    ['Retry-After with a letter after the digits', { 'retry-after': '5x' }, undefined],
    ['Retry-After with a letter before the digits', { 'retry-after': 'x5' }, undefined],
    ['Retry-After that is neither', { 'retry-after': 'soon' }, undefined],
    [
      'an unreadable Retry-After falls back to x-ratelimit-reset',
      { 'retry-after': 'soon', 'x-ratelimit-reset': epoch(7) },
      7_000,
    ],
    ['x-ratelimit-reset (GitHub, epoch seconds)', { 'x-ratelimit-reset': epoch(7) }, 7_000],
    ['x-rate-limit-reset (Okta, epoch seconds)', { 'x-rate-limit-reset': epoch(9) }, 9_000],
    [
      'x-ratelimit-reset before x-rate-limit-reset',
      { 'x-ratelimit-reset': epoch(7), 'x-rate-limit-reset': epoch(9) },
      7_000,
    ],
    ['a reset in the past', { 'x-ratelimit-reset': epoch(-7) }, 0],
    ['a reset with a letter after the digits', { 'x-ratelimit-reset': `${epoch(7)}x` }, undefined],
    ['a reset with a letter before the digits', { 'x-ratelimit-reset': `x${epoch(7)}` }, undefined],
    ['a reset with a fraction', { 'x-ratelimit-reset': `${epoch(7)}.5` }, undefined],
    ['an empty reset', { 'x-ratelimit-reset': '' }, undefined],
    ['an Okta reset that is not digits', { 'x-rate-limit-reset': 'soon' }, undefined],
    ['no header', {}, undefined],
  ])('retryAfterMs: %s', (_what, headers: Record<string, string>, ms) => {
    expect(retryAfterMs(headers, now)).toBe(ms);
  });
});
