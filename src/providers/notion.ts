// Notion: integration tokens (`ntn_`, and the older `secret_` beside a Notion name), the secret names
// that point at Notion, and GET /v1/users/me. Facts from PROVIDERS.md section 31.

import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { credentialNames } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ALNUM = 'Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uRk2Vn8Tq4W';

/** Notion integrations: the bot user of an internal or public integration. */
export const notion = defineProvider({
  id: 'notion',
  name: 'Notion',
  formats: [
    {
      // Current tokens: `ntn_` + 11 digits + 35 letters and digits (the gitleaks and 2ms rule;
      // PROVIDERS.md section 31 has the prefix only, UNCONFIRMED).
      type: 'integration-token',
      pattern: /^ntn_[0-9]{11}[A-Za-z0-9]{35}$/,
      examples: ['ntn_' + '31415926535' + ALNUM.slice(0, 35)],
      counterExamples: [
        'ntn_' + ALNUM.slice(0, 46),
        'ntn_' + '31415926535' + ALNUM.slice(0, 30),
        'ntn-' + '31415926535' + ALNUM.slice(0, 35),
      ],
    },
    {
      // `secret_` is a common word: such a value is a Notion token only beside a Notion name, so a
      // `secret_…` of another service is never sent to Notion.
      type: 'internal-integration-secret',
      pattern: /^secret_[A-Za-z0-9]{43}$/,
      needsNameHint: true,
      examples: ['secret_' + ALNUM.slice(0, 43)],
      counterExamples: [
        'secret_' + ALNUM.slice(0, 42),
        'secret-' + ALNUM.slice(0, 43),
        'secret_' + ALNUM.slice(0, 42) + '_',
      ],
    },
  ],
  namePatterns: [credentialNames('NOTION', 'NOTION_INTEGRATION')],
  guide: {
    principal: "the integration's bot user id of `GET /v1/users/me` (its name works too)",
    verified:
      'users/me names the bot; `bot.owner.type` workspace is a service principal, `user` an integration a person authorised (human)',
    invalid: '401 unauthorized: the token is revoked or never valid',
    unknown: '403 restricted_resource (a working token without the capability), another answer, or no answer',
  },
  errorText: ['message'],
  calls: {
    me: get('https://api.notion.com', '/v1/users/me', {
      auth: bearer(),
      // Required: Notion refuses requests without a version.
      headers: { 'notion-version': '2022-06-28' },
      answers: [
        on(200, accept(me), { body: { object: 'user' } }),
        on(401, invalid('revoked', 'Notion does not accept this token (unauthorized): revoked or never valid{said}'), {
          body: { code: 'unauthorized' },
        }),
        // UNCONFIRMED for users/me: the token works but lacks a capability.
        on(
          403,
          unknown(
            'insufficient-scope',
            'Notion accepted the token, but it may not read its bot user (restricted_resource)',
          ),
          { body: { code: 'restricted_resource' } },
        ),
      ],
    }),
  },
});

/** The bot user; its owner says whether a workspace or a person stands behind it. */
function me(a: Answer): Reading {
  const id = a.text('id');
  if (!/^[0-9a-f-]{32,36}$/i.test(id)) return unexpected(a, 'Notion answered users/me without a user id');
  const owner = a.text('bot.owner.type');
  const name = a.text('name');
  const workspace = a.text('bot.workspace_name');
  const facts = [fact('principal', id, 'Notion GET /v1/users/me id')];
  if (owner === 'workspace') {
    facts.push(fact('principalKind', 'service', 'a workspace-owned Notion integration (bot.owner.type workspace)'));
  } else if (owner === 'user') {
    facts.push(fact('principalKind', 'human', 'a Notion integration a person authorised (bot.owner.type user)'));
  }
  if (workspace) facts.push(fact('account', workspace, 'Notion users/me bot.workspace_name'));
  return {
    principal: {
      id,
      ...a.fields(['name', 'type']),
      ...(owner ? { owner } : {}),
      ...a.fields({ owner_id: 'bot.owner.user.id', workspace: 'bot.workspace_name' }),
    },
    facts,
    ...(name ? { aliases: [name] } : {}),
  };
}
