// The Google Cloud adapter against a fake Google OAuth2 server that verifies the JWT-bearer assertion
// with the public key of a key pair made here, and a second fake standing at the document's own
// token_uri, which must never be called.
import { createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { Key } from '../../src/core/types.js';
import { documentFormat } from '../../src/providers/catalog.js';
import { gcp } from '../../src/providers/gcp.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import {
  html,
  json,
  startFakeProvider,
  type FakeBehaviour,
  type FakeProvider,
  type FakeRequest,
} from '../helpers/fake-provider.js';

const PROJECT = ['kb', 'deploy', 'prod', '42'].join('-');
const EMAIL = `deployer@${PROJECT}.iam.gserviceaccount.com`;
const KEY_ID = ['3f9a', '0c7e', '51b2', 'd846', 'ae13', '7c05', '9b2f', '64d1', 'e8a7', '2c30'].join('');
const ACCESS_TOKEN = ['ya29', '.c.b0', 'Aaek', 'Pq7W', 'zX3m', 'Nb5R', 'tY8u', 'Lk2H', 'gF4d'].join('');
const AUDIENCE = 'https://oauth2.googleapis.com/token';
const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

let keys: { publicKey: KeyObject; privatePem: string; otherPem: string };

beforeAll(() => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  keys = {
    publicKey: pair.publicKey,
    privatePem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    otherPem: other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
});

function document(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      type: 'service_account',
      project_id: PROJECT,
      private_key_id: KEY_ID,
      private_key: keys.privatePem,
      client_email: EMAIL,
      client_id: ['1047', '2938', '4756', '1029', '3847'].join(''),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: AUDIENCE,
      ...overrides,
    },
    null,
    2,
  );
}

function credential(value: string): Credential {
  const format = documentFormat(value)?.format;
  if (!format) throw new Error('test document is not a GCP credential');
  return { name: 'GCP_SA_KEY', value: new SecretValue(value, 'test'), companions: {}, format };
}

interface Checked {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  signatureOk: boolean;
}

/** The fake's own JWT check: RS256 signature with the test public key, then the claims. */
function checkAssertion(assertion: string): Checked | undefined {
  const parts = assertion.split('.');
  if (parts.length !== 3) return undefined;
  const [header, claims, signature] = parts;
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`${header}.${claims}`);
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, unknown>,
    signatureOk: verifier.verify(keys.publicKey, Buffer.from(signature, 'base64url')),
  };
}

function oauthError(description: string, error = 'invalid_grant'): FakeBehaviour {
  return json(400, { error, error_description: description });
}

interface GoogleOptions {
  /** Answer for a well-signed assertion instead of a token. */
  refuse?: FakeBehaviour;
  tokeninfo?: FakeBehaviour;
}

