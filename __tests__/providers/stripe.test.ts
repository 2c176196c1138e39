// The Stripe adapter against a local fake API: GET /v1/account then GET /v1/balance, secret and
// restricted keys, the documented errors, faults and hostile bodies (SECURITY.md cases 4, 9, 13, 16,
// 17), and a test key declared as the live account's, through smokeKeys, as a mismatch.

import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import type { Key } from '../../src/core/types.js';
import { observeValue, selectFacts } from '../../src/keys/facts.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { detectFormat } from '../../src/providers/index.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import { stripe } from '../../src/providers/stripe.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, startFakeProvider, type FakeBehaviour, type FakeProvider } from '../helpers/fake-provider.js';

// NOTE: fake keys, built from parts so that secret scanners do not flag them.
const BODY = '51Qz' + 'T7' + 'kPw3' + 'Rm9Xv' + 'B2nL' + 'c6Yh' + 'D4sG' + '8jUa';
const KEYS = {
  live: 'sk' + '_live_' + BODY,
  test: 'sk' + '_test_' + BODY.split('').reverse().join(''),
  restricted: 'rk' + '_live_' + BODY.toLowerCase(),
  publishable: 'pk' + '_live_' + BODY.toUpperCase(),
} as const;
type Kind = keyof typeof KEYS;

const LIVE_ACCOUNT = 'acct_1Live' + 'Q8mZ3kR7';
const OTHER_ACCOUNT = 'acct_1Test' + 'W2pN5tJ4';
const NOW = new Date('2026-03-01T00:00:00Z');
const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };
const ACCOUNT = {
  id: LIVE_ACCOUNT,
  object: 'account',
  type: 'standard',
  country: 'US',
  email: 'billing@acme.test',
  business_type: 'company',
  business_profile: { name: 'Acme Corp' },
  charges_enabled: true,
  payouts_enabled: true,
};
const BALANCE = (livemode: boolean) => json(200, { object: 'balance', livemode, available: [], pending: [] });
/** Stripe's real 403 for a restricted key: error.type is invalid_request_error (stripe/stripe-node#2246). */
const PERMISSION = (message: string) =>
  json(403, { error: { type: 'invalid_request_error', message } }, { 'request-id': 'req_' + 'a1B2c3' });

type Fact = Identity['facts'][number];
const SERVICE: Fact = {
  fact: 'principalKind',
  value: 'service',
  detail: 'Stripe keys belong to an account, not to a person',
};
const accountFacts = (id: string, detail = 'Stripe GET /v1/account id'): Fact[] => [
  { fact: 'principal', value: id, detail },
  { fact: 'account', value: id, detail },
  SERVICE,
];
const mode = (value: 'live' | 'test'): Fact => ({
  fact: 'keyEnvironment',
  value,
  detail: 'Stripe GET /v1/balance livemode',
});

function credential(kind: Kind): Credential {
  const value = KEYS[kind];
  const match = detectFormat(value, 'STRIPE_SECRET_KEY');
  if (match?.provider.id !== 'stripe') throw new Error(`test key ${kind} is not a Stripe key`);
  return { name: 'STRIPE_SECRET_KEY', value: new SecretValue(value, 'test'), companions: {}, format: match.format };
}

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

interface Routes {
  account: FakeBehaviour[];
  balance?: FakeBehaviour[];
}

/** A fake Stripe: each path answers its list in turn, the last answer repeating. */
async function fake(routes: Routes): Promise<FakeProvider> {
  const seen = new Map<string, number>();
  const server = await startFakeProvider((request) => {
    const path = request.path.split('?')[0];
    const list = path === '/v1/account' ? routes.account : path === '/v1/balance' ? routes.balance : undefined;
    if (!list) return { status: 404 };
    const index = seen.get(path) ?? 0;
    seen.set(path, index + 1);
    return list[Math.min(index, list.length - 1)];
  });
  servers.push(server);
  return server;
}

