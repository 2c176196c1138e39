// Confluent Cloud smoke check (GET /iam/v2/api-keys/{key id}, HTTP Basic id:secret) against a fake IAM
// API: the iam.v2.ApiKey record of PROVIDERS.md section 27 (owner and owner kind, resource, environment,
// dates), the 401 a dead key and a cluster key share (also replayed as recorded in recorded.test.ts), the
// key id in the path but never in a log, the PATCH and DELETE on the same path that must never be sent,
// and the shared faults.

import { describe, expect, it } from 'vitest';
import { confluent as provider } from '../../src/providers/confluent.js';
import { SmokeHttp } from '../../src/providers/http.js';
import type { Credential } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import {
  adapterHarness,
  credentialOf,
  describeCases,
  describeNeverSent,
  describeSharedFaults,
  NOW,
  SETTINGS,
  type AdapterSpec,
  type Case,
} from './harness.js';

// Made-up values, built from parts so that secret scanners do not flag them.
const KEY_ID = 'KB7Q2ZL9' + 'XM4PW8RT';
const SECRET = 'cflt' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Y' + 'a2Ue9QwBx+Lm/Np4Rs8Tv1WxZa3Cd';
const PATH = `/iam/v2/api-keys/${KEY_ID}`;

const credential = (companions: Record<string, string> = { keyId: KEY_ID }, value = SECRET): Credential =>
  credentialOf(provider, 'CONFLUENT_CLOUD_API_SECRET', value, companions);

function expectAuth(request: FakeRequest, cred: Credential): void {
  const pair = `${cred.companions.keyId.reveal()}:${cred.value.reveal()}`;
  expect(request.headers.authorization).toBe(`Basic ${Buffer.from(pair).toString('base64')}`);
  expect(request.path).not.toContain(cred.value.reveal());
}

/** iam.v2.ApiKey (api-evangelist/confluent confluent-iam-v2-api-key-schema.json), a Cloud API key. */
function record(owner: { id: string; kind: string }, fields: Record<string, unknown> = {}): object {
  return {
    api_version: 'iam/v2',
    kind: 'ApiKey',
    id: KEY_ID,
    metadata: {
      self: `https://api.confluent.cloud/iam/v2/api-keys/${KEY_ID}`,
      resource_name: `crn://api.confluent.cloud/organization=1111aaaa-11aa-11aa-11aa-111111aaaaaa/api-key=${KEY_ID}`,
      created_at: '2025-09-01T12:00:00Z',
      updated_at: '2025-09-01T12:00:00Z',
    },
    spec: {
      display_name: 'ci-deployer',
      description: 'deploys from CI',
      owner: { id: owner.id, related: `https://api.confluent.cloud/iam/v2/x/${owner.id}`, kind: owner.kind },
      resource: { id: 'cloud', kind: 'Cloud', environment: 'env-a1b2c' },
      ...fields,
    },
  };
}

const VALID: FakeHandler = () => json(200, record({ id: 'sa-l7x2m9', kind: 'ServiceAccount' }));
/** The recorded 401 (provider-responses/confluent.json). */
const REFUSED = json(401, {
  errors: [
    {
      id: 'xxxxx',
      status: '401',
      detail:
        "invalid API key: make sure you're using a Cloud API Key and not a Cluster API Key: https://docs.confluent.io/cloud/current/api.html#section/Authentication",
      source: {},
    },
  ],
});

