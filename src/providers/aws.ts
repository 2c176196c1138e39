// AWS: access key id formats (long-term AKIA, temporary ASIA), the secret access key that pairs with
// them, the secret names that point at AWS, and STS GetCallerIdentity. Facts from PROVIDERS.md section 3.

import { GET_CALLER_IDENTITY_BODY, signGetCallerIdentity, signingTarget } from './aws-sigv4.js';
import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID_BODY = 'RUV6I3O726LD6BR3';
const SECRET = 'Ky2Joqy9ysfmXprCHEfJ2eQ+/gzNRgHxmmTvp3Ph';

/** AWS IAM and STS credentials: an access key id plus its secret access key (and session token). */
export const aws: ProviderSpec = {
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
  endpoints: [
    {
      method: 'POST',
      baseUrl: 'https://sts.amazonaws.com',
      path: '/',
      note:
        'STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region ' +
        'us-east-1): read-only, needs no permission and is not blocked by an explicit deny',
    },
  ],
  identify,
};

type Response = Extract<HttpResult, { kind: 'response' }>;

/** Who the key pair belongs to, by STS GetCallerIdentity. */
async function identify(credential: Credential, context: SmokeContext): Promise<Identity> {
  if (credential.format.type === 'secret-access-key') {
    return skipped('no-value', 'a secret access key cannot be checked without the access key id it pairs with');
  }
  const secretAccessKey = credential.companions.secretAccessKey?.reveal() ?? '';
  if (!secretAccessKey) {
    return skipped('no-value', 'the secret access key that pairs with this access key id has no value');
  }
  // A long-term (AKIA) key never takes a session token: one given beside it is not sent.
  const sessionToken =
    credential.format.type === 'temporary' ? (credential.companions.sessionToken?.reveal() ?? '') : undefined;
  if (sessionToken === '') {
    // STS would only answer InvalidClientTokenId, which would wrongly read as an unknown key.
    return skipped(
      'no-value',
      'a temporary (ASIA) access key id works only with its session token, which has no value',
    );
  }
  if (sessionToken !== undefined && !/^[A-Za-z0-9+/=]{1,16384}$/.test(sessionToken)) {
    return skipped('malformed', 'the session token is not a well-formed STS session token; it was not sent');
  }
  const headers = await signGetCallerIdentity(
    { accessKeyId: credential.value.reveal(), secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    signingTarget(context.http.baseUrl),
    // The wall clock, not context.now (an evaluation date that may be --now): AWS allows 5 minutes.
    new Date(),
  );
  const result = await context.http.request({ method: 'POST', path: '/', headers, body: GET_CALLER_IDENTITY_BODY });
  const common = commonOutcome(result);
  if (common) return common;
  const response = result as Response;
  if (response.status === 200) return callerIdentity(response);
  return stsError(response, credential);
}

function skipped(reason: string, message: string): Identity {
  return { status: 'skipped', reason, message, facts: [] };
}

interface Caller {
  arn: string;
  account: string;
  userId: string;
}

const ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):([\x21-\x7e]{1,2000})$/;

/** A 200 answer: the JSON form STS gives for `Accept: application/json`, or the XML form. */
function callerIdentity(response: Response): Identity {
  const caller = parseCaller(response);
  const arn = caller ? ARN.exec(caller.arn) : null;
  if (!caller || !arn || arn[1] !== caller.account || !/^[\x21-\x7e]{1,200}$/.test(caller.userId))
    return unexpected(response);
  const kind = principalKind(arn[2]);
  return verified({ arn: caller.arn, account: caller.account, userId: caller.userId }, [
    { fact: 'principal', value: caller.arn, detail: 'STS GetCallerIdentity Arn' },
    { fact: 'account', value: caller.account, detail: 'STS GetCallerIdentity Account' },
    { fact: 'principalKind', value: kind.kind, detail: kind.detail },
  ]);
}

function parseCaller(response: Response): Caller | undefined {
  const body = jsonObject(response);
  if (body) {
    const wrapper = record(body.GetCallerIdentityResponse);
    const result = record(wrapper?.GetCallerIdentityResult);
    const arn = str(result, 'Arn');
    const account = str(result, 'Account');
    const userId = str(result, 'UserId');
    return arn && account && userId ? { arn, account, userId } : undefined;
  }
  const xml = xmlBody(response);
  if (!xml || !/<GetCallerIdentityResponse[\s>]/.test(xml)) return undefined;
  const arn = xmlElement(xml, 'Arn');
  const account = xmlElement(xml, 'Account');
  const userId = xmlElement(xml, 'UserId');
  return arn && account && userId ? { arn, account, userId } : undefined;
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

/** A non-200 answer, by its error code (never its message text, except to tell clock skew apart). */
function stsError(response: Response, credential: Credential): Identity {
  const error = parseError(response);
  if (!error) return unexpected(response);
  const { code, message } = error;
  switch (code) {
    case 'InvalidClientTokenId':
      return invalid(
        'unknown-key',
        'AWS does not know this access key id (deleted, deactivated, or the session token is not valid)',
      );
    case 'SignatureDoesNotMatch':
      // Also the code for a request time more than 5 minutes off: that says nothing about the key.
      if (/signature (?:expired|not yet current)/i.test(message)) return clockSkew(response);
      return invalid('unknown-key', 'the secret access key does not match this access key id');
    case 'ExpiredToken':
    case 'ExpiredTokenException':
      return invalid('expired', 'the session token of these temporary credentials has expired');
    case 'RequestExpired':
      return clockSkew(response);
    case 'Throttling':
    case 'ThrottlingException':
    case 'RequestLimitExceeded':
    case 'TooManyRequestsException':
      return unknown('rate-limited', `AWS throttled the request (HTTP ${response.status} ${code})`);
    case 'AccessDenied':
      // GetCallerIdentity needs no permission and ignores explicit denies: something else answered.
      return unknown(
        'unexpected-response',
        `AWS answered AccessDenied to GetCallerIdentity, which needs no permission (HTTP ${response.status})`,
      );
    default: {
      const text = providerText(message, credential);
      return unknown('unexpected-response', `AWS answered ${code} (HTTP ${response.status})${text ? `: ${text}` : ''}`);
    }
  }
}

function clockSkew(response: Response): Identity {
  return unknown('unexpected-response', `AWS refused the request time; check the clock (HTTP ${response.status})`);
}

function parseError(response: Response): { code: string; message: string } | undefined {
  let code: string | undefined;
  let message: string | undefined;
  const body = jsonObject(response);
  if (body) {
    const error = record(body.Error) ?? record(record(body.ErrorResponse)?.Error);
    code = str(error, 'Code');
    message = str(error, 'Message');
  } else {
    const xml = xmlBody(response);
    if (xml && /<ErrorResponse[\s>]/.test(xml)) {
      code = xmlElement(xml, 'Code');
      message = xmlElement(xml, 'Message');
    }
  }
  // The code is quoted in messages: only an identifier is accepted.
  return code && /^[A-Za-z][A-Za-z0-9.]{0,63}$/.test(code) ? { code, message: message ?? '' } : undefined;
}

/** The body when it is XML (never an HTML page, whatever it contains). */
function xmlBody(response: Response): string | undefined {
  const type = response.headers['content-type'] ?? '';
  return /xml/i.test(type) && !/html/i.test(type) ? response.body : undefined;
}

/** The text of the first `<name>` element, entities decoded. Linear: no nested quantifiers. */
function xmlElement(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([^<]{0,2048})</${name}>`).exec(xml);
  if (!match) return undefined;
  return match[1]
    .trim()
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_m, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '',
    );
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
