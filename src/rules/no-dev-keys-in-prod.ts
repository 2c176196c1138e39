// no-dev-keys-in-prod: a production use of a key that any fact marks as a development, test or
// staging key (SPEC section 5). Any one observation is enough: a disagreement between sources is
// exactly what this rule exists to surface (STAGING_STRIPE_KEY holding an sk_live_ value is still a
// staging-named key in production, and one of the two is wrong). A name is the weakest evidence: a
// declared environment overrides it, and a finding that rests on the name alone says how to declare one.
// An environment the provider places the key in (Honeycomb's answer, Square's sandbox host, a Doppler
// `dp.st.dev.` token) is reported here, naming the provider; when the provider's answer itself says
// the key cannot serve production (a test-mode key, another account), key-user-association reports it.

import type { Key, Observation } from '../core/types.js';
import { observeValue } from '../keys/facts.js';
import { providerById } from '../providers/catalog.js';
import { defineRule } from './types.js';
import { evidenceOf, explain, isNonProduction, observationsOf, smokeEvidence } from './util.js';

type Options = Record<string, never>;

// Smoke reasons that say "this is not the production key" (the other mismatches are key-user-association's).
const NOT_PRODUCTION_REASONS = new Set(['test-mode', 'wrong-account']);

const WORDS: Record<string, string> = { test: 'test-mode', development: 'development', staging: 'staging' };

// Environments a provider places a key in, by its answer (smoke) or its token's documented form (value).
const PLACED = new Set(['development', 'staging']);

/** Reports each production use of a key that some fact marks as another environment's. */
export default defineRule<Options>({
  meta: {
    id: 'no-dev-keys-in-prod',
    description:
      'Reports a production use of a key that any fact marks as development, test or staging (test-mode value, dev-named secret, declared environment, provider account).',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      nonProduction: '{{key}} is {{article}} {{keyEnvironment}} key ({{why}}) used in production',
      nameOnly:
        '{{key}} is used in production and only its name says it is {{article}} {{keyEnvironment}} key ({{why}}); if it is the production key, declare keys.{{key}}.environment: production in keybound.yml',
      smokeMismatch: '{{key}} is used in production but the provider says it is not the production key ({{reason}})',
      providerPlaced:
        '{{key}} is used in production, but {{provider}} places it in {{keyEnvironment}} ({{why}}); deploy the production key',
    },
    example:
      'STAGING_STRIPE_KEY is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_STRIPE_KEY.environment: production in keybound.yml',
  },
  check(context) {
    for (const key of context.keys) {
      const production = key.uses.filter((use) => use.environment === 'production');
      if (production.length === 0) continue;
      // The owners' declaration beats a name (SPEC section 3): `STAGING_X` declared production is not marked.
      const declared = observationsOf(key, 'keyEnvironment').some((o) => o.source === 'declared');
      const deciding = observationsOf(key, 'keyEnvironment').filter(
        (o) => isNonProduction(o.value) && !(declared && o.source === 'name'),
      );
      const smokeSays = key.smoke?.status === 'mismatch' && NOT_PRODUCTION_REASONS.has(key.smoke.reason);
      const cited = key.smoke && key.smoke.status !== 'skipped' ? smokeEvidence(key) : [];
      for (const use of production) {
        // A value committed at this very place (.env.production) is what deploys here: it speaks first.
        const literal = use.literal
          ? observeValue(use.literal, use.name).filter((o) => o.fact === 'keyEnvironment' && isNonProduction(o.value))
          : [];
        const observations = [...literal, ...deciding];
        if (observations.length === 0 && !smokeSays) continue;
        context.report({
          ...describe(key, observations, smokeSays),
          location: use.location,
          key: key.name,
          environment: use.environment,
          evidence: [...observations.map(evidenceOf), ...cited],
          use,
          // The provider's own "not the production key" is key-user-association's finding.
          repeatsSmoke: smokeSays,
        });
      }
    }
  },
});

function describe(
  key: Key,
  observations: Observation[],
  smokeSays: boolean,
): { messageId: string; data: Record<string, string> } {
  const strongest = observations[0];
  if (!strongest) {
    return { messageId: 'smokeMismatch', data: { key: key.name, reason: key.smoke?.reason ?? 'mismatch' } };
  }
  const value = String(strongest.value);
  if ((strongest.source === 'smoke' || strongest.source === 'value') && PLACED.has(value)) {
    return {
      messageId: 'providerPlaced',
      data: { key: key.name, provider: providerName(key), keyEnvironment: value, why: explain(strongest) },
    };
  }
  const word = Object.hasOwn(WORDS, value.toLowerCase()) ? WORDS[value.toLowerCase()] : value;
  // Only when no other source says anything about the key's environment, not even `live`.
  const nameOnly =
    !smokeSays &&
    observations.every((o) => o.source === 'name') &&
    observationsOf(key, 'keyEnvironment').every((o) => o.source === 'name');
  return {
    messageId: nameOnly ? 'nameOnly' : 'nonProduction',
    data: {
      key: key.name,
      article: /^[aeiou]/i.test(word) ? 'an' : 'a',
      keyEnvironment: word,
      why: explain(strongest),
    },
  };
}

/** The provider's display name (`Honeycomb`), from the key's provider fact or declaration. */
function providerName(key: Key): string {
  const id = key.facts.provider?.value ?? key.declaration?.provider;
  return (typeof id === 'string' ? providerById(id)?.name : undefined) ?? 'its provider';
}
