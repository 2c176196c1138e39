export const id = 383;
export const ids = [383];
export const modules = {

/***/ 3383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFromProcess: () => (/* binding */ runFromProcess)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/errors.ts
// One error class for everything the user must fix (bad flag, config, policy, secrets file): a stable
// code, where it is, and a sentence saying what was found and what was expected. The shells turn it into
// a message and exit 2; nothing else reaches the user as a stack trace.
class KeyboundError extends Error {
    code;
    place;
    constructor(code, message, place = {}) {
        super(message);
        this.name = 'KeyboundError';
        this.code = code;
        this.place = place;
    }
    /** `file:line:column: path: message`, with whatever parts are known. */
    describe() {
        const { file, line, column, path } = this.place;
        const where = file ? [file, line, line ? column : undefined].filter((p) => p !== undefined).join(':') : '';
        return [where, path, this.message].filter(Boolean).join(': ');
    }
}
/** Several errors found at once (a config with three mistakes reports all three). */
class KeyboundErrors extends KeyboundError {
    errors;
    constructor(errors) {
        super(errors[0]?.code ?? 'internal', errors.map((e) => e.describe()).join('\n'));
        this.errors = errors;
    }
    describe() {
        return this.message;
    }
}
/**
 * A message for anything thrown. SECURITY: never includes a stack or the input of a failed parse;
 * unknown errors are named by their type only, so data inside them cannot leak.
 */
function describeError(error) {
    if (error instanceof KeyboundError)
        return error.describe();
    if (error instanceof Error)
        return `internal error (${error.name}): ${error.message.split('\n')[0]}`;
    return `internal error: ${typeof error} thrown`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/core/secret.ts
// SECURITY: a secret value lives only inside a SecretValue, which cannot serialise it. JSON, string
// conversion and util.inspect all give the redacted form, so a mistake elsewhere cannot print it.

const REDACTED = '[redacted]';
const values = new WeakMap();
class SecretValue {
    /** Where the value came from, for messages: `secrets-json`, `env`, `deploy/.env.production:3`. */
    origin;
    constructor(value, origin) {
        values.set(this, value);
        this.origin = origin;
        Object.freeze(this);
    }
    /** The raw value. Call only where it is sent to its own provider or inspected offline. */
    reveal() {
        return values.get(this) ?? '';
    }
    get length() {
        return this.reveal().length;
    }
    get isEmpty() {
        return this.reveal().length === 0;
    }
    toString() {
        return REDACTED;
    }
    toJSON() {
        return REDACTED;
    }
    [external_node_util_.inspect.custom]() {
        return REDACTED;
    }
    [Symbol.toPrimitive]() {
        return REDACTED;
    }
}

;// CONCATENATED MODULE: ./src/core/redact.ts
// SECURITY: the one redactor every human-facing string passes through before it leaves keybound.
// It removes each known secret, each line of a multi-line one, and the encodings a log or API might
// carry them in: base64 (standard and URL-safe, at every byte alignment), base64 twice, URL-encoded,
// JSON-escaped and hex.

/** Forms shorter than this are not searched for: they would erase ordinary text. */
const MIN_FORM_LENGTH = 4;
/** Forms longer than this are matched as plain text, not in the one regular expression. */
const MAX_PATTERN_FORM_LENGTH = 1024;
function base64Forms(text) {
    const bytes = Buffer.from(text, 'utf8');
    // Standalone encoding, with and without padding.
    const forms = [bytes.toString('base64')];
    // A secret inside longer data is encoded at one of three byte alignments. For each, keep only the
    // characters that depend on the secret's bytes alone: skip those that mix in the bytes before it
    // (0, 2 or 3 characters) and stop before the last character that mixes in the bytes after it.
    const skip = [0, 2, 3];
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        forms.push(encoded.slice(skip[offset], Math.floor(((offset + bytes.length) * 8) / 6)));
    }
    const withUrlSafe = forms.flatMap((form) => [form, form.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')]);
    return withUrlSafe.filter((form) => form.length >= MIN_FORM_LENGTH);
}
function jsonEscaped(text) {
    return JSON.stringify(text).slice(1, -1);
}
/** Every form of `text` that must never appear in output. */
function secretForms(text) {
    const forms = new Set();
    const add = (form) => {
        if (form.length >= MIN_FORM_LENGTH)
            forms.add(form);
    };
    const pieces = [text, ...text.split(/\r\n|\r|\n/).map((line) => line.trim())];
    for (const piece of pieces) {
        if (piece.length < MIN_FORM_LENGTH)
            continue;
        add(piece);
        add(jsonEscaped(piece));
        add(JSON.stringify(JSON.stringify(piece)).slice(1, -1));
        add(encodeURIComponent(piece));
        add(encodeURI(piece));
        const hex = Buffer.from(piece, 'utf8').toString('hex');
        add(hex);
        add(hex.toUpperCase());
        for (const b64 of base64Forms(piece)) {
            add(b64);
            add(Buffer.from(b64, 'utf8').toString('base64'));
            add(Buffer.from(b64, 'utf8').toString('base64').replace(/=+$/, ''));
        }
    }
    return [...forms];
}
class Redactor {
    forms = [];
    pattern;
    long = [];
    constructor(secrets = []) {
        for (const secret of secrets)
            this.add(secret);
    }
    /** Registers a secret value; its forms are removed from everything redacted afterwards. */
    add(secret) {
        const text = typeof secret === 'string' ? secret : secret.reveal();
        if (text.length < MIN_FORM_LENGTH)
            return;
        const known = new Set(this.forms);
        for (const form of secretForms(text))
            if (!known.has(form))
                this.forms.push(form);
        this.pattern = undefined;
    }
    /** The raw values and their lines, for registering with the runner's masker. */
    get size() {
        return this.forms.length;
    }
    redact(text) {
        if (this.forms.length === 0 || text.length === 0)
            return text;
        if (!this.pattern) {
            // Longest first, so a form is never partly replaced by a shorter one it contains. Very long forms
            // (a 48 KB value, its hex and base64) would make a regular expression too large to compile: they
            // are replaced as plain text first, and are all longer than every form in the pattern.
            const sorted = [...this.forms].sort((a, b) => b.length - a.length);
            this.long = sorted.filter((form) => form.length > MAX_PATTERN_FORM_LENGTH);
            const short = sorted.filter((form) => form.length <= MAX_PATTERN_FORM_LENGTH);
            this.pattern = short.length > 0 ? new RegExp(short.map(escapeRegExp).join('|'), 'g') : /(?!)/g;
        }
        let out = text;
        for (const form of this.long)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out.replace(this.pattern, REDACTED);
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/redact-values.ts
// SECURITY.md rule 10: redaction works on values, before serialization. Every string of a report (or a
// baseline) passes the redactor on its own, so a secret is removed wherever it sits, and a formatter
// then serializes text that holds none: JSON and SARIF stay well-formed whatever a value is, which a
// pass over the serialized text cannot promise (a registered `none` once turned `"none"` into
// `[redacted]` outside any quotes). Only what the redactor knows is replaced: key names and paths stay
// whole unless they contain a secret value.

/** A deep copy of `value` with every string, and every object key, passed through `redactor`. */
function redactValues(value, redactor) {
    return copy(value, redactor, 0);
}
/** Reports nest a few levels; anything deeper is not a report's data and is replaced, not walked. */
const MAX_DEPTH = 64;
function copy(value, redactor, depth) {
    if (typeof value === 'string')
        return redactor.redact(value);
    if (value === null || typeof value !== 'object')
        return value;
    // Fail closed: what cannot be walked is not printed.
    if (depth > MAX_DEPTH || value instanceof SecretValue)
        return REDACTED;
    if (Array.isArray(value))
        return value.map((item) => copy(item, redactor, depth + 1));
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        // NOTE: keys are redacted too (a provider's principal map is keyed by what the provider sent);
        // defineProperty keeps a key named `__proto__` an own property instead of a prototype change.
        Object.defineProperty(out, redactor.redact(key), {
            value: copy(item, redactor, depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./src/generated/version.ts
var version = __webpack_require__(4377);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/providers/http.ts
// The one HTTP client through which smoke calls reach the network (SPEC section 6, SECURITY.md rule 4).
// Each adapter gets a client bound to its own provider: only the provider's base URL (compiled in, or
// the user's --endpoint), only the methods and paths the provider declares, no redirects followed, TLS
// always verified, a deadline covering headers and body, a body size cap, 429 / Retry-After honoured a
// bounded number of times, and a cap on requests in flight per provider. Built on node:https rather
// than fetch so that no redirect, proxy or header forwarding can happen behind our back.


const DEFAULT_HTTP_SETTINGS = {
    requestTimeoutMs: 10_000,
    runBudgetMs: 120_000,
    maxAttempts: 3,
    maxRetryWaitMs: 5_000,
    concurrency: 4,
    maxBodyBytes: 1024 * 1024,
};
/** True for addresses that never leave the machine: the only place plain http is allowed. */
function isLoopback(hostname) {
    return (hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname));
}
/** Checks a base URL: https anywhere, http only for loopback, no credentials, no query. */
function validateBaseUrl(raw) {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
        throw new Error(`plain http is accepted only for loopback addresses: ${url.origin}`);
    }
    if (url.username || url.password || url.search || url.hash)
        throw new Error(`base URL must be scheme, host and path only: ${url.origin}`);
    return url;
}
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        // A released slot is handed straight to the next waiter (never freed then re-taken), so a caller
        // arriving between the release and the waiter's wake-up cannot take it as well.
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}
/** One per run: hands each provider a bound client and shares the run deadline between them. */
class SmokeHttp {
    settings;
    clock;
    deadline;
    semaphores = new Map();
    /** Requests sent, per provider (for tests and the debug log). */
    sent = new Map();
    constructor(settings = DEFAULT_HTTP_SETTINGS, clock = Date.now) {
        this.settings = settings;
        this.clock = clock;
        this.deadline = clock() + settings.runBudgetMs;
    }
    /** A client that can reach only `provider`'s declared endpoints on `baseUrl`. */
    forProvider(provider, baseUrl) {
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
                const refuse = (why) => {
                    // SECURITY: an adapter asking for anything else is a bug; nothing is sent.
                    throw new Error(`${provider.id}: ${request.method} ${why}`);
                };
                if (!request.path.startsWith('/') || request.path.startsWith('//'))
                    refuse('request path must start with one /');
                const url = new URL(prefix + request.path, base.origin);
                if (url.origin !== base.origin)
                    refuse("request left its provider's host");
                // The check is made on the path as it will be sent: `..`, `%2e%2e` or `\` inside a `{segment}`
                // are resolved by URL parsing and must not reach an undeclared path.
                const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
                const endpoint = path === undefined ? undefined : allowed.find((a) => a.method === request.method && a.path.test(path));
                if (endpoint === undefined)
                    refuse(`${path ?? url.pathname} is not a declared read-only endpoint`);
                if (url.hash)
                    refuse('request path must not carry a fragment');
                // SECURITY case 12: the debug log names the declared path (`/Accounts/{AccountSid}.json`), never
                // the path as sent, whose segments may hold a credential.
                const logged = `${prefix}${endpoint?.template ?? ''}`;
                return semaphore.run(() => this.withRetries(provider.id, url, request, logged));
            },
        };
    }
    async withRetries(provider, url, request, logged) {
        for (let attempt = 1;; attempt++) {
            const remaining = this.deadline - this.clock();
            if (remaining <= 0)
                return { kind: 'failure', reason: 'budget', message: 'the run deadline for smoke calls passed' };
            this.sent.set(provider, (this.sent.get(provider) ?? 0) + 1);
            const timeout = Math.min(this.settings.requestTimeoutMs, remaining);
            const result = await send(url, request, timeout, this.settings.maxBodyBytes, this.settings.lookup);
            this.settings.log?.(`${provider} ${request.method} ${url.host}${logged} -> ${result.kind === 'response' ? result.status : result.reason}`);
            if (result.kind !== 'response' || !isRateLimited(result))
                return result;
            const wait = retryAfterMs(result.headers, this.clock()) ?? 1000 * attempt;
            const limited = {
                kind: 'failure',
                reason: 'rate-limited',
                status: result.status,
                message: `rate-limited (HTTP ${result.status})`,
            };
            if (attempt >= this.settings.maxAttempts ||
                wait > this.settings.maxRetryWaitMs ||
                wait >= this.deadline - this.clock())
                return limited;
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
}
/** GitHub says "rate limited" with 403 as well as 429; only the headers tell it from a real denial. */
function isRateLimited(response) {
    if (response.status === 429)
        return true;
    // GitHub's secondary rate limits answer 403 with Retry-After (and x-ratelimit-remaining may be > 0).
    return (response.status === 403 &&
        (response.headers['x-ratelimit-remaining']?.trim() === '0' || response.headers['retry-after'] !== undefined));
}
/** Retry-After in seconds or as an HTTP date, else GitHub's x-ratelimit-reset (epoch seconds). */
function retryAfterMs(headers, now) {
    const value = headers['retry-after'];
    if (value !== undefined) {
        if (/^\d+$/.test(value.trim()))
            return Number(value.trim()) * 1000;
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    const reset = headers['x-ratelimit-reset'];
    if (reset !== undefined && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - now);
    return undefined;
}
function templateToRegExp(template) {
    const escaped = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${escaped.join('[^/]+')}$`);
}
/** One request, never followed, always settled within `timeoutMs`. */
function send(url, request, timeoutMs, maxBodyBytes, lookup) {
    return new Promise((resolve) => {
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            outgoing.destroy();
            resolve(result);
        };
        const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
        const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
        const options = {
            method: request.method,
            headers,
            agent: false,
            rejectUnauthorized: true,
            ...(lookup ? { lookup } : {}),
        };
        const outgoing = (url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(url, options, (incoming) => {
            const status = incoming.statusCode ?? 0;
            const responseHeaders = {};
            for (const [name, value] of Object.entries(incoming.headers)) {
                if (value !== undefined)
                    responseHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
            }
            if (status >= 300 && status < 400) {
                // SECURITY: a redirect could carry the credential to another host; it is never followed.
                finish({ kind: 'failure', reason: 'redirect', status, message: `HTTP ${status} redirect, not followed` });
                return;
            }
            const chunks = [];
            let size = 0;
            incoming.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBodyBytes)
                    finish({ kind: 'failure', reason: 'too-large', status, message: 'response body too large' });
                else
                    chunks.push(chunk);
            });
            incoming.on('end', () => finish({ kind: 'response', status, headers: responseHeaders, body: Buffer.concat(chunks).toString('utf8') }));
            incoming.on('error', (error) => finish({ kind: 'failure', reason: 'network', message: `response interrupted (${errorCode(error)})` }));
            // A connection closed mid-body does not always surface as an error; a close before 'end' is one.
            incoming.on('close', () => finish({ kind: 'failure', reason: 'network', message: 'response interrupted (closed)' }));
        });
        const timer = setTimeout(() => finish({ kind: 'failure', reason: 'timeout', message: `no complete answer within ${timeoutMs} ms` }), timeoutMs);
        outgoing.on('error', (error) => finish({ kind: 'failure', reason: 'network', message: `request failed (${errorCode(error)})` }));
        outgoing.end(body);
    });
}
/** Only the error's code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED...): messages may quote hosts or data. */
function errorCode(error) {
    return error?.code ?? (error instanceof Error ? error.name : 'error');
}

;// CONCATENATED MODULE: ./src/discovery/github-secrets.ts
// GitHub Actions secret metadata (SPEC sections 1 and 3): the name, created_at and updated_at of the
// repository, environment and organization secrets a repository sees, so rotation-age can use
// GitHub's own dates as `platform` facts. The API never returns secret values; only metadata is read.
// SECURITY: the token goes only into octokit's Authorization header, to the API base URL the user
// chose (GITHUB_API_URL or api.github.com); it never appears in a warning, an error or the log. Only
// GET requests are made. A failure is a warning that says why, never a crash.






const DEFAULT_API_URL = 'https://api.github.com';
/** A rate limit is waited out once, and only when it resets this soon (seconds). */
const MAX_RATE_LIMIT_WAIT_S = 10;
const PERMISSION_HINT = 'the token needs the Secrets: read permission (fine-grained) or repo scope (classic) to read secret metadata; rotation dates from GitHub were not used for them';
const GitHub = dist_src/* Octokit */.E.plugin(plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
/**
 * Lists the Actions secrets `repository` sees: its own, each environment's, and the organization's
 * shared with it. Each listing that fails adds a warning (403/404 explain the permission needed) and
 * the others still count.
 * @throws KeyboundError only for a malformed `repository` or `apiUrl` (a usage error).
 */
async function fetchSecretMetadata(options) {
    const [owner, repo, extra] = options.repository.split('/');
    if (!owner || !repo || extra !== undefined)
        throw new KeyboundError('usage', `"${options.repository}" is not a repository of the form OWNER/REPO`);
    const octokit = createClient(options);
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
    return { secrets, warnings: explain(options.repository, failures) };
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
function createClient(options) {
    let baseUrl;
    try {
        baseUrl = validateBaseUrl(options.apiUrl?.trim() || DEFAULT_API_URL)
            .toString()
            .replace(/\/$/, '');
    }
    catch (error) {
        const reason = error instanceof TypeError ? 'not a URL' : error.message;
        throw new KeyboundError('usage', `GITHUB_API_URL: ${reason}`);
    }
    const log = options.log ?? (() => { });
    const token = options.token.reveal();
    // SECURITY: only octokit's warnings (deprecations, limit handlers) are relayed, and only plain
    // strings without the token; its per-request error lines duplicate ours below. No headers are logged.
    const relay = (message) => {
        if (typeof message === 'string' && (token === '' || !message.includes(token)))
            log(`github: ${message}`);
    };
    const rateLimit = (retryAfter, _options, _octokit, retryCount) => retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    const octokit = new GitHub({
        auth: token,
        baseUrl,
        userAgent: `keybound/${version/* VERSION */.x}`,
        log: { debug: () => { }, info: () => { }, warn: relay, error: () => { } },
        throttle: { onRateLimit: rateLimit, onSecondaryRateLimit: rateLimit },
        retry: { retries: options.retries ?? 1, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        request: { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) },
    });
    octokit.hook.wrap('request', async (request, endpoint) => {
        // SECURITY: metadata is read, never written; anything but GET is refused before it is sent.
        if (endpoint.method !== 'GET')
            throw new KeyboundError('internal', `refused ${endpoint.method}: only GET is used`);
        const path = new URL(endpoint.url, baseUrl).pathname;
        try {
            const response = await request(endpoint);
            log(`github: GET ${path} ${response.status}`);
            return response;
        }
        catch (error) {
            log(`github: GET ${path} ${statusOf(error) ?? 'no response'}`);
            throw error;
        }
    });
    return octokit;
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
/**
 * Why a listing failed, from the HTTP status alone.
 * SECURITY: nothing of the error's message, request or response body is quoted.
 */
function reasonOf(error) {
    const status = statusOf(error);
    const headers = error.response?.headers;
    if (status === 429 || (status === 403 && headers?.['x-ratelimit-remaining'] === '0'))
        return `HTTP ${status}: GitHub's API rate limit was reached; try again later`;
    if (status === 403)
        return `HTTP 403: ${PERMISSION_HINT}`;
    if (status === 404)
        return `HTTP 404: ${PERMISSION_HINT}, or the repository does not exist`;
    if (status !== undefined && headers !== undefined)
        return `HTTP ${status}`;
    return 'no answer from the GitHub API: network error or timeout';
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/fingerprint.ts
// Fingerprints identify a finding across runs without line numbers or columns, so moving, re-indenting
// or reordering a file keeps them (baselines rely on it): rule, key, the key's provider and principal,
// file, environment and the rule's own anchor (a job id, a resource name; never a line), plus an
// occurrence counter for repeats of the same tuple in one file.

/**
 * Assigns `fingerprint` to each finding; findings must already be in a stable order. `keys` gives the
 * provider and principal of each finding's key: the same name with another principal is another finding.
 */
function fingerprint(findings, keys = []) {
    const byName = new Map(keys.map((key) => [key.name, key]));
    const seen = new Map();
    return findings.map(({ anchor, ...finding }) => {
        const key = finding.key === undefined ? undefined : byName.get(finding.key);
        const base = [
            finding.ruleId,
            finding.key ?? '',
            factText(key?.facts.provider?.value),
            factText(key?.facts.principal?.value),
            finding.location.file,
            finding.environment ?? '',
            anchor ?? '',
        ].join('\u0000');
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        const hash = (0,external_node_crypto_.createHash)('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
        return { ...finding, fingerprint: hash };
    });
}
function factText(value) {
    return Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
}

;// CONCATENATED MODULE: ./src/core/template.ts
// Message templates for rule findings (the ESLint `messages` model): `{{name}}` placeholders filled
// from the data a rule reports. Unknown placeholders stay as written so a typo shows in tests.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;
/**
 * Replaces each `{{name}}` (spaces inside the braces allowed) with `String(data[name])`. A placeholder
 * with no value in `data` is left unchanged. Replacement text is never re-scanned.
 */
function formatMessage(template, data = {}) {
    return template.replace(PLACEHOLDER, (whole, name) => Object.prototype.hasOwnProperty.call(data, name) && data[name] !== undefined ? String(data[name]) : whole);
}
/** The placeholder names a template uses, in order of first appearance. */
function placeholders(template) {
    const names = [];
    for (const match of template.matchAll(PLACEHOLDER))
        if (!names.includes(match[1]))
            names.push(match[1]);
    return names;
}

;// CONCATENATED MODULE: ./src/core/types.ts
// The data model that flows one way through keybound:
//   files -> uses (discovery) -> keys with facts -> findings (rules) -> report (formatters).
// Pure types and constants only; nothing here does I/O.
const SEVERITIES = ['error', 'warning', 'note'];
/** Higher is more severe. */
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
const BUILTIN_ENVIRONMENTS = ['production', 'staging', 'development', 'unknown'];
function emptyInventory() {
    return {
        files: [],
        uses: [],
        links: [],
        workflows: [],
        rbac: { roles: [], bindings: [], serviceAccounts: [] },
        kustomizations: [],
        diagnostics: [],
        suppressions: [],
    };
}
const FACT_SOURCE_RANK = {
    smoke: 5,
    value: 4,
    platform: 3,
    declared: 2,
    name: 1,
};
const FACT_NAMES = [
    'provider',
    'keyType',
    'keyEnvironment',
    'principal',
    'principalKind',
    'account',
    'scopes',
    'created',
    'rotated',
    'expires',
];
const SMOKE_STATUSES = ['verified', 'mismatch', 'invalid', 'unknown', 'skipped', 'malformed'];

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discovery/environment.ts
// SPEC section 2: which environment a use belongs to. The first rule that decides wins: config
// mappings, the GitHub job's environment, the Kubernetes namespace (from the manifest or the
// kustomizations that include it), path and file-name conventions, else `unknown`.

const CONVENTIONS = {
    prod: 'production',
    production: 'production',
    prd: 'production',
    live: 'production',
    staging: 'staging',
    stage: 'staging',
    stg: 'staging',
    preprod: 'staging',
    dev: 'development',
    development: 'development',
    test: 'development',
    qa: 'development',
    sandbox: 'development',
    local: 'development',
};
/** The conventional environment a word names (`prod` -> production), or undefined. */
function conventionFor(word) {
    const key = word.toLowerCase();
    // NOTE: own keys only: a folder named `constructor` must not yield Object.prototype's function.
    return Object.hasOwn(CONVENTIONS, key) ? CONVENTIONS[key] : undefined;
}
/** The environment named by any part of `text` split on `-`, `_`, `.`, or undefined. */
function conventionInName(text) {
    for (const part of text.split(/[-_.]/)) {
        const env = conventionFor(part);
        if (env)
            return env;
    }
    return undefined;
}
/** Path convention: the file name's parts first (most specific), then folders from the deepest up. */
function conventionInPath(path) {
    const segments = path.split('/');
    for (let i = segments.length - 1; i >= 0; i--) {
        const env = conventionInName(segments[i]);
        if (env)
            return env;
    }
    return undefined;
}
/** Kustomizations nest overlays a few deep; a tangle of them must not take forever. */
const MAX_KUSTOMIZE_STEPS = 10_000;
/** Kustomizations that include each file, directly or through other kustomizations. */
class KustomizeIndex {
    byDir = new Map();
    includers = new Map();
    constructor(kustomizations) {
        for (const k of kustomizations)
            this.byDir.set(k.dir, k);
        for (const k of kustomizations) {
            for (const resource of k.resources) {
                // A resource is a file, or a folder whose kustomization it pulls in.
                const target = this.byDir.get(resource)?.file ?? resource;
                const list = this.includers.get(target) ?? [];
                list.push(k);
                this.includers.set(target, list);
            }
        }
    }
    /**
     * For a manifest, the outermost kustomizations that deploy it, each with the namespace it ends up
     * in (the outermost namespace along the chain wins: kustomize applies the overlay's last).
     */
    deployersOf(file) {
        const roots = new Map();
        // NOTE: `chain` holds the kustomizations on the current path, so a cycle (an error to kustomize)
        // ends at the last kustomization before it repeats; the step budget bounds any other tangle.
        let steps = 0;
        const climb = (target, namespace, chain) => {
            for (const parent of this.includers.get(target) ?? []) {
                if (chain.has(parent.file) || ++steps > MAX_KUSTOMIZE_STEPS)
                    continue;
                const outer = parent.namespace ?? namespace;
                const next = new Set(chain).add(parent.file);
                const above = (this.includers.get(parent.file) ?? []).filter((k) => !next.has(k.file));
                if (above.length > 0)
                    climb(parent.file, outer, next);
                else if (!roots.has(parent.file))
                    roots.set(parent.file, { root: parent, namespace: outer });
            }
        };
        climb(file, undefined, new Set([file]));
        return [...roots.values()];
    }
}
/**
 * The environments of a use: usually one; several when a shared kustomize base is deployed by
 * overlays for different environments. Each overlay that deploys it is decided on its own.
 */
function decideEnvironments(use, context) {
    const deployers = context.kustomize.deployersOf(use.location.file);
    if (deployers.length === 0)
        return [decideOne(use, context.mappings, use.hints.namespace)];
    // kustomize sets the overlay's namespace on every resource, over the one the manifest names.
    return distinct(deployers.map((d) => decideOne(use, context.mappings, d.namespace ?? use.hints.namespace, d.root)));
}
/** SPEC section 2's rules in order, for one place the use is deployed to. */
function decideOne(use, mappings, namespace, overlay) {
    const file = use.location.file;
    const github = use.hints.githubEnvironment;
    const paths = overlay ? [file, overlay.file] : [file];
    const fromConfig = byConfig(mappings, github, namespace, paths);
    if (fromConfig)
        return { environment: fromConfig, environmentSource: 'config' };
    if (github) {
        // An explicit deploy environment keeps its own name when no convention maps it (`preview`).
        return { environment: conventionInName(github) ?? github.toLowerCase(), environmentSource: 'github-environment' };
    }
    const byNamespace = namespace ? conventionInName(namespace) : undefined;
    if (byNamespace)
        return { environment: byNamespace, environmentSource: 'namespace' };
    // An overlay without a namespace still says where it deploys by its folder (`overlays/prod/`).
    const byOverlay = overlay ? conventionInPath(overlay.dir) : undefined;
    if (byOverlay)
        return { environment: byOverlay, environmentSource: 'path' };
    return byPath(file);
}
function byPath(file) {
    const env = conventionInPath(file);
    return env ? { environment: env, environmentSource: 'path' } : { environment: 'unknown', environmentSource: 'none' };
}
function byConfig(mappings, githubEnvironment, namespace, paths) {
    // GitHub environment names are case-insensitive (`Production` is the `production` environment).
    const github = githubEnvironment?.toLowerCase();
    for (const mapping of mappings) {
        if (github && mapping.githubEnvironments.some((g) => g.toLowerCase() === github))
            return mapping.name;
        if (namespace && mapping.namespaces.includes(namespace))
            return mapping.name;
        if (mapping.paths.length === 0)
            continue;
        const matches = picomatch_default()(mapping.paths, { dot: true });
        if (paths.some((path) => matches(path)))
            return mapping.name;
    }
    return undefined;
}
function distinct(decisions) {
    const seen = new Map();
    for (const d of decisions)
        if (!seen.has(d.environment))
            seen.set(d.environment, d);
    return [...seen.values()];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/yaml.ts
// Safe YAML for every file keybound reads. SECURITY.md rule 6: the core schema pinned (a `%YAML 1.1`
// directive cannot turn `on:` into `true`), merge keys off unless the format defines them, duplicate
// keys rejected, aliases expanded only within a budget (billion laughs), and any throw from the parser
// (a ReferenceError on excessive aliases, a RangeError on deep nesting) turned into a located message.
// Also the helpers that turn YAML nodes into exact 1-based locations.

/** Files larger than this are reported, not parsed. Real manifests top out near 4 MB. */
const MAX_YAML_BYTES = 6 * 1024 * 1024;
/** Alias dereferences allowed while walking one document. */
const MAX_ALIAS_DEREFERENCES = 10_000;
/** Flow collections nested deeper than this are refused before parsing (the parser recurses). */
const MAX_FLOW_DEPTH = 500;
/** Problems reported per file; a broken file can produce thousands. */
const MAX_PROBLEMS = 10;
function parseYaml(text, options = {}) {
    const lineCounter = new dist/* LineCounter */.HN();
    if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
        return {
            docs: [],
            lineCounter,
            problems: [{ message: `file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB; not parsed` }],
        };
    }
    const depth = flowDepth(text);
    if (depth > MAX_FLOW_DEPTH) {
        return {
            docs: [],
            lineCounter,
            problems: [{ message: `brackets are nested more than ${MAX_FLOW_DEPTH} deep; not parsed` }],
        };
    }
    // NOTE: the parser's own line counter misses the line breaks inside the tokens it gives up on, so
    // after a broken document every later line was off; line starts are counted from the text instead.
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    const parseOptions = {
        schema: 'core',
        version: '1.2',
        merge: options.merge ?? false,
        uniqueKeys: true,
        prettyErrors: false,
        keepSourceTokens: false,
    };
    let docs;
    try {
        const pieces = options.wantDocument ? wantedPieces(text, options.wantDocument) : undefined;
        // parseAllDocuments returns an EmptyStream (an array with extra fields) for an empty file.
        docs = pieces
            ? pieces.flatMap(([start, end]) => parsePiece(text, start, end, parseOptions))
            : Array.from((0,dist/* parseAllDocuments */.hR)(text, parseOptions));
    }
    catch (error) {
        return { docs: [], lineCounter, problems: [{ message: parserThrew(error) }] };
    }
    const problems = [];
    for (const doc of docs) {
        const issues = options.warningsAsErrors ? [...doc.errors, ...doc.warnings] : doc.errors;
        for (const issue of issues) {
            const [line, column] = issue.linePos?.[0]
                ? [issue.linePos[0].line, issue.linePos[0].col]
                : position(lineCounter, issue.pos[0]);
            problems.push({ message: firstLine(issue.message), line, column, ...duplicateOf(issue, doc, lineCounter) });
        }
    }
    return { docs, lineCounter, problems: problems.slice(0, MAX_PROBLEMS) };
}
/** A line `---` (a document start) or `...` (a document end), which no scalar may hold. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/**
 * The spans [start, end) of `text` to parse when `want` skips some documents: runs of wanted documents,
 * cut at document markers. Undefined when every document is wanted or the stream has directives.
 */
function wantedPieces(text, want) {
    if (/^%/m.test(text))
        return undefined;
    const cuts = [0];
    for (const match of text.matchAll(DOCUMENT_MARKER))
        if (match.index > 0)
            cuts.push(match.index);
    cuts.push(text.length);
    const pieces = [];
    let skipped = false;
    for (let i = 0; i + 1 < cuts.length; i++) {
        const [start, end] = [cuts[i], cuts[i + 1]];
        if (!want(text.slice(start, end)))
            skipped = true;
        else if (pieces.length > 0 && pieces[pieces.length - 1][1] === start)
            pieces[pieces.length - 1][1] = end;
        else
            pieces.push([start, end]);
    }
    return skipped ? pieces : undefined;
}
/** Parses text[start, end) as its own stream, with node ranges and error offsets into the whole text. */
function parsePiece(text, start, end, options) {
    const parser = new dist/* Parser */.iX();
    // NOTE: the parser numbers tokens from `offset`, so every range the composer builds is whole-text.
    parser.offset = start;
    const composer = new dist/* Composer */.Dk(options);
    return Array.from(composer.compose(parser.parse(text.slice(start, end))));
}
/** The deepest nesting of `[` and `{`, roughly (quotes are not tracked): cheap and linear. */
function flowDepth(text) {
    let depth = 0;
    let max = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 91 || c === 123)
            max = Math.max(max, ++depth);
        else if ((c === 93 || c === 125) && depth > 0)
            depth--;
    }
    return max;
}
function parserThrew(error) {
    if (error instanceof RangeError)
        return 'nesting is too deep to parse';
    if (error instanceof ReferenceError)
        return 'too many aliases (a YAML bomb?)';
    return `could not be parsed (${error instanceof Error ? error.name : typeof error})`;
}
/** Messages whose tail is a tag name (config errors show it); every other tail is a piece of the source. */
const NAMES_A_TAG = /^(?:Unresolved tag|Could not resolve tag|Not a valid tag): /;
/**
 * The parser's message without its position or any source it quotes (`Not a YAML token: …`,
 * `Unexpected scalar token in YAML stream: "…"`): the broken line may hold a secret value.
 */
function firstLine(message) {
    const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const colon = line.indexOf(': ');
    return colon < 0 || NAMES_A_TAG.test(line) ? line : line.slice(0, colon);
}
/** For a duplicate-key error, the line of the first occurrence of that key in the same map. */
function duplicateOf(issue, doc, lineCounter) {
    if (issue.code !== 'DUPLICATE_KEY')
        return {};
    let found;
    const visit = (node) => {
        if (found !== undefined)
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            const dup = node.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.range?.[0] === issue.pos[0]);
            if (dup && (0,dist/* isScalar */.jn)(dup.key)) {
                const first = node.items.find((pair) => pair !== dup && (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === dup.key.value);
                if (first && (0,dist/* isScalar */.jn)(first.key) && first.key.range)
                    found = position(lineCounter, first.key.range[0])[0];
            }
            node.items.forEach((pair) => visit(pair.value));
        }
        else if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach(visit);
    };
    visit(doc.contents);
    return found === undefined ? {} : { firstLine: found };
}
/** 1-based [line, column] of a source offset. */
function position(lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return [line, col];
}
/** The location of a node (its start, and its end where known). */
function nodeLocation(file, lineCounter, node) {
    const range = rangeOf(node);
    if (!range)
        return { file, line: 1, column: 1 };
    return spanLocation(file, lineCounter, range[0], range[1]);
}
/** The location of the source span [start, end). */
function spanLocation(file, lineCounter, start, end) {
    const [line, column] = position(lineCounter, start);
    const [endLine, endColumn] = position(lineCounter, end);
    return { file, line, column, endLine, endColumn };
}
function rangeOf(node) {
    if (!node)
        return undefined;
    if ((0,dist/* isPair */.tO)(node)) {
        const keyRange = rangeOf(node.key);
        const valueRange = rangeOf(node.value);
        if (keyRange)
            return [keyRange[0], valueRange?.[1] ?? keyRange[1]];
        return valueRange;
    }
    const range = node.range;
    return range ? [range[0], range[1]] : undefined;
}
/**
 * Follows the aliases of one document to the nodes they name, charging each step to a budget, so a
 * billion-laughs document ends with an error instead of exhausting memory. Anchors are indexed once:
 * yaml's own `Alias.resolve` walks the whole document on every call, which makes a file full of
 * aliases quadratic (measured: minutes for 3,000 aliases in a 2.8 MB file).
 */
class AliasBudget {
    remaining;
    targets = new Map();
    /** Aliases with no anchor before them (the parser accepts them; GitHub does not). */
    unresolved = [];
    /** The last alias followed: where a spent budget is reported. */
    lastAlias;
    constructor(doc, limit = MAX_ALIAS_DEREFERENCES) {
        this.remaining = limit;
        // As YAML defines it: the last node with that anchor before the alias, in document order.
        const anchored = new Map();
        (0,dist/* visit */.YR)(doc, {
            Node: (_key, node) => {
                if ((0,dist/* isAlias */.Vj)(node)) {
                    this.targets.set(node, anchored.get(node.source));
                    if (!anchored.has(node.source))
                        this.unresolved.push(node);
                }
                else if (node.anchor)
                    anchored.set(node.anchor, node);
            },
        });
    }
    /** The node an alias (or chain of aliases) names; any other value is returned as it is. */
    resolve(node) {
        let current = node;
        for (let hops = 0; (0,dist/* isAlias */.Vj)(current); hops++) {
            if (--this.remaining < 0 || hops > 100)
                throw new YamlBudgetError();
            this.lastAlias = current;
            current = this.targets.get(current);
        }
        return current;
    }
}
class YamlBudgetError extends Error {
    constructor() {
        super('too many aliases (a YAML bomb?)');
        this.name = 'YamlBudgetError';
    }
}
/** The value of `key` in a map (not following aliases), or undefined. */
function getPair(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key);
}
/** A scalar's value as a string (numbers and booleans stringified), or undefined for other nodes. */
function scalarString(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (value === null || value === undefined)
        return undefined;
    return typeof value === 'string' ? value : String(value);
}

;// CONCATENATED MODULE: ./src/discovery/manifest-yaml.ts
// Shared plumbing for the manifest extractors (kubernetes, kustomize, compose, helm-values): walking
// parsed YAML through the alias budget, exact trimmed locations, and turning parser problems or any
// throw into a located Diagnostic so an extractor never throws on hostile input.



/**
 * Parses `text` as YAML. The BOM is dropped first so line 1 columns match what editors show. The first
 * problem becomes a `parse-error` diagnostic (a template's, a `skipped` one); documents with errors of
 * their own are left out of `walks`.
 */
function parseFile(file, text, options = {}) {
    const clean = stripBom(text);
    const parsed = parseYaml(clean, options);
    const first = firstProblem(parsed.problems);
    // NOTE: a template that breaks the parser is not a broken file; it is skipped, whatever its format.
    if (first && looksTemplated(clean))
        return { walks: [], diagnostics: [skippedTemplate(file)] };
    const diagnostics = first ? [parseError(file, first.message, first.line, first.column)] : [];
    const walks = parsed.docs
        .filter((doc) => doc.errors.length === 0)
        .map((doc) => ({ file, text: clean, lineCounter: parsed.lineCounter, doc, budget: new AliasBudget(doc) }));
    return { walks, diagnostics };
}
/**
 * The problem that comes first in the file. A file that is not YAML at all (Markdown, a Jinja template)
 * gives the parser a problem on nearly every line; it is one broken file, so it is reported once.
 */
function firstProblem(problems) {
    const place = (p) => (p.line ?? Infinity) * 1e6 + (p.column ?? 0);
    return problems.reduce((a, b) => (a && place(a) <= place(b) ? a : b), undefined);
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** A `parse-error` diagnostic naming the file (messages never quote file content). */
function parseError(file, message, line, column) {
    const where = line === undefined ? {} : { line, column: column ?? 1 };
    return { kind: 'parse-error', file, ...where, message: `${file}: ${message}` };
}
/**
 * Runs an extraction and turns anything it throws (an alias budget exhausted, a bug) into a
 * `parse-error` diagnostic, so one bad file never stops the scan.
 */
function guarded(file, extract) {
    try {
        return extract();
    }
    catch (error) {
        const reason = error instanceof Error && error.name === 'YamlBudgetError' ? error.message : 'could not be read';
        return { diagnostics: [parseError(file, reason)] };
    }
}
/** Follows aliases (charged to the walk's budget). */
function resolve(walk, node) {
    return walk.budget.resolve(node);
}
function isMergeKey(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return false;
    const value = key.value;
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
/**
 * The entries of a map, values resolved. With `merge`, `<<: *anchor` (or a list of them) contributes
 * the anchored map's entries, overridden by keys written in the map itself, as compose defines it.
 */
function entries(walk, node, merge = false, depth = 0) {
    const map = resolve(walk, node);
    if (!(0,dist/* isMap */.jh)(map) || depth > 20)
        return [];
    const own = [];
    const merged = [];
    for (const pair of map.items) {
        if (merge && isMergeKey(pair.key)) {
            const source = resolve(walk, pair.value);
            const sources = (0,dist/* isSeq */.oP)(source) ? source.items : [source];
            for (const item of sources)
                merged.push(...entries(walk, item, true, depth + 1));
            continue;
        }
        const key = scalarString(pair.key);
        if (key !== undefined)
            own.push({ key, pair, value: resolve(walk, pair.value) });
    }
    const ownKeys = new Set(own.map((entry) => entry.key));
    return [...own, ...merged.filter((entry) => !ownKeys.has(entry.key))];
}
/** The resolved value of `key` in a map, or undefined. */
function get(walk, node, key, merge = false) {
    return entry(walk, node, key, merge)?.value;
}
function entry(walk, node, key, merge = false) {
    return entries(walk, node, merge).find((candidate) => candidate.key === key);
}
/** The resolved items of a sequence; [] for anything else. */
function items(walk, node) {
    const seq = resolve(walk, node);
    return (0,dist/* isSeq */.oP)(seq) ? seq.items.map((item) => resolve(walk, item)) : [];
}
/** A scalar's string value after following aliases. */
function str(walk, node) {
    return scalarString(resolve(walk, node));
}
/** Location of the source span [start, end), with trailing blanks and line breaks trimmed off the end. */
function span(walk, start, end) {
    let stop = Math.max(start, Math.min(end, walk.text.length));
    while (stop > start && /\s/.test(walk.text[stop - 1]))
        stop--;
    return spanLocation(walk.file, walk.lineCounter, start, Math.max(stop, start));
}
/** Location of a node or pair (a pair runs from its key to the end of its value). */
function locate(walk, node) {
    const range = manifest_yaml_rangeOf(node);
    return range ? span(walk, range[0], range[1]) : { file: walk.file, line: 1, column: 1 };
}
/** Location from the start of `from` to the end of `to` (either may be a pair). */
function locateFromTo(walk, from, to) {
    const a = manifest_yaml_rangeOf(from);
    const b = manifest_yaml_rangeOf(to) ?? a;
    if (!a || !b)
        return locate(walk, from);
    return span(walk, a[0], Math.max(a[1], b[1]));
}
function manifest_yaml_rangeOf(node) {
    if (!node || typeof node !== 'object')
        return undefined;
    if ((0,dist/* isPair */.tO)(node)) {
        const key = manifest_yaml_rangeOf(node.key);
        const value = manifest_yaml_rangeOf(node.value);
        if (key)
            return [key[0], value?.[1] ?? key[1]];
        return value;
    }
    const range = node.range;
    return range ? [range[0], range[1]] : undefined;
}
/** The 1-based line a literal starts on, for `SecretValue.origin` (`path:line`, never the value). */
function literal(value, location) {
    return new SecretValue(value, `${location.file}:${location.line}`);
}
/**
 * Whether the file looks like a template rather than plain YAML: Go/Helm `{{ }}` actions, or Jinja
 * (cookiecutter, Ansible) `{% %}` tags. A GitHub expression `${{ }}` is not a template action.
 */
function looksTemplated(text) {
    return /(?:^|[^$]){{|{%/.test(text);
}
/** The diagnostic for a template: it cannot be read until rendered, which is not a parse error. */
function skippedTemplate(file) {
    return {
        kind: 'skipped',
        file,
        message: `${file}: a template (Go/Helm \`{{ }}\` or Jinja \`{% %}\` tags); scan the rendered files instead`,
    };
}
/** `a/b/c.yaml` -> `a/b`; a root file -> ''. */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** `a/b/c.yaml` -> `c.yaml`. */
function baseOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/discovery/dotenv.ts
// dotenv files (`.env`, `.env.*`, `*.env`): one use per variable, with its committed value as a
// literal and the exact line and column of the NAME. The syntax follows what dotenv, python-dotenv
// and docker compose agree on: `export` prefix, quotes, `#` comments, `\n` in double quotes.

/**
 * File-name parts that mark a template of placeholders rather than values: `.env.example`,
 * `.env.sample`, `.env.template`, `.env.dist`, `example.env`. They are not scanned, by decision: their
 * values are meant to be copied and replaced, and reading them would only produce placeholder noise.
 */
const TEMPLATE_PARTS = new Set(['example', 'examples', 'sample', 'samples', 'template', 'tmpl', 'tpl', 'dist']);
/** Whether `path` names a dotenv file keybound reads (`.envrc` and templates are not). */
function isDotenvPath(path) {
    const base = baseOf(path);
    const parts = base.toLowerCase().split('.');
    if (parts.some((part) => TEMPLATE_PARTS.has(part)))
        return false;
    if (base === '.env' || base.startsWith('.env.'))
        return true;
    return base.endsWith('.env') && base.length > '.env'.length;
}
/** The dotenv extractor. */
const dotenvExtractor = {
    kind: 'dotenv',
    matches(path) {
        return isDotenvPath(path);
    },
    extract({ path, text }) {
        try {
            return extractDotenv(path, text);
        }
        catch {
            return { diagnostics: [parseError(path, 'could not be read')] };
        }
    },
};
const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
function extractDotenv(path, text) {
    if (text.includes('\u0000'))
        return { diagnostics: [parseError(path, 'is not a text file')] };
    const uses = parseDotenv(stripBom(text)).map((found) => {
        const location = {
            file: path,
            line: found.line,
            column: found.column,
            endLine: found.endLine,
            endColumn: found.endColumn,
        };
        const use = { name: found.name, sourceKind: 'dotenv', location, hints: {} };
        // An empty value commits nothing, so it carries no literal.
        if (found.value !== '')
            use.literal = literal(found.value, location);
        return use;
    });
    return { uses };
}
/** Parses dotenv text into entries. Lines that are not assignments are ignored, as dotenv does. */
function parseDotenv(text) {
    const lines = text.split(/\r\n|\r|\n/);
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const match = ASSIGNMENT.exec(lines[i]);
        if (!match)
            continue;
        const name = match[3];
        const column = match[1].length + (match[2]?.length ?? 0) + 1;
        const valueStart = match[0].length;
        const rest = lines[i].slice(valueStart);
        const quote = rest[0];
        if (quote === '"' || quote === "'" || quote === '`') {
            const closed = findClosing(lines, i, valueStart + 1, quote);
            if (closed) {
                const raw = closed.raw;
                const value = quote === '"' ? dotenv_unescape(raw) : raw;
                out.push({ name, value, line: i + 1, column, endLine: closed.line + 1, endColumn: closed.column + 2 });
                i = closed.line;
                continue;
            }
        }
        // Unquoted (or an unterminated quote): up to an inline comment, which needs a blank before `#`.
        const comment = rest.startsWith('#') ? 0 : rest.search(/[ \t]#/);
        const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
        const end = value === '' ? column + name.length : valueStart + value.length + 1;
        out.push({ name, value, line: i + 1, column, endLine: i + 1, endColumn: end });
    }
    return out;
}
/** Finds the closing quote from line `line`, offset `from`; a `\"` does not close a double-quoted value. */
function findClosing(lines, line, from, quote) {
    const pieces = [];
    let offset = from;
    for (let current = line; current < lines.length; current++) {
        const text = lines[current];
        for (let j = offset; j < text.length; j++) {
            if (quote === '"' && text[j] === '\\') {
                j++;
                continue;
            }
            if (text[j] === quote) {
                pieces.push(text.slice(offset, j));
                return { raw: pieces.join('\n'), line: current, column: j };
            }
        }
        pieces.push(text.slice(offset));
        offset = 0;
    }
    return undefined;
}
function dotenv_unescape(raw) {
    return raw.replace(/\\([nrt"\\$])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

;// CONCATENATED MODULE: ./src/discovery/compose.ts
// docker-compose files: the variables each service is given (`environment`, list and map forms), the
// variables interpolated anywhere in a service (`${VAR}`, `${VAR:-default}`, `$VAR`), and secrets by
// name (top-level `secrets:` and service `secrets:`). Compose defines `<<` merge keys, so they expand.



/** `$$` is compose's escape for a literal `$`; `${NAME...` and `$NAME` interpolate. */
const INTERPOLATION = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const compose_MAX_DEPTH = 40;
/** The compose extractor: `compose*.y?ml` and `docker-compose*.y?ml`. */
const composeExtractor = {
    kind: 'compose',
    matches(path) {
        return /^(docker-)?compose[^/]*\.ya?ml$/i.test(baseOf(path));
    },
    extract({ path, text }) {
        return guarded(path, () => extractCompose(path, text));
    },
};
function extractCompose(path, text) {
    const parsed = parseFile(path, text, { merge: true });
    const diagnostics = [...parsed.diagnostics];
    const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
    if (!walk)
        return { diagnostics };
    const root = walk.doc.contents;
    const state = { walk, uses: [], seen: new Set(), named: new Map() };
    for (const service of entries(walk, get(walk, root, 'services', true), true)) {
        const resource = service.key;
        const before = state.uses.length;
        environment(state, get(walk, service.value, 'environment', true), resource);
        if (!publishes(walk, service.value))
            for (const use of state.uses.slice(before))
                use.privateNetwork = true;
        for (const item of items(walk, get(walk, service.value, 'secrets', true))) {
            const sourceEntry = (0,dist/* isMap */.jh)(item) ? entry(walk, item, 'source') : undefined;
            const name = str(walk, sourceEntry ? sourceEntry.value : item);
            if (name)
                add(state, name, locate(walk, sourceEntry?.pair ?? item), resource, 'secrets');
        }
        for (const file of envFiles(walk, get(walk, service.value, 'env_file', true))) {
            // NOTE: compose may name any file; only dotenv-named ones are scanned, so say so for the rest.
            if (!isDotenvPath(file)) {
                diagnostics.push({
                    kind: 'notice',
                    file: path,
                    message: `${path}: env_file ${file} of service ${resource} is not scanned (only .env, .env.* and *.env files are)`,
                });
            }
        }
        interpolations(state, service.value, resource, 0);
    }
    for (const secret of entries(walk, get(walk, root, 'secrets', true), true)) {
        add(state, secret.key, locate(walk, secret.pair), `secrets.${secret.key}`, 'secrets');
        const variable = entry(walk, secret.value, 'environment');
        const name = str(walk, variable?.value);
        if (variable && name)
            add(state, name, locate(walk, variable.pair), `secrets.${secret.key}`, 'secrets.environment');
    }
    return { uses: state.uses, diagnostics };
}
function add(state, name, location, resource, via, value) {
    // Services merging one anchor share its nodes; one use per place and consumer is enough.
    const id = `${name}\u0000${location.line}:${location.column}\u0000${resource}\u0000${via}`;
    if (state.seen.has(id))
        return;
    state.seen.add(id);
    const use = { name, sourceKind: 'compose', location, hints: {}, context: { via, resource } };
    if (value !== undefined && value !== '')
        use.literal = literal(value, location);
    state.uses.push(use);
}
/** A value is concrete when nothing in it is interpolated; `$$` unescapes to `$`. */
function concrete(value) {
    let interpolated = false;
    value.replace(INTERPOLATION, (match) => {
        if (match !== '$$')
            interpolated = true;
        return match;
    });
    return interpolated ? undefined : value.replace(/\$\$/g, '$');
}
function environment(state, node, resource) {
    const { walk } = state;
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of items(walk, node)) {
            if (!(0,dist/* isScalar */.jn)(item) || item.value === null || item.value === undefined || !item.range)
                continue;
            const text = String(item.value);
            const equals = text.indexOf('=');
            const name = (equals < 0 ? text : text.slice(0, equals)).trim();
            if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name))
                continue;
            const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE';
            const location = span(walk, item.range[0] + (quoted ? 1 : 0), item.range[1]);
            const value = equals < 0 ? undefined : concrete(text.slice(equals + 1));
            add(state, name, location, resource, 'environment', value);
            state.named.set(item, name);
        }
        return;
    }
    for (const variable of entries(walk, node, true)) {
        const value = (0,dist/* isScalar */.jn)(variable.value) ? variable.value : undefined;
        const raw = value && value.value !== null && value.value !== undefined ? String(value.value) : undefined;
        add(state, variable.key, locate(walk, variable.pair), resource, 'environment', raw === undefined ? undefined : concrete(raw));
        if (value)
            state.named.set(value, variable.key);
    }
}
/** Whether a service is reachable from outside its compose network: published ports or the host's network. */
function publishes(walk, service) {
    if (items(walk, get(walk, service, 'ports', true)).length > 0)
        return true;
    return /^host$/i.test(str(walk, get(walk, service, 'network_mode', true)) ?? '');
}
function envFiles(walk, node) {
    const list = (0,dist/* isScalar */.jn)(node) ? [node] : items(walk, node);
    return list
        .map((item) => ((0,dist/* isMap */.jh)(item) ? str(walk, get(walk, item, 'path')) : str(walk, item)))
        .filter((file) => Boolean(file));
}
/** Every `${VAR}` / `$VAR` in the scalars under `node`, located in the raw source. */
function interpolations(state, node, resource, depth) {
    const { walk } = state;
    const value = resolve(walk, node);
    if (depth > compose_MAX_DEPTH)
        return;
    if ((0,dist/* isMap */.jh)(value)) {
        for (const field of entries(walk, value, true))
            interpolations(state, field.value, resource, depth + 1);
    }
    else if ((0,dist/* isSeq */.oP)(value)) {
        for (const item of items(walk, value))
            interpolations(state, item, resource, depth + 1);
    }
    else if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' && value.range) {
        // The raw source keeps `${VAR}` as written, so offsets in it are exact even in block scalars.
        const start = value.range[0];
        const raw = walk.text.slice(start, value.range[1]);
        for (const match of raw.matchAll(INTERPOLATION)) {
            const name = match[1] ?? match[2];
            if (!name || state.named.get(value) === name)
                continue;
            const from = start + (match.index ?? 0);
            let to = from + match[0].length;
            if (match[1] && walk.text[to] === '}')
                to++;
            add(state, name, span(walk, from, to), resource, 'interpolation');
        }
    }
}

;// CONCATENATED MODULE: ./src/discovery/files.ts
// Walks the scanned tree and reads files safely. SECURITY: symlinks are never followed out of the tree
// (and symlinked folders not at all, so a loop cannot trap the walk); binary, oversized, non-UTF-8 and
// unreadable files become diagnostics instead of crashes.



/** Folders that never hold deploy configuration of the scanned project. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Every regular file below `root` (and symlinked files that stay inside it). */
function walkTree(root) {
    const files = [];
    const diagnostics = [];
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const visit = (dir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            diagnostics.push({
                kind: 'notice',
                file: toRelative(root, dir),
                message: `folder could not be read (${code(error)})`,
            });
            return;
        }
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    visit(path);
            }
            else if (entry.isFile()) {
                files.push(toRelative(root, path));
            }
            else if (entry.isSymbolicLink()) {
                const target = symlinkTarget(path);
                const inside = target !== undefined && (target === realRoot || target.startsWith(realRoot + external_node_path_.sep));
                if (inside && isFile(path))
                    files.push(toRelative(root, path));
                else if (!inside) {
                    diagnostics.push({
                        kind: 'notice',
                        file: toRelative(root, path),
                        message: 'symlink leads out of the scanned tree; not followed',
                    });
                }
            }
        }
    };
    visit(root);
    files.sort();
    return { files, diagnostics };
}
/** Reads a file as UTF-8 text, or says why it cannot be scanned. A leading BOM is dropped. */
function readTextFile(root, file) {
    const fail = (message) => ({
        diagnostic: { kind: 'parse-error', file, line: 1, column: 1, message },
    });
    let bytes;
    try {
        const size = (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, file)).size;
        if (size > MAX_YAML_BYTES)
            return fail(`file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB; not scanned`);
        bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file));
    }
    catch (error) {
        return fail(`file could not be read (${code(error)})`);
    }
    if (bytes.subarray(0, 8192).includes(0))
        return fail('file holds binary data, not text');
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return fail('file is not valid UTF-8');
    }
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
function toRelative(root, path) {
    return (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/');
}
function symlinkTarget(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile() && !(0,external_node_fs_.lstatSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function code(error) {
    return error?.code ?? 'unknown error';
}

;// CONCATENATED MODULE: ./src/discovery/workflow-expressions.ts
// Finds `secrets` references inside GitHub Actions expressions with exact source offsets. It scans the
// raw source of a scalar rather than its parsed value, so block scalars, quoted strings and escapes
// still map every character back to its place in the file.

/** The source view of a scalar node, or undefined when the node has no range. */
function sourceView(source, node) {
    if (!node.range)
        return undefined;
    let [start, end] = node.range;
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        // Skip the `|-` header line (and any comment on it): `>` there is not a shell redirect.
        const newline = source.indexOf('\n', start);
        start = newline < 0 || newline >= end ? end : newline + 1;
    }
    else if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
        start += 1;
        end = Math.max(start, end - 1);
    }
    const escape = node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'QUOTE_DOUBLE' ? '\\' : undefined;
    return unescapeView(source, start, end, escape);
}
/** Undo `''` (single-quoted) or `\"`, `\\`, `\/` (double-quoted); other escapes stay as written. */
function unescapeView(source, start, end, escape) {
    let text = '';
    const offsets = [];
    for (let i = start; i < end; i++) {
        offsets.push(i);
        const next = source[i + 1];
        const escaped = escape === "'"
            ? source[i] === "'" && next === "'"
            : escape === '\\' && source[i] === '\\' && '"\\/'.includes(next ?? 'x');
        if (escaped && i + 1 < end)
            i++;
        text += source[i];
    }
    offsets.push(end);
    return { text, offsets };
}
/** Every `${{ … }}` in a template string, scanned for secret references. */
function scanTemplate(text) {
    const out = { refs: [], exposures: [] };
    for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', open)) {
        const close = expressionEnd(text, open + 3);
        if (close < 0)
            break;
        scanInto(text, open + 3, close, out);
        open = close + 2;
    }
    return out;
}
/** A bare expression (an `if:` without `${{ }}`), scanned for secret references. */
function scanExpression(text) {
    const out = { refs: [], exposures: [] };
    scanInto(text, 0, text.length, out);
    return out;
}
/** Index of the `}}` that closes an expression whose body starts at `from`, or -1. */
function expressionEnd(text, from) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === "'")
            i = literalEnd(text, i);
        else if (text[i] === '}' && text[i + 1] === '}')
            return i;
    }
    return -1;
}
/** Index of the closing quote of the string literal opened at `i` (`''` is an escaped quote). */
function literalEnd(text, i) {
    const quote = text[i];
    for (let j = i + 1; j < text.length; j++) {
        if (text[j] !== quote)
            continue;
        if (text[j + 1] === quote)
            j++;
        else
            return j;
    }
    return text.length;
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
function scanInto(text, from, to, out) {
    for (let i = from; i < to;) {
        const c = text[i];
        if (c === "'") {
            i = literalEnd(text, i) + 1;
        }
        else if (IDENT_START.test(c)) {
            const end = identEnd(text, i, to);
            // A word after `.` is a property (`needs.x.outputs.secrets`, `inputs.secrets`), not a context.
            if (!afterDot(text, from, i))
                matchWord(text, i, end, to, out);
            i = end;
        }
        else {
            i++;
        }
    }
}
function identEnd(text, i, to) {
    let j = i + 1;
    while (j < to && IDENT_PART.test(text[j]))
        j++;
    return j;
}
function afterDot(text, from, i) {
    let j = i - 1;
    while (j >= from && /\s/.test(text[j]))
        j--;
    return j >= from && text[j] === '.';
}
function matchWord(text, start, end, to, out) {
    const word = text.slice(start, end).toLowerCase();
    if (word === 'secrets') {
        const ref = secretAccess(text, start, end, to);
        if (ref)
            out.refs.push(ref);
    }
    else if (word === 'tojson') {
        const m = /^\s*\(\s*secrets\s*\)/i.exec(text.slice(end, to));
        if (m)
            out.exposures.push({ start, end: end + m[0].length });
    }
}
/** `secrets.NAME`, `secrets['NAME']` or `secrets["NAME"]` starting at `start`. */
function secretAccess(text, start, end, to) {
    if (text[end] === '.' && end + 1 < to && IDENT_START.test(text[end + 1])) {
        const nameEnd = identEnd(text, end + 1, to);
        return { name: text.slice(end + 1, nameEnd), start, end: nameEnd };
    }
    const m = /^\[\s*(['"])([A-Za-z_][A-Za-z0-9_-]*)\1\s*\]/.exec(text.slice(end, to));
    return m ? { name: m[2], start, end: end + m[0].length } : undefined;
}

;// CONCATENATED MODULE: ./src/discovery/workflow-jobs.ts
// Job-level facts of a GitHub workflow: the static environment names a job deploys to (expanded over
// a static matrix), whether the job looks like a deploy and why, and `permissions:` blocks.


/** Beyond this many matrix combinations an environment template is treated as dynamic. */
const MAX_COMBINATIONS = 64;
/** A job's `environment:` (string or `{ name, url }`), expanded over `strategy.matrix` where static. */
function jobEnvironment(job, resolve) {
    let node = resolve(getPair(job, 'environment')?.value);
    if ((0,dist/* isMap */.jh)(node))
        node = resolve(getPair(node, 'name')?.value);
    const declared = scalarString(node)?.trim();
    if (!declared)
        return { names: [] };
    if (!declared.includes('${{'))
        return { declared, names: [declared] };
    return { declared, names: expandMatrix(declared, job, resolve) };
}
/** `deploy-${{ matrix.env }}` → one name per static matrix value; [] when anything is dynamic. */
function expandMatrix(template, job, resolve) {
    const expressions = [...template.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)];
    let names = [template];
    for (const [expression, body] of expressions) {
        const key = /^matrix\.([A-Za-z_][A-Za-z0-9_-]*)$/i.exec(body)?.[1];
        const values = key === undefined ? undefined : matrixValues(job, key, resolve);
        if (!values || names.length * values.length > MAX_COMBINATIONS)
            return [];
        names = names.flatMap((name) => values.map((value) => name.replace(expression, value)));
    }
    return [...new Set(names)];
}
/** The static values of `strategy.matrix.KEY`, with those `include:` entries add; undefined if dynamic. */
function matrixValues(job, key, resolve) {
    const matrix = resolve(getPair(resolve(getPair(job, 'strategy')?.value), 'matrix')?.value);
    if (!(0,dist/* isMap */.jh)(matrix))
        return undefined;
    const values = [];
    const listed = resolve(getPair(matrix, key)?.value);
    if (listed !== undefined) {
        if (!(0,dist/* isSeq */.oP)(listed))
            return undefined;
        for (const item of listed.items)
            values.push(staticString(resolve(item)) ?? '${{');
    }
    const include = resolve(getPair(matrix, 'include')?.value);
    if (include !== undefined && !(0,dist/* isSeq */.oP)(include))
        return undefined;
    for (const entry of (0,dist/* isSeq */.oP)(include) ? include.items : []) {
        const value = resolve(getPair(resolve(entry), key)?.value);
        if (value !== undefined)
            values.push(staticString(value) ?? '${{');
    }
    if (values.length === 0 || values.some((v) => v.includes('${{')))
        return undefined;
    return [...new Set(values)];
}
function staticString(node) {
    const value = scalarString(node);
    return value === undefined || value.includes('${{') ? undefined : value;
}
const DEPLOY_WORD = /deploy|release|publish|rollout|promote/i;
const DEPLOY_ACTIONS = new Set([
    'actions/deploy-pages',
    'amondnet/vercel-action',
    'aws-actions/amazon-ecs-deploy-task-definition',
    'aws-actions/aws-cloudformation-github-deploy',
    'aws-actions/configure-aws-credentials',
    'azure/functions-action',
    'azure/k8s-deploy',
    'azure/login',
    'azure/webapps-deploy',
    'cloudflare/wrangler-action',
    'google-github-actions/auth',
    'google-github-actions/deploy-appengine',
    'google-github-actions/deploy-cloudrun',
    'google-github-actions/get-gke-credentials',
    'js-devtools/npm-publish',
    'peaceiris/actions-gh-pages',
    'pypa/gh-action-pypi-publish',
    'superfly/flyctl-actions',
]);
const DEPLOY_COMMANDS = [
    /\bkubectl\b[^;|&]*?\b(?:apply|set|rollout)\b/,
    /\bhelm\b[^;|&]*?\b(?:upgrade|install)\b/,
    /\bterraform\b[^;|&]*?\bapply\b/,
    /\b(?:npm|yarn|pnpm)\s+publish\b/,
    /\bdocker\s+(?:image\s+)?push\b/,
    /\bgcloud\b[^;|&]*?\bdeploy\b/,
    /\b(?:flyctl|fly)\s+deploy\b/,
    /\bvercel\b[^;|&]*?\s--prod\b/,
    /\b(?:serverless|sls)\s+deploy\b/,
    /\bcdk\s+deploy\b/,
    /\b(?:cargo\s+publish|twine\s+upload|gem\s+push)\b/,
];
/** Why a job looks like a deploy (short text for evidence), or undefined when it does not. */
function deployEvidence(id, job, environment, resolve) {
    if (environment.declared)
        return `environment: ${environment.declared}`;
    if (DEPLOY_WORD.test(id))
        return `job id: ${id}`;
    const name = scalarString(resolve(getPair(job, 'name')?.value));
    if (name && DEPLOY_WORD.test(name))
        return `job name: ${name}`;
    const called = scalarString(resolve(getPair(job, 'uses')?.value));
    if (called && DEPLOY_WORD.test(called))
        return `calls ${called}`;
    const steps = resolve(getPair(job, 'steps')?.value);
    for (const item of (0,dist/* isSeq */.oP)(steps) ? steps.items : []) {
        const evidence = stepEvidence(resolve(item), resolve);
        if (evidence)
            return evidence;
    }
    return undefined;
}
function stepEvidence(step, resolve) {
    const uses = scalarString(resolve(getPair(step, 'uses')?.value));
    const action = uses?.split('@')[0].toLowerCase();
    if (action && DEPLOY_ACTIONS.has(action))
        return `uses ${action}`;
    if (action === 'docker/build-push-action') {
        const push = scalarString(resolve(getPair(resolve(getPair(step, 'with')?.value), 'push')?.value));
        if (push && push !== 'false')
            return `uses ${action} with push`;
    }
    const run = scalarString(resolve(getPair(step, 'run')?.value));
    return run === undefined ? undefined : commandEvidence(run);
}
function commandEvidence(script) {
    // NOTE: lines are capped so a hostile one-line script cannot make the lazy patterns quadratic.
    for (const line of script.split('\n')) {
        const capped = line.slice(0, 1000);
        for (const pattern of DEPLOY_COMMANDS) {
            const match = pattern.exec(capped);
            if (match)
                return `runs ${match[0].replace(/\s+/g, ' ').slice(0, 80)}`;
        }
    }
    return undefined;
}
/** A `permissions:` block as written, or undefined when it is none of `write-all`, `read-all`, a map. */
function readPermissions(pair, resolve, location) {
    const value = resolve(pair.value);
    const text = scalarString(value);
    if (text === 'write-all' || text === 'read-all')
        return { value: text, location };
    if (!(0,dist/* isMap */.jh)(value))
        return undefined;
    // fromEntries defines own properties, so a `__proto__` scope cannot replace the prototype.
    const scopes = value.items.flatMap((item) => {
        const scope = scalarString(item.key);
        const access = scalarString(resolve(item.value));
        return scope === undefined || access === undefined ? [] : [[scope, access]];
    });
    return { value: Object.fromEntries(scopes), location };
}

;// CONCATENATED MODULE: ./src/discovery/workflow-shell.ts
// Reads a `run:` script just far enough to see a CI secret fed into another name (SPEC "Naming keys"):
// `kubectl create secret generic NAME --from-literal=KEY=…`, `helm … --set a.b=…`, and `KEY=…` lines
// written by echo or a heredoc into a file. A rough shell tokenizer that keeps view offsets; it never runs anything.

/**
 * Name links in a script, given the secret references already found in it. `folded`: the scalar is not
 * a literal block (`|`), so YAML joins its lines with spaces and only a blank line ends a command.
 */
function findScriptLinks(script, refs, folded = false) {
    if (refs.length === 0)
        return [];
    const links = [];
    for (const command of parseCommands(script, folded)) {
        const inside = (span) => refs.filter((r) => r.start >= span.start && r.end <= span.end);
        const add = (found, alias) => {
            for (const ref of found)
                links.push({ ref, alias });
        };
        kubectlLinks(command, inside, add);
        helmLinks(command, inside, add);
        fileLinks(command, inside, add);
    }
    return links;
}
const KUBECTL_VALUE_FLAGS = new Set(['-n', '--namespace', '--type', '--context', '--kubeconfig', '-o', '--output']);
function kubectlLinks({ words }, inside, add) {
    const kubectl = words.findIndex((w) => /(^|\/)kubectl$/.test(w.text));
    if (kubectl < 0)
        return;
    const create = words.findIndex((w, i) => i > kubectl && w.text === 'create' && words[i + 1]?.text === 'secret' && words[i + 2]?.text === 'generic');
    if (create < 0)
        return;
    const name = firstPositional(words, create + 3);
    if (!name || !/^[a-z0-9][a-z0-9.-]*$/.test(name))
        return;
    forEachFlag(words, ['--from-literal'], (arg) => {
        const key = /^([-._A-Za-z0-9]+)=/.exec(arg.text)?.[1];
        if (key)
            add(inside(arg), `${name}/${key}`);
    });
}
function firstPositional(words, from) {
    for (let i = from; i < words.length; i++) {
        const text = words[i].text;
        if (!text.startsWith('-'))
            return text;
        if (KUBECTL_VALUE_FLAGS.has(text))
            i++;
    }
    return undefined;
}
function helmLinks({ words }, inside, add) {
    const helm = words.findIndex((w) => /(^|\/)helm$/.test(w.text));
    if (helm < 0 || !words.some((w, i) => i > helm && (w.text === 'upgrade' || w.text === 'install')))
        return;
    forEachFlag(words, ['--set', '--set-string'], (arg) => {
        const found = inside(arg);
        for (const pair of splitOutsideExpressions(arg.text, ',')) {
            const path = /^([^=]+)=/.exec(pair)?.[1];
            if (!path)
                continue;
            const names = new Set(scanTemplate(pair).refs.map((r) => r.name));
            add(found.filter((r) => names.has(r.name)), path.trim());
        }
    });
}
/** `echo "KEY=…" >> file` and `cat > file <<EOF … KEY=… EOF`; not $GITHUB_ENV and the like. */
function fileLinks(command, inside, add) {
    const target = command.redirects.at(-1);
    const head = command.words[0]?.text;
    const tee = head === 'tee' ? command.words.find((w, i) => i > 0 && !w.text.startsWith('-')) : undefined;
    const file = target ?? tee;
    if (!file || !isPlainFile(file.text))
        return;
    const lines = head === 'echo' ? command.words.slice(1) : command.heredoc;
    for (const line of lines) {
        const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)=/.exec(line.text)?.[1];
        if (key)
            add(inside(line), key);
    }
}
function isPlainFile(target) {
    return (target !== '' && !target.startsWith('&') && !target.startsWith('/dev/') && !/GITHUB_[A-Z_]+|RUNNER_/.test(target));
}
function forEachFlag(words, flags, visit) {
    words.forEach((word, i) => {
        for (const flag of flags) {
            if (word.text === flag && words[i + 1])
                visit(words[i + 1]);
            else if (word.text.startsWith(`${flag}=`)) {
                visit({ ...word, text: word.text.slice(flag.length + 1) });
            }
        }
    });
}
function splitOutsideExpressions(text, separator) {
    const parts = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        if (text.startsWith('${{', i)) {
            const close = expressionEnd(text, i + 3);
            i = close < 0 ? text.length : close + 1;
        }
        else if (text[i] === separator) {
            parts.push(text.slice(from, i));
            from = i + 1;
        }
    }
    parts.push(text.slice(from));
    return parts;
}
/** Splits a script into simple commands (at newlines, `;`, `&&`, `||`, `|`), keeping redirects and heredocs. */
function parseCommands(script, folded) {
    const commands = [];
    let command = { words: [], redirects: [], heredoc: [] };
    // What the next word is: an argument, a `>` target, a heredoc delimiter, or something to drop (`<` input, `2>&1`).
    let expect = 'word';
    const pending = [];
    const finish = () => {
        if (command.words.length || command.redirects.length)
            commands.push(command);
        command = { words: [], redirects: [], heredoc: [] };
        expect = 'word';
    };
    for (let i = 0; i < script.length;) {
        const c = script[i];
        if (c === ' ' || c === '\t' || c === '\r')
            i++;
        else if (c === '\\' && /^\\\r?\n/.test(script.slice(i, i + 3)))
            i = script.indexOf('\n', i) + 1;
        else if (c === '\n' && folded && !/^\n[ \t]*\r?(\n|$)/.test(script.slice(i, i + 200)))
            i++;
        else if (c === '\n') {
            const current = command;
            finish();
            i = readHeredocs(script, i + 1, pending.splice(0), current.heredoc);
        }
        else if (c === '#')
            i = lineEnd(script, i);
        else if (c === '>') {
            const end = skipWhile(script, i, '>&|');
            expect = script.slice(i, end).includes('&') ? 'drop' : 'redirect';
            i = end;
        }
        else if (c === '<') {
            expect = script.startsWith('<<', i) && script[i + 2] !== '<' ? 'heredoc' : 'drop';
            i = skipWhile(script, i, '<-');
        }
        else if (';&|()'.includes(c)) {
            finish();
            i++;
        }
        else {
            const word = readWord(script, i);
            if (expect === 'redirect')
                command.redirects.push(word);
            else if (expect === 'heredoc')
                pending.push(word.text);
            else if (expect === 'word')
                command.words.push(word);
            expect = 'word';
            i = word.end;
        }
    }
    finish();
    return commands;
}
function skipWhile(text, i, chars) {
    let j = i;
    while (j < text.length && chars.includes(text[j]))
        j++;
    return j;
}
function lineEnd(text, i) {
    const newline = text.indexOf('\n', i);
    return newline < 0 ? text.length : newline;
}
/** Reads heredoc bodies starting at `i`, one per delimiter, into `lines`; returns where the script resumes. */
function readHeredocs(script, i, delimiters, lines) {
    let at = i;
    for (const delimiter of delimiters) {
        while (at < script.length) {
            const end = lineEnd(script, at);
            const text = script.slice(at, end);
            at = end + 1;
            if (text.trim() === delimiter)
                break;
            lines.push({ text, start: at - text.length - 1, end });
        }
    }
    return Math.min(at, script.length);
}
/** A word: quotes removed, `${{ … }}` kept whole (its quotes are the expression's own). */
function readWord(script, start) {
    let text = '';
    let i = start;
    while (i < script.length && !/[\s;&|<>]/.test(script[i])) {
        const c = script[i];
        if (script.startsWith('${{', i)) {
            const close = expressionEnd(script, i + 3);
            const end = close < 0 ? script.length : close + 2;
            text += script.slice(i, end);
            i = end;
        }
        else if (c === "'" || c === '"') {
            const close = quoteEnd(script, i);
            text += script.slice(i + 1, close);
            i = Math.min(close + 1, script.length);
        }
        else {
            text += c;
            i++;
        }
    }
    return { text, start, end: Math.max(i, start + 1) };
}
/** The closing quote of a shell string opened at `i`; `${{ }}` inside it is skipped whole. */
function quoteEnd(script, i) {
    const quote = script[i];
    for (let j = i + 1; j < script.length; j++) {
        if (script.startsWith('${{', j)) {
            const close = expressionEnd(script, j + 3);
            if (close < 0)
                return script.length;
            j = close + 1;
        }
        else if (quote === '"' && script[j] === '\\')
            j++;
        else if (script[j] === quote)
            return j;
    }
    return script.length;
}

;// CONCATENATED MODULE: ./src/discovery/github-workflow.ts
// The GitHub workflow extractor (SPEC section 1 row 1): every `secrets.NAME` with its exact place and
// the job's environment, `secrets: inherit` / `toJSON(secrets)`, permissions, deploy evidence,
// `on.workflow_call.secrets` and name links. Anything under a YAML alias is reported at the alias.






const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
/** `via` values that name the key a value sits under; anything else is `expression`. */
const VIA_KEYS = new Set(['env', 'with', 'run', 'if', 'secrets', 'container', 'services']);
/** Reads `.github/workflows/*.yml`; never throws (a broken file becomes a `parse-error` diagnostic). */
const githubWorkflowExtractor = {
    kind: 'github-workflow',
    matches: (path) => WORKFLOW_PATH.test(path),
    extract: ({ path, text }) => {
        try {
            return extractWorkflow(path, text);
        }
        catch (error) {
            // SECURITY: only the error's type is named; its message could quote the file.
            const reason = error instanceof Error ? error.name : typeof error;
            return { diagnostics: [diagnostic(path, `could not be read as a workflow (${reason})`)] };
        }
    },
};
function extractWorkflow(file, raw) {
    // Without the BOM, columns on line 1 are what an editor shows.
    const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    const parsed = parseYaml(text);
    const problem = firstProblem(parsed.problems);
    // A workflow in a project template (cookiecutter's `{% raw %}${{ … }}{% endraw %}`) is not one GitHub runs.
    if (problem && looksTemplated(text))
        return { diagnostics: [skippedTemplate(file)] };
    if (problem)
        return { diagnostics: [diagnostic(file, problem.message, problem.line, problem.column)] };
    const doc = parsed.docs[0];
    if (!doc || doc.contents === null)
        return {};
    const walk = {
        file,
        text,
        lineCounter: parsed.lineCounter,
        aliases: new AliasBudget(doc),
        workflow: file,
        uses: [],
        links: [],
        exposures: [],
    };
    try {
        const root = walk.aliases.resolve(doc.contents);
        if (!(0,dist/* isMap */.jh)(root)) {
            return { diagnostics: [{ kind: 'skipped', file, message: 'not a workflow: the top level is not a map' }] };
        }
        const workflow = readWorkflow(walk, root.items);
        const diagnostics = walk.aliases.unresolved.map((alias) => {
            const { line, column } = github_workflow_locate(walk, alias);
            return diagnostic(file, `alias *${alias.source} has no anchor before it`, line, column);
        });
        return { uses: walk.uses, links: walk.links, workflows: [workflow], ...(diagnostics.length && { diagnostics }) };
    }
    catch (error) {
        if (!(error instanceof YamlBudgetError))
            throw error;
        const at = walk.aliases.lastAlias && github_workflow_locate(walk, walk.aliases.lastAlias);
        return { diagnostics: [diagnostic(file, error.message, at?.line, at?.column)] };
    }
}
/** A `parse-error`; placed at 1:1 when the parser could not say where (a finding needs a line). */
function diagnostic(file, message, line = 1, column = 1) {
    return { kind: 'parse-error', file, line, column, message };
}
function readWorkflow(walk, items) {
    const name = scalarString(walk.aliases.resolve(items.find((p) => scalarString(p.key) === 'name')?.value));
    if (name)
        walk.workflow = name;
    const info = {
        file: walk.file,
        ...(name && { name }),
        jobs: [],
        exposures: walk.exposures,
        callSecrets: [],
    };
    for (const pair of items) {
        const key = scalarString(pair.key);
        if (key === 'jobs') {
            info.jobs = readJobs(walk, pair.value);
            continue;
        }
        if (key === 'permissions') {
            const permissions = readPermissions(pair, resolver(walk), locatePair(walk, pair));
            if (permissions)
                info.permissions = permissions;
        }
        if (key === 'on')
            info.callSecrets = callSecrets(walk, pair.value);
        walkNode(walk, pair.value, { environments: [], via: key === 'env' ? 'env' : 'expression' });
    }
    return info;
}
/** `on.workflow_call.secrets`: the secrets a reusable workflow declares. */
function callSecrets(walk, on) {
    const resolve = resolver(walk);
    const secrets = resolve(getPair(resolve(getPair(resolve(on), 'workflow_call')?.value), 'secrets')?.value);
    if (!(0,dist/* isMap */.jh)(secrets))
        return [];
    return secrets.items.flatMap((pair) => {
        const name = scalarString(pair.key);
        if (name === undefined)
            return [];
        const required = resolve(getPair(resolve(pair.value), 'required')?.value);
        return [
            { name, required: (0,dist/* isScalar */.jn)(required) && required.value === true, location: github_workflow_locate(walk, pair.key) },
        ];
    });
}
function readJobs(walk, node) {
    const [jobs, scope] = enter(walk, node, { environments: [], via: 'expression' });
    if (!(0,dist/* isMap */.jh)(jobs)) {
        walkNode(walk, jobs, scope);
        return [];
    }
    return jobs.items.map((pair) => readJob(walk, pair, scope));
}
function readJob(walk, pair, outer) {
    const id = scalarString(pair.key) ?? '';
    const resolve = resolver(walk);
    const [job, entered] = enter(walk, pair.value, outer);
    const environment = jobEnvironment(job, resolve);
    const evidence = deployEvidence(id, job, environment, resolve);
    const info = {
        id,
        location: github_workflow_locate(walk, pair.key),
        environments: environment.names,
        deploys: evidence !== undefined,
        ...(evidence && { deployEvidence: evidence }),
    };
    const scope = { ...entered, job: id, environments: environment.names };
    if (!(0,dist/* isMap */.jh)(job)) {
        walkNode(walk, job, scope);
        return info;
    }
    for (const item of job.items) {
        const key = scalarString(item.key) ?? '';
        if (key === 'permissions') {
            const permissions = readPermissions(item, resolve, locatePair(walk, item));
            if (permissions)
                info.permissions = permissions;
        }
        if (key === 'steps')
            walkSteps(walk, item.value, scope);
        else if (key === 'secrets')
            walkJobSecrets(walk, item.value, { ...scope, via: 'secrets' });
        else
            walkNode(walk, item.value, { ...scope, via: viaOf(key), bare: key === 'if' });
    }
    return info;
}
/** A reusable-workflow call's `secrets:`: `inherit` hands over every secret; a map passes some on. */
function walkJobSecrets(walk, node, outer) {
    const [value, scope] = enter(walk, node, outer);
    if (scalarString(value) === 'inherit') {
        addExposure(walk, 'secrets: inherit', scope.alias ?? github_workflow_locate(walk, value), scope);
    }
    walkNode(walk, value, scope);
}
function walkSteps(walk, node, outer) {
    const [steps, scope] = enter(walk, node, { ...outer, via: 'expression' });
    if (!(0,dist/* isSeq */.oP)(steps)) {
        walkNode(walk, steps, scope);
        return;
    }
    steps.items.forEach((item, index) => {
        const [step, entered] = enter(walk, item, scope);
        const stepScope = { ...entered, step: stepLabel(walk, step, index) };
        if (!(0,dist/* isMap */.jh)(step)) {
            walkNode(walk, step, stepScope);
            return;
        }
        for (const pair of step.items) {
            const key = scalarString(pair.key) ?? '';
            walkNode(walk, pair.value, { ...stepScope, via: viaOf(key), bare: key === 'if' });
        }
    });
}
function stepLabel(walk, step, index) {
    const resolve = resolver(walk);
    const label = (key) => scalarString(resolve(getPair(step, key)?.value))?.trim() || undefined;
    return label('name') ?? label('id') ?? `step ${index + 1}`;
}
function viaOf(key) {
    return VIA_KEYS.has(key) ? key : 'expression';
}
/** Every scalar below `node`, scanned for expressions. */
function walkNode(walk, node, scope) {
    if ((0,dist/* isAlias */.Vj)(node)) {
        const [target, entered] = enter(walk, node, scope);
        walkNode(walk, target, entered);
    }
    else if ((0,dist/* isScalar */.jn)(node)) {
        scanScalar(walk, node, scope);
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items)
            walkNode(walk, pair.value, { ...scope, bare: false });
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            walkNode(walk, item, { ...scope, bare: false });
    }
}
/** Follows an alias, remembering where it stands so what is found below is reported there. */
function enter(walk, node, scope) {
    if (!(0,dist/* isAlias */.Vj)(node))
        return [node, scope];
    const target = walk.aliases.resolve(node);
    return [target, scope.alias ? scope : { ...scope, alias: github_workflow_locate(walk, node) }];
}
function scanScalar(walk, node, scope) {
    if (typeof node.value !== 'string' || !/secrets/i.test(node.value))
        return;
    const view = sourceView(walk.text, node);
    if (!view)
        return;
    const scan = scope.bare && !view.text.includes('${{') ? scanExpression(view.text) : scanTemplate(view.text);
    const at = (span) => scope.alias ?? spanLocation(walk.file, walk.lineCounter, view.offsets[span.start], view.offsets[span.end]);
    for (const ref of scan.refs)
        addUse(walk, ref.name, at(ref), scope);
    for (const exposure of scan.exposures)
        addExposure(walk, 'toJSON(secrets)', at(exposure), scope);
    if (scope.via === 'run') {
        for (const { ref, alias } of findScriptLinks(view.text, scan.refs, node.type !== 'BLOCK_LITERAL')) {
            walk.links.push({ secret: ref.name, alias, location: at(ref) });
        }
    }
}
function addUse(walk, name, location, scope) {
    const context = useContext(walk, scope);
    for (const hints of environmentHints(scope)) {
        walk.uses.push({ name, sourceKind: 'github-workflow', location, hints, context });
    }
}
function addExposure(walk, form, location, scope) {
    for (const hints of environmentHints(scope)) {
        walk.exposures.push({ form, location, ...(scope.job !== undefined && { job: scope.job }), hints });
    }
}
/** One hint set per static environment of the job (a matrix gives several), or one empty set. */
function environmentHints(scope) {
    return scope.environments.length ? scope.environments.map((githubEnvironment) => ({ githubEnvironment })) : [{}];
}
function useContext(walk, scope) {
    return {
        workflow: walk.workflow,
        ...(scope.job !== undefined && { job: scope.job }),
        ...(scope.step !== undefined && { step: scope.step }),
        via: scope.via,
    };
}
function resolver(walk) {
    return (node) => walk.aliases.resolve(node);
}
function github_workflow_locate(walk, node) {
    return nodeLocation(walk.file, walk.lineCounter, node);
}
/** From a pair's key to the end of its value, without the line break a block collection ends with. */
function locatePair(walk, pair) {
    const { range } = pair.key;
    const end = pair.value?.range?.[1];
    if (!range || end === undefined)
        return github_workflow_locate(walk, pair);
    let last = end;
    while (last > range[0] && /\s/.test(walk.text[last - 1]))
        last--;
    return spanLocation(walk.file, walk.lineCounter, range[0], last);
}

;// CONCATENATED MODULE: ./src/discovery/manifest-names.ts
// Which names hold credentials, for the extractors that must choose what to record (Helm values keys,
// plain Kubernetes `env[].value`s). The list is the one the issue fixes; plaintext-secret decides later
// whether the value itself is a real credential.
/** A key or variable name that holds a credential (matched anywhere in the name, any case). */
const CREDENTIAL_NAME = /token|secret|password|passwd|api[-_]?key|access[-_]?key|private[-_]?key|credentials|auth/i;
/**
 * Names that match CREDENTIAL_NAME but hold something about a credential rather than the credential:
 * where it is (`passwordFile`, `tokenUrl`), whether it is on (`authEnabled`), or which key of an
 * existing Secret holds it (`existingSecretPasswordKey`).
 */
const ABOUT_A_CREDENTIAL = /(?:file|path|dir|url|uri|endpoint|host|port|enabled|disabled|type|mode|method|provider|header|expiry|ttl|timeout|length|name|ref|policy|issuer|audience|scopes?)$|(?:password|passwd|token|credentials?)key$|existing[-_]?secret/i;
/** True for a name that holds a credential value itself (`stripe.apiKey`, `DB_PASSWORD`). */
function holdsCredential(name) {
    return CREDENTIAL_NAME.test(name) && !ABOUT_A_CREDENTIAL.test(name);
}
/** Helm keys whose value names an existing Secret (`existingSecret`, `secretName`, `existingSecretName`). */
const SECRET_NAME_KEY = /^(?:existing[-_]?secret(?:[-_]?name)?|secret[-_]?name|[a-z0-9]+existingsecret(?:name)?)$/i;

;// CONCATENATED MODULE: ./src/discovery/helm-values.ts
// Helm values files (`values*.yaml` beside a `Chart.yaml`): keys that hold credentials become uses
// named by their dotted path (`stripe.apiKey`) with the committed value; keys that name an existing
// Secret (`existingSecret`, `secretName`) become uses of that Secret.



const helm_values_MAX_DEPTH = 40;
/** The Helm values extractor; a values file counts only with a `Chart.yaml` in the same folder. */
const helmValuesExtractor = {
    kind: 'helm-values',
    matches(path, paths) {
        if (!/^values[^/]*\.ya?ml$/i.test(baseOf(path)))
            return false;
        const dir = dirOf(path);
        const prefix = dir === '' ? '' : `${dir}/`;
        return paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`);
    },
    extract({ path, text }) {
        return guarded(path, () => extractValues(path, text));
    },
};
function extractValues(path, text) {
    // go-yaml, which Helm uses, expands `<<` merge keys, so they expand here too.
    const parsed = parseFile(path, text, { merge: true });
    const uses = [];
    for (const walk of parsed.walks)
        visit(walk, walk.doc.contents, '', uses, 0);
    return { uses, diagnostics: parsed.diagnostics };
}
function join(prefix, key) {
    return prefix === '' ? key : `${prefix}.${key}`;
}
function visit(walk, node, prefix, uses, depth) {
    if (depth > helm_values_MAX_DEPTH)
        return;
    if ((0,dist/* isSeq */.oP)(node)) {
        items(walk, node).forEach((item, index) => visit(walk, item, `${prefix}[${index}]`, uses, depth + 1));
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    envEntry(walk, node, uses);
    for (const field of entries(walk, node, true)) {
        const path = join(prefix, field.key);
        if ((0,dist/* isMap */.jh)(field.value) || (0,dist/* isSeq */.oP)(field.value)) {
            visit(walk, field.value, path, uses, depth + 1);
            continue;
        }
        if (!(0,dist/* isScalar */.jn)(field.value))
            continue;
        const raw = field.value.value;
        // Booleans and nulls are switches and unset defaults, never credentials.
        if (typeof raw !== 'string' && typeof raw !== 'number')
            continue;
        const value = String(raw);
        if (value === '')
            continue;
        const location = locate(walk, field.pair);
        if (SECRET_NAME_KEY.test(field.key)) {
            uses.push({ name: value, sourceKind: 'helm-values', location, hints: {}, context: { via: field.key } });
        }
        else if (holdsCredential(field.key)) {
            uses.push({
                name: path,
                sourceKind: 'helm-values',
                location,
                hints: {},
                context: { via: 'values' },
                literal: literal(value, location),
            });
        }
    }
}
/** `{name: API_TOKEN, value: ...}` (an `extraEnv` list): the variable's own name is the better name. */
function envEntry(walk, node, uses) {
    const name = entry(walk, node, 'name');
    const value = entry(walk, node, 'value');
    const variable = str(walk, name?.value);
    const text = str(walk, value?.value);
    if (!name || !value || !variable || !text || !holdsCredential(variable))
        return;
    const location = locateFromTo(walk, name.pair, value.pair);
    uses.push({
        name: variable,
        sourceKind: 'helm-values',
        location,
        hints: {},
        context: { via: 'env' },
        literal: literal(text, location),
    });
}

;// CONCATENATED MODULE: ./src/discovery/kubernetes.ts
// Kubernetes manifests: every YAML document with `apiVersion` and `kind`. Finds the secrets pods
// consume (secretKeyRef, envFrom, secret and projected volumes), the values committed in `kind: Secret`
// objects, credential-named plain `env[].value`s, and the RBAC objects rbac-least-privilege reads.



const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/** Pod specs sit a few levels down (CronJob: spec.jobTemplate.spec.template.spec; CSV deeper). */
const MAX_SEARCH_DEPTH = 16;
/** The Kubernetes extractor. The engine asks it last, so it takes any YAML file nobody else claimed. */
const kubernetesExtractor = {
    kind: 'kubernetes',
    matches(path) {
        // Workflows and other GitHub metadata are never manifests; the github-workflow extractor owns them.
        return /\.ya?ml$/i.test(path) && !/(^|\/)\.github\//.test(path);
    },
    extract({ path, text }) {
        return guarded(path, () => extractKubernetes(path, text));
    },
};
/** A Helm chart template: a `templates/` folder file with template actions, unreadable until rendered. */
function isHelmTemplate(path, text) {
    return /(^|\/)templates\//.test(path) && looksTemplated(text);
}
/**
 * From this size on a file is generated (CRDs, operator bundles, rendered charts: issue 7 found 70% of
 * all bytes in such files) and only its documents that `mayHoldUses` are parsed. Smaller, hand-written
 * files are parsed whole, so a syntax error anywhere in them is reported.
 */
const LARGE_MANIFEST_CHARS = 64 * 1024;
/** A root `kind:` line (only the root map has keys at column 0) of a kind that yields nothing. */
const INERT_KIND = /^kind:[ \t]*(["']?)(?:CustomResourceDefinition|ConfigMap)\1[ \t]*(?:#.*)?\r?$/m;
/**
 * Whether a document's source could yield anything here, decided from its text: every use, Secret and
 * RBAC object needs one of these words written out in it (`secret` is in secretKeyRef, secretRef,
 * secretName and `secret:` volumes; credential-named env vars match CREDENTIAL_NAME). Escapes (`\x`,
 * `\u`, an escaped line break) could spell a word without writing it, so they keep the document.
 */
function mayHoldUses(source) {
    if (/\\[xuU\r\n]/.test(source))
        return true;
    const kinds = source.match(/^kind:/gm);
    if (kinds?.length === 1 && INERT_KIND.test(source))
        return false;
    return /Role|ServiceAccount/.test(source) || CREDENTIAL_NAME.test(source);
}
/**
 * Whether a YAML file's text has the two fields of a Kubernetes object. This extractor reads every YAML
 * file nobody else claimed; one that is not a manifest (a Liquibase changelog, an ERB `database.yml`,
 * any other config) is out of scope, so a problem parsing it is nobody's business here.
 */
function looksLikeManifest(text) {
    return /^\uFEFF?[ \t-]*apiVersion[ \t]*:[ \t]*\S/m.test(text) && /^[ \t-]*kind[ \t]*:[ \t]*\S/m.test(text);
}
function extractKubernetes(path, text) {
    if (!looksLikeManifest(text))
        return {};
    if (isHelmTemplate(path, text))
        return { diagnostics: [skippedTemplate(path)] };
    const parsed = parseFile(path, text, text.length >= LARGE_MANIFEST_CHARS ? { wantDocument: mayHoldUses } : {});
    const out = { uses: [], diagnostics: parsed.diagnostics, roles: [], bindings: [], serviceAccounts: [] };
    for (const walk of parsed.walks)
        visitObject(walk, walk.doc.contents, out, 0);
    return {
        uses: out.uses,
        diagnostics: out.diagnostics,
        rbac: { roles: out.roles, bindings: out.bindings, serviceAccounts: out.serviceAccounts },
    };
}
/** Everything one object contributes; `List` objects (kubectl output) recurse into their items. */
function visitObject(walk, node, out, depth) {
    const object = resolve(walk, node);
    const apiVersion = str(walk, get(walk, object, 'apiVersion'));
    const kind = str(walk, get(walk, object, 'kind'));
    if (!(0,dist/* isMap */.jh)(object) || !apiVersion || !kind)
        return;
    if (kind.endsWith('List') && depth < 4) {
        for (const item of items(walk, get(walk, object, 'items')))
            visitObject(walk, item, out, depth + 1);
        return;
    }
    const metadata = get(walk, object, 'metadata');
    const nameEntry = entry(walk, metadata, 'name');
    const name = str(walk, nameEntry?.value);
    const namespace = str(walk, get(walk, metadata, 'namespace'));
    const object_ = {
        kind,
        name,
        namespace,
        resource: `${kind}/${name ?? ''}`,
        hints: namespace ? { namespace } : {},
        anchor: nameEntry?.value ?? entry(walk, object, 'kind')?.pair,
    };
    if (kind === 'Secret' && apiVersion === 'v1')
        secretObject(walk, object, object_, out);
    else if (kind === 'Role' || kind === 'ClusterRole')
        out.roles.push(role(walk, object, object_, kind));
    else if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')
        out.bindings.push(binding(walk, object, object_, kind));
    else if (kind === 'ServiceAccount' && name)
        out.serviceAccounts.push({ name, namespace, location: locate(walk, object_.anchor) });
    else if (kind !== 'CustomResourceDefinition' && kind !== 'ConfigMap')
        findPodSpecs(walk, get(walk, object, 'spec'), object_, out, 0);
}
function use(name, location, object, via, value) {
    const raw = {
        name,
        sourceKind: 'kubernetes',
        location,
        hints: { ...object.hints },
        context: { via, resource: object.resource },
    };
    if (value !== undefined && value !== '')
        raw.literal = literal(value, location);
    return raw;
}
/**
 * Finds pod specs (maps with a container list) anywhere under `spec`: Pod, Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, Job, CronJob, and the custom kinds that embed pod templates (operator CSVs,
 * Argo Rollouts, Knative services) without a table of paths to keep up to date.
 */
function findPodSpecs(walk, node, object, out, depth) {
    if (depth > MAX_SEARCH_DEPTH)
        return;
    if ((0,dist/* isSeq */.oP)(resolve(walk, node))) {
        for (const item of items(walk, node))
            findPodSpecs(walk, item, object, out, depth + 1);
        return;
    }
    const fields = entries(walk, node);
    if (fields.some((field) => CONTAINER_LISTS.includes(field.key) && (0,dist/* isSeq */.oP)(field.value))) {
        podSpec(walk, node, object, out);
        return;
    }
    for (const field of fields) {
        if ((0,dist/* isMap */.jh)(field.value) || (0,dist/* isSeq */.oP)(field.value))
            findPodSpecs(walk, field.value, object, out, depth + 1);
    }
}
function podSpec(walk, spec, object, out) {
    for (const list of CONTAINER_LISTS) {
        for (const container of items(walk, get(walk, spec, list))) {
            for (const variable of items(walk, get(walk, container, 'env')))
                envVar(walk, variable, object, out);
            for (const source of items(walk, get(walk, container, 'envFrom'))) {
                const ref = entry(walk, source, 'secretRef');
                const secret = str(walk, get(walk, ref?.value, 'name'));
                if (ref && secret)
                    out.uses.push(use(secret, locateFromTo(walk, ref.pair, entry(walk, ref.value, 'name')?.pair), object, 'envFrom'));
            }
        }
    }
    for (const volume of items(walk, get(walk, spec, 'volumes'))) {
        const secret = entry(walk, volume, 'secret');
        if (secret)
            volumeSecret(walk, secret.value, 'secretName', secret.pair, object, out, 'volume');
        for (const source of items(walk, get(walk, get(walk, volume, 'projected'), 'sources'))) {
            const projected = entry(walk, source, 'secret');
            if (projected)
                volumeSecret(walk, projected.value, 'name', projected.pair, object, out, 'projected');
        }
    }
}
/** `env[]`: a secretKeyRef, or a credential-named variable with a value written in the manifest. */
function envVar(walk, variable, object, out) {
    const ref = entry(walk, get(walk, variable, 'valueFrom'), 'secretKeyRef');
    if (ref) {
        const secret = str(walk, get(walk, ref.value, 'name'));
        const key = str(walk, get(walk, ref.value, 'key'));
        const last = entries(walk, ref.value).at(-1)?.pair ?? ref.pair;
        if (secret && key)
            out.uses.push(use(`${secret}/${key}`, locateFromTo(walk, ref.pair, last), object, 'secretKeyRef'));
        return;
    }
    const name = entry(walk, variable, 'name');
    const value = entry(walk, variable, 'value');
    const variableName = str(walk, name?.value);
    const text = str(walk, value?.value);
    // Only credential-named variables: LOG_LEVEL is not a key, and every use becomes one.
    if (name && value && variableName && text && holdsCredential(variableName)) {
        out.uses.push(use(variableName, locateFromTo(walk, name.pair, value.pair), object, 'env', text));
    }
}
/** A `secret:` volume (`secretName`) or projected source (`name`), with its `items` when given. */
function volumeSecret(walk, node, nameField, pair, object, out, via) {
    const name = entry(walk, node, nameField);
    const secret = str(walk, name?.value);
    if (!secret)
        return;
    const selected = items(walk, get(walk, node, 'items'));
    if (selected.length === 0) {
        out.uses.push(use(secret, locateFromTo(walk, pair, name?.pair), object, via));
        return;
    }
    for (const item of selected) {
        const key = entry(walk, item, 'key');
        const keyName = str(walk, key?.value);
        if (key && keyName)
            out.uses.push(use(`${secret}/${keyName}`, locate(walk, key.pair), object, via));
    }
}
/** `kind: Secret`: each `data` (base64) and `stringData` entry is a use with its committed value. */
function secretObject(walk, object, k8s, out) {
    if (!k8s.name)
        return;
    for (const field of ['data', 'stringData']) {
        for (const item of entries(walk, get(walk, object, field))) {
            const raw = str(walk, item.value);
            if (raw === undefined)
                continue;
            const value = field === 'data' ? decodeBase64(raw) : raw;
            // NOTE: undecodable `data` (not base64, or binary such as a keystore) is skipped entirely.
            if (value === undefined)
                continue;
            out.uses.push(use(`${k8s.name}/${item.key}`, locate(walk, item.pair), k8s, field, value));
        }
    }
}
/** Strict base64 decoding to UTF-8 text; undefined when the value is not base64 or not text. */
function decodeBase64(raw) {
    const compact = raw.replace(/\s+/g, '');
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    }
    catch {
        return undefined;
    }
}
function strings(walk, node) {
    return items(walk, node)
        .map((item) => str(walk, item))
        .filter((value) => value !== undefined);
}
function role(walk, object, k8s, kind) {
    const rules = items(walk, get(walk, object, 'rules')).map((rule) => ({
        apiGroups: strings(walk, get(walk, rule, 'apiGroups')),
        resources: strings(walk, get(walk, rule, 'resources')),
        verbs: strings(walk, get(walk, rule, 'verbs')),
        location: locate(walk, rule),
    }));
    return {
        kind,
        name: k8s.name ?? '',
        ...(k8s.namespace ? { namespace: k8s.namespace } : {}),
        rules,
        location: locate(walk, k8s.anchor),
    };
}
/** A binding is located at its `roleRef` (what it grants), falling back to its name. */
function binding(walk, object, k8s, kind) {
    const roleRef = entry(walk, object, 'roleRef');
    const subjects = items(walk, get(walk, object, 'subjects')).map((subject) => {
        const namespace = str(walk, get(walk, subject, 'namespace'));
        return {
            kind: str(walk, get(walk, subject, 'kind')) ?? '',
            name: str(walk, get(walk, subject, 'name')) ?? '',
            ...(namespace ? { namespace } : {}),
        };
    });
    return {
        kind,
        name: k8s.name ?? '',
        ...(k8s.namespace ? { namespace: k8s.namespace } : {}),
        roleRef: {
            kind: str(walk, get(walk, roleRef?.value, 'kind')) ?? '',
            name: str(walk, get(walk, roleRef?.value, 'name')) ?? '',
        },
        subjects,
        location: locate(walk, roleRef?.pair ?? k8s.anchor),
    };
}

;// CONCATENATED MODULE: ./src/discovery/kustomize.ts
// Kustomize: a kustomization's `namespace:` and the files it pulls in are environment evidence for
// those files (environment.ts applies it); `secretGenerator` literals are committed values.



const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/** Fields whose entries are paths (strings, or maps with `path:`) of files or folders it includes. */
const PATH_LISTS = ['resources', 'bases', 'components', 'patches', 'patchesStrategicMerge', 'patchesJson6902', 'crds'];
/** The kustomize extractor: `kustomization.yaml`, `kustomization.yml` or `Kustomization`. */
const kustomizeExtractor = {
    kind: 'kustomize',
    matches(path) {
        return KUSTOMIZATION_FILES.has(baseOf(path));
    },
    extract({ path, text }) {
        return guarded(path, () => extractKustomize(path, text));
    },
};
function extractKustomize(path, text) {
    const parsed = parseFile(path, text);
    const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
    if (!walk)
        return { diagnostics: parsed.diagnostics };
    const root = walk.doc.contents;
    const dir = dirOf(path);
    const namespace = str(walk, get(walk, root, 'namespace'));
    const resources = [];
    for (const field of PATH_LISTS) {
        for (const item of items(walk, get(walk, root, field))) {
            const target = (0,dist/* isScalar */.jn)(item) ? str(walk, item) : str(walk, get(walk, item, 'path'));
            if (target)
                addPath(resources, dir, target);
        }
    }
    const uses = [];
    for (const generator of items(walk, get(walk, root, 'secretGenerator'))) {
        const name = str(walk, get(walk, generator, 'name'));
        const hintNamespace = str(walk, get(walk, generator, 'namespace')) ?? namespace;
        for (const field of ['envs', 'files', 'env']) {
            const value = get(walk, generator, field);
            const list = (0,dist/* isScalar */.jn)(value) ? [value] : items(walk, value);
            for (const item of list) {
                const source = str(walk, item);
                // `files` entries may rename: `KEY=path/to/file`.
                if (source)
                    addPath(resources, dir, source.includes('=') ? source.slice(source.indexOf('=') + 1) : source);
            }
        }
        if (!name)
            continue;
        for (const item of items(walk, get(walk, generator, 'literals'))) {
            const found = literalEntry(walk, item);
            if (!found)
                continue;
            const use = {
                name: `${name}/${found.key}`,
                sourceKind: 'kustomize',
                location: found.location,
                hints: hintNamespace ? { namespace: hintNamespace } : {},
                context: { via: 'secretGenerator', resource: `secretGenerator/${name}` },
            };
            if (found.value !== '')
                use.literal = literal(found.value, found.location);
            uses.push(use);
        }
    }
    const info = {
        dir,
        file: path,
        ...(namespace ? { namespace } : {}),
        resources: [...new Set(resources)],
    };
    return { uses, kustomizations: [info], diagnostics: parsed.diagnostics };
}
/** Resolves `target` against the kustomization folder; remote bases and paths leaving the tree are dropped. */
function addPath(out, dir, target) {
    const trimmed = target.trim();
    if (!trimmed || /^[a-z][a-z0-9+.-]*:\/\/|^git@|^(github|gitlab|bitbucket)\.(com|org)\//i.test(trimmed))
        return;
    if (trimmed.startsWith('/'))
        return;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, trimmed.replace(/\\/g, '/'))).replace(/\/+$/, '');
    if (resolved === '..' || resolved.startsWith('../'))
        return;
    out.push(resolved === '.' ? '' : resolved);
}
/** `KEY=value` of a literals entry, located from the start of KEY to the end of the entry. */
function literalEntry(walk, node) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.range)
        return undefined;
    const text = node.value;
    const equals = text.indexOf('=');
    if (equals <= 0)
        return undefined;
    const key = text.slice(0, equals).trim();
    let value = text.slice(equals + 1);
    // kustomize strips one pair of matching quotes around the value.
    if (/^(["']).*\1$/s.test(value) && value.length >= 2)
        value = value.slice(1, -1);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const start = node.range[0] + (quoted ? 1 : 0);
    return { key, value, location: span(walk, start, node.range[1]) };
}

;// CONCATENATED MODULE: ./src/discovery/suppressions.ts
// Inline suppressions (SPEC section 4): `# keybound-ignore rule-id: reason` in any file keybound reads.
// Found by text, not by a parser, so they work the same in YAML, dotenv and files that fail to parse.
// `#` must start a comment (line start or after whitespace); rule ids are comma-separated.
const MARKER = /(^|\s)#\s*keybound-ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?::(.*))?$/;
/**
 * Every `# keybound-ignore` comment in `text`, one entry per rule id, at the 1-based line and column
 * of its `#`. A missing or blank reason leaves `reason` undefined (that is itself a finding elsewhere).
 */
function findSuppressions(path, text) {
    const found = [];
    const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
    source.split('\n').forEach((raw, index) => {
        if (!raw.includes('keybound-ignore'))
            return;
        const match = MARKER.exec(raw.replace(/\r$/, ''));
        if (!match)
            return;
        const column = match.index + match[1].length + 1;
        const reason = match[3]?.trim();
        for (const ruleId of match[2].split(',')) {
            found.push({ file: path, line: index + 1, column, ruleId: ruleId.trim(), ...(reason && { reason }) });
        }
    });
    return found;
}

;// CONCATENATED MODULE: ./src/discovery/index.ts
// Runs the extractors over the scanned tree: each file goes to the first extractor that claims it, in a
// fixed order (specific formats before the catch-all Kubernetes reader), and its inline suppressions
// are collected. A file that breaks an extractor is reported; the scan goes on.









/** In the order they are asked: the first that matches a file reads it. */
const EXTRACTORS = [
    githubWorkflowExtractor,
    composeExtractor,
    kustomizeExtractor,
    helmValuesExtractor,
    dotenvExtractor,
    kubernetesExtractor,
];
/** Walks `root` and extracts everything keybound reads from it. */
function scanTree(root) {
    const inventory = emptyInventory();
    const walk = walkTree(root);
    inventory.diagnostics.push(...walk.diagnostics);
    const paths = new Set(walk.files);
    for (const path of walk.files) {
        const extractor = EXTRACTORS.find((e) => e.matches(path, paths));
        if (!extractor)
            continue;
        const read = readTextFile(root, path);
        if ('diagnostic' in read) {
            inventory.diagnostics.push(read.diagnostic);
            continue;
        }
        inventory.files.push({ path, kind: extractor.kind });
        // NOTE: most files hold no marker; skipping their line split is a measurable share of a large scan.
        if (read.text.includes('keybound-ignore'))
            inventory.suppressions.push(...findSuppressions(path, read.text));
        try {
            mergeInto(inventory, extractor.extract({ path, text: read.text }));
        }
        catch (error) {
            // Extractors promise not to throw; if one does, the file is reported and the scan goes on.
            const reason = error instanceof Error ? error.name : typeof error;
            inventory.diagnostics.push({
                kind: 'parse-error',
                file: path,
                line: 1,
                column: 1,
                message: `could not be read as ${extractor.kind} (${reason})`,
            });
        }
    }
    return inventory;
}
/** Adds one file's findings to the inventory. */
function mergeInto(inventory, part) {
    inventory.uses.push(...(part.uses ?? []));
    inventory.links.push(...(part.links ?? []));
    inventory.workflows.push(...(part.workflows ?? []));
    inventory.kustomizations.push(...(part.kustomizations ?? []));
    inventory.diagnostics.push(...(part.diagnostics ?? []));
    inventory.suppressions.push(...(part.suppressions ?? []));
    inventory.rbac.roles.push(...(part.rbac?.roles ?? []));
    inventory.rbac.bindings.push(...(part.rbac?.bindings ?? []));
    inventory.rbac.serviceAccounts.push(...(part.rbac?.serviceAccounts ?? []));
}

;// CONCATENATED MODULE: ./src/providers/names.ts
// Helpers for provider data files: secret-name patterns that match whole name parts, so that
// STRIPE_SECRET_KEY and prod-stripe.key point at Stripe but STRIPEY_THING does not.
/**
 * A pattern that matches when `phrase` appears in a secret name as whole parts. Parts are separated by
 * `_`, `-`, `.` or `/` (Kubernetes `SECRET/KEY` names); an `_` inside `phrase` matches any separator.
 * Case-insensitive, unanchored but linear: one alternation, no nested quantifiers.
 */
function namePart(...phrases) {
    const alternatives = phrases.map((phrase) => phrase
        .split('_')
        .map((word) => word.replace(/[^A-Za-z0-9]/g, ''))
        .join('[-_./]'));
    return new RegExp(`(?:^|[-_./])(?:${alternatives.join('|')})(?:[-_./]|$)`, 'i');
}

;// CONCATENATED MODULE: ./src/providers/outcome.ts
// Helpers every adapter shares: the answers that mean the same for every provider (no answer, a
// redirect, rate limiting, a 5xx, a body that is not the JSON the provider documents) and safe
// handling of provider text, which may echo the key (SECURITY.md case 9).

function verified(principal, facts = [], message) {
    return { status: 'verified', reason: 'ok', principal, facts, ...(message ? { message } : {}) };
}
function invalid(reason, message, facts = []) {
    return { status: 'invalid', reason, message, facts };
}
function unknown(reason, message) {
    return { status: 'unknown', reason, message, facts: [] };
}
/**
 * The outcome when the exchange failed in a way no provider gives meaning to, or undefined when the
 * adapter must read the response itself.
 */
function commonOutcome(result) {
    if (result.kind === 'failure') {
        const reason = result.reason === 'rate-limited' ||
            result.reason === 'redirect' ||
            result.reason === 'network' ||
            result.reason === 'timeout'
            ? result.reason
            : result.reason === 'budget'
                ? 'timeout'
                : 'unexpected-response';
        return unknown(reason, result.message);
    }
    if (result.status >= 500)
        return unknown('server-error', `HTTP ${result.status} from the provider`);
    return undefined;
}
/**
 * The body as a JSON object, or undefined when it is not one: an HTML page from a WAF or a proxy is
 * never taken as an answer (the trufflehog bug of counting a 403 page as verified).
 */
function jsonObject(result) {
    const type = result.headers['content-type'] ?? '';
    if (type && !/json/i.test(type))
        return undefined;
    try {
        const parsed = JSON.parse(result.body);
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** An unexpected answer: `unknown`, naming only the status (never the body). */
function unexpected(result, what = 'an answer the provider does not document') {
    const status = result.kind === 'response' ? ` (HTTP ${result.status})` : '';
    return unknown('unexpected-response', `${what}${status}`);
}
/**
 * Provider text safe to keep in a message: the credential and its companions removed in every
 * encoding, one line, at most 160 characters.
 */
function providerText(text, credential) {
    if (typeof text !== 'string')
        return '';
    const redactor = new Redactor([credential.value, ...Object.values(credential.companions)]);
    const line = redactor
        .redact(text)
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim();
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
/** A string field of an object, if it is one. */
function outcome_str(object, field) {
    const value = object?.[field];
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

;// CONCATENATED MODULE: ./src/providers/anthropic.ts
// Anthropic: standard (api03) and Admin API (admin01) keys, the secret names that point at Anthropic,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 9.


// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'PG-_FJZMZ9mxFaXrUsrAJISLjvDrduaEiv2hQh9BhM_Nuaam4PKcOIovyobAk-3ZT1kQ34TW36kXRy9lOZLKCyvT-MhDl';
/** Anthropic API keys: 93 characters then `AA` (TH anthropic regex). No test/live distinction. */
const anthropic = {
    id: 'anthropic',
    name: 'Anthropic',
    formats: [
        {
            type: 'standard',
            pattern: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
            examples: ['sk-ant-api03-' + BODY + 'AA'],
            counterExamples: ['sk-ant-api03-' + BODY, 'sk-ant-api03-' + BODY.slice(1) + 'AA', 'sk-ant-api02-' + BODY + 'AA'],
        },
        {
            // Admin keys exist only in organizations and are provisioned by org admins.
            type: 'admin',
            pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/,
            examples: ['sk-ant-admin01-' + BODY + 'AA'],
            counterExamples: ['sk-ant-admin01-' + BODY + 'AB', 'sk-ant-admin-' + BODY + 'AA'],
        },
    ],
    namePatterns: [namePart('ANTHROPIC', 'CLAUDE')],
    endpoints: [
        // Standard keys have no whoami: this only proves the key is live.
        { method: 'GET', baseUrl: 'https://api.anthropic.com', path: '/v1/models' },
        // Admin keys only: the organization.
        { method: 'GET', baseUrl: 'https://api.anthropic.com', path: '/v1/organizations/me' },
    ],
    identify: identifyAnthropic,
};
/** The API version every request names (PROVIDERS.md section 9). */
const API_VERSION = '2023-06-01';
/**
 * Standard keys: `GET /v1/models` proves the key is live and nothing more (Anthropic has no whoami for
 * them, so there is no principal). Admin keys: `GET /v1/organizations/me` names their organization.
 */
async function identifyAnthropic(credential, context) {
    const admin = credential.format.type === 'admin';
    const result = await context.http.request({
        method: 'GET',
        path: admin ? '/v1/organizations/me' : '/v1/models',
        headers: { 'x-api-key': credential.value.reveal(), 'anthropic-version': API_VERSION, accept: 'application/json' },
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    if (result.kind !== 'response')
        return unexpected(result);
    const body = jsonObject(result);
    if (result.status === 200)
        return admin ? organization(body, result, credential) : models(body, result);
    // The error envelope: {"type":"error","error":{"type":"authentication_error","message":"..."}}.
    const error = body?.type === 'error' && isObject(body.error) ? body.error : undefined;
    const type = outcome_str(error, 'type');
    const text = providerText(outcome_str(error, 'message'), credential);
    const said = text ? `: ${text}` : '';
    if (result.status === 401 && type === 'authentication_error')
        return invalid('revoked', `Anthropic rejected the key${said}`);
    if (result.status === 403 && type === 'permission_error') {
        // Authenticated but not allowed this call: not proof the key is good, nor that it is dead.
        return unknown('insufficient-scope', `Anthropic authenticated the key but refused the call (permission_error)${said}`);
    }
    if (result.status === 404 && type === 'not_found_error' && !admin) {
        // TH treats not_found_error on /v1/models as a disabled or unknown key (PROVIDERS.md section 9).
        return invalid('unknown-key', `Anthropic answered not_found_error to /v1/models, as it does for a disabled key${said}`);
    }
    if (result.status === 400 && type === 'invalid_request_error') {
        return unknown('unexpected-response', `Anthropic refused the request (invalid_request_error)${said}`);
    }
    return unexpected(result);
}
function models(body, result) {
    if (!body || !Array.isArray(body.data))
        return unexpected(result, 'a /v1/models answer without a model list');
    return verified(undefined, [], 'Anthropic accepted the key; standard keys have no whoami, so no principal is known');
}
function organization(body, result, credential) {
    const id = providerText(outcome_str(body, 'id'), credential);
    const name = providerText(outcome_str(body, 'name'), credential);
    if (!body || body.type !== 'organization' || (!id && !name)) {
        return unexpected(result, 'a /v1/organizations/me answer without an organization');
    }
    const principal = { type: 'organization' };
    if (id)
        principal.organizationId = id;
    if (name)
        principal.organizationName = name;
    const detail = name
        ? `organization name (id ${id || 'not given'}) from /v1/organizations/me`
        : 'organization id from /v1/organizations/me';
    return verified(principal, [{ fact: 'principal', value: name || id, detail }]);
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// EXTERNAL MODULE: ./node_modules/@smithy/hash-node/dist-cjs/index.js
var dist_cjs = __webpack_require__(5092);
// EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-cjs/index.js
var signature_v4_dist_cjs = __webpack_require__(5118);
;// CONCATENATED MODULE: ./src/providers/aws-sigv4.ts
// SigV4 signing of the one AWS call keybound makes (STS GetCallerIdentity), by the maintained library
// (@smithy/signature-v4, the AWS SDK's own signer) with node's SHA-256 (@smithy/hash-node). Nothing
// here computes an HMAC by hand.


/** The query-protocol body of GetCallerIdentity: no parameters, nothing else can be asked for. */
const GET_CALLER_IDENTITY_BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
/** SHA-256 as the signer wants it: a constructor taking an optional HMAC secret. */
class Sha256 extends dist_cjs/* Hash */.V {
    constructor(secret) {
        super('sha256', secret);
    }
}
/**
 * The headers of a signed `POST /` GetCallerIdentity request, Host included (it is signed, so it
 * must be the one sent). `signingDate` is the wall clock: AWS refuses signatures more than 5 minutes off.
 */
async function signGetCallerIdentity(secrets, target, signingDate) {
    const signer = new signature_v4_dist_cjs/* SignatureV4 */.BB({
        service: 'sts',
        region: target.region,
        sha256: Sha256,
        credentials: {
            accessKeyId: secrets.accessKeyId,
            secretAccessKey: secrets.secretAccessKey,
            ...(secrets.sessionToken ? { sessionToken: secrets.sessionToken } : {}),
        },
    });
    const signed = await signer.sign({
        method: 'POST',
        protocol: 'https:',
        hostname: target.host,
        path: target.path,
        query: {},
        headers: {
            host: target.host,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            accept: 'application/json',
        },
        body: GET_CALLER_IDENTITY_BODY,
    }, { signingDate });
    const headers = {};
    for (const [name, value] of Object.entries(signed.headers))
        headers[name.toLowerCase()] = value;
    return headers;
}
/**
 * Where a request through `baseUrl` lands, for signing: host (with a non-default port), path, and the
 * region a regional STS host names (`sts.eu-west-1.amazonaws.com`), else `us-east-1`.
 */
function signingTarget(baseUrl) {
    const regional = /^sts\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com$/.exec(baseUrl.hostname);
    return {
        host: baseUrl.host,
        path: `${baseUrl.pathname.replace(/\/$/, '')}/`,
        region: regional?.[1] ?? 'us-east-1',
    };
}

;// CONCATENATED MODULE: ./src/providers/aws.ts
// AWS: access key id formats (long-term AKIA, temporary ASIA), the secret access key that pairs with
// them, the secret names that point at AWS, and STS GetCallerIdentity. Facts from PROVIDERS.md section 3.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID_BODY = 'RUV6I3O726LD6BR3';
const SECRET = 'Ky2Joqy9ysfmXprCHEfJ2eQ+/gzNRgHxmmTvp3Ph';
/** AWS IAM and STS credentials: an access key id plus its secret access key (and session token). */
const aws = {
    id: 'aws',
    name: 'Amazon Web Services',
    formats: [
        {
            // AKIA: a long-lived key of an IAM user or the account root; who owns it is unknown offline.
            type: 'long-term',
            pattern: /^AKIA[A-Z0-9]{16}$/,
            examples: ['AKIA' + ID_BODY],
            counterExamples: ['AKIA' + ID_BODY.slice(1), 'akia' + ID_BODY, 'AKIA' + ID_BODY.toLowerCase(), 'AIDA' + ID_BODY],
        },
        {
            // ASIA: temporary STS credentials, usable only with a session token.
            type: 'temporary',
            pattern: /^ASIA[A-Z0-9]{16}$/,
            examples: ['ASIA' + '2LTQZXEIXLOC6EMR'],
            counterExamples: ['ASIA' + '2LTQZXEIXLOC6EMR7', 'AROA' + '2LTQZXEIXLOC6EMR'],
        },
        {
            // 40 base64-ish characters with no prefix: counts only beside an AWS name (…SECRET_ACCESS_KEY).
            type: 'secret-access-key',
            pattern: /^[A-Za-z0-9/+]{40}$/,
            needsNameHint: true,
            examples: [SECRET],
            counterExamples: [SECRET.slice(1), SECRET + 'A', SECRET.replace('+', '-')],
        },
    ],
    namePatterns: [namePart('AWS')],
    endpoints: [
        {
            method: 'POST',
            baseUrl: 'https://sts.amazonaws.com',
            path: '/',
            note: 'STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region ' +
                'us-east-1): read-only, needs no permission and is not blocked by an explicit deny',
        },
    ],
    identify,
};
/** Who the key pair belongs to, by STS GetCallerIdentity. */
async function identify(credential, context) {
    if (credential.format.type === 'secret-access-key') {
        return skipped('no-value', 'a secret access key cannot be checked without the access key id it pairs with');
    }
    const secretAccessKey = credential.companions.secretAccessKey?.reveal() ?? '';
    if (!secretAccessKey) {
        return skipped('no-value', 'the secret access key that pairs with this access key id has no value');
    }
    // A long-term (AKIA) key never takes a session token: one given beside it is not sent.
    const sessionToken = credential.format.type === 'temporary' ? (credential.companions.sessionToken?.reveal() ?? '') : undefined;
    if (sessionToken === '') {
        // STS would only answer InvalidClientTokenId, which would wrongly read as an unknown key.
        return skipped('no-value', 'a temporary (ASIA) access key id works only with its session token, which has no value');
    }
    if (sessionToken !== undefined && !/^[A-Za-z0-9+/=]{1,16384}$/.test(sessionToken)) {
        return skipped('malformed', 'the session token is not a well-formed STS session token; it was not sent');
    }
    const headers = await signGetCallerIdentity({ accessKeyId: credential.value.reveal(), secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }, signingTarget(context.http.baseUrl), 
    // The wall clock, not context.now (an evaluation date that may be --now): AWS allows 5 minutes.
    new Date());
    const result = await context.http.request({ method: 'POST', path: '/', headers, body: GET_CALLER_IDENTITY_BODY });
    const common = commonOutcome(result);
    if (common)
        return common;
    const response = result;
    if (response.status === 200)
        return callerIdentity(response);
    return stsError(response, credential);
}
function skipped(reason, message) {
    return { status: 'skipped', reason, message, facts: [] };
}
const ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):([\x21-\x7e]{1,2000})$/;
/** A 200 answer: the JSON form STS gives for `Accept: application/json`, or the XML form. */
function callerIdentity(response) {
    const caller = parseCaller(response);
    const arn = caller ? ARN.exec(caller.arn) : null;
    if (!caller || !arn || arn[1] !== caller.account || !/^[\x21-\x7e]{1,200}$/.test(caller.userId))
        return unexpected(response);
    const kind = principalKind(arn[2]);
    return verified({ arn: caller.arn, account: caller.account, userId: caller.userId }, [
        { fact: 'principal', value: caller.arn, detail: 'STS GetCallerIdentity Arn' },
        { fact: 'account', value: caller.account, detail: 'STS GetCallerIdentity Account' },
        { fact: 'principalKind', value: kind.kind, detail: kind.detail },
    ]);
}
function parseCaller(response) {
    const body = jsonObject(response);
    if (body) {
        const wrapper = record(body.GetCallerIdentityResponse);
        const result = record(wrapper?.GetCallerIdentityResult);
        const arn = outcome_str(result, 'Arn');
        const account = outcome_str(result, 'Account');
        const userId = outcome_str(result, 'UserId');
        return arn && account && userId ? { arn, account, userId } : undefined;
    }
    const xml = xmlBody(response);
    if (!xml || !/<GetCallerIdentityResponse[\s>]/.test(xml))
        return undefined;
    const arn = xmlElement(xml, 'Arn');
    const account = xmlElement(xml, 'Account');
    const userId = xmlElement(xml, 'UserId');
    return arn && account && userId ? { arn, account, userId } : undefined;
}
/** What the ARN's resource part says about the principal (AWS has no human/service flag). */
function principalKind(resource) {
    if (resource === 'root')
        return { kind: 'human', detail: 'the account root user' };
    if (resource.startsWith('user/'))
        return { kind: 'human', detail: 'an IAM user (machine users look the same)' };
    if (resource.startsWith('assumed-role/')) {
        // IAM Identity Center names the roles it creates AWSReservedSSO_<permission set>_<id>: a person signed in.
        if (resource.startsWith('assumed-role/AWSReservedSSO_')) {
            return { kind: 'human', detail: 'an IAM Identity Center (SSO) role session: a person signed in' };
        }
        return { kind: 'service', detail: 'an assumed-role session (a workload, CI or federated role)' };
    }
    if (resource.startsWith('federated-user/'))
        return { kind: 'service', detail: 'a federated user session (GetFederationToken)' };
    return { kind: 'unknown', detail: 'an ARN of a kind keybound does not classify' };
}
/** A non-200 answer, by its error code (never its message text, except to tell clock skew apart). */
function stsError(response, credential) {
    const error = aws_parseError(response);
    if (!error)
        return unexpected(response);
    const { code, message } = error;
    switch (code) {
        case 'InvalidClientTokenId':
            return invalid('unknown-key', 'AWS does not know this access key id (deleted, deactivated, or the session token is not valid)');
        case 'SignatureDoesNotMatch':
            // Also the code for a request time more than 5 minutes off: that says nothing about the key.
            if (/signature (?:expired|not yet current)/i.test(message))
                return clockSkew(response);
            return invalid('unknown-key', 'the secret access key does not match this access key id');
        case 'ExpiredToken':
        case 'ExpiredTokenException':
            return invalid('expired', 'the session token of these temporary credentials has expired');
        case 'RequestExpired':
            return clockSkew(response);
        case 'Throttling':
        case 'ThrottlingException':
        case 'RequestLimitExceeded':
        case 'TooManyRequestsException':
            return unknown('rate-limited', `AWS throttled the request (HTTP ${response.status} ${code})`);
        case 'AccessDenied':
            // GetCallerIdentity needs no permission and ignores explicit denies: something else answered.
            return unknown('unexpected-response', `AWS answered AccessDenied to GetCallerIdentity, which needs no permission (HTTP ${response.status})`);
        default: {
            const text = providerText(message, credential);
            return unknown('unexpected-response', `AWS answered ${code} (HTTP ${response.status})${text ? `: ${text}` : ''}`);
        }
    }
}
function clockSkew(response) {
    return unknown('unexpected-response', `AWS refused the request time; check the clock (HTTP ${response.status})`);
}
function aws_parseError(response) {
    let code;
    let message;
    const body = jsonObject(response);
    if (body) {
        const error = record(body.Error) ?? record(record(body.ErrorResponse)?.Error);
        code = outcome_str(error, 'Code');
        message = outcome_str(error, 'Message');
    }
    else {
        const xml = xmlBody(response);
        if (xml && /<ErrorResponse[\s>]/.test(xml)) {
            code = xmlElement(xml, 'Code');
            message = xmlElement(xml, 'Message');
        }
    }
    // The code is quoted in messages: only an identifier is accepted.
    return code && /^[A-Za-z][A-Za-z0-9.]{0,63}$/.test(code) ? { code, message: message ?? '' } : undefined;
}
/** The body when it is XML (never an HTML page, whatever it contains). */
function xmlBody(response) {
    const type = response.headers['content-type'] ?? '';
    return /xml/i.test(type) && !/html/i.test(type) ? response.body : undefined;
}
/** The text of the first `<name>` element, entities decoded. Linear: no nested quantifiers. */
function xmlElement(xml, name) {
    const match = new RegExp(`<${name}>([^<]{0,2048})</${name}>`).exec(xml);
    if (!match)
        return undefined;
    return match[1]
        .trim()
        .replace(/&(lt|gt|quot|apos|amp);/g, (_m, entity) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '');
}
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}

;// CONCATENATED MODULE: ./src/core/dates.ts
// Calendar dates for ages, expiries and exception end dates. Everything is UTC: a date written
// `2026-09-01` is that UTC day, and an age is counted in whole UTC calendar days, so results do not
// depend on the time zone of the runner.
const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time as GitHub, GitLab and most APIs write it: 2026-09-01T12:00:00Z, ...+02:00, .123Z.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/**
 * Parses `YYYY-MM-DD` (as that UTC day, midnight) or an ISO 8601 date-time (a missing offset means
 * UTC). Returns undefined for anything else, including impossible dates such as `2026-02-30`.
 */
function parseDate(text) {
    if (text instanceof Date)
        return Number.isNaN(text.getTime()) ? undefined : text;
    if (typeof text !== 'string')
        return undefined;
    const trimmed = text.trim();
    const dateOnly = DATE_ONLY.exec(trimmed);
    if (dateOnly)
        return validDay(dateOnly[1], dateOnly[2], dateOnly[3]);
    const dateTime = DATE_TIME.exec(trimmed);
    if (!dateTime)
        return undefined;
    if (!validDay(dateTime[1], dateTime[2], dateTime[3]))
        return undefined;
    const [, y, mo, d, h, mi, sec = '00', fraction = '', zone = 'Z'] = dateTime;
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59)
        return undefined;
    const offset = zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    // Rebuilt in the one form every engine parses the same way (milliseconds at most).
    const parsed = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${fraction.slice(0, 4)}${offset}`);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
function validDay(year, month, day) {
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
        return undefined;
    return date;
}
/**
 * Whole UTC calendar days from `from` to `to`: negative when `to` is earlier. Times of day are
 * ignored, so `2026-01-01T23:59Z` to `2026-01-02T00:01Z` is one day.
 * @throws RangeError when a string argument is not a date `parseDate` accepts.
 */
function daysBetween(from, to) {
    return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}
function utcDay(value) {
    const date = parseDate(value);
    if (!date)
        throw new RangeError(`not a date: ${JSON.stringify(String(value))}`);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
/** The UTC day of a date as `YYYY-MM-DD`. */
function formatDate(date) {
    return date.toISOString().slice(0, 10);
}
/** The `YYYY-MM-DD` form of a date string, or undefined when it is not a date. */
function normalizeDate(text) {
    const date = parseDate(text);
    return date ? formatDate(date) : undefined;
}

;// CONCATENATED MODULE: ./src/providers/cloudflare.ts
// Cloudflare: account and user API tokens, Global API keys, their legacy forms, the secret names that
// point at Cloudflare, and the token verify calls. Facts from PROVIDERS.md section 14.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const cloudflare_BODY = 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
const CHECKSUM = '22abfdd1';
/** Prefixed formats: prefix + 40 characters + 8 hex checksum (TH cloudflareapitoken v2). */
const TAIL = '[A-Za-z0-9]{40}[a-f0-9]{8}';
/** Cloudflare API credentials. No test/live distinction. */
const cloudflare = {
    id: 'cloudflare',
    name: 'Cloudflare',
    formats: [
        {
            type: 'account-token',
            pattern: new RegExp(`^cfat_${TAIL}$`),
            principalKind: 'service',
            principalDetail: 'an account-owned API token, not tied to a user (cfat_)',
            examples: ['cfat_' + cloudflare_BODY + CHECKSUM],
            counterExamples: ['cfat_' + cloudflare_BODY, 'cfat_' + cloudflare_BODY + 'ZZZZZZZZ', 'cfat-' + cloudflare_BODY + CHECKSUM],
        },
        {
            type: 'user-token',
            pattern: new RegExp(`^cfut_${TAIL}$`),
            principalKind: 'human',
            principalDetail: 'a user account token (cfut_)',
            examples: ['cfut_' + 'NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu2' + CHECKSUM],
            counterExamples: ['cfut_' + 'NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu2'],
        },
        {
            // The Global API Key: full access as the user, sent with X-Auth-Email + X-Auth-Key.
            type: 'global-api-key',
            pattern: new RegExp(`^cfk_${TAIL}$`),
            principalKind: 'human',
            principalDetail: "a user account's Global API Key (cfk_)",
            examples: ['cfk_' + 'zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhL' + CHECKSUM],
            counterExamples: ['cfk_' + 'zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhL' + 'abc'],
        },
        {
            // Legacy API token: 40 characters, no prefix; owner kind unknown offline.
            type: 'legacy-token',
            pattern: /^[A-Za-z0-9_-]{40}$/,
            needsNameHint: true,
            examples: ['s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x'],
            counterExamples: ['s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2', 's0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x.'],
        },
        {
            // Legacy Global API Key: 37 hex characters, sent with X-Auth-Email + X-Auth-Key.
            type: 'legacy-global-api-key',
            pattern: /^[0-9a-f]{37}$/,
            needsNameHint: true,
            principalKind: 'human',
            principalDetail: "a user account's Global API Key (37 hex characters)",
            examples: ['5f9c993fcba3c41e6777021896a7425da46ee'],
            counterExamples: ['5f9c993fcba3c41e6777021896a7425da46e', '5f9c993fcba3c41e6777021896a7425da46eg'],
        },
    ],
    namePatterns: [namePart('CLOUDFLARE', 'CF_API_TOKEN', 'CF_API_KEY', 'CF_TOKEN', 'CF_ACCOUNT_TOKEN', 'CF_USER_TOKEN')],
    endpoints: [
        { method: 'GET', baseUrl: 'https://api.cloudflare.com', path: '/client/v4/user/tokens/verify' },
        // Account tokens get 403 on the user path; this one needs the account id.
        { method: 'GET', baseUrl: 'https://api.cloudflare.com', path: '/client/v4/accounts/{account_id}/tokens/verify' },
    ],
    identify: identifyCloudflare,
};
/** Cloudflare account ids: 32 lower-case hex characters. */
const ACCOUNT_ID = /^[0-9a-f]{32}$/;
/**
 * API tokens: `GET .../tokens/verify` with a Bearer token answers the token's id, status and dates (no
 * user identity: the principal is the token id). User tokens (`cfut_`, legacy 40-character tokens) use
 * the user path. Account tokens (`cfat_`) are refused on the user path and need
 * `/accounts/{account_id}/tokens/verify`; the id is not in the token, so they are checked only when an
 * `accountId` companion is given, and skipped otherwise. Global API Keys need the account's email as
 * well (X-Auth-Email + X-Auth-Key): skipped.
 */
async function identifyCloudflare(credential, context) {
    const type = credential.format.type;
    if (type === 'global-api-key' || type === 'legacy-global-api-key') {
        return cloudflare_skipped('a Cloudflare Global API Key is checked only with its account email, which keybound does not have');
    }
    let path = '/client/v4/user/tokens/verify';
    if (type === 'account-token') {
        const accountId = credential.companions.accountId?.reveal() ?? '';
        if (!ACCOUNT_ID.test(accountId)) {
            return cloudflare_skipped('a Cloudflare account token is verified only under its account id, which is not known for this key');
        }
        path = `/client/v4/accounts/${accountId}/tokens/verify`;
    }
    const result = await context.http.request({
        method: 'GET',
        path,
        headers: { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' },
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    if (result.kind !== 'response')
        return unexpected(result);
    const body = jsonObject(result);
    if (result.status === 200 && body?.success === true)
        return tokenStatus(body, result, credential, context.now);
    // Whether a disabled or expired token is answered with 200 or 401 is not documented: read either.
    const stated = outcome_str(object(body?.result), 'status');
    if ((result.status === 401 || result.status === 403) && body && (stated === 'disabled' || stated === 'expired')) {
        return tokenStatus(body, result, credential, context.now);
    }
    const errors = Array.isArray(body?.errors) ? body.errors : [];
    const codes = new Set(errors.flatMap((error) => codesOf(error)));
    const first = errors[0];
    const text = providerText(outcome_str(first, 'message'), credential);
    const said = text ? `: ${text}` : '';
    if (!body || body.success !== false)
        return unexpected(result);
    if ((result.status === 400 || result.status === 401) && (codes.has(6003) || codes.has(6111))) {
        return invalid('unknown-key', `Cloudflare does not accept this value as an API token${said}`);
    }
    if (result.status === 403 && type === 'legacy-token') {
        // An account-owned token is refused on the user path too, and a legacy token may be one.
        return unknown('unexpected-response', `Cloudflare refused the token on the user path; an account token needs its account id${said}`);
    }
    if ((result.status === 401 || result.status === 403) && codes.has(1000)) {
        return invalid('revoked', `Cloudflare rejected the token${said}`);
    }
    return unexpected(result);
}
/** The verify answer: `result{id, status: active|disabled|expired, expires_on?, not_before?}`. */
function tokenStatus(body, result, credential, now) {
    const token = body.result !== null && typeof body.result === 'object' ? body.result : undefined;
    const id = providerText(outcome_str(token, 'id'), credential);
    const status = outcome_str(token, 'status');
    if (!id || !status)
        return unexpected(result, 'a verify answer without a token id and status');
    const expires = parseDate(outcome_str(token, 'expires_on'));
    const notBefore = parseDate(outcome_str(token, 'not_before'));
    const facts = [];
    if (expires)
        facts.push({ fact: 'expires', value: expires.toISOString(), detail: 'tokens/verify expires_on' });
    if (status === 'disabled')
        return invalid('revoked', 'Cloudflare says the token is disabled', facts);
    if (status === 'expired')
        return invalid('expired', 'Cloudflare says the token has expired', facts);
    if (status !== 'active')
        return unexpected(result, 'a token status Cloudflare does not document');
    facts.unshift({ fact: 'principal', value: id, detail: 'Cloudflare API token id (verify names no user)' });
    const principal = { tokenId: id, status };
    if (notBefore)
        principal.notBefore = notBefore.toISOString();
    const early = notBefore && notBefore > now
        ? `Cloudflare accepted the token, but it is not valid before ${notBefore.toISOString()}`
        : undefined;
    return verified(principal, facts, early);
}
/** An error's code and the codes of its `error_chain` (6003 "Invalid request headers" wraps 6111). */
function codesOf(error) {
    if (error === null || typeof error !== 'object')
        return [];
    const { code, error_chain: chain } = error;
    return [
        ...(typeof code === 'number' ? [code] : []),
        ...(Array.isArray(chain) ? chain.flatMap((e) => codesOf(e)) : []),
    ];
}
function object(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function cloudflare_skipped(message) {
    return { status: 'skipped', reason: 'unsupported', message, facts: [] };
}

;// CONCATENATED MODULE: ./src/providers/datadog.ts
// Datadog: API keys and application keys (no prefix, so they need a Datadog name), the secret names
// that point at Datadog, and the validate calls. Facts from PROVIDERS.md section 13.


/** Datadog keys: bare hex with no prefix; both count only beside a Datadog name. */
const datadog = {
    id: 'datadog',
    name: 'Datadog',
    formats: [
        {
            // Org-level: no user principal and no test/live distinction.
            type: 'api-key',
            pattern: /^[0-9a-f]{32}$/,
            needsNameHint: true,
            examples: ['b36e992c843ea22c76edc6c5003d133a'],
            counterExamples: [
                'b36e992c843ea22c76edc6c5003d133',
                'B36E992C843EA22C76EDC6C5003D133A',
                'b36e992c843ea22c76edc6c5003d133z',
            ],
        },
        {
            // Owned by a user or service account (`service_account` on the owning user, via smoke).
            type: 'app-key',
            pattern: /^[0-9a-f]{40}$/,
            needsNameHint: true,
            examples: ['19ffab0396347dd16ca6637daece4967b3fe39bf'],
            counterExamples: ['19ffab0396347dd16ca6637daece4967b3fe39b', '19ffab0396347dd16ca6637daece4967b3fe39bff'],
        },
    ],
    namePatterns: [namePart('DATADOG', 'DD_API_KEY', 'DD_APP_KEY', 'DD_APPLICATION_KEY', 'DD_CLIENT_API_KEY', 'DD_KEY')],
    endpoints: [
        // API key only; the key works on one site (api.<site>), so --endpoint picks other sites.
        { method: 'GET', baseUrl: 'https://api.datadoghq.com', path: '/api/v1/validate' },
        // API key + application key: the user who owns the app key (UNCONFIRMED as documented).
        {
            method: 'GET',
            baseUrl: 'https://api.datadoghq.com',
            path: '/api/v2/current_user',
            note: 'needs the application key too',
        },
    ],
    identify: identifyDatadog,
};
/**
 * API keys: `GET /api/v1/validate` with `DD-API-KEY`. An API key belongs to an organization, not to a
 * user, so there is no principal to report. A key works on one site only: the base URL is US1
 * (`api.datadoghq.com`) unless `--endpoint datadog=https://api.<site>` picks another, and a key from
 * another site is refused exactly like an unknown one, so a refusal is `unknown-key`, and says so.
 * Application keys are not checked: every call they allow needs the API key as well, and keybound has
 * no way yet to pair the two.
 */
async function identifyDatadog(credential, context) {
    if (credential.format.type !== 'api-key') {
        return {
            status: 'skipped',
            reason: 'unsupported',
            message: 'a Datadog application key can only be checked together with its API key, which keybound cannot pair yet',
            facts: [],
        };
    }
    const result = await context.http.request({
        method: 'GET',
        path: '/api/v1/validate',
        headers: { 'dd-api-key': credential.value.reveal(), accept: 'application/json' },
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    if (result.kind !== 'response')
        return unexpected(result);
    const body = jsonObject(result);
    if (result.status === 200 && body?.valid === true) {
        return verified(undefined, [], 'Datadog accepted the API key; API keys belong to the organization, so no principal is known');
    }
    const refused = 'Datadog refused the API key on this site; a key from another Datadog site (EU, US3...) is refused too: choose its site with --endpoint datadog=https://api.<site>';
    if (result.status === 200 && body?.valid === false)
        return invalid('unknown-key', refused);
    // Datadog answers 403 (not 401) for a key it does not know: {"errors":["Forbidden"]}.
    if ((result.status === 403 || result.status === 401) && Array.isArray(body?.errors))
        return invalid('unknown-key', refused);
    return unexpected(result);
}

;// CONCATENATED MODULE: ./src/providers/gcp.ts
// Google Cloud: service-account key JSON and user (authorized_user) credentials JSON, the secret names
// that point at Google Cloud, and the token calls a smoke check makes. Facts from PROVIDERS.md section 4.




/** Longest JSON document considered: real key files are about 2.4 KB. */
const MAX_DOCUMENT_LENGTH = 64 * 1024;
// NOTE: made-up documents; the PEM markers are split so that secret scanners do not flag this file.
const PEM = '-----BEGIN ' +
    'PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END ' +
    'PRIVATE KEY-----\n';
const SERVICE_ACCOUNT = JSON.stringify({
    type: 'service_account',
    project_id: 'keybound-example-prod',
    private_key_id: '19ffab0396347dd16ca6637daece4967b3fe39bf',
    private_key: PEM,
    client_email: 'deployer@keybound-example-prod.iam.gserviceaccount.com',
    client_id: '104729384756102938475',
    token_uri: 'https://oauth2.googleapis.com/token',
}, null, 2);
const AUTHORIZED_USER = JSON.stringify({
    type: 'authorized_user',
    client_id: '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com',
    client_secret: 'd-FL95Q19q7MQmFpd7hHD0Ty',
    refresh_token: '1//0' + 'GV7qffSMKe5tGrq2SYU4CMDICCYiHScTb2w90MzcHbECSJAy',
});
/**
 * A JSON object whose text carries `"type": "<jsonType>"`. The lookahead and the body each scan the
 * value once (no nested quantifiers); gcpDocumentFormat then confirms it is the top-level `type`.
 */
function documentPattern(jsonType) {
    return new RegExp(`^\\s*\\{(?=[\\s\\S]*"type"\\s*:\\s*"${jsonType}")[\\s\\S]*\\}\\s*$`);
}
const serviceAccountKey = {
    type: 'service-account-key',
    pattern: documentPattern('service_account'),
    principalKind: 'service',
    principalDetail: 'a service-account key (JSON "type": "service_account")',
    examples: [SERVICE_ACCOUNT, JSON.stringify(JSON.parse(SERVICE_ACCOUNT)) + '\n'],
    counterExamples: [
        SERVICE_ACCOUNT.replace('service_account', 'external_account'),
        // Nested, not the document's own type.
        JSON.stringify({ wrapper: { type: 'service_account' } }),
        // Not valid JSON (trailing comma): rejected quietly, never an exception.
        '{"type": "service_account", }',
        '{"type": "service_account"',
    ],
};
const userCredentials = {
    type: 'user-credentials',
    pattern: documentPattern('authorized_user'),
    principalKind: 'human',
    principalDetail: 'a user\'s refresh-token credentials (JSON "type": "authorized_user")',
    examples: [AUTHORIZED_USER],
    counterExamples: ['{"type": "authorized_users"}', '["type", "authorized_user"]'],
};
/** Google Cloud credential JSON: service-account keys and `authorized_user` (ADC) files. */
const gcp = {
    id: 'gcp',
    name: 'Google Cloud',
    formats: [serviceAccountKey, userCredentials],
    namePatterns: [
        namePart('GCP', 'GCLOUD', 'GCE', 'GKE', 'GOOGLE_CLOUD', 'GOOGLE_APPLICATION_CREDENTIALS'),
        namePart('GOOGLE_CREDENTIALS', 'GOOGLE_SERVICE_ACCOUNT'),
    ],
    endpoints: [
        {
            method: 'POST',
            baseUrl: 'https://oauth2.googleapis.com',
            path: '/token',
            note: 'OAuth2 JWT-bearer grant (refresh_token grant for authorized_user): mints a short-lived access ' +
                'token and changes nothing, but shows in audit logs; the only way to test these credentials',
        },
        {
            method: 'POST',
            baseUrl: 'https://oauth2.googleapis.com',
            path: '/tokeninfo',
            note: "OAuth2 token info: reads the minted token's own metadata (email, scope, expiry) and changes " +
                "nothing; POST with the token in an Authorization header, as Google's auth library does, so it is " +
                'never in a URL',
        },
    ],
    identify: gcp_identify,
};
/** Each document format with the top-level `type` it requires. */
const DOCUMENT_TYPES = [
    [serviceAccountKey, 'service_account'],
    [userCredentials, 'authorized_user'],
];
/**
 * The GCP format of a JSON credential document, by its top-level `type`, or undefined.
 * SECURITY: never throws. A JSON.parse error message quotes the input, so it is swallowed here.
 */
function gcpDocumentFormat(value) {
    if (value.length > MAX_DOCUMENT_LENGTH || value.includes('\0'))
        return undefined;
    // The anchored patterns are a cheap gate before parsing.
    const candidates = DOCUMENT_TYPES.filter(([format]) => format.pattern.test(value));
    if (candidates.length === 0)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const type = parsed.type;
    return candidates.find(([, jsonType]) => type === jsonType)?.[0];
}
/** The token endpoint as the JWT audience. SECURITY: compiled in; the document's `token_uri` is never used. */
const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
/** The narrowest scope that still lets token info name the account: the minted token can read its own email. */
const SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
/** Assertion lifetime; Google accepts at most an hour. */
const ASSERTION_SECONDS = 600;
const FORM = 'application/x-www-form-urlencoded';
/** Who a service-account key belongs to: mint a short-lived token with it (JWT bearer), then read token info. */
async function gcp_identify(credential, context) {
    if (credential.format.type !== serviceAccountKey.type) {
        // authorized_user: a person's refresh token. Redeeming it is not a check keybound makes.
        return gcp_skipped('unsupported', "user (authorized_user) credentials are a person's refresh token; only service-account keys are checked");
    }
    const account = serviceAccount(credential.value.reveal());
    if (!account) {
        return gcp_skipped('malformed', 'the service-account key has no usable client_email or RSA private_key; it was not sent');
    }
    // The wall clock, not context.now (an evaluation date that may be --now): Google checks iat and exp.
    const assertion = signAssertion(account, Math.floor(Date.now() / 1000));
    // Provider text is redacted of the assertion too: it is a bearer credential for its lifetime.
    const redactable = {
        ...credential,
        companions: { ...credential.companions, assertion: new SecretValue(assertion, 'gcp-assertion') },
    };
    const result = await context.http.request({
        method: 'POST',
        path: '/token',
        headers: { 'content-type': FORM, accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }).toString(),
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    const response = result;
    const body = jsonObject(response);
    if (response.status !== 200)
        return tokenError(response, body, redactable);
    const accessToken = outcome_str(body, 'access_token');
    if (!accessToken || !/^[\x21-\x7e]{1,4096}$/.test(accessToken))
        return unexpected(response);
    // The key is proven once a token is minted; token info only confirms whom Google issued it to.
    const email = await tokenInfoEmail(context.http, accessToken);
    const principal = email ?? account.clientEmail;
    const projectId = account.projectId ?? /@([a-z][a-z0-9-]{4,61}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(principal)?.[1];
    return verified({
        email: principal,
        ...(projectId ? { projectId } : {}),
        ...(account.clientId ? { clientId: account.clientId } : {}),
        ...(account.privateKeyId ? { keyId: account.privateKeyId } : {}),
    }, [
        {
            fact: 'principal',
            value: principal,
            detail: email ? 'Google token info email' : 'client_email of the key Google accepted',
        },
        { fact: 'principalKind', value: 'service', detail: 'a Google Cloud service account (Google accepted its key)' },
        ...(projectId
            ? [{ fact: 'account', value: projectId, detail: 'project_id of the service-account key' }]
            : []),
    ], email
        ? undefined
        : "Google accepted the key; token info was not available, so the principal is the key's client_email");
}
function gcp_skipped(reason, message) {
    return { status: 'skipped', reason, message, facts: [] };
}
/** The fields a JWT-bearer grant needs, or undefined. SECURITY: never throws, never quotes the document. */
function serviceAccount(value) {
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        return undefined;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const document = parsed;
    const clientEmail = outcome_str(document, 'client_email');
    const pem = outcome_str(document, 'private_key');
    if (!clientEmail || !/^[^\s@]{1,128}@[A-Za-z0-9.-]{1,253}$/.test(clientEmail) || !pem)
        return undefined;
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        return undefined;
    }
    if (privateKey.asymmetricKeyType !== 'rsa')
        return undefined;
    const field = (name, pattern) => {
        const text = outcome_str(document, name);
        return text !== undefined && pattern.test(text) ? text : undefined;
    };
    return {
        clientEmail,
        privateKey,
        privateKeyId: field('private_key_id', /^[A-Za-z0-9_-]{1,128}$/),
        projectId: field('project_id', /^[A-Za-z0-9.:-]{1,100}$/),
        clientId: field('client_id', /^\d{1,64}$/),
    };
}
/** An RS256 JWT-bearer assertion (RFC 7523), signed by node's crypto. */
function signAssertion(account, now) {
    const encode = (object) => Buffer.from(JSON.stringify(object), 'utf8').toString('base64url');
    const header = encode({ alg: 'RS256', typ: 'JWT', ...(account.privateKeyId ? { kid: account.privateKeyId } : {}) });
    const claims = encode({
        iss: account.clientEmail,
        scope: SCOPE,
        aud: TOKEN_AUDIENCE,
        iat: now,
        exp: now + ASSERTION_SECONDS,
    });
    const signature = (0,external_node_crypto_.createSign)('RSA-SHA256')
        .update(`${header}.${claims}`)
        .sign(account.privateKey)
        .toString('base64url');
    return `${header}.${claims}.${signature}`;
}
/** The email Google's token info gives for the minted token, or undefined when it gives none. */
async function tokenInfoEmail(http, accessToken) {
    const result = await http.request({
        method: 'POST',
        path: '/tokeninfo',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': FORM, accept: 'application/json' },
        body: '',
    });
    if (result.kind !== 'response' || result.status !== 200)
        return undefined;
    const email = outcome_str(jsonObject(result), 'email');
    return email && /^[^\s@]{1,128}@[A-Za-z0-9.-]{1,253}$/.test(email) ? email : undefined;
}
/** A refused grant, by its OAuth `error` code and, for invalid_grant, Google's description. */
function tokenError(response, body, credential) {
    const error = outcome_str(body, 'error');
    if (!error || (response.status !== 400 && response.status !== 401))
        return unexpected(response);
    const description = outcome_str(body, 'error_description') ?? '';
    const text = providerText(description, credential);
    const quoted = `Google: ${error}${text ? ` (${text})` : ''}`;
    if (error === 'deleted_client')
        return invalid('user-inactive', `the service account was deleted (${quoted})`);
    if (error === 'invalid_grant' || error === 'invalid_client' || error === 'unauthorized_client') {
        if (/invalid jwt signature/i.test(description)) {
            return invalid('revoked', `Google no longer accepts this key: it was deleted, disabled or rotated (${quoted})`);
        }
        if (/robot is disabled|account (?:is |has been )?disabled/i.test(description)) {
            return invalid('user-inactive', `the service account is disabled (${quoted})`);
        }
        if (/has been deleted|account not found|no such account/i.test(description)) {
            return invalid('user-inactive', `the service account was deleted or does not exist (${quoted})`);
        }
        if (/\b(?:iat|exp)\b|timeframe|short-lived/i.test(description)) {
            return unknown('unexpected-response', `Google refused the assertion's time; check the clock (${quoted})`);
        }
    }
    return unknown('unexpected-response', `the token endpoint refused the grant (HTTP ${response.status}, ${quoted})`);
}

;// CONCATENATED MODULE: ./src/providers/github.ts
// GitHub: token formats by prefix, the secret names that point at GitHub, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 1 (GitHub's token formats).



// NOTE: examples are built by concatenation so that secret scanners do not flag this file; every
// value is made up and belongs to no account.
const github_BODY = 'rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY';
/** Body of every GitHub token after its prefix (TH github v2 regex, PROVIDERS.md section 1). */
const github_TAIL = '[A-Za-z0-9_]{36,255}';
/** GitHub (github.com and GHES): PATs classic and fine-grained, OAuth, App tokens, `GITHUB_TOKEN`. */
const github = {
    id: 'github',
    name: 'GitHub',
    formats: [
        {
            type: 'classic-pat',
            pattern: new RegExp(`^ghp_${github_TAIL}$`),
            principalKind: 'human',
            principalDetail: 'a user account token (ghp_)',
            examples: ['ghp_' + github_BODY],
            counterExamples: ['ghp_' + github_BODY.slice(0, 20), 'ghp-' + github_BODY, 'GHP_' + github_BODY, 'ghp_' + github_BODY + '!'],
        },
        {
            type: 'fine-grained-pat',
            pattern: new RegExp(`^github_pat_${github_TAIL}$`),
            // The resource owner may be an org, but the token still acts as the user who made it.
            principalKind: 'human',
            principalDetail: 'a user account token (github_pat_)',
            examples: ['github_pat_' + 'BM2CtvydcsFBDZpIzrPS3A_oTDggeqtYgHCYHfObCI079S77ze3dQRhTzgER9SlTy6N3mSZejocEBl81li'],
            counterExamples: ['github_pat_short', 'github-pat_' + github_BODY, 'github_pat ' + github_BODY],
        },
        {
            type: 'oauth',
            pattern: new RegExp(`^gho_${github_TAIL}$`),
            principalKind: 'human',
            principalDetail: 'a user account token (gho_)',
            examples: ['gho_' + 'nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M'],
            counterExamples: ['gho_' + 'nbnAE9KXfFp', 'gho_' + 'nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M-'],
        },
        {
            type: 'user-to-server',
            pattern: new RegExp(`^ghu_${github_TAIL}$`),
            principalKind: 'human',
            principalDetail: 'a user account token, acting through a GitHub App (ghu_)',
            examples: ['ghu_' + 'kkvacDwdcbQHR1T0OtlgbRwFUVZDk2UiSXjB'],
            counterExamples: ['ghu_', 'ghu_' + 'kkvacDwdcbQHR1T0Otlgb/wFUVZDk2UiSXjB'],
        },
        {
            type: 'app-installation',
            pattern: new RegExp(`^ghs_${github_TAIL}$`),
            // `GITHUB_TOKEN` in Actions is one of these too: minted per job for the workflow's repository.
            principalKind: 'service',
            principalDetail: 'a GitHub App installation token (ghs_)',
            examples: ['ghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq'],
            counterExamples: ['ghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZq', 'xghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq'],
        },
        {
            type: 'refresh-token',
            pattern: new RegExp(`^ghr_${github_TAIL}$`),
            // SECURITY: a refresh token is not an API credential; PROVIDERS.md section 1 says never send it.
            neverSend: true,
            examples: ['ghr_' + 'IiQP9gSyz0B4FAGJMGCHBdgOlTotXN3AsE5CHwZqToEwbypikHJS724Y6HbpcpL2gl2orEVcPEWk'],
            counterExamples: ['ghr_' + 'IiQP9gSyz0', 'ghr_' + 'IiQP9gSyz0B4FAGJMGCHBdgO Tottxn3AsE5CHwZqToEwby'],
        },
    ],
    namePatterns: [namePart('GITHUB', 'GHE', 'GH_TOKEN', 'GH_PAT')],
    endpoints: [
        // Works for ghp_, github_pat_, gho_ and ghu_; an installation token gets 403 here.
        { method: 'GET', baseUrl: 'https://api.github.com', path: '/user' },
        // For ghs_ and GITHUB_TOKEN: needs no permission and names the repositories' owners. Called
        // with `?per_page=1` (the client matches the path without its query).
        { method: 'GET', baseUrl: 'https://api.github.com', path: '/installation/repositories' },
    ],
    identify: identifyGitHub,
};
/** The smoke check: `GET /user` for user tokens, `GET /installation/repositories` for ghs_. */
async function identifyGitHub(credential, context) {
    const installation = credential.format.type === 'app-installation';
    const result = await context.http.request({
        method: 'GET',
        path: installation ? '/installation/repositories?per_page=1' : '/user',
        headers: {
            // SECURITY: the value goes only in this header, to the GitHub base URL the client is bound to.
            authorization: `Bearer ${credential.value.reveal()}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'keybound',
        },
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    const response = result;
    if (response.status !== 200)
        return refusal(response, credential);
    const body = jsonObject(response);
    if (!body)
        return unexpected(response, 'GitHub answered with something other than a JSON object');
    return installation ? installationIdentity(body, response, credential) : userIdentity(body, response, credential);
}
/** What a non-200 answer means. PROVIDERS.md section 1 documents 401 and the suspended 403 only. */
function refusal(response, credential) {
    if (response.status === 401) {
        return invalid('revoked', 'GitHub does not accept this token (revoked, expired or never valid)');
    }
    const message = providerText(jsonObject(response)?.message, credential);
    if (response.status === 403 && /\bsuspended\b/i.test(message)) {
        return invalid('user-inactive', 'GitHub says the account behind this token is suspended');
    }
    // Secondary rate limits come as 403 (or 429) with retry-after but a non-zero remaining count.
    if ((response.status === 403 || response.status === 429) &&
        (response.headers['retry-after'] !== undefined || /rate limit/i.test(message))) {
        return unknown('rate-limited', `GitHub rate-limited the check (HTTP ${response.status})`);
    }
    if (response.status === 404) {
        // Undocumented for these endpoints: most likely a GHES base URL without `/api/v3`, not a bad key.
        return unknown('unexpected-response', 'GitHub answered HTTP 404 (for GitHub Enterprise Server the base URL ends in /api/v3)');
    }
    const said = message ? `: ${message}` : '';
    return unknown('unexpected-response', `GitHub refused the check without saying why the token is invalid (HTTP ${response.status})${said}`);
}
/** `GET /user`: the account the token acts as, its scopes (classic and OAuth) and expiry. */
function userIdentity(body, response, credential) {
    const login = typeof body.login === 'string' ? providerText(body.login, credential) : '';
    if (!login || typeof body.id !== 'number')
        return unexpected(response, 'GitHub answered GET /user without a login and id');
    const type = typeof body.type === 'string' ? providerText(body.type, credential) : 'User';
    const principal = { login, id: body.id, type };
    if (typeof body.site_admin === 'boolean')
        principal.site_admin = body.site_admin;
    const facts = [
        { fact: 'principal', value: login, detail: 'GitHub GET /user login' },
        type === 'Bot'
            ? { fact: 'principalKind', value: 'service', detail: 'a GitHub App bot account (type Bot)' }
            : { fact: 'principalKind', value: 'human', detail: 'a GitHub user account (machine users look the same)' },
    ];
    const notes = [];
    const header = response.headers['x-oauth-scopes'];
    if (header !== undefined) {
        const scopes = header
            .split(',')
            .map((scope) => providerText(scope, credential))
            .filter((scope) => scope.length > 0);
        facts.push({ fact: 'scopes', value: scopes, detail: 'GitHub X-OAuth-Scopes header' });
    }
    else if (credential.format.type === 'fine-grained-pat') {
        // TH classifies a token by this header's absence; here it confirms the prefix.
        facts.push({
            fact: 'keyType',
            value: 'fine-grained-pat',
            detail: 'GitHub sent no X-OAuth-Scopes header (fine-grained token)',
        });
        notes.push('fine-grained token: GitHub does not list its permissions, so no scopes were recorded');
    }
    else if (credential.format.type === 'user-to-server') {
        notes.push("GitHub App user token: its permissions are the app's, so no scopes were recorded");
    }
    facts.push(...expiryFacts(response));
    return verified(principal, facts, notes.length > 0 ? notes.join('; ') : undefined);
}
/** `GET /installation/repositories`: an app installation; its repositories' owner names it. */
function installationIdentity(body, response, credential) {
    if (typeof body.total_count !== 'number' || !Array.isArray(body.repositories)) {
        return unexpected(response, 'GitHub answered GET /installation/repositories without total_count and repositories');
    }
    const principal = { installation: true, repositories: body.total_count };
    const first = body.repositories[0];
    const ownerObject = first !== null && typeof first === 'object' ? first.owner : undefined;
    const rawOwner = ownerObject !== null && typeof ownerObject === 'object'
        ? ownerObject.login
        : undefined;
    const owner = typeof rawOwner === 'string' ? providerText(rawOwner, credential) : '';
    if (owner)
        principal.owner = owner;
    if (typeof body.repository_selection === 'string') {
        principal.repository_selection = providerText(body.repository_selection, credential);
    }
    const facts = [
        { fact: 'principalKind', value: 'service', detail: 'a GitHub App installation (ghs_, GITHUB_TOKEN)' },
    ];
    if (owner)
        facts.push({ fact: 'principal', value: owner, detail: "owner of the installation's repositories" });
    facts.push(...expiryFacts(response));
    return verified(principal, facts);
}
/** `github-authentication-token-expiration`: `2026-09-01 12:00:00 UTC` or `... -0700`; absent = never. */
function expiryFacts(response) {
    const header = response.headers['github-authentication-token-expiration'];
    const date = header === undefined ? undefined : parseGitHubDate(header);
    return date ? [{ fact: 'expires', value: date.toISOString(), detail: 'GitHub token expiration header' }] : [];
}
/** Both documented forms of GitHub's expiration header, as a Date (undefined if neither). */
function parseGitHubDate(text) {
    const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (UTC|[+-]\d{4})$/.exec(text.trim());
    if (!match)
        return undefined;
    return parseDate(`${match[1]}T${match[2]}${match[3] === 'UTC' ? 'Z' : match[3]}`);
}

;// CONCATENATED MODULE: ./src/providers/gitlab.ts
// GitLab: token formats by prefix, the secret names that point at GitLab, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 2 (gitlabhq doc/security/tokens).



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const gitlab_BODY = '20OTK8Qk0aog8ZnXHmXi';
// The newer routable glpat- format: 27+ characters, then `.` 2 characters `.` 9 characters.
const ROUTABLE = 'Wr0B2Lg8Bi7IWWFq-xvnefwPV9-.01.hlikkj3zy';
/** Body after a GitLab prefix: legacy 20 characters up to the routable format (TH gitlab v3). */
const gitlab_TAIL = '[A-Za-z0-9_=.-]{20,300}';
/** GitLab (gitlab.com and self-managed): personal, project and group access tokens and friends. */
const gitlab = {
    id: 'gitlab',
    name: 'GitLab',
    formats: [
        {
            // glpat- covers personal, impersonation, project and group tokens; the last two are bot users,
            // so the prefix alone does not say human or service (smoke `GET /user` `bot` does).
            type: 'access-token',
            pattern: new RegExp(`^glpat-${gitlab_TAIL}$`),
            examples: ['glpat-' + gitlab_BODY, 'glpat-' + ROUTABLE],
            counterExamples: ['glpat-' + 'short', 'glpat_' + gitlab_BODY, 'glpat-' + gitlab_BODY + '\n'],
        },
        {
            type: 'deploy-token',
            pattern: new RegExp(`^gldt-${gitlab_TAIL}$`),
            principalKind: 'service',
            principalDetail: 'a deploy token, not tied to a user (gldt-)',
            examples: ['gldt-' + gitlab_BODY],
            counterExamples: ['gldt-' + 'tooShort', 'gldt ' + gitlab_BODY],
        },
        {
            type: 'ci-job-token',
            pattern: new RegExp(`^glcbt-${gitlab_TAIL}$`),
            principalKind: 'service',
            principalDetail: 'a CI job token, minted per job (glcbt-)',
            examples: ['glcbt-' + '64_' + gitlab_BODY],
            counterExamples: ['glcbt-' + 'x'],
        },
        {
            // Runner, trigger and feed tokens and OAuth app secrets are not API identity credentials:
            // `GET /user` cannot tell us who they belong to, so they are never sent.
            type: 'runner-token',
            pattern: new RegExp(`^glrtr?-${gitlab_TAIL}$`),
            neverSend: true,
            examples: ['glrt-' + gitlab_BODY, 'glrtr-' + gitlab_BODY],
            counterExamples: ['glrt-' + 'abc', 'glrtx-' + gitlab_BODY],
        },
        {
            type: 'pipeline-trigger-token',
            pattern: new RegExp(`^glptt-${gitlab_TAIL}$`),
            neverSend: true,
            examples: ['glptt-' + gitlab_BODY],
            counterExamples: ['glptt-' + '0123'],
        },
        {
            type: 'feed-token',
            pattern: new RegExp(`^glft-${gitlab_TAIL}$`),
            neverSend: true,
            examples: ['glft-' + gitlab_BODY],
            counterExamples: ['glft-' + gitlab_BODY + ' '],
        },
        {
            type: 'oauth-app-secret',
            pattern: new RegExp(`^gloas-${gitlab_TAIL}$`),
            neverSend: true,
            examples: ['gloas-' + ROUTABLE.replace(/\./g, '')],
            counterExamples: ['gloas-' + 'tiny'],
        },
    ],
    namePatterns: [namePart('GITLAB', 'GL_TOKEN', 'GL_PAT', 'CI_JOB_TOKEN')],
    endpoints: [
        // GitLab 15.5+: the token's own scopes, dates and user_id.
        { method: 'GET', baseUrl: 'https://gitlab.com', path: '/api/v4/personal_access_tokens/self' },
        // The user behind it: `bot`, `state`, `username`.
        { method: 'GET', baseUrl: 'https://gitlab.com', path: '/api/v4/user' },
    ],
    identify: identifyGitLab,
};
/** `GET /user` states in which the account cannot act (gitlabhq user state machine). */
const INACTIVE_STATES = new Set(['blocked', 'ldap_blocked', 'blocked_pending_approval', 'deactivated', 'banned']);
/** The smoke check: the token's own record, then the user behind it. */
async function identifyGitLab(credential, context) {
    if (credential.format.type !== 'access-token') {
        // Deploy and CI job tokens cannot call GET /user or /personal_access_tokens/self.
        return {
            status: 'skipped',
            reason: 'unsupported',
            message: `GitLab has no identity endpoint for a ${credential.format.type}; it was not sent`,
            facts: [],
        };
    }
    const get = (path) => context.http.request({
        method: 'GET',
        path,
        // SECURITY: the value goes only in this header, to the GitLab base URL the client is bound to.
        headers: { 'private-token': credential.value.reveal(), accept: 'application/json', 'user-agent': 'keybound' },
    });
    const principal = {};
    const facts = [];
    let narrowScope = false;
    const self = await get('/api/v4/personal_access_tokens/self');
    const selfOutcome = commonOutcome(self);
    if (selfOutcome)
        return selfOutcome;
    const token = self;
    if (token.status === 200) {
        const body = jsonObject(token);
        if (!body)
            return unexpected(token, 'GitLab answered with something other than a JSON object');
        const state = tokenState(body, context.now);
        if (state)
            return state;
        Object.assign(principal, tokenPrincipal(body, credential));
        facts.push(...tokenFacts(body, credential));
    }
    else if (token.status === 403 && gitlab_errorCode(token) === 'insufficient_scope') {
        narrowScope = true;
    }
    else if (token.status !== 404) {
        // 404: GitLab before 15.5 has no /personal_access_tokens/self; GET /user still answers.
        return gitlab_refusal(token, credential);
    }
    const user = await get('/api/v4/user');
    const userOutcome = commonOutcome(user);
    if (userOutcome)
        return userOutcome;
    const account = user;
    if (account.status === 403 && gitlab_errorCode(account) === 'insufficient_scope') {
        // The token is live, but its scopes (read_repository, registry...) do not let it say who it is.
        return {
            ...unknown('insufficient-scope', 'GitLab accepted the token, but its scopes do not allow GET /api/v4/user, so its user is unknown (read_user would)'),
            ...(Object.keys(principal).length > 0 ? { principal } : {}),
            facts,
        };
    }
    if (account.status !== 200)
        return gitlab_refusal(account, credential);
    const body = jsonObject(account);
    if (!body)
        return unexpected(account, 'GitLab answered with something other than a JSON object');
    const username = typeof body.username === 'string' ? providerText(body.username, credential) : '';
    if (!username || typeof body.id !== 'number')
        return unexpected(account, 'GitLab answered GET /user without a username and id');
    const state = typeof body.state === 'string' ? providerText(body.state, credential) : undefined;
    if (state && INACTIVE_STATES.has(state)) {
        return invalid('user-inactive', `the GitLab user behind this token is ${state.replace(/_/g, ' ')}`);
    }
    Object.assign(principal, { username, id: body.id });
    if (state)
        principal.state = state;
    const bot = body.bot === true;
    if (typeof body.bot === 'boolean')
        principal.bot = body.bot;
    facts.unshift({ fact: 'principal', value: username, detail: 'GitLab GET /user username' }, bot
        ? {
            fact: 'principalKind',
            value: 'service',
            detail: 'a GitLab bot user (project or group access token, service account)',
        }
        : { fact: 'principalKind', value: 'human', detail: 'a GitLab user account (machine users look the same)' });
    const note = narrowScope ? 'the token may not read its own record, so its scopes and dates are unknown' : undefined;
    return verified(principal, facts, note);
}
/** A token record that says the token no longer works (GitLab usually answers 401 before this). */
function tokenState(body, now) {
    if (body.revoked === true)
        return invalid('revoked', 'GitLab says this token was revoked');
    if (body.active !== false)
        return undefined;
    const expires = typeof body.expires_at === 'string' ? parseDate(body.expires_at) : undefined;
    if (expires && expires.getTime() <= now.getTime())
        return invalid('expired', 'GitLab says this token has expired');
    return invalid('revoked', 'GitLab says this token is no longer active');
}
function tokenPrincipal(body, credential) {
    const principal = {};
    if (typeof body.user_id === 'number')
        principal.user_id = body.user_id;
    if (typeof body.name === 'string')
        principal.token_name = providerText(body.name, credential);
    return principal;
}
/** Scopes and dates from the token's own record. */
function tokenFacts(body, credential) {
    const facts = [];
    if (Array.isArray(body.scopes)) {
        const scopes = body.scopes
            .filter((scope) => typeof scope === 'string')
            .map((scope) => providerText(scope, credential))
            .filter((scope) => scope.length > 0);
        facts.push({ fact: 'scopes', value: scopes, detail: 'GitLab token scopes' });
    }
    const created = typeof body.created_at === 'string' ? parseDate(body.created_at) : undefined;
    if (created)
        facts.push({ fact: 'created', value: created.toISOString(), detail: 'GitLab token created_at' });
    // expires_at is a date (YYYY-MM-DD); null means the token does not expire.
    const expires = typeof body.expires_at === 'string' ? parseDate(body.expires_at) : undefined;
    if (expires)
        facts.push({ fact: 'expires', value: expires.toISOString().slice(0, 10), detail: 'GitLab token expires_at' });
    return facts;
}
/** The OAuth-style `error` code of an error body, if any. */
function gitlab_errorCode(response) {
    const error = jsonObject(response)?.error;
    return typeof error === 'string' ? error : undefined;
}
/** What a refusal means (PROVIDERS.md section 2): match the error code first, then the wording. */
function gitlab_refusal(response, credential) {
    const body = jsonObject(response);
    const description = providerText(body?.error_description, credential);
    const message = providerText(body?.message, credential);
    if (response.status === 401) {
        if (gitlab_errorCode(response) === 'invalid_token') {
            if (/expired/i.test(description))
                return invalid('expired', 'GitLab says this token has expired');
            return invalid('revoked', 'GitLab does not accept this token (it was revoked)');
        }
        return invalid('unknown-key', 'GitLab does not accept this token (unknown, deleted or never valid)');
    }
    if (response.status === 403) {
        const inactive = /\b(blocked|deactivated|banned)\b/i.exec(message);
        if (inactive)
            return invalid('user-inactive', `GitLab says the account behind this token is ${inactive[1].toLowerCase()}`);
        if (gitlab_errorCode(response) === 'insufficient_scope') {
            return unknown('insufficient-scope', 'GitLab accepted the token, but its scopes do not allow this check');
        }
    }
    if (response.status === 429)
        return unknown('rate-limited', 'GitLab rate-limited the check (HTTP 429)');
    const said = message || description;
    return unexpected(response, `GitLab refused the check without saying why${said ? `: ${said}` : ''}`);
}

;// CONCATENATED MODULE: ./src/providers/huggingface.ts
// Hugging Face: user access tokens and legacy org tokens, the secret names that point at Hugging Face,
// and whoami-v2. Facts from PROVIDERS.md section 15.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const huggingface_BODY = 'bUuZ33SlrnBYDtZtxUSihhyS63C2L1NGuK';
/** Hugging Face Hub tokens: prefix + 34 characters (TH huggingface regex). No test/live distinction. */
const huggingface = {
    id: 'huggingface',
    name: 'Hugging Face',
    formats: [
        {
            type: 'user-access-token',
            pattern: /^hf_[A-Za-z0-9]{34}$/,
            principalKind: 'human',
            principalDetail: 'a user access token (hf_)',
            examples: ['hf_' + huggingface_BODY],
            counterExamples: ['hf_' + huggingface_BODY.slice(2), 'hf-' + huggingface_BODY, 'hf_' + huggingface_BODY + 'x'],
        },
        {
            type: 'org-token',
            pattern: /^api_org_[A-Za-z0-9]{34}$/,
            principalKind: 'service',
            principalDetail: 'a legacy organization token (api_org_)',
            examples: ['api_org_' + 'R51eeiYXlhiBn6LfQ1kcDGyEbhzHPVEY1w'],
            counterExamples: ['api_org_' + 'R51eeiYX', 'api_orgR51eeiYXlhiBn6LfQ1kcDGyEbhzHPVEY1w'],
        },
    ],
    namePatterns: [
        namePart('HUGGINGFACE', 'HUGGING_FACE', 'HUGGINGFACEHUB', 'HF_TOKEN', 'HF_API', 'HF_HUB', 'HF_ACCESS'),
    ],
    endpoints: [{ method: 'GET', baseUrl: 'https://huggingface.co', path: '/api/whoami-v2' }],
    identify: identifyHuggingFace,
};
/**
 * `GET /api/whoami-v2`: the user, organization or app behind the token (`name`, `type`), the token's
 * role or fine-grained permissions, and its creation and expiry dates.
 */
async function identifyHuggingFace(credential, context) {
    const result = await context.http.request({
        method: 'GET',
        path: '/api/whoami-v2',
        headers: { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' },
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    if (result.kind !== 'response')
        return unexpected(result);
    const body = jsonObject(result);
    if (result.status === 401) {
        const text = providerText(outcome_str(body, 'error'), credential);
        return invalid('revoked', `Hugging Face rejected the token${text ? `: ${text}` : ''}`);
    }
    if (result.status !== 200)
        return unexpected(result);
    const clean = (value) => providerText(value, credential);
    const name = clean(outcome_str(body, 'name'));
    const type = clean(outcome_str(body, 'type'));
    if (!body || !name || !type)
        return unexpected(result, 'a whoami-v2 answer without a name and type');
    const auth = huggingface_object(body.auth);
    const token = huggingface_object(auth?.accessToken);
    const principal = { name, type };
    const id = clean(outcome_str(body, 'id'));
    if (id)
        principal.id = id;
    const authType = clean(outcome_str(auth, 'type'));
    if (authType)
        principal.authType = authType;
    const tokenName = clean(outcome_str(token, 'displayName'));
    if (tokenName)
        principal.tokenName = tokenName;
    const facts = [{ fact: 'principal', value: name, detail: `whoami-v2 name (type ${type})` }];
    // An organization or an OAuth app is not a person; a user account counts as human (SPEC section 3).
    if (type === 'org' || type === 'app')
        facts.push({ fact: 'principalKind', value: 'service', detail: `whoami-v2 type ${type}` });
    else if (type === 'user')
        facts.push({ fact: 'principalKind', value: 'human', detail: 'whoami-v2 type user' });
    const scopes = scopesOf(token, clean);
    if (scopes)
        facts.push({ fact: 'scopes', value: scopes.values, detail: scopes.detail });
    const created = isoDate(outcome_str(token, 'createdAt'));
    if (created)
        facts.push({ fact: 'created', value: created, detail: 'whoami-v2 auth.accessToken.createdAt' });
    const expires = isoDate(outcome_str(token, 'expiration'));
    if (expires)
        facts.push({ fact: 'expires', value: expires, detail: 'whoami-v2 auth.accessToken.expiration' });
    return verified(principal, facts);
}
/**
 * A classic token's role (`read`, `write`, `admin`...) is its one scope. A fine-grained token's scopes
 * are its global permissions plus each scoped permission as `permission@entity-type/entity-name`.
 */
function scopesOf(token, clean) {
    const role = clean(outcome_str(token, 'role'));
    const fine = huggingface_object(token?.fineGrained);
    if (fine) {
        const values = new Set();
        for (const permission of array(fine.global))
            if (clean(permission))
                values.add(clean(permission));
        for (const scoped of array(fine.scoped).map(huggingface_object)) {
            const entity = huggingface_object(scoped?.entity);
            const target = [clean(outcome_str(entity, 'type')), clean(outcome_str(entity, 'name'))].filter(Boolean).join('/');
            for (const permission of array(scoped?.permissions)) {
                if (clean(permission))
                    values.add(target ? `${clean(permission)}@${target}` : clean(permission));
            }
        }
        return { values: [...values].sort(), detail: 'whoami-v2 auth.accessToken.fineGrained' };
    }
    if (role && role !== 'fineGrained')
        return { values: [role], detail: 'whoami-v2 auth.accessToken.role' };
    return undefined;
}
/** A provider date as ISO 8601, or undefined when it is missing or unreadable. */
function isoDate(text) {
    return parseDate(text)?.toISOString();
}
function huggingface_object(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function array(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./src/providers/npm.ts
// npm: registry access tokens, the secret names that point at npm, and whoami. Facts from PROVIDERS.md
// section 12 (docs.npmjs.com/about-access-tokens).


// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const npm_BODY = 'vPHeq7lLuBPMgIytpUs8ZkVhng2UWBqlN8mq';
/** npm registry tokens. Always tied to a user account; no test/live distinction. */
const npm = {
    id: 'npm',
    name: 'npm',
    formats: [
        {
            // Since 2025-11-05 only granular tokens remain; all carry the npm_ prefix.
            type: 'access-token',
            pattern: /^npm_[A-Za-z0-9]{36}$/,
            examples: ['npm_' + npm_BODY],
            counterExamples: ['npm_' + npm_BODY.slice(1), 'npm-' + npm_BODY, 'NPM_' + npm_BODY],
        },
        {
            // Legacy UUID tokens (revoked by npm in November 2025, still found in old secrets).
            type: 'legacy',
            pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
            needsNameHint: true,
            examples: ['2d2e786d-' + 'e29d-4e1d-9abf-b36e992c843e'],
            counterExamples: ['2d2e786d-e29d-4e1d-9abf-b36e992c843', '2d2e786de29d4e1d9abfb36e992c843e'],
        },
    ],
    namePatterns: [namePart('NPM', 'NODE_AUTH_TOKEN', 'NPMJS')],
    endpoints: [{ method: 'GET', baseUrl: 'https://registry.npmjs.org', path: '/-/whoami' }],
    identify: identifyNpm,
};
/**
 * `GET /-/whoami` names the user the token belongs to. npm tokens always act as a user account, so the
 * principal kind is `human` (npm gives no signal for a machine user; a declaration can say service).
 */
async function identifyNpm(credential, context) {
    const result = await context.http.request({
        method: 'GET',
        path: '/-/whoami',
        headers: { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' },
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    if (result.kind !== 'response')
        return unexpected(result);
    const body = jsonObject(result);
    const text = providerText(outcome_str(body, 'error') ?? outcome_str(body, 'message'), credential);
    const said = text ? `: ${text}` : '';
    if (result.status === 200) {
        const username = providerText(outcome_str(body, 'username'), credential);
        if (!username)
            return unexpected(result, 'a whoami answer without a username');
        return verified({ username }, [
            { fact: 'principal', value: username, detail: 'npm whoami username' },
            { fact: 'principalKind', value: 'human', detail: 'an npm user account' },
        ]);
    }
    // npm answers 401 for a token that does not exist or was revoked (legacy tokens were revoked in 2025).
    if (result.status === 401)
        return invalid('revoked', `npm rejected the token${said}`);
    if (result.status === 403) {
        // A valid token used from an address outside its CIDR allowlist (PROVIDERS.md section 12).
        return unknown('insufficient-scope', `npm refused the token from this address (its CIDR allowlist?)${said}`);
    }
    return unexpected(result);
}

;// CONCATENATED MODULE: ./src/providers/openai.ts
// OpenAI: project, service-account, admin and legacy user keys, the secret names that point at OpenAI,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 8.


// NOTE: made-up values, concatenated so that secret scanners do not flag this file. `T3BlbkFJ` is
// base64 for "OpenAI" and sits in the middle of real keys.
const LEFT = 'hFoOXqVnd_iRJ0xN9pSsbeRXdvSgLLsZlHc1DGybK_7TuQTCGpxSksslib';
const RIGHT = 'zQdV4Dw_QRCl1So9nTNZuL5bUHvMnEoAyTICkkhM_8g5rRaSHSvmxzU1yl';
const MARK = 'T3Blbk' + 'FJ';
/** Body after a named prefix: bounded so matching stays linear (TH openai regex, PROVIDERS.md section 8). */
const openai_TAIL = '[A-Za-z0-9_-]{20,400}';
/** OpenAI API keys. No test/live distinction. */
const openai = {
    id: 'openai',
    name: 'OpenAI',
    formats: [
        {
            // A project key may be owned by a user or a service account: only the admin API tells.
            type: 'project',
            pattern: new RegExp(`^sk-proj-${openai_TAIL}$`),
            examples: ['sk-proj-' + LEFT + MARK + RIGHT],
            counterExamples: ['sk-proj-' + 'short', 'sk_proj_' + LEFT, 'sk-proj-' + LEFT + '.'],
        },
        {
            type: 'service-account',
            pattern: new RegExp(`^sk-svcacct-${openai_TAIL}$`),
            principalKind: 'service',
            principalDetail: 'a service-account key (sk-svcacct-)',
            examples: ['sk-svcacct-' + RIGHT + MARK + LEFT],
            counterExamples: ['sk-svcacct-' + 'x', 'sk-svcacct ' + RIGHT],
        },
        {
            type: 'admin',
            pattern: new RegExp(`^sk-admin-${openai_TAIL}$`),
            examples: ['sk-admin-' + LEFT + MARK + RIGHT],
            counterExamples: ['sk-admin-' + 'abc', 'sk-admins' + LEFT],
        },
        {
            // Legacy user keys: sk- + 20 + T3BlbkFJ + 20. Bounded counts keep backtracking constant.
            type: 'legacy',
            pattern: /^sk-[A-Za-z0-9]{20,64}T3BlbkFJ[A-Za-z0-9]{20,64}$/,
            principalKind: 'human',
            principalDetail: 'a legacy user API key (sk-)',
            examples: ['sk-' + '9sINm6fp0D0ZIsjH3wqK' + MARK + 'uU9sINm6fp0D0ZIsjH3w'],
            counterExamples: ['sk-' + 'a99pw2DCHFEaLV7I4ogZjSmeKCjnDmVKt1DAkhBa0gb3', 'sk-' + 'short' + MARK + 'short'],
        },
    ],
    namePatterns: [namePart('OPENAI', 'OPEN_AI')],
    endpoints: [
        // Documented and cheap: proves the key is live.
        { method: 'GET', baseUrl: 'https://api.openai.com', path: '/v1/models' },
        // UNDOCUMENTED (not in openai-openapi): best effort for the user and orgs behind the key.
        { method: 'GET', baseUrl: 'https://api.openai.com', path: '/v1/me', note: 'undocumented; best effort' },
    ],
    identify: identifyOpenAI,
};
/**
 * `GET /v1/models` decides the status. The principal is the organization (and project) OpenAI names in
 * its `openai-organization` / `openai-project` response headers. `/v1/me` is undocumented: it is asked
 * only after the key was accepted, only when declared, and whatever it answers never changes the status.
 * Principal kind: only the key prefix says it (offline); the answers here do not.
 */
async function identifyOpenAI(credential, context) {
    const headers = { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' };
    const result = await context.http.request({ method: 'GET', path: '/v1/models', headers });
    const common = commonOutcome(result);
    if (common)
        return common;
    if (result.kind !== 'response')
        return unexpected(result);
    const body = jsonObject(result);
    const error = errorOf(body);
    const code = outcome_str(error, 'code');
    // OpenAI quotes a masked key (`sk-proj-****…MxYA`); even its last characters are left out.
    const text = providerText(outcome_str(error, 'message'), credential).replace(/sk-[A-Za-z0-9_*\u2026-]{4,}/g, 'sk-…');
    const said = text ? `: ${text}` : '';
    if (result.status === 200) {
        if (!body || !Array.isArray(body.data))
            return unexpected(result, 'a /v1/models answer without a model list');
        const organization = providerText(result.headers['openai-organization'], credential);
        const project = providerText(result.headers['openai-project'], credential);
        const principal = {};
        const facts = [];
        if (organization) {
            principal.organization = organization;
            facts.push({ fact: 'principal', value: organization, detail: 'openai-organization response header' });
        }
        if (project)
            principal.project = project;
        if (declares('/v1/me'))
            Object.assign(principal, await aboutMe(credential, context).catch(() => ({})));
        const none = organization ? undefined : 'OpenAI accepted the key but named no organization';
        return verified(Object.keys(principal).length > 0 ? principal : undefined, facts, none);
    }
    if (result.status === 401 && code === 'invalid_api_key')
        return invalid('revoked', `OpenAI rejected the key${said}`);
    if (result.status === 401 && code === 'account_deactivated') {
        return invalid('user-inactive', `the OpenAI account behind the key is deactivated${said}`);
    }
    if (result.status === 401 && error && /missing scopes|insufficient permissions/i.test(outcome_str(error, 'message') ?? '')) {
        // A restricted key without the models permission: OpenAI authenticated it, then refused the call.
        return verified(undefined, [], `OpenAI accepted the key, but it is restricted and may not list models${said}`);
    }
    if (result.status === 429 && code === 'insufficient_quota') {
        // Not rate limiting: the key works, its organization has no quota or credit left. (Today the HTTP
        // client turns every 429 into `rate-limited` before this adapter sees it; kept for when it does not.)
        return verified(undefined, [], `OpenAI accepted the key, but its organization has no quota left${said}`);
    }
    if (result.status === 403 && code === 'unsupported_country_region_territory') {
        return unknown('unexpected-response', `OpenAI refuses requests from this runner's region; the key was not judged${said}`);
    }
    if (result.status === 401 || result.status === 403) {
        return unknown('unexpected-response', `OpenAI refused the request (HTTP ${result.status}${code ? ` ${code}` : ''})${said}`);
    }
    return unexpected(result);
}
/** Best effort, undocumented: the user and default organization behind the key. Never fails the check. */
async function aboutMe(credential, context) {
    const headers = { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' };
    const result = await context.http.request({ method: 'GET', path: '/v1/me', headers });
    if (result.kind !== 'response' || result.status !== 200)
        return {};
    const me = jsonObject(result);
    const about = {};
    const user = providerText(outcome_str(me, 'email') ?? outcome_str(me, 'id'), credential);
    if (user)
        about.user = user;
    const orgs = me?.orgs?.data;
    if (Array.isArray(orgs)) {
        const names = orgs
            .map((org) => providerText(outcome_str(org, 'name') ?? outcome_str(org, 'id'), credential))
            .filter((name) => name !== '');
        if (names.length > 0)
            about.organizations = names.slice(0, 20).join(', ');
    }
    return about;
}
function declares(path) {
    return openai.endpoints.some((endpoint) => endpoint.method === 'GET' && endpoint.path === path);
}
/** OpenAI's error envelope: `{"error": {"message", "type", "code"}}`. */
function errorOf(body) {
    const error = body?.error;
    return error !== null && typeof error === 'object' && !Array.isArray(error)
        ? error
        : undefined;
}

;// CONCATENATED MODULE: ./src/providers/sendgrid.ts
// SendGrid (Twilio SendGrid): the `SG.` API key, the secret names that point at SendGrid, and the
// calls a smoke check makes. Facts from PROVIDERS.md section 10.


// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID = 'tk5APAg81ZTf-YY2aTbqeP';
const sendgrid_SECRET = 'HlPFGqSOjDIzZ6VIsWSKosBQ8or9tLwQax5m1tEJ3lw';
/** SendGrid API keys: `SG.` + 22 + `.` + 43 (TH allows 20–24 and 39–50). No test/live distinction. */
const sendgrid = {
    id: 'sendgrid',
    name: 'SendGrid',
    formats: [
        {
            type: 'api-key',
            pattern: /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/,
            examples: ['SG.' + ID + '.' + sendgrid_SECRET],
            counterExamples: ['SG.' + ID + sendgrid_SECRET, 'sg.' + ID + '.' + sendgrid_SECRET, 'SG.' + ID + '.' + sendgrid_SECRET.slice(0, 30)],
        },
    ],
    namePatterns: [namePart('SENDGRID', 'SEND_GRID')],
    endpoints: [
        // Every scope of the calling key; needs none.
        { method: 'GET', baseUrl: 'https://api.sendgrid.com', path: '/v3/scopes' },
        // The account behind it; 403 without a user.* read scope.
        { method: 'GET', baseUrl: 'https://api.sendgrid.com', path: '/v3/user/username' },
    ],
    identify: identifySendGrid,
};
/**
 * `GET /v3/scopes` proves the key and lists its scopes (it needs none); `GET /v3/user/username` names
 * the account (`principal` fact: the username). A key without a `user.*` read scope gets 403 there: it
 * is accepted with its scopes only. A failure of the second call that says nothing about the key
 * (timeout, 5xx, rate limit) leaves the result inconclusive, since the principal is then unknown.
 * SendGrid keys are API keys of an account, never a person's login, so they are service principals.
 */
async function identifySendGrid(credential, context) {
    const headers = {
        // SECURITY: the key goes only in this header, to the SendGrid base URL the client is bound to.
        authorization: `Bearer ${credential.value.reveal()}`,
        'user-agent': 'keybound',
    };
    const first = await context.http.request({ method: 'GET', path: '/v3/scopes', headers });
    const common = commonOutcome(first);
    if (common)
        return common;
    const scopesResponse = first;
    const refused = sendgrid_refusal(scopesResponse);
    if (refused)
        return refused;
    if (scopesResponse.status !== 200) {
        return unexpected(scopesResponse, 'SendGrid answered GET /v3/scopes with a status it does not document');
    }
    const list = jsonObject(scopesResponse)?.scopes;
    if (!Array.isArray(list) || !list.every((scope) => typeof scope === 'string')) {
        return unexpected(scopesResponse, 'SendGrid answered GET /v3/scopes without a list of scopes');
    }
    const scopes = list.map((scope) => providerText(scope, credential)).filter((scope) => scope.length > 0);
    const facts = [
        { fact: 'scopes', value: scopes, detail: 'SendGrid GET /v3/scopes' },
        { fact: 'principalKind', value: 'service', detail: 'a SendGrid API key (account-level, not a login)' },
    ];
    const second = await context.http.request({ method: 'GET', path: '/v3/user/username', headers });
    const failed = commonOutcome(second);
    if (failed)
        return failed;
    const userResponse = second;
    if (userResponse.status === 403) {
        return verified({}, facts, 'the key may not read the username (no user.* read scope); who it belongs to is unknown');
    }
    const revoked = sendgrid_refusal(userResponse);
    if (revoked)
        return revoked;
    const body = userResponse.status === 200 ? jsonObject(userResponse) : undefined;
    const username = providerText(outcome_str(body, 'username'), credential);
    if (!username)
        return unexpected(userResponse, 'SendGrid answered GET /v3/user/username without a username');
    const principal = { username };
    if (typeof body?.user_id === 'number' || typeof body?.user_id === 'string') {
        principal.user_id = typeof body.user_id === 'number' ? body.user_id : providerText(body.user_id, credential);
    }
    facts.unshift({ fact: 'principal', value: username, detail: 'SendGrid GET /v3/user/username username' });
    return verified(principal, facts);
}
/** 401 with SendGrid's JSON errors: the key is invalid, expired or revoked (SendGrid does not say which). */
function sendgrid_refusal(response) {
    if (response.status !== 401)
        return undefined;
    if (!jsonObject(response))
        return unexpected(response, 'SendGrid answered 401 without its JSON errors');
    return invalid('revoked', 'SendGrid does not accept this key (invalid, expired or revoked)');
}

;// CONCATENATED MODULE: ./src/providers/slack.ts
// Slack: token formats by prefix (bot, user, app-level, configuration, refresh, legacy workspace app),
// the secret names that point at Slack, and auth.test. Facts from PROVIDERS.md section 7.


// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const TEAM = '2718281828';
const USER = '3141592653';
/** Body after the numeric ids: letters, digits and `-`, bounded so matching stays linear. */
const REST = '[A-Za-z0-9-]{16,255}';
/** Slack: bot, user, app-level and configuration tokens. */
const slack = {
    id: 'slack',
    name: 'Slack',
    formats: [
        {
            type: 'bot',
            pattern: new RegExp(`^xoxb-[0-9]{8,16}-${REST}$`),
            principalKind: 'service',
            principalDetail: 'a bot token (xoxb-)',
            examples: ['xoxb-' + TEAM + '-' + USER + '-kjkz2w51QfGsiRoZeaHVzYwY'],
            counterExamples: [
                'xoxb-' + TEAM,
                'xoxb-team-' + USER + '-kjkz2w51QfGsiRoZeaHVzYwY',
                'xoxb_' + TEAM + '-' + USER + '-kjkz2w51QfGsiRoZ',
            ],
        },
        {
            type: 'user',
            pattern: new RegExp(`^xoxp-[0-9]{8,16}-${REST}$`),
            principalKind: 'human',
            principalDetail: 'a user account token (xoxp-)',
            examples: ['xoxp-' + TEAM + '-' + USER + '-1618033988-b36e992c843ea22c76edc6c5003d133a'],
            counterExamples: ['xoxp-' + TEAM + '-short', 'xoxp-' + TEAM + '-' + USER + '-1618033988 b36e992c843e'],
        },
        {
            // App-level tokens belong to the app itself, not to a user (Socket Mode, apps.connections.open).
            type: 'app',
            pattern: new RegExp(`^xapp-[0-9]-${REST}$`),
            principalKind: 'service',
            principalDetail: 'an app-level token (xapp-)',
            examples: ['xapp-1-A0123456789-' + USER + '-f957135b01cc80a8a3e27daebda533c5'],
            counterExamples: ['xapp-A0123456789-' + USER, 'xapp-1-short'],
        },
        {
            // Configuration tokens manage apps for the user who made them.
            type: 'configuration',
            pattern: new RegExp(`^xoxe\\.xoxp-[0-9]-${REST}$`),
            principalKind: 'human',
            principalDetail: 'a user configuration token (xoxe.xoxp-)',
            examples: ['xoxe.xoxp-' + '1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw'],
            counterExamples: ['xoxe-xoxp-' + '1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw', 'xoxe.xoxp-' + '1-x'],
        },
        {
            // SECURITY: a refresh token under token rotation; redeeming or sending it has effects.
            type: 'refresh-token',
            pattern: new RegExp(`^xoxe-[0-9]-${REST}$`),
            neverSend: true,
            examples: ['xoxe-' + '1-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4'],
            counterExamples: ['xoxe-' + 'x-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4'],
        },
        {
            // Legacy workspace-app tokens (xoxa- access, xoxr- refresh), still seen in old secrets.
            type: 'workspace-app',
            pattern: new RegExp(`^xoxa-[0-9]-${REST}$`),
            examples: ['xoxa-' + '2-' + TEAM + '-' + USER + '-3975fc2bb2591602389e3cfa2e0d23a9'],
            counterExamples: ['xoxa-' + TEAM],
        },
        {
            type: 'workspace-refresh-token',
            pattern: new RegExp(`^xoxr-${REST}$`),
            neverSend: true,
            examples: ['xoxr-' + TEAM + '-' + USER + '-3975fc2bb2591602389e3cfa2e0d23a9'],
            counterExamples: ['xoxr-' + 'tiny'],
        },
    ],
    namePatterns: [namePart('SLACK')],
    endpoints: [
        {
            method: 'POST',
            baseUrl: 'https://slack.com',
            path: '/api/auth.test',
            note: 'auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)',
        },
    ],
    identify: identifySlack,
};
/**
 * `auth.test` errors (HTTP 200, `ok: false`) that decide the key, by Slack's error code. Codes, never
 * message text, are matched (PROVIDERS.md). Anything else is inconclusive and named by its code.
 */
const REFUSALS = {
    invalid_auth: () => invalid('revoked', 'Slack does not accept this token (invalid_auth: revoked or never valid)'),
    not_authed: () => invalid('revoked', 'Slack says no token was given (not_authed)'),
    token_revoked: () => invalid('revoked', 'Slack says this token was revoked (token_revoked: the user or workspace was deleted, or the app removed)'),
    // The failure keybound exists for: "Invalid User Associated With This Key".
    account_inactive: () => invalid('user-inactive', 'the user associated with this key is deactivated (Slack account_inactive: the user or workspace behind the token was deleted or deactivated)'),
    token_expired: () => invalid('expired', 'Slack says this token has expired (token_expired: token rotation)'),
    ratelimited: () => unknown('rate-limited', 'Slack rate-limited the check (ratelimited)'),
    // auth.test needs no scope (PROVIDERS.md), so this is undocumented: the key may be fine, but who it
    // belongs to is not known.
    missing_scope: () => unknown('insufficient-scope', 'Slack answered missing_scope to auth.test, which needs no scope; who the key belongs to is unknown'),
};
/**
 * `POST /api/auth.test`: who the token acts as. Slack answers HTTP 200 for errors too, so `ok` and
 * `error` decide. The `principal` fact is `TEAM_ID/USER_ID` (`T0123/U0456`), so owners may declare one
 * user of one workspace (`T0123/U0456`) or any user of a workspace (`T0123/*`); the `account` fact is the
 * team id. For a bot token the user is the bot user.
 */
async function identifySlack(credential, context) {
    const result = await context.http.request({
        method: 'POST',
        path: '/api/auth.test',
        headers: {
            // SECURITY: the token goes only in this header, to the Slack base URL the client is bound to.
            authorization: `Bearer ${credential.value.reveal()}`,
            'content-type': 'application/x-www-form-urlencoded',
            'user-agent': 'keybound',
        },
        body: '',
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    const response = result;
    if (response.status !== 200)
        return unexpected(response, 'Slack answered auth.test with a status other than 200');
    const body = jsonObject(response);
    if (!body || typeof body.ok !== 'boolean') {
        return unexpected(response, 'Slack answered auth.test with something other than its JSON result');
    }
    if (!body.ok)
        return slack_refusal(body, response, credential);
    return identity(body, response, credential, context.now);
}
function slack_refusal(body, response, credential) {
    const raw = outcome_str(body, 'error');
    const code = raw !== undefined && /^[a-z0-9_]{1,64}$/.test(raw) ? raw : undefined;
    const decided = code !== undefined && Object.hasOwn(REFUSALS, code) ? REFUSALS[code] : undefined;
    if (decided)
        return decided();
    const said = raw === undefined ? 'no error code' : `error ${providerText(code ?? raw, credential) || 'unreadable'}`;
    return unexpected(response, `Slack refused auth.test with an error keybound does not know (${said})`);
}
function identity(body, response, credential, now) {
    const text = (field) => {
        const value = outcome_str(body, field);
        return value === undefined ? undefined : providerText(value, credential) || undefined;
    };
    const teamId = text('team_id');
    const userId = text('user_id');
    if (!teamId || !userId)
        return unexpected(response, 'Slack answered auth.test ok without a team_id and user_id');
    const principal = { team_id: teamId, user_id: userId };
    for (const field of ['user', 'team', 'url', 'bot_id', 'app_id', 'enterprise_id']) {
        const value = text(field);
        if (value !== undefined)
            principal[field] = value;
    }
    const botId = principal.bot_id;
    const facts = [
        { fact: 'principal', value: `${teamId}/${userId}`, detail: 'Slack auth.test team_id/user_id' },
        { fact: 'account', value: teamId, detail: 'Slack auth.test team_id (workspace)' },
        botId !== undefined
            ? { fact: 'principalKind', value: 'service', detail: 'a Slack bot user (auth.test bot_id)' }
            : credential.format.principalKind === 'service'
                ? {
                    fact: 'principalKind',
                    value: 'service',
                    detail: `${credential.format.principalDetail ?? 'an app token'}, accepted by Slack`,
                }
                : { fact: 'principalKind', value: 'human', detail: 'a Slack user (auth.test gave no bot_id)' },
    ];
    const header = response.headers['x-oauth-scopes'];
    if (header !== undefined) {
        const scopes = header
            .split(',')
            .map((scope) => providerText(scope, credential))
            .filter((scope) => scope.length > 0);
        facts.push({ fact: 'scopes', value: scopes, detail: 'Slack x-oauth-scopes header' });
    }
    // Rotating tokens say how long they live (seconds).
    if (typeof body.expires_in === 'number' && Number.isFinite(body.expires_in) && body.expires_in > 0) {
        const expires = new Date(now.getTime() + Math.floor(body.expires_in) * 1000);
        if (!Number.isNaN(expires.getTime())) {
            facts.push({
                fact: 'expires',
                value: expires.toISOString(),
                detail: 'Slack auth.test expires_in (token rotation)',
            });
        }
    }
    return verified(principal, facts);
}

;// CONCATENATED MODULE: ./src/providers/stripe.ts
// Stripe: secret, restricted and publishable keys in live and test mode, the secret names that point at
// Stripe, and the account calls a smoke check makes. Facts from PROVIDERS.md section 6 (docs.stripe.com/keys).


// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const stripe_BODY = '51Hx' + 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
/**
 * One key format per (type, mode): the `_live_`/`_test_` marker in the prefix is authoritative for the
 * mode. Stripe keys belong to the account, so no principal kind is implied.
 */
function format(prefix, type, mode) {
    const head = `${prefix}_${mode}_`;
    return {
        type,
        pattern: new RegExp(`^${head}[A-Za-z0-9]{20,247}$`),
        mode,
        examples: [head + stripe_BODY],
        counterExamples: [head + 'tooShort', `${prefix}_${mode === 'live' ? 'prod' : 'dev'}_` + stripe_BODY, head + stripe_BODY + '_x'],
    };
}
/** Stripe: `sk_` secret, `rk_` restricted and `pk_` publishable (not secret) keys. */
const stripe = {
    id: 'stripe',
    name: 'Stripe',
    formats: [
        format('sk', 'secret', 'live'),
        format('sk', 'secret', 'test'),
        format('rk', 'restricted', 'live'),
        format('rk', 'restricted', 'test'),
        format('pk', 'publishable', 'live'),
        format('pk', 'publishable', 'test'),
    ],
    namePatterns: [namePart('STRIPE')],
    endpoints: [
        // The account id (acct_…); a restricted key may get 403 that still names the account.
        { method: 'GET', baseUrl: 'https://api.stripe.com', path: '/v1/account' },
        // The Account object has no `livemode`; the balance does.
        { method: 'GET', baseUrl: 'https://api.stripe.com', path: '/v1/balance' },
    ],
    identify: identifyStripe,
};
/** An account id as Stripe writes it; bounded so matching stays linear. */
const stripe_ACCOUNT_ID = /\bacct_[A-Za-z0-9]{1,64}\b/;
/**
 * `GET /v1/account` names the account (`acct_…`, the `principal` and `account` facts), then
 * `GET /v1/balance` reads `livemode` (the `keyEnvironment` fact, `live`/`test`). A restricted key that
 * may not read the account gets 403 `permission_error` although it is valid (PROVIDERS.md): it is
 * accepted with what is known, the account id when the error names one. Stripe keys belong to an
 * account, never to a person, so an accepted key is recorded as a service principal.
 */
async function identifyStripe(credential, context) {
    if (credential.format.type === 'publishable') {
        // Publishable keys are public by design and can read neither the account nor the balance.
        return {
            status: 'skipped',
            reason: 'unsupported',
            message: 'a publishable key is public and names no account; it was not sent',
            facts: [],
        };
    }
    const headers = {
        // SECURITY: the key goes only in this header, to the Stripe base URL the client is bound to.
        authorization: `Bearer ${credential.value.reveal()}`,
        'user-agent': 'keybound',
    };
    const result = await context.http.request({ method: 'GET', path: '/v1/account', headers });
    const common = commonOutcome(result);
    if (common)
        return common;
    const response = result;
    const body = jsonObject(response);
    if (response.status === 401)
        return body ? stripe_refusal(body, credential) : unexpected(response, 'Stripe answered 401 without its JSON error');
    if (response.status === 403)
        return restricted(body, response, credential, context, headers);
    if (response.status !== 200)
        return unexpected(response, 'Stripe answered GET /v1/account with a status it does not document');
    const id = providerText(outcome_str(body, 'id'), credential);
    if (!body || !/^acct_[A-Za-z0-9]+$/.test(id))
        return unexpected(response, 'Stripe answered GET /v1/account without an acct_ id');
    const principal = { id };
    for (const field of ['type', 'country', 'business_type']) {
        const value = providerText(outcome_str(body, field), credential);
        if (value)
            principal[field] = value;
    }
    const profile = body.business_profile;
    const name = providerText(outcome_str(profile !== null && typeof profile === 'object' ? profile : undefined, 'name'), credential);
    if (name)
        principal.business_name = name;
    for (const field of ['charges_enabled', 'payouts_enabled']) {
        if (typeof body[field] === 'boolean')
            principal[field] = body[field];
    }
    return withMode(principal, accountFacts(id, 'Stripe GET /v1/account id'), context, headers);
}
/** A 401: the key is not accepted. `api_key_expired` is the one code that says more. */
function stripe_refusal(body, credential) {
    const error = body.error !== null && typeof body.error === 'object' ? body.error : undefined;
    const code = outcome_str(error, 'code');
    if (code === 'api_key_expired')
        return invalid('expired', 'Stripe says this key has expired (api_key_expired)');
    const said = code !== undefined && /^[a-z0-9_]{1,64}$/.test(code) ? ` (${providerText(code, credential)})` : '';
    return invalid('revoked', `Stripe does not accept this key: deleted, rolled or never valid${said}`);
}
/** A 403: a valid key without permission to read the account (restricted keys), else inconclusive. */
async function restricted(body, response, credential, context, headers) {
    const error = body?.error !== null && typeof body?.error === 'object' ? body.error : undefined;
    if (outcome_str(error, 'type') !== 'permission_error') {
        return unexpected(response, 'Stripe answered GET /v1/account with 403 but no permission_error');
    }
    // The message names the account ("... on account 'acct_…'"); read opportunistically, never required.
    const account = stripe_ACCOUNT_ID.exec(providerText(outcome_str(error, 'message'), credential))?.[0];
    const facts = account ? accountFacts(account, 'Stripe permission_error on GET /v1/account names the account') : [];
    if (!account)
        facts.push(SERVICE);
    const note = account
        ? 'the key may not read the account (restricted key); the account id comes from the permission error'
        : 'the key may not read the account (restricted key); which account it belongs to is unknown';
    return withMode(account ? { id: account } : {}, facts, context, headers, note);
}
const SERVICE = {
    fact: 'principalKind',
    value: 'service',
    detail: 'Stripe keys belong to an account, not to a person',
};
function accountFacts(id, detail) {
    return [{ fact: 'principal', value: id, detail }, { fact: 'account', value: id, detail }, SERVICE];
}
/**
 * Adds the server's `livemode` from `GET /v1/balance`. The key prefix already says live or test
 * (recorded offline), so a balance that cannot be read leaves the key accepted, with a note.
 */
async function withMode(principal, facts, context, headers, note) {
    const notes = note ? [note] : [];
    const result = await context.http.request({ method: 'GET', path: '/v1/balance', headers });
    const body = result.kind === 'response' && result.status === 200 ? jsonObject(result) : undefined;
    if (typeof body?.livemode === 'boolean') {
        facts.push({
            fact: 'keyEnvironment',
            value: body.livemode ? 'live' : 'test',
            detail: 'Stripe GET /v1/balance livemode',
        });
        principal.livemode = body.livemode;
    }
    else {
        const why = result.kind === 'response' ? `HTTP ${result.status}` : result.reason;
        notes.push(`livemode could not be read from GET /v1/balance (${why}); the key prefix gives the mode`);
    }
    return verified(principal, facts, notes.length > 0 ? notes.join('; ') : undefined);
}

;// CONCATENATED MODULE: ./src/providers/twilio.ts
// Twilio: Account SID + Auth Token and API Key SID + secret, the secret names that point at Twilio,
// and the account call a smoke check makes. Facts from PROVIDERS.md section 11.


// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const HEX = 'f957135b01cc80a8a3e27daebda533c5';
/**
 * Twilio credentials work in pairs (SID + secret, HTTP Basic). The SIDs carry a prefix; the secrets are
 * bare 32-character strings, so they count only beside a Twilio name. Test credentials have no marker.
 */
const twilio = {
    id: 'twilio',
    name: 'Twilio',
    formats: [
        {
            type: 'account-sid',
            pattern: /^AC[0-9a-f]{32}$/,
            examples: ['AC' + HEX],
            counterExamples: ['AC' + HEX.slice(2), 'AC' + HEX.toUpperCase().replace(/[0-9]/g, 'Z')],
        },
        {
            type: 'api-key-sid',
            pattern: /^SK[0-9a-fA-F]{32}$/,
            examples: ['SK' + HEX],
            counterExamples: ['SK' + HEX + '0', 'SK' + HEX.replace('f', 'g')],
        },
        {
            // Listed before api-key-secret: an all-lowercase-hex secret is most likely an auth token.
            type: 'auth-token',
            pattern: /^[0-9a-f]{32}$/,
            needsNameHint: true,
            examples: ['3975fc2bb2591602389e3cfa2e0d23a9'],
            counterExamples: ['3975fc2bb2591602389e3cfa2e0d23a', '3975fc2bb2591602389e3cfa2e0d23a9-'],
        },
        {
            type: 'api-key-secret',
            pattern: /^[A-Za-z0-9]{32}$/,
            needsNameHint: true,
            examples: ['grRYP5kcOY8E5kddZNMPlCBXDHKzkYYU'],
            counterExamples: ['grRYP5kcOY8E5kddZNMPlCBXDHKzkYY_', 'grRYP5kcOY8E5kddZNMPlCBXDHKzkYYUx'],
        },
    ],
    namePatterns: [namePart('TWILIO')],
    endpoints: [
        {
            method: 'GET',
            baseUrl: 'https://api.twilio.com',
            path: '/2010-04-01/Accounts/{AccountSid}.json',
            // SECURITY: the Account object carries the account's auth_token; redact it before anything logs.
            note: 'HTTP Basic SID:secret; the response body contains auth_token, which must be redacted',
        },
    ],
    identify: identifyTwilio,
};
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
const twilio_SECRET = /^[A-Za-z0-9]{32}$/;
/** Test credentials may not read the account: 403 with this code (PROVIDERS.md section 11). */
const TEST_CREDENTIALS = 20008;
/** A restricted API key authenticated but lacks the permission. */
const NO_PERMISSION = 70051;
/**
 * Twilio credentials work in pairs, so the check needs the key's companions (Credential.companions):
 *
 * | the key's value          | companions needed            | HTTP Basic user:password |
 * |--------------------------|------------------------------|--------------------------|
 * | auth token               | `accountSid`                 | accountSid:authToken     |
 * | API key secret           | `apiKeySid`, `accountSid`    | apiKeySid:secret         |
 * | Account SID              | `authToken`                  | accountSid:authToken     |
 * | API key SID              | `apiKeySecret`, `accountSid` | apiKeySid:secret         |
 *
 * ENGINE: key building gives companions only to AWS today. For Twilio it must pair `…TWILIO_AUTH_TOKEN`
 * with `…TWILIO_ACCOUNT_SID` of the same prefix (role `accountSid`), and `…TWILIO_API_SECRET` /
 * `…TWILIO_API_KEY_SECRET` with `…TWILIO_API_KEY` / `…TWILIO_API_KEY_SID` (role `apiKeySid`) and the
 * account SID. Until then a secret checks as `unknown` (`no-value`) and a SID alone as `skipped`.
 *
 * `GET /2010-04-01/Accounts/{AccountSid}.json` answers with the Account object, whose `auth_token` is
 * dropped before anything else reads the body. The `principal` and `account` facts are the Account SID;
 * `status` suspended or closed makes the key invalid (`user-inactive`); `type` (Trial or Full) is a
 * property of the account, not of the key or its mode, so it is kept in the principal and the fact
 * detail only. Twilio keys belong to an account, never to a person: a service principal.
 */
async function identifyTwilio(credential, context) {
    const pair = pairOf(credential);
    if ('status' in pair)
        return pair;
    const { user, secret, accountSid, apiKey } = pair;
    const basic = Buffer.from(`${user.reveal()}:${secret.reveal()}`, 'utf8').toString('base64');
    const result = await context.http.request({
        method: 'GET',
        path: `/2010-04-01/Accounts/${accountSid.reveal()}.json`,
        // SECURITY: the pair goes only in this header, to the Twilio base URL the client is bound to.
        headers: { authorization: `Basic ${basic}`, accept: 'application/json', 'user-agent': 'keybound' },
    });
    const common = commonOutcome(result);
    if (common)
        return common;
    const response = result;
    const parsed = jsonObject(response);
    // SECURITY: the Account object carries the account's auth_token; drop it before anything reads the body.
    const { auth_token: _authToken, ...body } = parsed ?? {};
    if (!parsed)
        return unexpected(response, 'Twilio answered with something other than a JSON object');
    if (response.status === 200)
        return account(body, response, credential, accountSid);
    const code = typeof body.code === 'number' ? body.code : undefined;
    if (response.status === 401) {
        if (apiKey) {
            // Standard API keys may not read /Accounts at all, so a valid Standard key and a revoked key
            // look the same here (PROVIDERS.md section 11).
            return unknown('unexpected-response', `Twilio answered 401${code ? ` (code ${code})` : ''} to an API key: a revoked key and a valid Standard key (which may not read the account) look the same`);
        }
        return invalid('revoked', `Twilio does not accept this Account SID and auth token${code ? ` (code ${code})` : ''}: wrong, rotated, or the account is suspended or closed`);
    }
    if (response.status === 403 && code === TEST_CREDENTIALS) {
        return verified({ sid: accountSid.reveal() }, [
            { fact: 'keyEnvironment', value: 'test', detail: 'Twilio test credentials (403, code 20008)' },
            twilio_SERVICE,
        ]);
    }
    if (response.status === 403 && code === NO_PERMISSION) {
        return verified({}, [twilio_SERVICE], 'the key may not read the account (code 70051, a restricted key); the account is unknown');
    }
    return unexpected(response, 'Twilio answered GET Accounts/{Sid}.json with a status it does not document');
}
const twilio_SERVICE = {
    fact: 'principalKind',
    value: 'service',
    detail: 'Twilio credentials belong to an account, not to a person',
};
/** The Basic user, secret and Account SID for this key, from its value and companions (checked formats). */
function pairOf(credential) {
    const { value, companions, format } = credential;
    const missing = (role, names) => unknown('no-value', `${credential.name} is checked with its ${names} (companion ${role}), which was not given; nothing was sent`);
    const bad = (role) => unknown('no-value', `the companion ${role} of ${credential.name} is not well-formed; nothing was sent`);
    const accountSid = companions.accountSid;
    if (accountSid && !ACCOUNT_SID.test(accountSid.reveal()))
        return bad('accountSid');
    if (format.type === 'account-sid' || format.type === 'api-key-sid') {
        const isKey = format.type === 'api-key-sid';
        const secret = isKey ? companions.apiKeySecret : companions.authToken;
        if (!secret) {
            const what = isKey ? 'an API key SID' : 'an Account SID';
            return {
                status: 'skipped',
                reason: 'unsupported',
                message: `${what} identifies, it does not authenticate: it is checked with its secret, which was not given`,
                facts: [],
            };
        }
        if (!twilio_SECRET.test(secret.reveal()))
            return bad(isKey ? 'apiKeySecret' : 'authToken');
        if (!isKey)
            return { user: value, secret, accountSid: value, apiKey: false };
        if (!accountSid)
            return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
        return { user: value, secret, accountSid, apiKey: true };
    }
    // The value is a secret: an auth token, or an API key secret (which may be all lowercase hex too).
    const keySid = companions.apiKeySid;
    if (keySid && !API_KEY_SID.test(keySid.reveal()))
        return bad('apiKeySid');
    if (!keySid && format.type === 'api-key-secret')
        return missing('apiKeySid', 'API key SID (TWILIO_API_KEY)');
    if (!accountSid)
        return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
    return { user: keySid ?? accountSid, secret: value, accountSid, apiKey: keySid !== undefined };
}
/** The Account object (auth_token already dropped). */
function account(body, response, credential, requested) {
    // SIDs are identifiers, checked by their format rather than passed through providerText: the Account
    // SID is one of the credential's own companions, which providerText would redact.
    const sid = outcome_str(body, 'sid');
    if (sid === undefined || !ACCOUNT_SID.test(sid) || sid !== requested.reveal()) {
        return unexpected(response, 'Twilio answered with an Account object for another SID or none');
    }
    const principal = { sid };
    for (const field of ['friendly_name', 'status', 'type']) {
        const value = providerText(outcome_str(body, field), credential);
        if (value)
            principal[field] = value;
    }
    const owner = outcome_str(body, 'owner_account_sid');
    if (owner !== undefined && ACCOUNT_SID.test(owner))
        principal.owner_account_sid = owner;
    const status = principal.status;
    if (status === 'suspended' || status === 'closed') {
        return invalid('user-inactive', `the account associated with this key is ${status} at Twilio (${sid})`);
    }
    if (status !== 'active')
        return unexpected(response, 'Twilio answered with an account status it does not document');
    const type = typeof principal.type === 'string' ? ` (${principal.type})` : '';
    const detail = `Twilio account SID${type}`;
    return verified(principal, [
        { fact: 'principal', value: sid, detail },
        { fact: 'account', value: sid, detail },
        twilio_SERVICE,
    ]);
}

;// CONCATENATED MODULE: ./src/providers/index.ts
// The provider registry: every provider's data, sorted by id, and offline classification of a secret
// value (which provider, which key type) from its documented prefix or, for bare formats, its name.














/** Every provider, sorted by id. */
const PROVIDERS = [
    anthropic,
    aws,
    cloudflare,
    datadog,
    gcp,
    github,
    gitlab,
    huggingface,
    npm,
    openai,
    sendgrid,
    slack,
    stripe,
    twilio,
];
/** Longest single-line token considered (the longest documented formats are about 400 characters). */
const MAX_TOKEN_LENGTH = 1024;
/** The provider with this id, if any. */
function providerById(id) {
    return PROVIDERS.find((provider) => provider.id === id);
}
/** Providers whose name patterns match `name`, the one named earliest in the name first. */
function providersForName(name) {
    const hits = [];
    for (const provider of PROVIDERS) {
        let index = Infinity;
        for (const pattern of provider.namePatterns) {
            const match = pattern.exec(name);
            if (match !== null)
                index = Math.min(index, match.index);
        }
        if (index !== Infinity)
            hits.push({ provider, index });
    }
    return hits.sort((a, b) => a.index - b.index).map((hit) => hit.provider);
}
const prefixes = new WeakMap();
/**
 * The literal prefix a format's pattern starts with (`sk_test_`, `AKIA`, `SG.`), or '' for formats with
 * no prefix. Derived from the pattern, never from a value, so it is safe to print as evidence.
 */
function formatPrefix(format) {
    const cached = prefixes.get(format);
    if (cached !== undefined)
        return cached;
    const source = format.pattern.source;
    let prefix = '';
    for (let i = 1; source.startsWith('^') && i < source.length; i++) {
        const char = source[i];
        if (char === '\\' && /[^A-Za-z0-9]/.test(source[i + 1] ?? 'a')) {
            prefix += source[++i];
        }
        else if (/[A-Za-z0-9_-]/.test(char)) {
            prefix += char;
        }
        else {
            // A quantifier makes the character before it optional or repeated: not part of the prefix.
            if (/[?*+{]/.test(char))
                prefix = prefix.slice(0, -1);
            break;
        }
    }
    prefixes.set(format, prefix);
    return prefix;
}
/** True when `value` looks like a JSON object: only such values may span lines (GCP key files). */
function isJsonDocument(value) {
    return /^\s*\{/.test(value);
}
/**
 * The provider and key format of a secret value, most specific first: a prefixed format beats a bare
 * one and a longer prefix beats a shorter one. Formats with `needsNameHint` count only when `name`
 * matches that provider's name patterns. A value with whitespace, CR/LF or NUL never matches, except a
 * JSON credential document.
 */
function detectFormat(value, name) {
    if (value.length === 0)
        return undefined;
    if (isJsonDocument(value)) {
        const format = gcpDocumentFormat(value);
        return format === undefined ? undefined : { provider: gcp, format };
    }
    // SECURITY: whitespace or control characters mean a malformed or concatenated value; never guess.
    if (value.length > MAX_TOKEN_LENGTH || /[\s\u0000-\u001f\u007f]/.test(value))
        return undefined;
    const hinted = name === undefined ? [] : providersForName(name);
    let best;
    const consider = (provider, format) => {
        if (!format.pattern.test(value))
            return;
        // Prefixed formats outrank bare ones; then the longer prefix wins; ties keep the first seen.
        const rank = (format.needsNameHint ? 0 : 1000) + formatPrefix(format).length;
        if (best === undefined || rank > best.rank)
            best = { match: { provider, format }, rank };
    };
    for (const provider of PROVIDERS) {
        for (const format of provider.formats)
            if (!format.needsNameHint)
                consider(provider, format);
    }
    for (const provider of hinted) {
        for (const format of provider.formats)
            if (format.needsNameHint)
                consider(provider, format);
    }
    return best?.match;
}

;// CONCATENATED MODULE: ./src/keys/facts.ts
// Observations about a key from each offline source (its names, its config declaration, its value) and
// the choice of one winning observation per fact by the precedence of SPEC section 3.
// SECURITY: an observation never carries any part of a secret value beyond its documented public prefix.


/** Name parts that mark an environment (SPEC section 2's conventions, applied to secret names). */
const ENVIRONMENT_PARTS = {
    DEV: 'development',
    DEVELOPMENT: 'development',
    TEST: 'development',
    TESTING: 'development',
    QA: 'development',
    SANDBOX: 'development',
    LOCAL: 'development',
    STAGING: 'staging',
    STAGE: 'staging',
    STG: 'staging',
    PREPROD: 'staging',
    PROD: 'production',
    PRODUCTION: 'production',
    PRD: 'production',
    LIVE: 'production',
};
/**
 * The parts of a name that can mark its environment: the first and the last whole part of each
 * `/`-separated segment (`STAGING_X`, `X_DEV`, `app-staging/KEY`). A part in the middle describes
 * what the key is for, not whose it is: `NOTIFY_E2E_TEST_PASSWORD` is production's end-to-end login
 * (SPEC section 3). LATEST, CONTEST and DEVTO are one part each and mark nothing.
 */
function markerParts(name) {
    return name.split('/').flatMap((segment) => {
        const parts = segment
            .split(/[-_.]+/)
            .filter((part) => part.length > 0)
            .map((part) => part.toUpperCase());
        return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
    });
}
/**
 * What a secret's name says: the provider (by each provider's name patterns), the environment (by a
 * marker that is the whole first or last part, see markerParts), and for `GITHUB_TOKEN` that it is a
 * per-job app token.
 */
function observeName(name) {
    const observations = [];
    const detail = `name ${name}`;
    for (const provider of providersForName(name)) {
        observations.push({ fact: 'provider', value: provider.id, source: 'name', detail });
    }
    if (name.toUpperCase() === 'GITHUB_TOKEN') {
        // GITHUB_TOKEN is minted per job as a GitHub App installation token (PROVIDERS.md section 1).
        const why = 'name GITHUB_TOKEN (an app installation token minted per job)';
        observations.push({ fact: 'keyType', value: 'app-installation', source: 'name', detail: why });
        observations.push({ fact: 'principalKind', value: 'service', source: 'name', detail: why });
    }
    const seen = new Set();
    for (const part of markerParts(name)) {
        if (!Object.hasOwn(ENVIRONMENT_PARTS, part))
            continue;
        const environment = ENVIRONMENT_PARTS[part];
        if (seen.has(environment))
            continue;
        seen.add(environment);
        observations.push({ fact: 'keyEnvironment', value: environment, source: 'name', detail: `name part ${part}` });
    }
    return observations;
}
/** What the key's owners declared in config `keys:` (SPEC section 4), as `declared` observations. */
function observeDeclaration(decl) {
    const observations = [];
    const at = (field) => `config keys.${decl.name}.${field}`;
    if (decl.provider !== undefined) {
        observations.push({ fact: 'provider', value: decl.provider, source: 'declared', detail: at('provider') });
    }
    if (decl.environment !== undefined) {
        observations.push({
            fact: 'keyEnvironment',
            value: decl.environment,
            source: 'declared',
            detail: at('environment'),
        });
    }
    if (decl.principal !== undefined) {
        observations.push({ fact: 'principal', value: decl.principal, source: 'declared', detail: at('principal') });
    }
    if (decl.principalKind !== undefined) {
        observations.push({
            fact: 'principalKind',
            value: decl.principalKind,
            source: 'declared',
            detail: at('principal-kind'),
        });
    }
    if (decl.scopes !== undefined) {
        observations.push({ fact: 'scopes', value: [...decl.scopes], source: 'declared', detail: at('scopes') });
    }
    if (decl.rotated !== undefined) {
        observations.push({ fact: 'rotated', value: decl.rotated, source: 'declared', detail: at('rotated') });
    }
    return observations;
}
/**
 * What a secret value says offline: provider, key type, live/test mode and principal kind, read from its
 * documented prefix (or, for bare formats, its shape beside a provider's name). Malformed values, with
 * whitespace, CR/LF or NUL inside or empty, give nothing.
 */
function observeValue(value, name) {
    const raw = value.reveal();
    const match = detectFormat(raw, name);
    if (match === undefined)
        return [];
    const { provider, format } = match;
    // SECURITY: details are built from the format's own pattern and the key's name, never from `raw`.
    const prefix = formatPrefix(format);
    let detail;
    if (prefix !== '')
        detail = `prefix ${prefix}`;
    else if (isJsonDocument(raw))
        detail = `JSON credential document (${format.type})`;
    else
        detail = `${provider.name} ${format.type} format beside name ${name ?? ''}`.trimEnd();
    const observations = [
        { fact: 'provider', value: provider.id, source: 'value', detail },
        { fact: 'keyType', value: format.type, source: 'value', detail },
    ];
    if (format.mode !== undefined) {
        observations.push({ fact: 'keyEnvironment', value: format.mode, source: 'value', detail });
    }
    if (format.principalKind !== undefined) {
        const why = format.principalDetail ?? detail;
        observations.push({ fact: 'principalKind', value: format.principalKind, source: 'value', detail: why });
    }
    return observations;
}
/**
 * The winning observation per fact: the highest-ranked source (smoke > value > platform > declared >
 * name, FACT_SOURCE_RANK); between equal sources, the first observed.
 */
function selectFacts(observations) {
    const facts = {};
    for (const observation of observations) {
        const current = facts[observation.fact];
        if (current === undefined || FACT_SOURCE_RANK[observation.source] > FACT_SOURCE_RANK[current.source]) {
            facts[observation.fact] = observation;
        }
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/keys/join.ts
// SPEC section 1, "Naming keys": uses join one key when config lists them as aliases, when a workflow
// visibly feeds a CI secret into them, or when their names are equal once case, `-` and `_` are
// ignored. Credentials that only work together (an AWS access key id with the secret access key and
// session token of the same prefix; a Twilio auth token with its account SID) are one key.
/** `Stripe-Secret_key` and `STRIPE_SECRET_KEY` are the same name. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_]/g, '');
}
/**
 * Normalized suffixes, so `PROD_AWS_ACCESS_KEY_ID` and `aws/access-key-id` both end in `accesskeyid`.
 * An adapter receives the companions' values by role (PROVIDERS.md sections 3 and 11).
 */
const PAIRS = [
    { primary: 'accesskeyid', companions: { secretaccesskey: 'secretAccessKey', sessiontoken: 'sessionToken' } },
    { primary: 'authtoken', companions: { accountsid: 'accountSid' }, prefixContains: 'twilio' },
    { primary: 'apisecret', companions: { apikey: 'apiKeySid', accountsid: 'accountSid' }, prefixContains: 'twilio' },
];
/** The pair `name` is the primary credential of, with its normalized prefix. */
function join_pairOf(name) {
    const normalized = normalizeName(name);
    for (const spec of PAIRS) {
        if (!normalized.endsWith(spec.primary))
            continue;
        const prefix = normalized.slice(0, -spec.primary.length);
        if (!spec.prefixContains || prefix.includes(spec.prefixContains))
            return { spec, prefix };
    }
    return undefined;
}
/** The companion role of `name` (`secretAccessKey`, `accountSid`…) in a key whose names include its primary. */
function companionRole(names, name) {
    const normalized = normalizeName(name);
    for (const primary of names) {
        const pair = join_pairOf(primary);
        if (!pair)
            continue;
        for (const [suffix, role] of Object.entries(pair.spec.companions))
            if (normalized === pair.prefix + suffix)
                return role;
    }
    return undefined;
}
/** Union-find over normalized names. */
class NameGroups {
    parent = new Map();
    find(name) {
        const id = normalizeName(name);
        let root = id;
        while (this.parent.has(root) && this.parent.get(root) !== root)
            root = this.parent.get(root);
        if (!this.parent.has(id))
            this.parent.set(id, id);
        this.parent.set(id, root);
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent.set(rb, ra);
    }
}
/** Groups uses into keys, sorted by name. Keys carry no values or facts yet. */
function joinKeys({ uses, links, declarations }) {
    const groups = new NameGroups();
    for (const declaration of declarations.values()) {
        for (const alias of declaration.aliases ?? [])
            groups.union(declaration.name, alias);
    }
    for (const link of links)
        groups.union(link.secret, link.alias);
    // Companions join their primary credential of the same prefix, when that primary is in use.
    const names = [...new Set(uses.map((u) => u.name))];
    const companions = new Set();
    for (const name of names) {
        for (const companion of names) {
            if (companion !== name && companionRole([name], companion)) {
                groups.union(name, companion);
                companions.add(companion);
            }
        }
    }
    const byGroup = new Map();
    for (const use of uses) {
        const group = groups.find(use.name);
        const list = byGroup.get(group) ?? [];
        list.push(use);
        byGroup.set(group, list);
    }
    const keys = [];
    for (const [group, groupUses] of byGroup) {
        groupUses.sort(compareUses);
        const allNames = join_distinct(groupUses.map((u) => u.name));
        const declaration = [...declarations.values()].find((d) => groups.find(d.name) === group);
        const name = canonicalName(groupUses, allNames, declaration, companions);
        keys.push({
            name,
            names: join_distinct([name, ...allNames]),
            uses: groupUses,
            declaration,
            companions: {},
            observations: [],
            facts: {},
            environments: join_distinct(groupUses.map((u) => u.environment)).sort(),
        });
    }
    return keys.sort((a, b) => a.name.localeCompare(b.name));
}
function canonicalName(uses, names, declaration, companions) {
    // The name the value is stored under in CI wins (the declared one among several); a pair is named
    // by its primary credential (the access key id, the auth token).
    const primary = names.filter((n) => !companions.has(n));
    const candidates = primary.length > 0 ? primary : names;
    const ci = uses.filter((u) => u.sourceKind === 'github-workflow' && candidates.includes(u.name));
    if (declaration && ci.some((u) => u.name === declaration.name))
        return declaration.name;
    if (ci.length > 0)
        return ci[0].name;
    if (declaration)
        return declaration.name;
    return candidates[0];
}
function compareUses(a, b) {
    return (a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.environment.localeCompare(b.environment));
}
function join_distinct(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/keys/platform.ts
// GitHub Actions secret metadata as `platform` facts (SPEC section 3): a key whose name or alias
// matches a secret's name takes its `updated_at` as `rotated` and its `created_at` as `created`.
// Facts are per key, not per use, so when several secrets share the name one is chosen (see below).

/**
 * `rotated` and `created` observations from the secret that `key` most likely reads. GitHub gives a
 * job the environment's secret over the repository's over the organization's, so the choice is:
 * the environment secret of one of the key's uses (production uses first; a use's GitHub job
 * environment, else its decided environment), else the repository secret, else the organization
 * secret, else the least recently updated environment secret (the conservative date for rotation).
 */
function observePlatform(key, secrets) {
    const chosen = chooseSecret(key, secrets);
    if (!chosen)
        return [];
    const where = chosen.scope === 'environment'
        ? `GitHub environment ${chosen.environment ?? ''} secret`
        : `GitHub ${chosen.scope} secret`;
    return [
        { fact: 'rotated', value: chosen.updatedAt, source: 'platform', detail: `${where} updated_at` },
        { fact: 'created', value: chosen.createdAt, source: 'platform', detail: `${where} created_at` },
    ];
}
function chooseSecret(key, secrets) {
    const names = new Set(key.names.map(normalizeName));
    const matching = secrets.filter((s) => names.has(normalizeName(s.name)));
    if (matching.length === 0)
        return undefined;
    const inEnvironment = (name) => matching.find((s) => s.scope === 'environment' && s.environment?.toLowerCase() === name.toLowerCase());
    // Production uses first: a production deploy is where a stale key hurts.
    const uses = [...key.uses].sort((a, b) => rank(a.environment) - rank(b.environment));
    for (const use of uses) {
        const found = (use.hints.githubEnvironment && inEnvironment(use.hints.githubEnvironment)) || inEnvironment(use.environment);
        if (found)
            return found;
    }
    return (matching.find((s) => s.scope === 'repository') ??
        matching.find((s) => s.scope === 'organization') ??
        // ISO 8601 UTC timestamps from one API compare correctly as strings.
        [...matching].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))[0]);
}
function rank(environment) {
    return environment === 'production' ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/keys/build.ts
// Turns uses into keys with facts: join them (join.ts), attach the secret values given for them, and
// collect observations from names, declarations, GitHub secret metadata (platform.ts) and values
// (facts.ts), keeping the winner per fact.



function buildKeys(uses, links, config, secrets, platformSecrets = []) {
    const keys = joinKeys({ uses, links, declarations: config.keys });
    for (const key of keys) {
        attachValues(key, secrets);
        key.observations = [
            ...key.names.flatMap((name) => observeName(name)),
            ...(key.declaration ? observeDeclaration(key.declaration) : []),
            ...observePlatform(key, platformSecrets),
            ...(key.value ? observeValue(key.value, key.name) : []),
        ];
        key.facts = selectFacts(key.observations);
    }
    return keys;
}
/** The key's own value, and the values of its companions by role, from the given secrets. */
function attachValues(key, secrets) {
    for (const name of key.names) {
        const value = lookup(secrets, name);
        if (!value)
            continue;
        const role = companionRole(key.names, name);
        if (role)
            key.companions[role] ??= value;
        else
            key.value ??= value;
    }
}
/** Exact name first; `toJSON(secrets)` spells some names differently (`github_token`). */
function lookup(secrets, name) {
    const exact = secrets.get(name);
    if (exact)
        return exact;
    const wanted = normalizeName(name);
    for (const [candidate, value] of secrets)
        if (normalizeName(candidate) === wanted)
            return value;
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/checksum.ts
// Checksums that providers build into their tokens, so a made-up value in a documented format is told
// from a real one without asking the provider. GitHub's tokens since 2021 (`ghp_`, `gho_`, `ghu_`,
// `ghs_`, `ghr_`: prefix, 30 random base62 characters, then a CRC32 of those 30 characters in 6 base62
// digits; github.blog 2021-04-05 "Behind GitHub's new authentication token formats") and npm's `npm_`
// tokens (the same scheme; github.blog 2021-09-23 "npm has a new access token format").
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE 802.3, the one zlib computes) of the UTF-8 bytes of `text`. */
function crc32(text) {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, 'utf8'))
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** `value` in base 62 (digits, then upper case, then lower case), left-padded with `0` to `width`. */
function base62(value, width) {
    let out = '';
    for (let n = value; n > 0; n = Math.floor(n / 62))
        out = BASE62[n % 62] + out;
    return out.padStart(width, '0');
}
/** The GitHub/npm scheme: `prefix_` + 30 base62 characters + their CRC32 in 6 base62 digits. */
const BASE62_CRC_TOKEN = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/;
/**
 * Whether a token of a checksummed format carries a valid checksum: true or false for a value of that
 * shape, undefined for any other value (longer GitHub tokens, other providers: nothing to check).
 */
function tokenChecksumValid(value) {
    const match = BASE62_CRC_TOKEN.exec(value);
    if (!match)
        return undefined;
    return base62(crc32(match[1]), 6) === match[2];
}
/** A token of the checksummed scheme with a valid checksum (for tests and fixtures that need one). */
function withTokenChecksum(prefix, random30) {
    return `${prefix}${random30}${base62(crc32(random30), 6)}`;
}

;// CONCATENATED MODULE: ./src/core/credentials.ts
// What a committed value and the name it sits under say, before any provider format is consulted:
// whether a name holds a credential, names an identifier or talks about one; and whether a value is
// a stand-in (a placeholder, a reference to where the real value lives) or not a credential at all (a
// number, a CIDR, an e-mail address...). keys/literal.ts combines these with provider formats into the
// one judgement plaintext-secret, relevance and the redactor share, so precision lives here.
/** Credential-holding names (the last segment of `secret/KEY`, `a.b.c` or a variable name). */
const credentials_CREDENTIAL_NAME = /token|secret|password|passwd|pwd|passphrase|api[-_]?key|access[-_]?key|private[-_]?key|signing[-_]?key|encryption[-_]?key|master[-_]?key|credentials?|auth|dsn|dockerconfigjson|dockercfg/i;
/**
 * Names that talk about a credential without holding one: where it is, whether it is on, what kind,
 * when it changed, which claim or role it grants, how it is hashed (`TOKEN_URL`, `passwordMtime`,
 * `GF_AUTH_ANONYMOUS_ORG_ROLE`, `OIDC_USERNAME_CLAIM`, `PASSWORD_HASH`, `MAILU_PASSWORD_SCHEME`).
 */
const credentials_ABOUT_A_CREDENTIAL = /(?:file|path|dir|url|uri|endpoint|host|hostname|port|enabled|disabled|enable|type|mode|method|provider|header|expiry|expires|expiration|ttl|timeout|length|size|name|ref|id|policy|issuer|audience|scopes?|realm|domain|strategy|version|algorithm|format|prefix|field|key[-_]?name|claim|role|scheme|source|guard|ratelimit|rate[-_]?limit|mtime|time|date|hash|hashed|digest|required)$|(?:password|passwd|token|credentials?)[-_]?key$|existing[-_]?secret|public|publishable|author|(?:^|[-_])(?:sha\d*|md5|bcrypt)[-_]/i;
/** The segment a name's meaning rests on: `KEY` of `secret/KEY`, `apiKey` of `stripe.apiKey`. */
function lastSegment(name) {
    const parts = name.split(/[/.]/).filter((part) => part !== '');
    return parts.at(-1) ?? name;
}
/** Whether a use name says it holds a credential (`DB_PASSWORD`, `stripe.apiKey`, `creds/token`). */
function isCredentialName(name) {
    const segment = lastSegment(name);
    // NOTE: `tls.key` ends in a bare `key`, which says nothing; PEM blocks are recognised by value instead.
    return credentials_CREDENTIAL_NAME.test(segment) && !credentials_ABOUT_A_CREDENTIAL.test(segment);
}
/** `passwordSecretName` -> password, secret, name; `DB_PASSWORD` -> db, password (lower case). */
function nameWords(name) {
    return (name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((word) => word.toLowerCase());
}
/** A name compared as keys are joined: case, `-`, `_`, `.` and blanks ignored. */
function credentials_normalizeName(name) {
    return name.toLowerCase().replace(/[-_.\s]+/g, '');
}
/** Last words that make a name an identifier: who, where, which, what kind (never a secret). */
const IDENTIFIER_WORDS = new Set([
    'id',
    'ids',
    'clientid',
    'appid',
    'accountid',
    'tenantid',
    'projectid',
    'userid',
    'keyid',
    'user',
    'users',
    'username',
    'login',
    'email',
    'mail',
    'account',
    'name',
    'url',
    'uri',
    'host',
    'hostname',
    'port',
    'path',
    'dir',
    'region',
    'zone',
    'location',
    'project',
    'bucket',
    'team',
    'org',
    'organization',
    'owner',
    'tenant',
    'subscription',
    'channel',
    'role',
    'arn',
    'provider',
    'audience',
    'issuer',
    'type',
    'version',
    'domain',
    'endpoint',
    'namespace',
    'cluster',
    'registry',
    'repo',
    'repository',
    'image',
    'crt',
    'ca',
    'pubkey',
    'keygrip',
    'fingerprint',
    'insecure',
    'mtime',
    'number',
    'slug',
    'group',
    'queue',
    'topic',
    'db',
]);
/** First words of switches: `enableLfs`, `forceHttpBasicAuth`, `useAzureWorkloadIdentity`. */
const SETTING_FIRST_WORDS = new Set(['enable', 'disable', 'use', 'force', 'allow', 'skip']);
/** URLs under these words carry their credential (`DATABASE_URL`, `PG_URI`, `SLACK_WEBHOOK_URL`). */
const SECRET_URL_WORDS = new Set([
    'database',
    'db',
    'pg',
    'postgres',
    'postgresql',
    'mysql',
    'mongo',
    'mongodb',
    'redis',
    'amqp',
    'rabbitmq',
    'elasticsearch',
    'clickhouse',
    'webhook',
    'hook',
    'connection',
    'conn',
    'dsn',
    'broker',
]);
/** Last words of names that talk about a credential: where it is, when it changed, how long it lives. */
const ABOUT_WORDS = new Set([
    'file',
    'path',
    'dir',
    'ttl',
    'timeout',
    'expiry',
    'expires',
    'expiration',
    'length',
    'size',
    'mtime',
    'time',
    'date',
    'hash',
    'hashed',
    'digest',
    'claim',
    'scheme',
    'enabled',
    'disabled',
    'mode',
    'method',
    'policy',
    'scope',
    'scopes',
    'realm',
    'strategy',
    'algorithm',
    'format',
    'prefix',
    'field',
    'header',
    'ref',
    'source',
    'guard',
    'required',
    'ratelimit',
    'limit',
]);
/**
 * Whether a name holds an identifier rather than a credential: a service-account e-mail
 * (`GCP_SERVICE_ACCOUNT`), a workload identity provider, `*_USERNAME`, `*_USER`, a bucket name, an account
 * id, a certificate file (`tls.crt`), a switch (`enableLfs`), or a name that only talks about a
 * credential (`TOKEN_TTL`, `passwordMtime`). Names that say nothing either way (`SLACK_WEBHOOK`,
 * `tls.key`) and URLs that carry a credential (`DATABASE_URL`, `SLACK_WEBHOOK_URL`) are not identifiers.
 */
function isIdentifierName(name) {
    const segment = lastSegment(name);
    const words = nameWords(segment).filter((word) => !/^\d+$/.test(word));
    const last = words.at(-1);
    if (last === undefined)
        return false;
    if ((last === 'url' || last === 'uri') && words.some((word) => SECRET_URL_WORDS.has(word)))
        return false;
    if (IDENTIFIER_WORDS.has(last) || ABOUT_WORDS.has(last))
        return true;
    if (isCredentialName(segment))
        return false;
    return words.length > 1 && SETTING_FIRST_WORDS.has(words[0]);
}
/** Whole values that only ever stand in for a credential (compared lower-cased). */
const PLACEHOLDER_WORDS = new Set([
    'changeme',
    'changeit',
    'change-me',
    'change_me',
    'secret',
    'password',
    'passwd',
    'token',
    'apikey',
    'api-key',
    'api_key',
    'test',
    'testing',
    'none',
    'null',
    'nil',
    'undefined',
    'todo',
    'tbd',
    'fixme',
    'redacted',
    'default',
    'empty',
    'n/a',
    'na',
    'unset',
    'unknown',
    'required',
    'optional',
    'admin',
    'root',
    'user',
    'username',
    'value',
    'string',
    'example',
    'sample',
    'dummy',
    'fake',
    'mock',
    'foo',
    'bar',
    'foobar',
    'baz',
    'qwerty',
    'letmein',
    'notasecret',
    'not-a-secret',
    'insecure',
    'local',
    'dev',
]);
/** Switches: a credential slot that holds one of these is configured, not given a credential. */
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled']);
/** Words that, anywhere in a value, mark it as a stand-in. */
const PLACEHOLDER_PART = /example|sample|dummy|placeholder|changeme|change[-_ ]me|changeit|replace[-_ ]?(me|this|with)|redacted|not[-_ ]?set|set[-_ ]?me|fill[-_ ]?(me|in)|to[-_ ]?be[-_ ]?(set|filled|replaced)|notasecret|not[-_ ]a[-_ ]secret|fake|<[^>]*>|\bxxx|x{4,}|\*{3,}|•{3,}|\.{3,}|^(your|my|the|insert|enter|put|add|set)[-_ ]|^your|[-_ ](here|goes[-_ ]here)\b/i;
/** References to where a real value lives: interpolation, templates, secret managers, commands. */
const REFERENCE = /^\$[A-Za-z_][A-Za-z0-9_]*$|\$\{[^}]*\}|\$\([^)]*\)|\{\{.*\}\}|\$\{\{|#\{[^}]*\}|%\([^)]*\)s|^%[A-Za-z_][\w.]*%[\w./-]*$|^@@?[A-Za-z_][A-Za-z0-9_]*@@?$|^__[A-Z0-9_]+__$/;
const MANAGER_REFERENCE = /^(?:vault|op|ref\+[a-z0-9]+|awssm|awsssm|gcpsm|sm|azkv|akv|sops|doppler|bw|env|file|k8s|secretref|keyvault|aws-sm|aws-ssm|gcp-sm|secret):|^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|^projects\/[^/]+\/secrets\//i;
/** A URL, with its userinfo when it has one. */
const credentials_URL = /^[a-z][a-z0-9+.-]*:\/\/(?:([^\s/@:]*)(?::([^\s/@]*))?@)?[^\s]*$/i;
/** Paths: absolute, relative with `./` or `~/`, Windows drives, or slashed paths ending in a file name. */
const FILE_PATH = /^(?:\/[^\s]*|\.{1,2}\/[^\s]*|~\/[^\s]*|[A-Za-z]:\\[^\s]*)$|^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,5}$/;
/** Values of another kind than a credential, each with the reason given for it. */
const NON_CREDENTIAL = [
    [/^[-+]?\d{1,10}(?:\.\d+)?$/, 'a number'],
    [/^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/, 'an IP address or CIDR range'],
    [/^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?$/i, 'an IPv6 address or CIDR range'],
    [/^[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/, 'an e-mail address'],
    [/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'a date'],
    // bcrypt, sha-crypt, argon2, scrypt, LDAP-style hashes: what config is meant to hold instead of a password.
    [
        /^\$(?:2[abxy]?|5|6|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*)\$\S{20,}$|^\{(?:SSHA|SHA|SSHA256|SSHA512|CRYPT)\}\S+$/,
        'a password hash',
    ],
];
/** Helm keys (camelCase) that name the Secret holding a credential rather than the credential. */
const SECRET_NAME_ENTRY = /(?:[Pp]assword|[Tt]oken|[Kk]ey|[Cc]redentials?|[Aa]uth|[Tt]ls|[Cc]ert)Secret(?:Name|Ref)?$/;
/** A Kubernetes object name (RFC 1123 subdomain) with a `-` or `.`, as Secret names are written. */
const KUBERNETES_NAME = /^[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/;
/** Longest word of one piece still taken for a dictionary word (`postgres`, `nextcloud`, `migration`). */
const MAX_DICTIONARY_WORD = 12;
/** Words that, as a word of a value made of words, make it a stand-in: it names a credential or asks for one. */
const STAND_IN_WORDS = new Set([
    'password',
    'passwords',
    'passwd',
    'passphrase',
    'pass',
    'pw',
    'pwd',
    'secret',
    'secrets',
    'token',
    'tokens',
    'key',
    'keys',
    'cred',
    'creds',
    'credential',
    'credentials',
    'auth',
    'admin',
    'root',
    'user',
    'login',
    'default',
    'change',
    'changeme',
    'example',
    'sample',
    'test',
    'demo',
    'dummy',
    'fake',
    'mock',
    'some',
    'super',
    'strong',
    'secure',
    'very',
    'please',
    'choose',
    'your',
    'my',
    'own',
    'here',
    'value',
    'string',
    'local',
    'dev',
    'bad',
    'weak',
]);
/** Inside a value of one piece (`somesupersecretpassword`, `wordpressroot`), these words give it away. */
const STAND_IN_INSIDE = /password|passwd|secret|token|admin|root|user|change|default|example|sample|dummy|super|some|strong|secure/i;
/** Why a value of letters (and a few digits) is made of words rather than random, or undefined. */
function wordsReason(text) {
    // A dictionary word, perhaps with a counter: postgres, Nextcloud, ROOTPW, minio123, password1.
    const single = /^([A-Za-z]+)\d{0,4}$/.exec(text);
    if (single && isOnePiece(single[1]) && single[1].length <= MAX_DICTIONARY_WORD && wordLike(single[1])) {
        return 'a dictionary word';
    }
    if (!/^[A-Za-z0-9]+(?:[-_. ][A-Za-z0-9]+)*$/.test(text) || (text.match(/\d/g)?.length ?? 0) > 4)
        return undefined;
    const words = text
        .replace(/\d+/g, '')
        .split(/[-_. ]+/)
        .flatMap((part) => part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
    if (words.length === 0 || !words.every(wordLike))
        return undefined;
    const lower = words.map((word) => word.toLowerCase());
    const named = lower.some((word) => STAND_IN_WORDS.has(word) || /(?:key|pw|pwd|pass)$/.test(word)) ||
        (lower.length === 1 && STAND_IN_INSIDE.test(lower[0]));
    if (named)
        return 'words that name a credential or ask for one';
    // `broker_keystore_creds`, `laradock_confluence`: how names are written, not secrets.
    if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(text))
        return 'a lower-case name';
    return undefined;
}
/** One case shape: lower, UPPER or Capitalized (camelCase is several words). */
function isOnePiece(word) {
    return /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(word);
}
/** A word, not random letters: `a`/`i`, a short acronym (`db`, `gzctf`), or longer with a vowel. */
function wordLike(word) {
    if (word.length === 1)
        return /^[aAiI]$/.test(word);
    return word.length <= 5 || /[aeiouy]/i.test(word);
}
/** Shannon entropy of the characters of `text`, in bits for the whole text. */
function entropyBits(text) {
    const counts = new Map();
    for (const char of text)
        counts.set(char, (counts.get(char) ?? 0) + 1);
    const length = [...text].length;
    let bits = 0;
    for (const count of counts.values())
        bits -= count * Math.log2(count / length);
    return bits;
}
/** Below this many bits of character entropy a value is a pattern (`abcabcabc`), not a secret. */
const MIN_ENTROPY_BITS = 20;
/**
 * Why `value` is not a credential (a placeholder, a reference, or a value of another kind), or
 * undefined when it may be one. Provider formats and private keys are judged before this is asked.
 */
function standIn(value, options = {}) {
    const placeholder = (reason) => ({ category: 'placeholder', reason });
    const reference = (reason) => ({ category: 'reference', reason });
    const other = (reason) => ({ category: 'non-credential', reason });
    const text = value.trim();
    if (text === '')
        return placeholder('empty');
    const lower = text.toLowerCase();
    if (BOOLEAN_WORDS.has(lower))
        return other('a boolean');
    for (const [pattern, reason] of NON_CREDENTIAL)
        if (pattern.test(text))
            return other(reason);
    const url = credentials_URL.exec(text);
    if (url) {
        if (!url[2])
            return other('a URL without a password');
        if (standIn(decodeSafe(url[2]), { minLength: 3 }))
            return placeholder('a URL whose password is a placeholder');
        return undefined;
    }
    if (PLACEHOLDER_WORDS.has(lower))
        return placeholder('a placeholder word');
    if (REFERENCE.test(text))
        return reference('a reference (interpolation or template)');
    if (MANAGER_REFERENCE.test(text))
        return reference('a secret-manager reference');
    if (FILE_PATH.test(text))
        return reference('a file path');
    const normalized = credentials_normalizeName(text);
    if (normalized.length >= 3) {
        const own = options.names ?? [];
        if (own.some((name) => credentials_normalizeName(name) === normalized || credentials_normalizeName(lastSegment(name)) === normalized)) {
            return reference("the entry's own name");
        }
        if (options.known?.has(normalized))
            return reference('the name of another key');
    }
    // Helm `passwordSecret: grafana-admin`, `tlsSecretName: web-tls`: the name of a Kubernetes Secret.
    if (KUBERNETES_NAME.test(text) && (options.names ?? []).some((name) => SECRET_NAME_ENTRY.test(lastSegment(name)))) {
        return reference('the name of a Kubernetes Secret');
    }
    // GOOGLE_API_KEY_VAL, LICENSE_HERE: an environment variable's name, replaced at deploy time.
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text))
        return reference('a variable name');
    if (PLACEHOLDER_PART.test(text))
        return placeholder('a placeholder');
    if (text.length < (options.minLength ?? 6))
        return placeholder('too short');
    if (/^(.)\1*$/s.test(text))
        return placeholder('one repeated character');
    // Prose (a comment left as a value): three or more plain words.
    if (/^[A-Za-z,.'’!?-]+(?: [A-Za-z,.'’!?-]+){2,}$/.test(text))
        return placeholder('prose');
    const words = wordsReason(text);
    if (words)
        return placeholder(words);
    if (entropyBits(text) < MIN_ENTROPY_BITS)
        return placeholder('too little entropy for its length');
    return undefined;
}
/** Whether `value` is a placeholder, reference or example rather than a credential. */
function isPlaceholder(value, minLength = 6) {
    return standIn(value, { minLength }) !== undefined;
}
/**
 * For values that match a provider's format: the documented example keys and obvious filler
 * (`AKIAIOSFODNN7EXAMPLE`, `sk_live_xxxxxxxx…`, eight of one character in a row).
 */
function isExampleKey(value) {
    // NOTE: JSON key files (GCP) name projects and e-mail domains; `example` there says nothing.
    if (value.trimStart().startsWith('{'))
        return false;
    return /example|x{6,}|(.)\1{7,}/i.test(value);
}
/** A PEM private key block. */
function isPrivateKeyBlock(value) {
    return /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/.test(value) && !/\.\.\.|<[^>]*>/.test(value);
}
/** `text` URL-decoded, or as it is when it is not valid percent-encoding. */
function decodeSafe(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@\S*$/i;
/** The password of a URL with credentials (`postgres://app:s3cret@db/app`), as written (still encoded). */
function urlPasswordPart(value) {
    return URL_PASSWORD.exec(value.trim())?.[1];
}

;// CONCATENATED MODULE: ./src/keys/literal.ts
// The one judgement of "is this committed literal a credential?", shared by plaintext-secret (what to
// report), relevance (which entries are keys at all) and the engine (what the redactor must hide). It
// lives beside relevance rather than in core because it reads the providers' key formats.
//
// A literal is a credential when it matches a provider's key format (with a valid checksum where the
// format has one), is a PEM private key, is a URL with a real password, or sits under a credential name
// and is not a stand-in (core/credentials.ts: a placeholder, a reference, or a value of another kind).



/** Key types that are identifiers, never secrets (Twilio SIDs are useless without their secret). */
const IDENTIFIER_TYPES = new Set(['account-sid', 'api-key-sid']);
/** Types that are published by design unless the caller says otherwise. */
const DEFAULT_IGNORED_TYPES = ['publishable'];
/** What a format match looks like, in words: `a Stripe live secret key`, `a GitHub classic personal access token`. */
function describeFormat(match) {
    const type = match.format.type
        .replace(/\bpat\b/, 'personal access token')
        .replace(/[-_]+/g, ' ')
        .replace(/\b(api|sid|ci)\b/g, (word) => word.toUpperCase())
        .replace(/\boauth\b/g, 'OAuth');
    const mode = match.format.mode ? `${match.format.mode} ` : '';
    // `secret` alone is an adjective here (a Stripe secret key); `api key secret` is already a noun.
    const noun = /(key|token|credentials|SID|\ssecret)$/.test(type) ? '' : ' key';
    const phrase = `${match.provider.name} ${mode}${type}${noun}`;
    // `an npm access token`: npm is said letter by letter.
    return `${/^(?:[AEIOU]|npm )/.test(phrase) ? 'an' : 'a'} ${phrase}`;
}
/** Judges one committed value. SECURITY: the value is only inspected; nothing returned holds any of it
 * but `secretPart`, which is itself secret and goes only to the redactor. */
function judgeLiteral(value, context) {
    let format;
    for (const name of context.names)
        format ??= detectFormat(value, name);
    if (format)
        return judgeFormat(value, format, context);
    if (isPrivateKeyBlock(value)) {
        return {
            credential: true,
            kind: 'private-key',
            what: 'a private key',
            live: false,
            evidence: { fact: 'format', value: 'private-key', source: 'value', detail: 'PEM block' },
        };
    }
    const written = urlPasswordPart(value);
    if (written !== undefined) {
        // A URL's password counts whatever the entry is called (DATABASE_URL); a placeholder one does not.
        const password = decodeSafe(written);
        const stand = standIn(password, { minLength: 3 });
        if (stand)
            return { credential: false, category: 'placeholder', reason: `a URL whose password is ${stand.reason}` };
        return {
            credential: true,
            kind: 'url-password',
            what: 'a URL with an embedded password',
            live: false,
            evidence: { fact: 'format', value: 'url-password', source: 'value', detail: 'password in the URL' },
            secretPart: written,
        };
    }
    if (!context.names.some(isCredentialName)) {
        return { credential: false, category: 'unnamed', reason: 'no credential format, and no credential name' };
    }
    const stand = standIn(value, { names: context.names, known: context.known, minLength: context.minLength });
    if (stand)
        return { credential: false, ...stand };
    return {
        credential: true,
        kind: 'named-value',
        what: 'a secret value',
        live: false,
        evidence: {
            fact: 'name',
            value: 'credential-named',
            source: 'file',
            detail: 'not a placeholder, reference or non-credential value',
        },
    };
}
function judgeFormat(value, format, context) {
    const { type } = format.format;
    // Documented example keys (AKIAIOSFODNN7EXAMPLE) and filler match formats but are not credentials.
    if (isExampleKey(value))
        return { credential: false, category: 'example', reason: 'a documented example key', format };
    if (IDENTIFIER_TYPES.has(type) || (context.ignoreTypes ?? DEFAULT_IGNORED_TYPES).includes(type)) {
        return { credential: false, category: 'public', reason: `a ${type} key type is not secret`, format };
    }
    if (tokenChecksumValid(value) === false) {
        const reason = `its checksum does not match: a made-up ${format.provider.name} token`;
        return { credential: false, category: 'example', reason, format };
    }
    const detail = [type, format.format.mode].filter(Boolean).join(', ');
    return {
        credential: true,
        kind: 'provider-key',
        what: describeFormat(format),
        // A format without a distinctive prefix (32 hex characters under a DATADOG_ name) is too weak a sign
        // to call a value live wherever it sits: it is judged by its place like any named value.
        live: format.format.mode !== 'test' && !format.format.needsNameHint,
        evidence: { fact: 'provider', value: format.provider.id, source: 'value', detail },
        format,
    };
}
/** Normalized names (whole and last segment) of every use and key, for LiteralContext.known. */
function knownNames(names) {
    const known = new Set();
    for (const name of names) {
        known.add(credentials_normalizeName(name));
        known.add(credentials_normalizeName(lastSegment(name)));
    }
    known.delete('');
    return known;
}
/**
 * Every committed value the redactor must hide: the literals judged credentials (a URL's password
 * alone, not the host around it). A use joined into a key is judged with the key's name too, as
 * plaintext-secret judges it.
 */
function committedCredentials(uses, keys) {
    const keyNames = new Map();
    for (const key of keys)
        for (const use of key.uses)
            if (use.literal)
                keyNames.set(use.literal, key.name);
    const known = knownNames([...uses.map((use) => use.name), ...keys.map((key) => key.name)]);
    const out = [];
    for (const use of uses) {
        if (!use.literal)
            continue;
        const joined = keyNames.get(use.literal);
        const names = joined && joined !== use.name ? [use.name, joined] : [use.name];
        const judgement = judgeLiteral(use.literal.reveal(), { names, known });
        if (!judgement.credential)
            continue;
        out.push(use.literal);
        if (judgement.secretPart !== undefined)
            out.push(judgement.secretPart, decodeSafe(judgement.secretPart));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/keys/relevance.ts
// Which uses refer to a credential at all. Workflow `secrets.X` and Kubernetes Secret references always
// do; a dotenv, compose or Helm entry, or a plain Kubernetes `env[].value`, is configuration (APP_URL,
// NODE_ENV) unless its name or its value says credential (keys/literal.ts judges the value). A
// credential-named entry whose value is of another kind (`MAX_TOTAL_TOKENS=2048`, `AUTH_ENABLED=true`,
// an allow-list CIDR) is configuration too. Plain entries are not keys, and their values are not secrets.




/** Sources whose entries are ordinary variables unless shown otherwise. */
const PLAIN_SOURCES = new Set(['dotenv', 'compose', 'helm-values']);
function isCredentialUse(use) {
    if (use.context?.via === 'secrets')
        return true;
    const plainEnv = use.sourceKind === 'kubernetes' && use.context?.via === 'env';
    if (!PLAIN_SOURCES.has(use.sourceKind) && !plainEnv)
        return true;
    // Helm `existingSecret: payments-stripe` names a Kubernetes Secret: a reference, like secretKeyRef.
    if (use.sourceKind === 'helm-values' && use.context?.via && SECRET_NAME_KEY.test(use.context.via))
        return true;
    const named = isCredentialName(use.name) || isProviderKeyName(use.name);
    const literal = use.literal?.reveal();
    if (literal === undefined)
        return named;
    const judgement = judgeLiteral(literal, { names: [use.name] });
    // A provider format counts even when not secret: a publishable test key in production is a finding.
    if (judgement.credential || judgement.format)
        return true;
    return named && judgement.category !== 'non-credential';
}
/** `STRIPE_KEY`, `SENDGRID_KEY`: a provider's name and a bare `KEY` part (publishable keys are public). */
function isProviderKeyName(name) {
    const segment = lastSegment(name);
    return /(?:^|[-_])key$/i.test(segment) && !/publishable|public/i.test(segment) && providersForName(name).length > 0;
}

;// CONCATENATED MODULE: ./src/generated/policies.ts
// Generated by scripts/generate.mjs from policies/: do not edit.
/** File name -> text of every built-in policy pack and schema in policies/. */
const POLICY_FILES = {
    "config.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:config:v1\",\n  \"title\": \"keybound config and policy pack\",\n  \"description\": \"keybound.yml, .github/keybound.yml and every policy pack it extends (SPEC section 4). The config never names hosts, URLs, headers or methods: where a secret is sent is compiled into keybound. Every pattern here is linear-time (no nested quantifiers), because ajv patterns backtrack.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\": {\n    \"version\": {\n      \"title\": \"Config format version\",\n      \"description\": \"Always 1.\",\n      \"const\": 1\n    },\n    \"extends\": {\n      \"title\": \"Policy packs\",\n      \"description\": \"Built-in pack names (recommended) or paths relative to this file, applied in order before this file. Without extends a config extends [recommended]; extends: [] means none.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"environments\": {\n      \"title\": \"Environment mappings\",\n      \"description\": \"Evidence that maps a use to an environment, added to the built-in conventions. Keys are environment names (production, staging, development or your own).\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/environment\" }\n    },\n    \"keys\": {\n      \"title\": \"Key declarations\",\n      \"description\": \"What the owners declare about each key, by the name it is stored under in CI. Every field is optional.\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/key\" }\n    },\n    \"rules\": {\n      \"title\": \"Rule settings\",\n      \"description\": \"Per-rule severity and options, by rule id. Each rule's own options schema validates its options.\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/ruleSetting\" }\n    },\n    \"custom-rules\": {\n      \"title\": \"Custom rules\",\n      \"description\": \"Declarative rules written as CEL expressions over the model.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/customRule\" }\n    },\n    \"exceptions\": {\n      \"title\": \"Exceptions\",\n      \"description\": \"Waivers of a rule for a key or path; each needs a reason and an end date.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/exception\" }\n    }\n  },\n  \"definitions\": {\n    \"nonEmptyString\": {\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"stringList\": {\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"date\": {\n      \"description\": \"A calendar date, YYYY-MM-DD.\",\n      \"type\": \"string\",\n      \"format\": \"date\"\n    },\n    \"severity\": {\n      \"description\": \"error | warning | note | off\",\n      \"type\": \"string\",\n      \"enum\": [\"error\", \"warning\", \"note\", \"off\"]\n    },\n    \"ruleId\": {\n      \"description\": \"Lowercase letters, digits and dashes.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[a-z0-9][a-z0-9-]*$\"\n    },\n    \"provider\": {\n      \"description\": \"A provider keybound has an adapter for.\",\n      \"type\": \"string\",\n      \"enum\": [\n        \"github\",\n        \"gitlab\",\n        \"aws\",\n        \"gcp\",\n        \"slack\",\n        \"stripe\",\n        \"openai\",\n        \"anthropic\",\n        \"sendgrid\",\n        \"twilio\",\n        \"npm\",\n        \"huggingface\",\n        \"datadog\",\n        \"cloudflare\"\n      ]\n    },\n    \"environment\": {\n      \"title\": \"Environment mapping\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"github-environments\": {\n          \"description\": \"GitHub job environment names that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"paths\": {\n          \"description\": \"Path globs, relative to the scanned root.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"namespaces\": {\n          \"description\": \"Kubernetes namespaces that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        }\n      }\n    },\n    \"key\": {\n      \"title\": \"Key declaration\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"provider\": { \"$ref\": \"#/definitions/provider\" },\n        \"environment\": {\n          \"description\": \"The environment this key belongs to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal\": {\n          \"description\": \"The expected principal: exact, or a glob with *.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal-kind\": {\n          \"description\": \"The expected kind of principal.\",\n          \"type\": \"string\",\n          \"enum\": [\"service\", \"human\"]\n        },\n        \"scopes\": {\n          \"description\": \"The scopes the key may hold; more is a least-privilege finding.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"rotated\": {\n          \"description\": \"Last rotation, YYYY-MM-DD; used when no better fact exists.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"owner\": {\n          \"description\": \"Who owns the key.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"aliases\": {\n          \"description\": \"The names the key goes by in manifests, compose files and dotenv files.\",\n          \"$ref\": \"#/definitions/stringList\"\n        }\n      }\n    },\n    \"ruleSetting\": {\n      \"title\": \"Rule setting\",\n      \"description\": \"severity plus the rule's own options (validated by the rule's options schema).\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"severity\": { \"$ref\": \"#/definitions/severity\" }\n      }\n    },\n    \"customRule\": {\n      \"title\": \"Custom rule\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"id\", \"severity\", \"message\", \"deny\"],\n      \"properties\": {\n        \"id\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"message\": {\n          \"description\": \"Message template; {{key}} and other placeholders are filled in.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"when\": {\n          \"description\": \"CEL expression: the uses the rule looks at.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"deny\": {\n          \"description\": \"CEL expression: true means a finding.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        }\n      }\n    },\n    \"exception\": {\n      \"title\": \"Exception\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"rule\", \"until\", \"reason\"],\n      \"properties\": {\n        \"rule\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"key\": {\n          \"description\": \"Key name (or alias) it waives; without it, the rule is waived wherever path matches.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"path\": {\n          \"description\": \"Path glob it is limited to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"until\": {\n          \"description\": \"The last day it applies, YYYY-MM-DD.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"reason\": {\n          \"description\": \"Why the rule is waived.\",\n          \"type\": \"string\",\n          \"pattern\": \"\\\\S\"\n        },\n        \"owner\": { \"$ref\": \"#/definitions/nonEmptyString\" },\n        \"ticket\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n      }\n    }\n  }\n}\n",
    "recommended.yml": "# keybound's built-in policy, `extends: [recommended]`, and what applies with no config file.\n# Every rule with its severity (error | warning | note | off) and all its options; a config overlays\n# these option by option (an option given in a config replaces the whole value, lists and maps alike).\nversion: 1\nrules:\n  invalid-waiver:\n    severity: error # expired exceptions and reasonless suppressions; unused waivers are warnings\n  key-user-association:\n    severity: error\n    unknown: fail # fail | warn: what an inconclusive smoke call does in gate mode\n  least-privilege-scopes:\n    severity: error\n    forbidden-scopes:\n      github:\n        - admin:org\n        - delete_repo\n        - admin:enterprise\n        - admin:org_hook\n        - admin:gpg_key\n        - admin:public_key\n        - admin:repo_hook\n        - site_admin\n      gitlab: [sudo, admin_mode]\n      slack: [admin, admin.*]\n  no-dev-keys-in-prod:\n    severity: error\n  parse-error:\n    severity: error\n  plaintext-secret:\n    severity: error\n    ignore-types: [publishable]\n    min-length: 6\n  rbac-least-privilege:\n    severity: warning\n    privileged-roles: [cluster-admin, admin]\n    allow-service-accounts: []\n  rotation-age:\n    severity: error # at max-age-days; a warning from warn-age-days\n    max-age-days: 90\n    warn-age-days: 75\n    expiry-warn-days: 14\n  secrets-overexposed:\n    severity: warning\n  service-account-bound:\n    severity: error # in production; capped at warning in other environments\n  workflow-permissions:\n    severity: warning\n",
    "report.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:report:v1\",\n  \"title\": \"keybound report\",\n  \"description\": \"The JSON report keybound writes with --format json and the action's json-file (SPEC section 9). Paths are relative to the scanned root with / separators; lines and columns are 1-based. Secret values never appear in it.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\n    \"schemaVersion\",\n    \"tool\",\n    \"verdict\",\n    \"mode\",\n    \"evaluatedAt\",\n    \"failOn\",\n    \"summary\",\n    \"keys\",\n    \"findings\",\n    \"suppressed\",\n    \"unconfirmed\",\n    \"diagnostics\"\n  ],\n  \"properties\": {\n    \"schemaVersion\": { \"const\": \"keybound/report/v1\" },\n    \"tool\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"version\"],\n      \"properties\": {\n        \"name\": { \"const\": \"keybound\" },\n        \"version\": { \"type\": \"string\", \"minLength\": 1 }\n      }\n    },\n    \"verdict\": {\n      \"description\": \"pass: nothing at or above failOn; fail: findings at or above it; indeterminate: a gated key could not be confirmed.\",\n      \"enum\": [\"pass\", \"fail\", \"indeterminate\"]\n    },\n    \"mode\": { \"enum\": [\"audit\", \"gate\"] },\n    \"environment\": {\n      \"description\": \"The gated environment (--environment), when one was given.\",\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"evaluatedAt\": {\n      \"description\": \"Evaluation date (YYYY-MM-DD), optionally followed by a time.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\"\n    },\n    \"failOn\": { \"enum\": [\"error\", \"warning\", \"note\", \"never\"] },\n    \"summary\": { \"$ref\": \"#/definitions/summary\" },\n    \"keys\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/key\" } },\n    \"findings\": {\n      \"description\": \"Active findings, most severe first, then by file, line, column, rule.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    },\n    \"suppressed\": {\n      \"description\": \"Findings waived by an exception or an inline suppression; each carries its suppression.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    },\n    \"unconfirmed\": {\n      \"description\": \"Keys a gate had to confirm and could not (an unknown or skipped smoke result).\",\n      \"type\": \"array\",\n      \"items\": { \"type\": \"string\" }\n    },\n    \"diagnostics\": {\n      \"description\": \"Files that could not be read or were skipped, and other things the user should know.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/diagnostic\" }\n    }\n  },\n  \"definitions\": {\n    \"count\": { \"type\": \"integer\", \"minimum\": 0 },\n    \"position\": { \"type\": \"integer\", \"minimum\": 1 },\n    \"severity\": { \"enum\": [\"error\", \"warning\", \"note\"] },\n    \"smokeStatus\": { \"enum\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"] },\n    \"factSource\": { \"enum\": [\"declared\", \"platform\", \"value\", \"name\", \"smoke\"] },\n    \"factValue\": {\n      \"oneOf\": [{ \"type\": \"string\" }, { \"type\": \"boolean\" }, { \"type\": \"array\", \"items\": { \"type\": \"string\" } }]\n    },\n    \"sourceKind\": {\n      \"enum\": [\"github-workflow\", \"kubernetes\", \"kustomize\", \"compose\", \"helm-values\", \"dotenv\"]\n    },\n    \"environmentSource\": { \"enum\": [\"config\", \"github-environment\", \"namespace\", \"path\", \"none\"] },\n    \"location\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" }\n      }\n    },\n    \"relatedLocation\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"message\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" },\n        \"message\": { \"type\": \"string\" }\n      }\n    },\n    \"summary\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"error\", \"warning\", \"note\", \"keys\", \"smoke\", \"suppressed\"],\n      \"properties\": {\n        \"error\": { \"$ref\": \"#/definitions/count\" },\n        \"warning\": { \"$ref\": \"#/definitions/count\" },\n        \"note\": { \"$ref\": \"#/definitions/count\" },\n        \"keys\": { \"$ref\": \"#/definitions/count\" },\n        \"smoke\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"],\n          \"properties\": {\n            \"verified\": { \"$ref\": \"#/definitions/count\" },\n            \"mismatch\": { \"$ref\": \"#/definitions/count\" },\n            \"invalid\": { \"$ref\": \"#/definitions/count\" },\n            \"unknown\": { \"$ref\": \"#/definitions/count\" },\n            \"skipped\": { \"$ref\": \"#/definitions/count\" },\n            \"malformed\": { \"$ref\": \"#/definitions/count\" }\n          }\n        },\n        \"suppressed\": { \"$ref\": \"#/definitions/count\" }\n      }\n    },\n    \"fact\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"value\", \"source\"],\n      \"properties\": {\n        \"value\": { \"$ref\": \"#/definitions/factValue\" },\n        \"source\": { \"$ref\": \"#/definitions/factSource\" },\n        \"detail\": { \"type\": \"string\" }\n      }\n    },\n    \"use\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"environment\", \"environmentSource\", \"sourceKind\", \"name\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" },\n        \"environment\": { \"type\": \"string\", \"minLength\": 1 },\n        \"environmentSource\": { \"$ref\": \"#/definitions/environmentSource\" },\n        \"sourceKind\": { \"$ref\": \"#/definitions/sourceKind\" },\n        \"name\": { \"type\": \"string\" },\n        \"context\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"properties\": {\n            \"workflow\": { \"type\": \"string\" },\n            \"job\": { \"type\": \"string\" },\n            \"step\": { \"type\": \"string\" },\n            \"via\": { \"type\": \"string\" },\n            \"resource\": { \"type\": \"string\" }\n          }\n        }\n      }\n    },\n    \"smoke\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"status\", \"reason\"],\n      \"properties\": {\n        \"status\": { \"$ref\": \"#/definitions/smokeStatus\" },\n        \"reason\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"principal\": {\n          \"description\": \"Principal details the provider returned (never a secret).\",\n          \"type\": \"object\",\n          \"additionalProperties\": { \"type\": [\"string\", \"number\", \"boolean\"] }\n        }\n      }\n    },\n    \"key\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"environments\", \"uses\", \"facts\"],\n      \"properties\": {\n        \"name\": { \"type\": \"string\", \"minLength\": 1 },\n        \"provider\": { \"type\": \"string\" },\n        \"aliases\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n        \"environments\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n        \"uses\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/use\" } },\n        \"facts\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"properties\": {\n            \"provider\": { \"$ref\": \"#/definitions/fact\" },\n            \"keyType\": { \"$ref\": \"#/definitions/fact\" },\n            \"keyEnvironment\": { \"$ref\": \"#/definitions/fact\" },\n            \"principal\": { \"$ref\": \"#/definitions/fact\" },\n            \"principalKind\": { \"$ref\": \"#/definitions/fact\" },\n            \"account\": { \"$ref\": \"#/definitions/fact\" },\n            \"scopes\": { \"$ref\": \"#/definitions/fact\" },\n            \"created\": { \"$ref\": \"#/definitions/fact\" },\n            \"rotated\": { \"$ref\": \"#/definitions/fact\" },\n            \"expires\": { \"$ref\": \"#/definitions/fact\" }\n          }\n        },\n        \"smoke\": { \"$ref\": \"#/definitions/smoke\" }\n      }\n    },\n    \"evidence\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fact\", \"value\", \"source\"],\n      \"properties\": {\n        \"fact\": { \"type\": \"string\" },\n        \"value\": {\n          \"oneOf\": [{ \"$ref\": \"#/definitions/factValue\" }, { \"type\": \"number\" }]\n        },\n        \"source\": {\n          \"description\": \"A fact source, file (what the scanned file itself says) or config.\",\n          \"enum\": [\"declared\", \"platform\", \"value\", \"name\", \"smoke\", \"file\", \"config\"]\n        },\n        \"detail\": { \"type\": \"string\" }\n      }\n    },\n    \"suppression\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"kind\", \"reason\"],\n      \"properties\": {\n        \"kind\": { \"enum\": [\"inline\", \"exception\", \"baseline\"] },\n        \"reason\": { \"type\": \"string\" },\n        \"until\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"#/definitions/location\" }\n      }\n    },\n    \"finding\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"ruleId\", \"severity\", \"message\", \"location\", \"evidence\", \"fingerprint\"],\n      \"properties\": {\n        \"ruleId\": { \"type\": \"string\", \"minLength\": 1 },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"key\": { \"type\": \"string\" },\n        \"environment\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"#/definitions/location\" },\n        \"relatedLocations\": {\n          \"description\": \"The other uses of the same root cause (same rule, key, environment, and job or file), in order; the finding is at the first.\",\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"items\": { \"$ref\": \"#/definitions/relatedLocation\" }\n        },\n        \"evidence\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/evidence\" } },\n        \"fingerprint\": { \"type\": \"string\", \"minLength\": 1 },\n        \"suppression\": { \"$ref\": \"#/definitions/suppression\" }\n      }\n    },\n    \"diagnostic\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"kind\", \"file\", \"message\"],\n      \"properties\": {\n        \"kind\": { \"enum\": [\"parse-error\", \"skipped\", \"notice\"] },\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"message\": { \"type\": \"string\" }\n      }\n    }\n  }\n}\n",
};

;// CONCATENATED MODULE: ./src/policy/discover.ts
// Finding the files: the config (`--config`, else keybound.yml, else .github/keybound.yml, `.yaml`
// too) and the packs it extends (built-in names, or paths relative to the extending file).
// SECURITY: a file reached through the repository (a discovered config, an `extends` path) must stay
// inside the scanned tree, so a pull request cannot make keybound read and quote files elsewhere.



const fsIo = {
    readFile: (absPath) => (0,external_node_fs_.readFileSync)(absPath, 'utf8'),
    realpath: (absPath) => external_node_fs_.realpathSync.native(absPath),
};
/** Config file names, in the order they are looked for under the root. */
const CONFIG_CANDIDATES = [
    'keybound.yml',
    'keybound.yaml',
    '.github/keybound.yml',
    '.github/keybound.yaml',
];
/** The config file to load, or undefined when there is none (built-in defaults apply). */
function discoverConfig(root, configPath, io) {
    if (configPath !== undefined) {
        // Given by whoever runs keybound, so it may live anywhere; it is named as given.
        const absPath = (0,external_node_path_.resolve)(configPath);
        const text = tryRead(absPath, configPath, io);
        if (text === undefined)
            throw new KeyboundError('config', `config file ${configPath} was not found`, { file: configPath });
        return { file: configPath, absPath, text };
    }
    for (const candidate of CONFIG_CANDIDATES) {
        const absPath = (0,external_node_path_.resolve)(root, candidate);
        const text = tryRead(absPath, candidate, io);
        if (text === undefined)
            continue;
        assertInside(io, absPath, [root], candidate);
        return { file: candidate, absPath, text };
    }
    return undefined;
}
/** The text of a file, or undefined when it does not exist; other read failures are config errors. */
function tryRead(absPath, file, io) {
    try {
        return io.readFile(absPath);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        const why = typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
        throw new KeyboundError('config', `could not be read (${why})`, { file });
    }
}
/** Throws unless the real path of `absPath` lies inside one of `bases` (compared by real paths too). */
function assertInside(io, absPath, bases, file) {
    const real = safeRealpath(io, absPath);
    const inside = bases.some((base) => {
        const rel = (0,external_node_path_.relative)(safeRealpath(io, base), real);
        return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
    });
    if (!inside) {
        throw new KeyboundError('config', 'leads out of the scanned tree (through a symlink or ..); not read', { file });
    }
}
function safeRealpath(io, absPath) {
    try {
        return io.realpath(absPath);
    }
    catch {
        return (0,external_node_path_.resolve)(absPath);
    }
}
/** A path relative to `root` with `/` separators, or the absolute path when it lies outside. */
function displayPath(root, absPath) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), absPath);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return absPath;
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/policy/tree.ts
// Between a parsed YAML document and the plain data ajv validates: conversion into prototype-free
// objects (SECURITY: a `__proto__` key is only a name here), the YAML node at a data path (for exact
// line/column in messages), and the dotted paths and value descriptions that messages quote.


function plainObject() {
    return Object.create(null);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Converts a document into data: maps become prototype-free objects, aliases are followed within a
 * budget (throws YamlBudgetError past it), and keys that are not scalars are reported, not stringified.
 */
function toData(doc, problems) {
    const aliases = new AliasBudget(doc);
    const convert = (input) => {
        const node = aliases.resolve(input);
        if ((0,dist/* isMap */.jh)(node)) {
            const out = plainObject();
            for (const pair of node.items) {
                const key = aliases.resolve(pair.key);
                if (!(0,dist/* isScalar */.jn)(key)) {
                    // An alias with no anchor resolves to nothing: report it where the key stands.
                    problems.push({
                        node: (key ?? pair.key ?? node),
                        message: 'keys must be plain strings, not maps or lists',
                    });
                    continue;
                }
                out[String(key.value)] = convert(pair.value);
            }
            return out;
        }
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map(convert);
        if ((0,dist/* isScalar */.jn)(node))
            return node.value ?? null;
        return null;
    };
    return convert(doc.contents);
}
/** Follows `path` through maps and lists (and aliases) to the YAML node that holds it. */
function nodeAt(doc, path) {
    if (!doc)
        return {};
    const aliases = new AliasBudget(doc);
    let current = aliases.resolve(doc.contents);
    let pair;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(current)) {
            pair = current.items.find((item) => {
                const key = aliases.resolve(item.key);
                return (0,dist/* isScalar */.jn)(key) && String(key.value) === String(segment);
            });
            if (!pair)
                return {};
            current = aliases.resolve(pair.value);
        }
        else if ((0,dist/* isSeq */.oP)(current) && typeof segment === 'number') {
            pair = undefined;
            current = aliases.resolve(current.items[segment]);
        }
        else {
            return {};
        }
    }
    return { node: current ?? undefined, pair };
}
/** The location of the value at `path` (or of its key, with `at: 'key'`), falling back to the nearest parent. */
function tree_locate(file, doc, lineCounter, path, at = 'value') {
    for (let length = path.length; length >= 0; length--) {
        const { node, pair } = nodeAt(doc, path.slice(0, length));
        const key = pair?.key;
        // An empty value (`keys:` with nothing after it) has no text of its own: point at its key.
        const emptyValue = !node?.range || node.range[0] === node.range[1];
        const target = (at === 'key' && length === path.length) || emptyValue ? (key ?? node) : node;
        if (target?.range)
            return start(nodeLocation(file, lineCounter, target));
    }
    return { file, line: 1, column: 1 };
}
function start(location) {
    return { file: location.file, line: location.line, column: location.column };
}
const PLAIN_SEGMENT = /^[A-Za-z0-9_\-/:*@$<]+$/;
/** `rules.rotation-age.max-age-days`, `exceptions[0].reason`, `keys["a.b"]`: how messages name a place. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (PLAIN_SEGMENT.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/** Strings longer than this are described by length, not quoted: config values are not secrets, but a
 *  key pasted into the wrong field would be, and JSON quoting keeps newlines out of the log. */
const MAX_QUOTED = 40;
/** How a message names a value it found: `"ninety"`, `90`, `null`, `an array`. */
function describeValue(value) {
    if (typeof value === 'string') {
        return value.length > MAX_QUOTED ? `a string of ${value.length} characters` : JSON.stringify(value);
    }
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    return String(value);
}
/** Quotes a name (key, rule id, property) for a message, neutralizing newlines and long values. */
function quoteName(name) {
    return name.length > 80 ? `${JSON.stringify(name.slice(0, 80))}…` : JSON.stringify(name);
}

;// CONCATENATED MODULE: ./src/policy/messages.ts
// Rewrites ajv's errors into sentences that say what was found and what was expected (the Spectral
// model): `must be an integer, got "ninety"`, `unknown property "url" (allowed: provider, ...)`.
// Raw ajv output never reaches the user; values are described through describeValue only.

// Property names that would let a file choose where a secret goes. SECURITY.md case 1.
const ENDPOINT_WORDS = new Set([
    'url',
    'host',
    'hostname',
    'headers',
    'header',
    'method',
    'endpoint',
    'base-url',
    'baseurl',
    'port',
    'proxy',
]);
const TYPE_NAMES = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    object: 'a map',
    array: 'a list',
    null: 'null',
};
const SEVERITY_WORDS = new Set(['error', 'warning', 'note', 'off']);
const PATTERN_NAMES = {
    '\\S': 'must not be blank',
    '^[a-z0-9][a-z0-9-]*$': 'must be lowercase letters, digits and dashes',
};
/** Splits an ajv instancePath into segments, typing list indexes as numbers by walking `root`. */
function pathOf(instancePath, root) {
    if (!instancePath)
        return [];
    const out = [];
    let current = root;
    for (const raw of instancePath.slice(1).split('/')) {
        const name = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current) && /^\d+$/.test(name)) {
            out.push(Number(name));
            current = current[Number(name)];
        }
        else {
            out.push(name);
            current = isPlainObject(current) ? current[name] : undefined;
        }
    }
    return out;
}
/** Every ajv error of one validation as problems, wrapper keywords dropped and duplicates merged. */
function schemaProblems(errors, root, prefix = []) {
    const seen = new Set();
    const out = [];
    for (const error of errors) {
        const problem = rewrite(error, pathOf(error.instancePath, root));
        if (!problem)
            continue;
        problem.path = [...prefix, ...problem.path];
        const id = `${JSON.stringify(problem.path)}\u0000${problem.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(problem);
    }
    return out;
}
function rewrite(error, path) {
    const params = error.params;
    const got = `got ${describeValue(error.data)}`;
    // Errors about a property's name (propertyNames) point at that key.
    const propertyName = error.propertyName;
    if (propertyName !== undefined) {
        return {
            path: [...path, propertyName],
            at: 'key',
            message: `property name ${quoteName(propertyName)} ${error.message ?? 'is not allowed'}`,
        };
    }
    switch (error.keyword) {
        case 'if':
        case 'propertyNames':
            return undefined;
        case 'additionalProperties':
            return unknownProperty(String(params.additionalProperty), error.parentSchema, path);
        case 'required':
            return { path, at: 'value', message: `missing required property ${quoteName(String(params.missingProperty))}` };
        case 'type': {
            const types = String(params.type)
                .split(',')
                .map((t) => TYPE_NAMES[t] ?? t);
            // `rotation-age: off` is the ESLint habit; say how to write it here.
            const hint = params.type === 'object' && typeof error.data === 'string' && SEVERITY_WORDS.has(error.data)
                ? `; write { severity: ${error.data} }`
                : '';
            return { path, at: 'value', message: `must be ${types.join(' or ')}, ${got}${hint}` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
            const choices = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed.join('');
            return { path, at: 'value', message: `must be ${choices}, ${got}${hint}` };
        }
        case 'const':
            return { path, at: 'value', message: `must be ${JSON.stringify(params.allowedValue)}, ${got}` };
        case 'format':
            return {
                path,
                at: 'value',
                message: params.format === 'date'
                    ? `must be a date (YYYY-MM-DD), ${got}`
                    : `must be a valid ${String(params.format)}, ${got}`,
            };
        case 'pattern':
            return {
                path,
                at: 'value',
                message: `${PATTERN_NAMES[String(params.pattern)] ?? `must match /${String(params.pattern)}/`}, ${got}`,
            };
        case 'minLength':
            return {
                path,
                at: 'value',
                message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long, ${got}`,
            };
        default: {
            const scalar = error.data === null || typeof error.data !== 'object';
            return { path, at: 'value', message: `${error.message ?? `fails ${error.keyword}`}${scalar ? `, ${got}` : ''}` };
        }
    }
}
function unknownProperty(name, parentSchema, path) {
    const properties = isPlainObject(parentSchema) && isPlainObject(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
    let message = `unknown property ${quoteName(name)}`;
    message += properties.length ? ` (allowed: ${properties.join(', ')})` : ' (no properties are allowed here)';
    if (ENDPOINT_WORDS.has(name.toLowerCase())) {
        message +=
            '; keybound never takes hosts, URLs, headers or methods from a file: where a key is sent is compiled into its provider adapter';
    }
    else if (name === '<<') {
        message += '; YAML merge keys are not expanded in config, write the properties out';
    }
    else {
        message += didYouMean(name, properties);
    }
    return { path: [...path, name], at: 'key', message };
}
/** `; did you mean "provider"?` for close matches, or ''. */
function didYouMean(input, candidates) {
    const close = closeMatches(input, candidates);
    return close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
}
/** Candidates within a small edit distance of `input` (or containing it), closest first, at most 3. */
function closeMatches(input, candidates) {
    const needle = input.toLowerCase();
    const limit = Math.max(2, Math.floor(needle.length / 3));
    return candidates
        .map((candidate) => {
        const hay = candidate.toLowerCase();
        const distance = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay)) ? 0.5 : editDistance(needle, hay, limit);
        return { candidate, distance };
    })
        .filter((c) => c.distance <= limit && c.candidate !== input)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, 3)
        .map((c) => c.candidate);
}
/** Levenshtein distance, giving up (returning limit + 1) once it cannot be within `limit`. */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit || a.length > 200 || b.length > 200)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/policy/schema.ts
// The validators: the config JSON Schema (policies/config.schema.json, embedded so bundles carry it) and
// each rule's options schema, compiled by one ajv instance. SECURITY.md: ajv never rewrites data here
// (no useDefaults, no coerceTypes), and every pattern we compile is linear-time.



/** File name of the config schema in policies/. */
const CONFIG_SCHEMA_FILE = 'config.schema.json';
let ajvInstance;
let configValidator;
const ruleValidators = new WeakMap();
function schema_ajv() {
    ajvInstance ??= createAjv();
    return ajvInstance;
}
function createAjv() {
    // verbose: errors carry parentSchema and data, which the messages need (allowed property names,
    // the value found). The data is only ever described through describeValue, never printed raw.
    const instance = new ajv.Ajv({
        allErrors: true,
        strict: true,
        verbose: true,
        useDefaults: false,
        coerceTypes: false,
        removeAdditional: false,
        logger: false,
    });
    instance.addFormat('date', { type: 'string', validate: isCalendarDate });
    return instance;
}
/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
function isCalendarDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const [year, month, day] = text.split('-').map(Number);
    if (month < 1 || month > 12 || day < 1)
        return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day <= days;
}
/** The parsed config schema (for `keybound schema` style commands and tests). */
function configSchema() {
    const text = POLICY_FILES[CONFIG_SCHEMA_FILE];
    if (text === undefined) {
        throw new KeyboundError('internal', `${CONFIG_SCHEMA_FILE} is not embedded; run node scripts/generate.mjs`);
    }
    return JSON.parse(text);
}
/** Validates one parsed config or policy file; returns ajv's errors (to be rewritten, never shown raw). */
function validateConfigData(data) {
    const validate = (configValidator ??= schema_ajv().compile(configSchema()));
    return validate(data) ? [] : [...(validate.errors ?? [])];
}
/**
 * Validates a rule's merged options against its `meta.optionsSchema`. A schema that lists `properties`
 * and says nothing about others is closed here: the top config schema lets anything through under
 * `rules.<id>`, so a typo in an option name must be caught by the rule's schema.
 */
function validateRuleOptions(rule, options) {
    let validate = ruleValidators.get(rule);
    if (!validate) {
        const schema = { ...rule.meta.optionsSchema };
        if (schema.properties !== undefined && schema.additionalProperties === undefined) {
            schema.additionalProperties = false;
        }
        if (schema.type === undefined)
            schema.type = 'object';
        // NOTE: ajv refuses a second schema with the same $id; the rule's id already names it.
        delete schema.$id;
        try {
            validate = schema_ajv().compile(schema);
        }
        catch (error) {
            const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
            throw new KeyboundError('internal', `rule "${rule.meta.id}" has an invalid options schema: ${why}`);
        }
        ruleValidators.set(rule, validate);
    }
    return validate(options) ? [] : [...(validate.errors ?? [])];
}

;// CONCATENATED MODULE: ./src/policy/source.ts
// One config or policy file, parsed and validated against the config schema: YAML problems and schema
// errors become located KeyboundErrors (code `config` for the config, `policy` for packs). The data
// comes back even when invalid, so later checks still run on the parts that are well-formed.






/** Where a problem stands in a source, as a KeyboundError with file, line, column and dotted path. */
function errorAt(source, path, message, at = 'value') {
    const { line, column } = tree_locate(source.file, source.doc, source.lineCounter, path, at);
    return new KeyboundError(source.code, message, {
        file: source.file,
        line,
        column,
        path: formatPath(path) || undefined,
    });
}
/** Parses and schema-validates one file; every problem found is pushed onto `errors`. */
function parseSource(text, meta, errors) {
    const parsed = parseYaml(text, { warningsAsErrors: true });
    const doc = parsed.docs[0];
    const source = { ...meta, doc, lineCounter: parsed.lineCounter, text, data: plainObject() };
    if (parsed.problems.length) {
        for (const problem of parsed.problems)
            errors.push(yamlError(source, problem));
        return { ...source, doc: undefined };
    }
    if (parsed.docs.length > 1) {
        const [line, column] = position(parsed.lineCounter, parsed.docs[1].range[0]);
        errors.push(new KeyboundError(meta.code, 'must hold one YAML document, found more after ---', {
            file: meta.file,
            line,
            column,
        }));
    }
    // An empty or comment-only file is an empty config: it extends recommended and changes nothing.
    if (!doc || doc.contents === null)
        return source;
    const problems = [];
    let data;
    try {
        data = toData(doc, problems);
    }
    catch (error) {
        if (!(error instanceof YamlBudgetError))
            throw error;
        errors.push(new KeyboundError(meta.code, error.message, { file: meta.file }));
        return { ...source, doc: undefined };
    }
    for (const problem of problems) {
        const [line, column] = position(parsed.lineCounter, problem.node.range?.[0] ?? 0);
        errors.push(new KeyboundError(meta.code, problem.message, { file: meta.file, line, column }));
    }
    for (const problem of schemaProblems(validateConfigData(data), data)) {
        errors.push(errorAt(source, problem.path, problem.message, problem.at));
    }
    return { ...source, data: isPlainObject(data) ? data : plainObject() };
}
function yamlError(source, problem) {
    const place = { file: source.file, line: problem.line, column: problem.column };
    if (problem.firstLine !== undefined && problem.line !== undefined && problem.column !== undefined) {
        const key = keyAt(source.doc, source.lineCounter, problem.line, problem.column);
        if (key) {
            const message = `duplicate key ${JSON.stringify(key.name)} (first at line ${problem.firstLine})`;
            return new KeyboundError(source.code, message, { ...place, path: formatPath(key.path) });
        }
    }
    const tag = /^Unresolved tag: (.*)$/.exec(problem.message);
    if (tag) {
        const name = tag[1].replace(/^tag:yaml\.org,2002:/, '!!');
        return new KeyboundError(source.code, `unknown tag ${name}: tags are not allowed in config`, place);
    }
    return new KeyboundError(source.code, problem.message, place);
}
/** The scalar key that starts at line:column, with its path (for duplicate-key messages). */
function keyAt(doc, lineCounter, line, column) {
    let found;
    const visit = (node, path) => {
        if (found)
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const key = pair.key;
                if (!(0,dist/* isScalar */.jn)(key))
                    continue;
                const name = String(key.value);
                if (key.range) {
                    const [l, c] = position(lineCounter, key.range[0]);
                    if (l === line && c === column) {
                        found = { name, path: [...path, name] };
                        return;
                    }
                }
                visit(pair.value, [...path, name]);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => visit(item, [...path, index]));
        }
    };
    visit(doc?.contents, []);
    return found;
}

;// CONCATENATED MODULE: ./src/policy/merge-keys.ts
// `environments:` and `keys:` of every applied file, merged field by field (later files win), plus the
// checks that need the merged view: GITHUB_TOKEN is only ever a GitHub key (SECURITY.md case 3), and a
// key's declared environment must be one keybound knows.




const ENVIRONMENT_FIELDS = [
    ['github-environments', 'githubEnvironments'],
    ['paths', 'paths'],
    ['namespaces', 'namespaces'],
];
const KEY_STRING_FIELDS = [
    ['provider', 'provider'],
    ['environment', 'environment'],
    ['principal', 'principal'],
    ['principal-kind', 'principalKind'],
    ['rotated', 'rotated'],
    ['owner', 'owner'],
];
const KEY_LIST_FIELDS = [
    ['scopes', 'scopes'],
    ['aliases', 'aliases'],
];
/** The environment mappings of all files: a later file's list replaces an earlier one's. */
function mergeEnvironments(sources) {
    const merged = new Map();
    for (const source of sources) {
        const section = source.data.environments;
        if (!isPlainObject(section))
            continue;
        for (const [name, entry] of Object.entries(section)) {
            if (!isPlainObject(entry))
                continue;
            const target = merged.get(name) ?? { name, githubEnvironments: [], paths: [], namespaces: [] };
            for (const [field, property] of ENVIRONMENT_FIELDS) {
                const list = stringList(entry[field]);
                if (list)
                    target[property] = list;
            }
            merged.set(name, target);
        }
    }
    return [...merged.values()];
}
/** The key declarations of all files, field by field; each key's location is where it was last declared. */
function mergeKeys(sources, environments, errors) {
    const keys = new Map();
    const places = new Map();
    for (const source of sources) {
        const section = source.data.keys;
        if (!isPlainObject(section))
            continue;
        for (const [name, entry] of Object.entries(section)) {
            if (!isPlainObject(entry))
                continue;
            const declaration = keys.get(name) ?? { name };
            const fieldPlaces = places.get(name) ?? new Map();
            const place = (field) => void fieldPlaces.set(field, { source, path: ['keys', name, field] });
            for (const [field, property] of KEY_STRING_FIELDS) {
                const value = entry[field];
                if (typeof value !== 'string')
                    continue;
                declaration[property] = value;
                place(field);
            }
            for (const [field, property] of KEY_LIST_FIELDS) {
                const list = stringList(entry[field]);
                if (!list)
                    continue;
                declaration[property] = list;
                place(field);
            }
            declaration.location = tree_locate(source.file, source.doc, source.lineCounter, ['keys', name], 'key');
            keys.set(name, declaration);
            places.set(name, fieldPlaces);
        }
    }
    const known = [
        ...BUILTIN_ENVIRONMENTS,
        ...environments.map((e) => e.name).filter((n) => !BUILTIN_ENVIRONMENTS.includes(n)),
    ];
    for (const declaration of keys.values()) {
        const fieldPlaces = places.get(declaration.name) ?? new Map();
        checkGithubToken(declaration, fieldPlaces, errors);
        checkEnvironment(declaration, fieldPlaces, known, errors);
    }
    return keys;
}
// SECURITY: GITHUB_TOKEN is sent only to the GitHub API. Declaring it as another provider's key would
// route the workflow token to that provider's endpoint, so it is refused (GitHub names ignore case).
function checkGithubToken(declaration, places, errors) {
    if (declaration.provider === undefined || declaration.provider === 'github')
        return;
    const names = [declaration.name, ...(declaration.aliases ?? [])];
    const token = names.find((n) => n.toUpperCase() === 'GITHUB_TOKEN');
    if (token === undefined)
        return;
    const placed = places.get('provider');
    if (!placed)
        return;
    const via = token === declaration.name ? 'GITHUB_TOKEN' : `${declaration.name} (alias ${JSON.stringify(token)})`;
    errors.push(errorAt(placed.source, placed.path, `${via} is only ever sent to the GitHub API and cannot be declared as a ${JSON.stringify(declaration.provider)} key; use provider: github or leave provider out`));
}
function checkEnvironment(declaration, places, known, errors) {
    const environment = declaration.environment;
    if (environment === undefined || known.includes(environment))
        return;
    const placed = places.get('environment');
    if (!placed)
        return;
    const close = closeMatches(environment, known);
    const hint = close.length
        ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
        : '; define it under environments: to use your own name';
    errors.push(errorAt(placed.source, placed.path, `unknown environment ${JSON.stringify(environment)} (known: ${known.join(', ')})${hint}`));
}
function stringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

// EXTERNAL MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(7337);
;// CONCATENATED MODULE: ./src/policy/cel-cost.ts
// The cost limit of custom rules: a static worst-case estimate of one evaluation, computed when the
// config loads (as Kubernetes does for CEL in admission policies). Each AST node costs 1; string and
// list work costs by size; a comprehension (all, exists, exists_one, map, filter) costs its body once
// per element of the largest list its range can be. The model's lists and strings are capped (see
// MODEL_BOUNDS), so the estimate bounds the real work. An expression over the limit does not load.
/** Caps the CEL model is built under: no list in it is longer, no string longer. */
const MODEL_BOUNDS = { str: 1024, list: 100 };
/** Largest estimated cost of one evaluation of one expression. */
const MAX_COST = 100_000;
const NONE = { str: 0, list: 0 };
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
/** Work per unit of size: comparing or copying 64 characters or elements costs 1. */
const sizeCost = (b) => Math.ceil((b.str + b.list) / 64);
const max = (...all) => ({
    str: Math.max(0, ...all.map((b) => b.str)),
    list: Math.max(0, ...all.map((b) => b.list)),
});
/** The worst-case cost of evaluating `ast`, with the model's variables within MODEL_BOUNDS. */
function estimateCost(ast) {
    return estimate(ast, new Map()).cost;
}
/** A node of `bounds` that costs 1 plus `extra` plus its parts. */
function sum(parts, bounds, extra = 0) {
    return { str: bounds.str, list: bounds.list, cost: 1 + extra + parts.reduce((total, part) => total + part.cost, 0) };
}
function estimate(node, scope) {
    switch (node.op) {
        case 'value': {
            const v = node.args;
            const size = typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.length : 0;
            return { str: size, list: 0, cost: 1 };
        }
        case 'id':
            return { ...(scope.get(node.args) ?? MODEL_BOUNDS), cost: 1 };
        case '.':
        case '.?': {
            const object = estimate(node.args[0], scope);
            return sum([object], object);
        }
        case '[]':
        case '[?]': {
            const [object, index] = node.args.map((n) => estimate(n, scope));
            return sum([object, index], object, sizeCost(index));
        }
        case 'list': {
            const items = node.args.map((n) => estimate(n, scope));
            const bounds = max(...items);
            return sum(items, { str: bounds.str, list: Math.max(items.length, bounds.list) });
        }
        case 'map': {
            const items = node.args.flatMap(([k, v]) => [estimate(k, scope), estimate(v, scope)]);
            const bounds = max(...items);
            return sum(items, { str: bounds.str, list: Math.max(node.args.length, bounds.list) });
        }
        case '?:': {
            const [test, yes, no] = node.args.map((n) => estimate(n, scope));
            return { ...max(yes, no), cost: 1 + test.cost + Math.max(yes.cost, no.cost) };
        }
        case '&&':
        case '||': {
            const parts = node.args.map((n) => estimate(n, scope));
            return sum(parts, NONE);
        }
        case '!_':
        case '-_': {
            const operand = estimate(node.args, scope);
            return sum([operand], operand);
        }
        case 'call':
            return call(node.args[0], undefined, node.args[1], scope);
        case 'rcall':
            return call(node.args[0], node.args[1], node.args[2], scope);
        default: {
            // Binary operators: `+` concatenates strings and lists; the others compare or do arithmetic.
            const [left, right] = node.args.map((n) => estimate(n, scope));
            if (node.op === '+') {
                const bounds = { str: left.str + right.str, list: left.list + right.list };
                return sum([left, right], bounds, sizeCost(bounds));
            }
            return sum([left, right], NONE, sizeCost(max(left, right)));
        }
    }
}
function call(name, receiver, args, scope) {
    if (name === 'has')
        return { ...NONE, cost: 1 + args.reduce((c, a) => c + estimate(a, scope).cost, 0) };
    if (receiver && name === 'bind' && receiver.op === 'id' && receiver.args === 'cel' && args[0]?.op === 'id') {
        const init = estimate(args[1], scope);
        const body = estimate(args[2], new Map([...scope, [args[0].args, init]]));
        return { ...max(body), cost: 1 + init.cost + body.cost };
    }
    if (receiver && MACROS.has(name) && args[0]?.op === 'id') {
        const range = estimate(receiver, scope);
        // An element is no larger than the range itself.
        const inner = new Map([...scope, [args[0].args, { str: range.str, list: range.list }]]);
        const steps = args.slice(1).map((a) => estimate(a, inner));
        const perElement = 1 + steps.reduce((c, s) => c + s.cost, 0);
        const cost = 1 + range.cost + Math.max(range.list, 1) * perElement;
        const last = steps[steps.length - 1] ?? { ...NONE, cost: 0 };
        if (name === 'map')
            return { str: Math.max(range.str, last.str), list: Math.max(range.list, last.list), cost };
        if (name === 'filter')
            return { str: range.str, list: range.list, cost };
        return { ...NONE, cost };
    }
    const self = receiver ? estimate(receiver, scope) : undefined;
    const params = args.map((a) => estimate(a, scope));
    const all = self ? [self, ...params] : params;
    let bounds = max(...all);
    if (name === 'split' && self)
        bounds = { str: self.str, list: self.str + 1 };
    else if (name === 'join' && self)
        bounds = { str: self.list * (self.str + (params[0]?.str ?? 0)), list: 0 };
    else if (name === 'replace' && self)
        bounds = { str: self.str * Math.max(1, params[1]?.str ?? 1), list: 0 };
    return sum(all, bounds, sizeCost(bounds) + sizeCost(max(...all)));
}

;// CONCATENATED MODULE: ./src/policy/cel-position.ts
// Where a character of a CEL expression stands in its YAML file: an offset in the expression (as the
// CEL library reports it) becomes an offset in the file, through the scalar's quoting and escapes.
// Plain and quoted one-line scalars and `|` block scalars map exactly; anything else (folded or
// multi-line flow scalars) maps to the scalar's start.

/** The file offset of character `index` of the scalar's value; the scalar's start when it cannot be mapped. */
function sourceOffset(text, node, index) {
    if (!node?.range)
        return undefined;
    const start = node.range[0];
    if (text === undefined || !(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return start;
    const value = node.value;
    const raw = text.slice(start, node.range[1]);
    const mapped = mapIndex(node.type, raw, value, Math.max(0, Math.min(index, value.length)));
    return mapped === undefined ? start : start + mapped;
}
/** Offset within `raw` of value character `index`, or undefined when the mapping is not exact. */
function mapIndex(type, raw, value, index) {
    switch (type) {
        case dist/* Scalar */.X5.PLAIN:
            return raw.startsWith(value) ? index : undefined;
        case dist/* Scalar */.X5.QUOTE_SINGLE:
            return walkQuoted(raw, value, index, (at) => (raw.startsWith("''", at) ? 2 : 1));
        case dist/* Scalar */.X5.QUOTE_DOUBLE:
            return walkQuoted(raw, value, index, (at) => escapeLength(raw, at));
        case dist/* Scalar */.X5.BLOCK_LITERAL:
            return mapBlockLiteral(raw, value, index);
        default:
            return undefined;
    }
}
/** Steps through a one-line quoted scalar, `width(at)` raw characters per value character. */
function walkQuoted(raw, value, index, width) {
    if (raw.includes('\n'))
        return undefined;
    let at = 1;
    for (let produced = 0; produced < index; produced++) {
        if (at >= raw.length - 1)
            return undefined;
        at += width(at);
    }
    return index <= value.length ? at : undefined;
}
/** Raw length of the double-quoted character at `at`: `\n` 2, `\x41` 4, `\u0041` 6, `\U…` 10. */
function escapeLength(raw, at) {
    if (raw[at] !== '\\')
        return 1;
    const next = raw[at + 1];
    return next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
}
/** `|` blocks: value line k is source line k after the header, behind the block's indentation. */
function mapBlockLiteral(raw, value, index) {
    const header = raw.indexOf('\n');
    if (header < 0)
        return undefined;
    const before = value.slice(0, index);
    const lineIndex = before.split('\n').length - 1;
    const column = index - (before.lastIndexOf('\n') + 1);
    const lines = raw.slice(header + 1).split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    const wanted = value.split('\n')[lineIndex] ?? '';
    const line = lines[lineIndex];
    if (line === undefined || !Number.isFinite(indent) || line.slice(indent) !== wanted)
        return undefined;
    let offset = header + 1;
    for (let i = 0; i < lineIndex; i++)
        offset += lines[i].length + 1;
    return offset + indent + column;
}

;// CONCATENATED MODULE: ./src/policy/cel.ts
// Custom rules in CEL (@marcbachmann/cel-js): the declared model (`key`, `use`, `now`), compilation
// and type checking when the config loads, and the checks a rule must pass before it may run (a bool
// result, a cost under the limit, no regular expressions, known message placeholders). Every problem is
// a KeyboundError at the file, line and column of the offending token inside the YAML scalar.









const FACT = { value: 'string', source: 'string' };
/** The types CEL checks expressions against; README "Custom rules" documents the same model. */
const KEY_SCHEMA = {
    name: 'string',
    names: 'list<string>',
    provider: 'string',
    environments: 'list<string>',
    owner: 'string',
    declared: 'bool',
    facts: Object.fromEntries(FACT_NAMES.map((name) => [name, name === 'scopes' ? { value: 'list<string>', source: 'string' } : FACT])),
    smoke: { status: 'string', reason: 'string', principal: 'string' },
};
const USE_SCHEMA = {
    name: 'string',
    file: 'string',
    line: 'int',
    column: 'int',
    environment: 'string',
    environmentSource: 'string',
    kind: 'string',
    workflow: 'string',
    job: 'string',
    step: 'string',
    via: 'string',
    resource: 'string',
};
/** Placeholders a custom rule's message may use, filled per finding by src/rules/custom.ts. */
const MESSAGE_PLACEHOLDERS = [
    'rule',
    'key',
    'provider',
    'principal',
    'keyType',
    'keyEnvironment',
    'smoke',
    'environment',
    'file',
    'line',
    'column',
    'use',
    'workflow',
    'job',
    'step',
    'resource',
    'now',
];
let shared;
/** The one CEL environment: the model's variables, strict types, the spec's structural limits tightened. */
function cel_environment() {
    shared ??= new lib/* Environment */.OH({
        unlistedVariablesAreDyn: false,
        limits: { maxAstNodes: 1000, maxDepth: 32, maxListElements: 100, maxMapEntries: 100, maxCallArguments: 8 },
    })
        .registerVariable({ name: 'key', schema: KEY_SCHEMA, description: 'The key a use refers to.' })
        .registerVariable({ name: 'use', schema: USE_SCHEMA, description: 'One use of the key.' })
        .registerVariable('now', 'string', { description: 'Evaluation date, YYYY-MM-DD.' });
    return shared;
}
/** Compiles one expression; a failure says what is wrong and where in the expression. */
function compileExpression(expression) {
    const env = cel_environment();
    let program;
    try {
        program = env.parse(expression);
    }
    catch (error) {
        return { failure: describeCelError(error) };
    }
    const checked = env.check(expression);
    if (!checked.valid)
        return { failure: describeCelError(checked.error) };
    if (checked.type !== 'bool' && checked.type !== 'dyn')
        return { failure: { message: `must be true or false, but this expression gives a ${checked.type}`, at: 0 } };
    const regex = findCall(program.ast, 'matches');
    if (regex)
        return {
            failure: {
                message: 'matches() is not available: a regular expression can take exponential time; use startsWith, endsWith or contains',
                at: regex.start,
            },
        };
    const cost = estimateCost(program.ast);
    if (cost > MAX_COST)
        return {
            failure: {
                message: `estimated cost ${Number.isFinite(cost) ? Math.round(cost) : 'unbounded'} exceeds the limit of ${MAX_COST}; nest fewer comprehensions or build smaller lists`,
                at: 0,
            },
        };
    return { program };
}
function describeCelError(error) {
    const e = error;
    const message = e?.summary ?? String(e?.message ?? error).split('\n')[0];
    return { message: lowerFirst(message), at: e?.range?.start ?? e?.node?.pos };
}
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
function findCall(node, name) {
    if ((node.op === 'call' || node.op === 'rcall') && node.args[0] === name)
        return node;
    for (const child of children(node)) {
        const found = findCall(child, name);
        if (found)
            return found;
    }
    return undefined;
}
function children(node) {
    const out = [];
    const collect = (value) => {
        if (Array.isArray(value))
            value.forEach(collect);
        else if (value && typeof value === 'object' && 'op' in value)
            out.push(value);
    };
    if (node.op !== 'value' && node.op !== 'id')
        collect(node.args);
    return out;
}
/**
 * Compiles `when` and `deny` of the custom rule at `path` (`custom-rules[i]`) and checks its message's
 * placeholders. Problems are pushed onto `errors`; undefined is returned when there were any.
 */
function compileCustomRule(source, path, rule, errors) {
    const before = errors.length;
    const compile = (field, expression) => {
        const result = compileExpression(expression);
        if ('program' in result)
            return result.program;
        errors.push(errorInScalar(source, [...path, field], result.failure));
        return undefined;
    };
    const when = rule.when === undefined ? undefined : compile('when', rule.when);
    const deny = compile('deny', rule.deny);
    const known = MESSAGE_PLACEHOLDERS;
    for (const name of placeholders(rule.message)) {
        if (known.includes(name))
            continue;
        const close = closeMatches(name, known);
        const hint = close.length
            ? `did you mean ${close.map((c) => `{{${c}}}`).join(' or ')}?`
            : `known: ${known.join(', ')}`;
        const at = rule.message.indexOf(name);
        errors.push(errorInScalar(source, [...path, 'message'], { message: `unknown placeholder {{${name}}}; ${hint}`, at }));
    }
    if (errors.length > before || !deny)
        return undefined;
    return { ...(when ? { when } : {}), deny };
}
/** A KeyboundError at character `at` of the string scalar at `path` (its start when it cannot be mapped). */
function errorInScalar(source, path, failure) {
    const { node } = nodeAt(source.doc, path);
    const offset = sourceOffset(source.text, node, failure.at ?? 0);
    const [line, column] = offset === undefined ? [1, 1] : position(source.lineCounter, offset);
    return new KeyboundError(source.code, failure.message, { file: source.file, line, column, path: formatPath(path) });
}

;// CONCATENATED MODULE: ./src/policy/merge-rules.ts
// `rules:`, `custom-rules:` and `exceptions:` of every applied file. Rule options are merged over the
// rule's defaults (later files win, option by option) and validated against the rule's own options
// schema when the policy loads, with each error placed in the file that set the offending option.






const SEVERITY_SETTINGS = [...SEVERITIES, 'off'];
function isSeverity(value) {
    return typeof value === 'string' && SEVERITY_SETTINGS.includes(value);
}
/** Every registered rule's severity and options, after all files; unknown ids and bad options are errors. */
function mergeRuleSettings(sources, rules, customIds, errors) {
    const registry = new Map(rules.map((rule) => [rule.meta.id, rule]));
    const drafts = new Map();
    for (const source of sources) {
        const section = source.data.rules;
        if (!isPlainObject(section))
            continue;
        for (const [id, entry] of Object.entries(section)) {
            const path = ['rules', id];
            if (!registry.has(id)) {
                errors.push(errorAt(source, path, unknownRule(id, [...registry.keys()], customIds), 'key'));
                continue;
            }
            if (!isPlainObject(entry))
                continue;
            const draft = drafts.get(id) ?? { options: new Map(), last: { source, path } };
            draft.last = { source, path };
            for (const [option, value] of Object.entries(entry)) {
                if (option === 'severity') {
                    if (id === 'invalid-waiver' && value === 'off') {
                        errors.push(errorAt(source, [...path, 'severity'], 'invalid-waiver cannot be off: expired exceptions always fail; use warning or note to soften unused-waiver reports'));
                    }
                    else if (isSeverity(value))
                        draft.severity = value;
                }
                else {
                    draft.options.set(option, { value, placed: { source, path: [...path, option] } });
                }
            }
            drafts.set(id, draft);
        }
    }
    const settings = Object.create(null);
    for (const rule of rules) {
        const draft = drafts.get(rule.meta.id);
        const options = plainObject();
        // Copied, so a rule that changes its options cannot change its defaults for the next load.
        for (const [name, value] of Object.entries(rule.meta.defaultOptions))
            options[name] = structuredClone(value);
        if (draft) {
            for (const [name, { value }] of draft.options)
                options[name] = value;
            for (const problem of schemaProblems(validateRuleOptions(rule, options), options)) {
                // The file that set the offending option, else the last file that configured the rule.
                const source = draft.options.get(String(problem.path[0]))?.placed.source ?? draft.last.source;
                errors.push(errorAt(source, ['rules', rule.meta.id, ...problem.path], problem.message, problem.at));
            }
        }
        settings[rule.meta.id] = { severity: draft?.severity ?? rule.meta.defaultSeverity, options };
    }
    return settings;
}
function unknownRule(id, known, customIds) {
    if (customIds.has(id))
        return `${JSON.stringify(id)} is a custom rule; set its severity in custom-rules, not rules`;
    const close = closeMatches(id, known);
    if (close.length)
        return `unknown rule ${JSON.stringify(id)}; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`;
    return `unknown rule ${JSON.stringify(id)} (known rules: ${[...known].sort().join(', ')})`;
}
/** Custom rules of all files; a later file's rule with the same id replaces an earlier one. */
function mergeCustomRules(sources, rules, errors) {
    const builtinIds = new Set(rules.map((rule) => rule.meta.id));
    const merged = new Map();
    for (const source of sources) {
        const list = source.data['custom-rules'];
        if (!Array.isArray(list))
            continue;
        const firstLines = new Map();
        list.forEach((item, index) => {
            if (!isPlainObject(item) || typeof item.id !== 'string')
                return;
            const path = ['custom-rules', index];
            const location = tree_locate(source.file, source.doc, source.lineCounter, path);
            if (builtinIds.has(item.id)) {
                errors.push(errorAt(source, [...path, 'id'], `${JSON.stringify(item.id)} is the id of a built-in rule; give the custom rule its own id`));
                return;
            }
            const first = firstLines.get(item.id);
            if (first !== undefined) {
                errors.push(errorAt(source, [...path, 'id'], `duplicate custom rule id ${JSON.stringify(item.id)} (first at line ${first})`));
                return;
            }
            firstLines.set(item.id, location.line);
            const spec = {
                id: item.id,
                severity: isSeverity(item.severity) ? item.severity : 'error',
                message: typeof item.message === 'string' ? item.message : '',
                ...(typeof item.when === 'string' ? { when: item.when } : {}),
                deny: typeof item.deny === 'string' ? item.deny : '',
                location,
            };
            // A rule that is off is still compiled: a broken expression should not wait to be switched on.
            if (typeof item.deny === 'string') {
                const compiled = compileCustomRule(source, path, spec, errors);
                if (compiled)
                    spec.compiled = compiled;
            }
            merged.set(item.id, spec);
        });
    }
    return [...merged.values()];
}
const EXCEPTION_OPTIONAL = ['key', 'path', 'owner', 'ticket'];
/** Exceptions of all files, in order; each must name a known rule. */
function mergeExceptions(sources, ruleIds, errors) {
    const out = [];
    for (const source of sources) {
        const list = source.data.exceptions;
        if (!Array.isArray(list))
            continue;
        list.forEach((item, index) => {
            if (!isPlainObject(item) || typeof item.rule !== 'string')
                return;
            const path = ['exceptions', index];
            if (!ruleIds.includes(item.rule)) {
                const close = closeMatches(item.rule, ruleIds);
                const hint = close.length
                    ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
                    : ` (known rules: ${[...ruleIds].sort().join(', ')})`;
                errors.push(errorAt(source, [...path, 'rule'], `unknown rule ${JSON.stringify(item.rule)}${hint}`));
            }
            const spec = {
                rule: item.rule,
                until: typeof item.until === 'string' ? item.until : '',
                reason: typeof item.reason === 'string' ? item.reason : '',
                location: tree_locate(source.file, source.doc, source.lineCounter, path),
            };
            for (const field of EXCEPTION_OPTIONAL) {
                const value = item[field];
                if (typeof value === 'string')
                    spec[field] = value;
            }
            out.push(spec);
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/resolve.ts
// Resolution of `extends`: which packs apply, in which order. Packs are built-in names (`recommended`
// -> policies/recommended.yml, embedded) or paths relative to the file that names them. Each pack's
// own packs come before it; a pack reached twice applies once, at its first place; cycles are errors.





/** The pack a config without `extends` extends. */
const DEFAULT_PACK = 'recommended';
/** A built-in pack is named by a bare word; anything with a `/` or an extension is a file path. */
const BUILTIN_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** Every file that applies, in order: packs first (depth first, as listed), `top` last. */
function resolveChain(top, context) {
    const order = [];
    const applied = new Set();
    const visit = (source, stack) => {
        for (const entry of extendsEntries(source)) {
            const pack = openPack(entry, source, context);
            if (!pack)
                continue;
            const cycle = stack.findIndex((s) => s.id === pack.id);
            if (cycle >= 0) {
                const names = [...stack.slice(cycle), pack].map((s) => s.file).join(' -> ');
                context.errors.push(errorAt(source, entry.path ?? [], `extends cycle: ${names}`));
                continue;
            }
            if (applied.has(pack.id))
                continue;
            applied.add(pack.id);
            visit(pack, [...stack, pack]);
            order.push(pack);
        }
    };
    applied.add(top.id);
    visit(top, [top]);
    order.push(top);
    return order;
}
/** The built-in pack names available in this build. */
function builtinPackNames(builtins) {
    return Object.keys(builtins)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, ''))
        .sort();
}
function extendsEntries(source) {
    const value = source.data.extends;
    // Only the config itself implies `recommended`; a pack without `extends` extends nothing.
    if (value === undefined)
        return source.code === 'config' ? [{ name: DEFAULT_PACK }] : [];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((name, index) => (typeof name === 'string' && name ? [{ name, path: ['extends', index] }] : []));
}
function openPack(entry, from, context) {
    const fail = (message, code = from.code) => {
        const error = errorAt(from, entry.path ?? [], message);
        context.errors.push(new KeyboundError(code, error.message, error.place));
        return undefined;
    };
    if (from.builtin || BUILTIN_NAME.test(entry.name)) {
        // Inside a built-in pack every entry names another built-in pack.
        const name = from.builtin ? (0,external_node_path_.basename)(entry.name).replace(/\.ya?ml$/, '') : entry.name;
        const fileName = [`${name}.yml`, `${name}.yaml`].find((f) => context.builtins[f] !== undefined);
        if (!fileName) {
            const known = builtinPackNames(context.builtins);
            if (!entry.path)
                return fail(`the built-in policy "${name}" is missing from this build`, 'internal');
            const close = closeMatches(name, known);
            const hint = close.length ? `did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}? ` : '';
            return fail(`unknown policy pack ${JSON.stringify(name)} (${hint}built-in packs: ${known.join(', ') || 'none'}; a file needs a path such as ./${name}.yml)`);
        }
        const meta = {
            file: `keybound/policies/${fileName}`,
            id: `builtin:${fileName}`,
            builtin: true,
            code: 'policy',
        };
        return parseSource(context.builtins[fileName], meta, context.errors);
    }
    if ((0,external_node_path_.isAbsolute)(entry.name) || !from.absPath) {
        return fail(`policy pack ${JSON.stringify(entry.name)} must be a path relative to ${from.file}`);
    }
    const absPath = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from.absPath), entry.name);
    const file = displayPath(context.root, absPath);
    let text;
    try {
        text = tryRead(absPath, file, context.io);
        if (text !== undefined)
            assertInside(context.io, absPath, context.trustedDirs, file);
    }
    catch (error) {
        if (!(error instanceof KeyboundError))
            throw error;
        return fail(`policy pack ${JSON.stringify(entry.name)} ${error.message}`);
    }
    if (text === undefined)
        return fail(`policy pack ${JSON.stringify(entry.name)} was not found (looked for ${file})`);
    return parseSource(text, { file, id: absPath, absPath, builtin: false, code: 'policy' }, context.errors);
}

;// CONCATENATED MODULE: ./src/policy/load.ts
// loadConfig: finds the config, parses and validates it and every pack it extends, merges them (packs
// in order, then the config; later wins) into the ResolvedConfig the engine and rules read. Every
// problem in every file is collected and thrown together as one KeyboundErrors (exit 2).










/**
 * Loads and resolves the config. Throws KeyboundErrors (code `config`, or `policy` when the first
 * problem is in a pack) listing every problem, each with file, line, column and dotted path.
 */
function loadConfig(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    // With an injected reader the files are not on disk, so symlinks cannot be resolved either.
    const io = options.readFile ? { readFile: options.readFile, realpath: (p) => p } : fsIo;
    const builtins = options.builtins ?? POLICY_FILES;
    const rules = options.rules;
    const errors = [];
    const found = discoverConfig(root, options.configPath, io);
    let top;
    if (found) {
        top = parseSource(found.text, { file: found.file, id: found.absPath, absPath: found.absPath, builtin: false, code: 'config' }, errors);
    }
    else {
        // No config: an empty one, which implies `extends: [recommended]` and nothing else.
        top = {
            file: '(built-in defaults)',
            id: 'builtin:(defaults)',
            builtin: true,
            code: 'config',
            lineCounter: new dist/* LineCounter */.HN(),
            data: plainObject(),
        };
    }
    const trustedDirs = found ? [root, (0,external_node_path_.dirname)(found.absPath)] : [root];
    const chain = resolveChain(top, { root, io, builtins, trustedDirs, errors });
    const sources = found ? chain : chain.filter((source) => source !== top);
    const environments = mergeEnvironments(sources);
    const keys = mergeKeys(sources, environments, errors);
    const customRules = mergeCustomRules(sources, rules, errors);
    const settings = mergeRuleSettings(sources, rules, new Set(customRules.map((c) => c.id)), errors);
    const ruleIds = [...rules.map((rule) => rule.meta.id), ...customRules.map((c) => c.id)];
    const exceptions = mergeExceptions(sources, ruleIds, errors);
    if (errors.length)
        throw new KeyboundErrors(sortErrors(errors, sources));
    return {
        file: found?.file,
        extends: sources.filter((source) => source !== top).map(packName),
        environments,
        keys,
        rules: settings,
        customRules,
        exceptions,
    };
}
/** `recommended` for built-in packs, the file as named in messages for the others. */
function packName(source) {
    return source.builtin ? source.id.replace(/^builtin:/, '').replace(/\.ya?ml$/, '') : source.file;
}
/** The config's own problems first, then the packs' in the order they apply; by line within a file. */
function sortErrors(errors, sources) {
    const rank = (error) => {
        const index = sources.findIndex((source) => source.file === error.place.file);
        if (index < 0)
            return -1;
        return sources[index].code === 'config' ? -1 : index;
    };
    return errors
        .map((error, order) => ({ error, order }))
        .sort((a, b) => rank(a.error) - rank(b.error) ||
        (a.error.place.line ?? 0) - (b.error.place.line ?? 0) ||
        (a.error.place.column ?? 0) - (b.error.place.column ?? 0) ||
        a.order - b.order)
        .map(({ error }) => error);
}

;// CONCATENATED MODULE: ./src/policy/secrets-input.ts
// Secret values given to keybound: the JSON object `${{ toJSON(secrets) }}` gives (--secrets-json,
// action input `secrets`), or named environment variables (--secrets-env). SECURITY.md case 11: the
// size is checked before parsing, errors quote nothing of the input (Node's JSON.parse messages quote
// it, so they are never passed on), and names land in a Map, so `__proto__` is only a name.


/** Larger input is refused unread: a real secrets object is a few kilobytes. */
const MAX_SECRETS_JSON_BYTES = 4 * 1024 * 1024;
/**
 * Parses a JSON object of secret name -> string value. `origin` names the input in messages and becomes
 * each value's origin (`secrets-json`, a file name). Throws KeyboundError('secrets') with a message that
 * contains nothing of the input but, for invalid JSON, a byte offset.
 */
function parseSecretsJson(text, origin) {
    const fail = (message) => {
        throw new KeyboundError('secrets', message, { file: origin });
    };
    // Cheap bound first (a UTF-16 unit is at most 3 UTF-8 bytes), exact count only when close.
    if (text.length > MAX_SECRETS_JSON_BYTES || Buffer.byteLength(text, 'utf8') > MAX_SECRETS_JSON_BYTES) {
        fail(`secrets JSON is larger than ${MAX_SECRETS_JSON_BYTES / 1024 / 1024} MiB; not read`);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '')
        fail('secrets JSON is empty; expected an object of name -> value, as ${{ toJSON(secrets) }} gives');
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch (error) {
        // SECURITY: the engine's message quotes the input; only the offset it reports is kept.
        const offset = errorOffset(error, body);
        fail(`secrets JSON is not valid JSON${offset === undefined ? '' : ` (at byte ${offset})`}; expected an object of name -> value, as \${{ toJSON(secrets) }} gives`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`;
        fail(`secrets JSON must be an object of name -> value, as \${{ toJSON(secrets) }} gives; got ${kind}`);
    }
    const warnings = [];
    for (const name of duplicateNames(body)) {
        warnings.push(`${origin}: secret ${quote(name)} appears more than once; the last value is used`);
    }
    const secrets = new Map();
    // JSON.parse defines `__proto__` as an own property (it never sets the prototype), so own keys are exact.
    for (const name of Object.keys(parsed)) {
        const value = parsed[name];
        if (typeof value !== 'string') {
            warnings.push(`${origin}: secret ${quote(name)} is not a string (${describeType(value)}); skipped`);
            continue;
        }
        secrets.set(name, new SecretValue(value, origin));
    }
    return { secrets, warnings };
}
/**
 * The values of `names` from environment variables of the same names (--secrets-env). Unset variables
 * are left out; set but empty ones are kept (a fork's run gets empty values, reported as no-value).
 */
function secretsFromEnv(names, env) {
    const secrets = new Map();
    for (const name of names) {
        // Own properties only: `constructor` must not find Object.prototype.constructor.
        if (!Object.prototype.hasOwnProperty.call(env, name))
            continue;
        const value = env[name];
        if (typeof value === 'string')
            secrets.set(name, new SecretValue(value, 'env'));
    }
    return secrets;
}
/** The byte offset V8 reports for a JSON syntax error, read only from its fixed trailing wording. */
function errorOffset(error, text) {
    if (!(error instanceof SyntaxError))
        return undefined;
    // Anchored at the end: V8 writes `... in JSON at position N` (optionally `(line L column C)`) after
    // any quoted input, so the digits here are V8's, never the input's.
    const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(error.message);
    if (!match)
        return undefined;
    const position = Math.min(Number(match[1]), text.length);
    return Buffer.byteLength(text.slice(0, position), 'utf8');
}
/**
 * Names that occur more than once at the top level of a valid JSON object. JSON.parse keeps the last
 * silently; a linear scan over the text finds them (strings are skipped whole, nesting is counted).
 */
function duplicateNames(text) {
    const seen = new Set();
    const duplicates = new Set();
    let depth = 0;
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            let end = i + 1;
            while (end < text.length && text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            if (depth === 1 && expectKey) {
                const name = JSON.parse(text.slice(i, end + 1));
                if (seen.has(name))
                    duplicates.add(name);
                seen.add(name);
                expectKey = false;
            }
            i = end;
        }
        else if (c === '{' || c === '[') {
            depth++;
            expectKey = depth === 1 && c === '{';
        }
        else if (c === '}' || c === ']') {
            depth--;
        }
        else if (c === ',' && depth === 1) {
            expectKey = true;
        }
    }
    return [...duplicates];
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
/** A secret's name for a message: JSON-quoted (no raw newlines), shortened when very long. */
function quote(name) {
    return name.length > 100 ? `${JSON.stringify(name.slice(0, 100))}…` : JSON.stringify(name);
}

;// CONCATENATED MODULE: ./src/policy/waivers.ts
// Applies waivers to findings: config `exceptions` (rule, key or alias, optional path glob, until a
// date) and inline `# keybound-ignore rule-id: reason` comments on the line or the line above. A
// waiver past its date, or without a reason, waives nothing; what became of each is returned so the
// `invalid-waiver` rule can report expired, reasonless and unused ones. A finding of several uses (one
// root cause, SPEC section 5) is waived by a waiver at any of its locations.


function applyWaivers(findings, keys, inline, exceptions, now, configFile) {
    // An exception may name the key by any of its names, declared aliases included, spelled as joining
    // spells them (case, `-` and `_` ignored).
    const namesOf = new Map(keys.map((k) => [k.name, new Set([...k.names, ...(k.declaration?.aliases ?? [])].map(normalizeName))]));
    const isNamed = (findingKey, wanted) => findingKey !== undefined &&
        (namesOf.get(findingKey) ?? new Set([normalizeName(findingKey)])).has(normalizeName(wanted));
    const inlineStatus = inline.map((s) => ({
        kind: 'inline',
        rule: s.ruleId,
        location: { file: s.file, line: s.line, column: s.column },
        reason: s.reason,
        used: false,
        expired: false,
    }));
    const exceptionStatus = exceptions.map((e) => ({
        kind: 'exception',
        rule: e.rule,
        key: e.key,
        location: e.location ?? { file: configFile ?? 'keybound.yml', line: 1, column: 1 },
        reason: e.reason,
        until: e.until,
        used: false,
        expired: e.until < now,
    }));
    const pathMatchers = exceptions.map((e) => (e.path ? picomatch_default()(e.path, { dot: true }) : undefined));
    const active = [];
    const suppressed = [];
    for (const finding of findings) {
        const locations = [finding.location, ...(finding.relatedLocations ?? [])];
        const inlineMatches = (s) => Boolean(s.reason) &&
            s.ruleId === finding.ruleId &&
            locations.some((l) => s.file === l.file && (l.line === s.line || l.line === s.line + 1));
        const inlineIndex = inline.findIndex(inlineMatches);
        if (inlineIndex >= 0) {
            // Every comment on one of its uses waived it: none of them is reported unused.
            inline.forEach((s, i) => {
                if (inlineMatches(s))
                    inlineStatus[i].used = true;
            });
            suppressed.push({
                ...finding,
                suppression: {
                    kind: 'inline',
                    reason: inline[inlineIndex].reason ?? '',
                    location: inlineStatus[inlineIndex].location,
                },
            });
            continue;
        }
        const exceptionIndex = exceptions.findIndex((e, i) => {
            if (exceptionStatus[i].expired || e.rule !== finding.ruleId)
                return false;
            if (e.key && !isNamed(finding.key, e.key))
                return false;
            const matches = pathMatchers[i];
            return matches ? locations.some((l) => matches(l.file)) : true;
        });
        if (exceptionIndex >= 0) {
            exceptionStatus[exceptionIndex].used = true;
            const e = exceptions[exceptionIndex];
            suppressed.push({
                ...finding,
                suppression: { kind: 'exception', reason: e.reason, until: e.until, location: e.location },
            });
            continue;
        }
        active.push(finding);
    }
    return { active, suppressed, waivers: [...exceptionStatus, ...inlineStatus] };
}

;// CONCATENATED MODULE: ./src/policy/baseline.ts
// Baselines (`keybound baseline`, `check --baseline FILE`): the fingerprints of the findings a team
// accepts for now, so only new ones are reported. A baseline never hides what must not wait: a live key
// of the wrong account in production stays active, and waiver findings (`invalid-waiver`) are never
// baselined, so an expired exception cannot be parked in a baseline either.

const BASELINE_SCHEMA_VERSION = 'keybound/baseline/v1';
/** Where `keybound baseline` writes, in the scanned folder, without --output. */
const DEFAULT_BASELINE_FILE = '.keybound-baseline.json';
/** Larger baseline files are refused before parsing. */
const MAX_BASELINE_BYTES = 8 * 1024 * 1024;
/** Rules whose findings a baseline never suppresses. */
const NEVER_BASELINED = new Set(['invalid-waiver']);
/**
 * Why a finding cannot be baselined, or undefined when it can: a live key answering for the wrong
 * account in production is a deploy-blocking incident, never accepted debt.
 */
function notBaselinable(finding, keys) {
    if (NEVER_BASELINED.has(finding.ruleId))
        return 'waiver findings are fixed in the config, not baselined';
    if (finding.ruleId !== 'key-user-association' || finding.environment !== 'production')
        return undefined;
    const smoke = keys.find((k) => k.name === finding.key)?.smoke;
    if (smoke?.status === 'mismatch' && smoke.reason === 'wrong-account')
        return 'a live key of the wrong account in production cannot be baselined';
    return undefined;
}
/** The baseline of a run's active findings (those that may be baselined), sorted by fingerprint. */
function createBaseline(findings, keys, version, now) {
    const entries = findings
        .filter((finding) => !notBaselinable(finding, keys))
        .map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        ...(f.key !== undefined ? { key: f.key } : {}),
        ...(f.environment !== undefined ? { environment: f.environment } : {}),
        file: f.location.file,
    }))
        .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
    return {
        schemaVersion: BASELINE_SCHEMA_VERSION,
        tool: { name: 'keybound', version },
        createdAt: now,
        findings: entries,
    };
}
/** Parses and checks a baseline file; `file` names it in messages. Nothing of its content is quoted. */
function parseBaseline(text, file) {
    const fail = (what) => {
        throw new KeyboundError('config', `${what}; write it with keybound baseline`, { file });
    };
    if (text.length > MAX_BASELINE_BYTES)
        fail(`the baseline is larger than ${MAX_BASELINE_BYTES} bytes`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        fail('the baseline is not valid JSON');
    }
    const record = data;
    if (typeof record !== 'object' || record === null || Array.isArray(record))
        return fail('the baseline is not a JSON object');
    if (record.schemaVersion !== BASELINE_SCHEMA_VERSION)
        fail(`the baseline's schemaVersion is not ${JSON.stringify(BASELINE_SCHEMA_VERSION)}`);
    if (!Array.isArray(record.findings))
        fail('the baseline has no findings list');
    const findings = record.findings.map((entry, index) => {
        const e = entry;
        if (typeof e !== 'object' ||
            e === null ||
            typeof e.fingerprint !== 'string' ||
            !/^[0-9a-f]{8,64}$/.test(e.fingerprint))
            return fail(`findings[${index}] has no fingerprint of hex digits`);
        return {
            fingerprint: e.fingerprint,
            ruleId: typeof e.ruleId === 'string' ? e.ruleId : '',
            file: typeof e.file === 'string' ? e.file : '',
            ...(typeof e.key === 'string' ? { key: e.key } : {}),
            ...(typeof e.environment === 'string' ? { environment: e.environment } : {}),
        };
    });
    const tool = record.tool;
    return {
        schemaVersion: BASELINE_SCHEMA_VERSION,
        tool: { name: 'keybound', version: typeof tool?.version === 'string' ? tool.version : 'unknown' },
        createdAt: typeof record.createdAt === 'string' ? record.createdAt : '',
        findings,
    };
}
/**
 * Moves the findings whose fingerprint the baseline holds to `suppressed` (kind `baseline`). A finding
 * that may not be baselined stays active with evidence saying why; stale entries are counted in a notice.
 */
function applyBaseline(findings, keys, baseline, baselineFile) {
    const entries = new Map(baseline.findings.map((entry) => [entry.fingerprint, entry]));
    const matched = new Set();
    const active = [];
    const suppressed = [];
    const diagnostics = [];
    for (const finding of findings) {
        if (!entries.has(finding.fingerprint)) {
            active.push(finding);
            continue;
        }
        matched.add(finding.fingerprint);
        const refused = notBaselinable(finding, keys);
        if (refused) {
            const note = { fact: 'baseline', value: 'not-baselinable', source: 'config', detail: refused };
            active.push({ ...finding, evidence: [...finding.evidence, note] });
            diagnostics.push({
                kind: 'notice',
                file: baselineFile,
                message: `${finding.ruleId} on ${finding.key ?? 'a key'} is in the baseline but stays active: ${refused}`,
            });
            continue;
        }
        suppressed.push({
            ...finding,
            suppression: { kind: 'baseline', reason: `in the baseline ${baselineFile} (${baseline.createdAt || 'undated'})` },
        });
    }
    const stale = baseline.findings.length - matched.size;
    if (stale > 0)
        diagnostics.push({
            kind: 'notice',
            file: baselineFile,
            message: `${stale} baseline entr${stale === 1 ? 'y matches' : 'ies match'} no finding any more; run keybound baseline to drop ${stale === 1 ? 'it' : 'them'}`,
        });
    return { active, suppressed, diagnostics };
}

;// CONCATENATED MODULE: ./src/rules/types.ts
// What a rule is: a metadata record (id, description, default severity, options schema and defaults,
// message templates) plus one function that reads the model and reports findings (the ESLint shape).
/** Helper so each rule file keeps its option types without casts at the registry. */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/util.ts
// Helpers the rules share: which use of a key a per-key finding points at, what counts as a
// non-production key environment, severity caps, and evidence built from observations.


/** Environments in order of importance; custom names sit between development and unknown. */
const ENVIRONMENT_ORDER = { production: 0, staging: 1, development: 2, unknown: 4 };
const CUSTOM_ENVIRONMENT_RANK = 3;
/** Rank of an environment: 0 for production, then staging, development, custom names, unknown. */
function environmentRank(environment) {
    return Object.hasOwn(ENVIRONMENT_ORDER, environment) ? ENVIRONMENT_ORDER[environment] : CUSTOM_ENVIRONMENT_RANK;
}
/** Orders locations by file, then line, then column. */
function compareLocations(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column;
}
/**
 * The use a per-key finding points at: the first (by file, line, column) in the most important
 * environment the key is used in. Undefined for a key with no uses (nothing to annotate).
 */
function primaryUse(key) {
    let best;
    for (const use of key.uses) {
        if (!best)
            best = use;
        else {
            const byEnv = environmentRank(use.environment) - environmentRank(best.environment);
            if (byEnv < 0 || (byEnv === 0 && compareLocations(use.location, best.location) < 0))
                best = use;
        }
    }
    return best;
}
// Values of the keyEnvironment fact that mean "this is the production key". `unknown` decides nothing.
const PRODUCTION_VALUES = new Set(['live', 'production', 'prod', 'prd', 'unknown', '']);
/**
 * True when a `keyEnvironment` value marks a key as not production's: `test`, `development`,
 * `staging` or any custom environment name. `live` and `production` are production.
 */
function isNonProduction(keyEnvironmentValue) {
    if (typeof keyEnvironmentValue !== 'string')
        return false;
    return !PRODUCTION_VALUES.has(keyEnvironmentValue.trim().toLowerCase());
}
/** The configured severity capped at `cap` (a rule's own lower tier never raises a severity). */
function capSeverity(configured, cap) {
    return SEVERITY_RANK[configured] <= SEVERITY_RANK[cap] ? configured : cap;
}
/** Every observation of `fact`, strongest source first (stable within a source). */
function observationsOf(key, fact) {
    return key.observations
        .filter((o) => o.fact === fact)
        .map((o, i) => ({ o, i }))
        .sort((a, b) => FACT_SOURCE_RANK[b.o.source] - FACT_SOURCE_RANK[a.o.source] || a.i - b.i)
        .map(({ o }) => o);
}
/** An observation as finding evidence (observations never hold secret values). */
function evidenceOf(o) {
    return o.detail === undefined
        ? { fact: o.fact, value: o.value, source: o.source }
        : { fact: o.fact, value: o.value, source: o.source, detail: o.detail };
}
/**
 * True when the provider's answer means the key must be replaced (invalid, malformed, or accepted as
 * the wrong principal, account or mode): key-user-association reports it, and findings that the
 * replacement would fix repeat it (FindingInput `repeatsSmoke`).
 */
function smokeCondemns(key) {
    const status = key.smoke?.status;
    return status === 'invalid' || status === 'malformed' || status === 'mismatch';
}
/** Evidence for a key's smoke result: status, with the reason (and message) as detail. */
function smokeEvidence(key) {
    if (!key.smoke)
        return [];
    const detail = key.smoke.message ? `${key.smoke.reason}: ${key.smoke.message}` : key.smoke.reason;
    return [{ fact: 'smoke', value: key.smoke.status, source: 'smoke', detail }];
}
const SOURCE_WORDS = {
    smoke: 'the provider says so',
    value: 'read from its value',
    platform: 'from secret metadata',
    declared: 'declared in keybound.yml',
    name: 'from its name',
};
/** Why an observation holds, for messages: its detail, else a phrase for its source. */
function util_explain(o) {
    return o.detail ?? SOURCE_WORDS[o.source];
}
/** The principal the provider returned, as one string (from the smoke `principal` fact or result). */
function smokePrincipal(key) {
    const fact = key.observations.find((o) => o.fact === 'principal' && o.source === 'smoke');
    if (fact && typeof fact.value === 'string')
        return fact.value;
    const p = key.smoke?.principal;
    if (!p)
        return undefined;
    for (const field of ['login', 'arn', 'id', 'name', 'user', 'account']) {
        const value = p[field];
        if (value !== undefined && value !== '')
            return String(value);
    }
    return undefined;
}
/**
 * Where a use's root cause lives (SPEC section 5): its job (`job deploy`) for workflow uses, else its
 * file. Two uses of a key in one job are one deploy handing the same key over twice (an AWS pair's two
 * lines, two steps); in two jobs they are two exposures. `group` tells scopes apart, `anchor` names it
 * in fingerprints (the file is in the fingerprint already).
 */
function rootCauseScope(use) {
    const job = use.sourceKind === 'github-workflow' ? use.context?.job : undefined;
    if (job === undefined)
        return { group: `file\u0000${use.location.file}`, anchor: 'file' };
    // `context.workflow` is the workflow's display name, which two files may share: the file tells jobs apart.
    return { group: `job\u0000${use.location.file}\u0000${job}`, anchor: `job ${job}` };
}
/**
 * The uses a per-key finding is about: the primary use (primaryUse) and the key's other uses in its
 * environment and job or file, in order. A rule reports each with `use`; the engine joins them into
 * one finding at the primary use with the others as related locations. Empty for a key with no uses.
 */
function primaryUses(key) {
    const primary = primaryUse(key);
    if (!primary)
        return [];
    const scope = rootCauseScope(primary).group;
    return key.uses
        .filter((u) => u.environment === primary.environment && rootCauseScope(u).group === scope)
        .sort((a, b) => compareLocations(a.location, b.location));
}
/** A stable fingerprint anchor for a use: its name and where in its file it sits (not the line). */
function useAnchor(use) {
    const c = use.context ?? {};
    return [use.name, c.workflow, c.job, c.step, c.resource, c.via].filter((part) => part).join('/');
}

;// CONCATENATED MODULE: ./src/rules/custom.ts
// Custom rules (config `custom-rules`) as rules: each compiled `when`/`deny` pair becomes a Rule that
// runs once per use, after the built-in rules, so its findings take the same path through severity,
// root causes (uses of a key in one job are one finding), waivers, baselines and fingerprints. The
// model handed to CEL is built here, within MODEL_BOUNDS.




/** One Rule per custom rule that is on and compiled, in config order. */
function customRules(config) {
    return config.customRules
        .flatMap((spec) => (spec.severity !== 'off' && spec.compiled ? [customRule(spec, spec.compiled)] : []))
        .map((rule) => rule);
}
function customRule(spec, compiled) {
    const referenced = FACT_NAMES.filter((name) => new RegExp(`\\bkey\\.facts\\.${name}\\b`).test(`${spec.when ?? ''} ${spec.deny}`));
    return defineRule({
        meta: {
            id: spec.id,
            description: `Custom rule: ${spec.when ? `when ${spec.when}, ` : ''}deny ${spec.deny}.`,
            defaultSeverity: spec.severity === 'off' ? 'error' : spec.severity,
            optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
            defaultOptions: {},
            messages: {
                deny: spec.message,
                failed: '{{rule}} could not be evaluated for {{key}} ({{error}}); the use is reported rather than passed unchecked',
            },
        },
        check(context) {
            const keyModels = new Map();
            for (const key of context.keys) {
                for (const use of key.uses) {
                    if (!keyModels.has(key))
                        keyModels.set(key, keyModel(key));
                    const model = { key: keyModels.get(key), use: useModel(use), now: context.now };
                    const data = messageData(spec.id, key, use, context.now);
                    const at = {
                        location: use.location,
                        key: key.name,
                        environment: use.environment,
                        evidence: referenced.flatMap((name) => {
                            const observation = key.facts[name];
                            return observation ? [evidenceOf(observation)] : [];
                        }),
                        use,
                    };
                    let denied;
                    try {
                        denied = (!compiled.when || compiled.when(model) === true) && compiled.deny(model) === true;
                    }
                    catch (error) {
                        const summary = error.summary ?? error.message?.split('\n')[0];
                        context.report({ ...at, messageId: 'failed', data: { ...data, error: String(summary ?? 'error') } });
                        continue;
                    }
                    if (denied)
                        context.report({ ...at, messageId: 'deny', data });
                }
            }
        },
    });
}
const cap = (text) => text.slice(0, MODEL_BOUNDS.str);
const capList = (list) => list.slice(0, MODEL_BOUNDS.list).map(cap);
/** `key` as CEL sees it: every field always present; a fact nobody knows has value "" ([] for scopes) and source "none". */
function keyModel(key) {
    const facts = {};
    for (const name of FACT_NAMES) {
        const observation = key.facts[name];
        const raw = observation?.value;
        const value = name === 'scopes'
            ? capList(Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)])
            : cap(Array.isArray(raw) ? raw.join(',') : raw === undefined ? '' : String(raw));
        facts[name] = { value, source: observation?.source ?? 'none' };
    }
    const provider = key.facts.provider?.value;
    return {
        name: cap(key.name),
        names: capList(key.names),
        provider: typeof provider === 'string' ? cap(provider) : '',
        environments: capList(key.environments),
        owner: cap(key.declaration?.owner ?? ''),
        declared: key.declaration !== undefined,
        facts,
        smoke: {
            status: key.smoke?.status ?? 'none',
            reason: cap(key.smoke?.reason ?? ''),
            principal: cap((key.smoke && smokePrincipal(key)) ?? ''),
        },
    };
}
/** `use` as CEL sees it; context fields a use does not have are "". */
function useModel(use) {
    const c = use.context ?? {};
    return {
        name: cap(use.name),
        file: cap(use.location.file),
        line: BigInt(use.location.line),
        column: BigInt(use.location.column),
        environment: cap(use.environment),
        environmentSource: use.environmentSource,
        kind: use.sourceKind,
        workflow: cap(c.workflow ?? ''),
        job: cap(c.job ?? ''),
        step: cap(c.step ?? ''),
        via: cap(c.via ?? ''),
        resource: cap(c.resource ?? ''),
    };
}
/** Values of the placeholders a custom rule's message may use (MESSAGE_PLACEHOLDERS). */
function messageData(rule, key, use, now) {
    const fact = (name) => {
        const value = key.facts[name]?.value;
        return value === undefined ? 'unknown' : Array.isArray(value) ? value.join(', ') : String(value);
    };
    const c = use.context ?? {};
    return {
        rule,
        key: key.name,
        provider: fact('provider'),
        principal: fact('principal'),
        keyType: fact('keyType'),
        keyEnvironment: fact('keyEnvironment'),
        smoke: key.smoke?.status ?? 'none',
        environment: use.environment,
        file: use.location.file,
        line: use.location.line,
        column: use.location.column,
        use: use.name,
        workflow: c.workflow ?? '',
        job: c.job ?? '',
        step: c.step ?? '',
        resource: c.resource ?? '',
        now,
    };
}

;// CONCATENATED MODULE: ./src/rules/invalid-waiver.ts
// invalid-waiver: waivers that no longer do what their authors meant: an exception past its `until`
// date (it waives nothing now), an inline `# keybound-ignore` with no reason (it waives nothing), and
// a waiver that matched no finding (stale; it would silently hide a future one).


/** Reports expired exceptions, inline suppressions without a reason, and unused waivers. */
/* harmony default export */ const invalid_waiver = (defineRule({
    meta: {
        id: 'invalid-waiver',
        description: 'Reports an exception past its until date, an inline suppression without a reason, and a waiver that matches nothing.',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            expired: 'the exception for {{target}} expired on {{until}} and no longer applies; fix the finding or renew it with a new date and reason',
            noReason: 'keybound-ignore {{rule}} has no reason and waives nothing; write # keybound-ignore {{rule}}: why it is safe',
            unused: 'the {{what}} for {{target}} matches no finding; remove it',
        },
        readsWaivers: true,
        example: 'the exception for service-account-bound on LEGACY_DEPLOY_TOKEN expired on 2026-06-30 and no longer applies; fix the finding or renew it with a new date and reason',
    },
    check(context) {
        for (const waiver of context.waivers) {
            const data = {
                rule: waiver.rule,
                target: waiver.key ? `${waiver.rule} on ${waiver.key}` : waiver.rule,
                until: waiver.until ?? '',
                what: waiver.kind === 'exception' ? 'exception' : 'inline suppression',
            };
            const at = {
                data,
                location: waiver.location,
                ...(waiver.key ? { key: waiver.key } : {}),
                evidence: [evidence(waiver)],
                anchor: [waiver.kind, waiver.rule, waiver.key ?? '', waiver.until ?? ''].join(':'),
            };
            // Each waiver gets at most one finding: an expired or reasonless one is unused by construction.
            if (waiver.kind === 'exception' && waiver.expired)
                context.report({ ...at, messageId: 'expired', evidence: [...at.evidence, expiredEvidence(waiver)] });
            else if (waiver.kind === 'inline' && !waiver.reason?.trim())
                context.report({ ...at, messageId: 'noReason' });
            else if (!waiver.used)
                context.report({ ...at, messageId: 'unused', severity: capSeverity(context.severity, 'warning') });
        }
    },
}));
/** The evidence that marks an expired exception; failsInEveryMode looks for it. */
function expiredEvidence(waiver) {
    return {
        fact: EXPIRED_FACT,
        value: waiver.until ?? '',
        source: 'config',
        detail: 'the exception is past its until date',
    };
}
const EXPIRED_FACT = 'expired-exception';
/**
 * An expired exception fails the run in every mode, whatever --fail-on and this rule's severity say
 * (README "Configuration"): the engine's verdict asks this of every finding.
 */
function failsInEveryMode(finding) {
    return finding.ruleId === 'invalid-waiver' && finding.evidence.some((e) => e.fact === EXPIRED_FACT);
}
function evidence(waiver) {
    return {
        fact: 'waiver',
        value: waiver.kind,
        source: waiver.kind === 'exception' ? 'config' : 'file',
        detail: [waiver.until ? `until ${waiver.until}` : '', waiver.used ? 'used' : 'unused'].filter(Boolean).join(', '),
    };
}

;// CONCATENATED MODULE: ./src/rules/key-user-association.ts
// key-user-association: what the provider said when asked who a key belongs to (SPEC section 6). This
// is the "Invalid User Associated With This Key" failure caught before users meet it: a revoked or
// expired key, a deactivated user, a principal other than the expected one, a value that is not a
// well-formed key at all, a test-mode key where the production key belongs. It alone reports smoke
// results (SPEC section 5): other rules cite them as evidence and give way to it (root-cause.ts).
// An inconclusive answer is a gate's exit 3 (engine), or a warning here.


// Reason codes with a message of their own; any other invalid reason gets `invalid`.
const INVALID_MESSAGES = {
    revoked: 'revoked',
    expired: 'expired',
    'user-inactive': 'userInactive',
    suspended: 'userInactive',
    deleted: 'userInactive',
    'unknown-key': 'unknownKey',
};
// Mismatch reasons with a message of their own; any other gets `mismatch`.
const MISMATCH_MESSAGES = { 'wrong-account': 'wrongAccount', 'test-mode': 'testMode' };
/** Reports keys whose smoke call found them invalid, mismatched, or (with `unknown: warn`) inconclusive. */
/* harmony default export */ const key_user_association = (defineRule({
    meta: {
        id: 'key-user-association',
        description: 'Reports smoke call results: key revoked, expired or unknown to the provider; the associated user or account deactivated; the principal or account differs from the one expected; a test-mode key where the production key is expected; a value that is no well-formed key.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                unknown: {
                    enum: ['fail', 'warn'],
                    description: 'What an inconclusive smoke call does: fail a gate (exit 3), or only warn.',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { unknown: 'fail' },
        messages: {
            userInactive: 'the user associated with this key is deactivated, suspended or deleted at {{provider}} ({{key}}); issue a new key from an active service account',
            revoked: '{{key}} was revoked at {{provider}}; issue a new key and update the secret',
            expired: '{{key}} has expired at {{provider}}; issue a new key and update the secret',
            unknownKey: '{{key}} is not known to {{provider}}; check that the secret holds the right key',
            invalid: '{{key}} was rejected by {{provider}} ({{reason}}); issue a new key and update the secret',
            wrongAccount: '{{key}} belongs to {{actual}} at {{provider}}, not the expected {{expected}}',
            mismatch: '{{key}} is accepted by {{provider}} but its principal is not the expected one ({{reason}})',
            testMode: '{{key}} is a test-mode key at {{provider}} where the production key is expected; put the live key in the secret',
            inconclusive: 'could not confirm {{key}} with {{provider}} ({{reason}}); the smoke call was inconclusive',
            malformed: 'the value of {{key}} is not a well-formed {{provider}} key (a stray newline, space or truncation?); it was not sent',
        },
        usesSmoke: true,
        example: 'the user associated with this key is deactivated, suspended or deleted at github (DEPLOY_TOKEN); issue a new key from an active service account',
    },
    check(context) {
        for (const key of context.keys) {
            const smoke = key.smoke;
            if (!smoke)
                continue;
            const chosen = choose(key, context.options.unknown ?? 'fail');
            if (!chosen)
                continue;
            // One finding for the key, at its primary use, with its other uses in that job as related locations.
            for (const use of primaryUses(key))
                context.report({
                    messageId: chosen.messageId,
                    data: {
                        key: key.name,
                        provider: provider(key),
                        reason: smoke.reason,
                        expected: key.declaration?.principal ?? 'declared principal',
                        actual: smokePrincipal(key) ?? 'another account',
                    },
                    location: use.location,
                    key: key.name,
                    environment: use.environment,
                    evidence: [
                        ...smokeEvidence(key),
                        ...observationsOf(key, chosen.messageId === 'testMode' ? 'keyEnvironment' : 'principal').map(evidenceOf),
                    ],
                    anchor: smoke.status,
                    use,
                    ...(chosen.warning ? { severity: capSeverity(context.severity, 'warning') } : {}),
                });
        }
    },
}));
function choose(key, unknown) {
    const smoke = key.smoke;
    if (!smoke)
        return undefined;
    // A broken value is as definite as a rejected one: the deploy would fail with it.
    if (smoke.status === 'malformed')
        return { messageId: 'malformed' };
    if (smoke.status === 'invalid')
        return { messageId: Object.hasOwn(INVALID_MESSAGES, smoke.reason) ? INVALID_MESSAGES[smoke.reason] : 'invalid' };
    if (smoke.status === 'mismatch') {
        const messageId = Object.hasOwn(MISMATCH_MESSAGES, smoke.reason) ? MISMATCH_MESSAGES[smoke.reason] : 'mismatch';
        return { messageId };
    }
    // With `fail` the engine turns an inconclusive result into a gate's exit 3; no finding here.
    if (smoke.status === 'unknown' && unknown === 'warn')
        return { messageId: 'inconclusive', warning: true };
    return undefined;
}
function provider(key) {
    const value = key.facts.provider?.value ?? key.declaration?.provider;
    return typeof value === 'string' ? value : 'its provider';
}

;// CONCATENATED MODULE: ./src/core/glob.ts
// Principal patterns from config: exact, or `*` wildcards. Matched with the classic two-pointer
// algorithm, O(pattern × text) at worst and never exponential, so a hostile pattern such as
// `^(a|a)*$` (which is only literal text here) cannot stall a scan.
/** True when `text` matches `pattern`, where `*` matches any run of characters (including none). */
function matchesGlob(pattern, text) {
    let p = 0;
    let t = 0;
    let starP = -1;
    let starT = 0;
    while (t < text.length) {
        if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starT = t;
        }
        else if (p < pattern.length && pattern[p] === text[t]) {
            p++;
            t++;
        }
        else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/rules/least-privilege-scopes.ts
// least-privilege-scopes: a key that holds a forbidden scope (per provider), or more scopes than its
// owners declared. Held scopes come only from smoke calls (what the provider says the key has);
// offline the rule can still see a declaration that allows a forbidden scope. Held scopes of a key
// whose smoke result condemns it (wrong account, test mode) go with the key: key-user-association
// reports that, and these give way (SPEC section 5).



/**
 * Defaults: scopes that administer an organization, enterprise or instance, or delete repositories.
 * GitHub's admin:* and delete_repo (classic PAT scopes); GitLab `sudo` (act as any user) and
 * `admin_mode`; Slack's legacy `admin` and the Enterprise Grid `admin.*` scopes. Hugging Face has no
 * scope that is admin-only (its `write` is ordinary publishing), so it has no default.
 */
const DEFAULT_FORBIDDEN = {
    github: [
        'admin:org',
        'delete_repo',
        'admin:enterprise',
        'admin:org_hook',
        'admin:gpg_key',
        'admin:public_key',
        'admin:repo_hook',
        'site_admin',
    ],
    gitlab: ['sudo', 'admin_mode'],
    slack: ['admin', 'admin.*'],
};
/** Reports held scopes that are forbidden or undeclared, and declarations that allow forbidden scopes. */
/* harmony default export */ const least_privilege_scopes = (defineRule({
    meta: {
        id: 'least-privilege-scopes',
        description: 'Reports a key holding a forbidden scope (defaults per provider, such as GitHub admin:org, delete_repo, admin:enterprise), or scopes beyond those declared for it.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                'forbidden-scopes': {
                    type: 'object',
                    description: 'Provider id -> scopes no key may hold; `*` matches any run of characters.',
                    additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { 'forbidden-scopes': DEFAULT_FORBIDDEN },
        messages: {
            forbidden: '{{key}} holds forbidden {{provider}} scope(s) {{scopes}}; issue a key without them',
            excess: '{{key}} holds scope(s) {{scopes}} beyond those declared for it ({{allowed}})',
            declaredForbidden: '{{key}} is declared to allow forbidden {{provider}} scope(s) {{scopes}}',
        },
        usesSmoke: true,
        example: 'DEPLOY_TOKEN holds forbidden github scope(s) admin:org, delete_repo; issue a key without them',
    },
    check(context) {
        const forbiddenBy = context.options['forbidden-scopes'] ?? {};
        for (const key of context.keys) {
            const uses = primaryUses(key);
            if (uses.length === 0)
                continue;
            const provider = providerOf(key);
            const forbidden = provider && Object.hasOwn(forbiddenBy, provider) ? forbiddenBy[provider] : [];
            const isForbidden = (scope) => forbidden.some((pattern) => matchesGlob(pattern, scope));
            const heldObs = observationsOf(key, 'scopes').filter((o) => o.source === 'smoke');
            const allowedObs = observationsOf(key, 'scopes').filter((o) => o.source === 'declared');
            const held = least_privilege_scopes_scopesOf(heldObs);
            const allowed = allowedObs.length > 0 ? least_privilege_scopes_scopesOf(allowedObs) : key.declaration?.scopes;
            const report = (messageId, scopes, evidence, fromSmoke = true) => {
                if (scopes.length === 0)
                    return;
                for (const use of uses)
                    context.report({
                        messageId,
                        data: {
                            key: key.name,
                            provider: provider ?? 'unknown',
                            scopes: scopes.join(', '),
                            allowed: (allowed ?? []).join(', ') || 'none',
                        },
                        location: use.location,
                        key: key.name,
                        environment: use.environment,
                        evidence: fromSmoke ? [...evidence, ...smokeEvidence(key)] : evidence,
                        anchor: messageId,
                        use,
                        repeatsSmoke: fromSmoke && smokeCondemns(key),
                    });
            };
            const providerEvidence = key.facts.provider ? [evidenceOf(key.facts.provider)] : [];
            if (held) {
                report('forbidden', held.filter(isForbidden), [...heldObs.map(evidenceOf), ...providerEvidence]);
                if (allowed) {
                    const extra = held.filter((s) => !isForbidden(s) && !allowed.some((a) => matchesGlob(a, s)));
                    report('excess', extra, [...heldObs, ...allowedObs].map(evidenceOf));
                }
            }
            else if (allowed) {
                const evidence = [...allowedObs.map(evidenceOf), ...providerEvidence];
                report('declaredForbidden', allowed.filter(isForbidden), evidence, false);
            }
        }
    },
}));
function providerOf(key) {
    const value = key.facts.provider?.value ?? key.declaration?.provider;
    return typeof value === 'string' ? value : undefined;
}
/** The distinct scopes of some observations, in order; undefined when there are none. */
function least_privilege_scopes_scopesOf(observations) {
    if (observations.length === 0)
        return undefined;
    const scopes = observations.flatMap((o) => Array.isArray(o.value) ? o.value : typeof o.value === 'string' ? o.value.split(/[\s,]+/) : []);
    return [...new Set(scopes.map((s) => s.trim()).filter(Boolean))];
}

;// CONCATENATED MODULE: ./src/rules/no-dev-keys-in-prod.ts
// no-dev-keys-in-prod: a production use of a key that any fact marks as a development, test or
// staging key (SPEC section 5). Any one observation is enough: a disagreement between sources is
// exactly what this rule exists to surface (STAGING_STRIPE_KEY holding an sk_live_ value is still a
// staging-named key in production, and one of the two is wrong). A name is the weakest evidence: a
// declared environment overrides it, and a finding that rests on the name alone says how to declare one.
// When the provider itself says the key is not production's, key-user-association reports that.



// Smoke reasons that say "this is not the production key" (the other mismatches are key-user-association's).
const NOT_PRODUCTION_REASONS = new Set(['test-mode', 'wrong-account']);
const WORDS = { test: 'test-mode', development: 'development', staging: 'staging' };
/** Reports each production use of a key that some fact marks as another environment's. */
/* harmony default export */ const no_dev_keys_in_prod = (defineRule({
    meta: {
        id: 'no-dev-keys-in-prod',
        description: 'Reports a production use of a key that any fact marks as development, test or staging (test-mode value, dev-named secret, declared environment, provider account).',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            nonProduction: '{{key}} is {{article}} {{keyEnvironment}} key ({{why}}) used in production',
            nameOnly: '{{key}} is used in production and only its name says it is {{article}} {{keyEnvironment}} key ({{why}}); if it is the production key, declare keys.{{key}}.environment: production in keybound.yml',
            smokeMismatch: '{{key}} is used in production but the provider says it is not the production key ({{reason}})',
        },
        example: 'STAGING_STRIPE_KEY is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_STRIPE_KEY.environment: production in keybound.yml',
    },
    check(context) {
        for (const key of context.keys) {
            const production = key.uses.filter((use) => use.environment === 'production');
            if (production.length === 0)
                continue;
            // The owners' declaration beats a name (SPEC section 3): `STAGING_X` declared production is not marked.
            const declared = observationsOf(key, 'keyEnvironment').some((o) => o.source === 'declared');
            const deciding = observationsOf(key, 'keyEnvironment').filter((o) => isNonProduction(o.value) && !(declared && o.source === 'name'));
            const smokeSays = key.smoke?.status === 'mismatch' && NOT_PRODUCTION_REASONS.has(key.smoke.reason);
            const cited = key.smoke && key.smoke.status !== 'skipped' ? smokeEvidence(key) : [];
            for (const use of production) {
                // A value committed at this very place (.env.production) is what deploys here: it speaks first.
                const literal = use.literal
                    ? observeValue(use.literal, use.name).filter((o) => o.fact === 'keyEnvironment' && isNonProduction(o.value))
                    : [];
                const observations = [...literal, ...deciding];
                if (observations.length === 0 && !smokeSays)
                    continue;
                context.report({
                    ...describe(key, observations, smokeSays),
                    location: use.location,
                    key: key.name,
                    environment: use.environment,
                    evidence: [...observations.map(evidenceOf), ...cited],
                    use,
                    // The provider's own "not the production key" is key-user-association's finding.
                    repeatsSmoke: smokeSays,
                });
            }
        }
    },
}));
function describe(key, observations, smokeSays) {
    const strongest = observations[0];
    if (!strongest) {
        return { messageId: 'smokeMismatch', data: { key: key.name, reason: key.smoke?.reason ?? 'mismatch' } };
    }
    const value = String(strongest.value);
    const word = Object.hasOwn(WORDS, value.toLowerCase()) ? WORDS[value.toLowerCase()] : value;
    // Only when no other source says anything about the key's environment, not even `live`.
    const nameOnly = !smokeSays &&
        observations.every((o) => o.source === 'name') &&
        observationsOf(key, 'keyEnvironment').every((o) => o.source === 'name');
    return {
        messageId: nameOnly ? 'nameOnly' : 'nonProduction',
        data: {
            key: key.name,
            article: /^[aeiou]/i.test(word) ? 'an' : 'a',
            keyEnvironment: word,
            why: util_explain(strongest),
        },
    };
}

;// CONCATENATED MODULE: ./src/rules/parse-error.ts
// parse-error: a file in scope that could not be parsed. The scan goes on without it, so whatever
// keys it uses are unchecked; reporting it keeps a broken manifest from passing silently.

/** Reports each file the extractors could not parse, at the place the parser stopped. */
/* harmony default export */ const parse_error = (defineRule({
    meta: {
        id: 'parse-error',
        description: 'Reports a file in scope that cannot be parsed.',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            parseError: '{{file}} cannot be parsed: {{message}}; its keys were not checked',
        },
        example: 'deploy/prod/app.yaml cannot be parsed: Map keys must be unique; its keys were not checked',
    },
    check(context) {
        for (const diagnostic of context.inventory.diagnostics) {
            if (diagnostic.kind !== 'parse-error')
                continue;
            context.report({
                messageId: 'parseError',
                data: { file: diagnostic.file, message: withoutFile(diagnostic.message, diagnostic.file) },
                location: { file: diagnostic.file, line: diagnostic.line ?? 1, column: diagnostic.column ?? 1 },
                evidence: [{ fact: 'parse', value: diagnostic.message, source: 'file' }],
                anchor: diagnostic.message,
            });
        }
    },
}));
/** The parser's message without the `file: ` it starts with (the template names the file once). */
function withoutFile(message, file) {
    const text = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
    return text.replace(/[.\s]+$/, '');
}

;// CONCATENATED MODULE: ./src/rules/literal-place.ts
// Where a committed credential lives, for plaintext-secret's severity (README "Committed credentials"):
// a file deployed to production, a file whose environment is not known, or a development, test or
// local file (a compose stack with no production evidence, a devcontainer, `.env.test`, an example).
// A production environment, however it was decided (SPEC section 2), beats every local word.
/** The severity a committed credential gets in each place (a live provider key is an error anywhere). */
const SEVERITY_BY_PLACE = { production: 'error', elsewhere: 'warning', local: 'note' };
/**
 * Path parts (folders, or parts of a file name split on `-`, `_`, `.`) of files that are not deployed:
 * tests and their data, examples, documentation, devcontainers, CI service stacks, compose overrides.
 */
const LOCAL_PARTS = new Set([
    'test',
    'tests',
    'testing',
    '__tests__',
    'spec',
    'specs',
    'e2e',
    'fixture',
    'fixtures',
    'testdata',
    'mock',
    'mocks',
    'example',
    'examples',
    'sample',
    'samples',
    'demo',
    'demos',
    'docs',
    'doc',
    'tutorial',
    'tutorials',
    'devcontainer',
    'ci',
    'feature',
    'features',
    'override',
    'local',
    'dev',
    'development',
    'sandbox',
]);
/** The first path part, file name first, then folders from the deepest up, that marks a local file. */
function localPart(file) {
    const segments = file.split('/').reverse();
    for (const segment of segments) {
        const parts = segment.toLowerCase().split(/[-_.]+/);
        if (parts.some((part) => LOCAL_PARTS.has(part)))
            return segment;
    }
    return undefined;
}
/** What decided a production environment, in words (SPEC section 2's `environmentSource`). */
const BY_SOURCE = {
    config: 'keybound.yml',
    'github-environment': "its job's environment",
    namespace: 'its namespace',
    path: 'its path',
    none: 'default',
};
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i;
/** `a/b/c.yaml` -> `a/b`; a root file -> ''. */
function folderOf(file) {
    const slash = file.lastIndexOf('/');
    return slash < 0 ? '' : file.slice(0, slash);
}
/** The folders that hold a compose file: a dotenv file there is that compose project's own `.env`. */
function composeFolders(files) {
    const folders = new Set();
    for (const file of files)
        if (COMPOSE_FILE.test(file))
            folders.add(folderOf(file));
    return folders;
}
/**
 * Where `use` lives. A dotenv file in a folder of `composeFolders` is read by compose for interpolation
 * and lives where the stack does.
 */
function placeOf(use, composeFolders) {
    if (use.environment === 'production') {
        if (use.sourceKind === 'compose' && use.privateNetwork) {
            return { place: 'local', where: 'a default credential of a container on a private compose network' };
        }
        return { place: 'production', where: `deployed to production, by ${BY_SOURCE[use.environmentSource]}` };
    }
    if (use.environment === 'development')
        return { place: 'local', where: 'a development file' };
    const part = localPart(use.location.file);
    if (part !== undefined)
        return { place: 'local', where: `a test, example or local file, by its path part ${part}` };
    if (use.sourceKind === 'compose') {
        return { place: 'local', where: 'a local development compose file, with no production evidence' };
    }
    if (use.sourceKind === 'dotenv' && composeFolders.has(folderOf(use.location.file))) {
        return { place: 'local', where: 'the .env file of a local compose project, with no production evidence' };
    }
    if (use.environment === 'unknown')
        return { place: 'elsewhere', where: 'environment unknown' };
    return { place: 'elsewhere', where: `deployed to ${use.environment}` };
}

;// CONCATENATED MODULE: ./src/rules/plaintext-secret.ts
// plaintext-secret: a credential committed as a literal in a manifest, compose file, Helm values or
// `.env` file. What counts is keys/literal.ts's judgement (a provider key format with a valid checksum,
// a private key, a URL password, or a credential-named value that is not a stand-in); how severe it is
// depends on where it lives (literal-place.ts): error in production, warning where the environment is
// unknown, note in development, test and local files; a live provider key is an error anywhere.



const DEFAULTS = { 'ignore-types': ['publishable'], 'min-length': 6 };
/** The judgement of a committed value, with the options of this rule; undefined when it is no credential. */
function classifyLiteral(value, names, options, known) {
    const judgement = judgeLiteral(value, {
        names,
        known,
        minLength: options['min-length'],
        ignoreTypes: options['ignore-types'],
    });
    return judgement.credential ? judgement : undefined;
}
/** Reports committed literals that are real credentials: one finding per key and file, at the first. */
/* harmony default export */ const plaintext_secret = (defineRule({
    meta: {
        id: 'plaintext-secret',
        description: 'Reports a credential value committed in a manifest, compose file, Helm values or .env file (a provider key format, a private key, or a credential-named value that is not a placeholder): an error in production or for a live provider key, a warning where the environment is unknown, a note in development, test and local files.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                'ignore-types': {
                    type: 'array',
                    items: { type: 'string', maxLength: 64 },
                    uniqueItems: true,
                    description: 'Provider key types that are not secret (publishable keys are meant to be public).',
                },
                'min-length': {
                    type: 'integer',
                    minimum: 1,
                    maximum: 64,
                    description: 'Credential-named values shorter than this are taken as placeholders.',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: DEFAULTS,
        messages: {
            committed: '{{name}} holds {{what}} committed in plain text in this file ({{where}}); move it to a secret store and reference it',
        },
        example: 'payments-credentials/STRIPE_KEY holds a Stripe live secret key committed in plain text in this file (a live key: anyone who can read this file can use it); move it to a secret store and reference it',
    },
    check(context) {
        const options = { ...DEFAULTS, ...context.options };
        const known = knownNames([...context.inventory.uses.map((u) => u.name), ...context.keys.map((k) => k.name)]);
        const folders = composeFolders(context.inventory.files.map((f) => f.path));
        for (const key of context.keys) {
            for (const use of key.uses)
                reportUse(context, key, use, { options, known, folders });
        }
    },
}));
function reportUse(context, key, use, shared) {
    if (!use.literal)
        return;
    // SECURITY: the value is only inspected here; the finding carries names and facts, never the value.
    const names = use.name === key.name ? [use.name] : [use.name, key.name];
    const verdict = classifyLiteral(use.literal.reveal(), names, shared.options, shared.known);
    if (!verdict)
        return;
    const placement = placeOf(use, shared.folders);
    const where = verdict.live ? 'a live key: anyone who can read this file can use it' : placement.where;
    context.report({
        messageId: 'committed',
        data: { name: use.name, what: verdict.what, where },
        location: use.location,
        key: key.name,
        environment: use.environment,
        severity: verdict.live ? 'error' : SEVERITY_BY_PLACE[placement.place],
        evidence: [
            verdict.evidence,
            {
                fact: 'source',
                value: use.sourceKind,
                source: 'file',
                ...(use.context?.via ? { detail: use.context.via } : {}),
            },
            { fact: 'place', value: placement.place, source: 'file', detail: placement.where },
        ],
        use,
    });
}

;// CONCATENATED MODULE: ./src/rules/rbac-least-privilege.ts
// rbac-least-privilege: a Kubernetes service account bound to cluster-admin (or admin), or to a Role or
// ClusterRole with `*` in its verbs or resources. A deploy credential in that service account's token
// can do anything in the cluster (or namespace), so one leaked pod token becomes a cluster takeover.


const rbac_least_privilege_DEFAULTS = { 'privileged-roles': ['cluster-admin', 'admin'], 'allow-service-accounts': [] };
/** Reports each service account subject of a binding to a privileged or wildcard role. */
/* harmony default export */ const rbac_least_privilege = (defineRule({
    meta: {
        id: 'rbac-least-privilege',
        description: 'Reports a Kubernetes service account bound to cluster-admin (or admin), or to a role with wildcard verbs or resources.',
        defaultSeverity: 'warning',
        optionsSchema: {
            type: 'object',
            properties: {
                'privileged-roles': {
                    type: 'array',
                    items: { type: 'string', maxLength: 253 },
                    uniqueItems: true,
                    description: 'ClusterRole names that grant everything; binding a service account to one is reported.',
                },
                'allow-service-accounts': {
                    type: 'array',
                    items: { type: 'string', maxLength: 300 },
                    uniqueItems: true,
                    description: 'Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*).',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: rbac_least_privilege_DEFAULTS,
        messages: {
            privileged: 'service account {{subject}} is bound to {{role}} by {{binding}}; grant a role with only the verbs and resources it needs',
            wildcard: 'service account {{subject}} is bound by {{binding}} to {{role}}, which allows * {{what}}; list the {{what}} it needs instead',
        },
        example: 'service account ci/deployer is bound to ClusterRole cluster-admin by ClusterRoleBinding/deployer-admin; grant a role with only the verbs and resources it needs',
    },
    check(context) {
        const options = { ...rbac_least_privilege_DEFAULTS, ...context.options };
        const roles = context.inventory.rbac.roles;
        for (const binding of context.inventory.rbac.bindings) {
            const subjects = serviceAccounts(binding).filter((subject) => !options['allow-service-accounts'].some((pattern) => matchesGlob(pattern, subject)));
            if (subjects.length === 0)
                continue;
            const bindingName = `${binding.kind}/${binding.name}`;
            const roleName = `${binding.roleRef.kind} ${binding.roleRef.name}`;
            const privileged = binding.roleRef.kind === 'ClusterRole' && options['privileged-roles'].includes(binding.roleRef.name);
            const wildcard = privileged ? undefined : wildcardOf(findRole(roles, binding));
            if (!privileged && !wildcard)
                continue;
            for (const subject of subjects) {
                report(context, binding, subject, privileged ? { messageId: 'privileged' } : { messageId: 'wildcard', what: wildcard ?? '' }, bindingName, roleName);
            }
        }
    },
}));
function report(context, binding, subject, kind, bindingName, roleName) {
    context.report({
        messageId: kind.messageId,
        data: {
            subject,
            role: roleName,
            binding: bindingName,
            ...(kind.messageId === 'wildcard' ? { what: kind.what } : {}),
        },
        location: binding.location,
        evidence: [
            { fact: 'roleRef', value: roleName, source: 'file', detail: bindingName },
            { fact: 'subject', value: subject, source: 'file' },
        ],
        anchor: `${bindingName}:${subject}`,
    });
}
/**
 * Service account subjects as NAMESPACE/NAME. A subject without a namespace is in the binding's;
 * the `system:serviceaccounts[:NS]` groups stand for every service account (in NS).
 */
function serviceAccounts(binding) {
    const out = [];
    for (const subject of binding.subjects) {
        if (subject.kind === 'ServiceAccount' && subject.name) {
            out.push(`${subject.namespace ?? binding.namespace ?? 'default'}/${subject.name}`);
        }
        else if (subject.kind === 'Group' && /^system:serviceaccounts(?::[^:]+)?$/.test(subject.name)) {
            const namespace = subject.name.split(':')[2];
            out.push(`${namespace ?? '*'}/*`);
        }
    }
    return [...new Set(out)];
}
/** The role a binding refers to: a Role in the binding's namespace, or a ClusterRole by name. */
function findRole(roles, binding) {
    const { kind, name } = binding.roleRef;
    return roles.find((role) => role.kind === kind &&
        role.name === name &&
        (kind === 'ClusterRole' || (role.namespace ?? '') === (binding.namespace ?? '')));
}
/** `verbs`, `resources` or `verbs and resources` when some rule of the role has `*` there. */
function wildcardOf(role) {
    if (!role)
        return undefined;
    const verbs = role.rules.some((rule) => rule.verbs.includes('*'));
    const resources = role.rules.some((rule) => rule.resources.includes('*'));
    if (verbs && resources)
        return 'verbs and resources';
    return verbs ? 'verbs' : resources ? 'resources' : undefined;
}

;// CONCATENATED MODULE: ./src/rules/rotation-age.ts
// rotation-age: a key older than the limits by its best date fact (rotated, else created), a key
// that expires soon or has expired, and a note for a key with no date at all. Short-lived
// credentials (GitHub App installation tokens, AWS session credentials) are skipped. A key whose smoke
// result condemns it is replaced anyway: its age and expiry give way to key-user-association.
// NOTE: `warn-age-days` <= `max-age-days` cannot be said in JSON Schema; when warn > max the warning
// tier simply never fires (an old key is an error first).




const SHORT_LIVED = new Set(['app-installation', 'temporary']);
/** Reports keys past their rotation age or near expiry, and keys with no known date. */
/* harmony default export */ const rotation_age = (defineRule({
    meta: {
        id: 'rotation-age',
        description: 'Reports a key older than the limits by its best date fact, a key that expires within 14 days, and (as a note) a key with no date at all.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                'max-age-days': {
                    type: 'integer',
                    minimum: 1,
                    description: 'Age in days at which a key is reported at the configured severity.',
                },
                'warn-age-days': {
                    type: 'integer',
                    minimum: 0,
                    description: 'Age in days at which a key is a warning; keep it at or below max-age-days.',
                },
                'expiry-warn-days': {
                    type: 'integer',
                    minimum: 0,
                    description: 'Warn when a key expires within this many days.',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { 'max-age-days': 90, 'warn-age-days': 75, 'expiry-warn-days': 14 },
        messages: {
            tooOld: '{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it: the limit is {{max}} days',
            aging: '{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it before it reaches {{max}} days',
            expired: '{{key}} expired on {{date}}; issue a new key',
            expiresSoon: '{{key}} expires in {{days}} day(s), on {{date}}; rotate it before then',
            noDate: 'no rotation date known for {{key}}: declare rotated: in keybound.yml or let keybound read secret metadata',
            badDate: '{{key}} has a {{fact}} date that cannot be read ({{value}}); declare rotated: as YYYY-MM-DD',
        },
        example: 'DEPLOY_TOKEN was last rotated 120 days ago (2026-07-25); rotate it: the limit is 90 days',
    },
    check(context) {
        const max = context.options['max-age-days'] ?? 90;
        const warn = context.options['warn-age-days'] ?? 75;
        const expiryWarn = context.options['expiry-warn-days'] ?? 14;
        for (const key of context.keys) {
            const uses = primaryUses(key);
            if (uses.length === 0 || SHORT_LIVED.has(String(key.facts.keyType?.value ?? '')))
                continue;
            // One finding for the key, at its primary use, with its other uses in that job as related locations.
            const report = (input) => {
                for (const use of uses)
                    context.report({ ...input, location: use.location, key: key.name, environment: use.environment, use });
            };
            // Age and expiry only: a replaced key still needs a rotation date declared (noDate, badDate).
            const moot = { repeatsSmoke: smokeCondemns(key) };
            const dated = key.facts.rotated ?? key.facts.created;
            const expires = key.facts.expires;
            if (!dated && !expires) {
                // Identifiers (a service-account e-mail, `*_USERNAME`, a bucket name, `tls.crt`) are not rotated.
                if (key.names.every(isIdentifierName))
                    continue;
                report({
                    messageId: 'noDate',
                    data: { key: key.name },
                    evidence: [],
                    severity: 'note',
                    anchor: 'no-date',
                });
                continue;
            }
            for (const fact of [dated, expires]) {
                if (fact && !parseDate(String(fact.value))) {
                    const data = { key: key.name, fact: fact.fact, value: String(fact.value) };
                    report({
                        messageId: 'badDate',
                        data,
                        evidence: [evidenceOf(fact)],
                        severity: 'note',
                        anchor: `bad-${fact.fact}`,
                    });
                }
            }
            const ageDate = dated && parseDate(String(dated.value));
            if (dated && ageDate) {
                const age = daysBetween(ageDate, context.now);
                const data = {
                    key: key.name,
                    what: dated.fact === 'rotated' ? 'last rotated' : 'created',
                    age,
                    date: formatDate(ageDate),
                    max,
                };
                const evidence = [withAge(dated, age)];
                if (age >= max)
                    report({ ...moot, messageId: 'tooOld', data, evidence, anchor: 'age' });
                else if (age >= warn) {
                    report({
                        ...moot,
                        messageId: 'aging',
                        data,
                        evidence,
                        anchor: 'age',
                        severity: capSeverity(context.severity, 'warning'),
                    });
                }
            }
            const expiryDate = expires && parseDate(String(expires.value));
            if (expires && expiryDate) {
                const days = daysBetween(context.now, expiryDate);
                const data = { key: key.name, days, date: formatDate(expiryDate) };
                if (days < 0)
                    report({ ...moot, messageId: 'expired', data, evidence: [evidenceOf(expires)], anchor: 'expiry' });
                else if (days <= expiryWarn) {
                    const severity = capSeverity(context.severity, 'warning');
                    report({
                        ...moot,
                        messageId: 'expiresSoon',
                        data,
                        evidence: [evidenceOf(expires)],
                        anchor: 'expiry',
                        severity,
                    });
                }
            }
        }
    },
}));
/** The date observation as evidence, with the computed age in its detail. */
function withAge(o, age) {
    const detail = o.detail ? `${o.detail}; ${age} days old` : `${age} days old`;
    return { ...evidenceOf(o), detail };
}

;// CONCATENATED MODULE: ./src/rules/secrets-overexposed.ts
// secrets-overexposed: `toJSON(secrets)` or `secrets: inherit`, which hand every secret the workflow
// can see to a step or a called workflow, so one compromised action or reusable workflow gets them all.

/** Reports each `toJSON(secrets)` and `secrets: inherit` in a workflow. */
/* harmony default export */ const secrets_overexposed = (defineRule({
    meta: {
        id: 'secrets-overexposed',
        description: 'Reports toJSON(secrets) or secrets: inherit handing every secret to a step or workflow.',
        defaultSeverity: 'warning',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            toJSON: 'toJSON(secrets) hands every secret to {{where}}; pass only the secrets it needs',
            inherit: 'secrets: inherit hands every secret to the workflow called by {{where}}; pass only the secrets it declares',
        },
        example: 'secrets: inherit hands every secret to the workflow called by job deploy; pass only the secrets it declares',
    },
    check(context) {
        for (const workflow of context.inventory.workflows) {
            for (const exposure of workflow.exposures) {
                const where = exposure.job ? `job ${exposure.job}` : 'this workflow';
                context.report({
                    messageId: exposure.form === 'toJSON(secrets)' ? 'toJSON' : 'inherit',
                    data: { where },
                    location: exposure.location,
                    evidence: [
                        {
                            fact: 'exposure',
                            value: exposure.form,
                            source: 'file',
                            ...(exposure.job ? { detail: `job ${exposure.job}` } : {}),
                        },
                    ],
                    anchor: `${exposure.form}:${exposure.job ?? ''}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/service-account-bound.ts
// service-account-bound: a key whose principal is a person, not a service account, bot or app; in
// gate mode also a production key whose principal cannot be established (SPEC sections 3 and 5).
// A user-account token declared `principal-kind: service` is a machine user: trusted in audit mode
// unless the provider names a principal other than the declared one. A finding that rests on a smoke
// result key-user-association reports (the declared principal differs, the key is rejected) gives way
// to it (SPEC section 5); a person read from the value itself (`ghp_`) stands and cites the result.



/** Reports uses of keys bound to a human user, and unconfirmed production keys in gate mode. */
/* harmony default export */ const service_account_bound = (defineRule({
    meta: {
        id: 'service-account-bound',
        description: 'Reports a key whose principal is a human user, or in gate mode a production key whose principal cannot be established.',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            human: '{{key}} is bound to a human user ({{why}}); use a service account, bot or app for {{environment}}',
            principalMismatch: '{{key}} is declared as machine user {{expected}} but the provider says it belongs to {{actual}}',
            cannotEstablish: 'cannot establish that {{key}} is bound to a service account ({{why}}); gate mode needs a verified smoke call',
        },
        example: 'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
    },
    check(context) {
        for (const key of context.keys) {
            const verdict = judge(key);
            const evidence = [
                ...observationsOf(key, 'principalKind').map(evidenceOf),
                ...observationsOf(key, 'principal').map(evidenceOf),
                ...smokeEvidence(key),
            ];
            for (const use of key.uses) {
                const production = use.environment === 'production';
                const base = {
                    location: use.location,
                    key: key.name,
                    environment: use.environment,
                    evidence,
                    use,
                    severity: production ? context.severity : capSeverity(context.severity, 'warning'),
                };
                if (verdict.kind === 'human') {
                    context.report({
                        ...base,
                        messageId: verdict.messageId,
                        data: { ...verdict.data, environment: use.environment },
                        repeatsSmoke: verdict.fromSmoke,
                    });
                }
                else if (context.mode === 'gate' && production && !(verdict.kind === 'service' && verdict.confirmed)) {
                    // Whatever key-user-association says about this key's smoke call is why it is unconfirmed.
                    context.report({
                        ...base,
                        messageId: 'cannotEstablish',
                        data: { key: key.name, why: unestablished(key) },
                        repeatsSmoke: true,
                    });
                }
            }
        }
    },
}));
/** Decides the principal kind of a key from its facts, declaration and smoke result. */
function judge(key) {
    const winner = key.facts.principalKind;
    const declared = key.declaration;
    const verified = key.smoke?.status === 'verified';
    if (winner?.value === 'human') {
        // No provider can tell a person from a machine user (GitHub `User`, an IAM user, a Slack user): a
        // user account that the owners declare `principal-kind: service` is a machine user (SPEC section 3).
        const userAccount = winner.source === 'value' || winner.source === 'smoke';
        if (userAccount && declared?.principalKind === 'service') {
            const actual = smokePrincipal(key);
            const matched = declared.principal !== undefined && actual !== undefined && matchesGlob(declared.principal, actual);
            if (declared.principal && actual !== undefined && !matched) {
                // The same comparison as the smoke call's `wrong-account` (providers/smoke.ts).
                const data = { key: key.name, expected: declared.principal, actual };
                return { kind: 'human', messageId: 'principalMismatch', data, fromSmoke: true };
            }
            // The provider itself answered "a user account": only a matching declared principal makes it a service.
            if (winner.source === 'value' || matched)
                return { kind: 'service', confirmed: verified || matched };
        }
        const data = { key: key.name, why: util_explain(winner) };
        return { kind: 'human', messageId: 'human', data, fromSmoke: winner.source === 'smoke' };
    }
    if (winner?.value === 'service') {
        // The provider (smoke) or the key format (value prefix) says so; a declaration alone needs smoke.
        return { kind: 'service', confirmed: verified || winner.source === 'smoke' || winner.source === 'value' };
    }
    return { kind: 'unknown' };
}
function unestablished(key) {
    const winner = key.facts.principalKind;
    const smoke = key.smoke ? `smoke ${key.smoke.status}: ${key.smoke.reason}` : 'no smoke call';
    if (!winner || winner.value === 'unknown')
        return `principal kind unknown, ${smoke}`;
    // Only a declared machine user reaches the gate check with a `human` winner.
    if (winner.value === 'human')
        return `${util_explain(winner)} declared as a machine user, ${smoke}`;
    return `principal kind ${String(winner.value)} ${util_explain(winner)}, ${smoke}`;
}

;// CONCATENATED MODULE: ./src/rules/workflow-permissions.ts
// workflow-permissions: a deploying job whose GITHUB_TOKEN permissions are not narrowed: no
// `permissions:` block at job or workflow level (the repository default applies, read-write on
// older repositories and organizations), or `write-all`.

/** Reports deploying jobs with no `permissions:` block or with `write-all`. */
/* harmony default export */ const workflow_permissions = (defineRule({
    meta: {
        id: 'workflow-permissions',
        description: 'Reports a workflow or job that deploys with no permissions: block or with write-all.',
        defaultSeverity: 'warning',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            missing: 'job {{job}} deploys ({{why}}) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read',
            writeAll: 'job {{job}} deploys ({{why}}) with {{level}} permissions: write-all; grant only the scopes it needs',
        },
        example: 'job deploy deploys (environment production) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read',
    },
    check(context) {
        for (const workflow of context.inventory.workflows) {
            for (const job of workflow.jobs) {
                if (!job.deploys)
                    continue;
                const why = job.deployEvidence ?? 'looks like a deploy';
                const deployEvidence = { fact: 'deploys', value: true, source: 'file', detail: why };
                const effective = job.permissions ?? workflow.permissions;
                const level = job.permissions ? 'job' : 'workflow';
                if (!effective) {
                    context.report({
                        messageId: 'missing',
                        data: { job: job.id, why },
                        location: job.location,
                        evidence: [
                            { fact: 'permissions', value: 'none', source: 'file', detail: 'no job or workflow permissions: block' },
                            deployEvidence,
                        ],
                        anchor: job.id,
                    });
                }
                else if (effective.value === 'write-all') {
                    context.report({
                        messageId: 'writeAll',
                        data: { job: job.id, why, level },
                        location: effective.location,
                        evidence: [
                            { fact: 'permissions', value: 'write-all', source: 'file', detail: `${level} permissions` },
                            deployEvidence,
                        ],
                        anchor: job.id,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts
// The rule registry: every built-in rule, sorted by id (a meta test keeps it sorted, unique and in
// step with the rule files, their tests and policies/recommended.yml).











/** Every built-in rule, sorted by id. */
const RULES = [
    invalid_waiver,
    key_user_association,
    least_privilege_scopes,
    no_dev_keys_in_prod,
    parse_error,
    plaintext_secret,
    rbac_least_privilege,
    rotation_age,
    secrets_overexposed,
    service_account_bound,
    workflow_permissions,
];
const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
/** The built-in rule with this id, or undefined. */
function ruleById(id) {
    return BY_ID.get(id);
}

;// CONCATENATED MODULE: ./src/rules/root-cause.ts
// One finding per root cause (SPEC section 5), applied once to every rule's findings instead of in
// each rule: uses of one key in one job (one file outside workflows) that a rule reports alike become
// one finding at the first use, with the others as related locations; and a finding that only repeats
// a smoke result gives way to key-user-association, which reports smoke results alone.


/** The rule that reports smoke results (SPEC section 5); others cite them as evidence. */
const SMOKE_RULE = 'key-user-association';
/**
 * Joins findings of one root cause and drops findings that repeat a reported smoke result. Findings
 * of one rule about uses of one key in one environment and one job or file, with the same anchor, are
 * one: it keeps the first use's location and message, the highest severity and every distinct piece
 * of evidence. Its fingerprint anchor is the rule's anchor, else the job or file, never the use, so it
 * stays the same when the first use moves or goes. Findings without a `use` pass through unchanged.
 */
function oneFindingPerRootCause(findings) {
    const smokeReported = new Set(findings.filter((f) => f.ruleId === SMOKE_RULE && f.key).map((f) => f.key));
    const groups = new Map();
    const order = [];
    for (const finding of findings) {
        if (finding.repeatsSmoke && finding.key !== undefined && smokeReported.has(finding.key))
            continue;
        if (!finding.use || finding.key === undefined) {
            order.push(finding);
            continue;
        }
        const scope = rootCauseScope(finding.use).group;
        const id = [finding.ruleId, finding.key, finding.environment ?? '', scope, finding.anchor ?? ''].join('\u0000');
        const group = groups.get(id);
        if (group)
            group.push(finding);
        else {
            const fresh = [finding];
            groups.set(id, fresh);
            order.push(fresh);
        }
    }
    return order.map((entry) => (Array.isArray(entry) ? root_cause_join(entry) : strip(entry)));
}
function strip(finding) {
    const { use: _use, repeatsSmoke: _repeats, ...rest } = finding;
    return rest;
}
function root_cause_join(group) {
    const sorted = [...group].sort((a, b) => compareLocations(a.location, b.location));
    const first = sorted[0];
    const use = first.use;
    const severity = sorted.reduce((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), first.severity);
    const related = [];
    const seen = new Set([root_cause_position(first)]);
    for (const finding of sorted.slice(1)) {
        if (seen.has(root_cause_position(finding)))
            continue;
        seen.add(root_cause_position(finding));
        related.push({ ...finding.location, message: relatedMessage(finding.use, first.key) });
    }
    const { use: _use, repeatsSmoke: _repeats, relatedLocations: _related, ...rest } = first;
    return {
        ...rest,
        severity,
        evidence: distinctEvidence(sorted.flatMap((f) => f.evidence)),
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        anchor: first.anchor ?? rootCauseScope(use).anchor,
    };
}
function root_cause_position(finding) {
    const { file, line, column } = finding.location;
    return `${file}:${line}:${column}`;
}
/**
 * What a related location holds: `API_TOKEN is used here too, in step Deploy`, or for another name of
 * the key `PROD_AWS_SECRET_ACCESS_KEY (of key PROD_AWS_ACCESS_KEY_ID) is used here too, in step 4`.
 */
function relatedMessage(use, key) {
    const name = use.name === key ? key : `${use.name} (of key ${key})`;
    const step = use.context?.step;
    // Unnamed steps are called `step 4` already.
    const where = step ? `, in ${/^step \d+$/.test(step) ? step : `step ${step}`}` : '';
    return `${name} is used here too${where}`;
}
function distinctEvidence(evidence) {
    const seen = new Set();
    return evidence.filter((e) => {
        const id = JSON.stringify([e.fact, e.value, e.source, e.detail ?? null]);
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/providers/smoke.ts
// Smoke calls for a run (SPEC section 6): decide for each key whether it may be sent at all, call its
// provider's adapter once per distinct credential, compare what the provider says with what the owners
// expect, and record the answer as `smoke` facts. SECURITY: a value is sent only to the provider its
// own format belongs to; a declaration or a name can never send it anywhere.






/** A key with no value (forks and Dependabot get none): never called, never `invalid`. */
const NO_VALUE = {
    status: 'skipped',
    reason: 'no-value',
    message: 'no value was given for this key',
};
/** Calls every key's provider and records the results on the keys (smoke, observations, facts). */
async function smokeKeys(keys, options) {
    const http = new SmokeHttp({ ...DEFAULT_HTTP_SETTINGS, ...options.http });
    const providers = options.providers ?? PROVIDERS;
    const calls = new Map();
    await Promise.all(keys.map(async (key) => {
        // A second run over the same keys replaces, never duplicates, the smoke observations.
        key.observations = key.observations.filter((o) => o.source !== 'smoke');
        key.facts = selectFacts(key.observations);
        delete key.smoke;
        const prepared = prepare(key, providers);
        if ('status' in prepared) {
            key.smoke = prepared;
            return;
        }
        const { provider, credential } = prepared;
        // Identical credentials are called once, however many keys hold them.
        const id = callId(provider, credential);
        let call = calls.get(id);
        if (!call) {
            call = identifySafely(provider, credential, http, options);
            calls.set(id, call);
        }
        const identity = await call;
        const observations = identity.facts.map((f) => ({
            ...f,
            value: Array.isArray(f.value) ? [...f.value] : f.value,
            source: 'smoke',
        }));
        key.observations.push(...observations);
        key.facts = selectFacts(key.observations);
        key.smoke = compare(key, identity, observations);
    }));
    return http;
}
/** A digest of the provider, the value and each companion by role: the same credential, the same id. */
function callId(provider, credential) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(provider.id).update('\u0000').update(credential.value.reveal());
    for (const role of Object.keys(credential.companions).sort()) {
        hash.update(`\u0000${role}\u0000`).update(credential.companions[role].reveal());
    }
    return hash.digest('hex');
}
/**
 * Whether and where a key may be sent; a SmokeResult when it may not. SECURITY: the destination is the
 * provider whose format the value matches; a declaration may only narrow that (a value that is not a
 * well-formed key of its declared provider is never sent) or name the provider of a bare format.
 */
function prepare(key, providers) {
    const value = key.value;
    if (!value || value.isEmpty)
        return NO_VALUE;
    const raw = value.reveal();
    const byId = (id) => providers.find((p) => p.id === id);
    const declared = byId(key.declaration?.provider);
    const expected = declared ?? byId(key.facts.provider?.value);
    const malformed = (why) => ({
        status: 'malformed',
        reason: 'malformed',
        message: `${why}; it was not sent`,
    });
    // SECURITY case 5: CR/LF, NUL or whitespace mean a broken or concatenated value (JSON key files excepted).
    if (!isJsonDocument(raw) && /[\s\u0000-\u001f\u007f]/.test(raw)) {
        return malformed('the value contains whitespace, a line break or a control character');
    }
    let match = detectIn(providers, raw, key.name);
    if (declared && match?.provider !== declared) {
        const format = raw.length <= MAX_TOKEN_LENGTH && !isJsonDocument(raw)
            ? declared.formats.find((f) => f.pattern.test(raw))
            : undefined;
        if (!format)
            return malformed(`the value is not a well-formed ${declared.name} key`);
        match = { provider: declared, format };
    }
    if (!match) {
        if (expected)
            return malformed(`the value is not a well-formed ${expected.name} key`);
        return { status: 'skipped', reason: 'unsupported', message: 'no supported provider recognises this value' };
    }
    const { provider, format } = match;
    if (format.neverSend)
        return { status: 'skipped', reason: 'unsupported', message: `a ${format.type} is never sent anywhere` };
    if (!provider.identify)
        return { status: 'skipped', reason: 'unsupported', message: `${provider.name} keys cannot be checked yet` };
    // Missing companions (an AWS secret access key, a Twilio SID) are each adapter's to judge.
    return { provider, credential: { name: key.name, value, companions: key.companions, format } };
}
/** detectFormat (the registry), or the same ranking over the providers a test supplies. */
function detectIn(providers, raw, name) {
    if (providers === PROVIDERS)
        return detectFormat(raw, name);
    if (isJsonDocument(raw) || raw.length > MAX_TOKEN_LENGTH)
        return undefined;
    let best;
    for (const provider of providers) {
        const hinted = provider.namePatterns.some((pattern) => pattern.test(name));
        for (const format of provider.formats) {
            if ((format.needsNameHint && !hinted) || !format.pattern.test(raw))
                continue;
            const rank = (format.needsNameHint ? 0 : 1000) + formatPrefix(format).length;
            if (best === undefined || rank > best.rank)
                best = { match: { provider, format }, rank };
        }
    }
    return best?.match;
}
async function identifySafely(provider, credential, http, options) {
    const override = Object.hasOwn(options.endpoints, provider.id) ? options.endpoints[provider.id] : undefined;
    const baseUrl = override ?? provider.endpoints[0]?.baseUrl;
    let client;
    try {
        if (baseUrl === undefined)
            throw new Error(`${provider.name} declares no endpoint`);
        client = http.forProvider(provider, baseUrl);
    }
    catch (error) {
        // The base URL's own checks (https, loopback-only http, no credentials) name the origin only.
        const why = error instanceof TypeError ? 'not a URL' : error instanceof Error ? error.message : 'refused';
        return unknown('invalid-endpoint', `the ${provider.name} endpoint was refused: ${why}`);
    }
    try {
        const identify = provider.identify;
        // The client bounds each request; this bounds an adapter that would never return.
        const cap = (options.http?.runBudgetMs ?? DEFAULT_HTTP_SETTINGS.runBudgetMs) + 1000;
        let timer;
        const stalled = new Promise((resolve) => {
            timer = setTimeout(() => resolve(unknown('timeout', `the ${provider.name} check did not finish in time`)), cap);
        });
        try {
            return await Promise.race([identify(credential, { http: client, now: options.now }), stalled]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    catch (error) {
        // An adapter bug must not pass a key: it is inconclusive, named by type only.
        const type = error instanceof Error && /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(error.name) ? error.name : 'error';
        return unknown('unexpected-response', `the ${provider.name} check failed (${type})`);
    }
}
/** Accepted keys are compared with what the owners declared: principal, and mode for production. */
function compare(key, identity, observations) {
    const result = {
        status: identity.status,
        reason: identity.reason,
        ...(identity.message ? { message: identity.message } : {}),
        ...(identity.principal ? { principal: identity.principal } : {}),
    };
    if (identity.status !== 'verified')
        return result;
    const principal = observations.find((o) => o.fact === 'principal')?.value;
    const expected = key.declaration?.principal;
    if (expected && typeof principal !== 'string') {
        // Accepted, but the provider names no principal to hold the declaration against (a Datadog API
        // key, a restricted Stripe key): the expectation is unconfirmed, never silently passed.
        return {
            ...result,
            status: 'unknown',
            reason: 'no-principal',
            message: `the provider accepted the key but named no principal to compare with ${expected}`,
        };
    }
    if (expected && typeof principal === 'string' && !matchesGlob(expected, principal)) {
        return {
            ...result,
            status: 'mismatch',
            reason: 'wrong-account',
            message: `the provider says this key belongs to ${principal}, not ${expected}`,
        };
    }
    const mode = observations.find((o) => o.fact === 'keyEnvironment')?.value;
    const expectsProduction = (key.declaration?.environment ?? (key.environments.includes('production') ? 'production' : undefined)) ===
        'production';
    if (expectsProduction && (mode === 'test' || mode === 'development' || mode === 'staging')) {
        return {
            ...result,
            status: 'mismatch',
            reason: 'test-mode',
            message: `the provider says this is a ${mode}-mode key, expected production`,
        };
    }
    return result;
}

;// CONCATENATED MODULE: ./src/engine.ts
// The whole pipeline, shared by the CLI and the Action: config -> scan -> environments -> keys and
// facts -> rules -> waivers -> report. It reads the scanned tree and nothing else from the machine;
// every setting arrives in CheckOptions, gathered once by a shell.




















async function check(options) {
    const config = loadConfig({ root: options.root, configPath: options.configPath, rules: RULES });
    const inventory = scanTree(options.root);
    const uses = decideUseEnvironments(inventory, config).filter((use) => isCredentialUse(use) && (!options.environment || use.environment === options.environment));
    const secrets = withEnvironmentSecrets(options, uses, config);
    const keys = buildKeys(uses, inventory.links, config, secrets, options.platformSecrets);
    const diagnostics = [...inventory.diagnostics];
    if (options.smoke) {
        if (options.tlsVerificationDisabled) {
            throw new KeyboundError('smoke-refused', 'NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS verification off; smoke calls are refused until it is unset');
        }
        await smokeKeys(keys, {
            endpoints: options.endpoints ?? {},
            now: new Date(`${options.now}T12:00:00Z`),
            http: options.http,
        });
    }
    else if (options.mode === 'gate') {
        markUnchecked(keys);
    }
    const base = {
        keys,
        inventory,
        config,
        mode: options.mode,
        environment: options.environment,
        now: options.now,
        smoke: options.smoke,
    };
    const raw = runRules([...RULES.filter((r) => !r.meta.readsWaivers), ...customRules(config)], config, base, []);
    const waived = applyWaivers(fingerprint(sortFindings(raw), keys), keys, inventory.suppressions, config.exceptions, options.now, config.file);
    const waiverFindings = fingerprint(runRules(RULES.filter((r) => r.meta.readsWaivers), config, base, waived.waivers), keys);
    // Baselines apply after waivers (an exception in use is not reported unused) and never to waiver findings.
    const baselined = options.baseline
        ? applyBaseline(waived.active, keys, options.baseline.data, options.baseline.file)
        : { active: waived.active, suppressed: [], diagnostics: [] };
    diagnostics.push(...baselined.diagnostics);
    const findings = sortFindings([...baselined.active, ...waiverFindings]);
    // Every secret given is hidden; of the committed literals, only those judged credentials (never a
    // placeholder such as `postgres` or `none`, which would erase key names and paths from the report).
    const redactor = new Redactor(secrets.values());
    for (const value of committedCredentials(inventory.uses, keys))
        redactor.add(value);
    const report = assembleReport(options, keys, findings, [...waived.suppressed, ...baselined.suppressed], diagnostics, config);
    return { report, redactor };
}
/** --secrets-env: the values of every referenced or declared name that the environment holds. */
function withEnvironmentSecrets(options, uses, config) {
    if (!options.secretsFromEnv)
        return options.secrets;
    const names = [
        ...uses.map((u) => u.name),
        ...config.keys.keys(),
        ...[...config.keys.values()].flatMap((d) => d.aliases ?? []),
    ];
    return new Map([...secretsFromEnv(names, options.secretsFromEnv), ...options.secrets]);
}
/** Gives each raw use its environment(s); a shared kustomize base can land in several. */
function decideUseEnvironments(inventory, config) {
    const context = { mappings: config.environments, kustomize: new KustomizeIndex(inventory.kustomizations) };
    return inventory.uses.flatMap((raw) => decideEnvironments(raw, context).map((decision) => ({ ...raw, ...decision })));
}
/** A gate without --smoke: nothing was confirmed, and the gate must say so (exit 3). */
function markUnchecked(keys) {
    for (const key of keys) {
        key.smoke =
            !key.value || key.value.isEmpty
                ? NO_VALUE
                : { status: 'skipped', reason: 'offline', message: 'smoke calls were not requested (--smoke)' };
    }
}
function runRules(rules, config, base, waivers) {
    const findings = [];
    for (const rule of rules) {
        const setting = config.rules[rule.meta.id] ?? {
            severity: rule.meta.defaultSeverity,
            options: rule.meta.defaultOptions,
        };
        if (setting.severity === 'off')
            continue;
        const severity = setting.severity;
        const report = (input) => {
            findings.push(toFinding(rule, severity, input));
        };
        rule.check({ ...base, options: setting.options, severity, report, waivers });
    }
    return oneFindingPerRootCause(findings);
}
function toFinding(rule, configured, input) {
    const template = rule.meta.messages[input.messageId] ?? input.messageId;
    // A rule may lower its severity (a warning tier), never raise it above what the config allows.
    const severity = input.severity && SEVERITY_RANK[input.severity] < SEVERITY_RANK[configured] ? input.severity : configured;
    return {
        ruleId: rule.meta.id,
        severity,
        key: input.key,
        environment: input.environment,
        message: formatMessage(template, input.data ?? {}),
        location: input.location,
        evidence: input.evidence,
        anchor: input.anchor,
        use: input.use,
        repeatsSmoke: input.repeatsSmoke,
    };
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        (a.key ?? '').localeCompare(b.key ?? ''));
}
function assembleReport(options, keys, findings, suppressed, diagnostics, config) {
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    const smoke = Object.fromEntries(SMOKE_STATUSES.map((s) => [s, keys.filter((k) => k.smoke?.status === s).length]));
    const unconfirmed = options.mode === 'gate' ? keys.filter((k) => needsConfirmation(k, config)).map((k) => k.name) : [];
    const report = {
        schemaVersion: 'keybound/report/v1',
        tool: { name: 'keybound', version: version/* VERSION */.x },
        verdict: 'pass',
        mode: options.mode,
        ...(options.environment ? { environment: options.environment } : {}),
        evaluatedAt: options.now,
        failOn: options.failOn,
        summary: {
            error: count('error'),
            warning: count('warning'),
            note: count('note'),
            keys: keys.length,
            smoke,
            suppressed: suppressed.length,
        },
        keys: keys.map(keyReport),
        findings,
        suppressed,
        diagnostics: diagnostics.filter((d) => d.kind !== 'parse-error'),
        unconfirmed,
    };
    report.verdict = verdictOf(report);
    return report;
}
/** A gated key whose smoke result could not confirm it; config `unknown: warn` turns this off. */
function needsConfirmation(key, config) {
    const status = key.smoke?.status;
    if (status !== 'unknown' && status !== 'skipped')
        return false;
    return config.rules['key-user-association']?.options.unknown !== 'warn';
}
function keyReport(key) {
    const facts = {};
    for (const [name, observation] of Object.entries(key.facts)) {
        if (observation)
            facts[name] = {
                value: observation.value,
                source: observation.source,
                ...(observation.detail ? { detail: observation.detail } : {}),
            };
    }
    const provider = key.facts.provider?.value;
    return {
        name: key.name,
        ...(typeof provider === 'string' ? { provider } : {}),
        ...(key.names.length > 1 ? { aliases: key.names.filter((n) => n !== key.name) } : {}),
        environments: key.environments,
        uses: key.uses.map((use) => ({
            file: use.location.file,
            line: use.location.line,
            column: use.location.column,
            ...(use.location.endLine ? { endLine: use.location.endLine, endColumn: use.location.endColumn } : {}),
            environment: use.environment,
            environmentSource: use.environmentSource,
            sourceKind: use.sourceKind,
            name: use.name,
            ...(use.context ? { context: use.context } : {}),
        })),
        facts,
        ...(key.smoke ? { smoke: key.smoke } : {}),
    };
}
/** `fail` when findings reach `--fail-on`; `indeterminate` when a gate could not confirm a key. */
function verdictOf(report) {
    // An expired exception fails whatever --fail-on says: a waiver must not rot into a silent pass.
    if (report.findings.some(failsInEveryMode))
        return 'fail';
    if (report.failOn !== 'never') {
        const threshold = SEVERITY_RANK[report.failOn];
        if (report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold))
            return 'fail';
    }
    return report.unconfirmed.length > 0 ? 'indeterminate' : 'pass';
}
/** SPEC section 7: 0 pass, 1 findings at or above --fail-on, 3 a gate could not confirm a key. */
function exitCodeOf(report) {
    return report.verdict === 'fail' ? 1 : report.verdict === 'indeterminate' ? 3 : 0;
}

;// CONCATENATED MODULE: ./src/providers/endpoints.ts
// `--endpoint PROVIDER=URL` (CLI) and the `endpoints` input (Action): base-URL overrides for self-hosted
// services and tests. The user chooses them on the command line or in the workflow, never in a file of
// the scanned repository; https anywhere, plain http only for loopback (SPEC section 6).



/** Parses `PROVIDER=URL` entries; `flag` names where they came from, for messages. */
function parseEndpointOverrides(entries, flag) {
    const endpoints = Object.create(null);
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const provider = entry.slice(0, eq).trim();
        const raw = entry.slice(eq + 1).trim();
        if (eq <= 0 || raw === '')
            throw new KeyboundError('usage', `${flag}: "${entry}" is not of the form PROVIDER=URL`);
        if (!providerById(provider))
            throw new KeyboundError('usage', `${flag}: unknown provider "${provider}"; see keybound providers`);
        try {
            endpoints[provider] = validateBaseUrl(raw).toString().replace(/\/$/, '');
        }
        catch (error) {
            const reason = error instanceof TypeError ? 'not a URL' : error.message;
            throw new KeyboundError('usage', `${flag} ${provider}: ${reason}`);
        }
    }
    return endpoints;
}
/** GitHub Enterprise Server: GITHUB_API_URL names the API, unless an override already does. */
function withEnterpriseGitHub(endpoints, apiUrl) {
    const api = apiUrl?.trim().replace(/\/$/, '');
    if (!api || endpoints.github || api === 'https://api.github.com')
        return endpoints;
    return { ...endpoints, github: api };
}

;// CONCATENATED MODULE: ./src/report/neutralize.ts
// SECURITY: helpers that make untrusted text (file paths, key names, provider answers, messages that quote
// them) safe to print. The GitHub runner acts on any log line that starts with `::name` after leading
// whitespace, and on `##[name]` anywhere in a line; ANSI escapes and bidi controls can disguise output.
/** Line breaks of every kind a log reader, terminal or Markdown renderer may honour. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/**
 * ANSI/VT escape sequences: CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL|ESC \`), and two-byte escapes.
 * Every quantifier is over a distinct character class, so matching stays linear.
 */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
/** C0 controls except tab/LF/CR, DEL, C1 controls, and the bidi overrides/isolates ("trojan source"). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** Whitespace .NET's `String.TrimStart` removes (char.IsWhiteSpace), which the runner applies first. */
const LEADING_SPACE = /^[\s\u0085]*/;
/**
 * Removes ANSI escape sequences and control characters. Tabs are kept; line breaks are kept only when
 * `keepNewlines` is true (then CR and LF survive, other breaks become LF), else they become spaces.
 */
function stripControl(text, keepNewlines = false) {
    const withoutAnsi = text.replace(ANSI_SEQUENCE, '');
    const breaksHandled = keepNewlines
        ? withoutAnsi.replace(/[\v\f\u0085\u2028\u2029]/g, '\n')
        : withoutAnsi.replace(LINE_BREAKS, ' ');
    return breaksHandled.replace(CONTROL, '');
}
/** Flattens text to one line: every line break becomes one space, controls are removed. */
function flattenLine(text) {
    return stripControl(text, false).replace(/\t/g, ' ');
}
/**
 * Breaks every runner command marker in one line of text. `##[` (acted on anywhere in a line) becomes
 * `## [`; a `::` at the start of the line, after any whitespace, becomes `: :`. Both read the same.
 */
function defuseCommands(line) {
    const defused = line.replace(/##\[/g, '## [');
    const lead = LEADING_SPACE.exec(defused)?.[0] ?? '';
    const rest = defused.slice(lead.length);
    return rest.startsWith('::') ? `${lead}: :${rest.slice(2)}` : defused;
}
/**
 * Untrusted text for a line of human-readable output, safe even where it starts the printed line:
 * one line, trimmed, no controls, no command markers.
 */
function neutralize(text) {
    return defuseCommands(flattenLine(text).trim());
}
/**
 * Untrusted text that follows some text of ours on the same line (so it can never be a line start):
 * one line, no controls, `##[` broken. A `::` inside it is left as written.
 */
function neutralizeInline(text) {
    return flattenLine(text).replace(/##\[/g, '## [');
}
/**
 * Makes serialized JSON inert in a log without changing the data. `##[` can only occur inside a JSON
 * string, where `[` may be written `\u005b`; U+2028/U+2029 (left raw by JSON.stringify) are escaped
 * too, as some readers split lines there. Every JSON parser reads the result back unchanged.
 */
function defuseJson(json) {
    return json
        .replace(/##\[/g, '##\\u005b')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

;// CONCATENATED MODULE: ./src/report/related.ts
// The other locations of a finding's root cause (SPEC section 5), in one short phrase for the formats
// that show one line per finding: `also at 17:38, 88:36`, with the file when it is another one.
/** More related locations than this are counted, not listed, in one-line formats. */
const MAX_LISTED = 5;
/**
 * `also at 17:38, 88:36` (`also at other.yml:3:5` for another file; `and N more` past MAX_LISTED), or
 * undefined when the finding has no related locations.
 */
function alsoAt(finding) {
    const related = finding.relatedLocations ?? [];
    if (related.length === 0)
        return undefined;
    const places = related
        .slice(0, MAX_LISTED)
        .map((l) => `${l.file === finding.location.file ? '' : `${l.file}:`}${l.line}:${l.column}`);
    const more = related.length - MAX_LISTED;
    return `also at ${places.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** The message with its related locations appended: `… used in production (also at 25:38)`. */
function messageWithRelated(finding) {
    const also = alsoAt(finding);
    return also ? `${finding.message} (${also})` : finding.message;
}

;// CONCATENATED MODULE: ./src/report/github.ts
// GitHub Actions annotations as workflow-command lines (`::error file=..,line=..::message`), most
// severe first. SECURITY: data and properties are escaped exactly as the runner unescapes them
// (actions/runner ActionCommand.cs), so no untrusted text can end the line or start a command.



/** The runner keeps this many annotations of each type (error, warning, notice) per step. */
const ANNOTATIONS_PER_TYPE = 10;
/** One workflow command per severity (this formatter's severity map). */
const COMMAND = {
    error: 'error',
    warning: 'warning',
    note: 'notice',
};
/** Escapes command data: the runner turns `%0D`, `%0A`, then `%25` back into CR, LF and `%`. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value: as data, plus `:` (would end the properties) and `,` (would end the value). */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * A property value the runner reads back intact, or undefined to leave the property out. It splits
 * `key=value` with RemoveEmptyEntries, so an empty value is dropped and leading `=` are lost. (It also
 * trims the whole property list: the last property, `title`, is trimmed before it gets here.)
 */
function propertyValue(text) {
    const value = stripControl(text, true);
    if (value === '' || value.startsWith('='))
        return undefined;
    return escapeProperty(value);
}
function command(name, properties, data) {
    const props = properties
        .map(([key, raw]) => {
        const value = raw === undefined ? undefined : propertyValue(String(raw));
        return value === undefined ? undefined : `${key}=${value}`;
    })
        .filter((prop) => prop !== undefined);
    // SECURITY: CR and LF survive stripControl here on purpose: escapeData encodes them, so the message
    // round-trips exactly while the line cannot break.
    const body = escapeData(stripControl(data, true));
    return props.length > 0 ? `::${name} ${props.join(',')}::${body}` : `::${name}::${body}`;
}
function positive(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}
function annotation(finding) {
    const loc = finding.location;
    const title = `keybound ${finding.ruleId}${finding.key ? ` (${finding.key})` : ''}`;
    return command(COMMAND[finding.severity], [
        ['file', loc.file],
        ['line', positive(loc.line)],
        ['col', positive(loc.column)],
        ['endLine', positive(loc.endLine)],
        ['endColumn', positive(loc.endColumn)],
        ['title', title.trim()],
    ], messageWithRelated(finding));
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * Annotation lines for the active findings, most severe first. The runner shows only
 * {@link ANNOTATIONS_PER_TYPE} of each type a step, so at most that many errors and warnings are
 * written, and one fewer notice; when anything is left out, one closing `::notice::` (within the
 * notice limit) counts it and points to the job summary, SARIF and JSON. Ends with a newline when non-empty.
 */
function formatGithub(report) {
    const sorted = [...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    const limit = {
        error: ANNOTATIONS_PER_TYPE,
        warning: ANNOTATIONS_PER_TYPE,
        // One notice slot is kept for the closing notice.
        note: ANNOTATIONS_PER_TYPE - 1,
    };
    const shown = { error: 0, warning: 0, note: 0 };
    const hidden = { error: 0, warning: 0, note: 0 };
    const lines = [];
    for (const finding of sorted) {
        if (shown[finding.severity] < limit[finding.severity]) {
            shown[finding.severity]++;
            lines.push(annotation(finding));
        }
        else {
            hidden[finding.severity]++;
        }
    }
    const hiddenTotal = hidden.error + hidden.warning + hidden.note;
    if (hiddenTotal > 0) {
        const parts = ['error', 'warning', 'note']
            .filter((severity) => hidden[severity] > 0)
            .map((severity) => plural(hidden[severity], severity));
        lines.push(command('notice', [['title', 'keybound: more findings']], `${plural(hiddenTotal, 'more finding')} not shown as annotations (${parts.join(', ')}): ` +
            `GitHub shows ${ANNOTATIONS_PER_TYPE} of each type per step. See the job summary, the SARIF ` +
            `upload (code scanning) or the JSON report for all ${report.findings.length}.`));
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/report/json.ts
// The JSON report of SPEC section 9: the Report rebuilt field by field in the documented order, so the
// output is stable whatever order the engine built its objects in, and carries nothing the schema
// (policies/report.schema.json) does not describe.


/** Drops undefined members, keeping the order the literal was written in. */
function compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
function json_location(loc) {
    return compact({
        file: loc.file,
        line: loc.line,
        column: loc.column,
        endLine: loc.endLine,
        endColumn: loc.endColumn,
    });
}
function json_evidence(item) {
    return compact({ fact: item.fact, value: item.value, source: item.source, detail: item.detail });
}
/** A finding in documented order; shared by `findings` and `suppressed`. */
function findingJson(finding) {
    const suppression = finding.suppression;
    return compact({
        ruleId: finding.ruleId,
        severity: finding.severity,
        key: finding.key,
        environment: finding.environment,
        message: finding.message,
        location: json_location(finding.location),
        relatedLocations: finding.relatedLocations?.map((related) => compact({ ...json_location(related), message: related.message })),
        evidence: finding.evidence.map(json_evidence),
        fingerprint: finding.fingerprint,
        suppression: suppression
            ? compact({
                kind: suppression.kind,
                reason: suppression.reason,
                until: suppression.until,
                location: suppression.location ? json_location(suppression.location) : undefined,
            })
            : undefined,
    });
}
function json_use(item) {
    const context = item.context;
    return compact({
        file: item.file,
        line: item.line,
        column: item.column,
        endLine: item.endLine,
        endColumn: item.endColumn,
        environment: item.environment,
        environmentSource: item.environmentSource,
        sourceKind: item.sourceKind,
        name: item.name,
        context: context
            ? compact({
                workflow: context.workflow,
                job: context.job,
                step: context.step,
                via: context.via,
                resource: context.resource,
            })
            : undefined,
    });
}
function smoke(result) {
    return compact({
        status: result.status,
        reason: result.reason,
        message: result.message,
        // NOTE: Object.fromEntries defines own properties, so a provider field named `__proto__` stays data.
        principal: result.principal ? Object.fromEntries(Object.entries(result.principal)) : undefined,
    });
}
function key(item) {
    const facts = {};
    for (const name of FACT_NAMES) {
        const fact = item.facts[name];
        if (fact)
            facts[name] = compact({ value: fact.value, source: fact.source, detail: fact.detail });
    }
    return compact({
        name: item.name,
        provider: item.provider,
        aliases: item.aliases,
        environments: item.environments,
        uses: item.uses.map(json_use),
        facts,
        smoke: item.smoke ? smoke(item.smoke) : undefined,
    });
}
function json_diagnostic(item) {
    return compact({
        kind: item.kind,
        file: item.file,
        line: item.line,
        column: item.column,
        message: item.message,
    });
}
/** The report as a plain object in the documented field order (what `formatJson` serializes). */
function reportJson(report) {
    const summary = report.summary;
    return compact({
        schemaVersion: report.schemaVersion,
        tool: { name: report.tool.name, version: report.tool.version },
        verdict: report.verdict,
        mode: report.mode,
        environment: report.environment,
        evaluatedAt: report.evaluatedAt,
        failOn: report.failOn,
        summary: {
            error: summary.error,
            warning: summary.warning,
            note: summary.note,
            keys: summary.keys,
            smoke: Object.fromEntries(SMOKE_STATUSES.map((status) => [status, summary.smoke[status] ?? 0])),
            suppressed: summary.suppressed,
        },
        keys: report.keys.map(key),
        findings: report.findings.map(findingJson),
        suppressed: report.suppressed.map(findingJson),
        unconfirmed: [...report.unconfirmed],
        diagnostics: report.diagnostics.map(json_diagnostic),
    });
}
/**
 * The JSON report (SPEC section 9): two-space indent, trailing newline, documented field order.
 * `##[` inside strings is written `##\u005b` so the output cannot drive the runner when printed to a
 * workflow log; it parses back to exactly the same data.
 */
function formatJson(report) {
    return `${defuseJson(JSON.stringify(reportJson(report), null, 2))}\n`;
}

;// CONCATENATED MODULE: ./src/report/diagnostics.ts
// Diagnostics as the human-readable outputs show them: each on its own line, except skipped templates
// (Helm and Jinja files that cannot be read until rendered), which real repositories hold by the
// hundred and which say nothing to act on one by one: one line counts them, and the JSON report lists
// each.
/** What discovery's `skippedTemplate` says of a file (manifest-yaml.ts). */
const TEMPLATE_MESSAGE = /: a template \(/;
function isSkippedTemplate(diagnostic) {
    return diagnostic.kind === 'skipped' && TEMPLATE_MESSAGE.test(diagnostic.message);
}
function shownDiagnostics(diagnostics) {
    const count = diagnostics.filter(isSkippedTemplate).length;
    const listed = diagnostics.filter((d) => !isSkippedTemplate(d));
    if (count === 0)
        return { listed };
    const files = count === 1 ? '1 template' : `${count} templates`;
    return {
        listed,
        templates: `${files} skipped (Go/Helm {{ }} or Jinja {% %} tags): scan the rendered files; --format json lists each`,
    };
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown for the job summary and PR comments: verdict, counts, a keys table and a findings table.
// SECURITY: every piece of report text is escaped cell by cell, so a hostile file name, key name or
// provider answer cannot end a row, open a fence or code span, inject HTML, make a link or mention.





/** The job summary upload limit is 1 MiB per step; stay under it by default. */
const DEFAULT_MARKDOWN_MAX_LENGTH = 1_000_000;
const VERDICT_BADGE = { pass: '✅ pass', fail: '❌ fail', indeterminate: '⚠️ indeterminate' };
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };
/**
 * One table cell's worth of untrusted text: one line, HTML and Markdown metacharacters neutralized.
 * `|` and Markdown punctuation get a backslash; `<`, `>`, `&` and backticks become entities (no code
 * span can open, no tag can start); `@` gets a zero-width joiner so it cannot mention anyone.
 */
function escapeCell(text) {
    return flattenLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/`/g, '&#96;')
        .replace(/[\\|*_[\]~]/g, '\\$&')
        .replace(/@/g, '@\u2060')
        .trim();
}
/** Untrusted text shown in code font: `<code>` keeps working whatever the text holds. */
function markdown_code(text) {
    const escaped = escapeCell(text);
    return escaped === '' ? '' : `<code>${escaped}</code>`;
}
function markdown_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** Whole UTC days from `date` to `evaluatedAt` (as rules count them), or undefined when either is not a date. */
function markdown_daysBetween(date, evaluatedAt) {
    return parseDate(date) && parseDate(evaluatedAt) ? daysBetween(date, evaluatedAt) : undefined;
}
function age(key, evaluatedAt) {
    const parts = [];
    for (const fact of ['rotated', 'created']) {
        const value = key.facts[fact]?.value;
        if (typeof value !== 'string')
            continue;
        const days = markdown_daysBetween(value, evaluatedAt);
        if (days === undefined)
            continue;
        parts.push(`${markdown_plural(days, 'day')} (${fact})`);
        break;
    }
    const expires = key.facts.expires?.value;
    if (typeof expires === 'string') {
        const days = markdown_daysBetween(evaluatedAt, expires);
        if (days !== undefined)
            parts.push(days < 0 ? `expired ${markdown_plural(-days, 'day')} ago` : `expires in ${markdown_plural(days, 'day')}`);
    }
    return parts.length > 0 ? escapeCell(parts.join(', ')) : '—';
}
function principal(key) {
    const who = key.facts.principal?.value;
    const kind = key.facts.principalKind?.value;
    const name = who === undefined ? '' : markdown_code(String(who));
    const kindText = kind === undefined ? '' : escapeCell(String(kind));
    if (name && kindText)
        return `${name} (${kindText})`;
    return name || kindText || '—';
}
function markdown_smoke(key) {
    if (!key.smoke)
        return '—';
    return escapeCell(key.smoke.reason ? `${key.smoke.status} (${key.smoke.reason})` : key.smoke.status);
}
function row(cells) {
    return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
}
function keyRow(key, evaluatedAt) {
    const provider = key.provider ?? (typeof key.facts.provider?.value === 'string' ? key.facts.provider.value : '');
    return row([
        markdown_code(key.name),
        provider ? escapeCell(provider) : '—',
        key.environments.length > 0 ? escapeCell(key.environments.join(', ')) : '—',
        principal(key),
        age(key, evaluatedAt),
        markdown_smoke(key),
    ]);
}
function locationText(finding) {
    const loc = finding.location;
    const here = markdown_code(loc.file === '' ? '' : `${loc.file}:${loc.line}:${loc.column}`) || '—';
    const also = alsoAt(finding);
    return also ? `${here} (${escapeCell(also)})` : here;
}
function findingRow(finding) {
    return row([
        SEVERITY_LABEL[finding.severity],
        markdown_code(finding.ruleId),
        finding.key ? markdown_code(finding.key) : '—',
        locationText(finding),
        escapeCell(finding.message),
    ]);
}
function suppressedRow(finding) {
    const s = finding.suppression;
    const how = s ? `${s.kind}${s.until ? ` until ${s.until}` : ''}: ${s.reason}` : '';
    return row([markdown_code(finding.ruleId), finding.key ? markdown_code(finding.key) : '—', locationText(finding), escapeCell(how)]);
}
/** Appends rows while the budget allows, then one line counting what was left out. */
function table(out, header, rows, budget) {
    out.push(row(header), row(header.map(() => '---')));
    let shown = 0;
    for (const line of rows) {
        if (budget.left - line.length - 1 < 0)
            break;
        budget.left -= line.length + 1;
        out.push(line);
        shown++;
    }
    if (shown < rows.length) {
        out.push('', `_${rows.length - shown} more rows not shown here: see the SARIF or JSON report._`);
    }
}
/**
 * The report as GitHub-flavoured Markdown for a job summary or PR comment. Every finding is listed
 * unless the text would pass `maxLength` (default {@link DEFAULT_MARKDOWN_MAX_LENGTH}); rows left out
 * are counted. Pure: ages are computed against `report.evaluatedAt`.
 */
function formatMarkdown(report, options = {}) {
    const s = report.summary;
    const out = [];
    const scope = report.environment ? ` · environment ${markdown_code(report.environment)}` : '';
    out.push(`## keybound: ${VERDICT_BADGE[report.verdict]}`, '');
    out.push(`**Verdict: ${report.verdict}** · mode \`${report.mode}\`${scope} · fail-on \`${report.failOn}\` · ` +
        `evaluated ${escapeCell(report.evaluatedAt)} · keybound ${escapeCell(report.tool.version)}`, '');
    out.push(row(['Errors', 'Warnings', 'Notes', 'Suppressed', 'Keys']), row(['---:', '---:', '---:', '---:', '---:']));
    out.push(row([s.error, s.warning, s.note, s.suppressed, s.keys].map(String)), '');
    const smokeCounts = SMOKE_STATUSES.filter((status) => s.smoke[status] > 0);
    if (smokeCounts.length > 0) {
        out.push(`Smoke calls: ${smokeCounts.map((status) => `${s.smoke[status]} ${status}`).join(', ')}`, '');
    }
    if (report.unconfirmed.length > 0) {
        out.push(`**Could not confirm:** ${report.unconfirmed.map(markdown_code).join(', ')}`, '');
    }
    for (const notice of options.notices ?? [])
        out.push('> [!WARNING]', `> ${escapeCell(notice)}`, '');
    // The chart is reserved up front, so the keys table cannot crowd it out.
    const reserved = out.join('\n').length + (options.afterKeys?.length ?? 0) + 2_000;
    const budget = { left: (options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH) - reserved };
    out.push(`### Keys (${report.keys.length})`, '');
    if (report.keys.length === 0)
        out.push('No keys found.');
    else {
        const rows = report.keys.map((key) => keyRow(key, report.evaluatedAt));
        table(out, ['Key', 'Provider', 'Environment', 'Principal', 'Age', 'Smoke'], rows, budget);
    }
    if (options.afterKeys) {
        out.push('', options.afterKeys.trimEnd());
    }
    out.push('', `### Findings (${report.findings.length})`, '');
    if (report.findings.length === 0)
        out.push('No findings.');
    else
        table(out, ['Severity', 'Rule', 'Key', 'Location', 'Message'], report.findings.map(findingRow), budget);
    if (report.suppressed.length > 0) {
        out.push('', `<details><summary>Suppressed findings (${report.suppressed.length})</summary>`, '');
        table(out, ['Rule', 'Key', 'Location', 'Suppression'], report.suppressed.map(suppressedRow), budget);
        out.push('', '</details>');
    }
    const { listed, templates } = shownDiagnostics(report.diagnostics);
    if (templates)
        out.push('', `### Diagnostics (${report.diagnostics.length})`, '', escapeCell(templates));
    if (listed.length > 0) {
        if (!templates)
            out.push('', `### Diagnostics (${report.diagnostics.length})`);
        out.push('');
        const rows = listed.map((d) => row([
            escapeCell(d.kind),
            markdown_code(d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file) || '—',
            escapeCell(d.message),
        ]));
        table(out, ['Kind', 'File', 'Message'], rows, budget);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, one rule
// descriptor per rule, one result per finding (waived ones carry `suppressions`), within GitHub's limits
// (25,000 results, 20 tags a rule, message.text required, partialFingerprints given).

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** NOTE: the project home; set it here once the repository's public address is final. */
const KEYBOUND_INFORMATION_URI = 'https://github.com/keybound/keybound';
/** GitHub code scanning rejects files with more results than this in a run. */
const MAX_SARIF_RESULTS = 25_000;
const MAX_TAGS = 20;
/** The partialFingerprints key; bump the version if the fingerprint recipe ever changes. */
const FINGERPRINT_KEY = 'keybound/v1';
/**
 * GitHub's `security-severity` (0.0-10.0) per level: it ranks alerts as critical/high/medium/low.
 * One map for this formatter (DESIGN convention 9).
 */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', note: '2.0' };
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function ruleHelp(meta) {
    const configure = `Configure it in keybound.yml under rules.${meta.id} (severity: error | warning | note | off).`;
    const example = meta.example ? `\n\nExample:\n${meta.example}` : '';
    const markdownExample = meta.example
        ? `\n\nExample:\n\n\`\`\`yaml\n${meta.example.replace(/`{3,}/g, '')}\n\`\`\``
        : '';
    return {
        text: `${meta.description}${example}\n\n${configure}`,
        markdown: `**${meta.id}**: ${meta.description}${markdownExample}\n\n${configure}`,
    };
}
function ruleDescriptor(meta) {
    const tags = ['security', 'keybound', 'secrets'];
    if (meta.usesSmoke)
        tags.push('smoke');
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.description },
        help: ruleHelp(meta),
        defaultConfiguration: { level: meta.defaultSeverity },
        properties: {
            tags: tags.slice(0, MAX_TAGS),
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
        },
    };
}
/** A rule descriptor for a finding whose rule is not in `rules` (custom rules, engine findings). */
function placeholderMeta(id, severity) {
    return {
        id,
        description: `keybound rule ${id}.`,
        defaultSeverity: severity,
        optionsSchema: {},
        defaultOptions: {},
        messages: {},
    };
}
/**
 * A relative URI reference for a scanned path: `/` separators, no leading `./` or `/`, each segment
 * percent-encoded (a `:` in the first segment would otherwise read as a URI scheme).
 */
function artifactUri(file) {
    const segments = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/');
    return segments.map((segment) => encodeURIComponent(segment)).join('/');
}
function region(loc) {
    const startLine = Math.max(1, Math.trunc(loc.line) || 1);
    const startColumn = Math.max(1, Math.trunc(loc.column) || 1);
    const out = { startLine, startColumn };
    if (loc.endLine !== undefined || loc.endColumn !== undefined) {
        const endLine = Math.max(startLine, Math.trunc(loc.endLine ?? startLine) || startLine);
        out.endLine = endLine;
        if (loc.endColumn !== undefined) {
            const endColumn = Math.max(1, Math.trunc(loc.endColumn) || 1);
            // SARIF: an empty or reversed region on one line is invalid; keep it at least as wide as its start.
            out.endColumn = endLine === startLine ? Math.max(endColumn, startColumn) : endColumn;
        }
    }
    return out;
}
function physicalLocation(loc) {
    return {
        physicalLocation: {
            artifactLocation: { uri: artifactUri(loc.file), uriBaseId: '%SRCROOT%' },
            region: region(loc),
        },
    };
}
function result(finding, ruleIndex, fallbackText) {
    const out = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: finding.severity,
        // GitHub requires a non-empty message.text.
        message: { text: finding.message.trim() === '' ? fallbackText : finding.message },
        locations: [physicalLocation(finding.location)],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
    // The other uses of the same root cause (SPEC section 5); SARIF requires a unique id on each.
    if (finding.relatedLocations?.length) {
        out.relatedLocations = finding.relatedLocations.map((related, index) => ({
            id: index + 1,
            ...physicalLocation(related),
            message: { text: related.message.trim() === '' ? 'another use of the same key' : related.message },
        }));
    }
    if (finding.suppression) {
        const s = finding.suppression;
        const suppression = {
            kind: s.kind === 'inline' ? 'inSource' : 'external',
            status: 'accepted',
            justification: s.reason,
        };
        if (s.location)
            suppression.location = physicalLocation(s.location);
        // keybound's own kind (inline, exception, baseline): SARIF's `kind` has only inSource and external.
        suppression.properties = { kind: s.kind, ...(s.until ? { until: s.until } : {}) };
        out.suppressions = [suppression];
    }
    const properties = {};
    if (finding.key !== undefined)
        properties.key = finding.key;
    if (finding.environment !== undefined)
        properties.environment = finding.environment;
    properties.evidence = finding.evidence.map((e) => ({ ...e }));
    out.properties = properties;
    return out;
}
function notifications(report, omitted) {
    const out = report.diagnostics.map((d) => {
        const note = {
            level: d.kind === 'parse-error' ? 'error' : d.kind === 'skipped' ? 'warning' : 'note',
            message: { text: d.message.trim() === '' ? d.kind : d.message },
            descriptor: { id: `keybound/${d.kind}` },
        };
        if (d.file !== '') {
            note.locations = [physicalLocation({ file: d.file, line: d.line ?? 1, column: d.column ?? 1 })];
        }
        return note;
    });
    if (omitted > 0) {
        out.push({
            level: 'warning',
            descriptor: { id: 'keybound/results-truncated' },
            message: {
                text: `${omitted} of ${omitted + MAX_SARIF_RESULTS} results were left out: GitHub code scanning accepts at ` +
                    `most ${MAX_SARIF_RESULTS} per run. The JSON report (--format json) has every finding.`,
            },
        });
    }
    return out;
}
/**
 * SARIF 2.1.0 log for `report`. `rules` are the descriptors of every rule that ran; a finding whose rule
 * is missing from them gets a minimal descriptor so each `ruleIndex` points at its rule. Active findings
 * come before suppressed ones, so truncation at {@link MAX_SARIF_RESULTS} drops waived findings first.
 */
function formatSarif(report, rules) {
    const metas = [];
    const indexById = new Map();
    const addRule = (meta) => {
        if (indexById.has(meta.id))
            return;
        indexById.set(meta.id, metas.length);
        metas.push(meta);
    };
    for (const meta of rules)
        addRule(meta);
    const all = [...report.findings, ...report.suppressed];
    for (const finding of all)
        addRule(placeholderMeta(finding.ruleId, finding.severity));
    const kept = all.slice(0, MAX_SARIF_RESULTS);
    const omitted = all.length - kept.length;
    const results = kept.map((finding) => {
        const index = indexById.get(finding.ruleId) ?? 0;
        return result(finding, index, metas[index].description);
    });
    const run = {
        tool: {
            driver: {
                name: 'keybound',
                version: report.tool.version,
                semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
                informationUri: KEYBOUND_INFORMATION_URI,
                rules: metas.map(ruleDescriptor),
            },
        },
        invocations: [
            {
                executionSuccessful: true,
                toolExecutionNotifications: notifications(report, omitted),
            },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
            verdict: report.verdict,
            mode: report.mode,
            environment: report.environment,
            evaluatedAt: report.evaluatedAt,
            unconfirmed: report.unconfirmed,
        },
    };
    const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
    return `${defuseJson(JSON.stringify(log, null, 2))}\n`;
}

;// CONCATENATED MODULE: ./src/report/text.ts
// Human-readable terminal output in the shape of ESLint's "stylish" formatter: findings grouped by file,
// `line:column  severity  message (also at line:column, …)  rule-id`, then a problem count, the
// verdict and the keys count.
// Untrusted text is flattened to one line and stripped of escapes before any colour of ours is added.




const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
function palette(color) {
    if (!color)
        return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
    return {
        red: sgr(31, 39),
        yellow: sgr(33, 39),
        blue: sgr(34, 39),
        green: sgr(32, 39),
        dim: sgr(2, 22),
        bold: sgr(1, 22),
        underline: sgr(4, 24),
    };
}
function text_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function severityPaint(p, severity) {
    return severity === 'error' ? p.red : severity === 'warning' ? p.yellow : p.blue;
}
/** Findings grouped by file in first-seen order, each group sorted by position. */
function byFile(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const group = groups.get(finding.location.file) ?? [];
        group.push(finding);
        groups.set(finding.location.file, group);
    }
    for (const group of groups.values()) {
        group.sort((a, b) => a.location.line - b.location.line ||
            a.location.column - b.location.column ||
            SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    }
    return groups;
}
function fileLines(file, findings, p) {
    const rows = findings.map((f) => ({
        position: `${f.location.line}:${f.location.column}`,
        severity: f.severity,
        message: neutralizeInline(messageWithRelated(f)),
        rule: neutralizeInline(f.ruleId),
    }));
    // Column widths are measured on uncoloured text so colour never shifts the alignment.
    const posWidth = Math.max(...rows.map((r) => r.position.length));
    const sevWidth = Math.max(...rows.map((r) => r.severity.length));
    const msgWidth = Math.max(...rows.map((r) => r.message.length));
    const lines = [p.underline(file === '' ? '(no file)' : neutralize(file))];
    for (const r of rows) {
        const paint = severityPaint(p, r.severity);
        lines.push(`  ${p.dim(r.position.padEnd(posWidth))}  ${paint(r.severity.padEnd(sevWidth))}  ` +
            `${r.message.padEnd(msgWidth)}  ${p.dim(r.rule)}`);
    }
    return lines;
}
function summaryLines(report, p) {
    const s = report.summary;
    const total = s.error + s.warning + s.note;
    const lines = [];
    if (total === 0) {
        lines.push(p.green('✔ No problems'));
    }
    else {
        const paint = s.error > 0 ? p.red : s.warning > 0 ? p.yellow : p.blue;
        const counts = [text_plural(s.error, 'error'), text_plural(s.warning, 'warning')];
        if (s.note > 0)
            counts.push(text_plural(s.note, 'note'));
        lines.push(paint(p.bold(`✖ ${text_plural(total, 'problem')} (${counts.join(', ')})`)));
    }
    if (s.suppressed > 0)
        lines.push(p.dim(`  ${s.suppressed} suppressed`));
    const verdictPaint = report.verdict === 'pass' ? p.green : report.verdict === 'fail' ? p.red : p.yellow;
    const scope = [report.mode, report.environment ? `environment ${neutralizeInline(report.environment)}` : '']
        .filter(Boolean)
        .join(', ');
    const smoke = SMOKE_STATUSES.filter((status) => s.smoke[status] > 0).map((status) => `${s.smoke[status]} ${status}`);
    const keys = text_plural(s.keys, 'key') + (smoke.length > 0 ? ` (smoke: ${smoke.join(', ')})` : '');
    lines.push(`${p.bold('Verdict:')} ${verdictPaint(p.bold(report.verdict))} (${scope}) · ${keys}`);
    if (report.unconfirmed.length > 0) {
        lines.push(p.yellow(`Could not confirm: ${report.unconfirmed.map(neutralizeInline).join(', ')}`));
    }
    return lines;
}
function diagnosticLines(report, p) {
    if (report.diagnostics.length === 0)
        return [];
    const lines = [p.bold('Diagnostics')];
    const { listed, templates } = shownDiagnostics(report.diagnostics);
    for (const d of listed) {
        const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
        lines.push(`  ${p.dim(neutralize(d.kind))}  ${neutralizeInline(where)}  ${neutralizeInline(d.message)}`);
    }
    if (templates)
        lines.push(`  ${p.dim('skipped')}  ${templates}`);
    return [...lines, ''];
}
/**
 * The report as terminal text. ANSI colours only when `options.color` is true; untrusted text is
 * always one line, without escapes or runner command markers, whether coloured or not.
 */
function formatText(report, options) {
    const p = palette(options.color);
    const out = [];
    for (const [file, findings] of byFile(report.findings)) {
        out.push(...fileLines(file, findings, p), '');
    }
    out.push(...diagnosticLines(report, p), ...summaryLines(report, p));
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/index.ts
// The one entry point the CLI and the Action use to turn a Report into text: a format name picks one
// of the pure formatters. Nothing here does I/O; writing the result is the shell's job.





/** Every value `--format` accepts, in the order the help text lists them. */
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'];
/** True when `value` names a format (for validating `--format` before a scan starts). */
function isFormat(value) {
    return FORMATS.includes(value);
}
/**
 * `report` rendered in `format`. The report must already be redacted (DESIGN convention 6): the
 * formatters neutralize untrusted text for their medium, they do not know secret values.
 */
function formatReport(report, format, options) {
    switch (format) {
        case 'text':
            return formatText(report, { color: options.color ?? false });
        case 'json':
            return formatJson(report);
        case 'sarif':
            return formatSarif(report, options.rules);
        case 'markdown':
            return formatMarkdown(report);
        case 'github':
            return formatGithub(report);
        default: {
            const unknown = format;
            throw new Error(`Unknown report format "${String(unknown)}": expected one of ${FORMATS.join(', ')}`);
        }
    }
}



;// CONCATENATED MODULE: ./src/report/redacted.ts
// A report rendered for output with every secret removed (SECURITY.md rule 10): each string of the
// report passes the redactor before a formatter serializes it, so JSON and SARIF stay well-formed
// whatever a value is, and key names and paths stay whole unless they contain a secret value.


/**
 * `report` in `format`, redacted. Line formats (text, markdown, github) get one more pass over the
 * finished text as defence in depth: `[redacted]` holds no line break, `%`, `:`, `|` or quote, so it
 * cannot break a line, a table or a workflow command. JSON and SARIF get none: every string in them was
 * redacted already, and a replacement in serialized JSON could land outside a string.
 */
function formatRedacted(report, redactor, format, options) {
    const text = formatReport(redactValues(report, redactor), format, options);
    return format === 'json' || format === 'sarif' ? text : redactor.redact(text);
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Reads argv once into a typed settings object (the actions/checkout habit): every flag validated
// here, with messages that quote the bad value and say what was expected.




const OPTIONS = {
    config: { type: 'string' },
    mode: { type: 'string' },
    environment: { type: 'string' },
    smoke: { type: 'boolean' },
    'secrets-json': { type: 'string' },
    'secrets-env': { type: 'boolean' },
    endpoint: { type: 'string', multiple: true },
    'github-repo': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    now: { type: 'string' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
const COMMANDS = ['check', 'baseline', 'explain', 'rules', 'providers'];
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        // parseArgs messages name the flag and are free of user data beyond the flag itself.
        throw new KeyboundError('usage', `${error.message.split('\n')[0]}; see keybound --help`);
    }
    const { values, positionals } = parsed;
    const [first, ...rest] = positionals;
    let command;
    if (values.version)
        command = 'version';
    else if (values.help || first === 'help')
        command = 'help';
    else if (first === undefined)
        command = 'help';
    else if (COMMANDS.includes(first))
        command = first;
    else
        throw new KeyboundError('usage', `unknown command "${first}"; expected one of: ${COMMANDS.join(', ')}`);
    // check and baseline take an optional PATH, explain a required RULE, the others nothing.
    const positional = command === 'check' || command === 'baseline' || command === 'explain' ? 1 : 0;
    if (rest.length > positional) {
        throw new KeyboundError('usage', `unexpected argument "${rest[positional]}"`);
    }
    if (command === 'explain' && rest.length === 0) {
        throw new KeyboundError('usage', 'explain needs a rule id: keybound explain RULE (keybound rules lists them)');
    }
    if (values.baseline !== undefined && command !== 'check') {
        throw new KeyboundError('usage', '--baseline is an option of check; keybound baseline writes one with --output');
    }
    return {
        command,
        path: command === 'explain' ? '.' : (rest[0] ?? '.'),
        ...(command === 'explain' ? { rule: rest[0] } : {}),
        ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
        configPath: values.config,
        mode: oneOf('--mode', values.mode ?? 'audit', ['audit', 'gate']),
        environment: values.environment,
        smoke: values.smoke ?? false,
        secretsJson: values['secrets-json'],
        secretsEnv: values['secrets-env'] ?? false,
        endpoints: parseEndpointOverrides(values.endpoint ?? [], '--endpoint'),
        githubRepo: repo(values['github-repo']),
        format: oneOf('--format', values.format ?? 'text', FORMATS),
        output: values.output,
        failOn: oneOf('--fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'note', 'never']),
        now: date(values.now),
    };
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new KeyboundError('usage', `${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}
function date(value) {
    if (value === undefined)
        return undefined;
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    if (!valid)
        throw new KeyboundError('usage', `--now: "${value}" is not a date of the form YYYY-MM-DD`);
    return value;
}
function repo(value) {
    if (value === undefined)
        return undefined;
    if (!/^[\w.-]+\/[\w.-]+$/.test(value))
        throw new KeyboundError('usage', `--github-repo: "${value}" is not of the form OWNER/REPO`);
    return value;
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// The text of `keybound --help` (SPEC section 7).
const HELP = `keybound: prove every deploy key is the right one before the deploy goes ahead

Usage:
  keybound check [PATH]          scan PATH (default .) and evaluate the policy
    --config FILE                config file (default: keybound.yml, then .github/keybound.yml)
    --mode audit|gate            gate: for release jobs (default audit)
    --environment NAME           gate a deploy to NAME: evaluate the uses in NAME only
    --smoke                      make live smoke calls
    --secrets-json FILE|-        secret values as a JSON object (name -> value)
    --secrets-env                secret values from environment variables of the same names
    --endpoint PROVIDER=URL      override a provider's base URL (repeatable)
    --github-repo OWNER/REPO     read Actions secret metadata (token from GITHUB_TOKEN)
    --format text|json|sarif|markdown|github   (default text)
    --output FILE                write the report there instead of stdout
    --fail-on error|warning|note|never         (default error)
    --now YYYY-MM-DD             evaluation date for ages and exceptions (default today)
    --baseline FILE              report only findings not in FILE (written by keybound baseline)
  keybound baseline [PATH]       write the current findings' fingerprints (takes check's options)
    --output FILE                where (default PATH/.keybound-baseline.json)
  keybound explain RULE          a rule's description, options, defaults and example
  keybound rules                 list the rules with their defaults (--format text|json|markdown)
  keybound providers             list providers, key formats, and the exact endpoints called
  keybound --version | --help

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, config or policy
error; 3 gate mode could not confirm a key it must confirm. An expired exception always fails (1).
`;

;// CONCATENATED MODULE: ./src/cli/listings.ts
// `keybound rules` and `keybound providers`: the same metadata the README tables are generated from.




/** Markdown table cells: a `|` or newline in a description must not break the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
function formatRules(rules, format) {
    const rows = rules.map((r) => ({ id: r.meta.id, severity: r.meta.defaultSeverity, description: r.meta.description }));
    if (format === 'json')
        return `${JSON.stringify(rows, null, 2)}\n`;
    if (format === 'markdown') {
        const lines = ['| id | default | what it reports |', '|---|---|---|'];
        for (const r of rows)
            lines.push(`| \`${r.id}\` | ${r.severity} | ${cell(r.description)} |`);
        return `${lines.join('\n')}\n`;
    }
    const width = Math.max(...rows.map((r) => r.id.length));
    return `${rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n')}\n`;
}
function formatProviders(providers, format) {
    const rows = providers.map((p) => ({
        id: p.id,
        name: p.name,
        formats: p.formats.map((f) => f.type),
        endpoints: p.endpoints.map((e) => ({ method: e.method, host: new URL(e.baseUrl).host, path: e.path })),
    }));
    if (format === 'json')
        return `${JSON.stringify(rows, null, 2)}\n`;
    const calls = (r) => r.endpoints.map((e) => `${e.method} ${e.host}${e.path}`).join(', ') || 'none yet';
    if (format === 'markdown') {
        const lines = ['| provider | key types | calls (method, host, path) |', '|---|---|---|'];
        for (const r of rows)
            lines.push(`| ${r.name} (\`${r.id}\`) | ${cell(r.formats.join(', '))} | ${cell(calls(r))} |`);
        return `${lines.join('\n')}\n`;
    }
    return `${rows.map((r) => `${r.id}\n  key types: ${r.formats.join(', ')}\n  calls:     ${calls(r)}`).join('\n')}\n`;
}
/**
 * `keybound explain RULE`: description, default severity, options with their defaults (the rule's own
 * and, where it differs, policies/recommended.yml's), and the example: the README table's metadata.
 */
function formatExplain(rule, recommended, format) {
    const meta = rule.meta;
    const properties = (meta.optionsSchema.properties ?? {});
    const defaults = meta.defaultOptions;
    const options = Object.entries(properties).map(([name, schema]) => ({
        name,
        type: typeName(schema),
        description: typeof schema.description === 'string' ? schema.description : '',
        default: defaults[name],
        ...(name in recommended.options && JSON.stringify(recommended.options[name]) !== JSON.stringify(defaults[name])
            ? { recommended: recommended.options[name] }
            : {}),
    }));
    const data = {
        id: meta.id,
        description: meta.description,
        defaultSeverity: meta.defaultSeverity,
        ...(recommended.severity ? { recommendedSeverity: recommended.severity } : {}),
        usesSmoke: meta.usesSmoke ?? false,
        options,
        ...(meta.example ? { example: meta.example } : {}),
    };
    if (format === 'json')
        return `${JSON.stringify(data, null, 2)}\n`;
    const show = (value) => (value === undefined ? '(none)' : JSON.stringify(value));
    const lines = [];
    if (format === 'markdown') {
        lines.push(`## \`${meta.id}\``, '', meta.description, '', `Default severity: ${meta.defaultSeverity}.`);
        if (options.length) {
            lines.push('', '| option | type | default | description |', '|---|---|---|---|');
            for (const o of options)
                lines.push(`| \`${o.name}\` | ${o.type} | \`${cell(show(o.recommended ?? o.default))}\` | ${cell(o.description)} |`);
        }
        if (meta.example)
            lines.push('', `Example: ${meta.example}`);
        return `${lines.join('\n')}\n`;
    }
    lines.push(`${meta.id}  (default severity: ${meta.defaultSeverity}${recommended.severity && recommended.severity !== meta.defaultSeverity ? `; recommended: ${recommended.severity}` : ''})`);
    lines.push(`  ${meta.description}`);
    if (meta.usesSmoke)
        lines.push('  Uses smoke call results when --smoke is given.');
    lines.push('', options.length
        ? `Options (keybound.yml, rules.${meta.id}):`
        : `Options: none besides severity (rules.${meta.id}.severity).`);
    for (const o of options) {
        lines.push(`  ${o.name} (${o.type})`);
        if (o.description)
            lines.push(`      ${o.description}`);
        lines.push(`      default: ${show(o.default)}`);
        if (o.recommended !== undefined)
            lines.push(`      in policies/recommended.yml: ${show(o.recommended)}`);
    }
    if (meta.example)
        lines.push('', 'Example finding:', `  ${meta.example}`);
    return `${lines.join('\n')}\n`;
}
function typeName(schema) {
    if (Array.isArray(schema.enum))
        return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (schema.type === 'array') {
        const items = (schema.items ?? {});
        return `list of ${typeof items.type === 'string' ? items.type : 'values'}`;
    }
    if (schema.type === 'object')
        return 'map';
    return typeof schema.type === 'string' ? schema.type : 'value';
}
/** The rule `id`, or a usage error naming the closest ids (exit 2). */
function findRule(rules, id) {
    const rule = rules.find((r) => r.meta.id === id);
    if (rule)
        return rule;
    const ids = rules.map((r) => r.meta.id);
    const close = closeMatches(id, ids);
    const hint = close.length
        ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
        : ` (keybound rules lists them: ${ids.join(', ')})`;
    throw new KeyboundError('usage', `explain: unknown rule ${JSON.stringify(id.slice(0, 80))}${hint}`);
}
/** The rule's severity and options as policies/recommended.yml (embedded in the bundle) sets them. */
function recommendedSetting(id) {
    const text = POLICY_FILES['recommended.yml'];
    const data = (text ? (0,dist/* parse */.qg)(text) : {});
    const { severity, ...options } = data.rules?.[id] ?? {};
    return { ...(typeof severity === 'string' ? { severity } : {}), options };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The command line: the only code that touches argv, stdout, stdin, files for output, the environment
// and the exit code. main() returns the code and never calls process.exit, so tests run it in-process.


















async function main(argv, io) {
    // Everything printed goes through this; check() adds every secret it meets.
    let redactor = new Redactor();
    try {
        const settings = parseCli(argv);
        switch (settings.command) {
            case 'version':
                io.stdout(`${version/* VERSION */.x}\n`);
                return 0;
            case 'help':
                io.stdout(HELP);
                return 0;
            case 'rules':
                io.stdout(formatRules(RULES, listingFormat(settings)));
                return 0;
            case 'providers':
                io.stdout(formatProviders(PROVIDERS, listingFormat(settings)));
                return 0;
            case 'explain': {
                const rule = findRule(RULES, settings.rule ?? '');
                io.stdout(formatExplain(rule, recommendedSetting(rule.meta.id), listingFormat(settings)));
                return 0;
            }
            case 'baseline': {
                const result = await runCheck(settings, io, (secrets) => (redactor = new Redactor(secrets)));
                redactor = result.redactor;
                return writeBaseline(settings, io, result.report, redactor);
            }
            case 'check': {
                const result = await runCheck(settings, io, (secrets) => (redactor = new Redactor(secrets)));
                redactor = result.redactor;
                const color = settings.format === 'text' && !settings.output && io.isTTY && !io.env.NO_COLOR;
                const text = formatRedacted(result.report, redactor, settings.format, {
                    color,
                    rules: RULES.map((r) => r.meta),
                });
                if (settings.output)
                    (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, settings.output), text);
                else
                    io.stdout(text);
                return exitCodeOf(result.report);
            }
        }
    }
    catch (error) {
        io.stderr(`keybound: ${redactor.redact(describeError(error))}\n`);
        if (!(error instanceof KeyboundError))
            io.stderr('keybound: this is a bug; please report it with the command you ran\n');
        return 2;
    }
}
async function runCheck(settings, io, onSecrets) {
    const root = (0,external_node_path_.resolve)(io.cwd, settings.path);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new KeyboundError('usage', `"${settings.path}" is not a folder to scan`);
    }
    const token = settings.githubRepo ? githubToken(io) : undefined;
    const secrets = new Map();
    if (token)
        onSecrets([token]);
    if (settings.secretsJson !== undefined) {
        const fromStdin = settings.secretsJson === '-';
        const text = fromStdin ? await io.readStdin() : readSecretsFile((0,external_node_path_.resolve)(io.cwd, settings.secretsJson));
        const parsed = parseSecretsJson(text, fromStdin ? 'stdin' : settings.secretsJson);
        for (const [name, value] of parsed.secrets)
            secrets.set(name, value);
        onSecrets([...secrets.values(), ...(token ? [token] : [])]);
        for (const warning of parsed.warnings)
            io.stderr(`keybound: --secrets-json: ${warning}\n`);
    }
    const platformSecrets = settings.githubRepo && token ? await readSecretMetadata(settings.githubRepo, token, io) : undefined;
    const result = await check({
        root,
        configPath: settings.configPath ? (0,external_node_path_.resolve)(io.cwd, settings.configPath) : undefined,
        mode: settings.mode,
        environment: settings.environment,
        smoke: settings.smoke,
        secrets,
        secretsFromEnv: settings.secretsEnv ? io.env : undefined,
        now: settings.now ?? new Date().toISOString().slice(0, 10),
        failOn: settings.failOn,
        endpoints: withEnterpriseGitHub(settings.endpoints, io.env.GITHUB_API_URL),
        tlsVerificationDisabled: io.env.NODE_TLS_REJECT_UNAUTHORIZED === '0',
        http: io.env.RUNNER_DEBUG === '1' ? { log: (line) => io.stderr(`keybound: debug: ${line}\n`) } : {},
        platformSecrets,
        ...(settings.baseline !== undefined ? { baseline: readBaseline(io, settings.baseline) } : {}),
    });
    if (token)
        result.redactor.add(token);
    return result;
}
/** --github-repo reads its token from GITHUB_TOKEN only, never from a flag that would show in `ps`. */
function githubToken(io) {
    const value = io.env.GITHUB_TOKEN?.trim() ?? '';
    if (value === '')
        throw new KeyboundError('usage', '--github-repo needs a token in GITHUB_TOKEN that may read Actions secret metadata (fine-grained: Secrets: read; classic: repo)');
    return new SecretValue(value, 'GITHUB_TOKEN');
}
/** Actions secret metadata for rotation dates; what could not be read is a warning on stderr. */
async function readSecretMetadata(repository, token, io) {
    const debug = io.env.RUNNER_DEBUG === '1';
    const { secrets, warnings } = await fetchSecretMetadata({
        repository,
        token,
        apiUrl: io.env.GITHUB_API_URL,
        log: debug ? (line) => io.stderr(`keybound: debug: ${line}\n`) : undefined,
    });
    for (const warning of warnings)
        io.stderr(`keybound: --github-repo: ${warning}\n`);
    return secrets;
}
/** --baseline FILE, relative to the working directory. */
function readBaseline(io, file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new KeyboundError('io', `--baseline: the file could not be read (${code}); write it with keybound baseline`, {
            file,
        });
    }
    return { data: parseBaseline(text, file), file };
}
/** `keybound baseline`: the run's active findings as fingerprints, in --output or PATH/.keybound-baseline.json. */
function writeBaseline(settings, io, report, redactor) {
    const target = settings.output
        ? (0,external_node_path_.resolve)(io.cwd, settings.output)
        : (0,external_node_path_.resolve)(io.cwd, settings.path, DEFAULT_BASELINE_FILE);
    const baseline = createBaseline(report.findings, report.keys, version/* VERSION */.x, report.evaluatedAt);
    (0,external_node_fs_.writeFileSync)(target, `${JSON.stringify(redactValues(baseline, redactor), null, 2)}\n`);
    const named = settings.output ?? (0,external_node_path_.join)(settings.path, DEFAULT_BASELINE_FILE);
    io.stderr(`keybound: wrote ${baseline.findings.length} finding(s) to ${named}\n`);
    for (const finding of report.findings) {
        const why = notBaselinable(finding, report.keys);
        if (why)
            io.stderr(`keybound: not baselined: ${finding.ruleId} on ${finding.key ?? 'a key'}: ${why}\n`);
    }
    return 0;
}
function readSecretsFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new KeyboundError('secrets', `--secrets-json: the file could not be read (${code})`, { file: path });
    }
}
function listingFormat(settings) {
    if (settings.format === 'json' || settings.format === 'markdown' || settings.format === 'text')
        return settings.format;
    throw new KeyboundError('usage', `--format ${settings.format} is for check; listings take text, json or markdown`);
}

;// CONCATENATED MODULE: ./src/cli/process.ts
// Binds main() to the real process: argv, stdio, environment, and the exit code (set, never forced,
// so pending output is flushed).

async function runFromProcess() {
    process.exitCode = await main(process.argv.slice(2), {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        readStdin,
        env: process.env,
        cwd: process.cwd(),
        isTTY: process.stdout.isTTY === true,
    });
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}


/***/ })

};
