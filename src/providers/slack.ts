// Slack: token formats by prefix (bot, user, app-level, configuration, refresh, legacy workspace app),
// the secret names that point at Slack, and auth.test. Facts from PROVIDERS.md section 7.

import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const TEAM = '2718281828';
const USER = '3141592653';

/** Body after the numeric ids: letters, digits and `-`, bounded so matching stays linear. */
const REST = '[A-Za-z0-9-]{16,255}';

/** Slack: bot, user, app-level and configuration tokens. */
export const slack: ProviderSpec = {
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
  endpoints: [
    {
      method: 'POST',
      baseUrl: 'https://slack.com',
      path: '/api/auth.test',
      note: 'auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)',
    },
  ],
  identify: identifySlack,
};

type Response = Extract<HttpResult, { kind: 'response' }>;
type Facts = Identity['facts'];

/**
 * `auth.test` errors (HTTP 200, `ok: false`) that decide the key, by Slack's error code. Codes, never
 * message text, are matched (PROVIDERS.md). Anything else is inconclusive and named by its code.
 */
const REFUSALS: Readonly<Record<string, () => Identity>> = {
  invalid_auth: () => invalid('revoked', 'Slack does not accept this token (invalid_auth: revoked or never valid)'),
  not_authed: () => invalid('revoked', 'Slack says no token was given (not_authed)'),
  token_revoked: () =>
    invalid(
      'revoked',
      'Slack says this token was revoked (token_revoked: the user or workspace was deleted, or the app removed)',
    ),
  // The failure keybound exists for: "Invalid User Associated With This Key".
  account_inactive: () =>
    invalid(
      'user-inactive',
      'the user associated with this key is deactivated (Slack account_inactive: the user or workspace behind the token was deleted or deactivated)',
    ),
  token_expired: () => invalid('expired', 'Slack says this token has expired (token_expired: token rotation)'),
  ratelimited: () => unknown('rate-limited', 'Slack rate-limited the check (ratelimited)'),
  // auth.test needs no scope (PROVIDERS.md), so this is undocumented: the key may be fine, but who it
  // belongs to is not known.
  missing_scope: () =>
    unknown(
      'insufficient-scope',
      'Slack answered missing_scope to auth.test, which needs no scope; who the key belongs to is unknown',
    ),
};

/**
 * `POST /api/auth.test`: who the token acts as. Slack answers HTTP 200 for errors too, so `ok` and
 * `error` decide. The `principal` fact is `TEAM_ID/USER_ID` (`T0123/U0456`), so owners may declare one
 * user of one workspace (`T0123/U0456`) or any user of a workspace (`T0123/*`); the `account` fact is the
 * team id. For a bot token the user is the bot user.
 */
async function identifySlack(credential: Credential, context: SmokeContext): Promise<Identity> {
  const result = await context.http.request({
    method: 'POST',
    path: '/api/auth.test',
    headers: {
      // SECURITY: the token goes only in this header, to the Slack base URL the client is bound to.
      authorization: `Bearer ${credential.value.reveal()}`,
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'keybound',
    },
    body: '',
  });
  const common = commonOutcome(result);
  if (common) return common;
  const response = result as Response;
  if (response.status !== 200) return unexpected(response, 'Slack answered auth.test with a status other than 200');
  const body = jsonObject(response);
  if (!body || typeof body.ok !== 'boolean') {
    return unexpected(response, 'Slack answered auth.test with something other than its JSON result');
  }
  if (!body.ok) return refusal(body, response, credential);
  return identity(body, response, credential, context.now);
}

function refusal(body: Record<string, unknown>, response: Response, credential: Credential): Identity {
  const raw = str(body, 'error');
  const code = raw !== undefined && /^[a-z0-9_]{1,64}$/.test(raw) ? raw : undefined;
  const decided = code !== undefined && Object.hasOwn(REFUSALS, code) ? REFUSALS[code] : undefined;
  if (decided) return decided();
  const said = raw === undefined ? 'no error code' : `error ${providerText(code ?? raw, credential) || 'unreadable'}`;
  return unexpected(response, `Slack refused auth.test with an error keybound does not know (${said})`);
}

function identity(body: Record<string, unknown>, response: Response, credential: Credential, now: Date): Identity {
  const text = (field: string): string | undefined => {
    const value = str(body, field);
    return value === undefined ? undefined : providerText(value, credential) || undefined;
  };
  const teamId = text('team_id');
  const userId = text('user_id');
  if (!teamId || !userId) return unexpected(response, 'Slack answered auth.test ok without a team_id and user_id');
  const principal: Record<string, string | number | boolean> = { team_id: teamId, user_id: userId };
  for (const field of ['user', 'team', 'url', 'bot_id', 'app_id', 'enterprise_id']) {
    const value = text(field);
    if (value !== undefined) principal[field] = value;
  }
  const botId = principal.bot_id;
  const facts: Facts = [
    { fact: 'principal', value: `${teamId}/${userId}`, detail: 'Slack auth.test team_id/user_id' },
    { fact: 'account', value: teamId, detail: 'Slack auth.test team_id (workspace)' },
    botId !== undefined
      ? { fact: 'principalKind', value: 'service', detail: 'a Slack bot user (auth.test bot_id)' }
      : credential.format.principalKind === 'service'
        ? {
            fact: 'principalKind',
            value: 'service',
            detail: `${credential.format.principalDetail ?? 'an app token'}, accepted by Slack`,
          }
        : { fact: 'principalKind', value: 'human', detail: 'a Slack user (auth.test gave no bot_id)' },
  ];
  const header = response.headers['x-oauth-scopes'];
  if (header !== undefined) {
    const scopes = header
      .split(',')
      .map((scope) => providerText(scope, credential))
      .filter((scope) => scope.length > 0);
    facts.push({ fact: 'scopes', value: scopes, detail: 'Slack x-oauth-scopes header' });
  }
  // Rotating tokens say how long they live (seconds).
  if (typeof body.expires_in === 'number' && Number.isFinite(body.expires_in) && body.expires_in > 0) {
    const expires = new Date(now.getTime() + Math.floor(body.expires_in) * 1000);
    if (!Number.isNaN(expires.getTime())) {
      facts.push({
        fact: 'expires',
        value: expires.toISOString(),
        detail: 'Slack auth.test expires_in (token rotation)',
      });
    }
  }
  return verified(principal, facts);
}
