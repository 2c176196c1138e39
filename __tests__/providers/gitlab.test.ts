// The GitLab adapter against a local fake API: the token's own record, then the user behind it; the
// documented 401/403 bodies, rate limits, faults and hostile bodies (SECURITY.md cases 4, 9, 13, 16,
// 17). Every request is checked for method, path, credential header and declared endpoint.

import { afterEach, describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { gitlab } from '../../src/providers/gitlab.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { detectFormat } from '../../src/providers/index.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import {
  html,
  json,
  startFakeProvider,
  type FakeBehaviour,
  type FakeProvider,
  type FakeRequest,
} from '../helpers/fake-provider.js';

type Fact = Identity['facts'][number];

// NOTE: fake tokens, built from parts so that secret scanners do not flag them.
const TOKENS = {
  legacy: 'glpat' + '-' + 'Zr4Kq8Wm' + 'T1xVb7Nc' + 'P2sL',
  routable: 'glpat' + '-' + 'Hq3Wn9Ke' + 'X5vRt2Lm' + 'Bc8Zs1Dy4Fg' + '.01.' + 'k7m2p9x4q',
  deploy: 'gldt' + '-' + 'Yb6Tn3Qv' + 'M8wEr5Ks' + 'J0hP',
} as const;
type Kind = keyof typeof TOKENS;

const SELF = '/api/v4/personal_access_tokens/self';
const USER = '/api/v4/user';
const NOW = new Date('2026-03-01T00:00:00Z');
const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };

const TOKEN_RECORD = {
  id: 77,
  name: 'deploy',
  revoked: false,
  created_at: '2025-06-01T10:20:30.456Z',
  description: 'release pipeline',
  scopes: ['read_api', 'read_repository'],
  user_id: 42,
  last_used_at: '2026-02-28T08:00:00.000Z',
  active: true,
  expires_at: '2026-09-01',
};
const USER_RECORD = { id: 42, username: 'release-bot', name: 'Release Bot', state: 'active', bot: false };
const TOKEN_FACTS: Identity['facts'] = [
  { fact: 'scopes', value: ['read_api', 'read_repository'], detail: 'GitLab token scopes' },
  { fact: 'created', value: '2025-06-01T10:20:30.456Z', detail: 'GitLab token created_at' },
  { fact: 'expires', value: '2026-09-01', detail: 'GitLab token expires_at' },
];
const HUMAN: Fact = {
  fact: 'principalKind',
  value: 'human',
  detail: 'a GitLab user account (machine users look the same)',
};
const BOT: Fact = {
  fact: 'principalKind',
  value: 'service',
  detail: 'a GitLab bot user (project or group access token, service account)',
};
const principalFact = (username: string): Identity['facts'][number] => ({
  fact: 'principal',
  value: username,
  detail: 'GitLab GET /user username',
});

function credential(kind: Kind): Credential {
  const value = TOKENS[kind];
  const match = detectFormat(value, 'GITLAB_TOKEN');
  if (match?.provider.id !== 'gitlab') throw new Error(`test token ${kind} is not a GitLab token`);
  return { name: 'GITLAB_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format: match.format };
}

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Answers per endpoint, in order (the last answer repeats). */
type Script = Partial<Record<typeof SELF | typeof USER, FakeBehaviour[]>>;

async function fake(script: Script, base: string): Promise<FakeProvider> {
  const seen: Record<string, number> = {};
  const server = await startFakeProvider((request: FakeRequest) => {
    const path = request.path.slice(base.length) as keyof Script;
    const answers = script[path];
    if (!answers) return json(404, { message: '404 Not Found' });
    const index = seen[path] ?? 0;
    seen[path] = index + 1;
    return answers[Math.min(index, answers.length - 1)];
  });
  servers.push(server);
  return server;
}

interface Run {
  identity: Identity;
  server: FakeProvider;
  ms: number;
}

async function run(kind: Kind, script: Script, base = ''): Promise<Run> {
  const server = await fake(script, base);
  const started = Date.now();
  const http = new SmokeHttp(SETTINGS).forProvider(gitlab, server.url + base);
  const identity = await gitlab.identify!(credential(kind), { http, now: NOW });
  const ms = Date.now() - started;
  const declared = gitlab.endpoints.map((e) => `${e.method} ${base}${e.path}`);
  for (const request of server.requests) {
    expect(request.method).toBe('GET');
    expect([base + SELF, base + USER]).toContain(request.path);
    expect(declared).toContain(`${request.method} ${request.path}`);
    expect(request.headers['private-token']).toBe(TOKENS[kind]);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['user-agent']).toBe('keybound');
    expect(request.body).toBe('');
  }
  return { identity, server, ms };
}

