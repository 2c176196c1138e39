// GitHub: token formats by prefix, the secret names that point at GitHub, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 1 (GitHub's token formats).

import { parseDate } from '../core/dates.js';
import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: examples are built by concatenation so that secret scanners do not flag this file; every
// value is made up and belongs to no account.
const BODY = 'rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY';

/** Body of every GitHub token after its prefix (TH github v2 regex, PROVIDERS.md section 1). */
const TAIL = '[A-Za-z0-9_]{36,255}';

/** GitHub (github.com and GHES): PATs classic and fine-grained, OAuth, App tokens, `GITHUB_TOKEN`. */
export const github: ProviderSpec = {
  id: 'github',
  name: 'GitHub',
  formats: [
    {
      type: 'classic-pat',
      pattern: new RegExp(`^ghp_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (ghp_)',
      examples: ['ghp_' + BODY],
      counterExamples: ['ghp_' + BODY.slice(0, 20), 'ghp-' + BODY, 'GHP_' + BODY, 'ghp_' + BODY + '!'],
    },
    {
      type: 'fine-grained-pat',
      pattern: new RegExp(`^github_pat_${TAIL}$`),
      // The resource owner may be an org, but the token still acts as the user who made it.
      principalKind: 'human',
      principalDetail: 'a user account token (github_pat_)',
      examples: ['github_pat_' + 'BM2CtvydcsFBDZpIzrPS3A_oTDggeqtYgHCYHfObCI079S77ze3dQRhTzgER9SlTy6N3mSZejocEBl81li'],
      counterExamples: ['github_pat_short', 'github-pat_' + BODY, 'github_pat ' + BODY],
    },
    {
      type: 'oauth',
      pattern: new RegExp(`^gho_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (gho_)',
      examples: ['gho_' + 'nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M'],
      counterExamples: ['gho_' + 'nbnAE9KXfFp', 'gho_' + 'nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M-'],
    },
    {
      type: 'user-to-server',
      pattern: new RegExp(`^ghu_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token, acting through a GitHub App (ghu_)',
      examples: ['ghu_' + 'kkvacDwdcbQHR1T0OtlgbRwFUVZDk2UiSXjB'],
      counterExamples: ['ghu_', 'ghu_' + 'kkvacDwdcbQHR1T0Otlgb/wFUVZDk2UiSXjB'],
    },
    {
      type: 'app-installation',
      pattern: new RegExp(`^ghs_${TAIL}$`),
      // `GITHUB_TOKEN` in Actions is one of these too: minted per job for the workflow's repository.
      principalKind: 'service',
      principalDetail: 'a GitHub App installation token (ghs_)',
      examples: ['ghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq'],
      counterExamples: ['ghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZq', 'xghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq'],
    },
    {
      type: 'refresh-token',
      pattern: new RegExp(`^ghr_${TAIL}$`),
      // SECURITY: a refresh token is not an API credential; PROVIDERS.md section 1 says never send it.
      neverSend: true,
      examples: ['ghr_' + 'IiQP9gSyz0B4FAGJMGCHBdgOlTotXN3AsE5CHwZqToEwbypikHJS724Y6HbpcpL2gl2orEVcPEWk'],
      counterExamples: ['ghr_' + 'IiQP9gSyz0', 'ghr_' + 'IiQP9gSyz0B4FAGJMGCHBdgO Tottxn3AsE5CHwZqToEwby'],
    },
  ],
  namePatterns: [namePart('GITHUB', 'GHE', 'GH_TOKEN', 'GH_PAT')],
  endpoints: [
    // Works for ghp_, github_pat_, gho_ and ghu_; an installation token gets 403 here.
    { method: 'GET', baseUrl: 'https://api.github.com', path: '/user' },
    // For ghs_ and GITHUB_TOKEN: needs no permission and names the repositories' owners. Called
    // with `?per_page=1` (the client matches the path without its query).
    { method: 'GET', baseUrl: 'https://api.github.com', path: '/installation/repositories' },
  ],
  identify: identifyGitHub,
};

type Response = Extract<HttpResult, { kind: 'response' }>;
type Facts = Identity['facts'];

/** The smoke check: `GET /user` for user tokens, `GET /installation/repositories` for ghs_. */
async function identifyGitHub(credential: Credential, context: SmokeContext): Promise<Identity> {
  const installation = credential.format.type === 'app-installation';
  const result = await context.http.request({
    method: 'GET',
    path: installation ? '/installation/repositories?per_page=1' : '/user',
    headers: {
      // SECURITY: the value goes only in this header, to the GitHub base URL the client is bound to.
      authorization: `Bearer ${credential.value.reveal()}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'keybound',
    },
  });
  const common = commonOutcome(result);
  if (common) return common;
  const response = result as Response;
  if (response.status !== 200) return refusal(response, credential);
  const body = jsonObject(response);
  if (!body) return unexpected(response, 'GitHub answered with something other than a JSON object');
  return installation ? installationIdentity(body, response, credential) : userIdentity(body, response, credential);
}

/** What a non-200 answer means. PROVIDERS.md section 1 documents 401 and the suspended 403 only. */
function refusal(response: Response, credential: Credential): Identity {
  if (response.status === 401) {
    return invalid('revoked', 'GitHub does not accept this token (revoked, expired or never valid)');
  }
  const message = providerText(jsonObject(response)?.message, credential);
  if (response.status === 403 && /\bsuspended\b/i.test(message)) {
    return invalid('user-inactive', 'GitHub says the account behind this token is suspended');
  }
  // Secondary rate limits come as 403 (or 429) with retry-after but a non-zero remaining count.
  if (
    (response.status === 403 || response.status === 429) &&
    (response.headers['retry-after'] !== undefined || /rate limit/i.test(message))
  ) {
    return unknown('rate-limited', `GitHub rate-limited the check (HTTP ${response.status})`);
  }
  if (response.status === 404) {
    // Undocumented for these endpoints: most likely a GHES base URL without `/api/v3`, not a bad key.
    return unknown(
      'unexpected-response',
      'GitHub answered HTTP 404 (for GitHub Enterprise Server the base URL ends in /api/v3)',
    );
  }
  const said = message ? `: ${message}` : '';
  return unknown(
    'unexpected-response',
    `GitHub refused the check without saying why the token is invalid (HTTP ${response.status})${said}`,
  );
}

/** `GET /user`: the account the token acts as, its scopes (classic and OAuth) and expiry. */
function userIdentity(body: Record<string, unknown>, response: Response, credential: Credential): Identity {
  const login = typeof body.login === 'string' ? providerText(body.login, credential) : '';
  if (!login || typeof body.id !== 'number')
    return unexpected(response, 'GitHub answered GET /user without a login and id');
  const type = typeof body.type === 'string' ? providerText(body.type, credential) : 'User';
  const principal: Record<string, string | number | boolean> = { login, id: body.id, type };
  if (typeof body.site_admin === 'boolean') principal.site_admin = body.site_admin;
  const facts: Facts = [
    { fact: 'principal', value: login, detail: 'GitHub GET /user login' },
    type === 'Bot'
      ? { fact: 'principalKind', value: 'service', detail: 'a GitHub App bot account (type Bot)' }
      : { fact: 'principalKind', value: 'human', detail: 'a GitHub user account (machine users look the same)' },
  ];
  const notes: string[] = [];
  const header = response.headers['x-oauth-scopes'];
  if (header !== undefined) {
    const scopes = header
      .split(',')
      .map((scope) => providerText(scope, credential))
      .filter((scope) => scope.length > 0);
    facts.push({ fact: 'scopes', value: scopes, detail: 'GitHub X-OAuth-Scopes header' });
  } else if (credential.format.type === 'fine-grained-pat') {
    // TH classifies a token by this header's absence; here it confirms the prefix.
    facts.push({
      fact: 'keyType',
      value: 'fine-grained-pat',
      detail: 'GitHub sent no X-OAuth-Scopes header (fine-grained token)',
    });
    notes.push('fine-grained token: GitHub does not list its permissions, so no scopes were recorded');
  } else if (credential.format.type === 'user-to-server') {
    notes.push("GitHub App user token: its permissions are the app's, so no scopes were recorded");
  }
  facts.push(...expiryFacts(response));
  return verified(principal, facts, notes.length > 0 ? notes.join('; ') : undefined);
}

/** `GET /installation/repositories`: an app installation; its repositories' owner names it. */
function installationIdentity(body: Record<string, unknown>, response: Response, credential: Credential): Identity {
  if (typeof body.total_count !== 'number' || !Array.isArray(body.repositories)) {
    return unexpected(response, 'GitHub answered GET /installation/repositories without total_count and repositories');
  }
  const principal: Record<string, string | number | boolean> = { installation: true, repositories: body.total_count };
  const first: unknown = body.repositories[0];
  const ownerObject =
    first !== null && typeof first === 'object' ? (first as Record<string, unknown>).owner : undefined;
  const rawOwner =
    ownerObject !== null && typeof ownerObject === 'object'
      ? (ownerObject as Record<string, unknown>).login
      : undefined;
  const owner = typeof rawOwner === 'string' ? providerText(rawOwner, credential) : '';
  if (owner) principal.owner = owner;
  if (typeof body.repository_selection === 'string') {
    principal.repository_selection = providerText(body.repository_selection, credential);
  }
  const facts: Facts = [
    { fact: 'principalKind', value: 'service', detail: 'a GitHub App installation (ghs_, GITHUB_TOKEN)' },
  ];
  if (owner) facts.push({ fact: 'principal', value: owner, detail: "owner of the installation's repositories" });
  facts.push(...expiryFacts(response));
  return verified(principal, facts);
}

/** `github-authentication-token-expiration`: `2026-09-01 12:00:00 UTC` or `... -0700`; absent = never. */
function expiryFacts(response: Response): Facts {
  const header = response.headers['github-authentication-token-expiration'];
  const date = header === undefined ? undefined : parseGitHubDate(header);
  return date ? [{ fact: 'expires', value: date.toISOString(), detail: 'GitHub token expiration header' }] : [];
}

/** Both documented forms of GitHub's expiration header, as a Date (undefined if neither). */
export function parseGitHubDate(text: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (UTC|[+-]\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  return parseDate(`${match[1]}T${match[2]}${match[3] === 'UTC' ? 'Z' : match[3]}`);
}
