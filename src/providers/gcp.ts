// Google Cloud: service-account key JSON and user (authorized_user) credentials JSON, the secret names
// that point at Google Cloud, and the token calls a smoke check makes. Facts from PROVIDERS.md section 4.

import { SecretValue } from '../core/secret.js';
import { accept, bearer, defineProvider, fact, noAuth, on, post } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { EMAIL, serviceAccount, signAssertion } from './gcp-jwt.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';
import type { Identity, KeyFormat } from './types.js';

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
 * value once (no nested quantifiers); documentFormat (catalog.ts) then confirms it is the top-level `type`.
 */
function documentPattern(jsonType: string): RegExp {
  return new RegExp(`^\\s*\\{(?=[\\s\\S]*"type"\\s*:\\s*"${jsonType}")[\\s\\S]*\\}\\s*$`);
}

const serviceAccountKey: KeyFormat = {
  type: 'service-account-key',
  pattern: documentPattern('service_account'),
  documentType: 'service_account',
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
  documentType: 'authorized_user',
  principalKind: 'human',
  principalDetail: 'a user\'s refresh-token credentials (JSON "type": "authorized_user")',
  examples: [AUTHORIZED_USER],
  counterExamples: ['{"type": "authorized_users"}', '["type", "authorized_user"]'],
};

const BASE = 'https://oauth2.googleapis.com';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Google Cloud credential JSON: service-account keys and `authorized_user` (ADC) files. */
export const gcp = defineProvider({
  id: 'gcp',
  name: 'Google Cloud',
  formats: [serviceAccountKey, userCredentials],
  namePatterns: [
    namePart('GCP', 'GCLOUD', 'GCE', 'GKE', 'GOOGLE_CLOUD', 'GOOGLE_APPLICATION_CREDENTIALS'),
    namePart('GOOGLE_CREDENTIALS', 'GOOGLE_SERVICE_ACCOUNT'),
  ],
  guide: {
    principal: 'the service-account e-mail (`deployer@project.iam.gserviceaccount.com`)',
    verified: 'Google mints a token for the key; token info confirms the e-mail',
    invalid:
      'invalid_grant "Invalid JWT Signature" (deleted or rotated key); "account not found", "Robot is disabled", deleted_client (user-inactive)',
    unknown: 'a refused assertion time (clock), another refusal, or no answer',
  },
  start: (credential) => {
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
    // The assertion is a bearer credential for its lifetime: provider text is redacted of it too.
    const assertion = new SecretValue(signAssertion(account, Math.floor(Date.now() / 1000)), 'gcp-assertion');
    return { parts: { key: credential.value, assertion } };
  },
  calls: {
    token: post(BASE, '/token', {
      note:
        'OAuth2 JWT-bearer grant (refresh_token grant for authorized_user): mints a short-lived access ' +
        'token and changes nothing, but shows in audit logs; the only way to test these credentials',
      auth: noAuth,
      headers: FORM,
      body: (parts) =>
        new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: parts.assertion.reveal(),
        }).toString(),
      answers: [on(200, accept(minted)), on([400, 401], tokenError, { body: { error: /./ } })],
    }),
    // The key is proven once a token is minted; token info only confirms whom Google issued it to.
    tokeninfo: post(BASE, '/tokeninfo', {
      note:
        "OAuth2 token info: reads the minted token's own metadata (email, scope, expiry) and changes " +
        "nothing; POST with the token in an Authorization header, as Google's auth library does, so it is " +
        'never in a URL',
      auth: bearer('accessToken'),
      headers: FORM,
      body: '',
      optional: () =>
        "Google accepted the key; token info was not available, so the principal is the key's client_email",
      answers: [
        on(
          200,
          accept((a) => ({
            principal: { email: String(a.get('email')) },
            facts: [fact('principal', String(a.get('email')), 'Google token info email')],
          })),
          { body: { email: EMAIL } },
        ),
      ],
    }),
  },
});

/** A minted token: the key is proven; the access token goes on to token info (and is redacted too). */
function minted(a: Answer): Reading {
  const token = a.get('access_token');
  if (typeof token !== 'string' || !/^[\x21-\x7e]{1,4096}$/.test(token)) return unexpected(a);
  const account = serviceAccount(a.credential.value.reveal());
  if (!account) return unexpected(a);
  const projectId =
    account.projectId ?? /@([a-z][a-z0-9-]{4,61}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(account.clientEmail)?.[1];
  return {
    principal: {
      email: account.clientEmail,
      ...(projectId ? { projectId } : {}),
      ...(account.clientId ? { clientId: account.clientId } : {}),
      ...(account.privateKeyId ? { keyId: account.privateKeyId } : {}),
    },
    facts: [
      fact('principal', account.clientEmail, 'client_email of the key Google accepted'),
      fact('principalKind', 'service', 'a Google Cloud service account (Google accepted its key)'),
      ...(projectId ? [fact('account', projectId, 'project_id of the service-account key')] : []),
    ],
    carry: { accessToken: new SecretValue(token, 'gcp-access-token') },
    next: 'tokeninfo',
  };
}

/** A refused grant, by its OAuth `error` code and, for invalid_grant, Google's description. */
function tokenError(a: Answer): Identity {
  const error = a.text('error');
  const description = typeof a.get('error_description') === 'string' ? String(a.get('error_description')) : '';
  const text = a.text('error_description');
  const quoted = `Google: ${error}${text ? ` (${text})` : ''}`;
  if (error === 'deleted_client') return invalid('user-inactive', `the service account was deleted (${quoted})`);
  if (error === 'invalid_grant' || error === 'invalid_client' || error === 'unauthorized_client') {
    if (/invalid jwt signature/i.test(description)) {
      return invalid('revoked', `Google no longer accepts this key: it was deleted, disabled or rotated (${quoted})`);
    }
    if (/robot is disabled|account (?:is |has been )?disabled/i.test(description)) {
      // "Robot is disabled." was also seen for a deleted Google account tied to the project.
      return invalid('user-inactive', `the service account, or the account behind it, is disabled or gone (${quoted})`);
    }
    if (/has been deleted|account not found|no such account/i.test(description)) {
      return invalid('user-inactive', `the service account is disabled, deleted or does not exist (${quoted})`);
    }
    if (/\b(?:iat|exp)\b|timeframe|short-lived/i.test(description)) {
      return unknown('unexpected-response', `Google refused the assertion's time; check the clock (${quoted})`);
    }
  }
  return unknown('unexpected-response', `the token endpoint refused the grant (HTTP {status}, ${quoted})`);
}
