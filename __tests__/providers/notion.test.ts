// Notion smoke check (GET /v1/users/me with Notion-Version) against a fake API: the answers of
// PROVIDERS.md section 31 (the recorded ones are replayed in recorded.test.ts), the owner kinds, and the
// shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { detectFormat } from '../../src/providers/index.js';
import { notion as provider } from '../../src/providers/notion.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, itAnswers } from './harness.js';
import type { AdapterSpec, AnswerCase } from './harness.js';

type Fact = Identity['facts'][number];

// Made-up tokens, built from parts so that secret scanners do not flag them.
const TOKEN = 'ntn_' + '27182818284' + 'Vw9Rt4KpXq7Lm2' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1';
const SECRET = 'secret_' + 'Vw9Rt4KpXq7Lm2' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1' + 'Hs6Jd0Lg';
const PATH = '/v1/users/me';
const AFTER: string[] = [];

function credential(value = TOKEN, type = 'integration-token'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'NOTION_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format };
}

/** Bearer token and the required Notion-Version. */
function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
  expect(request.headers['notion-version']).toBe('2022-06-28');
}

const BOT_ID = '16d84278-ab0e-484c-9bdd-b35da3bd8905';
/** A workspace-owned internal integration (PROVIDERS.md section 31: `bot.owner.type` workspace). */
const WORKSPACE_BOT = {
  object: 'user',
  id: BOT_ID,
  name: 'release-sync',
  avatar_url: null,
  type: 'bot',
  bot: { owner: { type: 'workspace', workspace: true }, workspace_name: 'Acme' },
};
/** The changelog example: an integration a person authorised. */
const USER_BOT = {
  ...WORKSPACE_BOT,
  name: 'pied piper',
  bot: {
    owner: {
      type: 'user',
      user: {
        object: 'user',
        id: '5389a034-eb5c-47b5-8a9e-f79c99ef166c',
        type: 'person',
        person: { email: 'c@corp.test' },
      },
    },
  },
};
const VALID: FakeHandler = () => json(200, WORKSPACE_BOT);
const PRINCIPAL: Fact = { fact: 'principal', value: BOT_ID, detail: 'Notion GET /v1/users/me id' };
const notionError = (status: number, code: string, message: string) =>
  json(status, { object: 'error', status, code, message, request_id: 'b0c5d7e2-0000-4000-8000-000000000000' });

// The shared harness (__tests__/providers/harness.ts): its faults run at the end of this file.
const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);

const CASES: AnswerCase[] = [
  {
    name: 'a workspace-owned integration: its bot id, a service principal, the workspace as account',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { id: BOT_ID, name: 'release-sync', type: 'bot', owner: 'workspace', workspace: 'Acme' },
      facts: [
        PRINCIPAL,
        {
          fact: 'principalKind',
          value: 'service',
          detail: 'a workspace-owned Notion integration (bot.owner.type workspace)',
        },
        { fact: 'account', value: 'Acme', detail: 'Notion users/me bot.workspace_name' },
      ],
      aliases: ['release-sync'],
    },
  },
  {
    name: 'an integration a person authorised: a human principal; the owner e-mail is not kept',
    handler: () => json(200, USER_BOT),
    expected: {
      status: 'verified',
      principal: {
        id: BOT_ID,
        name: 'pied piper',
        type: 'bot',
        owner: 'user',
        owner_id: '5389a034-eb5c-47b5-8a9e-f79c99ef166c',
      },
      facts: [
        PRINCIPAL,
        {
          fact: 'principalKind',
          value: 'human',
          detail: 'a Notion integration a person authorised (bot.owner.type user)',
        },
      ],
    },
  },
  {
    name: 'an older secret_ token beside a Notion name is sent the same way',
    handler: VALID,
    credential: () => credential(SECRET, 'internal-integration-secret'),
    expected: { status: 'verified', reason: 'ok' },
  },
  {
    name: '401 unauthorized is invalid (revoked), quoting Notion',
    handler: () => notionError(401, 'unauthorized', 'API token is invalid.'),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message: /revoked or never valid: API token is invalid\.$/,
  },
  {
    name: '403 restricted_resource (UNCONFIRMED for users/me): unknown (insufficient-scope), never invalid',
    handler: () => notionError(403, 'restricted_resource', 'Insufficient permissions for this endpoint.'),
    expected: { status: 'unknown', reason: 'insufficient-scope' },
  },
  {
    name: '400 missing_version is unknown',
    handler: () => notionError(400, 'missing_version', 'Notion-Version header failed validation.'),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a 401 with another code is unknown',
    handler: () => notionError(401, 'invalid_request', 'Invalid request.'),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a 200 error envelope (object: error) is unknown, never verified',
    handler: () => notionError(200, 'unauthorized', 'API token is invalid.'),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Notion smoke: GET /v1/users/me', () => {
  itAnswers(SPEC, harness, CASES);

  it.each([
    ['an ntn_ token beside any name', 'INTEGRATION_KEY', TOKEN, 'integration-token'],
    ['a secret_ token beside a Notion name', 'NOTION_API_KEY', SECRET, 'internal-integration-secret'],
    ['a secret_ value beside another name is never sent to Notion', 'APP_SECRET', SECRET, undefined],
  ])('detection: %s', (_what, name, value, type) => {
    expect(detectFormat(value, name)?.format.type).toBe(type);
  });
});

describeSharedFaults(SPEC, harness);
