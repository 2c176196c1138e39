// GitLab: token formats by prefix, the secret names that point at GitLab, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 2 (gitlabhq doc/security/tokens).

import { parseDate } from '../core/dates.js';
import { accept, defineProvider, fact, get, header, next, on } from './adapter.js';
import type { Answer, Reading, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = '20OTK8Qk0aog8ZnXHmXi';
// The newer routable glpat- format: 27+ characters, then `.` 2 characters `.` 9 characters.
const ROUTABLE = 'Wr0B2Lg8Bi7IWWFq-xvnefwPV9-.01.hlikkj3zy';

/** Body after a GitLab prefix: legacy 20 characters up to the routable format (TH gitlab v3). */
const TAIL = '[A-Za-z0-9_=.-]{20,300}';

const BASE = 'https://gitlab.com';

/** `GET /user` states in which the account cannot act (gitlabhq user state machine). */
const INACTIVE_STATES = new Set(['blocked', 'ldap_blocked', 'blocked_pending_approval', 'deactivated', 'banned']);

const NARROW = { body: { error: 'insufficient_scope' } };

/** What a refusal means (PROVIDERS.md section 2): the OAuth-style error code first, then the wording. */
const REFUSALS: Row[] = [
  on(401, invalid('expired', 'GitLab says this token has expired'), {
    body: { error: 'invalid_token', error_description: /expired/i },
  }),
  on(401, invalid('revoked', 'GitLab does not accept this token (it was revoked)'), {
    body: { error: 'invalid_token' },
  }),
  on(401, invalid('unknown-key', 'GitLab does not accept this token (unknown, deleted or never valid)'), {
    anyBody: true,
  }),
  on(
    403,
    (a) => {
      const state = /\b(blocked|deactivated|banned)\b/i.exec(a.text('message'))?.[1].toLowerCase() ?? 'blocked';
      return invalid('user-inactive', `GitLab says the account behind this token is ${state}`);
    },
    { body: { message: /\b(blocked|deactivated|banned)\b/i } },
  ),
  on(403, unknown('insufficient-scope', 'GitLab accepted the token, but its scopes do not allow this check'), NARROW),
  on(undefined, unknown('unexpected-response', 'GitLab refused the check without saying why (HTTP {status}){said}'), {
    anyBody: true,
  }),
];

/** GitLab (gitlab.com and self-managed): personal, project and group access tokens and friends. */
export const gitlab = defineProvider({
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
  guide: {
    principal: 'the username of `GET /api/v4/user` (project and group tokens: their bot user)',
    verified: "GitLab names the user, with the token's scopes and dates",
    invalid:
      '401 invalid_token (revoked or expired), another 401 (unknown key), 403 blocked/deactivated/banned or an inactive user state (user-inactive)',
    unknown: '403 insufficient_scope (the token may not say who it is), or no answer',
  },
  errorText: ['message', 'error_description'],
  start: (credential) =>
    credential.format.type === 'access-token'
      ? {}
      : // Deploy and CI job tokens cannot call GET /user or /personal_access_tokens/self.
        skipped('unsupported', `GitLab has no identity endpoint for a ${credential.format.type}; it was not sent`),
  calls: {
    // GitLab 15.5+: the token's own scopes, dates and user_id.
    self: get(BASE, '/api/v4/personal_access_tokens/self', {
      auth: header('private-token'),
      answers: [
        on(200, accept(token)),
        on(
          403,
          accept(() => ({
            note: 'the token may not read its own record, so its scopes and dates are unknown',
            next: 'user',
          })),
          NARROW,
        ),
        // GitLab before 15.5 has no /personal_access_tokens/self; GET /user still answers.
        on(404, next('user'), { anyBody: true }),
        ...REFUSALS,
      ],
    }),
    // The user behind it: `bot`, `state`, `username`.
    user: get(BASE, '/api/v4/user', {
      auth: header('private-token'),
      answers: [
        on(200, accept(user)),
        // The token is live, but its scopes (read_repository, registry...) do not let it say who it is.
        on(
          403,
          (a) => ({
            ...unknown(
              'insufficient-scope',
              'GitLab accepted the token, but its scopes do not allow GET /api/v4/user, so its user is unknown (read_user would)',
            ),
            ...(Object.keys(a.sofar.principal).length > 0 ? { principal: { ...a.sofar.principal } } : {}),
            facts: [...a.sofar.facts],
          }),
          NARROW,
        ),
        ...REFUSALS,
      ],
    }),
  },
});

/** The token's own record: dead if it says so (GitLab usually answers 401 first), else its facts. */
function token(a: Answer): Reading {
  if (a.get('revoked') === true) return invalid('revoked', 'GitLab says this token was revoked');
  const expires = parseDate(a.text('expires_at'));
  if (a.get('active') === false) {
    if (expires && expires.getTime() <= a.context.now.getTime()) {
      return invalid('expired', 'GitLab says this token has expired');
    }
    return invalid('revoked', 'GitLab says this token is no longer active');
  }
  const { user_id: userId, name } = a.fields(['user_id', 'name']);
  const principal = {
    ...(typeof userId === 'number' ? { user_id: userId } : {}),
    ...(name ? { token_name: name } : {}),
  };
  const facts: Identity['facts'] = [];
  const scopes = a.get('scopes');
  if (Array.isArray(scopes)) {
    facts.push(fact('scopes', scopes.map((scope) => a.clean(scope)).filter(Boolean), 'GitLab token scopes'));
  }
  const created = parseDate(a.text('created_at'));
  if (created) facts.push(fact('created', created.toISOString(), 'GitLab token created_at'));
  // expires_at is a date (YYYY-MM-DD); null means the token does not expire.
  if (expires) facts.push(fact('expires', expires.toISOString().slice(0, 10), 'GitLab token expires_at'));
  return { principal, facts, next: 'user' };
}

function user(a: Answer): Reading {
  const username = a.text('username');
  const id = a.get('id');
  if (!username || typeof id !== 'number') return unexpected(a, 'GitLab answered GET /user without a username and id');
  const state = typeof a.get('state') === 'string' ? a.text('state') : undefined;
  if (state && INACTIVE_STATES.has(state)) {
    return invalid('user-inactive', `the GitLab user behind this token is ${state.replace(/_/g, ' ')}`);
  }
  const bot = a.get('bot');
  return {
    principal: { username, id, ...(state ? { state } : {}), ...(typeof bot === 'boolean' ? { bot } : {}) },
    facts: [
      fact('principal', username, 'GitLab GET /user username'),
      bot === true
        ? fact('principalKind', 'service', 'a GitLab bot user (project or group access token, service account)')
        : fact('principalKind', 'human', 'a GitLab user account (machine users look the same)'),
    ],
  };
}