function paths(server: FakeProvider): string[] {
  return server.requests.map((request) => request.path);
}

function expectNoToken(identity: Identity, kind: Kind): void {
  const text = JSON.stringify(identity);
  const token = TOKENS[kind];
  expect(text).not.toContain(token);
  expect(text).not.toContain(token.slice(6));
  expect(text).not.toContain(Buffer.from(token).toString('base64'));
}

interface Case {
  name: string;
  kind?: Kind;
  script: Script;
  base?: string;
  status: Identity['status'];
  reason: string;
  principal?: Identity['principal'];
  facts?: Identity['facts'];
  message?: string | RegExp;
  /** Paths requested, in order (without the base). */
  calls: string[];
}

const CASES: Case[] = [
  {
    name: 'human user: token record then user',
    script: { [SELF]: [json(200, TOKEN_RECORD)], [USER]: [json(200, USER_RECORD)] },
    status: 'verified',
    reason: 'ok',
    principal: { user_id: 42, token_name: 'deploy', username: 'release-bot', id: 42, state: 'active', bot: false },
    facts: [principalFact('release-bot'), HUMAN, ...TOKEN_FACTS],
    calls: [SELF, USER],
  },
  {
    name: 'bot user (project access token), routable token format, no expiry',
    kind: 'routable',
    script: {
      [SELF]: [json(200, { ...TOKEN_RECORD, scopes: ['api'], expires_at: null })],
      [USER]: [json(200, { ...USER_RECORD, username: 'project_12_bot_ab12', bot: true })],
    },
    status: 'verified',
    reason: 'ok',
    facts: [
      principalFact('project_12_bot_ab12'),
      BOT,
      { fact: 'scopes', value: ['api'], detail: 'GitLab token scopes' },
      { fact: 'created', value: '2025-06-01T10:20:30.456Z', detail: 'GitLab token created_at' },
    ],
    calls: [SELF, USER],
  },
  {
    name: 'self-managed GitLab under a sub-path',
    base: '/gitlab',
    script: { [SELF]: [json(200, TOKEN_RECORD)], [USER]: [json(200, USER_RECORD)] },
    status: 'verified',
    reason: 'ok',
    facts: [principalFact('release-bot'), HUMAN, ...TOKEN_FACTS],
    calls: [SELF, USER],
  },
  {
    name: 'GitLab before 15.5 (404 on /self): user only',
    script: { [SELF]: [json(404, { message: '404 Not Found' })], [USER]: [json(200, USER_RECORD)] },
    status: 'verified',
    reason: 'ok',
    principal: { username: 'release-bot', id: 42, state: 'active', bot: false },
    facts: [principalFact('release-bot'), HUMAN],
    calls: [SELF, USER],
  },
  {
    name: 'token may not read its own record (403 insufficient_scope): user only, noted',
    script: {
      [SELF]: [json(403, { error: 'insufficient_scope', error_description: 'The request requires higher privileges' })],
      [USER]: [json(200, USER_RECORD)],
    },
    status: 'verified',
    reason: 'ok',
    message: /scopes and dates are unknown/,
    facts: [principalFact('release-bot'), HUMAN],
    calls: [SELF, USER],
  },
  {
    name: 'token without read_user (403 insufficient_scope on /user): unknown, token facts kept',
    script: {
      [SELF]: [json(200, TOKEN_RECORD)],
      [USER]: [json(403, { error: 'insufficient_scope', scope: 'api read_user' })],
    },
    status: 'unknown',
    reason: 'insufficient-scope',
    principal: { user_id: 42, token_name: 'deploy' },
    facts: TOKEN_FACTS,
    message: /read_user/,
    calls: [SELF, USER],
  },
  {
    name: '401 invalid_token revoked',
    script: {
      [SELF]: [
        json(401, {
          error: 'invalid_token',
          error_description: 'Token was revoked. You have to re-authorize from the user.',
        }),
      ],
    },
    status: 'invalid',
    reason: 'revoked',
    calls: [SELF],
  },
  {
    name: '401 invalid_token expired',
    script: {
      [SELF]: [
        json(401, {
          error: 'invalid_token',
          error_description: 'Token is expired. You can either do re-authorization or token refresh.',
        }),
      ],
    },
    status: 'invalid',
    reason: 'expired',
    message: 'GitLab says this token has expired',
    calls: [SELF],
  },
  {
    name: '401 "Token has expired" wording',
    script: { [SELF]: [json(401, { error: 'invalid_token', error_description: 'Token has expired' })] },
    status: 'invalid',
    reason: 'expired',
    calls: [SELF],
  },
  {
    name: '401 plain: unknown token',
    script: { [SELF]: [json(401, { message: '401 Unauthorized' })] },
    status: 'invalid',
    reason: 'unknown-key',
    calls: [SELF],
  },
  {
    name: 'token record says revoked',
    script: { [SELF]: [json(200, { ...TOKEN_RECORD, revoked: true, active: false })] },
    status: 'invalid',
    reason: 'revoked',
    calls: [SELF],
  },
  {
    name: 'token record inactive and past expires_at',
    script: { [SELF]: [json(200, { ...TOKEN_RECORD, active: false, expires_at: '2026-01-31' })] },
    status: 'invalid',
    reason: 'expired',
    calls: [SELF],
  },
  {
    name: '403 account blocked on /self',
    script: { [SELF]: [json(403, { message: '403 Forbidden - Your account has been blocked.' })] },
    status: 'invalid',
    reason: 'user-inactive',
    message: 'GitLab says the account behind this token is blocked',
    calls: [SELF],
  },
  {
    name: '403 account deactivated on /user',
    script: {
      [SELF]: [json(200, TOKEN_RECORD)],
      [USER]: [json(403, { message: 'Your account has been deactivated by your administrator.' })],
    },
    status: 'invalid',
    reason: 'user-inactive',
    calls: [SELF, USER],
  },
  ...['blocked', 'deactivated', 'banned', 'ldap_blocked'].map((state): Case => ({
    name: `user state ${state}`,
    script: { [SELF]: [json(200, TOKEN_RECORD)], [USER]: [json(200, { ...USER_RECORD, state })] },
    status: 'invalid',
    reason: 'user-inactive',
    message: `the GitLab user behind this token is ${state.replace('_', ' ')}`,
    calls: [SELF, USER],
  })),
  {
    name: '403 with no documented meaning',
    script: { [SELF]: [json(403, { message: '403 Forbidden' })] },
    status: 'unknown',
    reason: 'unexpected-response',
    message: /HTTP 403/,
    calls: [SELF],
  },
  ...[500, 502, 503].map((status): Case => ({
    name: `${status} on /self`,
    script: { [SELF]: [json(status, { message: 'oops' })] },
    status: 'unknown',
    reason: 'server-error',
    message: `HTTP ${status} from the provider`,
    calls: [SELF],
  })),
  {
    name: '502 on /user after a good token record',
    script: { [SELF]: [json(200, TOKEN_RECORD)], [USER]: [json(502, {})] },
    status: 'unknown',
    reason: 'server-error',
    calls: [SELF, USER],
  },
  {
    name: '200 HTML page on /self',
    script: { [SELF]: [html(200)] },
    status: 'unknown',
    reason: 'unexpected-response',
    calls: [SELF],
  },
  {
    name: '200 HTML page on /user',
    script: { [SELF]: [json(200, TOKEN_RECORD)], [USER]: [html(200)] },
    status: 'unknown',
    reason: 'unexpected-response',
    calls: [SELF, USER],
  },
  {
    name: '200 /user without a username',
    script: { [SELF]: [json(200, TOKEN_RECORD)], [USER]: [json(200, { id: 42 })] },
    status: 'unknown',
    reason: 'unexpected-response',
    calls: [SELF, USER],
  },
  {
    name: 'connection reset',
    script: { [SELF]: ['reset'] },
    status: 'unknown',
    reason: 'network',
    calls: [SELF],
  },
];

