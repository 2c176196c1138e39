// Fingerprints identify a finding across runs without line numbers or columns, so moving, re-indenting
// or reordering a file keeps them (baselines rely on it): rule, key, the key's provider and principal,
// file, environment and the rule's own anchor (a job id, a resource name; never a line), plus an
// occurrence counter for repeats of the same tuple in one file.

import { nodeCrypto } from './node-crypto.js';
import type { Finding, Key } from './types.js';

type Unfingerprinted = Omit<Finding, 'fingerprint'> & { anchor?: string };

/** What a fingerprint reads of a key: its name and its provider and principal facts. */
export type FingerprintKey = Pick<Key, 'name' | 'facts'>;

/**
 * Assigns `fingerprint` to each finding; findings must already be in a stable order. `keys` gives the
 * provider and principal of each finding's key: the same name with another principal is another finding.
 */
export function fingerprint(findings: Unfingerprinted[], keys: readonly FingerprintKey[] = []): Finding[] {
  const byName = new Map(keys.map((key) => [key.name, key]));
  const seen = new Map<string, number>();
  return findings.map(({ anchor, ...finding }) => {
    const key = finding.key === undefined ? undefined : byName.get(finding.key);
    const base = [
      finding.ruleId,
      finding.key ?? '',
      factText(key?.facts.provider?.value),
      factText(key?.facts.principal?.value),
      finding.location.file,
      finding.environment ?? '',
      anchor ?? '',
    ].join('\u0000');
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const hash = nodeCrypto().createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
    return { ...finding, fingerprint: hash };
  });
}

function factText(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
}
