// Elasticsearch / Elastic Cloud: API keys (the base64 `encoded` form, or `id:api_key`) beside an
// Elasticsearch name, and who they authenticate as, from GET /_security/_authenticate on the cluster.
// No default host: the cluster URL comes only from --endpoint, never from an ELASTICSEARCH_URL beside
// the key. Facts from PROVIDERS.md section 28.

import { SecretValue } from '../core/secret.js';
import { accept, defineProvider, fact, get, on, TENANT } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { keyName, namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const PAIR = 'Vk3nQz7Wm2Xr7Tb3Nc8V' + ':' + 'f1Hs6Jd0Lg5Ya2Ue9QwBxA';
const ENCODED = Buffer.from(PAIR).toString('base64');

/** An API key as `id:api_key` (both base64url); bounded so matching stays linear. */
const ID_KEY = /^[A-Za-z0-9_-]{16,64}:[A-Za-z0-9_-]{16,128}$/;

/** The refusal Elasticsearch gives when no credential reached it at all. */
const NO_CREDENTIALS = /missing authentication credentials/i;

const NOT_A_KEY = skipped(
  'unsupported',
  'the value is base64 but holds no Elasticsearch API key (id:api_key); not sent',
);
const ANONYMOUS = unknown(
  'unexpected-response',
  'Elasticsearch answered as its anonymous user: the key was not checked',
);
const NOTHING_SENT = unknown(
  'unexpected-response',
  'no credential reached Elasticsearch (401{said}): a proxy in front of the cluster may drop the Authorization header',
);
const REFUSED = invalid(
  'revoked',
  'Elasticsearch does not accept this API key (401{said}): it is unknown, expired or invalidated, or it belongs to another cluster than --endpoint names',
);

/** Elasticsearch API keys; passwords and bearer tokens have no format and are not checked. */
export const elasticsearch = defineProvider({
  id: 'elasticsearch',
  name: 'Elasticsearch',
  formats: [
    {
      // The `encoded` value Elasticsearch returns on creation: base64 of `id:api_key`.
      type: 'api-key',
      pattern: /^[A-Za-z0-9+/]{40,400}={0,2}$/,
      needsNameHint: true,
      examples: [ENCODED],
      counterExamples: [ENCODED.slice(0, 30), ENCODED + '===', `${ENCODED.slice(0, 40)}-${ENCODED.slice(41)}`],
    },
    {
      // The same key as Beats and Logstash take it (`api_key: id:api_key`).
      type: 'api-key-pair',
      pattern: ID_KEY,
      needsNameHint: true,
      examples: [PAIR],
      counterExamples: [PAIR.replace(':', ''), PAIR.replace(':', '::'), `user:${PAIR.slice(21)}`],
    },
  ],
  // API key names only: ELASTICSEARCH_URL or ELASTIC_PASSWORD beside them is no API key, and an
  // ELASTIC_CLOUD_API_KEY may be an Elastic Cloud console key, which no cluster takes.
  namePatterns: [
    keyName(['ELASTICSEARCH', 'ES'], ['API_KEY', 'APIKEY']),
    namePart('ELASTIC_API_KEY', 'ELASTIC_APIKEY'),
  ],
  tenant: { what: 'the Elasticsearch cluster URL', example: 'https://{cluster}:9200' },
  guide: {
    principal: 'the `username` _authenticate names: for an API key, the user who owns it',
    verified: 'GET /_security/_authenticate names the owner, the key and its realm, and the owner is enabled',
    invalid:
      '401 security_exception (an unknown, expired or invalidated key, or a key of another cluster than --endpoint names); `enabled: false` (user-inactive)',
    unknown:
      '401 "missing authentication credentials" (no credential reached the cluster), an anonymous answer, or no answer; `skipped` for base64 that holds no `id:api_key`, or without --endpoint elasticsearch=https://{cluster}:9200',
  },
  errorText: ['error.root_cause.0.reason', 'error.reason'],
  // The header takes the encoded form: from the value itself, or encoded from `id:api_key`.
  start: (credential) => {
    const raw = credential.value.reveal();
    const pair = credential.format.type === 'api-key-pair' ? raw : Buffer.from(raw, 'base64').toString('utf8');
    if (!ID_KEY.test(pair)) return NOT_A_KEY;
    const encoded = Buffer.from(pair, 'utf8').toString('base64');
    return { parts: { key: credential.value, encoded: new SecretValue(encoded, 'elasticsearch api key') } };
  },
  calls: {
    authenticate: get(TENANT, '/_security/_authenticate', {
      auth: (parts) => ({ authorization: `ApiKey ${parts.encoded.reveal()}` }),
      answers: [
        // Clusters before 7.6 could fall back to anonymous access: then the key was not what answered.
        on(200, ANONYMOUS, { body: { authentication_type: 'anonymous' } }),
        on(200, accept(who), { body: { username: /./, enabled: [true, false] } }),
        on(401, NOTHING_SENT, { when: (a) => NO_CREDENTIALS.test(a.said) }),
        on(401, REFUSED, { body: { 'error.type': 'security_exception' } }),
      ],
    }),
  },
});

/** Who the key authenticates as: the owner user, the key's id and name, the realm. */
function who(a: Answer): Reading {
  const username = a.text('username');
  if (!username) return unexpected(a, 'Elasticsearch answered _authenticate without a username');
  const realm = a.text('authentication_realm.type') || 'unknown';
  const service = realm === '_service_account';
  const facts = [
    fact('principal', username, `Elasticsearch _authenticate username (${a.text('authentication_type') || 'no type'})`),
    service
      ? fact('principalKind', 'service', 'an Elasticsearch service account (realm _service_account)')
      : fact('principalKind', 'human', `an Elasticsearch user (realm ${realm}); system users look the same`),
  ];
  if (a.get('enabled') === false) {
    return invalid('user-inactive', `the Elasticsearch user ${username} behind this key is disabled`, facts);
  }
  return {
    principal: {
      username,
      ...a.fields(['authentication_type', 'full_name']),
      ...a.fields({ realm: 'authentication_realm.name', api_key_id: 'api_key.id', api_key_name: 'api_key.name' }),
    },
    facts,
    note: "the key's own privileges (its role descriptors) are not shown by _authenticate, so no scopes were recorded",
  };
}
