// smokeKeys (src/providers/smoke.ts) with synthetic providers against local fakes: what may be sent at
// all, one call per distinct credential, the comparison with what owners declared, smoke facts, and
// SECURITY.md case 18 (60 keys, seeded latency and faults, stable results, bounded concurrency).
import { describe, expect, it, afterEach } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { SMOKE_STATUSES, type Key, type KeyDeclaration, type Observation } from '../../src/core/types.js';
import { observeDeclaration, selectFacts } from '../../src/keys/facts.js';
import { accept, bearer, defineProvider } from '../../src/providers/adapter.js';
import { namePart, type NamePattern } from '../../src/providers/names.js';
import { invalid, unexpected } from '../../src/providers/outcome.js';
import { smokeKeys, type SmokeOptions } from '../../src/providers/smoke.js';
import type { Identity, IdentifyFunction, KeyFormat, ProviderSpec } from '../../src/providers/types.js';
import { html, json, startFakeProvider, type FakeHandler, type FakeProvider } from '../helpers/fake-provider.js';

/** Asks GET /v1/me who the bearer is: { login, mode } → principal and keyEnvironment facts. */
const me = defineProvider({
  id: 'me',
  name: 'Synthetic me',
  formats: [],
  namePatterns: [],
  guide: { principal: 'the login', verified: '200', invalid: '401', unknown: 'else' },
  calls: {
    me: {
      method: 'GET',
      baseUrl: 'https://me.synthetic.example',
      path: '/v1/me',
      auth: bearer(),
      answers: [
        {
          status: 200,
          then: accept((a) => {
            const login = a.text('login');
            if (!login) return unexpected(a);
            const facts: Identity['facts'] = [{ fact: 'principal', value: login, detail: 'GET /v1/me login' }];
            const mode = a.text('mode');
            if (mode) facts.push({ fact: 'keyEnvironment', value: mode, detail: 'GET /v1/me mode' });
            return { principal: { login }, facts };
          }),
        },
        { status: 401, then: invalid('revoked', 'the key was rejected (HTTP 401)') },
      ],
    },
  },
});
const identifyByMe: IdentifyFunction = (credential, context) => me.identify!(credential, context);

function provider(
  id: string,
  formats: KeyFormat[],
  identify: IdentifyFunction | null = identifyByMe,
  namePatterns: NamePattern[] = [],
): ProviderSpec {
  return {
    id,
    name: `Synthetic ${id}`,
    formats,
    namePatterns,
    endpoints: [{ method: 'GET', baseUrl: `https://${id}.synthetic.example`, path: '/v1/me' }],
    ...(identify ? { identify } : {}),
  };
}

const alpha = provider('alpha', [
  { type: 'token', pattern: /^alp_[A-Za-z0-9]{16}$/, examples: [] },
  { type: 'refresh-token', pattern: /^alr_[A-Za-z0-9]{16}$/, neverSend: true, examples: [] },
]);
const beta = provider('beta', [{ type: 'token', pattern: /^bet_[0-9a-f]{20}$/, examples: [] }]);
const gamma = provider(
  'gamma',
  [{ type: 'bare', pattern: /^[0-9a-f]{32}$/, needsNameHint: true, examples: [] }],
  identifyByMe,
  [namePart('GAMMA')],
);
const offline = provider('offline', [{ type: 'token', pattern: /^off_[a-z]{8}$/, examples: [] }], null);
const thrower = provider(
  'thrower',
  [{ type: 'token', pattern: /^thr_[a-z]{8}$/, examples: [] }],
  async (credential) => {
    throw new TypeError(`cannot handle ${credential.value.reveal()}`);
  },
);
const PROVIDERS = [alpha, beta, gamma, offline, thrower];

interface KeySpec {
  value?: string;
  declaration?: Omit<KeyDeclaration, 'name'>;
  environments?: string[];
  observations?: Observation[];
}

/** A key as src/keys/build.ts makes one: names, declaration, value, observations and winners. */
function makeKey(name: string, spec: KeySpec = {}): Key {
  const declaration = spec.declaration ? { name, ...spec.declaration } : undefined;
  const observations = [...(declaration ? observeDeclaration(declaration) : []), ...(spec.observations ?? [])];
  return {
    name,
    names: [name],
    uses: [],
    ...(declaration ? { declaration } : {}),
    ...(spec.value !== undefined ? { value: new SecretValue(spec.value, 'secrets-json') } : {}),
    companions: {},
    observations,
    facts: selectFacts(observations),
    environments: spec.environments ?? ['production'],
  };
}

