export const id = 95;
export const ids = [95];
export const modules = {

/***/ 95:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smokeKeys: () => (/* binding */ smokeKeys)
});

// EXTERNAL MODULE: ./src/core/node-crypto.ts
var node_crypto = __webpack_require__(8033);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/keys/confirmation.ts
var confirmation = __webpack_require__(2983);
// EXTERNAL MODULE: ./src/keys/facts.ts
var facts = __webpack_require__(5491);
// EXTERNAL MODULE: ./src/core/builtin.ts
var builtin = __webpack_require__(7216);
// EXTERNAL MODULE: ./src/providers/base-url.ts
var base_url = __webpack_require__(8197);
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
        const base = (0,base_url/* validateBaseUrl */.f)(baseUrl);
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
                const endpoint = 
                // Stryker disable next-line ConditionalExpression: a declared template starts with / and so never matches the text "undefined".
                path === undefined ? undefined : allowed.find((a) => a.method === request.method && a.path.test(path));
                if (endpoint === undefined)
                    refuse(`${path ?? url.pathname} is not a declared read-only endpoint`);
                if (url.hash)
                    refuse('request path must not carry a fragment');
                // SECURITY case 12: the debug log names the declared path (`/Accounts/{AccountSid}.json`), never
                // the path as sent, whose segments may hold a credential.
                // Stryker disable next-line OptionalChaining,StringLiteral: refuse() above threw when no endpoint matched.
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
            // An answer the adapter reads as final (OpenAI's 429 insufficient_quota) is not rate limiting.
            if (result.kind !== 'response' || !isRateLimited(result) || request.final?.(result))
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
        // Stryker disable next-line MethodExpression: node:http already strips the whitespace around a header value.
        (response.headers['x-ratelimit-remaining']?.trim() === '0' || response.headers['retry-after'] !== undefined));
}
/** Retry-After in seconds or as an HTTP date, else GitHub's x-ratelimit-reset or Okta's x-rate-limit-reset (epoch seconds). */
function retryAfterMs(headers, now) {
    const value = headers['retry-after'];
    if (value !== undefined) {
        const seconds = value.trim();
        if (/^\d+$/.test(seconds))
            return Number(seconds) * 1000;
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    const reset = headers['x-ratelimit-reset'] ?? headers['x-rate-limit-reset'];
    // Stryker disable next-line ConditionalExpression: /^\d+$/ reads undefined as the text "undefined", which is no number.
    if (reset !== undefined && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - now);
    return undefined;
}
function templateToRegExp(template) {
    const escaped = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${escaped.join('[^/]+')}$`);
}
/** One request, never followed, always settled within `timeoutMs`. */
async function send(url, request, timeoutMs, maxBodyBytes, lookup) {
    // node:http and node:https are loaded by the first smoke call, not at every start (issue 15).
    const { request: open } = (0,builtin/* requireBuiltin */.X)(url.protocol === 'https:' ? 'node:https' : 'node:http');
    return new Promise((resolve) => {
        let settled = false;
        const finish = (result) => {
            // Stryker disable next-line ConditionalExpression: a promise keeps its first value; clearTimeout and destroy may repeat.
            if (settled)
                return;
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
            agent: false,
            rejectUnauthorized: true,
            ...(lookup ? { lookup } : {}),
        };
        const outgoing = open(url, options, (incoming) => {
            const status = incoming.statusCode ?? 0;
            const responseHeaders = {};
            for (const [name, value] of Object.entries(incoming.headers)) {
                // Stryker disable next-line ConditionalExpression: node:http lists only headers that were received.
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
            // On Node 20 every close before 'end' seen in tests (reset, FIN, chunked) emits 'error' (ECONNRESET)
            // first, which settles the result: this listener is for runtimes that do not, so no test reaches it.
            // Stryker disable next-line all: see above.
            incoming.on('close', () => 
            // Stryker disable next-line all: see above.
            finish({ kind: 'failure', reason: 'network', message: 'response interrupted (closed)' }));
        });
        const timer = setTimeout(() => finish({ kind: 'failure', reason: 'timeout', message: `no complete answer within ${timeoutMs} ms` }), timeoutMs);
        outgoing.on('error', (error) => finish({ kind: 'failure', reason: 'network', message: `request failed (${errorCode(error)})` }));
        outgoing.end(body);
    });
}
/** Only the error's code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED...): messages may quote hosts or data. */
function errorCode(error) {
    // Stryker disable next-line OptionalChaining,StringLiteral: node:http and node:net emit only Error objects.
    return error?.code ?? (error instanceof Error ? error.name : 'error');
}

;// CONCATENATED MODULE: ./src/providers/alibaba-rpc.ts
// The wire format of the one Alibaba Cloud call keybound makes (STS GetCallerIdentity): the RPC
// signature version 1.0 (HMAC-SHA1), written from the documented algorithm (help.aliyun.com, "Signature
// mechanism"; the document's own examples are this file's test vectors). POST, so that the AccessKey id
// and a security token travel in the body, never in a URL a proxy may log.

/** RFC 3986 encoding as Alibaba signs it: all but `A-Z a-z 0-9 - _ . ~` becomes `%XX` (upper case). */
function percentEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The canonicalized query string: parameters sorted by name, each `name=value` encoded, joined by `&`. */
function canonicalize(params) {
    return Object.keys(params)
        .sort()
        .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
        .join('&');
}
/** Base64(HMAC-SHA1(secret + "&", METHOD + "&" + encode("/") + "&" + encode(canonicalized))). */
function rpcSignature(method, params, secret) {
    const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalize(params))}`;
    return (0,node_crypto/* nodeCrypto */.S)().createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64');
}
/**
 * The form body of a signed `POST /` STS GetCallerIdentity: its parameters are fixed here, so no other
 * action can be asked. `now` is the wall clock (Alibaba refuses a stale Timestamp); the nonce is new.
 */
function getCallerIdentityBody(secrets, now, nonce = (0,node_crypto/* nodeCrypto */.S)().randomUUID()) {
    const params = {
        Action: 'GetCallerIdentity',
        Version: '2015-04-01',
        Format: 'JSON',
        AccessKeyId: secrets.accessKeyId,
        SignatureMethod: 'HMAC-SHA1',
        SignatureVersion: '1.0',
        SignatureNonce: nonce,
        Timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...(secrets.securityToken ? { SecurityToken: secrets.securityToken } : {}),
    };
    return `${canonicalize(params)}&Signature=${percentEncode(rpcSignature('POST', params, secrets.accessKeySecret))}`;
}

// EXTERNAL MODULE: ./src/providers/outcome.ts
var outcome = __webpack_require__(5102);
;// CONCATENATED MODULE: ./src/providers/adapter.ts
// The shape every provider adapter shares, as data (the way a detector is in TruffleHog or a rule in
// ESLint). A provider is one file that calls `defineProvider` with:
//
//   - facts: `id`, `name`, key `formats` (with examples), `namePatterns`, `companions` (the names that
//     travel with the key: an account id, a site), and a `guide` for the README (what to declare as
//     `principal:` and what each status means for this provider);
//   - `calls`: each read-only call it may make (method, base URL, path: this list IS the allow-list the
//     HTTP client enforces), how the credential travels (`auth`), and its case table `answers`: rows of
//     status + body/header fields -> outcome, first match wins;
//   - the fact extraction, in `accept(read)`: what an accepted answer says (principal, kind, scopes,
//     dates, mode), and optionally which call comes next.
//
// What no provider needs to write: no answer (timeout, network, redirect), a 5xx, a body that is not
// the JSON the provider documents (a WAF's HTML page), an answer no row matches (all `unknown`); rate
// limits (the HTTP client retries them; a row marked `final` reads a 429 that must NOT be retried,
// such as OpenAI's insufficient_quota); provider text in messages (`{said}`: redacted of the key, its
// companions and masked keys, one line); facts accumulated over several calls.
//
// Adding a provider = its file, one line in index.ts (the registry), and its test table (the shared
// harness in __tests__/providers/harness.ts, and its recorded answers in __tests__/providers/recorded/).

/** The key is accepted; `read` extracts what the answer says about it. */
function accept(read) {
    return { kind: 'accept', ...(read ? { read } : {}) };
}
/** Go on with another call of the same provider. */
function next(call) {
    return { kind: 'next', call };
}
/**
 * The base URL of a provider with no default host (`tenant`): none is compiled in, and only
 * `--endpoint` names the customer's (an Okta org, an Atlassian site).
 */
const TENANT = undefined;
/** A call of one method: an endpoint and what its answers mean. */
const method = (name) => (baseUrl, path, call) => ({
    method: name,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    path,
    ...call,
});
/** A GET call: an endpoint and what its answers mean. */
const get = method('GET');
/** A POST the provider documents as read-only (`note` says why). */
const post = method('POST');
/** A row: the status(es), what they mean, and any field tests. */
function on(status, then, tests = {}) {
    return { ...(status === undefined ? {} : { status }), ...tests, then };
}
/** How the credential travels. */
const bearer = (role = 'key') => (parts) => ({ authorization: `Bearer ${reveal(parts, role)}` });
const header = (name, role = 'key') => (parts) => ({ [name]: reveal(parts, role) });
const basic = (user, password) => (parts) => ({
    authorization: `Basic ${Buffer.from(`${reveal(parts, user)}:${reveal(parts, password)}`, 'utf8').toString('base64')}`,
});
const noAuth = () => ({});
function reveal(parts, role) {
    const value = parts[role];
    if (!value)
        throw new Error(`missing credential part ${role}`);
    return value.reveal();
}
/** A provider from its definition: the endpoints are exactly the calls, and the check runs the tables. */
function defineProvider(definition) {
    const { calls, start: _start, errorText: _text, parse: _parse, ...facts } = definition;
    const endpoints = Object.values(calls).map(({ method, baseUrl, path, note }) => ({
        method,
        ...(baseUrl === undefined ? {} : { baseUrl }),
        path,
        ...(note ? { note } : {}),
    }));
    // A provider with a tenant has no host compiled in at all; any other has one for every call.
    if (!endpoints.every((e) => (e.baseUrl === undefined) === (definition.tenant !== undefined)))
        throw new Error(`${definition.id}: a tenant provider's calls have no base URL, and only its calls`);
    return { ...facts, endpoints, identify: (credential, context) => runCheck(definition, credential, context) };
}
/** An answer as a row sees it: status, headers, parsed body, and readers that redact provider text. */
class Answer {
    status;
    headers;
    body;
    credential;
    context;
    secrets;
    errorPaths;
    sofar;
    constructor(status, headers, body, credential, context, secrets, errorPaths, 
    /** What earlier calls of this check gave: principal details and facts. */
    sofar = {
        principal: {},
        facts: [],
    }) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.credential = credential;
        this.context = context;
        this.secrets = secrets;
        this.errorPaths = errorPaths;
        this.sofar = sofar;
    }
    /** A body field by path (`error.code`, `repositories.0.owner.login`); `*` stands for every element of a list (the result is then a list). */
    get(path) {
        return pick(this.body, path.split('.'));
    }
    /** Every value at a path, as a list (none when absent). */
    all(path) {
        const value = this.get(path);
        return Array.isArray(value) ? value : value === undefined ? [] : [value];
    }
    /** A body field as one line of redacted text ('' when it is not a string or number). */
    text(path) {
        return this.clean(this.get(path));
    }
    /**
     * The non-empty body fields named, as redacted text (numbers and booleans kept as they are), under
     * their last path part, or under the names a record gives them (`{ business_name: 'business_profile.name' }`).
     */
    fields(paths) {
        const named = Array.isArray(paths)
            ? paths.map((path) => [path.split('.').pop(), path])
            : Object.entries(paths);
        const found = {};
        for (const [name, path] of named) {
            const value = this.get(path);
            if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
                found[name] = value;
            else if (this.clean(value))
                found[name] = this.clean(value);
        }
        return found;
    }
    /** A comma-separated header (`x-oauth-scopes`) as a list of redacted, non-empty items. */
    list(header) {
        return (this.headers[header] ?? '')
            .split(',')
            .map((item) => this.clean(item))
            .filter((item) => item.length > 0);
    }
    /** A response header as redacted text. */
    header(name) {
        return this.clean(this.headers[name]);
    }
    /** Provider text made safe: every secret of this check removed in every encoding, one line. */
    clean(value) {
        return (0,outcome/* providerText */.xN)(typeof value === 'number' ? String(value) : value, this.credential, this.secrets);
    }
    /** `: <the provider's own error text>` or '' (for messages). */
    get said() {
        for (const path of this.errorPaths) {
            const text = this.text(path);
            if (text)
                return `: ${text}`;
        }
        return '';
    }
}
function pick(value, path) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    if (head === '*')
        return Array.isArray(value) ? value.flatMap((item) => pickAll(item, rest)) : undefined;
    if (Array.isArray(value))
        return /^\d{1,6}$/.test(head) ? pick(value[Number(head)], rest) : undefined;
    if (value === null || typeof value !== 'object')
        return undefined;
    return Object.hasOwn(value, head) ? pick(value[head], rest) : undefined;
}
function pickAll(value, path) {
    const found = pick(value, path);
    return Array.isArray(found) && path.includes('*') ? found : found === undefined ? [] : [found];
}
function holds(match, value) {
    if (Array.isArray(value) && !Array.isArray(match))
        return value.some((item) => holds(match, item));
    if (match === null)
        return value === undefined || value === null;
    if (match instanceof RegExp)
        return typeof value === 'string' && match.test(value);
    if (Array.isArray(match))
        return match.some((item) => holds(item, value));
    return value === match;
}
function statusHolds(row, status) {
    if (row.status === undefined)
        return true;
    return typeof row.status === 'number' ? row.status === status : row.status.includes(status);
}
function rowHolds(row, answer) {
    if (!statusHolds(row, answer.status))
        return false;
    if (answer.body === undefined && !row.anyBody)
        return false;
    for (const [path, match] of Object.entries(row.body ?? {}))
        if (!holds(match, answer.get(path)))
            return false;
    for (const [name, match] of Object.entries(row.headers ?? {}))
        if (!holds(match, answer.headers[name]))
            return false;
    return row.when ? row.when(answer) : true;
}
/** Whether a rate-limit answer is one a `final` row reads: then it is not retried. */
function isFinal(call, answer) {
    return call.answers.some((row) => row.final === true && rowHolds(row, answer));
}
/** Runs a provider's calls and case tables for one credential. */
async function runCheck(definition, credential, context) {
    // SECURITY: a tenant's host comes only from --endpoint (smoke.ts checks first; this holds for any caller).
    if (definition.tenant && !context.declaredEndpoint)
        return (0,outcome/* noEndpoint */.lB)(definition, definition.tenant);
    const begun = definition.start?.(credential, context) ?? {};
    if ('status' in begun)
        return begun;
    const state = {
        principal: {},
        facts: [],
        aliases: [],
        unconfirmable: [],
        notes: [],
        parts: begun.parts ?? { ...credential.companions, key: credential.value },
    };
    let id = begun.call ?? Object.keys(definition.calls)[0];
    // A table cannot loop: each call is made at most once.
    const made = new Set();
    for (;;) {
        const call = definition.calls[id];
        if (!call || made.has(id))
            throw new Error(`${definition.id}: no call ${id}, or a second one`);
        made.add(id);
        const { resolved, why } = await callOnce(definition, call, credential, context, state);
        const read = 'status' in resolved || resolved.kind === 'next' ? resolved : (resolved.read?.(resolved.answer) ?? {});
        if ('status' in read) {
            if (!call.optional)
                return read;
            // An optional call that fails leaves the key as accepted so far, with a note.
            const note = call.optional(why);
            if (note)
                state.notes.push(note);
            return finish(state);
        }
        if ('kind' in read) {
            id = read.call;
            continue;
        }
        merge(state, read);
        if (!read.next)
            return finish(state);
        id = read.next;
    }
}
async function callOnce(definition, call, credential, context, state) {
    const parts = state.parts;
    const secrets = Object.values(parts);
    const path = fill(call.path, parts);
    if (path === undefined) {
        return { resolved: (0,outcome/* unknown */.L5)('no-value', `${definition.name}: a value the call needs is missing`), why: 'no-value' };
    }
    const answerOf = (response) => new Answer(response.status, response.headers, (definition.parse ?? outcome/* jsonObject */.o$)({ kind: 'response', ...response }), credential, context, secrets, definition.errorText ?? [], { principal: state.principal, facts: state.facts });
    const request = {
        method: call.method,
        path: path + (call.query ?? ''),
        // SECURITY: the credential travels only in these headers, to the base URL the client is bound to.
        headers: {
            'user-agent': 'keybound',
            accept: 'application/json',
            ...call.headers,
            ...(await call.auth(parts, context)),
        },
        ...(call.body !== undefined ? { body: typeof call.body === 'string' ? call.body : call.body(parts) } : {}),
        final: (response) => isFinal(call, answerOf(response)),
    };
    // A call on another of the provider's own hosts (Square's sandbox) gets that host's client; calls on
    // the first call's host go where the check was pointed (a Datadog site, an --endpoint override).
    const home = Object.values(definition.calls)[0]?.baseUrl;
    const http = call.baseUrl !== undefined && call.baseUrl !== home && context.httpFor
        ? context.httpFor(call.baseUrl)
        : context.http;
    const result = await http.request(request);
    const why = result.kind === 'response' ? `HTTP ${result.status}` : result.reason;
    return { resolved: judge(call, result, answerOf), why };
}
function judge(call, result, answerOf) {
    if (result.kind === 'failure')
        return failureOutcome(result);
    if (result.status >= 500)
        return (0,outcome/* unknown */.L5)('server-error', `HTTP ${result.status} from the provider`);
    const answer = answerOf(result);
    const row = call.answers.find((candidate) => rowHolds(candidate, answer));
    return row ? resolve(row.then, answer) : (0,outcome/* unexpected */.os)(result);
}
function failureOutcome(result) {
    const reasons = {
        'rate-limited': 'rate-limited',
        redirect: 'redirect',
        network: 'network',
        timeout: 'timeout',
        budget: 'timeout',
    };
    return (0,outcome/* unknown */.L5)(reasons[result.reason] ?? 'unexpected-response', result.message);
}
function resolve(outcome, answer) {
    const value = typeof outcome === 'function' ? outcome(answer) : outcome;
    if ('status' in value) {
        if (value.message === undefined)
            return value;
        const message = value.message.replace(/\{status\}/g, String(answer.status)).replace(/\{said\}/g, () => answer.said);
        return { ...value, message };
    }
    return value.kind === 'accept' ? { ...value, answer } : value;
}
/**
 * `{Name}` path segments filled from the part of that role, in camel case (`{AccountSid}` and
 * `{account_id}` are `accountSid` and `accountId`); undefined when one is missing.
 */
function fill(path, parts) {
    let missing = false;
    const filled = path.replace(/\{([^}]+)\}/g, (_m, name) => {
        const role = name
            .replace(/_([a-z])/g, (_c, letter) => letter.toUpperCase())
            .replace(/^[A-Z]/, (c) => c.toLowerCase());
        const value = parts[role];
        if (!value)
            missing = true;
        return value ? encodeURIComponent(value.reveal()) : '';
    });
    return missing ? undefined : filled;
}
function merge(state, read) {
    Object.assign(state.principal, read.principal);
    const facts = read.facts ?? [];
    const known = state.facts.findIndex((f) => f.fact === 'principal');
    const named = facts.find((f) => f.fact === 'principal');
    if (named && known >= 0) {
        // A later call names the principal better (Google's token info e-mail): it replaces the first.
        state.facts[known] = named;
        state.facts.push(...facts.filter((f) => f !== named));
    }
    else if (named) {
        // The facts of the call that names the principal come first.
        state.facts.unshift(...facts);
    }
    else {
        state.facts.push(...facts);
    }
    state.aliases.push(...(read.aliases ?? []));
    if (read.unconfirmable)
        state.unconfirmable = read.unconfirmable;
    if (read.note)
        state.notes.push(read.note);
    if (read.carry)
        state.parts = { ...state.parts, ...read.carry };
}
function finish(state) {
    return {
        status: 'verified',
        reason: 'ok',
        ...(Object.keys(state.principal).length > 0 ? { principal: state.principal } : {}),
        facts: state.facts,
        ...(state.aliases.length > 0 ? { aliases: state.aliases } : {}),
        ...(state.unconfirmable.length > 0 ? { unconfirmable: state.unconfirmable } : {}),
        ...(state.notes.length > 0 ? { message: state.notes.join('; ') } : {}),
    };
}
/** A fact for `Accepted.facts`. */
function fact(name, value, detail) {
    return { fact: name, value, detail };
}

// EXTERNAL MODULE: ./src/providers/names.ts
var names = __webpack_require__(8114);
;// CONCATENATED MODULE: ./src/providers/alibaba.ts
// Alibaba Cloud: RAM AccessKey pairs (an LTAI… id with its secret; STS. temporary ids with a security
// token), the secret names that point at Alibaba Cloud, and STS GetCallerIdentity. Facts from
// PROVIDERS.md section 43; the signing is in alibaba-rpc.ts.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID_BODY = 'Qz4Wx7Ev' + 'Rb2Tn5Ym' + '8Uk3';
const SECRET = 'Hp6Ls9Df' + 'Gj2Kq5Zx' + 'Cv8Bn1Mw' + '4Ta7Re';
/** An error code of the RPC gateway (`Code`), never its message text. */
const code = (codes, then) => on(undefined, then, { body: { Code: codes } });
const CLOCK = (0,outcome/* unknown */.L5)('unexpected-response', 'Alibaba Cloud refused the request time or nonce; check the clock (HTTP {status})');
/** What IdentityType says about the principal (PROVIDERS.md section 43 (b)). */
const KINDS = {
    Account: { kind: 'human', detail: 'the Alibaba Cloud root account (IdentityType Account)' },
    RAMUser: { kind: 'human', detail: 'a RAM user (IdentityType RAMUser; machine users look the same)' },
    AssumedRoleUser: { kind: 'service', detail: 'a RAM role session (IdentityType AssumedRoleUser)' },
};
/**
 * `ALIBABA_CLOUD_ACCESS_KEY_ID` + `…_ACCESS_KEY_SECRET` (+ `…_SECURITY_TOKEN`): the SDKs' names, and the
 * inputs of the aliyun/* actions (`access-key-id`, `access-key-secret`); Terraform's `ALICLOUD_ACCESS_KEY`
 * + `ALICLOUD_SECRET_KEY`. The roles are AWS's, whose `*secretaccesskey` pairs an LTAI id too.
 */
