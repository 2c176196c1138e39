// GitHub Actions secret metadata as `platform` facts (SPEC section 3): a key whose name or alias
// matches a secret's name takes its `updated_at` as `rotated` and its `created_at` as `created`.
// Facts are per key, not per use, so when several secrets share the name one is chosen (see below).

import type { Key, Observation } from '../core/types.js';
import type { SecretMetadata } from '../discovery/github-secrets.js';
import { normalizeName } from './join.js';
import { compareText } from '../core/compare.js';

/**
 * `rotated` and `created` observations from the secret that `key` most likely reads. GitHub gives a
 * job the environment's secret over the repository's over the organization's, so the choice is:
 * the environment secret of one of the key's uses (production uses first; a use's GitHub job
 * environment, else its decided environment), else the repository secret, else the organization
 * secret, else the least recently updated environment secret (the conservative date for rotation).
 */
export function observePlatform(
  key: Pick<Key, 'names' | 'uses'>,
  secrets: readonly SecretMetadata[] | PlatformIndex,
): Observation[] {
  const chosen = chooseSecret(key, Array.isArray(secrets) ? indexPlatformSecrets(secrets) : (secrets as PlatformIndex));
  if (!chosen) return [];
  const where =
    chosen.scope === 'environment'
      ? `GitHub environment ${chosen.environment ?? ''} secret`
      : `GitHub ${chosen.scope} secret`;
  return [
    { fact: 'rotated', value: chosen.updatedAt, source: 'platform', detail: `${where} updated_at` },
    { fact: 'created', value: chosen.createdAt, source: 'platform', detail: `${where} created_at` },
  ];
}

/** Secret metadata by normalized name, each with its place in GitHub's listing. */
export type PlatformIndex = ReadonlyMap<string, readonly { secret: SecretMetadata; at: number }[]>;

/** Indexes the metadata once, so that each key looks up its names instead of scanning every secret. */
export function indexPlatformSecrets(secrets: readonly SecretMetadata[]): PlatformIndex {
  const index = new Map<string, { secret: SecretMetadata; at: number }[]>();
  secrets.forEach((secret, at) => {
    const name = normalizeName(secret.name);
    const list = index.get(name);
    if (list) list.push({ secret, at });
    else index.set(name, [{ secret, at }]);
  });
  return index;
}

function chooseSecret(key: Pick<Key, 'names' | 'uses'>, secrets: PlatformIndex): SecretMetadata | undefined {
  const names = new Set(key.names.map(normalizeName));
  // In listing order, as a filter over the whole list gives them.
  const matching = [...names]
    .flatMap((name) => secrets.get(name) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.secret);
  if (matching.length === 0) return undefined;
  const inEnvironment = (name: string): SecretMetadata | undefined =>
    matching.find((s) => s.scope === 'environment' && s.environment?.toLowerCase() === name.toLowerCase());
  // Production uses first: a production deploy is where a stale key hurts.
  const uses = [...key.uses].sort((a, b) => rank(a.environment) - rank(b.environment));
  for (const use of uses) {
    const found =
      (use.hints.githubEnvironment && inEnvironment(use.hints.githubEnvironment)) || inEnvironment(use.environment);
    if (found) return found;
  }
  return (
    matching.find((s) => s.scope === 'repository') ??
    matching.find((s) => s.scope === 'organization') ??
    // ISO 8601 UTC timestamps from one API compare correctly as strings.
    [...matching].sort((a, b) => compareText(a.updatedAt, b.updatedAt))[0]
  );
}

function rank(environment: string): number {
  return environment === 'production' ? 0 : 1;
}
