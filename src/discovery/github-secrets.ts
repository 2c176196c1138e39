// GitHub Actions secret metadata (SPEC sections 1 and 3): the name, created_at and updated_at of the
// repository, environment and organization secrets a repository sees, so rotation-age can use
// GitHub's own dates as `platform` facts. The API never returns secret values; only metadata is read.
// SECURITY: requests go through the guarded client of github-api.ts: the token only in the
// Authorization header, only to the API base the user chose (never to a next-page link on another
// origin), only GET; it never appears in a warning, an error or the log. A failure is a warning that
// says why, never a crash.

import { KeyboundError } from '../core/errors.js';
import { createGitHubClient, failureReason, type GitHubClient, type GitHubClientOptions } from './github-api.js';

/** Where a secret is defined; for one name GitHub gives a job environment > repository > organization. */
export type SecretScope = 'repository' | 'environment' | 'organization';

/** One Actions secret as GitHub describes it (never its value). Dates are ISO 8601 date-times. */
export interface SecretMetadata {
  name: string;
  scope: SecretScope;
  /** The GitHub environment, for `scope: 'environment'`. */
  environment?: string;
  createdAt: string;
  updatedAt: string;
}

/** The repository, and a client from {@link createGitHubClient} to reuse or the settings to make one. */
export type FetchSecretMetadataOptions = { /** `owner/repo`. */ repository: string } & (
  { client: GitHubClient } | GitHubClientOptions
);

export interface SecretMetadataResult {
  secrets: SecretMetadata[];
  /** Sentences for the user: what could not be read, and why. */
  warnings: string[];
  /** The listings that could not be read (`repository secrets`, `environments`, ...), so callers can
   * tell "no such secret" from "not known". */
  unread: string[];
}

const PERMISSION_HINT =
  'the token needs the Secrets: read permission (fine-grained) or repo scope (classic) to read secret metadata; rotation dates from GitHub were not used for them';

/**
 * Lists the Actions secrets `repository` sees: its own, each environment's, and the organization's
 * shared with it. Each listing that fails adds a warning (403/404 explain the permission needed) and
 * the others still count.
 * @throws KeyboundError only for a malformed `repository` or `apiUrl` (a usage error).
 */
export async function fetchSecretMetadata(options: FetchSecretMetadataOptions): Promise<SecretMetadataResult> {
  const [owner, repo, extra] = options.repository.split('/');
  if (!owner || !repo || extra !== undefined)
    throw new KeyboundError('usage', `"${options.repository}" is not a repository of the form OWNER/REPO`);
  const octokit = 'client' in options ? options.client : createGitHubClient(options);
  const failures: { what: string; error: unknown }[] = [];
  const attempt = async <T>(what: string, list: () => Promise<T[]>): Promise<T[]> => {
    try {
      return await list();
    } catch (error) {
      failures.push({ what, error });
      return [];
    }
  };
  const page = { owner, repo, per_page: 100 };
  const [repository, environments, organization] = await Promise.all([
    attempt('repository secrets', () => octokit.paginate(octokit.rest.actions.listRepoSecrets, page)),
    attempt('environments', () => listEnvironments(octokit, page)),
    attempt('organization secrets', () => octokit.paginate(octokit.rest.actions.listRepoOrganizationSecrets, page)),
  ]);
  const perEnvironment = await Promise.all(
    environments.map(async ({ name }) => ({
      name,
      secrets: await attempt(`environment ${name} secrets`, () =>
        octokit.paginate(octokit.rest.actions.listEnvironmentSecrets, { ...page, environment_name: name }),
      ),
    })),
  );
  const secrets: SecretMetadata[] = [
    ...repository.map((s) => metadata(s, 'repository')),
    ...perEnvironment.flatMap((e) => e.secrets.map((s) => metadata(s, 'environment', e.name))),
    ...organization.map((s) => metadata(s, 'organization')),
  ];
  return { secrets, warnings: explain(options.repository, failures), unread: failures.map((f) => f.what) };
}

/**
 * Environment names. NOTE: `total_count` is optional in this listing's description, so octokit's
 * paginate types do not unwrap it; the pages are unwrapped here whichever shape arrives.
 */
async function listEnvironments(octokit: GitHubClient, page: { owner: string; repo: string; per_page: number }) {
  type Page = { environments?: { name: string }[] } | { name: string }[];
  return octokit.paginate('GET /repos/{owner}/{repo}/environments', page, (response) => {
    const data = response.data as Page;
    return (Array.isArray(data) ? data : (data.environments ?? [])).map(({ name }) => ({ name }));
  });
}

function metadata(
  secret: { name: string; created_at: string; updated_at: string },
  scope: SecretScope,
  environment?: string,
): SecretMetadata {
  return {
    name: secret.name,
    scope,
    ...(environment === undefined ? {} : { environment }),
    createdAt: secret.created_at,
    updatedAt: secret.updated_at,
  };
}

/** One warning per distinct reason, naming every listing it stopped. */
function explain(repository: string, failures: readonly { what: string; error: unknown }[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const { what, error } of failures) {
    const reason = reasonOf(error);
    byReason.set(reason, [...(byReason.get(reason) ?? []), what]);
  }
  return [...byReason].map(
    ([reason, what]) => `GitHub secret metadata of ${repository}: could not read ${what.join(', ')} (${reason})`,
  );
}

/** Why a listing failed: 403 and 404 name the permission the token needs. */
function reasonOf(error: unknown): string {
  return failureReason(error, { 403: PERMISSION_HINT, 404: `${PERMISSION_HINT}, or the repository does not exist` });
}
