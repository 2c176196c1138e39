// SECURITY.md cases 13-18 (faults), through check() against local fake providers, with the client's
// deadlines shortened (400 ms a request, 1.5 s the longest Retry-After honoured, 5 s the run). Every case
// asserts its status and reason, the requests the fake saw, and the wall time against the deadline.
import { describe, expect, it } from 'vitest';
import { SMOKE_STATUSES } from '../../src/core/types.js';
import { html, json, type FakeBehaviour } from '../helpers/fake-provider.js';
import {
  checkEveryFormat,
  expectNoSecret,
  fakeProvider,
  GITHUB_TOKEN_VALUE,
  secretStore,
  SLACK_OK,
  SLACK_TOKEN,
  smokeOf,
  tempRepo,
  workflow,
} from './support.js';

const REQUEST_MS = 400;

type Provider = 'slack' | 'github';
const KEY: Record<Provider, { name: string; value: string }> = {
  slack: { name: 'SLACK_BOT_TOKEN', value: SLACK_TOKEN },
  github: { name: 'DEPLOY_GITHUB_TOKEN', value: GITHUB_TOKEN_VALUE },
};

/** One key of `provider` smoke-checked against a fake that answers `responses` in turn. */
async function smoke(provider: Provider, responses: FakeBehaviour[], endpoint?: string, http = {}) {
  let index = 0;
  const server = await fakeProvider(() => responses[Math.min(index++, responses.length - 1)]);
  const { name, value } = KEY[provider];
  const root = tempRepo({ '.github/workflows/release.yml': workflow([name]) });
  const { result, outputs, ms } = await checkEveryFormat({
    root,
    smoke: true,
    secrets: secretStore({ [name]: value }),
    endpoints: { [provider]: endpoint ?? server.url },
    http,
  });
  expectNoSecret(outputs, [value]);
  return { smoke: smokeOf(result, name), requests: server.requests.length, ms, result };
}

describe('case 13: 200 with an HTML page or unexpected JSON → unknown, never verified', () => {
  it.each([
    ['slack', 'an HTML page', [html(200)]],
    ['slack', 'JSON that is not auth.test', [json(200, { hello: 'world' })]],
    ['slack', 'ok:true without team_id', [json(200, { ok: true, user: 'x' })]],
    ['github', 'an HTML page', [html(200)]],
    ['github', 'JSON without login and id', [json(200, { message: 'hi' })]],
    ['github', 'a JSON list', [{ status: 200, body: '[1,2]', headers: { 'content-type': 'application/json' } }]],
  ] as const)('%s: %s', async (provider, _what, responses) => {
    const r = await smoke(provider, [...responses]);
    expect(r.smoke).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    expect(r.requests).toBe(1);
    expect(r.ms).toBeLessThan(REQUEST_MS + 1500);
  });
});

describe('case 14: Slack 200 ok:false: invalid_auth → invalid; account_inactive → invalid (user-inactive); ratelimited → unknown', () => {
  it.each([
    ['invalid_auth', 'invalid', undefined],
    ['account_inactive', 'invalid', 'user-inactive'],
    ['ratelimited', 'unknown', 'rate-limited'],
  ] as const)('%s', async (error, status, reason) => {
    const r = await smoke('slack', [json(200, { ok: false, error })]);
    expect(r.smoke?.status).toBe(status);
    if (reason) expect(r.smoke?.reason).toBe(reason);
    expect(r.requests).toBeGreaterThanOrEqual(1);
    expect(r.requests).toBeLessThanOrEqual(3);
    expect(r.ms).toBeLessThan(3 * REQUEST_MS + 2 * 1500 + 1000);
  });
});

