// Turns uses into keys with facts: join them (join.ts), attach the secret values given for them, and
// collect observations from names, declarations, GitHub secret metadata (platform.ts) and values
// (facts.ts), keeping the winner per fact.

import type { SecretStore, SecretValue } from '../core/secret.js';
import type { Key, NameLink, Use } from '../core/types.js';
import type { SecretMetadata } from '../discovery/github-secrets.js';
import type { ResolvedConfig } from '../policy/types.js';
import { observeDeclaration, observeName, observeValue, selectFacts } from './facts.js';
import { observeDestinations } from './destinations.js';
import { companionRole, destinationPairs, joinKeys, lookupNames, normalizeName } from './join.js';
import { indexPlatformSecrets, observePlatform } from './platform.js';

export function buildKeys(
  uses: readonly Use[],
  links: readonly NameLink[],
  config: ResolvedConfig,
  secrets: SecretStore,
  platformSecrets: readonly SecretMetadata[] = [],
): Key[] {
  const keys = joinKeys({ uses, links, declarations: config.keys });
  const values = new SecretIndex(secrets);
  const platform = indexPlatformSecrets(platformSecrets);
  for (const key of keys) {
    attachValues(key, values);
    key.observations = [
      ...key.names.flatMap((name) => observeName(name)),
      ...observeDestinations(key.uses, key.names),
      ...(key.declaration ? observeDeclaration(key.declaration) : []),
      ...observePlatform(key, platform),
      ...(key.value ? observeValue(key.value, key.name) : []),
    ];
    key.facts = selectFacts(key.observations);
  }
  return keys;
}

/** The key's own value, and the values of its companions by role, from the given secrets. */
function attachValues(key: Key, secrets: SecretIndex): void {
  for (const name of key.names) {
    const value = secrets.lookup(name);
    if (!value) continue;
    const role =
      companionRole(key.names, name) ?? destinationPairs(key.uses).find((pair) => pair.companion === name)?.role;
    if (role) key.companions[role] ??= value;
    else key.value ??= value;
  }
  for (const [name, role] of lookupNames(key.names)) {
    const value = secrets.lookup(name);
    if (value) key.companions[role] ??= value;
  }
}

/**
 * Secret values by exact name, then by normalized name: `toJSON(secrets)` spells some names differently
 * (`github_token`). The normalized index is built once, so a lookup costs the same for 20,000 values.
 */
class SecretIndex {
  private normalized: Map<string, SecretValue> | undefined;

  constructor(private readonly secrets: SecretStore) {}

  lookup(name: string): SecretValue | undefined {
    const exact = this.secrets.get(name);
    if (exact) return exact;
    if (!this.normalized) {
      this.normalized = new Map();
      // The first of several names that normalize alike wins, as a scan in insertion order would.
      for (const [candidate, value] of this.secrets) {
        const normalized = normalizeName(candidate);
        if (!this.normalized.has(normalized)) this.normalized.set(normalized, value);
      }
    }
    return this.normalized.get(normalizeName(name));
  }
}
