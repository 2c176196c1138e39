// Slack: token formats by prefix (bot, user, app-level, configuration, refresh, legacy workspace app),
// the secret names that point at Slack, and auth.test. Facts from PROVIDERS.md section 7.

import { accept, bearer, defineProvider, fact, on, post } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const TEAM = '2718281828';
const USER = '3141592653';

/** Body after the numeric ids: letters, digits and `-`, bounded so matching stays linear. */
const REST = '[A-Za-z0-9-]{16,255}';

/**
 * auth.test errors (HTTP 200, `ok: false`) by Slack's error code: codes, never message text, are matched
 * (PROVIDERS.md). Where one code has two causes, the status is the one that does not mislead a gate and
 * the message names both. Any other code is inconclusive and named.
 */
const REFUSALS: Record<string, Identity> = {
  invalid_auth: invalid(
    'revoked',
    "Slack does not accept this token (invalid_auth): it is revoked or was never valid, or the workspace accepts requests only from allow-listed IP addresses and this runner's is not one",
  ),
  // No token reached Slack: the request, not the token, is at fault.
  not_authed: unknown('unexpected-response', 'Slack says no token reached it (not_authed)'),
  token_revoked: invalid(
    'revoked',
    'Slack says this token is revoked (token_revoked): revoked, the app removed, or the user or workspace behind it deleted or deactivated',
  ),
  // The failure keybound exists for: "Invalid User Associated With This Key".
  account_inactive: invalid(
    'user-inactive',
    'the user associated with this key is deactivated (Slack account_inactive: the user or workspace behind the token was deleted or deactivated)',
  ),
  token_expired: invalid('expired', 'Slack says this token has expired (token_expired: token rotation)'),
  ratelimited: unknown('rate-limited', 'Slack rate-limited the check (ratelimited)'),
  // auth.test needs no scope, so this is undocumented: the key may be fine, but whose it is is unknown.
  missing_scope: unknown(
    'insufficient-scope',
    'Slack answered missing_scope to auth.test, which needs no scope; who the key belongs to is unknown',
  ),
};

