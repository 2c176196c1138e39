// Which keys a gate must confirm, and which it never treats as keys (SPEC sections 5 and 7): the job's
// own GITHUB_TOKEN is minted and revoked by GitHub for each job, a secret that only holds an identifier
// has no principal, and a key no provider can check is confirmed by what its owners declare
// (`provider: none` with `principal-kind`).

import { isIdentifierName } from '../core/credentials.js';
import type { Key, KeyDeclaration } from '../core/types.js';

/** `secrets.GITHUB_TOKEN` (or `github.token`): never smoke-called, never a key for rotation or principal rules. */
export function isJobToken(key: Pick<Key, 'name'>): boolean {
  return key.name.toUpperCase() === 'GITHUB_TOKEN';
}

/**
 * A CI secret that holds an identifier, not a credential (`AZURE_CLIENT_ID`, `SMTP_HOST`, `DB_USER`): it
 * has no principal to establish and is not rotated. Every name says so, and neither its value (a key
 * format) nor a declaration says otherwise.
 */
export function isIdentifierKey(key: Pick<Key, 'names' | 'observations' | 'declaration'>): boolean {
  if (key.declaration?.principalKind !== undefined || key.declaration?.provider !== undefined) return false;
  if (key.observations.some((observation) => observation.source === 'value')) return false;
  return key.names.length > 0 && key.names.every(isIdentifierName);
}

/** `provider: none`: the owners say no provider can check this key. */
export function declaredWithoutProvider(declaration: KeyDeclaration | undefined): boolean {
  return declaration?.provider === 'none';
}

/** A key no provider can check whose owners declared its principal kind: the gate accepts that. */
export function confirmedByDeclaration(key: Pick<Key, 'declaration'>): boolean {
  return declaredWithoutProvider(key.declaration) && key.declaration?.principalKind !== undefined;
}

/**
 * The keybound.yml lines that would let a gate accept a key no provider can check, as one line of YAML
 * (flow style, so every output format keeps it whole); declared values are kept, the rest are to fill in.
 */
export function declarationHint(key: Pick<Key, 'name' | 'declaration'>): string {
  const d = key.declaration;
  const name = /^[A-Za-z0-9_./-]+$/.test(key.name) ? key.name : JSON.stringify(key.name);
  const fields = [
    'provider: none',
    `principal-kind: ${d?.principalKind ?? 'service'}`,
    `owner: ${d?.owner ?? 'YOUR-TEAM'}`,
    `rotated: ${d?.rotated ?? 'YYYY-MM-DD'}`,
  ];
  return `keys: { ${name}: { ${fields.join(', ')} } }`;
}
