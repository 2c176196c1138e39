// `keybound org merge`: the shards' artifacts into one organisation report. Two passes over the shard
// folders, one file in memory at a time: the first builds the inventory of keys (one line per use) and
// checks every repository file; the second streams every finding into the JSON report and writes each
// repository's SARIF. Missing shards, and repositories that failed or could not be scanned, are named.

import { mkdirSync, openSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describeError, KeyboundError } from '../core/errors.js';
import { fingerprint } from '../core/fingerprint.js';
import type { Redactor } from '../core/redact.js';
import {
  SEVERITY_RANK,
  SMOKE_STATUSES,
  type FailOn,
  type Finding,
  type Key,
  type Report,
  type Severity,
  type SmokeStatus,
} from '../core/types.js';
import type { GitHubClient } from '../discovery/github-api.js';
import { VERSION } from '../generated/version.js';
import type { ResolvedConfig } from '../policy/types.js';
import { formatSarif } from '../report/sarif.js';
import { RULES } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { findShardFolders, readInventory, readRepoArtifact } from './artifacts.js';
import { listOrgSecrets, statusReason, type OrgSecret } from './github.js';
import { countSecrets, KeyInventory } from './inventory.js';
import { smokeOrgKeys, type OrgSmokeOptions } from './smoke.js';
import {
  ORG_REPORT_SCHEMA,
  type OrgFinding,
  type OrgReportHead,
  type RepoEntry,
  type ShardInventory,
} from './types.js';
import { UNUSED_SECRET, UNUSED_SECRET_MESSAGES, unusedSecretFindings } from './unused.js';
import { redactStrings, stringifyRedacted } from './redact.js';
import { compareText } from '../core/compare.js';

/** File names in `--output`. */
export const OUTPUT_FILES = {
  json: 'org-report.json',
  markdown: 'org-summary.md',
  html: 'org-report.html',
  sarif: 'sarif',
} as const;

/** The HTML page shows at most this many findings per repository, and this many in all. */
export const DRILL_PER_REPO = 50;
export const DRILL_TOTAL = 20_000;

export interface MergeOptions {
  /** Shard folders, or folders holding them. */
  dirs: readonly string[];
  cwd: string;
  /** Evaluation date, YYYY-MM-DD. */
  now: string;
  failOn: FailOn;
  /** Reads the organization's own secret listing (visibility, selected repositories). */
  client?: GitHubClient;
  /** Policy for the merge's own findings (severities, key declarations for smoke calls). */
  config: ResolvedConfig;
  smoke?: Omit<OrgSmokeOptions, 'config' | 'now'>;
  /** Knows every value given to the merge: every byte written passes through it. */
  redactor: Redactor;
  /** Folder for the JSON report, SARIF per repository (and the shell's Markdown and HTML). */
  output?: string;
  /** Receives the JSON report as it is streamed (`--format json` to stdout). */
  json?: (text: string) => void;
  progress: (line: string) => void;
}

/** A repository as the HTML page drills into it. */
export interface RepoDrill {
  fullName: string;
  findings: OrgFinding[];
  /** Findings of the repository not on the page (they are all in the JSON report). */
  more: number;
}

export interface MergeResult {
  head: OrgReportHead;
  drill: RepoDrill[];
  /** Sentences naming what makes the report incomplete (missing shards, failed repositories). */
  problems: string[];
  /** SPEC section 7: 0 pass, 1 findings at or above --fail-on, 2 incomplete (named in `problems`). */
  exitCode: 0 | 1 | 2;
  findings: number;
  /** Findings about the organization itself (unused organization secrets). */
  orgFindings: OrgFinding[];
}

/** Where a scanned repository's file is: the index pass 2 walks, in repository order. */
interface RepoFile {
  fullName: string;
  folder: string;
  file: string;
}

interface ChosenShard {
  folder: string;
  shard: number;
}

