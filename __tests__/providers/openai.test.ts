// OpenAI smoke check (GET /v1/models, best-effort GET /v1/me) against a fake API: answers from PROVIDERS.md section 8 and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { Key } from '../../src/core/types.js';
import { openai as provider } from '../../src/providers/openai.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import {
  html,
  json,
  type FakeHandler,
  type FakeBehaviour,
  type FakeRequest,
  type FakeResponse,
} from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, NOW, SETTINGS, type AdapterSpec } from './harness.js';

// Made-up keys, built from parts so that secret scanners do not flag them.
const TAIL = 'Vq3Lw8Tz2X' + 'n6Rc1Kb9Mp' + '_4sJ7yFd0G' + 'a5Ue2Nh8Qw' + '-7Zk3Pt6Ry';
const KEY = 'sk-proj-' + TAIL;
const SERVICE_KEY = 'sk-svcacct-' + TAIL;
const PATH = '/v1/models';
const ME = '/v1/me';
/** Requests made after the identity call succeeded: the undocumented /v1/me, best effort. */
const AFTER: string[] = [ME];

function credential(value = KEY, type = 'project'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'OPENAI_API_KEY', value: new SecretValue(value, 'test'), companions: {}, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
  expect(request.headers['x-api-key']).toBeUndefined();
}

function error(status: number, code: string | null, message: string): FakeResponse {
  return json(status, { error: { message, type: 'invalid_request_error', param: null, code } });
}

const MODELS = {
  object: 'list',
  data: [{ id: 'gpt-4o-mini', object: 'model', created: 1721172741, owned_by: 'system' }],
};
const HEADERS = { 'openai-organization': 'acme-prod', 'openai-project': 'proj_Zq8Wm3Xr5Tn1' };
const ME_BODY = {
  object: 'user',
  id: 'user-Hk4Rt8Wq2Zm6',
  email: 'ci@corp.test',
  name: 'CI',
  orgs: { object: 'list', data: [{ id: 'org-Lw5Nc9Vb3', name: 'acme-prod', title: 'Acme', is_default: true }] },
};

/** Models with the organization headers; /v1/me as given (404 unless told). */
function serveModels(
  me: FakeBehaviour = json(404, { error: { message: 'not here', code: null } }),
  headers: Record<string, string> = HEADERS,
): FakeHandler {
  return (request) => (request.path === ME ? me : json(200, MODELS, headers));
}

const VALID: FakeHandler = serveModels(json(200, ME_BODY));

interface Case {
  name: string;
  handler: FakeHandler;
  cred?: Credential;
  paths?: string[];
  expected: Partial<Identity>;
}

const ORG_FACT: Identity['facts'][number] = {
  fact: 'principal',
  value: 'acme-prod',
  detail: 'openai-organization response header',
};

