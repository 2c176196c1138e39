// Providers with no default host (an Okta org, an Atlassian site, a Databricks workspace, an
// Elasticsearch cluster): the base URL comes only from --endpoint (the Action's `endpoints` input).
// Without it a key is skipped (no-endpoint) naming the --endpoint to give, and nothing is sent; a
// companion value naming a host (OKTA_ORG_URL, JIRA_BASE_URL, DATABRICKS_HOST, ELASTICSEARCH_URL) is
// never a destination; and `keybound providers` lists the calls with no host and what to name.

import { afterEach, describe, expect, it } from 'vitest';
import { formatProviders } from '../../src/cli/listings.js';
import { SecretValue } from '../../src/core/secret.js';
import type { Key, Use } from '../../src/core/types.js';
import { buildKeys } from '../../src/keys/build.js';
import type { ResolvedConfig } from '../../src/policy/types.js';
import { PROVIDERS, providerById } from '../../src/providers/index.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import { json, startFakeProvider, type FakeHandler, type FakeProvider } from '../helpers/fake-provider.js';
import { NOW, SETTINGS } from './harness.js';

// Made-up values, built from parts so that secret scanners do not flag them.
const TAIL = 'Kq9Wm2Xr7Tb3Nc8Vf1Hs' + '6Jd0Lg5Ya2Ue9QwBx4Zp';
const SECRETS = {
  OKTA_API_TOKEN: '00' + TAIL,
  JIRA_API_TOKEN: 'ATATT' + '3xFfGF0' + TAIL + '=1B2C' + '3D4E',
  JIRA_USER_EMAIL: 'ci@acme.example',
  DATABRICKS_TOKEN: 'dapi' + '3f9a1c7e' + '5b2d8e04' + 'a6f1c93b' + '2e7d5a80',
  ELASTICSEARCH_API_KEY: Buffer.from(TAIL.slice(0, 20) + ':' + TAIL.slice(20) + 'Qw').toString('base64'),
};
const TOKENS = ['OKTA_API_TOKEN', 'JIRA_API_TOKEN', 'DATABRICKS_TOKEN', 'ELASTICSEARCH_API_KEY'];
/** The names beside each key that name its host: never read as a destination. */
const HOSTS = ['OKTA_ORG_URL', 'JIRA_BASE_URL', 'DATABRICKS_HOST', 'ELASTICSEARCH_URL'];

const TENANTS: [string, string, string][] = [
  ['okta', 'OKTA_API_TOKEN', 'https://{org}.okta.com'],
  ['atlassian', 'JIRA_API_TOKEN', 'https://{site}.atlassian.net'],
  ['databricks', 'DATABRICKS_TOKEN', 'https://{workspace}.cloud.databricks.com'],
  ['elasticsearch', 'ELASTICSEARCH_API_KEY', 'https://{cluster}:9200'],
];

/** Each tenant provider's documented success, by path. */
const ANSWERS: FakeHandler = (request) => {
  if (request.path === '/api/v1/users/me')
    return json(200, { id: '00u1', status: 'ACTIVE', profile: { login: 'ops@acme.example' } });
  if (request.path === '/rest/api/3/myself')
    return json(200, { accountId: '5b10ac8d', accountType: 'atlassian', active: true });
  if (request.path === '/api/2.0/preview/scim/v2/Me') return json(200, { userName: 'ci@acme.example', active: true });
  if (request.path === '/api/2.0/token/list') return json(200, { token_infos: [] });
  if (request.path === '/_security/_authenticate')
    return json(200, { username: 'ci', enabled: true, authentication_type: 'api_key' });
  return { status: 404 };
};

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: FakeHandler): Promise<FakeProvider> {
  const server = await startFakeProvider(handler);
  servers.push(server);
  return server;
}

function use(name: string): Use {
  return {
    name,
    sourceKind: 'github-workflow',
    location: { file: '.github/workflows/deploy.yml', line: 1, column: 1 },
    hints: {},
    environment: 'production',
    environmentSource: 'github-environment',
  };
}

/** The keys a workflow using every name would give, with `given` as the secret values. */
function build(given: Record<string, string>): Key[] {
  const config: ResolvedConfig = {
    extends: [],
    environments: [],
    keys: new Map(),
    rules: {},
    customRules: [],
    exceptions: [],
  };
  const secrets = new Map(Object.entries(given).map(([name, v]) => [name, new SecretValue(v, 'secrets-json')]));
  return buildKeys(Object.keys(given).map(use), [], config, secrets);
}

const byName = (keys: Key[], name: string): Key => keys.find((key) => key.name === name)!;

