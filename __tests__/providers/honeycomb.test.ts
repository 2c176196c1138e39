// Honeycomb smoke check (GET /1/auth, US then EU) against a fake API: the documented body (Honeycomb's
// OpenAPI example; the 401 body of client test fakes, UNCONFIRMED: no live capture is recorded), the
// environment each key belongs to, the region fallback, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { Key } from '../../src/core/types.js';
import { honeycomb as provider } from '../../src/providers/honeycomb.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeBehaviour, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, NOW, SETTINGS, type AdapterSpec } from './harness.js';

// Made-up keys, built from parts so that secret scanners do not flag them.
const KEY = 'hcaik_' + '01hx9k2m4p' + '6r8t0v2x4z' + '6b8d0f' + 'q3w5e7r9t1' + 'y3u5i7o9p1' + 'a3s5d7f9g1' + 'h3';
const CONFIG_KEY = 'Rk2Vn8Tq4W' + 'Lz6Hc1Md9P' + 'sF';
const MANAGEMENT_KEY =
  'hcamk_' + '01hx9k2m4p' + '6r8t0v2x4z' + '6b8d0f' + ':' + 'q3w5e7r9t1' + 'y3u5i7o9p1' + 'a3s5d7f9g1' + 'h3';
const PATH = '/1/auth';

function credential(value = KEY, type = 'ingest-key'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'HONEYCOMB_API_KEY', value: new SecretValue(value, 'test'), companions: {}, format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers['x-honeycomb-team']).toBe(cred.value.reveal());
  expect(request.headers.authorization).toBeUndefined();
}

/** Honeycomb's documented /1/auth answer (OpenAPI example), with an environment. */
function auth(environment: { name: string; slug: string }, type = 'ingest'): FakeBehaviour {
  return json(200, {
    id: 'hcaik_01hx9k2m4p6r8t0v2x4z6b8d0f',
    type,
    api_key_access: {
      events: true,
      markers: true,
      triggers: false,
      boards: false,
      queries: false,
      columns: false,
      createDatasets: true,
      slos: false,
      recipients: false,
      privateBoards: false,
    },
    environment,
    team: { name: 'Acme Corp', slug: 'acme' },
  });
}
const DEVELOPMENT = auth({ name: 'Development', slug: 'development' });
const DEVELOPMENT_PRINCIPAL = {
  team: 'acme',
  teamName: 'Acme Corp',
  environment: 'Development',
  environmentSlug: 'development',
  type: 'ingest',
};
/** The 401 body Honeycomb's client test fakes use (UNCONFIRMED live). */
const UNKNOWN_KEY = json(401, { error: 'unknown API key - check your credentials' });

/** Each request gets the next answer; the last repeats. */
function inTurn(...answers: FakeBehaviour[]): FakeHandler {
  let turn = 0;
  return () => answers[Math.min(turn++, answers.length - 1)];
}

type Fact = Identity['facts'][number];
const SERVICE: Fact = {
  fact: 'principalKind',
  value: 'service',
  detail: 'a Honeycomb API key belongs to its team and environment, not a person',
};
const ACCOUNT: Fact = { fact: 'account', value: 'acme', detail: 'Honeycomb /1/auth team slug' };
const TYPE: Fact = { fact: 'keyType', value: 'ingest', detail: 'Honeycomb /1/auth type' };
const SCOPES: Fact = {
  fact: 'scopes',
  value: ['events', 'markers', 'createDatasets'],
  detail: 'Honeycomb /1/auth api_key_access',
};
const principal = (value: string): Fact => ({
  fact: 'principal',
  value,
  detail: 'Honeycomb /1/auth team/environment slugs',
});
const placed = (value: string, name: string): Fact => ({
  fact: 'keyEnvironment',
  value,
  detail: `Honeycomb /1/auth environment "${name}"`,
});

interface Case {
  name: string;
  handler: FakeHandler;
  cred?: Credential;
  declaredEndpoint?: boolean;
  expected: Partial<Identity>;
  paths: string[];
}

