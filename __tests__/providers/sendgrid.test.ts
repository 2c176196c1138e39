// The SendGrid adapter against a local fake API: GET /v3/scopes then GET /v3/user/username, keys
// with and without user read scopes, the documented errors, faults and hostile bodies (SECURITY.md
// cases 4, 9, 13, 16, 17).

import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { detectFormat } from '../../src/providers/index.js';
import { sendgrid } from '../../src/providers/sendgrid.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, startFakeProvider, type FakeBehaviour, type FakeProvider } from '../helpers/fake-provider.js';

// NOTE: a fake key, built from parts so that secret scanners do not flag it.
const KEY =
  'S' +
  'G.' +
  'mQ4r' +
  'T8wZ-k2' +
  'Lp6Xn9' +
  'Bv3cH' +
  '.' +
  'Yd7Fg' +
  '2Hj5Kl8' +
  'Mn1Pq4Rs' +
  '6Tu9Vw' +
  '3Xy0Za' +
  '5Bc8De' +
  '_Fg1';

const NOW = new Date('2026-03-01T00:00:00Z');
const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };
const SCOPES = json(200, { scopes: ['mail.send', 'user.username.read', 'alerts.read'] });
const USER = json(200, { username: 'acme-mailer', user_id: 4711 });
const REVOKED = json(401, {
  errors: [{ field: null, message: 'The provided authorization grant is invalid, expired, or revoked' }],
});
const FORBIDDEN = json(403, { errors: [{ field: null, message: 'access forbidden' }] });

type Fact = Identity['facts'][number];
const SCOPES_FACT: Fact = {
  fact: 'scopes',
  value: ['mail.send', 'user.username.read', 'alerts.read'],
  detail: 'SendGrid GET /v3/scopes',
};
const SERVICE: Fact = {
  fact: 'principalKind',
  value: 'service',
  detail: 'a SendGrid API key (account-level, not a login)',
};
const PRINCIPAL: Fact = { fact: 'principal', value: 'acme-mailer', detail: 'SendGrid GET /v3/user/username username' };

function credential(): Credential {
  const match = detectFormat(KEY, 'SENDGRID_API_KEY');
  if (match?.provider.id !== 'sendgrid') throw new Error('test key is not a SendGrid key');
  return { name: 'SENDGRID_API_KEY', value: new SecretValue(KEY, 'test'), companions: {}, format: match.format };
}

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

interface Routes {
  scopes: FakeBehaviour[];
  username?: FakeBehaviour[];
}

/** A fake SendGrid: each path answers its list in turn, the last answer repeating. */
async function fake(routes: Routes): Promise<FakeProvider> {
  const seen = new Map<string, number>();
  const server = await startFakeProvider((request) => {
    const path = request.path.split('?')[0];
    const list = path === '/v3/scopes' ? routes.scopes : path === '/v3/user/username' ? routes.username : undefined;
    if (!list) return { status: 404 };
    const index = seen.get(path) ?? 0;
    seen.set(path, index + 1);
    return list[Math.min(index, list.length - 1)];
  });
  servers.push(server);
  return server;
}

async function run(routes: Routes): Promise<{ identity: Identity; server: FakeProvider; ms: number }> {
  const server = await fake(routes);
  const started = Date.now();
  const http = new SmokeHttp(SETTINGS).forProvider(sendgrid, server.url);
  const identity = await sendgrid.identify!(credential(), { http, now: NOW });
  const ms = Date.now() - started;
  const declared = sendgrid.endpoints.map((e) => `${e.method} ${e.path}`);
  server.requests.forEach((request, i) => {
    expect(request.method).toBe('GET');
    expect(declared).toContain(`${request.method} ${request.path}`);
    if (i === 0) expect(request.path).toBe('/v3/scopes');
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request.body).toBe('');
  });
  const text = JSON.stringify(identity);
  for (const form of secretForms(KEY)) expect(text).not.toContain(form);
  return { identity, server, ms };
}

interface Case {
  name: string;
  routes: Routes;
  status: Identity['status'];
  reason: string;
  message?: RegExp;
  principal?: Identity['principal'];
  facts?: Identity['facts'];
  paths: string[];
}

const BOTH = ['/v3/scopes', '/v3/user/username'];
const SCOPES_ONLY = ['/v3/scopes'];

