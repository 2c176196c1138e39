// Confluent Cloud: API key secrets (64 characters, beside a Confluent name) with their key id, and the
// key's own record from the IAM API: its owner (a user or a service account), resource, environment
// and dates. Facts from PROVIDERS.md section 27.

import { parseDate } from '../core/dates.js';
import { accept, basic, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { keyName } from './names.js';
import { skipped, unexpected, unknown } from './outcome.js';
import type { Companion } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const KEY_ID = 'Q7ZL3XK2' + 'M9PW4RT6';
const SECRET = 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Y' + 'a2Ue9QwBx+Lm/Np4Rs8Tv1WxZa3Cd5Ef6';

/** The key id: the Basic user name, and the path of the key's own record. */
const ID = /^[A-Za-z0-9]{16}$/;

/** `CONFLUENT_CLOUD_API_SECRET` + `CONFLUENT_CLOUD_API_KEY`, `CCLOUD_SECRET` + `CCLOUD_KEY`… */
const COMPANIONS: Companion[] = ['confluent', 'ccloud'].map((word) => ({
  primary: 'secret',
  companions: { key: 'keyId' },
  prefixContains: word,
}));

/** Owner kinds of iam.v2.ApiKey: "The owner can be one of iam.v2.User, iam.v2.ServiceAccount". */
const KINDS: Record<string, 'human' | 'service'> = { User: 'human', ServiceAccount: 'service' };

const KEY_ID_ONLY = skipped('unsupported', 'a Confluent API key id is an identifier; its secret is what is checked');
const NO_KEY_ID = skipped(
  'no-value',
  'a Confluent API secret is checked with its key id (CONFLUENT_CLOUD_API_KEY beside CONFLUENT_CLOUD_API_SECRET), which was not given or is not 16 letters and digits; it was not sent',
);
const REFUSED = unknown(
  'unknown-key',
  'Confluent Cloud refused the key (401): a wrong secret or a deleted key, or a resource-scoped key (a Kafka cluster, Schema Registry or ksqlDB key), which the IAM API never accepts; only Cloud API keys can be checked',
);

/** Confluent Cloud API keys; resource-scoped (cluster) keys look the same and the IAM API refuses them. */
export const confluent = defineProvider({
  id: 'confluent',
  name: 'Confluent Cloud',
  formats: [
    {
      // TH confluent.go: a 64-character secret with a 16-character key id, keyword `confluent`.
      type: 'api-secret',
      pattern: /^[A-Za-z0-9+/]{64}$/,
      needsNameHint: true,
      examples: [SECRET],
      counterExamples: [SECRET.slice(1), SECRET + 'x', SECRET.slice(1) + '='],
    },
    {
      // The key id alone is an identifier, never sent without its secret.
      type: 'api-key-id',
      pattern: /^[A-Z0-9]{16}$/,
      needsNameHint: true,
      examples: [KEY_ID],
      counterExamples: [KEY_ID.slice(1), KEY_ID.toLowerCase()],
    },
  ],
  // API key names only: CONFLUENT_BOOTSTRAP_SERVERS or a cluster id beside them is no key.
  namePatterns: [keyName(['CONFLUENT', 'CCLOUD'], ['API_KEY', 'API_SECRET'])],
  companions: COMPANIONS,
  guide: {
    principal: 'the owner id of the key: `u-…` for a user, `sa-…` for a service account',
    verified:
      'the IAM API returns the key (a Cloud API key): its owner and owner kind, resource, environment and dates',
    invalid: 'never from a refusal: a wrong or deleted key and a resource-scoped key get the same 401',
    unknown:
      '401 (a wrong secret or deleted key, or a Kafka cluster, Schema Registry or ksqlDB key, which the IAM API never accepts), 403, or no answer; `skipped` without the key id beside the secret',
  },
  errorText: ['errors.0.detail'],
  start: (credential) => {
    if (credential.format.type === 'api-key-id') return KEY_ID_ONLY;
    return ID.test(credential.companions.keyId?.reveal() ?? '') ? {} : NO_KEY_ID;
  },
  calls: {
    // The key looks itself up; the key id travels in the path and as the Basic user, the secret only
    // in the header. The same path takes PATCH and DELETE, which the client never sends.
    apiKey: get('https://api.confluent.cloud', '/iam/v2/api-keys/{keyId}', {
      auth: basic('keyId', 'key'),
      answers: [
        on(200, accept(record), { body: { kind: 'ApiKey', 'spec.owner.id': /./ } }),
        // One 401 for a dead key and a resource-scoped one (the detail says so itself): never invalid.
        on(401, REFUSED, { anyBody: true }),
        on(
          403,
          unknown('insufficient-scope', 'Confluent Cloud would not show the key its own record (HTTP 403{said})'),
        ),
      ],
    }),
  },
});

/** The key's own record: owner, kind, resource, environment and dates. */
function record(a: Answer): Reading {
  // The record must be the key's own: its id is the key id (a companion, so compared, never quoted).
  if (a.get('id') !== a.credential.companions.keyId?.reveal()) {
    return unexpected(a, 'Confluent Cloud answered with the record of another API key');
  }
  const owner = a.text('spec.owner.id');
  const kind = KINDS[a.text('spec.owner.kind')];
  const resource = a.text('spec.resource.id');
  const facts = [
    fact('principal', owner, 'Confluent Cloud spec.owner.id of the API key'),
    ...(kind ? [fact('principalKind', kind, `Confluent Cloud spec.owner.kind ${a.text('spec.owner.kind')}`)] : []),
    ...(resource ? [fact('scopes', [resource], 'Confluent Cloud spec.resource.id (cloud: organization-wide)')] : []),
  ];
  const dated = { created: 'metadata.created_at', expires: 'spec.expires_at' } as const;
  for (const [name, path] of Object.entries(dated) as [keyof typeof dated, string][]) {
    const date = parseDate(a.text(path));
    if (date) facts.push(fact(name, date.toISOString(), `Confluent Cloud ${path}`));
  }
  return {
    principal: {
      owner,
      ...a.fields({ owner_kind: 'spec.owner.kind', resource: 'spec.resource.id', display_name: 'spec.display_name' }),
      ...a.fields({ environment: 'spec.resource.environment' }),
    },
    facts,
  };
}