const CASES: Case[] = [
  {
    name: 'a key of the Development environment: team/environment, and the environment it is placed in',
    handler: () => DEVELOPMENT,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { ...DEVELOPMENT_PRINCIPAL, region: 'US' },
      facts: [principal('acme/development'), ACCOUNT, SERVICE, TYPE, SCOPES, placed('development', 'Development')],
    },
    paths: [PATH],
  },
  {
    name: 'a classic key (empty environment): the team alone',
    handler: () => auth({ name: '', slug: '' }, 'configuration'),
    cred: credential(CONFIG_KEY, 'api-key'),
    expected: {
      status: 'verified',
      principal: { team: 'acme', teamName: 'Acme Corp', type: 'configuration', region: 'US' },
      facts: [principal('acme'), ACCOUNT, SERVICE, { ...TYPE, value: 'configuration' }, SCOPES],
    },
    paths: [PATH],
  },
  {
    name: 'a key of the EU region: US answers 401, EU names it',
    handler: inTurn(UNKNOWN_KEY, DEVELOPMENT),
    expected: {
      status: 'verified',
      principal: expect.objectContaining({ region: 'EU', team: 'acme' }) as never,
    },
    paths: [PATH, PATH],
  },
  {
    name: 'unknown in both regions: invalid (revoked), with Honeycomb’s own words',
    handler: () => UNKNOWN_KEY,
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message:
        'Honeycomb US and EU both refuse this key (deleted or disabled, or never valid): unknown API key - check your credentials',
      facts: [],
    },
    paths: [PATH, PATH],
  },
  {
    name: 'with --endpoint the one region named decides: one request, invalid',
    handler: () => UNKNOWN_KEY,
    declaredEndpoint: true,
    expected: {
      status: 'invalid',
      reason: 'revoked',
      message:
        'Honeycomb refuses this key (deleted or disabled, or never valid): unknown API key - check your credentials',
    },
    paths: [PATH],
  },
  {
    name: 'with --endpoint no region is claimed',
    handler: () => DEVELOPMENT,
    declaredEndpoint: true,
    expected: {
      status: 'verified',
      principal: DEVELOPMENT_PRINCIPAL,
    },
    paths: [PATH],
  },
  {
    name: 'a 401 page that is not JSON is still the key refused',
    handler: () => ({ status: 401, headers: { 'content-type': 'text/html' }, body: '<html>401</html>' }),
    expected: { status: 'invalid', reason: 'revoked' },
    paths: [PATH, PATH],
  },
  {
    name: '403 is not documented: unknown, never invalid',
    handler: () => json(403, { error: 'forbidden' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    paths: [PATH],
  },
  {
    name: '200 without a team is unknown',
    handler: () => json(200, { type: 'ingest', environment: { name: 'Production', slug: 'production' } }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    paths: [PATH],
  },
];

describe('Honeycomb smoke: GET /1/auth', () => {
  it.each(CASES)('$name', async ({ handler, cred = credential(), declaredEndpoint, expected, paths }) => {
    await (declaredEndpoint ? declared : harness).expectCase(handler, expected, { credential: cred, paths });
  });

  it.each([
    ['Production', 'production', 'production', 'Production'],
    ['Pre-release', 'stg', 'staging', 'stg'],
    ['Dev EU', 'dev-eu', 'development', 'Dev EU'],
    ['Main', 'main', undefined, undefined],
  ])('environment %s (slug %s): keyEnvironment %s', async (name, slug, environment, from) => {
    const { identity } = await check(() => auth({ name, slug }));
    expect(identity.facts).toEqual([
      principal(`acme/${slug}`),
      ACCOUNT,
      SERVICE,
      TYPE,
      SCOPES,
      ...(environment ? [placed(environment, from!)] : []),
    ]);
    // A name that says nothing places the key nowhere, and the answer says so.
    expect(identity.message).toBe(
      environment ? undefined : `the Honeycomb environment "${name}" names no production, staging or development`,
    );
  });

  it('a management key is never sent (no identity call is confirmed for it)', async () => {
    const fake = await harness.serve(() => DEVELOPMENT);
    const key: Key = {
      name: 'HONEYCOMB_MANAGEMENT_KEY',
      names: ['HONEYCOMB_MANAGEMENT_KEY'],
      uses: [],
      value: new SecretValue(MANAGEMENT_KEY, 'secrets-json'),
      companions: {},
      observations: [],
      facts: {},
      environments: ['production'],
    };
    await smokeKeys([key], { endpoints: { honeycomb: fake.url }, now: NOW, http: SETTINGS });
    expect(key.smoke).toEqual({
      status: 'skipped',
      reason: 'unsupported',
      message: 'a management-key is never sent anywhere',
    });
    expect(fake.requests).toEqual([]);
  });

  it('never keeps the key id, the first half of an ingest key', async () => {
    const { identity } = await check(() => DEVELOPMENT);
    expect(JSON.stringify(identity)).not.toContain('01hx9k2m4p6r8t0v2x4z6b8d0f');
  });

  it('the key echoed in an error or in a field appears nowhere', () =>
    harness.expectNoEcho([
      json(401, { error: `unknown API key ${KEY}` }),
      json(200, { team: { slug: 'acme', name: KEY }, environment: { name: KEY, slug: 'dev' } }),
    ]));
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: [], valid: () => DEVELOPMENT };
const harness = adapterHarness(SPEC);
const declared = adapterHarness({ ...SPEC, declaredEndpoint: true });
const { check } = harness;
describeSharedFaults(SPEC, harness);
