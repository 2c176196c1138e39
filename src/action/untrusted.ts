// SECURITY.md rule 2: smoke calls (which send secrets) run only on the events of an allow-list, whose
// checked-out files cannot come from an untrusted author while secrets are present. On every other event
// (pull_request_target, workflow_run, issue_comment, check_run, repository_dispatch, ...) they are allowed
// only when the checked-out commit is provably a trusted one, or an input explicitly allows them.
// `decideSmoke` is pure (tested from a table); `readCheckedOutCommit` reads .git without running git.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Events whose workspace holds only trusted files (SPEC section 8): pushes, releases, manual and
 * scheduled runs, deployments, merge queues, and `pull_request`, where forks get no secrets.
 */
export const TRUSTED_EVENTS: ReadonlySet<string> = new Set([
  'push',
  'release',
  'workflow_dispatch',
  'schedule',
  'deployment',
  'merge_group',
  'pull_request',
]);

/**
 * Events whose GITHUB_SHA is the last commit of the default branch (or, for pull_request_target, of the
 * pull request's base branch), as GitHub documents it. On other events outside the allow-list GITHUB_SHA
 * may be a pull request's merge commit (pull_request_review) or any commit being deployed
 * (deployment_status), so it proves nothing there.
 */
export const DEFAULT_BRANCH_SHA_EVENTS: ReadonlySet<string> = new Set([
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'delete',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'issue_comment',
  'issues',
  'label',
  'milestone',
  'page_build',
  'public',
  'pull_request_target',
  'repository_dispatch',
  'status',
  'watch',
  'workflow_run',
]);

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export interface SmokeDecisionInput {
  /** The `smoke` input. */
  requested: boolean;
  /** GITHUB_EVENT_NAME. */
  event: string;
  /** The parsed GITHUB_EVENT_PATH payload (undefined when absent or unreadable). */
  payload: unknown;
  /** GITHUB_SHA: the commit the runner started this workflow from (trusted: set by the runner). */
  workflowSha?: string;
  /** The commit checked out where the scanned files are, from .git; undefined when it cannot be proven. */
  head?: string;
  /** Why `head` is undefined, for the message. */
  headProblem?: string;
  /** The `allow-untrusted-smoke` input. */
  allowUntrusted: boolean;
}

export interface SmokeDecision {
  smoke: boolean;
  /** True when smoke was requested and refused. */
  refused: boolean;
  /** One sentence for the log and the summary; empty when there is nothing to say. */
  message: string;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value.toLowerCase()) ? value.toLowerCase() : undefined;
}

function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const name of path) {
    if (typeof at !== 'object' || at === null || !Object.prototype.hasOwnProperty.call(at, name)) return undefined;
    at = (at as Record<string, unknown>)[name];
  }
  return at;
}

/**
 * The trusted commits of an event: the pull request's base commit (`pull_request.base.sha`) and, where
 * GitHub sets it to the default or base branch tip, GITHUB_SHA. Never `pull_request.head.sha` or
 * `workflow_run.head_sha`: those are the untrusted author's commits.
 */
export function trustedCommits(event: string, payload: unknown, workflowSha?: string): string[] {
  const commits = new Set<string>();
  if (event === 'pull_request_target') {
    const base = sha(field(payload, 'pull_request', 'base', 'sha'));
    if (base) commits.add(base);
  }
  const own = DEFAULT_BRANCH_SHA_EVENTS.has(event) ? sha(workflowSha) : undefined;
  if (own) commits.add(own);
  return [...commits];
}

const short = (commit: string): string => commit.slice(0, 12);

/** Whether smoke calls may run, and the sentence that explains a refusal or an explicit allowance. */
export function decideSmoke(input: SmokeDecisionInput): SmokeDecision {
  if (!input.requested) return { smoke: false, refused: false, message: '' };
  if (TRUSTED_EVENTS.has(input.event)) return { smoke: true, refused: false, message: '' };
  const event = input.event || 'an event GitHub did not name (GITHUB_EVENT_NAME is empty)';
  const why =
    `on ${event} the run holds secrets while the scanned files may come from an untrusted author ` +
    `(a pull request head or a fork's artifact)`;
  if (input.allowUntrusted) {
    return {
      smoke: true,
      refused: false,
      message: `smoke calls allowed by allow-untrusted-smoke: true although ${why}`,
    };
  }
  const trusted = trustedCommits(input.event, input.payload, input.workflowSha);
  const head = sha(input.head);
  if (head && trusted.includes(head)) {
    return {
      smoke: true,
      refused: false,
      message: `smoke calls allowed on ${event}: the checked-out commit ${short(head)} is the trusted base commit`,
    };
  }
  let proof: string;
  if (!head) proof = `the checked-out commit could not be read (${input.headProblem ?? 'no .git found'})`;
  else if (trusted.length === 0) proof = `the event gives no trusted base commit to compare ${short(head)} with`;
  else proof = `the checked-out commit ${short(head)} is not the base commit (${trusted.map(short).join(' or ')})`;
  return {
    smoke: false,
    refused: true,
    message:
      `smoke calls refused: ${why}, and ${proof}. They run without proof only on ${[...TRUSTED_EVENTS].join(', ')}. ` +
      `Check out the base commit, or set allow-untrusted-smoke: true if this job never scans untrusted files`,
  };
}