const CASES: Case[] = [
  {
    name: 'a Cloud API key of a service account: owner, kind, resource, environment and dates',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        owner: 'sa-l7x2m9',
        owner_kind: 'ServiceAccount',
        resource: 'cloud',
        environment: 'env-a1b2c',
        display_name: 'ci-deployer',
      },
      facts: [
        { fact: 'principal', value: 'sa-l7x2m9', detail: 'Confluent Cloud spec.owner.id of the API key' },
        { fact: 'principalKind', value: 'service', detail: 'Confluent Cloud spec.owner.kind ServiceAccount' },
        { fact: 'scopes', value: ['cloud'], detail: 'Confluent Cloud spec.resource.id (cloud: organization-wide)' },
        { fact: 'created', value: '2025-09-01T12:00:00.000Z', detail: 'Confluent Cloud metadata.created_at' },
      ],
    },
  },
  {
    name: "a key owned by a user is a person's, with its expiry",
    handler: () => json(200, record({ id: 'u-4v7k2p', kind: 'User' }, { expires_at: '2026-09-01T00:00:00Z' })),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'u-4v7k2p', detail: 'Confluent Cloud spec.owner.id of the API key' },
        { fact: 'principalKind', value: 'human', detail: 'Confluent Cloud spec.owner.kind User' },
        { fact: 'scopes', value: ['cloud'], detail: 'Confluent Cloud spec.resource.id (cloud: organization-wide)' },
        { fact: 'created', value: '2025-09-01T12:00:00.000Z', detail: 'Confluent Cloud metadata.created_at' },
        { fact: 'expires', value: '2026-09-01T00:00:00.000Z', detail: 'Confluent Cloud spec.expires_at' },
      ],
    },
  },
  {
    name: 'the record of another key is unknown',
    handler: () => json(200, { ...record({ id: 'sa-l7x2m9', kind: 'ServiceAccount' }), id: 'OTHERKEYOTHERKEY' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    message: /record of another API key/,
  },
  {
    // Ambiguous (PROVIDERS.md §27): a wrong secret, a deleted key and a cluster key get the same answer.
    name: '401 (the recorded answer) is unknown (unknown-key), naming both causes, never invalid',
    handler: () => REFUSED,
    expected: { status: 'unknown', reason: 'unknown-key', facts: [] },
    message:
      /a wrong secret or a deleted key, or a resource-scoped key \(a Kafka cluster, Schema Registry or ksqlDB key\)/,
  },
  {
    name: 'a 401 page that is not JSON is just as ambiguous: unknown',
    handler: () => html(401),
    expected: { status: 'unknown', reason: 'unknown-key' },
  },
  {
    name: '403 (not documented for a key reading itself) is unknown (insufficient-scope)',
    handler: () => json(403, { errors: [{ status: '403', detail: 'Forbidden Access' }] }),
    expected: { status: 'unknown', reason: 'insufficient-scope' },
    message: /^Confluent Cloud would not show the key its own record \(HTTP 403: Forbidden Access\)$/,
  },
];

// The shared harness (__tests__/providers/harness.ts), its faults at the end.
const SPEC: AdapterSpec = { provider, credential: () => credential(), expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
const { serve, check } = harness;

describeCases('Confluent Cloud smoke: GET /iam/v2/api-keys/{key id}', SPEC, harness, CASES);

describe('Confluent Cloud: the key id in the path', () => {
  it('the key id goes in the path, but the debug log names only the declared template', async () => {
    const lines: string[] = [];
    const fake = await serve(VALID);
    const http = new SmokeHttp({ ...SETTINGS, log: (line) => lines.push(line) }).forProvider(provider, fake.url);
    const identity = await provider.identify!(credential(), { http, now: NOW, declaredEndpoint: true });
    expect(identity.status).toBe('verified');
    expect(lines).toEqual([`confluent GET ${new URL(fake.url).host}/iam/v2/api-keys/{keyId} -> 200`]);
  });
});

describe('Confluent Cloud: what is never sent', () => {
  it.each([
    ['no key id beside the secret', {}, SECRET, 'no-value', /checked with its key id \(CONFLUENT_CLOUD_API_KEY/],
    ['a key id that is not 16 letters and digits', { keyId: '../../org/v2/x' }, SECRET, 'no-value', /not 16 letters/],
    ['the key id alone', {}, KEY_ID, 'unsupported', /key id is an identifier/],
  ])('%s: skipped, nothing sent', async (_what, companions, value, reason, message) => {
    const { identity, fake } = await check(VALID, credential(companions, value));
    expect(identity).toMatchObject({ status: 'skipped', reason, facts: [] });
    expect(identity.message).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });
});

describeNeverSent(SPEC, harness, [
  ['DELETE', PATH],
  ['PATCH', PATH],
  ['POST', '/iam/v2/api-keys'],
  ['GET', '/iam/v2/api-keys'],
]);
describeSharedFaults(SPEC, harness);
