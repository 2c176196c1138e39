// Fingerprints identify a finding across runs without line numbers, so moving or reformatting a file
// keeps them: rule, key, file, environment and the rule's own anchor, plus an occurrence counter for
// repeats of the same tuple in one file.

import { createHash } from 'node:crypto';
import type { Finding } from './types.js';

type Unfingerprinted = Omit<Finding, 'fingerprint'> & { anchor?: string };

/** Assigns `fingerprint` to each finding; findings must already be in a stable order. */
export function fingerprint(findings: Unfingerprinted[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map(({ anchor, ...finding }) => {
    const base = [
      finding.ruleId,
      finding.key ?? '',
      finding.location.file,
      finding.environment ?? '',
      anchor ?? '',
    ].join('\u0000');
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const hash = createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
    return { ...finding, fingerprint: hash };
  });
}
