// Dropbox: short-lived access tokens (`sl.`, `sl.u.`), the secret names that point at Dropbox, and
// users/get_current_account. Facts from PROVIDERS.md section 29.

import { accept, bearer, defineProvider, fact, on, post } from './adapter.js';
import type { Answer, Reading, Row } from './adapter.js';
import { credentialNames } from './names.js';
import { invalid, jsonObject, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = ('BFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0Pg5Ya' + '-Ue_').repeat(4);

/** The `.tag` of a Dropbox union (`{"error": {".tag": "expired_access_token"}}`), which paths cannot name. */
const tag = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['.tag'] : undefined;
const tagged = (status: number | number[], name: string, then: Row['then']): Row =>
  on(status, then, { when: (a) => tag(a.get('error')) === name });

/** A working key that may not read its account (no `account_info.read` scope): TH counts it valid. */
const NO_SCOPE = accept(() => ({
  facts: [fact('principalKind', 'human', 'Dropbox access tokens act for a user account')],
  note: 'Dropbox accepted the token, but it lacks the account_info.read scope: whose it is is unknown',
}));

/** Dropbox: short-lived user access tokens (about four hours); team tokens are not checked. */
export const dropbox = defineProvider({
  id: 'dropbox',
  name: 'Dropbox',
  formats: [
    {
      type: 'short-lived',
      pattern: /^sl\.(?:u\.[A-Za-z0-9_-]{130,1000}|[A-Za-z0-9_-]{130,1000})$/,
      examples: ['sl.' + BODY, 'sl.u.' + BODY],
      counterExamples: ['sl.' + BODY.slice(0, 100), 'sl-' + BODY, 'sl.' + BODY + '.x', 'sl.v.' + BODY],
    },
  ],
  namePatterns: [credentialNames('DROPBOX')],
  guide: {
    principal: 'the account id `dbid:…` of get_current_account (its e-mail works too)',
    verified: 'get_current_account names the account (a token without account_info.read is accepted, unnamed)',
    invalid:
      'expired_access_token (short-lived `sl.` tokens last about four hours), invalid_access_token (revoked), user_suspended or `disabled: true` (user-inactive)',
    unknown: 'a team (Business) token, which names no single account; another error, or no answer',
  },
  errorText: ['error_summary'],
  // Dropbox answers some 400s in plain text; only those are read, as `text`.
  parse: (response) => {
    const type = response.headers['content-type'] ?? '';
    if (response.status === 400 && /^text\/plain\b/i.test(type)) return { text: response.body };
    return jsonObject(response);
  },
  calls: {
    // RPC style: every Dropbox call is a POST. This one is read-only and takes no argument: no body
    // and no content type, or Dropbox refuses it. Only this path is allowed (POST /2/auth/token/revoke revokes).
    account: post('https://api.dropboxapi.com', '/2/users/get_current_account', {
      note: 'users/get_current_account is read-only (an RPC call without arguments, hence POST)',
      auth: bearer(),
      body: '',
      answers: [
        on(200, accept(account)),
        tagged(
          401,
          'expired_access_token',
          invalid(
            'expired',
            'Dropbox says this access token has expired (expired_access_token): short-lived tokens last about four hours, so a deploy needs a refresh token',
          ),
        ),
        tagged(
          401,
          'invalid_access_token',
          invalid('revoked', 'Dropbox does not accept this token (invalid_access_token): revoked or never valid'),
        ),
        tagged(
          401,
          'user_suspended',
          invalid('user-inactive', 'Dropbox says the user behind this token is suspended (user_suspended)'),
        ),
        tagged([400, 401], 'missing_scope', NO_SCOPE),
        on(400, NO_SCOPE, { body: { text: /does not have the required scope/i } }),
        on(
          400,
          unknown(
            'insufficient-scope',
            'Dropbox says this is a team (Business) token, which names no single account; it was not judged',
          ),
          { body: { text: /for an entire Dropbox Business team/i } },
        ),
      ],
    }),
  },
});

/** The account: `dbid:` id, type, team; a disabled account is inactive. */
function account(a: Answer): Reading {
  const id = a.text('account_id');
  if (!/^dbid:[A-Za-z0-9_-]+$/.test(id)) return unexpected(a, 'Dropbox answered without an account_id');
  if (a.get('disabled') === true) {
    return invalid('user-inactive', `the Dropbox account ${id} behind this token is disabled`);
  }
  const accountType = tag(a.get('account_type'));
  const principal = {
    account_id: id,
    ...(typeof accountType === 'string' ? { account_type: a.clean(accountType) } : {}),
    ...a.fields({ team_id: 'team.id', team: 'team.name', country: 'country' }),
  };
  const team = a.text('team.id');
  const email = a.text('email');
  return {
    principal,
    facts: [
      fact('principal', id, 'Dropbox get_current_account account_id'),
      fact('principalKind', 'human', 'Dropbox access tokens act for a user account'),
      ...(team ? [fact('account', team, 'Dropbox get_current_account team.id (business team)')] : []),
    ],
    // The e-mail is a name the owners may declare; it is compared, never reported.
    ...(email ? { aliases: [email] } : {}),
  };
}
