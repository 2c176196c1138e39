// The artifacts that pass between the jobs of an organisation audit (SPEC section 11), each versioned
// JSON with a schema in policies/: the plan (`org plan --output`), one file per repository and one
// inventory per shard (`org scan`), and the merged report (`org merge`). None of them ever holds a
// secret value: the scan jobs have none, and what they read from files is redacted before writing.

import type { Finding, Report, SmokeResult, SmokeStatus } from '../core/types.js';
import type { SecretMetadata, SecretScope } from '../discovery/github-secrets.js';

export const PLAN_SCHEMA = 'keybound/org-plan/v1';
export const REPO_SCHEMA = 'keybound/org-repo/v1';
export const SHARD_SCHEMA = 'keybound/org-shard/v1';
export const ORG_REPORT_SCHEMA = 'keybound/org-report/v1';

/** File names inside a shard folder. */
export const INVENTORY_FILE = 'inventory.json';
export const REPOS_DIR = 'repos';

/** A repository as the organisation's listing describes it. */
export interface RepoInfo {
  /** `owner/name`. */
  fullName: string;
  defaultBranch?: string;
  visibility?: 'public' | 'private' | 'internal';
  archived: boolean;
  disabled: boolean;
  fork: boolean;
  /** GitHub's `size` (KiB); 0 for an empty repository. */
  sizeKb: number;
  pushedAt?: string;
}

/**
 * What became of a repository in its shard:
 * - `scanned`: fetched and checked;
 * - `skipped`: not scanned on purpose (archived, disabled, empty): nothing to audit;
 * - `error`: cannot be scanned as it is (its keybound.yml is invalid, its tarball too large, its
 *   contents unreadable with this token); not retried, reported by the merge;
 * - `failed`: a transient failure (network, 5xx, rate limit); a rerun of the shard retries it.
 */
export type RepoStatus = 'scanned' | 'skipped' | 'error' | 'failed';

/**
 * Where a workflow's `secrets.NAME` comes from, as GitHub resolves it for the job: an environment secret
 * of the job's environment, else a repository secret, else an organization secret shared with the
 * repository. `unresolved`: no secret of that name is visible to the repository (in a reusable workflow
 * it comes from the caller). `unknown`: the secret metadata could not be read.
 */
export type UseScope = SecretScope | 'unresolved' | 'unknown';

/** One `secrets.NAME` reference in a workflow (GITHUB_TOKEN is the job's own and is left out). */
export interface SecretUse {
  /** Upper-cased, as GitHub stores secret names. */
  name: string;
  scope: UseScope;
  /** The GitHub environment whose secret it resolved to (`scope: 'environment'`). */
  secretEnvironment?: string;
  file: string;
  line: number;
  column: number;
  job?: string;
  /** The job's `environment:` name, when static. */
  githubEnvironment?: string;
  /** Environments keybound decided for the use (SPEC section 2). */
  environments: string[];
}

/** `toJSON(secrets)` or `secrets: inherit`: every secret the job sees is handed over. */
export interface Exposure {
  form: string;
  file: string;
  line: number;
  column: number;
  job?: string;
  githubEnvironment?: string;
}

/** A repository's line in its shard's inventory: everything the merge needs but the findings. */
export interface RepoEntry {
  repository: RepoInfo;
  shard: number;
  status: RepoStatus;
  /** Why it was skipped, is in error or failed; a sentence naming the cause. */
  reason?: string;
  /** The commit scanned (from the tarball's pax header). */
  commit?: string;
  /** Its Actions secret metadata (names and dates, never values); absent when none could be read. */
  secrets?: SecretMetadata[];
  /** Secret listings that could not be read (`repository secrets`, `environments`, ...). */
  unreadSecrets?: string[];
  secretUses: SecretUse[];
  exposures: Exposure[];
  /** Counts of the repository's own report. */
  summary?: { error: number; warning: number; note: number; keys: number };
  /** The repository's file, relative to the shard folder. */
  file?: string;
}

