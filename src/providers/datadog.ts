// Datadog: API keys and application keys (no prefix, so they need a Datadog name), the secret names
// that point at Datadog, the site each key lives on, and the validate calls. Facts from PROVIDERS.md
// section 13.

import { accept, defineProvider, fact, get, header, next, on } from './adapter.js';
import type { Answer, Parts, Reading, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unknown } from './outcome.js';
import type { Companion, Credential } from './types.js';

/** Datadog sites (docs.datadoghq.com/api/latest/authentication); a key works on its own site only. */
const SITES = [
  'datadoghq.com',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'datadoghq.eu',
  'ap1.datadoghq.com',
  'ap2.datadoghq.com',
  'ddog-gov.com',
  'us2.ddog-gov.com',
  'uk1.datadoghq.com',
];
const US1 = 'https://api.datadoghq.com';
const BOTH_KEYS = (parts: Parts) => ({ 'dd-api-key': parts.apiKey.reveal(), 'dd-application-key': parts.key.reveal() });

/** The site named by a DD_SITE / DATADOG_SITE companion, when it is one Datadog documents. */
function siteOf(credential: Credential): string | undefined {
  const site = credential.companions.site?.reveal().trim().toLowerCase();
  return site !== undefined && SITES.includes(site) ? site : undefined;
}

/**
 * The site is known when a companion names it or `--endpoint` chose the base URL: only then does a
 * refusal mean the key is invalid, since a key of another site is refused exactly like an unknown one.
 */
function refusal(what: string): (a: Answer) => ReturnType<typeof invalid> {
  return (a) => {
    const site = siteOf(a.credential);
    if (site || a.context.declaredEndpoint) {
      return invalid('unknown-key', `Datadog${site ? ` (site ${site})` : ''} does not know this ${what}`);
    }
    return unknown(
      'unknown-key',
      `Datadog US1 does not know this ${what}: it is invalid, or it belongs to another Datadog site (EU, US3, AP1...); name the site with a DD_SITE secret beside the key, or --endpoint datadog=https://api.<site>`,
    );
  };
}

/** Datadog answers 403 (not 401) for a key it does not know: {"errors":["Forbidden"]}. */
const refused = (what: string): Row => on([401, 403], refusal(what), { when: (a) => Array.isArray(a.get('errors')) });

/** `DD_API_KEY` + `DD_SITE`, `DD_APP_KEY` + `DD_API_KEY` (+ `DD_SITE`); likewise `DATADOG_…`. */
const COMPANIONS: Companion[] = ['dd', 'datadog'].flatMap((word) => [
  { primary: `${word}apikey`, companions: {}, lookups: { [`${word}site`]: 'site' } },
  ...['appkey', 'applicationkey'].map((app) => ({
    primary: `${word}${app}`,
    companions: {},
    lookups: { [`${word}apikey`]: 'apiKey', [`${word}site`]: 'site' },
  })),
]);

/** Datadog keys: bare hex with no prefix; both count only beside a Datadog name. */
export const datadog = defineProvider({
  id: 'datadog',
  name: 'Datadog',
  formats: [
    {
      // Org-level: no user principal and no test/live distinction.
      type: 'api-key',
      pattern: /^[0-9a-f]{32}$/,
      needsNameHint: true,
      examples: ['b36e992c843ea22c76edc6c5003d133a'],
      counterExamples: [
        'b36e992c843ea22c76edc6c5003d133',
        'B36E992C843EA22C76EDC6C5003D133A',
        'b36e992c843ea22c76edc6c5003d133z',
      ],
    },
    {
      // Owned by a user or service account (`service_account` on the owning user).
      type: 'app-key',
      pattern: /^[0-9a-f]{40}$/,
      needsNameHint: true,
      examples: ['19ffab0396347dd16ca6637daece4967b3fe39bf'],
      counterExamples: ['19ffab0396347dd16ca6637daece4967b3fe39b', '19ffab0396347dd16ca6637daece4967b3fe39bff'],
    },
  ],
  namePatterns: [namePart('DATADOG', 'DD_API_KEY', 'DD_APP_KEY', 'DD_APPLICATION_KEY', 'DD_CLIENT_API_KEY', 'DD_KEY')],
  companions: COMPANIONS,
  sites: SITES.slice(1).map((site) => `https://api.${site}`),
  baseUrlFor: (credential) => {
    const site = siteOf(credential);
    return site === undefined ? undefined : `https://api.${site}`;
  },
  guide: {
    principal:
      'none for API keys (they belong to the organization); application keys: the owning user (handle), best effort',
    verified: 'the site accepts the key (and the application key with its API key)',
    invalid: "401/403 from the key's own site, named by DD_SITE / DATADOG_SITE beside the key or by --endpoint",
    unknown: '401/403 from US1 when the site is not named: a key of another site gets the same answer',
  },
  start: (credential) => {
    if (credential.format.type === 'api-key') return { call: 'validate' };
    if (/^[0-9a-f]{32}$/.test(credential.companions.apiKey?.reveal() ?? '')) return { call: 'validateKeys' };
    return skipped(
      'unsupported',
      'a Datadog application key is checked only with its API key (DD_API_KEY of the same prefix), which was not given or is not well-formed',
    );
  },
  calls: {
    // API key only; a key works on one site (api.<site>).
    validate: get(US1, '/api/v1/validate', {
      auth: header('dd-api-key'),
      answers: [
        on(
          200,
          accept(() => ({
            note: 'Datadog accepted the API key; API keys belong to the organization, so no principal is known',
          })),
          { body: { valid: true } },
        ),
        on(200, refusal('API key'), { body: { valid: false } }),
        refused('API key'),
      ],
    }),
    // Application key with its API key: both must hold.
    validateKeys: get(US1, '/api/v2/validate_keys', {
      auth: BOTH_KEYS,
      answers: [on(200, next('currentUser'), { body: { status: 'ok' } }), refused('application key, or its API key')],
    }),
    // The user who owns the application key (UNCONFIRMED as documented): best effort, never decides.
    currentUser: get(US1, '/api/v2/current_user', {
      auth: BOTH_KEYS,
      optional: () => 'Datadog accepted the application key; the user who owns it could not be read',
      answers: [on(200, accept(owner), { body: { 'data.attributes.handle': /./ } })],
    }),
  },
});

function owner(a: Answer): Reading {
  const handle = a.text('data.attributes.handle');
  const service = a.get('data.attributes.service_account');
  const kind = service === true ? 'service' : 'human';
  return {
    principal: { user: handle },
    facts: [
      fact('principal', handle, 'Datadog GET /api/v2/current_user handle'),
      ...(typeof service === 'boolean'
        ? [fact('principalKind', kind, `Datadog user service_account: ${service}`)]
        : []),
    ],
  };
}
