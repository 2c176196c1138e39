// The Slack adapter against a local fake API: auth.test answers (HTTP 200 with `ok`/`error`), token
// kinds, rate limits, faults and hostile bodies (SECURITY.md cases 4, 9, 13, 14, 16, 17). Every request
// is checked for method, path, headers, body and that it is one of Slack's declared endpoints.

import { afterEach, describe, expect, it } from 'vitest';
import { matchesGlob } from '../../src/core/glob.js';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { detectFormat } from '../../src/providers/index.js';
import { slack } from '../../src/providers/slack.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import {
  html,
  json,
  startFakeProvider,
  type FakeBehaviour,
  type FakeProvider,
  type FakeRequest,
} from '../helpers/fake-provider.js';

// NOTE: fake tokens, built from parts so that secret scanners do not flag them.
const IDS = '6021' + '408762' + '-' + '5893' + '127401';
const TAIL = 'Zp4' + 'Lw9Qe' + '2Rt7Yb' + 'K3nH6v';
const TOKENS = {
  bot: 'xox' + 'b-' + IDS + '-' + TAIL,
  user: 'xox' + 'p-' + IDS + '-1357' + '924680-' + TAIL.toLowerCase() + 'a1b2c3',
  app: 'xap' + 'p-1-' + 'A0' + '7TQ4' + 'MZ2K8' + '-' + TAIL,
} as const;
type Kind = keyof typeof TOKENS;

const NOW = new Date('2026-03-01T00:00:00Z');
const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };
const BOT = {
  ok: true,
  url: 'https://acme-corp.slack.com/',
  team: 'Acme Corp',
  user: 'deploybot',
  team_id: 'T0' + '12AB34',
  user_id: 'U0' + '45CD67',
  bot_id: 'B0' + '78EF90',
};
const { ok: _ok, ...BOT_PRINCIPAL } = BOT;
const { bot_id: _bot, ...PERSON } = { ...BOT, user: 'jdoe', user_id: 'U0' + '99ZZ11' };

function credential(kind: Kind): Credential {
  const value = TOKENS[kind];
  const match = detectFormat(value, 'SLACK_TOKEN');
  if (match?.provider.id !== 'slack') throw new Error(`test token ${kind} is not a Slack token`);
  return { name: 'SLACK_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format: match.format };
}

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function fake(responses: FakeBehaviour[] | ((request: FakeRequest) => FakeBehaviour)): Promise<FakeProvider> {
  let index = 0;
  const server = await startFakeProvider((request) =>
    typeof responses === 'function' ? responses(request) : responses[Math.min(index++, responses.length - 1)],
  );
  servers.push(server);
  return server;
}

async function run(
  kind: Kind,
  responses: FakeBehaviour[],
): Promise<{ identity: Identity; server: FakeProvider; ms: number }> {
  const server = await fake(responses);
  const started = Date.now();
  const http = new SmokeHttp(SETTINGS).forProvider(slack, server.url);
  const identity = await slack.identify!(credential(kind), { http, now: NOW });
  const ms = Date.now() - started;
  expectRequests(server, kind);
  expectNoToken(identity, kind);
  return { identity, server, ms };
}

/** Every request: POST auth.test, declared, Bearer token, form content type, empty body. */
function expectRequests(server: FakeProvider, kind: Kind): void {
  const declared = slack.endpoints.map((e) => `${e.method} ${e.path}`);
  for (const request of server.requests) {
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/api/auth.test');
    expect(declared).toContain(`${request.method} ${request.path}`);
    expect(request.headers.authorization).toBe(`Bearer ${TOKENS[kind]}`);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.body).toBe('');
  }
}

/** The token in every form the redactor knows appears nowhere in what the adapter returns. */
function expectNoToken(identity: Identity, kind: Kind): void {
  const text = JSON.stringify(identity);
  for (const form of secretForms(TOKENS[kind])) expect(text).not.toContain(form);
}

interface Case {
  name: string;
  kind?: Kind;
  responses: FakeBehaviour[];
  status: Identity['status'];
  reason: string;
  message?: string | RegExp;
  principal?: Identity['principal'];
  facts?: Identity['facts'];
  requests?: number;
}

