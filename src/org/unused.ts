// unused-secret at the scale of an organization: a repository, environment or organization secret that
// no workflow of the repositories that can use it references. Pure.
// NOTE for the lead: issue 17 adds a per-repository `unused-secret` rule; the org scan drops its findings
// from each repository's report, because whether an organization secret is unused can only be decided
// across the organization. The rule id, severity and message style are the same; unify the two helpers
// (this one reads the merged inventory, that one one repository's) once both have landed.

import { formatMessage } from '../core/template.js';
import type { Evidence } from '../core/types.js';
import type { Exposure, OrgFinding, OrgKey, Usage } from './types.js';

export const UNUSED_SECRET = 'unused-secret';

export const UNUSED_SECRET_MESSAGES = {
  organization:
    '{{key}} is an organization secret that no workflow of the {{visible}} that can use it references; delete it, or narrow who may use it',
  repository:
    '{{key}} is a repository secret of {{repository}} that no workflow of it references; delete it if nothing else reads it',
  environment:
    '{{key}} is a secret of the {{environment}} environment of {{repository}} that no job in that environment references; delete it if nothing else reads it',
} as const;

/** What the merge knows about the repositories a secret may reach. */
export interface Reach {
  /** Repositories that can use an organization secret but were not read (failed, error, missing shard). */
  unreadFor(key: OrgKey): string[];
  /** Repositories that can use an organization secret (scanned or not). */
  visibleFor(key: OrgKey): readonly string[];
  /** `toJSON(secrets)` / `secrets: inherit` of each scanned repository. */
  exposures: ReadonlyMap<string, readonly Exposure[]>;
}

/** Decides `usage` and `handedOverBy` of every key, in place. */
export function decideUsage(keys: OrgKey[], reach: Reach): void {
  for (const key of keys) {
    if (key.repositories.length > 0 || key.scope === 'unresolved' || key.scope === 'unknown') {
      key.usage = 'referenced';
      continue;
    }
    const handers = handOvers(key, reach);
    if (handers.length > 0) {
      key.usage = 'handed-over';
      key.handedOverBy = handers;
      continue;
    }
    key.usage = key.scope === 'organization' && reach.unreadFor(key).length > 0 ? 'undetermined' : 'unused';
  }
}

function handOvers(key: OrgKey, reach: Reach): NonNullable<OrgKey['handedOverBy']> {
  const repositories = key.scope === 'organization' ? reach.visibleFor(key) : key.repository ? [key.repository] : [];
  const found: NonNullable<OrgKey['handedOverBy']> = [];
  for (const repository of repositories) {
    for (const exposure of reach.exposures.get(repository) ?? []) {
      // An environment secret reaches only jobs in its environment; a job whose environment is an
      // expression (not known statically) may be one of them.
      const reaches =
        key.scope !== 'environment' ||
        exposure.githubEnvironment === undefined ||
        exposure.githubEnvironment.toLowerCase() === key.environment?.toLowerCase();
      if (reaches) found.push({ repository, file: exposure.file, line: exposure.line, form: exposure.form });
    }
  }
  return found;
}

/** One `unused-secret` finding per key whose usage is `unused`. */
export function unusedSecretFindings(
  keys: readonly OrgKey[],
  severity: OrgFinding['severity'],
): Omit<OrgFinding, 'fingerprint'>[] {
  const findings: Omit<OrgFinding, 'fingerprint'>[] = [];
  for (const key of keys) {
    if (key.usage !== ('unused' satisfies Usage)) continue;
    const evidence: Evidence[] = [];
    if (key.updatedAt)
      evidence.push({ fact: 'rotated', value: key.updatedAt, source: 'platform', detail: 'GitHub updated_at' });
    if (key.visibility) evidence.push({ fact: 'visibility', value: key.visibility, source: 'platform' });
    if (key.scope === 'organization') {
      const visible = key.visibleTo ?? 0;
      findings.push({
        ruleId: UNUSED_SECRET,
        severity,
        key: key.name,
        message: formatMessage(UNUSED_SECRET_MESSAGES.organization, {
          key: key.name,
          visible: visible === 1 ? '1 repository' : `${visible} repositories`,
        }),
        evidence,
      });
    } else if (key.scope === 'repository' || key.scope === 'environment') {
      const template =
        key.scope === 'repository' ? UNUSED_SECRET_MESSAGES.repository : UNUSED_SECRET_MESSAGES.environment;
      findings.push({
        ruleId: UNUSED_SECRET,
        severity,
        key: key.name,
        ...(key.environment ? { environment: key.environment } : {}),
        message: formatMessage(template, {
          key: key.name,
          repository: key.repository ?? '',
          environment: key.environment ?? '',
        }),
        repository: key.repository,
        // The secret lives in the repository's settings, not in a file: its workflows folder is where
        // a reference would be, and where code scanning shows the alert.
        location: { file: '.github/workflows', line: 1, column: 1 },
        evidence,
      });
    }
  }
  return findings;
}