/** A fake oauth2.googleapis.com: POST /token (JWT bearer) and POST /tokeninfo. */
function google(options: GoogleOptions = {}): (request: FakeRequest) => FakeBehaviour {
  return (request) => {
    if (request.method === 'POST' && request.path === '/token') {
      if (request.headers['content-type'] !== 'application/x-www-form-urlencoded')
        return oauthError('bad content type', 'invalid_request');
      const form = new URLSearchParams(request.body);
      if (form.get('grant_type') !== GRANT) return oauthError('Invalid grant_type', 'unsupported_grant_type');
      const checked = checkAssertion(form.get('assertion') ?? '');
      if (!checked) return oauthError('Invalid JWT', 'invalid_grant');
      if (!checked.signatureOk) return oauthError('Invalid JWT Signature.');
      const { header, claims } = checked;
      const now = Math.floor(Date.now() / 1000);
      const iat = Number(claims.iat);
      const exp = Number(claims.exp);
      if (
        header.alg !== 'RS256' ||
        claims.iss !== EMAIL ||
        claims.aud !== AUDIENCE ||
        typeof claims.scope !== 'string' ||
        !(exp > now && iat <= now + 60 && exp - iat <= 3600)
      ) {
        return oauthError(
          'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
        );
      }
      if (options.refuse) return options.refuse;
      return json(200, { access_token: ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' });
    }
    if (request.method === 'POST' && request.path === '/tokeninfo') {
      if (options.tokeninfo) return options.tokeninfo;
      if (request.headers.authorization !== `Bearer ${ACCESS_TOKEN}`)
        return json(400, { error: 'invalid_token', error_description: 'Invalid Value' });
      return json(200, {
        azp: '104729384756102938475',
        aud: '104729384756102938475',
        scope: 'https://www.googleapis.com/auth/userinfo.email',
        exp: String(Math.floor(Date.now() / 1000) + 3599),
        expires_in: '3599',
        email: EMAIL,
        email_verified: 'true',
        access_type: 'online',
      });
    }
    return json(404, { error: 'not_found' });
  };
}

const fakes: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function fake(handler: (request: FakeRequest) => FakeBehaviour): Promise<FakeProvider> {
  const provider = await startFakeProvider(handler);
  fakes.push(provider);
  return provider;
}

const now = new Date();

async function identify(url: string, value: string): Promise<Identity> {
  const http = new SmokeHttp({ ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 }).forProvider(
    gcp,
    url,
  );
  return gcp.identify!(credential(value), { http, now });
}

/** A server at the document's own token_uri: it must never hear from keybound. */
async function attacker(): Promise<FakeProvider> {
  return fake(() => json(200, { access_token: 'stolen', expires_in: 3599 }));
}

function expectNoSecrets(identity: Identity): void {
  const text = JSON.stringify(identity);
  expect(text).not.toContain(ACCESS_TOKEN);
  for (const pem of [keys.privatePem, keys.otherPem]) {
    for (const line of pem.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----')))
      expect(text).not.toContain(line);
  }
  expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no JWT (the assertion)
  expect(text).not.toContain('PRIVATE KEY');
}

describe('gcp identify (service-account key: JWT bearer grant, then token info)', () => {
  it('verifies a key, names the service account and its project, and ignores the document token_uri', async () => {
    const evil = await attacker();
    const google1 = await fake(google());
    const identity = await identify(google1.url, document({ token_uri: `${evil.url}/token` }));
    expect(identity).toMatchObject({
      status: 'verified',
      reason: 'ok',
      principal: { email: EMAIL, projectId: PROJECT, keyId: KEY_ID },
    });
    expect(identity.facts).toEqual([
      { fact: 'principal', value: EMAIL, detail: 'Google token info email' },
      { fact: 'principalKind', value: 'service', detail: expect.any(String) },
      { fact: 'account', value: PROJECT, detail: expect.any(String) },
    ]);
    expect(evil.requests).toHaveLength(0);
    expect(google1.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /token', 'POST /tokeninfo']);

    const [token, info] = google1.requests;
    expect(token.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(token.headers.accept).toBe('application/json');
    expect(token.headers.authorization).toBeUndefined();
    const form = new URLSearchParams(token.body);
    expect([...form.keys()]).toEqual(['grant_type', 'assertion']);
    expect(form.get('grant_type')).toBe(GRANT);
    const checked = checkAssertion(form.get('assertion')!)!;
    expect(checked.signatureOk).toBe(true);
    expect(checked.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: KEY_ID });
    expect(checked.claims).toMatchObject({
      iss: EMAIL,
      aud: AUDIENCE,
      scope: 'https://www.googleapis.com/auth/userinfo.email',
    });
    expect(Number(checked.claims.exp) - Number(checked.claims.iat)).toBeLessThanOrEqual(3600);
    expect(Math.abs(Number(checked.claims.iat) - Date.now() / 1000)).toBeLessThan(60);

    // The access token goes in a header, never in the URL.
    expect(info.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(info.path).toBe('/tokeninfo');
    expect(info.body).toBe('');
    expectNoSecrets(identity);
  });

  it('a key Google no longer knows (Invalid JWT Signature) is invalid (revoked)', async () => {
    const google1 = await fake(google());
    // Signed with another private key: the fake's public key rejects it.
    const identity = await identify(google1.url, document({ private_key: keys.otherPem }));
    expect(identity).toMatchObject({ status: 'invalid', reason: 'revoked' });
    expect(google1.requests).toHaveLength(1);
    expect(checkAssertion(new URLSearchParams(google1.requests[0].body).get('assertion')!)!.signatureOk).toBe(false);
    expectNoSecrets(identity);
  });

  it('a disabled service account is invalid (user-inactive)', async () => {
    const google1 = await fake(google({ refuse: oauthError('Robot is disabled.') }));
    expect(await identify(google1.url, document())).toMatchObject({
      status: 'invalid',
      reason: 'user-inactive',
      message: expect.stringContaining('disabled'),
    });
    expect(google1.requests).toHaveLength(1);
  });

  it.each([
    ['invalid_grant', 'Invalid grant: account not found'],
    ['invalid_grant', 'The account has been deleted'],
    ['deleted_client', 'The OAuth client was deleted.'],
  ])('a deleted service account is invalid (user-inactive): %s %s', async (error, description) => {
    const google1 = await fake(google({ refuse: oauthError(description, error) }));
    expect(await identify(google1.url, document())).toMatchObject({ status: 'invalid', reason: 'user-inactive' });
  });

  it('a refused assertion time (clock skew) is unknown, never invalid', async () => {
    const google1 = await fake(
      google({
        refuse: oauthError(
          'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
        ),
      }),
    );
    expect(await identify(google1.url, document())).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
  });

  it('an error that echoes the assertion is redacted', async () => {
    const google1 = await fake((request) => {
      const assertion = new URLSearchParams(request.body).get('assertion') ?? '';
      return oauthError(`unrecognised assertion ${assertion}`);
    });
    const identity = await identify(google1.url, document());
    expect(identity).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    const assertion = new URLSearchParams(google1.requests[0].body).get('assertion')!;
    expect(JSON.stringify(identity)).not.toContain(assertion.slice(0, 40));
    expectNoSecrets(identity);
  });

  it('token info unavailable: still verified by the minted token, principal from client_email', async () => {
    const google1 = await fake(google({ tokeninfo: { status: 503 } }));
    const identity = await identify(google1.url, document());
    expect(identity).toMatchObject({ status: 'verified', principal: { email: EMAIL } });
    expect(identity.facts[0]).toEqual({
      fact: 'principal',
      value: EMAIL,
      detail: 'client_email of the key Google accepted',
    });
    expect(google1.requests).toHaveLength(2);
    expectNoSecrets(identity);
  });

  it('user (authorized_user) credentials are not sent', async () => {
    const google1 = await fake(google());
    const user = JSON.stringify({
      type: 'authorized_user',
      client_id: '7640860.apps.googleusercontent.com',
      client_secret: 'd-FL95Q19q7M',
      refresh_token: '1//0GV7qffSMKe5',
    });
    expect(await identify(google1.url, user)).toMatchObject({ status: 'skipped', reason: 'unsupported' });
    expect(google1.requests).toHaveLength(0);
  });

  it.each([
    ['an unreadable private key', { private_key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n' }],
    ['no client_email', { client_email: undefined }],
    ['a client_email with a newline', { client_email: `${EMAIL}\nx` }],
  ])('%s: not sent (skipped, malformed)', async (_label, overrides) => {
    const google1 = await fake(google());
    expect(await identify(google1.url, document(overrides))).toMatchObject({ status: 'skipped', reason: 'malformed' });
    expect(google1.requests).toHaveLength(0);
  });

  it.each<[string, FakeBehaviour, string]>([
    ['503', { status: 503 }, 'server-error'],
    ['HTML 200', html(200), 'unexpected-response'],
    ['HTML 400', html(400), 'unexpected-response'],
    ['200 without a token', json(200, { token_type: 'Bearer' }), 'unexpected-response'],
    ['permanent 429', json(429, {}, { 'retry-after': '86400' }), 'rate-limited'],
    ['header stall', 'stall-headers', 'timeout'],
    ['body stall', 'stall-body', 'timeout'],
    ['reset', 'reset', 'network'],
  ])('%s on the token call is unknown (%s)', async (_label, behaviour, reason) => {
    const google1 = await fake(() => behaviour);
    const started = Date.now();
    expect(await identify(google1.url, document())).toMatchObject({ status: 'unknown', reason: reason });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(google1.requests).toHaveLength(1);
  });

  it('a redirect is not followed: unknown, and the other host sees nothing', async () => {
    const elsewhere = await attacker();
    const google1 = await fake(() => ({ status: 307, headers: { location: `${elsewhere.url}/token` } }));
    expect(await identify(google1.url, document())).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe('gcp through smokeKeys', () => {
  it("another project's service account is a mismatch (wrong-account)", async () => {
    const google1 = await fake(google());
    const key: Key = {
      name: 'GCP_SA_KEY',
      names: ['GCP_SA_KEY'],
      uses: [],
      declaration: { name: 'GCP_SA_KEY', principal: '*@kb-deploy-staging.iam.gserviceaccount.com' },
      value: new SecretValue(document(), 'test'),
      companions: {},
      observations: [],
      facts: {},
      environments: ['production'],
    };
    const http = await smokeKeys([key], { endpoints: { gcp: google1.url }, now, http: { requestTimeoutMs: 500 } });
    expect(key.smoke).toMatchObject({ status: 'mismatch', reason: 'wrong-account' });
    expect(key.facts.principal).toMatchObject({ value: EMAIL, source: 'smoke' });
    expect(key.facts.principalKind).toMatchObject({ value: 'service', source: 'smoke' });
    expect(http.sent.get('gcp')).toBe(2);
  });
});
