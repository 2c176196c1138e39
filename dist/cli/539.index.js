export const id = 539;
export const ids = [539];
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

/***/ 539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchSecretMetadata: () => (/* binding */ fetchSecretMetadata)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(242);
// GitHub Actions secret metadata (SPEC sections 1 and 3): the name, created_at and updated_at of the
// repository, environment and organization secrets a repository sees, so rotation-age can use
// GitHub's own dates as `platform` facts. The API never returns secret values; only metadata is read.
// SECURITY: requests go through the guarded client of github-api.ts: the token only in the
// Authorization header, only to the API base the user chose (never to a next-page link on another
// origin), only GET; it never appears in a warning, an error or the log. A failure is a warning that
// says why, never a crash.


const PERMISSION_HINT = 'the token needs the Secrets: read permission (fine-grained) or repo scope (classic) to read secret metadata; rotation dates from GitHub were not used for them';
/**
 * Lists the Actions secrets `repository` sees: its own, each environment's, and the organization's
 * shared with it. Each listing that fails adds a warning (403/404 explain the permission needed) and
 * the others still count.
 * @throws KeyboundError only for a malformed `repository` or `apiUrl` (a usage error).
 */
async function fetchSecretMetadata(options) {
    const [owner, repo, extra] = options.repository.split('/');
    if (!owner || !repo || extra !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyboundError */ .Gv('usage', `"${options.repository}" is not a repository of the form OWNER/REPO`);
    const octokit = 'client' in options ? options.client : (0,_github_api_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .LX)(options);
    const failures = [];
    const attempt = async (what, list) => {
        try {
            return await list();
        }
        catch (error) {
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
    const perEnvironment = await Promise.all(environments.map(async ({ name }) => ({
        name,
        secrets: await attempt(`environment ${name} secrets`, () => octokit.paginate(octokit.rest.actions.listEnvironmentSecrets, { ...page, environment_name: name })),
    })));
    const secrets = [
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
async function listEnvironments(octokit, page) {
    return octokit.paginate('GET /repos/{owner}/{repo}/environments', page, (response) => {
        const data = response.data;
        return (Array.isArray(data) ? data : (data.environments ?? [])).map(({ name }) => ({ name }));
    });
}
function metadata(secret, scope, environment) {
    return {
        name: secret.name,
        scope,
        ...(environment === undefined ? {} : { environment }),
        createdAt: secret.created_at,
        updatedAt: secret.updated_at,
    };
}
/** One warning per distinct reason, naming every listing it stopped. */
function explain(repository, failures) {
    const byReason = new Map();
    for (const { what, error } of failures) {
        const reason = reasonOf(error);
        byReason.set(reason, [...(byReason.get(reason) ?? []), what]);
    }
    return [...byReason].map(([reason, what]) => `GitHub secret metadata of ${repository}: could not read ${what.join(', ')} (${reason})`);
}
/** Why a listing failed: 403 and 404 name the permission the token needs. */
function reasonOf(error) {
    return (0,_github_api_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReason */ .Hr)(error, { 403: PERMISSION_HINT, 404: `${PERMISSION_HINT}, or the repository does not exist` });
}


/***/ })

};
