// Atlassian smoke check (GET /rest/api/3/myself, HTTP Basic e-mail:token) against a fake site standing
// where --endpoint points: the account kinds and `active` of PROVIDERS.md section 25, the 401 that folds
// several causes (also replayed as recorded in recorded.test.ts), the e-mail companion that is needed and
// is never a destination, the scoped-token gateway path, the calls it must never send, and shared faults.

import { describe, expect, it } from 'vitest';
import { atlassian as provider } from '../../src/providers/atlassian.js';
import { SmokeHttp } from '../../src/providers/http.js';
import type { Credential, Identity } from '../../src/providers/types.js';
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

type Fact = Identity['facts'][number];

// Made-up values, built from parts so that secret scanners do not flag them.
const TOKEN = 'ATATT' + '3xFfGF0' + 'Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBx' + '_Lm-Np4Rs8Tv1' + '=1B2C' + '3D4E';
const ADMIN_KEY = 'ATCTT' + '3xFfGF0' + 'Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBx' + '=1B2C' + '3D4E';
const EMAIL = 'ci-bot@acme.example';
const PATH = '/rest/api/3/myself';
const ACCOUNT_ID = '5b10ac8d82e05b22cc7d4ef5';

const credential = (value = TOKEN, companions: Record<string, string> = { email: EMAIL }): Credential =>
  credentialOf(provider, 'JIRA_API_TOKEN', value, companions);

function expectAuth(request: FakeRequest, cred: Credential): void {
  const pair = `${cred.companions.email.reveal()}:${cred.value.reveal()}`;
  expect(request.headers.authorization).toBe(`Basic ${Buffer.from(pair).toString('base64')}`);
}

/** The documented UserDetails (jira_v3_openapi; prismatic.io getCurrentUser.json), trimmed. */
function myself(fields: Record<string, unknown> = {}): object {
  return {
    self: `https://acme.atlassian.net/rest/api/3/user?accountId=${ACCOUNT_ID}`,
    accountId: ACCOUNT_ID,
    accountType: 'atlassian',
    emailAddress: EMAIL,
    displayName: 'CI Bot',
    active: true,
    timeZone: 'Europe/Berlin',
    locale: 'en_US',
    avatarUrls: { '48x48': 'https://avatar.example/48.png' },
    ...fields,
  };
}

const VALID: FakeHandler = () => json(200, myself());
const PRINCIPAL: Fact = { fact: 'principal', value: ACCOUNT_ID, detail: 'Atlassian GET /rest/api/3/myself accountId' };
const HUMAN: Fact = { fact: 'principalKind', value: 'human', detail: 'Atlassian accountType atlassian' };
/** The recorded refusal (provider-responses/atlassian.json, jira-node/node-jira-client#255). */
const REFUSED = { message: 'Client must be authenticated to access this resource.', 'status-code': 401 };

