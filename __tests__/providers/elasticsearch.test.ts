// Elasticsearch smoke check (GET /_security/_authenticate, `ApiKey <base64(id:api_key)>`) against a fake
// cluster standing where --endpoint points: API keys and their owners, `enabled`, the anonymous fallback
// of old clusters, the 401 of a bad key and the one of no credential at all (both documented; the doc
// example and the no-credential answer also replayed as recorded in recorded.test.ts), the key forms,
// the calls that invalidate keys and must never be sent, and the shared faults.

import { describe, expect, it } from 'vitest';
import { elasticsearch as provider } from '../../src/providers/elasticsearch.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import {
  adapterHarness,
  credentialOf,
  describeCases,
  describeNeverSent,
  describeSharedFaults,
  type AdapterSpec,
  type Case,
} from './harness.js';

type Fact = Identity['facts'][number];

// Made-up key (Elasticsearch's documentation shape: a 20-character id, a 22-character key).
const PAIR = 'Kq9Wm2Xr7Tb3Nc8Vf1Hs' + ':' + 'Jd0Lg5Ya2Ue9QwBx4Zp7Aa';
const ENCODED = Buffer.from(PAIR).toString('base64');
const PATH = '/_security/_authenticate';

const credential = (value = ENCODED): Credential => credentialOf(provider, 'ELASTICSEARCH_API_KEY', value);

function expectAuth(request: FakeRequest): void {
  expect(request.headers.authorization).toBe(`ApiKey ${ENCODED}`);
}

/** _authenticate for an API key (the documented fields; api_key{id, name} as 8.x adds them). */
function authenticated(fields: Record<string, unknown> = {}): object {
  return {
    username: 'ci-owner',
    roles: [],
    full_name: null,
    email: null,
    metadata: {},
    enabled: true,
    authentication_realm: { name: '_es_api_key', type: '_es_api_key' },
    lookup_realm: { name: '_es_api_key', type: '_es_api_key' },
    authentication_type: 'api_key',
    api_key: { id: 'Kq9Wm2Xr7Tb3Nc8Vf1Hs', name: 'ci-deploy' },
    ...fields,
  };
}

const VALID: FakeHandler = () => json(200, authenticated());
const PRINCIPAL: Fact = {
  fact: 'principal',
  value: 'ci-owner',
  detail: 'Elasticsearch _authenticate username (api_key)',
};
const HUMAN: Fact = {
  fact: 'principalKind',
  value: 'human',
  detail: 'an Elasticsearch user (realm _es_api_key); system users look the same',
};
/** The 401 for a bad key (reason text from terraform-provider-elasticstack#1082; envelope as #279's). */
const REFUSED = json(401, {
  error: {
    root_cause: [
      {
        type: 'security_exception',
        reason: 'unable to authenticate with provided credentials and anonymous access is not allowed for this request',
      },
    ],
    type: 'security_exception',
    reason: 'unable to authenticate with provided credentials and anonymous access is not allowed for this request',
  },
  status: 401,
});

const CASES: Case[] = [
  {
    name: 'an API key: verified, its owner as principal, the key id and name beside it',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        username: 'ci-owner',
        authentication_type: 'api_key',
        realm: '_es_api_key',
        api_key_id: 'Kq9Wm2Xr7Tb3Nc8Vf1Hs',
        api_key_name: 'ci-deploy',
      },
      facts: [PRINCIPAL, HUMAN],
    },
    message: /role descriptors\) are not shown by _authenticate, so no scopes were recorded/,
  },
  {
    name: 'a service account (realm _service_account) is a service principal',
    handler: () =>
      json(
        200,
        authenticated({
          username: 'elastic/fleet-server',
          authentication_realm: { name: '_service_account', type: '_service_account' },
          authentication_type: 'token',
        }),
      ),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'elastic/fleet-server', detail: 'Elasticsearch _authenticate username (token)' },
        {
          fact: 'principalKind',
          value: 'service',
          detail: 'an Elasticsearch service account (realm _service_account)',
        },
      ],
    },
  },
  {
    // UNCONFIRMED that it ever appears (a disabled user cannot authenticate): if it does, the owner is inactive.
    name: 'enabled: false is invalid (user-inactive)',
    handler: () => json(200, authenticated({ enabled: false })),
    expected: { status: 'invalid', reason: 'user-inactive', facts: [PRINCIPAL, HUMAN] },
    message: /user ci-owner behind this key is disabled/,
  },
  {
    name: 'an anonymous answer (a cluster before 7.6 falling back) is unknown: the key was not what answered',
    handler: () => json(200, authenticated({ username: '_anonymous', authentication_type: 'anonymous' })),
    expected: { status: 'unknown', reason: 'unexpected-response', facts: [] },
    message: /anonymous user/,
  },
  {
    name: '401 security_exception "unable to authenticate" is invalid (revoked), quoting Elasticsearch',
    handler: () => REFUSED,
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message:
      /401: unable to authenticate with provided credentials .*\): it is unknown, expired or invalidated, or it belongs to another cluster/,
  },
  {
    name: '401 "missing authentication credentials" is unknown: nothing reached the cluster',
    handler: () =>
      json(401, {
        error: {
          root_cause: [
            {
              type: 'security_exception',
              reason: 'missing authentication credentials for REST request [/_security/_authenticate]',
            },
          ],
          type: 'security_exception',
          reason: 'missing authentication credentials for REST request [/_security/_authenticate]',
        },
        status: 401,
      }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    message: /no credential reached Elasticsearch .*proxy/,
  },
  {
    name: 'a 401 page from a proxy (not JSON) is unknown, never revoked',
    handler: () => html(401),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 (undocumented for _authenticate) is unknown',
    handler: () => json(403, { error: { type: 'security_exception', reason: 'action is unauthorized' }, status: 403 }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

// The shared harness (__tests__/providers/harness.ts), its faults at the end.
const SPEC: AdapterSpec = { provider, credential: () => credential(), expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
const { check, expectRequests, expectNoSecret } = harness;

describeCases('Elasticsearch smoke: GET /_security/_authenticate', SPEC, harness, CASES);

describe('Elasticsearch: the forms a key is given in', () => {
  it('a key given as id:api_key (Beats, Logstash) is sent encoded, as Elasticsearch takes it', async () => {
    const cred = credential(PAIR);
    expect(cred.format.type).toBe('api-key-pair');
    const { identity, fake } = await check(VALID, cred);
    expect(identity.status).toBe('verified');
    expectRequests(fake, cred, [PATH]);
    expectNoSecret(identity, cred);
  });

  it('base64 that holds no id:api_key (a password under an Elasticsearch name) is skipped, nothing sent', async () => {
    const cred = credential(Buffer.from('correct horse battery staple, a long password').toString('base64'));
    const { identity, fake } = await check(VALID, cred);
    expect(identity).toMatchObject({ status: 'skipped', reason: 'unsupported', facts: [] });
    expect(identity.message).toMatch(/holds no Elasticsearch API key/);
    expect(fake.requests).toHaveLength(0);
  });
});

describeNeverSent(SPEC, harness, [
  ['DELETE', '/_security/api_key'],
  ['POST', '/_security/api_key'],
  ['GET', '/_security/api_key?id=Kq9Wm2Xr7Tb3Nc8Vf1Hs'],
  ['POST', '/_security/api_key/_bulk_update'],
  ['DELETE', PATH],
]);
describeSharedFaults(SPEC, harness);
