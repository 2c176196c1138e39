// Discord: bot tokens, the secret names that point at Discord, and GET /users/@me. Facts from
// PROVIDERS.md section 30.

import { accept, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { credentialNames } from './names.js';
import { invalid, unexpected } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file. The first part is
// base64 of a made-up 19-digit id.
const ID_PART = 'MTEyMjMzNDQ1NTY2' + 'Nzc4ODk5MA';
const HMAC = 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0' + 'Lg5Ya2Ue9Qw';

/**
 * `<base64 of the user id>.<6>.<27..38>` (TH needs "discord" near it; so does keybound, by name). The
 * first part is base64 of a 17-20 digit id: every 4 characters encode three ASCII digits, so each
 * position has only a few possible letters, which keeps JWTs and other dotted tokens out.
 */
const DIGITS3 = '[MNO][DTjz][AEIMQUYcgk][w-z0-5]';
const [ONE, TWO] = ['[MNO][AQgw]', '[MNO][DTjz][AEIMQUYcgk]'];
const ID_B64 = [DIGITS3.repeat(5) + TWO, DIGITS3.repeat(6), DIGITS3.repeat(6) + ONE, DIGITS3.repeat(6) + TWO].join('|');
const TOKEN = new RegExp(`^(?:${ID_B64})\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}$`);

/** Discord bot tokens (user tokens share the format, but Discord forbids their use by programs). */
export const discord = defineProvider({
  id: 'discord',
  name: 'Discord',
  formats: [
    {
      type: 'bot-token',
      pattern: TOKEN,
      needsNameHint: true,
      examples: [`${ID_PART}.GhIjKl.${HMAC.slice(0, 27)}`, `${ID_PART}.Gq_3-x.${HMAC}`],
      counterExamples: [
        `eyJhbGciOiJIUzI1NiJ9.GhIjKl.${HMAC.slice(0, 27)}`,
        `${ID_PART}.GhIjK.${HMAC.slice(0, 27)}`,
        `${ID_PART}.GhIjKl.${HMAC.slice(0, 20)}`,
        `${ID_PART}GhIjKl${HMAC.slice(0, 27)}`,
      ],
    },
  ],
  namePatterns: [credentialNames('DISCORD', 'DISCORD_BOT')],
  guide: {
    principal: 'the bot user id of `GET /users/@me` (its username works too)',
    verified: 'users/@me names the bot (`bot: true`: a service principal)',
    invalid:
      '401: the token was reset (Discord resets a token it finds published), revoked or never valid, or it is not a bot token',
    unknown: 'any other answer; one request per token, since Discord bans IPs that send many invalid ones',
  },
  errorText: ['message'],
  calls: {
    // The `Bot ` scheme is required: without it a good bot token gets 401.
    me: get('https://discord.com', '/api/v10/users/@me', {
      auth: (parts) => ({ authorization: `Bot ${parts.key.reveal()}` }),
      answers: [
        on(200, accept(me)),
        on(
          401,
          invalid(
            'revoked',
            'Discord does not accept this bot token (401): reset, revoked or never valid, or a user token rather than a bot token',
          ),
          { anyBody: true },
        ),
      ],
    }),
  },
});

/** The user the token acts as: a bot (`bot: true`), or a user account (a user token). */
function me(a: Answer): Reading {
  const id = a.text('id');
  if (!/^\d{15,22}$/.test(id)) return unexpected(a, 'Discord answered users/@me without a user id');
  const bot = a.get('bot') === true;
  const username = a.text('username');
  return {
    principal: { id, bot, ...a.fields(['username', 'global_name']) },
    facts: [
      fact('principal', id, 'Discord GET /users/@me id'),
      bot
        ? fact('principalKind', 'service', 'a Discord bot user (users/@me bot: true)')
        : fact('principalKind', 'human', 'a Discord user account (users/@me without bot: true)'),
    ],
    ...(username ? { aliases: [username] } : {}),
  };
}
