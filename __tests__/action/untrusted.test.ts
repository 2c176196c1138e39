// SECURITY.md rule 2 as a table: when smoke calls may run on events that hold secrets while the scanned
// files may be an untrusted author's, and reading the checked-out commit from .git without git.

import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decideSmoke,
  readCheckedOutCommit,
  DEFAULT_BRANCH_SHA_EVENTS,
  trustedCommits,
  TRUSTED_EVENTS,
  type SmokeDecisionInput,
} from '../../src/action/untrusted.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const OWN = 'd'.repeat(40);
const prPayload = { pull_request: { base: { sha: BASE }, head: { sha: HEAD } } };
const runPayload = { workflow_run: { head_sha: HEAD, head_branch: 'main' } };

const input = (over: Partial<SmokeDecisionInput>): SmokeDecisionInput => ({
  requested: true,
  event: 'pull_request_target',
  payload: prPayload,
  workflowSha: OWN,
  head: BASE,
  allowUntrusted: false,
  ...over,
});

describe('decideSmoke', () => {
  const cases: { name: string; input: SmokeDecisionInput; smoke: boolean; refused: boolean; says?: string }[] = [
    { name: 'smoke not requested', input: input({ requested: false, head: HEAD }), smoke: false, refused: false },
    { name: 'push: trusted event', input: input({ event: 'push', head: HEAD }), smoke: true, refused: false },
    {
      name: 'pull_request: no secrets for forks',
      input: input({ event: 'pull_request', head: HEAD }),
      smoke: true,
      refused: false,
    },
    {
      name: 'pull_request_target, base commit checked out',
      input: input({}),
      smoke: true,
      refused: false,
      says: 'is the trusted base commit',
    },
    {
      name: 'pull_request_target, base commit in upper case',
      input: input({ head: BASE.toUpperCase() }),
      smoke: true,
      refused: false,
    },
    {
      name: 'pull_request_target, GITHUB_SHA (base branch tip) checked out',
      input: input({ head: OWN }),
      smoke: true,
      refused: false,
    },
    {
      name: 'pull_request_target, PR head checked out',
      input: input({ head: HEAD }),
      smoke: false,
      refused: true,
      says: `the checked-out commit ${HEAD.slice(0, 12)} is not the base commit`,
    },
    {
      name: 'pull_request_target, head unreadable',
      input: input({ head: undefined, headProblem: '.git/HEAD could not be read' }),
      smoke: false,
      refused: true,
      says: 'could not be read (.git/HEAD could not be read)',
    },
    {
      name: 'pull_request_target, head not a sha',
      input: input({ head: 'refs/heads/main' }),
      smoke: false,
      refused: true,
    },
    {
      name: 'pull_request_target, no payload and no GITHUB_SHA',
      input: input({ payload: undefined, workflowSha: undefined }),
      smoke: false,
      refused: true,
      says: 'gives no trusted base commit',
    },
    {
      name: 'pull_request_target, base.sha malformed in the payload',
      input: input({ payload: { pull_request: { base: { sha: 'main' } } }, workflowSha: undefined }),
      smoke: false,
      refused: true,
    },
    {
      name: 'workflow_run, the triggering run head checked out (head_sha is not trusted)',
      input: input({ event: 'workflow_run', payload: runPayload, head: HEAD }),
      smoke: false,
      refused: true,
      says: 'on workflow_run the run holds secrets',
    },
    {
      name: 'workflow_run, the workflow own commit checked out',
      input: input({ event: 'workflow_run', payload: runPayload, head: OWN }),
      smoke: true,
      refused: false,
    },
    {
      name: 'workflow_run, files from an artifact (no .git)',
      input: input({ event: 'workflow_run', payload: runPayload, head: undefined }),
      smoke: false,
      refused: true,
    },
    {
      name: 'allow-untrusted-smoke on pull_request_target with the PR head',
      input: input({ head: HEAD, allowUntrusted: true }),
      smoke: true,
      refused: false,
      says: 'allowed by allow-untrusted-smoke: true',
    },
  ];

  // SECURITY.md case 32: an allow-list, not a deny-list. Every event outside it needs a proof.
  for (const event of ['push', 'release', 'workflow_dispatch', 'schedule', 'deployment', 'merge_group', 'pull_request'])
    cases.push({
      name: `${event}: on the allow-list`,
      input: input({ event, head: HEAD }),
      smoke: true,
      refused: false,
    });
  for (const event of ['issue_comment', 'check_run', 'check_suite', 'repository_dispatch', 'issues', 'discussion'])
    cases.push(
      {
        name: `${event}, the pull request head checked out`,
        input: input({ event, payload: {}, head: HEAD }),
        smoke: false,
        refused: true,
        says: `on ${event} the run holds secrets`,
      },
      {
        name: `${event}, GITHUB_SHA (the default branch tip) checked out`,
        input: input({ event, payload: {}, head: OWN }),
        smoke: true,
        refused: false,
        says: 'is the trusted base commit',
      },
    );
  for (const event of [
    'pull_request_review',
    'pull_request_review_comment',
    'deployment_status',
    'create',
    'some_new_event',
  ])
    cases.push({
      name: `${event}: GITHUB_SHA may be the untrusted commit itself, so it proves nothing`,
      input: input({ event, payload: prPayload, head: OWN }),
      smoke: false,
      refused: true,
      says: 'the event gives no trusted base commit',
    });
  cases.push(
    {
      name: 'no event name at all: refused',
      input: input({ event: '', payload: {}, head: HEAD }),
      smoke: false,
      refused: true,
      says: 'on an event GitHub did not name (GITHUB_EVENT_NAME is empty)',
    },
    {
      name: 'a refusal names the allow-list',
      input: input({ event: 'issue_comment', payload: {}, head: HEAD }),
      smoke: false,
      refused: true,
      says: 'They run without proof only on push, release, workflow_dispatch, schedule, deployment, merge_group, pull_request.',
    },
  );

  const LONG_BASE = 'e'.repeat(64);
  cases.push(
    {
      name: 'no head and no reason given: says no .git was found',
      input: input({ head: undefined, headProblem: undefined }),
      smoke: false,
      refused: true,
      says: 'the checked-out commit could not be read (no .git found)',
    },
    {
      name: 'a refusal names every trusted commit it compared with',
      input: input({ head: HEAD }),
      smoke: false,
      refused: true,
      says: `is not the base commit (${BASE.slice(0, 12)} or ${OWN.slice(0, 12)})`,
    },
    {
      name: 'a head one character too long is no commit',
      input: input({ head: `${BASE}0` }),
      smoke: false,
      refused: true,
      says: 'could not be read',
    },
    {
      name: 'a head with a leading character is no commit',
      input: input({ head: `x${BASE}` }),
      smoke: false,
      refused: true,
      says: 'could not be read',
    },
    {
      name: 'a SHA-256 repository: a 64-character base commit checked out',
      input: input({
        payload: { pull_request: { base: { sha: LONG_BASE } } },
        head: LONG_BASE,
        workflowSha: undefined,
      }),
      smoke: true,
      refused: false,
    },
  );

  it.each(cases)('$name', ({ input: given, smoke, refused, says }) => {
    const decision = decideSmoke(given);
    expect(decision.smoke).toBe(smoke);
    expect(decision.refused).toBe(refused);
    if (says) expect(decision.message).toContain(says);
    if (refused) {
      expect(decision.message).toContain('set allow-untrusted-smoke: true');
      expect(decision.message).toContain("(a pull request head or a fork's artifact)");
    }
    if (!given.requested || (!refused && TRUSTED_EVENTS.has(given.event))) expect(decision.message).toBe('');
  });

  it('trusts GITHUB_SHA exactly on the events where GitHub sets it to the default or base branch tip', () => {
    // GitHub's "Events that trigger workflows" table; on any other event GITHUB_SHA may be the PR's own commit.
    expect([...DEFAULT_BRANCH_SHA_EVENTS].sort()).toEqual([
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
    expect([...TRUSTED_EVENTS].sort()).toEqual([
      'deployment',
      'merge_group',
      'pull_request',
      'push',
      'release',
      'schedule',
      'workflow_dispatch',
    ]);
  });

  it('never trusts the head commits named in the payload', () => {
    const payload = { ...prPayload, ...runPayload };
    expect(trustedCommits('pull_request_target', payload)).toEqual([BASE]);
    expect(trustedCommits('workflow_run', payload)).toEqual([]);
    expect(trustedCommits('workflow_run', payload, OWN)).toEqual([OWN]);
    expect(trustedCommits('pull_request_target', payload, OWN)).toEqual([BASE, OWN]);
    expect(trustedCommits('pull_request_review', payload, OWN)).toEqual([]);
    expect(trustedCommits('deployment_status', payload, OWN)).toEqual([]);
  });

  it('a null or non-object step in the payload is nothing', () => {
    expect(trustedCommits('pull_request_target', { pull_request: null })).toEqual([]);
    expect(trustedCommits('pull_request_target', { pull_request: { base: 'main' } })).toEqual([]);
  });

  it('does not read inherited payload properties', () => {
    const payload = Object.create({ pull_request: { base: { sha: HEAD } } }) as object;
    expect(trustedCommits('pull_request_target', payload)).toEqual([]);
  });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'keybound-git-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('readCheckedOutCommit', () => {
  const cases: { name: string; files: Record<string, string>; scan?: string; sha?: string; problem?: RegExp }[] = [
    { name: 'detached HEAD', files: { '.git/HEAD': `${HEAD}\n` }, sha: HEAD },
    {
      name: 'a loose branch ref',
      files: { '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${BASE}\n` },
      sha: BASE,
    },
    {
      name: 'a packed ref (actions/checkout fetches with depth 1)',
      files: {
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.git/packed-refs': `# pack-refs with: peeled fully-peeled sorted\n${HEAD} refs/heads/other\n${BASE} refs/heads/main\n^${OWN}\n`,
      },
      sha: BASE,
    },
    {
      name: 'a symbolic ref that points at another ref',
      files: {
        '.git/HEAD': 'ref: refs/heads/alias\n',
        '.git/refs/heads/alias': 'ref: refs/heads/main\n',
        '.git/refs/heads/main': `${BASE}\n`,
      },
      sha: BASE,
    },
    {
      name: 'the scanned folder below the repository root',
      files: { '.git/HEAD': `${BASE}\n`, 'deploy/app.yaml': 'x: 1\n' },
      scan: 'deploy',
      sha: BASE,
    },
    {
      name: 'a nested checkout of the PR head (actions/checkout path: pr)',
      files: { '.git/HEAD': `${BASE}\n`, 'pr/.git/HEAD': `${HEAD}\n` },
      scan: 'pr',
      sha: HEAD,
    },
    {
      name: 'a worktree: .git is a gitdir file, refs in the common dir',
      files: {
        'wt/.git': 'gitdir: ../main-repo/.git/worktrees/wt\n',
        'main-repo/.git/worktrees/wt/HEAD': 'ref: refs/heads/feature\n',
        'main-repo/.git/worktrees/wt/commondir': '../..\n',
        'main-repo/.git/refs/heads/feature': `${HEAD}\n`,
      },
      scan: 'wt',
      sha: HEAD,
    },
    { name: 'no .git', files: { 'a.yml': 'x: 1\n' }, problem: /not inside a git checkout/ },
    { name: 'an unresolvable ref', files: { '.git/HEAD': 'ref: refs/heads/gone\n' }, problem: /could not be resolved/ },
    {
      name: 'a ref that climbs out of .git',
      files: { '.git/HEAD': 'ref: refs/../../secret\n', secret: `${BASE}\n` },
      problem: /could not be resolved/,
    },
    { name: 'garbage in HEAD', files: { '.git/HEAD': 'hello\n' }, problem: /neither a commit nor a ref/ },
    {
      name: 'a .git folder without HEAD',
      files: { '.git/config': '[core]\n' },
      problem: /\.git\/HEAD could not be read/,
    },
    { name: 'HEAD is a folder', files: { '.git/HEAD/x': 'y' }, problem: /\.git\/HEAD could not be read/ },
    {
      name: 'extra spaces after ref: in HEAD and in a symbolic ref',
      files: {
        '.git/HEAD': 'ref:   refs/heads/alias\n',
        '.git/refs/heads/alias': 'ref:  refs/heads/main\n',
        '.git/refs/heads/main': `${BASE}\n`,
      },
      sha: BASE,
    },
    {
      name: 'a branch name with a dot',
      files: { '.git/HEAD': 'ref: refs/heads/release-1.2\n', '.git/refs/heads/release-1.2': `${BASE}\n` },
      sha: BASE,
    },
    ...['refs/heads/./main', 'refs/heads//main', 'xrefs/heads/main', 'refs/heads/ma in'].map((ref) => ({
      name: `an unsafe ref ${JSON.stringify(ref)} is not followed`,
      files: {
        '.git/HEAD': `ref: ${ref}\n`,
        '.git/refs/heads/main': `${BASE}\n`,
        '.git/xrefs/heads/main': `${BASE}\n`,
        '.git/refs/heads/ma in': `${BASE}\n`,
      },
      problem: /could not be resolved/,
    })),
    {
      name: 'a chain of six symbolic refs resolves (the deepest allowed)',
      files: {
        '.git/HEAD': 'ref: refs/heads/r0\n',
        ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`.git/refs/heads/r${i}`, `ref: refs/heads/r${i + 1}\n`])),
        '.git/refs/heads/r5': `${BASE}\n`,
      },
      sha: BASE,
    },
    {
      name: 'a chain of seven is too deep',
      files: {
        '.git/HEAD': 'ref: refs/heads/r0\n',
        ...Object.fromEntries([0, 1, 2, 3, 4, 5].map((i) => [`.git/refs/heads/r${i}`, `ref: refs/heads/r${i + 1}\n`])),
        '.git/refs/heads/r6': `${BASE}\n`,
      },
      problem: /could not be resolved/,
    },
    {
      name: 'a cycle of symbolic refs ends',
      files: {
        '.git/HEAD': 'ref: refs/heads/a\n',
        '.git/refs/heads/a': 'ref: refs/heads/b\n',
        '.git/refs/heads/b': 'ref: refs/heads/a\n',
      },
      problem: /could not be resolved/,
    },
    {
      name: 'packed-refs: comment, peeled and space-led lines that name the ref are not it',
      files: {
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.git/packed-refs': `# refs/heads/main\n^${HEAD} refs/heads/main\n refs/heads/main\n${BASE} refs/heads/main\n`,
      },
      sha: BASE,
    },
    {
      name: 'a worktree .git file with CRLF and trailing spaces',
      files: {
        'wt/.git': 'gitdir: ../main-repo/.git/worktrees/wt  \r\n',
        'main-repo/.git/worktrees/wt/HEAD': `${HEAD}\n`,
      },
      scan: 'wt',
      sha: HEAD,
    },
    {
      name: 'a .git file that points nowhere it says gitdir',
      files: { 'wt/.git': 'worktree-gitdir: ../elsewhere/.git\n', 'elsewhere/.git/HEAD': `${HEAD}\n` },
      scan: 'wt',
      problem: /not inside a git checkout/,
    },
    {
      name: 'a .git file without a gitdir line',
      files: { 'wt/.git': 'nothing here\n' },
      scan: 'wt',
      problem: /not inside a git checkout/,
    },
  ];

  it.each(cases)('$name', ({ files, scan, sha, problem }) => {
    const root = tree(files);
    const result = readCheckedOutCommit(join(root, scan ?? ''), root);
    expect(result.sha).toBe(sha);
    if (problem) expect(result.problem).toMatch(problem);
  });

  it('does not look above the workspace', () => {
    const root = tree({ '.git/HEAD': `${BASE}\n`, 'ws/a.yml': 'x: 1\n' });
    expect(readCheckedOutCommit(join(root, 'ws'), join(root, 'ws')).sha).toBeUndefined();
  });

  it('does not look in a folder beside the workspace, nor above it', () => {
    const root = tree({ '.git/HEAD': `${BASE}\n`, 'other/a.yml': 'x: 1\n', 'ws/a.yml': 'x: 1\n' });
    expect(readCheckedOutCommit(join(root, 'other'), join(root, 'ws'))).toEqual({
      problem: 'the scanned folder is not inside a git checkout in the workspace',
    });
  });

  it('a HEAD larger than any ref is not read; one at the limit is', () => {
    for (const [size, problem] of [
      [64 * 1024 * 1024 + 1, '.git/HEAD could not be read'],
      [64 * 1024 * 1024, '.git/HEAD holds neither a commit nor a ref'],
    ] as const) {
      const root = tree({ '.git/config': '' });
      const head = join(root, '.git/HEAD');
      writeFileSync(head, '');
      truncateSync(head, size);
      expect(readCheckedOutCommit(root, root)).toEqual({ problem });
    }
  });
});