export async function mergeShards(options: MergeOptions): Promise<MergeResult> {
  const found = findShardFolders(options.dirs, options.cwd);
  const notices = [...found.notices];
  const { shards, org, count } = chooseShards(found.folders, options.cwd, notices);
  const merged = shards.map((s) => s.shard);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !merged.includes(i));

  // Pass 1: the inventory of keys, one repository entry at a time; every repository file checked.
  const inventory = new KeyInventory();
  const artifacts: RepoFile[] = [];
  for (const { folder } of shards) {
    for (const entry of readInventory(folder, options.cwd).repositories) {
      const usable = checked(entry, folder, options);
      inventory.addRepository(usable);
      if (usable.status === 'scanned' && usable.file)
        artifacts.push({ fullName: usable.repository.fullName, folder, file: usable.file });
    }
  }
  artifacts.sort((a, b) => compareText(a.fullName, b.fullName));
  const orgListing = await readOrgSecrets(options.client, org);
  const keys = inventory.finish(orgListing.secrets, options.now, missing.length === 0);

  const mergeFindings: Omit<OrgFinding, 'fingerprint'>[] = [];
  const unusedSeverity = settingOf(options.config, UNUSED_SECRET, 'note');
  if (unusedSeverity !== 'off') mergeFindings.push(...unusedSecretFindings(keys, unusedSeverity));
  let smokeKeys: Key[] = [];
  if (options.smoke) {
    options.progress(
      `smoke: calling the providers of ${keys.filter((k) => k.scope === 'organization').length} organization secrets`,
    );
    const smoked = await smokeOrgKeys(keys, { ...options.smoke, config: options.config, now: options.now });
    for (const value of smoked.values) options.redactor.add(value);
    options.progress(`smoke: ${smoked.values.length} keys had a value; ${smoked.called} requests sent`);
    mergeFindings.push(...smoked.findings);
    smokeKeys = smoked.keys;
  }
  const withPrints = fingerprintAll(mergeFindings, smokeKeys);
  const byRepository = new Map<string, OrgFinding[]>();
  const orgLevel: OrgFinding[] = [];
  for (const finding of withPrints) {
    if (finding.repository === undefined) orgLevel.push(finding);
    else {
      const list = byRepository.get(finding.repository) ?? [];
      list.push(finding);
      byRepository.set(finding.repository, list);
    }
  }

  const repositories = inventory.repositories;
  for (const repo of repositories)
    for (const finding of byRepository.get(repo.fullName) ?? []) repo[finding.severity]++;
  const total = (severity: Severity): number =>
    repositories.reduce((sum, r) => sum + r[severity], 0) + orgLevel.filter((f) => f.severity === severity).length;
  const statuses = { scanned: 0, skipped: 0, error: 0, failed: 0 };
  for (const repo of repositories) statuses[repo.status]++;
  const smoke = Object.fromEntries(SMOKE_STATUSES.map((s) => [s, 0])) as Record<SmokeStatus, number>;
  for (const key of keys) if (key.smoke) smoke[key.smoke.status]++;

  const problems = [
    ...(missing.length > 0
      ? [
          `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: no inventory was given for ${missing.length === 1 ? 'it' : 'them'} (rerun the failed matrix jobs)`,
        ]
      : []),
    ...repositories
      .filter((r) => r.status === 'failed' || r.status === 'error')
      .map(
        (r) =>
          `${r.fullName} (shard ${r.shard}/${count}) ${r.status === 'failed' ? 'failed' : 'could not be scanned'}: ${r.reason ?? ''}`,
      ),
  ];
  const summary = {
    repositories: { total: repositories.length, ...statuses },
    keys: keys.length,
    secrets: countSecrets(keys),
    unused: keys.filter((k) => k.usage === 'unused').length,
    error: total('error'),
    warning: total('warning'),
    note: total('note'),
    smoke,
  };
  const failOn = options.failOn;
  const failing =
    failOn !== 'never' &&
    (['error', 'warning', 'note'] as const).some((s) => summary[s] > 0 && SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]);
  if (options.output)
    for (const repo of repositories)
      if (repo.status === 'scanned') repo.sarif = `${OUTPUT_FILES.sarif}/${repo.fullName.split('/')[1]}.sarif`;
  const head: OrgReportHead = {
    schemaVersion: ORG_REPORT_SCHEMA,
    tool: { name: 'keybound', version: VERSION },
    org,
    evaluatedAt: options.now,
    verdict: problems.length > 0 ? 'incomplete' : failing ? 'fail' : 'pass',
    failOn: options.failOn,
    shards: { count, merged: [...merged].sort((a, b) => a - b), missing },
    organizationSecrets: orgListing.read ? { read: true } : { read: false, note: orgListing.note },
    notices,
    summary,
    keys,
    repositories,
  };

  // Pass 2: every finding streamed into the JSON report; SARIF per repository.
  const drill = await streamFindings(head, artifacts, byRepository, orgLevel, options);
  const exitCode = problems.length > 0 ? 2 : failing ? 1 : 0;
  return { head, drill: drill.repos, problems, exitCode, findings: drill.count, orgFindings: orgLevel };
}

