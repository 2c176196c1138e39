// The one guarded client for GitHub's REST API (secret metadata, the base branch's policy): octokit with
// its rate-limit and retry plugins, and a hook that every request passes before it is sent.
// SECURITY.md rule 8: the token goes only into octokit's Authorization header and only to the API base
// the user chose (GITHUB_API_URL or api.github.com): a pagination `Link: rel="next"` or any URL on
// another origin, or outside the base's own path (`/api/v3` on GHES), is refused before anything is
// sent; redirects are not followed; only GET requests are made; nothing of a request is logged but its
// method, path and status.

import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { KeyboundError } from '../core/errors.js';
import type { SecretValue } from '../core/secret.js';
import { VERSION } from '../generated/version.js';
import { validateBaseUrl } from '../providers/base-url.js';

export const DEFAULT_API_URL = 'https://api.github.com';
/** The route whose 302 is handed to the caller (see the request hook). */
const TARBALL_ROUTE = '/repos/{owner}/{repo}/tarball/{ref}';
/** By default a rate limit is waited out once, and only when it resets this soon (seconds). */
const MAX_RATE_LIMIT_WAIT_S = 10;

export interface GitHubClientOptions {
  /** The token, sent in the Authorization header to the API base and nowhere else. */
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

const GitHub = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHub>;

/** A request the client refused to send, or an answer it refused to follow; `reason` says why. */
export class RefusedRequestError extends KeyboundError {
  constructor(readonly reason: string) {
    // An `io` error: a command that cannot go on without the answer ends with this sentence (exit 2).
    super('io', reason);
    this.name = 'RefusedRequestError';
  }
}

/**
 * A client for the API base of `options.apiUrl`.
 * @throws KeyboundError('usage') for an API URL that is not an https URL (plain http only on loopback).
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  let base: URL;
  try {
    base = validateBaseUrl(options.apiUrl?.trim() || DEFAULT_API_URL);
  } catch (error) {
    const reason = error instanceof TypeError ? 'not a URL' : (error as Error).message;
    throw new KeyboundError('usage', `GITHUB_API_URL: ${reason}`);
  }
  const baseUrl = base.toString().replace(/\/$/, '');
  const basePath = base.pathname.replace(/\/$/, '');
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
    request: { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000), redirect: 'manual' },
  });
  octokit.hook.wrap('request', async (request, endpoint) => {
    // SECURITY: read-only; anything but GET is refused before it is sent.
    if (endpoint.method !== 'GET') throw new RefusedRequestError(`refused ${endpoint.method}: only GET is used`);
    // The URL as it will be sent: the route's template filled in, or a next-page link as GitHub gave it.
    const target = new URL(octokit.request.endpoint.parse(endpoint).url, `${baseUrl}/`);
    // SECURITY: a next-page link (or any URL) on another origin, or outside the base path, never gets the token.
    if (target.origin !== base.origin)
      throw new RefusedRequestError(`GitHub's answer pointed at another origin (${target.host}); not followed`);
    if (target.pathname !== basePath && !target.pathname.startsWith(`${basePath}/`))
      throw new RefusedRequestError(`GitHub's answer pointed outside ${basePath}; not followed`);
    const path = target.pathname;
    try {
      const response = await request(endpoint);
      log(`github: GET ${path} ${response.status}`);
      // redirect: 'manual' hands a 3xx back as it is; it is never followed with the token. The one
      // answer that is a redirect by design, a tarball's 302 to codeload, goes to its caller, which
      // fetches the Location without any credential (org/github.ts).
      if (response.status >= 300 && endpoint.url !== TARBALL_ROUTE)
        throw new RefusedRequestError(`GitHub answered with a redirect (HTTP ${response.status}); not followed`);
      return response;
    } catch (error) {
      if (!(error instanceof RefusedRequestError)) log(`github: GET ${path} ${statusOf(error) ?? 'no response'}`);
      throw error;
    }
  });
  return octokit;
}

/** The HTTP status of an octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Why a request failed, from the HTTP status alone (or the guard's own reason).
 * SECURITY: nothing of the error's message, request or response body is quoted.
 */
export function failureReason(error: unknown, hints: { 403?: string; 404?: string } = {}): string {
  if (error instanceof RefusedRequestError) return error.reason;
  const status = statusOf(error);
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers;
  if (status === 429 || (status === 403 && headers?.['x-ratelimit-remaining'] === '0'))
    return `HTTP ${status}: GitHub's API rate limit was reached; try again later`;
  if (status === 403 && hints[403]) return `HTTP 403: ${hints[403]}`;
  if (status === 404 && hints[404]) return `HTTP 404: ${hints[404]}`;
  if (status !== undefined && headers !== undefined) return `HTTP ${status}`;
  return 'no answer from the GitHub API: network error or timeout';
}