describe('GitLab identify', () => {
  it.each(CASES)('$name', async (c) => {
    const kind = c.kind ?? 'legacy';
    const base = c.base ?? '';
    const { identity, server } = await run(kind, c.script, base);
    expect(identity.status).toBe(c.status);
    expect(identity.reason).toBe(c.reason);
    if (c.principal) expect(identity.principal).toEqual(c.principal);
    if (c.facts) expect(identity.facts).toEqual(c.facts);
    if (c.status === 'invalid' || (c.status === 'unknown' && c.reason !== 'insufficient-scope')) {
      expect(identity.facts).toEqual([]);
    }
    if (typeof c.message === 'string') expect(identity.message).toBe(c.message);
    else if (c.message) expect(identity.message).toMatch(c.message);
    expect(paths(server)).toEqual(c.calls.map((path) => base + path));
    expectNoToken(identity, kind);
  });

  it('test tokens match their formats and have no long runs', () => {
    expect(credential('legacy').format.type).toBe('access-token');
    expect(credential('routable').format.type).toBe('access-token');
    expect(credential('deploy').format.type).toBe('deploy-token');
    for (const token of Object.values(TOKENS)) expect(token).not.toMatch(/(.)\1{7}/);
  });

  it('a deploy token is skipped without any request', async () => {
    const { identity, server } = await run('deploy', { [SELF]: [json(200, TOKEN_RECORD)] });
    expect(identity).toMatchObject({ status: 'skipped', reason: 'unsupported' });
    expect(server.requests).toHaveLength(0);
  });

  it('429 with retry-after: 1 waits, retries, then verifies', async () => {
    const { identity, server, ms } = await run('legacy', {
      [SELF]: [json(429, { message: 'Retry later' }, { 'retry-after': '1' }), json(200, TOKEN_RECORD)],
      [USER]: [json(200, USER_RECORD)],
    });
    expect(identity.status).toBe('verified');
    expect(paths(server)).toEqual([SELF, SELF, USER]);
    expect(ms).toBeGreaterThanOrEqual(900);
  });

  it('permanent 429 is unknown (rate-limited) after exactly maxAttempts requests', async () => {
    const { identity, server } = await run('legacy', {
      [SELF]: [json(429, { message: 'Retry later' }, { 'retry-after': '0' })],
    });
    expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(server.requests).toHaveLength(SETTINGS.maxAttempts);
  });

  it('302 to another host is not followed and that host sees nothing', async () => {
    const elsewhere = await fake({ [SELF]: [json(200, TOKEN_RECORD)], [USER]: [json(200, USER_RECORD)] }, '');
    const { identity, server } = await run('legacy', {
      [SELF]: [{ status: 302, headers: { location: `${elsewhere.url}${SELF}` } }],
    });
    expect(identity).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(paths(server)).toEqual([SELF]);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each(['stall-headers', 'stall-body'] as const)(
    '%s ends as unknown (timeout) within the deadline',
    async (stall) => {
      const { identity, ms } = await run('legacy', { [SELF]: [json(200, TOKEN_RECORD)], [USER]: [stall] });
      expect(identity).toMatchObject({ status: 'unknown', reason: 'timeout' });
      expect(ms).toBeLessThan(SETTINGS.requestTimeoutMs + 1000);
    },
  );

  describe('bodies that echo the token never carry it into the Identity', () => {
    it('401 description quoting the token', async () => {
      const token = TOKENS.legacy;
      const { identity } = await run('legacy', {
        [SELF]: [json(401, { error: 'invalid_token', error_description: `Token ${token} was revoked` })],
      });
      expect(identity).toMatchObject({ status: 'invalid', reason: 'revoked' });
      expectNoToken(identity, 'legacy');
    });

    it('403 message quoting the token in plain and base64 forms', async () => {
      const token = TOKENS.routable;
      const message = `403 Forbidden for ${token} / ${Buffer.from(token).toString('base64')}`;
      const { identity } = await run('routable', { [SELF]: [json(403, { message })] });
      expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
      expect(identity.message).toContain('[redacted]');
      expectNoToken(identity, 'routable');
    });

    it('200 bodies whose name, scopes, username and state echo the token', async () => {
      const token = TOKENS.legacy;
      const { identity } = await run('legacy', {
        [SELF]: [json(200, { ...TOKEN_RECORD, name: token, scopes: ['api', token] })],
        [USER]: [json(200, { ...USER_RECORD, username: `x${token}`, state: token })],
      });
      expect(identity.status).toBe('verified');
      expect(identity.principal?.username).toBe('x[redacted]');
      expectNoToken(identity, 'legacy');
    });
  });
});