/** One inventory per shard index (the latest when a shard was given twice), all of one org and count. */
function chooseShards(folders: readonly string[], cwd: string, notices: string[]) {
  const chosen = new Map<number, ChosenShard & { finishedAt: string }>();
  let first: { org: string; count: number; folder: string } | undefined;
  for (const folder of folders) {
    const inventory: ShardInventory = readInventory(folder, cwd);
    first ??= { org: inventory.org, count: inventory.shards, folder };
    if (inventory.org.toLowerCase() !== first.org.toLowerCase() || inventory.shards !== first.count)
      throw new KeyboundError(
        'usage',
        `${folder} holds shard ${inventory.shard}/${inventory.shards} of ${inventory.org}, but ${first.folder} one of ${first.count} shards of ${first.org}: merge the shards of one plan`,
      );
    const previous = chosen.get(inventory.shard);
    if (previous) {
      const later = inventory.finishedAt > previous.finishedAt;
      notices.push(
        `shard ${inventory.shard}/${inventory.shards} was given twice (${previous.folder}, ${folder}); the later run (${later ? folder : previous.folder}) is used`,
      );
      if (!later) continue;
    }
    chosen.set(inventory.shard, { folder, shard: inventory.shard, finishedAt: inventory.finishedAt });
  }
  if (!first) throw new KeyboundError('usage', 'no shard inventory (inventory.json) was found in the folders given');
  const shards = [...chosen.values()].sort((a, b) => a.shard - b.shard);
  return { shards, org: first.org, count: first.count };
}

/** A scanned entry whose file is missing or unreadable becomes a failed one, named. */
function checked(entry: RepoEntry, folder: string, options: MergeOptions): RepoEntry {
  if (entry.status !== 'scanned') return entry;
  try {
    if (!entry.file) throw new KeyboundError('io', 'the inventory names no file for it');
    readRepoArtifact(folder, entry.file, entry.repository.fullName, options.cwd);
    return entry;
  } catch (error) {
    options.progress(`${entry.repository.fullName}: ${describeError(error)}`);
    return { ...entry, status: 'failed', reason: `its scan result is unusable: ${describeError(error)}` };
  }
}

async function readOrgSecrets(
  client: GitHubClient | undefined,
  org: string,
): Promise<{ read: boolean; secrets?: OrgSecret[]; note?: string }> {
  const fallback =
    'organization secrets are known from the repositories that can use them; visibility and secrets shared with no repository are not';
  if (!client) return { read: false, note: `no GITHUB_TOKEN was given: ${fallback}` };
  try {
    return { read: true, secrets: await listOrgSecrets(client, org) };
  } catch (error) {
    return {
      read: false,
      note: `the organization's secrets could not be listed (${statusReason(error)}; a GitHub App needs the organization permission Secrets: read): ${fallback}`,
    };
  }
}

function settingOf(config: ResolvedConfig, id: string, fallback: Severity): Severity | 'off' {
  return config.rules[id]?.severity ?? fallback;
}

/** Fingerprints as the engine makes them; an organization-level finding is keyed by the organization. */
function fingerprintAll(findings: readonly Omit<OrgFinding, 'fingerprint'>[], keys: readonly Key[]): OrgFinding[] {
  const placed = findings.map(({ repository, location, ...rest }) => ({
    ...rest,
    location: location ?? { file: '', line: 1, column: 1 },
    anchor: `${repository ?? ''}\u0000${rest.environment ?? ''}`,
  }));
  return fingerprint(placed, keys).map((finding, i) => {
    const { location, ...rest } = finding;
    const original = findings[i];
    return {
      ...rest,
      ...(original.repository !== undefined ? { repository: original.repository, location } : {}),
    };
  });
}

