// `keybound org scan`: one shard of the organisation. For each repository: its Actions secret metadata
// (names and dates), its default branch's tarball extracted (only the files keybound reads) into a
// temporary folder, the same check() as `keybound check`, and one artifact (`repos/NAME.json`) written
// atomically; then the shard's inventory. A rerun keeps every repository already written and retries
// only those that failed. SECURITY: this job holds no secret values; committed credentials the engine
// meets are redacted before anything is written, and the extracted files are deleted after each scan.

import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { describeError, KeyboundError } from '../core/errors.js';
import type { GitHubClient } from '../discovery/github-api.js';
import { fetchSecretMetadata } from '../discovery/github-secrets.js';
import { check, verdictOf } from '../engine.js';
import { VERSION } from '../generated/version.js';
import { formatJson } from '../report/json.js';
import type { Report } from '../core/types.js';
import { UNUSED_SECRET } from './unused.js';
import { DownloadError, listOrgRepos, openTarball } from './github.js';
import { type Shard, shardOf } from './shard.js';
import { ArchiveTooLargeError, extractTar, type ExtractLimits, type ExtractResult } from './tar.js';
import {
  INVENTORY_FILE,
  REPO_SCHEMA,
  REPOS_DIR,
  SHARD_SCHEMA,
  type RepoArtifact,
  type RepoEntry,
  type RepoInfo,
  type ShardInventory,
} from './types.js';
import { exposures, secretUses } from './uses.js';
import { redactStrings } from './redact.js';
import { isWantedPath } from './wanted.js';

/** Bounds of one repository's archive; a repository past them is reported, not scanned. */
export const DEFAULT_LIMITS: ExtractLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxFiles: 100_000,
  maxArchiveBytes: 8 * 1024 * 1024 * 1024,
};

export interface ScanShardOptions {
  org: string;
  shard: Shard;
  /** The shard's folder (created if needed). */
  output: string;
  client: GitHubClient;
  /** The repositories from a plan file; listed from GitHub when absent. */
  repositories?: readonly RepoInfo[];
  /** Evaluation date, YYYY-MM-DD. */
  now: string;
  /** Where archives are extracted (a fresh folder per repository, deleted after its scan). */
  tempDir: string;
  /** One line per repository, for the job log. */
  progress: (line: string) => void;
  /** Debug lines of requests (method, path, status). */
  debug?: (line: string) => void;
  /** Repositories in flight at once (downloads overlap the scans). */
  concurrency?: number;
  limits?: Partial<ExtractLimits>;
  /** Deadline of one repository's download (default 10 minutes). */
  downloadTimeoutMs?: number;
}

export interface ScanShardResult {
  inventory: ShardInventory;
  /** Repositories already written by an earlier run and kept. */
  kept: number;
}

export async function scanShard(options: ScanShardOptions): Promise<ScanShardResult> {
  const startedAt = new Date().toISOString();
  const all = options.repositories ?? (await listOrgRepos(options.client, options.org));
  const mine = all.filter((repo) => shardOf(repo.fullName, options.shard.count) === options.shard.index);
  for (const repo of mine) artifactName(repo.fullName, options.org);
  mkdirSync(join(options.output, REPOS_DIR), { recursive: true });
  const entries: RepoEntry[] = new Array(mine.length);
  let kept = 0;
  let done = 0;
  const work = async (index: number): Promise<void> => {
    const repo = mine[index];
    const previous = readKept(options.output, repo.fullName, options.org);
    const entry = previous ?? (await scanRepository(repo, options));
    if (previous) kept++;
    entries[index] = entry;
    done++;
    options.progress(`[${done}/${mine.length}] ${repo.fullName}: ${describeEntry(entry, previous !== undefined)}`);
  };
  await pool(mine.length, options.concurrency ?? 4, work);
  const inventory: ShardInventory = {
    schemaVersion: SHARD_SCHEMA,
    tool: { name: 'keybound', version: VERSION },
    org: options.org,
    shard: options.shard.index,
    shards: options.shard.count,
    evaluatedAt: options.now,
    startedAt,
    finishedAt: new Date().toISOString(),
    repositories: entries,
  };
  writeAtomically(join(options.output, INVENTORY_FILE), `${JSON.stringify(inventory, null, 1)}\n`);
  return { inventory, kept };
}