const fakes: FakeProvider[] = [];
async function fake(handler: FakeHandler): Promise<FakeProvider> {
  const started = await startFakeProvider(handler);
  fakes.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

/** One fake answering for every synthetic provider; who the key is comes from a table by bearer. */
async function world(table: Record<string, { login: string; mode?: string } | 401> = {}) {
  const server = await fake((request) => {
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    const who = table[token] ?? { login: 'svc-deploy', mode: 'live' };
    return who === 401 ? json(401, { message: 'Bad credentials' }) : json(200, who);
  });
  const options: SmokeOptions = {
    endpoints: Object.fromEntries(PROVIDERS.map((p) => [p.id, server.url])),
    now: new Date('2026-05-01T12:00:00Z'),
    http: { requestTimeoutMs: 2_000 },
    providers: PROVIDERS,
  };
  return { server, options };
}

const A1 = 'alp_AAAAaaaa1111BBBB';
const A2 = 'alp_CCCCcccc2222DDDD';
const B1 = 'bet_0123456789abcdef0123';
const G1 = '0123456789abcdef0123456789abcdef';

describe('what is never sent', () => {
  it('no value, or an empty one → skipped (no-value)', async () => {
    const { server, options } = await world();
    const keys = [makeKey('ALPHA_TOKEN', { declaration: { provider: 'alpha' } }), makeKey('EMPTY', { value: '' })];
    await smokeKeys(keys, options);
    for (const key of keys) expect(key.smoke).toMatchObject({ status: 'skipped', reason: 'no-value' });
    expect(server.requests).toEqual([]);
  });

  it.each([
    ['CR/LF', `${A1}\r\nX-Other: 1`],
    ['LF', `${A1}\n`],
    ['NUL', `alp_AAAA\u0000aaa1111BBBB`],
    ['a space', `Bearer ${A1}`],
    ['a tab', `${A1}\t`],
  ])('a value with %s → malformed, never sent, never echoed (SECURITY case 5)', async (_what, value) => {
    const { server, options } = await world();
    const keys = [
      makeKey('ALPHA_TOKEN', { value }),
      makeKey('DECLARED', { value, declaration: { provider: 'alpha' } }),
    ];
    await smokeKeys(keys, options);
    for (const key of keys) {
      expect(key.smoke).toMatchObject({ status: 'malformed', reason: 'malformed' });
      expect(JSON.stringify(key)).not.toContain('AAAA');
    }
    expect(server.requests).toEqual([]);
  });

  it('a value that is no well-formed key of its declared provider, or a broken prefixed one → malformed, sent nowhere', async () => {
    const { server, options } = await world();
    const keys = [
      makeKey('PAYMENTS_KEY', { value: B1, declaration: { provider: 'alpha' } }), // a beta key declared as alpha
      makeKey('ALPHA_KEY', { value: 'alp_short', declaration: { provider: 'alpha' } }),
      makeKey('GAMMA_LOOKALIKE', {
        value: 'not-a-key',
        observations: [{ fact: 'provider', value: 'gamma', source: 'name', detail: 'name' }],
      }),
      // A name that points at alpha, and alpha's own prefix on a truncated value: a broken alpha key.
      makeKey('ALPHA_TOKEN', {
        value: 'alp_' + 'truncated',
        observations: [{ fact: 'provider', value: 'alpha', source: 'name', detail: 'name' }],
      }),
    ];
    await smokeKeys(keys, options);
    // SPEC section 6: the beta prefix goes to beta or nowhere, whatever config declares.
    expect(keys[0].smoke).toEqual({
      status: 'mismatch',
      reason: 'declared-provider-differs',
      message: 'config declares Synthetic alpha, but the value is a Synthetic beta token (bet_); it was sent nowhere',
    });
    expect(keys[1].smoke).toMatchObject({
      status: 'malformed',
      message: 'the value is not a well-formed Synthetic alpha key; it was not sent',
    });
    // Only the name points at gamma: an id, a URL or another secret kept beside its keys (a
    // CLOUDFLARE_ZONE_ID, a SLACK_WEBHOOK_URL) is not a broken key.
    expect(keys[2].smoke).toEqual({
      status: 'skipped',
      reason: 'unsupported',
      message:
        'the name points at Synthetic gamma, but the value is none of its key formats (an id, a URL or another kind of secret); it was not sent',
    });
    expect(keys[3].smoke).toMatchObject({
      status: 'malformed',
      message: 'the value is not a well-formed Synthetic alpha key; it was not sent',
    });
    expect(server.requests).toEqual([]);
  });

  it('a prefixed value declared as a provider whose bare format it also fits is never sent there (mismatch)', async () => {
    // delta's bare 24-character format fits the beta value, prefix and all, as Cloudflare's legacy
    // 40-character token format fits a ghp_ token (SECURITY.md case 27).
    const delta = provider('delta', [
      { type: 'bare', pattern: /^[A-Za-z0-9_]{24}$/, needsNameHint: true, examples: [] },
    ]);
    const { server, options } = await world();
    const keys = [makeKey('DEPLOY_TOKEN', { value: B1, declaration: { provider: 'delta' } })];
    expect(delta.formats[0].pattern.test(B1)).toBe(true);
    await smokeKeys(keys, {
      ...options,
      providers: [...PROVIDERS, delta],
      endpoints: { ...options.endpoints, delta: server.url },
    });
    expect(keys[0].smoke).toMatchObject({ status: 'mismatch', reason: 'declared-provider-differs' });
    expect(server.requests).toEqual([]);
  });

  it('without a declaration the same value goes to its own provider', async () => {
    const { server, options } = await world();
    const keys = [makeKey('DEPLOY_TOKEN', { value: B1 })];
    await smokeKeys(keys, options);
    expect(keys[0].smoke).toMatchObject({ status: 'verified' });
    expect(server.requests).toHaveLength(1);
  });

  it('a value no provider recognises, with no provider expected → skipped (unsupported)', async () => {
    const { server, options } = await world();
    const keys = [makeKey('SOMETHING', { value: 'opaque-value-123' }), makeKey('BARE', { value: G1 })]; // a bare format needs a name hint
    await smokeKeys(keys, options);
    for (const key of keys) expect(key.smoke).toMatchObject({ status: 'skipped', reason: 'unsupported' });
    expect(server.requests).toEqual([]);
  });

  it('a never-send format (a refresh token) and a provider without identify → skipped (unsupported)', async () => {
    const { server, options } = await world();
    const keys = [
      makeKey('ALPHA_REFRESH', { value: 'alr_AAAAaaaa1111BBBB' }),
      makeKey('OFFLINE_TOKEN', { value: 'off_abcdefgh' }),
    ];
    await smokeKeys(keys, options);
    expect(keys[0].smoke).toEqual({
      status: 'skipped',
      reason: 'unsupported',
      message: 'a refresh-token is never sent anywhere',
    });
    expect(keys[1].smoke).toEqual({
      status: 'skipped',
      reason: 'unsupported',
      message: 'Synthetic offline keys cannot be checked yet',
    });
    expect(server.requests).toEqual([]);
  });

  it("the job's own GITHUB_TOKEN is never called, whatever its value (SPEC section 5)", async () => {
    const { server, options } = await world();
    const keys = [makeKey('GITHUB_TOKEN', { value: A1 }), makeKey('github_token', { value: A2 })];
    await smokeKeys(keys, options);
    for (const key of keys) expect(key.smoke).toBeUndefined();
    expect(server.requests).toEqual([]);
  });

  it('provider: none → skipped (unsupported); a value with a documented prefix contradicts it → mismatch', async () => {
    const { server, options } = await world();
    const none = { provider: 'none' };
    const keys = [
      makeKey('DATABASE_PASSWORD', { value: 'correct-horse-battery', declaration: none }),
      makeKey('GAMMA_PASSWORD', { value: G1, declaration: none }), // a bare format is no contradiction
      makeKey('DB_TOKEN', { value: A1, declaration: none }),
    ];
    await smokeKeys(keys, options);
    expect(keys.map((k) => k.smoke)).toEqual([
      { status: 'skipped', reason: 'unsupported', message: 'declared provider: none; no provider can check it' },
      { status: 'skipped', reason: 'unsupported', message: 'declared provider: none; no provider can check it' },
      {
        status: 'mismatch',
        reason: 'declared-provider-differs',
        message: 'declared provider: none, but the value is a Synthetic alpha key (prefix alp_); it was not sent',
      },
    ]);
    expect(server.requests).toEqual([]);
  });

  it('an endpoint override that is not https (or loopback http) → unknown, nothing sent', async () => {
    const { server, options } = await world();
    const keys = [makeKey('ALPHA_TOKEN', { value: A1 })];
    await smokeKeys(keys, { ...options, endpoints: { alpha: 'http://alpha.example.com' } });
    expect(keys[0].smoke).toMatchObject({ status: 'unknown', reason: 'invalid-endpoint' });
    expect(keys[0].smoke?.message).toContain('loopback');
    expect(server.requests).toEqual([]);
  });
});

describe('calls', () => {
  it('identical values under two names → one call, both keys answered', async () => {
    const { server, options } = await world({ [A1]: { login: 'svc-deploy', mode: 'live' } });
    const keys = [
      makeKey('ALPHA_TOKEN', { value: A1 }),
      makeKey('DEPLOY_TOKEN', { value: A1 }),
      makeKey('OTHER', { value: A2 }),
    ];
    await smokeKeys(keys, options);
    expect(server.requests).toHaveLength(2);
    for (const key of keys) expect(key.smoke).toMatchObject({ status: 'verified', reason: 'ok' });
    expect(keys[0].smoke?.principal).toEqual({ login: 'svc-deploy' });
  });

  it('a declared provider names the provider of a bare format', async () => {
    const { server, options } = await world();
    const keys = [
      makeKey('METRICS_KEY', { value: G1, declaration: { provider: 'gamma' } }),
      makeKey('GAMMA_API_KEY', { value: G1.replace('0', '1') }),
    ];
    await smokeKeys(keys, options);
    for (const key of keys) expect(key.smoke).toMatchObject({ status: 'verified' });
    expect(server.requests).toHaveLength(2);
  });

  it('a provider that rejects the key → invalid', async () => {
    const { options } = await world({ [A1]: 401 });
    const keys = [makeKey('ALPHA_TOKEN', { value: A1 })];
    await smokeKeys(keys, options);
    expect(keys[0].smoke).toEqual({ status: 'invalid', reason: 'revoked', message: 'the key was rejected (HTTP 401)' });
  });

  it('an adapter that throws → unknown, naming only the error type', async () => {
    const { options } = await world();
    const keys = [makeKey('THROWER_TOKEN', { value: 'thr_abcdefgh' })];
    await smokeKeys(keys, options);
    expect(keys[0].smoke).toEqual({
      status: 'unknown',
      reason: 'unexpected-response',
      message: 'the Synthetic thrower check failed (TypeError)',
    });
  });
});

describe('comparison with what owners expect', () => {
  it('a declared principal glob that does not match → mismatch (wrong-account); one that does → verified', async () => {
    const { options } = await world({
      [A1]: { login: 'alice', mode: 'live' },
      [A2]: { login: 'svc-deploy', mode: 'live' },
    });
    const keys = [
      makeKey('ALPHA_TOKEN', { value: A1, declaration: { principal: 'svc-*' } }),
      makeKey('DEPLOY_TOKEN', { value: A2, declaration: { principal: 'svc-*' } }),
    ];
    await smokeKeys(keys, options);
    expect(keys[0].smoke).toEqual({
      status: 'mismatch',
      reason: 'wrong-account',
      message: 'the provider says this key belongs to alice, not svc-*',
      principal: { login: 'alice' },
    });
    expect(keys[1].smoke).toMatchObject({ status: 'verified', reason: 'ok' });
  });

  it('keyEnvironment test on a production key → mismatch (test-mode); elsewhere it is fine', async () => {
    const { options } = await world({ [A1]: { login: 'svc-deploy', mode: 'test' } });
    const keys = [
      makeKey('BY_USE', { value: A1, environments: ['production'] }),
      makeKey('BY_DECLARATION', { value: A1, environments: ['unknown'], declaration: { environment: 'production' } }),
      makeKey('IN_STAGING', { value: A1, environments: ['staging'] }),
    ];
    await smokeKeys(keys, options);
    expect(keys[0].smoke).toMatchObject({ status: 'mismatch', reason: 'test-mode' });
    expect(keys[1].smoke).toMatchObject({ status: 'mismatch', reason: 'test-mode' });
    expect(keys[2].smoke).toMatchObject({ status: 'verified', reason: 'ok' });
  });

  it.each(['development', 'staging'])(
    'an environment the provider places a production key in (%s) stays verified: no-dev-keys-in-prod reports it',
    async (environment) => {
      const { options } = await world({ [A1]: { login: 'svc-deploy', mode: environment } });
      const key = makeKey('BY_USE', { value: A1, environments: ['production'] });
      await smokeKeys([key], options);
      expect(key.smoke).toEqual({ status: 'verified', reason: 'ok', principal: { login: 'svc-deploy' } });
      expect(key.facts.keyEnvironment).toMatchObject({ value: environment, source: 'smoke' });
    },
  );

  it('records facts with source smoke, recomputes winners, and a second run replaces them', async () => {
    const { server, options } = await world({ [A1]: { login: 'svc-deploy', mode: 'live' } });
    const key = makeKey('ALPHA_TOKEN', { value: A1, declaration: { principal: 'svc-*', environment: 'production' } });
    expect(key.facts.principal).toMatchObject({ source: 'declared', value: 'svc-*' });
    await smokeKeys([key], options);
    expect(key.facts.principal).toEqual({
      fact: 'principal',
      value: 'svc-deploy',
      source: 'smoke',
      detail: 'GET /v1/me login',
    });
    expect(key.facts.keyEnvironment).toMatchObject({ source: 'smoke', value: 'live' });
    expect(key.observations.filter((o) => o.source === 'declared')).toHaveLength(2);
    await smokeKeys([key], options);
    expect(key.observations.filter((o) => o.source === 'smoke')).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });
});

describe('SECURITY case 18: 60 keys, seeded latency and faults', () => {
  /** mulberry32: a small seeded PRNG. */
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const FAULTS = [
    'ok',
    'ok',
    'ok',
    'test-mode',
    'wrong',
    '401',
    '500',
    '429',
    'html',
    'reset',
    'stall-headers',
    'stall-body',
    'redirect',
  ] as const;
  type Fault = (typeof FAULTS)[number];
  const CONCURRENCY = 3;

  /** The keys, and the fault each credential meets (decided by the credential, so runs agree). */
  function scenario(seed: number) {
    const random = prng(seed);
    const faults = new Map<string, Fault>();
    const keys: Key[] = [];
    const alnum = (n: number) =>
      Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
    const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
    for (let i = 0; i < 60; i++) {
      const name = `KEY_${String(i).padStart(2, '0')}`;
      const roll = random();
      let value: string | undefined;
      let spec: KeySpec = {};
      if (roll < 0.05)
        value = undefined; // no value
      else if (roll < 0.1)
        value = `alp_${alnum(8)} ${alnum(7)}`; // malformed
      else if (roll < 0.15 && keys.some((k) => k.value))
        value = keys
          .filter((k) => k.value && !k.value.isEmpty)
          .at(-1)
          ?.value?.reveal(); // a duplicate
      else {
        const which = Math.floor(random() * 3);
        value = which === 0 ? `alp_${alnum(16)}` : which === 1 ? `bet_${hex(20)}` : hex(32);
        if (which === 2) spec = { declaration: { provider: 'gamma' } };
      }
      if (random() < 0.3) spec = { ...spec, declaration: { ...spec.declaration, principal: 'svc-*' } };
      if (value !== undefined && !faults.has(value)) faults.set(value, FAULTS[Math.floor(random() * FAULTS.length)]);
      keys.push(makeKey(name, { ...spec, ...(value !== undefined ? { value } : {}) }));
    }
    return { keys, faults };
  }

  async function providerFake(id: string, faults: Map<string, Fault>, random: () => number) {
    const elsewhere = await fake(() => json(200, { login: 'svc-stolen' }));
    const server = await fake(async (request) => {
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 40)));
      const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
      const fault = faults.get(token) ?? 'ok';
      if (fault === 'stall-headers' || fault === 'stall-body' || fault === 'reset') return fault;
      switch (fault) {
        case 'ok':
          return json(200, { login: `svc-${id}`, mode: 'live' });
        case 'test-mode':
          return json(200, { login: `svc-${id}`, mode: 'test' });
        case 'wrong':
          return json(200, { login: 'mallory', mode: 'live' });
        case '401':
          return json(401, { message: 'Bad credentials' });
        case '500':
          return { status: 500, body: 'oops' };
        case '429':
          return { status: 429, headers: { 'retry-after': '0' } };
        case 'html':
          return html(200);
        case 'redirect':
          return { status: 302, headers: { location: `${elsewhere.url}/v1/me` } };
      }
    });
    return { server, inFlight: server.inFlight, elsewhere };
  }

  async function run(seed: number) {
    const { keys, faults } = scenario(seed);
    const random = prng(seed + 1);
    const fakesById = Object.fromEntries(
      await Promise.all(
        ['alpha', 'beta', 'gamma'].map(async (id) => [id, await providerFake(id, faults, random)] as const),
      ),
    );
    const options: SmokeOptions = {
      endpoints: Object.fromEntries(Object.entries(fakesById).map(([id, f]) => [id, f.server.url])),
      now: new Date('2026-05-01T12:00:00Z'),
      http: { requestTimeoutMs: 300, concurrency: CONCURRENCY, maxAttempts: 2, runBudgetMs: 20_000 },
      providers: PROVIDERS,
    };
    const start = performance.now();
    await smokeKeys(keys, options);
    const ms = performance.now() - start;
    return { keys, faults, fakesById, ms };
  }

  it('every key ends in exactly one state, the results are stable, concurrency stays bounded', async () => {
    const first = await run(20260501);
    const second = await run(20260501);
    const summary = (keys: Key[]) => keys.map((k) => `${k.name} ${k.smoke?.status} ${k.smoke?.reason}`);

    for (const key of first.keys) {
      expect(key.smoke, key.name).toBeDefined();
      expect(SMOKE_STATUSES).toContain(key.smoke?.status);
    }
    expect(summary(second.keys)).toEqual(summary(first.keys));
    expect(new Set(first.keys.map((k) => k.smoke?.status)).size).toBeGreaterThanOrEqual(5);

    for (const { fakesById } of [first, second]) {
      for (const [id, f] of Object.entries(fakesById)) {
        expect(f.inFlight.max, id).toBeLessThanOrEqual(CONCURRENCY);
        expect(f.server.requests.length, id).toBeGreaterThan(0);
        expect(f.elsewhere.requests, `${id}: a redirect was followed`).toEqual([]);
      }
      // One call per distinct credential (plus one retry for each rate-limited one).
      const distinct = new Set(
        first.keys
          .filter((k) => k.smoke && !['skipped', 'malformed'].includes(k.smoke.status))
          .map((k) => k.value?.reveal()),
      );
      const retries = [...distinct].filter((v) => first.faults.get(v ?? '') === '429').length;
      const sent = Object.values(fakesById).reduce((n, f) => n + f.server.requests.length, 0);
      expect(sent).toBe(distinct.size + retries);
    }

    // Faults map onto states as SPEC section 6 says.
    const expected: Record<Fault, string> = {
      ok: 'verified',
      'test-mode': 'mismatch',
      wrong: 'verified|mismatch',
      '401': 'invalid',
      '500': 'unknown',
      '429': 'unknown',
      html: 'unknown',
      reset: 'unknown',
      'stall-headers': 'unknown',
      'stall-body': 'unknown',
      redirect: 'unknown',
    };
    for (const key of first.keys) {
      if (!key.value || key.smoke?.status === 'malformed' || key.smoke?.status === 'skipped') continue;
      const fault = first.faults.get(key.value.reveal()) ?? 'ok';
      const wanted = fault === 'ok' && key.declaration?.principal ? 'verified' : expected[fault];
      expect(key.smoke?.status, `${key.name} ${fault}`).toMatch(new RegExp(`^(${wanted})$`));
      if (fault === 'wrong') expect(key.smoke?.status).toBe(key.declaration?.principal ? 'mismatch' : 'verified');
    }
    // 60 keys, three providers, three at a time, 300 ms deadlines: bounded well below the run budget.
    expect(first.ms).toBeLessThan(5_000);
  });
});
