// SendGrid (Twilio SendGrid): the `SG.` API key, the secret names that point at SendGrid, and the
// calls a smoke check makes. Facts from PROVIDERS.md section 10.

import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID = 'tk5APAg81ZTf-YY2aTbqeP';
const SECRET = 'HlPFGqSOjDIzZ6VIsWSKosBQ8or9tLwQax5m1tEJ3lw';

/** SendGrid API keys: `SG.` + 22 + `.` + 43 (TH allows 20–24 and 39–50). No test/live distinction. */
export const sendgrid: ProviderSpec = {
  id: 'sendgrid',
  name: 'SendGrid',
  formats: [
    {
      type: 'api-key',
      pattern: /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/,
      examples: ['SG.' + ID + '.' + SECRET],
      counterExamples: ['SG.' + ID + SECRET, 'sg.' + ID + '.' + SECRET, 'SG.' + ID + '.' + SECRET.slice(0, 30)],
    },
  ],
  namePatterns: [namePart('SENDGRID', 'SEND_GRID')],
  endpoints: [
    // Every scope of the calling key; needs none.
    { method: 'GET', baseUrl: 'https://api.sendgrid.com', path: '/v3/scopes' },
    // The account behind it; 403 without a user.* read scope.
    { method: 'GET', baseUrl: 'https://api.sendgrid.com', path: '/v3/user/username' },
  ],
  identify: identifySendGrid,
};

type Response = Extract<HttpResult, { kind: 'response' }>;
type Facts = Identity['facts'];

/**
 * `GET /v3/scopes` proves the key and lists its scopes (it needs none); `GET /v3/user/username` names
 * the account (`principal` fact: the username). A key without a `user.*` read scope gets 403 there: it
 * is accepted with its scopes only. A failure of the second call that says nothing about the key
 * (timeout, 5xx, rate limit) leaves the result inconclusive, since the principal is then unknown.
 * SendGrid keys are API keys of an account, never a person's login, so they are service principals.
 */
async function identifySendGrid(credential: Credential, context: SmokeContext): Promise<Identity> {
  const headers = {
    // SECURITY: the key goes only in this header, to the SendGrid base URL the client is bound to.
    authorization: `Bearer ${credential.value.reveal()}`,
    'user-agent': 'keybound',
  };
  const first = await context.http.request({ method: 'GET', path: '/v3/scopes', headers });
  const common = commonOutcome(first);
  if (common) return common;
  const scopesResponse = first as Response;
  const refused = refusal(scopesResponse);
  if (refused) return refused;
  if (scopesResponse.status !== 200) {
    return unexpected(scopesResponse, 'SendGrid answered GET /v3/scopes with a status it does not document');
  }
  const list = jsonObject(scopesResponse)?.scopes;
  if (!Array.isArray(list) || !list.every((scope) => typeof scope === 'string')) {
    return unexpected(scopesResponse, 'SendGrid answered GET /v3/scopes without a list of scopes');
  }
  const scopes = list.map((scope: string) => providerText(scope, credential)).filter((scope) => scope.length > 0);
  const facts: Facts = [
    { fact: 'scopes', value: scopes, detail: 'SendGrid GET /v3/scopes' },
    { fact: 'principalKind', value: 'service', detail: 'a SendGrid API key (account-level, not a login)' },
  ];

  const second = await context.http.request({ method: 'GET', path: '/v3/user/username', headers });
  const failed = commonOutcome(second);
  if (failed) return failed;
  const userResponse = second as Response;
  if (userResponse.status === 403) {
    return verified(
      {},
      facts,
      'the key may not read the username (no user.* read scope); who it belongs to is unknown',
    );
  }
  const revoked = refusal(userResponse);
  if (revoked) return revoked;
  const body = userResponse.status === 200 ? jsonObject(userResponse) : undefined;
  const username = providerText(str(body, 'username'), credential);
  if (!username) return unexpected(userResponse, 'SendGrid answered GET /v3/user/username without a username');
  const principal: Record<string, string | number | boolean> = { username };
  if (typeof body?.user_id === 'number' || typeof body?.user_id === 'string') {
    principal.user_id = typeof body.user_id === 'number' ? body.user_id : providerText(body.user_id, credential);
  }
  facts.unshift({ fact: 'principal', value: username, detail: 'SendGrid GET /v3/user/username username' });
  return verified(principal, facts);
}

/** 401 with SendGrid's JSON errors: the key is invalid, expired or revoked (SendGrid does not say which). */
function refusal(response: Response): Identity | undefined {
  if (response.status !== 401) return undefined;
  if (!jsonObject(response)) return unexpected(response, 'SendGrid answered 401 without its JSON errors');
  return invalid('revoked', 'SendGrid does not accept this key (invalid, expired or revoked)');
}
