// Google Cloud: service-account key JSON and user (authorized_user) credentials JSON, the secret names
// that point at Google Cloud, and the token calls a smoke check makes. Facts from PROVIDERS.md section 4.

import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';
import { SecretValue } from '../core/secret.js';
import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, KeyFormat, ProviderHttp, ProviderSpec, SmokeContext } from './types.js';

/** Longest JSON document considered: real key files are about 2.4 KB. */
export const MAX_DOCUMENT_LENGTH = 64 * 1024;

// NOTE: made-up documents; the PEM markers are split so that secret scanners do not flag this file.
const PEM =
  '-----BEGIN ' +
  'PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END ' +
  'PRIVATE KEY-----\n';
const SERVICE_ACCOUNT = JSON.stringify(
  {
    type: 'service_account',
    project_id: 'keybound-example-prod',
    private_key_id: '19ffab0396347dd16ca6637daece4967b3fe39bf',
    private_key: PEM,
    client_email: 'deployer@keybound-example-prod.iam.gserviceaccount.com',
    client_id: '104729384756102938475',
    token_uri: 'https://oauth2.googleapis.com/token',
  },
  null,
  2,
);
const AUTHORIZED_USER = JSON.stringify({
  type: 'authorized_user',
  client_id: '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com',
  client_secret: 'd-FL95Q19q7MQmFpd7hHD0Ty',
  refresh_token: '1//0' + 'GV7qffSMKe5tGrq2SYU4CMDICCYiHScTb2w90MzcHbECSJAy',
});

/**
 * A JSON object whose text carries `"type": "<jsonType>"`. The lookahead and the body each scan the
 * value once (no nested quantifiers); gcpDocumentFormat then confirms it is the top-level `type`.
 */
function documentPattern(jsonType: string): RegExp {
  return new RegExp(`^\\s*\\{(?=[\\s\\S]*"type"\\s*:\\s*"${jsonType}")[\\s\\S]*\\}\\s*$`);
}

const serviceAccountKey: KeyFormat = {
  type: 'service-account-key',
  pattern: documentPattern('service_account'),
  principalKind: 'service',
  principalDetail: 'a service-account key (JSON "type": "service_account")',
  examples: [SERVICE_ACCOUNT, JSON.stringify(JSON.parse(SERVICE_ACCOUNT)) + '\n'],
  counterExamples: [
    SERVICE_ACCOUNT.replace('service_account', 'external_account'),
    // Nested, not the document's own type.
    JSON.stringify({ wrapper: { type: 'service_account' } }),
    // Not valid JSON (trailing comma): rejected quietly, never an exception.
    '{"type": "service_account", }',
    '{"type": "service_account"',
  ],
};

const userCredentials: KeyFormat = {
  type: 'user-credentials',
  pattern: documentPattern('authorized_user'),
  principalKind: 'human',
  principalDetail: 'a user\'s refresh-token credentials (JSON "type": "authorized_user")',
  examples: [AUTHORIZED_USER],
  counterExamples: ['{"type": "authorized_users"}', '["type", "authorized_user"]'],
};

/** Google Cloud credential JSON: service-account keys and `authorized_user` (ADC) files. */
export const gcp: ProviderSpec = {
  id: 'gcp',
  name: 'Google Cloud',
  formats: [serviceAccountKey, userCredentials],
  namePatterns: [
    namePart('GCP', 'GCLOUD', 'GCE', 'GKE', 'GOOGLE_CLOUD', 'GOOGLE_APPLICATION_CREDENTIALS'),
    namePart('GOOGLE_CREDENTIALS', 'GOOGLE_SERVICE_ACCOUNT'),
  ],
  endpoints: [
    {
      method: 'POST',
      baseUrl: 'https://oauth2.googleapis.com',
      path: '/token',
      note:
        'OAuth2 JWT-bearer grant (refresh_token grant for authorized_user): mints a short-lived access ' +
        'token and changes nothing, but shows in audit logs; the only way to test these credentials',
    },
    {
      method: 'POST',
      baseUrl: 'https://oauth2.googleapis.com',
      path: '/tokeninfo',
      note:
        "OAuth2 token info: reads the minted token's own metadata (email, scope, expiry) and changes " +
        "nothing; POST with the token in an Authorization header, as Google's auth library does, so it is " +
        'never in a URL',
    },
  ],
  identify,
};