async function run(kind: Kind, routes: Routes): Promise<{ identity: Identity; server: FakeProvider; ms: number }> {
  const server = await fake(routes);
  const started = Date.now();
  const http = new SmokeHttp(SETTINGS).forProvider(stripe, server.url);
  const identity = await stripe.identify!(credential(kind), { http, now: NOW });
  const ms = Date.now() - started;
  expectRequests(server, kind);
  expectNoKey(identity, kind);
  return { identity, server, ms };
}

/** Every request: a declared GET, account first, Bearer key, no body. */
function expectRequests(server: FakeProvider, kind: Kind): void {
  const declared = stripe.endpoints.map((e) => `${e.method} ${e.path}`);
  server.requests.forEach((request, i) => {
    expect(request.method).toBe('GET');
    expect(declared).toContain(`${request.method} ${request.path}`);
    if (i === 0) expect(request.path).toBe('/v1/account');
    expect(request.headers.authorization).toBe(`Bearer ${KEYS[kind]}`);
    expect(request.body).toBe('');
  });
}

function expectNoKey(identity: Identity, kind: Kind): void {
  const text = JSON.stringify(identity);
  for (const form of secretForms(KEYS[kind])) expect(text).not.toContain(form);
}

interface Case {
  name: string;
  kind?: Kind;
  routes: Routes;
  status: Identity['status'];
  reason: string;
  message?: string | RegExp;
  principal?: Identity['principal'];
  facts?: Identity['facts'];
  /** Paths requested, in order. */
  paths: string[];
}

const BOTH = ['/v1/account', '/v1/balance'];
const ACCOUNT_ONLY = ['/v1/account'];

