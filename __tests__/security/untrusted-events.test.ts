// SECURITY.md case 32: smoke calls run only on the events of an allow-list. On issue_comment, check_run,
// repository_dispatch (and any event not on the list) with a pull request's head checked out, the Action
// bundle sends nothing and says why; with the default branch's commit checked out it may call.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../action/run-bundle.js';
import { json } from '../helpers/fake-provider.js';
import { fakeProvider, SLACK_OK, SLACK_TOKEN, tempRepo, workflow } from './support.js';

const HEAD = 'a'.repeat(40);
const DEFAULT_BRANCH = 'b'.repeat(40);

/** A repository whose .git says `commit` is checked out. */
function checkout(commit: string): string {
  const root = tempRepo({
    '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']),
    'keybound.yml': 'version: 1\nkeys:\n  SLACK_BOT_TOKEN:\n    provider: slack\n',
  });
  mkdirSync(join(root, '.git/refs/heads'), { recursive: true });
  writeFileSync(join(root, '.git/HEAD'), 'ref: refs/heads/pr\n');
  writeFileSync(join(root, '.git/refs/heads/pr'), `${commit}\n`);
  return root;
}

describe('case 32: issue_comment / check_run / repository_dispatch with the PR head checked out → no smoke call', () => {
  const events = [
    [
      'issue_comment',
      {
        issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/7' } },
        comment: { body: '/deploy' },
      },
    ],
    ['check_run', { check_run: { head_sha: HEAD, pull_requests: [{ number: 7 }] } }],
    ['repository_dispatch', { action: 'smoke', client_payload: { sha: HEAD } }],
    ['pull_request_review', { pull_request: { number: 7, head: { sha: HEAD } } }],
  ] as const;

  it.each(events)('%s: refused, nothing sent, the log and summary say why', async (event, payload) => {
    const slack = await fakeProvider(() => json(200, SLACK_OK));
    const run = await runBundle({
      workspace: checkout(HEAD),
      event,
      payload,
      // pull_request_review's GITHUB_SHA is the PR's merge commit: it must prove nothing either.
      env: { GITHUB_SHA: event === 'pull_request_review' ? HEAD : DEFAULT_BRANCH },
      inputs: {
        smoke: 'true',
        secrets: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
        endpoints: `slack=${slack.url}`,
      },
    });
    expect(slack.requests).toHaveLength(0);
    const refusal = run.view.commands.find((c) => c.command === 'warning' && c.data.includes('smoke calls refused'));
    expect(refusal?.data).toContain(`on ${event} the run holds secrets`);
    expect(run.summary).toContain('smoke calls refused');
  });

  it.each(['issue_comment', 'check_run', 'repository_dispatch'])(
    '%s with the default branch commit (GITHUB_SHA) checked out: allowed',
    async (event) => {
      const slack = await fakeProvider(() => json(200, SLACK_OK));
      const run = await runBundle({
        workspace: checkout(DEFAULT_BRANCH),
        event,
        payload: {},
        env: { GITHUB_SHA: DEFAULT_BRANCH },
        inputs: {
          smoke: 'true',
          secrets: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
          endpoints: `slack=${slack.url}`,
        },
      });
      expect(slack.requests).toHaveLength(1);
      expect(run.view.commands.some((c) => c.data.includes('smoke calls refused'))).toBe(false);
    },
  );
});
