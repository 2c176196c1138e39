// Doppler: CLI, personal, service, service-account, SCIM and audit tokens by prefix, the secret names
// that point at Doppler, and /v3/me. A service token is bound to one config, which its prefix names
// (`dp.st.dev.`): the environment is known offline. Facts from PROVIDERS.md section 35.

import { parseDate } from '../core/dates.js';
import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected } from './outcome.js';
import type { KeyFormat } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'Qm4TzR8wLp' + 'Xv2Nc6Kd9B' + 'sJ3Hy7Fg1V' + 'tE5uWq8Zr2';
/** Token bodies are 40 to 44 letters and digits (TH doppler regex). */
const TOKEN = '[A-Za-z0-9]{40,44}';

/**
 * Service tokens of Doppler's default environments: the config is the environment's slug (`dev`, `stg`,
 * `prd`) or a branch config of it (`dev_alice`). A config of another environment names none.
 */
const CONFIG_ROOTS = { dev: 'development', stg: 'staging', prd: 'production' } as const;

function serviceToken(root: keyof typeof CONFIG_ROOTS): KeyFormat {
  return {
    type: 'service-token',
    pattern: new RegExp(`^dp\\.st\\.${root}(?:\\.|_[a-z0-9_-]{1,32}\\.)${TOKEN}$`),
    mode: CONFIG_ROOTS[root],
    principalKind: 'service',
    principalDetail: `a Doppler service token of a ${root} config (dp.st.${root})`,
    examples: [`dp.st.${root}.` + BODY, `dp.st.${root}_alice.` + BODY],
    counterExamples: [`dp.st.${root}ops.` + BODY, `dp.st.${root}.` + BODY.slice(5), `dp.st.${root}_.` + BODY],
  };
}

/** A token kind by its prefix alone. */
function token(kind: string, type: string, principalKind: 'human' | 'service', what: string): KeyFormat {
  return {
    type,
    pattern: new RegExp(`^dp\\.${kind}\\.${TOKEN}$`),
    principalKind,
    principalDetail: `${what} (dp.${kind}.)`,
    examples: [`dp.${kind}.` + BODY],
    counterExamples: [`dp.${kind}.` + BODY.slice(1, 30), `dp_${kind}_` + BODY],
  };
}

/** Doppler tokens: `dp.<kind>.` then 40-44 letters and digits. */
export const doppler = defineProvider({
  id: 'doppler',
  name: 'Doppler',
  formats: [
    serviceToken('dev'),
    serviceToken('stg'),
    serviceToken('prd'),
    {
      // Any other config (`ci`, `qa_eu`), or none: the token names no environment SPEC knows.
      type: 'service-token',
      pattern: new RegExp(`^dp\\.st\\.(?!(?:dev|stg|prd)[._])(?:[a-z0-9_-]{2,35}\\.|)${TOKEN}$`),
      principalKind: 'service',
      principalDetail: 'a Doppler service token (dp.st.), bound to one config',
      examples: ['dp.st.ci.' + BODY, 'dp.st.' + BODY],
      counterExamples: ['dp.st.dev.' + BODY, 'dp.st.a.' + BODY],
    },
    token('ct', 'cli-token', 'human', 'a Doppler CLI token, a user login'),
    token('pt', 'personal-token', 'human', 'a Doppler personal token'),
    token('sa', 'service-account-token', 'service', 'a Doppler service account token'),
    token('scim', 'scim-token', 'service', 'a Doppler SCIM token of the workplace'),
    token('audit', 'audit-token', 'service', 'a Doppler audit token of the workplace'),
  ],
  namePatterns: [namePart('DOPPLER_TOKEN', 'DOPPLER_SERVICE_TOKEN', 'DOPPLER_API_TOKEN', 'DOPPLER_ACCESS_TOKEN')],
  guide: {
    principal: 'the token `name` of /v3/me (its `slug` too)',
    verified:
      '/v3/me names the token and its workplace; a `dp.st.dev.` or `dp.st.stg.` service token in production is reported offline by no-dev-keys-in-prod',
    invalid: '401: the token is revoked, expired or never valid',
    unknown: 'any other answer (Doppler documents no other error body), or no answer',
  },
  errorText: ['messages.0'],
  calls: {
    me: get('https://api.doppler.com', '/v3/me', {
      auth: bearer(),
      answers: [
        on(200, accept(me)),
        on(401, invalid('revoked', 'Doppler does not accept this token{said}'), { anyBody: true }),
      ],
    }),
  },
});

/** `GET /v3/me`: the token's name and slug, its workplace, and when it was made and last seen. */
function me(a: Answer): Reading {
  const name = a.text('name');
  if (!name) return unexpected(a, 'a /v3/me answer without a token name');
  const workplace = a.text('workplace.slug') || a.text('workplace.name');
  const created = parseDate(a.text('created_at'));
  return {
    // token_preview is left out: it is a fragment of the token.
    principal: {
      name,
      ...a.fields({ slug: 'slug', type: 'type', workplace: 'workplace.name', lastSeen: 'last_seen_at' }),
    },
    facts: [
      fact('principal', name, 'Doppler /v3/me name'),
      ...(workplace ? [fact('account', workplace, 'Doppler /v3/me workplace')] : []),
      ...(created ? [fact('created', created.toISOString(), 'Doppler /v3/me created_at')] : []),
    ],
    ...(a.text('slug') && a.text('slug') !== name ? { aliases: [a.text('slug')] } : {}),
  };
}
