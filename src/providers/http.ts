// The one HTTP client through which smoke calls reach the network (SPEC section 6, SECURITY.md rule 4).
// Each adapter gets a client bound to its own provider: only the provider's base URL (compiled in, or
// the user's --endpoint), only the methods and paths the provider declares, no redirects followed, TLS
// always verified, a deadline covering headers and body, a body size cap, 429 / Retry-After honoured a
// bounded number of times, and a cap on requests in flight per provider. Built on node:https rather
// than fetch so that no redirect, proxy or header forwarding can happen behind our back.

import type * as Https from 'node:https';
import type { LookupFunction } from 'node:net';
import { requireBuiltin } from '../core/builtin.js';
import { validateBaseUrl } from './base-url.js';
import type { HttpRequest, HttpResult, ProviderHttp, ProviderSpec } from './types.js';

export interface HttpSettings {
  /** Deadline for one request, headers and body together. */
  requestTimeoutMs: number;
  /** Deadline for every smoke call of the run together. */
  runBudgetMs: number;
  /** Attempts per request when rate-limited (the first included). */
  maxAttempts: number;
  /** The longest Retry-After honoured; a longer one gives up at once as `rate-limited`. */
  maxRetryWaitMs: number;
  /** Requests in flight at once, per provider. */
  concurrency: number;
  maxBodyBytes: number;
  /** Debug log: provider, method, host, path and status only (SECURITY.md case 12). */
  log?: (line: string) => void;
  /** Name resolution (tests simulate DNS failures without asking a resolver). */
  lookup?: LookupFunction;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  requestTimeoutMs: 10_000,
  runBudgetMs: 120_000,
  maxAttempts: 3,
  maxRetryWaitMs: 5_000,
  concurrency: 4,
  maxBodyBytes: 1024 * 1024,
};

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A released slot is handed straight to the next waiter (never freed then re-taken), so a caller
    // arriving between the release and the waiter's wake-up cannot take it as well.
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** One per run: hands each provider a bound client and shares the run deadline between them. */
export class SmokeHttp {
  private readonly deadline: number;
  private readonly semaphores = new Map<string, Semaphore>();
  /** Requests sent, per provider (for tests and the debug log). */
  readonly sent = new Map<string, number>();

  constructor(
    private readonly settings: HttpSettings = DEFAULT_HTTP_SETTINGS,
    private readonly clock: () => number = Date.now,
  ) {
    this.deadline = clock() + settings.runBudgetMs;
  }

  /** A client that can reach only `provider`'s declared endpoints on `baseUrl`. */
  forProvider(provider: ProviderSpec, baseUrl: string): ProviderHttp {
    const base = validateBaseUrl(baseUrl);
    const allowed = provider.endpoints.map((e) => ({
      method: e.method,
      path: templateToRegExp(e.path),
      template: e.path,
    }));
    const semaphore = this.semaphores.get(provider.id) ?? new Semaphore(this.settings.concurrency);
    this.semaphores.set(provider.id, semaphore);
    const prefix = base.pathname.replace(/\/$/, '');
    return {
      baseUrl: new URL(base),
      request: async (request) => {
        const refuse = (why: string): never => {
          // SECURITY: an adapter asking for anything else is a bug; nothing is sent.
          throw new Error(`${provider.id}: ${request.method} ${why}`);
        };
        if (!request.path.startsWith('/') || request.path.startsWith('//'))
          refuse('request path must start with one /');
        const url = new URL(prefix + request.path, base.origin);
        if (url.origin !== base.origin) refuse("request left its provider's host");
        // The check is made on the path as it will be sent: `..`, `%2e%2e` or `\` inside a `{segment}`
        // are resolved by URL parsing and must not reach an undeclared path.
        const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
        const endpoint =
          // Stryker disable next-line ConditionalExpression: a declared template starts with / and so never matches the text "undefined".
          path === undefined ? undefined : allowed.find((a) => a.method === request.method && a.path.test(path));
        if (endpoint === undefined) refuse(`${path ?? url.pathname} is not a declared read-only endpoint`);
        if (url.hash) refuse('request path must not carry a fragment');
        // SECURITY case 12: the debug log names the declared path (`/Accounts/{AccountSid}.json`), never
        // the path as sent, whose segments may hold a credential.
        // Stryker disable next-line OptionalChaining,StringLiteral: refuse() above threw when no endpoint matched.
        const logged = `${prefix}${endpoint?.template ?? ''}`;
        return semaphore.run(() => this.withRetries(provider.id, url, request, logged));
      },
    };
  }

