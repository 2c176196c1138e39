// What the organisation audit asks GitHub, through the same guarded client as secret metadata
// (discovery/github-api.ts: GET only, the token only to the API origin, requests logged by path and
// status). The repository listing, each default branch's tarball, and the organization's secrets with
// their visibility. SECURITY: a tarball answer is a redirect to another host (codeload), which is
// fetched here with no Authorization header at all; its URL carries GitHub's own short-lived token, so
// only its origin and path are ever logged.

import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { KeyboundError } from '../core/errors.js';
import type { GitHubClient } from '../discovery/github-api.js';
import { VERSION } from '../generated/version.js';
import { validateBaseUrl } from '../providers/base-url.js';
import type { RepoInfo } from './types.js';
import { compareText } from '../core/compare.js';

/** A redirect chain longer than this is not followed. */
const MAX_REDIRECTS = 3;

/** Every repository of `org` (`GET /orgs/{org}/repos`, all pages), sorted by full name. */
export async function listOrgRepos(client: GitHubClient, org: string): Promise<RepoInfo[]> {
  const repos = await client.paginate(client.rest.repos.listForOrg, { org, type: 'all', per_page: 100 });
  return repos
    .map((repo): RepoInfo => ({
      fullName: repo.full_name,
      ...(repo.default_branch ? { defaultBranch: repo.default_branch } : {}),
      ...(isVisibility(repo.visibility)
        ? { visibility: repo.visibility }
        : { visibility: repo.private ? 'private' : 'public' }),
      archived: repo.archived === true,
      disabled: repo.disabled === true,
      fork: repo.fork,
      sizeKb: repo.size ?? 0,
      ...(repo.pushed_at ? { pushedAt: repo.pushed_at } : {}),
    }))
    .sort((a, b) => compareText(a.fullName, b.fullName));
}

function isVisibility(value: unknown): value is RepoInfo['visibility'] {
  return value === 'public' || value === 'private' || value === 'internal';
}

export interface TarballOptions {
  /** Debug lines: method, origin and path, status. */
  log?: (line: string) => void;
  /** Deadline of the download from the first request to the last byte. */
  timeoutMs: number;
}

/** An HTTP failure of the tarball download, with the status when there was one. */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly rateLimited = false,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

/**
 * The gzip stream of `ref`'s tarball. GitHub answers the API request with a 302 to codeload; that URL is
 * fetched without the token (and without following any further redirect to a non-HTTPS origin).
 * @throws DownloadError with the status of the API or codeload answer, or none for a network failure.
 */
export async function openTarball(
  client: GitHubClient,
  fullName: string,
  ref: string,
  options: TarballOptions,
): Promise<Readable> {
  const [owner, repo] = fullName.split('/');
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response;
  try {
    response = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      owner,
      repo,
      ref,
      request: { redirect: 'manual', parseSuccessResponseBody: false, signal },
    });
  } catch (error) {
    throw downloadError(error, 'the tarball request');
  }
  const body = response.data as unknown as WebReadableStream<Uint8Array> | null;
  // NOTE: the description knows only the 302; GitHub Enterprise behind some proxies serves the archive itself.
  const status = response.status as number;
  if (status === 200 && body) return Readable.fromWeb(body);
  await body?.cancel().catch(() => undefined);
  let location = response.headers.location;
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    if (!location) throw new DownloadError(`the tarball request answered ${status} without a Location`);
    const url = redirectTarget(location);
    let answer: Response;
    try {
      // SECURITY: no Authorization header, no cookie: only what any anonymous client sends.
      answer = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': `keybound/${VERSION}`, accept: 'application/x-gzip, application/octet-stream' },
      });
    } catch (error) {
      throw new DownloadError(`the archive download from ${url.origin} failed (${networkReason(error)})`);
    }
    options.log?.(`codeload: GET ${url.origin}${url.pathname} ${answer.status}`);
    if (answer.status === 200 && answer.body) return Readable.fromWeb(answer.body as WebReadableStream<Uint8Array>);
    await answer.body?.cancel().catch(() => undefined);
    if (answer.status >= 300 && answer.status < 400) {
      location = answer.headers.get('location') ?? undefined;
      continue;
    }
    throw new DownloadError(`the archive download from ${url.origin} answered HTTP ${answer.status}`, answer.status);
  }
  throw new DownloadError(`the archive download was redirected more than ${MAX_REDIRECTS} times`);
}

/** An absolute https URL (http only on loopback), with no user or password in it. */
function redirectTarget(location: string): URL {
  let url: URL;
  try {
    url = new URL(location);
    validateBaseUrl(url.origin);
  } catch {
    throw new DownloadError('the tarball redirect points at a URL that is not https (or loopback http)');
  }
  if (url.username || url.password) throw new DownloadError('the tarball redirect carries credentials in its URL');
  return url;
}

function downloadError(error: unknown, what: string): DownloadError {
  const status = (error as { status?: unknown }).status;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers;
  if (typeof status === 'number' && status > 0) {
    const rateLimited = status === 429 || (status === 403 && headers?.['x-ratelimit-remaining'] === '0');
    return new DownloadError(`${what} answered HTTP ${status}`, status, rateLimited);
  }
  return new DownloadError(`${what} failed (${networkReason(error)})`);
}

function networkReason(error: unknown): string {
  const name = (error as { name?: unknown }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timed out';
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? code : 'network error';
}

/** An organization secret with its visibility (never its value). */
export interface OrgSecret {
  name: string;
  createdAt: string;
  updatedAt: string;
  visibility: 'all' | 'private' | 'selected';
  /** For `selected`: the repositories' full names. */
  selectedRepositories?: string[];
}

/**
 * `GET /orgs/{org}/actions/secrets`, and for each `selected` one the repositories it is shared with.
 * @throws the client's error when the organization listing itself cannot be read.
 */
export async function listOrgSecrets(client: GitHubClient, org: string): Promise<OrgSecret[]> {
  const secrets = await client.paginate(client.rest.actions.listOrgSecrets, { org, per_page: 100 });
  const result: OrgSecret[] = [];
  for (const secret of secrets) {
    const entry: OrgSecret = {
      name: secret.name,
      createdAt: secret.created_at,
      updatedAt: secret.updated_at,
      visibility: secret.visibility,
    };
    if (secret.visibility === 'selected') {
      const repos = await client.paginate(client.rest.actions.listSelectedReposForOrgSecret, {
        org,
        secret_name: secret.name,
        per_page: 100,
      });
      entry.selectedRepositories = repos.map((r) => r.full_name).sort();
    }
    result.push(entry);
  }
  return result.sort((a, b) => compareText(a.name, b.name));
}

/** The reason of a failed client call, from its status alone (nothing of its body is quoted). */
export function statusReason(error: unknown): string {
  if (error instanceof KeyboundError) return error.message;
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status > 0) return `HTTP ${status}`;
  return `no answer: ${networkReason(error)}`;
}
