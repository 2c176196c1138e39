// AWS: access key id formats (long-term AKIA, temporary ASIA), the secret access key that pairs with
// them, the secret names that point at AWS, and STS GetCallerIdentity. Facts from PROVIDERS.md section 3.

import { GET_CALLER_IDENTITY_BODY, parseSts, signGetCallerIdentity, signingTarget } from './aws-sts.js';
import { accept, defineProvider, fact, on, post } from './adapter.js';
import type { Answer, Outcome, Parts, Reading, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID_BODY = 'RUV6I3O726LD6BR3';
const SECRET = 'Ky2Joqy9ysfmXprCHEfJ2eQ+/gzNRgHxmmTvp3Ph';

const ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):([\x21-\x7e]{1,2000})$/;

/** An error code of STS: the code, never the message text (except to tell clock skew apart). */
const code = (codes: string | RegExp | readonly string[], then: Outcome, message?: RegExp): Row =>
  on(undefined, then, { body: { Code: codes, ...(message ? { Message: message } : {}) } });

const CLOCK = unknown('unexpected-response', 'AWS refused the request time; check the clock (HTTP {status})');

/** AWS IAM and STS credentials: an access key id plus its secret access key (and session token). */
export const aws = defineProvider({
  id: 'aws',
  name: 'Amazon Web Services',
  formats: [
    {
      // AKIA: a long-lived key of an IAM user or the account root; who owns it is unknown offline.
      type: 'long-term',
      pattern: /^AKIA[A-Z0-9]{16}$/,
      examples: ['AKIA' + ID_BODY],
      counterExamples: ['AKIA' + ID_BODY.slice(1), 'akia' + ID_BODY, 'AKIA' + ID_BODY.toLowerCase(), 'AIDA' + ID_BODY],
    },
    {
      // ASIA: temporary STS credentials, usable only with a session token.
      type: 'temporary',
      pattern: /^ASIA[A-Z0-9]{16}$/,
      examples: ['ASIA' + '2LTQZXEIXLOC6EMR'],
      counterExamples: ['ASIA' + '2LTQZXEIXLOC6EMR7', 'AROA' + '2LTQZXEIXLOC6EMR'],
    },
    {
      // 40 base64-ish characters with no prefix: counts only beside an AWS name (…SECRET_ACCESS_KEY).
      type: 'secret-access-key',
      pattern: /^[A-Za-z0-9/+]{40}$/,
      needsNameHint: true,
      examples: [SECRET],
      counterExamples: [SECRET.slice(1), SECRET + 'A', SECRET.replace('+', '-')],
    },
  ],
  namePatterns: [namePart('AWS')],
  companions: [
    { primary: 'accesskeyid', companions: { secretaccesskey: 'secretAccessKey', sessiontoken: 'sessionToken' } },
  ],
  guide: {
    principal: 'the caller ARN (`arn:aws:iam::123456789012:user/deployer`, `arn:aws:sts::…:assumed-role/…`)',
    verified: 'STS GetCallerIdentity names the ARN and account',
    invalid:
      'SignatureDoesNotMatch (wrong secret), ExpiredToken (expired); InvalidClientTokenId when --endpoint names the partition',
    unknown:
      'InvalidClientTokenId from the default commercial STS: a GovCloud or China key gets the same answer (check those with --endpoint aws=https://sts.us-gov-west-1.amazonaws.com or https://sts.cn-north-1.amazonaws.com.cn); throttling; no answer',
  },
  errorText: ['Message'],
  start: (credential): { parts: Parts } | Identity => {
    if (credential.format.type === 'secret-access-key') {
      return skipped('no-value', 'a secret access key cannot be checked without the access key id it pairs with');
    }
    const secretAccessKey = credential.companions.secretAccessKey;
    if (!secretAccessKey?.reveal()) {
      return skipped('no-value', 'the secret access key that pairs with this access key id has no value');
    }
    if (credential.format.type !== 'temporary') return { parts: { key: credential.value, secretAccessKey } };
    // A long-term (AKIA) key never takes a session token: one given beside it is not sent. Without its
    // token, STS would only answer InvalidClientTokenId, which would wrongly read as an unknown key.
    const sessionToken = credential.companions.sessionToken;
    if (!sessionToken?.reveal()) {
      return skipped(
        'no-value',
        'a temporary (ASIA) access key id works only with its session token, which has no value',
      );
    }
    if (!/^[A-Za-z0-9+/=]{1,16384}$/.test(sessionToken.reveal())) {
      return skipped('malformed', 'the session token is not a well-formed STS session token; it was not sent');
    }
    return { parts: { key: credential.value, secretAccessKey, sessionToken } };
  },
  parse: parseSts,
  calls: {
    sts: post('https://sts.amazonaws.com', '/', {
      note:
        'STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region ' +
        'us-east-1): read-only, needs no permission and is not blocked by an explicit deny',
      body: GET_CALLER_IDENTITY_BODY,
      auth: (parts, context) =>
        signGetCallerIdentity(
          {
            accessKeyId: parts.key.reveal(),
            secretAccessKey: parts.secretAccessKey.reveal(),
            ...(parts.sessionToken ? { sessionToken: parts.sessionToken.reveal() } : {}),
          },
          signingTarget(context.http.baseUrl),
          // The wall clock, not context.now (an evaluation date that may be --now): AWS allows 5 minutes.
          new Date(),
        ),
      answers: [
        on(200, accept(callerIdentity)),
        code('InvalidClientTokenId', (a) =>
          a.context.declaredEndpoint
            ? invalid(
                'unknown-key',
                'AWS does not know this access key id (deleted, deactivated, or the session token is not valid)',
              )
            : unknown(
                'unknown-key',
                'the commercial AWS STS does not know this access key id: it was deleted or deactivated (or its session token is not valid), or it is a GovCloud or China key, which the commercial STS does not know either; name the partition with --endpoint aws=https://sts.amazonaws.com (or the GovCloud or China STS)',
              ),
        ),
        // SignatureDoesNotMatch is also the code for a request time more than 5 minutes off.
        code('SignatureDoesNotMatch', CLOCK, /signature (?:expired|not yet current)/i),
        code(
          'SignatureDoesNotMatch',
          invalid('unknown-key', 'the secret access key does not match this access key id'),
        ),
        code(
          ['ExpiredToken', 'ExpiredTokenException'],
          invalid('expired', 'the session token of these temporary credentials has expired'),
        ),
        code('RequestExpired', CLOCK),
        code(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException'], (a) =>
          unknown('rate-limited', `AWS throttled the request (HTTP {status} ${String(a.get('Code'))})`),
        ),
        // GetCallerIdentity needs no permission and ignores explicit denies: something else answered.
        code(
          'AccessDenied',
          unknown(
            'unexpected-response',
            'AWS answered AccessDenied to GetCallerIdentity, which needs no permission (HTTP {status})',
          ),
        ),
        // The code is quoted in messages: only an identifier is.
        code(/^[A-Za-z][A-Za-z0-9.]{0,63}$/, (a) =>
          unknown('unexpected-response', `AWS answered ${String(a.get('Code'))} (HTTP {status}){said}`),
        ),
      ],
    }),
  },
});

