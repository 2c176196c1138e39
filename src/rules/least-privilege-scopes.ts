// least-privilege-scopes: a key that holds a forbidden scope (per provider), or more scopes than its
// owners declared. Held scopes come only from smoke calls (what the provider says the key has);
// offline the rule can still see a declaration that allows a forbidden scope. Held scopes of a key
// whose smoke result condemns it (wrong account, test mode) go with the key: key-user-association
// reports that, and these give way (SPEC section 5).

import { matchesGlob } from '../core/glob.js';
import type { Evidence, Key, Observation } from '../core/types.js';
import { defineRule } from './types.js';
import { evidenceOf, observationsOf, primaryUses, smokeCondemns, smokeEvidence } from './util.js';

type Options = { 'forbidden-scopes': Record<string, string[]> };

/**
 * Defaults: scopes that administer an organization, enterprise or instance, or delete repositories.
 * GitHub's admin:* and delete_repo (classic PAT scopes); GitLab `sudo` (act as any user) and
 * `admin_mode`; Slack's legacy `admin` and the Enterprise Grid `admin.*` scopes; Vault's `root` policy
 * (a root token can do anything, and never expires unless its creator said so). Hugging Face has no
 * scope that is admin-only (its `write` is ordinary publishing), so it has no default.
 */
const DEFAULT_FORBIDDEN: Record<string, string[]> = {
  github: [
    'admin:org',
    'delete_repo',
    'admin:enterprise',
    'admin:org_hook',
    'admin:gpg_key',
    'admin:public_key',
    'admin:repo_hook',
    'site_admin',
  ],
  gitlab: ['sudo', 'admin_mode'],
  slack: ['admin', 'admin.*'],
  vault: ['root'],
};

/** Reports held scopes that are forbidden or undeclared, and declarations that allow forbidden scopes. */
export default defineRule<Options>({
  meta: {
    id: 'least-privilege-scopes',
    description:
      'Reports a key holding a forbidden scope (defaults per provider, such as GitHub admin:org, delete_repo, admin:enterprise), or scopes beyond those declared for it.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        'forbidden-scopes': {
          type: 'object',
          description: 'Provider id -> scopes no key may hold; `*` matches any run of characters.',
          additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { 'forbidden-scopes': DEFAULT_FORBIDDEN },
    messages: {
      forbidden: '{{key}} holds forbidden {{provider}} scope(s) {{scopes}}; issue a key without them',
      excess: '{{key}} holds scope(s) {{scopes}} beyond those declared for it ({{allowed}})',
      declaredForbidden: '{{key}} is declared to allow forbidden {{provider}} scope(s) {{scopes}}',
    },
    usesSmoke: true,
    example: 'DEPLOY_TOKEN holds forbidden github scope(s) admin:org, delete_repo; issue a key without them',
  },
  check(context) {
    const forbiddenBy = context.options['forbidden-scopes'] ?? {};
    for (const key of context.keys) {
      const uses = primaryUses(key);
      if (uses.length === 0) continue;
      const provider = providerOf(key);
      const forbidden = provider && Object.hasOwn(forbiddenBy, provider) ? forbiddenBy[provider] : [];
      const isForbidden = (scope: string): boolean => forbidden.some((pattern) => matchesGlob(pattern, scope));
      const heldObs = observationsOf(key, 'scopes').filter((o) => o.source === 'smoke');
      const allowedObs = observationsOf(key, 'scopes').filter((o) => o.source === 'declared');
      const held = scopesOf(heldObs);
      const allowed = allowedObs.length > 0 ? scopesOf(allowedObs) : key.declaration?.scopes;
      const report = (messageId: string, scopes: string[], evidence: Evidence[], fromSmoke = true): void => {
        if (scopes.length === 0) return;
        for (const use of uses)
          context.report({
            messageId,
            data: {
              key: key.name,
              provider: provider ?? 'unknown',
              scopes: scopes.join(', '),
              allowed: (allowed ?? []).join(', ') || 'none',
            },
            location: use.location,
            key: key.name,
            environment: use.environment,
            evidence: fromSmoke ? [...evidence, ...smokeEvidence(key)] : evidence,
            anchor: messageId,
            use,
            repeatsSmoke: fromSmoke && smokeCondemns(key),
          });
      };
      const providerEvidence = key.facts.provider ? [evidenceOf(key.facts.provider)] : [];
      if (held) {
        report('forbidden', held.filter(isForbidden), [...heldObs.map(evidenceOf), ...providerEvidence]);
        if (allowed) {
          const extra = held.filter((s) => !isForbidden(s) && !allowed.some((a) => matchesGlob(a, s)));
          report('excess', extra, [...heldObs, ...allowedObs].map(evidenceOf));
        }
      } else if (allowed) {
        const evidence = [...allowedObs.map(evidenceOf), ...providerEvidence];
        report('declaredForbidden', allowed.filter(isForbidden), evidence, false);
      }
    }
  },
});

function providerOf(key: Key): string | undefined {
  const value = key.facts.provider?.value ?? key.declaration?.provider;
  return typeof value === 'string' ? value : undefined;
}

/** The distinct scopes of some observations, in order; undefined when there are none. */
function scopesOf(observations: Observation[]): string[] | undefined {
  if (observations.length === 0) return undefined;
  const scopes = observations.flatMap((o) =>
    Array.isArray(o.value) ? o.value : typeof o.value === 'string' ? o.value.split(/[\s,]+/) : [],
  );
  return [...new Set(scopes.map((s) => s.trim()).filter(Boolean))];
}
