// The Action's side of `secrets-token`: reads the Actions secret metadata of the repository the
// workflow runs in (GITHUB_REPOSITORY, on GITHUB_API_URL for GitHub Enterprise Server), so rotation
// dates come from GitHub. What cannot be read is a warning on the step, never a failure.

import * as core from '@actions/core';
import type { SecretMetadata } from '../discovery/github-secrets.js';
import type { ActionSettings } from './inputs.js';

/** The secrets' metadata, or undefined when no `secrets-token` was given or nothing could be asked. */
export async function readSecretMetadata(
  settings: Pick<ActionSettings, 'secretsToken'>,
): Promise<SecretMetadata[] | undefined> {
  if (!settings.secretsToken) return undefined;
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  if (repository === '') {
    core.warning('secrets-token: GITHUB_REPOSITORY is not set, so secret metadata was not read');
    return undefined;
  }
  // Octokit is loaded only when a secrets-token asks for it (issue 15: start-up).
  const { fetchSecretMetadata } = await import('../discovery/github-secrets.js');
  const { secrets, warnings } = await fetchSecretMetadata({
    repository,
    token: settings.secretsToken,
    apiUrl: process.env.GITHUB_API_URL,
    log: (line) => core.debug(line),
  });
  for (const warning of warnings) core.warning(`secrets-token: ${warning}`);
  core.debug(`secrets-token: ${secrets.length} secret(s) described by GitHub`);
  return secrets;
}
