// The merged inventory of keys, built one repository entry at a time (the merge streams shard files
// through it): every repository, environment and organization secret, and every reference no secret
// answers, with the repositories, workflows, jobs and environments that use each; then each secret's
// usage once all repositories are in. Holds one line per use, never a repository's report.

import { daysBetween } from '../core/dates.js';
import type { SecretScope } from '../discovery/github-secrets.js';
import type { OrgSecret } from './github.js';
import type { Exposure, KeyRepoUses, OrgKey, OrgRepoSummary, RepoEntry, SecretUse, UseScope } from './types.js';
import { decideUsage } from './unused.js';
import { compareText } from '../core/compare.js';

const SCOPE_ORDER: Record<UseScope, number> = {
  organization: 0,
  repository: 1,
  environment: 2,
  unresolved: 3,
  unknown: 4,
};

type Building = Omit<OrgKey, 'repositories'> & { uses: Map<string, KeyRepoUses['uses']> };

export class KeyInventory {
  private readonly keys = new Map<string, Building>();
  /** Organization secrets as each repository's own listing shows them (used when the org listing is not). */
  private readonly orgSeen = new Map<string, { createdAt: string; updatedAt: string; repos: Set<string> }>();
  private readonly repos = new Map<string, OrgRepoSummary>();
  private readonly exposures = new Map<string, Exposure[]>();

  /** Adds one repository's entry; the entry can be dropped afterwards. */
  addRepository(entry: RepoEntry): void {
    const repository = entry.repository.fullName;
    this.repos.set(repository, {
      fullName: repository,
      shard: entry.shard,
      status: entry.status,
      ...(entry.reason ? { reason: entry.reason } : {}),
      ...(entry.repository.defaultBranch ? { defaultBranch: entry.repository.defaultBranch } : {}),
      ...(entry.commit ? { commit: entry.commit } : {}),
      ...(entry.repository.visibility ? { visibility: entry.repository.visibility } : {}),
      archived: entry.repository.archived,
      fork: entry.repository.fork,
      error: entry.summary?.error ?? 0,
      warning: entry.summary?.warning ?? 0,
      note: entry.summary?.note ?? 0,
      keys: entry.summary?.keys ?? 0,
    });
    if (entry.status !== 'scanned') return;
    for (const secret of entry.secrets ?? []) {
      if (secret.scope === 'organization') {
        const seen = this.orgSeen.get(secret.name.toUpperCase()) ?? { ...secret, repos: new Set<string>() };
        seen.repos.add(repository);
        this.orgSeen.set(secret.name.toUpperCase(), seen);
        continue;
      }
      const key = this.key(secret.scope, secret.name, repository, secret.environment);
      key.createdAt = secret.createdAt;
      key.updatedAt = secret.updatedAt;
    }
    for (const use of entry.secretUses) this.addUse(repository, use);
    if (entry.exposures.length > 0) this.exposures.set(repository, entry.exposures);
  }

  private addUse(repository: string, use: SecretUse): void {
    const key = this.key(use.scope, use.name, repository, use.secretEnvironment);
    const uses = key.uses.get(repository) ?? [];
    uses.push({
      file: use.file,
      line: use.line,
      column: use.column,
      ...(use.job ? { job: use.job } : {}),
      environments: use.environments,
    });
    key.uses.set(repository, uses);
  }

  private key(scope: UseScope, name: string, repository: string, environment?: string): Building {
    const upper = name.toUpperCase();
    const id =
      scope === 'organization'
        ? `organization\u0000${upper}`
        : `${scope}\u0000${repository.toLowerCase()}\u0000${(environment ?? '').toLowerCase()}\u0000${upper}`;
    let key = this.keys.get(id);
    if (!key) {
      key = {
        name: upper,
        scope,
        ...(scope === 'organization' ? {} : { repository }),
        ...(scope === 'environment' && environment !== undefined ? { environment } : {}),
        usage: 'referenced',
        uses: new Map(),
      };
      this.keys.set(id, key);
    }
    return key;
  }

