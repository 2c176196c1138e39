// HashiCorp Vault: service and batch tokens, the secret names that point at Vault, and lookup-self.
// Vault is self-hosted: its address comes only from `--endpoint vault=URL` (the Action's `endpoints`
// input), never from a file or a secret such as VAULT_ADDR. The only call is the GET of lookup-self:
// the HTTP client refuses revoke-self and renew-self (same family, POST). PROVIDERS.md section 37.

import { parseDate } from '../core/dates.js';
import { accept, defineProvider, fact, get, on, TENANT } from './adapter.js';
import type { Answer, Parts, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY =
  'CAESIJ' + 'k3Lm9Pq2Rs7Tv1Wx4Yb8Zc5Dn0Fh6Gj3Hk' + 'Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2' + 'GiYKHGh2cy5';
/**
 * Auth methods people log in with, and those workloads use: a heuristic on `path` (`auth/ldap/login/…`),
 * not a field. A mount is named after its method by default; `ldap2` or `aws-prod` are read by prefix.
 */
const HUMAN_METHODS = ['ldap', 'oidc', 'userpass', 'okta', 'github', 'radius', 'saml'];
const WORKLOAD_METHODS = ['approle', 'aws', 'kubernetes', 'gcp', 'azure', 'cert', 'alicloud'];

/** Vault tokens: `hvs.` service and `hvb.` batch (Vault 1.10+), legacy `s.` beside a Vault name. */
export const vault = defineProvider({
  id: 'vault',
  name: 'HashiCorp Vault',
  formats: [
    {
      type: 'service-token',
      pattern: /^hvs\.[A-Za-z0-9_-]{90,120}$/,
      examples: ['hvs.' + BODY],
      counterExamples: ['hvs.' + BODY.slice(40), 'hvs_' + BODY, 'hvs.' + BODY + '.x'],
    },
    {
      type: 'batch-token',
      pattern: /^hvb\.[A-Za-z0-9_-]{50,300}$/,
      examples: ['hvb.' + BODY],
      counterExamples: ['hvb.' + BODY.slice(60)],
    },
    {
      type: 'legacy-service-token',
      pattern: /^s\.[A-Za-z0-9]{24}$/,
      needsNameHint: true,
      examples: ['s.' + 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd5'],
      counterExamples: ['s.' + 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd', 'b.' + 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd5'],
    },
  ],
  namePatterns: [namePart('VAULT_TOKEN', 'VAULT_ROOT_TOKEN', 'VAULT_CLIENT_TOKEN', 'VAULT_SERVICE_TOKEN')],
  // PROD_VAULT_TOKEN + PROD_VAULT_NAMESPACE (Vault Enterprise, HCP Vault). The address is never read.
  companions: [{ primary: 'vaulttoken', companions: {}, lookups: { vaultnamespace: 'namespace' } }],
  guide: {
    principal:
      'the token `display_name` of lookup-self (`approle`, `ldap-alice`, `aws-node`), or its entity id, AWS ARN, username or role name',
    verified:
      'lookup-self names the token, its policies (`root` is a forbidden scope), dates and auth method; the address comes only from --endpoint vault=https://HOST:8200',
    invalid:
      '403 permission denied: invalid, expired or revoked (Vault does not say which), or, on Vault Enterprise or HCP, a token of a namespace not given (VAULT_NAMESPACE beside the key)',
    unknown: 'no --endpoint vault=… (skipped, no-endpoint), a sealed or standby Vault (503), or no answer',
  },
  errorText: ['errors.0'],
  // Self-hosted: a VAULT_ADDR beside the token never chooses where it goes.
  tenant: { what: 'the Vault address', example: 'https://HOST:8200' },
  start: (credential) => {
    // A namespace path (`admin/team-a`) only: anything else is never sent as a header.
    const namespace = credential.companions.namespace?.reveal();
    if (namespace !== undefined && !/^[\w-]{1,64}(?:\/[\w-]{1,64}){0,8}$/.test(namespace)) {
      return unknown(
        'no-value',
        `the Vault namespace beside ${credential.name} is no namespace path; nothing was sent`,
      );
    }
    return {};
  },
  calls: {
    // Any token may look itself up (Vault's default policy). GET only: see the file's header.
    lookupSelf: get(TENANT, '/v1/auth/token/lookup-self', {
      auth: (parts: Parts) => ({
        'x-vault-token': parts.key.reveal(),
        ...(parts.namespace ? { 'x-vault-namespace': parts.namespace.reveal() } : {}),
      }),
      answers: [
        on(200, accept(lookup), { body: { 'data.display_name': /./ } }),
        on(403, refused, { body: { errors: /permission denied/ } }),
      ],
    }),
  },
});

function refused(a: Answer): Identity {
  const namespace = a.credential.companions.namespace ? '' : NAMESPACE_CAUSE;
  return invalid(
    'revoked',
    `Vault refused the token (permission denied): it is invalid, expired or revoked${namespace}`,
  );
}
const NAMESPACE_CAUSE =
  ', or it belongs to a Vault Enterprise or HCP namespace that was not given (VAULT_NAMESPACE beside the key)';

/**
 * `GET /v1/auth/token/lookup-self`: who the token is, its policies, dates and limits. `data.id` (the
 * token itself) and `accessor` are never read.
 */
function lookup(a: Answer): Reading {
  const name = a.text('data.display_name');
  if (!name) return unexpected(a, 'a lookup-self answer without a display_name');
  const policies = [...new Set([...a.all('data.policies'), ...a.all('data.identity_policies')])]
    .map((policy) => a.clean(policy))
    .filter(Boolean);
  const method = /^auth\/([a-z0-9_-]+)\//.exec(a.text('data.path'))?.[1] ?? '';
  const human = HUMAN_METHODS.find((known) => method.startsWith(known));
  const workload = WORKLOAD_METHODS.find((known) => method.startsWith(known));
  const kind = human ? 'human' : workload ? 'service' : undefined;
  const seconds = a.get('data.creation_time');
  const created = typeof seconds === 'number' && seconds > 0 ? parseDate(new Date(seconds * 1000)) : undefined;
  const expires = parseDate(a.text('data.expire_time'));
  const uses = Number(a.get('data.num_uses'));
  const aliases = ['data.entity_id', 'data.meta.username', 'data.meta.role_name', 'data.meta.canonical_arn']
    .map((path) => a.text(path))
    .filter(Boolean);
  return {
    principal: {
      display_name: name,
      ...a.fields({ entity_id: 'data.entity_id', path: 'data.path', type: 'data.type', ttl: 'data.ttl' }),
      ...a.fields({ renewable: 'data.renewable', orphan: 'data.orphan', num_uses: 'data.num_uses' }),
    },
    facts: [
      fact('principal', name, 'Vault lookup-self display_name'),
      ...(kind
        ? [
            fact(
              'principalKind',
              kind,
              `Vault lookup-self path auth/${method}/ (${human ? `${human}, a person's` : `${workload}, a workload's`} login)`,
            ),
          ]
        : []),
      fact('scopes', policies, 'Vault lookup-self policies and identity_policies'),
      ...(created ? [fact('created', created.toISOString(), 'Vault lookup-self creation_time')] : []),
      ...(expires ? [fact('expires', expires.toISOString(), 'Vault lookup-self expire_time')] : []),
    ],
    aliases,
    ...(uses > 0 ? { note: `a use-limited token (num_uses ${uses}): each check may spend one of its uses` } : {}),
  };
}
