// The GitHub adapter against a local fake API: every token kind, the documented errors, rate limits,
// faults and hostile bodies (SECURITY.md cases 4, 9, 13, 15, 16, 17). Every request is checked for
// method, path, credential header and that it is one of the provider's declared endpoints.

import { afterEach, describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { github, parseGitHubDate } from '../../src/providers/github.js';
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
const TAIL = 'q7Wm2Rx' + 'K9tLb4Z' + 'vN1cJ8s' + 'P3dHf6Y' + 'g0Ua5Ee' + 'T2';
const TOKENS = {
  classic: 'ghp' + '_' + TAIL,
  fine: 'github' + '_pat_' + '11AQ3ZK7Y0' + TAIL + '_' + TAIL.split('').reverse().join(''),
  oauth: 'gho' + '_' + TAIL.toLowerCase(),
  user: 'ghu' + '_' + TAIL.toUpperCase(),
  installation: 'ghs' + '_' + TAIL.slice(10) + TAIL.slice(0, 10),
} as const;
type Kind = keyof typeof TOKENS;

const TYPE_OF: Record<Kind, string> = {
  classic: 'classic-pat',
  fine: 'fine-grained-pat',
  oauth: 'oauth',
  user: 'user-to-server',
  installation: 'app-installation',
};

const NOW = new Date('2026-03-01T00:00:00Z');
const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };
const USER = { login: 'deploy-bot', id: 4242, type: 'User', site_admin: false, name: 'Deploy Bot' };
const REPOS = {
  total_count: 3,
  repository_selection: 'selected',
  repositories: [{ id: 7, name: 'api', full_name: 'acme/api', owner: { login: 'acme', id: 9, type: 'Organization' } }],
};
const HUMAN: Fact = {
  fact: 'principalKind',
  value: 'human',
  detail: 'a GitHub user account (machine users look the same)',
};
const INSTALLATION: Fact = {
  fact: 'principalKind',
  value: 'service',
  detail: 'a GitHub App installation (ghs_, GITHUB_TOKEN)',
};

