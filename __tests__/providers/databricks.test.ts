// Databricks smoke check (GET SCIM Me, then GET /api/2.0/token/list for dates) against a fake workspace
// standing where --endpoint points: users and service principals, `active`, the documented 403 for a
// bad token (also replayed as recorded in recorded.test.ts), the calls that create or revoke tokens and
// must never be sent, and the shared faults.

import { expect } from 'vitest';
import { databricks as provider } from '../../src/providers/databricks.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeBehaviour, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
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

// Made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = 'dapi' + '3f9a1c7e' + '5b2d8e04' + 'a6f1c93b' + '2e7d5a80';
const ME = '/api/2.0/preview/scim/v2/Me';
const LIST = '/api/2.0/token/list';
const SP_ID = '6f2d9c1a-4b7e-4e3a-9c5d-1a2b3c4d5e6f';

const credential = (): Credential => credentialOf(provider, 'DATABRICKS_TOKEN', TOKEN);

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

/** The documented SCIM user (docs.databricks.com/api/scim/v1/current-user/object), trimmed. */
const USER = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id: '6474530283145491',
  userName: 'deployer@acme.example',
  displayName: 'Deployer',
  active: true,
  emails: [{ value: 'deployer@acme.example', primary: true, type: 'work' }],
  groups: [
    { display: 'admins', value: '7041520358912342', $ref: 'Groups/7041520358912342' },
    { display: 'deployers', value: '1183452009114412', $ref: 'Groups/1183452009114412' },
  ],
  entitlements: [{ value: 'workspace-access' }, { value: 'allow-cluster-create' }],
};
const SERVICE_PRINCIPAL = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal'],
  id: '2281390491720042',
  userName: SP_ID,
  applicationId: SP_ID,
  displayName: 'ci-deployer',
  active: true,
};
/** The Token API example (docs.databricks.com tokens CLI, legacy): epoch milliseconds. */
const ONE_TOKEN = {
  token_infos: [
    {
      token_id: '5715498424f15ee0213be729257b53fc',
      creation_time: 1621287738473,
      expiry_time: 1621417338473,
      comment: 'CI',
    },
  ],
};
/** The recorded refusal (provider-responses/databricks.json, databricks-sdk-go#873). */
const INVALID = json(
  403,
  { error_code: 403, message: 'Invalid access token.' },
  { server: 'databricks', 'x-databricks-reason-phrase': 'Invalid access token.' },
);

function routes(me: () => FakeBehaviour, list: () => FakeBehaviour = () => json(200, ONE_TOKEN)): FakeHandler {
  return (request) => (request.path === ME ? me() : list());
}
const VALID = routes(() => json(200, USER));

const PRINCIPAL: Fact = { fact: 'principal', value: 'deployer@acme.example', detail: 'Databricks SCIM Me userName' };
const HUMAN: Fact = { fact: 'principalKind', value: 'human', detail: 'a Databricks user (SCIM Me userName)' };
const SCOPES: Fact = {
  fact: 'scopes',
  value: ['workspace-access', 'allow-cluster-create', 'group:admins', 'group:deployers'],
  detail: 'Databricks SCIM Me entitlements and groups (group:…)',
};
const DATES: Fact[] = [
  {
    fact: 'created',
    value: '2021-05-17T21:42:18.473Z',
    detail: "Databricks token/list creation_time (the caller's only token)",
  },
  {
    fact: 'expires',
    value: '2021-05-19T09:42:18.473Z',
    detail: "Databricks token/list expiry_time (the caller's only token)",
  },
];

