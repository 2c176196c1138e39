// GitLab: token formats by prefix, the secret names that point at GitLab, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 2 (gitlabhq doc/security/tokens).

import { parseDate } from '../core/dates.js';
import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = '20OTK8Qk0aog8ZnXHmXi';
// The newer routable glpat- format: 27+ characters, then `.` 2 characters `.` 9 characters.
const ROUTABLE = 'Wr0B2Lg8Bi7IWWFq-xvnefwPV9-.01.hlikkj3zy';

/** Body after a GitLab prefix: legacy 20 characters up to the routable format (TH gitlab v3). */
const TAIL = '[A-Za-z0-9_=.-]{20,300}';

/** GitLab (gitlab.com and self-managed): personal, project and group access tokens and friends. */
export const gitlab: ProviderSpec = {
  id: 'gitlab',
  name: 'GitLab',
  formats: [
    {
      // glpat- covers personal, impersonation, project and group tokens; the last two are bot users,
      // so the prefix alone does not say human or service (smoke `GET /user` `bot` does).
      type: 'access-token',
      pattern: new RegExp(`^glpat-${TAIL}$`),
      examples: ['glpat-' + BODY, 'glpat-' + ROUTABLE],
      counterExamples: ['glpat-' + 'short', 'glpat_' + BODY, 'glpat-' + BODY + '\n'],
    },
    {
      type: 'deploy-token',
      pattern: new RegExp(`^gldt-${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'a deploy token, not tied to a user (gldt-)',
      examples: ['gldt-' + BODY],
      counterExamples: ['gldt-' + 'tooShort', 'gldt ' + BODY],
    },
    {
      type: 'ci-job-token',
      pattern: new RegExp(`^glcbt-${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'a CI job token, minted per job (glcbt-)',
      examples: ['glcbt-' + '64_' + BODY],
      counterExamples: ['glcbt-' + 'x'],
    },
    {
      // Runner, trigger and feed tokens and OAuth app secrets are not API identity credentials:
      // `GET /user` cannot tell us who they belong to, so they are never sent.
      type: 'runner-token',
      pattern: new RegExp(`^glrtr?-${TAIL}$`),
      neverSend: true,
      examples: ['glrt-' + BODY, 'glrtr-' + BODY],
      counterExamples: ['glrt-' + 'abc', 'glrtx-' + BODY],
    },
    {
      type: 'pipeline-trigger-token',
      pattern: new RegExp(`^glptt-${TAIL}$`),
      neverSend: true,
      examples: ['glptt-' + BODY],
      counterExamples: ['glptt-' + '0123'],
    },
    {
      type: 'feed-token',
      pattern: new RegExp(`^glft-${TAIL}$`),
      neverSend: true,
      examples: ['glft-' + BODY],
      counterExamples: ['glft-' + BODY + ' '],
    },
    {
      type: 'oauth-app-secret',
      pattern: new RegExp(`^gloas-${TAIL}$`),
      neverSend: true,
      examples: ['gloas-' + ROUTABLE.replace(/\./g, '')],
      counterExamples: ['gloas-' + 'tiny'],
    },
  ],
  namePatterns: [namePart('GITLAB', 'GL_TOKEN', 'GL_PAT', 'CI_JOB_TOKEN')],
  endpoints: [
    // GitLab 15.5+: the token's own scopes, dates and user_id.
    { method: 'GET', baseUrl: 'https://gitlab.com', path: '/api/v4/personal_access_tokens/self' },
    // The user behind it: `bot`, `state`, `username`.
    { method: 'GET', baseUrl: 'https://gitlab.com', path: '/api/v4/user' },
  ],
  identify: identifyGitLab,
};

type Response = Extract<HttpResult, { kind: 'response' }>;
type Facts = Identity['facts'];
type Principal = Record<string, string | number | boolean>;

/** `GET /user` states in which the account cannot act (gitlabhq user state machine). */
const INACTIVE_STATES = new Set(['blocked', 'ldap_blocked', 'blocked_pending_approval', 'deactivated', 'banned']);

/** The smoke check: the token's own record, then the user behind it. */
async function identifyGitLab(credential: Credential, context: SmokeContext): Promise<Identity> {
  if (credential.format.type !== 'access-token') {
    // Deploy and CI job tokens cannot call GET /user or /personal_access_tokens/self.
    return {
      status: 'skipped',
      reason: 'unsupported',
      message: `GitLab has no identity endpoint for a ${credential.format.type}; it was not sent`,
      facts: [],
    };
  }
  const get = (path: string): Promise<HttpResult> =>
    context.http.request({
      method: 'GET',
      path,
      // SECURITY: the value goes only in this header, to the GitLab base URL the client is bound to.
      headers: { 'private-token': credential.value.reveal(), accept: 'application/json', 'user-agent': 'keybound' },
    });

  const principal: Principal = {};
  const facts: Facts = [];
  let narrowScope = false;

  const self = await get('/api/v4/personal_access_tokens/self');
  const selfOutcome = commonOutcome(self);
  if (selfOutcome) return selfOutcome;
  const token = self as Response;
  if (token.status === 200) {
    const body = jsonObject(token);
    if (!body) return unexpected(token, 'GitLab answered with something other than a JSON object');
    const state = tokenState(body, context.now);
    if (state) return state;
    Object.assign(principal, tokenPrincipal(body, credential));
    facts.push(...tokenFacts(body, credential));
  } else if (token.status === 403 && errorCode(token) === 'insufficient_scope') {
    narrowScope = true;
  } else if (token.status !== 404) {
    // 404: GitLab before 15.5 has no /personal_access_tokens/self; GET /user still answers.
    return refusal(token, credential);
  }

  const user = await get('/api/v4/user');
  const userOutcome = commonOutcome(user);
  if (userOutcome) return userOutcome;
  const account = user as Response;
  if (account.status === 403 && errorCode(account) === 'insufficient_scope') {
    // The token is live, but its scopes (read_repository, registry...) do not let it say who it is.
    return {
      ...unknown(
        'insufficient-scope',
        'GitLab accepted the token, but its scopes do not allow GET /api/v4/user, so its user is unknown (read_user would)',
      ),
      ...(Object.keys(principal).length > 0 ? { principal } : {}),
      facts,
    };
  }
  if (account.status !== 200) return refusal(account, credential);
  const body = jsonObject(account);
  if (!body) return unexpected(account, 'GitLab answered with something other than a JSON object');
  const username = typeof body.username === 'string' ? providerText(body.username, credential) : '';
  if (!username || typeof body.id !== 'number')
    return unexpected(account, 'GitLab answered GET /user without a username and id');
  const state = typeof body.state === 'string' ? providerText(body.state, credential) : undefined;
  if (state && INACTIVE_STATES.has(state)) {
    return invalid('user-inactive', `the GitLab user behind this token is ${state.replace(/_/g, ' ')}`);
  }
  Object.assign(principal, { username, id: body.id });
  if (state) principal.state = state;
  const bot = body.bot === true;
  if (typeof body.bot === 'boolean') principal.bot = body.bot;
  facts.unshift(
    { fact: 'principal', value: username, detail: 'GitLab GET /user username' },
    bot
      ? {
          fact: 'principalKind',
          value: 'service',
          detail: 'a GitLab bot user (project or group access token, service account)',
        }
      : { fact: 'principalKind', value: 'human', detail: 'a GitLab user account (machine users look the same)' },
  );
  const note = narrowScope ? 'the token may not read its own record, so its scopes and dates are unknown' : undefined;
  return verified(principal, facts, note);
}

/** A token record that says the token no longer works (GitLab usually answers 401 before this). */
function tokenState(body: Record<string, unknown>, now: Date): Identity | undefined {
  if (body.revoked === true) return invalid('revoked', 'GitLab says this token was revoked');
  if (body.active !== false) return undefined;
  const expires = typeof body.expires_at === 'string' ? parseDate(body.expires_at) : undefined;
  if (expires && expires.getTime() <= now.getTime()) return invalid('expired', 'GitLab says this token has expired');
  return invalid('revoked', 'GitLab says this token is no longer active');
}

function tokenPrincipal(body: Record<string, unknown>, credential: Credential): Principal {
  const principal: Principal = {};
  if (typeof body.user_id === 'number') principal.user_id = body.user_id;
  if (typeof body.name === 'string') principal.token_name = providerText(body.name, credential);
  return principal;
}

/** Scopes and dates from the token's own record. */
function tokenFacts(body: Record<string, unknown>, credential: Credential): Facts {
  const facts: Facts = [];
  if (Array.isArray(body.scopes)) {
    const scopes = body.scopes
      .filter((scope): scope is string => typeof scope === 'string')
      .map((scope) => providerText(scope, credential))
      .filter((scope) => scope.length > 0);
    facts.push({ fact: 'scopes', value: scopes, detail: 'GitLab token scopes' });
  }
  const created = typeof body.created_at === 'string' ? parseDate(body.created_at) : undefined;
  if (created) facts.push({ fact: 'created', value: created.toISOString(), detail: 'GitLab token created_at' });
  // expires_at is a date (YYYY-MM-DD); null means the token does not expire.
  const expires = typeof body.expires_at === 'string' ? parseDate(body.expires_at) : undefined;
  if (expires)
    facts.push({ fact: 'expires', value: expires.toISOString().slice(0, 10), detail: 'GitLab token expires_at' });
  return facts;
}

/** The OAuth-style `error` code of an error body, if any. */
function errorCode(response: Response): string | undefined {
  const error = jsonObject(response)?.error;
  return typeof error === 'string' ? error : undefined;
}

/** What a refusal means (PROVIDERS.md section 2): match the error code first, then the wording. */
function refusal(response: Response, credential: Credential): Identity {
  const body = jsonObject(response);
  const description = providerText(body?.error_description, credential);
  const message = providerText(body?.message, credential);
  if (response.status === 401) {
    if (errorCode(response) === 'invalid_token') {
      if (/expired/i.test(description)) return invalid('expired', 'GitLab says this token has expired');
      return invalid('revoked', 'GitLab does not accept this token (it was revoked)');
    }
    return invalid('unknown-key', 'GitLab does not accept this token (unknown, deleted or never valid)');
  }
  if (response.status === 403) {
    const inactive = /\b(blocked|deactivated|banned)\b/i.exec(message);
    if (inactive)
      return invalid('user-inactive', `GitLab says the account behind this token is ${inactive[1].toLowerCase()}`);
    if (errorCode(response) === 'insufficient_scope') {
      return unknown('insufficient-scope', 'GitLab accepted the token, but its scopes do not allow this check');
    }
  }
  if (response.status === 429) return unknown('rate-limited', 'GitLab rate-limited the check (HTTP 429)');
  const said = message || description;
  return unexpected(response, `GitLab refused the check without saying why${said ? `: ${said}` : ''}`);
}