export interface CheckedOutCommit {
  sha?: string;
  /** Why `sha` is undefined. */
  problem?: string;
}

/** Bounded reads: .git files are small; anything large is not a ref. */
const MAX_GIT_FILE = 64 * 1024 * 1024;

// Stryker disable BlockStatement: an empty catch returns undefined as well (an equivalent mutant).
function readSmall(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_GIT_FILE) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
// Stryker restore BlockStatement

/** The .git directory of the repository holding `dir`, looking up no further than `stop`. */
function findGitDir(dir: string, stop: string): { gitDir: string; commonDir: string } | undefined {
  let at = resolve(dir);
  const boundary = resolve(stop);
  for (;;) {
    const dotGit = join(at, '.git');
    if (existsSync(dotGit)) {
      let gitDir = dotGit;
      if (statSync(dotGit).isFile()) {
        // A worktree or submodule: `.git` is a file `gitdir: PATH`.
        // Stryker disable next-line StringLiteral: no other stand-in text matches either (equivalent).
        const pointer = /^gitdir: (.+)/m.exec(readSmall(dotGit) ?? '');
        if (!pointer) return undefined;
        gitDir = resolve(at, pointer[1].trim());
      }
      const common = readSmall(join(gitDir, 'commondir'))?.trim();
      return { gitDir, commonDir: common ? resolve(gitDir, common) : gitDir };
    }
    // Up to the workspace and no further; a folder outside it (`..`) is not looked in at all.
    const rel = relative(boundary, at);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    at = dirname(at);
  }
}

/** A ref name that may be joined to a git dir: under refs/, no `..`, no backslash or control chars. */
function safeRef(ref: string): boolean {
  return /^refs\/[^\0-\x20\\:*?[~^]+$/.test(ref) && !ref.split('/').some((p) => p === '..' || p === '.' || p === '');
}

function resolveRef(ref: string, dirs: { gitDir: string; commonDir: string }, depth = 0): string | undefined {
  if (depth > 5 || !safeRef(ref)) return undefined;
  for (const base of [dirs.gitDir, dirs.commonDir]) {
    const loose = readSmall(join(base, ...ref.split('/')))?.trim();
    if (loose === undefined) continue;
    if (loose.startsWith('ref: ')) return resolveRef(loose.slice(5).trim(), dirs, depth + 1);
    return sha(loose);
  }
  const packed = readSmall(join(dirs.commonDir, 'packed-refs'));
  if (packed === undefined) return undefined;
  for (const line of packed.split(/\r?\n/)) {
    if (line.startsWith('#') || line.startsWith('^')) continue;
    const space = line.indexOf(' ');
    if (space > 0 && line.slice(space + 1) === ref) return sha(line.slice(0, space));
  }
  return undefined;
}

/**
 * The commit checked out in the repository that holds `dir` (the scanned folder), read from `.git/HEAD`,
 * the ref it names, and `packed-refs`, without running git. NOTE: this proves the commit, not that no
 * earlier step wrote other files into the working tree.
 */
export function readCheckedOutCommit(dir: string, workspace: string): CheckedOutCommit {
  const dirs = findGitDir(dir, workspace);
  if (!dirs) return { problem: 'the scanned folder is not inside a git checkout in the workspace' };
  const head = readSmall(join(dirs.gitDir, 'HEAD'))?.trim();
  if (head === undefined) return { problem: '.git/HEAD could not be read' };
  if (head.startsWith('ref: ')) {
    const ref = head.slice(5).trim();
    const resolved = resolveRef(ref, dirs);
    return resolved ? { sha: resolved } : { problem: `.git/HEAD names ${ref}, which could not be resolved` };
  }
  const detached = sha(head);
  return detached ? { sha: detached } : { problem: '.git/HEAD holds neither a commit nor a ref' };
}
