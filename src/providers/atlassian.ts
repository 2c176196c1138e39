// Atlassian (Jira / Confluence Cloud): account API tokens (`ATATT…`), sent with the account e-mail (HTTP
// Basic) to GET /rest/api/3/myself. No default host: the site (scoped tokens: the api.atlassian.com
// gateway) comes only from --endpoint, never from a JIRA_BASE_URL beside the key. PROVIDERS.md §25.

import { accept, basic, defineProvider, fact, get, on, TENANT } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { keyName } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';
import type { Companion } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = '3xFfGF0' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBx' + '_Lm-Np4Rs8Tv1WxZa3Cd5';
const CHECK = '=9A3F' + '1C7E';

/** Well-formed enough to be an account e-mail (the Basic user); bounded so matching stays linear. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

/** `JIRA_API_TOKEN` + `JIRA_EMAIL` / `JIRA_USER_EMAIL` / `JIRA_USERNAME`; likewise CONFLUENCE_, ATLASSIAN_. */
const COMPANIONS: Companion[] = ['jira', 'confluence', 'atlassian'].flatMap((word) =>
  ['apitoken', 'token'].map((primary) => ({
    primary,
    companions: {},
    lookups: { email: 'email', useremail: 'email', username: 'email', user: 'email' },
    prefixContains: word,
  })),
);

const ADMIN_KEY = skipped(
  'unsupported',
  'an Atlassian organization admin API key (ATCTT) names no account; it was not sent',
);
const NO_EMAIL = skipped(
  'no-value',
  'an Atlassian API token is checked with its account e-mail (JIRA_EMAIL, JIRA_USER_EMAIL or ATLASSIAN_EMAIL of the same prefix), which was not given or is no e-mail; it was not sent',
);
const SCOPE = unknown(
  'insufficient-scope',
  'Atlassian accepted the token, but its scopes do not allow GET /rest/api/3/myself (401{said}): add read:me or read:jira-user to learn whose it is',
);
const REFUSED = invalid(
  'revoked',
  "Atlassian does not accept this token with this e-mail (401): it is revoked or expired, the account is deactivated, or the e-mail is not the account's; a scoped token also gets 401 on the site (check it with --endpoint atlassian=https://api.atlassian.com/ex/jira/{cloudId})",
);

/** Atlassian account API tokens (classic and scoped); organization admin keys are recognised, not sent. */
export const atlassian = defineProvider({
  id: 'atlassian',
  name: 'Atlassian',
  formats: [
    {
      // TH jiratoken v2: a varied length, then `=` and an 8-character checksum.
      type: 'api-token',
      pattern: /^ATATT[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/,
      examples: ['ATATT' + BODY + CHECK],
      counterExamples: ['ATATT' + BODY, 'ATATT' + BODY + '=9A3F', 'atatt' + BODY + CHECK, 'ATATT' + BODY + '=9A3F1C7.'],
    },
    {
      // An organization admin API key (TH atlassian v2): org-level, not an account's.
      type: 'admin-api-key',
      pattern: /^ATCTT3xFfG[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/,
      examples: ['ATCTT' + BODY + CHECK],
      counterExamples: ['ATCTT' + BODY, 'ATCTT' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6' + CHECK],
    },
  ],
  // The ATATT prefix finds tokens under any name; a JIRA_ name may hold a Data Center token or a URL.
  namePatterns: [keyName(['ATLASSIAN'], ['TOKEN', 'API_KEY'])],
  companions: COMPANIONS,
  tenant: { what: 'the Atlassian site', example: 'https://{site}.atlassian.net' },
  guide: {
    principal: 'the account id (`accountId`), or the account e-mail',
    verified:
      'GET /rest/api/3/myself, with the e-mail beside the token (JIRA_EMAIL, JIRA_USER_EMAIL, ATLASSIAN_EMAIL…), names an active account; accountType `app` or appType `service` is a service account',
    invalid:
      '401: revoked, expired, a deactivated account or the wrong e-mail (Atlassian does not say which), or a scoped token asked on the site instead of the gateway; `active: false` (user-inactive)',
    unknown:
      '401 "scope does not match" (a scoped token without read:me), another 403, or no answer; `skipped` without the e-mail beside the token, or without --endpoint atlassian=https://{site}.atlassian.net (scoped tokens: https://api.atlassian.com/ex/jira/{cloudId})',
  },
  errorText: ['message', 'errorMessages.0'],
  start: (credential) => {
    if (credential.format.type === 'admin-api-key') return ADMIN_KEY;
    // SECURITY: the e-mail is the Basic user name, never a destination; a URL in its place is no e-mail.
    return EMAIL.test(credential.companions.email?.reveal() ?? '') ? {} : NO_EMAIL;
  },
  calls: {
    myself: get(TENANT, '/rest/api/3/myself', {
      auth: basic('email', 'key'),
      answers: [
        on(200, accept(account), { body: { accountId: /./, active: [true, false] } }),
        // A scoped token lacking the scope /myself needs (seen in practice, not recorded): it works.
        on(401, SCOPE, { body: { message: /scope does not match/i } }),
        // One answer for several causes (AX-684), all named. Jira's JSON, or its plain-text "Client must be
        // authenticated…" (gajira-login#59); never an HTML page.
        on(401, REFUSED, {
          anyBody: true,
          when: (a) => a.body !== undefined || /^text\/plain/.test(a.header('content-type')),
        }),
      ],
    }),
  },
});

/** The account the token belongs to: accountId names it, the e-mail is another name for it. */
function account(a: Answer): Reading {
  const accountId = a.text('accountId');
  if (!accountId) return unexpected(a, 'Atlassian answered GET /rest/api/3/myself without an accountId');
  const [type, appType] = [a.text('accountType'), a.text('appType')];
  const kind = type === 'app' || appType === 'service' ? 'service' : 'human';
  const facts = [
    fact('principal', accountId, 'Atlassian GET /rest/api/3/myself accountId'),
    fact('principalKind', kind, `Atlassian accountType ${type || '(none)'}${appType ? `, appType ${appType}` : ''}`),
  ];
  if (a.get('active') === false) {
    return invalid('user-inactive', `the Atlassian account behind this token (${accountId}) is not active`, facts);
  }
  // The e-mail is often the companion itself, which the redactor would hide: read as an identifier.
  const email = a.get('emailAddress');
  return {
    principal: { accountId, ...a.fields(['accountType', 'appType', 'displayName', 'active']) },
    facts,
    ...(typeof email === 'string' && EMAIL.test(email) ? { aliases: [email] } : {}),
  };
}
