// The wire format of the one AWS call keybound makes (STS GetCallerIdentity): SigV4 signing by the
// maintained library (@smithy/signature-v4, the AWS SDK's own signer) with node's SHA-256
// (@smithy/hash-node), nothing computing an HMAC by hand; and STS's answers, XML or JSON, read as one
// flat record for the case table in aws.ts.

import type { Hash } from '@smithy/hash-node';
import type { SignatureV4 } from '@smithy/signature-v4';
import { jsonObject, str } from './outcome.js';
import type { HttpResult } from './types.js';

type Response = Extract<HttpResult, { kind: 'response' }>;

/** The query-protocol body of GetCallerIdentity: no parameters, nothing else can be asked for. */
export const GET_CALLER_IDENTITY_BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

/**
 * The signer and SHA-256 as it wants it (a constructor taking an optional HMAC secret), loaded on the
 * first AWS smoke call only: @smithy is the largest part of the bundle and a plain `check` never signs
 * (issue 15: start-up).
 */
type Sha256 = new (secret?: ConstructorParameters<typeof Hash>[1]) => Hash;
let signing: Promise<{ SignatureV4: typeof SignatureV4; Sha256: Sha256 }> | undefined;
function loadSigning() {
  signing ??= Promise.all([import('@smithy/hash-node'), import('@smithy/signature-v4')]).then(
    ([{ Hash }, { SignatureV4 }]) => ({
      SignatureV4,
      Sha256: class Sha256 extends Hash {
        constructor(secret?: ConstructorParameters<typeof Hash>[1]) {
          super('sha256', secret);
        }
      },
    }),
  );
  return signing;
}

export interface SigningTarget {
  /** The Host header the request is sent with (`sts.amazonaws.com`, `127.0.0.1:40123`). */
  host: string;
  /** The path the request reaches on that host (the base URL's path plus `/`). */
  path: string;
  /** Signing region: `us-east-1` for the global endpoint. */
  region: string;
}

export interface AwsSecrets {
  accessKeyId: string;
  secretAccessKey: string;
  /** Only for temporary (ASIA) credentials. */
  sessionToken?: string;
}

/**
 * The headers of a signed `POST /` GetCallerIdentity request, Host included (it is signed, so it
 * must be the one sent). `signingDate` is the wall clock: AWS refuses signatures more than 5 minutes off.
 */
export async function signGetCallerIdentity(
  secrets: AwsSecrets,
  target: SigningTarget,
  signingDate: Date,
): Promise<Record<string, string>> {
  const { SignatureV4, Sha256 } = await loadSigning();
  const signer = new SignatureV4({
    service: 'sts',
    region: target.region,
    sha256: Sha256,
    credentials: {
      accessKeyId: secrets.accessKeyId,
      secretAccessKey: secrets.secretAccessKey,
      ...(secrets.sessionToken ? { sessionToken: secrets.sessionToken } : {}),
    },
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: target.host,
      path: target.path,
      query: {},
      headers: {
        host: target.host,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        accept: 'application/json',
      },
      body: GET_CALLER_IDENTITY_BODY,
    },
    { signingDate },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return headers;
}

/**
 * Where a request through `baseUrl` lands, for signing: host (with a non-default port), path, and the
 * region a regional STS host names (`sts.eu-west-1.amazonaws.com`), else `us-east-1`.
 */
export function signingTarget(baseUrl: URL): SigningTarget {
  const regional = /^sts\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com$/.exec(baseUrl.hostname);
  return {
    host: baseUrl.host,
    path: `${baseUrl.pathname.replace(/\/$/, '')}/`,
    region: regional?.[1] ?? 'us-east-1',
  };
}

/**
 * STS answers as one flat record: `Arn`, `Account`, `UserId` for the caller, `Code`, `Message` for an
 * error; from the JSON form STS gives for `Accept: application/json`, or the XML form.
 */
export function parseSts(response: Response): Record<string, unknown> | undefined {
  const body = jsonObject(response);
  if (body) {
    const result = record(record(body.GetCallerIdentityResponse)?.GetCallerIdentityResult);
    const error = record(body.Error) ?? record(record(body.ErrorResponse)?.Error);
    const source = result ?? error;
    if (!source) return undefined;
    const fields = result ? ['Arn', 'Account', 'UserId'] : ['Code', 'Message'];
    return Object.fromEntries(fields.map((field) => [field, str(source, field)]));
  }
  const xml = xmlBody(response);
  if (xml && /<GetCallerIdentityResponse[\s>]/.test(xml)) {
    return { Arn: xmlElement(xml, 'Arn'), Account: xmlElement(xml, 'Account'), UserId: xmlElement(xml, 'UserId') };
  }
  if (xml && /<ErrorResponse[\s>]/.test(xml))
    return { Code: xmlElement(xml, 'Code'), Message: xmlElement(xml, 'Message') };
  return undefined;
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
