// fetchSecretMetadata against a local fake GitHub API whose every answer is validated against GitHub's
// own API description: pagination, environments, organization secrets, GHES base paths, failures
// explained as warnings, the token only in the Authorization header, and only GET requests.

import { afterEach, describe, expect, it } from 'vitest';
import { KeyboundError } from '../../src/core/errors.js';
import { SecretValue } from '../../src/core/secret.js';
import { fetchSecretMetadata } from '../../src/discovery/github-secrets.js';
import { startFakeProvider, type FakeProvider, type FakeResponse } from '../helpers/fake-provider.js';
import { componentErrors, matchTemplate, responseErrors } from '../helpers/github-openapi.js';

const TOKEN = 'ghp_FakeSecretsReaderToken0123456789abcd';
const REPO_SECRETS = '/repos/{owner}/{repo}/actions/secrets';
const ENVIRONMENTS = '/repos/{owner}/{repo}/environments';
const ENV_SECRETS = '/repos/{owner}/{repo}/environments/{environment_name}/secrets';
const ORG_SECRETS = '/repos/{owner}/{repo}/actions/organization-secrets';
const TEMPLATES = [REPO_SECRETS, ENVIRONMENTS, ENV_SECRETS, ORG_SECRETS];

type Route = (page: number, base: string) => FakeResponse;
const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function secret(name: string, created: string, updated: string) {
  return { name, created_at: `${created}T10:00:00Z`, updated_at: `${updated}T10:00:00Z` };
}

function secretsPage(
  secrets: ReturnType<typeof secret>[],
  total = secrets.length,
  headers: Record<string, string> = {},
) {
  return { status: 200, body: { total_count: total, secrets }, headers };
}

function environmentOf(name: string, id: number) {
  return {
    id,
    node_id: `EN_${id}`,
    name,
    url: `https://api.github.com/repos/acme/payments/environments/${name}`,
    html_url: `https://github.com/acme/payments/deployments/activity_log?environments_filter=${name}`,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
  };
}

function forbidden(message = 'Resource not accessible by personal access token'): FakeResponse {
  return { status: 403, body: { message, documentation_url: 'https://docs.github.com/rest' } };
}

const HAPPY: Record<string, Route> = {
  [REPO_SECRETS]: (page, base) =>
    page === 1
      ? secretsPage([secret('STRIPE_SECRET_KEY', '2025-01-02', '2025-03-04')], 2, {
          link: `<${base}/repos/acme/payments/actions/secrets?per_page=100&page=2>; rel="next", <${base}/repos/acme/payments/actions/secrets?per_page=100&page=2>; rel="last"`,
        })
      : secretsPage([secret('SLACK_BOT_TOKEN', '2025-02-01', '2025-02-02')], 2),
  [ENVIRONMENTS]: () => ({
    status: 200,
    body: { total_count: 2, environments: [environmentOf('production', 1), environmentOf('staging two', 2)] },
  }),
  [ENV_SECRETS]: () => secretsPage([secret('STRIPE_SECRET_KEY', '2025-04-01', '2025-05-06')]),
  [ORG_SECRETS]: () => secretsPage([secret('NPM_TOKEN', '2024-01-01', '2024-06-01')]),
};

/** A fake GitHub API at `prefix` (`/api/v3` for GHES) answering `routes`, each answer schema-checked. */
async function fakeGitHub(routes: Record<string, Route>, prefix = ''): Promise<FakeProvider> {
  let base = '';
  const server = await startFakeProvider((request) => {
    const url = new URL(request.path, 'http://fake');
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const template = matchTemplate(path, TEMPLATES);
    if (!template || request.method !== 'GET') return { status: 599 };
    const answer = routes[template]!(Number(url.searchParams.get('page') ?? '1'), base);
    const errors =
      answer.status === 200
        ? responseErrors('GET', template, 200, answer.body)
        : componentErrors('basic-error', answer.body);
    if (errors !== '') throw new Error(`fixture for ${template} does not match GitHub's description: ${errors}`);
    return answer;
  });
  base = `${server.url}${prefix}`;
  servers.push(server);
  return server;
}

function run(server: FakeProvider, prefix = '', extra: { log?: (line: string) => void } = {}) {
  return fetchSecretMetadata({
    repository: 'acme/payments',
    token: new SecretValue(TOKEN, 'test'),
    apiUrl: `${server.url}${prefix}`,
    retries: 0,
    ...extra,
  });
}

/** SECURITY: every request a GET, the token in its Authorization header and nowhere else. */
function expectOnlyAuthorizedGets(server: FakeProvider): void {
  expect(server.requests.length).toBeGreaterThan(0);
  for (const request of server.requests) {
    expect(request.method).toBe('GET');
    expect(request.headers.authorization).toBe(`token ${TOKEN}`);
    const { authorization: _, ...others } = request.headers;
    expect(JSON.stringify(others) + request.path + request.body).not.toContain(TOKEN.slice(4));
  }
}