/** Slack: bot, user, app-level and configuration tokens. */
export const slack = defineProvider({
  id: 'slack',
  name: 'Slack',
  formats: [
    {
      type: 'bot',
      pattern: new RegExp(`^xoxb-[0-9]{8,16}-${REST}$`),
      principalKind: 'service',
      principalDetail: 'a bot token (xoxb-)',
      examples: ['xoxb-' + TEAM + '-' + USER + '-kjkz2w51QfGsiRoZeaHVzYwY'],
      counterExamples: [
        'xoxb-' + TEAM,
        'xoxb-team-' + USER + '-kjkz2w51QfGsiRoZeaHVzYwY',
        'xoxb_' + TEAM + '-' + USER + '-kjkz2w51QfGsiRoZ',
      ],
    },
    {
      type: 'user',
      pattern: new RegExp(`^xoxp-[0-9]{8,16}-${REST}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (xoxp-)',
      examples: ['xoxp-' + TEAM + '-' + USER + '-1618033988-b36e992c843ea22c76edc6c5003d133a'],
      counterExamples: ['xoxp-' + TEAM + '-short', 'xoxp-' + TEAM + '-' + USER + '-1618033988 b36e992c843e'],
    },
    {
      // App-level tokens belong to the app itself, not to a user (Socket Mode, apps.connections.open).
      type: 'app',
      pattern: new RegExp(`^xapp-[0-9]-${REST}$`),
      principalKind: 'service',
      principalDetail: 'an app-level token (xapp-)',
      examples: ['xapp-1-A0123456789-' + USER + '-f957135b01cc80a8a3e27daebda533c5'],
      counterExamples: ['xapp-A0123456789-' + USER, 'xapp-1-short'],
    },
    {
      // Configuration tokens manage apps for the user who made them.
      type: 'configuration',
      pattern: new RegExp(`^xoxe\\.xoxp-[0-9]-${REST}$`),
      principalKind: 'human',
      principalDetail: 'a user configuration token (xoxe.xoxp-)',
      examples: ['xoxe.xoxp-' + '1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw'],
      counterExamples: ['xoxe-xoxp-' + '1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw', 'xoxe.xoxp-' + '1-x'],
    },
    {
      // SECURITY: a refresh token under token rotation; redeeming or sending it has effects.
      type: 'refresh-token',
      pattern: new RegExp(`^xoxe-[0-9]-${REST}$`),
      neverSend: true,
      examples: ['xoxe-' + '1-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4'],
      counterExamples: ['xoxe-' + 'x-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4'],
    },
    {
      // Legacy workspace-app tokens (xoxa- access, xoxr- refresh), still seen in old secrets.
      type: 'workspace-app',
      pattern: new RegExp(`^xoxa-[0-9]-${REST}$`),
      examples: ['xoxa-' + '2-' + TEAM + '-' + USER + '-3975fc2bb2591602389e3cfa2e0d23a9'],
      counterExamples: ['xoxa-' + TEAM],
    },
    {
      type: 'workspace-refresh-token',
      pattern: new RegExp(`^xoxr-${REST}$`),
      neverSend: true,
      examples: ['xoxr-' + TEAM + '-' + USER + '-3975fc2bb2591602389e3cfa2e0d23a9'],
      counterExamples: ['xoxr-' + 'tiny'],
    },
  ],
  namePatterns: [namePart('SLACK')],
  guide: {
    principal:
      '`TEAM_ID/USER_ID` from auth.test (`T0123/U0456`; `T0123/*` for any user of a workspace); the bot user for bot tokens',
    verified: 'auth.test answers ok with the team and user',
    invalid:
      'invalid_auth (revoked, never valid, or an IP allowlist that excludes the runner), token_revoked (also a deactivated user), account_inactive (user-inactive), token_expired',
    unknown: 'not_authed, ratelimited, another error code, or no answer',
  },
  calls: {
    // Read-only and needs no scope: it tells the caller who it is. HTTP 200 for errors too: `ok` decides.
    authTest: post('https://slack.com', '/api/auth.test', {
      note: 'auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)',
      auth: bearer(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      answers: [
        on(200, accept(identity), { body: { ok: true } }),
        ...Object.entries(REFUSALS).map(([error, result]) => on(200, result, { body: { ok: false, error } })),
        on(
          200,
          (a) => {
            const raw = a.get('error');
            const code = typeof raw === 'string' && /^[a-z0-9_]{1,64}$/.test(raw) ? raw : undefined;
            const said = raw === undefined ? 'no error code' : `error ${a.clean(code ?? raw) || 'unreadable'}`;
            return unexpected(a, `Slack refused auth.test with an error keybound does not know (${said})`);
          },
          { body: { ok: false } },
        ),
      ],
    }),
  },
});

/**
 * Who the token acts as. The `principal` fact is `TEAM_ID/USER_ID`, so owners may declare one user of
 * one workspace or any user of a workspace (`T0123/*`); the `account` fact is the team id.
 */
function identity(a: Answer): Reading {
  const teamId = a.text('team_id');
  const userId = a.text('user_id');
  if (!teamId || !userId) return unexpected(a, 'Slack answered auth.test ok without a team_id and user_id');
  const principal: Record<string, string | number | boolean> = {
    team_id: teamId,
    user_id: userId,
    ...a.fields(['user', 'team', 'url', 'bot_id', 'app_id', 'enterprise_id']),
  };
  const format = a.credential.format;
  const facts = [
    fact('principal', `${teamId}/${userId}`, 'Slack auth.test team_id/user_id'),
    fact('account', teamId, 'Slack auth.test team_id (workspace)'),
    principal.bot_id !== undefined
      ? fact('principalKind', 'service', 'a Slack bot user (auth.test bot_id)')
      : format.principalKind === 'service'
        ? fact('principalKind', 'service', `${format.principalDetail ?? 'an app token'}, accepted by Slack`)
        : fact('principalKind', 'human', 'a Slack user (auth.test gave no bot_id)'),
  ];
  if (a.headers['x-oauth-scopes'] !== undefined) {
    facts.push(fact('scopes', a.list('x-oauth-scopes'), 'Slack x-oauth-scopes header'));
  }
  // Rotating tokens live 12 hours and are renewed by rotation: their expiry is no rotation date (it
  // would read "expires in 0 days" on every run), so none is recorded.
  const rotating = typeof a.get('expires_in') === 'number';
  return {
    principal,
    facts,
    ...(rotating ? { note: 'a rotating token (expires_in): Slack renews it, so no expiry is recorded' } : {}),
  };
}
