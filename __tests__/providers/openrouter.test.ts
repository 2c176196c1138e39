// OpenRouter smoke check (GET /api/v1/key, Bearer) against a fake: the documented answer of PROVIDERS.md
// section 42 (the recorded 200 and 401 are replayed in recorded.test.ts), the key's kind, expiry and
// credit limit, the label that quotes the key never kept, 402 (no credit), the management endpoints
// never sent, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { detectFormat } from '../../src/providers/index.js';
import { openrouter as provider } from '../../src/providers/openrouter.js';
import type { Credential } from '../../src/providers/types.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import {
  adapterHarness,
  describeSharedFaults,
  itCases,
  itRefuses,
  type AdapterCase,
  type AdapterSpec,
} from './harness.js';

// NOTE: a made-up key, built from parts so that secret scanners do not flag it.
const KEY = 'sk-or-v1-' + '9d4b7e1a3c6f0825' + 'b7e3a9c1d5f20846' + 'e2c8a4f6b0d39175' + 'a3f7c1e5b9d20648';
const PATH = '/api/v1/key';
const CREATOR = 'user_2dHFtVWx2n' + '56w6HkM0000000000';
/** The documented answer, with the label quoting the key's own first and last characters. */
const DATA = {
  label: KEY.slice(0, 12) + '...' + KEY.slice(-3),
  limit: 100,
  limit_remaining: 74.5,
  limit_reset: 'monthly',
  usage: 25.5,
  is_free_tier: false,
  is_provisioning_key: false,
  is_management_key: false,
  creator_user_id: CREATOR,
  expires_at: '2027-12-31T23:59:59Z',
  rate_limit: { requests: 1000, interval: '1h', note: 'This field is deprecated and safe to ignore.' },
};

function credential(): Credential {
  const match = detectFormat(KEY);
  if (match?.provider.id !== 'openrouter') throw new Error('the test key is no OpenRouter key');
  return { name: 'OPENROUTER_API_KEY', value: new SecretValue(KEY, 'test'), companions: {}, format: match.format };
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(`Bearer ${cred.value.reveal()}`);
}

const VALID: FakeHandler = () => json(200, { data: DATA });

// --- the shared harness (__tests__/providers/harness.ts); its faults are at the end ---

const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: [], valid: VALID };
const harness = adapterHarness(SPEC);
const { check } = harness;
const KIND = (value: string) => ({ fact: 'keyType' as const, value, detail: 'OpenRouter GET /api/v1/key flags' });

const CASES: AdapterCase[] = [
  {
    name: 'an inference key: its creator, kind, expiry and credit limit',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        creator_user_id: CREATOR,
        kind: 'inference-key',
        limit: 100,
        limit_remaining: 74.5,
        limit_reset: 'monthly',
        is_free_tier: false,
      },
      facts: [
        { fact: 'principal', value: CREATOR, detail: 'OpenRouter GET /api/v1/key creator_user_id' },
        KIND('inference-key'),
        { fact: 'expires', value: '2027-12-31T23:59:59.000Z', detail: 'OpenRouter GET /api/v1/key expires_at' },
      ],
    },
  },
  {
    name: 'a management key with no cap and no expiry',
    handler: () => json(200, { data: { ...DATA, is_management_key: true, limit: null, expires_at: null } }),
    expected: {
      status: 'verified',
      principal: { creator_user_id: CREATOR, kind: 'management-key', limit: 'none' },
      facts: [
        { fact: 'principal', value: CREATOR, detail: 'OpenRouter GET /api/v1/key creator_user_id' },
        KIND('management-key'),
      ],
    },
  },
  {
    name: 'a provisioning key',
    handler: () => json(200, { data: { ...DATA, is_provisioning_key: true } }),
    expected: { status: 'verified', principal: { kind: 'provisioning-key' } },
  },
  {
    name: 'a used-up credit limit is said, the key still verified',
    handler: () => json(200, { data: { ...DATA, limit_remaining: 0 } }),
    expected: { status: 'verified', message: 'its credit limit is used up (limit_remaining 0)' },
  },
  {
    name: 'no creator: verified, with no principal to compare, and it says so',
    handler: () => json(200, { data: { ...DATA, creator_user_id: null } }),
    expected: { status: 'verified', facts: [KIND('inference-key'), expect.objectContaining({ fact: 'expires' })] },
    message: /^OpenRouter names no creator for this key$/,
  },
  {
    name: '401 "User not found." (deleted key, as recorded) is invalid (revoked)',
    handler: () => json(401, { error: { message: 'User not found.', code: 401 } }),
    expected: { status: 'invalid', reason: 'revoked' },
    message: /^OpenRouter does not know this key \(deleted, expired or never valid\): User not found\.$/,
  },
  {
    name: '401 "No auth credentials found" is unknown: no key reached OpenRouter',
    handler: () => json(401, { error: { message: 'No auth credentials found', code: 401 } }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '402 (no credit; UNCONFIRMED for /key) is a mismatch (insufficient-quota): the key works',
    handler: () => json(402, { error: { message: 'Insufficient credits', code: 402 } }),
    expected: { status: 'mismatch', reason: 'insufficient-quota' },
    message: /has no credit left: Insufficient credits$/,
  },
  {
    name: 'another 401 is unknown',
    handler: () => json(401, { error: { message: 'Something else', code: 401 } }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 without a data object is unknown',
    handler: () => json(200, { data: 'ok' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('OpenRouter smoke: GET /api/v1/key', () => {
  itCases(SPEC, harness, CASES);

  it('the label, which quotes the key, is kept nowhere', async () => {
    const { identity } = await check(VALID);
    const text = JSON.stringify(identity);
    expect(text).not.toContain(DATA.label);
    expect(text).not.toContain(KEY.slice(0, 12));
  });

  itRefuses(SPEC, harness, [
    ['POST', '/api/v1/keys'],
    ['PATCH', '/api/v1/keys/abc'],
    ['DELETE', '/api/v1/keys/abc'],
    ['GET', '/api/v1/auth/key'],
  ]);
});

describeSharedFaults(SPEC, harness);