describe('a provider with no default host', () => {
  it('is each tenant provider, and no other has calls without a host', () => {
    expect(PROVIDERS.filter((p) => p.tenant).map((p) => p.id)).toEqual(TENANTS.map(([id]) => id).sort());
    for (const provider of PROVIDERS) {
      for (const endpoint of provider.endpoints)
        expect(endpoint.baseUrl === undefined).toBe(provider.tenant !== undefined);
    }
  });

  it.each(TENANTS)(
    '%s: without --endpoint the key is skipped (no-endpoint), naming the flag; nothing is sent',
    async (id, name, example) => {
      const keys = build(SECRETS);
      const http = await smokeKeys(keys, { endpoints: {}, now: NOW, http: SETTINGS });
      const provider = providerById(id)!;
      expect(byName(keys, name).smoke).toEqual({
        status: 'skipped',
        reason: 'no-endpoint',
        message: `${provider.name} has no default host: name ${provider.tenant!.what} with --endpoint ${id}=${example} (Action input endpoints); the key was not sent`,
      });
      expect([...http.sent.keys()]).toEqual([]);
    },
  );

  it('a companion naming a host is never a destination: without --endpoint nothing reaches it', async () => {
    const trap = await serve(ANSWERS);
    const keys = build({ ...SECRETS, ...Object.fromEntries(HOSTS.map((name) => [name, trap.url])) });
    await smokeKeys(keys, { endpoints: {}, now: NOW, http: SETTINGS });
    for (const name of TOKENS)
      expect(byName(keys, name).smoke).toMatchObject({ status: 'skipped', reason: 'no-endpoint' });
    expect(trap.requests).toHaveLength(0);
  });

  it('with --endpoint each key goes where the flag says, and still never to the companion host', async () => {
    const trap = await serve(ANSWERS);
    const tenant = await serve(ANSWERS);
    const keys = build({ ...SECRETS, ...Object.fromEntries(HOSTS.map((name) => [name, trap.url])) });
    const endpoints = Object.fromEntries(TENANTS.map(([id]) => [id, tenant.url]));
    await smokeKeys(keys, { endpoints, now: NOW, http: SETTINGS });
    for (const name of TOKENS) expect(byName(keys, name).smoke).toMatchObject({ status: 'verified', reason: 'ok' });
    expect(trap.requests).toHaveLength(0);
    expect(tenant.requests.map((r) => r.path).sort()).toEqual([
      '/_security/_authenticate',
      '/api/2.0/preview/scim/v2/Me',
      '/api/2.0/token/list',
      '/api/v1/users/me',
      '/rest/api/3/myself',
    ]);
    // Each credential went only with its own provider's call.
    const seen = (path: string): string => JSON.stringify(tenant.requests.filter((r) => r.path === path));
    expect(seen('/api/v1/users/me')).toContain(SECRETS.OKTA_API_TOKEN);
    expect(seen('/rest/api/3/myself')).not.toContain(SECRETS.OKTA_API_TOKEN);
    expect(seen('/_security/_authenticate')).not.toContain(SECRETS.DATABRICKS_TOKEN);
  });
});

describe('keybound providers: a call with no default host', () => {
  it('json: host null, and what --endpoint must name (for egress allow-lists)', () => {
    const rows = JSON.parse(formatProviders(PROVIDERS, 'json')) as Record<string, unknown>[];
    expect(rows.find((r) => r.id === 'okta')).toMatchObject({
      endpoints: [{ method: 'GET', host: null, path: '/api/v1/users/me' }],
      tenant: { what: 'the Okta org domain', example: 'https://{org}.okta.com' },
    });
    expect(rows.find((r) => r.id === 'confluent')).toMatchObject({
      endpoints: [{ method: 'GET', host: 'api.confluent.cloud', path: '/iam/v2/api-keys/{keyId}' }],
    });
    expect(rows.find((r) => r.id === 'confluent')).not.toHaveProperty('tenant');
  });

  it('markdown and text: the host as a template, and the flag that names it', () => {
    expect(formatProviders(PROVIDERS, 'markdown')).toContain(
      '| Okta (`okta`) | api-token | GET {org}.okta.com/api/v1/users/me; no default host: --endpoint okta=https://{org}.okta.com names the Okta org domain |',
    );
    expect(formatProviders(PROVIDERS, 'text')).toContain(
      'databricks\n  key types: personal-access-token\n  calls:     GET {workspace}.cloud.databricks.com/api/2.0/preview/scim/v2/Me, GET {workspace}.cloud.databricks.com/api/2.0/token/list\n  host:      no default host: --endpoint databricks=https://{workspace}.cloud.databricks.com names the Databricks workspace URL\n',
    );
  });
});