/** A 200 answer: the caller, whose ARN names the account and kind. */
function callerIdentity(a: Answer): Reading {
  const [arn, account, userId] = ['Arn', 'Account', 'UserId'].map((field) => a.get(field));
  const parsed = typeof arn === 'string' ? ARN.exec(arn) : null;
  if (!parsed || parsed[1] !== account || typeof userId !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(userId)) {
    return unexpected(a);
  }
  const kind = principalKind(parsed[2]);
  return {
    principal: { arn: parsed[0], account: parsed[1], userId },
    facts: [
      fact('principal', parsed[0], 'STS GetCallerIdentity Arn'),
      fact('account', parsed[1], 'STS GetCallerIdentity Account'),
      fact('principalKind', kind.kind, kind.detail),
    ],
  };
}

/** What the ARN's resource part says about the principal (AWS has no human/service flag). */
function principalKind(resource: string): { kind: 'human' | 'service' | 'unknown'; detail: string } {
  if (resource === 'root') return { kind: 'human', detail: 'the account root user' };
  if (resource.startsWith('user/')) return { kind: 'human', detail: 'an IAM user (machine users look the same)' };
  if (resource.startsWith('assumed-role/')) {
    // IAM Identity Center names the roles it creates AWSReservedSSO_<permission set>_<id>: a person signed in.
    if (resource.startsWith('assumed-role/AWSReservedSSO_')) {
      return { kind: 'human', detail: 'an IAM Identity Center (SSO) role session: a person signed in' };
    }
    return { kind: 'service', detail: 'an assumed-role session (a workload, CI or federated role)' };
  }
  if (resource.startsWith('federated-user/'))
    return { kind: 'service', detail: 'a federated user session (GetFederationToken)' };
  return { kind: 'unknown', detail: 'an ARN of a kind keybound does not classify' };
}