  get repositories(): OrgRepoSummary[] {
    return [...this.repos.values()].sort((a, b) => compareText(a.fullName, b.fullName));
  }

  /**
   * The keys with metadata, reach and usage decided. `orgSecrets` is the organization's own listing
   * (visibility, selected repositories), or undefined when it could not be read: then each
   * organization secret reaches the repositories whose own listing showed it. `complete` is false when
   * shards are missing, so an organization secret shared with all may reach repositories never seen.
   */
  finish(orgSecrets: readonly OrgSecret[] | undefined, now: string, complete: boolean): OrgKey[] {
    const reachable = (name: string): string[] => {
      const listed = orgSecrets?.find((s) => s.name.toUpperCase() === name);
      if (!listed) return [...(this.orgSeen.get(name)?.repos ?? [])].sort();
      if (listed.visibility === 'selected') return listed.selectedRepositories ?? [];
      return this.repositories
        .filter((r) => !r.archived)
        .filter((r) => listed.visibility === 'all' || r.visibility === 'private' || r.visibility === 'internal')
        .map((r) => r.fullName);
    };
    // Repositories whose workflows could not be read: they may reference any secret they can use.
    const unreadRepos = this.repositories
      .filter((r) => r.status === 'failed' || r.status === 'error')
      .map((r) => r.fullName);
    for (const secret of orgSecrets ?? []) this.key('organization', secret.name, '');
    for (const name of this.orgSeen.keys()) this.key('organization', name, '');
    const visible = new Map<string, string[]>();
    for (const key of this.keys.values()) {
      if (key.scope !== 'organization') continue;
      const listed = orgSecrets?.find((s) => s.name.toUpperCase() === key.name);
      const seen = this.orgSeen.get(key.name);
      const dates = listed ?? seen;
      if (dates) {
        key.createdAt = dates.createdAt;
        key.updatedAt = dates.updatedAt;
      }
      if (listed) {
        key.visibility = listed.visibility;
        if (listed.selectedRepositories) key.selectedRepositories = listed.selectedRepositories;
      }
      const repos = reachable(key.name);
      visible.set(key.name, repos);
      key.visibleTo = repos.length;
    }
    const keys: OrgKey[] = [...this.keys.values()].map(({ uses, ...key }) => ({
      ...key,
      ...(key.updatedAt && daysBetween(key.updatedAt, now) >= 0 ? { ageDays: daysBetween(key.updatedAt, now) } : {}),
      repositories: [...uses]
        .map(([repository, list]) => ({ repository, uses: list }))
        .sort((a, b) => compareText(a.repository, b.repository)),
    }));
    const unseen = (names: readonly string[] = []): boolean => names.some((name) => !this.repos.has(name));
    decideUsage(keys, {
      exposures: this.exposures,
      visibleFor: (key) => visible.get(key.name) ?? [],
      unreadFor: (key) => {
        // Without the organization's listing, who can use the secret is known only from the repositories read.
        const reach = key.visibility === undefined ? unreadRepos : (visible.get(key.name) ?? []);
        const unread = reach.filter((name) => unreadRepos.includes(name));
        const mayReachUnseen = !complete && (key.visibility !== 'selected' || unseen(key.selectedRepositories));
        return mayReachUnseen ? [...unread, '(repositories of missing shards)'] : unread;
      },
    });
    return keys.sort(
      (a, b) =>
        SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
        compareText(a.name, b.name) ||
        compareText(a.repository ?? '', b.repository ?? '') ||
        compareText(a.environment ?? '', b.environment ?? ''),
    );
  }
}

/** Counts of secrets by scope, for the summary. */
export function countSecrets(keys: readonly OrgKey[]): Record<SecretScope, number> {
  const counts: Record<SecretScope, number> = { organization: 0, repository: 0, environment: 0 };
  for (const key of keys) if (key.scope in counts && key.updatedAt !== undefined) counts[key.scope as SecretScope]++;
  return counts;
}
