// The one judgement of "is this committed literal a credential?" (issue 11), as plaintext-secret,
// relevance and the redactor all use it: each outcome with its kind or category and its reason, the
// live flag that makes a provider key an error anywhere, and the values the redactor is given.

import { describe, expect, it } from 'vitest';
import { withTokenChecksum } from '../../src/core/checksum.js';
import { SecretValue } from '../../src/core/secret.js';
import type { Key, RawUse } from '../../src/core/types.js';
import { committedCredentials, judgeLiteral, knownNames } from '../../src/keys/literal.js';

// NOTE: made-up values, built by concatenation so that secret scanners do not flag this file.
const GHP = withTokenChecksum('gh' + 'p_', 'Lw9Qe2Rt7YbK3nH6vZp4kM8xC1dF5g');
const SK_LIVE = 'sk_' + 'live_' + '51Kb0undFixture7qZ9wLm2VxR4tYp8N3';
const SK_TEST = 'sk_' + 'test_' + '51Kb0undFixture7qZ9wLm2VxR4tYp8N3';
const PEM = '-----BEGIN ' + 'PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';

describe('judgeLiteral: credentials', () => {
  it.each([
    ['GITHUB_TOKEN', GHP, 'provider-key', 'a GitHub classic personal access token', true],
    ['LOG_LEVEL', SK_LIVE, 'provider-key', 'a Stripe live secret key', true],
    ['STRIPE_SECRET_KEY', SK_TEST, 'provider-key', 'a Stripe test secret key', false],
    ['tls.key', PEM, 'private-key', 'a private key', false],
    ['DATABASE_URL', 'postgres://app:Kq8vR2mZ5wLp@db/app', 'url-password', 'a URL with an embedded password', false],
    ['DB_PASSWORD', 'Kq8#vR2!mZ5wLp9T', 'named-value', 'a secret value', false],
    // A format without a distinctive prefix is not enough to call the value live wherever it sits.
    ['DATADOG_API_KEY', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 'provider-key', 'a Datadog API key', false],
  ])('%s = %j -> %s', (name, value, kind, what, live) => {
    expect(judgeLiteral(value, { names: [name] })).toMatchObject({ credential: true, kind, what, live });
  });

  it("a URL's password alone is what the redactor must hide", () => {
    expect(judgeLiteral('redis://:Zr7pT4kWq9LmX2vB@cache/0', { names: ['REDIS_URL'] })).toMatchObject({
      credential: true,
      secretPart: 'Zr7pT4kWq9LmX2vB',
    });
  });
});

describe('judgeLiteral: not credentials, and why', () => {
  it.each([
    [
      'GITHUB_TOKEN',
      'gh' + 'p_' + 'Lw9Qe2Rt7YbK3nH6vZp4kM8xC1dF5gABCDEF',
      'example',
      'its checksum does not match: a made-up GitHub token',
    ],
    ['AWS_ACCESS_KEY_ID', 'AKIA' + 'IOSFODNN7EXAMPLE', 'example', 'a documented example key'],
    [
      'STRIPE_PUBLISHABLE_KEY',
      'pk_' + 'live_' + '51Kb0undFixture7qZ9wLm2VxR4tYp8N3',
      'public',
      'a publishable key type is not secret',
    ],
    ['LOG_LEVEL', 'debug', 'unnamed', 'no credential format, and no credential name'],
    ['DB_PASSWORD', 'none', 'placeholder', 'a placeholder word'],
    ['POSTGRES_PASSWORD', 'postgres', 'placeholder', 'a dictionary word'],
    ['GOOGLE_API_KEY', 'GOOGLE_API_KEY_VAL', 'reference', 'a variable name'],
    ['HF_TOKEN', 'HF_TOKEN', 'reference', "the entry's own name"],
    ['namespace_secrets.app-secrets.SESSION_SECRET', 'SESSION_SECRET', 'reference', "the entry's own name"],
    ['MAX_TOTAL_TOKENS', '2048', 'non-credential', 'a number'],
    ['APPLICATION_AUTHENTICATION_UI_ALLOWLIST', '0.0.0.0/0', 'non-credential', 'an IP address or CIDR range'],
    ['DATABASE_URL', 'postgres://db:5432/app', 'unnamed', 'no credential format, and no credential name'],
    [
      'DATABASE_URL',
      'mysql://root:whalehello@db:3306/mysql',
      'placeholder',
      'a URL whose password is a dictionary word',
    ],
    ['API_TOKEN', 'https://vault.internal/v1/app', 'non-credential', 'a URL without a password'],
    ['CONFLUENT_CLOUD_API_KEY', 'KB7Q2ZL9' + 'XM4PW8RT', 'public', 'a api-key-id key type is not secret'],
  ])('%s = %j -> %s (%s)', (name, value, category, reason) => {
    expect(judgeLiteral(value, { names: [name] })).toMatchObject({ credential: false, category, reason });
  });

  it('a value that names another key of the run is a reference', () => {
    const known = knownNames(['CHROME_TOKEN', 'browser/TOKEN']);
    expect(judgeLiteral('chrome_token', { names: ['TOKEN'], known })).toMatchObject({
      credential: false,
      category: 'reference',
      reason: 'the name of another key',
    });
  });
});

describe('committedCredentials: what the redactor is given', () => {
  const raw = (name: string, value: string): RawUse => ({
    name,
    sourceKind: 'dotenv',
    location: { file: '.env', line: 1, column: 1 },
    hints: {},
    literal: new SecretValue(value, '.env:1'),
  });

  it('credentials only: never a placeholder, a key name or a plain setting', () => {
    const uses = [
      raw('DB_PASSWORD', 'none'),
      raw('POSTGRES_PASSWORD', 'postgres'),
      raw('POSTGRES_DB', 'test'),
      raw('SESSION_SECRET', 'SESSION_SECRET'),
      raw('NODE_ENV', 'production'),
      raw('STRIPE_SECRET_KEY', SK_LIVE),
      raw('DATABASE_URL', 'postgres://app:Kq8vR2mZ5wLp@db/app'),
    ];
    const values = committedCredentials(uses, []).map((v) => (typeof v === 'string' ? v : v.reveal()));
    expect(values).toEqual([SK_LIVE, 'postgres://app:Kq8vR2mZ5wLp@db/app', 'Kq8vR2mZ5wLp', 'Kq8vR2mZ5wLp']);
  });

  it('a use joined into a key is judged with the key name too', () => {
    const datadog = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const use = raw('monitoring/value', datadog);
    const key = { name: 'DATADOG_API_KEY', uses: [{ ...use, environment: 'unknown', environmentSource: 'none' }] };
    expect(committedCredentials([use], [])).toEqual([]);
    expect(committedCredentials([use], [key as unknown as Key])).toEqual([use.literal]);
  });
});