/** `repos/NAME.json` for `owner/NAME`; a name that could leave the folder is refused. */
export function artifactName(fullName: string, org: string): string {
  const [owner, name, extra] = fullName.split('/');
  const safe = /^[A-Za-z0-9._-]+$/.test(name ?? '') && name !== '.' && name !== '..';
  if (extra !== undefined || !safe || owner.toLowerCase() !== org.toLowerCase())
    throw new KeyboundError('usage', `"${fullName}" is not a repository of the organization ${org}`);
  return `${REPOS_DIR}/${name}.json`;
}

/** An artifact of an earlier run that need not be redone (anything but a failure). */
function readKept(output: string, fullName: string, org: string): RepoEntry | undefined {
  const file = artifactName(fullName, org);
  let artifact: RepoArtifact;
  try {
    artifact = JSON.parse(readFileSync(join(output, file), 'utf8')) as RepoArtifact;
  } catch {
    return undefined;
  }
  if (artifact?.schemaVersion !== REPO_SCHEMA || artifact.repository?.fullName !== fullName) return undefined;
  if (artifact.status === 'failed') return undefined;
  return entryOf(artifact);
}

function entryOf(artifact: RepoArtifact): RepoEntry {
  const { schemaVersion: _schema, report: _report, ...entry } = artifact;
  return entry;
}

/** One repository; an error nobody expected is that repository's, never the shard's. */
async function scanRepository(repo: RepoInfo, options: ScanShardOptions): Promise<RepoEntry> {
  try {
    return await scanOne(repo, options);
  } catch (error) {
    return {
      repository: repo,
      shard: options.shard.index,
      status: 'error',
      reason: `keybound could not scan it (${describeError(error)}); this is a bug, please report it`,
      secretUses: [],
      exposures: [],
    };
  }
}

