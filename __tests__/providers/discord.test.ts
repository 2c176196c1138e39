// Discord smoke check (GET /api/v10/users/@me, `Authorization: Bot <token>`) against a fake API: the
// answers of PROVIDERS.md section 30 (the recorded 401 is replayed in recorded.test.ts), Discord's own
// 429 body, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { discord as provider } from '../../src/providers/discord.js';
import { detectFormat } from '../../src/providers/index.js';
import type { Credential } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, itAnswers } from './harness.js';
import type { AdapterSpec, AnswerCase } from './harness.js';

// Made-up tokens, built from parts so that secret scanners do not flag them: base64 of a made-up id.
const ID = '1122334455667788990';
const TOKEN = Buffer.from(ID).toString('base64url') + '.GhIjKl.' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0';
const PATH = '/api/v10/users/@me';
const AFTER: string[] = [];

function credential(value = TOKEN): Credential {
  const format = provider.formats[0];
  expect(format.pattern.test(value)).toBe(true);
  return { name: 'DISCORD_BOT_TOKEN', value: new SecretValue(value, 'test'), companions: {}, format };
}

/** The `Bot ` scheme, never `Bearer`. */
function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bot ${cred.value.reveal()}`);
}

/** PROVIDERS.md section 30's user object for a bot. */
const BOT = {
  id: ID,
  username: 'deploy-notifier',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
  verified: true,
  flags: 0,
};
const VALID: FakeHandler = () => json(200, BOT);

// The shared harness (__tests__/providers/harness.ts): its faults run at the end of this file.
const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { check, expectRequests, expectNoSecret } = harness;

const CASES: AnswerCase[] = [
  {
    name: 'a bot (bot: true): its id, a service principal; the username is another name for it',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { id: ID, bot: true, username: 'deploy-notifier' },
      facts: [
        { fact: 'principal', value: ID, detail: 'Discord GET /users/@me id' },
        { fact: 'principalKind', value: 'service', detail: 'a Discord bot user (users/@me bot: true)' },
      ],
      aliases: ['deploy-notifier'],
    },
  },
  {
    name: 'a user account (no bot flag) is a human principal',
    handler: () => json(200, { id: ID, username: 'ada', global_name: 'Ada' }),
    expected: {
      status: 'verified',
      principal: { id: ID, bot: false, username: 'ada', global_name: 'Ada' },
      facts: [
        { fact: 'principal', value: ID, detail: 'Discord GET /users/@me id' },
        { fact: 'principalKind', value: 'human', detail: 'a Discord user account (users/@me without bot: true)' },
      ],
    },
  },
  {
    name: '401 {"message": "401: Unauthorized", "code": 0} is invalid (revoked), naming a reset and a user token',
    handler: () => json(401, { message: '401: Unauthorized', code: 0 }),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message: /reset, revoked or never valid, or a user token/,
  },
  {
    name: 'a 401 with no body is invalid too (the status decides)',
    handler: () => ({ status: 401 }),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: '403 is unknown',
    handler: () => json(403, { message: 'Missing Access', code: 50001 }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a 200 without a snowflake id is unknown',
    handler: () => json(200, { ...BOT, id: 'deploy-notifier' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Discord smoke: GET /api/v10/users/@me', () => {
  itAnswers(SPEC, harness, CASES);

  it("Discord's 429 (JSON retry_after, Retry-After header) is retried once, then verified", async () => {
    let calls = 0;
    const { identity, fake } = await check(() =>
      ++calls === 1
        ? json(429, { message: 'You are being rate limited.', retry_after: 0.5, global: false }, { 'retry-after': '1' })
        : json(200, BOT),
    );
    expect(identity.status).toBe('verified');
    expectRequests(fake, credential(), [PATH, PATH]);
  });

  it('the token echoed in the error message appears nowhere in the identity', async () => {
    const cred = credential();
    const { identity } = await check(() => json(403, { message: `bad ${TOKEN}`, code: 0 }), cred);
    expectNoSecret(identity, cred);
  });

  it.each([
    ['a token beside a Discord name', 'DISCORD_BOT_TOKEN', TOKEN, 'discord'],
    ['the same token beside another name (TH too needs "discord")', 'BOT_TOKEN', TOKEN, undefined],
    ['a JWT beside a Discord name', 'DISCORD_TOKEN', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx.' + 'a'.repeat(30), undefined],
    [
      'a 16-digit id',
      'DISCORD_TOKEN',
      Buffer.from('1'.repeat(16)).toString('base64url') + '.GhIjKl.' + 'a'.repeat(27),
      undefined,
    ],
    ['a newer 38-character last part', 'DISCORD_TOKEN', TOKEN.replace(/\.[^.]+$/, '.' + 'b'.repeat(38)), 'discord'],
  ])('detection: %s', (_what, name, value, expected) => {
    expect(detectFormat(value, name)?.provider.id).toBe(expected);
  });
});

describeSharedFaults(SPEC, harness);
