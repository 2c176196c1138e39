// SPEC section 8, SECURITY.md rule 7: on a pull request the policy that decides is the base branch's, so
// a pull request cannot weaken its own check (remap production, set `unknown: warn`, switch a rule off,
// add a waiver until 9999-12-31). The pull request's own policy is still loaded, both to report what it
// changes (`policy-change`) and so that a broken config in it is an error as it would be after merge.
// The shell (the Action) fetches the base's files; this module only decides with what it is given.

import { KeyboundError } from '../core/errors.js';
import type { InlineSuppression } from '../core/types.js';
import { type LoadConfigOptions, loadConfig, loadPolicySources } from './load.js';
import { diffPolicies } from './policy-diff.js';
import type { PolicyChange, ResolvedConfig } from './types.js';

/** An inline suppression in the scanned files that the base commit does not have. */
export interface AddedSuppression {
  suppression: InlineSuppression;
  /** Set when it could not be compared with the base commit (why); it counts as added. */
  unverified?: string;
}

/** What the shell knows of the pull request's base commit. */
export interface PullRequestPolicy {
  /**
   * Reads a policy file as the base commit has it; throws an error with `code: 'ENOENT'` for a file the
   * base does not have. Absent when the base's files could not be read (`problem` says why).
   */
  readBaseFile?: (absPath: string) => string;
  /** Why the base's policy could not be read; the pull request's own policy then decides. */
  problem?: string;
  /** Of the inline suppressions in the scanned files, those the pull request adds (it may ask GitHub). */
  addedSuppressions(found: readonly InlineSuppression[]): Promise<AddedSuppression[]>;
}

/** The config that decides (the base's, when it could be read and loads) and what the pull request changes. */
export async function loadPullRequestPolicy(
  options: LoadConfigOptions,
  pullRequest: PullRequestPolicy,
): Promise<{ config: ResolvedConfig; changes: PolicyChange[] }> {
  // A config the pull request breaks fails as it would after merge (exit 2): nothing is weakened by it.
  const head = await loadPolicySources(options);
  const unreadable = (why: string): { config: ResolvedConfig; changes: PolicyChange[] } => ({
    config: head.config,
    changes: [
      {
        change: why,
        kind: 'unreadable',
        location: { file: head.config.file ?? 'keybound.yml', line: 1, column: 1 },
      },
    ],
  });
  if (!pullRequest.readBaseFile) return unreadable(pullRequest.problem ?? 'no base commit was given');
  let base: ResolvedConfig;
  try {
    base = await loadConfig({ ...options, readFile: pullRequest.readBaseFile });
  } catch (error) {
    if (!(error instanceof KeyboundError)) throw error;
    // NOTE: a base whose policy does not load would otherwise block the very pull request that fixes it.
    return unreadable(`it does not load: ${error.describe().split('\n')[0]}`);
  }
  return { config: base, changes: diffPolicies(base, head.config, head.sources, options.rules) };
}
