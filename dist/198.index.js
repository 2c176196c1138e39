export const id = 198;
export const ids = [198];
export const modules = {

/***/ 242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   LX: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, RefusedRequestError, statusOf */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _generated_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4377);
/* harmony import */ var _providers_base_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8197);
// The one guarded client for GitHub's REST API (secret metadata, the base branch's policy): octokit with
// its rate-limit and retry plugins, and a hook that every request passes before it is sent.
// SECURITY.md rule 8: the token goes only into octokit's Authorization header and only to the API base
// the user chose (GITHUB_API_URL or api.github.com): a pagination `Link: rel="next"` or any URL on
// another origin, or outside the base's own path (`/api/v3` on GHES), is refused before anything is
// sent; redirects are not followed; only GET requests are made; nothing of a request is logged but its
// method, path and status.






const DEFAULT_API_URL = 'https://api.github.com';
/** The route whose 302 is handed to the caller (see the request hook). */
const TARBALL_ROUTE = '/repos/{owner}/{repo}/tarball/{ref}';
/** By default a rate limit is waited out once, and only when it resets this soon (seconds). */
const MAX_RATE_LIMIT_WAIT_S = 10;
const GitHub = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L);
/** A request the client refused to send, or an answer it refused to follow; `reason` says why. */
class RefusedRequestError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyboundError */ .Gv {
    reason;
    constructor(reason) {
        // An `io` error: a command that cannot go on without the answer ends with this sentence (exit 2).
        super('io', reason);
        this.reason = reason;
        this.name = 'RefusedRequestError';
    }
}
/**
 * A client for the API base of `options.apiUrl`.
 * @throws KeyboundError('usage') for an API URL that is not an https URL (plain http only on loopback).
 */
function createGitHubClient(options) {
    let base;
    try {
        base = (0,_providers_base_url_js__WEBPACK_IMPORTED_MODULE_4__/* .validateBaseUrl */ .f)(options.apiUrl?.trim() || DEFAULT_API_URL);
    }
    catch (error) {
        const reason = error instanceof TypeError ? 'not a URL' : error.message;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyboundError */ .Gv('usage', `GITHUB_API_URL: ${reason}`);
    }
    const baseUrl = base.toString().replace(/\/$/, '');
    const basePath = base.pathname.replace(/\/$/, '');
    const log = options.log ?? (() => { });
    const token = options.token.reveal();
    // SECURITY: only octokit's warnings (deprecations, limit handlers) are relayed, and only plain
    // strings without the token; its per-request error lines duplicate ours below. No headers are logged.
    const relay = (message) => {
        if (typeof message === 'string' && (token === '' || !message.includes(token)))
            log(`github: ${message}`);
    };
    const maxWait = options.maxRateLimitWaitS ?? MAX_RATE_LIMIT_WAIT_S;
    const rateLimit = (retryAfter, _options, _octokit, retryCount) => retryCount < (options.rateLimitRetries ?? 1) && retryAfter <= maxWait;
    const octokit = new GitHub({
        auth: token,
        baseUrl,
        userAgent: `keybound/${_generated_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}`,
        log: { debug: () => { }, info: () => { }, warn: relay, error: () => { } },
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
        if (endpoint.method !== 'GET')
            throw new RefusedRequestError(`refused ${endpoint.method}: only GET is used`);
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
        }
        catch (error) {
            if (!(error instanceof RefusedRequestError))
                log(`github: GET ${path} ${statusOf(error) ?? 'no response'}`);
            throw error;
        }
    });
    return octokit;
}
/** The HTTP status of an octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Why a request failed, from the HTTP status alone (or the guard's own reason).
 * SECURITY: nothing of the error's message, request or response body is quoted.
 */
function failureReason(error, hints = {}) {
    if (error instanceof RefusedRequestError)
        return error.reason;
    const status = statusOf(error);
    const headers = error.response?.headers;
    if (status === 429 || (status === 403 && headers?.['x-ratelimit-remaining'] === '0'))
        return `HTTP ${status}: GitHub's API rate limit was reached; try again later`;
    if (status === 403 && hints[403])
        return `HTTP 403: ${hints[403]}`;
    if (status === 404 && hints[404])
        return `HTTP 404: ${hints[404]}`;
    if (status !== undefined && headers !== undefined)
        return `HTTP ${status}`;
    return 'no answer from the GitHub API: network error or timeout';
}


/***/ }),

/***/ 4198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubContents: () => (/* binding */ GitHubContents)
/* harmony export */ });
/* unused harmony export ContentsError */
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(242);
// Files of one commit, read through GitHub's contents API (GET /repos/{owner}/{repo}/contents/{path}?ref=)
// with the guarded client of github-api.ts: on a pull request, the base commit's keybound.yml, the files
// it extends, and the files whose inline suppressions the pull request may have added (SPEC section 8).

/** A file that could not be read; the message says why and quotes nothing of the answer. */
class ContentsError extends Error {
    constructor(reason) {
        super(reason);
        this.name = 'ContentsError';
    }
}
class GitHubContents {
    client;
    owner;
    repo;
    ref;
    cache = new Map();
    /** @throws KeyboundError('usage') for a malformed API URL or repository. */
    constructor(options) {
        const [owner, repo, extra] = options.repository.split('/');
        if (!owner || !repo || extra !== undefined)
            throw new ContentsError(`"${options.repository}" is not a repository of the form OWNER/REPO`);
        this.client = (0,_github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHubClient */ .LX)(options);
        [this.owner, this.repo, this.ref] = [owner, repo, options.ref];
    }
    /**
     * The text of `path` (relative to the repository root, `/`-separated) at the commit; undefined when
     * the commit has nothing there. Read once per path.
     * @throws ContentsError when it cannot be read, or is not a file (a folder, a symlink, a submodule).
     */
    read(path) {
        let pending = this.cache.get(path);
        if (!pending) {
            pending = this.fetch(path);
            this.cache.set(path, pending);
        }
        return pending;
    }
    async fetch(path) {
        let data;
        try {
            ({ data } = await this.client.rest.repos.getContent({
                owner: this.owner,
                repo: this.repo,
                path,
                ref: this.ref,
            }));
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw new ContentsError((0,_github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .failureReason */ .Hr)(error));
        }
        const file = data;
        if (Array.isArray(data) || file.type !== 'file')
            throw new ContentsError(`${path} is not a file at ${this.short()}`);
        if (file.encoding !== 'base64' || typeof file.content !== 'string')
            throw new ContentsError(`${path} at ${this.short()} is too large for the contents API`);
        return Buffer.from(file.content, 'base64').toString('utf8');
    }
    short() {
        return `commit ${this.ref.slice(0, 12)}`;
    }
}


/***/ })

};