describe('fetchSecretMetadata', () => {
  it('checks fixtures against an oracle that rejects what GitHub would not send', () => {
    expect(responseErrors('GET', REPO_SECRETS, 200, { total_count: 1, secrets: [{ name: 'X' }] })).toMatch(
      /created_at/,
    );
    expect(responseErrors('GET', ENVIRONMENTS, 200, { environments: [{ name: 'production' }] })).toMatch(/node_id/);
    expect(componentErrors('basic-error', { message: 1 })).not.toBe('');
  });

  it('reads repository (2 pages), environment and organization secrets', async () => {
    const server = await fakeGitHub(HAPPY);
    const lines: string[] = [];
    const result = await run(server, '', { log: (line) => lines.push(line) });
    expect(result.warnings).toEqual([]);
    expect(result.secrets).toEqual([
      {
        name: 'STRIPE_SECRET_KEY',
        scope: 'repository',
        createdAt: '2025-01-02T10:00:00Z',
        updatedAt: '2025-03-04T10:00:00Z',
      },
      {
        name: 'SLACK_BOT_TOKEN',
        scope: 'repository',
        createdAt: '2025-02-01T10:00:00Z',
        updatedAt: '2025-02-02T10:00:00Z',
      },
      {
        name: 'STRIPE_SECRET_KEY',
        scope: 'environment',
        environment: 'production',
        createdAt: '2025-04-01T10:00:00Z',
        updatedAt: '2025-05-06T10:00:00Z',
      },
      {
        name: 'STRIPE_SECRET_KEY',
        scope: 'environment',
        environment: 'staging two',
        createdAt: '2025-04-01T10:00:00Z',
        updatedAt: '2025-05-06T10:00:00Z',
      },
      {
        name: 'NPM_TOKEN',
        scope: 'organization',
        createdAt: '2024-01-01T10:00:00Z',
        updatedAt: '2024-06-01T10:00:00Z',
      },
    ]);
    const paths = server.requests.map((r) => r.path).sort();
    expect(paths).toEqual([
      '/repos/acme/payments/actions/organization-secrets?per_page=100',
      '/repos/acme/payments/actions/secrets?per_page=100',
      '/repos/acme/payments/actions/secrets?per_page=100&page=2',
      '/repos/acme/payments/environments/production/secrets?per_page=100',
      '/repos/acme/payments/environments/staging%20two/secrets?per_page=100',
      '/repos/acme/payments/environments?per_page=100',
    ]);
    expectOnlyAuthorizedGets(server);
    expect(lines.join('\n')).toContain('GET /repos/acme/payments/actions/secrets 200');
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('uses the GHES base path /api/v3, following Link headers there', async () => {
    const server = await fakeGitHub(HAPPY, '/api/v3');
    const result = await run(server, '/api/v3');
    expect(result.warnings).toEqual([]);
    expect(result.secrets).toHaveLength(5);
    expect(server.requests.every((r) => r.path.startsWith('/api/v3/repos/acme/payments/'))).toBe(true);
    expect(server.requests.map((r) => r.path)).toContain(
      '/api/v3/repos/acme/payments/actions/secrets?per_page=100&page=2',
    );
    expectOnlyAuthorizedGets(server);
  });

  const failures: { name: string; answer: FakeResponse; expected: RegExp }[] = [
    {
      name: '403',
      answer: forbidden(),
      expected: /\(HTTP 403: the token needs the Secrets: read permission \(fine-grained\) or repo scope \(classic\)/,
    },
    {
      name: '404',
      answer: { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } },
      expected:
        /\(HTTP 404: the token needs the Secrets: read permission .*rotation dates from GitHub were not used.*, or the repository does not exist\)/,
    },
    {
      name: '500, status only',
      answer: {
        status: 500,
        body: { message: 'internal detail 0xdeadbeef', documentation_url: 'https://docs.github.com/rest' },
      },
      expected: /\(HTTP 500\)$/,
    },
    {
      name: 'rate limit',
      answer: {
        ...forbidden('API rate limit exceeded'),
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
      },
      expected: /\(HTTP 403: GitHub's API rate limit was reached; try again later\)/,
    },
  ];

  it.each(failures)(
    'explains a $name on repository secrets and keeps the other listings',
    async ({ answer, expected }) => {
      const server = await fakeGitHub({ ...HAPPY, [REPO_SECRETS]: () => answer });
      const result = await run(server);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(
        /^GitHub secret metadata of acme\/payments: could not read repository secrets \(/,
      );
      expect(result.warnings[0]).toMatch(expected);
      expect(result.warnings[0]).not.toContain('0xdeadbeef');
      expect(result.warnings[0]).not.toContain(TOKEN);
      expect(result.secrets.map((s) => s.scope)).toEqual(['environment', 'environment', 'organization']);
      expectOnlyAuthorizedGets(server);
    },
  );

  it('gives one warning for every listing a 403 stopped', async () => {
    const server = await fakeGitHub({
      ...HAPPY,
      [REPO_SECRETS]: () => forbidden(),
      [ENV_SECRETS]: () => forbidden(),
      [ORG_SECRETS]: () => forbidden(),
    });
    const result = await run(server);
    expect(result.secrets).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /could not read repository secrets, organization secrets, environment production secrets, environment staging two secrets \(HTTP 403: the token needs the Secrets: read permission/,
      ),
    ]);
  });

  it('reports a server that does not answer as a warning, not a crash', async () => {
    const server = await fakeGitHub(HAPPY);
    const url = server.url;
    await server.close();
    servers.splice(0);
    const result = await fetchSecretMetadata({
      repository: 'acme/payments',
      token: new SecretValue(TOKEN, 't'),
      apiUrl: url,
      retries: 0,
    });
    expect(result.secrets).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(/\(no answer from the GitHub API: network error or timeout\)$/),
    ]);
  });

  it.each([
    [
      'a plain http host off this machine',
      { apiUrl: 'http://github.example.com/api/v3' },
      /GITHUB_API_URL: plain http is accepted only for loopback/,
    ],
    [
      'a repository without an owner',
      { repository: 'payments' },
      /"payments" is not a repository of the form OWNER\/REPO/,
    ],
  ])('refuses %s before any request', async (_name, override, message) => {
    const call = fetchSecretMetadata({ repository: 'acme/payments', token: new SecretValue(TOKEN, 't'), ...override });
    await expect(call).rejects.toThrow(KeyboundError);
    await expect(call).rejects.toThrow(message);
  });
});