function credential(kind: Kind): Credential {
  const value = TOKENS[kind];
  const match = detectFormat(value, 'GITHUB_TOKEN');
  if (match?.provider.id !== 'github') throw new Error(`test token ${kind} is not a GitHub token`);
  return { name: 'GITHUB_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format: match.format };
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

interface Run {
  identity: Identity;
  server: FakeProvider;
  ms: number;
}

async function run(kind: Kind, responses: FakeBehaviour[], base = ''): Promise<Run> {
  const server = await fake(responses);
  const started = Date.now();
  const http = new SmokeHttp(SETTINGS).forProvider(github, server.url + base);
  const identity = await github.identify!(credential(kind), { http, now: NOW });
  const ms = Date.now() - started;
  expectRequests(server, kind, base);
  return { identity, server, ms };
}

/** Every request: GET, the right endpoint for the token kind, declared, with the documented headers. */
function expectRequests(server: FakeProvider, kind: Kind, base: string): void {
  const path = kind === 'installation' ? '/installation/repositories?per_page=1' : '/user';
  const declared = github.endpoints.map((e) => `${e.method} ${base}${e.path}`);
  for (const request of server.requests) {
    expect(request.method).toBe('GET');
    expect(request.path).toBe(base + path);
    expect(declared).toContain(`${request.method} ${request.path.split('?')[0]}`);
    expect(request.headers.authorization).toBe(`Bearer ${TOKENS[kind]}`);
    expect(request.headers.accept).toBe('application/vnd.github+json');
    expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request.headers['user-agent']).toBe('keybound');
    expect(request.body).toBe('');
  }
}

/** The token in any form the redactor knows must appear nowhere in what the adapter returns. */
function expectNoToken(identity: Identity, kind: Kind): void {
  const text = JSON.stringify(identity);
  const token = TOKENS[kind];
  expect(text).not.toContain(token);
  expect(text).not.toContain(token.slice(4));
  expect(text).not.toContain(Buffer.from(token).toString('base64'));
}

interface Case {
  name: string;
  kind: Kind;
  responses: FakeBehaviour[];
  base?: string;
  status: Identity['status'];
  reason: string;
  principal?: Identity['principal'];
  facts?: Identity['facts'];
  message?: string | RegExp;
  requests?: number;
}

const VERIFIED: Case[] = [
  {
    name: 'classic PAT with scopes (admin:org) and a UTC expiration',
    kind: 'classic',
    responses: [
      json(200, USER, {
        'x-oauth-scopes': 'repo, admin:org,read:user ',
        'github-authentication-token-expiration': '2026-09-01 12:30:00 UTC',
      }),
    ],
    status: 'verified',
    reason: 'ok',
    principal: { login: 'deploy-bot', id: 4242, type: 'User', site_admin: false },
    facts: [
      { fact: 'principal', value: 'deploy-bot', detail: 'GitHub GET /user login' },
      HUMAN,
      { fact: 'scopes', value: ['repo', 'admin:org', 'read:user'], detail: 'GitHub X-OAuth-Scopes header' },
      { fact: 'expires', value: '2026-09-01T12:30:00.000Z', detail: 'GitHub token expiration header' },
    ],
  },
  {
    name: 'classic PAT on GitHub Enterprise Server (/api/v3 base path)',
    kind: 'classic',
    base: '/api/v3',
    responses: [json(200, USER, { 'x-oauth-scopes': 'repo', 'x-github-enterprise-version': '3.15.0' })],
    status: 'verified',
    reason: 'ok',
    principal: { login: 'deploy-bot', id: 4242, type: 'User', site_admin: false },
    facts: [
      { fact: 'principal', value: 'deploy-bot', detail: 'GitHub GET /user login' },
      HUMAN,
      { fact: 'scopes', value: ['repo'], detail: 'GitHub X-OAuth-Scopes header' },
    ],
  },
  {
    name: 'classic PAT with an empty scopes header: no scopes at all',
    kind: 'classic',
    responses: [json(200, USER, { 'x-oauth-scopes': '' })],
    status: 'verified',
    reason: 'ok',
    facts: [
      { fact: 'principal', value: 'deploy-bot', detail: 'GitHub GET /user login' },
      HUMAN,
      { fact: 'scopes', value: [], detail: 'GitHub X-OAuth-Scopes header' },
    ],
  },
  {
    name: 'classic PAT without a scopes header: no scopes fact, no key type',
    kind: 'classic',
    responses: [json(200, USER)],
    status: 'verified',
    reason: 'ok',
    facts: [{ fact: 'principal', value: 'deploy-bot', detail: 'GitHub GET /user login' }, HUMAN],
  },
  {
    name: 'fine-grained PAT: no scopes header, an offset expiration',
    kind: 'fine',
    responses: [json(200, USER, { 'github-authentication-token-expiration': '2026-04-15 09:00:00 -0700' })],
    status: 'verified',
    reason: 'ok',
    message: 'fine-grained token: GitHub does not list its permissions, so no scopes were recorded',
    principal: { login: 'deploy-bot', id: 4242, type: 'User', site_admin: false },
    facts: [
      { fact: 'principal', value: 'deploy-bot', detail: 'GitHub GET /user login' },
      HUMAN,
      {
        fact: 'keyType',
        value: 'fine-grained-pat',
        detail: 'GitHub sent no X-OAuth-Scopes header (fine-grained token)',
      },
      { fact: 'expires', value: '2026-04-15T16:00:00.000Z', detail: 'GitHub token expiration header' },
    ],
  },
  {
    name: 'OAuth token with scopes',
    kind: 'oauth',
    responses: [json(200, { ...USER, login: 'octo-human' }, { 'x-oauth-scopes': 'read:user, user:email' })],
    status: 'verified',
    reason: 'ok',
    principal: { login: 'octo-human', id: 4242, type: 'User', site_admin: false },
    facts: [
      { fact: 'principal', value: 'octo-human', detail: 'GitHub GET /user login' },
      HUMAN,
      { fact: 'scopes', value: ['read:user', 'user:email'], detail: 'GitHub X-OAuth-Scopes header' },
    ],
  },
  {
    name: 'user-to-server token: no scopes header, noted',
    kind: 'user',
    responses: [json(200, { login: 'octo-human', id: 5, type: 'User' })],
    status: 'verified',
    reason: 'ok',
    message: /GitHub App user token/,
    principal: { login: 'octo-human', id: 5, type: 'User' },
    facts: [{ fact: 'principal', value: 'octo-human', detail: 'GitHub GET /user login' }, HUMAN],
  },
  {
    name: 'a Bot account is a service principal',
    kind: 'user',
    responses: [json(200, { login: 'acme-app[bot]', id: 6, type: 'Bot', site_admin: false })],
    status: 'verified',
    reason: 'ok',
    principal: { login: 'acme-app[bot]', id: 6, type: 'Bot', site_admin: false },
    facts: [
      { fact: 'principal', value: 'acme-app[bot]', detail: 'GitHub GET /user login' },
      { fact: 'principalKind', value: 'service', detail: 'a GitHub App bot account (type Bot)' },
    ],
  },
  {
    name: 'installation token (ghs_, GITHUB_TOKEN): the repositories owner is the principal',
    kind: 'installation',
    responses: [json(200, REPOS, { 'github-authentication-token-expiration': '2026-03-01 01:00:00 UTC' })],
    status: 'verified',
    reason: 'ok',
    principal: { installation: true, repositories: 3, owner: 'acme', repository_selection: 'selected' },
    facts: [
      INSTALLATION,
      { fact: 'principal', value: 'acme', detail: "owner of the installation's repositories" },
      { fact: 'expires', value: '2026-03-01T01:00:00.000Z', detail: 'GitHub token expiration header' },
    ],
  },
  {
    name: 'installation token on GHES',
    kind: 'installation',
    base: '/api/v3',
    responses: [json(200, REPOS)],
    status: 'verified',
    reason: 'ok',
    facts: [INSTALLATION, { fact: 'principal', value: 'acme', detail: "owner of the installation's repositories" }],
  },
  {
    name: 'installation with no repositories: no principal fact',
    kind: 'installation',
    responses: [json(200, { total_count: 0, repositories: [] })],
    status: 'verified',
    reason: 'ok',
    principal: { installation: true, repositories: 0 },
    facts: [INSTALLATION],
  },
];

const REFUSED: Case[] = [
  {
    name: '401 Bad credentials',
    kind: 'classic',
    responses: [
      json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }),
    ],
    status: 'invalid',
    reason: 'revoked',
    message: 'GitHub does not accept this token (revoked, expired or never valid)',
  },
  {
    // Rate-limit headers come with every GitHub answer: only a 403 or 429 with them is rate limiting.
    name: '401 Bad credentials with x-ratelimit-remaining: 0 and Retry-After stays a 401: invalid, sent once',
    kind: 'classic',
    responses: [
      json(
        401,
        { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
        { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
      ),
    ],
    status: 'invalid',
    reason: 'revoked',
  },
  {
    name: '401 on an expired installation token',
    kind: 'installation',
    responses: [json(401, { message: 'Bad credentials' })],
    status: 'invalid',
    reason: 'revoked',
  },
  {
    name: '403 suspended account',
    kind: 'classic',
    responses: [json(403, { message: 'Sorry. Your account was suspended.' })],
    status: 'invalid',
    reason: 'user-inactive',
    message: 'GitHub says the account behind this token is suspended',
  },
  {
    name: '403 "Resource not accessible by personal access token": a working token that may not say who it is',
    kind: 'fine',
    responses: [json(403, { message: 'Resource not accessible by personal access token' })],
    status: 'unknown',
    reason: 'insufficient-scope',
    message: /accepted the token.*: Resource not accessible by personal access token$/,
  },
  {
    name: '403 "Resource not accessible by integration" on /installation/repositories: never invalid',
    kind: 'installation',
    responses: [json(403, { message: 'Resource not accessible by integration' })],
    status: 'unknown',
    reason: 'insufficient-scope',
  },
  {
    name: '403 without a documented meaning is inconclusive',
    kind: 'fine',
    responses: [json(403, { message: 'Must have admin rights to Repository.' })],
    status: 'unknown',
    reason: 'unexpected-response',
    message: /HTTP 403\): Must have admin rights to Repository\.$/,
  },
  {
    name: '403 secondary rate limit (remaining not 0, retry-after set)',
    kind: 'classic',
    responses: [
      json(
        403,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': '60', 'x-ratelimit-remaining': '4990' },
      ),
    ],
    status: 'unknown',
    reason: 'rate-limited',
    requests: 1,
  },
  {
    name: '404 (a GHES base URL without /api/v3) is not an invalid key',
    kind: 'classic',
    responses: [json(404, { message: 'Not Found' })],
    status: 'unknown',
    reason: 'unexpected-response',
    message: /\/api\/v3/,
  },
  {
    name: '400 is inconclusive',
    kind: 'oauth',
    responses: [json(400, { message: 'Bad request' })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  ...[500, 502, 503].map((status): Case => ({
    name: `${status} from the API`,
    kind: 'classic',
    responses: [json(status, { message: 'Server Error' })],
    status: 'unknown',
    reason: 'server-error',
    message: `HTTP ${status} from the provider`,
    requests: 1,
  })),
  {
    name: '200 with an HTML page (a WAF or captive portal) is never verified',
    kind: 'classic',
    responses: [html(200)],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: '200 with HTML on /installation/repositories',
    kind: 'installation',
    responses: [html(200)],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: '200 with a JSON array',
    kind: 'classic',
    responses: [{ status: 200, body: '[{"login":"x"}]', headers: { 'content-type': 'application/json' } }],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: '200 with JSON missing login',
    kind: 'classic',
    responses: [json(200, { id: 1, type: 'User' })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: '200 with JSON that is not installation repositories',
    kind: 'installation',
    responses: [json(200, { login: 'x', id: 1 })],
    status: 'unknown',
    reason: 'unexpected-response',
  },
  {
    name: 'connection reset',
    kind: 'classic',
    responses: ['reset'],
    status: 'unknown',
    reason: 'network',
  },
];

describe('GitHub identify', () => {
  it.each([...VERIFIED, ...REFUSED])('$name', async (c) => {
    const { identity, server } = await run(c.kind, c.responses, c.base);
    expect(identity.status).toBe(c.status);
    expect(identity.reason).toBe(c.reason);
    if (c.principal) expect(identity.principal).toEqual(c.principal);
    if (c.facts) expect(identity.facts).toEqual(c.facts);
    if (c.status !== 'verified') {
      expect(identity.facts).toEqual([]);
      expect(identity.principal).toBeUndefined();
    }
    if (typeof c.message === 'string') expect(identity.message).toBe(c.message);
    else if (c.message) expect(identity.message).toMatch(c.message);
    expect(server.requests).toHaveLength(c.requests ?? 1);
    expectNoToken(identity, c.kind);
  });

  it('every token kind uses its format from detectFormat', () => {
    for (const kind of Object.keys(TOKENS) as Kind[]) expect(credential(kind).format.type).toBe(TYPE_OF[kind]);
    for (const token of Object.values(TOKENS)) expect(token).not.toMatch(/(.)\1{7}/);
  });

  it('403 with x-ratelimit-remaining: 0 and retry-after: 1 waits, retries, then verifies', async () => {
    const limited = json(
      403,
      { message: 'API rate limit exceeded' },
      { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
    );
    const { identity, server, ms } = await run('classic', [limited, json(200, USER, { 'x-oauth-scopes': 'repo' })]);
    expect(identity.status).toBe('verified');
    expect(identity.principal?.login).toBe('deploy-bot');
    expect(server.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(900);
  });

  it('403 with x-ratelimit-remaining: 0 throughout is rate-limited after maxAttempts', async () => {
    const limited = json(
      403,
      { message: 'API rate limit exceeded' },
      { 'x-ratelimit-remaining': '0', 'retry-after': '0' },
    );
    const { identity, server } = await run('classic', [limited]);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(server.requests).toHaveLength(SETTINGS.maxAttempts);
  });

  it('permanent 429 is unknown (rate-limited) after exactly maxAttempts requests', async () => {
    const { identity, server, ms } = await run('installation', [
      json(429, { message: 'slow down' }, { 'retry-after': '1' }),
    ]);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(server.requests).toHaveLength(SETTINGS.maxAttempts);
    expect(ms).toBeLessThan(5000);
  });

  it('a 429 asking for a day is not waited for', async () => {
    const { identity, server, ms } = await run('classic', [json(429, {}, { 'retry-after': '86400' })]);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expect(server.requests).toHaveLength(1);
    expect(ms).toBeLessThan(1000);
  });

  it('302 to another host is not followed and that host sees nothing', async () => {
    const elsewhere = await fake([json(200, USER)]);
    const { identity } = await run('classic', [{ status: 302, headers: { location: `${elsewhere.url}/user` } }]);
    expect(identity).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each(['stall-headers', 'stall-body'] as const)(
    '%s ends as unknown (timeout) within the deadline',
    async (stall) => {
      const { identity, ms } = await run('classic', [stall]);
      expect(identity).toMatchObject({ status: 'unknown', reason: 'timeout' });
      expect(ms).toBeLessThan(SETTINGS.requestTimeoutMs + 1000);
    },
  );

  it('connection refused is unknown (network)', async () => {
    const closed = await fake([json(200, USER)]);
    const url = closed.url;
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);
    const http = new SmokeHttp(SETTINGS).forProvider(github, url);
    const identity = await github.identify!(credential('classic'), { http, now: NOW });
    expect(identity).toMatchObject({ status: 'unknown', reason: 'network' });
  });

  describe('bodies that echo the token never carry it into the Identity', () => {
    it.each(['classic', 'installation'] as const)('403 message quoting the %s token', async (kind) => {
      const token = TOKENS[kind];
      const body = { message: `Token ${token} is not allowed (${Buffer.from(token).toString('base64')})` };
      const { identity } = await run(kind, [json(403, body)]);
      expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
      expect(identity.message).toContain('[redacted]');
      expectNoToken(identity, kind);
    });

    it('401 body quoting the token', async () => {
      const { identity } = await run('fine', [json(401, { message: `Bad credentials: ${TOKENS.fine}` })]);
      expect(identity).toMatchObject({ status: 'invalid', reason: 'revoked' });
      expectNoToken(identity, 'fine');
    });

    it('200 whose login, type and scopes echo the token', async () => {
      const token = TOKENS.classic;
      const body = { login: `u-${token}`, id: 1, type: token };
      const { identity } = await run('classic', [json(200, body, { 'x-oauth-scopes': `repo, ${token}` })]);
      expect(identity.status).toBe('verified');
      expect(identity.principal?.login).toBe('u-[redacted]');
      expectNoToken(identity, 'classic');
    });

    it('200 installation body whose owner echoes the token', async () => {
      const token = TOKENS.installation;
      const body = { total_count: 1, repositories: [{ owner: { login: token } }], repository_selection: token };
      const { identity } = await run('installation', [json(200, body)]);
      expect(identity.status).toBe('verified');
      expectNoToken(identity, 'installation');
    });
  });
});

describe('parseGitHubDate', () => {
  it.each([
    ['2026-09-01 12:30:00 UTC', '2026-09-01T12:30:00.000Z'],
    ['2026-04-15 09:00:00 -0700', '2026-04-15T16:00:00.000Z'],
    ['2026-04-15 23:00:00 +0200', '2026-04-15T21:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseGitHubDate(text)?.toISOString()).toBe(iso);
  });

  it.each(['', 'never', '2026-02-30 00:00:00 UTC', '2026-09-01', '2026-09-01T12:30:00Z junk'])('rejects %j', (text) => {
    expect(parseGitHubDate(text)).toBeUndefined();
  });
});