const CASES: Case[] = [
  {
    name: 'full key: scopes and the username',
    routes: { scopes: [SCOPES], username: [USER] },
    status: 'verified',
    reason: 'ok',
    principal: { username: 'acme-mailer', user_id: 4711 },
    facts: [PRINCIPAL, SCOPES_FACT, SERVICE],
    paths: BOTH,
  },
  {
    name: 'restricted key: 403 on the username is accepted with scopes only',
    routes: { scopes: [json(200, { scopes: ['mail.send'] })], username: [FORBIDDEN] },
    status: 'verified',
    reason: 'ok',
    message: /may not read the username/,
    facts: [{ ...SCOPES_FACT, value: ['mail.send'] }, SERVICE],
    paths: BOTH,
  },
  {
    name: '401 on scopes: invalid (revoked), nothing more asked',
    routes: { scopes: [REVOKED], username: [USER] },
    status: 'invalid',
    reason: 'revoked',
    paths: SCOPES_ONLY,
  },
  {
    name: 'case 9: 401 whose body echoes the key: invalid, the key nowhere',
    routes: { scopes: [json(401, { error: `Invalid key ${KEY}` })] },
    status: 'invalid',
    reason: 'revoked',
    paths: SCOPES_ONLY,
  },
  {
    name: '401 on the username after accepted scopes: invalid (revoked)',
    routes: { scopes: [SCOPES], username: [REVOKED] },
    status: 'invalid',
    reason: 'revoked',
    paths: BOTH,
  },
  {
    name: 'username call fails (500): unknown, the principal is not known',
    routes: { scopes: [SCOPES], username: [json(500, {})] },
    status: 'unknown',
    reason: 'server-error',
    paths: BOTH,
  },
  {
    name: 'username answers HTML: unknown',
    routes: { scopes: [SCOPES], username: [html(200)] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: BOTH,
  },
  {
    name: '401 HTML',
    routes: { scopes: [html(401)] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: SCOPES_ONLY,
  },
  {
    name: '403 on scopes (needs none)',
    routes: { scopes: [FORBIDDEN] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: SCOPES_ONLY,
  },
  { name: '500', routes: { scopes: [json(500, {})] }, status: 'unknown', reason: 'server-error', paths: SCOPES_ONLY },
  { name: '502 HTML', routes: { scopes: [html(502)] }, status: 'unknown', reason: 'server-error', paths: SCOPES_ONLY },
  { name: '503', routes: { scopes: [{ status: 503 }] }, status: 'unknown', reason: 'server-error', paths: SCOPES_ONLY },
  {
    name: 'case 13: 200 HTML page',
    routes: { scopes: [html(200)] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: SCOPES_ONLY,
  },
  {
    name: 'case 13: 200 JSON without a scopes list',
    routes: { scopes: [json(200, { scopes: 'mail.send' })] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: SCOPES_ONLY,
  },
  {
    name: 'case 13: 200 scopes with non-strings',
    routes: { scopes: [json(200, { scopes: ['mail.send', 7] })] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: SCOPES_ONLY,
  },
  {
    name: 'case 16: 429 then an answer: retried once',
    routes: { scopes: [json(429, {}, { 'retry-after': '1' }), SCOPES], username: [USER] },
    status: 'verified',
    reason: 'ok',
    paths: ['/v3/scopes', '/v3/scopes', '/v3/user/username'],
  },
  {
    name: 'case 16: Retry-After: 86400 is capped: unknown at once',
    routes: { scopes: [json(429, {}, { 'retry-after': '86400' })] },
    status: 'unknown',
    reason: 'rate-limited',
    paths: SCOPES_ONLY,
  },
  {
    name: 'header stall',
    routes: { scopes: ['stall-headers'] },
    status: 'unknown',
    reason: 'timeout',
    paths: SCOPES_ONLY,
  },
  { name: 'body stall', routes: { scopes: ['stall-body'] }, status: 'unknown', reason: 'timeout', paths: SCOPES_ONLY },
  {
    name: 'stall on the username call',
    routes: { scopes: [SCOPES], username: ['stall-headers'] },
    status: 'unknown',
    reason: 'timeout',
    paths: BOTH,
  },
  { name: 'connection reset', routes: { scopes: ['reset'] }, status: 'unknown', reason: 'network', paths: SCOPES_ONLY },
];

describe('sendgrid identify', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { identity, server, ms } = await run(c.routes);
      expect(identity).toMatchObject({ status: c.status, reason: c.reason });
      if (c.principal) expect(identity.principal).toEqual(c.principal);
      if (c.facts) expect(identity.facts).toEqual(c.facts);
      if (c.status !== 'verified') expect(identity.facts).toEqual([]);
      if (c.message) expect(identity.message).toMatch(c.message);
      if (c.status !== 'verified') expect(identity.message).toBeTruthy();
      expect(server.requests.map((r) => r.path)).toEqual(c.paths);
      expect(ms).toBeLessThan(2500);
    });
  }

  it('case 4: a redirect is not followed; the other host sees nothing', async () => {
    const elsewhere = await fake({ scopes: [SCOPES], username: [USER] });
    const { identity, server } = await run({
      scopes: [{ status: 307, headers: { location: `${elsewhere.url}/v3/scopes` } }],
    });
    expect(identity).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('case 9: a username or scope that echoes the key is redacted', async () => {
    const { identity } = await run({
      scopes: [json(200, { scopes: ['mail.send', KEY] })],
      username: [json(200, { username: `u-${KEY}`, user_id: 1 })],
    });
    expect(identity.status).toBe('verified');
    expect(identity.principal?.username).toBe('u-[redacted]');
    expect(identity.facts.find((f) => f.fact === 'scopes')?.value).toEqual(['mail.send', '[redacted]']);
  });
});
