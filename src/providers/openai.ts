// OpenAI: project, service-account, admin and legacy user keys, the secret names that point at OpenAI,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 8.

import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, mismatch, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file. `T3BlbkFJ` is
// base64 for "OpenAI" and sits in the middle of real keys.
const LEFT = 'hFoOXqVnd_iRJ0xN9pSsbeRXdvSgLLsZlHc1DGybK_7TuQTCGpxSksslib';
const RIGHT = 'zQdV4Dw_QRCl1So9nTNZuL5bUHvMnEoAyTICkkhM_8g5rRaSHSvmxzU1yl';
const MARK = 'T3Blbk' + 'FJ';
const BASE = 'https://api.openai.com';

/** Body after a named prefix: bounded so matching stays linear (TH openai regex, PROVIDERS.md section 8). */
const TAIL = '[A-Za-z0-9_-]{20,400}';

/** OpenAI API keys. No test/live distinction. */
export const openai = defineProvider({
  id: 'openai',
  name: 'OpenAI',
  formats: [
    {
      // A project key may be owned by a user or a service account: only the admin API tells.
      type: 'project',
      pattern: new RegExp(`^sk-proj-${TAIL}$`),
      examples: ['sk-proj-' + LEFT + MARK + RIGHT],
      counterExamples: ['sk-proj-' + 'short', 'sk_proj_' + LEFT, 'sk-proj-' + LEFT + '.'],
    },
    {
      type: 'service-account',
      pattern: new RegExp(`^sk-svcacct-${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'a service-account key (sk-svcacct-)',
      examples: ['sk-svcacct-' + RIGHT + MARK + LEFT],
      counterExamples: ['sk-svcacct-' + 'x', 'sk-svcacct ' + RIGHT],
    },
    {
      type: 'admin',
      pattern: new RegExp(`^sk-admin-${TAIL}$`),
      examples: ['sk-admin-' + LEFT + MARK + RIGHT],
      counterExamples: ['sk-admin-' + 'abc', 'sk-admins' + LEFT],
    },
    {
      // Legacy user keys: sk- + 20 + T3BlbkFJ + 20. Bounded counts keep backtracking constant.
      type: 'legacy',
      pattern: /^sk-[A-Za-z0-9]{20,64}T3BlbkFJ[A-Za-z0-9]{20,64}$/,
      principalKind: 'human',
      principalDetail: 'a legacy user API key (sk-)',
      examples: ['sk-' + '9sINm6fp0D0ZIsjH3wqK' + MARK + 'uU9sINm6fp0D0ZIsjH3w'],
      counterExamples: ['sk-' + 'a99pw2DCHFEaLV7I4ogZjSmeKCjnDmVKt1DAkhBa0gb3', 'sk-' + 'short' + MARK + 'short'],
    },
  ],
  namePatterns: [namePart('OPENAI', 'OPEN_AI')],
  guide: {
    principal:
      'the organization slug OpenAI sends in `openai-organization` (`user-…` for a personal org, else the org name), or the project id `proj_…`; an `org-…` id only when the undocumented GET /v1/me names it',
    verified: 'the key lists models; the organization and project come from the response headers',
    invalid: '401 invalid_api_key (revoked), 401 account_deactivated (user-inactive)',
    unknown:
      'another 401/403 (a region OpenAI refuses), or no answer; 429 insufficient_quota is a mismatch (insufficient-quota): the key works, its account cannot pay',
  },
  errorText: ['error.message'],
  calls: {
    // Documented and cheap: proves the key is live. The principal is in the response headers.
    models: get(BASE, '/v1/models', {
      auth: bearer(),
      answers: [
        on(200, accept(models)),
        on(401, invalid('revoked', 'OpenAI rejected the key{said}'), code('invalid_api_key')),
        on(
          401,
          invalid('user-inactive', 'the OpenAI account behind the key is deactivated{said}'),
          code('account_deactivated'),
        ),
        // A restricted key without the models permission: OpenAI authenticated it, then refused the call.
        on(
          401,
          accept((a) => ({ note: `OpenAI accepted the key, but it is restricted and may not list models${a.said}` })),
          {
            body: { 'error.message': /missing scopes|insufficient permissions/i },
          },
        ),
        // Not rate limiting: the key works, its account has no quota or credit left. Never retried.
        on(
          429,
          mismatch(
            'insufficient-quota',
            'the account behind this key cannot pay: OpenAI accepted the key, but its organization has no quota or credit left (insufficient_quota){said}',
          ),
          { final: true, when: (a) => [a.get('error.code'), a.get('error.type')].includes('insufficient_quota') },
        ),
        on(
          403,
          unknown(
            'unexpected-response',
            "OpenAI refuses requests from this runner's region; the key was not judged{said}",
          ),
          code('unsupported_country_region_territory'),
        ),
        on([401, 403], (a) =>
          unknown(
            'unexpected-response',
            `OpenAI refused the request (HTTP {status} ${a.text('error.code')}`.trim() + '){said}',
          ),
        ),
      ],
    }),
    // UNDOCUMENTED (not in openai-openapi): best effort for the user and the org-… id behind the key.
    // Asked only after the key was accepted; whatever it answers never changes the status.
    me: get(BASE, '/v1/me', {
      note: 'undocumented; best effort',
      auth: bearer(),
      optional: () => '',
      answers: [on(200, accept(me))],
    }),
  },
});

/** OpenAI's error code (`{"error": {"code": …}}`). */
function code(value: string): { body: Record<string, string> } {
  return { body: { 'error.code': value } };
}

/** The organization slug and project id from the headers; an `org-…` id needs /v1/me. */
function models(a: Answer): Reading {
  if (!Array.isArray(a.get('data'))) return unexpected(a, 'a /v1/models answer without a model list');
  const organization = a.header('openai-organization');
  const project = a.header('openai-project');
  return {
    principal: { ...(organization ? { organization } : {}), ...(project ? { project } : {}) },
    facts: organization ? [fact('principal', organization, 'openai-organization response header')] : [],
    ...(project ? { aliases: [project] } : {}),
    // A declared org-… id cannot be held against the slug; GET /v1/me may name it.
    unconfirmable: ['org-*'],
    ...(organization ? {} : { note: 'OpenAI accepted the key but named no organization' }),
    next: 'me',
  };
}

/** The user, the organizations, and the org-… id of the organization the headers named. */
function me(a: Answer): Reading {
  const user = a.text('email') || a.text('id');
  const orgs = a.get('orgs.data');
  const list = Array.isArray(orgs) ? (orgs as Record<string, unknown>[]) : [];
  const names = list.map((org) => a.clean(org?.name) || a.clean(org?.id)).filter((name) => name !== '');
  const slug = a.sofar.principal.organization;
  const ids = list
    .filter((org) => org?.name !== undefined && a.clean(org.name) === slug)
    .map((org) => a.clean(org.id))
    .filter((id) => /^org-[A-Za-z0-9]{1,64}$/.test(id));
  return {
    principal: {
      ...(user ? { user } : {}),
      ...(names.length > 0 ? { organizations: names.slice(0, 20).join(', ') } : {}),
    },
    ...(ids.length > 0 ? { aliases: ids, unconfirmable: [] } : {}),
  };
}
