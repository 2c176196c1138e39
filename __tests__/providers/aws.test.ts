// The AWS adapter against a fake STS that checks every SigV4 signature with its own implementation
// (canonical request, string to sign, HMAC chain: the AWS SigV4 documentation, written with node:crypto
// and nothing from the adapter's signer), and answers with STS's own error bodies.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { Key } from '../../src/core/types.js';
import { aws } from '../../src/providers/aws.js';
import { DEFAULT_HTTP_SETTINGS, SmokeHttp } from '../../src/providers/http.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import type { Credential, Identity, ProviderHttp } from '../../src/providers/types.js';
import {
  html,
  json,
  startFakeProvider,
  type FakeBehaviour,
  type FakeProvider,
  type FakeRequest,
} from '../helpers/fake-provider.js';

// Made-up credentials, built from parts so that no scanner mistakes them for real ones.
const USER_ID = ['AKIA', 'Q7M2', 'R4TX', 'W9LB', 'C3ND'].join('');
const USER_SECRET = ['pX3v', 'Lq8T', 'zR2m', 'Nw5K', 'yH7c', 'Bd4F', 'gJ6s', 'Ve1Q', 'tU9a', 'Mk0Z'].join('');
const ROLE_ID = ['ASIA', 'H5J8', 'K2PV', 'N6QX', 'D4RS'].join('');
const ROLE_SECRET = ['aB3d', 'Ef5G', 'hI7j', 'Kl9M', 'nO2p', 'Qr4S', 'tU6v', 'Wx8Y', 'z1A3', 'bC5d'].join('');
const ROLE_TOKEN =
  ['IQoJ', 'b3Jp', 'Z2lu', 'X2Vj', 'EHsa', 'CXVz', 'LWVh', 'c3Qt', 'MSJH', 'MEUC', 'IQDx'].join('') + '=';
const EXPIRED_ID = ['ASIA', 'T3W7', 'Y2B6', 'C8D4', 'F5G9'].join('');
const EXPIRED_TOKEN = ['FwoG', 'ZXIv', 'YXdz', 'EBka', 'DLdH', 'bm9w', 'ZW5z'].join('');
const ROOT_ID = ['AKIA', 'Z8Y6', 'X4W2', 'V7U5', 'T3S1'].join('');
const SSO_ID = ['ASIA', 'M3N5', 'P7Q9', 'R2S4', 'T6U8'].join('');
const UNKNOWN_ID = ['AKIA', 'L5K3', 'J1H9', 'G7F5', 'E3D1'].join('');
const ACCOUNT = ['2468', '1357', '9024'].join('');

interface KnownKey {
  secret: string;
  sessionToken?: string;
  expired?: boolean;
  arn: string;
  userId: string;
}