async function scanOne(repo: RepoInfo, options: ScanShardOptions): Promise<RepoEntry> {
  const base: RepoEntry = {
    repository: repo,
    shard: options.shard.index,
    status: 'skipped',
    secretUses: [],
    exposures: [],
  };
  if (repo.archived) return { ...base, reason: 'archived: its workflows cannot run' };
  if (repo.disabled) return { ...base, reason: 'disabled by GitHub' };
  if (!repo.defaultBranch) return { ...base, reason: 'empty: it has no default branch' };
  const dir = mkdtempSync(join(options.tempDir, 'keybound-org-'));
  try {
    const [metadata, extracted] = await Promise.all([
      fetchSecretMetadata({ repository: repo.fullName, client: options.client }),
      download(repo, dir, options).catch((error: unknown) => error),
    ]);
    if (!isExtracted(extracted)) return { ...base, ...classify(extracted, repo) };
    for (const warning of metadata.warnings) options.progress(`  ${warning}`);
    let result;
    try {
      result = await check({
        root: dir,
        mode: 'audit',
        smoke: false,
        secrets: new Map(),
        now: options.now,
        failOn: 'error',
        platformSecrets: metadata.secrets,
      });
    } catch (error) {
      // The repository's own keybound.yml (or a policy it extends) is invalid: its maintainers' to fix.
      return { ...base, status: 'error', reason: `its keybound config cannot be used: ${describeError(error)}` };
    }
    const seen = { secrets: metadata.secrets, unread: metadata.unread };
    const report = withoutRepositoryUnused(result.report);
    for (const skipped of extracted.skipped)
      report.diagnostics.push({ kind: 'skipped', file: skipped.path, message: skipped.reason });
    const entry: RepoEntry = {
      ...base,
      status: 'scanned',
      ...(extracted.commit ? { commit: extracted.commit } : {}),
      secrets: metadata.secrets,
      ...(metadata.unread.length > 0 ? { unreadSecrets: metadata.unread } : {}),
      secretUses: secretUses(report, result.inventory, seen),
      exposures: exposures(result.inventory),
      summary: {
        error: report.summary.error,
        warning: report.summary.warning,
        note: report.summary.note,
        keys: report.summary.keys,
      },
      file: artifactName(repo.fullName, options.org),
    };
    // SECURITY: every string of the report passes the redactor (committed credentials the engine met),
    // value by value so the file stays well-formed; the entry holds names, paths and GitHub's listing.
    const redact = (text: string): string => result.redactor.redact(text);
    const artifact = { schemaVersion: REPO_SCHEMA, ...entry, report: JSON.parse(formatJson(report)) as unknown };
    writeAtomically(
      join(options.output, entry.file as string),
      JSON.stringify({ ...artifact, report: redactStrings(artifact.report, redact) }),
    );
    return entry;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The report without `unused-secret` findings: whether a secret is unused is decided by the merge
 * across the organization (an organization secret unused here may be used elsewhere).
 */
function withoutRepositoryUnused(report: Report): Report {
  const findings = report.findings.filter((f) => f.ruleId !== UNUSED_SECRET);
  if (findings.length === report.findings.length) return report;
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  const summary = { ...report.summary, error: count('error'), warning: count('warning'), note: count('note') };
  const pruned = { ...report, findings, summary };
  return { ...pruned, verdict: verdictOf(pruned) };
}

function isExtracted(value: unknown): value is ExtractResult {
  return typeof value === 'object' && value !== null && 'files' in value && Array.isArray(value.files);
}

async function download(repo: RepoInfo, dir: string, options: ScanShardOptions): Promise<ExtractResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const archive = await openTarball(options.client, repo.fullName, repo.defaultBranch as string, {
    timeoutMs: options.downloadTimeoutMs ?? 10 * 60_000,
    log: options.debug,
  });
  let result: ExtractResult | undefined;
  await pipeline(archive, createGunzip(), async (source: AsyncIterable<Buffer>) => {
    result = await extractTar(source, dir, isWantedPath, limits);
  });
  return result as ExtractResult;
}

/** What a failed download means: empty (skipped), not scannable as it is (error), or retry (failed). */
function classify(error: unknown, repo: RepoInfo): Pick<RepoEntry, 'status' | 'reason'> {
  if (error instanceof DownloadError) {
    const { status } = error;
    // GitHub answers an empty repository's tarball with 404 (409 where the Git database is empty).
    if (status === 409 || (status === 404 && repo.sizeKb === 0))
      return { status: 'skipped', reason: 'empty: it has no commits' };
    if (error.rateLimited)
      return { status: 'failed', reason: `${error.message}: GitHub's rate limit; rerun the shard` };
    if (status === 404 || status === 403 || status === 451)
      return {
        status: 'error',
        reason: `${error.message}: the token cannot read this repository's contents (a GitHub App needs Contents: read), or the branch is gone`,
      };
    return { status: 'failed', reason: error.message };
  }
  if (error instanceof ArchiveTooLargeError) return { status: 'error', reason: error.message };
  if (error instanceof KeyboundError) return { status: 'failed', reason: error.message };
  // zlib and stream errors: a download cut short or corrupted on the way; a rerun fetches it again.
  const code = (error as { code?: unknown }).code;
  return {
    status: 'failed',
    reason: `the archive could not be read (${typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? code : 'stream error'})`,
  };
}

function describeEntry(entry: RepoEntry, kept: boolean): string {
  const was = kept ? ' (kept from an earlier run)' : '';
  if (entry.status !== 'scanned') return `${entry.status}${was}: ${entry.reason ?? ''}`;
  const s = entry.summary;
  return `scanned${was}: ${s?.keys ?? 0} keys, ${s?.error ?? 0} errors, ${s?.warning ?? 0} warnings, ${s?.note ?? 0} notes`;
}

/** Writes through a temporary name and a rename, so a killed job never leaves half a file. */
export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  // 'wx': created here, so never written through a link someone left at that name.
  writeFileSync(temporary, text, { mode: 0o644, flag: 'wx' });
  renameSync(temporary, path);
}

/** Runs `task(0..count-1)` with at most `limit` in flight. */
async function pool(count: number, limit: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}
