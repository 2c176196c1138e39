// `keybound org plan`: the organization's repositories, each in its stable shard, as the matrix JSON
// a workflow reads with `fromJSON`, the plan file scan jobs may read instead of listing again, and a
// sentence for the log saying what will not be scanned and why.

import type { GitHubClient } from '../discovery/github-api.js';
import { VERSION } from '../generated/version.js';
import { listOrgRepos } from './github.js';
import { shardMatrix, shardOf, type MatrixEntry } from './shard.js';
import { PLAN_SCHEMA, type OrgPlan, type RepoInfo } from './types.js';

export interface PlanResult {
  plan: OrgPlan;
  matrix: { include: MatrixEntry[] };
  /** One line for the job log: counts of what is scanned and what is not. */
  note: string;
}

export async function planOrg(
  client: GitHubClient,
  org: string,
  shards: number,
  now = new Date(),
): Promise<PlanResult> {
  return planOf(await listOrgRepos(client, org), org, shards, now);
}

export function planOf(repos: readonly RepoInfo[], org: string, shards: number, now = new Date()): PlanResult {
  const plan: OrgPlan = {
    schemaVersion: PLAN_SCHEMA,
    tool: { name: 'keybound', version: VERSION },
    org,
    shards,
    createdAt: now.toISOString(),
    repositories: repos.map((repo) => ({ ...repo, shard: shardOf(repo.fullName, shards) })),
  };
  const count = (test: (r: RepoInfo) => boolean): number => repos.filter(test).length;
  const archived = count((r) => r.archived);
  const disabled = count((r) => !r.archived && r.disabled);
  const empty = count((r) => !r.archived && !r.disabled && (r.sizeKb === 0 || !r.defaultBranch));
  const forks = count((r) => r.fork);
  const parts = [
    `${repos.length} repositories of ${org} in ${shards} shard${shards === 1 ? '' : 's'}`,
    `${archived} archived and ${disabled} disabled (listed, not scanned: their workflows cannot run)`,
    `${empty} look empty (scanned if they have a commit)`,
    `${forks} forks (scanned: their workflows run with the organization's secrets)`,
  ];
  return {
    plan,
    matrix: shardMatrix(
      repos.map((r) => r.fullName),
      shards,
    ),
    note: parts.join('; '),
  };
}