const KNOWN: Record<string, KnownKey> = {
  [USER_ID]: {
    secret: USER_SECRET,
    arn: `arn:aws:iam::${ACCOUNT}:user/ci/deployer`,
    userId: ['AIDA', 'W4X6', 'Y8Z2', 'B3C5', 'D7E9'].join(''),
  },
  [ROLE_ID]: {
    secret: ROLE_SECRET,
    sessionToken: ROLE_TOKEN,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deploy-role/gh-actions`,
    userId: ['AROA', 'F2G4', 'H6J8', 'K1L3', 'M5N7'].join('') + ':gh-actions',
  },
  [EXPIRED_ID]: {
    secret: ROLE_SECRET,
    sessionToken: EXPIRED_TOKEN,
    expired: true,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deploy-role/old`,
    userId: 'x',
  },
  [ROOT_ID]: { secret: USER_SECRET, arn: `arn:aws:iam::${ACCOUNT}:root`, userId: ACCOUNT },
  [SSO_ID]: {
    secret: ROLE_SECRET,
    sessionToken: ROLE_TOKEN,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSReservedSSO_Admin_0a1b2c3d4e5f6789/jane`,
    userId: ['AROA', 'P9Q8', 'R7S6', 'T5U4', 'V3W2'].join('') + ':jane',
  },
};

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

// --- An independent SigV4 check (AWS General Reference, "Create a signed AWS API request") ---

const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding of one path segment, as SigV4 wants it. */
function uriEncode(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

type Verdict =
  | { ok: true; accessKeyId: string }
  | { ok: false; code: 'IncompleteSignature' | 'SignatureDoesNotMatch' | 'InvalidClientTokenId'; accessKeyId?: string };

function verifySigV4(request: FakeRequest, secretFor: (id: string) => string | undefined): Verdict {
  const auth = request.headers.authorization;
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      typeof auth === 'string' ? auth : '',
    );
  if (!match) return { ok: false, code: 'IncompleteSignature' };
  const [, accessKeyId, date, region, service, signedHeaderList, signature] = match;
  const amzDate = request.headers['x-amz-date'];
  if (typeof amzDate !== 'string' || !/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== date)
    return { ok: false, code: 'IncompleteSignature' };
  if (region !== 'us-east-1' || service !== 'sts') return { ok: false, code: 'SignatureDoesNotMatch', accessKeyId };
  const signed = signedHeaderList.split(';');
  for (const required of ['host', 'x-amz-date'])
    if (!signed.includes(required)) return { ok: false, code: 'IncompleteSignature' };
  if (request.headers['x-amz-security-token'] !== undefined && !signed.includes('x-amz-security-token'))
    return { ok: false, code: 'IncompleteSignature' };
  const secret = secretFor(accessKeyId);
  if (secret === undefined) return { ok: false, code: 'InvalidClientTokenId', accessKeyId };

  const [rawPath, rawQuery = ''] = request.path.split('?');
  const canonicalUri =
    rawPath
      .split('/')
      .map((s) => uriEncode(decodeURIComponent(s)))
      .join('/') || '/';
  const canonicalQuery = rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=').map((s) => uriEncode(decodeURIComponent(s))))
    .sort(([a, x = ''], [b, y = '']) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v = '']) => `${k}=${v}`)
    .join('&');
  const canonicalHeaders = signed
    .map((name) => {
      const value = request.headers[name];
      const text = Array.isArray(value) ? value.join(',') : (value ?? '');
      return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalRequest = [
    request.method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    signedHeaderList,
    sha256Hex(request.body),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = hmac(key, stringToSign);
  const ok = timingSafeEqual(expected, Buffer.from(signature, 'hex'));
  return ok ? { ok: true, accessKeyId } : { ok: false, code: 'SignatureDoesNotMatch', accessKeyId };
}

// --- STS answers, in the forms STS gives them ---

const STS_MESSAGES: Record<string, string> = {
  InvalidClientTokenId: 'The security token included in the request is invalid.',
  SignatureDoesNotMatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  ExpiredToken: 'The security token included in the request is expired',
  IncompleteSignature: 'Authorization header requires a Signature parameter.',
  Throttling: 'Rate exceeded',
  AccessDenied: 'User is not authorized to perform this operation',
};

function stsErrorXml(status: number, code: string, message = STS_MESSAGES[code]): FakeBehaviour {
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body:
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n' +
      `  <Error>\n    <Type>Sender</Type>\n    <Code>${code}</Code>\n    <Message>${message}</Message>\n  </Error>\n` +
      '  <RequestId>4f1c7c8e-2b1a-4d55-9a40-7d0e0b2f3c61</RequestId>\n</ErrorResponse>\n',
  };
}

function stsErrorJson(status: number, code: string): FakeBehaviour {
  return json(status, {
    Error: { Code: code, Message: STS_MESSAGES[code], Type: 'Sender' },
    RequestId: '9b2d1e55-0c3a-4e7f-8d11-2a6b4c5d7e90',
  });
}

function callerXml(known: KnownKey): FakeBehaviour {
  const account = /::(\d{12}):/.exec(known.arn)?.[1];
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body:
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <GetCallerIdentityResult>\n' +
      `    <Arn>${known.arn}</Arn>\n    <UserId>${known.userId}</UserId>\n    <Account>${account}</Account>\n` +
      '  </GetCallerIdentityResult>\n  <ResponseMetadata><RequestId>01234567-89ab-4def-8123-456789abcdef</RequestId></ResponseMetadata>\n</GetCallerIdentityResponse>\n',
  };
}

/** A fake STS: verifies the signature, then answers like STS (JSON when asked for JSON). */
function sts(options: { xml?: boolean; path?: string } = {}): (request: FakeRequest) => FakeBehaviour {
  const known = KNOWN;
  return (request) => {
    if (request.method !== 'POST' || request.path !== (options.path ?? '/') || request.body !== BODY)
      return stsErrorXml(400, 'InvalidAction', 'Could not find operation');
    const verdict = verifySigV4(request, (id) => known[id]?.secret);
    if (!verdict.ok) return stsErrorXml(verdict.code === 'IncompleteSignature' ? 400 : 403, verdict.code);
    const key = known[verdict.accessKeyId];
    const token = request.headers['x-amz-security-token'];
    if (key.sessionToken !== undefined && token !== key.sessionToken) return stsErrorXml(403, 'InvalidClientTokenId');
    if (key.expired) return stsErrorXml(403, 'ExpiredToken');
    if (options.xml || request.headers.accept !== 'application/json') return callerXml(key);
    const account = /::(\d{12}):/.exec(key.arn)?.[1];
    return json(200, {
      GetCallerIdentityResponse: {
        GetCallerIdentityResult: { Account: account, Arn: key.arn, UserId: key.userId },
        ResponseMetadata: { RequestId: '76543210-fedc-4a98-b765-43210fedcba9' },
      },
    });
  };
}

// --- Harness ---

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
const SETTINGS = { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 500, maxRetryWaitMs: 1500 };

function client(url: string): { http: ProviderHttp; smoke: SmokeHttp } {
  const smoke = new SmokeHttp(SETTINGS);
  return { http: smoke.forProvider(aws, url), smoke };
}

function credential(accessKeyId: string, secret?: string, sessionToken?: string): Credential {
  const format = aws.formats.find((f) => f.type === (accessKeyId.startsWith('ASIA') ? 'temporary' : 'long-term'))!;
  return {
    name: 'AWS_ACCESS_KEY_ID',
    value: new SecretValue(accessKeyId, 'test'),
    companions: {
      ...(secret !== undefined ? { secretAccessKey: new SecretValue(secret, 'test') } : {}),
      ...(sessionToken !== undefined ? { sessionToken: new SecretValue(sessionToken, 'test') } : {}),
    },
    format,
  };
}

/** `declaredEndpoint`: --endpoint named the STS (and so the partition), as for GovCloud or China. */
async function identify(url: string, cred: Credential, declaredEndpoint = false): Promise<Identity> {
  return aws.identify!(cred, { http: client(url).http, now, declaredEndpoint });
}

const ALL_SECRETS = [
  USER_SECRET,
  ROLE_SECRET,
  ROLE_TOKEN,
  EXPIRED_TOKEN,
  USER_ID,
  ROLE_ID,
  EXPIRED_ID,
  ROOT_ID,
  SSO_ID,
  UNKNOWN_ID,
];

function expectNoSecrets(identity: Identity): void {
  const text = JSON.stringify(identity);
  for (const secret of ALL_SECRETS) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString('base64'));
    expect(text).not.toContain(encodeURIComponent(secret));
  }
}

function expectSignedRequest(request: FakeRequest, accessKeyId: string, host: string): void {
  expect(request.method).toBe('POST');
  expect(request.path).toBe('/');
  expect(request.body).toBe(BODY);
  expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
  expect(request.headers.accept).toBe('application/json');
  expect(request.headers.host).toBe(host);
  expect(request.headers['content-length']).toBe(String(BODY.length));
  const amzDate = String(request.headers['x-amz-date']);
  expect(amzDate).toMatch(/^\d{8}T\d{6}Z$/);
  const signedAt = Date.parse(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
  );
  expect(Math.abs(Date.now() - signedAt)).toBeLessThan(5 * 60_000);
  expect(request.headers.authorization).toMatch(
    new RegExp(
      `^AWS4-HMAC-SHA256 Credential=${accessKeyId}/${amzDate.slice(0, 8)}/us-east-1/sts/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$`,
    ),
  );
  // Nothing else that could carry a credential.
  const allowed = [
    'host',
    'content-type',
    'accept',
    'content-length',
    'x-amz-date',
    'x-amz-security-token',
    'x-amz-content-sha256',
    'authorization',
    'connection',
    // Unsigned, and no credential: SigV4 signs only SignedHeaders.
    'user-agent',
  ];
  expect(Object.keys(request.headers).filter((h) => !allowed.includes(h))).toEqual([]);
}

describe('aws identify (STS GetCallerIdentity)', () => {
  it('verifies an IAM user key pair and reports the ARN, the account and a human-looking kind', async () => {
    const sts1 = await fake(sts());
    const identity = await identify(sts1.url, credential(USER_ID, USER_SECRET));
    expect(identity).toMatchObject({
      status: 'verified',
      reason: 'ok',
      principal: { arn: `arn:aws:iam::${ACCOUNT}:user/ci/deployer`, account: ACCOUNT, userId: KNOWN[USER_ID].userId },
    });
    expect(identity.facts).toEqual([
      { fact: 'principal', value: `arn:aws:iam::${ACCOUNT}:user/ci/deployer`, detail: expect.any(String) },
      { fact: 'account', value: ACCOUNT, detail: expect.any(String) },
      { fact: 'principalKind', value: 'human', detail: 'an IAM user (machine users look the same)' },
    ]);
    expect(sts1.requests).toHaveLength(1);
    // Signed for the host the request really reaches (the --endpoint override here).
    expectSignedRequest(sts1.requests[0], USER_ID, new URL(sts1.url).host);
    expect(sts1.requests[0].headers['x-amz-security-token']).toBeUndefined();
    expectNoSecrets(identity);
  });

  it('signs for the host and path the client is bound to', async () => {
    const sts1 = await fake(sts({ path: '/sts/' }));
    const base = `${sts1.url}/sts`;
    const http = new SmokeHttp(SETTINGS).forProvider(aws, base);
    const identity = await aws.identify!(credential(USER_ID, USER_SECRET), { http, now });
    expect(identity.status).toBe('verified');
    expect(sts1.requests).toHaveLength(1);
    expect(sts1.requests[0].path).toBe('/sts/');
    expect(sts1.requests[0].headers.host).toBe(new URL(sts1.url).host);
    // The independent check, on the path as received.
    expect(verifySigV4(sts1.requests[0], (id) => KNOWN[id]?.secret)).toEqual({ ok: true, accessKeyId: USER_ID });
  });

  it('sends the session token of temporary credentials and reads an assumed role as a service', async () => {
    const sts1 = await fake(sts());
    const identity = await identify(sts1.url, credential(ROLE_ID, ROLE_SECRET, ROLE_TOKEN));
    expect(identity).toMatchObject({ status: 'verified', principal: { arn: KNOWN[ROLE_ID].arn, account: ACCOUNT } });
    expect(identity.facts).toContainEqual({
      fact: 'principalKind',
      value: 'service',
      detail: expect.stringContaining('assumed-role'),
    });
    expect(sts1.requests).toHaveLength(1);
    expectSignedRequest(sts1.requests[0], ROLE_ID, new URL(sts1.url).host);
    expect(sts1.requests[0].headers['x-amz-security-token']).toBe(ROLE_TOKEN);
    expect(String(sts1.requests[0].headers.authorization)).toContain('x-amz-security-token');
    expectNoSecrets(identity);
  });

  it('reads the account root user as a human', async () => {
    const sts1 = await fake(sts());
    const identity = await identify(sts1.url, credential(ROOT_ID, USER_SECRET));
    expect(identity).toMatchObject({
      status: 'verified',
      principal: { arn: `arn:aws:iam::${ACCOUNT}:root`, userId: ACCOUNT },
    });
    expect(identity.facts).toContainEqual({ fact: 'principalKind', value: 'human', detail: 'the account root user' });
  });

  it('reads an IAM Identity Center (SSO) session as a person', async () => {
    const sts1 = await fake(sts());
    const identity = await identify(sts1.url, credential(SSO_ID, ROLE_SECRET, ROLE_TOKEN));
    expect(identity.status).toBe('verified');
    expect(identity.facts).toContainEqual({
      fact: 'principalKind',
      value: 'human',
      detail: expect.stringContaining('SSO'),
    });
  });

  it('also reads the XML form of the answer', async () => {
    const sts1 = await fake(sts({ xml: true }));
    const identity = await identify(sts1.url, credential(USER_ID, USER_SECRET));
    expect(identity).toMatchObject({ status: 'verified', principal: { arn: KNOWN[USER_ID].arn, account: ACCOUNT } });
  });

  it('a wrong secret access key is invalid (SignatureDoesNotMatch)', async () => {
    const sts1 = await fake(sts());
    const wrong = USER_SECRET.slice(0, 20) + ROLE_SECRET.slice(20);
    const identity = await identify(sts1.url, credential(USER_ID, wrong));
    expect(identity).toMatchObject({
      status: 'invalid',
      reason: 'unknown-key',
      message: expect.stringContaining('secret access key does not match'),
    });
    expect(sts1.requests).toHaveLength(1);
    expect(verifySigV4(sts1.requests[0], (id) => KNOWN[id]?.secret)).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    expectNoSecrets(identity);
    expect(JSON.stringify(identity)).not.toContain(wrong);
  });

  it('a wrong secret is also recognised in the JSON error form', async () => {
    const sts1 = await fake(() => stsErrorJson(403, 'SignatureDoesNotMatch'));
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'invalid',
      reason: 'unknown-key',
    });
  });

  it('an access key id the partition named by --endpoint does not know is invalid (InvalidClientTokenId)', async () => {
    const sts1 = await fake(sts());
    const identity = await identify(sts1.url, credential(UNKNOWN_ID, USER_SECRET), true);
    expect(identity).toMatchObject({ status: 'invalid', reason: 'unknown-key' });
    expect(sts1.requests).toHaveLength(1);
    expectNoSecrets(identity);
  });

  it('InvalidClientTokenId from the default commercial STS is unknown: a GovCloud or China key answers the same', async () => {
    const sts1 = await fake(sts());
    const identity = await identify(sts1.url, credential(UNKNOWN_ID, USER_SECRET));
    expect(identity).toMatchObject({ status: 'unknown', reason: 'unknown-key' });
    expect(identity.message).toMatch(/deleted or deactivated.*GovCloud or China.*--endpoint aws=/);
    expect(sts1.requests).toHaveLength(1);
    expectSignedRequest(sts1.requests[0], UNKNOWN_ID, new URL(sts1.url).host);
    expectNoSecrets(identity);
  });

  it('expired temporary credentials are invalid (ExpiredToken)', async () => {
    const sts1 = await fake(sts());
    const identity = await identify(sts1.url, credential(EXPIRED_ID, ROLE_SECRET, EXPIRED_TOKEN));
    expect(identity).toMatchObject({ status: 'invalid', reason: 'expired' });
    expect(sts1.requests[0].headers['x-amz-security-token']).toBe(EXPIRED_TOKEN);
    expectNoSecrets(identity);
  });

  it('a clock-skew SignatureDoesNotMatch says nothing about the key: unknown', async () => {
    const sts1 = await fake(() =>
      stsErrorXml(
        403,
        'SignatureDoesNotMatch',
        'Signature expired: 20260101T000000Z is now earlier than 20260101T000500Z (20260101T001000Z - 5 min.)',
      ),
    );
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'unexpected-response',
    });
  });

  it('AccessDenied on GetCallerIdentity is unknown, never invalid', async () => {
    const sts1 = await fake(() => stsErrorXml(403, 'AccessDenied'));
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'unexpected-response',
    });
  });

  it('throttling is unknown (rate-limited), in one request', async () => {
    const sts1 = await fake(() => stsErrorXml(400, 'Throttling'));
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'rate-limited',
    });
    expect(sts1.requests).toHaveLength(1);
  });

  it('a permanent 429 is unknown (rate-limited) after a bounded number of attempts', async () => {
    const sts1 = await fake(() => json(429, {}, { 'retry-after': '86400' }));
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'rate-limited',
    });
    expect(sts1.requests).toHaveLength(1);
  });

  it('503 is unknown (server-error)', async () => {
    const sts1 = await fake(() => stsErrorXml(503, 'ServiceUnavailable', 'Service is unavailable'));
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'server-error',
    });
  });

  it.each([200, 403])('an HTML page with status %i is unknown, never verified', async (status) => {
    const sts1 = await fake(() => ({
      ...html(status),
      body: '<html><Arn>arn:aws:iam::246813579024:root</Arn><Account>246813579024</Account></html>',
    }));
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'unexpected-response',
    });
  });

  it('a 200 whose ARN and account disagree is unknown', async () => {
    const sts1 = await fake(() =>
      json(200, {
        GetCallerIdentityResponse: {
          GetCallerIdentityResult: { Account: '135792468024', Arn: KNOWN[USER_ID].arn, UserId: 'AIDAX' },
        },
      }),
    );
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'unexpected-response',
    });
  });

  it('a redirect is not followed: unknown, and the other host sees nothing', async () => {
    const elsewhere = await fake(sts());
    const sts1 = await fake(() => ({ status: 302, headers: { location: `${elsewhere.url}/` } }));
    expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
      status: 'unknown',
      reason: 'redirect',
    });
    expect(sts1.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each(['stall-headers', 'stall-body'] as const)(
    '%s ends within the deadline as unknown (timeout)',
    async (behaviour) => {
      const sts1 = await fake(() => behaviour);
      const started = Date.now();
      expect(await identify(sts1.url, credential(USER_ID, USER_SECRET))).toMatchObject({
        status: 'unknown',
        reason: 'timeout',
      });
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it('a temporary key without its session token is not sent', async () => {
    const sts1 = await fake(sts());
    expect(await identify(sts1.url, credential(ROLE_ID, ROLE_SECRET))).toMatchObject({
      status: 'skipped',
      reason: 'no-value',
    });
    expect(sts1.requests).toHaveLength(0);
  });

  it('a long-term key never sends a session token given beside it', async () => {
    const sts1 = await fake(sts());
    expect((await identify(sts1.url, credential(USER_ID, USER_SECRET, ROLE_TOKEN))).status).toBe('verified');
    expect(sts1.requests[0].headers['x-amz-security-token']).toBeUndefined();
  });

  it('a secret access key on its own is not sent', async () => {
    const sts1 = await fake(sts());
    const cred: Credential = {
      name: 'AWS_SECRET_ACCESS_KEY',
      value: new SecretValue(USER_SECRET, 'test'),
      companions: {},
      format: aws.formats.find((f) => f.type === 'secret-access-key')!,
    };
    expect(await identify(sts1.url, cred)).toMatchObject({ status: 'skipped', reason: 'no-value' });
    expect(sts1.requests).toHaveLength(0);
  });
});

describe('aws through smokeKeys', () => {
  function key(declared: string): Key {
    return {
      name: 'PROD_AWS_ACCESS_KEY_ID',
      names: ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_SECRET_ACCESS_KEY'],
      uses: [],
      declaration: { name: 'PROD_AWS_ACCESS_KEY_ID', principal: declared },
      value: new SecretValue(USER_ID, 'test'),
      companions: { secretAccessKey: new SecretValue(USER_SECRET, 'test') },
      observations: [],
      facts: {},
      environments: ['production'],
    };
  }

  it("another account's ARN is a mismatch (wrong-account)", async () => {
    const sts1 = await fake(sts());
    const k = key('arn:aws:iam::111111111111:*');
    const http = await smokeKeys([k], {
      endpoints: { aws: sts1.url },
      now,
      http: { requestTimeoutMs: 500, maxRetryWaitMs: 1500 },
    });
    expect(k.smoke).toMatchObject({ status: 'mismatch', reason: 'wrong-account', principal: { account: ACCOUNT } });
    expect(k.facts.principal).toMatchObject({ value: KNOWN[USER_ID].arn, source: 'smoke' });
    expect(k.facts.account).toMatchObject({ value: ACCOUNT, source: 'smoke' });
    expect(http.sent.get('aws')).toBe(1);
    expect(JSON.stringify(k.smoke)).not.toContain(USER_SECRET);
  });

  it('the expected account verifies', async () => {
    const sts1 = await fake(sts());
    const k = key(`arn:aws:iam::${ACCOUNT}:*`);
    await smokeKeys([k], { endpoints: { aws: sts1.url }, now, http: { requestTimeoutMs: 500 } });
    expect(k.smoke).toMatchObject({ status: 'verified', reason: 'ok' });
  });
});