const CASES: Case[] = [
  {
    name: 'an active account: verified, the accountId as principal and its e-mail as another name',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { accountId: ACCOUNT_ID, accountType: 'atlassian', displayName: 'CI Bot', active: true },
      facts: [PRINCIPAL, HUMAN],
      aliases: [EMAIL],
    },
  },
  {
    name: 'an Atlassian service account (accountType app, appType service) is a service principal',
    handler: () => json(200, myself({ accountType: 'app', appType: 'service', emailAddress: null })),
    expected: {
      status: 'verified',
      facts: [
        PRINCIPAL,
        { fact: 'principalKind', value: 'service', detail: 'Atlassian accountType app, appType service' },
      ],
    },
  },
  {
    name: 'a JSM customer account is a person',
    handler: () => json(200, myself({ accountType: 'customer' })),
    expected: {
      status: 'verified',
      facts: [PRINCIPAL, { fact: 'principalKind', value: 'human', detail: 'Atlassian accountType customer' }],
      aliases: [EMAIL],
    },
  },
  {
    name: 'an e-mail hidden by privacy settings (null) gives no other name',
    handler: () => json(200, myself({ emailAddress: null })),
    expected: { status: 'verified', facts: [PRINCIPAL, HUMAN] },
  },
  {
    // UNCONFIRMED that a working token ever sees it (PROVIDERS.md); if it does, the account is inactive.
    name: 'active: false is invalid (user-inactive)',
    handler: () => json(200, myself({ active: false })),
    expected: { status: 'invalid', reason: 'user-inactive', facts: [PRINCIPAL, HUMAN] },
    message: /5b10ac8d82e05b22cc7d4ef5\) is not active/,
  },
  {
    name: '401 (the recorded JSON) is invalid (revoked), naming each cause and the scoped-token fix',
    handler: () => json(401, REFUSED),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message:
      /revoked or expired, the account is deactivated, or the e-mail is not the account's; a scoped token also gets 401 on the site \(check it with --endpoint atlassian=https:\/\/api\.atlassian\.com\/ex\/jira\/\{cloudId\}\)/,
  },
  {
    name: '401 in plain text ("Client must be authenticated…", gajira-login#59) reads the same',
    handler: () => ({
      status: 401,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: 'Client must be authenticated to access this resource.',
    }),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    // Seen in practice for scoped tokens on the gateway (not recorded): the token works.
    name: '401 "Unauthorized; scope does not match" is unknown (insufficient-scope), never revoked',
    handler: () => json(401, { code: 401, message: 'Unauthorized; scope does not match' }),
    expected: { status: 'unknown', reason: 'insufficient-scope' },
    message: /scopes do not allow .*401: Unauthorized; scope does not match/,
  },
  {
    name: 'a 401 HTML page (a proxy) is unknown, never revoked',
    handler: () => html(401),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 is unknown',
    handler: () => json(403, { errorMessages: ['You do not have the permission to see the specified user.'] }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    message: /^an answer the provider does not document \(HTTP 403\)$/,
  },
  {
    name: 'a user without accountId is unknown',
    handler: () => json(200, { displayName: 'x', active: true }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

// The shared harness (__tests__/providers/harness.ts), its faults at the end.
const SPEC: AdapterSpec = { provider, credential: () => credential(), expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
const { serve, check } = harness;

describeCases('Atlassian smoke: GET /rest/api/3/myself', SPEC, harness, CASES);

describe('Atlassian: the e-mail, the scoped-token gateway', () => {
  it.each([
    ['hidden (null)', null, undefined],
    ['not an e-mail', 'somebody', undefined],
    ['given', EMAIL, [EMAIL]],
  ])('an e-mail %s: other names %j', async (_what, emailAddress, aliases) => {
    const { identity } = await check(() => json(200, myself({ emailAddress })));
    expect(identity.status).toBe('verified');
    expect(identity.aliases).toEqual(aliases);
  });

  it('a scoped token is checked through the gateway that --endpoint names (a base URL with a path)', async () => {
    const fake = await serve(VALID);
    const http = new SmokeHttp(SETTINGS).forProvider(
      provider,
      `${fake.url}/ex/jira/11223344-a1b2-c3d4-e5f6-778899aabbcc`,
    );
    const identity = await provider.identify!(credential(), { http, now: NOW, declaredEndpoint: true });
    expect(identity.status).toBe('verified');
    expect(fake.requests.map((r) => r.path)).toEqual([`/ex/jira/11223344-a1b2-c3d4-e5f6-778899aabbcc${PATH}`]);
  });
});

describe('Atlassian: what is never sent', () => {
  it.each([
    [
      'no e-mail beside the token',
      TOKEN,
      {},
      'no-value',
      /checked with its account e-mail \(JIRA_EMAIL, JIRA_USER_EMAIL/,
    ],
    // SECURITY: a companion naming a host is no e-mail and no destination.
    ['a URL where the e-mail belongs', TOKEN, { email: 'http://127.0.0.1:9/rest' }, 'no-value', /is no e-mail/],
    ['an organization admin key (ATCTT)', ADMIN_KEY, {}, 'unsupported', /admin API key \(ATCTT\)/],
  ])('%s: skipped, nothing sent', async (_what, value, companions, reason, message) => {
    const cred = credential(value, companions);
    const { identity, fake } = await check(VALID, cred);
    expect(identity).toMatchObject({ status: 'skipped', reason, facts: [] });
    expect(identity.message).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });
});

describeNeverSent(SPEC, harness, [
  ['DELETE', PATH],
  ['POST', PATH],
  ['DELETE', `/users/${ACCOUNT_ID}/manage/api-tokens/1234`],
  ['POST', '/gateway/api/graphql'],
]);
describeSharedFaults(SPEC, harness);
