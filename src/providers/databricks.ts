// Databricks: personal access tokens (`dapi` + 32 hex) and who they act as, from SCIM Me on the token's
// own workspace, then the caller's token list for dates. No default host: the workspace URL comes only
// from --endpoint, never from a DATABRICKS_HOST beside the key. Facts from PROVIDERS.md section 26.

import { accept, bearer, defineProvider, fact, get, on, TENANT } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { keyName } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const HEX = '7c3e9a1f' + '5b2d8e04' + 'a6f1c93b' + '2e7d5a80';

/** Databricks' words for a refused token: in the body and in X-Databricks-Reason-Phrase. */
const INVALID_TOKEN = /invalid access token/i;
const SERVICE_PRINCIPAL = 'urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const UNAVAILABLE = unknown('server-error', 'Databricks says authentication is temporarily unavailable{said}');
const REFUSED = invalid(
  'revoked',
  'Databricks does not accept this token (HTTP {status} Invalid access token): it is invalid, expired or revoked, or it belongs to another workspace than --endpoint names',
);
const DENIED = unknown(
  'unexpected-response',
  'Databricks refused SCIM Me (HTTP 403{said}): an IP access list may exclude this runner, or the token may not use the workspace',
);

/** Databricks personal access tokens, of a user or a service principal. */
export const databricks = defineProvider({
  id: 'databricks',
  name: 'Databricks',
  formats: [
    {
      // TH databrickstoken: `dapi`, 32 hex, an optional `-N` suffix.
      type: 'personal-access-token',
      pattern: /^dapi[0-9a-f]{32}(?:|-[0-9])$/,
      examples: ['dapi' + HEX, 'dapi' + HEX + '-2'],
      counterExamples: ['dapi' + HEX.slice(1), 'dapi' + HEX.toUpperCase(), 'dapi' + HEX + '-', 'dapi' + HEX + '-12'],
    },
  ],
  // Token names only: DATABRICKS_HOST or an OAuth DATABRICKS_CLIENT_SECRET beside it is no PAT.
  namePatterns: [keyName(['DATABRICKS'], ['TOKEN', 'PAT'])],
  tenant: { what: 'the Databricks workspace URL', example: 'https://{workspace}.cloud.databricks.com' },
  guide: {
    principal: 'the `userName` of SCIM Me: the e-mail of a user, the application id of a service principal',
    verified:
      'SCIM Me names an active user or service principal, with its entitlements and groups as scopes; dates when the caller holds one token',
    invalid:
      '401/403 "Invalid access token" (invalid, expired or revoked, or a token of another workspace than --endpoint names); `active: false` (user-inactive)',
    unknown:
      'another 403 (an IP access list), TEMPORARILY_UNAVAILABLE, or no answer; `skipped` without --endpoint databricks=https://{workspace}.cloud.databricks.com',
  },
  errorText: ['message'],
  calls: {
    me: get(TENANT, '/api/2.0/preview/scim/v2/Me', {
      auth: bearer(),
      answers: [
        on(200, accept(me), { body: { userName: /./ } }),
        on(undefined, UNAVAILABLE, { body: { error_code: 'TEMPORARILY_UNAVAILABLE' } }),
        // 403, not 401, with a numeric error_code (databricks-sdk-go#873); the reason phrase also says it.
        on([401, 403], REFUSED, {
          anyBody: true,
          when: (a) => INVALID_TOKEN.test(`${a.text('message')} ${a.header('x-databricks-reason-phrase')}`),
        }),
        on(403, DENIED),
      ],
    }),
    // The caller's own tokens: the list names this one only when it holds one.
    tokens: get(TENANT, '/api/2.0/token/list', {
      auth: bearer(),
      optional: (why) => `the token's dates could not be read from GET /api/2.0/token/list (${why})`,
      answers: [on(200, accept(dates), { when: (a) => Array.isArray(a.get('token_infos')) })],
    }),
  },
});

/** SCIM Me: the user or service principal the token acts as. */
function me(a: Answer): Reading {
  const userName = a.text('userName');
  if (!userName) return unexpected(a, 'Databricks answered SCIM Me without a userName');
  // The shape of Me for a service principal is UNCONFIRMED: its schema, an applicationId, or a UUID name.
  const service =
    a.all('schemas').includes(SERVICE_PRINCIPAL) || a.get('applicationId') !== undefined || UUID.test(userName);
  const facts = [
    fact('principal', userName, 'Databricks SCIM Me userName'),
    service
      ? fact('principalKind', 'service', 'a Databricks service principal (SCIM Me schema, applicationId or UUID name)')
      : fact('principalKind', 'human', 'a Databricks user (SCIM Me userName)'),
  ];
  const who = `the Databricks ${service ? 'service principal' : 'user'} ${userName}`;
  if (a.get('active') === false) return invalid('user-inactive', `${who} is not active`, facts);
  const scopes = [
    ...a.all('entitlements.*.value').map((value) => a.clean(value)),
    ...a.all('groups.*.display').map((group) => `group:${a.clean(group)}`),
  ].filter((scope) => scope !== '' && scope !== 'group:');
  facts.push(fact('scopes', scopes, 'Databricks SCIM Me entitlements and groups (group:…)'));
  return {
    principal: { userName, ...a.fields(['id', 'displayName', 'active']) },
    facts,
    next: 'tokens',
  };
}

/** GET /api/2.0/token/list: dates in epoch milliseconds; `expiry_time` -1 means none. */
function dates(a: Answer): Reading {
  const tokens = a.all('token_infos');
  if (tokens.length !== 1) {
    return { note: `the caller holds ${tokens.length} tokens and which is this one is not known: no dates recorded` };
  }
  const facts = (
    [
      ['created', 'creation_time'],
      ['expires', 'expiry_time'],
    ] as const
  ).flatMap(([name, field]) => {
    const ms = a.get(`token_infos.0.${field}`);
    const ok = typeof ms === 'number' && ms > 0 && ms < 8.64e15;
    return ok
      ? [fact(name, new Date(ms).toISOString(), `Databricks token/list ${field} (the caller's only token)`)]
      : [];
  });
  return { facts };
}
