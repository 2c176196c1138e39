// OpenAI: project, service-account, admin and legacy user keys, the secret names that point at OpenAI,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 8.

import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file. `T3BlbkFJ` is
// base64 for "OpenAI" and sits in the middle of real keys.
const LEFT = 'hFoOXqVnd_iRJ0xN9pSsbeRXdvSgLLsZlHc1DGybK_7TuQTCGpxSksslib';
const RIGHT = 'zQdV4Dw_QRCl1So9nTNZuL5bUHvMnEoAyTICkkhM_8g5rRaSHSvmxzU1yl';
const MARK = 'T3Blbk' + 'FJ';

/** Body after a named prefix: bounded so matching stays linear (TH openai regex, PROVIDERS.md section 8). */
const TAIL = '[A-Za-z0-9_-]{20,400}';

/** OpenAI API keys. No test/live distinction. */
export const openai: ProviderSpec = {
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
  endpoints: [
    // Documented and cheap: proves the key is live.
    { method: 'GET', baseUrl: 'https://api.openai.com', path: '/v1/models' },
    // UNDOCUMENTED (not in openai-openapi): best effort for the user and orgs behind the key.
    { method: 'GET', baseUrl: 'https://api.openai.com', path: '/v1/me', note: 'undocumented; best effort' },
  ],
  identify: identifyOpenAI,
};

/**
 * `GET /v1/models` decides the status. The principal is the organization (and project) OpenAI names in
 * its `openai-organization` / `openai-project` response headers. `/v1/me` is undocumented: it is asked
 * only after the key was accepted, only when declared, and whatever it answers never changes the status.
 * Principal kind: only the key prefix says it (offline); the answers here do not.
 */
async function identifyOpenAI(credential: Credential, context: SmokeContext): Promise<Identity> {
  const headers = { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' };
  const result = await context.http.request({ method: 'GET', path: '/v1/models', headers });
  const common = commonOutcome(result);
  if (common) return common;
  if (result.kind !== 'response') return unexpected(result);
  const body = jsonObject(result);
  const error = errorOf(body);
  const code = str(error, 'code');
  // OpenAI quotes a masked key (`sk-proj-****…MxYA`); even its last characters are left out.
  const text = providerText(str(error, 'message'), credential).replace(/sk-[A-Za-z0-9_*\u2026-]{4,}/g, 'sk-…');
  const said = text ? `: ${text}` : '';

  if (result.status === 200) {
    if (!body || !Array.isArray(body.data)) return unexpected(result, 'a /v1/models answer without a model list');
    const organization = providerText(result.headers['openai-organization'], credential);
    const project = providerText(result.headers['openai-project'], credential);
    const principal: Record<string, string> = {};
    const facts: Identity['facts'] = [];
    if (organization) {
      principal.organization = organization;
      facts.push({ fact: 'principal', value: organization, detail: 'openai-organization response header' });
    }
    if (project) principal.project = project;
    if (declares('/v1/me')) Object.assign(principal, await aboutMe(credential, context).catch(() => ({})));
    const none = organization ? undefined : 'OpenAI accepted the key but named no organization';
    return verified(Object.keys(principal).length > 0 ? principal : undefined, facts, none);
  }
  if (result.status === 401 && code === 'invalid_api_key') return invalid('revoked', `OpenAI rejected the key${said}`);
  if (result.status === 401 && code === 'account_deactivated') {
    return invalid('user-inactive', `the OpenAI account behind the key is deactivated${said}`);
  }
  if (result.status === 401 && error && /missing scopes|insufficient permissions/i.test(str(error, 'message') ?? '')) {
    // A restricted key without the models permission: OpenAI authenticated it, then refused the call.
    return verified(undefined, [], `OpenAI accepted the key, but it is restricted and may not list models${said}`);
  }
  if (result.status === 429 && code === 'insufficient_quota') {
    // Not rate limiting: the key works, its organization has no quota or credit left. (Today the HTTP
    // client turns every 429 into `rate-limited` before this adapter sees it; kept for when it does not.)
    return verified(undefined, [], `OpenAI accepted the key, but its organization has no quota left${said}`);
  }
  if (result.status === 403 && code === 'unsupported_country_region_territory') {
    return unknown(
      'unexpected-response',
      `OpenAI refuses requests from this runner's region; the key was not judged${said}`,
    );
  }
  if (result.status === 401 || result.status === 403) {
    return unknown(
      'unexpected-response',
      `OpenAI refused the request (HTTP ${result.status}${code ? ` ${code}` : ''})${said}`,
    );
  }
  return unexpected(result);
}

/** Best effort, undocumented: the user and default organization behind the key. Never fails the check. */
async function aboutMe(credential: Credential, context: SmokeContext): Promise<Record<string, string>> {
  const headers = { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' };
  const result = await context.http.request({ method: 'GET', path: '/v1/me', headers });
  if (result.kind !== 'response' || result.status !== 200) return {};
  const me = jsonObject(result);
  const about: Record<string, string> = {};
  const user = providerText(str(me, 'email') ?? str(me, 'id'), credential);
  if (user) about.user = user;
  const orgs = (me?.orgs as { data?: unknown } | undefined)?.data;
  if (Array.isArray(orgs)) {
    const names = orgs
      .map((org) =>
        providerText(
          str(org as Record<string, unknown>, 'name') ?? str(org as Record<string, unknown>, 'id'),
          credential,
        ),
      )
      .filter((name) => name !== '');
    if (names.length > 0) about.organizations = names.slice(0, 20).join(', ');
  }
  return about;
}

function declares(path: string): boolean {
  return openai.endpoints.some((endpoint) => endpoint.method === 'GET' && endpoint.path === path);
}

/** OpenAI's error envelope: `{"error": {"message", "type", "code"}}`. */
function errorOf(body: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const error = body?.error;
  return error !== null && typeof error === 'object' && !Array.isArray(error)
    ? (error as Record<string, unknown>)
    : undefined;
}