describe('case 15: GitHub 403 rate limit → unknown; 403 suspended → invalid (user-inactive); 401 → invalid', () => {
  it('403 with x-ratelimit-remaining: 0 (reset in a day) → unknown (rate-limited), not retried', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 86_400);
    const r = await smoke('github', [
      json(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
    ]);
    expect(r.smoke).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(r.requests).toBe(1);
    expect(r.ms).toBeLessThan(REQUEST_MS + 1000);
  });

  it('403 "account was suspended" → invalid (user-inactive)', async () => {
    const r = await smoke('github', [json(403, { message: 'Sorry. Your account was suspended.' })]);
    expect(r.smoke).toMatchObject({ status: 'invalid', reason: 'user-inactive' });
    expect(r.requests).toBe(1);
  });

  it('401 → invalid', async () => {
    const r = await smoke('github', [json(401, { message: 'Bad credentials' })]);
    expect(r.smoke).toMatchObject({ status: 'invalid', reason: 'revoked' });
    expect(r.requests).toBe(1);
  });
});

describe('case 16: 429 with Retry-After is retried, bounded; permanent 429 → unknown; Retry-After: 86400 → capped', () => {
  it('429 Retry-After: 1 then an answer: waited about a second, retried once, verified', async () => {
    const r = await smoke('slack', [{ status: 429, headers: { 'retry-after': '1' } }, json(200, SLACK_OK)]);
    expect(r.smoke).toMatchObject({ status: 'verified' });
    expect(r.requests).toBe(2);
    expect(r.ms).toBeGreaterThanOrEqual(950);
    expect(r.ms).toBeLessThan(1000 + 2 * REQUEST_MS + 1000);
  });

  it('permanent 429 Retry-After: 1 → unknown (rate-limited) after exactly 3 requests', async () => {
    const r = await smoke('slack', [{ status: 429, headers: { 'retry-after': '1' } }]);
    expect(r.smoke).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(r.requests).toBe(3);
    expect(r.ms).toBeGreaterThanOrEqual(1900);
    expect(r.ms).toBeLessThan(2000 + 3 * REQUEST_MS + 1000);
  });

  it('Retry-After: 86400 → not waited for: unknown (rate-limited) at once', async () => {
    const r = await smoke('github', [{ status: 429, headers: { 'retry-after': '86400' } }]);
    expect(r.smoke).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(r.requests).toBe(1);
    expect(r.ms).toBeLessThan(REQUEST_MS + 1000);
  });
});

describe('case 17: refused, reset, DNS failure, header stall, body stall, 500/502/503 → unknown with a reason', () => {
  it('connection refused → unknown (network)', async () => {
    const closed = await fakeProvider(() => json(200, SLACK_OK));
    const url = closed.url;
    await closed.close();
    const r = await smoke('slack', [json(200, SLACK_OK)], url);
    expect(r.smoke).toMatchObject({ status: 'unknown', reason: 'network' });
    expect(r.ms).toBeLessThan(REQUEST_MS + 1000);
  });

  it('DNS failure → unknown (network), no resolver asked', async () => {
    const lookup = ((_host: string, _options: unknown, callback: (error: Error) => void) =>
      callback(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))) as never;
    const r = await smoke('slack', [json(200, SLACK_OK)], 'https://slack.invalid', { lookup });
    expect(r.smoke).toMatchObject({ status: 'unknown', reason: 'network' });
    expect(r.smoke?.message).toContain('ENOTFOUND');
    expect(r.ms).toBeLessThan(REQUEST_MS + 1000);
  });

  it.each([
    ['reset', ['reset'], 'network'],
    ['header stall', ['stall-headers'], 'timeout'],
    ['body stall', ['stall-body'], 'timeout'],
    ['500', [{ status: 500, body: 'oops' }], 'server-error'],
    ['502', [html(502)], 'server-error'],
    ['503', [{ status: 503, body: 'Service Unavailable' }], 'server-error'],
  ] as const)('%s → unknown', async (_what, responses, reason) => {
    for (const provider of ['slack', 'github'] as const) {
      const r = await smoke(provider, [...(responses as readonly FakeBehaviour[])]);
      expect(r.smoke, provider).toMatchObject({ status: 'unknown', reason });
      expect(r.smoke?.message).toBeTruthy();
      expect(r.requests).toBe(1);
      expect(r.ms).toBeLessThan(REQUEST_MS + 1000);
    }
  });
});