const CASES: Case[] = [
  {
    name: 'a valid key: the organization and project from the headers, the user from /v1/me',
    handler: VALID,
    paths: [PATH, ME],
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        organization: 'acme-prod',
        project: 'proj_Zq8Wm3Xr5Tn1',
        user: 'ci@corp.test',
        organizations: 'acme-prod',
      },
      facts: [ORG_FACT],
    },
  },
  {
    name: 'a service-account key is sent the same way; no principal kind from the answer',
    handler: VALID,
    cred: credential(SERVICE_KEY, 'service-account'),
    paths: [PATH, ME],
    expected: { status: 'verified', reason: 'ok', facts: [ORG_FACT] },
  },
  {
    name: '/v1/me refused: still verified, from the headers alone',
    handler: serveModels(error(401, 'invalid_api_key', 'nope')),
    paths: [PATH, ME],
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { organization: 'acme-prod', project: 'proj_Zq8Wm3Xr5Tn1' },
      facts: [ORG_FACT],
    },
  },
  {
    name: '/v1/me answering HTML: still verified',
    handler: serveModels(html(200)),
    paths: [PATH, ME],
    expected: { status: 'verified', principal: { organization: 'acme-prod', project: 'proj_Zq8Wm3Xr5Tn1' } },
  },
  {
    name: '/v1/me failing (5xx): still verified',
    handler: serveModels(json(503, { error: 'down' })),
    paths: [PATH, ME],
    expected: { status: 'verified', facts: [ORG_FACT] },
  },
  {
    name: '/v1/me redirecting: still verified, not followed',
    handler: serveModels({ status: 302, headers: { location: 'http://127.0.0.1:9/v1/me' } }),
    paths: [PATH, ME],
    expected: { status: 'verified', facts: [ORG_FACT] },
  },
  {
    name: 'no organization header: verified, no principal fact, and it says so',
    handler: (request) => (request.path === ME ? json(404, {}) : json(200, MODELS)),
    paths: [PATH, ME],
    expected: {
      status: 'verified',
      reason: 'ok',
      facts: [],
      message: 'OpenAI accepted the key but named no organization',
    },
  },
  {
    name: '401 invalid_api_key is invalid (revoked)',
    handler: () => error(401, 'invalid_api_key', 'Incorrect API key provided: sk-proj-****MxYA.'),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
  },
  {
    name: '401 account_deactivated is invalid (user-inactive)',
    handler: () => error(401, 'account_deactivated', 'This key is associated with a deactivated account.'),
    expected: { status: 'invalid', reason: 'user-inactive', facts: [] },
  },
  {
    name: '401 for a restricted key missing scopes: the key works (verified), and it says so',
    handler: () =>
      json(401, {
        error: {
          message: 'You have insufficient permissions for this operation. Missing scopes: api.model.read.',
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      }),
    expected: { status: 'verified', reason: 'ok', facts: [] },
  },
  {
    name: '401 with another code is unknown, not invalid',
    handler: () => error(401, 'invalid_organization', 'No such organization'),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 unsupported_country_region_territory is unknown: the key was not judged',
    handler: () => error(403, 'unsupported_country_region_territory', 'Country, region, or territory not supported'),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 HTML (a WAF) is unknown',
    handler: () => html(403),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 without a model list is unknown',
    handler: () => json(200, { object: 'list' }, HEADERS),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('OpenAI smoke: GET /v1/models, best-effort GET /v1/me', () => {
  it.each(CASES)('$name', async ({ handler, cred = credential(), paths = [PATH], expected }) => {
    const { identity, fake } = await check(handler, cred);
    expect(identity).toMatchObject(expected);
    if (expected.facts) expect(identity.facts).toEqual(expected.facts);
    expectRequests(fake, cred, paths);
  });

  it('a masked key OpenAI quotes is left out of the message', async () => {
    const masked = 'sk-proj-' + '****' + '\u2026' + 'Qw7Z';
    const { identity } = await check(() =>
      error(401, 'invalid_api_key', `Incorrect API key provided: ${masked}. See docs.`),
    );
    // The visible ends of a masked key are still fragments of it: the whole quoted key is left out.
    expect(identity.message).toBe('OpenAI rejected the key: Incorrect API key provided: [masked key]. See docs.');
  });

  it('the restricted-key message names the missing scope', async () => {
    const body = { error: { message: 'Missing scopes: api.model.read', type: 'invalid_request_error', code: null } };
    const { identity } = await check(() => json(401, body));
    expect(identity.message).toMatch(/restricted.*Missing scopes: api\.model\.read/);
  });

  it('/v1/me stalling costs at most one request deadline and changes nothing', async () => {
    const { identity, fake, ms } = await check(serveModels('stall-headers'));
    expect(identity).toMatchObject({ status: 'verified', facts: [ORG_FACT] });
    expectRequests(fake, credential(), [PATH, ME]);
    expect(ms).toBeLessThan(SETTINGS.requestTimeoutMs + 1000);
  });

  it('/v1/me rate-limited changes nothing', async () => {
    const { identity } = await check(serveModels(json(429, {}, { 'retry-after': '86400' })));
    expect(identity).toMatchObject({ status: 'verified', facts: [ORG_FACT] });
  });

  it('429 insufficient_quota: a working key whose account cannot pay, read at once, never retried', async () => {
    const { identity, fake, ms } = await check(() =>
      error(429, 'insufficient_quota', 'You exceeded your current quota, please check your plan and billing details.'),
    );
    expect(identity).toMatchObject({ status: 'mismatch', reason: 'insufficient-quota', facts: [] });
    expect(identity.message).toMatch(/^the account behind this key cannot pay: .*insufficient_quota/);
    expectRequests(fake, credential(), [PATH]);
    expect(ms).toBeLessThan(500);
  });

  it('an older insufficient_quota answer (code null, type insufficient_quota) reads the same', async () => {
    const body = {
      error: { message: 'You exceeded your current quota', type: 'insufficient_quota', param: null, code: null },
    };
    const { identity, fake } = await check(() => json(429, body));
    expect(identity).toMatchObject({ status: 'mismatch', reason: 'insufficient-quota' });
    expectRequests(fake, credential(), [PATH]);
  });

  it('a 429 rate limit (rate_limit_exceeded) is still retried, then unknown (rate-limited)', async () => {
    const { identity, fake } = await check(() => error(429, 'rate_limit_exceeded', 'Rate limit reached'));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    expectRequests(fake, credential(), [PATH, PATH]);
  });

  it.each([
    ['a 401 message', 401, (value: string) => error(401, 'invalid_api_key', `Incorrect API key provided: ${value}.`)],
    ['a 403 message', 403, (value: string) => error(403, 'unsupported_country_region_territory', `no ${value}`)],
    ['a deactivation message', 401, (value: string) => error(401, 'account_deactivated', `key ${value} is dead`)],
  ] as const)('the key echoed in %s appears nowhere in the identity', async (_what, _status, body) => {
    const cred = credential();
    const { identity } = await check(() => body(KEY), cred);
    expect(identity.message).toContain('[redacted]');
    expectNoSecret(identity, cred);
  });

  it('the key echoed in headers and /v1/me appears nowhere in the identity', async () => {
    const cred = credential();
    const { identity } = await check((request) =>
      request.path === ME
        ? json(200, { id: KEY, email: `x${KEY}`, orgs: { data: [{ name: KEY }] } })
        : json(200, MODELS, { 'openai-organization': KEY, 'openai-project': `p-${KEY}` }),
    );
    expect(identity.status).toBe('verified');
    expectNoSecret(identity, cred);
  });
});

describe('OpenAI principal: declare the organization slug, the project id, or the org-… id', () => {
  // The headers as recorded (provider-responses/openai.json: the slug, not the org-… id); /v1/me as documented
  // by the undocumented endpoint's captures (not recorded).
  const SLUG = 'user-fakefakefakefakefakefake';
  const PROJECT = 'proj_FakeFakeFakeFakeFakeFake';
  const ORG_ID = 'org-' + 'Lw5Nc9Vb3Qx7';
  const recorded = (me: FakeBehaviour): FakeHandler =>
    serveModels(me, { 'openai-organization': SLUG, 'openai-project': PROJECT, 'openai-version': '2020-10-01' });
  const ME_NAMING_ORG = json(200, { ...ME_BODY, orgs: { data: [{ id: ORG_ID, name: SLUG, is_default: true }] } });
  const NO_ME = json(404, { error: { message: 'not here', code: null } });

  function key(principal: string): Key {
    const declaration = { name: 'OPENAI_API_KEY', principal };
    return {
      name: 'OPENAI_API_KEY',
      names: ['OPENAI_API_KEY'],
      uses: [],
      declaration,
      value: new SecretValue(KEY, 'test'),
      companions: {},
      observations: [],
      facts: {},
      environments: ['production'],
    };
  }

  it.each([
    ['the slug', SLUG, NO_ME, { status: 'verified', reason: 'ok' }],
    ['a glob of the slug', 'user-*', NO_ME, { status: 'verified', reason: 'ok' }],
    ['the project id', PROJECT, NO_ME, { status: 'verified', reason: 'ok' }],
    ['the org-… id that /v1/me names for the slug', ORG_ID, ME_NAMING_ORG, { status: 'verified', reason: 'ok' }],
    ['an org-… id when /v1/me is not available', ORG_ID, NO_ME, { status: 'unknown', reason: 'no-principal' }],
    [
      'another org-… id than /v1/me names',
      'org-' + 'Other0000000',
      ME_NAMING_ORG,
      { status: 'mismatch', reason: 'wrong-account' },
    ],
    ['another slug', 'acme-staging', NO_ME, { status: 'mismatch', reason: 'wrong-account' }],
  ] as const)('declaring %s: %o', async (_what, principal, me, expected) => {
    const fake = await serve(recorded(me));
    const keys = [key(principal)];
    await smokeKeys(keys, { endpoints: { openai: fake.url }, now: NOW, http: SETTINGS });
    expect(keys[0].smoke).toMatchObject(expected);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { check, serve, expectRequests, expectNoSecret } = harness;
describeSharedFaults(SPEC, harness);