  private async withRetries(provider: string, url: URL, request: HttpRequest, logged: string): Promise<HttpResult> {
    for (let attempt = 1; ; attempt++) {
      const remaining = this.deadline - this.clock();
      if (remaining <= 0)
        return { kind: 'failure', reason: 'budget', message: 'the run deadline for smoke calls passed' };
      this.sent.set(provider, (this.sent.get(provider) ?? 0) + 1);
      const timeout = Math.min(this.settings.requestTimeoutMs, remaining);
      const result = await send(url, request, timeout, this.settings.maxBodyBytes, this.settings.lookup);
      this.settings.log?.(
        `${provider} ${request.method} ${url.host}${logged} -> ${result.kind === 'response' ? result.status : result.reason}`,
      );
      // An answer the adapter reads as final (OpenAI's 429 insufficient_quota) is not rate limiting.
      if (result.kind !== 'response' || !isRateLimited(result) || request.final?.(result)) return result;
      const wait = retryAfterMs(result.headers, this.clock()) ?? 1000 * attempt;
      const limited: HttpResult = {
        kind: 'failure',
        reason: 'rate-limited',
        status: result.status,
        message: `rate-limited (HTTP ${result.status})`,
      };
      if (
        attempt >= this.settings.maxAttempts ||
        wait > this.settings.maxRetryWaitMs ||
        wait >= this.deadline - this.clock()
      )
        return limited;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** GitHub says "rate limited" with 403 as well as 429; only the headers tell it from a real denial. */
function isRateLimited(response: { status: number; headers: Record<string, string> }): boolean {
  if (response.status === 429) return true;
  // GitHub's secondary rate limits answer 403 with Retry-After (and x-ratelimit-remaining may be > 0).
  return (
    response.status === 403 &&
    // Stryker disable next-line MethodExpression: node:http already strips the whitespace around a header value.
    (response.headers['x-ratelimit-remaining']?.trim() === '0' || response.headers['retry-after'] !== undefined)
  );
}

/** Retry-After in seconds or as an HTTP date, else GitHub's x-ratelimit-reset or Okta's x-rate-limit-reset (epoch seconds). */
export function retryAfterMs(headers: Record<string, string>, now: number): number | undefined {
  const value = headers['retry-after'];
  if (value !== undefined) {
    const seconds = value.trim();
    if (/^\d+$/.test(seconds)) return Number(seconds) * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers['x-ratelimit-reset'] ?? headers['x-rate-limit-reset'];
  // Stryker disable next-line ConditionalExpression: /^\d+$/ reads undefined as the text "undefined", which is no number.
  if (reset !== undefined && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

function templateToRegExp(template: string): RegExp {
  const escaped = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]+')}$`);
}

/** One request, never followed, always settled within `timeoutMs`. */
async function send(
  url: URL,
  request: HttpRequest,
  timeoutMs: number,
  maxBodyBytes: number,
  lookup: LookupFunction | undefined,
): Promise<HttpResult> {
  // node:http and node:https are loaded by the first smoke call, not at every start (issue 15).
  const { request: open } = requireBuiltin<typeof Https>(url.protocol === 'https:' ? 'node:https' : 'node:http');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: HttpResult): void => {
      // Stryker disable next-line ConditionalExpression: a promise keeps its first value; clearTimeout and destroy may repeat.
      if (settled) return;
      // Stryker disable next-line BooleanLiteral: as above.
      settled = true;
      clearTimeout(timer);
      outgoing.destroy();
      resolve(result);
    };
    // Stryker disable next-line StringLiteral: 'utf8' is Buffer.from's default encoding.
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    // Stryker disable next-line ObjectLiteral: node:http sends the same content-length itself when end() is given the whole body.
    const length = body ? { 'content-length': String(body.length) } : {};
    const headers = { ...request.headers, ...length };
    const options = {
      method: request.method,
      headers,
      agent: false as const,
      rejectUnauthorized: true,
      ...(lookup ? { lookup } : {}),
    };
    const outgoing = open(url, options, (incoming) => {
      const status = incoming.statusCode ?? 0;
      const responseHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(incoming.headers)) {
        // Stryker disable next-line ConditionalExpression: node:http lists only headers that were received.
        if (value !== undefined) responseHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      if (status >= 300 && status < 400) {
        // SECURITY: a redirect could carry the credential to another host; it is never followed.
        finish({ kind: 'failure', reason: 'redirect', status, message: `HTTP ${status} redirect, not followed` });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBodyBytes)
          finish({ kind: 'failure', reason: 'too-large', status, message: 'response body too large' });
        else chunks.push(chunk);
      });
      incoming.on('end', () =>
        finish({ kind: 'response', status, headers: responseHeaders, body: Buffer.concat(chunks).toString('utf8') }),
      );
      incoming.on('error', (error) =>
        finish({ kind: 'failure', reason: 'network', message: `response interrupted (${errorCode(error)})` }),
      );
      // A connection closed mid-body does not always surface as an error; a close before 'end' is one.
      // On Node 20 every close before 'end' seen in tests (reset, FIN, chunked) emits 'error' (ECONNRESET)
      // first, which settles the result: this listener is for runtimes that do not, so no test reaches it.
      // Stryker disable next-line all: see above.
      incoming.on('close', () =>
        // Stryker disable next-line all: see above.
        finish({ kind: 'failure', reason: 'network', message: 'response interrupted (closed)' }),
      );
    });
    const timer = setTimeout(
      () => finish({ kind: 'failure', reason: 'timeout', message: `no complete answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
    outgoing.on('error', (error) =>
      finish({ kind: 'failure', reason: 'network', message: `request failed (${errorCode(error)})` }),
    );
    outgoing.end(body);
  });
}

/** Only the error's code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED...): messages may quote hosts or data. */
function errorCode(error: unknown): string {
  // Stryker disable next-line OptionalChaining,StringLiteral: node:http and node:net emit only Error objects.
  return (error as { code?: string })?.code ?? (error instanceof Error ? error.name : 'error');
}
