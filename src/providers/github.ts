// GitHub: token formats by prefix, the secret names that point at GitHub, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 1 (GitHub's token formats).

import { parseDate } from '../core/dates.js';
import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Call, Reading, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: examples are built by concatenation so that secret scanners do not flag this file; every
// value is made up and belongs to no account.
const BODY = 'rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY';

/** Body of every GitHub token after its prefix (TH github v2 regex, PROVIDERS.md section 1). */
const TAIL = '[A-Za-z0-9_]{36,255}';

const BASE = 'https://api.github.com';
const HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

/** What a non-200 answer means. PROVIDERS.md section 1 documents 401 and the suspended 403. */
const REFUSALS: Row[] = [
  on(401, invalid('revoked', 'GitHub does not accept this token (revoked, expired or never valid)'), { anyBody: true }),
  on(403, invalid('user-inactive', 'GitHub says the account behind this token is suspended'), {
    body: { message: /\bsuspended\b/i },
  }),
  // Secondary rate limits: a 403 whose message says so (with headers, the client already retried it).
  on(403, unknown('rate-limited', 'GitHub rate-limited the check (HTTP {status})'), {
    body: { message: /rate limit/i },
  }),
  // A valid token that may not call this endpoint (an installation token on /user).
  on(403, unknown('insufficient-scope', 'GitHub accepted the token, but it may not read who it belongs to{said}'), {
    body: { message: /^Resource not accessible by/ },
  }),
  // Undocumented for these endpoints: most likely a GHES base URL without `/api/v3`, not a bad key.
  on(
    404,
    unknown(
      'unexpected-response',
      'GitHub answered HTTP 404 (for GitHub Enterprise Server the base URL ends in /api/v3)',
    ),
    {
      anyBody: true,
    },
  ),
  on(
    undefined,
    unknown(
      'unexpected-response',
      'GitHub refused the check without saying why the token is invalid (HTTP {status}){said}',
    ),
    {
      anyBody: true,
      when: (a) => a.status !== 200,
    },
  ),
];

const call = (path: string, read: (a: Answer) => Reading, query?: string): Call =>
  get(BASE, path, {
    ...(query ? { query } : {}),
    auth: bearer(),
    headers: HEADERS,
    answers: [on(200, accept(read)), ...REFUSALS],
  });

/** GitHub (github.com and GHES): PATs classic and fine-grained, OAuth, App tokens, `GITHUB_TOKEN`. */
export const github = defineProvider({
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
  // GitHub refuses secret names that start with GITHUB_, so repositories spell it GIT_HUB_ or GH_.
  namePatterns: [namePart('GITHUB', 'GIT_HUB', 'GHE', 'GH_TOKEN', 'GH_PAT')],
  guide: {
    principal:
      "the login of `GET /user` for user tokens; for `ghs_` and `GITHUB_TOKEN`, the owner of the installation's repositories",
    verified: 'GitHub names the user (with scopes and expiry) or the installation',
    invalid: '401 (revoked, expired or never valid); 403 "account was suspended" (user-inactive)',
    unknown: 'a rate limit (403/429 with rate-limit headers), another 403 or 404, or no answer',
  },
  errorText: ['message'],
  start: (credential) => ({ call: credential.format.type === 'app-installation' ? 'installation' : 'user' }),
  calls: {
    // Works for ghp_, github_pat_, gho_ and ghu_; an installation token gets 403 here.
    user: call('/user', userIdentity),
    // For ghs_ and GITHUB_TOKEN: needs no permission and names the repositories' owners.
    installation: call('/installation/repositories', installationIdentity, '?per_page=1'),
  },
});

/** `GET /user`: the account the token acts as, its scopes (classic and OAuth) and expiry. */
function userIdentity(a: Answer): Reading {
  const login = a.text('login');
  const id = a.get('id');
  if (!login || typeof id !== 'number') return unexpected(a, 'GitHub answered GET /user without a login and id');
  const type = typeof a.get('type') === 'string' ? a.text('type') : 'User';
  const principal = { login, id, type, ...a.fields(['site_admin']) };
  const facts: Identity['facts'] = [
    fact('principal', login, 'GitHub GET /user login'),
    type === 'Bot'
      ? fact('principalKind', 'service', 'a GitHub App bot account (type Bot)')
      : fact('principalKind', 'human', 'a GitHub user account (machine users look the same)'),
  ];
  const notes: string[] = [];
  const format = a.credential.format.type;
  if (a.headers['x-oauth-scopes'] !== undefined) {
    facts.push(fact('scopes', a.list('x-oauth-scopes'), 'GitHub X-OAuth-Scopes header'));
  } else if (format === 'fine-grained-pat') {
    // TH classifies a token by this header's absence; here it confirms the prefix.
    facts.push(fact('keyType', 'fine-grained-pat', 'GitHub sent no X-OAuth-Scopes header (fine-grained token)'));
    notes.push('fine-grained token: GitHub does not list its permissions, so no scopes were recorded');
  } else if (format === 'user-to-server') {
    notes.push("GitHub App user token: its permissions are the app's, so no scopes were recorded");
  }
  facts.push(...expiryFacts(a));
  return { principal, facts, ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
}

/** `GET /installation/repositories`: an app installation; its repositories' owner names it. */
function installationIdentity(a: Answer): Reading {
  const total = a.get('total_count');
  if (typeof total !== 'number' || !Array.isArray(a.get('repositories'))) {
    return unexpected(a, 'GitHub answered GET /installation/repositories without total_count and repositories');
  }
  const principal: Record<string, string | number | boolean> = { installation: true, repositories: total };
  const owner = a.text('repositories.0.owner.login');
  if (owner) principal.owner = owner;
  if (typeof a.get('repository_selection') === 'string')
    principal.repository_selection = a.text('repository_selection');
  const facts: Identity['facts'] = [fact('principalKind', 'service', 'a GitHub App installation (ghs_, GITHUB_TOKEN)')];
  if (owner) facts.push(fact('principal', owner, "owner of the installation's repositories"));
  facts.push(...expiryFacts(a));
  return { principal, facts };
}

/** `github-authentication-token-expiration`: `2026-09-01 12:00:00 UTC` or `... -0700`; absent = never. */
function expiryFacts(a: Answer): Identity['facts'] {
  const header = a.headers['github-authentication-token-expiration'];
  const date = header === undefined ? undefined : parseGitHubDate(header);
  return date ? [fact('expires', date.toISOString(), 'GitHub token expiration header')] : [];
}

/** Both documented forms of GitHub's expiration header, as a Date (undefined if neither). */
export function parseGitHubDate(text: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (UTC|[+-]\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  return parseDate(`${match[1]}T${match[2]}${match[3] === 'UTC' ? 'Z' : match[3]}`);
}
