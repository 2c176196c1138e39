// Honeycomb: ingest, configuration and management keys, the secret names that point at Honeycomb, and
// /1/auth, which names the key's team and the environment it belongs to. Facts from PROVIDERS.md
// section 34 (docs.honeycomb.io/api/authentication; the body as the Terraform provider reads it).

import { accept, defineProvider, fact, get, header, next, on } from './adapter.js';
import type { Answer, Call, Outcome, Reading } from './adapter.js';
import { placedIn } from './environments.js';
import { namePart } from './names.js';
import { invalid } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID = '01hs6b0zv5' + '1w28q4kx7m' + 'n3p9r2';
const SECRET = 't5v8w1y4z7' + 'b0c3d6f9g2' + 'h5j8k1m4n7' + 'p0';
/** Regions: a key works in its own only, and the other answers 401 as for an unknown key. */
const US = 'https://api.honeycomb.io';
const EU = 'https://api.eu1.honeycomb.io';

/** Honeycomb: v2 keys by their key-id prefix (hc?ik_, hc?ic_, hc?mk_), classic and configuration keys by name. */
export const honeycomb = defineProvider({
  id: 'honeycomb',
  name: 'Honeycomb',
  formats: [
    {
      // The key id (prefix + 26) and the secret (32) with no separator; `hc?ic_` for Classic (libhoney).
      type: 'ingest-key',
      pattern: /^hc[a-z]i[kc]_[a-z0-9]{58}$/,
      examples: ['hcaik_' + ID + SECRET, 'hcxic_' + ID + SECRET],
      counterExamples: ['hcaik_' + ID, 'hcaik-' + ID + SECRET, 'hcaik_' + ID + SECRET + 'x', 'hcAik_' + ID + SECRET],
    },
    {
      // Team-level, `Bearer <id>:<secret>` on the v2 API, whose identity call is UNCONFIRMED: not sent.
      type: 'management-key',
      pattern: /^hc[a-z]mk_[A-Za-z0-9]{26}:[A-Za-z0-9]{32}$/,
      neverSend: true,
      examples: ['hcamk_' + ID + ':' + SECRET],
      counterExamples: ['hcamk_' + ID, 'hcamk_' + ID + SECRET],
    },
    {
      // Configuration keys send a 22-character token; Classic keys 32 hex (TH honeycomb regex).
      type: 'api-key',
      pattern: /^[A-Za-z0-9]{22}$|^[0-9a-f]{32}$/,
      needsNameHint: true,
      examples: ['Zk3Lm9Pq2Rs7Tv1Wx4Yb8C', 'c0ffee' + '5b2d8e04a6f1c93b2e7d5a80' + '7c'],
      counterExamples: ['Zk3Lm9Pq2Rs7Tv1Wx4Yb8', 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8-', 'c0ffee' + '5b2d8e04a6f1c93b2e7d5a80' + '7'],
    },
  ],
  namePatterns: [
    namePart('HONEYCOMB_API_KEY', 'HONEYCOMB_KEY', 'HONEYCOMB_WRITEKEY', 'HONEYCOMB_TOKEN'),
    namePart('HONEYCOMB_INGEST_KEY', 'HONEYCOMB_CONFIG_KEY', 'HONEYCOMB_MANAGEMENT_KEY'),
  ],
  guide: {
    principal:
      '`TEAM_SLUG/ENVIRONMENT_SLUG` from /1/auth (`acme/production`; the team slug alone for a classic key; `acme/*` for any environment)',
    verified:
      '/1/auth names the team and the environment (US, else EU region); an environment named like development or staging, used in production, is reported by no-dev-keys-in-prod',
    invalid: '401 from both regions (or from the one --endpoint names): deleted, disabled or never valid',
    unknown: 'another answer, or no answer (management keys are not sent: no identity call is confirmed for them)',
  },
  errorText: ['error'],
  calls: {
    // A key of the EU region is unknown in the US one: ask there, unless --endpoint named the host.
    us: region(US, 'US', (a) => (a.context.declaredEndpoint ? refused(a) : next('eu'))),
    eu: region(EU, 'EU', refused),
  },
});

/** `GET /1/auth` in one region: 200 names the key; 401 (any body) is how every region refuses one. */
function region(base: string, name: string, refusal: Outcome): Call {
  const named = { body: { 'team.slug': /./ } };
  return get(base, '/1/auth', {
    auth: header('x-honeycomb-team'),
    answers: [on(200, accept(auth(name)), named), on(401, refusal, { anyBody: true })],
  });
}

function refused(a: Answer): ReturnType<typeof invalid> {
  const who = a.context.declaredEndpoint ? 'Honeycomb refuses' : 'Honeycomb US and EU both refuse';
  return invalid('revoked', `${who} this key (deleted or disabled, or never valid)${a.said}`);
}

/**
 * `GET /1/auth`: the team, the environment (empty for classic keys), the key type and what it may do.
 * The key id is left out: it is the first half of an ingest key's value.
 */
function auth(region: string): (a: Answer) => Reading {
  return (a) => {
    const team = a.text('team.slug');
    const environment = { name: a.text('environment.name'), slug: a.text('environment.slug') };
    const type = a.text('type');
    const access = a.get('api_key_access');
    const scopes =
      access !== null && typeof access === 'object'
        ? Object.entries(access).flatMap(([name, allowed]) => (allowed === true ? [a.clean(name)] : []))
        : undefined;
    const placed = placedIn([environment.name, environment.slug], (name) => `Honeycomb /1/auth environment "${name}"`);
    return {
      principal: {
        team,
        ...a.fields({ teamName: 'team.name', environment: 'environment.name', environmentSlug: 'environment.slug' }),
        ...a.fields(['type']),
        ...(a.context.declaredEndpoint ? {} : { region }),
      },
      facts: [
        fact(
          'principal',
          environment.slug ? `${team}/${environment.slug}` : team,
          'Honeycomb /1/auth team/environment slugs',
        ),
        fact('account', team, 'Honeycomb /1/auth team slug'),
        fact('principalKind', 'service', 'a Honeycomb API key belongs to its team and environment, not a person'),
        ...(type ? [fact('keyType', type, 'Honeycomb /1/auth type')] : []),
        ...(scopes ? [fact('scopes', scopes, 'Honeycomb /1/auth api_key_access')] : []),
        ...(placed ? [placed] : []),
      ],
      ...(environment.name && !placed
        ? { note: `the Honeycomb environment "${environment.name}" names no production, staging or development` }
        : {}),
    };
  };
}