/** Each document format with the top-level `type` it requires. */
const DOCUMENT_TYPES: ReadonlyArray<readonly [KeyFormat, string]> = [
  [serviceAccountKey, 'service_account'],
  [userCredentials, 'authorized_user'],
];

/**
 * The GCP format of a JSON credential document, by its top-level `type`, or undefined.
 * SECURITY: never throws. A JSON.parse error message quotes the input, so it is swallowed here.
 */
export function gcpDocumentFormat(value: string): KeyFormat | undefined {
  if (value.length > MAX_DOCUMENT_LENGTH || value.includes('\0')) return undefined;
  // The anchored patterns are a cheap gate before parsing.
  const candidates = DOCUMENT_TYPES.filter(([format]) => format.pattern.test(value));
  if (candidates.length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const type = (parsed as Record<string, unknown>).type;
  return candidates.find(([, jsonType]) => type === jsonType)?.[0];
}

/** The token endpoint as the JWT audience. SECURITY: compiled in; the document's `token_uri` is never used. */
const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
/** The narrowest scope that still lets token info name the account: the minted token can read its own email. */
const SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
/** Assertion lifetime; Google accepts at most an hour. */
const ASSERTION_SECONDS = 600;
const FORM = 'application/x-www-form-urlencoded';

type Response = Extract<HttpResult, { kind: 'response' }>;

interface ServiceAccount {
  clientEmail: string;
  privateKey: KeyObject;
  privateKeyId?: string;
  projectId?: string;
  clientId?: string;
}

/** Who a service-account key belongs to: mint a short-lived token with it (JWT bearer), then read token info. */
async function identify(credential: Credential, context: SmokeContext): Promise<Identity> {
  if (credential.format.type !== serviceAccountKey.type) {
    // authorized_user: a person's refresh token. Redeeming it is not a check keybound makes.
    return skipped(
      'unsupported',
      "user (authorized_user) credentials are a person's refresh token; only service-account keys are checked",
    );
  }
  const account = serviceAccount(credential.value.reveal());
  if (!account) {
    return skipped(
      'malformed',
      'the service-account key has no usable client_email or RSA private_key; it was not sent',
    );
  }
  // The wall clock, not context.now (an evaluation date that may be --now): Google checks iat and exp.
  const assertion = signAssertion(account, Math.floor(Date.now() / 1000));
  // Provider text is redacted of the assertion too: it is a bearer credential for its lifetime.
  const redactable: Credential = {
    ...credential,
    companions: { ...credential.companions, assertion: new SecretValue(assertion, 'gcp-assertion') },
  };
  const result = await context.http.request({
    method: 'POST',
    path: '/token',
    headers: { 'content-type': FORM, accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }).toString(),
  });
  const common = commonOutcome(result);
  if (common) return common;
  const response = result as Response;
  const body = jsonObject(response);
  if (response.status !== 200) return tokenError(response, body, redactable);
  const accessToken = str(body, 'access_token');
  if (!accessToken || !/^[\x21-\x7e]{1,4096}$/.test(accessToken)) return unexpected(response);
  // The key is proven once a token is minted; token info only confirms whom Google issued it to.
  const email = await tokenInfoEmail(context.http, accessToken);
  const principal = email ?? account.clientEmail;
  const projectId =
    account.projectId ?? /@([a-z][a-z0-9-]{4,61}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(principal)?.[1];
  return verified(
    {
      email: principal,
      ...(projectId ? { projectId } : {}),
      ...(account.clientId ? { clientId: account.clientId } : {}),
      ...(account.privateKeyId ? { keyId: account.privateKeyId } : {}),
    },
    [
      {
        fact: 'principal',
        value: principal,
        detail: email ? 'Google token info email' : 'client_email of the key Google accepted',
      },
      { fact: 'principalKind', value: 'service', detail: 'a Google Cloud service account (Google accepted its key)' },
      ...(projectId
        ? [{ fact: 'account' as const, value: projectId, detail: 'project_id of the service-account key' }]
        : []),
    ],
    email
      ? undefined
      : "Google accepted the key; token info was not available, so the principal is the key's client_email",
  );
}

function skipped(reason: string, message: string): Identity {
  return { status: 'skipped', reason, message, facts: [] };
}

/** The fields a JWT-bearer grant needs, or undefined. SECURITY: never throws, never quotes the document. */
function serviceAccount(value: string): ServiceAccount | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const document = parsed as Record<string, unknown>;
  const clientEmail = str(document, 'client_email');
  const pem = str(document, 'private_key');
  if (!clientEmail || !/^[^\s@]{1,128}@[A-Za-z0-9.-]{1,253}$/.test(clientEmail) || !pem) return undefined;
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    return undefined;
  }
  if (privateKey.asymmetricKeyType !== 'rsa') return undefined;
  const field = (name: string, pattern: RegExp): string | undefined => {
    const text = str(document, name);
    return text !== undefined && pattern.test(text) ? text : undefined;
  };
  return {
    clientEmail,
    privateKey,
    privateKeyId: field('private_key_id', /^[A-Za-z0-9_-]{1,128}$/),
    projectId: field('project_id', /^[A-Za-z0-9.:-]{1,100}$/),
    clientId: field('client_id', /^\d{1,64}$/),
  };
}

