// `keybound providers --format json` (issue 16 item 5): valid against policies/providers.schema.json,
// exactly the allow-list the HTTP client enforces (method, host, path of every call), key formats by type
// and prefix with no example value, companions, and whether --endpoint must name the base URL; the
// README's tables come from the same data (__tests__/readme.test.ts). A per-tenant provider (no shared
// host) is listed with no host, and is skipped until --endpoint names one.

import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProviders } from '../../src/cli/listings.js';
import { listProviders, type ProvidersDocument } from '../../src/cli/provider-listing.js';
import { SecretValue } from '../../src/core/secret.js';
import { POLICY_FILES } from '../../src/generated/policies.js';
import { accept, bearer, defineProvider, get, on, TENANT } from '../../src/providers/adapter.js';
import { SmokeHttp } from '../../src/providers/http.js';
import { CATALOG, PROVIDERS } from '../../src/providers/index.js';
import type { Credential } from '../../src/providers/types.js';
import { json, startFakeProvider, type FakeProvider } from '../helpers/fake-provider.js';
import { NOW, SETTINGS } from '../providers/harness.js';
import { runCli } from './run.js';

// NOTE: a CommonJS package: under NodeNext the default import is module.exports; take `default` when present.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const SCHEMA = JSON.parse(readFileSync(new URL('../../policies/providers.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ strict: true, allErrors: true }).compile(SCHEMA);

/** A provider with no shared host, the way Okta or Vault are (made up for this test). */
const tenant = defineProvider({
  id: 'tenant-test',
  name: 'Tenant Test',
  formats: [{ type: 'token', pattern: /^tnt_[a-z]{8}$/, examples: ['tnt_' + 'abcdefgh'] }],
  namePatterns: [],
  tenant: { what: 'the tenant URL', example: 'https://<your-org>.tenant.example' },
  guide: { principal: 'p', verified: 'v', invalid: 'i', unknown: 'u' },
  calls: {
    me: get(TENANT, '/api/v1/me', {
      auth: bearer(),
      answers: [
        on(
          200,
          accept(() => ({ principal: { id: 'u1' } })),
        ),
      ],
    }),
  },
});

async function listed(): Promise<ProvidersDocument> {
  const run = await runCli(['providers', '--format', 'json']);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ProvidersDocument;
}

describe('keybound providers --format json', () => {
  it('is valid against policies/providers.schema.json, which the bundle embeds', async () => {
    const document = await listed();
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.schemaVersion).toBe('keybound/providers/v1');
    expect(JSON.parse(POLICY_FILES['providers.schema.json'])).toEqual(SCHEMA);
  });

  it('lists every provider, each call as the method, host and path the HTTP client allows', async () => {
    const document = await listed();
    expect(document.providers.map((p) => p.id)).toEqual(PROVIDERS.map((p) => p.id));
    for (const [i, provider] of PROVIDERS.entries()) {
      const calls = provider.endpoints.map((e) => ({
        method: e.method,
        host: e.baseUrl === undefined ? null : new URL(e.baseUrl).host,
        path: (e.baseUrl === undefined ? '' : new URL(e.baseUrl).pathname.replace(/\/$/, '')) + e.path,
      }));
      expect(document.providers[i].calls.map(({ method, host, path }) => ({ method, host, path }))).toEqual(calls);
      expect(document.providers[i].endpoint).toEqual({
        required: provider.tenant !== undefined,
        flag: `--endpoint ${provider.id}=URL`,
        ...(provider.tenant ? { example: provider.tenant.example, what: provider.tenant.what } : {}),
      });
    }
  });

  it.each([
    ['fastly', [{ method: 'GET', host: 'api.fastly.com', path: '/tokens/self' }]],
    ['circleci', [{ method: 'GET', host: 'circleci.com', path: '/api/v2/me' }]],
    ['netlify', [{ method: 'GET', host: 'api.netlify.com', path: '/api/v1/user' }]],
    ['openrouter', [{ method: 'GET', host: 'openrouter.ai', path: '/api/v1/key' }]],
    ['alibaba', [{ method: 'POST', host: 'sts.aliyuncs.com', path: '/', note: expect.stringMatching(/read-only/) }]],
    [
      'datadog',
      [
        { method: 'GET', host: 'api.datadoghq.com', path: '/api/v1/validate' },
        { method: 'GET', host: 'api.datadoghq.com', path: '/api/v2/validate_keys' },
        { method: 'GET', host: 'api.datadoghq.com', path: '/api/v2/current_user' },
      ],
    ],
  ])('%s calls exactly %j', async (id, calls) => {
    const provider = (await listed()).providers.find((p) => p.id === id);
    expect(provider?.calls).toEqual(calls);
  });

  it('names key formats by type and public prefix, and never prints an example or near miss', async () => {
    const run = await runCli(['providers', '--format', 'json']);
    const text = `${run.stdout}${formatProviders(CATALOG, 'markdown')}${formatProviders(CATALOG, 'text')}`;
    for (const provider of PROVIDERS) {
      for (const format of provider.formats) {
        for (const example of [...format.examples, ...(format.counterExamples ?? [])]) {
          // A near miss may be as short as a prefix ('xoxb-' + digits): only values past 12 characters count.
          if (example.length > 12) expect(text, `${provider.id} ${format.type}`).not.toContain(example);
        }
      }
    }
    const document = JSON.parse(run.stdout) as ProvidersDocument;
    expect(document.providers.find((p) => p.id === 'circleci')?.formats).toEqual([
      { type: 'personal-token', prefix: 'CCIPAT_', needsNameHint: false, neverSent: false, principalKind: 'human' },
      { type: 'project-token', prefix: 'CCIPRJ_', needsNameHint: false, neverSent: false, principalKind: 'service' },
      { type: 'legacy-token', needsNameHint: true, neverSent: false },
    ]);
    expect(document.providers.find((p) => p.id === 'github')?.formats).toContainEqual({
      type: 'refresh-token',
      prefix: 'ghr_',
      needsNameHint: false,
      neverSent: true,
    });
  });

  it('lists the companions that join a key and those read beside it', async () => {
    const document = await listed();
    expect(document.providers.find((p) => p.id === 'aws')?.companions).toEqual([
      {
        primary: 'accesskeyid',
        joins: { secretaccesskey: 'secretAccessKey', sessiontoken: 'sessionToken' },
        reads: {},
      },
    ]);
    expect(document.providers.find((p) => p.id === 'alibaba')?.companions).toContainEqual({
      primary: 'accesskey',
      joins: { secretkey: 'secretAccessKey', securitytoken: 'sessionToken' },
      reads: {},
      prefixContains: 'alicloud',
    });
    expect(document.providers.find((p) => p.id === 'datadog')?.otherHosts).toContain('api.datadoghq.eu');
  });
});