const COMPANIONS = [
    { primary: 'accesskeyid', companions: { accesskeysecret: 'secretAccessKey', securitytoken: 'sessionToken' } },
    {
        primary: 'accesskey',
        prefixContains: 'alicloud',
        companions: { secretkey: 'secretAccessKey', securitytoken: 'sessionToken' },
    },
];
/** Alibaba Cloud RAM AccessKeys. */
const alibaba = defineProvider({
    id: 'alibaba',
    name: 'Alibaba Cloud',
    formats: [
        {
            type: 'access-key-id',
            pattern: /^LTAI[A-Za-z0-9]{17,21}$/,
            examples: ['LTAI' + ID_BODY],
            counterExamples: ['LTAI' + ID_BODY.slice(5), 'ltai' + ID_BODY, 'LTAI' + ID_BODY + 'Xy9Pq8'],
        },
        {
            // Temporary credentials from AssumeRole: usable only with their security token.
            type: 'sts-access-key-id',
            pattern: /^STS\.[A-Za-z0-9]{16,48}$/,
            examples: ['STS.' + 'NUg7Yr' + ID_BODY],
            counterExamples: ['STS.' + 'short', 'STS-' + 'NUg7Yr' + ID_BODY, 'sts.' + 'NUg7Yr' + ID_BODY],
        },
        {
            // 30 letters and digits with no prefix: counts only beside an Alibaba Cloud name.
            type: 'access-key-secret',
            pattern: /^[A-Za-z0-9]{30}$/,
            needsNameHint: true,
            examples: [SECRET],
            counterExamples: [SECRET.slice(1), SECRET + 'x', SECRET.replace('p', '+')],
        },
    ],
    // Key names only: ALIBABA_CLOUD_REGION_ID and the like are no keys.
    namePatterns: [
        (0,names/* namePart */.f0)('ALIBABA_CLOUD_ACCESS_KEY', 'ALIBABACLOUD_ACCESS_KEY', 'ALIBABA_ACCESS_KEY', 'ALIBABA_SECRET_KEY', 'ALICLOUD_ACCESS_KEY', 'ALICLOUD_SECRET_KEY', 'ALIYUN_ACCESS_KEY', 'ALIYUN_SECRET_KEY'),
    ],
    companions: COMPANIONS,
    guide: {
        principal: 'the caller ARN (`acs:ram::<account id>:user/<name>`, `acs:ram::<account id>:assumed-role/<role>/<session>`); its UserId or PrincipalId also matches',
        verified: 'STS GetCallerIdentity names the ARN, account and IdentityType (Account is the root account)',
        invalid: 'InvalidAccessKeyId.NotFound (deleted or never valid), InvalidAccessKeyId.Inactive (disabled)',
        unknown: 'SignatureDoesNotMatch (a wrong secret, or a request refused for its time or encoding), a clock or throttling code, or no answer',
    },
    errorText: ['Message'],
    start: (credential) => {
        if (credential.format.type === 'access-key-secret') {
            return (0,outcome/* skipped */.hT)('no-value', 'an AccessKey secret cannot be checked without the AccessKey id it pairs with');
        }
        const secretAccessKey = credential.companions.secretAccessKey;
        if (!secretAccessKey?.reveal()) {
            return (0,outcome/* skipped */.hT)('no-value', 'the AccessKey secret that pairs with this AccessKey id has no value');
        }
        // An LTAI id never takes a security token: one given beside it is not sent.
        if (credential.format.type !== 'sts-access-key-id')
            return { parts: { key: credential.value, secretAccessKey } };
        const sessionToken = credential.companions.sessionToken;
        if (!sessionToken?.reveal()) {
            return (0,outcome/* skipped */.hT)('no-value', 'a temporary (STS.) AccessKey id works only with its security token, which has no value');
        }
        if (!/^[\x21-\x7e]{1,16384}$/.test(sessionToken.reveal())) {
            return (0,outcome/* skipped */.hT)('malformed', 'the security token is not a well-formed STS token; it was not sent');
        }
        return { parts: { key: credential.value, secretAccessKey, sessionToken } };
    },
    calls: {
        sts: post('https://sts.aliyuncs.com', '/', {
            note: 'STS GetCallerIdentity (form body, RPC signature 1.0 HMAC-SHA1): read-only, needs no permission',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            auth: noAuth,
            // The wall clock, not context.now (an evaluation date that may be --now).
            body: (parts) => getCallerIdentityBody({
                accessKeyId: parts.key.reveal(),
                accessKeySecret: parts.secretAccessKey.reveal(),
                ...(parts.sessionToken ? { securityToken: parts.sessionToken.reveal() } : {}),
            }, new Date()),
            answers: [
                on(200, accept(caller)),
                code('InvalidAccessKeyId.NotFound', (0,outcome/* invalid */.Gq)('unknown-key', 'Alibaba Cloud does not know this AccessKey id (deleted or never valid)')),
                code('InvalidAccessKeyId.Inactive', (0,outcome/* invalid */.Gq)('revoked', 'Alibaba Cloud says this AccessKey is disabled')),
                // Also what a request signed at a wrong time or encoded wrongly gets (PROVIDERS.md: ambiguous).
                code('SignatureDoesNotMatch', (0,outcome/* unknown */.L5)('unknown-key', 'Alibaba Cloud says the signature does not match (SignatureDoesNotMatch): the AccessKey secret beside this id is wrong, or the request was refused for its time or encoding')),
                code(['InvalidTimeStamp.Expired', 'InvalidTimeStamp.Format', 'SignatureNonceUsed'], CLOCK),
                code(/^Throttling/, (a) => (0,outcome/* unknown */.L5)('rate-limited', `Alibaba Cloud throttled the request (${String(a.get('Code'))})`)),
                // The code is quoted in messages: only an identifier is.
                code(/^[A-Za-z][A-Za-z0-9.]{0,63}$/, (a) => (0,outcome/* unknown */.L5)('unexpected-response', `Alibaba Cloud answered ${String(a.get('Code'))} (HTTP {status}){said}`)),
            ],
        }),
    },
});
/** A 200 answer: the caller, whose ARN names the account, and IdentityType its kind. */
function caller(a) {
    const [arn, account, type] = ['Arn', 'AccountId', 'IdentityType'].map((field) => a.get(field));
    if (typeof arn !== 'string' || typeof account !== 'string' || !account || !arn.startsWith(`acs:ram::${account}:`)) {
        return (0,outcome/* unexpected */.os)(a, 'Alibaba Cloud answered GetCallerIdentity without an Arn of its AccountId');
    }
    const kind = typeof type === 'string' && Object.hasOwn(KINDS, type) ? KINDS[type] : undefined;
    const ids = a.fields({ userId: 'UserId', principalId: 'PrincipalId', roleId: 'RoleId' });
    const principal = { arn: a.text('Arn'), account: a.text('AccountId') };
    return {
        principal: { ...principal, ...a.fields({ identityType: 'IdentityType' }), ...ids },
        aliases: [ids.userId, ids.principalId].filter((id) => typeof id === 'string'),
        facts: [
            fact('principal', principal.arn, 'STS GetCallerIdentity Arn'),
            fact('account', principal.account, 'STS GetCallerIdentity AccountId'),
            ...(kind ? [fact('principalKind', kind.kind, kind.detail)] : []),
        ],
        ...(type === 'Account'
            ? { note: 'a root account AccessKey: it may do anything in the account; use a RAM user or role instead' }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/anthropic.ts
// Anthropic: standard (api03) and Admin API (admin01) keys, the secret names that point at Anthropic,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 9.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'PG-_FJZMZ9mxFaXrUsrAJISLjvDrduaEiv2hQh9BhM_Nuaam4PKcOIovyobAk-3ZT1kQ34TW36kXRy9lOZLKCyvT-MhDl';
const BASE = 'https://api.anthropic.com';
/** The API version every request names (PROVIDERS.md section 9). */
const HEADERS = { 'anthropic-version': '2023-06-01' };
/** A row on the error envelope `{"type":"error","error":{"type":…,"message":…},"request_id":…}`. */
const error = (status, type, then, message) => on(status, then, { body: { type: 'error', 'error.type': type, ...(message ? { 'error.message': message } : {}) } });
const REFUSALS = [
    error(401, 'authentication_error', (0,outcome/* invalid */.Gq)('revoked', 'Anthropic rejected the key{said}')),
    // Authenticated but not allowed this call: not proof the key is good, nor that it is dead.
    error(403, 'permission_error', (0,outcome/* unknown */.L5)('insufficient-scope', 'Anthropic authenticated the key but refused the call{said}')),
    // A disabled organization (many identical captures, recorded on the Messages API): only the message
    // tells it from any other invalid_request_error.
    error(400, 'invalid_request_error', (0,outcome/* invalid */.Gq)('user-inactive', 'the Anthropic organization behind this key is disabled{said}'), /organization has been disabled/i),
    error(400, 'invalid_request_error', (0,outcome/* unknown */.L5)('unexpected-response', 'Anthropic refused the request{said}')),
];
/** Anthropic API keys: 93 characters then `AA` (TH anthropic regex). No test/live distinction. */
const anthropic = defineProvider({
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
    namePatterns: [(0,names/* namePart */.f0)('ANTHROPIC', 'CLAUDE')],
    guide: {
        principal: 'admin keys: the organization name or id; standard keys name none (declare no `principal:`)',
        verified: 'the key lists models (standard) or names its organization (admin)',
        invalid: '401 authentication_error; 400 "organization has been disabled" (user-inactive); 404 not_found_error',
        unknown: '403 permission_error, another 400, or no answer',
    },
    errorText: ['error.message'],
    start: (credential) => ({ call: credential.format.type === 'admin' ? 'organization' : 'models' }),
    calls: {
        // Standard keys have no whoami: this only proves the key is live.
        models: get(BASE, '/v1/models', {
            auth: header('x-api-key'),
            headers: HEADERS,
            answers: [
                on(200, accept((a) => Array.isArray(a.get('data'))
                    ? { note: 'Anthropic accepted the key; standard keys have no whoami, so no principal is known' }
                    : (0,outcome/* unexpected */.os)(a, 'a /v1/models answer without a model list'))),
                ...REFUSALS,
                // TH reads not_found_error on /v1/models as a disabled or unknown key (only a code comment).
                error(404, 'not_found_error', (0,outcome/* invalid */.Gq)('unknown-key', 'Anthropic does not know this key, or the base URL is wrong{said}')),
            ],
        }),
        // Admin keys only: the organization.
        organization: get(BASE, '/v1/organizations/me', {
            auth: header('x-api-key'),
            headers: HEADERS,
            answers: [
                on(200, accept((a) => {
                    const { id, name } = a.fields(['id', 'name']);
                    if (a.get('type') !== 'organization' || (!id && !name)) {
                        return (0,outcome/* unexpected */.os)(a, 'a /v1/organizations/me answer without an organization');
                    }
                    const detail = name ? `organization name (id ${id || 'not given'})` : 'organization id';
                    return {
                        principal: {
                            type: 'organization',
                            ...(id ? { organizationId: id } : {}),
                            ...(name ? { organizationName: name } : {}),
                        },
                        facts: [fact('principal', String(name || id), `${detail} from /v1/organizations/me`)],
                        ...(name && id ? { aliases: [String(id)] } : {}),
                    };
                })),
                ...REFUSALS,
            ],
        }),
    },
});

;// CONCATENATED MODULE: ./src/providers/atlassian.ts
// Atlassian (Jira / Confluence Cloud): account API tokens (`ATATT…`), sent with the account e-mail (HTTP
// Basic) to GET /rest/api/3/myself. No default host: the site (scoped tokens: the api.atlassian.com
// gateway) comes only from --endpoint, never from a JIRA_BASE_URL beside the key. PROVIDERS.md §25.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const atlassian_BODY = '3xFfGF0' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBx' + '_Lm-Np4Rs8Tv1WxZa3Cd5';
const CHECK = '=9A3F' + '1C7E';
/** Well-formed enough to be an account e-mail (the Basic user); bounded so matching stays linear. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
/** `JIRA_API_TOKEN` + `JIRA_EMAIL` / `JIRA_USER_EMAIL` / `JIRA_USERNAME`; likewise CONFLUENCE_, ATLASSIAN_. */
const atlassian_COMPANIONS = ['jira', 'confluence', 'atlassian'].flatMap((word) => ['apitoken', 'token'].map((primary) => ({
    primary,
    companions: {},
    lookups: { email: 'email', useremail: 'email', username: 'email', user: 'email' },
    prefixContains: word,
})));
const ADMIN_KEY = (0,outcome/* skipped */.hT)('unsupported', 'an Atlassian organization admin API key (ATCTT) names no account; it was not sent');
const NO_EMAIL = (0,outcome/* skipped */.hT)('no-value', 'an Atlassian API token is checked with its account e-mail (JIRA_EMAIL, JIRA_USER_EMAIL or ATLASSIAN_EMAIL of the same prefix), which was not given or is no e-mail; it was not sent');
const SCOPE = (0,outcome/* unknown */.L5)('insufficient-scope', 'Atlassian accepted the token, but its scopes do not allow GET /rest/api/3/myself (401{said}): add read:me or read:jira-user to learn whose it is');
const REFUSED = (0,outcome/* invalid */.Gq)('revoked', "Atlassian does not accept this token with this e-mail (401): it is revoked or expired, the account is deactivated, or the e-mail is not the account's; a scoped token also gets 401 on the site (check it with --endpoint atlassian=https://api.atlassian.com/ex/jira/{cloudId})");
/** Atlassian account API tokens (classic and scoped); organization admin keys are recognised, not sent. */
const atlassian = defineProvider({
    id: 'atlassian',
    name: 'Atlassian',
    formats: [
        {
            // TH jiratoken v2: a varied length, then `=` and an 8-character checksum.
            type: 'api-token',
            pattern: /^ATATT[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/,
            examples: ['ATATT' + atlassian_BODY + CHECK],
            counterExamples: ['ATATT' + atlassian_BODY, 'ATATT' + atlassian_BODY + '=9A3F', 'atatt' + atlassian_BODY + CHECK, 'ATATT' + atlassian_BODY + '=9A3F1C7.'],
        },
        {
            // An organization admin API key (TH atlassian v2): org-level, not an account's.
            type: 'admin-api-key',
            pattern: /^ATCTT3xFfG[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/,
            examples: ['ATCTT' + atlassian_BODY + CHECK],
            counterExamples: ['ATCTT' + atlassian_BODY, 'ATCTT' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6' + CHECK],
        },
    ],
    // The ATATT prefix finds tokens under any name; a JIRA_ name may hold a Data Center token or a URL.
    namePatterns: [(0,names/* keyName */.xT)(['ATLASSIAN'], ['TOKEN', 'API_KEY'])],
    companions: atlassian_COMPANIONS,
    tenant: { what: 'the Atlassian site', example: 'https://{site}.atlassian.net' },
    guide: {
        principal: 'the account id (`accountId`), or the account e-mail',
        verified: 'GET /rest/api/3/myself, with the e-mail beside the token (JIRA_EMAIL, JIRA_USER_EMAIL, ATLASSIAN_EMAIL…), names an active account; accountType `app` or appType `service` is a service account',
        invalid: '401: revoked, expired, a deactivated account or the wrong e-mail (Atlassian does not say which), or a scoped token asked on the site instead of the gateway; `active: false` (user-inactive)',
        unknown: '401 "scope does not match" (a scoped token without read:me), another 403, or no answer; `skipped` without the e-mail beside the token, or without --endpoint atlassian=https://{site}.atlassian.net (scoped tokens: https://api.atlassian.com/ex/jira/{cloudId})',
    },
    errorText: ['message', 'errorMessages.0'],
    start: (credential) => {
        if (credential.format.type === 'admin-api-key')
            return ADMIN_KEY;
        // SECURITY: the e-mail is the Basic user name, never a destination; a URL in its place is no e-mail.
        return EMAIL.test(credential.companions.email?.reveal() ?? '') ? {} : NO_EMAIL;
    },
    calls: {
        myself: get(TENANT, '/rest/api/3/myself', {
            auth: basic('email', 'key'),
            answers: [
                on(200, accept(account), { body: { accountId: /./, active: [true, false] } }),
                // A scoped token lacking the scope /myself needs (seen in practice, not recorded): it works.
                on(401, SCOPE, { body: { message: /scope does not match/i } }),
                // One answer for several causes (AX-684), all named. Jira's JSON, or its plain-text "Client must be
                // authenticated…" (gajira-login#59); never an HTML page.
                on(401, REFUSED, {
                    anyBody: true,
                    when: (a) => a.body !== undefined || /^text\/plain/.test(a.header('content-type')),
                }),
            ],
        }),
    },
});
/** The account the token belongs to: accountId names it, the e-mail is another name for it. */
function account(a) {
    const accountId = a.text('accountId');
    if (!accountId)
        return (0,outcome/* unexpected */.os)(a, 'Atlassian answered GET /rest/api/3/myself without an accountId');
    const [type, appType] = [a.text('accountType'), a.text('appType')];
    const kind = type === 'app' || appType === 'service' ? 'service' : 'human';
    const facts = [
        fact('principal', accountId, 'Atlassian GET /rest/api/3/myself accountId'),
        fact('principalKind', kind, `Atlassian accountType ${type || '(none)'}${appType ? `, appType ${appType}` : ''}`),
    ];
    if (a.get('active') === false) {
        return (0,outcome/* invalid */.Gq)('user-inactive', `the Atlassian account behind this token (${accountId}) is not active`, facts);
    }
    // The e-mail is often the companion itself, which the redactor would hide: read as an identifier.
    const email = a.get('emailAddress');
    return {
        principal: { accountId, ...a.fields(['accountType', 'appType', 'displayName', 'active']) },
        facts,
        ...(typeof email === 'string' && EMAIL.test(email) ? { aliases: [email] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/aws-sts.ts
// The wire format of the one AWS call keybound makes (STS GetCallerIdentity): SigV4 signing by the
// maintained library (@smithy/signature-v4, the AWS SDK's own signer) with node's SHA-256
// (@smithy/hash-node), nothing computing an HMAC by hand; and STS's answers, XML or JSON, read as one
// flat record for the case table in aws.ts.

/** The query-protocol body of GetCallerIdentity: no parameters, nothing else can be asked for. */
const GET_CALLER_IDENTITY_BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
let signing;
function loadSigning() {
    signing ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(430), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 2711)), Promise.all(/* import() */[__webpack_require__.e(430), __webpack_require__.e(118)]).then(__webpack_require__.t.bind(__webpack_require__, 5118, 19))]).then(([{ Hash }, { SignatureV4 }]) => ({
        SignatureV4,
        Sha256: class Sha256 extends Hash {
            constructor(secret) {
                super('sha256', secret);
            }
        },
    }));
    return signing;
}
/**
 * The headers of a signed `POST /` GetCallerIdentity request, Host included (it is signed, so it
 * must be the one sent). `signingDate` is the wall clock: AWS refuses signatures more than 5 minutes off.
 */
async function signGetCallerIdentity(secrets, target, signingDate) {
    const { SignatureV4, Sha256 } = await loadSigning();
    const signer = new SignatureV4({
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
/**
 * STS answers as one flat record: `Arn`, `Account`, `UserId` for the caller, `Code`, `Message` for an
 * error; from the JSON form STS gives for `Accept: application/json`, or the XML form.
 */
function parseSts(response) {
    const body = (0,outcome/* jsonObject */.o$)(response);
    if (body) {
        const result = record(record(body.GetCallerIdentityResponse)?.GetCallerIdentityResult);
        const error = record(body.Error) ?? record(record(body.ErrorResponse)?.Error);
        const source = result ?? error;
        if (!source)
            return undefined;
        const fields = result ? ['Arn', 'Account', 'UserId'] : ['Code', 'Message'];
        return Object.fromEntries(fields.map((field) => [field, (0,outcome/* str */.gx)(source, field)]));
    }
    const xml = xmlBody(response);
    if (xml && /<GetCallerIdentityResponse[\s>]/.test(xml)) {
        return { Arn: xmlElement(xml, 'Arn'), Account: xmlElement(xml, 'Account'), UserId: xmlElement(xml, 'UserId') };
    }
    if (xml && /<ErrorResponse[\s>]/.test(xml))
        return { Code: xmlElement(xml, 'Code'), Message: xmlElement(xml, 'Message') };
    return undefined;
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

;// CONCATENATED MODULE: ./src/providers/aws.ts
// AWS: access key id formats (long-term AKIA, temporary ASIA), the secret access key that pairs with
// them, the secret names that point at AWS, and STS GetCallerIdentity. Facts from PROVIDERS.md section 3.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const aws_ID_BODY = 'RUV6I3O726LD6BR3';
const aws_SECRET = 'Ky2Joqy9ysfmXprCHEfJ2eQ+/gzNRgHxmmTvp3Ph';
const ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):([\x21-\x7e]{1,2000})$/;
/** An error code of STS: the code, never the message text (except to tell clock skew apart). */
const aws_code = (codes, then, message) => on(undefined, then, { body: { Code: codes, ...(message ? { Message: message } : {}) } });
const aws_CLOCK = (0,outcome/* unknown */.L5)('unexpected-response', 'AWS refused the request time; check the clock (HTTP {status})');
/** AWS IAM and STS credentials: an access key id plus its secret access key (and session token). */
const aws = defineProvider({
    id: 'aws',
    name: 'Amazon Web Services',
    formats: [
        {
            // AKIA: a long-lived key of an IAM user or the account root; who owns it is unknown offline.
            type: 'long-term',
            pattern: /^AKIA[A-Z0-9]{16}$/,
            examples: ['AKIA' + aws_ID_BODY],
            counterExamples: ['AKIA' + aws_ID_BODY.slice(1), 'akia' + aws_ID_BODY, 'AKIA' + aws_ID_BODY.toLowerCase(), 'AIDA' + aws_ID_BODY],
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
            examples: [aws_SECRET],
            counterExamples: [aws_SECRET.slice(1), aws_SECRET + 'A', aws_SECRET.replace('+', '-')],
        },
    ],
    namePatterns: [(0,names/* namePart */.f0)('AWS')],
    companions: [
        { primary: 'accesskeyid', companions: { secretaccesskey: 'secretAccessKey', sessiontoken: 'sessionToken' } },
    ],
    guide: {
        principal: 'the caller ARN (`arn:aws:iam::123456789012:user/deployer`, `arn:aws:sts::…:assumed-role/…`)',
        verified: 'STS GetCallerIdentity names the ARN and account',
        invalid: 'SignatureDoesNotMatch (wrong secret), ExpiredToken (expired); InvalidClientTokenId when --endpoint names the partition',
        unknown: 'InvalidClientTokenId from the default commercial STS: a GovCloud or China key gets the same answer (check those with --endpoint aws=https://sts.us-gov-west-1.amazonaws.com or https://sts.cn-north-1.amazonaws.com.cn); throttling; no answer',
    },
    errorText: ['Message'],
    start: (credential) => {
        if (credential.format.type === 'secret-access-key') {
            return (0,outcome/* skipped */.hT)('no-value', 'a secret access key cannot be checked without the access key id it pairs with');
        }
        const secretAccessKey = credential.companions.secretAccessKey;
        if (!secretAccessKey?.reveal()) {
            return (0,outcome/* skipped */.hT)('no-value', 'the secret access key that pairs with this access key id has no value');
        }
        if (credential.format.type !== 'temporary')
            return { parts: { key: credential.value, secretAccessKey } };
        // A long-term (AKIA) key never takes a session token: one given beside it is not sent. Without its
        // token, STS would only answer InvalidClientTokenId, which would wrongly read as an unknown key.
        const sessionToken = credential.companions.sessionToken;
        if (!sessionToken?.reveal()) {
            return (0,outcome/* skipped */.hT)('no-value', 'a temporary (ASIA) access key id works only with its session token, which has no value');
        }
        if (!/^[A-Za-z0-9+/=]{1,16384}$/.test(sessionToken.reveal())) {
            return (0,outcome/* skipped */.hT)('malformed', 'the session token is not a well-formed STS session token; it was not sent');
        }
        return { parts: { key: credential.value, secretAccessKey, sessionToken } };
    },
    parse: parseSts,
    calls: {
        sts: post('https://sts.amazonaws.com', '/', {
            note: 'STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region ' +
                'us-east-1): read-only, needs no permission and is not blocked by an explicit deny',
            body: GET_CALLER_IDENTITY_BODY,
            auth: (parts, context) => signGetCallerIdentity({
                accessKeyId: parts.key.reveal(),
                secretAccessKey: parts.secretAccessKey.reveal(),
                ...(parts.sessionToken ? { sessionToken: parts.sessionToken.reveal() } : {}),
            }, signingTarget(context.http.baseUrl), 
            // The wall clock, not context.now (an evaluation date that may be --now): AWS allows 5 minutes.
            new Date()),
            answers: [
                on(200, accept(callerIdentity)),
                aws_code('InvalidClientTokenId', (a) => a.context.declaredEndpoint
                    ? (0,outcome/* invalid */.Gq)('unknown-key', 'AWS does not know this access key id (deleted, deactivated, or the session token is not valid)')
                    : (0,outcome/* unknown */.L5)('unknown-key', 'the commercial AWS STS does not know this access key id: it was deleted or deactivated (or its session token is not valid), or it is a GovCloud or China key, which the commercial STS does not know either; name the partition with --endpoint aws=https://sts.amazonaws.com (or the GovCloud or China STS)')),
                // SignatureDoesNotMatch is also the code for a request time more than 5 minutes off.
                aws_code('SignatureDoesNotMatch', aws_CLOCK, /signature (?:expired|not yet current)/i),
                aws_code('SignatureDoesNotMatch', (0,outcome/* invalid */.Gq)('unknown-key', 'the secret access key does not match this access key id')),
                aws_code(['ExpiredToken', 'ExpiredTokenException'], (0,outcome/* invalid */.Gq)('expired', 'the session token of these temporary credentials has expired')),
                aws_code('RequestExpired', aws_CLOCK),
                aws_code(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException'], (a) => (0,outcome/* unknown */.L5)('rate-limited', `AWS throttled the request (HTTP {status} ${String(a.get('Code'))})`)),
                // GetCallerIdentity needs no permission and ignores explicit denies: something else answered.
                aws_code('AccessDenied', (0,outcome/* unknown */.L5)('unexpected-response', 'AWS answered AccessDenied to GetCallerIdentity, which needs no permission (HTTP {status})')),
                // The code is quoted in messages: only an identifier is.
                aws_code(/^[A-Za-z][A-Za-z0-9.]{0,63}$/, (a) => (0,outcome/* unknown */.L5)('unexpected-response', `AWS answered ${String(a.get('Code'))} (HTTP {status}){said}`)),
            ],
        }),
    },
});
/** A 200 answer: the caller, whose ARN names the account and kind. */
function callerIdentity(a) {
    const [arn, account, userId] = ['Arn', 'Account', 'UserId'].map((field) => a.get(field));
    const parsed = typeof arn === 'string' ? ARN.exec(arn) : null;
    if (!parsed || parsed[1] !== account || typeof userId !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(userId)) {
        return (0,outcome/* unexpected */.os)(a);
    }
    const kind = principalKind(parsed[2]);
    return {
        principal: { arn: parsed[0], account: parsed[1], userId },
        facts: [
            fact('principal', parsed[0], 'STS GetCallerIdentity Arn'),
            fact('account', parsed[1], 'STS GetCallerIdentity Account'),
            fact('principalKind', kind.kind, kind.detail),
        ],
    };
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

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
;// CONCATENATED MODULE: ./src/providers/buildkite.ts
// Buildkite: user API access tokens (always a person's), the secret names that point at Buildkite, and
// GET /v2/access-token. DELETE on the same path revokes the calling token: only GET is declared, so the
// HTTP client refuses it. Facts from PROVIDERS.md section 38 (buildkite.com/docs/apis/rest-api/access-token).




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const buildkite_BODY = 'k3lm9pq2rs' + '7tv1wx4yb8' + 'zc5dn0fh6g' + 'j3hkq4tzr8';
const HUMAN = 'Buildkite API access tokens are issued to a person, not an organization';
/** Buildkite user API access tokens: `bkua_` + 40 (TH buildkite v2); legacy 40 hex beside a Buildkite name. */
const buildkite = defineProvider({
    id: 'buildkite',
    name: 'Buildkite',
    formats: [
        {
            type: 'api-access-token',
            pattern: /^bkua_[a-z0-9]{40}$/,
            principalKind: 'human',
            principalDetail: 'a Buildkite user API access token (bkua_)',
            examples: ['bkua_' + buildkite_BODY],
            counterExamples: ['bkua_' + buildkite_BODY.slice(1), 'bkua_' + buildkite_BODY.toUpperCase(), 'bkua-' + buildkite_BODY],
        },
        {
            type: 'legacy-api-access-token',
            pattern: /^[0-9a-f]{40}$/,
            needsNameHint: true,
            principalKind: 'human',
            principalDetail: 'a Buildkite API access token',
            examples: ['4f1c93b2e7' + 'd5a807c3e9' + 'a1f5b2d8e0' + '4a6f1c93b2'],
            counterExamples: ['4f1c93b2e7' + 'd5a807c3e9' + 'a1f5b2d8e0' + '4a6f1c93b'],
        },
    ],
    namePatterns: [
        (0,names/* namePart */.f0)('BUILDKITE_TOKEN', 'BUILDKITE_API_TOKEN', 'BUILDKITE_ACCESS_TOKEN', 'BUILDKITE_API_ACCESS_TOKEN'),
    ],
    guide: {
        principal: 'the e-mail of the user the token belongs to (`user.email`)',
        verified: 'the token answers with its scopes, creation date and user',
        invalid: '401: revoked (by hand, or by the organization after a period of inactivity) or never valid',
        unknown: 'another answer, or no answer',
    },
    errorText: ['message'],
    calls: {
        // "Required scope: none". Never DELETE: it revokes the token (see the header).
        accessToken: get('https://api.buildkite.com', '/v2/access-token', {
            auth: bearer(),
            answers: [
                on(200, accept(token), { body: { uuid: /./ } }),
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'Buildkite does not accept this token{said}'), { anyBody: true }),
            ],
        }),
    },
});
/** `GET /v2/access-token`: scopes, creation date and user (older answers: scopes and uuid only). */
function token(a) {
    const email = a.text('user.email');
    // Buildkite writes `2025-07-16 06:07:42 UTC`.
    const created = (0,dates/* parseDate */._U)(a.text('created_at').replace(/ UTC$/, 'Z'));
    return {
        principal: {
            uuid: a.text('uuid'),
            ...a.fields({ description: 'description', user: 'user.name', email: 'user.email' }),
        },
        facts: [
            ...(email ? [fact('principal', email, 'Buildkite GET /v2/access-token user.email')] : []),
            fact('principalKind', 'human', HUMAN),
            fact('scopes', a
                .all('scopes')
                .map((scope) => a.clean(scope))
                .filter(Boolean), 'Buildkite GET /v2/access-token scopes'),
            ...(created ? [fact('created', created.toISOString(), 'Buildkite GET /v2/access-token created_at')] : []),
        ],
        ...(email ? {} : { note: 'Buildkite named no user for this token' }),
    };
}

;// CONCATENATED MODULE: ./src/providers/circleci.ts
// CircleCI: personal (CCIPAT_), project (CCIPRJ_) and legacy 40-hex API tokens, the secret names that
// point at CircleCI, and GET /api/v2/me. Facts from PROVIDERS.md section 39 and CircleCI's changelog
// "New format for API access tokens" (CCIPAT_/CCIPRJ_ + base58 UUID + 40 hex).



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const UUID58 = 'Qw3Er5Ty7Ui9' + 'Op2As4Df6G';
const HEX = '0f9e8d7c6b5a' + '4f3e2d1c0b9a' + '8f7e6d5c4b3a' + '2f1e';
/** `CCIPAT_`/`CCIPRJ_` + 22 base58-ish characters + `_` + 40 hex (bounded: linear). */
const tail = (prefix) => new RegExp(`^${prefix}_[A-Za-z0-9]{22}_[0-9a-f]{40}$`);
/** CircleCI API tokens. The cloud host; a server install is named with --endpoint circleci=https://HOST. */
const circleci = defineProvider({
    id: 'circleci',
    name: 'CircleCI',
    formats: [
        {
            type: 'personal-token',
            pattern: tail('CCIPAT'),
            principalKind: 'human',
            principalDetail: 'a personal API token (CCIPAT_)',
            examples: ['CCIPAT_' + UUID58 + '_' + HEX],
            counterExamples: ['CCIPAT_' + UUID58.slice(1) + '_' + HEX, 'CCIPAT-' + UUID58 + '_' + HEX, 'CCIPAT_' + HEX],
        },
        {
            // Project tokens belong to a project, not a person; API v2 /me does not accept them.
            type: 'project-token',
            pattern: tail('CCIPRJ'),
            principalKind: 'service',
            principalDetail: 'a project API token (CCIPRJ_)',
            examples: ['CCIPRJ_' + UUID58 + '_' + HEX],
            counterExamples: ['CCIPRJ_' + UUID58 + '_' + HEX.toUpperCase(), 'CCIPRJ_' + UUID58],
        },
        {
            // Tokens made before the prefixes: personal or project, the value does not say.
            type: 'legacy-token',
            pattern: /^[0-9a-f]{40}$/,
            needsNameHint: true,
            examples: [HEX],
            counterExamples: [HEX.slice(1), HEX + 'a', HEX.toUpperCase()],
        },
    ],
    namePatterns: [(0,names/* namePart */.f0)('CIRCLECI', 'CIRCLE_CI', 'CIRCLE_TOKEN', 'CIRCLE_API_TOKEN', 'CIRCLE_API_USER_TOKEN')],
    guide: {
        principal: 'the VCS login of `GET /api/v2/me` (its user id `id` also matches)',
        verified: '/me names the user: a personal token, so a person (human)',
        invalid: '401 for a `CCIPAT_` personal token (revoked, expired or never valid)',
        unknown: '401 for a legacy 40-hex token: revoked, or a valid project token, which /me refuses alike; `CCIPRJ_` project tokens are not sent (skipped)',
    },
    errorText: ['message'],
    // A project token can only be checked on a project's own path, which keybound does not know.
    start: (credential) => credential.format.type === 'project-token'
        ? (0,outcome/* skipped */.hT)('unsupported', 'a CircleCI project token (CCIPRJ_) cannot call GET /api/v2/me; it was not sent')
        : {},
    calls: {
        // SECURITY: the token goes in the Circle-Token header, never in the `circle-token` query CircleCI also reads.
        me: get('https://circleci.com', '/api/v2/me', {
            auth: header('circle-token'),
            answers: [
                on(200, accept(me)),
                on(401, (a) => a.credential.format.type === 'personal-token'
                    ? (0,outcome/* invalid */.Gq)('revoked', 'CircleCI does not accept this personal token (revoked, expired or never valid){said}')
                    : (0,outcome/* unknown */.L5)('unknown-key', 'CircleCI refused the token on GET /api/v2/me: it is revoked or never valid, or it is a valid project token, which /me refuses with the same 401{said}')),
            ],
        }),
    },
});
/** `GET /api/v2/me`: `{id, login, name}`; only a personal token gets this answer. */
function me(a) {
    const login = a.text('login');
    const id = a.text('id');
    if (!login || !id)
        return (0,outcome/* unexpected */.os)(a, 'CircleCI answered GET /api/v2/me without a login and id');
    return {
        principal: { login, id, ...a.fields(['name']) },
        aliases: [id],
        facts: [
            fact('principal', login, 'CircleCI GET /api/v2/me login'),
            fact('principalKind', 'human', 'CircleCI /me answers personal tokens only: a person'),
            fact('keyType', 'personal-token', 'CircleCI GET /api/v2/me answered (project tokens cannot)'),
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/cloudflare.ts
// Cloudflare: account and user API tokens, Global API keys, their legacy forms, the secret names that
// point at Cloudflare, the account id that travels with account tokens, and the token verify calls.
// Facts from PROVIDERS.md section 14.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const cloudflare_BODY = 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
const CHECKSUM = '22abfdd1';
/** Prefixed formats: prefix + 40 characters + 8 hex checksum (TH cloudflareapitoken v2). */
const TAIL = '[A-Za-z0-9]{40}[a-f0-9]{8}';
const cloudflare_BASE = 'https://api.cloudflare.com';
/** Cloudflare account ids: 32 lower-case hex characters. */
const ACCOUNT_ID = /^[0-9a-f]{32}$/;
/**
 * `CLOUDFLARE_API_TOKEN` + `CLOUDFLARE_ACCOUNT_ID`, `CF_API_TOKEN` + `CF_ACCOUNT_ID`, `CF_AI_GATEWAY_TOKEN` +
 * `CF_AI_GATEWAY_ACCOUNT_ID`: the account id of the same prefix, when the prefix names Cloudflare.
 */
const cloudflare_COMPANIONS = ['cloudflare', 'cf'].flatMap((word) => ['apitoken', 'token'].map((primary) => ({
    primary,
    companions: {},
    lookups: { accountid: 'accountId' },
    prefixContains: word,
})));
/** The verify answer: active, or dead even with a 401 or 403 (it is undocumented which). */
const VERIFIED = [
    on(200, accept(tokenStatus), { body: { success: true } }),
    on([200, 401, 403], accept(tokenStatus), { body: { 'result.status': ['disabled', 'expired'] } }),
];
/** Where a token the user path refused is decided: under its account id, else by GET /accounts. */
const accountPath = (a) => next(ACCOUNT_ID.test(a.credential.companions.accountId?.reveal() ?? '') ? 'account' : 'accounts');
const isUserToken = (a) => a.credential.format.type === 'user-token';
/** Cloudflare API credentials. No test/live distinction. */
const cloudflare = defineProvider({
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
    namePatterns: [(0,names/* namePart */.f0)('CLOUDFLARE', 'CF_API_TOKEN', 'CF_API_KEY', 'CF_TOKEN', 'CF_ACCOUNT_TOKEN', 'CF_USER_TOKEN')],
    companions: cloudflare_COMPANIONS,
    guide: {
        principal: 'the API token id (verify names no user)',
        verified: 'verify says active (user path, or the account path with CLOUDFLARE_ACCOUNT_ID); an account-owned token without its account id is verified by GET /accounts code 1001, with no id',
        invalid: 'status disabled or expired; 401/403 code 1000 for a `cfut_` user token, or under the known account id',
        unknown: 'a legacy or `cfat_` token refused on the user path when no account id is known (revoked, or account-owned); 6003/6111 (not a token)',
    },
    errorText: ['errors.0.message'],
    start: (credential) => {
        const type = credential.format.type;
        if (type === 'global-api-key' || type === 'legacy-global-api-key') {
            return (0,outcome/* skipped */.hT)('unsupported', 'a Cloudflare Global API Key is checked only with its account email, which keybound does not have');
        }
        const account = ACCOUNT_ID.test(credential.companions.accountId?.reveal() ?? '');
        if (type === 'account-token')
            return { call: account ? 'account' : 'accounts' };
        return { call: 'user' };
    },
    calls: {
        user: get(cloudflare_BASE, '/client/v4/user/tokens/verify', {
            auth: bearer(),
            answers: [
                ...VERIFIED,
                // The Authorization header's format was refused: the value is no API token at all (a Global API
                // Key needs X-Auth-Email; a mangled token); nothing says it was ever valid.
                on([400, 401], (0,outcome/* unknown */.L5)('unknown-key', 'Cloudflare does not accept this value as an API token{said}'), {
                    when: (a) => [...a.all('errors.*.code'), ...a.all('errors.*.error_chain.*.code')].some((c) => c === 6003 || c === 6111),
                }),
                // A user token belongs on this path: code 1000 decides it. A legacy token may be account-owned
                // (refused here with 401 code 1000 or 403).
                on([401, 403], (0,outcome/* invalid */.Gq)('revoked', 'Cloudflare rejected the token{said}'), {
                    body: { 'errors.*.code': 1000 },
                    when: isUserToken,
                }),
                on([401, 403], accountPath, { body: { success: false }, when: (a) => !isUserToken(a) }),
            ],
        }),
        // Account tokens: refused on the user path (401 code 1000 or 403), verified under their account.
        account: get(cloudflare_BASE, '/client/v4/accounts/{account_id}/tokens/verify', {
            auth: bearer(),
            answers: [
                ...VERIFIED,
                on([400, 401, 403], (0,outcome/* invalid */.Gq)('revoked', 'Cloudflare rejected the token under its account{said}'), {
                    body: { success: false },
                }),
            ],
        }),
        // Without the account id: "List accounts endpoint does not support account owned tokens" (400, code
        // 1001) answers only a live account-owned token.
        accounts: get(cloudflare_BASE, '/client/v4/accounts', {
            auth: bearer(),
            answers: [
                on(400, accept(() => ({
                    facts: [fact('principalKind', 'service', 'an account-owned API token (Cloudflare code 1001)')],
                    note: 'Cloudflare says this is a live account-owned token (code 1001 on GET /accounts); its id and status are read only under its account id: set CLOUDFLARE_ACCOUNT_ID beside it',
                })), { body: { 'errors.*.code': 1001 } }),
                on(undefined, (0,outcome/* unknown */.L5)('unknown-key', 'Cloudflare did not confirm this token: it is revoked, or it is an account-owned token, which is verified only under its account id: set CLOUDFLARE_ACCOUNT_ID (or CF_ACCOUNT_ID) beside it'), { anyBody: true }),
            ],
        }),
    },
});
/** The verify answer: `result{id, status: active|disabled|expired, expires_on?, not_before?}`. */
function tokenStatus(a) {
    const id = a.text('result.id');
    const status = a.text('result.status');
    if (!id || !status)
        return (0,outcome/* unexpected */.os)(a, 'a verify answer without a token id and status');
    const expires = (0,dates/* parseDate */._U)(a.text('result.expires_on'));
    const notBefore = (0,dates/* parseDate */._U)(a.text('result.not_before'));
    const facts = expires ? [fact('expires', expires.toISOString(), 'tokens/verify expires_on')] : [];
    if (status === 'disabled')
        return { ...(0,outcome/* invalid */.Gq)('revoked', 'Cloudflare says the token is disabled'), facts };
    if (status === 'expired')
        return { ...(0,outcome/* invalid */.Gq)('expired', 'Cloudflare says the token has expired'), facts };
    if (status !== 'active')
        return (0,outcome/* unexpected */.os)(a, 'a token status Cloudflare does not document');
    const early = notBefore && notBefore > a.context.now;
    return {
        principal: { tokenId: id, status, ...(notBefore ? { notBefore: notBefore.toISOString() } : {}) },
        facts: [fact('principal', id, 'Cloudflare API token id (verify names no user)'), ...facts],
        ...(early ? { note: `Cloudflare accepted the token, but it is not valid before ${notBefore.toISOString()}` } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/confluent.ts
// Confluent Cloud: API key secrets (64 characters, beside a Confluent name) with their key id, and the
// key's own record from the IAM API: its owner (a user or a service account), resource, environment
// and dates. Facts from PROVIDERS.md section 27.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const KEY_ID = 'Q7ZL3XK2' + 'M9PW4RT6';
const confluent_SECRET = 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Y' + 'a2Ue9QwBx+Lm/Np4Rs8Tv1WxZa3Cd5Ef6';
/** The key id: the Basic user name, and the path of the key's own record. */
const ID = /^[A-Za-z0-9]{16}$/;
/** `CONFLUENT_CLOUD_API_SECRET` + `CONFLUENT_CLOUD_API_KEY`, `CCLOUD_SECRET` + `CCLOUD_KEY`… */
const confluent_COMPANIONS = ['confluent', 'ccloud'].map((word) => ({
    primary: 'secret',
    companions: { key: 'keyId' },
    prefixContains: word,
}));
/** Owner kinds of iam.v2.ApiKey: "The owner can be one of iam.v2.User, iam.v2.ServiceAccount". */
const confluent_KINDS = { User: 'human', ServiceAccount: 'service' };
const KEY_ID_ONLY = (0,outcome/* skipped */.hT)('unsupported', 'a Confluent API key id is an identifier; its secret is what is checked');
const NO_KEY_ID = (0,outcome/* skipped */.hT)('no-value', 'a Confluent API secret is checked with its key id (CONFLUENT_CLOUD_API_KEY beside CONFLUENT_CLOUD_API_SECRET), which was not given or is not 16 letters and digits; it was not sent');
const confluent_REFUSED = (0,outcome/* unknown */.L5)('unknown-key', 'Confluent Cloud refused the key (401): a wrong secret or a deleted key, or a resource-scoped key (a Kafka cluster, Schema Registry or ksqlDB key), which the IAM API never accepts; only Cloud API keys can be checked');
/** Confluent Cloud API keys; resource-scoped (cluster) keys look the same and the IAM API refuses them. */
const confluent = defineProvider({
    id: 'confluent',
    name: 'Confluent Cloud',
    formats: [
        {
            // TH confluent.go: a 64-character secret with a 16-character key id, keyword `confluent`.
            type: 'api-secret',
            pattern: /^[A-Za-z0-9+/]{64}$/,
            needsNameHint: true,
            examples: [confluent_SECRET],
            counterExamples: [confluent_SECRET.slice(1), confluent_SECRET + 'x', confluent_SECRET.slice(1) + '='],
        },
        {
            // The key id alone is an identifier, never sent without its secret.
            type: 'api-key-id',
            pattern: /^[A-Z0-9]{16}$/,
            needsNameHint: true,
            examples: [KEY_ID],
            counterExamples: [KEY_ID.slice(1), KEY_ID.toLowerCase()],
        },
    ],
    // API key names only: CONFLUENT_BOOTSTRAP_SERVERS or a cluster id beside them is no key.
    namePatterns: [(0,names/* keyName */.xT)(['CONFLUENT', 'CCLOUD'], ['API_KEY', 'API_SECRET'])],
    companions: confluent_COMPANIONS,
    guide: {
        principal: 'the owner id of the key: `u-…` for a user, `sa-…` for a service account',
        verified: 'the IAM API returns the key (a Cloud API key): its owner and owner kind, resource, environment and dates',
        invalid: 'never from a refusal: a wrong or deleted key and a resource-scoped key get the same 401',
        unknown: '401 (a wrong secret or deleted key, or a Kafka cluster, Schema Registry or ksqlDB key, which the IAM API never accepts), 403, or no answer; `skipped` without the key id beside the secret',
    },
    errorText: ['errors.0.detail'],
    start: (credential) => {
        if (credential.format.type === 'api-key-id')
            return KEY_ID_ONLY;
        return ID.test(credential.companions.keyId?.reveal() ?? '') ? {} : NO_KEY_ID;
    },
    calls: {
        // The key looks itself up; the key id travels in the path and as the Basic user, the secret only
        // in the header. The same path takes PATCH and DELETE, which the client never sends.
        apiKey: get('https://api.confluent.cloud', '/iam/v2/api-keys/{keyId}', {
            auth: basic('keyId', 'key'),
            answers: [
                on(200, accept(confluent_record), { body: { kind: 'ApiKey', 'spec.owner.id': /./ } }),
                // One 401 for a dead key and a resource-scoped one (the detail says so itself): never invalid.
                on(401, confluent_REFUSED, { anyBody: true }),
                on(403, (0,outcome/* unknown */.L5)('insufficient-scope', 'Confluent Cloud would not show the key its own record (HTTP 403{said})')),
            ],
        }),
    },
});
/** The key's own record: owner, kind, resource, environment and dates. */
function confluent_record(a) {
    // The record must be the key's own: its id is the key id (a companion, so compared, never quoted).
    if (a.get('id') !== a.credential.companions.keyId?.reveal()) {
        return (0,outcome/* unexpected */.os)(a, 'Confluent Cloud answered with the record of another API key');
    }
    const owner = a.text('spec.owner.id');
    const kind = confluent_KINDS[a.text('spec.owner.kind')];
    const resource = a.text('spec.resource.id');
    const facts = [
        fact('principal', owner, 'Confluent Cloud spec.owner.id of the API key'),
        ...(kind ? [fact('principalKind', kind, `Confluent Cloud spec.owner.kind ${a.text('spec.owner.kind')}`)] : []),
        ...(resource ? [fact('scopes', [resource], 'Confluent Cloud spec.resource.id (cloud: organization-wide)')] : []),
    ];
    const dated = { created: 'metadata.created_at', expires: 'spec.expires_at' };
    for (const [name, path] of Object.entries(dated)) {
        const date = (0,dates/* parseDate */._U)(a.text(path));
        if (date)
            facts.push(fact(name, date.toISOString(), `Confluent Cloud ${path}`));
    }
    return {
        principal: {
            owner,
            ...a.fields({ owner_kind: 'spec.owner.kind', resource: 'spec.resource.id', display_name: 'spec.display_name' }),
            ...a.fields({ environment: 'spec.resource.environment' }),
        },
        facts,
    };
}

;// CONCATENATED MODULE: ./src/providers/databricks.ts
// Databricks: personal access tokens (`dapi` + 32 hex) and who they act as, from SCIM Me on the token's
// own workspace, then the caller's token list for dates. No default host: the workspace URL comes only
// from --endpoint, never from a DATABRICKS_HOST beside the key. Facts from PROVIDERS.md section 26.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const databricks_HEX = '7c3e9a1f' + '5b2d8e04' + 'a6f1c93b' + '2e7d5a80';
/** Databricks' words for a refused token: in the body and in X-Databricks-Reason-Phrase. */
const INVALID_TOKEN = /invalid access token/i;
const SERVICE_PRINCIPAL = 'urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNAVAILABLE = (0,outcome/* unknown */.L5)('server-error', 'Databricks says authentication is temporarily unavailable{said}');
const databricks_REFUSED = (0,outcome/* invalid */.Gq)('revoked', 'Databricks does not accept this token (HTTP {status} Invalid access token): it is invalid, expired or revoked, or it belongs to another workspace than --endpoint names');
const DENIED = (0,outcome/* unknown */.L5)('unexpected-response', 'Databricks refused SCIM Me (HTTP 403{said}): an IP access list may exclude this runner, or the token may not use the workspace');
/** Databricks personal access tokens, of a user or a service principal. */
const databricks = defineProvider({
    id: 'databricks',
    name: 'Databricks',
    formats: [
        {
            // TH databrickstoken: `dapi`, 32 hex, an optional `-N` suffix.
            type: 'personal-access-token',
            pattern: /^dapi[0-9a-f]{32}(?:|-[0-9])$/,
            examples: ['dapi' + databricks_HEX, 'dapi' + databricks_HEX + '-2'],
            counterExamples: ['dapi' + databricks_HEX.slice(1), 'dapi' + databricks_HEX.toUpperCase(), 'dapi' + databricks_HEX + '-', 'dapi' + databricks_HEX + '-12'],
        },
    ],
    // Token names only: DATABRICKS_HOST or an OAuth DATABRICKS_CLIENT_SECRET beside it is no PAT.
    namePatterns: [(0,names/* keyName */.xT)(['DATABRICKS'], ['TOKEN', 'PAT'])],
    tenant: { what: 'the Databricks workspace URL', example: 'https://{workspace}.cloud.databricks.com' },
    guide: {
        principal: 'the `userName` of SCIM Me: the e-mail of a user, the application id of a service principal',
        verified: 'SCIM Me names an active user or service principal, with its entitlements and groups as scopes; dates when the caller holds one token',
        invalid: '401/403 "Invalid access token" (invalid, expired or revoked, or a token of another workspace than --endpoint names); `active: false` (user-inactive)',
        unknown: 'another 403 (an IP access list), TEMPORARILY_UNAVAILABLE, or no answer; `skipped` without --endpoint databricks=https://{workspace}.cloud.databricks.com',
    },
    errorText: ['message'],
    calls: {
        me: get(TENANT, '/api/2.0/preview/scim/v2/Me', {
            auth: bearer(),
            answers: [
                on(200, accept(databricks_me), { body: { userName: /./ } }),
                on(undefined, UNAVAILABLE, { body: { error_code: 'TEMPORARILY_UNAVAILABLE' } }),
                // 403, not 401, with a numeric error_code (databricks-sdk-go#873); the reason phrase also says it.
                on([401, 403], databricks_REFUSED, {
                    anyBody: true,
                    when: (a) => INVALID_TOKEN.test(`${a.text('message')} ${a.header('x-databricks-reason-phrase')}`),
                }),
                on(403, DENIED),
            ],
        }),
        // The caller's own tokens: the list names this one only when it holds one.
        tokens: get(TENANT, '/api/2.0/token/list', {
            auth: bearer(),
            optional: (why) => `the token's dates could not be read from GET /api/2.0/token/list (${why})`,
            answers: [on(200, accept(databricks_dates), { when: (a) => Array.isArray(a.get('token_infos')) })],
        }),
    },
});
/** SCIM Me: the user or service principal the token acts as. */
function databricks_me(a) {
    const userName = a.text('userName');
    if (!userName)
        return (0,outcome/* unexpected */.os)(a, 'Databricks answered SCIM Me without a userName');
    // The shape of Me for a service principal is UNCONFIRMED: its schema, an applicationId, or a UUID name.
    const service = a.all('schemas').includes(SERVICE_PRINCIPAL) || a.get('applicationId') !== undefined || UUID.test(userName);
    const facts = [
        fact('principal', userName, 'Databricks SCIM Me userName'),
        service
            ? fact('principalKind', 'service', 'a Databricks service principal (SCIM Me schema, applicationId or UUID name)')
            : fact('principalKind', 'human', 'a Databricks user (SCIM Me userName)'),
    ];
    const who = `the Databricks ${service ? 'service principal' : 'user'} ${userName}`;
    if (a.get('active') === false)
        return (0,outcome/* invalid */.Gq)('user-inactive', `${who} is not active`, facts);
    const scopes = [
        ...a.all('entitlements.*.value').map((value) => a.clean(value)),
        ...a.all('groups.*.display').map((group) => `group:${a.clean(group)}`),
    ].filter((scope) => scope !== '' && scope !== 'group:');
    facts.push(fact('scopes', scopes, 'Databricks SCIM Me entitlements and groups (group:…)'));
    return {
        principal: { userName, ...a.fields(['id', 'displayName', 'active']) },
        facts,
        next: 'tokens',
    };
}
/** GET /api/2.0/token/list: dates in epoch milliseconds; `expiry_time` -1 means none. */
function databricks_dates(a) {
    const tokens = a.all('token_infos');
    if (tokens.length !== 1) {
        return { note: `the caller holds ${tokens.length} tokens and which is this one is not known: no dates recorded` };
    }
    const facts = [
        ['created', 'creation_time'],
        ['expires', 'expiry_time'],
    ].flatMap(([name, field]) => {
        const ms = a.get(`token_infos.0.${field}`);
        const ok = typeof ms === 'number' && ms > 0 && ms < 8.64e15;
        return ok
            ? [fact(name, new Date(ms).toISOString(), `Databricks token/list ${field} (the caller's only token)`)]
            : [];
    });
    return { facts };
}

;// CONCATENATED MODULE: ./src/providers/datadog.ts
// Datadog: API keys and application keys (no prefix, so they need a Datadog name), the secret names
// that point at Datadog, the site each key lives on, and the validate calls. Facts from PROVIDERS.md
// section 13.



/** Datadog sites (docs.datadoghq.com/api/latest/authentication); a key works on its own site only. */
const SITES = [
    'datadoghq.com',
    'us3.datadoghq.com',
    'us5.datadoghq.com',
    'datadoghq.eu',
    'ap1.datadoghq.com',
    'ap2.datadoghq.com',
    'ddog-gov.com',
    'us2.ddog-gov.com',
    'uk1.datadoghq.com',
];
const US1 = 'https://api.datadoghq.com';
const BOTH_KEYS = (parts) => ({ 'dd-api-key': parts.apiKey.reveal(), 'dd-application-key': parts.key.reveal() });
/** The site named by a DD_SITE / DATADOG_SITE companion, when it is one Datadog documents. */
function siteOf(credential) {
    const site = credential.companions.site?.reveal().trim().toLowerCase();
    return site !== undefined && SITES.includes(site) ? site : undefined;
}
/**
 * The site is known when a companion names it or `--endpoint` chose the base URL: only then does a
 * refusal mean the key is invalid, since a key of another site is refused exactly like an unknown one.
 */
function refusal(what) {
    return (a) => {
        const site = siteOf(a.credential);
        if (site || a.context.declaredEndpoint) {
            return (0,outcome/* invalid */.Gq)('unknown-key', `Datadog${site ? ` (site ${site})` : ''} does not know this ${what}`);
        }
        return (0,outcome/* unknown */.L5)('unknown-key', `Datadog US1 does not know this ${what}: it is invalid, or it belongs to another Datadog site (EU, US3, AP1...); name the site with a DD_SITE secret beside the key, or --endpoint datadog=https://api.<site>`);
    };
}
/** Datadog answers 403 (not 401) for a key it does not know: {"errors":["Forbidden"]}. */
const refused = (what) => on([401, 403], refusal(what), { when: (a) => Array.isArray(a.get('errors')) });
/** `DD_API_KEY` + `DD_SITE`, `DD_APP_KEY` + `DD_API_KEY` (+ `DD_SITE`); likewise `DATADOG_…`. */
const datadog_COMPANIONS = ['dd', 'datadog'].flatMap((word) => [
    { primary: `${word}apikey`, companions: {}, lookups: { [`${word}site`]: 'site' } },
    ...['appkey', 'applicationkey'].map((app) => ({
        primary: `${word}${app}`,
        companions: {},
        lookups: { [`${word}apikey`]: 'apiKey', [`${word}site`]: 'site' },
    })),
]);
/** Datadog keys: bare hex with no prefix; both count only beside a Datadog name. */
const datadog = defineProvider({
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
            // Owned by a user or service account (`service_account` on the owning user).
            type: 'app-key',
            pattern: /^[0-9a-f]{40}$/,
            needsNameHint: true,
            examples: ['19ffab0396347dd16ca6637daece4967b3fe39bf'],
            counterExamples: ['19ffab0396347dd16ca6637daece4967b3fe39b', '19ffab0396347dd16ca6637daece4967b3fe39bff'],
        },
    ],
    namePatterns: [(0,names/* namePart */.f0)('DATADOG', 'DD_API_KEY', 'DD_APP_KEY', 'DD_APPLICATION_KEY', 'DD_CLIENT_API_KEY', 'DD_KEY')],
    companions: datadog_COMPANIONS,
    sites: SITES.slice(1).map((site) => `https://api.${site}`),
    baseUrlFor: (credential) => {
        const site = siteOf(credential);
        return site === undefined ? undefined : `https://api.${site}`;
    },
    guide: {
        principal: 'none for API keys (they belong to the organization); application keys: the owning user (handle), best effort',
        verified: 'the site accepts the key (and the application key with its API key)',
        invalid: "401/403 from the key's own site, named by DD_SITE / DATADOG_SITE beside the key or by --endpoint",
        unknown: '401/403 from US1 when the site is not named: a key of another site gets the same answer',
    },
    start: (credential) => {
        if (credential.format.type === 'api-key')
            return { call: 'validate' };
        if (/^[0-9a-f]{32}$/.test(credential.companions.apiKey?.reveal() ?? ''))
            return { call: 'validateKeys' };
        return (0,outcome/* skipped */.hT)('unsupported', 'a Datadog application key is checked only with its API key (DD_API_KEY of the same prefix), which was not given or is not well-formed');
    },
    calls: {
        // API key only; a key works on one site (api.<site>).
        validate: get(US1, '/api/v1/validate', {
            auth: header('dd-api-key'),
            answers: [
                on(200, accept(() => ({
                    note: 'Datadog accepted the API key; API keys belong to the organization, so no principal is known',
                })), { body: { valid: true } }),
                on(200, refusal('API key'), { body: { valid: false } }),
                refused('API key'),
            ],
        }),
        // Application key with its API key: both must hold.
        validateKeys: get(US1, '/api/v2/validate_keys', {
            auth: BOTH_KEYS,
            answers: [on(200, next('currentUser'), { body: { status: 'ok' } }), refused('application key, or its API key')],
        }),
        // The user who owns the application key (UNCONFIRMED as documented): best effort, never decides.
        currentUser: get(US1, '/api/v2/current_user', {
            auth: BOTH_KEYS,
            optional: () => 'Datadog accepted the application key; the user who owns it could not be read',
            answers: [on(200, accept(owner), { body: { 'data.attributes.handle': /./ } })],
        }),
    },
});
function owner(a) {
    const handle = a.text('data.attributes.handle');
    const service = a.get('data.attributes.service_account');
    const kind = service === true ? 'service' : 'human';
    return {
        principal: { user: handle },
        facts: [
            fact('principal', handle, 'Datadog GET /api/v2/current_user handle'),
            ...(typeof service === 'boolean'
                ? [fact('principalKind', kind, `Datadog user service_account: ${service}`)]
                : []),
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/discord.ts
// Discord: bot tokens, the secret names that point at Discord, and GET /users/@me. Facts from
// PROVIDERS.md section 30.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file. The first part is
// base64 of a made-up 19-digit id.
const ID_PART = 'MTEyMjMzNDQ1NTY2' + 'Nzc4ODk5MA';
const HMAC = 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0' + 'Lg5Ya2Ue9Qw';
/**
 * `<base64 of the user id>.<6>.<27..38>` (TH needs "discord" near it; so does keybound, by name). The
 * first part is base64 of a 17-20 digit id: every 4 characters encode three ASCII digits, so each
 * position has only a few possible letters, which keeps JWTs and other dotted tokens out.
 */
const DIGITS3 = '[MNO][DTjz][AEIMQUYcgk][w-z0-5]';
const [ONE, TWO] = ['[MNO][AQgw]', '[MNO][DTjz][AEIMQUYcgk]'];
const ID_B64 = [DIGITS3.repeat(5) + TWO, DIGITS3.repeat(6), DIGITS3.repeat(6) + ONE, DIGITS3.repeat(6) + TWO].join('|');
const TOKEN = new RegExp(`^(?:${ID_B64})\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}$`);
/** Discord bot tokens (user tokens share the format, but Discord forbids their use by programs). */
const discord = defineProvider({
    id: 'discord',
    name: 'Discord',
    formats: [
        {
            type: 'bot-token',
            pattern: TOKEN,
            needsNameHint: true,
            examples: [`${ID_PART}.GhIjKl.${HMAC.slice(0, 27)}`, `${ID_PART}.Gq_3-x.${HMAC}`],
            counterExamples: [
                `eyJhbGciOiJIUzI1NiJ9.GhIjKl.${HMAC.slice(0, 27)}`,
                `${ID_PART}.GhIjK.${HMAC.slice(0, 27)}`,
                `${ID_PART}.GhIjKl.${HMAC.slice(0, 20)}`,
                `${ID_PART}GhIjKl${HMAC.slice(0, 27)}`,
            ],
        },
    ],
    namePatterns: [(0,names/* credentialNames */.MR)('DISCORD', 'DISCORD_BOT')],
    guide: {
        principal: 'the bot user id of `GET /users/@me` (its username works too)',
        verified: 'users/@me names the bot (`bot: true`: a service principal)',
        invalid: '401: the token was reset (Discord resets a token it finds published), revoked or never valid, or it is not a bot token',
        unknown: 'any other answer; one request per token, since Discord bans IPs that send many invalid ones',
    },
    errorText: ['message'],
    calls: {
        // The `Bot ` scheme is required: without it a good bot token gets 401.
        me: get('https://discord.com', '/api/v10/users/@me', {
            auth: (parts) => ({ authorization: `Bot ${parts.key.reveal()}` }),
            answers: [
                on(200, accept(discord_me)),
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'Discord does not accept this bot token (401): reset, revoked or never valid, or a user token rather than a bot token'), { anyBody: true }),
            ],
        }),
    },
});
/** The user the token acts as: a bot (`bot: true`), or a user account (a user token). */
function discord_me(a) {
    const id = a.text('id');
    if (!/^\d{15,22}$/.test(id))
        return (0,outcome/* unexpected */.os)(a, 'Discord answered users/@me without a user id');
    const bot = a.get('bot') === true;
    const username = a.text('username');
    return {
        principal: { id, bot, ...a.fields(['username', 'global_name']) },
        facts: [
            fact('principal', id, 'Discord GET /users/@me id'),
            bot
                ? fact('principalKind', 'service', 'a Discord bot user (users/@me bot: true)')
                : fact('principalKind', 'human', 'a Discord user account (users/@me without bot: true)'),
        ],
        ...(username ? { aliases: [username] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/doppler.ts
// Doppler: CLI, personal, service, service-account, SCIM and audit tokens by prefix, the secret names
// that point at Doppler, and /v3/me. A service token is bound to one config, which its prefix names
// (`dp.st.dev.`): the environment is known offline. Facts from PROVIDERS.md section 35.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const doppler_BODY = 'Qm4TzR8wLp' + 'Xv2Nc6Kd9B' + 'sJ3Hy7Fg1V' + 'tE5uWq8Zr2';
/** Token bodies are 40 to 44 letters and digits (TH doppler regex). */
const doppler_TOKEN = '[A-Za-z0-9]{40,44}';
/**
 * Service tokens of Doppler's default environments: the config is the environment's slug (`dev`, `stg`,
 * `prd`) or a branch config of it (`dev_alice`). A config of another environment names none.
 */
const CONFIG_ROOTS = { dev: 'development', stg: 'staging', prd: 'production' };
function serviceToken(root) {
    return {
        type: 'service-token',
        pattern: new RegExp(`^dp\\.st\\.${root}(?:\\.|_[a-z0-9_-]{1,32}\\.)${doppler_TOKEN}$`),
        mode: CONFIG_ROOTS[root],
        principalKind: 'service',
        principalDetail: `a Doppler service token of a ${root} config (dp.st.${root})`,
        examples: [`dp.st.${root}.` + doppler_BODY, `dp.st.${root}_alice.` + doppler_BODY],
        counterExamples: [`dp.st.${root}ops.` + doppler_BODY, `dp.st.${root}.` + doppler_BODY.slice(5), `dp.st.${root}_.` + doppler_BODY],
    };
}
/** A token kind by its prefix alone. */
function doppler_token(kind, type, principalKind, what) {
    return {
        type,
        pattern: new RegExp(`^dp\\.${kind}\\.${doppler_TOKEN}$`),
        principalKind,
        principalDetail: `${what} (dp.${kind}.)`,
        examples: [`dp.${kind}.` + doppler_BODY],
        counterExamples: [`dp.${kind}.` + doppler_BODY.slice(1, 30), `dp_${kind}_` + doppler_BODY],
    };
}
/** Doppler tokens: `dp.<kind>.` then 40-44 letters and digits. */
const doppler = defineProvider({
    id: 'doppler',
    name: 'Doppler',
    formats: [
        serviceToken('dev'),
        serviceToken('stg'),
        serviceToken('prd'),
        {
            // Any other config (`ci`, `qa_eu`), or none: the token names no environment SPEC knows.
            type: 'service-token',
            pattern: new RegExp(`^dp\\.st\\.(?!(?:dev|stg|prd)[._])(?:[a-z0-9_-]{2,35}\\.|)${doppler_TOKEN}$`),
            principalKind: 'service',
            principalDetail: 'a Doppler service token (dp.st.), bound to one config',
            examples: ['dp.st.ci.' + doppler_BODY, 'dp.st.' + doppler_BODY],
            counterExamples: ['dp.st.dev.' + doppler_BODY, 'dp.st.a.' + doppler_BODY],
        },
        doppler_token('ct', 'cli-token', 'human', 'a Doppler CLI token, a user login'),
        doppler_token('pt', 'personal-token', 'human', 'a Doppler personal token'),
        doppler_token('sa', 'service-account-token', 'service', 'a Doppler service account token'),
        doppler_token('scim', 'scim-token', 'service', 'a Doppler SCIM token of the workplace'),
        doppler_token('audit', 'audit-token', 'service', 'a Doppler audit token of the workplace'),
    ],
    namePatterns: [(0,names/* namePart */.f0)('DOPPLER_TOKEN', 'DOPPLER_SERVICE_TOKEN', 'DOPPLER_API_TOKEN', 'DOPPLER_ACCESS_TOKEN')],
    guide: {
        principal: 'the token `name` of /v3/me (its `slug` too)',
        verified: '/v3/me names the token and its workplace; a `dp.st.dev.` or `dp.st.stg.` service token in production is reported offline by no-dev-keys-in-prod',
        invalid: '401: the token is revoked, expired or never valid',
        unknown: 'any other answer (Doppler documents no other error body), or no answer',
    },
    errorText: ['messages.0'],
    calls: {
        me: get('https://api.doppler.com', '/v3/me', {
            auth: bearer(),
            answers: [
                on(200, accept(doppler_me)),
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'Doppler does not accept this token{said}'), { anyBody: true }),
            ],
        }),
    },
});
/** `GET /v3/me`: the token's name and slug, its workplace, and when it was made and last seen. */
function doppler_me(a) {
    const name = a.text('name');
    if (!name)
        return (0,outcome/* unexpected */.os)(a, 'a /v3/me answer without a token name');
    const workplace = a.text('workplace.slug') || a.text('workplace.name');
    const created = (0,dates/* parseDate */._U)(a.text('created_at'));
    return {
        // token_preview is left out: it is a fragment of the token.
        principal: {
            name,
            ...a.fields({ slug: 'slug', type: 'type', workplace: 'workplace.name', lastSeen: 'last_seen_at' }),
        },
        facts: [
            fact('principal', name, 'Doppler /v3/me name'),
            ...(workplace ? [fact('account', workplace, 'Doppler /v3/me workplace')] : []),
            ...(created ? [fact('created', created.toISOString(), 'Doppler /v3/me created_at')] : []),
        ],
        ...(a.text('slug') && a.text('slug') !== name ? { aliases: [a.text('slug')] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/dropbox.ts
// Dropbox: short-lived access tokens (`sl.`, `sl.u.`), the secret names that point at Dropbox, and
// users/get_current_account. Facts from PROVIDERS.md section 29.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const dropbox_BODY = ('BFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0Pg5Ya' + '-Ue_').repeat(4);
/** The `.tag` of a Dropbox union (`{"error": {".tag": "expired_access_token"}}`), which paths cannot name. */
const tag = (value) => value !== null && typeof value === 'object' ? value['.tag'] : undefined;
const tagged = (status, name, then) => on(status, then, { when: (a) => tag(a.get('error')) === name });
/** A working key that may not read its account (no `account_info.read` scope): TH counts it valid. */
const NO_SCOPE = accept(() => ({
    facts: [fact('principalKind', 'human', 'Dropbox access tokens act for a user account')],
    note: 'Dropbox accepted the token, but it lacks the account_info.read scope: whose it is is unknown',
}));
/** Dropbox: short-lived user access tokens (about four hours); team tokens are not checked. */
const dropbox = defineProvider({
    id: 'dropbox',
    name: 'Dropbox',
    formats: [
        {
            type: 'short-lived',
            pattern: /^sl\.(?:u\.[A-Za-z0-9_-]{130,1000}|[A-Za-z0-9_-]{130,1000})$/,
            examples: ['sl.' + dropbox_BODY, 'sl.u.' + dropbox_BODY],
            counterExamples: ['sl.' + dropbox_BODY.slice(0, 100), 'sl-' + dropbox_BODY, 'sl.' + dropbox_BODY + '.x', 'sl.v.' + dropbox_BODY],
        },
    ],
    namePatterns: [(0,names/* credentialNames */.MR)('DROPBOX')],
    guide: {
        principal: 'the account id `dbid:…` of get_current_account (its e-mail works too)',
        verified: 'get_current_account names the account (a token without account_info.read is accepted, unnamed)',
        invalid: 'expired_access_token (short-lived `sl.` tokens last about four hours), invalid_access_token (revoked), user_suspended or `disabled: true` (user-inactive)',
        unknown: 'a team (Business) token, which names no single account; another error, or no answer',
    },
    errorText: ['error_summary'],
    // Dropbox answers some 400s in plain text; only those are read, as `text`.
    parse: (response) => {
        const type = response.headers['content-type'] ?? '';
        if (response.status === 400 && /^text\/plain\b/i.test(type))
            return { text: response.body };
        return (0,outcome/* jsonObject */.o$)(response);
    },
    calls: {
        // RPC style: every Dropbox call is a POST. This one is read-only and takes no argument: no body
        // and no content type, or Dropbox refuses it. Only this path is allowed (POST /2/auth/token/revoke revokes).
        account: post('https://api.dropboxapi.com', '/2/users/get_current_account', {
            note: 'users/get_current_account is read-only (an RPC call without arguments, hence POST)',
            auth: bearer(),
            body: '',
            answers: [
                on(200, accept(dropbox_account)),
                tagged(401, 'expired_access_token', (0,outcome/* invalid */.Gq)('expired', 'Dropbox says this access token has expired (expired_access_token): short-lived tokens last about four hours, so a deploy needs a refresh token')),
                tagged(401, 'invalid_access_token', (0,outcome/* invalid */.Gq)('revoked', 'Dropbox does not accept this token (invalid_access_token): revoked or never valid')),
                tagged(401, 'user_suspended', (0,outcome/* invalid */.Gq)('user-inactive', 'Dropbox says the user behind this token is suspended (user_suspended)')),
                tagged([400, 401], 'missing_scope', NO_SCOPE),
                on(400, NO_SCOPE, { body: { text: /does not have the required scope/i } }),
                on(400, (0,outcome/* unknown */.L5)('insufficient-scope', 'Dropbox says this is a team (Business) token, which names no single account; it was not judged'), { body: { text: /for an entire Dropbox Business team/i } }),
            ],
        }),
    },
});
/** The account: `dbid:` id, type, team; a disabled account is inactive. */
function dropbox_account(a) {
    const id = a.text('account_id');
    if (!/^dbid:[A-Za-z0-9_-]+$/.test(id))
        return (0,outcome/* unexpected */.os)(a, 'Dropbox answered without an account_id');
    if (a.get('disabled') === true) {
        return (0,outcome/* invalid */.Gq)('user-inactive', `the Dropbox account ${id} behind this token is disabled`);
    }
    const accountType = tag(a.get('account_type'));
    const principal = {
        account_id: id,
        ...(typeof accountType === 'string' ? { account_type: a.clean(accountType) } : {}),
        ...a.fields({ team_id: 'team.id', team: 'team.name', country: 'country' }),
    };
    const team = a.text('team.id');
    const email = a.text('email');
    return {
        principal,
        facts: [
            fact('principal', id, 'Dropbox get_current_account account_id'),
            fact('principalKind', 'human', 'Dropbox access tokens act for a user account'),
            ...(team ? [fact('account', team, 'Dropbox get_current_account team.id (business team)')] : []),
        ],
        // The e-mail is a name the owners may declare; it is compared, never reported.
        ...(email ? { aliases: [email] } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/secret.ts
var secret = __webpack_require__(2559);
;// CONCATENATED MODULE: ./src/providers/elasticsearch.ts
// Elasticsearch / Elastic Cloud: API keys (the base64 `encoded` form, or `id:api_key`) beside an
// Elasticsearch name, and who they authenticate as, from GET /_security/_authenticate on the cluster.
// No default host: the cluster URL comes only from --endpoint, never from an ELASTICSEARCH_URL beside
// the key. Facts from PROVIDERS.md section 28.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const PAIR = 'Vk3nQz7Wm2Xr7Tb3Nc8V' + ':' + 'f1Hs6Jd0Lg5Ya2Ue9QwBxA';
const ENCODED = Buffer.from(PAIR).toString('base64');
/** An API key as `id:api_key` (both base64url); bounded so matching stays linear. */
const ID_KEY = /^[A-Za-z0-9_-]{16,64}:[A-Za-z0-9_-]{16,128}$/;
/** The refusal Elasticsearch gives when no credential reached it at all. */
const NO_CREDENTIALS = /missing authentication credentials/i;
const NOT_A_KEY = (0,outcome/* skipped */.hT)('unsupported', 'the value is base64 but holds no Elasticsearch API key (id:api_key); not sent');
const ANONYMOUS = (0,outcome/* unknown */.L5)('unexpected-response', 'Elasticsearch answered as its anonymous user: the key was not checked');
const NOTHING_SENT = (0,outcome/* unknown */.L5)('unexpected-response', 'no credential reached Elasticsearch (401{said}): a proxy in front of the cluster may drop the Authorization header');
const elasticsearch_REFUSED = (0,outcome/* invalid */.Gq)('revoked', 'Elasticsearch does not accept this API key (401{said}): it is unknown, expired or invalidated, or it belongs to another cluster than --endpoint names');
/** Elasticsearch API keys; passwords and bearer tokens have no format and are not checked. */
const elasticsearch = defineProvider({
    id: 'elasticsearch',
    name: 'Elasticsearch',
    formats: [
        {
            // The `encoded` value Elasticsearch returns on creation: base64 of `id:api_key`.
            type: 'api-key',
            pattern: /^[A-Za-z0-9+/]{40,400}={0,2}$/,
            needsNameHint: true,
            examples: [ENCODED],
            counterExamples: [ENCODED.slice(0, 30), ENCODED + '===', `${ENCODED.slice(0, 40)}-${ENCODED.slice(41)}`],
        },
        {
            // The same key as Beats and Logstash take it (`api_key: id:api_key`).
            type: 'api-key-pair',
            pattern: ID_KEY,
            needsNameHint: true,
            examples: [PAIR],
            counterExamples: [PAIR.replace(':', ''), PAIR.replace(':', '::'), `user:${PAIR.slice(21)}`],
        },
    ],
    // API key names only: ELASTICSEARCH_URL or ELASTIC_PASSWORD beside them is no API key, and an
    // ELASTIC_CLOUD_API_KEY may be an Elastic Cloud console key, which no cluster takes.
    namePatterns: [
        (0,names/* keyName */.xT)(['ELASTICSEARCH', 'ES'], ['API_KEY', 'APIKEY']),
        (0,names/* namePart */.f0)('ELASTIC_API_KEY', 'ELASTIC_APIKEY'),
    ],
    tenant: { what: 'the Elasticsearch cluster URL', example: 'https://{cluster}:9200' },
    guide: {
        principal: 'the `username` _authenticate names: for an API key, the user who owns it',
        verified: 'GET /_security/_authenticate names the owner, the key and its realm, and the owner is enabled',
        invalid: '401 security_exception (an unknown, expired or invalidated key, or a key of another cluster than --endpoint names); `enabled: false` (user-inactive)',
        unknown: '401 "missing authentication credentials" (no credential reached the cluster), an anonymous answer, or no answer; `skipped` for base64 that holds no `id:api_key`, or without --endpoint elasticsearch=https://{cluster}:9200',
    },
    errorText: ['error.root_cause.0.reason', 'error.reason'],
    // The header takes the encoded form: from the value itself, or encoded from `id:api_key`.
    start: (credential) => {
        const raw = credential.value.reveal();
        const pair = credential.format.type === 'api-key-pair' ? raw : Buffer.from(raw, 'base64').toString('utf8');
        if (!ID_KEY.test(pair))
            return NOT_A_KEY;
        const encoded = Buffer.from(pair, 'utf8').toString('base64');
        return { parts: { key: credential.value, encoded: new secret/* SecretValue */.i(encoded, 'elasticsearch api key') } };
    },
    calls: {
        authenticate: get(TENANT, '/_security/_authenticate', {
            auth: (parts) => ({ authorization: `ApiKey ${parts.encoded.reveal()}` }),
            answers: [
                // Clusters before 7.6 could fall back to anonymous access: then the key was not what answered.
                on(200, ANONYMOUS, { body: { authentication_type: 'anonymous' } }),
                on(200, accept(who), { body: { username: /./, enabled: [true, false] } }),
                on(401, NOTHING_SENT, { when: (a) => NO_CREDENTIALS.test(a.said) }),
                on(401, elasticsearch_REFUSED, { body: { 'error.type': 'security_exception' } }),
            ],
        }),
    },
});
/** Who the key authenticates as: the owner user, the key's id and name, the realm. */
function who(a) {
    const username = a.text('username');
    if (!username)
        return (0,outcome/* unexpected */.os)(a, 'Elasticsearch answered _authenticate without a username');
    const realm = a.text('authentication_realm.type') || 'unknown';
    const service = realm === '_service_account';
    const facts = [
        fact('principal', username, `Elasticsearch _authenticate username (${a.text('authentication_type') || 'no type'})`),
        service
            ? fact('principalKind', 'service', 'an Elasticsearch service account (realm _service_account)')
            : fact('principalKind', 'human', `an Elasticsearch user (realm ${realm}); system users look the same`),
    ];
    if (a.get('enabled') === false) {
        return (0,outcome/* invalid */.Gq)('user-inactive', `the Elasticsearch user ${username} behind this key is disabled`, facts);
    }
    return {
        principal: {
            username,
            ...a.fields(['authentication_type', 'full_name']),
            ...a.fields({ realm: 'authentication_realm.name', api_key_id: 'api_key.id', api_key_name: 'api_key.name' }),
        },
        facts,
        note: "the key's own privileges (its role descriptors) are not shown by _authenticate, so no scopes were recorded",
    };
}

;// CONCATENATED MODULE: ./src/providers/fastly.ts
// Fastly: API tokens (32 characters, no prefix, so they need a Fastly name), and GET /tokens/self.
// Facts from PROVIDERS.md section 40. SECURITY: `DELETE /tokens/self`, on the same path, revokes the
// token that calls it; the allow-list below holds the GET alone, so the HTTP client refuses the DELETE.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const fastly_TOKEN = 'Xy7_Kp2-Rt9' + 'Lm4Qw8Zn3Vb' + '6Hc1Jd5Fg0';
/** Fastly user and automation tokens. */
const fastly = defineProvider({
    id: 'fastly',
    name: 'Fastly',
    formats: [
        {
            // User and automation tokens share the shape; which one it is is not in the value.
            type: 'api-token',
            pattern: /^[A-Za-z0-9_-]{32}$/,
            needsNameHint: true,
            examples: [fastly_TOKEN],
            counterExamples: [fastly_TOKEN.slice(1), fastly_TOKEN + 'x', fastly_TOKEN.replace('_', '.')],
        },
    ],
    // Token names only: FASTLY_SERVICE_ID and FASTLY_CUSTOMER_ID beside the token are not Fastly keys.
    namePatterns: [(0,names/* namePart */.f0)('FASTLY_API_TOKEN', 'FASTLY_API_KEY', 'FASTLY_TOKEN', 'FASTLY_KEY', 'FASTLY_AUTH_TOKEN')],
    guide: {
        principal: 'the `user_id` of `GET /tokens/self` (its `customer_id` is the account)',
        verified: '/tokens/self describes the token: user, scope, services and dates',
        invalid: '"Provided credentials are missing or invalid" (revoked); another 401 (Fastly documents it for an expired token)',
        unknown: 'another 403: an invalid token, or a valid one whose scope (purge_select, purge_all) may not read itself (UNCONFIRMED); no answer',
    },
    errorText: ['msg', 'detail'],
    calls: {
        self: get('https://api.fastly.com', '/tokens/self', {
            auth: header('fastly-key'),
            answers: [
                on(200, accept(fastly_token)),
                // The text Fastly gives for a token it does not accept (fastly/fastly-js#14; status not recorded).
                on([401, 403], (0,outcome/* invalid */.Gq)('revoked', 'Fastly does not accept this token{said}'), {
                    body: { msg: /credentials are missing or invalid/i },
                }),
                on(401, (0,outcome/* invalid */.Gq)('expired', 'Fastly refused the token with 401, which it documents for an expired token{said}')),
                on(403, (0,outcome/* unknown */.L5)('unknown-key', 'Fastly refused the token with 403: it documents this for an invalid token, but a valid token whose scope allows only purging may get it too{said}')),
            ],
        }),
    },
});
/** `GET /tokens/self` (TokenResponse): whose token, its scope and services, its dates. */
function fastly_token(a) {
    const userId = a.text('user_id');
    if (!userId || !a.text('id'))
        return (0,outcome/* unexpected */.os)(a, 'Fastly answered GET /tokens/self without an id and user_id');
    const customer = a.text('customer_id');
    const scopes = a.text('scope').split(/\s+/).filter(Boolean);
    // "If no services are specified, the token will have access to all services."
    const services = a
        .all('services')
        .map((s) => a.clean(s))
        .filter(Boolean);
    const facts = [fact('principal', userId, 'Fastly GET /tokens/self user_id')];
    if (customer)
        facts.push(fact('account', customer, 'Fastly GET /tokens/self customer_id'));
    if (scopes.length > 0)
        facts.push(fact('scopes', scopes, 'Fastly GET /tokens/self scope'));
    for (const [name, field] of [
        ['created', 'created_at'],
        ['expires', 'expires_at'],
    ]) {
        const date = (0,dates/* parseDate */._U)(a.text(field));
        if (date)
            facts.push(fact(name, date.toISOString(), `Fastly GET /tokens/self ${field}`));
    }
    return {
        principal: {
            user_id: userId,
            ...a.fields(['id', 'name', 'customer_id', 'last_used_at']),
            services: services.length > 0 ? services.join(',') : 'all',
        },
        facts,
        ...(a.get('expires_at') === null ? { note: 'the token never expires (expires_at null)' } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/gcp-jwt.ts
// The JWT-bearer assertion (RFC 7523) of the one Google call keybound makes with a service-account key:
// the key document's fields, and an RS256 signature by node's crypto. Nothing here is sent anywhere.


/** The token endpoint as the JWT audience. SECURITY: compiled in; the document's `token_uri` is never used. */
const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
/** The narrowest scope that still lets token info name the account: the minted token can read its own email. */
const gcp_jwt_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
/** Assertion lifetime; Google accepts at most an hour. */
const ASSERTION_SECONDS = 600;
/** An e-mail address as Google writes a service account's; bounded so matching stays linear. */
const gcp_jwt_EMAIL = /^[^\s@]{1,128}@[A-Za-z0-9.-]{1,253}$/;
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
    const clientEmail = (0,outcome/* str */.gx)(document, 'client_email');
    const pem = (0,outcome/* str */.gx)(document, 'private_key');
    if (!clientEmail || !gcp_jwt_EMAIL.test(clientEmail) || !pem)
        return undefined;
    let privateKey;
    try {
        privateKey = (0,node_crypto/* nodeCrypto */.S)().createPrivateKey({ key: pem, format: 'pem' });
    }
    catch {
        return undefined;
    }
    if (privateKey.asymmetricKeyType !== 'rsa')
        return undefined;
    const field = (name, pattern) => {
        const text = (0,outcome/* str */.gx)(document, name);
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
        scope: gcp_jwt_SCOPE,
        aud: TOKEN_AUDIENCE,
        iat: now,
        exp: now + ASSERTION_SECONDS,
    });
    const signature = (0,node_crypto/* nodeCrypto */.S)()
        .createSign('RSA-SHA256')
        .update(`${header}.${claims}`)
        .sign(account.privateKey)
        .toString('base64url');
    return `${header}.${claims}.${signature}`;
}

;// CONCATENATED MODULE: ./src/providers/gcp.ts
// Google Cloud: service-account key JSON and user (authorized_user) credentials JSON, the secret names
// that point at Google Cloud, and the token calls a smoke check makes. Facts from PROVIDERS.md section 4.





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
 * value once (no nested quantifiers); documentFormat (catalog.ts) then confirms it is the top-level `type`.
 */
function documentPattern(jsonType) {
    return new RegExp(`^\\s*\\{(?=[\\s\\S]*"type"\\s*:\\s*"${jsonType}")[\\s\\S]*\\}\\s*$`);
}
const serviceAccountKey = {
    type: 'service-account-key',
    pattern: documentPattern('service_account'),
    documentType: 'service_account',
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
    documentType: 'authorized_user',
    principalKind: 'human',
    principalDetail: 'a user\'s refresh-token credentials (JSON "type": "authorized_user")',
    examples: [AUTHORIZED_USER],
    counterExamples: ['{"type": "authorized_users"}', '["type", "authorized_user"]'],
};
const gcp_BASE = 'https://oauth2.googleapis.com';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
/** Google Cloud credential JSON: service-account keys and `authorized_user` (ADC) files. */
const gcp = defineProvider({
    id: 'gcp',
    name: 'Google Cloud',
    formats: [serviceAccountKey, userCredentials],
    namePatterns: [
        (0,names/* namePart */.f0)('GCP', 'GCLOUD', 'GCE', 'GKE', 'GOOGLE_CLOUD', 'GOOGLE_APPLICATION_CREDENTIALS'),
        (0,names/* namePart */.f0)('GOOGLE_CREDENTIALS', 'GOOGLE_SERVICE_ACCOUNT'),
    ],
    guide: {
        principal: 'the service-account e-mail (`deployer@project.iam.gserviceaccount.com`)',
        verified: 'Google mints a token for the key; token info confirms the e-mail',
        invalid: 'invalid_grant "Invalid JWT Signature" (deleted or rotated key); "account not found", "Robot is disabled", deleted_client (user-inactive)',
        unknown: 'a refused assertion time (clock), another refusal, or no answer',
    },
    start: (credential) => {
        if (credential.format.type !== serviceAccountKey.type) {
            // authorized_user: a person's refresh token. Redeeming it is not a check keybound makes.
            return (0,outcome/* skipped */.hT)('unsupported', "user (authorized_user) credentials are a person's refresh token; only service-account keys are checked");
        }
        const account = serviceAccount(credential.value.reveal());
        if (!account) {
            return (0,outcome/* skipped */.hT)('malformed', 'the service-account key has no usable client_email or RSA private_key; it was not sent');
        }
        // The wall clock, not context.now (an evaluation date that may be --now): Google checks iat and exp.
        // The assertion is a bearer credential for its lifetime: provider text is redacted of it too.
        const assertion = new secret/* SecretValue */.i(signAssertion(account, Math.floor(Date.now() / 1000)), 'gcp-assertion');
        return { parts: { key: credential.value, assertion } };
    },
    calls: {
        token: post(gcp_BASE, '/token', {
            note: 'OAuth2 JWT-bearer grant (refresh_token grant for authorized_user): mints a short-lived access ' +
                'token and changes nothing, but shows in audit logs; the only way to test these credentials',
            auth: noAuth,
            headers: FORM,
            body: (parts) => new URLSearchParams({
                grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                assertion: parts.assertion.reveal(),
            }).toString(),
            answers: [on(200, accept(minted)), on([400, 401], tokenError, { body: { error: /./ } })],
        }),
        // The key is proven once a token is minted; token info only confirms whom Google issued it to.
        tokeninfo: post(gcp_BASE, '/tokeninfo', {
            note: "OAuth2 token info: reads the minted token's own metadata (email, scope, expiry) and changes " +
                "nothing; POST with the token in an Authorization header, as Google's auth library does, so it is " +
                'never in a URL',
            auth: bearer('accessToken'),
            headers: FORM,
            body: '',
            optional: () => "Google accepted the key; token info was not available, so the principal is the key's client_email",
            answers: [
                on(200, accept((a) => ({
                    principal: { email: String(a.get('email')) },
                    facts: [fact('principal', String(a.get('email')), 'Google token info email')],
                })), { body: { email: gcp_jwt_EMAIL } }),
            ],
        }),
    },
});
/** A minted token: the key is proven; the access token goes on to token info (and is redacted too). */
function minted(a) {
    const token = a.get('access_token');
    if (typeof token !== 'string' || !/^[\x21-\x7e]{1,4096}$/.test(token))
        return (0,outcome/* unexpected */.os)(a);
    const account = serviceAccount(a.credential.value.reveal());
    if (!account)
        return (0,outcome/* unexpected */.os)(a);
    const projectId = account.projectId ?? /@([a-z][a-z0-9-]{4,61}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(account.clientEmail)?.[1];
    return {
        principal: {
            email: account.clientEmail,
            ...(projectId ? { projectId } : {}),
            ...(account.clientId ? { clientId: account.clientId } : {}),
            ...(account.privateKeyId ? { keyId: account.privateKeyId } : {}),
        },
        facts: [
            fact('principal', account.clientEmail, 'client_email of the key Google accepted'),
            fact('principalKind', 'service', 'a Google Cloud service account (Google accepted its key)'),
            ...(projectId ? [fact('account', projectId, 'project_id of the service-account key')] : []),
        ],
        carry: { accessToken: new secret/* SecretValue */.i(token, 'gcp-access-token') },
        next: 'tokeninfo',
    };
}
/** A refused grant, by its OAuth `error` code and, for invalid_grant, Google's description. */
function tokenError(a) {
    const error = a.text('error');
    const description = typeof a.get('error_description') === 'string' ? String(a.get('error_description')) : '';
    const text = a.text('error_description');
    const quoted = `Google: ${error}${text ? ` (${text})` : ''}`;
    if (error === 'deleted_client')
        return (0,outcome/* invalid */.Gq)('user-inactive', `the service account was deleted (${quoted})`);
    if (error === 'invalid_grant' || error === 'invalid_client' || error === 'unauthorized_client') {
        if (/invalid jwt signature/i.test(description)) {
            return (0,outcome/* invalid */.Gq)('revoked', `Google no longer accepts this key: it was deleted, disabled or rotated (${quoted})`);
        }
        if (/robot is disabled|account (?:is |has been )?disabled/i.test(description)) {
            // "Robot is disabled." was also seen for a deleted Google account tied to the project.
            return (0,outcome/* invalid */.Gq)('user-inactive', `the service account, or the account behind it, is disabled or gone (${quoted})`);
        }
        if (/has been deleted|account not found|no such account/i.test(description)) {
            return (0,outcome/* invalid */.Gq)('user-inactive', `the service account is disabled, deleted or does not exist (${quoted})`);
        }
        if (/\b(?:iat|exp)\b|timeframe|short-lived/i.test(description)) {
            return (0,outcome/* unknown */.L5)('unexpected-response', `Google refused the assertion's time; check the clock (${quoted})`);
        }
    }
    return (0,outcome/* unknown */.L5)('unexpected-response', `the token endpoint refused the grant (HTTP {status}, ${quoted})`);
}

;// CONCATENATED MODULE: ./src/providers/github.ts
// GitHub: token formats by prefix, the secret names that point at GitHub, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 1 (GitHub's token formats).




// NOTE: examples are built by concatenation so that secret scanners do not flag this file; every
// value is made up and belongs to no account.
const github_BODY = 'rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY';
/** Body of every GitHub token after its prefix (TH github v2 regex, PROVIDERS.md section 1). */
const github_TAIL = '[A-Za-z0-9_]{36,255}';
const github_BASE = 'https://api.github.com';
const github_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
/** What a non-200 answer means. PROVIDERS.md section 1 documents 401 and the suspended 403. */
const github_REFUSALS = [
    on(401, (0,outcome/* invalid */.Gq)('revoked', 'GitHub does not accept this token (revoked, expired or never valid)'), { anyBody: true }),
    on(403, (0,outcome/* invalid */.Gq)('user-inactive', 'GitHub says the account behind this token is suspended'), {
        body: { message: /\bsuspended\b/i },
    }),
    // Secondary rate limits: a 403 whose message says so (with headers, the client already retried it).
    on(403, (0,outcome/* unknown */.L5)('rate-limited', 'GitHub rate-limited the check (HTTP {status})'), {
        body: { message: /rate limit/i },
    }),
    // A valid token that may not call this endpoint (an installation token on /user).
    on(403, (0,outcome/* unknown */.L5)('insufficient-scope', 'GitHub accepted the token, but it may not read who it belongs to{said}'), {
        body: { message: /^Resource not accessible by/ },
    }),
    // Undocumented for these endpoints: most likely a GHES base URL without `/api/v3`, not a bad key.
    on(404, (0,outcome/* unknown */.L5)('unexpected-response', 'GitHub answered HTTP 404 (for GitHub Enterprise Server the base URL ends in /api/v3)'), {
        anyBody: true,
    }),
    on(undefined, (0,outcome/* unknown */.L5)('unexpected-response', 'GitHub refused the check without saying why the token is invalid (HTTP {status}){said}'), {
        anyBody: true,
        when: (a) => a.status !== 200,
    }),
];
const call = (path, read, query) => get(github_BASE, path, {
    ...(query ? { query } : {}),
    auth: bearer(),
    headers: github_HEADERS,
    answers: [on(200, accept(read)), ...github_REFUSALS],
});
/** GitHub (github.com and GHES): PATs classic and fine-grained, OAuth, App tokens, `GITHUB_TOKEN`. */
const github = defineProvider({
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
    // GitHub refuses secret names that start with GITHUB_, so repositories spell it GIT_HUB_ or GH_.
    namePatterns: [(0,names/* namePart */.f0)('GITHUB', 'GIT_HUB', 'GHE', 'GH_TOKEN', 'GH_PAT')],
    guide: {
        principal: "the login of `GET /user` for user tokens; for `ghs_` and `GITHUB_TOKEN`, the owner of the installation's repositories",
        verified: 'GitHub names the user (with scopes and expiry) or the installation',
        invalid: '401 (revoked, expired or never valid); 403 "account was suspended" (user-inactive)',
        unknown: 'a rate limit (403/429 with rate-limit headers), another 403 or 404, or no answer',
    },
    errorText: ['message'],
    start: (credential) => ({ call: credential.format.type === 'app-installation' ? 'installation' : 'user' }),
    calls: {
        // Works for ghp_, github_pat_, gho_ and ghu_; an installation token gets 403 here.
        user: call('/user', userIdentity),
        // For ghs_ and GITHUB_TOKEN: needs no permission and names the repositories' owners.
        installation: call('/installation/repositories', installationIdentity, '?per_page=1'),
    },
});
/** `GET /user`: the account the token acts as, its scopes (classic and OAuth) and expiry. */
function userIdentity(a) {
    const login = a.text('login');
    const id = a.get('id');
    if (!login || typeof id !== 'number')
        return (0,outcome/* unexpected */.os)(a, 'GitHub answered GET /user without a login and id');
    const type = typeof a.get('type') === 'string' ? a.text('type') : 'User';
    const principal = { login, id, type, ...a.fields(['site_admin']) };
    const facts = [
        fact('principal', login, 'GitHub GET /user login'),
        type === 'Bot'
            ? fact('principalKind', 'service', 'a GitHub App bot account (type Bot)')
            : fact('principalKind', 'human', 'a GitHub user account (machine users look the same)'),
    ];
    const notes = [];
    const format = a.credential.format.type;
    if (a.headers['x-oauth-scopes'] !== undefined) {
        facts.push(fact('scopes', a.list('x-oauth-scopes'), 'GitHub X-OAuth-Scopes header'));
    }
    else if (format === 'fine-grained-pat') {
        // TH classifies a token by this header's absence; here it confirms the prefix.
        facts.push(fact('keyType', 'fine-grained-pat', 'GitHub sent no X-OAuth-Scopes header (fine-grained token)'));
        notes.push('fine-grained token: GitHub does not list its permissions, so no scopes were recorded');
    }
    else if (format === 'user-to-server') {
        notes.push("GitHub App user token: its permissions are the app's, so no scopes were recorded");
    }
    facts.push(...expiryFacts(a));
    return { principal, facts, ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
}
/** `GET /installation/repositories`: an app installation; its repositories' owner names it. */
function installationIdentity(a) {
    const total = a.get('total_count');
    if (typeof total !== 'number' || !Array.isArray(a.get('repositories'))) {
        return (0,outcome/* unexpected */.os)(a, 'GitHub answered GET /installation/repositories without total_count and repositories');
    }
    const principal = { installation: true, repositories: total };
    const owner = a.text('repositories.0.owner.login');
    if (owner)
        principal.owner = owner;
    if (typeof a.get('repository_selection') === 'string')
        principal.repository_selection = a.text('repository_selection');
    const facts = [fact('principalKind', 'service', 'a GitHub App installation (ghs_, GITHUB_TOKEN)')];
    if (owner)
        facts.push(fact('principal', owner, "owner of the installation's repositories"));
    facts.push(...expiryFacts(a));
    return { principal, facts };
}
/** `github-authentication-token-expiration`: `2026-09-01 12:00:00 UTC` or `... -0700`; absent = never. */
function expiryFacts(a) {
    const header = a.headers['github-authentication-token-expiration'];
    const date = header === undefined ? undefined : parseGitHubDate(header);
    return date ? [fact('expires', date.toISOString(), 'GitHub token expiration header')] : [];
}
/** Both documented forms of GitHub's expiration header, as a Date (undefined if neither). */
function parseGitHubDate(text) {
    const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (UTC|[+-]\d{4})$/.exec(text.trim());
    if (!match)
        return undefined;
    return (0,dates/* parseDate */._U)(`${match[1]}T${match[2]}${match[3] === 'UTC' ? 'Z' : match[3]}`);
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
const gitlab_BASE = 'https://gitlab.com';
/** `GET /user` states in which the account cannot act (gitlabhq user state machine). */
const INACTIVE_STATES = new Set(['blocked', 'ldap_blocked', 'blocked_pending_approval', 'deactivated', 'banned']);
const NARROW = { body: { error: 'insufficient_scope' } };
/** What a refusal means (PROVIDERS.md section 2): the OAuth-style error code first, then the wording. */
const gitlab_REFUSALS = [
    on(401, (0,outcome/* invalid */.Gq)('expired', 'GitLab says this token has expired'), {
        body: { error: 'invalid_token', error_description: /expired/i },
    }),
    on(401, (0,outcome/* invalid */.Gq)('revoked', 'GitLab does not accept this token (it was revoked)'), {
        body: { error: 'invalid_token' },
    }),
    on(401, (0,outcome/* invalid */.Gq)('unknown-key', 'GitLab does not accept this token (unknown, deleted or never valid)'), {
        anyBody: true,
    }),
    on(403, (a) => {
        const state = /\b(blocked|deactivated|banned)\b/i.exec(a.text('message'))?.[1].toLowerCase() ?? 'blocked';
        return (0,outcome/* invalid */.Gq)('user-inactive', `GitLab says the account behind this token is ${state}`);
    }, { body: { message: /\b(blocked|deactivated|banned)\b/i } }),
    on(403, (0,outcome/* unknown */.L5)('insufficient-scope', 'GitLab accepted the token, but its scopes do not allow this check'), NARROW),
    on(undefined, (0,outcome/* unknown */.L5)('unexpected-response', 'GitLab refused the check without saying why (HTTP {status}){said}'), {
        anyBody: true,
    }),
];
/** GitLab (gitlab.com and self-managed): personal, project and group access tokens and friends. */
const gitlab = defineProvider({
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
    namePatterns: [(0,names/* namePart */.f0)('GITLAB', 'GL_TOKEN', 'GL_PAT', 'CI_JOB_TOKEN')],
    guide: {
        principal: 'the username of `GET /api/v4/user` (project and group tokens: their bot user)',
        verified: "GitLab names the user, with the token's scopes and dates",
        invalid: '401 invalid_token (revoked or expired), another 401 (unknown key), 403 blocked/deactivated/banned or an inactive user state (user-inactive)',
        unknown: '403 insufficient_scope (the token may not say who it is), or no answer',
    },
    errorText: ['message', 'error_description'],
    start: (credential) => credential.format.type === 'access-token'
        ? {}
        : // Deploy and CI job tokens cannot call GET /user or /personal_access_tokens/self.
            (0,outcome/* skipped */.hT)('unsupported', `GitLab has no identity endpoint for a ${credential.format.type}; it was not sent`),
    calls: {
        // GitLab 15.5+: the token's own scopes, dates and user_id.
        self: get(gitlab_BASE, '/api/v4/personal_access_tokens/self', {
            auth: header('private-token'),
            answers: [
                on(200, accept(gitlab_token)),
                on(403, accept(() => ({
                    note: 'the token may not read its own record, so its scopes and dates are unknown',
                    next: 'user',
                })), NARROW),
                // GitLab before 15.5 has no /personal_access_tokens/self; GET /user still answers.
                on(404, next('user'), { anyBody: true }),
                ...gitlab_REFUSALS,
            ],
        }),
        // The user behind it: `bot`, `state`, `username`.
        user: get(gitlab_BASE, '/api/v4/user', {
            auth: header('private-token'),
            answers: [
                on(200, accept(user)),
                // The token is live, but its scopes (read_repository, registry...) do not let it say who it is.
                on(403, (a) => ({
                    ...(0,outcome/* unknown */.L5)('insufficient-scope', 'GitLab accepted the token, but its scopes do not allow GET /api/v4/user, so its user is unknown (read_user would)'),
                    ...(Object.keys(a.sofar.principal).length > 0 ? { principal: { ...a.sofar.principal } } : {}),
                    facts: [...a.sofar.facts],
                }), NARROW),
                ...gitlab_REFUSALS,
            ],
        }),
    },
});
/** The token's own record: dead if it says so (GitLab usually answers 401 first), else its facts. */
function gitlab_token(a) {
    if (a.get('revoked') === true)
        return (0,outcome/* invalid */.Gq)('revoked', 'GitLab says this token was revoked');
    const expires = (0,dates/* parseDate */._U)(a.text('expires_at'));
    if (a.get('active') === false) {
        if (expires && expires.getTime() <= a.context.now.getTime()) {
            return (0,outcome/* invalid */.Gq)('expired', 'GitLab says this token has expired');
        }
        return (0,outcome/* invalid */.Gq)('revoked', 'GitLab says this token is no longer active');
    }
    const { user_id: userId, name } = a.fields(['user_id', 'name']);
    const principal = {
        ...(typeof userId === 'number' ? { user_id: userId } : {}),
        ...(name ? { token_name: name } : {}),
    };
    const facts = [];
    const scopes = a.get('scopes');
    if (Array.isArray(scopes)) {
        facts.push(fact('scopes', scopes.map((scope) => a.clean(scope)).filter(Boolean), 'GitLab token scopes'));
    }
    const created = (0,dates/* parseDate */._U)(a.text('created_at'));
    if (created)
        facts.push(fact('created', created.toISOString(), 'GitLab token created_at'));
    // expires_at is a date (YYYY-MM-DD); null means the token does not expire.
    if (expires)
        facts.push(fact('expires', expires.toISOString().slice(0, 10), 'GitLab token expires_at'));
    return { principal, facts, next: 'user' };
}
function user(a) {
    const username = a.text('username');
    const id = a.get('id');
    if (!username || typeof id !== 'number')
        return (0,outcome/* unexpected */.os)(a, 'GitLab answered GET /user without a username and id');
    const state = typeof a.get('state') === 'string' ? a.text('state') : undefined;
    if (state && INACTIVE_STATES.has(state)) {
        return (0,outcome/* invalid */.Gq)('user-inactive', `the GitLab user behind this token is ${state.replace(/_/g, ' ')}`);
    }
    const bot = a.get('bot');
    return {
        principal: { username, id, ...(state ? { state } : {}), ...(typeof bot === 'boolean' ? { bot } : {}) },
        facts: [
            fact('principal', username, 'GitLab GET /user username'),
            bot === true
                ? fact('principalKind', 'service', 'a GitLab bot user (project or group access token, service account)')
                : fact('principalKind', 'human', 'a GitLab user account (machine users look the same)'),
        ],
    };
}

// EXTERNAL MODULE: ./src/discovery/environment.ts
var discovery_environment = __webpack_require__(7055);
;// CONCATENATED MODULE: ./src/providers/environments.ts
// The environment a provider places a key in (Honeycomb's environment, LaunchDarkly's SDK key
// environment, Square's sandbox host), as a `keyEnvironment` fact in SPEC section 2's words:
// `production`, `staging` or `development`, with the provider's own name kept in the detail.
// no-dev-keys-in-prod reports a production use of a key placed in development or staging.


/**
 * The fact for the first of `names` (the provider's environment name, then its slug) that names an
 * environment by SPEC section 2's words (`Production`, `prod-eu`, `Development`, `dev`, `Staging`...).
 * None for a name that says nothing (`main`, `acme`): an unknown name must not read as non-production.
 */
function placedIn(names, detail) {
    for (const name of names) {
        const environment = name ? (0,discovery_environment/* conventionInName */.QG)(name) : undefined;
        if (environment)
            return fact('keyEnvironment', environment, detail(name));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/providers/honeycomb.ts
// Honeycomb: ingest, configuration and management keys, the secret names that point at Honeycomb, and
// /1/auth, which names the key's team and the environment it belongs to. Facts from PROVIDERS.md
// section 34 (docs.honeycomb.io/api/authentication; the body as the Terraform provider reads it).




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const honeycomb_ID = '01hs6b0zv5' + '1w28q4kx7m' + 'n3p9r2';
const honeycomb_SECRET = 't5v8w1y4z7' + 'b0c3d6f9g2' + 'h5j8k1m4n7' + 'p0';
/** Regions: a key works in its own only, and the other answers 401 as for an unknown key. */
const US = 'https://api.honeycomb.io';
const EU = 'https://api.eu1.honeycomb.io';
/** Honeycomb: v2 keys by their key-id prefix (hc?ik_, hc?ic_, hc?mk_), classic and configuration keys by name. */
const honeycomb = defineProvider({
    id: 'honeycomb',
    name: 'Honeycomb',
    formats: [
        {
            // The key id (prefix + 26) and the secret (32) with no separator; `hc?ic_` for Classic (libhoney).
            type: 'ingest-key',
            pattern: /^hc[a-z]i[kc]_[a-z0-9]{58}$/,
            examples: ['hcaik_' + honeycomb_ID + honeycomb_SECRET, 'hcxic_' + honeycomb_ID + honeycomb_SECRET],
            counterExamples: ['hcaik_' + honeycomb_ID, 'hcaik-' + honeycomb_ID + honeycomb_SECRET, 'hcaik_' + honeycomb_ID + honeycomb_SECRET + 'x', 'hcAik_' + honeycomb_ID + honeycomb_SECRET],
        },
        {
            // Team-level, `Bearer <id>:<secret>` on the v2 API, whose identity call is UNCONFIRMED: not sent.
            type: 'management-key',
            pattern: /^hc[a-z]mk_[A-Za-z0-9]{26}:[A-Za-z0-9]{32}$/,
            neverSend: true,
            examples: ['hcamk_' + honeycomb_ID + ':' + honeycomb_SECRET],
            counterExamples: ['hcamk_' + honeycomb_ID, 'hcamk_' + honeycomb_ID + honeycomb_SECRET],
        },
        {
            // Configuration keys send a 22-character token; Classic keys 32 hex (TH honeycomb regex).
            type: 'api-key',
            pattern: /^[A-Za-z0-9]{22}$|^[0-9a-f]{32}$/,
            needsNameHint: true,
            examples: ['Zk3Lm9Pq2Rs7Tv1Wx4Yb8C', 'c0ffee' + '5b2d8e04a6f1c93b2e7d5a80' + '7c'],
            counterExamples: ['Zk3Lm9Pq2Rs7Tv1Wx4Yb8', 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8-', 'c0ffee' + '5b2d8e04a6f1c93b2e7d5a80' + '7'],
        },
    ],
    namePatterns: [
        (0,names/* namePart */.f0)('HONEYCOMB_API_KEY', 'HONEYCOMB_KEY', 'HONEYCOMB_WRITEKEY', 'HONEYCOMB_TOKEN'),
        (0,names/* namePart */.f0)('HONEYCOMB_INGEST_KEY', 'HONEYCOMB_CONFIG_KEY', 'HONEYCOMB_MANAGEMENT_KEY'),
    ],
    guide: {
        principal: '`TEAM_SLUG/ENVIRONMENT_SLUG` from /1/auth (`acme/production`; the team slug alone for a classic key; `acme/*` for any environment)',
        verified: '/1/auth names the team and the environment (US, else EU region); an environment named like development or staging, used in production, is reported by no-dev-keys-in-prod',
        invalid: '401 from both regions (or from the one --endpoint names): deleted, disabled or never valid',
        unknown: 'another answer, or no answer (management keys are not sent: no identity call is confirmed for them)',
    },
    errorText: ['error'],
    calls: {
        // A key of the EU region is unknown in the US one: ask there, unless --endpoint named the host.
        us: region(US, 'US', (a) => (a.context.declaredEndpoint ? honeycomb_refused(a) : next('eu'))),
        eu: region(EU, 'EU', honeycomb_refused),
    },
});
/** `GET /1/auth` in one region: 200 names the key; 401 (any body) is how every region refuses one. */
function region(base, name, refusal) {
    const named = { body: { 'team.slug': /./ } };
    return get(base, '/1/auth', {
        auth: header('x-honeycomb-team'),
        answers: [on(200, accept(auth(name)), named), on(401, refusal, { anyBody: true })],
    });
}
function honeycomb_refused(a) {
    const who = a.context.declaredEndpoint ? 'Honeycomb refuses' : 'Honeycomb US and EU both refuse';
    return (0,outcome/* invalid */.Gq)('revoked', `${who} this key (deleted or disabled, or never valid)${a.said}`);
}
/**
 * `GET /1/auth`: the team, the environment (empty for classic keys), the key type and what it may do.
 * The key id is left out: it is the first half of an ingest key's value.
 */
function auth(region) {
    return (a) => {
        const team = a.text('team.slug');
        const environment = { name: a.text('environment.name'), slug: a.text('environment.slug') };
        const type = a.text('type');
        const access = a.get('api_key_access');
        const scopes = access !== null && typeof access === 'object'
            ? Object.entries(access).flatMap(([name, allowed]) => (allowed === true ? [a.clean(name)] : []))
            : undefined;
        const placed = placedIn([environment.name, environment.slug], (name) => `Honeycomb /1/auth environment "${name}"`);
        return {
            principal: {
                team,
                ...a.fields({ teamName: 'team.name', environment: 'environment.name', environmentSlug: 'environment.slug' }),
                ...a.fields(['type']),
                ...(a.context.declaredEndpoint ? {} : { region }),
            },
            facts: [
                fact('principal', environment.slug ? `${team}/${environment.slug}` : team, 'Honeycomb /1/auth team/environment slugs'),
                fact('account', team, 'Honeycomb /1/auth team slug'),
                fact('principalKind', 'service', 'a Honeycomb API key belongs to its team and environment, not a person'),
                ...(type ? [fact('keyType', type, 'Honeycomb /1/auth type')] : []),
                ...(scopes ? [fact('scopes', scopes, 'Honeycomb /1/auth api_key_access')] : []),
                ...(placed ? [placed] : []),
            ],
            ...(environment.name && !placed
                ? { note: `the Honeycomb environment "${environment.name}" names no production, staging or development` }
                : {}),
        };
    };
}

;// CONCATENATED MODULE: ./src/providers/huggingface.ts
// Hugging Face: user access tokens and legacy org tokens, the secret names that point at Hugging Face,
// and whoami-v2. Facts from PROVIDERS.md section 15.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const huggingface_BODY = 'bUuZ33SlrnBYDtZtxUSihhyS63C2L1NGuK';
/** Hugging Face Hub tokens: prefix + 34 characters (TH huggingface regex). No test/live distinction. */
const huggingface = defineProvider({
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
        (0,names/* namePart */.f0)('HUGGINGFACE', 'HUGGING_FACE', 'HUGGINGFACEHUB', 'HF_TOKEN', 'HF_API', 'HF_HUB', 'HF_ACCESS'),
    ],
    guide: {
        principal: 'the user or organization `name` of whoami-v2',
        verified: 'whoami-v2 names the user, organization or app, with the token role and dates',
        invalid: '401: the token is unknown or revoked',
        unknown: 'any other answer (no answer for a disabled account is documented)',
    },
    errorText: ['error'],
    calls: {
        // The user, organization or app behind the token, its role or fine-grained permissions, its dates.
        whoami: get('https://huggingface.co', '/api/whoami-v2', {
            auth: bearer(),
            answers: [
                on(200, accept(whoami)),
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'Hugging Face rejected the token{said}'), { anyBody: true }),
            ],
        }),
    },
});
function whoami(a) {
    const name = a.text('name');
    const type = a.text('type');
    if (!name || !type)
        return (0,outcome/* unexpected */.os)(a, 'a whoami-v2 answer without a name and type');
    const { id, type: authType, displayName: tokenName } = a.fields(['id', 'auth.type', 'auth.accessToken.displayName']);
    const principal = { name, type, ...{ id, authType, tokenName } };
    for (const field of ['id', 'authType', 'tokenName'])
        if (principal[field] === undefined)
            delete principal[field];
    const facts = [fact('principal', name, `whoami-v2 name (type ${type})`)];
    // An organization or an OAuth app is not a person; a user account counts as human (SPEC section 3).
    if (type === 'org' || type === 'app')
        facts.push(fact('principalKind', 'service', `whoami-v2 type ${type}`));
    else if (type === 'user')
        facts.push(fact('principalKind', 'human', 'whoami-v2 type user'));
    const scopes = scopesOf(a);
    if (scopes)
        facts.push(fact('scopes', scopes.values, scopes.detail));
    for (const [name, field] of [
        ['created', 'createdAt'],
        ['expires', 'expiration'],
    ]) {
        const date = (0,dates/* parseDate */._U)(a.text(`auth.accessToken.${field}`));
        if (date)
            facts.push(fact(name, date.toISOString(), `whoami-v2 auth.accessToken.${field}`));
    }
    return { principal, facts };
}
/**
 * A classic token's role (`read`, `write`, `admin`...) is its one scope. A fine-grained token's scopes
 * are its global permissions plus each scoped permission as `permission@entity-type/entity-name`.
 */
function scopesOf(a) {
    const fine = a.get('auth.accessToken.fineGrained');
    if (fine !== null && typeof fine === 'object' && !Array.isArray(fine)) {
        const values = new Set();
        for (const permission of list(a.get('auth.accessToken.fineGrained.global'))) {
            if (a.clean(permission))
                values.add(a.clean(permission));
        }
        for (const scoped of list(a.get('auth.accessToken.fineGrained.scoped'))) {
            const item = scoped;
            const target = [a.clean(item?.entity?.type), a.clean(item?.entity?.name)].filter(Boolean).join('/');
            for (const permission of list(item?.permissions)) {
                const clean = a.clean(permission);
                if (clean)
                    values.add(target ? `${clean}@${target}` : clean);
            }
        }
        return { values: [...values].sort(), detail: 'whoami-v2 auth.accessToken.fineGrained' };
    }
    const role = a.text('auth.accessToken.role');
    if (role && role !== 'fineGrained')
        return { values: [role], detail: 'whoami-v2 auth.accessToken.role' };
    return undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./src/providers/launchdarkly.ts
// LaunchDarkly: API access tokens (`api-`) and server-side SDK keys (`sdk-`, one environment of one
// project; mobile keys, `mob-`, are public and left out), the secret names that point at LaunchDarkly, and
// GET /api/v2/caller-identity. Facts from PROVIDERS.md section 33. The federal instance
// (app.launchdarkly.us) is reached through `--endpoint launchdarkly=https://app.launchdarkly.us`.





// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const launchdarkly_UUID = '9f3e2a71-' + '5c4b-4d8e-' + 'a1f0-6b7c2d9e4f81';
const launchdarkly_BASE = 'https://app.launchdarkly.com';
const FEDERAL = 'or a key of the federal instance (--endpoint launchdarkly=https://app.launchdarkly.us)';
function format(prefix, type, more = {}) {
    return {
        type,
        // A version-4 UUID after the prefix (TH launchdarkly regex, hex only).
        pattern: new RegExp(`^${prefix}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$`),
        examples: [`${prefix}-${launchdarkly_UUID}`],
        counterExamples: [launchdarkly_UUID.replace('-4d8e-', '-1d8e-'), launchdarkly_UUID.toUpperCase(), launchdarkly_UUID.slice(1)].map((u) => `${prefix}-${u}`),
        ...more,
    };
}
/** LaunchDarkly keys by prefix. */
const launchdarkly = defineProvider({
    id: 'launchdarkly',
    name: 'LaunchDarkly',
    formats: [
        format('sdk', 'sdk-key', {
            principalKind: 'service',
            principalDetail: 'a server-side SDK key (sdk-): it belongs to one environment, not to a person',
        }),
        // `api-` is a common word: such a value is a LaunchDarkly token only beside a LaunchDarkly name.
        format('api', 'access-token', { needsNameHint: true }),
    ],
    namePatterns: [(0,names/* credentialNames */.MR)('LAUNCHDARKLY', 'LAUNCH_DARKLY', 'LAUNCHDARKLY_SDK', 'LD', 'LD_SDK')],
    guide: {
        principal: 'SDK keys: `project/environment` by name (`Web/Production`); personal access tokens: the member id; service tokens: the token name',
        verified: "caller-identity names the SDK key's project and environment (its environment becomes keyEnvironment), or the token, its member or service kind and scopes",
        invalid: `401 unauthorized: revoked, reset or never valid, ${FEDERAL}`,
        unknown: 'another answer, or no answer (mobile keys, `mob-`, are public: keybound does not take them for secrets)',
    },
    errorText: ['message'],
    calls: {
        // The key travels as the whole Authorization header, with no scheme.
        identity: get(launchdarkly_BASE, '/api/v2/caller-identity', {
            auth: header('authorization'),
            answers: [
                on(200, accept(identity), { body: { accountId: /./ } }),
                // Matched on the code: the message's case differs between the docs and live answers.
                on(401, (0,outcome/* invalid */.Gq)('revoked', `LaunchDarkly refuses this key (unauthorized): revoked, reset or never valid, ${FEDERAL}`), {
                    body: { code: 'unauthorized' },
                }),
            ],
        }),
        // Best effort, access tokens only: the token's role and creation date.
        token: get(launchdarkly_BASE, '/api/v2/tokens/{tokenId}', {
            auth: header('authorization'),
            optional: (why) => `the token's role and creation date could not be read (${why})`,
            answers: [on(200, accept(launchdarkly_token))],
        }),
    },
});
/** What caller-identity says: an SDK key's project and environment, or an access token's owner. */
function identity(a) {
    const account = a.text('accountId');
    const principal = { account, ...a.fields(['authKind', 'tokenKind', 'tokenName', 'tokenId', 'memberId']) };
    const read = a.credential.format.type === 'sdk-key' ? sdkKey(a) : accessToken(a);
    if ('status' in read)
        return read;
    const facts = [...(read.facts ?? []), fact('account', account, 'LaunchDarkly caller-identity accountId')];
    return { ...read, principal: { ...principal, ...read.principal }, facts };
}
/** An SDK key belongs to one environment of one project: the provider's name for it is the key's environment. */
function sdkKey(a) {
    const [project, environment] = [a.text('projectName'), a.text('environmentName')];
    if (!project || !environment)
        return (0,outcome/* unexpected */.os)(a, 'LaunchDarkly named no project and environment for an SDK key');
    const facts = [
        fact('principal', `${project}/${environment}`, 'LaunchDarkly caller-identity projectName/environmentName'),
        fact('principalKind', 'service', 'a LaunchDarkly SDK key belongs to an environment, not to a person'),
    ];
    // Mapped like a deploy environment's name; another name (`Customer A`) records nothing.
    const placed = (0,discovery_environment/* conventionInName */.QG)(environment);
    if (placed)
        facts.push(fact('keyEnvironment', placed, `LaunchDarkly: environment ${environment} of project ${project}`));
    const ids = [a.text('projectId'), a.text('environmentId')];
    return {
        principal: { project, environment },
        facts,
        aliases: ids.every(Boolean) ? [ids.join('/')] : [],
        ...(placed
            ? {}
            : { note: `LaunchDarkly environment ${environment} is no production, staging or development name` }),
    };
}
/** A personal token names its member; a service token (`serviceToken: true`) only itself. */
function accessToken(a) {
    const service = a.get('serviceToken') === true;
    const [member, tokenId, tokenName] = [a.text('memberId'), a.text('tokenId'), a.text('tokenName')];
    const named = service ? tokenName || tokenId : member;
    if (!named)
        return (0,outcome/* unexpected */.os)(a, 'LaunchDarkly named neither a member nor a service token');
    const facts = [
        fact('principal', named, `LaunchDarkly caller-identity ${service ? 'tokenName (service token)' : 'memberId'}`),
        service
            ? fact('principalKind', 'service', 'a LaunchDarkly service token (serviceToken: true)')
            : fact('principalKind', 'human', 'a personal access token of a LaunchDarkly member (serviceToken: false)'),
    ];
    const scopes = a.all('scopes').map((scope) => a.clean(scope));
    if (scopes.some(Boolean))
        facts.push(fact('scopes', scopes.filter(Boolean), 'LaunchDarkly caller-identity scopes'));
    // The token id is no secret, but the next path takes it as a part, like any other.
    const next = /^[0-9a-f]{24}$/.test(tokenId)
        ? { next: 'token', carry: { tokenId: new secret/* SecretValue */.i(tokenId, 'ld') } }
        : {};
    return { facts, aliases: [tokenId, tokenName, member].filter((name) => name && name !== named), ...next };
}
/** The token's built-in role (`reader`, `writer`, `admin`...) and custom roles, and when it was made. */
function launchdarkly_token(a) {
    const facts = [];
    const roles = [a.get('role'), ...a.all('customRoleIds')].map((role) => a.clean(role)).filter(Boolean);
    if (roles.length > 0 && !a.sofar.facts.some((f) => f.fact === 'scopes')) {
        facts.push(fact('scopes', roles, 'LaunchDarkly GET /api/v2/tokens/{id} role, customRoleIds'));
    }
    const created = a.get('creationDate');
    if (typeof created === 'number' && created > 0 && created < 8.64e15) {
        facts.push(fact('created', new Date(created).toISOString(), 'LaunchDarkly GET /api/v2/tokens/{id} creationDate'));
    }
    return { facts };
}

;// CONCATENATED MODULE: ./src/providers/netlify.ts
// Netlify: personal access tokens (nfp_) and legacy tokens, the secret names that point at Netlify,
// and GET /api/v1/user. Facts from PROVIDERS.md section 41.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const netlify_BODY = 'Gh4Jk6Lm8Nq0' + 'Rs2Tv4Wx6Yz8' + 'Ab1Cd3Ef5Gh7';
/** Netlify tokens act as the user who made them: Netlify documents no service accounts. */
const netlify = defineProvider({
    id: 'netlify',
    name: 'Netlify',
    formats: [
        {
            type: 'personal-token',
            pattern: /^nfp_[A-Za-z0-9_]{36}$/,
            principalKind: 'human',
            principalDetail: 'a personal access token (nfp_)',
            examples: ['nfp_' + netlify_BODY],
            counterExamples: ['nfp_' + netlify_BODY.slice(1), 'nfp-' + netlify_BODY, 'nfp_' + netlify_BODY.replace('4', '-')],
        },
        {
            // Personal and OAuth tokens made before the prefix: about 40 to 45 URL-safe characters.
            type: 'legacy-token',
            pattern: /^[A-Za-z0-9_-]{40,64}$/,
            needsNameHint: true,
            examples: [netlify_BODY + 'Zx9-Yw'],
            // A site id (a UUID) and a build hook id sit beside the token under NETLIFY_ names.
            counterExamples: ['5f3c2a1e-' + '9b8d-4c7e-a6f5-0e1d2c3b4a59', '6478f6a1b2c3d4e5f6a7b8c9'],
        },
    ],
    // Token names only: NETLIFY_SITE_ID and build hook ids beside the token are not Netlify keys.
    namePatterns: [
        (0,names/* namePart */.f0)('NETLIFY_AUTH_TOKEN', 'NETLIFY_TOKEN', 'NETLIFY_API_TOKEN', 'NETLIFY_ACCESS_TOKEN', 'NETLIFY_PAT', 'NETLIFY_API_KEY', 'NETLIFY_KEY'),
    ],
    guide: {
        principal: 'the e-mail of `GET /api/v1/user` (its user `id` also matches)',
        verified: '/user names the user the token acts as (always a person)',
        invalid: '401, with a JSON body or none: revoked, expired or never valid',
        unknown: 'no answer, or one Netlify does not document',
    },
    errorText: ['message', 'error'],
    calls: {
        user: get('https://api.netlify.com', '/api/v1/user', {
            auth: bearer(),
            answers: [
                on(200, accept(netlify_user)),
                // Some 401s come with an empty body (netlify/cli#622).
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'Netlify does not accept this token (revoked, expired or never valid){said}'), {
                    anyBody: true,
                }),
            ],
        }),
    },
});
/** `GET /api/v1/user`: `id`, `email`, `full_name`, `last_login`. */
function netlify_user(a) {
    const email = a.text('email');
    const id = a.text('id');
    if (!email || !id)
        return (0,outcome/* unexpected */.os)(a, 'Netlify answered GET /api/v1/user without an id and email');
    return {
        principal: { email, id, ...a.fields(['full_name', 'last_login']) },
        aliases: [id],
        facts: [
            fact('principal', email, 'Netlify GET /api/v1/user email'),
            fact('principalKind', 'human', 'a Netlify token acts as its user (Netlify has no service accounts)'),
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/notion.ts
// Notion: integration tokens (`ntn_`, and the older `secret_` beside a Notion name), the secret names
// that point at Notion, and GET /v1/users/me. Facts from PROVIDERS.md section 31.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ALNUM = 'Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uRk2Vn8Tq4W';
/** Notion integrations: the bot user of an internal or public integration. */
const notion = defineProvider({
    id: 'notion',
    name: 'Notion',
    formats: [
        {
            // Current tokens: `ntn_` + 11 digits + 35 letters and digits (the gitleaks and 2ms rule;
            // PROVIDERS.md section 31 has the prefix only, UNCONFIRMED).
            type: 'integration-token',
            pattern: /^ntn_[0-9]{11}[A-Za-z0-9]{35}$/,
            examples: ['ntn_' + '31415926535' + ALNUM.slice(0, 35)],
            counterExamples: [
                'ntn_' + ALNUM.slice(0, 46),
                'ntn_' + '31415926535' + ALNUM.slice(0, 30),
                'ntn-' + '31415926535' + ALNUM.slice(0, 35),
            ],
        },
        {
            // `secret_` is a common word: such a value is a Notion token only beside a Notion name, so a
            // `secret_…` of another service is never sent to Notion.
            type: 'internal-integration-secret',
            pattern: /^secret_[A-Za-z0-9]{43}$/,
            needsNameHint: true,
            examples: ['secret_' + ALNUM.slice(0, 43)],
            counterExamples: [
                'secret_' + ALNUM.slice(0, 42),
                'secret-' + ALNUM.slice(0, 43),
                'secret_' + ALNUM.slice(0, 42) + '_',
            ],
        },
    ],
    namePatterns: [(0,names/* credentialNames */.MR)('NOTION', 'NOTION_INTEGRATION')],
    guide: {
        principal: "the integration's bot user id of `GET /v1/users/me` (its name works too)",
        verified: 'users/me names the bot; `bot.owner.type` workspace is a service principal, `user` an integration a person authorised (human)',
        invalid: '401 unauthorized: the token is revoked or never valid',
        unknown: '403 restricted_resource (a working token without the capability), another answer, or no answer',
    },
    errorText: ['message'],
    calls: {
        me: get('https://api.notion.com', '/v1/users/me', {
            auth: bearer(),
            // Required: Notion refuses requests without a version.
            headers: { 'notion-version': '2022-06-28' },
            answers: [
                on(200, accept(notion_me), { body: { object: 'user' } }),
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'Notion does not accept this token (unauthorized): revoked or never valid{said}'), {
                    body: { code: 'unauthorized' },
                }),
                // UNCONFIRMED for users/me: the token works but lacks a capability.
                on(403, (0,outcome/* unknown */.L5)('insufficient-scope', 'Notion accepted the token, but it may not read its bot user (restricted_resource)'), { body: { code: 'restricted_resource' } }),
            ],
        }),
    },
});
/** The bot user; its owner says whether a workspace or a person stands behind it. */
function notion_me(a) {
    const id = a.text('id');
    if (!/^[0-9a-f-]{32,36}$/i.test(id))
        return (0,outcome/* unexpected */.os)(a, 'Notion answered users/me without a user id');
    const owner = a.text('bot.owner.type');
    const name = a.text('name');
    const workspace = a.text('bot.workspace_name');
    const facts = [fact('principal', id, 'Notion GET /v1/users/me id')];
    if (owner === 'workspace') {
        facts.push(fact('principalKind', 'service', 'a workspace-owned Notion integration (bot.owner.type workspace)'));
    }
    else if (owner === 'user') {
        facts.push(fact('principalKind', 'human', 'a Notion integration a person authorised (bot.owner.type user)'));
    }
    if (workspace)
        facts.push(fact('account', workspace, 'Notion users/me bot.workspace_name'));
    return {
        principal: {
            id,
            ...a.fields(['name', 'type']),
            ...(owner ? { owner } : {}),
            ...a.fields({ owner_id: 'bot.owner.user.id', workspace: 'bot.workspace_name' }),
        },
        facts,
        ...(name ? { aliases: [name] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/npm.ts
// npm: registry access tokens, the secret names that point at npm, and whoami. Facts from PROVIDERS.md
// section 12 (docs.npmjs.com/about-access-tokens).



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const npm_BODY = 'vPHeq7lLuBPMgIytpUs8ZkVhng2UWBqlN8mq';
/** npm registry tokens. Always tied to a user account; no test/live distinction. */
const npm = defineProvider({
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
    namePatterns: [(0,names/* namePart */.f0)('NPM', 'NODE_AUTH_TOKEN', 'NPMJS')],
    guide: {
        principal: 'the npm username (`npm whoami`)',
        verified: 'whoami names the user',
        invalid: '401: the token does not exist or was revoked',
        unknown: '403: a valid token used from outside its CIDR allowlist',
    },
    errorText: ['error', 'message'],
    calls: {
        // npm tokens always act as a user account: `human` (npm gives no signal for a machine user).
        whoami: get('https://registry.npmjs.org', '/-/whoami', {
            auth: bearer(),
            answers: [
                on(200, accept((a) => a.text('username')
                    ? {
                        principal: { username: a.text('username') },
                        facts: [
                            fact('principal', a.text('username'), 'npm whoami username'),
                            fact('principalKind', 'human', 'an npm user account'),
                        ],
                    }
                    : (0,outcome/* unexpected */.os)(a, 'a whoami answer without a username'))),
                // A token that does not exist or was revoked (legacy tokens: revoked in 2025).
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'npm rejected the token{said}'), { anyBody: true }),
                // A valid token used from an address outside its CIDR allowlist (PROVIDERS.md section 12).
                on(403, (0,outcome/* unknown */.L5)('insufficient-scope', 'npm refused the token from this address (its CIDR allowlist?){said}'), {
                    anyBody: true,
                }),
            ],
        }),
    },
});

;// CONCATENATED MODULE: ./src/providers/okta.ts
// Okta: SSWS API tokens (`00` + 40 characters, counted only beside an Okta name) and the user they act
// as, from GET /api/v1/users/me on the token's own org. Okta has no default host: the org domain comes
// only from --endpoint. Facts from PROVIDERS.md section 24 (help.okta.com "Manage Okta API tokens").



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const okta_BODY = 'Xq7Lm2Np9Rs4Tv8Wz1Ab' + '3Cd5Ef6Gh0Jk_Mn-PqYs';
// "Tokens are valid only if the user who created them is active": a creator never or no longer active is
// user-inactive even when the call answered; an activated user's sub-states leave the token working.
const INACTIVE = ['SUSPENDED', 'DEPROVISIONED', 'STAGED', 'PROVISIONED'];
const ACTIVATED = ['ACTIVE', 'RECOVERY', 'LOCKED_OUT', 'PASSWORD_EXPIRED'];
const okta_REFUSED = (0,outcome/* invalid */.Gq)('revoked', 'Okta does not accept this token (E0000011 Invalid token provided): it was revoked, went unused for 30 days, or the admin who created it was deactivated; or it belongs to another Okta org than --endpoint names');
const ZONES = (0,outcome/* unknown */.L5)('unexpected-response', 'Okta refused GET /api/v1/users/me (HTTP 403{said}): the token may be limited to network zones this runner is outside of');
/** Okta SSWS API tokens: each acts as the admin who created it, with that admin's roles. */
const okta = defineProvider({
    id: 'okta',
    name: 'Okta',
    formats: [
        {
            type: 'api-token',
            // TH okta.go; `00` is too common a start to count without an Okta name.
            pattern: /^00[A-Za-z0-9_-]{40}$/,
            needsNameHint: true,
            principalKind: 'human',
            principalDetail: 'an Okta API token acts as the admin who created it',
            examples: ['00' + okta_BODY],
            counterExamples: ['00' + okta_BODY.slice(1), '01' + okta_BODY.slice(0, 40), '00' + okta_BODY + 'x', '00' + okta_BODY.slice(1) + '.'],
        },
    ],
    // Token names only: OKTA_CLIENT_SECRET or OKTA_ORG_URL beside it are no SSWS token.
    namePatterns: [(0,names/* keyName */.xT)(['OKTA'], ['TOKEN', 'API_KEY'])],
    tenant: { what: 'the Okta org domain', example: 'https://{org}.okta.com' },
    guide: {
        principal: 'the login (`profile.login`, usually an e-mail) of the admin who created the token, or the user id `00u…`',
        verified: 'GET /api/v1/users/me names the admin the token acts as, and that user is active (RECOVERY, LOCKED_OUT and PASSWORD_EXPIRED are verified with a note)',
        invalid: '401 E0000011 (revoked, unused for 30 days, its creator deactivated, or a token of another org than --endpoint names); the creator SUSPENDED, DEPROVISIONED, STAGED or PROVISIONED (user-inactive)',
        unknown: '403 (a token limited to network zones the runner is outside of), another error, or no answer; `skipped` (no-endpoint) without --endpoint okta=https://{org}.okta.com',
    },
    errorText: ['errorSummary'],
    calls: {
        me: get(TENANT, '/api/v1/users/me', {
            auth: (parts) => ({ authorization: `SSWS ${parts.key.reveal()}` }),
            answers: [
                on(200, accept(okta_user), { body: { id: /./, status: [...ACTIVATED, ...INACTIVE] } }),
                // Okta does not say which cause (PROVIDERS.md): all are named.
                on(401, okta_REFUSED, { body: { errorCode: 'E0000011' } }),
                // A network-zone refusal is undocumented in status and body: never taken as a dead token.
                on(403, ZONES, { body: { errorCode: /./ } }),
            ],
        }),
    },
});
/** The user the token acts as: its login names the principal, its lifecycle state decides. */
function okta_user(a) {
    const [login, id, status] = ['profile.login', 'id', 'status'].map((path) => a.text(path));
    if (!login)
        return (0,outcome/* unexpected */.os)(a, 'Okta answered GET /api/v1/users/me without profile.login');
    const facts = [
        fact('principal', login, 'Okta GET /api/v1/users/me profile.login (the admin who created the token)'),
        fact('principalKind', 'human', 'an Okta user: the token acts as its creator, and Okta marks no service accounts'),
    ];
    if (INACTIVE.includes(status)) {
        return (0,outcome/* invalid */.Gq)('user-inactive', `the Okta user who created this token (${login}) is ${status}: a token acts as its creator, and Okta accepts tokens only of active users`, facts);
    }
    return {
        principal: { id, login, status, ...a.fields({ email: 'profile.email' }) },
        facts,
        aliases: [id],
        ...(status === 'ACTIVE'
            ? {}
            : { note: `the Okta user who created this token is ${status}; the token still works` }),
    };
}

;// CONCATENATED MODULE: ./src/providers/openai.ts
// OpenAI: project, service-account, admin and legacy user keys, the secret names that point at OpenAI,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 8.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file. `T3BlbkFJ` is
// base64 for "OpenAI" and sits in the middle of real keys.
const LEFT = 'hFoOXqVnd_iRJ0xN9pSsbeRXdvSgLLsZlHc1DGybK_7TuQTCGpxSksslib';
const RIGHT = 'zQdV4Dw_QRCl1So9nTNZuL5bUHvMnEoAyTICkkhM_8g5rRaSHSvmxzU1yl';
const MARK = 'T3Blbk' + 'FJ';
const openai_BASE = 'https://api.openai.com';
/** Body after a named prefix: bounded so matching stays linear (TH openai regex, PROVIDERS.md section 8). */
const openai_TAIL = '[A-Za-z0-9_-]{20,400}';
/** OpenAI API keys. No test/live distinction. */
const openai = defineProvider({
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
    namePatterns: [(0,names/* namePart */.f0)('OPENAI', 'OPEN_AI')],
    guide: {
        principal: 'the organization slug OpenAI sends in `openai-organization` (`user-…` for a personal org, else the org name), or the project id `proj_…`; an `org-…` id only when the undocumented GET /v1/me names it',
        verified: 'the key lists models; the organization and project come from the response headers',
        invalid: '401 invalid_api_key (revoked), 401 account_deactivated (user-inactive)',
        unknown: 'another 401/403 (a region OpenAI refuses), or no answer; 429 insufficient_quota is a mismatch (insufficient-quota): the key works, its account cannot pay',
    },
    errorText: ['error.message'],
    calls: {
        // Documented and cheap: proves the key is live. The principal is in the response headers.
        models: get(openai_BASE, '/v1/models', {
            auth: bearer(),
            answers: [
                on(200, accept(models)),
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'OpenAI rejected the key{said}'), openai_code('invalid_api_key')),
                on(401, (0,outcome/* invalid */.Gq)('user-inactive', 'the OpenAI account behind the key is deactivated{said}'), openai_code('account_deactivated')),
                // A restricted key without the models permission: OpenAI authenticated it, then refused the call.
                on(401, accept((a) => ({ note: `OpenAI accepted the key, but it is restricted and may not list models${a.said}` })), {
                    body: { 'error.message': /missing scopes|insufficient permissions/i },
                }),
                // Not rate limiting: the key works, its account has no quota or credit left. Never retried.
                on(429, (0,outcome/* mismatch */.J4)('insufficient-quota', 'the account behind this key cannot pay: OpenAI accepted the key, but its organization has no quota or credit left (insufficient_quota){said}'), { final: true, when: (a) => [a.get('error.code'), a.get('error.type')].includes('insufficient_quota') }),
                on(403, (0,outcome/* unknown */.L5)('unexpected-response', "OpenAI refuses requests from this runner's region; the key was not judged{said}"), openai_code('unsupported_country_region_territory')),
                on([401, 403], (a) => (0,outcome/* unknown */.L5)('unexpected-response', `OpenAI refused the request (HTTP {status} ${a.text('error.code')}`.trim() + '){said}')),
            ],
        }),
        // UNDOCUMENTED (not in openai-openapi): best effort for the user and the org-… id behind the key.
        // Asked only after the key was accepted; whatever it answers never changes the status.
        me: get(openai_BASE, '/v1/me', {
            note: 'undocumented; best effort',
            auth: bearer(),
            optional: () => '',
            answers: [on(200, accept(openai_me))],
        }),
    },
});
/** OpenAI's error code (`{"error": {"code": …}}`). */
function openai_code(value) {
    return { body: { 'error.code': value } };
}
/** The organization slug and project id from the headers; an `org-…` id needs /v1/me. */
function models(a) {
    if (!Array.isArray(a.get('data')))
        return (0,outcome/* unexpected */.os)(a, 'a /v1/models answer without a model list');
    const organization = a.header('openai-organization');
    const project = a.header('openai-project');
    return {
        principal: { ...(organization ? { organization } : {}), ...(project ? { project } : {}) },
        facts: organization ? [fact('principal', organization, 'openai-organization response header')] : [],
        ...(project ? { aliases: [project] } : {}),
        // A declared org-… id cannot be held against the slug; GET /v1/me may name it.
        unconfirmable: ['org-*'],
        ...(organization ? {} : { note: 'OpenAI accepted the key but named no organization' }),
        next: 'me',
    };
}
/** The user, the organizations, and the org-… id of the organization the headers named. */
function openai_me(a) {
    const user = a.text('email') || a.text('id');
    const orgs = a.get('orgs.data');
    const list = Array.isArray(orgs) ? orgs : [];
    const names = list.map((org) => a.clean(org?.name) || a.clean(org?.id)).filter((name) => name !== '');
    const slug = a.sofar.principal.organization;
    const ids = list
        .filter((org) => org?.name !== undefined && a.clean(org.name) === slug)
        .map((org) => a.clean(org.id))
        .filter((id) => /^org-[A-Za-z0-9]{1,64}$/.test(id));
    return {
        principal: {
            ...(user ? { user } : {}),
            ...(names.length > 0 ? { organizations: names.slice(0, 20).join(', ') } : {}),
        },
        ...(ids.length > 0 ? { aliases: ids, unconfirmable: [] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/openrouter.ts
// OpenRouter: API keys (sk-or-v1-), the secret names that point at OpenRouter, and GET /api/v1/key.
// Facts from PROVIDERS.md section 42. SECURITY: the management endpoints (POST/PATCH/DELETE
// /api/v1/keys…) create, change and delete keys; they are not declared, so the client refuses them.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const openrouter_HEX = '3c9f1a7e5b2d8046' + 'e1f7a3c95d0b2e84' + '6a1c7f3e9b5d2048' + 'c6e2a8f4b0d7e193';
/** What the key may do, from the answer's flags ("is_management_key", "is_provisioning_key"). */
function kind(a) {
    if (a.get('data.is_management_key') === true)
        return 'management-key';
    if (a.get('data.is_provisioning_key') === true)
        return 'provisioning-key';
    return 'inference-key';
}
/** OpenRouter API keys: inference, provisioning and management keys share the format. */
const openrouter = defineProvider({
    id: 'openrouter',
    name: 'OpenRouter',
    formats: [
        {
            type: 'api-key',
            pattern: /^sk-or-v1-[0-9a-f]{64}$/,
            examples: ['sk-or-v1-' + openrouter_HEX],
            counterExamples: ['sk-or-v1-' + openrouter_HEX.slice(1), 'sk-or-v2-' + openrouter_HEX, 'sk-or-v1-' + openrouter_HEX.toUpperCase()],
        },
    ],
    namePatterns: [(0,names/* namePart */.f0)('OPENROUTER_API_KEY', 'OPENROUTER_KEY', 'OPENROUTER_TOKEN', 'OPEN_ROUTER_API_KEY')],
    guide: {
        principal: 'the `creator_user_id` of `GET /api/v1/key` (`user_…`: for an organization key, the member who made it)',
        verified: '/key describes the key: its creator, kind (inference, provisioning, management), expiry and credit limit',
        invalid: '401 "User not found." (deleted, expired or never valid)',
        unknown: 'another 401 (no key reached OpenRouter), or no answer; 402 is a mismatch (insufficient-quota): no credit',
    },
    errorText: ['error.message'],
    calls: {
        key: get('https://openrouter.ai', '/api/v1/key', {
            auth: bearer(),
            answers: [
                on(200, accept(key)),
                on(401, (0,outcome/* invalid */.Gq)('revoked', 'OpenRouter does not know this key (deleted, expired or never valid){said}'), {
                    body: { 'error.message': /user not found/i },
                }),
                on(401, (0,outcome/* unknown */.L5)('unexpected-response', 'OpenRouter says no key reached it{said}'), {
                    body: { 'error.message': /no auth credentials/i },
                }),
                // Out of credits (documented for inference; UNCONFIRMED for /key): the key itself is valid.
                on(402, (0,outcome/* mismatch */.J4)('insufficient-quota', 'OpenRouter accepts this key, but its account has no credit left{said}')),
            ],
        }),
    },
});
/** `GET /api/v1/key`: `data` with the creator, the key's kind, its expiry and spend limit. */
function key(a) {
    const data = a.get('data');
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return (0,outcome/* unexpected */.os)(a, 'OpenRouter answered GET /api/v1/key without a data object');
    }
    // SECURITY: `label` quotes the key's first and last characters; it is never read.
    const creator = a.text('data.creator_user_id');
    const type = kind(a);
    const limit = a.get('data.limit');
    const facts = [fact('keyType', type, 'OpenRouter GET /api/v1/key flags')];
    if (creator)
        facts.unshift(fact('principal', creator, 'OpenRouter GET /api/v1/key creator_user_id'));
    const expires = (0,dates/* parseDate */._U)(a.text('data.expires_at'));
    if (expires)
        facts.push(fact('expires', expires.toISOString(), 'OpenRouter GET /api/v1/key expires_at'));
    const remaining = a.get('data.limit_remaining');
    const notes = [
        ...(creator ? [] : ['OpenRouter names no creator for this key']),
        ...(typeof remaining === 'number' && remaining <= 0 ? ['its credit limit is used up (limit_remaining 0)'] : []),
    ];
    return {
        principal: {
            ...(creator ? { creator_user_id: creator } : {}),
            kind: type,
            // A production policy may require a cap: `none` when the key has no credit limit (null).
            ...(typeof limit === 'number' ? { limit } : limit === null ? { limit: 'none' } : {}),
            ...a.fields({ limit_remaining: 'data.limit_remaining', limit_reset: 'data.limit_reset' }),
            ...a.fields({ is_free_tier: 'data.is_free_tier' }),
        },
        facts,
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/sendgrid.ts
// SendGrid (Twilio SendGrid): the `SG.` API key, the secret names that point at SendGrid, and the
// calls a smoke check makes. Facts from PROVIDERS.md section 10.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const sendgrid_ID = 'tk5APAg81ZTf-YY2aTbqeP';
const sendgrid_SECRET = 'HlPFGqSOjDIzZ6VIsWSKosBQ8or9tLwQax5m1tEJ3lw';
const sendgrid_BASE = 'https://api.sendgrid.com';
/** 401 with SendGrid's JSON errors: SendGrid does not say which of invalid, expired or revoked. */
const sendgrid_REFUSED = on(401, (0,outcome/* invalid */.Gq)('revoked', 'SendGrid does not accept this key (invalid, expired or revoked; a suspended account may answer the same)'));
/** SendGrid API keys: `SG.` + 22 + `.` + 43 (TH allows 20–24 and 39–50). No test/live distinction. */
const sendgrid = defineProvider({
    id: 'sendgrid',
    name: 'SendGrid',
    formats: [
        {
            type: 'api-key',
            pattern: /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/,
            examples: ['SG.' + sendgrid_ID + '.' + sendgrid_SECRET],
            counterExamples: ['SG.' + sendgrid_ID + sendgrid_SECRET, 'sg.' + sendgrid_ID + '.' + sendgrid_SECRET, 'SG.' + sendgrid_ID + '.' + sendgrid_SECRET.slice(0, 30)],
        },
    ],
    namePatterns: [(0,names/* namePart */.f0)('SENDGRID', 'SEND_GRID')],
    guide: {
        principal: 'the account username (`GET /v3/user/username`; needs a `user.*` read scope)',
        verified: 'the key lists its scopes, and names its account when it may',
        invalid: '401: the key is invalid, expired or revoked (SendGrid does not say which)',
        unknown: 'no answer, or one SendGrid does not document',
    },
    calls: {
        // Every scope of the calling key; needs none. SendGrid keys are API keys of an account, never a
        // person's login: service principals.
        scopes: get(sendgrid_BASE, '/v3/scopes', {
            auth: bearer(),
            answers: [
                on(200, accept((a) => ({
                    facts: [
                        fact('scopes', a
                            .all('scopes')
                            .map((scope) => a.clean(scope))
                            .filter(Boolean), 'SendGrid GET /v3/scopes'),
                        fact('principalKind', 'service', 'a SendGrid API key (account-level, not a login)'),
                    ],
                    next: 'username',
                })), {
                    when: (a) => Array.isArray(a.get('scopes')) && a.all('scopes').every((scope) => typeof scope === 'string'),
                }),
                sendgrid_REFUSED,
            ],
        }),
        // The account behind it; 403 without a user.* read scope. A failure here that says nothing about
        // the key (timeout, 5xx, rate limit) leaves the result inconclusive: the principal is then unknown.
        username: get(sendgrid_BASE, '/v3/user/username', {
            auth: bearer(),
            answers: [
                on(200, accept((a) => ({
                    principal: a.fields(['username', 'user_id']),
                    facts: [fact('principal', a.text('username'), 'SendGrid GET /v3/user/username username')],
                })), { body: { username: /\S/ } }),
                on(403, accept(() => ({
                    note: 'the key may not read the username (no user.* read scope); who it belongs to is unknown',
                })), { anyBody: true }),
                sendgrid_REFUSED,
            ],
        }),
    },
});

;// CONCATENATED MODULE: ./src/providers/slack.ts
// Slack: token formats by prefix (bot, user, app-level, configuration, refresh, legacy workspace app),
// the secret names that point at Slack, and auth.test. Facts from PROVIDERS.md section 7.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const TEAM = '2718281828';
const USER = '3141592653';
/** Body after the numeric ids: letters, digits and `-`, bounded so matching stays linear. */
const REST = '[A-Za-z0-9-]{16,255}';
/**
 * auth.test errors (HTTP 200, `ok: false`) by Slack's error code: codes, never message text, are matched
 * (PROVIDERS.md). Where one code has two causes, the status is the one that does not mislead a gate and
 * the message names both. Any other code is inconclusive and named.
 */
const slack_REFUSALS = {
    invalid_auth: (0,outcome/* invalid */.Gq)('revoked', "Slack does not accept this token (invalid_auth): it is revoked or was never valid, or the workspace accepts requests only from allow-listed IP addresses and this runner's is not one"),
    // No token reached Slack: the request, not the token, is at fault.
    not_authed: (0,outcome/* unknown */.L5)('unexpected-response', 'Slack says no token reached it (not_authed)'),
    token_revoked: (0,outcome/* invalid */.Gq)('revoked', 'Slack says this token is revoked (token_revoked): revoked, the app removed, or the user or workspace behind it deleted or deactivated'),
    // The failure keybound exists for: "Invalid User Associated With This Key".
    account_inactive: (0,outcome/* invalid */.Gq)('user-inactive', 'the user associated with this key is deactivated (Slack account_inactive: the user or workspace behind the token was deleted or deactivated)'),
    token_expired: (0,outcome/* invalid */.Gq)('expired', 'Slack says this token has expired (token_expired: token rotation)'),
    ratelimited: (0,outcome/* unknown */.L5)('rate-limited', 'Slack rate-limited the check (ratelimited)'),
    // auth.test needs no scope, so this is undocumented: the key may be fine, but whose it is is unknown.
    missing_scope: (0,outcome/* unknown */.L5)('insufficient-scope', 'Slack answered missing_scope to auth.test, which needs no scope; who the key belongs to is unknown'),
};
/** Slack: bot, user, app-level and configuration tokens. */
const slack = defineProvider({
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
    namePatterns: [(0,names/* namePart */.f0)('SLACK')],
    guide: {
        principal: '`TEAM_ID/USER_ID` from auth.test (`T0123/U0456`; `T0123/*` for any user of a workspace); the bot user for bot tokens',
        verified: 'auth.test answers ok with the team and user',
        invalid: 'invalid_auth (revoked, never valid, or an IP allowlist that excludes the runner), token_revoked (also a deactivated user), account_inactive (user-inactive), token_expired',
        unknown: 'not_authed, ratelimited, another error code, or no answer',
    },
    calls: {
        // Read-only and needs no scope: it tells the caller who it is. HTTP 200 for errors too: `ok` decides.
        authTest: post('https://slack.com', '/api/auth.test', {
            note: 'auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)',
            auth: bearer(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: '',
            answers: [
                on(200, accept(slack_identity), { body: { ok: true } }),
                ...Object.entries(slack_REFUSALS).map(([error, result]) => on(200, result, { body: { ok: false, error } })),
                on(200, (a) => {
                    const raw = a.get('error');
                    const code = typeof raw === 'string' && /^[a-z0-9_]{1,64}$/.test(raw) ? raw : undefined;
                    const said = raw === undefined ? 'no error code' : `error ${a.clean(code ?? raw) || 'unreadable'}`;
                    return (0,outcome/* unexpected */.os)(a, `Slack refused auth.test with an error keybound does not know (${said})`);
                }, { body: { ok: false } }),
            ],
        }),
    },
});
/**
 * Who the token acts as. The `principal` fact is `TEAM_ID/USER_ID`, so owners may declare one user of
 * one workspace or any user of a workspace (`T0123/*`); the `account` fact is the team id.
 */
function slack_identity(a) {
    const teamId = a.text('team_id');
    const userId = a.text('user_id');
    if (!teamId || !userId)
        return (0,outcome/* unexpected */.os)(a, 'Slack answered auth.test ok without a team_id and user_id');
    const principal = {
        team_id: teamId,
        user_id: userId,
        ...a.fields(['user', 'team', 'url', 'bot_id', 'app_id', 'enterprise_id']),
    };
    const format = a.credential.format;
    const facts = [
        fact('principal', `${teamId}/${userId}`, 'Slack auth.test team_id/user_id'),
        fact('account', teamId, 'Slack auth.test team_id (workspace)'),
        principal.bot_id !== undefined
            ? fact('principalKind', 'service', 'a Slack bot user (auth.test bot_id)')
            : format.principalKind === 'service'
                ? fact('principalKind', 'service', `${format.principalDetail ?? 'an app token'}, accepted by Slack`)
                : fact('principalKind', 'human', 'a Slack user (auth.test gave no bot_id)'),
    ];
    if (a.headers['x-oauth-scopes'] !== undefined) {
        facts.push(fact('scopes', a.list('x-oauth-scopes'), 'Slack x-oauth-scopes header'));
    }
    // Rotating tokens live 12 hours and are renewed by rotation: their expiry is no rotation date (it
    // would read "expires in 0 days" on every run), so none is recorded.
    const rotating = typeof a.get('expires_in') === 'number';
    return {
        principal,
        facts,
        ...(rotating ? { note: 'a rotating token (expires_in): Slack renews it, so no expiry is recorded' } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/square.ts
// Square: access tokens (EAAA…, production and sandbox alike), the secret names that point at Square,
// and the calls that tell which environment a token belongs to: a token works on one host only, so the
// host that accepts it is the environment. Facts from PROVIDERS.md section 36.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const square_BODY = 'l2Kq9Wm4Xr' + '7Tb3Nc8Vf1' + 'Hs6Jd0Lg5Y' + 'a2Ue9QwBxZ' + 'p4Kq9Wm2Xr' + '7Tb3Nc-_+=';
const PRODUCTION = 'https://connect.squareup.com';
const SANDBOX = 'https://connect.squareupsandbox.com';
/** Square pins the API version per request (the one TruffleHog sends). */
const square_HEADERS = { 'square-version': '2024-06-04', 'content-type': 'application/json' };
/** Square's own error codes for a dead token, on either host (connect-api error reference). */
const dead = (code, reason, what) => on(401, (0,outcome/* invalid */.Gq)(reason, `Square says this token ${what}{said}`), { body: { 'errors.*.code': code } });
const TOKEN_ERRORS = [
    dead('ACCESS_TOKEN_EXPIRED', 'expired', 'has expired'),
    dead('ACCESS_TOKEN_REVOKED', 'revoked', 'is revoked'),
];
const SANDBOX_FACT = fact('keyEnvironment', 'development', 'Square sandbox (connect.squareupsandbox.com) accepted it');
/** Square access tokens: `EAAA` + 60 (TH square regex). Meta's tokens start with EAA too: a name must point here. */
const square = defineProvider({
    id: 'square',
    name: 'Square',
    formats: [
        {
            type: 'access-token',
            pattern: /^EAAA[A-Za-z0-9_+=-]{60}$/,
            needsNameHint: true,
            examples: ['EAAA' + square_BODY],
            counterExamples: ['EAAA' + square_BODY.slice(1), 'EAAB' + square_BODY, 'EAAA' + square_BODY + 'x'],
        },
    ],
    namePatterns: [
        (0,names/* namePart */.f0)('SQUARE_ACCESS_TOKEN', 'SQUARE_TOKEN', 'SQUARE_API_KEY', 'SQUARE_API_TOKEN', 'SQUARE_OAUTH_TOKEN'),
        (0,names/* namePart */.f0)('SQUARE_PERSONAL_ACCESS_TOKEN', 'SQUAREUP_ACCESS_TOKEN'),
    ],
    guide: {
        principal: 'the merchant id (`merchant_id` of the token status; the first merchant in the sandbox)',
        verified: 'production answers the token status (production), or the sandbox host lists merchants (200, or 403 without the merchant scope): a sandbox token used in production is reported by no-dev-keys-in-prod',
        invalid: 'ACCESS_TOKEN_EXPIRED or ACCESS_TOKEN_REVOKED; 401 from both hosts (or from the one --endpoint names); an INACTIVE sandbox merchant (user-inactive)',
        unknown: 'another answer, or no answer',
    },
    errorText: ['errors.0.detail', 'errors.0.code'],
    calls: {
        // Token introspection: a POST that changes nothing.
        status: post(PRODUCTION, '/oauth2/token/status', {
            note: 'RetrieveTokenStatus is read-only token introspection (no body, changes nothing)',
            auth: bearer(),
            headers: square_HEADERS,
            body: '',
            answers: [
                on(200, accept(square_status), { body: { merchant_id: /./ } }),
                ...TOKEN_ERRORS,
                // A sandbox token gets the same 401 here as a dead one: ask the sandbox, unless --endpoint chose.
                on(401, (a) => (a.context.declaredEndpoint ? square_refused(a) : next('sandbox')), { anyBody: true }),
            ],
        }),
        // The read-only sandbox call TruffleHog uses: 200, or 403 for a token without MERCHANT_PROFILE_READ.
        sandbox: get(SANDBOX, '/v2/merchants', {
            auth: bearer(),
            headers: { 'square-version': square_HEADERS['square-version'] },
            answers: [
                on(200, accept(merchants), { when: (a) => Array.isArray(a.get('merchant')) }),
                on(403, accept(() => ({
                    facts: [SANDBOX_FACT],
                    note: 'the Square sandbox accepted the token, which may not read its merchant (no MERCHANT_PROFILE_READ)',
                })), { body: { 'errors.*.code': 'INSUFFICIENT_SCOPES' } }),
                ...TOKEN_ERRORS,
                on(401, square_refused, { anyBody: true }),
            ],
        }),
    },
});
function square_refused(a) {
    const who = a.context.declaredEndpoint ? 'Square refuses' : 'Square production and sandbox both refuse';
    return (0,outcome/* invalid */.Gq)('revoked', `${who} this token (expired, revoked or never valid)${a.said}`);
}
/** `POST /oauth2/token/status`: the merchant, the application, the scopes and the expiry. */
function square_status(a) {
    const merchant = a.text('merchant_id');
    const expires = (0,dates/* parseDate */._U)(a.text('expires_at'));
    const scopes = a
        .all('scopes')
        .map((scope) => a.clean(scope))
        .filter(Boolean);
    return {
        principal: { merchant_id: merchant, ...a.fields(['client_id']) },
        facts: [
            fact('principal', merchant, 'Square token status merchant_id'),
            fact('account', merchant, 'Square token status merchant_id'),
            ...(scopes.length > 0 ? [fact('scopes', scopes, 'Square token status scopes')] : []),
            ...(expires ? [fact('expires', expires.toISOString(), 'Square token status expires_at')] : []),
            ...(a.context.declaredEndpoint
                ? []
                : [fact('keyEnvironment', 'production', 'Square production (connect.squareup.com) accepted it')]),
        ],
    };
}
/** `GET /v2/merchants` on the sandbox: the first merchant; an INACTIVE one cannot take payments. */
function merchants(a) {
    const id = a.text('merchant.0.id');
    if (a.text('merchant.0.status') === 'INACTIVE') {
        return (0,outcome/* invalid */.Gq)('user-inactive', `the Square sandbox merchant ${id} is INACTIVE`);
    }
    return {
        principal: id ? { merchant_id: id, ...a.fields({ business_name: 'merchant.0.business_name' }) } : {},
        facts: [
            ...(id
                ? [fact('principal', id, 'Square sandbox merchant id'), fact('account', id, 'Square sandbox merchant id')]
                : []),
            SANDBOX_FACT,
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/stripe.ts
// Stripe: secret, restricted and publishable keys in live and test mode, the secret names that point at
// Stripe, and the account calls a smoke check makes. Facts from PROVIDERS.md section 6 (docs.stripe.com/keys).



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const stripe_BODY = '51Hx' + 'X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT';
const stripe_BASE = 'https://api.stripe.com';
/**
 * One key format per (type, mode): the `_live_`/`_test_` marker in the prefix is authoritative for the
 * mode. Stripe keys belong to the account, so no principal kind is implied.
 */
function stripe_format(prefix, type, mode) {
    const head = `${prefix}_${mode}_`;
    return {
        type,
        pattern: new RegExp(`^${head}[A-Za-z0-9]{20,247}$`),
        mode,
        examples: [head + stripe_BODY],
        counterExamples: [head + 'tooShort', `${prefix}_${mode === 'live' ? 'prod' : 'dev'}_` + stripe_BODY, head + stripe_BODY + '_x'],
    };
}
/** An account id as Stripe writes it; bounded so matching stays linear. */
const stripe_ACCOUNT_ID = /\bacct_[A-Za-z0-9]{1,64}\b/;
const SERVICE = fact('principalKind', 'service', 'Stripe keys belong to an account, not to a person');
function accountFacts(id, detail) {
    return [fact('principal', id, detail), fact('account', id, detail), SERVICE];
}
/** Stripe: `sk_` secret, `rk_` restricted and `pk_` publishable (not secret) keys. */
const stripe = defineProvider({
    id: 'stripe',
    name: 'Stripe',
    formats: [
        stripe_format('sk', 'secret', 'live'),
        stripe_format('sk', 'secret', 'test'),
        stripe_format('rk', 'restricted', 'live'),
        stripe_format('rk', 'restricted', 'test'),
        stripe_format('pk', 'publishable', 'live'),
        stripe_format('pk', 'publishable', 'test'),
    ],
    namePatterns: [(0,names/* namePart */.f0)('STRIPE')],
    guide: {
        principal: 'the account id `acct_…` (a restricted key names it only when its 403 does)',
        verified: 'the account answers, or a restricted key is refused the account with 403 "does not have the required permissions" (a valid key); livemode from the balance',
        invalid: '401: deleted, rolled or never valid; api_key_expired (expired)',
        unknown: 'another 403, or no answer',
    },
    // Publishable keys are public by design and can read neither the account nor the balance.
    start: (credential) => credential.format.type === 'publishable'
        ? (0,outcome/* skipped */.hT)('unsupported', 'a publishable key is public and names no account; it was not sent')
        : {},
    calls: {
        // The account id (acct_…); a restricted key may get 403 that still names the account.
        account: get(stripe_BASE, '/v1/account', {
            auth: bearer(),
            answers: [
                on(200, accept(stripe_account)),
                on(401, (0,outcome/* invalid */.Gq)('expired', 'Stripe says this key has expired (api_key_expired)'), {
                    body: { 'error.code': 'api_key_expired' },
                }),
                on(401, (a) => {
                    const code = a.text('error.code');
                    const said = /^[a-z0-9_]{1,64}$/.test(code) ? ` (${code})` : '';
                    return (0,outcome/* invalid */.Gq)('revoked', `Stripe does not accept this key: deleted, rolled or never valid${said}`);
                }),
                // A valid restricted key without the permission: Stripe's error.type is invalid_request_error
                // (PROVIDERS.md section 6), so the message decides. Both documented variants say this.
                on(403, accept(restricted), { body: { 'error.message': /does not have the required permissions/i } }),
            ],
        }),
        // The Account object has no `livemode`; the balance does. The prefix already gives the mode, so a
        // balance that cannot be read leaves the key accepted, with a note.
        balance: get(stripe_BASE, '/v1/balance', {
            auth: bearer(),
            optional: (why) => `livemode could not be read from GET /v1/balance (${why}); the key prefix gives the mode`,
            answers: [
                on(200, accept((a) => ({
                    principal: { livemode: a.get('livemode') === true },
                    facts: [fact('keyEnvironment', a.get('livemode') ? 'live' : 'test', 'Stripe GET /v1/balance livemode')],
                })), { body: { livemode: [true, false] } }),
            ],
        }),
    },
});
/** `GET /v1/account`: the account (`principal` and `account` facts); Stripe keys are service principals. */
function stripe_account(a) {
    const id = a.text('id');
    if (!/^acct_[A-Za-z0-9]+$/.test(id))
        return (0,outcome/* unexpected */.os)(a, 'Stripe answered GET /v1/account without an acct_ id');
    const principal = {
        id,
        ...a.fields(['type', 'country', 'business_type']),
        ...a.fields({ business_name: 'business_profile.name' }),
        ...a.fields(['charges_enabled', 'payouts_enabled']),
    };
    return { principal, facts: accountFacts(id, 'Stripe GET /v1/account id'), next: 'balance' };
}
/** The 403 message names the account ("... on account 'acct_…'"): read opportunistically, never required. */
function restricted(a) {
    const found = stripe_ACCOUNT_ID.exec(a.text('error.message'))?.[0];
    return {
        principal: found ? { id: found } : {},
        facts: found ? accountFacts(found, 'Stripe 403 on GET /v1/account names the account') : [SERVICE],
        note: found
            ? 'the key may not read the account (restricted key); the account id comes from the permission error'
            : 'the key may not read the account (restricted key); which account it belongs to is unknown',
        next: 'balance',
    };
}

;// CONCATENATED MODULE: ./src/providers/terraform.ts
// HCP Terraform (app.terraform.io) and Terraform Enterprise: user, team and organization API tokens,
// the secret names that point at them, and GET /api/v2/account/details. Facts from PROVIDERS.md
// section 32. A Terraform Enterprise host is reached only through `--endpoint terraform=https://HOST`.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const HEAD = 'Xq7Lm2Vw9Rt4Kp';
const terraform_TAIL = 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9Qw' + 'BxFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0';
const HCP = 'https://app.terraform.io';
/**
 * `TFE_HOSTNAME` (the tfe provider) and `TF_CLOUD_HOSTNAME` (the `cloud` block) beside the token name
 * the host it belongs to. SECURITY: that value never chooses where the token goes; a host other than
 * app.terraform.io only stops the token from being sent there.
 */
const terraform_COMPANIONS = ['tfapitoken', 'tfetoken', 'tfctoken', 'tfcloudtoken'].map((primary) => ({
    primary,
    companions: {},
    lookups: { tfehostname: 'host', tfcloudhostname: 'host' },
}));
/** The host a `host` companion names (`tfe.corp.example`, `https://tfe.corp.example/`), lower case. */
function hostOf(credential) {
    const raw = credential.companions.host?.reveal().trim().toLowerCase();
    return raw ? raw.replace(/^https?:\/\//, '').replace(/[/:].*$/, '') : undefined;
}
/** A 401 is decisive only on a host the user named: a token of another host gets the same answer. */
const terraform_refused = (a) => a.context.declaredEndpoint
    ? (0,outcome/* invalid */.Gq)('revoked', 'the Terraform host named by --endpoint refuses this token: revoked, expired or never valid')
    : (0,outcome/* unknown */.L5)('unknown-key', 'app.terraform.io does not accept this token: it is revoked, expired or never valid, or it belongs to a Terraform Enterprise host or HCP Terraform Europe; name the host with --endpoint terraform=https://HOST');
/** HCP Terraform / Terraform Enterprise API tokens: one format for user, team and organization tokens. */
const terraform = defineProvider({
    id: 'terraform',
    name: 'HCP Terraform / Terraform Enterprise',
    formats: [
        {
            type: 'api-token',
            // No prefix: `.atlasv1.` sits in the middle, so a token counts beside a Terraform name.
            pattern: /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/,
            needsNameHint: true,
            examples: [`${HEAD}.atlasv1.${terraform_TAIL}`],
            counterExamples: [`${HEAD}.atlasv2.${terraform_TAIL}`, `${HEAD}x.atlasv1.${terraform_TAIL}`, `${HEAD}Xatlasv1X${terraform_TAIL}`],
        },
    ],
    // Token names only: TFE_HOSTNAME or TF_VAR_… beside them must not be taken for (malformed) tokens.
    namePatterns: [
        (0,names/* namePart */.f0)(...['TFE', 'TFC', 'TF', 'TF_API', 'TF_CLOUD', 'TERRAFORM', 'TERRAFORM_CLOUD'].map((w) => `${w}_TOKEN`)),
    ],
    companions: terraform_COMPANIONS,
    guide: {
        principal: 'user tokens: the username; team tokens: the team id `team-…`; organization tokens: the organization name (account/details and its authenticated-resource)',
        verified: 'account/details names the user, or the service user of a team or organization token',
        invalid: '401 from the host named by --endpoint (revoked, expired or never valid)',
        unknown: '401 from the default app.terraform.io: a Terraform Enterprise or HCP Europe token gets the same (name the host with --endpoint terraform=https://app.terraform.io or https://HOST); no answer',
    },
    // A token of a Terraform Enterprise host is never sent to app.terraform.io.
    start: (credential, context) => {
        const host = hostOf(credential);
        if (host === undefined || host === 'app.terraform.io' || context.declaredEndpoint)
            return {};
        return (0,outcome/* skipped */.hT)('unsupported', 'the hostname beside this token (TFE_HOSTNAME / TF_CLOUD_HOSTNAME) is not app.terraform.io, so it was not sent there; check it with --endpoint terraform=https://HOST');
    },
    calls: {
        account: get(HCP, '/api/v2/account/details', {
            auth: bearer(),
            headers: { accept: 'application/vnd.api+json' },
            answers: [on(200, accept(terraform_account), { body: { 'data.type': 'users' } }), on(401, terraform_refused, { anyBody: true })],
        }),
    },
});
/** The token kind by the type of `authenticated-resource`. */
const terraform_KINDS = { users: 'user-token', teams: 'team-token', organizations: 'organization-token' };
/**
 * The user, or for team and organization tokens the synthetic "service user" and, through
 * `authenticated-resource`, the team or organization the token belongs to, which names it.
 */
function terraform_account(a) {
    const username = a.text('data.attributes.username');
    if (!username)
        return (0,outcome/* unexpected */.os)(a, 'Terraform answered account/details without a username');
    const type = a.text('data.relationships.authenticated-resource.data.type');
    const resource = a.text('data.relationships.authenticated-resource.data.id');
    const keyType = Object.hasOwn(terraform_KINDS, type) ? terraform_KINDS[type] : undefined;
    const byResource = keyType !== undefined && keyType !== 'user-token' && resource !== '';
    const service = byResource || a.get('data.attributes.is-service-account') === true;
    const named = byResource ? resource : username;
    const email = a.text('data.attributes.email');
    return {
        principal: {
            username,
            ...a.fields({ id: 'data.id', service_account: 'data.attributes.is-service-account' }),
            ...(resource ? { resource: `${type}/${resource}` } : {}),
        },
        facts: [
            fact('principal', named, `Terraform ${byResource ? `authenticated-resource (${type})` : 'account/details username'}`),
            service
                ? fact('principalKind', 'service', `a Terraform ${keyType ?? 'team or organization token'} (service user)`)
                : fact('principalKind', 'human', 'a Terraform user token (is-service-account: false)'),
            ...(keyType ? [fact('keyType', keyType, `Terraform authenticated-resource type ${type}`)] : []),
            ...(type === 'organizations' && resource ? [fact('account', resource, 'Terraform organization')] : []),
        ],
        aliases: [username, email].filter((name) => name && name !== named),
    };
}

;// CONCATENATED MODULE: ./src/providers/twilio.ts
// Twilio: Account SID + Auth Token and API Key SID + secret, the secret names that point at Twilio,
// how they pair, and the calls a smoke check makes. Facts from PROVIDERS.md section 11.



// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const twilio_HEX = 'f957135b01cc80a8a3e27daebda533c5';
const twilio_BASE = 'https://api.twilio.com';
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
const twilio_SECRET = /^[A-Za-z0-9]{32}$/;
const twilio_SERVICE = fact('principalKind', 'service', 'Twilio credentials belong to an account, not to a person');
/** Test credentials may not read the account (403, 20008); a restricted API key lacks a permission (70051). */
const TEST_CREDENTIALS = 20008;
const NO_PERMISSION = 70051;
/**
 * Twilio credentials work in pairs (SID + secret, HTTP Basic). The SIDs carry a prefix; the secrets are
 * bare 32-character strings, so they count only beside a Twilio name. Test credentials have no marker.
 */
const twilio = defineProvider({
    id: 'twilio',
    name: 'Twilio',
    formats: [
        {
            type: 'account-sid',
            pattern: /^AC[0-9a-f]{32}$/,
            examples: ['AC' + twilio_HEX],
            counterExamples: ['AC' + twilio_HEX.slice(2), 'AC' + twilio_HEX.toUpperCase().replace(/[0-9]/g, 'Z')],
        },
        {
            type: 'api-key-sid',
            pattern: /^SK[0-9a-fA-F]{32}$/,
            examples: ['SK' + twilio_HEX],
            counterExamples: ['SK' + twilio_HEX + '0', 'SK' + twilio_HEX.replace('f', 'g')],
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
    namePatterns: [(0,names/* namePart */.f0)('TWILIO')],
    // The names of each pair, beside TWILIO_ACCOUNT_SID (PROVIDERS.md section 11).
    companions: [
        { primary: 'authtoken', companions: { accountsid: 'accountSid' }, prefixContains: 'twilio' },
        { primary: 'apisecret', companions: { apikey: 'apiKeySid', accountsid: 'accountSid' }, prefixContains: 'twilio' },
        {
            primary: 'apikeysecret',
            companions: { apikeysid: 'apiKeySid', accountsid: 'accountSid' },
            prefixContains: 'twilio',
        },
    ],
    guide: {
        principal: 'the Account SID `AC…`',
        verified: 'auth token: the account is active; API key (SK): a Messages list under the account answers (a Standard key may not read the account itself)',
        invalid: '401 code 20003 (wrong or rotated secret, a key of another account, or a suspended or closed account); account status suspended or closed (user-inactive)',
        unknown: 'a missing or malformed companion (TWILIO_ACCOUNT_SID, the API key SID), or no answer',
    },
    start: pairOf,
    // SECURITY: the Account object carries the account's auth_token; it is dropped before anything reads it.
    parse: (response) => {
        const body = (0,outcome/* jsonObject */.o$)(response);
        if (body)
            delete body.auth_token;
        return body;
    },
    calls: {
        // Auth tokens (and Main API keys): the Account object, with its status.
        account: get(twilio_BASE, '/2010-04-01/Accounts/{AccountSid}.json', {
            note: 'HTTP Basic SID:secret; the response body contains auth_token, which must be redacted',
            auth: basic('user', 'secret'),
            answers: [
                on(200, accept(twilio_account)),
                on(401, twilio_refused('this Account SID and auth token', 'wrong or rotated, or the account is suspended or closed')),
                on(403, accept(testMode), { body: { code: TEST_CREDENTIALS } }),
                on(403, twilio_restricted('may not read the account'), { body: { code: NO_PERMISSION } }),
            ],
        }),
        // API keys (SK): a Standard key may not read /Accounts (401 20003 even when good), so the check is a
        // list it may read under the account (one item; nothing of it is kept).
        messages: get(twilio_BASE, '/2010-04-01/Accounts/{AccountSid}/Messages.json', {
            query: '?PageSize=1',
            note: 'HTTP Basic SKsid:secret; a list a Standard API key may read, one item, nothing of it kept',
            auth: basic('user', 'secret'),
            answers: [
                on(200, accept((a) => Array.isArray(a.get('messages'))
                    ? twilio_accountFacts(a.credential.companions.accountSid?.reveal() ?? '', 'an API key accepted under it')
                    : (0,outcome/* unexpected */.os)(a, 'Twilio answered a Messages list without messages'))),
                on(401, twilio_refused('this API key', 'wrong, revoked or of another account, or the account is suspended or closed')),
                on(403, twilio_restricted('may not read messages'), { body: { code: NO_PERMISSION } }),
            ],
        }),
    },
});
function twilio_accountFacts(sid, what) {
    const detail = `Twilio account SID${what ? ` (${what})` : ''}`;
    return { principal: { sid }, facts: [fact('principal', sid, detail), fact('account', sid, detail), twilio_SERVICE] };
}
function testMode(a) {
    return {
        principal: { sid: a.credential.companions.accountSid?.reveal() ?? a.credential.value.reveal() },
        facts: [fact('keyEnvironment', 'test', 'Twilio test credentials (403, code 20008)'), twilio_SERVICE],
    };
}
/** A restricted key (70051) authenticated, but lacks the permission: accepted, its account unconfirmed. */
function twilio_restricted(what) {
    return accept(() => ({
        facts: [twilio_SERVICE],
        note: `the key ${what} (code 70051, a restricted key); its account is unconfirmed`,
    }));
}
function twilio_refused(what, causes) {
    return (a) => {
        const code = a.get('code');
        return (0,outcome/* invalid */.Gq)('revoked', `Twilio does not accept ${what}${typeof code === 'number' ? ` (code ${code})` : ''}: ${causes}`);
    };
}
/**
 * The Basic user, secret and Account SID for this key, from its value and companions:
 *
 * | the key's value | companions needed            | HTTP Basic user:password | call      |
 * |-----------------|------------------------------|--------------------------|-----------|
 * | auth token      | `accountSid`                 | accountSid:authToken     | account   |
 * | API key secret  | `apiKeySid`, `accountSid`    | apiKeySid:secret         | messages  |
 * | Account SID     | `authToken`                  | accountSid:authToken     | account   |
 * | API key SID     | `apiKeySecret`, `accountSid` | apiKeySid:secret         | messages  |
 */
function pairOf(credential) {
    const { value, companions, format } = credential;
    const missing = (role, names) => (0,outcome/* unknown */.L5)('no-value', `${credential.name} is checked with its ${names} (companion ${role}), which was not given; nothing was sent`);
    const bad = (role) => (0,outcome/* unknown */.L5)('no-value', `the companion ${role} of ${credential.name} is not well-formed; nothing was sent`);
    const accountSid = companions.accountSid;
    if (accountSid && !ACCOUNT_SID.test(accountSid.reveal()))
        return bad('accountSid');
    const pair = (user, secret, sid, key) => ({
        parts: { user, secret, accountSid: sid },
        call: key ? 'messages' : 'account',
    });
    if (format.type === 'account-sid' || format.type === 'api-key-sid') {
        const isKey = format.type === 'api-key-sid';
        const secret = isKey ? companions.apiKeySecret : companions.authToken;
        if (!secret) {
            const what = isKey ? 'an API key SID' : 'an Account SID';
            return (0,outcome/* skipped */.hT)('unsupported', `${what} identifies, it does not authenticate: it is checked with its secret, which was not given`);
        }
        if (!twilio_SECRET.test(secret.reveal()))
            return bad(isKey ? 'apiKeySecret' : 'authToken');
        if (!isKey)
            return pair(value, secret, value, false);
        if (!accountSid)
            return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
        return pair(value, secret, accountSid, true);
    }
    // The value is a secret: an auth token, or an API key secret (which may be all lowercase hex too).
    const keySid = companions.apiKeySid;
    if (keySid && !API_KEY_SID.test(keySid.reveal()))
        return bad('apiKeySid');
    if (!keySid && format.type === 'api-key-secret') {
        return missing('apiKeySid', 'API key SID (TWILIO_API_KEY or TWILIO_API_KEY_SID)');
    }
    if (!accountSid)
        return missing('accountSid', 'Account SID (TWILIO_ACCOUNT_SID)');
    return keySid ? pair(keySid, value, accountSid, true) : pair(accountSid, value, accountSid, false);
}
/** The Account object (auth_token already dropped): its status decides. */
function twilio_account(a) {
    // SIDs are identifiers, checked by their format rather than passed through the redactor: the Account
    // SID is one of the credential's own companions, which would be redacted.
    const sid = a.get('sid');
    const requested = a.credential.companions.accountSid?.reveal() ?? a.credential.value.reveal();
    if (typeof sid !== 'string' || !ACCOUNT_SID.test(sid) || sid !== requested) {
        return (0,outcome/* unexpected */.os)(a, 'Twilio answered with an Account object for another SID or none');
    }
    const principal = {
        sid,
        ...a.fields(['friendly_name', 'status', 'type']),
    };
    const owner = a.get('owner_account_sid');
    if (typeof owner === 'string' && ACCOUNT_SID.test(owner))
        principal.owner_account_sid = owner;
    const status = principal.status;
    if (status === 'suspended' || status === 'closed') {
        return (0,outcome/* invalid */.Gq)('user-inactive', `the account associated with this key is ${status} at Twilio (${sid})`);
    }
    if (status !== 'active')
        return (0,outcome/* unexpected */.os)(a, 'Twilio answered with an account status it does not document');
    // Trial or Full is a property of the account, not of the key or its mode: kept in the detail only.
    return { ...twilio_accountFacts(sid, principal.type), principal };
}

;// CONCATENATED MODULE: ./src/providers/vault.ts
// HashiCorp Vault: service and batch tokens, the secret names that point at Vault, and lookup-self.
// Vault is self-hosted: its address comes only from `--endpoint vault=URL` (the Action's `endpoints`
// input), never from a file or a secret such as VAULT_ADDR. The only call is the GET of lookup-self:
// the HTTP client refuses revoke-self and renew-self (same family, POST). PROVIDERS.md section 37.




// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const vault_BODY = 'CAESIJ' + 'k3Lm9Pq2Rs7Tv1Wx4Yb8Zc5Dn0Fh6Gj3Hk' + 'Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2' + 'GiYKHGh2cy5';
/**
 * Auth methods people log in with, and those workloads use: a heuristic on `path` (`auth/ldap/login/…`),
 * not a field. A mount is named after its method by default; `ldap2` or `aws-prod` are read by prefix.
 */
const HUMAN_METHODS = ['ldap', 'oidc', 'userpass', 'okta', 'github', 'radius', 'saml'];
const WORKLOAD_METHODS = ['approle', 'aws', 'kubernetes', 'gcp', 'azure', 'cert', 'alicloud'];
/** Vault tokens: `hvs.` service and `hvb.` batch (Vault 1.10+), legacy `s.` beside a Vault name. */
const vault = defineProvider({
    id: 'vault',
    name: 'HashiCorp Vault',
    formats: [
        {
            type: 'service-token',
            pattern: /^hvs\.[A-Za-z0-9_-]{90,120}$/,
            examples: ['hvs.' + vault_BODY],
            counterExamples: ['hvs.' + vault_BODY.slice(40), 'hvs_' + vault_BODY, 'hvs.' + vault_BODY + '.x'],
        },
        {
            type: 'batch-token',
            pattern: /^hvb\.[A-Za-z0-9_-]{50,300}$/,
            examples: ['hvb.' + vault_BODY],
            counterExamples: ['hvb.' + vault_BODY.slice(60)],
        },
        {
            type: 'legacy-service-token',
            pattern: /^s\.[A-Za-z0-9]{24}$/,
            needsNameHint: true,
            examples: ['s.' + 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd5'],
            counterExamples: ['s.' + 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd', 'b.' + 'Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd5'],
        },
    ],
    namePatterns: [(0,names/* namePart */.f0)('VAULT_TOKEN', 'VAULT_ROOT_TOKEN', 'VAULT_CLIENT_TOKEN', 'VAULT_SERVICE_TOKEN')],
    // PROD_VAULT_TOKEN + PROD_VAULT_NAMESPACE (Vault Enterprise, HCP Vault). The address is never read.
    companions: [{ primary: 'vaulttoken', companions: {}, lookups: { vaultnamespace: 'namespace' } }],
    guide: {
        principal: 'the token `display_name` of lookup-self (`approle`, `ldap-alice`, `aws-node`), or its entity id, AWS ARN, username or role name',
        verified: 'lookup-self names the token, its policies (`root` is a forbidden scope), dates and auth method; the address comes only from --endpoint vault=https://HOST:8200',
        invalid: '403 permission denied: invalid, expired or revoked (Vault does not say which), or, on Vault Enterprise or HCP, a token of a namespace not given (VAULT_NAMESPACE beside the key)',
        unknown: 'no --endpoint vault=… (skipped, no-endpoint), a sealed or standby Vault (503), or no answer',
    },
    errorText: ['errors.0'],
    // Self-hosted: a VAULT_ADDR beside the token never chooses where it goes.
    tenant: { what: 'the Vault address', example: 'https://HOST:8200' },
    start: (credential) => {
        // A namespace path (`admin/team-a`) only: anything else is never sent as a header.
        const namespace = credential.companions.namespace?.reveal();
        if (namespace !== undefined && !/^[\w-]{1,64}(?:\/[\w-]{1,64}){0,8}$/.test(namespace)) {
            return (0,outcome/* unknown */.L5)('no-value', `the Vault namespace beside ${credential.name} is no namespace path; nothing was sent`);
        }
        return {};
    },
    calls: {
        // Any token may look itself up (Vault's default policy). GET only: see the file's header.
        lookupSelf: get(TENANT, '/v1/auth/token/lookup-self', {
            auth: (parts) => ({
                'x-vault-token': parts.key.reveal(),
                ...(parts.namespace ? { 'x-vault-namespace': parts.namespace.reveal() } : {}),
            }),
            answers: [
                on(200, accept(lookup), { body: { 'data.display_name': /./ } }),
                on(403, vault_refused, { body: { errors: /permission denied/ } }),
            ],
        }),
    },
});
function vault_refused(a) {
    const namespace = a.credential.companions.namespace ? '' : NAMESPACE_CAUSE;
    return (0,outcome/* invalid */.Gq)('revoked', `Vault refused the token (permission denied): it is invalid, expired or revoked${namespace}`);
}
const NAMESPACE_CAUSE = ', or it belongs to a Vault Enterprise or HCP namespace that was not given (VAULT_NAMESPACE beside the key)';
/**
 * `GET /v1/auth/token/lookup-self`: who the token is, its policies, dates and limits. `data.id` (the
 * token itself) and `accessor` are never read.
 */
function lookup(a) {
    const name = a.text('data.display_name');
    if (!name)
        return (0,outcome/* unexpected */.os)(a, 'a lookup-self answer without a display_name');
    const policies = [...new Set([...a.all('data.policies'), ...a.all('data.identity_policies')])]
        .map((policy) => a.clean(policy))
        .filter(Boolean);
    const method = /^auth\/([a-z0-9_-]+)\//.exec(a.text('data.path'))?.[1] ?? '';
    const human = HUMAN_METHODS.find((known) => method.startsWith(known));
    const workload = WORKLOAD_METHODS.find((known) => method.startsWith(known));
    const kind = human ? 'human' : workload ? 'service' : undefined;
    const seconds = a.get('data.creation_time');
    const created = typeof seconds === 'number' && seconds > 0 ? (0,dates/* parseDate */._U)(new Date(seconds * 1000)) : undefined;
    const expires = (0,dates/* parseDate */._U)(a.text('data.expire_time'));
    const uses = Number(a.get('data.num_uses'));
    const aliases = ['data.entity_id', 'data.meta.username', 'data.meta.role_name', 'data.meta.canonical_arn']
        .map((path) => a.text(path))
        .filter(Boolean);
    return {
        principal: {
            display_name: name,
            ...a.fields({ entity_id: 'data.entity_id', path: 'data.path', type: 'data.type', ttl: 'data.ttl' }),
            ...a.fields({ renewable: 'data.renewable', orphan: 'data.orphan', num_uses: 'data.num_uses' }),
        },
        facts: [
            fact('principal', name, 'Vault lookup-self display_name'),
            ...(kind
                ? [
                    fact('principalKind', kind, `Vault lookup-self path auth/${method}/ (${human ? `${human}, a person's` : `${workload}, a workload's`} login)`),
                ]
                : []),
            fact('scopes', policies, 'Vault lookup-self policies and identity_policies'),
            ...(created ? [fact('created', created.toISOString(), 'Vault lookup-self creation_time')] : []),
            ...(expires ? [fact('expires', expires.toISOString(), 'Vault lookup-self expire_time')] : []),
        ],
        aliases,
        ...(uses > 0 ? { note: `a use-limited token (num_uses ${uses}): each check may spend one of its uses` } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/all.ts
// Every provider with its smoke adapter, sorted by id: the source of the offline catalog that
// scripts/generate.mjs writes (src/generated/providers.ts), and what smoke calls use.
// Adding a provider: its file (see adapter.ts), one line below, its test table, then `npm run generate`.


































/** Every provider, sorted by id. */
const PROVIDERS = [
    alibaba,
    anthropic,
    atlassian,
    aws,
    buildkite,
    circleci,
    cloudflare,
    confluent,
    databricks,
    datadog,
    discord,
    doppler,
    dropbox,
    elasticsearch,
    fastly,
    gcp,
    github,
    gitlab,
    honeycomb,
    huggingface,
    launchdarkly,
    netlify,
    notion,
    npm,
    okta,
    openai,
    openrouter,
    sendgrid,
    slack,
    square,
    stripe,
    terraform,
    twilio,
    vault,
];

// EXTERNAL MODULE: ./src/providers/catalog.ts + 1 modules
var catalog = __webpack_require__(9290);
;// CONCATENATED MODULE: ./src/providers/smoke.ts
// Smoke calls for a run (SPEC section 6): decide for each key whether it may be sent at all, call its
// provider's adapter once per distinct credential, compare what the provider says with what the owners
// expect, and record the answer as `smoke` facts. SECURITY: a value is sent only to the provider its
// own format belongs to; a declaration or a name can never send it anywhere.









/** Calls every key's provider and records the results on the keys (smoke, observations, facts). */
async function smokeKeys(keys, options) {
    const http = new SmokeHttp({ ...DEFAULT_HTTP_SETTINGS, ...options.http });
    const providers = options.providers ?? PROVIDERS;
    const calls = new Map();
    const inFlight = new Map();
    let done = 0;
    const progress = (finished) => options.onProgress?.({ done: (done += finished), total: keys.length, waitingOn: [...inFlight.keys()] });
    await Promise.all(keys.map(async (key) => {
        // A second run over the same keys replaces, never duplicates, the smoke observations.
        key.observations = key.observations.filter((o) => o.source !== 'smoke');
        key.facts = (0,facts/* selectFacts */.OA)(key.observations);
        delete key.smoke;
        // SPEC section 5: the job's own GITHUB_TOKEN is never smoke-called (GitHub revokes it after the job).
        if ((0,confirmation/* isJobToken */.Pl)(key))
            return;
        const prepared = prepare(key, providers);
        if ('status' in prepared) {
            key.smoke = prepared;
            progress(1);
            return;
        }
        const { provider, credential } = prepared;
        // Identical credentials are called once, however many keys hold them.
        const id = callId(provider, credential);
        let call = calls.get(id);
        if (!call) {
            inFlight.set(provider.id, (inFlight.get(provider.id) ?? 0) + 1);
            call = identifySafely(provider, credential, http, options).finally(() => {
                const left = (inFlight.get(provider.id) ?? 1) - 1;
                if (left > 0)
                    inFlight.set(provider.id, left);
                else
                    inFlight.delete(provider.id);
            });
            calls.set(id, call);
            progress(0);
        }
        const identity = await call;
        const observations = identity.facts.map((f) => ({
            ...f,
            value: Array.isArray(f.value) ? [...f.value] : f.value,
            source: 'smoke',
        }));
        key.observations.push(...observations);
        key.facts = (0,facts/* selectFacts */.OA)(key.observations);
        key.smoke = compare(key, identity, observations);
        progress(1);
    }));
    return http;
}
/** A digest of the provider, the value and each companion by role: the same credential, the same id. */
function callId(provider, credential) {
    const hash = (0,node_crypto/* nodeCrypto */.S)().createHash('sha256').update(provider.id).update('\u0000').update(credential.value.reveal());
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
        return outcome/* NO_VALUE */.GY;
    const raw = value.reveal();
    const byId = (id) => providers.find((p) => p.id === id);
    const declared = byId(key.declaration?.provider);
    const expected = declared ?? byId(key.facts.provider?.value);
    const malformed = (why) => ({
        status: 'malformed',
        reason: 'malformed',
        message: `${why}; it was not sent`,
    });
    if ((0,confirmation/* declaredWithoutProvider */.qs)(key.declaration))
        return withoutProvider(raw, key.name, providers);
    // SECURITY case 5: CR/LF, NUL or whitespace mean a broken or concatenated value (JSON key files excepted).
    if (!(0,catalog/* isJsonDocument */.sy)(raw) && /[\s\u0000-\u001f\u007f]/.test(raw)) {
        return malformed('the value contains whitespace, a line break or a control character');
    }
    let match = detectIn(providers, raw, key.name);
    if (declared && match?.provider !== declared) {
        const fits = (f) => f.pattern.test(raw);
        const format = raw.length <= catalog/* MAX_TOKEN_LENGTH */.as && !(0,catalog/* isJsonDocument */.sy)(raw) ? declared.formats.find(fits) : undefined;
        // SPEC section 6: a value that carries another provider's documented prefix goes to that provider
        // or nowhere, whatever config declares; only the declared provider's own prefix could overrule it.
        if (match && !match.format.needsNameHint && !declared.formats.some((f) => !f.needsNameHint && fits(f))) {
            const prefix = (0,catalog/* formatPrefix */.s)(match.format);
            return {
                status: 'mismatch',
                reason: 'declared-provider-differs',
                message: `config declares ${declared.name}, but the value is a ${match.provider.name} ${match.format.type}${prefix ? ` (${prefix})` : ''}; it was sent nowhere`,
            };
        }
        if (!format)
            return malformed(`the value is not a well-formed ${declared.name} key`);
        match = { provider: declared, format };
    }
    if (!match) {
        // A declared provider was settled above. A value with the named provider's own prefix that fits
        // none of its formats (`ghp_` truncated) is a broken key; a name alone (SLACK_WEBHOOK_URL,
        // CLOUDFLARE_ZONE_ID) proves nothing: an id, a URL or another kind of secret no identity call judges.
        if (!expected)
            return { status: 'skipped', reason: 'unsupported', message: 'no supported provider recognises this value' };
        if (carriesPrefixOf(expected, raw))
            return malformed(`the value is not a well-formed ${expected.name} key`);
        return {
            status: 'skipped',
            reason: 'unsupported',
            message: `the name points at ${expected.name}, but the value is none of its key formats (an id, a URL or another kind of secret); it was not sent`,
        };
    }
    const { provider, format } = match;
    if (format.neverSend)
        return { status: 'skipped', reason: 'unsupported', message: `a ${format.type} is never sent anywhere` };
    if (!provider.identify)
        return { status: 'skipped', reason: 'unsupported', message: `${provider.name} keys cannot be checked yet` };
    // Missing companions (an AWS secret access key, a Twilio SID) are each adapter's to judge.
    return { provider, credential: { name: key.name, value, companions: key.companions, format } };
}
/** Whether `raw` starts with one of the provider's documented prefixes of at least three characters. */
function carriesPrefixOf(provider, raw) {
    return provider.formats.some((format) => {
        const prefix = (0,catalog/* formatPrefix */.s)(format);
        return prefix.length >= 3 && raw.startsWith(prefix);
    });
}
/**
 * `provider: none`: never sent. A value that carries a provider's documented prefix contradicts the
 * declaration (SPEC section 6, `declared-provider-differs`); any other is simply not checkable.
 */
function withoutProvider(raw, name, providers) {
    const match = detectIn(providers, raw, name);
    if (match && !match.format.needsNameHint && (0,catalog/* formatPrefix */.s)(match.format) !== '') {
        return {
            status: 'mismatch',
            reason: 'declared-provider-differs',
            message: `declared provider: none, but the value is a ${match.provider.name} key (prefix ${(0,catalog/* formatPrefix */.s)(match.format)}); it was not sent`,
        };
    }
    return { status: 'skipped', reason: 'unsupported', message: 'declared provider: none; no provider can check it' };
}
/** detectFormat (the registry), or the same ranking over the providers a test supplies. */
function detectIn(providers, raw, name) {
    if (providers === PROVIDERS) {
        // The catalog holds each provider's data; the adapter is the registry's entry with the same id.
        const found = (0,catalog/* detectFormat */.Tz)(raw, name);
        const provider = found && providers.find((spec) => spec.id === found.provider.id);
        return found && provider ? { provider, format: found.format } : undefined;
    }
    if ((0,catalog/* isJsonDocument */.sy)(raw) || raw.length > catalog/* MAX_TOKEN_LENGTH */.as)
        return undefined;
    let best;
    for (const provider of providers) {
        const hinted = (0,names/* nameMatchIndex */.Dt)(provider.namePatterns, name) >= 0;
        for (const format of provider.formats) {
            if ((format.needsNameHint && !hinted) || !format.pattern.test(raw))
                continue;
            const rank = (format.needsNameHint ? 0 : 1000) + (0,catalog/* formatPrefix */.s)(format).length;
            if (best === undefined || rank > best.rank)
                best = { match: { provider, format }, rank };
        }
    }
    return best?.match;
}
async function identifySafely(provider, credential, http, options) {
    const override = Object.hasOwn(options.endpoints, provider.id) ? options.endpoints[provider.id] : undefined;
    // SECURITY: a provider with no default host (an Okta org, an Atlassian site) is called only where
    // --endpoint says, never where a file or a companion value would.
    if (override === undefined && provider.tenant)
        return (0,outcome/* noEndpoint */.lB)(provider, provider.tenant);
    let client;
    try {
        const baseUrl = override ?? smoke_siteOf(provider, credential) ?? provider.endpoints[0]?.baseUrl;
        if (baseUrl === undefined)
            throw new Error(`${provider.name} declares no endpoint`);
        client = http.forProvider(provider, baseUrl);
    }
    catch (error) {
        // The base URL's own checks (https, loopback-only http, no credentials) name the origin only.
        const why = error instanceof TypeError ? 'not a URL' : error instanceof Error ? error.message : 'refused';
        return (0,outcome/* unknown */.L5)('invalid-endpoint', `the ${provider.name} endpoint was refused: ${why}`);
    }
    try {
        const identify = provider.identify;
        // The client bounds each request; this bounds an adapter that would never return.
        const cap = (options.http?.runBudgetMs ?? DEFAULT_HTTP_SETTINGS.runBudgetMs) + 1000;
        let timer;
        const stalled = new Promise((resolve) => {
            timer = setTimeout(() => resolve((0,outcome/* unknown */.L5)('timeout', `the ${provider.name} check did not finish in time`)), cap);
        });
        try {
            const context = {
                http: client,
                now: options.now,
                declaredEndpoint: override !== undefined,
                // SECURITY: another host only when it is one of the provider's own compiled-in base URLs.
                ...(override === undefined ? { httpFor: (base) => ownHost(http, provider, base) } : {}),
            };
            return await Promise.race([identify(credential, context), stalled]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    catch (error) {
        // An adapter bug must not pass a key: it is inconclusive, named by type only.
        const type = error instanceof Error && /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(error.name) ? error.name : 'error';
        return (0,outcome/* unknown */.L5)('unexpected-response', `the ${provider.name} check failed (${type})`);
    }
}
/** A client for one of the provider's own declared base URLs; any other is refused (an adapter bug). */
function ownHost(http, provider, baseUrl) {
    if (!provider.endpoints.some((endpoint) => endpoint.baseUrl === baseUrl)) {
        throw new Error(`${provider.id}: ${new URL(baseUrl).host} is not one of its hosts`);
    }
    return http.forProvider(provider, baseUrl);
}
/**
 * The base URL a key names through a companion (a Datadog site), when it is one the provider compiles
 * in. SECURITY: a value can only pick among the provider's own hosts, never name one.
 */
function smoke_siteOf(provider, credential) {
    const chosen = provider.baseUrlFor?.(credential);
    const known = [...provider.endpoints.map((endpoint) => endpoint.baseUrl), ...(provider.sites ?? [])];
    return chosen !== undefined && known.includes(chosen) ? chosen : undefined;
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
    const names = typeof principal === 'string' ? [principal, ...(identity.aliases ?? [])] : [];
    if (expected && names.length > 0 && !names.some((name) => (0,glob/* matchesGlob */.k)(expected, name))) {
        // A declared form this answer cannot speak to (an OpenAI org-… id when only the slug is known).
        if ((identity.unconfirmable ?? []).some((form) => (0,glob/* matchesGlob */.k)(form, expected))) {
            return {
                ...result,
                status: 'unknown',
                reason: 'no-principal',
                message: `the provider accepted the key, but named ${principal} and no principal of the form ${expected} to compare with`,
            };
        }
        return {
            ...result,
            status: 'mismatch',
            reason: 'wrong-account',
            message: `the provider says this key belongs to ${principal}, not ${expected}`,
        };
    }
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
    const mode = observations.find((o) => o.fact === 'keyEnvironment')?.value;
    const expectsProduction = (key.declaration?.environment ?? (key.environments.includes('production') ? 'production' : undefined)) ===
        'production';
    // The provider's mode (Stripe's livemode, Twilio's test credentials) is the smoke result's: the key
    // cannot do production's work. An environment the provider places the key in (Honeycomb's, Square's
    // sandbox) is a fact like a name or a declaration, and no-dev-keys-in-prod reports it, citing the
    // provider: the same finding is not repeated here.
    if (expectsProduction && mode === 'test') {
        return {
            ...result,
            status: 'mismatch',
            reason: 'test-mode',
            message: 'the provider says this is a test-mode key, expected production',
        };
    }
    return result;
}


/***/ })

};
