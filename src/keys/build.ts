// Turns uses into keys with facts: join them (join.ts), attach the secret values given for them, and
// collect observations from names, declarations, GitHub secret metadata (platform.ts) and values
// (facts.ts), keeping the winner per fact.

import type { SecretStore } from '../core/secret.js';
import type { Key, NameLink, Use } from '../core/types.js';
import type { SecretMetadata } from '../discovery/github-secrets.js';
import type { ResolvedConfig } from '../policy/types.js';
import { observeDeclaration, observeName, observeValue, selectFacts } from './facts.js';
import { observeDestinations } from './destinations.js';
import { companionRole, destinationPairs, joinKeys, lookupNames, normalizeName } from './join.js';
import { observePlatform } from './platform.js';

export function buildKeys(
  uses: readonly Use[],
  links: readonly NameLink[],
  config: ResolvedConfig,
  secrets: SecretStore,
  platformSecrets: readonly SecretMetadata[] = [],
): Key[] {
  const keys = joinKeys({ uses, links, declarations: config.keys });
  for (const key of keys) {
    attachValues(key, secrets);
    key.observations = [
      ...key.names.flatMap((name) => observeName(name)),
      ...observeDestinations(key.uses, key.names),
      ...(key.declaration ? observeDeclaration(key.declaration) : []),
      ...observePlatform(key, platformSecrets),
      ...(key.value ? observeValue(key.value, key.name) : []),
    ];
    key.facts = selectFacts(key.observations);
  }
  return keys;
}

/** The key's own value, and the values of its companions by role, from the given secrets. */
function attachValues(key: Key, secrets: SecretStore): void {
  for (const name of key.names) {
    const value = lookup(secrets, name);
    if (!value) continue;
    const role =
      companionRole(key.names, name) ?? destinationPairs(key.uses).find((pair) => pair.companion === name)?.role;
    if (role) key.companions[role] ??= value;
    else key.value ??= value;
  }
  for (const [name, role] of lookupNames(key.names)) {
    const value = lookup(secrets, name);
    if (value) key.companions[role] ??= value;
  }
}

/** Exact name first; `toJSON(secrets)` spells some names differently (`github_token`). */
function lookup(secrets: SecretStore, name: string) {
  const exact = secrets.get(name);
  if (exact) return exact;
  const wanted = normalizeName(name);
  for (const [candidate, value] of secrets) if (normalizeName(candidate) === wanted) return value;
  return undefined;
}