/** An RS256 JWT-bearer assertion (RFC 7523), signed by node's crypto. */
function signAssertion(account: ServiceAccount, now: number): string {
  const encode = (object: object): string => Buffer.from(JSON.stringify(object), 'utf8').toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', ...(account.privateKeyId ? { kid: account.privateKeyId } : {}) });
  const claims = encode({
    iss: account.clientEmail,
    scope: SCOPE,
    aud: TOKEN_AUDIENCE,
    iat: now,
    exp: now + ASSERTION_SECONDS,
  });
  const signature = createSign('RSA-SHA256')
    .update(`${header}.${claims}`)
    .sign(account.privateKey)
    .toString('base64url');
  return `${header}.${claims}.${signature}`;
}

/** The email Google's token info gives for the minted token, or undefined when it gives none. */
async function tokenInfoEmail(http: ProviderHttp, accessToken: string): Promise<string | undefined> {
  const result = await http.request({
    method: 'POST',
    path: '/tokeninfo',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': FORM, accept: 'application/json' },
    body: '',
  });
  if (result.kind !== 'response' || result.status !== 200) return undefined;
  const email = str(jsonObject(result), 'email');
  return email && /^[^\s@]{1,128}@[A-Za-z0-9.-]{1,253}$/.test(email) ? email : undefined;
}

/** A refused grant, by its OAuth `error` code and, for invalid_grant, Google's description. */
function tokenError(response: Response, body: Record<string, unknown> | undefined, credential: Credential): Identity {
  const error = str(body, 'error');
  if (!error || (response.status !== 400 && response.status !== 401)) return unexpected(response);
  const description = str(body, 'error_description') ?? '';
  const text = providerText(description, credential);
  const quoted = `Google: ${error}${text ? ` (${text})` : ''}`;
  if (error === 'deleted_client') return invalid('user-inactive', `the service account was deleted (${quoted})`);
  if (error === 'invalid_grant' || error === 'invalid_client' || error === 'unauthorized_client') {
    if (/invalid jwt signature/i.test(description)) {
      return invalid('revoked', `Google no longer accepts this key: it was deleted, disabled or rotated (${quoted})`);
    }
    if (/robot is disabled|account (?:is |has been )?disabled/i.test(description)) {
      return invalid('user-inactive', `the service account is disabled (${quoted})`);
    }
    if (/has been deleted|account not found|no such account/i.test(description)) {
      return invalid('user-inactive', `the service account was deleted or does not exist (${quoted})`);
    }
    if (/\b(?:iat|exp)\b|timeframe|short-lived/i.test(description)) {
      return unknown('unexpected-response', `Google refused the assertion's time; check the clock (${quoted})`);
    }
  }
  return unknown('unexpected-response', `the token endpoint refused the grant (HTTP ${response.status}, ${quoted})`);
}
