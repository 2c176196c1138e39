// Google Cloud: service-account key JSON and user (authorized_user) credentials JSON, the secret names
// that point at Google Cloud, and the token calls a smoke check makes. Facts from PROVIDERS.md section 4.

import { namePart } from './names.js';
import type { KeyFormat, ProviderSpec } from './types.js';

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
    { method: 'GET', baseUrl: 'https://oauth2.googleapis.com', path: '/tokeninfo' },
  ],
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