/** The descriptors SARIF needs: every registered rule, and unused-secret where issue 17's is not yet. */
export function ruleMetas(): RuleMeta[] {
  const metas = RULES.map((r) => r.meta);
  if (!metas.some((m) => m.id === UNUSED_SECRET))
    metas.push({
      id: UNUSED_SECRET,
      description:
        'Reports a repository, environment or organization secret (from secret metadata) that no scanned workflow references.',
      defaultSeverity: 'note',
      optionsSchema: {},
      defaultOptions: {},
      messages: { ...UNUSED_SECRET_MESSAGES },
    });
  return metas;
}

async function streamFindings(
  head: OrgReportHead,
  artifacts: readonly RepoFile[],
  byRepository: ReadonlyMap<string, OrgFinding[]>,
  orgLevel: readonly OrgFinding[],
  options: MergeOptions,
): Promise<{ repos: RepoDrill[]; count: number }> {
  const redact = (text: string): string => options.redactor.redact(text);
  const sinks: ((text: string) => void)[] = [];
  let fd: number | undefined;
  if (options.output) {
    mkdirSync(join(options.output, OUTPUT_FILES.sarif), { recursive: true });
    fd = openSync(join(options.output, OUTPUT_FILES.json), 'w');
    const out = fd;
    sinks.push((text) => writeSync(out, text));
  }
  if (options.json) sinks.push(options.json);
  // The JSON is redacted value by value (stringify below), so it stays well-formed.
  const emit = (text: string): void => {
    for (const sink of sinks) sink(text);
  };
  const json = (value: unknown, space?: number): string => stringifyRedacted(value, redact, space);
  const metas = ruleMetas();
  const repos: RepoDrill[] = [];
  let shown = 0;
  let count = 0;
  try {
    // The head's small fields as one block, then each key, repository and finding on its own line:
    // no string ever holds the whole inventory.
    const { keys, repositories, ...fields } = head;
    const fieldsText = json(fields, 2);
    emit(`${fieldsText.slice(0, fieldsText.lastIndexOf('}')).trimEnd()},\n`);
    const list = (name: string, items: readonly unknown[]): void => {
      emit(`  "${name}": [`);
      items.forEach((item, i) => emit(`${i === 0 ? '\n' : ',\n'}    ${json(item)}`));
      emit(`${items.length === 0 ? '' : '\n  '}],\n`);
    };
    list('keys', keys);
    list('repositories', repositories);
    emit('  "findings": [');
    const write = (finding: OrgFinding): void => {
      emit(`${count === 0 ? '\n' : ',\n'}    ${json(finding)}`);
      count++;
    };
    const summaries = new Map(head.repositories.map((r) => [r.fullName, r]));
    for (const { fullName, folder, file } of artifacts) {
      const summary = summaries.get(fullName);
      const { report } = readRepoArtifact(folder, file, fullName, options.cwd);
      const own = report.findings.filter((f) => f.ruleId !== UNUSED_SECRET);
      const added = (byRepository.get(fullName) ?? []) as Finding[];
      const findings = sortBySeverity([...own, ...added]);
      const withRepository = findings.map((f): OrgFinding => ({ repository: fullName, ...f }));
      for (const finding of withRepository) write(finding);
      if (summary?.sarif && options.output)
        writeSarif(join(options.output, summary.sarif), report, findings, metas, redact);
      const room = Math.max(0, Math.min(DRILL_PER_REPO, DRILL_TOTAL - shown));
      repos.push({
        fullName,
        findings: withRepository.slice(0, room),
        more: Math.max(0, withRepository.length - room),
      });
      shown += Math.min(room, withRepository.length);
    }
    for (const finding of orgLevel) write(finding);
    emit(`${count === 0 ? '' : '\n  '}]\n}\n`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return { repos, count };
}

function sortBySeverity<T extends Pick<Finding, 'severity'>>(findings: T[]): T[] {
  // Stable: within a severity the engine's order (file, line, column, rule) is kept.
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** `sarif/NAME.sarif`: the repository's own report with the organisation's findings about it. */
function writeSarif(
  path: string,
  report: Report,
  findings: Finding[],
  metas: readonly RuleMeta[],
  redact: (text: string) => string,
): void {
  const redacted = redactStrings(
    { ...report, findings, tool: { name: 'keybound' as const, version: VERSION } },
    redact,
  );
  const text = formatSarif(redacted, metas);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
