// SPEC section 8 in the Action: on an event whose payload names a pull request's base commit, the base
// commit's policy decides, read through GitHub's contents API with `github-token`; what the pull request
// changes is reported by `policy-change`. When the base cannot be read (no token, no permission, an
// outage) the pull request's own policy decides and a `policy-change` finding says so.

import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import type { GitHubContents } from '../discovery/github-contents.js';
import { addedSuppressions, readBasePolicy, type CheckoutLayout } from '../policy/base-branch.js';
import type { PullRequestPolicy } from '../policy/pull-request.js';
import type { ActionSettings } from './inputs.js';

type Env = Readonly<Record<string, string | undefined>>;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The base commit a pull request event names (`pull_request.base.sha`), if any. */
export function pullRequestBase(payload: unknown): string | undefined {
  const pr = (payload as { pull_request?: { base?: { sha?: unknown } } } | undefined)?.pull_request;
  const base = typeof pr === 'object' && pr !== null ? pr.base?.sha : undefined;
  return typeof base === 'string' && SHA.test(base.toLowerCase()) ? base.toLowerCase() : undefined;
}

/** The folder of the checkout that holds `root`: the nearest with a `.git`, up to the workspace. */
function checkoutRoot(root: string, workspace: string): string {
  for (let at = resolve(root); ; at = dirname(at)) {
    if (existsSync(resolve(at, '.git'))) return at;
    const rel = relative(resolve(workspace), at);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || dirname(at) === at) return resolve(workspace);
  }
}

/**
 * The base commit's policy for check(), or undefined when the event is not a pull request's.
 * `base` in the result names it for the summary.
 */
export async function pullRequestPolicy(
  settings: Pick<ActionSettings, 'githubToken' | 'configPath'>,
  env: Env,
  payload: unknown,
  root: string,
  workspace: string,
): Promise<(PullRequestPolicy & { base: string }) | undefined> {
  const ref = pullRequestBase(payload);
  if (!ref) return undefined;
  const base = `the base commit ${ref.slice(0, 12)}`;
  const unavailable = (problem: string) => ({ base, problem, addedSuppressions: async () => [] });
  if (!settings.githubToken) return unavailable('the github-token input is empty');
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!repository) return unavailable('GITHUB_REPOSITORY is not set');
  const layout: CheckoutLayout = {
    repoRoot: checkoutRoot(root, workspace),
    root,
    ...(settings.configPath ? { configPath: resolve(workspace, settings.configPath) } : {}),
  };
  // Octokit is loaded only on a pull request event with a token (issue 15: start-up).
  const { GitHubContents: Contents } = await import('../discovery/github-contents.js');
  let contents: GitHubContents;
  try {
    contents = new Contents({
      repository,
      ref,
      token: settings.githubToken,
      apiUrl: env.GITHUB_API_URL,
      log: (line) => core.debug(line),
      retries: 1,
      timeoutMs: 30_000,
    });
  } catch (error) {
    return unavailable(error instanceof Error ? error.message : 'the GitHub API could not be used');
  }
  const read = (path: string) => contents.read(path);
  try {
    const readBaseFile = await readBasePolicy(read, layout);
    core.debug(`policy: the base commit ${ref} decides this pull request's check`);
    return { base, readBaseFile, addedSuppressions: (found) => addedSuppressions(found, read, layout) };
  } catch (error) {
    return unavailable(`${error instanceof Error ? error.message : 'unreadable'}, reading ${base}`);
  }
}