describe('case 18: 60 keys with seeded latency and faults → one final state each, stable order, bounded concurrency', () => {
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
  const FAULTS = ['ok', 'ok', 'ok', '401', '500', '429', 'html', 'reset', 'stall-headers', 'stall-body', 'redirect'];

  async function scenario(seed: number) {
    const random = prng(seed);
    const alnum = (n: number) =>
      Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
    const values: Record<string, string> = {};
    const fault = new Map<string, string>();
    for (let i = 0; i < 60; i++) {
      const github = i % 2 === 1;
      const name = `${github ? 'GITHUB' : 'SLACK'}_TOKEN_${String(i).padStart(2, '0')}`;
      const value = github ? `ghp_${alnum(36)}` : `xoxb-${1000000000 + i}-5893127401-${alnum(20)}`;
      values[name] = random() < 0.1 ? '' : value;
      fault.set(value, FAULTS[Math.floor(random() * FAULTS.length)]);
    }
    const latency = prng(seed + 1);
    const elsewhere = await fakeProvider(() => json(200, SLACK_OK));
    const answer = (ok: FakeBehaviour) => async (request: { headers: Record<string, unknown> }) => {
      await new Promise((resolve) => setTimeout(resolve, Math.floor(latency() * 40)));
      const token = String(request.headers.authorization ?? '').replace(/^(Bearer|token) /, '');
      const f = fault.get(token) ?? 'ok';
      if (f === 'reset' || f === 'stall-headers' || f === 'stall-body') return f;
      if (f === '401') return json(401, { message: 'Bad credentials' });
      if (f === '500') return { status: 500, body: 'oops' };
      if (f === '429') return { status: 429, headers: { 'retry-after': '0' } };
      if (f === 'html') return html(200);
      if (f === 'redirect') return { status: 302, headers: { location: `${elsewhere.url}/x` } };
      return ok;
    };
    const slack = await fakeProvider(answer(json(200, SLACK_OK)));
    const github = await fakeProvider(
      answer(json(200, { login: 'deploy-bot', id: 1, type: 'Bot' }, { 'x-oauth-scopes': 'repo' })),
    );
    const root = tempRepo({ '.github/workflows/release.yml': workflow(Object.keys(values)) });
    const run = await checkEveryFormat({
      root,
      smoke: true,
      secrets: secretStore(values),
      endpoints: { slack: slack.url, github: github.url },
      http: { runBudgetMs: 20_000 },
    });
    return { ...run, slack, github, elsewhere, values };
  }

  it('seed 1818', async () => {
    const first = await scenario(1818);
    const { report } = first.result;
    expect(report.keys).toHaveLength(60);
    for (const key of report.keys) {
      expect(SMOKE_STATUSES).toContain(key.smoke?.status);
      expect(key.smoke?.reason).toBeTruthy();
      if (first.values[key.name] === '') expect(key.smoke).toMatchObject({ status: 'skipped', reason: 'no-value' });
    }
    const counted = Object.values(report.summary.smoke).reduce((a, b) => a + b, 0);
    expect(counted).toBe(60);
    expect(first.slack.inFlight.max).toBeLessThanOrEqual(4);
    expect(first.github.inFlight.max).toBeLessThanOrEqual(4);
    expect(first.elsewhere.requests).toHaveLength(0);
    expect(first.ms).toBeLessThan(20_000);
    expectNoSecret(
      first.outputs,
      Object.values(first.values).filter((v) => v !== ''),
    );

    // The same seed again: the same states, in the same order, and the same reports.
    const second = await scenario(1818);
    const states = (r: typeof report) => r.keys.map((k) => `${k.name} ${k.smoke?.status} ${k.smoke?.reason}`);
    expect(states(second.result.report)).toEqual(states(report));
    expect(second.outputs.sarif).toEqual(first.outputs.sarif);
  });
});