describe('a provider with no shared host', () => {
  const servers: FakeProvider[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  const credential: Credential = {
    name: 'TENANT_TOKEN',
    value: new SecretValue('tnt_' + 'abcdefgh', 'test'),
    companions: { host: new SecretValue('https://127.0.0.1:1', 'test') },
    format: tenant.formats[0],
  };

  it('is listed with no host, the base URL required, and what it looks like', () => {
    const data = { ...tenant, smoke: true };
    const [listing] = listProviders([data]).providers;
    expect(validate(listProviders([data])), JSON.stringify(validate.errors)).toBe(true);
    expect(listing.calls).toEqual([{ method: 'GET', host: null, path: '/api/v1/me' }]);
    expect(listing.endpoint).toEqual({
      required: true,
      flag: '--endpoint tenant-test=URL',
      example: 'https://<your-org>.tenant.example',
      what: 'the tenant URL',
    });
    expect(formatProviders([{ ...tenant, smoke: true }], 'markdown')).toContain(
      '| GET <--endpoint tenant-test=URL>/api/v1/me; base URL required: `--endpoint tenant-test=URL` naming the tenant URL (https://<your-org>.tenant.example) |',
    );
    expect(formatProviders([{ ...tenant, smoke: true }], 'text')).toContain(
      '  base URL:  required, --endpoint tenant-test=URL naming the tenant URL (https://<your-org>.tenant.example)',
    );
  });

  it.each([
    [false, { status: 'skipped', reason: 'no-endpoint' }, 0],
    [true, { status: 'verified', reason: 'ok' }, 1],
  ] as const)('declared by --endpoint: %s -> %j, %i requests', async (declaredEndpoint, expected, sent) => {
    const fake = await startFakeProvider(() => json(200, {}));
    servers.push(fake);
    const http = new SmokeHttp(SETTINGS).forProvider(tenant, fake.url);
    const identity = await tenant.identify!(credential, { http, now: NOW, declaredEndpoint });
    expect(identity).toMatchObject(expected);
    if (!declaredEndpoint) {
      expect(identity.message).toBe(
        'Tenant Test has no default host: name the tenant URL with --endpoint tenant-test=https://<your-org>.tenant.example (Action input endpoints); the key was not sent',
      );
    }
    // A companion naming a host is never where the key goes.
    expect(fake.requests).toHaveLength(sent);
  });
});