const CASES: Case[] = [
  {
    name: 'an active user: verified, entitlements and groups as scopes, dates from the only token',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { userName: 'deployer@acme.example', id: '6474530283145491', displayName: 'Deployer', active: true },
      facts: [PRINCIPAL, HUMAN, SCOPES, ...DATES],
    },
    paths: [ME, LIST],
  },
  {
    name: 'a service principal (its schema, applicationId and UUID name) is a service principal',
    handler: routes(() => json(200, SERVICE_PRINCIPAL)),
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: SP_ID, detail: 'Databricks SCIM Me userName' },
        {
          fact: 'principalKind',
          value: 'service',
          detail: 'a Databricks service principal (SCIM Me schema, applicationId or UUID name)',
        },
        { fact: 'scopes', value: [], detail: 'Databricks SCIM Me entitlements and groups (group:…)' },
        ...DATES,
      ],
    },
    paths: [ME, LIST],
  },
  {
    name: 'active: false is invalid (user-inactive), and the token list is not asked',
    handler: routes(() => json(200, { ...USER, active: false })),
    expected: { status: 'invalid', reason: 'user-inactive', facts: [PRINCIPAL, HUMAN] },
    message: /user deployer@acme\.example is not active/,
    paths: [ME],
  },
  {
    name: 'a token that never expires (expiry_time -1): the creation date only',
    handler: routes(
      () => json(200, USER),
      () => json(200, { token_infos: [{ ...ONE_TOKEN.token_infos[0], expiry_time: -1 }] }),
    ),
    expected: { status: 'verified', facts: [PRINCIPAL, HUMAN, SCOPES, DATES[0]] },
    paths: [ME, LIST],
  },
  {
    name: 'several tokens: which is this one is unknown, so no dates, and it says so',
    handler: routes(
      () => json(200, USER),
      () => json(200, { token_infos: [ONE_TOKEN.token_infos[0], ONE_TOKEN.token_infos[0]] }),
    ),
    expected: { status: 'verified', facts: [PRINCIPAL, HUMAN, SCOPES] },
    message: /holds 2 tokens and which is this one is not known: no dates recorded/,
    paths: [ME, LIST],
  },
  {
    name: 'the token list refused (403): still verified, with a note',
    handler: routes(
      () => json(200, USER),
      () => json(403, { error_code: 'PERMISSION_DENIED', message: 'no' }),
    ),
    expected: { status: 'verified', facts: [PRINCIPAL, HUMAN, SCOPES] },
    message: /dates could not be read from GET \/api\/2\.0\/token\/list \(HTTP 403\)/,
    paths: [ME, LIST],
  },
  {
    name: '403 "Invalid access token." (the recorded answer) is invalid (revoked)',
    handler: () => INVALID,
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message: /HTTP 403 Invalid access token\): it is invalid, expired or revoked, or it belongs to another workspace/,
    paths: [ME],
  },
  {
    name: 'the same refusal as 401 (TH treats them alike) is invalid (revoked)',
    handler: () => json(401, { error_code: 401, message: 'Invalid access token.' }),
    expected: { status: 'invalid', reason: 'revoked' },
    paths: [ME],
  },
  {
    name: "an HTML 403 whose X-Databricks-Reason-Phrase says so is invalid (revoked): the header is Databricks'",
    handler: () => ({
      ...html(403),
      headers: { 'content-type': 'text/html', 'x-databricks-reason-phrase': 'Invalid access token.' },
    }),
    expected: { status: 'invalid', reason: 'revoked' },
    paths: [ME],
  },
  {
    name: 'an HTML 403 without it (a WAF) is unknown',
    handler: () => html(403),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    paths: [ME],
  },
  {
    name: 'another 403 (an IP access list) is unknown, quoting Databricks',
    handler: () =>
      json(403, { error_code: '403', message: 'Source IP address: 203.0.113.7 is blocked by Databricks IP ACL' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    message: /HTTP 403: Source IP address: 203\.0\.113\.7 is blocked .*IP access list/,
    paths: [ME],
  },
  {
    name: 'TEMPORARILY_UNAVAILABLE (azdo-databricks#31) is unknown (server-error), whatever the status',
    handler: () =>
      json(400, {
        error_code: 'TEMPORARILY_UNAVAILABLE',
        message: 'Authentication is temporarily unavailable. Please try again later.',
      }),
    expected: { status: 'unknown', reason: 'server-error' },
    paths: [ME],
  },
  {
    name: "a 401 without Databricks' words is unknown, never revoked",
    handler: () => json(401, { error: 'unauthorized' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    paths: [ME],
  },
];

// The shared harness (__tests__/providers/harness.ts), its faults at the end.
const SPEC: AdapterSpec = { provider, credential, expectAuth, path: ME, after: [LIST], valid: VALID };
const harness = adapterHarness(SPEC);

describeCases('Databricks smoke: SCIM Me, then the token list', SPEC, harness, CASES);

describeNeverSent(SPEC, harness, [
  ['POST', '/api/2.0/token/create'],
  ['POST', '/api/2.0/token/delete'],
  ['GET', '/api/2.0/token-management/tokens'],
  ['POST', ME],
]);
describeSharedFaults(SPEC, harness);
