// Alibaba Cloud smoke check (STS GetCallerIdentity, RPC signature 1.0) against a fake STS that checks
// signatures the way Alibaba documents them: the signing against the documentation's own examples, the
// one request keybound can make (POST /, a fixed form body, nothing in the URL, the secret never sent),
// the answers PROVIDERS.md section 43 documents (the recorded 200 is replayed in recorded.test.ts), the
// pairs keys are joined from, and the shared faults.

import { describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { alibaba as provider } from '../../src/providers/alibaba.js';
import { canonicalize, getCallerIdentityBody, percentEncode, rpcSignature } from '../../src/providers/alibaba-rpc.js';
import { detectFormat } from '../../src/providers/index.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { html, json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, type AdapterSpec } from './harness.js';

// NOTE: made-up credentials, built from parts so that secret scanners do not flag them.
const ID = 'LTAI' + '5tQm8Wz2' + 'Xr7Vn4Kp' + '9Hc3';
const SECRET = 'Jd6Fs1Lg' + '8Ka3Qw7E' + 'r2Ty5Ui9' + 'Op4Zx0';
const STS_ID = 'STS.' + 'NUg7Yr' + 'Lk3Mn8Bv' + 'Cx5Zq2Wp';
const STS_SECRET = 'Gz4Dw' + 'r2SY5YK6Yqnx' + 'XRfQ5ab5YZSP' + 'KPfUBJKEEL6eiTtQ';
const STS_TOKEN = 'CAIS' + '8gF1q6Ft5B2yfSjIr5bXD' + '+/ocyoDM0KlXeBlVi0' + 'Wnsqc/a5WVD=';
const PATH = '/';
const ACCOUNT = '1968132000' + '123456';
const CALLER = {
  IdentityType: 'RAMUser',
  AccountId: ACCOUNT,
  RequestId: '3C87BF47-3724-5443-ADC1-5AEAD9A03EB1',
  PrincipalId: '2887742443' + '7521234',
  UserId: '2169593390' + '001234',
  Arn: `acs:ram::${ACCOUNT}:user/deployer`,
};

function credential(value = ID, companions: Record<string, string> = { secretAccessKey: SECRET }): Credential {
  const match = detectFormat(value, 'ALIBABA_CLOUD_ACCESS_KEY_ID');
  if (match?.provider.id !== 'alibaba') throw new Error('the test value is no Alibaba Cloud key');
  const values = Object.fromEntries(Object.entries(companions).map(([role, v]) => [role, new SecretValue(v, 'test')]));
  return {
    name: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    value: new SecretValue(value, 'test'),
    companions: values,
    format: match.format,
  };
}

/** The form body's parameters. */
function form(request: FakeRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.body));
}

