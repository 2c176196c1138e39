// Alibaba Cloud: RAM AccessKey pairs (an LTAI… id with its secret; STS. temporary ids with a security
// token), the secret names that point at Alibaba Cloud, and STS GetCallerIdentity. Facts from
// PROVIDERS.md section 43; the signing is in alibaba-rpc.ts.

import { getCallerIdentityBody } from './alibaba-rpc.js';
import { accept, defineProvider, fact, noAuth, on, post } from './adapter.js';
import type { Answer, Outcome, Parts, Reading, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';
import type { Companion, Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID_BODY = 'Qz4Wx7Ev' + 'Rb2Tn5Ym' + '8Uk3';
const SECRET = 'Hp6Ls9Df' + 'Gj2Kq5Zx' + 'Cv8Bn1Mw' + '4Ta7Re';

/** An error code of the RPC gateway (`Code`), never its message text. */
const code = (codes: string | RegExp | readonly string[], then: Outcome): Row =>
  on(undefined, then, { body: { Code: codes } });

const CLOCK = unknown(
  'unexpected-response',
  'Alibaba Cloud refused the request time or nonce; check the clock (HTTP {status})',
);

/** What IdentityType says about the principal (PROVIDERS.md section 43 (b)). */
const KINDS: Record<string, { kind: 'human' | 'service'; detail: string }> = {
  Account: { kind: 'human', detail: 'the Alibaba Cloud root account (IdentityType Account)' },
  RAMUser: { kind: 'human', detail: 'a RAM user (IdentityType RAMUser; machine users look the same)' },
  AssumedRoleUser: { kind: 'service', detail: 'a RAM role session (IdentityType AssumedRoleUser)' },
};

/**
 * `ALIBABA_CLOUD_ACCESS_KEY_ID` + `…_ACCESS_KEY_SECRET` (+ `…_SECURITY_TOKEN`): the SDKs' names, and the
 * inputs of the aliyun/* actions (`access-key-id`, `access-key-secret`); Terraform's `ALICLOUD_ACCESS_KEY`
 * + `ALICLOUD_SECRET_KEY`. The roles are AWS's, whose `*secretaccesskey` pairs an LTAI id too.
 */
const COMPANIONS: Companion[] = [
  { primary: 'accesskeyid', companions: { accesskeysecret: 'secretAccessKey', securitytoken: 'sessionToken' } },
  {
    primary: 'accesskey',
    prefixContains: 'alicloud',
    companions: { secretkey: 'secretAccessKey', securitytoken: 'sessionToken' },
  },
];

/** Alibaba Cloud RAM AccessKeys. */
export const alibaba = defineProvider({
  id: 'alibaba',
  name: 'Alibaba Cloud',
  formats: [
    {
      type: 'access-key-id',
      pattern: /^LTAI[A-Za-z0-9]{17,21}$/,
      examples: ['LTAI' + ID_BODY],
      counterExamples: ['LTAI' + ID_BODY.slice(5), 'ltai' + ID_BODY, 'LTAI' + ID_BODY + 'Xy9Pq8'],
    },
    {
      // Temporary credentials from AssumeRole: usable only with their security token.
      type: 'sts-access-key-id',
      pattern: /^STS\.[A-Za-z0-9]{16,48}$/,
      examples: ['STS.' + 'NUg7Yr' + ID_BODY],
      counterExamples: ['STS.' + 'short', 'STS-' + 'NUg7Yr' + ID_BODY, 'sts.' + 'NUg7Yr' + ID_BODY],
    },
    {
      // 30 letters and digits with no prefix: counts only beside an Alibaba Cloud name.
      type: 'access-key-secret',
      pattern: /^[A-Za-z0-9]{30}$/,
      needsNameHint: true,
      examples: [SECRET],
      counterExamples: [SECRET.slice(1), SECRET + 'x', SECRET.replace('p', '+')],
    },
  ],
  // Key names only: ALIBABA_CLOUD_REGION_ID and the like are no keys.
  namePatterns: [
    namePart(
      'ALIBABA_CLOUD_ACCESS_KEY',
      'ALIBABACLOUD_ACCESS_KEY',
      'ALIBABA_ACCESS_KEY',
      'ALIBABA_SECRET_KEY',
      'ALICLOUD_ACCESS_KEY',
      'ALICLOUD_SECRET_KEY',
      'ALIYUN_ACCESS_KEY',
      'ALIYUN_SECRET_KEY',
    ),
  ],
  companions: COMPANIONS,
  guide: {
    principal:
      'the caller ARN (`acs:ram::<account id>:user/<name>`, `acs:ram::<account id>:assumed-role/<role>/<session>`); its UserId or PrincipalId also matches',
    verified: 'STS GetCallerIdentity names the ARN, account and IdentityType (Account is the root account)',
    invalid: 'InvalidAccessKeyId.NotFound (deleted or never valid), InvalidAccessKeyId.Inactive (disabled)',
    unknown:
      'SignatureDoesNotMatch (a wrong secret, or a request refused for its time or encoding), a clock or throttling code, or no answer',
  },
  errorText: ['Message'],
  start: (credential): { parts: Parts } | Identity => {
    if (credential.format.type === 'access-key-secret') {
      return skipped('no-value', 'an AccessKey secret cannot be checked without the AccessKey id it pairs with');
    }
    const secretAccessKey = credential.companions.secretAccessKey;
    if (!secretAccessKey?.reveal()) {
      return skipped('no-value', 'the AccessKey secret that pairs with this AccessKey id has no value');
    }
    // An LTAI id never takes a security token: one given beside it is not sent.
    if (credential.format.type !== 'sts-access-key-id') return { parts: { key: credential.value, secretAccessKey } };
    const sessionToken = credential.companions.sessionToken;
    if (!sessionToken?.reveal()) {
      return skipped(
        'no-value',
        'a temporary (STS.) AccessKey id works only with its security token, which has no value',
      );
    }
    if (!/^[\x21-\x7e]{1,16384}$/.test(sessionToken.reveal())) {
      return skipped('malformed', 'the security token is not a well-formed STS token; it was not sent');
    }
    return { parts: { key: credential.value, secretAccessKey, sessionToken } };
  },
  calls: {
    sts: post('https://sts.aliyuncs.com', '/', {
      note: 'STS GetCallerIdentity (form body, RPC signature 1.0 HMAC-SHA1): read-only, needs no permission',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      auth: noAuth,
      // The wall clock, not context.now (an evaluation date that may be --now).
      body: (parts) =>
        getCallerIdentityBody(
          {
            accessKeyId: parts.key.reveal(),
            accessKeySecret: parts.secretAccessKey.reveal(),
            ...(parts.sessionToken ? { securityToken: parts.sessionToken.reveal() } : {}),
          },
          new Date(),
        ),
      answers: [
        on(200, accept(caller)),
        code(
          'InvalidAccessKeyId.NotFound',
          invalid('unknown-key', 'Alibaba Cloud does not know this AccessKey id (deleted or never valid)'),
        ),
        code('InvalidAccessKeyId.Inactive', invalid('revoked', 'Alibaba Cloud says this AccessKey is disabled')),
        // Also what a request signed at a wrong time or encoded wrongly gets (PROVIDERS.md: ambiguous).
        code(
          'SignatureDoesNotMatch',
          unknown(
            'unknown-key',
            'Alibaba Cloud says the signature does not match (SignatureDoesNotMatch): the AccessKey secret beside this id is wrong, or the request was refused for its time or encoding',
          ),
        ),
        code(['InvalidTimeStamp.Expired', 'InvalidTimeStamp.Format', 'SignatureNonceUsed'], CLOCK),
        code(/^Throttling/, (a) =>
          unknown('rate-limited', `Alibaba Cloud throttled the request (${String(a.get('Code'))})`),
        ),
        // The code is quoted in messages: only an identifier is.
        code(/^[A-Za-z][A-Za-z0-9.]{0,63}$/, (a) =>
          unknown('unexpected-response', `Alibaba Cloud answered ${String(a.get('Code'))} (HTTP {status}){said}`),
        ),
      ],
    }),
  },
});

/** A 200 answer: the caller, whose ARN names the account, and IdentityType its kind. */
function caller(a: Answer): Reading {
  const [arn, account, type] = ['Arn', 'AccountId', 'IdentityType'].map((field) => a.get(field));
  if (typeof arn !== 'string' || typeof account !== 'string' || !account || !arn.startsWith(`acs:ram::${account}:`)) {
    return unexpected(a, 'Alibaba Cloud answered GetCallerIdentity without an Arn of its AccountId');
  }
  const kind = typeof type === 'string' && Object.hasOwn(KINDS, type) ? KINDS[type] : undefined;
  const ids = a.fields({ userId: 'UserId', principalId: 'PrincipalId', roleId: 'RoleId' });
  const principal = { arn: a.text('Arn'), account: a.text('AccountId') };
  return {
    principal: { ...principal, ...a.fields({ identityType: 'IdentityType' }), ...ids },
    aliases: [ids.userId, ids.principalId].filter((id): id is string => typeof id === 'string'),
    facts: [
      fact('principal', principal.arn, 'STS GetCallerIdentity Arn'),
      fact('account', principal.account, 'STS GetCallerIdentity AccountId'),
      ...(kind ? [fact('principalKind', kind.kind, kind.detail)] : []),
    ],
    ...(type === 'Account'
      ? { note: 'a root account AccessKey: it may do anything in the account; use a RAM user or role instead' }
      : {}),
  };
}