const CASES: Case[] = [
  {
    name: 'live secret key: the account, and livemode true from the balance',
    kind: 'live',
    routes: { account: [json(200, ACCOUNT)], balance: [BALANCE(true)] },
    status: 'verified',
    reason: 'ok',
    principal: {
      id: LIVE_ACCOUNT,
      type: 'standard',
      country: 'US',
      business_type: 'company',
      business_name: 'Acme Corp',
      charges_enabled: true,
      payouts_enabled: true,
      livemode: true,
    },
    facts: [...accountFacts(LIVE_ACCOUNT), mode('live')],
    paths: BOTH,
  },
  {
    name: 'test secret key: livemode false is a test-mode fact',
    kind: 'test',
    routes: { account: [json(200, ACCOUNT)], balance: [BALANCE(false)] },
    status: 'verified',
    reason: 'ok',
    facts: [...accountFacts(LIVE_ACCOUNT), mode('test')],
    paths: BOTH,
  },
  {
    name: 'restricted key: 403 "does not have the required permissions" on the account is still accepted; the account from the message',
    kind: 'restricted',
    routes: {
      account: [
        PERMISSION(
          `The provided key 'rk_live_***' does not have the required permissions for this endpoint on account '${LIVE_ACCOUNT}'.`,
        ),
      ],
      balance: [BALANCE(true)],
    },
    status: 'verified',
    reason: 'ok',
    message: /restricted key.*permission error/,
    principal: { id: LIVE_ACCOUNT, livemode: true },
    facts: [...accountFacts(LIVE_ACCOUNT, 'Stripe 403 on GET /v1/account names the account'), mode('live')],
    paths: BOTH,
  },
  {
    name: 'restricted key: 403 everywhere, no account named: accepted with what is known',
    kind: 'restricted',
    routes: {
      account: [PERMISSION('The provided key does not have the required permissions.')],
      balance: [PERMISSION('no')],
    },
    status: 'verified',
    reason: 'ok',
    message: /which account it belongs to is unknown.*HTTP 403/,
    facts: [SERVICE],
    paths: BOTH,
  },
  {
    name: 'balance unavailable (500): accepted, the prefix gives the mode',
    kind: 'live',
    routes: { account: [json(200, ACCOUNT)], balance: [json(500, {})] },
    status: 'verified',
    reason: 'ok',
    message: /livemode could not be read.*HTTP 500/,
    facts: accountFacts(LIVE_ACCOUNT),
    paths: BOTH,
  },
  {
    name: 'balance stalls: accepted within the deadline, no mode fact',
    kind: 'live',
    routes: { account: [json(200, ACCOUNT)], balance: ['stall-headers'] },
    status: 'verified',
    reason: 'ok',
    message: /timeout/,
    facts: accountFacts(LIVE_ACCOUNT),
    paths: BOTH,
  },
  {
    name: '401 invalid_request_error: invalid (revoked)',
    routes: {
      account: [
        json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_live_****3kR7' } }),
      ],
    },
    status: 'invalid',
    reason: 'revoked',
    paths: ACCOUNT_ONLY,
  },
  {
    name: '401 api_key_expired: invalid (expired)',
    routes: {
      account: [
        json(401, { error: { type: 'invalid_request_error', code: 'api_key_expired', message: 'Expired API Key' } }),
      ],
    },
    status: 'invalid',
    reason: 'expired',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'case 9: 401 whose body echoes the key: invalid, the key nowhere',
    routes: { account: [json(401, { error: `Invalid key ${KEYS.live}` })] },
    status: 'invalid',
    reason: 'revoked',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'case 9: 401 whose error code echoes the key: not repeated',
    routes: { account: [json(401, { error: { code: KEYS.live, message: KEYS.live } })] },
    status: 'invalid',
    reason: 'revoked',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'publishable key: not sent',
    kind: 'publishable',
    routes: { account: [json(200, ACCOUNT)] },
    status: 'skipped',
    reason: 'unsupported',
    paths: [],
  },
  {
    name: '401 HTML',
    routes: { account: [html(401)] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: ACCOUNT_ONLY,
  },
  {
    name: '403 HTML from a WAF',
    routes: { account: [html(403)] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: ACCOUNT_ONLY,
  },
  {
    name: '403 JSON that does not say the key lacks permissions',
    routes: { account: [json(403, { error: { type: 'invalid_request_error', message: 'Forbidden.' } })] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: ACCOUNT_ONLY,
  },
  {
    name: '404',
    routes: { account: [json(404, {})] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: ACCOUNT_ONLY,
  },
  { name: '500', routes: { account: [json(500, {})] }, status: 'unknown', reason: 'server-error', paths: ACCOUNT_ONLY },
  {
    name: '502 HTML',
    routes: { account: [html(502)] },
    status: 'unknown',
    reason: 'server-error',
    paths: ACCOUNT_ONLY,
  },
  {
    name: '503',
    routes: { account: [{ status: 503 }] },
    status: 'unknown',
    reason: 'server-error',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'case 13: 200 HTML page',
    routes: { account: [html(200)] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'case 13: 200 JSON without an acct_ id',
    routes: { account: [json(200, { id: 'cus_' + 'Q1w2E3' })] },
    status: 'unknown',
    reason: 'unexpected-response',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'case 16: 429 then an answer: retried once',
    routes: {
      account: [json(429, { error: { type: 'rate_limit' } }, { 'retry-after': '1' }), json(200, ACCOUNT)],
      balance: [BALANCE(true)],
    },
    status: 'verified',
    reason: 'ok',
    paths: ['/v1/account', '/v1/account', '/v1/balance'],
  },
  {
    name: 'case 16: Retry-After: 86400 is capped: unknown at once',
    routes: { account: [json(429, { error: { type: 'rate_limit' } }, { 'retry-after': '86400' })] },
    status: 'unknown',
    reason: 'rate-limited',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'header stall',
    routes: { account: ['stall-headers'] },
    status: 'unknown',
    reason: 'timeout',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'body stall',
    routes: { account: ['stall-body'] },
    status: 'unknown',
    reason: 'timeout',
    paths: ACCOUNT_ONLY,
  },
  {
    name: 'connection reset',
    routes: { account: ['reset'] },
    status: 'unknown',
    reason: 'network',
    paths: ACCOUNT_ONLY,
  },
];

describe('stripe identify', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { identity, server, ms } = await run(c.kind ?? 'live', c.routes);
      expect(identity).toMatchObject({ status: c.status, reason: c.reason });
      if (c.principal) expect(identity.principal).toEqual(c.principal);
      if (c.facts) expect(identity.facts).toEqual(c.facts);
      if (c.status !== 'verified') expect(identity.facts).toEqual([]);
      if (c.message instanceof RegExp) expect(identity.message).toMatch(c.message);
      if (c.status !== 'verified') expect(identity.message).toBeTruthy();
      expect(server.requests.map((r) => r.path)).toEqual(c.paths);
      expect(ms).toBeLessThan(2500);
    });
  }

  it('case 4: a redirect is not followed; the other host sees nothing', async () => {
    const elsewhere = await fake({ account: [json(200, ACCOUNT)], balance: [BALANCE(true)] });
    const { identity, server } = await run('live', {
      account: [{ status: 301, headers: { location: `${elsewhere.url}/v1/account` } }],
    });
    expect(identity).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('case 9: account fields that echo the key are redacted', async () => {
    const { identity } = await run('live', {
      account: [json(200, { ...ACCOUNT, business_profile: { name: `shop ${KEYS.live}` } })],
      balance: [BALANCE(true)],
    });
    expect(identity.status).toBe('verified');
    expect(identity.principal?.business_name).toBe('shop [redacted]');
  });

  it('keeps no email address in the principal', async () => {
    const { identity } = await run('live', { account: [json(200, ACCOUNT)], balance: [BALANCE(true)] });
    expect(JSON.stringify(identity)).not.toContain('billing@');
  });
});

describe('stripe through smokeKeys', () => {
  /** A production-declared key expected to belong to the live account. */
  function key(value: string): Key {
    const secret = new SecretValue(value, 'secrets-json');
    const observations = observeValue(secret, 'STRIPE_SECRET_KEY');
    return {
      name: 'STRIPE_SECRET_KEY',
      names: ['STRIPE_SECRET_KEY'],
      uses: [],
      declaration: { name: 'STRIPE_SECRET_KEY', principal: LIVE_ACCOUNT, environment: 'production' },
      value: secret,
      companions: {},
      observations,
      facts: selectFacts(observations),
      environments: ['production'],
    };
  }

  async function smoke(value: string, routes: Routes): Promise<Key> {
    const server = await fake(routes);
    const k = key(value);
    await smokeKeys([k], {
      endpoints: { stripe: server.url },
      now: NOW,
      http: { requestTimeoutMs: 500, maxRetryWaitMs: 1500 },
    });
    expect(server.requests.map((r) => r.path)).toEqual(BOTH);
    expect(JSON.stringify(k.smoke)).not.toContain(value);
    return k;
  }

  it('a test key of the live account declared for production: mismatch (test-mode)', async () => {
    const k = await smoke(KEYS.test, { account: [json(200, ACCOUNT)], balance: [BALANCE(false)] });
    expect(k.smoke).toMatchObject({ status: 'mismatch', reason: 'test-mode' });
    expect(k.facts.keyEnvironment).toMatchObject({ value: 'test', source: 'smoke' });
    expect(k.facts.principal).toMatchObject({ value: LIVE_ACCOUNT, source: 'smoke' });
  });

  it('a test key of another account declared as the live account: mismatch (wrong-account)', async () => {
    const k = await smoke(KEYS.test, {
      account: [json(200, { ...ACCOUNT, id: OTHER_ACCOUNT })],
      balance: [BALANCE(false)],
    });
    expect(k.smoke).toMatchObject({ status: 'mismatch', reason: 'wrong-account' });
    expect(k.smoke?.message).toContain(OTHER_ACCOUNT);
  });

  it('the live key of the live account: verified', async () => {
    const k = await smoke(KEYS.live, { account: [json(200, ACCOUNT)], balance: [BALANCE(true)] });
    expect(k.smoke).toMatchObject({ status: 'verified', reason: 'ok', principal: { id: LIVE_ACCOUNT } });
    expect(k.facts.principalKind).toMatchObject({ value: 'service', source: 'smoke' });
  });
});