/** Alibaba's check of a request: the secret of the id, the signature over every other parameter, the time. */
function verified(request: FakeRequest, secrets: Record<string, string> = { [ID]: SECRET, [STS_ID]: STS_SECRET }) {
  const { Signature, ...params } = form(request);
  const secret = secrets[params.AccessKeyId];
  if (secret === undefined)
    return json(404, { Code: 'InvalidAccessKeyId.NotFound', Message: 'Specified access key is not found.' });
  if (Signature !== rpcSignature('POST', params, secret)) {
    return json(400, {
      Code: 'SignatureDoesNotMatch',
      Message: 'Specified signature is not matched with our calculation.',
    });
  }
  if (Math.abs(Date.parse(params.Timestamp) - Date.now()) > 15 * 60_000) {
    return json(400, { Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date value is expired.' });
  }
  return undefined;
}

function expectAuth(request: FakeRequest, cred: Credential): void {
  // SECURITY: everything travels in the body; the URL is `/`, the headers carry no credential.
  expect(request.path).toBe('/');
  expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(request.headers.authorization).toBeUndefined();
  expect(form(request).AccessKeyId).toBe(cred.value.reveal());
  expect(verified(request)).toBeUndefined();
}

const VALID: FakeHandler = (request) => verified(request) ?? json(200, CALLER);

describe('Alibaba Cloud RPC signature 1.0, against the documentation', () => {
  // help.aliyun.com "Signature mechanism": DescribeRegions with AccessKey testid / testsecret.
  const EXAMPLE = {
    Format: 'XML',
    AccessKeyId: 'testid',
    Action: 'DescribeRegions',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
    Version: '2014-05-26',
    SignatureVersion: '1.0',
  };

  it.each([
    ['TimeStamp (the Chinese page)', 'TimeStamp', 'CT9X0VtwR86fNWSnsc6v8YGOjuE='],
    ['Timestamp (the English page)', 'Timestamp', 'OLeaidS1JvxuMvnyHOwuJ+uX5qY='],
  ])('the documented example with %s signs to its documented value', (_label, name, signature) => {
    expect(rpcSignature('GET', { ...EXAMPLE, [name]: '2016-02-23T12:46:24Z' }, 'testsecret')).toBe(signature);
  });

  it('sorts the parameters and encodes them as the document shows', () => {
    expect(canonicalize({ ...EXAMPLE, Timestamp: '2016-02-23T12:46:24Z' })).toBe(
      'AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26',
    );
  });

  it.each([
    ['a b', 'a%20b'],
    ['a+b', 'a%2Bb'],
    ['a*b', 'a%2Ab'],
    ['a~b-_.', 'a~b-_.'],
    ["!'()", '%21%27%28%29'],
    ['a/b=', 'a%2Fb%3D'],
    ['é', '%C3%A9'],
  ])('percentEncode(%j) is %j', (text, encoded) => {
    expect(percentEncode(text)).toBe(encoded);
  });

  it('the body: the fixed GetCallerIdentity parameters, signed, a fresh nonce each time', () => {
    const now = new Date('2026-06-01T10:20:30.456Z');
    const body = getCallerIdentityBody({ accessKeyId: ID, accessKeySecret: SECRET }, now, 'nonce-1');
    const params = Object.fromEntries(new URLSearchParams(body));
    expect(Object.keys(params).sort()).toEqual([
      'AccessKeyId',
      'Action',
      'Format',
      'Signature',
      'SignatureMethod',
      'SignatureNonce',
      'SignatureVersion',
      'Timestamp',
      'Version',
    ]);
    expect(params).toMatchObject({
      Action: 'GetCallerIdentity',
      Version: '2015-04-01',
      Format: 'JSON',
      AccessKeyId: ID,
      Timestamp: '2026-06-01T10:20:30Z',
      SignatureNonce: 'nonce-1',
    });
    const { Signature, ...signed } = params;
    expect(Signature).toBe(rpcSignature('POST', signed, SECRET));
    expect(getCallerIdentityBody({ accessKeyId: ID, accessKeySecret: SECRET }, now)).not.toBe(
      getCallerIdentityBody({ accessKeyId: ID, accessKeySecret: SECRET }, now),
    );
  });
});

const KIND = (value: string, detail: string) => ({ fact: 'principalKind' as const, value, detail });

const CASES: {
  name: string;
  handler: FakeHandler;
  cred?: () => Credential;
  expected: Partial<Identity>;
  message?: RegExp;
}[] = [
  {
    name: 'a RAM user key: the ARN, account and kind; UserId and PrincipalId also match',
    handler: VALID,
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: {
        arn: CALLER.Arn,
        account: ACCOUNT,
        identityType: 'RAMUser',
        userId: CALLER.UserId,
        principalId: CALLER.PrincipalId,
      },
      aliases: [CALLER.UserId, CALLER.PrincipalId],
      facts: [
        { fact: 'principal', value: CALLER.Arn, detail: 'STS GetCallerIdentity Arn' },
        { fact: 'account', value: ACCOUNT, detail: 'STS GetCallerIdentity AccountId' },
        KIND('human', 'a RAM user (IdentityType RAMUser; machine users look the same)'),
      ],
    },
  },
  {
    name: 'a root account key (IdentityType Account): human, and it says so',
    handler: (r) =>
      verified(r) ??
      json(200, {
        ...CALLER,
        IdentityType: 'Account',
        Arn: `acs:ram::${ACCOUNT}:root`,
        UserId: ACCOUNT,
        PrincipalId: ACCOUNT,
      }),
    expected: {
      status: 'verified',
      facts: [
        expect.objectContaining({ fact: 'principal', value: `acs:ram::${ACCOUNT}:root` }),
        expect.objectContaining({ fact: 'account' }),
        KIND('human', 'the Alibaba Cloud root account (IdentityType Account)'),
      ],
      message: 'a root account AccessKey: it may do anything in the account; use a RAM user or role instead',
    },
  },
  {
    name: 'STS. credentials of a role session (AssumedRoleUser): a service, signed with the security token',
    cred: () => credential(STS_ID, { secretAccessKey: STS_SECRET, sessionToken: STS_TOKEN }),
    handler: (r) =>
      (form(r).SecurityToken === STS_TOKEN ? verified(r) : json(400, { Code: 'InvalidSecurityToken.Malformed' })) ??
      json(200, {
        ...CALLER,
        IdentityType: 'AssumedRoleUser',
        Arn: `acs:ram::${ACCOUNT}:assumed-role/deployer/ci-1234`,
        RoleId: '3353762008' + '2992123',
      }),
    expected: {
      status: 'verified',
      principal: expect.objectContaining({ identityType: 'AssumedRoleUser', roleId: '3353762008' + '2992123' }),
      facts: [
        expect.objectContaining({ fact: 'principal', value: `acs:ram::${ACCOUNT}:assumed-role/deployer/ci-1234` }),
        expect.objectContaining({ fact: 'account' }),
        KIND('service', 'a RAM role session (IdentityType AssumedRoleUser)'),
      ],
    },
  },
  {
    name: 'an IdentityType keybound does not know: verified, no kind recorded',
    handler: (r) => verified(r) ?? json(200, { ...CALLER, IdentityType: 'Federated' }),
    expected: {
      status: 'verified',
      facts: [expect.objectContaining({ fact: 'principal' }), expect.objectContaining({ fact: 'account' })],
    },
  },
  {
    name: '404 InvalidAccessKeyId.NotFound is invalid (unknown-key)',
    cred: () => credential('LTAI' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt', { secretAccessKey: SECRET }),
    handler: VALID,
    expected: { status: 'invalid', reason: 'unknown-key', facts: [] },
    message: /^Alibaba Cloud does not know this AccessKey id \(deleted or never valid\)$/,
  },
  {
    name: 'InvalidAccessKeyId.Inactive (status UNCONFIRMED) is invalid (revoked): a disabled key',
    handler: () => json(400, { Code: 'InvalidAccessKeyId.Inactive', Message: 'Specified access key is disabled.' }),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'a wrong secret (SignatureDoesNotMatch) is unknown, naming both causes (ambiguous in PROVIDERS.md)',
    cred: () => credential(ID, { secretAccessKey: SECRET.split('').reverse().join('') }),
    handler: VALID,
    expected: { status: 'unknown', reason: 'unknown-key' },
    message: /AccessKey secret beside this id is wrong, or the request was refused for its time or encoding$/,
  },
  {
    name: 'InvalidTimeStamp.Expired is unknown: the clock',
    handler: () =>
      json(400, { Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date value is expired.' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    message: /check the clock \(HTTP 400\)$/,
  },
  {
    name: 'Throttling.User is unknown (rate-limited)',
    handler: () => json(400, { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' }),
    expected: { status: 'unknown', reason: 'rate-limited' },
  },
  {
    name: 'another code is unknown and named, with the provider text',
    handler: () =>
      json(403, { Code: 'Forbidden.RiskControl', Message: 'This operation is forbidden by risk control.' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
    message:
      /^Alibaba Cloud answered Forbidden\.RiskControl \(HTTP 403\): This operation is forbidden by risk control\.$/,
  },
  {
    name: 'a code that is no identifier is never quoted',
    handler: () => json(400, { Code: 'bad code <script>', Message: 'x' }),
    expected: {
      status: 'unknown',
      reason: 'unexpected-response',
      message: 'an answer the provider does not document (HTTP 400)',
    },
  },
  {
    name: '500 InternalError is unknown (server-error)',
    handler: () => json(500, { Code: 'InternalError', Message: 'STS Server Internal Error happened' }),
    expected: { status: 'unknown', reason: 'server-error' },
  },
  {
    name: 'an HTML 404 is unknown, never invalid',
    handler: () => html(404),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '200 with an Arn of another account is unknown',
    handler: (r) => verified(r) ?? json(200, { ...CALLER, Arn: 'acs:ram::1111111111111111:user/deployer' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('Alibaba Cloud smoke: STS GetCallerIdentity', () => {
  it.each(CASES)('$name', async ({ handler, cred = () => credential(), expected, message }) => {
    const credentials = cred();
    const { identity, fake } = await check(handler, credentials);
    expect(identity).toMatchObject(expected);
    if (message) expect(identity.message).toMatch(message);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /']);
    const text = JSON.stringify(identity);
    for (const value of [credentials.value, ...Object.values(credentials.companions)]) {
      for (const form of secretForms(value.reveal())) expect(text).not.toContain(form);
    }
  });

  it('the secret is never sent, in any form; the security token only in the body', async () => {
    const cred = credential(STS_ID, { secretAccessKey: STS_SECRET, sessionToken: STS_TOKEN });
    const { fake } = await check(VALID, cred);
    const [request] = fake.requests;
    const sent = `${request.path}\n${JSON.stringify(request.headers)}\n${request.body}`;
    for (const form of secretForms(STS_SECRET)) expect(sent).not.toContain(form);
    expect(request.path).toBe('/');
    expect(JSON.stringify(request.headers)).not.toContain(STS_TOKEN.slice(0, 12));
    expect(form(request).SecurityToken).toBe(STS_TOKEN);
  });

  it('an LTAI id never sends a security token given beside it', async () => {
    const { identity, fake } = await check(VALID, credential(ID, { secretAccessKey: SECRET, sessionToken: STS_TOKEN }));
    expect(identity.status).toBe('verified');
    expect(form(fake.requests[0]).SecurityToken).toBeUndefined();
  });

  it.each([
    ['a secret alone', () => credential(SECRET.slice(0, 30), {}), 'no-value', /without the AccessKey id it pairs with/],
    [
      'an id without its secret',
      () => credential(ID, {}),
      'no-value',
      /AccessKey secret that pairs with this AccessKey id has no value/,
    ],
    [
      'an STS. id without its token',
      () => credential(STS_ID, { secretAccessKey: STS_SECRET }),
      'no-value',
      /security token, which has no value/,
    ],
    [
      'an STS. id with a token holding a line break',
      () => credential(STS_ID, { secretAccessKey: STS_SECRET, sessionToken: 'CAIS\nabc' }),
      'malformed',
      /not a well-formed STS token/,
    ],
  ])('%s is skipped and nothing is sent', async (_label, cred, reason, message) => {
    const { identity, fake } = await check(VALID, cred());
    expect(identity).toMatchObject({ status: 'skipped', reason, facts: [] });
    expect(identity.message).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('Alibaba Cloud formats (the pairs: companions.test.ts)', () => {
  it.each([
    [ID, 'MY_ID', 'access-key-id'],
    [STS_ID, 'MY_ID', 'sts-access-key-id'],
    [SECRET.slice(0, 30), 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'access-key-secret'],
    [SECRET.slice(0, 30), 'ALICLOUD_SECRET_KEY', 'access-key-secret'],
    [SECRET.slice(0, 30), 'ALIBABA_CLOUD_ACR_PASSWORD', undefined],
    [SECRET.slice(0, 30), 'MY_SECRET', undefined],
  ])('%s beside %s is %s', (value, name, type) => {
    const match = detectFormat(value, name);
    expect(match?.provider.id === 'alibaba' ? match.format.type : undefined).toBe(type);
  });
});

// --- the shared harness and faults (__tests__/providers/harness.ts) ---

const SPEC: AdapterSpec = {
  provider,
  credential: () => credential(),
  expectAuth,
  path: PATH,
  after: [],
  valid: VALID,
  method: 'POST',
};
const harness = adapterHarness(SPEC);
const { check } = harness;
describeSharedFaults(SPEC, harness);
