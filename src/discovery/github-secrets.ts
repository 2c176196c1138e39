// GitHub Actions secret metadata (SPEC sections 1 and 3): the name, created_at and updated_at of the
// repository, environment and organization secrets a repository sees, so rotation-age can use
// GitHub's own dates as `platform` facts. The API never returns secret values; only metadata is read.
// SECURITY: the token goes only into octokit's Authorization header, to the API base URL the user
// chose (GITHUB_API_URL or api.github.com); it never appears in a warning, an error or the log. Only
// GET requests are made. A failure is a warning that says why, never a crash.

import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { KeyboundError } from '../core/errors.js';
import type { SecretValue } from '../core/secret.js';
import { VERSION } from '../generated/version.js';
import { validateBaseUrl } from '../providers/http.js';

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

/** The guarded client's settings (shared by secret metadata and the organisation audit). */
export interface GitHubClientOptions {
  /** A token that may read secret metadata: fine-grained `Secrets: read`, or classic `repo`. */
  token: SecretValue;
  /** GITHUB_API_URL (GitHub Enterprise Server: `https://HOST/api/v3`); default https://api.github.com. */
  apiUrl?: string;
  /** Debug lines: method, path and status of each request, nothing else. */
  log?: (line: string) => void;
  /** Retries of 5xx answers and their base delay; tests shorten them. */
  retries?: number;
  retryBaseMs?: number;
  /** Deadline for all requests together (default 60 s). */
  timeoutMs?: number;
  /** A rate limit is waited out this many times, when it resets within `maxRateLimitWaitS` (1, 10 s). */
  rateLimitRetries?: number;
  maxRateLimitWaitS?: number;
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

const DEFAULT_API_URL = 'https://api.github.com';
/** A rate limit is waited out once, and only when it resets this soon (seconds). */
const MAX_RATE_LIMIT_WAIT_S = 10;
const PERMISSION_HINT =
  'the token needs the Secrets: read permission (fine-grained) or repo scope (classic) to read secret metadata; rotation dates from GitHub were not used for them';

const GitHub = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHub>;

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

/**
 * The guarded Octokit client: GET only, the token only in the Authorization header to the API base,
 * requests logged by method, path and status alone, rate limits waited out a bounded number of times.
 * @throws KeyboundError for a malformed `apiUrl` (a usage error).
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  let baseUrl: string;
  try {
    baseUrl = validateBaseUrl(options.apiUrl?.trim() || DEFAULT_API_URL)
      .toString()
      .replace(/\/$/, '');
  } catch (error) {
    const reason = error instanceof TypeError ? 'not a URL' : (error as Error).message;
    throw new KeyboundError('usage', `GITHUB_API_URL: ${reason}`);
  }
  const log = options.log ?? ((): void => {});
  const token = options.token.reveal();
  // SECURITY: only octokit's warnings (deprecations, limit handlers) are relayed, and only plain
  // strings without the token; its per-request error lines duplicate ours below. No headers are logged.
  const relay = (message: unknown): void => {
    if (typeof message === 'string' && (token === '' || !message.includes(token))) log(`github: ${message}`);
  };
  const maxWait = options.maxRateLimitWaitS ?? MAX_RATE_LIMIT_WAIT_S;
  const rateLimit = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < (options.rateLimitRetries ?? 1) && retryAfter <= maxWait;
  const octokit = new GitHub({
    auth: token,
    baseUrl,
    userAgent: `keybound/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: relay, error: () => {} },
    throttle: { onRateLimit: rateLimit, onSecondaryRateLimit: rateLimit },
    // 409 joins the plugin's list of answers never retried: GitHub's "Git Repository is empty" is final.
    retry: {
      retries: options.retries ?? 1,
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
    },
    request: { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) },
  });
  octokit.hook.wrap('request', async (request, endpoint) => {
    // SECURITY: metadata is read, never written; anything but GET is refused before it is sent.
    if (endpoint.method !== 'GET') throw new KeyboundError('internal', `refused ${endpoint.method}: only GET is used`);
    // NOTE: a route's URL is still a template here ({owner}); parse() expands it as it will be sent.
    const target = new URL(octokit.request.endpoint.parse(endpoint).url, baseUrl);
    // SECURITY case 29: a pagination link (or any URL) to another origin never receives the token.
    if (target.origin !== new URL(baseUrl).origin)
      throw new KeyboundError('internal', `refused a request to ${target.origin}: the token goes only to the API`);
    const path = target.pathname;
    try {
      const response = await request(endpoint);
      log(`github: GET ${path} ${response.status}`);
      return response;
    } catch (error) {
      log(`github: GET ${path} ${statusOf(error) ?? 'no response'}`);
      throw error;
    }
  });
  return octokit;
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

/**
 * Why a listing failed, from the HTTP status alone.
 * SECURITY: nothing of the error's message, request or response body is quoted.
 */
function reasonOf(error: unknown): string {
  const status = statusOf(error);
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers;
  if (status === 429 || (status === 403 && headers?.['x-ratelimit-remaining'] === '0'))
    return `HTTP ${status}: GitHub's API rate limit was reached; try again later`;
  if (status === 403) return `HTTP 403: ${PERMISSION_HINT}`;
  if (status === 404) return `HTTP 404: ${PERMISSION_HINT}, or the repository does not exist`;
  if (status !== undefined && headers !== undefined) return `HTTP ${status}`;
  return 'no answer from the GitHub API: network error or timeout';
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}
