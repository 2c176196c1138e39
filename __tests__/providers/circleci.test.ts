// CircleCI smoke check (GET /api/v2/me, Circle-Token header) against a fake: the documented answers of
// PROVIDERS.md section 39 (and the recorded 401, replayed in recorded.test.ts), the ambiguous 401 (a
// revoked token, or a valid project token that /me refuses alike), project tokens never sent, the token
// never in a URL (CircleCI also reads `?circle-token=`), and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { circleci as provider } from '../../src/providers/circleci.js';
import { SmokeHttp } from '../../src/providers/http.js';
import { detectFormat } from '../../src/providers/index.js';
import type { Credential } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import {
  adapterHarness,
  describeSharedFaults,
  itCases,
  NOW,
  SETTINGS,
  type AdapterCase,
  type AdapterSpec,
} from './harness.js';

// NOTE: made-up tokens, built from parts so that secret scanners do not flag them.
const MID = 'Hn4Kp8Rt2W' + 'x6Yz3Bc7Dv' + '9F';
const HEX = 'a4c8e2f6b0d3' + '9e7a1c5f8b2d' + '4e6a0c3f7b9d' + '1e5a';
const TOKENS = { personal: 'CCIPAT_' + MID + '_' + HEX, project: 'CCIPRJ_' + MID + '_' + HEX, legacy: HEX };
const PATH = '/api/v2/me';
const USER = { id: '5f2b8c1e-' + '7a3d-4e9f-b6c0-2d8a4f1e7c3b', login: 'deploy-bot', name: 'Deploy Bot' };
/** The answer recorded in CircleCI-Archived/api-preview-docs#52 (also for a valid project token). */
const LOG_IN_FIRST = () => json(401, { message: 'You must log in first.' });

function credential(kind: keyof typeof TOKENS = 'personal'): Credential {
  const match = detectFormat(TOKENS[kind], 'CIRCLECI_TOKEN');
  if (match?.provider.id !== 'circleci') throw new Error(`the ${kind} test token is no CircleCI token`);
  return { name: 'CIRCLECI_TOKEN', value: new SecretValue(TOKENS[kind], 'test'), companions: {}, format: match.format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers['circle-token']).toBe(cred.value.reveal());
  expect(request.headers.authorization).toBeUndefined();
  // SECURITY: never `?circle-token=` (a URL is logged by proxies and servers).
  expect(request.path).toBe(PATH);
}

const VALID: FakeHandler = () => json(200, USER);

// --- the shared harness (__tests__/providers/harness.ts); its faults are at the end ---

const SPEC: AdapterSpec = { provider, credential: () => credential(), expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
const { serve, check } = harness;

const CASES: AdapterCase[] = [
  {
    name: 'a personal token: /me names the user, a person',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: USER,
      aliases: [USER.id],
      facts: [
        { fact: 'principal', value: 'deploy-bot', detail: 'CircleCI GET /api/v2/me login' },
        { fact: 'principalKind', value: 'human', detail: 'CircleCI /me answers personal tokens only: a person' },
        {
          fact: 'keyType',
          value: 'personal-token',
          detail: 'CircleCI GET /api/v2/me answered (project tokens cannot)',
        },
      ],
    },
  },
  {
    name: 'a legacy token /me accepts is a personal token (keyType from the answer)',
    handler: VALID,
    credential: () => credential('legacy'),
    expected: { status: 'verified', reason: 'ok', principal: USER },
  },
  {
    name: 'the documented 401 for a CCIPAT_ personal token is invalid (revoked): the prefix rules out a project token',
    handler: LOG_IN_FIRST,
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message:
      /^CircleCI does not accept this personal token \(revoked, expired or never valid\): You must log in first\.$/,
  },
  {
    name: 'the same 401 for a legacy token is unknown, naming both causes (ambiguous in PROVIDERS.md)',
    handler: LOG_IN_FIRST,
    credential: () => credential('legacy'),
    expected: { status: 'unknown', reason: 'unknown-key' },
    message: /revoked or never valid, or it is a valid project token, which \/me refuses with the same 401/,
  },
  {
    name: '401 with an HTML page is unknown, never invalid',
    handler: () => html(401),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 (undocumented) is unknown',
    handler: () => json(403, { message: 'Forbidden' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '404 (a server install without API v2?) is unknown',
    handler: () => json(404, { message: 'Not Found' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 without a login is unknown',
    handler: () => json(200, { id: USER.id, name: 'x' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('CircleCI smoke: GET /api/v2/me', () => {
  itCases(SPEC, harness, CASES);

  it('a CCIPRJ_ project token is skipped (unsupported) and nothing is sent: /me refuses project tokens', async () => {
    const { identity, fake } = await check(VALID, credential('project'));
    expect(identity).toEqual({
      status: 'skipped',
      reason: 'unsupported',
      message: 'a CircleCI project token (CCIPRJ_) cannot call GET /api/v2/me; it was not sent',
      facts: [],
    });
    expect(fake.requests).toHaveLength(0);
  });

  it('the debug log and the request line never carry the token', async () => {
    const lines: string[] = [];
    const fake = await serve(VALID);
    const http = new SmokeHttp({ ...SETTINGS, log: (line) => lines.push(line) }).forProvider(provider, fake.url);
    await provider.identify!(credential(), { http, now: NOW });
    expect(lines).toEqual([expect.stringMatching(/^circleci GET 127\.0\.0\.1:\d+\/api\/v2\/me -> 200$/)]);
    expect(fake.requests.map((r) => r.path)).toEqual([PATH]);
  });

  it.each([
    ['CIRCLECI_TOKEN', 'legacy-token'],
    ['CIRCLE_TOKEN', 'legacy-token'],
    ['PROD_CIRCLE_API_TOKEN', 'legacy-token'],
    ['GIT_COMMIT_SHA', undefined],
    ['CIRCLE_SHA1', undefined],
  ])('a bare 40-hex value beside %s is %s', (name, type) => {
    const match = detectFormat(HEX, name);
    expect(match?.provider.id === 'circleci' ? match.format.type : undefined).toBe(type);
  });
});

describeSharedFaults(SPEC, harness);