/** `repos/NAME.json`: the repository's entry and its full report (`keybound/report/v1`). */
export interface RepoArtifact extends RepoEntry {
  schemaVersion: typeof REPO_SCHEMA;
  report?: Report;
}

/** `inventory.json`: written last, so a shard folder without it is a shard that did not finish. */
export interface ShardInventory {
  schemaVersion: typeof SHARD_SCHEMA;
  tool: { name: 'keybound'; version: string };
  org: string;
  shard: number;
  shards: number;
  evaluatedAt: string;
  startedAt: string;
  finishedAt: string;
  repositories: RepoEntry[];
}

export interface PlanRepo extends RepoInfo {
  shard: number;
}

/** `org plan --output FILE`: the listing, so scan jobs need not list the organization again. */
export interface OrgPlan {
  schemaVersion: typeof PLAN_SCHEMA;
  tool: { name: 'keybound'; version: string };
  org: string;
  shards: number;
  createdAt: string;
  repositories: PlanRepo[];
}

/** Whether anything references a secret. */
export type Usage = 'referenced' | 'handed-over' | 'unused' | 'undetermined';

/** A repository's uses of one key. */
export interface KeyRepoUses {
  repository: string;
  uses: { file: string; line: number; column: number; job?: string; environments: string[] }[];
}

/** One key of the organisation: a secret (by scope), or a reference no secret answers. */
export interface OrgKey {
  name: string;
  scope: UseScope;
  /** For repository, environment, unresolved and unknown keys: the repository they belong to. */
  repository?: string;
  /** For environment secrets: the GitHub environment. */
  environment?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Days since `updatedAt` (GitHub's update date is the last rotation). */
  ageDays?: number;
  /** Organization secrets: all, private (private and internal repositories) or selected. */
  visibility?: 'all' | 'private' | 'selected';
  /** Organization secrets with `selected` visibility: the repositories chosen. */
  selectedRepositories?: string[];
  /** Organization secrets: how many repositories can use it. */
  visibleTo?: number;
  /** The provider, when known from the key's name or (with --smoke) its value. */
  provider?: string;
  usage: Usage;
  /** Where every secret is handed over at once (`toJSON(secrets)`, `secrets: inherit`). */
  handedOverBy?: { repository: string; file: string; line: number; form: string }[];
  repositories: KeyRepoUses[];
  /** `org merge --smoke`: the one call's verdict, carried to every use. */
  smoke?: SmokeResult;
}

/** A finding with the repository it is in; organization-level findings have none. */
export type OrgFinding = Omit<Finding, 'location'> & {
  repository?: string;
  location?: Finding['location'];
};

export interface OrgRepoSummary {
  fullName: string;
  shard: number;
  status: RepoStatus;
  reason?: string;
  defaultBranch?: string;
  commit?: string;
  visibility?: string;
  archived: boolean;
  fork: boolean;
  error: number;
  warning: number;
  note: number;
  keys: number;
  /** The SARIF file written for it, relative to the output folder. */
  sarif?: string;
}

export interface OrgReportSummary {
  repositories: Record<RepoStatus, number> & { total: number };
  keys: number;
  secrets: Record<SecretScope, number>;
  unused: number;
  error: number;
  warning: number;
  note: number;
  smoke: Record<SmokeStatus, number>;
}

/** The head of the merged report; `findings` follow it in the file, streamed. */
export interface OrgReportHead {
  schemaVersion: typeof ORG_REPORT_SCHEMA;
  tool: { name: 'keybound'; version: string };
  org: string;
  evaluatedAt: string;
  verdict: 'pass' | 'fail' | 'incomplete';
  failOn: string;
  shards: { count: number; merged: number[]; missing: number[] };
  /** Whether the organization's own secret listing (visibility, selected repositories) was read. */
  organizationSecrets: { read: boolean; note?: string };
  notices: string[];
  summary: OrgReportSummary;
  keys: OrgKey[];
  repositories: OrgRepoSummary[];
}