const ACCEPTED: Case[] = [
  {
    name: 'bot token: bot_id makes a service principal; team_id/user_id; scopes from x-oauth-scopes',
    responses: [json(200, BOT, { 'x-oauth-scopes': 'chat:write, channels:read,users:read ' })],
    status: 'verified',
    reason: 'ok',
    principal: BOT_PRINCIPAL,
    facts: [
      { fact: 'principal', value: 'T012AB34/U045CD67', detail: 'Slack auth.test team_id/user_id' },
      { fact: 'account', value: 'T012AB34', detail: 'Slack auth.test team_id (workspace)' },
      { fact: 'principalKind', value: 'service', detail: 'a Slack bot user (auth.test bot_id)' },
      { fact: 'scopes', value: ['chat:write', 'channels:read', 'users:read'], detail: 'Slack x-oauth-scopes header' },
    ],
  },
  {
    name: 'user token without bot_id: a human principal; no scopes header, no scopes fact',
    kind: 'user',
    responses: [json(200, PERSON)],
    status: 'verified',
    reason: 'ok',
    facts: [
      { fact: 'principal', value: 'T012AB34/U099ZZ11', detail: 'Slack auth.test team_id/user_id' },
      { fact: 'account', value: 'T012AB34', detail: 'Slack auth.test team_id (workspace)' },
      { fact: 'principalKind', value: 'human', detail: 'a Slack user (auth.test gave no bot_id)' },
    ],
  },
  {
    name: 'app-level token without bot_id: a service principal by its format',
    kind: 'app',
    responses: [json(200, PERSON, { 'x-oauth-scopes': 'connections:write' })],
    status: 'verified',
    reason: 'ok',
    facts: [
      { fact: 'principal', value: 'T012AB34/U099ZZ11', detail: 'Slack auth.test team_id/user_id' },
      { fact: 'account', value: 'T012AB34', detail: 'Slack auth.test team_id (workspace)' },
      { fact: 'principalKind', value: 'service', detail: 'an app-level token (xapp-), accepted by Slack' },
      { fact: 'scopes', value: ['connections:write'], detail: 'Slack x-oauth-scopes header' },
    ],
  },
  {
    // A rotating token lives 12 hours and is renewed: recording its expiry would read "expires in 0
    // days" on every run, so none is recorded.
    name: 'rotating token: expires_in says rotation, and no expiry date is recorded',
    responses: [json(200, { ...BOT, expires_in: 43200 }, { 'x-oauth-scopes': '' })],
    status: 'verified',
    reason: 'ok',
    message: /rotating token.*no expiry is recorded/,
    facts: [
      { fact: 'principal', value: 'T012AB34/U045CD67', detail: 'Slack auth.test team_id/user_id' },
      { fact: 'account', value: 'T012AB34', detail: 'Slack auth.test team_id (workspace)' },
      { fact: 'principalKind', value: 'service', detail: 'a Slack bot user (auth.test bot_id)' },
      { fact: 'scopes', value: [], detail: 'Slack x-oauth-scopes header' },
    ],
  },
  {
    name: '429 with Retry-After: 1, then an answer: waited, retried once',
    responses: [json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' }), json(200, BOT)],
    status: 'verified',
    reason: 'ok',
    requests: 2,
  },
];

const REFUSED: Case[] = [
  // SECURITY.md case 14, exactly.
  {
    // Recorded (Slack's documented error response): invalid_auth is also what a workspace with an IP
    // allowlist answers for a good token from another address; invalid, with both causes named.
    name: 'case 14: 200 {"ok":false,"error":"invalid_auth"} is invalid, naming the IP-allowlist cause too',
    responses: [json(200, { ok: false, error: 'invalid_auth' })],
    status: 'invalid',
    reason: 'revoked',
    message: /revoked or was never valid, or the workspace accepts requests only from allow-listed IP addresses/,
  },
  {
    name: 'case 14: account_inactive is invalid (user-inactive): the deactivated user',
    responses: [json(200, { ok: false, error: 'account_inactive' })],
    status: 'invalid',
    reason: 'user-inactive',
    message: /^the user associated with this key is deactivated/,
  },
  {
    name: 'case 14: ratelimited is unknown',
    responses: [json(200, { ok: false, error: 'ratelimited' })],
    status: 'unknown',
    reason: 'rate-limited',
  },
  {
    // Not recorded; Slack's documented code. Slack shows deactivated members as deleted users.
    name: "token_revoked is invalid (revoked), naming a deactivated user's token as a cause",
    responses: [json(200, { ok: false, error: 'token_revoked' })],
    status: 'invalid',
    reason: 'revoked',
    message: /revoked, the app removed, or the user or workspace behind it deleted or deactivated/,
  },
  {
    // Recorded: no token reached Slack. That says nothing about the token.
    name: 'not_authed is unknown: the request, not the token, is at fault',
    responses: [json(200, { ok: false, error: 'not_authed' })],
    status: 'unknown',
    reason: 'unexpected-response',
    message: /not_authed/,
  },
  {
    name: 'token_expired is invalid (expired)',
    responses: [json(200, { ok: false, error: 'token_expired' })],
    status: 'invalid',
    reason: 'expired',
  },
  {
    name: 'missing_scope (auth.test needs none) is unknown, never verified',
    responses: [json(200, { ok: false, error: 'missing_scope' })],
    status: 'unknown',
    reason: 'insufficient-scope',
  },
  {
    name: 'an unknown error code is unknown and named',
    responses: [json(200, { ok: false, error: 'team_access_not_granted' })],
    status: 'unknown',
    reason: 'unexpected-response',
    message: /team_access_not_granted/,
  },
  {
    name: 'ok:false with no error code is unknown',
    responses: [json(200, { ok: false })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: 'a code that is an inherited property name is not a known code',
    responses: [json(200, { ok: false, error: 'constructor' })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
];

const FAULTS: Case[] = [
  {
    name: 'permanent HTTP 429: unknown after the bounded attempts',
    responses: [json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' })],
    status: 'unknown',
    reason: 'rate-limited',
    requests: 3,
  },
  {
    name: 'Retry-After: 86400 is over the cap: given up at once',
    responses: [json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '86400' })],
    status: 'unknown',
    reason: 'rate-limited',
    requests: 1,
  },
  { name: '500', responses: [json(500, { ok: false })], status: 'unknown', reason: 'server-error' },
  { name: '502 HTML', responses: [html(502)], status: 'unknown', reason: 'server-error' },
  { name: '503', responses: [{ status: 503 }], status: 'unknown', reason: 'server-error' },
  { name: 'case 13: 200 with an HTML page', responses: [html(200)], status: 'unknown', reason: 'unexpected-response' },
  {
    name: 'case 13: 200 with JSON that is not auth.test',
    responses: [json(200, { hello: 'world' })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: '200 ok:true without the ids',
    responses: [json(200, { ok: true, team: 'Acme Corp' })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: '200 with a JSON array',
    responses: [{ status: 200, body: '[{"ok":true}]', headers: { 'content-type': 'application/json' } }],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: '401 (undocumented for Slack)',
    responses: [json(401, { ok: false })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  { name: '403 HTML from a WAF', responses: [html(403)], status: 'unknown', reason: 'unexpected-response' },
  { name: 'header stall', responses: ['stall-headers'], status: 'unknown', reason: 'timeout' },
  { name: 'body stall', responses: ['stall-body'], status: 'unknown', reason: 'timeout' },
  { name: 'connection reset', responses: ['reset'], status: 'unknown', reason: 'network' },
];

describe('slack identify', () => {
  for (const c of [...ACCEPTED, ...REFUSED, ...FAULTS]) {
    it(c.name, async () => {
      const { identity, server, ms } = await run(c.kind ?? 'bot', c.responses);
      expect(identity).toMatchObject({ status: c.status, reason: c.reason });
      if (c.principal) expect(identity.principal).toEqual(c.principal);
      if (c.facts) expect(identity.facts).toEqual(c.facts);
      if (c.status !== 'verified') expect(identity.facts).toEqual([]);
      if (c.message instanceof RegExp) expect(identity.message).toMatch(c.message);
      else if (c.message !== undefined) expect(identity.message).toBe(c.message);
      if (c.status !== 'verified') expect(identity.message).toBeTruthy();
      expect(server.requests).toHaveLength(c.requests ?? 1);
      // Every case ends within the deadlines: 500 ms a request, at most two 1 s waits.
      expect(ms).toBeLessThan((c.requests ?? 1) * 600 + 2500);
    });
  }

  it('case 17: a stall ends within the request deadline', async () => {
    const { identity, ms } = await run('bot', ['stall-headers']);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(ms).toBeLessThan(1200);
  });

  it('case 4: a redirect is not followed; the other host sees nothing', async () => {
    const elsewhere = await fake([json(200, BOT)]);
    const { identity, server } = await run('bot', [
      { status: 302, headers: { location: `${elsewhere.url}/api/auth.test` } },
    ]);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('case 9: an error that echoes the token is redacted everywhere', async () => {
    const { identity } = await run('bot', [json(200, { ok: false, error: `Invalid key ${TOKENS.bot}` })]);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    expect(identity.message).toContain('[redacted]');
  });

  it('case 9: principal fields that echo the token are redacted', async () => {
    const echo = Buffer.from(TOKENS.bot).toString('base64');
    const { identity } = await run('bot', [json(200, { ...BOT, user: TOKENS.bot, url: `https://x.test/?t=${echo}` })]);
    expect(identity.status).toBe('verified');
    expect(identity.principal?.user).toBe('[redacted]');
  });

  it('case 10: provider text cannot start a workflow command', async () => {
    const { identity } = await run('bot', [json(200, { ...BOT, team: 'Acme\n::stop-commands::x\n' })]);
    expect(identity.principal?.team).not.toMatch(/\n/);
  });

  it('the principal fact matches the documented declarations', async () => {
    const { identity } = await run('bot', [json(200, BOT)]);
    const principal = identity.facts.find((f) => f.fact === 'principal')?.value;
    expect(matchesGlob('T012AB34/U045CD67', String(principal))).toBe(true);
    expect(matchesGlob('T012AB34/*', String(principal))).toBe(true);
    expect(matchesGlob('T999/*', String(principal))).toBe(false);
  });
});
