const require_rolldown_runtime = require("./keybound-35d27304.cjs");
const require_outcome = require("./keybound-15289141.cjs");
const require_base_url = require("./keybound-845b8b0f.cjs");
// src/providers/http.ts
const DEFAULT_HTTP_SETTINGS = {
	requestTimeoutMs: 1e4,
	runBudgetMs: 12e4,
	maxAttempts: 3,
	maxRetryWaitMs: 5e3,
	concurrency: 4,
	maxBodyBytes: 1048576
};
var Semaphore = class {
	limit;
	active = 0;
	waiting = [];
	constructor(limit) {
		this.limit = limit;
	}
	async run(task) {
		if (this.active >= this.limit) await new Promise((resolve) => this.waiting.push(resolve));
		else this.active++;
		try {
			return await task();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.active--;
		}
	}
};
var SmokeHttp = class {
	settings;
	clock;
	deadline;
	semaphores = new Map();
	sent = new Map();
	constructor(settings = DEFAULT_HTTP_SETTINGS, clock = Date.now) {
		this.settings = settings;
		this.clock = clock;
		this.deadline = clock() + settings.runBudgetMs;
	}
	forProvider(provider, baseUrl) {
		const base = require_base_url.validateBaseUrl(baseUrl);
		const allowed = provider.endpoints.map((e) => ({
			method: e.method,
			path: templateToRegExp(e.path),
			template: e.path
		}));
		const semaphore = this.semaphores.get(provider.id) ?? new Semaphore(this.settings.concurrency);
		this.semaphores.set(provider.id, semaphore);
		const prefix = base.pathname.replace(/\/$/, "");
		return {
			baseUrl: new URL(base),
			request: async (request) => {
				const refuse = (why) => {
					throw new Error(`${provider.id}: ${request.method} ${why}`);
				};
				if (!request.path.startsWith("/") || request.path.startsWith("//")) refuse("request path must start with one /");
				const url = new URL(prefix + request.path, base.origin);
				if (url.origin !== base.origin) refuse("request left its provider's host");
				const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : void 0;
				const endpoint = path === void 0 ? void 0 : allowed.find((a) => a.method === request.method && a.path.test(path));
				if (endpoint === void 0) refuse(`${path ?? url.pathname} is not a declared read-only endpoint`);
				if (url.hash) refuse("request path must not carry a fragment");
				const logged = `${prefix}${endpoint?.template ?? ""}`;
				return semaphore.run(() => this.withRetries(provider.id, url, request, logged));
			}
		};
	}
	async withRetries(provider, url, request, logged) {
		for (let attempt = 1;; attempt++) {
			const remaining = this.deadline - this.clock();
			if (remaining <= 0) return {
				kind: "failure",
				reason: "budget",
				message: "the run deadline for smoke calls passed"
			};
			this.sent.set(provider, (this.sent.get(provider) ?? 0) + 1);
			const result = await send(url, request, Math.min(this.settings.requestTimeoutMs, remaining), this.settings.maxBodyBytes, this.settings.lookup);
			this.settings.log?.(`${provider} ${request.method} ${url.host}${logged} -> ${result.kind === "response" ? result.status : result.reason}`);
			if (result.kind !== "response" || !isRateLimited(result) || request.final?.(result)) return result;
			const wait = retryAfterMs(result.headers, this.clock()) ?? 1e3 * attempt;
			const limited = {
				kind: "failure",
				reason: "rate-limited",
				status: result.status,
				message: `rate-limited (HTTP ${result.status})`
			};
			if (attempt >= this.settings.maxAttempts || wait > this.settings.maxRetryWaitMs || wait >= this.deadline - this.clock()) return limited;
			await new Promise((resolve) => setTimeout(resolve, wait));
		}
	}
};
function isRateLimited(response) {
	if (response.status === 429) return true;
	return response.status === 403 && (response.headers["x-ratelimit-remaining"]?.trim() === "0" || response.headers["retry-after"] !== void 0);
}
function retryAfterMs(headers, now) {
	const value = headers["retry-after"];
	if (value !== void 0) {
		const seconds = value.trim();
		if (/^\d+$/.test(seconds)) return Number(seconds) * 1e3;
		const date = Date.parse(value);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	const reset = headers["x-ratelimit-reset"] ?? headers["x-rate-limit-reset"];
	if (reset !== void 0 && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1e3 - now);
}
function templateToRegExp(template) {
	const escaped = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
	return new RegExp(`^${escaped.join("[^/]+")}$`);
}
async function send(url, request, timeoutMs, maxBodyBytes, lookup) {
	const { request: open } = require_outcome.requireBuiltin(url.protocol === "https:" ? "node:https" : "node:http");
	return new Promise((resolve) => {
		let settled = false;
		const finish = (result) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			outgoing.destroy();
			resolve(result);
		};
		const body = request.body === void 0 ? void 0 : Buffer.from(request.body, "utf8");
		const length = body ? { "content-length": String(body.length) } : {};
		const headers = {
			...request.headers,
			...length
		};
		const options = {
			method: request.method,
			headers,
			agent: false,
			rejectUnauthorized: true,
			...lookup ? { lookup } : {}
		};
		const outgoing = open(url, options, (incoming) => {
			const status = incoming.statusCode ?? 0;
			const responseHeaders = {};
			for (const [name, value] of Object.entries(incoming.headers)) if (value !== void 0) responseHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
			if (status >= 300 && status < 400) {
				finish({
					kind: "failure",
					reason: "redirect",
					status,
					message: `HTTP ${status} redirect, not followed`
				});
				return;
			}
			const chunks = [];
			let size = 0;
			incoming.on("data", (chunk) => {
				size += chunk.length;
				if (size > maxBodyBytes) finish({
					kind: "failure",
					reason: "too-large",
					status,
					message: "response body too large"
				});
				else chunks.push(chunk);
			});
			incoming.on("end", () => finish({
				kind: "response",
				status,
				headers: responseHeaders,
				body: Buffer.concat(chunks).toString("utf8")
			}));
			incoming.on("error", (error) => finish({
				kind: "failure",
				reason: "network",
				message: `response interrupted (${errorCode(error)})`
			}));
			incoming.on("close", () => finish({
				kind: "failure",
				reason: "network",
				message: "response interrupted (closed)"
			}));
		});
		const timer = setTimeout(() => finish({
			kind: "failure",
			reason: "timeout",
			message: `no complete answer within ${timeoutMs} ms`
		}), timeoutMs);
		outgoing.on("error", (error) => finish({
			kind: "failure",
			reason: "network",
			message: `request failed (${errorCode(error)})`
		}));
		outgoing.end(body);
	});
}
function errorCode(error) {
	return error?.code ?? (error instanceof Error ? error.name : "error");
}
// src/providers/alibaba-rpc.ts
function percentEncode(text) {
	return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function canonicalize(params) {
	return Object.keys(params).sort().map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`).join("&");
}
function rpcSignature(method, params, secret) {
	const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonicalize(params))}`;
	return require_outcome.nodeCrypto().createHmac("sha1", `${secret}&`).update(stringToSign, "utf8").digest("base64");
}
function getCallerIdentityBody(secrets, now, nonce = require_outcome.nodeCrypto().randomUUID()) {
	const params = {
		Action: "GetCallerIdentity",
		Version: "2015-04-01",
		Format: "JSON",
		AccessKeyId: secrets.accessKeyId,
		SignatureMethod: "HMAC-SHA1",
		SignatureVersion: "1.0",
		SignatureNonce: nonce,
		Timestamp: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
		...secrets.securityToken ? { SecurityToken: secrets.securityToken } : {}
	};
	return `${canonicalize(params)}&Signature=${percentEncode(rpcSignature("POST", params, secrets.accessKeySecret))}`;
}
// src/providers/adapter.ts
function accept(read) {
	return {
		kind: "accept",
		...read ? { read } : {}
	};
}
function next(call) {
	return {
		kind: "next",
		call
	};
}
const method = (name) => (baseUrl, path, call) => ({
	method: name,
	...baseUrl === void 0 ? {} : { baseUrl },
	path,
	...call
});
const get = method("GET");
const post = method("POST");
function on(status, then, tests = {}) {
	return {
		...status === void 0 ? {} : { status },
		...tests,
		then
	};
}
const bearer = (role = "key") => (parts) => ({ authorization: `Bearer ${reveal(parts, role)}` });
const header = (name, role = "key") => (parts) => ({ [name]: reveal(parts, role) });
const basic = (user, password) => (parts) => ({ authorization: `Basic ${Buffer.from(`${reveal(parts, user)}:${reveal(parts, password)}`, "utf8").toString("base64")}` });
const noAuth = () => ({});
function reveal(parts, role) {
	const value = parts[role];
	if (!value) throw new Error(`missing credential part ${role}`);
	return value.reveal();
}
function defineProvider(definition) {
	const { calls, start: _start, errorText: _text, parse: _parse, ...facts } = definition;
	const endpoints = Object.values(calls).map(({ method, baseUrl, path, note }) => ({
		method,
		...baseUrl === void 0 ? {} : { baseUrl },
		path,
		...note ? { note } : {}
	}));
	if (!endpoints.every((e) => e.baseUrl === void 0 === (definition.tenant !== void 0))) throw new Error(`${definition.id}: a tenant provider's calls have no base URL, and only its calls`);
	return {
		...facts,
		endpoints,
		identify: (credential, context) => runCheck(definition, credential, context)
	};
}
var Answer = class {
	status;
	headers;
	body;
	credential;
	context;
	secrets;
	errorPaths;
	sofar;
	constructor(status, headers, body, credential, context, secrets, errorPaths, sofar = {
		principal: {},
		facts: []
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
	get(path) {
		return pick(this.body, path.split("."));
	}
	all(path) {
		const value = this.get(path);
		return Array.isArray(value) ? value : value === void 0 ? [] : [value];
	}
	text(path) {
		return this.clean(this.get(path));
	}
	fields(paths) {
		const named = Array.isArray(paths) ? paths.map((path) => [path.split(".").pop(), path]) : Object.entries(paths);
		const found = {};
		for (const [name, path] of named) {
			const value = this.get(path);
			if (typeof value === "boolean" || typeof value === "number" && Number.isFinite(value)) found[name] = value;
			else if (this.clean(value)) found[name] = this.clean(value);
		}
		return found;
	}
	list(header) {
		return (this.headers[header] ?? "").split(",").map((item) => this.clean(item)).filter((item) => item.length > 0);
	}
	header(name) {
		return this.clean(this.headers[name]);
	}
	clean(value) {
		return require_outcome.providerText(typeof value === "number" ? String(value) : value, this.credential, this.secrets);
	}
	get said() {
		for (const path of this.errorPaths) {
			const text = this.text(path);
			if (text) return `: ${text}`;
		}
		return "";
	}
};
function pick(value, path) {
	if (path.length === 0) return value;
	const [head, ...rest] = path;
	if (head === "*") return Array.isArray(value) ? value.flatMap((item) => pickAll(item, rest)) : void 0;
	if (Array.isArray(value)) return /^\d{1,6}$/.test(head) ? pick(value[Number(head)], rest) : void 0;
	if (value === null || typeof value !== "object") return void 0;
	return Object.hasOwn(value, head) ? pick(value[head], rest) : void 0;
}
function pickAll(value, path) {
	const found = pick(value, path);
	return Array.isArray(found) && path.includes("*") ? found : found === void 0 ? [] : [found];
}
function holds(match, value) {
	if (Array.isArray(value) && !Array.isArray(match)) return value.some((item) => holds(match, item));
	if (match === null) return value === void 0 || value === null;
	if (match instanceof RegExp) return typeof value === "string" && match.test(value);
	if (Array.isArray(match)) return match.some((item) => holds(item, value));
	return value === match;
}
function statusHolds(row, status) {
	if (row.status === void 0) return true;
	return typeof row.status === "number" ? row.status === status : row.status.includes(status);
}
function rowHolds(row, answer) {
	if (!statusHolds(row, answer.status)) return false;
	if (answer.body === void 0 && !row.anyBody) return false;
	for (const [path, match] of Object.entries(row.body ?? {})) if (!holds(match, answer.get(path))) return false;
	for (const [name, match] of Object.entries(row.headers ?? {})) if (!holds(match, answer.headers[name])) return false;
	return row.when ? row.when(answer) : true;
}
function isFinal(call, answer) {
	return call.answers.some((row) => row.final === true && rowHolds(row, answer));
}
async function runCheck(definition, credential, context) {
	if (definition.tenant && !context.declaredEndpoint) return require_outcome.noEndpoint(definition, definition.tenant);
	const begun = definition.start?.(credential, context) ?? {};
	if ("status" in begun) return begun;
	const state = {
		principal: {},
		facts: [],
		aliases: [],
		unconfirmable: [],
		notes: [],
		parts: begun.parts ?? {
			...credential.companions,
			key: credential.value
		}
	};
	let id = begun.call ?? Object.keys(definition.calls)[0];
	const made = new Set();
	for (;;) {
		const call = definition.calls[id];
		if (!call || made.has(id)) throw new Error(`${definition.id}: no call ${id}, or a second one`);
		made.add(id);
		const { resolved, why } = await callOnce(definition, call, credential, context, state);
		const read = "status" in resolved || resolved.kind === "next" ? resolved : resolved.read?.(resolved.answer) ?? {};
		if ("status" in read) {
			if (!call.optional) return read;
			const note = call.optional(why);
			if (note) state.notes.push(note);
			return finish(state);
		}
		if ("kind" in read) {
			id = read.call;
			continue;
		}
		merge(state, read);
		if (!read.next) return finish(state);
		id = read.next;
	}
}
async function callOnce(definition, call, credential, context, state) {
	const parts = state.parts;
	const secrets = Object.values(parts);
	const path = fill(call.path, parts);
	if (path === void 0) return {
		resolved: require_outcome.unknown("no-value", `${definition.name}: a value the call needs is missing`),
		why: "no-value"
	};
	const answerOf = (response) => new Answer(response.status, response.headers, (definition.parse ?? require_outcome.jsonObject)({
		kind: "response",
		...response
	}), credential, context, secrets, definition.errorText ?? [], {
		principal: state.principal,
		facts: state.facts
	});
	const request = {
		method: call.method,
		path: path + (call.query ?? ""),
		headers: {
			"user-agent": "keybound",
			accept: "application/json",
			...call.headers,
			...await call.auth(parts, context)
		},
		...call.body !== void 0 ? { body: typeof call.body === "string" ? call.body : call.body(parts) } : {},
		final: (response) => isFinal(call, answerOf(response))
	};
	const home = Object.values(definition.calls)[0]?.baseUrl;
	const result = await (call.baseUrl !== void 0 && call.baseUrl !== home && context.httpFor ? context.httpFor(call.baseUrl) : context.http).request(request);
	const why = result.kind === "response" ? `HTTP ${result.status}` : result.reason;
	return {
		resolved: judge(call, result, answerOf),
		why
	};
}
function judge(call, result, answerOf) {
	if (result.kind === "failure") return failureOutcome(result);
	if (result.status >= 500) return require_outcome.unknown("server-error", `HTTP ${result.status} from the provider`);
	const answer = answerOf(result);
	const row = call.answers.find((candidate) => rowHolds(candidate, answer));
	return row ? resolve(row.then, answer) : require_outcome.unexpected(result);
}
function failureOutcome(result) {
	return require_outcome.unknown({
		"rate-limited": "rate-limited",
		redirect: "redirect",
		network: "network",
		timeout: "timeout",
		budget: "timeout"
	}[result.reason] ?? "unexpected-response", result.message);
}
function resolve(outcome, answer) {
	const value = typeof outcome === "function" ? outcome(answer) : outcome;
	if ("status" in value) {
		if (value.message === void 0) return value;
		const message = value.message.replace(/\{status\}/g, String(answer.status)).replace(/\{said\}/g, () => answer.said);
		return {
			...value,
			message
		};
	}
	return value.kind === "accept" ? {
		...value,
		answer
	} : value;
}
function fill(path, parts) {
	let missing = false;
	const filled = path.replace(/\{([^}]+)\}/g, (_m, name) => {
		const value = parts[name.replace(/_([a-z])/g, (_c, letter) => letter.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase())];
		if (!value) missing = true;
		return value ? encodeURIComponent(value.reveal()) : "";
	});
	return missing ? void 0 : filled;
}
function merge(state, read) {
	Object.assign(state.principal, read.principal);
	const facts = read.facts ?? [];
	const known = state.facts.findIndex((f) => f.fact === "principal");
	const named = facts.find((f) => f.fact === "principal");
	if (named && known >= 0) {
		state.facts[known] = named;
		state.facts.push(...facts.filter((f) => f !== named));
	} else if (named) state.facts.unshift(...facts);
	else state.facts.push(...facts);
	state.aliases.push(...read.aliases ?? []);
	if (read.unconfirmable) state.unconfirmable = read.unconfirmable;
	if (read.note) state.notes.push(read.note);
	if (read.carry) state.parts = {
		...state.parts,
		...read.carry
	};
}
function finish(state) {
	return {
		status: "verified",
		reason: "ok",
		...Object.keys(state.principal).length > 0 ? { principal: state.principal } : {},
		facts: state.facts,
		...state.aliases.length > 0 ? { aliases: state.aliases } : {},
		...state.unconfirmable.length > 0 ? { unconfirmable: state.unconfirmable } : {},
		...state.notes.length > 0 ? { message: state.notes.join("; ") } : {}
	};
}
function fact(name, value, detail) {
	return {
		fact: name,
		value,
		detail
	};
}
// src/providers/alibaba.ts
const ID_BODY$1 = "Qz4Wx7EvRb2Tn5Ym8Uk3";
const SECRET$5 = "Hp6Ls9DfGj2Kq5ZxCv8Bn1Mw4Ta7Re";
const code$2 = (codes, then) => on(void 0, then, { body: { Code: codes } });
const CLOCK$1 = require_outcome.unknown("unexpected-response", "Alibaba Cloud refused the request time or nonce; check the clock (HTTP {status})");
const KINDS$2 = {
	Account: {
		kind: "human",
		detail: "the Alibaba Cloud root account (IdentityType Account)"
	},
	RAMUser: {
		kind: "human",
		detail: "a RAM user (IdentityType RAMUser; machine users look the same)"
	},
	AssumedRoleUser: {
		kind: "service",
		detail: "a RAM role session (IdentityType AssumedRoleUser)"
	}
};
const alibaba = defineProvider({
	id: "alibaba",
	name: "Alibaba Cloud",
	formats: [
		{
			type: "access-key-id",
			pattern: /^LTAI[A-Za-z0-9]{17,21}$/,
			examples: ["LTAI" + ID_BODY$1],
			counterExamples: [
				"LTAI" + ID_BODY$1.slice(5),
				"ltai" + ID_BODY$1,
				"LTAI" + ID_BODY$1 + "Xy9Pq8"
			]
		},
		{
			type: "sts-access-key-id",
			pattern: /^STS\.[A-Za-z0-9]{16,48}$/,
			examples: ["STS.NUg7Yr" + ID_BODY$1],
			counterExamples: [
				"STS.short",
				"STS-NUg7Yr" + ID_BODY$1,
				"sts.NUg7Yr" + ID_BODY$1
			]
		},
		{
			type: "access-key-secret",
			pattern: /^[A-Za-z0-9]{30}$/,
			needsNameHint: true,
			examples: [SECRET$5],
			counterExamples: [
				SECRET$5.slice(1),
				SECRET$5 + "x",
				SECRET$5.replace("p", "+")
			]
		}
	],
	namePatterns: [require_outcome.namePart("ALIBABA_CLOUD_ACCESS_KEY", "ALIBABACLOUD_ACCESS_KEY", "ALIBABA_ACCESS_KEY", "ALIBABA_SECRET_KEY", "ALICLOUD_ACCESS_KEY", "ALICLOUD_SECRET_KEY", "ALIYUN_ACCESS_KEY", "ALIYUN_SECRET_KEY")],
	companions: [{
		primary: "accesskeyid",
		companions: {
			accesskeysecret: "secretAccessKey",
			securitytoken: "sessionToken"
		}
	}, {
		primary: "accesskey",
		prefixContains: "alicloud",
		companions: {
			secretkey: "secretAccessKey",
			securitytoken: "sessionToken"
		}
	}],
	guide: {
		principal: "the caller ARN (`acs:ram::<account id>:user/<name>`, `acs:ram::<account id>:assumed-role/<role>/<session>`); its UserId or PrincipalId also matches",
		verified: "STS GetCallerIdentity names the ARN, account and IdentityType (Account is the root account)",
		invalid: "InvalidAccessKeyId.NotFound (deleted or never valid), InvalidAccessKeyId.Inactive (disabled)",
		unknown: "SignatureDoesNotMatch (a wrong secret, or a request refused for its time or encoding), a clock or throttling code, or no answer"
	},
	errorText: ["Message"],
	start: (credential) => {
		if (credential.format.type === "access-key-secret") return require_outcome.skipped("no-value", "an AccessKey secret cannot be checked without the AccessKey id it pairs with");
		const secretAccessKey = credential.companions.secretAccessKey;
		if (!secretAccessKey?.reveal()) return require_outcome.skipped("no-value", "the AccessKey secret that pairs with this AccessKey id has no value");
		if (credential.format.type !== "sts-access-key-id") return { parts: {
			key: credential.value,
			secretAccessKey
		} };
		const sessionToken = credential.companions.sessionToken;
		if (!sessionToken?.reveal()) return require_outcome.skipped("no-value", "a temporary (STS.) AccessKey id works only with its security token, which has no value");
		if (!/^[\x21-\x7e]{1,16384}$/.test(sessionToken.reveal())) return require_outcome.skipped("malformed", "the security token is not a well-formed STS token; it was not sent");
		return { parts: {
			key: credential.value,
			secretAccessKey,
			sessionToken
		} };
	},
	calls: { sts: post("https://sts.aliyuncs.com", "/", {
		note: "STS GetCallerIdentity (form body, RPC signature 1.0 HMAC-SHA1): read-only, needs no permission",
		headers: { "content-type": "application/x-www-form-urlencoded" },
		auth: noAuth,
		body: (parts) => getCallerIdentityBody({
			accessKeyId: parts.key.reveal(),
			accessKeySecret: parts.secretAccessKey.reveal(),
			...parts.sessionToken ? { securityToken: parts.sessionToken.reveal() } : {}
		}, new Date()),
		answers: [
			on(200, accept(caller)),
			code$2("InvalidAccessKeyId.NotFound", require_outcome.invalid("unknown-key", "Alibaba Cloud does not know this AccessKey id (deleted or never valid)")),
			code$2("InvalidAccessKeyId.Inactive", require_outcome.invalid("revoked", "Alibaba Cloud says this AccessKey is disabled")),
			code$2("SignatureDoesNotMatch", require_outcome.unknown("unknown-key", "Alibaba Cloud says the signature does not match (SignatureDoesNotMatch): the AccessKey secret beside this id is wrong, or the request was refused for its time or encoding")),
			code$2([
				"InvalidTimeStamp.Expired",
				"InvalidTimeStamp.Format",
				"SignatureNonceUsed"
			], CLOCK$1),
			code$2(/^Throttling/, (a) => require_outcome.unknown("rate-limited", `Alibaba Cloud throttled the request (${String(a.get("Code"))})`)),
			code$2(/^[A-Za-z][A-Za-z0-9.]{0,63}$/, (a) => require_outcome.unknown("unexpected-response", `Alibaba Cloud answered ${String(a.get("Code"))} (HTTP {status}){said}`))
		]
	}) }
});
function caller(a) {
	const [arn, account, type] = [
		"Arn",
		"AccountId",
		"IdentityType"
	].map((field) => a.get(field));
	if (typeof arn !== "string" || typeof account !== "string" || !account || !arn.startsWith(`acs:ram::${account}:`)) return require_outcome.unexpected(a, "Alibaba Cloud answered GetCallerIdentity without an Arn of its AccountId");
	const kind = typeof type === "string" && Object.hasOwn(KINDS$2, type) ? KINDS$2[type] : void 0;
	const ids = a.fields({
		userId: "UserId",
		principalId: "PrincipalId",
		roleId: "RoleId"
	});
	const principal = {
		arn: a.text("Arn"),
		account: a.text("AccountId")
	};
	return {
		principal: {
			...principal,
			...a.fields({ identityType: "IdentityType" }),
			...ids
		},
		aliases: [ids.userId, ids.principalId].filter((id) => typeof id === "string"),
		facts: [
			fact("principal", principal.arn, "STS GetCallerIdentity Arn"),
			fact("account", principal.account, "STS GetCallerIdentity AccountId"),
			...kind ? [fact("principalKind", kind.kind, kind.detail)] : []
		],
		...type === "Account" ? { note: "a root account AccessKey: it may do anything in the account; use a RAM user or role instead" } : {}
	};
}
// src/providers/anthropic.ts
const BODY$14 = "PG-_FJZMZ9mxFaXrUsrAJISLjvDrduaEiv2hQh9BhM_Nuaam4PKcOIovyobAk-3ZT1kQ34TW36kXRy9lOZLKCyvT-MhDl";
const BASE$9 = "https://api.anthropic.com";
const HEADERS$2 = { "anthropic-version": "2023-06-01" };
const error = (status, type, then, message) => on(status, then, { body: {
	type: "error",
	"error.type": type,
	...message ? { "error.message": message } : {}
} });
const REFUSALS$3 = [
	error(401, "authentication_error", require_outcome.invalid("revoked", "Anthropic rejected the key{said}")),
	error(403, "permission_error", require_outcome.unknown("insufficient-scope", "Anthropic authenticated the key but refused the call{said}")),
	error(400, "invalid_request_error", require_outcome.invalid("user-inactive", "the Anthropic organization behind this key is disabled{said}"), /organization has been disabled/i),
	error(400, "invalid_request_error", require_outcome.unknown("unexpected-response", "Anthropic refused the request{said}"))
];
const anthropic = defineProvider({
	id: "anthropic",
	name: "Anthropic",
	formats: [{
		type: "standard",
		pattern: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
		examples: ["sk-ant-api03-" + BODY$14 + "AA"],
		counterExamples: [
			"sk-ant-api03-" + BODY$14,
			"sk-ant-api03-" + BODY$14.slice(1) + "AA",
			"sk-ant-api02-" + BODY$14 + "AA"
		]
	}, {
		type: "admin",
		pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/,
		examples: ["sk-ant-admin01-" + BODY$14 + "AA"],
		counterExamples: ["sk-ant-admin01-" + BODY$14 + "AB", "sk-ant-admin-" + BODY$14 + "AA"]
	}],
	namePatterns: [require_outcome.namePart("ANTHROPIC", "CLAUDE")],
	guide: {
		principal: "admin keys: the organization name or id; standard keys name none (declare no `principal:`)",
		verified: "the key lists models (standard) or names its organization (admin)",
		invalid: "401 authentication_error; 400 \"organization has been disabled\" (user-inactive); 404 not_found_error",
		unknown: "403 permission_error, another 400, or no answer"
	},
	errorText: ["error.message"],
	start: (credential) => ({ call: credential.format.type === "admin" ? "organization" : "models" }),
	calls: {
		models: get(BASE$9, "/v1/models", {
			auth: header("x-api-key"),
			headers: HEADERS$2,
			answers: [
				on(200, accept((a) => Array.isArray(a.get("data")) ? { note: "Anthropic accepted the key; standard keys have no whoami, so no principal is known" } : require_outcome.unexpected(a, "a /v1/models answer without a model list"))),
				...REFUSALS$3,
				error(404, "not_found_error", require_outcome.invalid("unknown-key", "Anthropic does not know this key, or the base URL is wrong{said}"))
			]
		}),
		organization: get(BASE$9, "/v1/organizations/me", {
			auth: header("x-api-key"),
			headers: HEADERS$2,
			answers: [on(200, accept((a) => {
				const { id, name } = a.fields(["id", "name"]);
				if (a.get("type") !== "organization" || !id && !name) return require_outcome.unexpected(a, "a /v1/organizations/me answer without an organization");
				const detail = name ? `organization name (id ${id || "not given"})` : "organization id";
				return {
					principal: {
						type: "organization",
						...id ? { organizationId: id } : {},
						...name ? { organizationName: name } : {}
					},
					facts: [fact("principal", String(name || id), `${detail} from /v1/organizations/me`)],
					...name && id ? { aliases: [String(id)] } : {}
				};
			})), ...REFUSALS$3]
		})
	}
});
// src/providers/atlassian.ts
const BODY$13 = "3xFfGF0Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBx_Lm-Np4Rs8Tv1WxZa3Cd5";
const CHECK = "=9A3F1C7E";
const EMAIL$1 = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
const COMPANIONS$4 = [
	"jira",
	"confluence",
	"atlassian"
].flatMap((word) => ["apitoken", "token"].map((primary) => ({
	primary,
	companions: {},
	lookups: {
		email: "email",
		useremail: "email",
		username: "email",
		user: "email"
	},
	prefixContains: word
})));
const ADMIN_KEY = require_outcome.skipped("unsupported", "an Atlassian organization admin API key (ATCTT) names no account; it was not sent");
const NO_EMAIL = require_outcome.skipped("no-value", "an Atlassian API token is checked with its account e-mail (JIRA_EMAIL, JIRA_USER_EMAIL or ATLASSIAN_EMAIL of the same prefix), which was not given or is no e-mail; it was not sent");
const SCOPE$1 = require_outcome.unknown("insufficient-scope", "Atlassian accepted the token, but its scopes do not allow GET /rest/api/3/myself (401{said}): add read:me or read:jira-user to learn whose it is");
const REFUSED$5 = require_outcome.invalid("revoked", "Atlassian does not accept this token with this e-mail (401): it is revoked or expired, the account is deactivated, or the e-mail is not the account's; a scoped token also gets 401 on the site (check it with --endpoint atlassian=https://api.atlassian.com/ex/jira/{cloudId})");
const atlassian = defineProvider({
	id: "atlassian",
	name: "Atlassian",
	formats: [{
		type: "api-token",
		pattern: /^ATATT[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/,
		examples: ["ATATT" + BODY$13 + CHECK],
		counterExamples: [
			"ATATT" + BODY$13,
			"ATATT" + BODY$13 + "=9A3F",
			"atatt" + BODY$13 + CHECK,
			"ATATT" + BODY$13 + "=9A3F1C7."
		]
	}, {
		type: "admin-api-key",
		pattern: /^ATCTT3xFfG[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/,
		examples: ["ATCTT" + BODY$13 + CHECK],
		counterExamples: ["ATCTT" + BODY$13, "ATCTTZp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6" + CHECK]
	}],
	namePatterns: [require_outcome.keyName(["ATLASSIAN"], ["TOKEN", "API_KEY"])],
	companions: COMPANIONS$4,
	tenant: {
		what: "the Atlassian site",
		example: "https://{site}.atlassian.net"
	},
	guide: {
		principal: "the account id (`accountId`), or the account e-mail",
		verified: "GET /rest/api/3/myself, with the e-mail beside the token (JIRA_EMAIL, JIRA_USER_EMAIL, ATLASSIAN_EMAIL\u2026), names an active account; accountType `app` or appType `service` is a service account",
		invalid: "401: revoked, expired, a deactivated account or the wrong e-mail (Atlassian does not say which), or a scoped token asked on the site instead of the gateway; `active: false` (user-inactive)",
		unknown: "401 \"scope does not match\" (a scoped token without read:me), another 403, or no answer; `skipped` without the e-mail beside the token, or without --endpoint atlassian=https://{site}.atlassian.net (scoped tokens: https://api.atlassian.com/ex/jira/{cloudId})"
	},
	errorText: ["message", "errorMessages.0"],
	start: (credential) => {
		if (credential.format.type === "admin-api-key") return ADMIN_KEY;
		return EMAIL$1.test(credential.companions.email?.reveal() ?? "") ? {} : NO_EMAIL;
	},
	calls: { myself: get(void 0, "/rest/api/3/myself", {
		auth: basic("email", "key"),
		answers: [
			on(200, accept(account$4), { body: {
				accountId: /./,
				active: [true, false]
			} }),
			on(401, SCOPE$1, { body: { message: /scope does not match/i } }),
			on(401, REFUSED$5, {
				anyBody: true,
				when: (a) => a.body !== void 0 || /^text\/plain/.test(a.header("content-type"))
			})
		]
	}) }
});
function account$4(a) {
	const accountId = a.text("accountId");
	if (!accountId) return require_outcome.unexpected(a, "Atlassian answered GET /rest/api/3/myself without an accountId");
	const [type, appType] = [a.text("accountType"), a.text("appType")];
	const kind = type === "app" || appType === "service" ? "service" : "human";
	const facts = [fact("principal", accountId, "Atlassian GET /rest/api/3/myself accountId"), fact("principalKind", kind, `Atlassian accountType ${type || "(none)"}${appType ? `, appType ${appType}` : ""}`)];
	if (a.get("active") === false) return require_outcome.invalid("user-inactive", `the Atlassian account behind this token (${accountId}) is not active`, facts);
	const email = a.get("emailAddress");
	return {
		principal: {
			accountId,
			...a.fields([
				"accountType",
				"appType",
				"displayName",
				"active"
			])
		},
		facts,
		...typeof email === "string" && EMAIL$1.test(email) ? { aliases: [email] } : {}
	};
}
// src/providers/aws-sts.ts
const GET_CALLER_IDENTITY_BODY = "Action=GetCallerIdentity&Version=2011-06-15";
let signing;
function loadSigning() {
	signing ??= Promise.all([Promise.resolve().then(() => require_rolldown_runtime.__toESM(require("./keybound-b497f1d3.cjs").default, 1)), Promise.resolve().then(() => require("./keybound-b49e3109.cjs")).then((n) => require_rolldown_runtime.__toESM(n.require_dist_cjs(), 1))]).then(([{ Hash }, { SignatureV4 }]) => ({
		SignatureV4,
		Sha256: class Sha256 extends Hash {
			constructor(secret) {
				super("sha256", secret);
			}
		}
	}));
	return signing;
}
async function signGetCallerIdentity(secrets, target, signingDate) {
	const { SignatureV4, Sha256 } = await loadSigning();
	const signed = await new SignatureV4({
		service: "sts",
		region: target.region,
		sha256: Sha256,
		credentials: {
			accessKeyId: secrets.accessKeyId,
			secretAccessKey: secrets.secretAccessKey,
			...secrets.sessionToken ? { sessionToken: secrets.sessionToken } : {}
		}
	}).sign({
		method: "POST",
		protocol: "https:",
		hostname: target.host,
		path: target.path,
		query: {},
		headers: {
			host: target.host,
			"content-type": "application/x-www-form-urlencoded; charset=utf-8",
			accept: "application/json"
		},
		body: GET_CALLER_IDENTITY_BODY
	}, { signingDate });
	const headers = {};
	for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
	return headers;
}
function signingTarget(baseUrl) {
	const regional = /^sts\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com$/.exec(baseUrl.hostname);
	return {
		host: baseUrl.host,
		path: `${baseUrl.pathname.replace(/\/$/, "")}/`,
		region: regional?.[1] ?? "us-east-1"
	};
}
function parseSts(response) {
	const body = require_outcome.jsonObject(response);
	if (body) {
		const result = record$1(record$1(body.GetCallerIdentityResponse)?.GetCallerIdentityResult);
		const error = record$1(body.Error) ?? record$1(record$1(body.ErrorResponse)?.Error);
		const source = result ?? error;
		if (!source) return void 0;
		return Object.fromEntries((result ? [
			"Arn",
			"Account",
			"UserId"
		] : ["Code", "Message"]).map((field) => [field, require_outcome.str(source, field)]));
	}
	const xml = xmlBody(response);
	if (xml && /<GetCallerIdentityResponse[\s>]/.test(xml)) return {
		Arn: xmlElement(xml, "Arn"),
		Account: xmlElement(xml, "Account"),
		UserId: xmlElement(xml, "UserId")
	};
	if (xml && /<ErrorResponse[\s>]/.test(xml)) return {
		Code: xmlElement(xml, "Code"),
		Message: xmlElement(xml, "Message")
	};
}
function xmlBody(response) {
	const type = response.headers["content-type"] ?? "";
	return /xml/i.test(type) && !/html/i.test(type) ? response.body : void 0;
}
function xmlElement(xml, name) {
	const match = new RegExp(`<${name}>([^<]{0,2048})</${name}>`).exec(xml);
	if (!match) return void 0;
	return match[1].trim().replace(/&(lt|gt|quot|apos|amp);/g, (_m, entity) => ({
		lt: "<",
		gt: ">",
		quot: "\"",
		apos: "'",
		amp: "&"
	})[entity] ?? "");
}
function record$1(value) {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
// src/providers/aws.ts
const ID_BODY = "RUV6I3O726LD6BR3";
const SECRET$4 = "Ky2Joqy9ysfmXprCHEfJ2eQ+/gzNRgHxmmTvp3Ph";
const ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\d{12}):([\x21-\x7e]{1,2000})$/;
const code$1 = (codes, then, message) => on(void 0, then, { body: {
	Code: codes,
	...message ? { Message: message } : {}
} });
const CLOCK = require_outcome.unknown("unexpected-response", "AWS refused the request time; check the clock (HTTP {status})");
const aws = defineProvider({
	id: "aws",
	name: "Amazon Web Services",
	formats: [
		{
			type: "long-term",
			pattern: /^AKIA[A-Z0-9]{16}$/,
			examples: ["AKIA" + ID_BODY],
			counterExamples: [
				"AKIA" + ID_BODY.slice(1),
				"akia" + ID_BODY,
				"AKIA" + ID_BODY.toLowerCase(),
				"AIDA" + ID_BODY
			]
		},
		{
			type: "temporary",
			pattern: /^ASIA[A-Z0-9]{16}$/,
			examples: ["ASIA2LTQZXEIXLOC6EMR"],
			counterExamples: ["ASIA2LTQZXEIXLOC6EMR7", "AROA2LTQZXEIXLOC6EMR"]
		},
		{
			type: "secret-access-key",
			pattern: /^[A-Za-z0-9/+]{40}$/,
			needsNameHint: true,
			examples: [SECRET$4],
			counterExamples: [
				SECRET$4.slice(1),
				SECRET$4 + "A",
				SECRET$4.replace("+", "-")
			]
		}
	],
	namePatterns: [require_outcome.namePart("AWS")],
	companions: [{
		primary: "accesskeyid",
		companions: {
			secretaccesskey: "secretAccessKey",
			sessiontoken: "sessionToken"
		}
	}],
	guide: {
		principal: "the caller ARN (`arn:aws:iam::123456789012:user/deployer`, `arn:aws:sts::\u2026:assumed-role/\u2026`)",
		verified: "STS GetCallerIdentity names the ARN and account",
		invalid: "SignatureDoesNotMatch (wrong secret), ExpiredToken (expired); InvalidClientTokenId when --endpoint names the partition",
		unknown: "InvalidClientTokenId from the default commercial STS: a GovCloud or China key gets the same answer (check those with --endpoint aws=https://sts.us-gov-west-1.amazonaws.com or https://sts.cn-north-1.amazonaws.com.cn); throttling; no answer"
	},
	errorText: ["Message"],
	start: (credential) => {
		if (credential.format.type === "secret-access-key") return require_outcome.skipped("no-value", "a secret access key cannot be checked without the access key id it pairs with");
		const secretAccessKey = credential.companions.secretAccessKey;
		if (!secretAccessKey?.reveal()) return require_outcome.skipped("no-value", "the secret access key that pairs with this access key id has no value");
		if (credential.format.type !== "temporary") return { parts: {
			key: credential.value,
			secretAccessKey
		} };
		const sessionToken = credential.companions.sessionToken;
		if (!sessionToken?.reveal()) return require_outcome.skipped("no-value", "a temporary (ASIA) access key id works only with its session token, which has no value");
		if (!/^[A-Za-z0-9+/=]{1,16384}$/.test(sessionToken.reveal())) return require_outcome.skipped("malformed", "the session token is not a well-formed STS session token; it was not sent");
		return { parts: {
			key: credential.value,
			secretAccessKey,
			sessionToken
		} };
	},
	parse: parseSts,
	calls: { sts: post("https://sts.amazonaws.com", "/", {
		note: "STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region us-east-1): read-only, needs no permission and is not blocked by an explicit deny",
		body: GET_CALLER_IDENTITY_BODY,
		auth: (parts, context) => signGetCallerIdentity({
			accessKeyId: parts.key.reveal(),
			secretAccessKey: parts.secretAccessKey.reveal(),
			...parts.sessionToken ? { sessionToken: parts.sessionToken.reveal() } : {}
		}, signingTarget(context.http.baseUrl), new Date()),
		answers: [
			on(200, accept(callerIdentity)),
			code$1("InvalidClientTokenId", (a) => a.context.declaredEndpoint ? require_outcome.invalid("unknown-key", "AWS does not know this access key id (deleted, deactivated, or the session token is not valid)") : require_outcome.unknown("unknown-key", "the commercial AWS STS does not know this access key id: it was deleted or deactivated (or its session token is not valid), or it is a GovCloud or China key, which the commercial STS does not know either; name the partition with --endpoint aws=https://sts.amazonaws.com (or the GovCloud or China STS)")),
			code$1("SignatureDoesNotMatch", CLOCK, /signature (?:expired|not yet current)/i),
			code$1("SignatureDoesNotMatch", require_outcome.invalid("unknown-key", "the secret access key does not match this access key id")),
			code$1(["ExpiredToken", "ExpiredTokenException"], require_outcome.invalid("expired", "the session token of these temporary credentials has expired")),
			code$1("RequestExpired", CLOCK),
			code$1([
				"Throttling",
				"ThrottlingException",
				"RequestLimitExceeded",
				"TooManyRequestsException"
			], (a) => require_outcome.unknown("rate-limited", `AWS throttled the request (HTTP {status} ${String(a.get("Code"))})`)),
			code$1("AccessDenied", require_outcome.unknown("unexpected-response", "AWS answered AccessDenied to GetCallerIdentity, which needs no permission (HTTP {status})")),
			code$1(/^[A-Za-z][A-Za-z0-9.]{0,63}$/, (a) => require_outcome.unknown("unexpected-response", `AWS answered ${String(a.get("Code"))} (HTTP {status}){said}`))
		]
	}) }
});
function callerIdentity(a) {
	const [arn, account, userId] = [
		"Arn",
		"Account",
		"UserId"
	].map((field) => a.get(field));
	const parsed = typeof arn === "string" ? ARN.exec(arn) : null;
	if (!parsed || parsed[1] !== account || typeof userId !== "string" || !/^[\x21-\x7e]{1,200}$/.test(userId)) return require_outcome.unexpected(a);
	const kind = principalKind(parsed[2]);
	return {
		principal: {
			arn: parsed[0],
			account: parsed[1],
			userId
		},
		facts: [
			fact("principal", parsed[0], "STS GetCallerIdentity Arn"),
			fact("account", parsed[1], "STS GetCallerIdentity Account"),
			fact("principalKind", kind.kind, kind.detail)
		]
	};
}
function principalKind(resource) {
	if (resource === "root") return {
		kind: "human",
		detail: "the account root user"
	};
	if (resource.startsWith("user/")) return {
		kind: "human",
		detail: "an IAM user (machine users look the same)"
	};
	if (resource.startsWith("assumed-role/")) {
		if (resource.startsWith("assumed-role/AWSReservedSSO_")) return {
			kind: "human",
			detail: "an IAM Identity Center (SSO) role session: a person signed in"
		};
		return {
			kind: "service",
			detail: "an assumed-role session (a workload, CI or federated role)"
		};
	}
	if (resource.startsWith("federated-user/")) return {
		kind: "service",
		detail: "a federated user session (GetFederationToken)"
	};
	return {
		kind: "unknown",
		detail: "an ARN of a kind keybound does not classify"
	};
}
// src/providers/buildkite.ts
const BODY$12 = "k3lm9pq2rs7tv1wx4yb8zc5dn0fh6gj3hkq4tzr8";
const HUMAN = "Buildkite API access tokens are issued to a person, not an organization";
const buildkite = defineProvider({
	id: "buildkite",
	name: "Buildkite",
	formats: [{
		type: "api-access-token",
		pattern: /^bkua_[a-z0-9]{40}$/,
		principalKind: "human",
		principalDetail: "a Buildkite user API access token (bkua_)",
		examples: ["bkua_" + BODY$12],
		counterExamples: [
			"bkua_" + BODY$12.slice(1),
			"bkua_" + BODY$12.toUpperCase(),
			"bkua-" + BODY$12
		]
	}, {
		type: "legacy-api-access-token",
		pattern: /^[0-9a-f]{40}$/,
		needsNameHint: true,
		principalKind: "human",
		principalDetail: "a Buildkite API access token",
		examples: ["4f1c93b2e7d5a807c3e9a1f5b2d8e04a6f1c93b2"],
		counterExamples: ["4f1c93b2e7d5a807c3e9a1f5b2d8e04a6f1c93b"]
	}],
	namePatterns: [require_outcome.namePart("BUILDKITE_TOKEN", "BUILDKITE_API_TOKEN", "BUILDKITE_ACCESS_TOKEN", "BUILDKITE_API_ACCESS_TOKEN")],
	guide: {
		principal: "the e-mail of the user the token belongs to (`user.email`)",
		verified: "the token answers with its scopes, creation date and user",
		invalid: "401: revoked (by hand, or by the organization after a period of inactivity) or never valid",
		unknown: "another answer, or no answer"
	},
	errorText: ["message"],
	calls: { accessToken: get("https://api.buildkite.com", "/v2/access-token", {
		auth: bearer(),
		answers: [on(200, accept(token$4), { body: { uuid: /./ } }), on(401, require_outcome.invalid("revoked", "Buildkite does not accept this token{said}"), { anyBody: true })]
	}) }
});
function token$4(a) {
	const email = a.text("user.email");
	const created = require_outcome.parseDate(a.text("created_at").replace(/ UTC$/, "Z"));
	return {
		principal: {
			uuid: a.text("uuid"),
			...a.fields({
				description: "description",
				user: "user.name",
				email: "user.email"
			})
		},
		facts: [
			...email ? [fact("principal", email, "Buildkite GET /v2/access-token user.email")] : [],
			fact("principalKind", "human", HUMAN),
			fact("scopes", a.all("scopes").map((scope) => a.clean(scope)).filter(Boolean), "Buildkite GET /v2/access-token scopes"),
			...created ? [fact("created", created.toISOString(), "Buildkite GET /v2/access-token created_at")] : []
		],
		...email ? {} : { note: "Buildkite named no user for this token" }
	};
}
// src/providers/circleci.ts
const UUID58 = "Qw3Er5Ty7Ui9Op2As4Df6G";
const HEX$3 = "0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e";
const tail = (prefix) => new RegExp(`^${prefix}_[A-Za-z0-9]{22}_[0-9a-f]{40}$`);
const circleci = defineProvider({
	id: "circleci",
	name: "CircleCI",
	formats: [
		{
			type: "personal-token",
			pattern: tail("CCIPAT"),
			principalKind: "human",
			principalDetail: "a personal API token (CCIPAT_)",
			examples: ["CCIPAT_" + UUID58 + "_" + HEX$3],
			counterExamples: [
				"CCIPAT_" + UUID58.slice(1) + "_0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e",
				"CCIPAT-" + UUID58 + "_" + HEX$3,
				"CCIPAT_" + HEX$3
			]
		},
		{
			type: "project-token",
			pattern: tail("CCIPRJ"),
			principalKind: "service",
			principalDetail: "a project API token (CCIPRJ_)",
			examples: ["CCIPRJ_" + UUID58 + "_" + HEX$3],
			counterExamples: ["CCIPRJ_" + UUID58 + "_" + HEX$3.toUpperCase(), "CCIPRJ_" + UUID58]
		},
		{
			type: "legacy-token",
			pattern: /^[0-9a-f]{40}$/,
			needsNameHint: true,
			examples: [HEX$3],
			counterExamples: [
				HEX$3.slice(1),
				HEX$3 + "a",
				HEX$3.toUpperCase()
			]
		}
	],
	namePatterns: [require_outcome.namePart("CIRCLECI", "CIRCLE_CI", "CIRCLE_TOKEN", "CIRCLE_API_TOKEN", "CIRCLE_API_USER_TOKEN")],
	guide: {
		principal: "the VCS login of `GET /api/v2/me` (its user id `id` also matches)",
		verified: "/me names the user: a personal token, so a person (human)",
		invalid: "401 for a `CCIPAT_` personal token (revoked, expired or never valid)",
		unknown: "401 for a legacy 40-hex token: revoked, or a valid project token, which /me refuses alike; `CCIPRJ_` project tokens are not sent (skipped)"
	},
	errorText: ["message"],
	start: (credential) => credential.format.type === "project-token" ? require_outcome.skipped("unsupported", "a CircleCI project token (CCIPRJ_) cannot call GET /api/v2/me; it was not sent") : {},
	calls: { me: get("https://circleci.com", "/api/v2/me", {
		auth: header("circle-token"),
		answers: [on(200, accept(me$5)), on(401, (a) => a.credential.format.type === "personal-token" ? require_outcome.invalid("revoked", "CircleCI does not accept this personal token (revoked, expired or never valid){said}") : require_outcome.unknown("unknown-key", "CircleCI refused the token on GET /api/v2/me: it is revoked or never valid, or it is a valid project token, which /me refuses with the same 401{said}"))]
	}) }
});
function me$5(a) {
	const login = a.text("login");
	const id = a.text("id");
	if (!login || !id) return require_outcome.unexpected(a, "CircleCI answered GET /api/v2/me without a login and id");
	return {
		principal: {
			login,
			id,
			...a.fields(["name"])
		},
		aliases: [id],
		facts: [
			fact("principal", login, "CircleCI GET /api/v2/me login"),
			fact("principalKind", "human", "CircleCI /me answers personal tokens only: a person"),
			fact("keyType", "personal-token", "CircleCI GET /api/v2/me answered (project tokens cannot)")
		]
	};
}
// src/providers/cloudflare.ts
const BODY$11 = "X9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT";
const CHECKSUM = "22abfdd1";
const TAIL$4 = "[A-Za-z0-9]{40}[a-f0-9]{8}";
const BASE$8 = "https://api.cloudflare.com";
const ACCOUNT_ID$1 = /^[0-9a-f]{32}$/;
const COMPANIONS$3 = ["cloudflare", "cf"].flatMap((word) => ["apitoken", "token"].map((primary) => ({
	primary,
	companions: {},
	lookups: { accountid: "accountId" },
	prefixContains: word
})));
const VERIFIED = [on(200, accept(tokenStatus), { body: { success: true } }), on([
	200,
	401,
	403
], accept(tokenStatus), { body: { "result.status": ["disabled", "expired"] } })];
const accountPath = (a) => next(ACCOUNT_ID$1.test(a.credential.companions.accountId?.reveal() ?? "") ? "account" : "accounts");
const isUserToken = (a) => a.credential.format.type === "user-token";
const cloudflare = defineProvider({
	id: "cloudflare",
	name: "Cloudflare",
	formats: [
		{
			type: "account-token",
			pattern: new RegExp(`^cfat_${TAIL$4}$`),
			principalKind: "service",
			principalDetail: "an account-owned API token, not tied to a user (cfat_)",
			examples: ["cfat_" + BODY$11 + CHECKSUM],
			counterExamples: [
				"cfat_" + BODY$11,
				"cfat_" + BODY$11 + "ZZZZZZZZ",
				"cfat-" + BODY$11 + CHECKSUM
			]
		},
		{
			type: "user-token",
			pattern: new RegExp(`^cfut_${TAIL$4}$`),
			principalKind: "human",
			principalDetail: "a user account token (cfut_)",
			examples: ["cfut_NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu222abfdd1"],
			counterExamples: ["cfut_NIuP7lo2v9jQcPKhL2Gj9GDCLkhtTZMacEdrczu2"]
		},
		{
			type: "global-api-key",
			pattern: new RegExp(`^cfk_${TAIL$4}$`),
			principalKind: "human",
			principalDetail: "a user account's Global API Key (cfk_)",
			examples: ["cfk_zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhL22abfdd1"],
			counterExamples: ["cfk_zk26dB5DIyouFiQHVO7dtuA0o8PleD4f4t1KwGhLabc"]
		},
		{
			type: "legacy-token",
			pattern: /^[A-Za-z0-9_-]{40}$/,
			needsNameHint: true,
			examples: ["s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x"],
			counterExamples: ["s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2", "s0MQKGSfa-9WFuF1GyggCQ9gC7ad3OmIHhXH3v2x."]
		},
		{
			type: "legacy-global-api-key",
			pattern: /^[0-9a-f]{37}$/,
			needsNameHint: true,
			principalKind: "human",
			principalDetail: "a user account's Global API Key (37 hex characters)",
			examples: ["5f9c993fcba3c41e6777021896a7425da46ee"],
			counterExamples: ["5f9c993fcba3c41e6777021896a7425da46e", "5f9c993fcba3c41e6777021896a7425da46eg"]
		}
	],
	namePatterns: [require_outcome.namePart("CLOUDFLARE", "CF_API_TOKEN", "CF_API_KEY", "CF_TOKEN", "CF_ACCOUNT_TOKEN", "CF_USER_TOKEN")],
	companions: COMPANIONS$3,
	guide: {
		principal: "the API token id (verify names no user)",
		verified: "verify says active (user path, or the account path with CLOUDFLARE_ACCOUNT_ID); an account-owned token without its account id is verified by GET /accounts code 1001, with no id",
		invalid: "status disabled or expired; 401/403 code 1000 for a `cfut_` user token, or under the known account id",
		unknown: "a legacy or `cfat_` token refused on the user path when no account id is known (revoked, or account-owned); 6003/6111 (not a token)"
	},
	errorText: ["errors.0.message"],
	start: (credential) => {
		const type = credential.format.type;
		if (type === "global-api-key" || type === "legacy-global-api-key") return require_outcome.skipped("unsupported", "a Cloudflare Global API Key is checked only with its account email, which keybound does not have");
		const account = ACCOUNT_ID$1.test(credential.companions.accountId?.reveal() ?? "");
		if (type === "account-token") return { call: account ? "account" : "accounts" };
		return { call: "user" };
	},
	calls: {
		user: get(BASE$8, "/client/v4/user/tokens/verify", {
			auth: bearer(),
			answers: [
				...VERIFIED,
				on([400, 401], require_outcome.unknown("unknown-key", "Cloudflare does not accept this value as an API token{said}"), { when: (a) => [...a.all("errors.*.code"), ...a.all("errors.*.error_chain.*.code")].some((c) => c === 6003 || c === 6111) }),
				on([401, 403], require_outcome.invalid("revoked", "Cloudflare rejected the token{said}"), {
					body: { "errors.*.code": 1e3 },
					when: isUserToken
				}),
				on([401, 403], accountPath, {
					body: { success: false },
					when: (a) => !isUserToken(a)
				})
			]
		}),
		account: get(BASE$8, "/client/v4/accounts/{account_id}/tokens/verify", {
			auth: bearer(),
			answers: [...VERIFIED, on([
				400,
				401,
				403
			], require_outcome.invalid("revoked", "Cloudflare rejected the token under its account{said}"), { body: { success: false } })]
		}),
		accounts: get(BASE$8, "/client/v4/accounts", {
			auth: bearer(),
			answers: [on(400, accept(() => ({
				facts: [fact("principalKind", "service", "an account-owned API token (Cloudflare code 1001)")],
				note: "Cloudflare says this is a live account-owned token (code 1001 on GET /accounts); its id and status are read only under its account id: set CLOUDFLARE_ACCOUNT_ID beside it"
			})), { body: { "errors.*.code": 1001 } }), on(void 0, require_outcome.unknown("unknown-key", "Cloudflare did not confirm this token: it is revoked, or it is an account-owned token, which is verified only under its account id: set CLOUDFLARE_ACCOUNT_ID (or CF_ACCOUNT_ID) beside it"), { anyBody: true })]
		})
	}
});
function tokenStatus(a) {
	const id = a.text("result.id");
	const status = a.text("result.status");
	if (!id || !status) return require_outcome.unexpected(a, "a verify answer without a token id and status");
	const expires = require_outcome.parseDate(a.text("result.expires_on"));
	const notBefore = require_outcome.parseDate(a.text("result.not_before"));
	const facts = expires ? [fact("expires", expires.toISOString(), "tokens/verify expires_on")] : [];
	if (status === "disabled") return {
		...require_outcome.invalid("revoked", "Cloudflare says the token is disabled"),
		facts
	};
	if (status === "expired") return {
		...require_outcome.invalid("expired", "Cloudflare says the token has expired"),
		facts
	};
	if (status !== "active") return require_outcome.unexpected(a, "a token status Cloudflare does not document");
	const early = notBefore && notBefore > a.context.now;
	return {
		principal: {
			tokenId: id,
			status,
			...notBefore ? { notBefore: notBefore.toISOString() } : {}
		},
		facts: [fact("principal", id, "Cloudflare API token id (verify names no user)"), ...facts],
		...early ? { note: `Cloudflare accepted the token, but it is not valid before ${notBefore.toISOString()}` } : {}
	};
}
// src/providers/confluent.ts
const KEY_ID = "Q7ZL3XK2M9PW4RT6";
const SECRET$3 = "Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBx+Lm/Np4Rs8Tv1WxZa3Cd5Ef6";
const ID$2 = /^[A-Za-z0-9]{16}$/;
const COMPANIONS$2 = ["confluent", "ccloud"].map((word) => ({
	primary: "secret",
	companions: { key: "keyId" },
	prefixContains: word
}));
const KINDS$1 = {
	User: "human",
	ServiceAccount: "service"
};
const KEY_ID_ONLY = require_outcome.skipped("unsupported", "a Confluent API key id is an identifier; its secret is what is checked");
const NO_KEY_ID = require_outcome.skipped("no-value", "a Confluent API secret is checked with its key id (CONFLUENT_CLOUD_API_KEY beside CONFLUENT_CLOUD_API_SECRET), which was not given or is not 16 letters and digits; it was not sent");
const REFUSED$4 = require_outcome.unknown("unknown-key", "Confluent Cloud refused the key (401): a wrong secret or a deleted key, or a resource-scoped key (a Kafka cluster, Schema Registry or ksqlDB key), which the IAM API never accepts; only Cloud API keys can be checked");
const confluent = defineProvider({
	id: "confluent",
	name: "Confluent Cloud",
	formats: [{
		type: "api-secret",
		pattern: /^[A-Za-z0-9+/]{64}$/,
		needsNameHint: true,
		examples: [SECRET$3],
		counterExamples: [
			SECRET$3.slice(1),
			SECRET$3 + "x",
			SECRET$3.slice(1) + "="
		]
	}, {
		type: "api-key-id",
		pattern: /^[A-Z0-9]{16}$/,
		needsNameHint: true,
		examples: [KEY_ID],
		counterExamples: [KEY_ID.slice(1), KEY_ID.toLowerCase()]
	}],
	namePatterns: [require_outcome.keyName(["CONFLUENT", "CCLOUD"], ["API_KEY", "API_SECRET"])],
	companions: COMPANIONS$2,
	guide: {
		principal: "the owner id of the key: `u-\u2026` for a user, `sa-\u2026` for a service account",
		verified: "the IAM API returns the key (a Cloud API key): its owner and owner kind, resource, environment and dates",
		invalid: "never from a refusal: a wrong or deleted key and a resource-scoped key get the same 401",
		unknown: "401 (a wrong secret or deleted key, or a Kafka cluster, Schema Registry or ksqlDB key, which the IAM API never accepts), 403, or no answer; `skipped` without the key id beside the secret"
	},
	errorText: ["errors.0.detail"],
	start: (credential) => {
		if (credential.format.type === "api-key-id") return KEY_ID_ONLY;
		return ID$2.test(credential.companions.keyId?.reveal() ?? "") ? {} : NO_KEY_ID;
	},
	calls: { apiKey: get("https://api.confluent.cloud", "/iam/v2/api-keys/{keyId}", {
		auth: basic("keyId", "key"),
		answers: [
			on(200, accept(record), { body: {
				kind: "ApiKey",
				"spec.owner.id": /./
			} }),
			on(401, REFUSED$4, { anyBody: true }),
			on(403, require_outcome.unknown("insufficient-scope", "Confluent Cloud would not show the key its own record (HTTP 403{said})"))
		]
	}) }
});
function record(a) {
	if (a.get("id") !== a.credential.companions.keyId?.reveal()) return require_outcome.unexpected(a, "Confluent Cloud answered with the record of another API key");
	const owner = a.text("spec.owner.id");
	const kind = KINDS$1[a.text("spec.owner.kind")];
	const resource = a.text("spec.resource.id");
	const facts = [
		fact("principal", owner, "Confluent Cloud spec.owner.id of the API key"),
		...kind ? [fact("principalKind", kind, `Confluent Cloud spec.owner.kind ${a.text("spec.owner.kind")}`)] : [],
		...resource ? [fact("scopes", [resource], "Confluent Cloud spec.resource.id (cloud: organization-wide)")] : []
	];
	for (const [name, path] of Object.entries({
		created: "metadata.created_at",
		expires: "spec.expires_at"
	})) {
		const date = require_outcome.parseDate(a.text(path));
		if (date) facts.push(fact(name, date.toISOString(), `Confluent Cloud ${path}`));
	}
	return {
		principal: {
			owner,
			...a.fields({
				owner_kind: "spec.owner.kind",
				resource: "spec.resource.id",
				display_name: "spec.display_name"
			}),
			...a.fields({ environment: "spec.resource.environment" })
		},
		facts
	};
}
// src/providers/databricks.ts
const HEX$2 = "7c3e9a1f5b2d8e04a6f1c93b2e7d5a80";
const INVALID_TOKEN = /invalid access token/i;
const SERVICE_PRINCIPAL = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal";
const UUID$1 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNAVAILABLE = require_outcome.unknown("server-error", "Databricks says authentication is temporarily unavailable{said}");
const REFUSED$3 = require_outcome.invalid("revoked", "Databricks does not accept this token (HTTP {status} Invalid access token): it is invalid, expired or revoked, or it belongs to another workspace than --endpoint names");
const DENIED = require_outcome.unknown("unexpected-response", "Databricks refused SCIM Me (HTTP 403{said}): an IP access list may exclude this runner, or the token may not use the workspace");
const databricks = defineProvider({
	id: "databricks",
	name: "Databricks",
	formats: [{
		type: "personal-access-token",
		pattern: /^dapi[0-9a-f]{32}(?:|-[0-9])$/,
		examples: ["dapi" + HEX$2, "dapi" + HEX$2 + "-2"],
		counterExamples: [
			"dapi" + HEX$2.slice(1),
			"dapi" + HEX$2.toUpperCase(),
			"dapi" + HEX$2 + "-",
			"dapi" + HEX$2 + "-12"
		]
	}],
	namePatterns: [require_outcome.keyName(["DATABRICKS"], ["TOKEN", "PAT"])],
	tenant: {
		what: "the Databricks workspace URL",
		example: "https://{workspace}.cloud.databricks.com"
	},
	guide: {
		principal: "the `userName` of SCIM Me: the e-mail of a user, the application id of a service principal",
		verified: "SCIM Me names an active user or service principal, with its entitlements and groups as scopes; dates when the caller holds one token",
		invalid: "401/403 \"Invalid access token\" (invalid, expired or revoked, or a token of another workspace than --endpoint names); `active: false` (user-inactive)",
		unknown: "another 403 (an IP access list), TEMPORARILY_UNAVAILABLE, or no answer; `skipped` without --endpoint databricks=https://{workspace}.cloud.databricks.com"
	},
	errorText: ["message"],
	calls: {
		me: get(void 0, "/api/2.0/preview/scim/v2/Me", {
			auth: bearer(),
			answers: [
				on(200, accept(me$4), { body: { userName: /./ } }),
				on(void 0, UNAVAILABLE, { body: { error_code: "TEMPORARILY_UNAVAILABLE" } }),
				on([401, 403], REFUSED$3, {
					anyBody: true,
					when: (a) => INVALID_TOKEN.test(`${a.text("message")} ${a.header("x-databricks-reason-phrase")}`)
				}),
				on(403, DENIED)
			]
		}),
		tokens: get(void 0, "/api/2.0/token/list", {
			auth: bearer(),
			optional: (why) => `the token's dates could not be read from GET /api/2.0/token/list (${why})`,
			answers: [on(200, accept(dates), { when: (a) => Array.isArray(a.get("token_infos")) })]
		})
	}
});
function me$4(a) {
	const userName = a.text("userName");
	if (!userName) return require_outcome.unexpected(a, "Databricks answered SCIM Me without a userName");
	const service = a.all("schemas").includes(SERVICE_PRINCIPAL) || a.get("applicationId") !== void 0 || UUID$1.test(userName);
	const facts = [fact("principal", userName, "Databricks SCIM Me userName"), service ? fact("principalKind", "service", "a Databricks service principal (SCIM Me schema, applicationId or UUID name)") : fact("principalKind", "human", "a Databricks user (SCIM Me userName)")];
	const who = `the Databricks ${service ? "service principal" : "user"} ${userName}`;
	if (a.get("active") === false) return require_outcome.invalid("user-inactive", `${who} is not active`, facts);
	const scopes = [...a.all("entitlements.*.value").map((value) => a.clean(value)), ...a.all("groups.*.display").map((group) => `group:${a.clean(group)}`)].filter((scope) => scope !== "" && scope !== "group:");
	facts.push(fact("scopes", scopes, "Databricks SCIM Me entitlements and groups (group:\u2026)"));
	return {
		principal: {
			userName,
			...a.fields([
				"id",
				"displayName",
				"active"
			])
		},
		facts,
		next: "tokens"
	};
}
function dates(a) {
	const tokens = a.all("token_infos");
	if (tokens.length !== 1) return { note: `the caller holds ${tokens.length} tokens and which is this one is not known: no dates recorded` };
	return { facts: [["created", "creation_time"], ["expires", "expiry_time"]].flatMap(([name, field]) => {
		const ms = a.get(`token_infos.0.${field}`);
		return typeof ms === "number" && ms > 0 && ms < 864e13 ? [fact(name, new Date(ms).toISOString(), `Databricks token/list ${field} (the caller's only token)`)] : [];
	}) };
}
// src/providers/datadog.ts
const SITES = [
	"datadoghq.com",
	"us3.datadoghq.com",
	"us5.datadoghq.com",
	"datadoghq.eu",
	"ap1.datadoghq.com",
	"ap2.datadoghq.com",
	"ddog-gov.com",
	"us2.ddog-gov.com",
	"uk1.datadoghq.com"
];
const US1 = "https://api.datadoghq.com";
const BOTH_KEYS = (parts) => ({
	"dd-api-key": parts.apiKey.reveal(),
	"dd-application-key": parts.key.reveal()
});
function siteOf$1(credential) {
	const site = credential.companions.site?.reveal().trim().toLowerCase();
	return site !== void 0 && SITES.includes(site) ? site : void 0;
}
function refusal(what) {
	return (a) => {
		const site = siteOf$1(a.credential);
		if (site || a.context.declaredEndpoint) return require_outcome.invalid("unknown-key", `Datadog${site ? ` (site ${site})` : ""} does not know this ${what}`);
		return require_outcome.unknown("unknown-key", `Datadog US1 does not know this ${what}: it is invalid, or it belongs to another Datadog site (EU, US3, AP1...); name the site with a DD_SITE secret beside the key, or --endpoint datadog=https://api.<site>`);
	};
}
const refused$5 = (what) => on([401, 403], refusal(what), { when: (a) => Array.isArray(a.get("errors")) });
const COMPANIONS$1 = ["dd", "datadog"].flatMap((word) => [{
	primary: `${word}apikey`,
	companions: {},
	lookups: { [`${word}site`]: "site" }
}, ...["appkey", "applicationkey"].map((app) => ({
	primary: `${word}${app}`,
	companions: {},
	lookups: {
		[`${word}apikey`]: "apiKey",
		[`${word}site`]: "site"
	}
}))]);
const datadog = defineProvider({
	id: "datadog",
	name: "Datadog",
	formats: [{
		type: "api-key",
		pattern: /^[0-9a-f]{32}$/,
		needsNameHint: true,
		examples: ["b36e992c843ea22c76edc6c5003d133a"],
		counterExamples: [
			"b36e992c843ea22c76edc6c5003d133",
			"B36E992C843EA22C76EDC6C5003D133A",
			"b36e992c843ea22c76edc6c5003d133z"
		]
	}, {
		type: "app-key",
		pattern: /^[0-9a-f]{40}$/,
		needsNameHint: true,
		examples: ["19ffab0396347dd16ca6637daece4967b3fe39bf"],
		counterExamples: ["19ffab0396347dd16ca6637daece4967b3fe39b", "19ffab0396347dd16ca6637daece4967b3fe39bff"]
	}],
	namePatterns: [require_outcome.namePart("DATADOG", "DD_API_KEY", "DD_APP_KEY", "DD_APPLICATION_KEY", "DD_CLIENT_API_KEY", "DD_KEY")],
	companions: COMPANIONS$1,
	sites: SITES.slice(1).map((site) => `https://api.${site}`),
	baseUrlFor: (credential) => {
		const site = siteOf$1(credential);
		return site === void 0 ? void 0 : `https://api.${site}`;
	},
	guide: {
		principal: "none for API keys (they belong to the organization); application keys: the owning user (handle), best effort",
		verified: "the site accepts the key (and the application key with its API key)",
		invalid: "401/403 from the key's own site, named by DD_SITE / DATADOG_SITE beside the key or by --endpoint",
		unknown: "401/403 from US1 when the site is not named: a key of another site gets the same answer"
	},
	start: (credential) => {
		if (credential.format.type === "api-key") return { call: "validate" };
		if (/^[0-9a-f]{32}$/.test(credential.companions.apiKey?.reveal() ?? "")) return { call: "validateKeys" };
		return require_outcome.skipped("unsupported", "a Datadog application key is checked only with its API key (DD_API_KEY of the same prefix), which was not given or is not well-formed");
	},
	calls: {
		validate: get(US1, "/api/v1/validate", {
			auth: header("dd-api-key"),
			answers: [
				on(200, accept(() => ({ note: "Datadog accepted the API key; API keys belong to the organization, so no principal is known" })), { body: { valid: true } }),
				on(200, refusal("API key"), { body: { valid: false } }),
				refused$5("API key")
			]
		}),
		validateKeys: get(US1, "/api/v2/validate_keys", {
			auth: BOTH_KEYS,
			answers: [on(200, next("currentUser"), { body: { status: "ok" } }), refused$5("application key, or its API key")]
		}),
		currentUser: get(US1, "/api/v2/current_user", {
			auth: BOTH_KEYS,
			optional: () => "Datadog accepted the application key; the user who owns it could not be read",
			answers: [on(200, accept(owner), { body: { "data.attributes.handle": /./ } })]
		})
	}
});
function owner(a) {
	const handle = a.text("data.attributes.handle");
	const service = a.get("data.attributes.service_account");
	const kind = service === true ? "service" : "human";
	return {
		principal: { user: handle },
		facts: [fact("principal", handle, "Datadog GET /api/v2/current_user handle"), ...typeof service === "boolean" ? [fact("principalKind", kind, `Datadog user service_account: ${service}`)] : []]
	};
}
// src/providers/discord.ts
const ID_PART = "MTEyMjMzNDQ1NTY2Nzc4ODk5MA";
const HMAC = "Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9Qw";
const DIGITS3 = "[MNO][DTjz][AEIMQUYcgk][w-z0-5]";
const [ONE, TWO] = ["[MNO][AQgw]", "[MNO][DTjz][AEIMQUYcgk]"];
const ID_B64 = [
	DIGITS3.repeat(5) + TWO,
	DIGITS3.repeat(6),
	DIGITS3.repeat(6) + ONE,
	DIGITS3.repeat(6) + TWO
].join("|");
const discord = defineProvider({
	id: "discord",
	name: "Discord",
	formats: [{
		type: "bot-token",
		pattern: new RegExp(`^(?:${ID_B64})\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}$`),
		needsNameHint: true,
		examples: [`${ID_PART}.GhIjKl.${HMAC.slice(0, 27)}`, `${ID_PART}.Gq_3-x.${HMAC}`],
		counterExamples: [
			`eyJhbGciOiJIUzI1NiJ9.GhIjKl.${HMAC.slice(0, 27)}`,
			`${ID_PART}.GhIjK.${HMAC.slice(0, 27)}`,
			`${ID_PART}.GhIjKl.${HMAC.slice(0, 20)}`,
			`${ID_PART}GhIjKl${HMAC.slice(0, 27)}`
		]
	}],
	namePatterns: [require_outcome.credentialNames("DISCORD", "DISCORD_BOT")],
	guide: {
		principal: "the bot user id of `GET /users/@me` (its username works too)",
		verified: "users/@me names the bot (`bot: true`: a service principal)",
		invalid: "401: the token was reset (Discord resets a token it finds published), revoked or never valid, or it is not a bot token",
		unknown: "any other answer; one request per token, since Discord bans IPs that send many invalid ones"
	},
	errorText: ["message"],
	calls: { me: get("https://discord.com", "/api/v10/users/@me", {
		auth: (parts) => ({ authorization: `Bot ${parts.key.reveal()}` }),
		answers: [on(200, accept(me$3)), on(401, require_outcome.invalid("revoked", "Discord does not accept this bot token (401): reset, revoked or never valid, or a user token rather than a bot token"), { anyBody: true })]
	}) }
});
function me$3(a) {
	const id = a.text("id");
	if (!/^\d{15,22}$/.test(id)) return require_outcome.unexpected(a, "Discord answered users/@me without a user id");
	const bot = a.get("bot") === true;
	const username = a.text("username");
	return {
		principal: {
			id,
			bot,
			...a.fields(["username", "global_name"])
		},
		facts: [fact("principal", id, "Discord GET /users/@me id"), bot ? fact("principalKind", "service", "a Discord bot user (users/@me bot: true)") : fact("principalKind", "human", "a Discord user account (users/@me without bot: true)")],
		...username ? { aliases: [username] } : {}
	};
}
// src/providers/doppler.ts
const BODY$10 = "Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2";
const TOKEN$1 = "[A-Za-z0-9]{40,44}";
const CONFIG_ROOTS = {
	dev: "development",
	stg: "staging",
	prd: "production"
};
function serviceToken(root) {
	return {
		type: "service-token",
		pattern: new RegExp(`^dp\\.st\\.${root}(?:\\.|_[a-z0-9_-]{1,32}\\.)${TOKEN$1}$`),
		mode: CONFIG_ROOTS[root],
		principalKind: "service",
		principalDetail: `a Doppler service token of a ${root} config (dp.st.${root})`,
		examples: [`dp.st.${root}.Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2`, `dp.st.${root}_alice.Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2`],
		counterExamples: [
			`dp.st.${root}ops.Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2`,
			`dp.st.${root}.` + BODY$10.slice(5),
			`dp.st.${root}_.Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2`
		]
	};
}
function token$3(kind, type, principalKind, what) {
	return {
		type,
		pattern: new RegExp(`^dp\\.${kind}\\.${TOKEN$1}$`),
		principalKind,
		principalDetail: `${what} (dp.${kind}.)`,
		examples: [`dp.${kind}.Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2`],
		counterExamples: [`dp.${kind}.` + BODY$10.slice(1, 30), `dp_${kind}_Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2`]
	};
}
const doppler = defineProvider({
	id: "doppler",
	name: "Doppler",
	formats: [
		serviceToken("dev"),
		serviceToken("stg"),
		serviceToken("prd"),
		{
			type: "service-token",
			pattern: new RegExp(`^dp\\.st\\.(?!(?:dev|stg|prd)[._])(?:[a-z0-9_-]{2,35}\\.|)${TOKEN$1}$`),
			principalKind: "service",
			principalDetail: "a Doppler service token (dp.st.), bound to one config",
			examples: ["dp.st.ci." + BODY$10, "dp.st." + BODY$10],
			counterExamples: ["dp.st.dev." + BODY$10, "dp.st.a." + BODY$10]
		},
		token$3("ct", "cli-token", "human", "a Doppler CLI token, a user login"),
		token$3("pt", "personal-token", "human", "a Doppler personal token"),
		token$3("sa", "service-account-token", "service", "a Doppler service account token"),
		token$3("scim", "scim-token", "service", "a Doppler SCIM token of the workplace"),
		token$3("audit", "audit-token", "service", "a Doppler audit token of the workplace")
	],
	namePatterns: [require_outcome.namePart("DOPPLER_TOKEN", "DOPPLER_SERVICE_TOKEN", "DOPPLER_API_TOKEN", "DOPPLER_ACCESS_TOKEN")],
	guide: {
		principal: "the token `name` of /v3/me (its `slug` too)",
		verified: "/v3/me names the token and its workplace; a `dp.st.dev.` or `dp.st.stg.` service token in production is reported offline by no-dev-keys-in-prod",
		invalid: "401: the token is revoked, expired or never valid",
		unknown: "any other answer (Doppler documents no other error body), or no answer"
	},
	errorText: ["messages.0"],
	calls: { me: get("https://api.doppler.com", "/v3/me", {
		auth: bearer(),
		answers: [on(200, accept(me$2)), on(401, require_outcome.invalid("revoked", "Doppler does not accept this token{said}"), { anyBody: true })]
	}) }
});
function me$2(a) {
	const name = a.text("name");
	if (!name) return require_outcome.unexpected(a, "a /v3/me answer without a token name");
	const workplace = a.text("workplace.slug") || a.text("workplace.name");
	const created = require_outcome.parseDate(a.text("created_at"));
	return {
		principal: {
			name,
			...a.fields({
				slug: "slug",
				type: "type",
				workplace: "workplace.name",
				lastSeen: "last_seen_at"
			})
		},
		facts: [
			fact("principal", name, "Doppler /v3/me name"),
			...workplace ? [fact("account", workplace, "Doppler /v3/me workplace")] : [],
			...created ? [fact("created", created.toISOString(), "Doppler /v3/me created_at")] : []
		],
		...a.text("slug") && a.text("slug") !== name ? { aliases: [a.text("slug")] } : {}
	};
}
// src/providers/dropbox.ts
const BODY$9 = "BFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0Pg5Ya-Ue_".repeat(4);
const tag = (value) => value !== null && typeof value === "object" ? value[".tag"] : void 0;
const tagged = (status, name, then) => on(status, then, { when: (a) => tag(a.get("error")) === name });
const NO_SCOPE = accept(() => ({
	facts: [fact("principalKind", "human", "Dropbox access tokens act for a user account")],
	note: "Dropbox accepted the token, but it lacks the account_info.read scope: whose it is is unknown"
}));
const dropbox = defineProvider({
	id: "dropbox",
	name: "Dropbox",
	formats: [{
		type: "short-lived",
		pattern: /^sl\.(?:u\.[A-Za-z0-9_-]{130,1000}|[A-Za-z0-9_-]{130,1000})$/,
		examples: ["sl." + BODY$9, "sl.u." + BODY$9],
		counterExamples: [
			"sl." + BODY$9.slice(0, 100),
			"sl-" + BODY$9,
			"sl." + BODY$9 + ".x",
			"sl.v." + BODY$9
		]
	}],
	namePatterns: [require_outcome.credentialNames("DROPBOX")],
	guide: {
		principal: "the account id `dbid:\u2026` of get_current_account (its e-mail works too)",
		verified: "get_current_account names the account (a token without account_info.read is accepted, unnamed)",
		invalid: "expired_access_token (short-lived `sl.` tokens last about four hours), invalid_access_token (revoked), user_suspended or `disabled: true` (user-inactive)",
		unknown: "a team (Business) token, which names no single account; another error, or no answer"
	},
	errorText: ["error_summary"],
	parse: (response) => {
		const type = response.headers["content-type"] ?? "";
		if (response.status === 400 && /^text\/plain\b/i.test(type)) return { text: response.body };
		return require_outcome.jsonObject(response);
	},
	calls: { account: post("https://api.dropboxapi.com", "/2/users/get_current_account", {
		note: "users/get_current_account is read-only (an RPC call without arguments, hence POST)",
		auth: bearer(),
		body: "",
		answers: [
			on(200, accept(account$3)),
			tagged(401, "expired_access_token", require_outcome.invalid("expired", "Dropbox says this access token has expired (expired_access_token): short-lived tokens last about four hours, so a deploy needs a refresh token")),
			tagged(401, "invalid_access_token", require_outcome.invalid("revoked", "Dropbox does not accept this token (invalid_access_token): revoked or never valid")),
			tagged(401, "user_suspended", require_outcome.invalid("user-inactive", "Dropbox says the user behind this token is suspended (user_suspended)")),
			tagged([400, 401], "missing_scope", NO_SCOPE),
			on(400, NO_SCOPE, { body: { text: /does not have the required scope/i } }),
			on(400, require_outcome.unknown("insufficient-scope", "Dropbox says this is a team (Business) token, which names no single account; it was not judged"), { body: { text: /for an entire Dropbox Business team/i } })
		]
	}) }
});
function account$3(a) {
	const id = a.text("account_id");
	if (!/^dbid:[A-Za-z0-9_-]+$/.test(id)) return require_outcome.unexpected(a, "Dropbox answered without an account_id");
	if (a.get("disabled") === true) return require_outcome.invalid("user-inactive", `the Dropbox account ${id} behind this token is disabled`);
	const accountType = tag(a.get("account_type"));
	const principal = {
		account_id: id,
		...typeof accountType === "string" ? { account_type: a.clean(accountType) } : {},
		...a.fields({
			team_id: "team.id",
			team: "team.name",
			country: "country"
		})
	};
	const team = a.text("team.id");
	const email = a.text("email");
	return {
		principal,
		facts: [
			fact("principal", id, "Dropbox get_current_account account_id"),
			fact("principalKind", "human", "Dropbox access tokens act for a user account"),
			...team ? [fact("account", team, "Dropbox get_current_account team.id (business team)")] : []
		],
		...email ? { aliases: [email] } : {}
	};
}
// src/providers/elasticsearch.ts
const PAIR = "Vk3nQz7Wm2Xr7Tb3Nc8V:f1Hs6Jd0Lg5Ya2Ue9QwBxA";
const ENCODED = Buffer.from(PAIR).toString("base64");
const ID_KEY = /^[A-Za-z0-9_-]{16,64}:[A-Za-z0-9_-]{16,128}$/;
const NO_CREDENTIALS = /missing authentication credentials/i;
const NOT_A_KEY = require_outcome.skipped("unsupported", "the value is base64 but holds no Elasticsearch API key (id:api_key); not sent");
const ANONYMOUS = require_outcome.unknown("unexpected-response", "Elasticsearch answered as its anonymous user: the key was not checked");
const NOTHING_SENT = require_outcome.unknown("unexpected-response", "no credential reached Elasticsearch (401{said}): a proxy in front of the cluster may drop the Authorization header");
const REFUSED$2 = require_outcome.invalid("revoked", "Elasticsearch does not accept this API key (401{said}): it is unknown, expired or invalidated, or it belongs to another cluster than --endpoint names");
const elasticsearch = defineProvider({
	id: "elasticsearch",
	name: "Elasticsearch",
	formats: [{
		type: "api-key",
		pattern: /^[A-Za-z0-9+/]{40,400}={0,2}$/,
		needsNameHint: true,
		examples: [ENCODED],
		counterExamples: [
			ENCODED.slice(0, 30),
			ENCODED + "===",
			`${ENCODED.slice(0, 40)}-${ENCODED.slice(41)}`
		]
	}, {
		type: "api-key-pair",
		pattern: ID_KEY,
		needsNameHint: true,
		examples: [PAIR],
		counterExamples: [
			PAIR.replace(":", ""),
			PAIR.replace(":", "::"),
			`user:${PAIR.slice(21)}`
		]
	}],
	namePatterns: [require_outcome.keyName(["ELASTICSEARCH", "ES"], ["API_KEY", "APIKEY"]), require_outcome.namePart("ELASTIC_API_KEY", "ELASTIC_APIKEY")],
	tenant: {
		what: "the Elasticsearch cluster URL",
		example: "https://{cluster}:9200"
	},
	guide: {
		principal: "the `username` _authenticate names: for an API key, the user who owns it",
		verified: "GET /_security/_authenticate names the owner, the key and its realm, and the owner is enabled",
		invalid: "401 security_exception (an unknown, expired or invalidated key, or a key of another cluster than --endpoint names); `enabled: false` (user-inactive)",
		unknown: "401 \"missing authentication credentials\" (no credential reached the cluster), an anonymous answer, or no answer; `skipped` for base64 that holds no `id:api_key`, or without --endpoint elasticsearch=https://{cluster}:9200"
	},
	errorText: ["error.root_cause.0.reason", "error.reason"],
	start: (credential) => {
		const raw = credential.value.reveal();
		const pair = credential.format.type === "api-key-pair" ? raw : Buffer.from(raw, "base64").toString("utf8");
		if (!ID_KEY.test(pair)) return NOT_A_KEY;
		const encoded = Buffer.from(pair, "utf8").toString("base64");
		return { parts: {
			key: credential.value,
			encoded: new require_outcome.SecretValue(encoded, "elasticsearch api key")
		} };
	},
	calls: { authenticate: get(void 0, "/_security/_authenticate", {
		auth: (parts) => ({ authorization: `ApiKey ${parts.encoded.reveal()}` }),
		answers: [
			on(200, ANONYMOUS, { body: { authentication_type: "anonymous" } }),
			on(200, accept(who), { body: {
				username: /./,
				enabled: [true, false]
			} }),
			on(401, NOTHING_SENT, { when: (a) => NO_CREDENTIALS.test(a.said) }),
			on(401, REFUSED$2, { body: { "error.type": "security_exception" } })
		]
	}) }
});
function who(a) {
	const username = a.text("username");
	if (!username) return require_outcome.unexpected(a, "Elasticsearch answered _authenticate without a username");
	const realm = a.text("authentication_realm.type") || "unknown";
	const service = realm === "_service_account";
	const facts = [fact("principal", username, `Elasticsearch _authenticate username (${a.text("authentication_type") || "no type"})`), service ? fact("principalKind", "service", "an Elasticsearch service account (realm _service_account)") : fact("principalKind", "human", `an Elasticsearch user (realm ${realm}); system users look the same`)];
	if (a.get("enabled") === false) return require_outcome.invalid("user-inactive", `the Elasticsearch user ${username} behind this key is disabled`, facts);
	return {
		principal: {
			username,
			...a.fields(["authentication_type", "full_name"]),
			...a.fields({
				realm: "authentication_realm.name",
				api_key_id: "api_key.id",
				api_key_name: "api_key.name"
			})
		},
		facts,
		note: "the key's own privileges (its role descriptors) are not shown by _authenticate, so no scopes were recorded"
	};
}
// src/providers/fastly.ts
const TOKEN = "Xy7_Kp2-Rt9Lm4Qw8Zn3Vb6Hc1Jd5Fg0";
const fastly = defineProvider({
	id: "fastly",
	name: "Fastly",
	formats: [{
		type: "api-token",
		pattern: /^[A-Za-z0-9_-]{32}$/,
		needsNameHint: true,
		examples: [TOKEN],
		counterExamples: [
			TOKEN.slice(1),
			TOKEN + "x",
			TOKEN.replace("_", ".")
		]
	}],
	namePatterns: [require_outcome.namePart("FASTLY_API_TOKEN", "FASTLY_API_KEY", "FASTLY_TOKEN", "FASTLY_KEY", "FASTLY_AUTH_TOKEN")],
	guide: {
		principal: "the `user_id` of `GET /tokens/self` (its `customer_id` is the account)",
		verified: "/tokens/self describes the token: user, scope, services and dates",
		invalid: "\"Provided credentials are missing or invalid\" (revoked); another 401 (Fastly documents it for an expired token)",
		unknown: "another 403: an invalid token, or a valid one whose scope (purge_select, purge_all) may not read itself (UNCONFIRMED); no answer"
	},
	errorText: ["msg", "detail"],
	calls: { self: get("https://api.fastly.com", "/tokens/self", {
		auth: header("fastly-key"),
		answers: [
			on(200, accept(token$2)),
			on([401, 403], require_outcome.invalid("revoked", "Fastly does not accept this token{said}"), { body: { msg: /credentials are missing or invalid/i } }),
			on(401, require_outcome.invalid("expired", "Fastly refused the token with 401, which it documents for an expired token{said}")),
			on(403, require_outcome.unknown("unknown-key", "Fastly refused the token with 403: it documents this for an invalid token, but a valid token whose scope allows only purging may get it too{said}"))
		]
	}) }
});
function token$2(a) {
	const userId = a.text("user_id");
	if (!userId || !a.text("id")) return require_outcome.unexpected(a, "Fastly answered GET /tokens/self without an id and user_id");
	const customer = a.text("customer_id");
	const scopes = a.text("scope").split(/\s+/).filter(Boolean);
	const services = a.all("services").map((s) => a.clean(s)).filter(Boolean);
	const facts = [fact("principal", userId, "Fastly GET /tokens/self user_id")];
	if (customer) facts.push(fact("account", customer, "Fastly GET /tokens/self customer_id"));
	if (scopes.length > 0) facts.push(fact("scopes", scopes, "Fastly GET /tokens/self scope"));
	for (const [name, field] of [["created", "created_at"], ["expires", "expires_at"]]) {
		const date = require_outcome.parseDate(a.text(field));
		if (date) facts.push(fact(name, date.toISOString(), `Fastly GET /tokens/self ${field}`));
	}
	return {
		principal: {
			user_id: userId,
			...a.fields([
				"id",
				"name",
				"customer_id",
				"last_used_at"
			]),
			services: services.length > 0 ? services.join(",") : "all"
		},
		facts,
		...a.get("expires_at") === null ? { note: "the token never expires (expires_at null)" } : {}
	};
}
// src/providers/gcp-jwt.ts
const TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token";
const SCOPE = "https://www.googleapis.com/auth/userinfo.email";
const ASSERTION_SECONDS = 600;
const EMAIL = /^[^\s@]{1,128}@[A-Za-z0-9.-]{1,253}$/;
function serviceAccount(value) {
	let parsed;
	try {
		parsed = JSON.parse(value);
	} catch {
		return;
	}
	if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return void 0;
	const document = parsed;
	const clientEmail = require_outcome.str(document, "client_email");
	const pem = require_outcome.str(document, "private_key");
	if (!clientEmail || !EMAIL.test(clientEmail) || !pem) return void 0;
	let privateKey;
	try {
		privateKey = require_outcome.nodeCrypto().createPrivateKey({
			key: pem,
			format: "pem"
		});
	} catch {
		return;
	}
	if (privateKey.asymmetricKeyType !== "rsa") return void 0;
	const field = (name, pattern) => {
		const text = require_outcome.str(document, name);
		return text !== void 0 && pattern.test(text) ? text : void 0;
	};
	return {
		clientEmail,
		privateKey,
		privateKeyId: field("private_key_id", /^[A-Za-z0-9_-]{1,128}$/),
		projectId: field("project_id", /^[A-Za-z0-9.:-]{1,100}$/),
		clientId: field("client_id", /^\d{1,64}$/)
	};
}
function signAssertion(account, now) {
	const encode = (object) => Buffer.from(JSON.stringify(object), "utf8").toString("base64url");
	const header = encode({
		alg: "RS256",
		typ: "JWT",
		...account.privateKeyId ? { kid: account.privateKeyId } : {}
	});
	const claims = encode({
		iss: account.clientEmail,
		scope: SCOPE,
		aud: TOKEN_AUDIENCE,
		iat: now,
		exp: now + ASSERTION_SECONDS
	});
	return `${header}.${claims}.${require_outcome.nodeCrypto().createSign("RSA-SHA256").update(`${header}.${claims}`).sign(account.privateKey).toString("base64url")}`;
}
// src/providers/gcp.ts
const SERVICE_ACCOUNT = JSON.stringify({
	type: "service_account",
	project_id: "keybound-example-prod",
	private_key_id: "19ffab0396347dd16ca6637daece4967b3fe39bf",
	private_key: "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n",
	client_email: "deployer@keybound-example-prod.iam.gserviceaccount.com",
	client_id: "104729384756102938475",
	token_uri: "https://oauth2.googleapis.com/token"
}, null, 2);
const AUTHORIZED_USER = JSON.stringify({
	type: "authorized_user",
	client_id: "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",
	client_secret: "d-FL95Q19q7MQmFpd7hHD0Ty",
	refresh_token: "1//0GV7qffSMKe5tGrq2SYU4CMDICCYiHScTb2w90MzcHbECSJAy"
});
function documentPattern(jsonType) {
	return new RegExp(`^\\s*\\{(?=[\\s\\S]*"type"\\s*:\\s*"${jsonType}")[\\s\\S]*\\}\\s*$`);
}
const serviceAccountKey = {
	type: "service-account-key",
	pattern: documentPattern("service_account"),
	documentType: "service_account",
	principalKind: "service",
	principalDetail: "a service-account key (JSON \"type\": \"service_account\")",
	examples: [SERVICE_ACCOUNT, JSON.stringify(JSON.parse(SERVICE_ACCOUNT)) + "\n"],
	counterExamples: [
		SERVICE_ACCOUNT.replace("service_account", "external_account"),
		JSON.stringify({ wrapper: { type: "service_account" } }),
		"{\"type\": \"service_account\", }",
		"{\"type\": \"service_account\""
	]
};
const userCredentials = {
	type: "user-credentials",
	pattern: documentPattern("authorized_user"),
	documentType: "authorized_user",
	principalKind: "human",
	principalDetail: "a user's refresh-token credentials (JSON \"type\": \"authorized_user\")",
	examples: [AUTHORIZED_USER],
	counterExamples: ["{\"type\": \"authorized_users\"}", "[\"type\", \"authorized_user\"]"]
};
const BASE$7 = "https://oauth2.googleapis.com";
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const gcp = defineProvider({
	id: "gcp",
	name: "Google Cloud",
	formats: [serviceAccountKey, userCredentials],
	namePatterns: [require_outcome.namePart("GCP", "GCLOUD", "GCE", "GKE", "GOOGLE_CLOUD", "GOOGLE_APPLICATION_CREDENTIALS"), require_outcome.namePart("GOOGLE_CREDENTIALS", "GOOGLE_SERVICE_ACCOUNT")],
	guide: {
		principal: "the service-account e-mail (`deployer@project.iam.gserviceaccount.com`)",
		verified: "Google mints a token for the key; token info confirms the e-mail",
		invalid: "invalid_grant \"Invalid JWT Signature\" (deleted or rotated key); \"account not found\", \"Robot is disabled\", deleted_client (user-inactive)",
		unknown: "a refused assertion time (clock), another refusal, or no answer"
	},
	start: (credential) => {
		if (credential.format.type !== serviceAccountKey.type) return require_outcome.skipped("unsupported", "user (authorized_user) credentials are a person's refresh token; only service-account keys are checked");
		const account = serviceAccount(credential.value.reveal());
		if (!account) return require_outcome.skipped("malformed", "the service-account key has no usable client_email or RSA private_key; it was not sent");
		const assertion = new require_outcome.SecretValue(signAssertion(account, Math.floor(Date.now() / 1e3)), "gcp-assertion");
		return { parts: {
			key: credential.value,
			assertion
		} };
	},
	calls: {
		token: post(BASE$7, "/token", {
			note: "OAuth2 JWT-bearer grant (refresh_token grant for authorized_user): mints a short-lived access token and changes nothing, but shows in audit logs; the only way to test these credentials",
			auth: noAuth,
			headers: FORM,
			body: (parts) => new URLSearchParams({
				grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
				assertion: parts.assertion.reveal()
			}).toString(),
			answers: [on(200, accept(minted)), on([400, 401], tokenError, { body: { error: /./ } })]
		}),
		tokeninfo: post(BASE$7, "/tokeninfo", {
			note: "OAuth2 token info: reads the minted token's own metadata (email, scope, expiry) and changes nothing; POST with the token in an Authorization header, as Google's auth library does, so it is never in a URL",
			auth: bearer("accessToken"),
			headers: FORM,
			body: "",
			optional: () => "Google accepted the key; token info was not available, so the principal is the key's client_email",
			answers: [on(200, accept((a) => ({
				principal: { email: String(a.get("email")) },
				facts: [fact("principal", String(a.get("email")), "Google token info email")]
			})), { body: { email: EMAIL } })]
		})
	}
});
function minted(a) {
	const token = a.get("access_token");
	if (typeof token !== "string" || !/^[\x21-\x7e]{1,4096}$/.test(token)) return require_outcome.unexpected(a);
	const account = serviceAccount(a.credential.value.reveal());
	if (!account) return require_outcome.unexpected(a);
	const projectId = account.projectId ?? /@([a-z][a-z0-9-]{4,61}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(account.clientEmail)?.[1];
	return {
		principal: {
			email: account.clientEmail,
			...projectId ? { projectId } : {},
			...account.clientId ? { clientId: account.clientId } : {},
			...account.privateKeyId ? { keyId: account.privateKeyId } : {}
		},
		facts: [
			fact("principal", account.clientEmail, "client_email of the key Google accepted"),
			fact("principalKind", "service", "a Google Cloud service account (Google accepted its key)"),
			...projectId ? [fact("account", projectId, "project_id of the service-account key")] : []
		],
		carry: { accessToken: new require_outcome.SecretValue(token, "gcp-access-token") },
		next: "tokeninfo"
	};
}
function tokenError(a) {
	const error = a.text("error");
	const description = typeof a.get("error_description") === "string" ? String(a.get("error_description")) : "";
	const text = a.text("error_description");
	const quoted = `Google: ${error}${text ? ` (${text})` : ""}`;
	if (error === "deleted_client") return require_outcome.invalid("user-inactive", `the service account was deleted (${quoted})`);
	if (error === "invalid_grant" || error === "invalid_client" || error === "unauthorized_client") {
		if (/invalid jwt signature/i.test(description)) return require_outcome.invalid("revoked", `Google no longer accepts this key: it was deleted, disabled or rotated (${quoted})`);
		if (/robot is disabled|account (?:is |has been )?disabled/i.test(description)) return require_outcome.invalid("user-inactive", `the service account, or the account behind it, is disabled or gone (${quoted})`);
		if (/has been deleted|account not found|no such account/i.test(description)) return require_outcome.invalid("user-inactive", `the service account is disabled, deleted or does not exist (${quoted})`);
		if (/\b(?:iat|exp)\b|timeframe|short-lived/i.test(description)) return require_outcome.unknown("unexpected-response", `Google refused the assertion's time; check the clock (${quoted})`);
	}
	return require_outcome.unknown("unexpected-response", `the token endpoint refused the grant (HTTP {status}, ${quoted})`);
}
// src/providers/github.ts
const BODY$8 = "rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY";
const TAIL$3 = "[A-Za-z0-9_]{36,255}";
const BASE$6 = "https://api.github.com";
const HEADERS$1 = {
	accept: "application/vnd.github+json",
	"x-github-api-version": "2022-11-28"
};
const REFUSALS$2 = [
	on(401, require_outcome.invalid("revoked", "GitHub does not accept this token (revoked, expired or never valid)"), { anyBody: true }),
	on(403, require_outcome.invalid("user-inactive", "GitHub says the account behind this token is suspended"), { body: { message: /\bsuspended\b/i } }),
	on(403, require_outcome.unknown("rate-limited", "GitHub rate-limited the check (HTTP {status})"), { body: { message: /rate limit/i } }),
	on(403, require_outcome.unknown("insufficient-scope", "GitHub accepted the token, but it may not read who it belongs to{said}"), { body: { message: /^Resource not accessible by/ } }),
	on(404, require_outcome.unknown("unexpected-response", "GitHub answered HTTP 404 (for GitHub Enterprise Server the base URL ends in /api/v3)"), { anyBody: true }),
	on(void 0, require_outcome.unknown("unexpected-response", "GitHub refused the check without saying why the token is invalid (HTTP {status}){said}"), {
		anyBody: true,
		when: (a) => a.status !== 200
	})
];
const call = (path, read, query) => get(BASE$6, path, {
	...query ? { query } : {},
	auth: bearer(),
	headers: HEADERS$1,
	answers: [on(200, accept(read)), ...REFUSALS$2]
});
const github = defineProvider({
	id: "github",
	name: "GitHub",
	formats: [
		{
			type: "classic-pat",
			pattern: new RegExp(`^ghp_${TAIL$3}$`),
			principalKind: "human",
			principalDetail: "a user account token (ghp_)",
			examples: ["ghp_" + BODY$8],
			counterExamples: [
				"ghp_" + BODY$8.slice(0, 20),
				"ghp-" + BODY$8,
				"GHP_" + BODY$8,
				"ghp_" + BODY$8 + "!"
			]
		},
		{
			type: "fine-grained-pat",
			pattern: new RegExp(`^github_pat_${TAIL$3}$`),
			principalKind: "human",
			principalDetail: "a user account token (github_pat_)",
			examples: ["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"],
			counterExamples: [
				"github_pat_short",
				"github-pat_" + BODY$8,
				"github_pat " + BODY$8
			]
		},
		{
			type: "oauth",
			pattern: new RegExp(`^gho_${TAIL$3}$`),
			principalKind: "human",
			principalDetail: "a user account token (gho_)",
			examples: ["gho_nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M"],
			counterExamples: ["gho_nbnAE9KXfFp", "gho_nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M-"]
		},
		{
			type: "user-to-server",
			pattern: new RegExp(`^ghu_${TAIL$3}$`),
			principalKind: "human",
			principalDetail: "a user account token, acting through a GitHub App (ghu_)",
			examples: ["ghu_kkvacDwdcbQHR1T0OtlgbRwFUVZDk2UiSXjB"],
			counterExamples: ["ghu_", "ghu_kkvacDwdcbQHR1T0Otlgb/wFUVZDk2UiSXjB"]
		},
		{
			type: "app-installation",
			pattern: new RegExp(`^ghs_${TAIL$3}$`),
			principalKind: "service",
			principalDetail: "a GitHub App installation token (ghs_)",
			examples: ["ghs_nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq"],
			counterExamples: ["ghs_nAHKDoGo8VmZwGrE8xHlm0ldRkThhZq", "xghs_nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq"]
		},
		{
			type: "refresh-token",
			pattern: new RegExp(`^ghr_${TAIL$3}$`),
			neverSend: true,
			examples: ["ghr_IiQP9gSyz0B4FAGJMGCHBdgOlTotXN3AsE5CHwZqToEwbypikHJS724Y6HbpcpL2gl2orEVcPEWk"],
			counterExamples: ["ghr_IiQP9gSyz0", "ghr_IiQP9gSyz0B4FAGJMGCHBdgO Tottxn3AsE5CHwZqToEwby"]
		}
	],
	namePatterns: [require_outcome.namePart("GITHUB", "GIT_HUB", "GHE", "GH_TOKEN", "GH_PAT")],
	guide: {
		principal: "the login of `GET /user` for user tokens; for `ghs_` and `GITHUB_TOKEN`, the owner of the installation's repositories",
		verified: "GitHub names the user (with scopes and expiry) or the installation",
		invalid: "401 (revoked, expired or never valid); 403 \"account was suspended\" (user-inactive)",
		unknown: "a rate limit (403/429 with rate-limit headers), another 403 or 404, or no answer"
	},
	errorText: ["message"],
	start: (credential) => ({ call: credential.format.type === "app-installation" ? "installation" : "user" }),
	calls: {
		user: call("/user", userIdentity),
		installation: call("/installation/repositories", installationIdentity, "?per_page=1")
	}
});
function userIdentity(a) {
	const login = a.text("login");
	const id = a.get("id");
	if (!login || typeof id !== "number") return require_outcome.unexpected(a, "GitHub answered GET /user without a login and id");
	const type = typeof a.get("type") === "string" ? a.text("type") : "User";
	const principal = {
		login,
		id,
		type,
		...a.fields(["site_admin"])
	};
	const facts = [fact("principal", login, "GitHub GET /user login"), type === "Bot" ? fact("principalKind", "service", "a GitHub App bot account (type Bot)") : fact("principalKind", "human", "a GitHub user account (machine users look the same)")];
	const notes = [];
	const format = a.credential.format.type;
	if (a.headers["x-oauth-scopes"] !== void 0) facts.push(fact("scopes", a.list("x-oauth-scopes"), "GitHub X-OAuth-Scopes header"));
	else if (format === "fine-grained-pat") {
		facts.push(fact("keyType", "fine-grained-pat", "GitHub sent no X-OAuth-Scopes header (fine-grained token)"));
		notes.push("fine-grained token: GitHub does not list its permissions, so no scopes were recorded");
	} else if (format === "user-to-server") notes.push("GitHub App user token: its permissions are the app's, so no scopes were recorded");
	facts.push(...expiryFacts(a));
	return {
		principal,
		facts,
		...notes.length > 0 ? { note: notes.join("; ") } : {}
	};
}
function installationIdentity(a) {
	const total = a.get("total_count");
	if (typeof total !== "number" || !Array.isArray(a.get("repositories"))) return require_outcome.unexpected(a, "GitHub answered GET /installation/repositories without total_count and repositories");
	const principal = {
		installation: true,
		repositories: total
	};
	const owner = a.text("repositories.0.owner.login");
	if (owner) principal.owner = owner;
	if (typeof a.get("repository_selection") === "string") principal.repository_selection = a.text("repository_selection");
	const facts = [fact("principalKind", "service", "a GitHub App installation (ghs_, GITHUB_TOKEN)")];
	if (owner) facts.push(fact("principal", owner, "owner of the installation's repositories"));
	facts.push(...expiryFacts(a));
	return {
		principal,
		facts
	};
}
function expiryFacts(a) {
	const header = a.headers["github-authentication-token-expiration"];
	const date = header === void 0 ? void 0 : parseGitHubDate(header);
	return date ? [fact("expires", date.toISOString(), "GitHub token expiration header")] : [];
}
function parseGitHubDate(text) {
	const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (UTC|[+-]\d{4})$/.exec(text.trim());
	if (!match) return void 0;
	return require_outcome.parseDate(`${match[1]}T${match[2]}${match[3] === "UTC" ? "Z" : match[3]}`);
}
// src/providers/gitlab.ts
const BODY$7 = "20OTK8Qk0aog8ZnXHmXi";
const ROUTABLE = "Wr0B2Lg8Bi7IWWFq-xvnefwPV9-.01.hlikkj3zy";
const TAIL$2 = "[A-Za-z0-9_=.-]{20,300}";
const BASE$5 = "https://gitlab.com";
const INACTIVE_STATES = new Set([
	"blocked",
	"ldap_blocked",
	"blocked_pending_approval",
	"deactivated",
	"banned"
]);
const NARROW = { body: { error: "insufficient_scope" } };
const REFUSALS$1 = [
	on(401, require_outcome.invalid("expired", "GitLab says this token has expired"), { body: {
		error: "invalid_token",
		error_description: /expired/i
	} }),
	on(401, require_outcome.invalid("revoked", "GitLab does not accept this token (it was revoked)"), { body: { error: "invalid_token" } }),
	on(401, require_outcome.invalid("unknown-key", "GitLab does not accept this token (unknown, deleted or never valid)"), { anyBody: true }),
	on(403, (a) => {
		const state = /\b(blocked|deactivated|banned)\b/i.exec(a.text("message"))?.[1].toLowerCase() ?? "blocked";
		return require_outcome.invalid("user-inactive", `GitLab says the account behind this token is ${state}`);
	}, { body: { message: /\b(blocked|deactivated|banned)\b/i } }),
	on(403, require_outcome.unknown("insufficient-scope", "GitLab accepted the token, but its scopes do not allow this check"), NARROW),
	on(void 0, require_outcome.unknown("unexpected-response", "GitLab refused the check without saying why (HTTP {status}){said}"), { anyBody: true })
];
const gitlab = defineProvider({
	id: "gitlab",
	name: "GitLab",
	formats: [
		{
			type: "access-token",
			pattern: new RegExp(`^glpat-${TAIL$2}$`),
			examples: ["glpat-" + BODY$7, "glpat-" + ROUTABLE],
			counterExamples: [
				"glpat-short",
				"glpat_" + BODY$7,
				"glpat-" + BODY$7 + "\n"
			]
		},
		{
			type: "deploy-token",
			pattern: new RegExp(`^gldt-${TAIL$2}$`),
			principalKind: "service",
			principalDetail: "a deploy token, not tied to a user (gldt-)",
			examples: ["gldt-" + BODY$7],
			counterExamples: ["gldt-tooShort", "gldt " + BODY$7]
		},
		{
			type: "ci-job-token",
			pattern: new RegExp(`^glcbt-${TAIL$2}$`),
			principalKind: "service",
			principalDetail: "a CI job token, minted per job (glcbt-)",
			examples: ["glcbt-64_" + BODY$7],
			counterExamples: ["glcbt-x"]
		},
		{
			type: "runner-token",
			pattern: new RegExp(`^glrtr?-${TAIL$2}$`),
			neverSend: true,
			examples: ["glrt-" + BODY$7, "glrtr-" + BODY$7],
			counterExamples: ["glrt-abc", "glrtx-" + BODY$7]
		},
		{
			type: "pipeline-trigger-token",
			pattern: new RegExp(`^glptt-${TAIL$2}$`),
			neverSend: true,
			examples: ["glptt-" + BODY$7],
			counterExamples: ["glptt-0123"]
		},
		{
			type: "feed-token",
			pattern: new RegExp(`^glft-${TAIL$2}$`),
			neverSend: true,
			examples: ["glft-" + BODY$7],
			counterExamples: ["glft-" + BODY$7 + " "]
		},
		{
			type: "oauth-app-secret",
			pattern: new RegExp(`^gloas-${TAIL$2}$`),
			neverSend: true,
			examples: ["gloas-" + ROUTABLE.replace(/\./g, "")],
			counterExamples: ["gloas-tiny"]
		}
	],
	namePatterns: [require_outcome.namePart("GITLAB", "GL_TOKEN", "GL_PAT", "CI_JOB_TOKEN")],
	guide: {
		principal: "the username of `GET /api/v4/user` (project and group tokens: their bot user)",
		verified: "GitLab names the user, with the token's scopes and dates",
		invalid: "401 invalid_token (revoked or expired), another 401 (unknown key), 403 blocked/deactivated/banned or an inactive user state (user-inactive)",
		unknown: "403 insufficient_scope (the token may not say who it is), or no answer"
	},
	errorText: ["message", "error_description"],
	start: (credential) => credential.format.type === "access-token" ? {} : require_outcome.skipped("unsupported", `GitLab has no identity endpoint for a ${credential.format.type}; it was not sent`),
	calls: {
		self: get(BASE$5, "/api/v4/personal_access_tokens/self", {
			auth: header("private-token"),
			answers: [
				on(200, accept(token$1)),
				on(403, accept(() => ({
					note: "the token may not read its own record, so its scopes and dates are unknown",
					next: "user"
				})), NARROW),
				on(404, next("user"), { anyBody: true }),
				...REFUSALS$1
			]
		}),
		user: get(BASE$5, "/api/v4/user", {
			auth: header("private-token"),
			answers: [
				on(200, accept(user$2)),
				on(403, (a) => ({
					...require_outcome.unknown("insufficient-scope", "GitLab accepted the token, but its scopes do not allow GET /api/v4/user, so its user is unknown (read_user would)"),
					...Object.keys(a.sofar.principal).length > 0 ? { principal: { ...a.sofar.principal } } : {},
					facts: [...a.sofar.facts]
				}), NARROW),
				...REFUSALS$1
			]
		})
	}
});
function token$1(a) {
	if (a.get("revoked") === true) return require_outcome.invalid("revoked", "GitLab says this token was revoked");
	const expires = require_outcome.parseDate(a.text("expires_at"));
	if (a.get("active") === false) {
		if (expires && expires.getTime() <= a.context.now.getTime()) return require_outcome.invalid("expired", "GitLab says this token has expired");
		return require_outcome.invalid("revoked", "GitLab says this token is no longer active");
	}
	const { user_id: userId, name } = a.fields(["user_id", "name"]);
	const principal = {
		...typeof userId === "number" ? { user_id: userId } : {},
		...name ? { token_name: name } : {}
	};
	const facts = [];
	const scopes = a.get("scopes");
	if (Array.isArray(scopes)) facts.push(fact("scopes", scopes.map((scope) => a.clean(scope)).filter(Boolean), "GitLab token scopes"));
	const created = require_outcome.parseDate(a.text("created_at"));
	if (created) facts.push(fact("created", created.toISOString(), "GitLab token created_at"));
	if (expires) facts.push(fact("expires", expires.toISOString().slice(0, 10), "GitLab token expires_at"));
	return {
		principal,
		facts,
		next: "user"
	};
}
function user$2(a) {
	const username = a.text("username");
	const id = a.get("id");
	if (!username || typeof id !== "number") return require_outcome.unexpected(a, "GitLab answered GET /user without a username and id");
	const state = typeof a.get("state") === "string" ? a.text("state") : void 0;
	if (state && INACTIVE_STATES.has(state)) return require_outcome.invalid("user-inactive", `the GitLab user behind this token is ${state.replace(/_/g, " ")}`);
	const bot = a.get("bot");
	return {
		principal: {
			username,
			id,
			...state ? { state } : {},
			...typeof bot === "boolean" ? { bot } : {}
		},
		facts: [fact("principal", username, "GitLab GET /user username"), bot === true ? fact("principalKind", "service", "a GitLab bot user (project or group access token, service account)") : fact("principalKind", "human", "a GitLab user account (machine users look the same)")]
	};
}
// src/providers/environments.ts
function placedIn(names, detail) {
	for (const name of names) {
		const environment = name ? require_outcome.conventionInName(name) : void 0;
		if (environment) return fact("keyEnvironment", environment, detail(name));
	}
}
// src/providers/honeycomb.ts
const ID$1 = "01hs6b0zv51w28q4kx7mn3p9r2";
const SECRET$2 = "t5v8w1y4z7b0c3d6f9g2h5j8k1m4n7p0";
const honeycomb = defineProvider({
	id: "honeycomb",
	name: "Honeycomb",
	formats: [
		{
			type: "ingest-key",
			pattern: /^hc[a-z]i[kc]_[a-z0-9]{58}$/,
			examples: ["hcaik_" + ID$1 + SECRET$2, "hcxic_" + ID$1 + SECRET$2],
			counterExamples: [
				"hcaik_" + ID$1,
				"hcaik-" + ID$1 + SECRET$2,
				"hcaik_" + ID$1 + SECRET$2 + "x",
				"hcAik_" + ID$1 + SECRET$2
			]
		},
		{
			type: "management-key",
			pattern: /^hc[a-z]mk_[A-Za-z0-9]{26}:[A-Za-z0-9]{32}$/,
			neverSend: true,
			examples: ["hcamk_" + ID$1 + ":" + SECRET$2],
			counterExamples: ["hcamk_" + ID$1, "hcamk_" + ID$1 + SECRET$2]
		},
		{
			type: "api-key",
			pattern: /^[A-Za-z0-9]{22}$|^[0-9a-f]{32}$/,
			needsNameHint: true,
			examples: ["Zk3Lm9Pq2Rs7Tv1Wx4Yb8C", "c0ffee5b2d8e04a6f1c93b2e7d5a807c"],
			counterExamples: [
				"Zk3Lm9Pq2Rs7Tv1Wx4Yb8",
				"Zk3Lm9Pq2Rs7Tv1Wx4Yb8-",
				"c0ffee5b2d8e04a6f1c93b2e7d5a807"
			]
		}
	],
	namePatterns: [require_outcome.namePart("HONEYCOMB_API_KEY", "HONEYCOMB_KEY", "HONEYCOMB_WRITEKEY", "HONEYCOMB_TOKEN"), require_outcome.namePart("HONEYCOMB_INGEST_KEY", "HONEYCOMB_CONFIG_KEY", "HONEYCOMB_MANAGEMENT_KEY")],
	guide: {
		principal: "`TEAM_SLUG/ENVIRONMENT_SLUG` from /1/auth (`acme/production`; the team slug alone for a classic key; `acme/*` for any environment)",
		verified: "/1/auth names the team and the environment (US, else EU region); an environment named like development or staging, used in production, is reported by no-dev-keys-in-prod",
		invalid: "401 from both regions (or from the one --endpoint names): deleted, disabled or never valid",
		unknown: "another answer, or no answer (management keys are not sent: no identity call is confirmed for them)"
	},
	errorText: ["error"],
	calls: {
		us: region("https://api.honeycomb.io", "US", (a) => a.context.declaredEndpoint ? refused$4(a) : next("eu")),
		eu: region("https://api.eu1.honeycomb.io", "EU", refused$4)
	}
});
function region(base, name, refusal) {
	return get(base, "/1/auth", {
		auth: header("x-honeycomb-team"),
		answers: [on(200, accept(auth(name)), { body: { "team.slug": /./ } }), on(401, refusal, { anyBody: true })]
	});
}
function refused$4(a) {
	const who = a.context.declaredEndpoint ? "Honeycomb refuses" : "Honeycomb US and EU both refuse";
	return require_outcome.invalid("revoked", `${who} this key (deleted or disabled, or never valid)${a.said}`);
}
function auth(region) {
	return (a) => {
		const team = a.text("team.slug");
		const environment = {
			name: a.text("environment.name"),
			slug: a.text("environment.slug")
		};
		const type = a.text("type");
		const access = a.get("api_key_access");
		const scopes = access !== null && typeof access === "object" ? Object.entries(access).flatMap(([name, allowed]) => allowed === true ? [a.clean(name)] : []) : void 0;
		const placed = placedIn([environment.name, environment.slug], (name) => `Honeycomb /1/auth environment "${name}"`);
		return {
			principal: {
				team,
				...a.fields({
					teamName: "team.name",
					environment: "environment.name",
					environmentSlug: "environment.slug"
				}),
				...a.fields(["type"]),
				...a.context.declaredEndpoint ? {} : { region }
			},
			facts: [
				fact("principal", environment.slug ? `${team}/${environment.slug}` : team, "Honeycomb /1/auth team/environment slugs"),
				fact("account", team, "Honeycomb /1/auth team slug"),
				fact("principalKind", "service", "a Honeycomb API key belongs to its team and environment, not a person"),
				...type ? [fact("keyType", type, "Honeycomb /1/auth type")] : [],
				...scopes ? [fact("scopes", scopes, "Honeycomb /1/auth api_key_access")] : [],
				...placed ? [placed] : []
			],
			...environment.name && !placed ? { note: `the Honeycomb environment "${environment.name}" names no production, staging or development` } : {}
		};
	};
}
// src/providers/huggingface.ts
const BODY$6 = "bUuZ33SlrnBYDtZtxUSihhyS63C2L1NGuK";
const huggingface = defineProvider({
	id: "huggingface",
	name: "Hugging Face",
	formats: [{
		type: "user-access-token",
		pattern: /^hf_[A-Za-z0-9]{34}$/,
		principalKind: "human",
		principalDetail: "a user access token (hf_)",
		examples: ["hf_" + BODY$6],
		counterExamples: [
			"hf_" + BODY$6.slice(2),
			"hf-" + BODY$6,
			"hf_" + BODY$6 + "x"
		]
	}, {
		type: "org-token",
		pattern: /^api_org_[A-Za-z0-9]{34}$/,
		principalKind: "service",
		principalDetail: "a legacy organization token (api_org_)",
		examples: ["api_org_R51eeiYXlhiBn6LfQ1kcDGyEbhzHPVEY1w"],
		counterExamples: ["api_org_R51eeiYX", "api_orgR51eeiYXlhiBn6LfQ1kcDGyEbhzHPVEY1w"]
	}],
	namePatterns: [require_outcome.namePart("HUGGINGFACE", "HUGGING_FACE", "HUGGINGFACEHUB", "HF_TOKEN", "HF_API", "HF_HUB", "HF_ACCESS")],
	guide: {
		principal: "the user or organization `name` of whoami-v2",
		verified: "whoami-v2 names the user, organization or app, with the token role and dates",
		invalid: "401: the token is unknown or revoked",
		unknown: "any other answer (no answer for a disabled account is documented)"
	},
	errorText: ["error"],
	calls: { whoami: get("https://huggingface.co", "/api/whoami-v2", {
		auth: bearer(),
		answers: [on(200, accept(whoami)), on(401, require_outcome.invalid("revoked", "Hugging Face rejected the token{said}"), { anyBody: true })]
	}) }
});
function whoami(a) {
	const name = a.text("name");
	const type = a.text("type");
	if (!name || !type) return require_outcome.unexpected(a, "a whoami-v2 answer without a name and type");
	const { id, type: authType, displayName: tokenName } = a.fields([
		"id",
		"auth.type",
		"auth.accessToken.displayName"
	]);
	const principal = {
		name,
		type,
		id,
		authType,
		tokenName
	};
	for (const field of [
		"id",
		"authType",
		"tokenName"
	]) if (principal[field] === void 0) delete principal[field];
	const facts = [fact("principal", name, `whoami-v2 name (type ${type})`)];
	if (type === "org" || type === "app") facts.push(fact("principalKind", "service", `whoami-v2 type ${type}`));
	else if (type === "user") facts.push(fact("principalKind", "human", "whoami-v2 type user"));
	const scopes = scopesOf(a);
	if (scopes) facts.push(fact("scopes", scopes.values, scopes.detail));
	for (const [name, field] of [["created", "createdAt"], ["expires", "expiration"]]) {
		const date = require_outcome.parseDate(a.text(`auth.accessToken.${field}`));
		if (date) facts.push(fact(name, date.toISOString(), `whoami-v2 auth.accessToken.${field}`));
	}
	return {
		principal,
		facts
	};
}
function scopesOf(a) {
	const fine = a.get("auth.accessToken.fineGrained");
	if (fine !== null && typeof fine === "object" && !Array.isArray(fine)) {
		const values = new Set();
		for (const permission of list(a.get("auth.accessToken.fineGrained.global"))) if (a.clean(permission)) values.add(a.clean(permission));
		for (const scoped of list(a.get("auth.accessToken.fineGrained.scoped"))) {
			const item = scoped;
			const target = [a.clean(item?.entity?.type), a.clean(item?.entity?.name)].filter(Boolean).join("/");
			for (const permission of list(item?.permissions)) {
				const clean = a.clean(permission);
				if (clean) values.add(target ? `${clean}@${target}` : clean);
			}
		}
		return {
			values: [...values].sort(),
			detail: "whoami-v2 auth.accessToken.fineGrained"
		};
	}
	const role = a.text("auth.accessToken.role");
	if (role && role !== "fineGrained") return {
		values: [role],
		detail: "whoami-v2 auth.accessToken.role"
	};
}
function list(value) {
	return Array.isArray(value) ? value : [];
}
// src/providers/launchdarkly.ts
const UUID = "9f3e2a71-5c4b-4d8e-a1f0-6b7c2d9e4f81";
const BASE$4 = "https://app.launchdarkly.com";
const FEDERAL = "or a key of the federal instance (--endpoint launchdarkly=https://app.launchdarkly.us)";
function format$1(prefix, type, more = {}) {
	return {
		type,
		pattern: new RegExp(`^${prefix}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$`),
		examples: [`${prefix}-${UUID}`],
		counterExamples: [
			UUID.replace("-4d8e-", "-1d8e-"),
			UUID.toUpperCase(),
			UUID.slice(1)
		].map((u) => `${prefix}-${u}`),
		...more
	};
}
const launchdarkly = defineProvider({
	id: "launchdarkly",
	name: "LaunchDarkly",
	formats: [format$1("sdk", "sdk-key", {
		principalKind: "service",
		principalDetail: "a server-side SDK key (sdk-): it belongs to one environment, not to a person"
	}), format$1("api", "access-token", { needsNameHint: true })],
	namePatterns: [require_outcome.credentialNames("LAUNCHDARKLY", "LAUNCH_DARKLY", "LAUNCHDARKLY_SDK", "LD", "LD_SDK")],
	guide: {
		principal: "SDK keys: `project/environment` by name (`Web/Production`); personal access tokens: the member id; service tokens: the token name",
		verified: "caller-identity names the SDK key's project and environment (its environment becomes keyEnvironment), or the token, its member or service kind and scopes",
		invalid: `401 unauthorized: revoked, reset or never valid, ${FEDERAL}`,
		unknown: "another answer, or no answer (mobile keys, `mob-`, are public: keybound does not take them for secrets)"
	},
	errorText: ["message"],
	calls: {
		identity: get(BASE$4, "/api/v2/caller-identity", {
			auth: header("authorization"),
			answers: [on(200, accept(identity$1), { body: { accountId: /./ } }), on(401, require_outcome.invalid("revoked", `LaunchDarkly refuses this key (unauthorized): revoked, reset or never valid, ${FEDERAL}`), { body: { code: "unauthorized" } })]
		}),
		token: get(BASE$4, "/api/v2/tokens/{tokenId}", {
			auth: header("authorization"),
			optional: (why) => `the token's role and creation date could not be read (${why})`,
			answers: [on(200, accept(token))]
		})
	}
});
function identity$1(a) {
	const account = a.text("accountId");
	const principal = {
		account,
		...a.fields([
			"authKind",
			"tokenKind",
			"tokenName",
			"tokenId",
			"memberId"
		])
	};
	const read = a.credential.format.type === "sdk-key" ? sdkKey(a) : accessToken(a);
	if ("status" in read) return read;
	const facts = [...read.facts ?? [], fact("account", account, "LaunchDarkly caller-identity accountId")];
	return {
		...read,
		principal: {
			...principal,
			...read.principal
		},
		facts
	};
}
function sdkKey(a) {
	const [project, environment] = [a.text("projectName"), a.text("environmentName")];
	if (!project || !environment) return require_outcome.unexpected(a, "LaunchDarkly named no project and environment for an SDK key");
	const facts = [fact("principal", `${project}/${environment}`, "LaunchDarkly caller-identity projectName/environmentName"), fact("principalKind", "service", "a LaunchDarkly SDK key belongs to an environment, not to a person")];
	const placed = require_outcome.conventionInName(environment);
	if (placed) facts.push(fact("keyEnvironment", placed, `LaunchDarkly: environment ${environment} of project ${project}`));
	const ids = [a.text("projectId"), a.text("environmentId")];
	return {
		principal: {
			project,
			environment
		},
		facts,
		aliases: ids.every(Boolean) ? [ids.join("/")] : [],
		...placed ? {} : { note: `LaunchDarkly environment ${environment} is no production, staging or development name` }
	};
}
function accessToken(a) {
	const service = a.get("serviceToken") === true;
	const [member, tokenId, tokenName] = [
		a.text("memberId"),
		a.text("tokenId"),
		a.text("tokenName")
	];
	const named = service ? tokenName || tokenId : member;
	if (!named) return require_outcome.unexpected(a, "LaunchDarkly named neither a member nor a service token");
	const facts = [fact("principal", named, `LaunchDarkly caller-identity ${service ? "tokenName (service token)" : "memberId"}`), service ? fact("principalKind", "service", "a LaunchDarkly service token (serviceToken: true)") : fact("principalKind", "human", "a personal access token of a LaunchDarkly member (serviceToken: false)")];
	const scopes = a.all("scopes").map((scope) => a.clean(scope));
	if (scopes.some(Boolean)) facts.push(fact("scopes", scopes.filter(Boolean), "LaunchDarkly caller-identity scopes"));
	const next = /^[0-9a-f]{24}$/.test(tokenId) ? {
		next: "token",
		carry: { tokenId: new require_outcome.SecretValue(tokenId, "ld") }
	} : {};
	return {
		facts,
		aliases: [
			tokenId,
			tokenName,
			member
		].filter((name) => name && name !== named),
		...next
	};
}
function token(a) {
	const facts = [];
	const roles = [a.get("role"), ...a.all("customRoleIds")].map((role) => a.clean(role)).filter(Boolean);
	if (roles.length > 0 && !a.sofar.facts.some((f) => f.fact === "scopes")) facts.push(fact("scopes", roles, "LaunchDarkly GET /api/v2/tokens/{id} role, customRoleIds"));
	const created = a.get("creationDate");
	if (typeof created === "number" && created > 0 && created < 864e13) facts.push(fact("created", new Date(created).toISOString(), "LaunchDarkly GET /api/v2/tokens/{id} creationDate"));
	return { facts };
}
// src/providers/netlify.ts
const BODY$5 = "Gh4Jk6Lm8Nq0Rs2Tv4Wx6Yz8Ab1Cd3Ef5Gh7";
const netlify = defineProvider({
	id: "netlify",
	name: "Netlify",
	formats: [{
		type: "personal-token",
		pattern: /^nfp_[A-Za-z0-9_]{36}$/,
		principalKind: "human",
		principalDetail: "a personal access token (nfp_)",
		examples: ["nfp_" + BODY$5],
		counterExamples: [
			"nfp_" + BODY$5.slice(1),
			"nfp-" + BODY$5,
			"nfp_" + BODY$5.replace("4", "-")
		]
	}, {
		type: "legacy-token",
		pattern: /^[A-Za-z0-9_-]{40,64}$/,
		needsNameHint: true,
		examples: [BODY$5 + "Zx9-Yw"],
		counterExamples: ["5f3c2a1e-9b8d-4c7e-a6f5-0e1d2c3b4a59", "6478f6a1b2c3d4e5f6a7b8c9"]
	}],
	namePatterns: [require_outcome.namePart("NETLIFY_AUTH_TOKEN", "NETLIFY_TOKEN", "NETLIFY_API_TOKEN", "NETLIFY_ACCESS_TOKEN", "NETLIFY_PAT", "NETLIFY_API_KEY", "NETLIFY_KEY")],
	guide: {
		principal: "the e-mail of `GET /api/v1/user` (its user `id` also matches)",
		verified: "/user names the user the token acts as (always a person)",
		invalid: "401, with a JSON body or none: revoked, expired or never valid",
		unknown: "no answer, or one Netlify does not document"
	},
	errorText: ["message", "error"],
	calls: { user: get("https://api.netlify.com", "/api/v1/user", {
		auth: bearer(),
		answers: [on(200, accept(user$1)), on(401, require_outcome.invalid("revoked", "Netlify does not accept this token (revoked, expired or never valid){said}"), { anyBody: true })]
	}) }
});
function user$1(a) {
	const email = a.text("email");
	const id = a.text("id");
	if (!email || !id) return require_outcome.unexpected(a, "Netlify answered GET /api/v1/user without an id and email");
	return {
		principal: {
			email,
			id,
			...a.fields(["full_name", "last_login"])
		},
		aliases: [id],
		facts: [fact("principal", email, "Netlify GET /api/v1/user email"), fact("principalKind", "human", "a Netlify token acts as its user (Netlify has no service accounts)")]
	};
}
// src/providers/notion.ts
const ALNUM = "Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uRk2Vn8Tq4W";
const notion = defineProvider({
	id: "notion",
	name: "Notion",
	formats: [{
		type: "integration-token",
		pattern: /^ntn_[0-9]{11}[A-Za-z0-9]{35}$/,
		examples: ["ntn_31415926535" + ALNUM.slice(0, 35)],
		counterExamples: [
			"ntn_" + ALNUM.slice(0, 46),
			"ntn_31415926535" + ALNUM.slice(0, 30),
			"ntn-31415926535" + ALNUM.slice(0, 35)
		]
	}, {
		type: "internal-integration-secret",
		pattern: /^secret_[A-Za-z0-9]{43}$/,
		needsNameHint: true,
		examples: ["secret_" + ALNUM.slice(0, 43)],
		counterExamples: [
			"secret_" + ALNUM.slice(0, 42),
			"secret-" + ALNUM.slice(0, 43),
			"secret_" + ALNUM.slice(0, 42) + "_"
		]
	}],
	namePatterns: [require_outcome.credentialNames("NOTION", "NOTION_INTEGRATION")],
	guide: {
		principal: "the integration's bot user id of `GET /v1/users/me` (its name works too)",
		verified: "users/me names the bot; `bot.owner.type` workspace is a service principal, `user` an integration a person authorised (human)",
		invalid: "401 unauthorized: the token is revoked or never valid",
		unknown: "403 restricted_resource (a working token without the capability), another answer, or no answer"
	},
	errorText: ["message"],
	calls: { me: get("https://api.notion.com", "/v1/users/me", {
		auth: bearer(),
		headers: { "notion-version": "2022-06-28" },
		answers: [
			on(200, accept(me$1), { body: { object: "user" } }),
			on(401, require_outcome.invalid("revoked", "Notion does not accept this token (unauthorized): revoked or never valid{said}"), { body: { code: "unauthorized" } }),
			on(403, require_outcome.unknown("insufficient-scope", "Notion accepted the token, but it may not read its bot user (restricted_resource)"), { body: { code: "restricted_resource" } })
		]
	}) }
});
function me$1(a) {
	const id = a.text("id");
	if (!/^[0-9a-f-]{32,36}$/i.test(id)) return require_outcome.unexpected(a, "Notion answered users/me without a user id");
	const owner = a.text("bot.owner.type");
	const name = a.text("name");
	const workspace = a.text("bot.workspace_name");
	const facts = [fact("principal", id, "Notion GET /v1/users/me id")];
	if (owner === "workspace") facts.push(fact("principalKind", "service", "a workspace-owned Notion integration (bot.owner.type workspace)"));
	else if (owner === "user") facts.push(fact("principalKind", "human", "a Notion integration a person authorised (bot.owner.type user)"));
	if (workspace) facts.push(fact("account", workspace, "Notion users/me bot.workspace_name"));
	return {
		principal: {
			id,
			...a.fields(["name", "type"]),
			...owner ? { owner } : {},
			...a.fields({
				owner_id: "bot.owner.user.id",
				workspace: "bot.workspace_name"
			})
		},
		facts,
		...name ? { aliases: [name] } : {}
	};
}
// src/providers/npm.ts
const BODY$4 = "vPHeq7lLuBPMgIytpUs8ZkVhng2UWBqlN8mq";
const npm = defineProvider({
	id: "npm",
	name: "npm",
	formats: [{
		type: "access-token",
		pattern: /^npm_[A-Za-z0-9]{36}$/,
		examples: ["npm_" + BODY$4],
		counterExamples: [
			"npm_" + BODY$4.slice(1),
			"npm-" + BODY$4,
			"NPM_" + BODY$4
		]
	}, {
		type: "legacy",
		pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
		needsNameHint: true,
		examples: ["2d2e786d-e29d-4e1d-9abf-b36e992c843e"],
		counterExamples: ["2d2e786d-e29d-4e1d-9abf-b36e992c843", "2d2e786de29d4e1d9abfb36e992c843e"]
	}],
	namePatterns: [require_outcome.namePart("NPM", "NODE_AUTH_TOKEN", "NPMJS")],
	guide: {
		principal: "the npm username (`npm whoami`)",
		verified: "whoami names the user",
		invalid: "401: the token does not exist or was revoked",
		unknown: "403: a valid token used from outside its CIDR allowlist"
	},
	errorText: ["error", "message"],
	calls: { whoami: get("https://registry.npmjs.org", "/-/whoami", {
		auth: bearer(),
		answers: [
			on(200, accept((a) => a.text("username") ? {
				principal: { username: a.text("username") },
				facts: [fact("principal", a.text("username"), "npm whoami username"), fact("principalKind", "human", "an npm user account")]
			} : require_outcome.unexpected(a, "a whoami answer without a username"))),
			on(401, require_outcome.invalid("revoked", "npm rejected the token{said}"), { anyBody: true }),
			on(403, require_outcome.unknown("insufficient-scope", "npm refused the token from this address (its CIDR allowlist?){said}"), { anyBody: true })
		]
	}) }
});
// src/providers/okta.ts
const BODY$3 = "Xq7Lm2Np9Rs4Tv8Wz1Ab3Cd5Ef6Gh0Jk_Mn-PqYs";
const INACTIVE = [
	"SUSPENDED",
	"DEPROVISIONED",
	"STAGED",
	"PROVISIONED"
];
const ACTIVATED = [
	"ACTIVE",
	"RECOVERY",
	"LOCKED_OUT",
	"PASSWORD_EXPIRED"
];
const REFUSED$1 = require_outcome.invalid("revoked", "Okta does not accept this token (E0000011 Invalid token provided): it was revoked, went unused for 30 days, or the admin who created it was deactivated; or it belongs to another Okta org than --endpoint names");
const ZONES = require_outcome.unknown("unexpected-response", "Okta refused GET /api/v1/users/me (HTTP 403{said}): the token may be limited to network zones this runner is outside of");
const okta = defineProvider({
	id: "okta",
	name: "Okta",
	formats: [{
		type: "api-token",
		pattern: /^00[A-Za-z0-9_-]{40}$/,
		needsNameHint: true,
		principalKind: "human",
		principalDetail: "an Okta API token acts as the admin who created it",
		examples: ["00" + BODY$3],
		counterExamples: [
			"00" + BODY$3.slice(1),
			"01" + BODY$3.slice(0, 40),
			"00" + BODY$3 + "x",
			"00" + BODY$3.slice(1) + "."
		]
	}],
	namePatterns: [require_outcome.keyName(["OKTA"], ["TOKEN", "API_KEY"])],
	tenant: {
		what: "the Okta org domain",
		example: "https://{org}.okta.com"
	},
	guide: {
		principal: "the login (`profile.login`, usually an e-mail) of the admin who created the token, or the user id `00u\u2026`",
		verified: "GET /api/v1/users/me names the admin the token acts as, and that user is active (RECOVERY, LOCKED_OUT and PASSWORD_EXPIRED are verified with a note)",
		invalid: "401 E0000011 (revoked, unused for 30 days, its creator deactivated, or a token of another org than --endpoint names); the creator SUSPENDED, DEPROVISIONED, STAGED or PROVISIONED (user-inactive)",
		unknown: "403 (a token limited to network zones the runner is outside of), another error, or no answer; `skipped` (no-endpoint) without --endpoint okta=https://{org}.okta.com"
	},
	errorText: ["errorSummary"],
	calls: { me: get(void 0, "/api/v1/users/me", {
		auth: (parts) => ({ authorization: `SSWS ${parts.key.reveal()}` }),
		answers: [
			on(200, accept(user), { body: {
				id: /./,
				status: [...ACTIVATED, ...INACTIVE]
			} }),
			on(401, REFUSED$1, { body: { errorCode: "E0000011" } }),
			on(403, ZONES, { body: { errorCode: /./ } })
		]
	}) }
});
function user(a) {
	const [login, id, status] = [
		"profile.login",
		"id",
		"status"
	].map((path) => a.text(path));
	if (!login) return require_outcome.unexpected(a, "Okta answered GET /api/v1/users/me without profile.login");
	const facts = [fact("principal", login, "Okta GET /api/v1/users/me profile.login (the admin who created the token)"), fact("principalKind", "human", "an Okta user: the token acts as its creator, and Okta marks no service accounts")];
	if (INACTIVE.includes(status)) return require_outcome.invalid("user-inactive", `the Okta user who created this token (${login}) is ${status}: a token acts as its creator, and Okta accepts tokens only of active users`, facts);
	return {
		principal: {
			id,
			login,
			status,
			...a.fields({ email: "profile.email" })
		},
		facts,
		aliases: [id],
		...status === "ACTIVE" ? {} : { note: `the Okta user who created this token is ${status}; the token still works` }
	};
}
// src/providers/openai.ts
const LEFT = "hFoOXqVnd_iRJ0xN9pSsbeRXdvSgLLsZlHc1DGybK_7TuQTCGpxSksslib";
const RIGHT = "zQdV4Dw_QRCl1So9nTNZuL5bUHvMnEoAyTICkkhM_8g5rRaSHSvmxzU1yl";
const MARK = "T3BlbkFJ";
const BASE$3 = "https://api.openai.com";
const TAIL$1 = "[A-Za-z0-9_-]{20,400}";
const openai = defineProvider({
	id: "openai",
	name: "OpenAI",
	formats: [
		{
			type: "project",
			pattern: new RegExp(`^sk-proj-${TAIL$1}$`),
			examples: ["sk-proj-" + LEFT + MARK + RIGHT],
			counterExamples: [
				"sk-proj-short",
				"sk_proj_" + LEFT,
				"sk-proj-" + LEFT + "."
			]
		},
		{
			type: "service-account",
			pattern: new RegExp(`^sk-svcacct-${TAIL$1}$`),
			principalKind: "service",
			principalDetail: "a service-account key (sk-svcacct-)",
			examples: ["sk-svcacct-" + RIGHT + MARK + LEFT],
			counterExamples: ["sk-svcacct-x", "sk-svcacct " + RIGHT]
		},
		{
			type: "admin",
			pattern: new RegExp(`^sk-admin-${TAIL$1}$`),
			examples: ["sk-admin-" + LEFT + MARK + RIGHT],
			counterExamples: ["sk-admin-abc", "sk-admins" + LEFT]
		},
		{
			type: "legacy",
			pattern: /^sk-[A-Za-z0-9]{20,64}T3BlbkFJ[A-Za-z0-9]{20,64}$/,
			principalKind: "human",
			principalDetail: "a legacy user API key (sk-)",
			examples: ["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"],
			counterExamples: ["sk-a99pw2DCHFEaLV7I4ogZjSmeKCjnDmVKt1DAkhBa0gb3", "sk-shortT3BlbkFJshort"]
		}
	],
	namePatterns: [require_outcome.namePart("OPENAI", "OPEN_AI")],
	guide: {
		principal: "the organization slug OpenAI sends in `openai-organization` (`user-\u2026` for a personal org, else the org name), or the project id `proj_\u2026`; an `org-\u2026` id only when the undocumented GET /v1/me names it",
		verified: "the key lists models; the organization and project come from the response headers",
		invalid: "401 invalid_api_key (revoked), 401 account_deactivated (user-inactive)",
		unknown: "another 401/403 (a region OpenAI refuses), or no answer; 429 insufficient_quota is a mismatch (insufficient-quota): the key works, its account cannot pay"
	},
	errorText: ["error.message"],
	calls: {
		models: get(BASE$3, "/v1/models", {
			auth: bearer(),
			answers: [
				on(200, accept(models)),
				on(401, require_outcome.invalid("revoked", "OpenAI rejected the key{said}"), code("invalid_api_key")),
				on(401, require_outcome.invalid("user-inactive", "the OpenAI account behind the key is deactivated{said}"), code("account_deactivated")),
				on(401, accept((a) => ({ note: `OpenAI accepted the key, but it is restricted and may not list models${a.said}` })), { body: { "error.message": /missing scopes|insufficient permissions/i } }),
				on(429, require_outcome.mismatch("insufficient-quota", "the account behind this key cannot pay: OpenAI accepted the key, but its organization has no quota or credit left (insufficient_quota){said}"), {
					final: true,
					when: (a) => [a.get("error.code"), a.get("error.type")].includes("insufficient_quota")
				}),
				on(403, require_outcome.unknown("unexpected-response", "OpenAI refuses requests from this runner's region; the key was not judged{said}"), code("unsupported_country_region_territory")),
				on([401, 403], (a) => require_outcome.unknown("unexpected-response", `OpenAI refused the request (HTTP {status} ${a.text("error.code")}`.trim() + "){said}"))
			]
		}),
		me: get(BASE$3, "/v1/me", {
			note: "undocumented; best effort",
			auth: bearer(),
			optional: () => "",
			answers: [on(200, accept(me))]
		})
	}
});
function code(value) {
	return { body: { "error.code": value } };
}
function models(a) {
	if (!Array.isArray(a.get("data"))) return require_outcome.unexpected(a, "a /v1/models answer without a model list");
	const organization = a.header("openai-organization");
	const project = a.header("openai-project");
	return {
		principal: {
			...organization ? { organization } : {},
			...project ? { project } : {}
		},
		facts: organization ? [fact("principal", organization, "openai-organization response header")] : [],
		...project ? { aliases: [project] } : {},
		unconfirmable: ["org-*"],
		...organization ? {} : { note: "OpenAI accepted the key but named no organization" },
		next: "me"
	};
}
function me(a) {
	const user = a.text("email") || a.text("id");
	const orgs = a.get("orgs.data");
	const list = Array.isArray(orgs) ? orgs : [];
	const names = list.map((org) => a.clean(org?.name) || a.clean(org?.id)).filter((name) => name !== "");
	const slug = a.sofar.principal.organization;
	const ids = list.filter((org) => org?.name !== void 0 && a.clean(org.name) === slug).map((org) => a.clean(org.id)).filter((id) => /^org-[A-Za-z0-9]{1,64}$/.test(id));
	return {
		principal: {
			...user ? { user } : {},
			...names.length > 0 ? { organizations: names.slice(0, 20).join(", ") } : {}
		},
		...ids.length > 0 ? {
			aliases: ids,
			unconfirmable: []
		} : {}
	};
}
// src/providers/openrouter.ts
const HEX$1 = "3c9f1a7e5b2d8046e1f7a3c95d0b2e846a1c7f3e9b5d2048c6e2a8f4b0d7e193";
function kind(a) {
	if (a.get("data.is_management_key") === true) return "management-key";
	if (a.get("data.is_provisioning_key") === true) return "provisioning-key";
	return "inference-key";
}
const openrouter = defineProvider({
	id: "openrouter",
	name: "OpenRouter",
	formats: [{
		type: "api-key",
		pattern: /^sk-or-v1-[0-9a-f]{64}$/,
		examples: ["sk-or-v1-" + HEX$1],
		counterExamples: [
			"sk-or-v1-" + HEX$1.slice(1),
			"sk-or-v2-" + HEX$1,
			"sk-or-v1-" + HEX$1.toUpperCase()
		]
	}],
	namePatterns: [require_outcome.namePart("OPENROUTER_API_KEY", "OPENROUTER_KEY", "OPENROUTER_TOKEN", "OPEN_ROUTER_API_KEY")],
	guide: {
		principal: "the `creator_user_id` of `GET /api/v1/key` (`user_\u2026`: for an organization key, the member who made it)",
		verified: "/key describes the key: its creator, kind (inference, provisioning, management), expiry and credit limit",
		invalid: "401 \"User not found.\" (deleted, expired or never valid)",
		unknown: "another 401 (no key reached OpenRouter), or no answer; 402 is a mismatch (insufficient-quota): no credit"
	},
	errorText: ["error.message"],
	calls: { key: get("https://openrouter.ai", "/api/v1/key", {
		auth: bearer(),
		answers: [
			on(200, accept(key)),
			on(401, require_outcome.invalid("revoked", "OpenRouter does not know this key (deleted, expired or never valid){said}"), { body: { "error.message": /user not found/i } }),
			on(401, require_outcome.unknown("unexpected-response", "OpenRouter says no key reached it{said}"), { body: { "error.message": /no auth credentials/i } }),
			on(402, require_outcome.mismatch("insufficient-quota", "OpenRouter accepts this key, but its account has no credit left{said}"))
		]
	}) }
});
function key(a) {
	const data = a.get("data");
	if (data === null || typeof data !== "object" || Array.isArray(data)) return require_outcome.unexpected(a, "OpenRouter answered GET /api/v1/key without a data object");
	const creator = a.text("data.creator_user_id");
	const type = kind(a);
	const limit = a.get("data.limit");
	const facts = [fact("keyType", type, "OpenRouter GET /api/v1/key flags")];
	if (creator) facts.unshift(fact("principal", creator, "OpenRouter GET /api/v1/key creator_user_id"));
	const expires = require_outcome.parseDate(a.text("data.expires_at"));
	if (expires) facts.push(fact("expires", expires.toISOString(), "OpenRouter GET /api/v1/key expires_at"));
	const remaining = a.get("data.limit_remaining");
	const notes = [...creator ? [] : ["OpenRouter names no creator for this key"], ...typeof remaining === "number" && remaining <= 0 ? ["its credit limit is used up (limit_remaining 0)"] : []];
	return {
		principal: {
			...creator ? { creator_user_id: creator } : {},
			kind: type,
			...typeof limit === "number" ? { limit } : limit === null ? { limit: "none" } : {},
			...a.fields({
				limit_remaining: "data.limit_remaining",
				limit_reset: "data.limit_reset"
			}),
			...a.fields({ is_free_tier: "data.is_free_tier" })
		},
		facts,
		...notes.length > 0 ? { note: notes.join("; ") } : {}
	};
}
// src/providers/sendgrid.ts
const ID = "tk5APAg81ZTf-YY2aTbqeP";
const SECRET$1 = "HlPFGqSOjDIzZ6VIsWSKosBQ8or9tLwQax5m1tEJ3lw";
const BASE$2 = "https://api.sendgrid.com";
const REFUSED = on(401, require_outcome.invalid("revoked", "SendGrid does not accept this key (invalid, expired or revoked; a suspended account may answer the same)"));
const sendgrid = defineProvider({
	id: "sendgrid",
	name: "SendGrid",
	formats: [{
		type: "api-key",
		pattern: /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/,
		examples: ["SG." + ID + "." + SECRET$1],
		counterExamples: [
			"SG." + ID + SECRET$1,
			"sg." + ID + "." + SECRET$1,
			"SG." + ID + "." + SECRET$1.slice(0, 30)
		]
	}],
	namePatterns: [require_outcome.namePart("SENDGRID", "SEND_GRID")],
	guide: {
		principal: "the account username (`GET /v3/user/username`; needs a `user.*` read scope)",
		verified: "the key lists its scopes, and names its account when it may",
		invalid: "401: the key is invalid, expired or revoked (SendGrid does not say which)",
		unknown: "no answer, or one SendGrid does not document"
	},
	calls: {
		scopes: get(BASE$2, "/v3/scopes", {
			auth: bearer(),
			answers: [on(200, accept((a) => ({
				facts: [fact("scopes", a.all("scopes").map((scope) => a.clean(scope)).filter(Boolean), "SendGrid GET /v3/scopes"), fact("principalKind", "service", "a SendGrid API key (account-level, not a login)")],
				next: "username"
			})), { when: (a) => Array.isArray(a.get("scopes")) && a.all("scopes").every((scope) => typeof scope === "string") }), REFUSED]
		}),
		username: get(BASE$2, "/v3/user/username", {
			auth: bearer(),
			answers: [
				on(200, accept((a) => ({
					principal: a.fields(["username", "user_id"]),
					facts: [fact("principal", a.text("username"), "SendGrid GET /v3/user/username username")]
				})), { body: { username: /\S/ } }),
				on(403, accept(() => ({ note: "the key may not read the username (no user.* read scope); who it belongs to is unknown" })), { anyBody: true }),
				REFUSED
			]
		})
	}
});
// src/providers/slack.ts
const TEAM = "2718281828";
const USER = "3141592653";
const REST = "[A-Za-z0-9-]{16,255}";
const REFUSALS = {
	invalid_auth: require_outcome.invalid("revoked", "Slack does not accept this token (invalid_auth): it is revoked or was never valid, or the workspace accepts requests only from allow-listed IP addresses and this runner's is not one"),
	not_authed: require_outcome.unknown("unexpected-response", "Slack says no token reached it (not_authed)"),
	token_revoked: require_outcome.invalid("revoked", "Slack says this token is revoked (token_revoked): revoked, the app removed, or the user or workspace behind it deleted or deactivated"),
	account_inactive: require_outcome.invalid("user-inactive", "the user associated with this key is deactivated (Slack account_inactive: the user or workspace behind the token was deleted or deactivated)"),
	token_expired: require_outcome.invalid("expired", "Slack says this token has expired (token_expired: token rotation)"),
	ratelimited: require_outcome.unknown("rate-limited", "Slack rate-limited the check (ratelimited)"),
	missing_scope: require_outcome.unknown("insufficient-scope", "Slack answered missing_scope to auth.test, which needs no scope; who the key belongs to is unknown")
};
const slack = defineProvider({
	id: "slack",
	name: "Slack",
	formats: [
		{
			type: "bot",
			pattern: new RegExp(`^xoxb-[0-9]{8,16}-${REST}$`),
			principalKind: "service",
			principalDetail: "a bot token (xoxb-)",
			examples: ["xoxb-" + TEAM + "-" + USER + "-kjkz2w51QfGsiRoZeaHVzYwY"],
			counterExamples: [
				"xoxb-" + TEAM,
				"xoxb-team-" + USER + "-kjkz2w51QfGsiRoZeaHVzYwY",
				"xoxb_" + TEAM + "-" + USER + "-kjkz2w51QfGsiRoZ"
			]
		},
		{
			type: "user",
			pattern: new RegExp(`^xoxp-[0-9]{8,16}-${REST}$`),
			principalKind: "human",
			principalDetail: "a user account token (xoxp-)",
			examples: ["xoxp-" + TEAM + "-" + USER + "-1618033988-b36e992c843ea22c76edc6c5003d133a"],
			counterExamples: ["xoxp-" + TEAM + "-short", "xoxp-" + TEAM + "-" + USER + "-1618033988 b36e992c843e"]
		},
		{
			type: "app",
			pattern: new RegExp(`^xapp-[0-9]-${REST}$`),
			principalKind: "service",
			principalDetail: "an app-level token (xapp-)",
			examples: ["xapp-1-A0123456789-" + USER + "-f957135b01cc80a8a3e27daebda533c5"],
			counterExamples: ["xapp-A0123456789-" + USER, "xapp-1-short"]
		},
		{
			type: "configuration",
			pattern: new RegExp(`^xoxe\\.xoxp-[0-9]-${REST}$`),
			principalKind: "human",
			principalDetail: "a user configuration token (xoxe.xoxp-)",
			examples: ["xoxe.xoxp-1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw"],
			counterExamples: ["xoxe-xoxp-1-Mi0yLTI3MTgyODE4MjgtMzE0MTU5MjY1Mw", "xoxe.xoxp-1-x"]
		},
		{
			type: "refresh-token",
			pattern: new RegExp(`^xoxe-[0-9]-${REST}$`),
			neverSend: true,
			examples: ["xoxe-1-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4"],
			counterExamples: ["xoxe-x-My0xLTI3MTgyODE4MjgtMzE0MTU5MjY1My0xNjE4MDMzOTg4"]
		},
		{
			type: "workspace-app",
			pattern: new RegExp(`^xoxa-[0-9]-${REST}$`),
			examples: ["xoxa-2-" + TEAM + "-" + USER + "-3975fc2bb2591602389e3cfa2e0d23a9"],
			counterExamples: ["xoxa-" + TEAM]
		},
		{
			type: "workspace-refresh-token",
			pattern: new RegExp(`^xoxr-${REST}$`),
			neverSend: true,
			examples: ["xoxr-" + TEAM + "-" + USER + "-3975fc2bb2591602389e3cfa2e0d23a9"],
			counterExamples: ["xoxr-tiny"]
		}
	],
	namePatterns: [require_outcome.namePart("SLACK")],
	guide: {
		principal: "`TEAM_ID/USER_ID` from auth.test (`T0123/U0456`; `T0123/*` for any user of a workspace); the bot user for bot tokens",
		verified: "auth.test answers ok with the team and user",
		invalid: "invalid_auth (revoked, never valid, or an IP allowlist that excludes the runner), token_revoked (also a deactivated user), account_inactive (user-inactive), token_expired",
		unknown: "not_authed, ratelimited, another error code, or no answer"
	},
	calls: { authTest: post("https://slack.com", "/api/auth.test", {
		note: "auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)",
		auth: bearer(),
		headers: { "content-type": "application/x-www-form-urlencoded" },
		body: "",
		answers: [
			on(200, accept(identity), { body: { ok: true } }),
			...Object.entries(REFUSALS).map(([error, result]) => on(200, result, { body: {
				ok: false,
				error
			} })),
			on(200, (a) => {
				const raw = a.get("error");
				const code = typeof raw === "string" && /^[a-z0-9_]{1,64}$/.test(raw) ? raw : void 0;
				const said = raw === void 0 ? "no error code" : `error ${a.clean(code ?? raw) || "unreadable"}`;
				return require_outcome.unexpected(a, `Slack refused auth.test with an error keybound does not know (${said})`);
			}, { body: { ok: false } })
		]
	}) }
});
function identity(a) {
	const teamId = a.text("team_id");
	const userId = a.text("user_id");
	if (!teamId || !userId) return require_outcome.unexpected(a, "Slack answered auth.test ok without a team_id and user_id");
	const principal = {
		team_id: teamId,
		user_id: userId,
		...a.fields([
			"user",
			"team",
			"url",
			"bot_id",
			"app_id",
			"enterprise_id"
		])
	};
	const format = a.credential.format;
	const facts = [
		fact("principal", `${teamId}/${userId}`, "Slack auth.test team_id/user_id"),
		fact("account", teamId, "Slack auth.test team_id (workspace)"),
		principal.bot_id !== void 0 ? fact("principalKind", "service", "a Slack bot user (auth.test bot_id)") : format.principalKind === "service" ? fact("principalKind", "service", `${format.principalDetail ?? "an app token"}, accepted by Slack`) : fact("principalKind", "human", "a Slack user (auth.test gave no bot_id)")
	];
	if (a.headers["x-oauth-scopes"] !== void 0) facts.push(fact("scopes", a.list("x-oauth-scopes"), "Slack x-oauth-scopes header"));
	return {
		principal,
		facts,
		...typeof a.get("expires_in") === "number" ? { note: "a rotating token (expires_in): Slack renews it, so no expiry is recorded" } : {}
	};
}
// src/providers/square.ts
const BODY$2 = "l2Kq9Wm4Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBxZp4Kq9Wm2Xr7Tb3Nc-_+=";
const PRODUCTION = "https://connect.squareup.com";
const SANDBOX = "https://connect.squareupsandbox.com";
const HEADERS = {
	"square-version": "2024-06-04",
	"content-type": "application/json"
};
const dead = (code, reason, what) => on(401, require_outcome.invalid(reason, `Square says this token ${what}{said}`), { body: { "errors.*.code": code } });
const TOKEN_ERRORS = [dead("ACCESS_TOKEN_EXPIRED", "expired", "has expired"), dead("ACCESS_TOKEN_REVOKED", "revoked", "is revoked")];
const SANDBOX_FACT = fact("keyEnvironment", "development", "Square sandbox (connect.squareupsandbox.com) accepted it");
const square = defineProvider({
	id: "square",
	name: "Square",
	formats: [{
		type: "access-token",
		pattern: /^EAAA[A-Za-z0-9_+=-]{60}$/,
		needsNameHint: true,
		examples: ["EAAA" + BODY$2],
		counterExamples: [
			"EAAA" + BODY$2.slice(1),
			"EAAB" + BODY$2,
			"EAAA" + BODY$2 + "x"
		]
	}],
	namePatterns: [require_outcome.namePart("SQUARE_ACCESS_TOKEN", "SQUARE_TOKEN", "SQUARE_API_KEY", "SQUARE_API_TOKEN", "SQUARE_OAUTH_TOKEN"), require_outcome.namePart("SQUARE_PERSONAL_ACCESS_TOKEN", "SQUAREUP_ACCESS_TOKEN")],
	guide: {
		principal: "the merchant id (`merchant_id` of the token status; the first merchant in the sandbox)",
		verified: "production answers the token status (production), or the sandbox host lists merchants (200, or 403 without the merchant scope): a sandbox token used in production is reported by no-dev-keys-in-prod",
		invalid: "ACCESS_TOKEN_EXPIRED or ACCESS_TOKEN_REVOKED; 401 from both hosts (or from the one --endpoint names); an INACTIVE sandbox merchant (user-inactive)",
		unknown: "another answer, or no answer"
	},
	errorText: ["errors.0.detail", "errors.0.code"],
	calls: {
		status: post(PRODUCTION, "/oauth2/token/status", {
			note: "RetrieveTokenStatus is read-only token introspection (no body, changes nothing)",
			auth: bearer(),
			headers: HEADERS,
			body: "",
			answers: [
				on(200, accept(status), { body: { merchant_id: /./ } }),
				...TOKEN_ERRORS,
				on(401, (a) => a.context.declaredEndpoint ? refused$3(a) : next("sandbox"), { anyBody: true })
			]
		}),
		sandbox: get(SANDBOX, "/v2/merchants", {
			auth: bearer(),
			headers: { "square-version": HEADERS["square-version"] },
			answers: [
				on(200, accept(merchants), { when: (a) => Array.isArray(a.get("merchant")) }),
				on(403, accept(() => ({
					facts: [SANDBOX_FACT],
					note: "the Square sandbox accepted the token, which may not read its merchant (no MERCHANT_PROFILE_READ)"
				})), { body: { "errors.*.code": "INSUFFICIENT_SCOPES" } }),
				...TOKEN_ERRORS,
				on(401, refused$3, { anyBody: true })
			]
		})
	}
});
function refused$3(a) {
	const who = a.context.declaredEndpoint ? "Square refuses" : "Square production and sandbox both refuse";
	return require_outcome.invalid("revoked", `${who} this token (expired, revoked or never valid)${a.said}`);
}
function status(a) {
	const merchant = a.text("merchant_id");
	const expires = require_outcome.parseDate(a.text("expires_at"));
	const scopes = a.all("scopes").map((scope) => a.clean(scope)).filter(Boolean);
	return {
		principal: {
			merchant_id: merchant,
			...a.fields(["client_id"])
		},
		facts: [
			fact("principal", merchant, "Square token status merchant_id"),
			fact("account", merchant, "Square token status merchant_id"),
			...scopes.length > 0 ? [fact("scopes", scopes, "Square token status scopes")] : [],
			...expires ? [fact("expires", expires.toISOString(), "Square token status expires_at")] : [],
			...a.context.declaredEndpoint ? [] : [fact("keyEnvironment", "production", "Square production (connect.squareup.com) accepted it")]
		]
	};
}
function merchants(a) {
	const id = a.text("merchant.0.id");
	if (a.text("merchant.0.status") === "INACTIVE") return require_outcome.invalid("user-inactive", `the Square sandbox merchant ${id} is INACTIVE`);
	return {
		principal: id ? {
			merchant_id: id,
			...a.fields({ business_name: "merchant.0.business_name" })
		} : {},
		facts: [...id ? [fact("principal", id, "Square sandbox merchant id"), fact("account", id, "Square sandbox merchant id")] : [], SANDBOX_FACT]
	};
}
// src/providers/stripe.ts
const BODY$1 = "51HxX9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT";
const BASE$1 = "https://api.stripe.com";
function format(prefix, type, mode) {
	const head = `${prefix}_${mode}_`;
	return {
		type,
		pattern: new RegExp(`^${head}[A-Za-z0-9]{20,247}$`),
		mode,
		examples: [head + BODY$1],
		counterExamples: [
			head + "tooShort",
			`${prefix}_${mode === "live" ? "prod" : "dev"}_51HxX9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT`,
			head + "51HxX9418FbG6VBjQFJ1Q8tgwmI5pwXrKnfZxMBHUnWT_x"
		]
	};
}
const ACCOUNT_ID = /\bacct_[A-Za-z0-9]{1,64}\b/;
const SERVICE$1 = fact("principalKind", "service", "Stripe keys belong to an account, not to a person");
function accountFacts$1(id, detail) {
	return [
		fact("principal", id, detail),
		fact("account", id, detail),
		SERVICE$1
	];
}
const stripe = defineProvider({
	id: "stripe",
	name: "Stripe",
	formats: [
		format("sk", "secret", "live"),
		format("sk", "secret", "test"),
		format("rk", "restricted", "live"),
		format("rk", "restricted", "test"),
		format("pk", "publishable", "live"),
		format("pk", "publishable", "test")
	],
	namePatterns: [require_outcome.namePart("STRIPE")],
	guide: {
		principal: "the account id `acct_\u2026` (a restricted key names it only when its 403 does)",
		verified: "the account answers, or a restricted key is refused the account with 403 \"does not have the required permissions\" (a valid key); livemode from the balance",
		invalid: "401: deleted, rolled or never valid; api_key_expired (expired)",
		unknown: "another 403, or no answer"
	},
	start: (credential) => credential.format.type === "publishable" ? require_outcome.skipped("unsupported", "a publishable key is public and names no account; it was not sent") : {},
	calls: {
		account: get(BASE$1, "/v1/account", {
			auth: bearer(),
			answers: [
				on(200, accept(account$2)),
				on(401, require_outcome.invalid("expired", "Stripe says this key has expired (api_key_expired)"), { body: { "error.code": "api_key_expired" } }),
				on(401, (a) => {
					const code = a.text("error.code");
					const said = /^[a-z0-9_]{1,64}$/.test(code) ? ` (${code})` : "";
					return require_outcome.invalid("revoked", `Stripe does not accept this key: deleted, rolled or never valid${said}`);
				}),
				on(403, accept(restricted$1), { body: { "error.message": /does not have the required permissions/i } })
			]
		}),
		balance: get(BASE$1, "/v1/balance", {
			auth: bearer(),
			optional: (why) => `livemode could not be read from GET /v1/balance (${why}); the key prefix gives the mode`,
			answers: [on(200, accept((a) => ({
				principal: { livemode: a.get("livemode") === true },
				facts: [fact("keyEnvironment", a.get("livemode") ? "live" : "test", "Stripe GET /v1/balance livemode")]
			})), { body: { livemode: [true, false] } })]
		})
	}
});
function account$2(a) {
	const id = a.text("id");
	if (!/^acct_[A-Za-z0-9]+$/.test(id)) return require_outcome.unexpected(a, "Stripe answered GET /v1/account without an acct_ id");
	return {
		principal: {
			id,
			...a.fields([
				"type",
				"country",
				"business_type"
			]),
			...a.fields({ business_name: "business_profile.name" }),
			...a.fields(["charges_enabled", "payouts_enabled"])
		},
		facts: accountFacts$1(id, "Stripe GET /v1/account id"),
		next: "balance"
	};
}
function restricted$1(a) {
	const found = ACCOUNT_ID.exec(a.text("error.message"))?.[0];
	return {
		principal: found ? { id: found } : {},
		facts: found ? accountFacts$1(found, "Stripe 403 on GET /v1/account names the account") : [SERVICE$1],
		note: found ? "the key may not read the account (restricted key); the account id comes from the permission error" : "the key may not read the account (restricted key); which account it belongs to is unknown",
		next: "balance"
	};
}
// src/providers/terraform.ts
const HEAD = "Xq7Lm2Vw9Rt4Kp";
const TAIL = "Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9QwBxFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0";
const HCP = "https://app.terraform.io";
const COMPANIONS = [
	"tfapitoken",
	"tfetoken",
	"tfctoken",
	"tfcloudtoken"
].map((primary) => ({
	primary,
	companions: {},
	lookups: {
		tfehostname: "host",
		tfcloudhostname: "host"
	}
}));
function hostOf(credential) {
	const raw = credential.companions.host?.reveal().trim().toLowerCase();
	return raw ? raw.replace(/^https?:\/\//, "").replace(/[/:].*$/, "") : void 0;
}
const refused$2 = (a) => a.context.declaredEndpoint ? require_outcome.invalid("revoked", "the Terraform host named by --endpoint refuses this token: revoked, expired or never valid") : require_outcome.unknown("unknown-key", "app.terraform.io does not accept this token: it is revoked, expired or never valid, or it belongs to a Terraform Enterprise host or HCP Terraform Europe; name the host with --endpoint terraform=https://HOST");
const terraform = defineProvider({
	id: "terraform",
	name: "HCP Terraform / Terraform Enterprise",
	formats: [{
		type: "api-token",
		pattern: /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/,
		needsNameHint: true,
		examples: [`${HEAD}.atlasv1.${TAIL}`],
		counterExamples: [
			`${HEAD}.atlasv2.${TAIL}`,
			`${HEAD}x.atlasv1.${TAIL}`,
			`${HEAD}Xatlasv1X${TAIL}`
		]
	}],
	namePatterns: [require_outcome.namePart(...[
		"TFE",
		"TFC",
		"TF",
		"TF_API",
		"TF_CLOUD",
		"TERRAFORM",
		"TERRAFORM_CLOUD"
	].map((w) => `${w}_TOKEN`))],
	companions: COMPANIONS,
	guide: {
		principal: "user tokens: the username; team tokens: the team id `team-\u2026`; organization tokens: the organization name (account/details and its authenticated-resource)",
		verified: "account/details names the user, or the service user of a team or organization token",
		invalid: "401 from the host named by --endpoint (revoked, expired or never valid)",
		unknown: "401 from the default app.terraform.io: a Terraform Enterprise or HCP Europe token gets the same (name the host with --endpoint terraform=https://app.terraform.io or https://HOST); no answer"
	},
	start: (credential, context) => {
		const host = hostOf(credential);
		if (host === void 0 || host === "app.terraform.io" || context.declaredEndpoint) return {};
		return require_outcome.skipped("unsupported", "the hostname beside this token (TFE_HOSTNAME / TF_CLOUD_HOSTNAME) is not app.terraform.io, so it was not sent there; check it with --endpoint terraform=https://HOST");
	},
	calls: { account: get(HCP, "/api/v2/account/details", {
		auth: bearer(),
		headers: { accept: "application/vnd.api+json" },
		answers: [on(200, accept(account$1), { body: { "data.type": "users" } }), on(401, refused$2, { anyBody: true })]
	}) }
});
const KINDS = {
	users: "user-token",
	teams: "team-token",
	organizations: "organization-token"
};
function account$1(a) {
	const username = a.text("data.attributes.username");
	if (!username) return require_outcome.unexpected(a, "Terraform answered account/details without a username");
	const type = a.text("data.relationships.authenticated-resource.data.type");
	const resource = a.text("data.relationships.authenticated-resource.data.id");
	const keyType = Object.hasOwn(KINDS, type) ? KINDS[type] : void 0;
	const byResource = keyType !== void 0 && keyType !== "user-token" && resource !== "";
	const service = byResource || a.get("data.attributes.is-service-account") === true;
	const named = byResource ? resource : username;
	const email = a.text("data.attributes.email");
	return {
		principal: {
			username,
			...a.fields({
				id: "data.id",
				service_account: "data.attributes.is-service-account"
			}),
			...resource ? { resource: `${type}/${resource}` } : {}
		},
		facts: [
			fact("principal", named, `Terraform ${byResource ? `authenticated-resource (${type})` : "account/details username"}`),
			service ? fact("principalKind", "service", `a Terraform ${keyType ?? "team or organization token"} (service user)`) : fact("principalKind", "human", "a Terraform user token (is-service-account: false)"),
			...keyType ? [fact("keyType", keyType, `Terraform authenticated-resource type ${type}`)] : [],
			...type === "organizations" && resource ? [fact("account", resource, "Terraform organization")] : []
		],
		aliases: [username, email].filter((name) => name && name !== named)
	};
}
// src/providers/twilio.ts
const HEX = "f957135b01cc80a8a3e27daebda533c5";
const BASE = "https://api.twilio.com";
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
const SECRET = /^[A-Za-z0-9]{32}$/;
const SERVICE = fact("principalKind", "service", "Twilio credentials belong to an account, not to a person");
const TEST_CREDENTIALS = 20008;
const NO_PERMISSION = 70051;
const twilio = defineProvider({
	id: "twilio",
	name: "Twilio",
	formats: [
		{
			type: "account-sid",
			pattern: /^AC[0-9a-f]{32}$/,
			examples: ["AC" + HEX],
			counterExamples: ["AC" + HEX.slice(2), "AC" + HEX.toUpperCase().replace(/[0-9]/g, "Z")]
		},
		{
			type: "api-key-sid",
			pattern: /^SK[0-9a-fA-F]{32}$/,
			examples: ["SK" + HEX],
			counterExamples: ["SK" + HEX + "0", "SK" + HEX.replace("f", "g")]
		},
		{
			type: "auth-token",
			pattern: /^[0-9a-f]{32}$/,
			needsNameHint: true,
			examples: ["3975fc2bb2591602389e3cfa2e0d23a9"],
			counterExamples: ["3975fc2bb2591602389e3cfa2e0d23a", "3975fc2bb2591602389e3cfa2e0d23a9-"]
		},
		{
			type: "api-key-secret",
			pattern: /^[A-Za-z0-9]{32}$/,
			needsNameHint: true,
			examples: ["grRYP5kcOY8E5kddZNMPlCBXDHKzkYYU"],
			counterExamples: ["grRYP5kcOY8E5kddZNMPlCBXDHKzkYY_", "grRYP5kcOY8E5kddZNMPlCBXDHKzkYYUx"]
		}
	],
	namePatterns: [require_outcome.namePart("TWILIO")],
	companions: [
		{
			primary: "authtoken",
			companions: { accountsid: "accountSid" },
			prefixContains: "twilio"
		},
		{
			primary: "apisecret",
			companions: {
				apikey: "apiKeySid",
				accountsid: "accountSid"
			},
			prefixContains: "twilio"
		},
		{
			primary: "apikeysecret",
			companions: {
				apikeysid: "apiKeySid",
				accountsid: "accountSid"
			},
			prefixContains: "twilio"
		}
	],
	guide: {
		principal: "the Account SID `AC\u2026`",
		verified: "auth token: the account is active; API key (SK): a Messages list under the account answers (a Standard key may not read the account itself)",
		invalid: "401 code 20003 (wrong or rotated secret, a key of another account, or a suspended or closed account); account status suspended or closed (user-inactive)",
		unknown: "a missing or malformed companion (TWILIO_ACCOUNT_SID, the API key SID), or no answer"
	},
	start: pairOf,
	parse: (response) => {
		const body = require_outcome.jsonObject(response);
		if (body) delete body.auth_token;
		return body;
	},
	calls: {
		account: get(BASE, "/2010-04-01/Accounts/{AccountSid}.json", {
			note: "HTTP Basic SID:secret; the response body contains auth_token, which must be redacted",
			auth: basic("user", "secret"),
			answers: [
				on(200, accept(account)),
				on(401, refused$1("this Account SID and auth token", "wrong or rotated, or the account is suspended or closed")),
				on(403, accept(testMode), { body: { code: TEST_CREDENTIALS } }),
				on(403, restricted("may not read the account"), { body: { code: NO_PERMISSION } })
			]
		}),
		messages: get(BASE, "/2010-04-01/Accounts/{AccountSid}/Messages.json", {
			query: "?PageSize=1",
			note: "HTTP Basic SKsid:secret; a list a Standard API key may read, one item, nothing of it kept",
			auth: basic("user", "secret"),
			answers: [
				on(200, accept((a) => Array.isArray(a.get("messages")) ? accountFacts(a.credential.companions.accountSid?.reveal() ?? "", "an API key accepted under it") : require_outcome.unexpected(a, "Twilio answered a Messages list without messages"))),
				on(401, refused$1("this API key", "wrong, revoked or of another account, or the account is suspended or closed")),
				on(403, restricted("may not read messages"), { body: { code: NO_PERMISSION } })
			]
		})
	}
});
function accountFacts(sid, what) {
	const detail = `Twilio account SID${what ? ` (${what})` : ""}`;
	return {
		principal: { sid },
		facts: [
			fact("principal", sid, detail),
			fact("account", sid, detail),
			SERVICE
		]
	};
}
function testMode(a) {
	return {
		principal: { sid: a.credential.companions.accountSid?.reveal() ?? a.credential.value.reveal() },
		facts: [fact("keyEnvironment", "test", "Twilio test credentials (403, code 20008)"), SERVICE]
	};
}
function restricted(what) {
	return accept(() => ({
		facts: [SERVICE],
		note: `the key ${what} (code 70051, a restricted key); its account is unconfirmed`
	}));
}
function refused$1(what, causes) {
	return (a) => {
		const code = a.get("code");
		return require_outcome.invalid("revoked", `Twilio does not accept ${what}${typeof code === "number" ? ` (code ${code})` : ""}: ${causes}`);
	};
}
function pairOf(credential) {
	const { value, companions, format } = credential;
	const missing = (role, names) => require_outcome.unknown("no-value", `${credential.name} is checked with its ${names} (companion ${role}), which was not given; nothing was sent`);
	const bad = (role) => require_outcome.unknown("no-value", `the companion ${role} of ${credential.name} is not well-formed; nothing was sent`);
	const accountSid = companions.accountSid;
	if (accountSid && !ACCOUNT_SID.test(accountSid.reveal())) return bad("accountSid");
	const pair = (user, secret, sid, key) => ({
		parts: {
			user,
			secret,
			accountSid: sid
		},
		call: key ? "messages" : "account"
	});
	if (format.type === "account-sid" || format.type === "api-key-sid") {
		const isKey = format.type === "api-key-sid";
		const secret = isKey ? companions.apiKeySecret : companions.authToken;
		if (!secret) return require_outcome.skipped("unsupported", `${isKey ? "an API key SID" : "an Account SID"} identifies, it does not authenticate: it is checked with its secret, which was not given`);
		if (!SECRET.test(secret.reveal())) return bad(isKey ? "apiKeySecret" : "authToken");
		if (!isKey) return pair(value, secret, value, false);
		if (!accountSid) return missing("accountSid", "Account SID (TWILIO_ACCOUNT_SID)");
		return pair(value, secret, accountSid, true);
	}
	const keySid = companions.apiKeySid;
	if (keySid && !API_KEY_SID.test(keySid.reveal())) return bad("apiKeySid");
	if (!keySid && format.type === "api-key-secret") return missing("apiKeySid", "API key SID (TWILIO_API_KEY or TWILIO_API_KEY_SID)");
	if (!accountSid) return missing("accountSid", "Account SID (TWILIO_ACCOUNT_SID)");
	return keySid ? pair(keySid, value, accountSid, true) : pair(accountSid, value, accountSid, false);
}
function account(a) {
	const sid = a.get("sid");
	const requested = a.credential.companions.accountSid?.reveal() ?? a.credential.value.reveal();
	if (typeof sid !== "string" || !ACCOUNT_SID.test(sid) || sid !== requested) return require_outcome.unexpected(a, "Twilio answered with an Account object for another SID or none");
	const principal = {
		sid,
		...a.fields([
			"friendly_name",
			"status",
			"type"
		])
	};
	const owner = a.get("owner_account_sid");
	if (typeof owner === "string" && ACCOUNT_SID.test(owner)) principal.owner_account_sid = owner;
	const status = principal.status;
	if (status === "suspended" || status === "closed") return require_outcome.invalid("user-inactive", `the account associated with this key is ${status} at Twilio (${sid})`);
	if (status !== "active") return require_outcome.unexpected(a, "Twilio answered with an account status it does not document");
	return {
		...accountFacts(sid, principal.type),
		principal
	};
}
// src/providers/vault.ts
const BODY = "CAESIJk3Lm9Pq2Rs7Tv1Wx4Yb8Zc5Dn0Fh6Gj3HkQm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uWq8Zr2GiYKHGh2cy5";
const HUMAN_METHODS = [
	"ldap",
	"oidc",
	"userpass",
	"okta",
	"github",
	"radius",
	"saml"
];
const WORKLOAD_METHODS = [
	"approle",
	"aws",
	"kubernetes",
	"gcp",
	"azure",
	"cert",
	"alicloud"
];
const vault = defineProvider({
	id: "vault",
	name: "HashiCorp Vault",
	formats: [
		{
			type: "service-token",
			pattern: /^hvs\.[A-Za-z0-9_-]{90,120}$/,
			examples: ["hvs." + BODY],
			counterExamples: [
				"hvs." + BODY.slice(40),
				"hvs_" + BODY,
				"hvs." + BODY + ".x"
			]
		},
		{
			type: "batch-token",
			pattern: /^hvb\.[A-Za-z0-9_-]{50,300}$/,
			examples: ["hvb." + BODY],
			counterExamples: ["hvb." + BODY.slice(60)]
		},
		{
			type: "legacy-service-token",
			pattern: /^s\.[A-Za-z0-9]{24}$/,
			needsNameHint: true,
			examples: ["s.Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd5"],
			counterExamples: ["s.Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd", "b.Zk3Lm9Pq2Rs7Tv1Wx4Yb8Cd5"]
		}
	],
	namePatterns: [require_outcome.namePart("VAULT_TOKEN", "VAULT_ROOT_TOKEN", "VAULT_CLIENT_TOKEN", "VAULT_SERVICE_TOKEN")],
	companions: [{
		primary: "vaulttoken",
		companions: {},
		lookups: { vaultnamespace: "namespace" }
	}],
	guide: {
		principal: "the token `display_name` of lookup-self (`approle`, `ldap-alice`, `aws-node`), or its entity id, AWS ARN, username or role name",
		verified: "lookup-self names the token, its policies (`root` is a forbidden scope), dates and auth method; the address comes only from --endpoint vault=https://HOST:8200",
		invalid: "403 permission denied: invalid, expired or revoked (Vault does not say which), or, on Vault Enterprise or HCP, a token of a namespace not given (VAULT_NAMESPACE beside the key)",
		unknown: "no --endpoint vault=\u2026 (skipped, no-endpoint), a sealed or standby Vault (503), or no answer"
	},
	errorText: ["errors.0"],
	tenant: {
		what: "the Vault address",
		example: "https://HOST:8200"
	},
	start: (credential) => {
		const namespace = credential.companions.namespace?.reveal();
		if (namespace !== void 0 && !/^[\w-]{1,64}(?:\/[\w-]{1,64}){0,8}$/.test(namespace)) return require_outcome.unknown("no-value", `the Vault namespace beside ${credential.name} is no namespace path; nothing was sent`);
		return {};
	},
	calls: { lookupSelf: get(void 0, "/v1/auth/token/lookup-self", {
		auth: (parts) => ({
			"x-vault-token": parts.key.reveal(),
			...parts.namespace ? { "x-vault-namespace": parts.namespace.reveal() } : {}
		}),
		answers: [on(200, accept(lookup), { body: { "data.display_name": /./ } }), on(403, refused, { body: { errors: /permission denied/ } })]
	}) }
});
function refused(a) {
	const namespace = a.credential.companions.namespace ? "" : NAMESPACE_CAUSE;
	return require_outcome.invalid("revoked", `Vault refused the token (permission denied): it is invalid, expired or revoked${namespace}`);
}
const NAMESPACE_CAUSE = ", or it belongs to a Vault Enterprise or HCP namespace that was not given (VAULT_NAMESPACE beside the key)";
function lookup(a) {
	const name = a.text("data.display_name");
	if (!name) return require_outcome.unexpected(a, "a lookup-self answer without a display_name");
	const policies = [...new Set([...a.all("data.policies"), ...a.all("data.identity_policies")])].map((policy) => a.clean(policy)).filter(Boolean);
	const method = /^auth\/([a-z0-9_-]+)\//.exec(a.text("data.path"))?.[1] ?? "";
	const human = HUMAN_METHODS.find((known) => method.startsWith(known));
	const workload = WORKLOAD_METHODS.find((known) => method.startsWith(known));
	const kind = human ? "human" : workload ? "service" : void 0;
	const seconds = a.get("data.creation_time");
	const created = typeof seconds === "number" && seconds > 0 ? require_outcome.parseDate(new Date(seconds * 1e3)) : void 0;
	const expires = require_outcome.parseDate(a.text("data.expire_time"));
	const uses = Number(a.get("data.num_uses"));
	const aliases = [
		"data.entity_id",
		"data.meta.username",
		"data.meta.role_name",
		"data.meta.canonical_arn"
	].map((path) => a.text(path)).filter(Boolean);
	return {
		principal: {
			display_name: name,
			...a.fields({
				entity_id: "data.entity_id",
				path: "data.path",
				type: "data.type",
				ttl: "data.ttl"
			}),
			...a.fields({
				renewable: "data.renewable",
				orphan: "data.orphan",
				num_uses: "data.num_uses"
			})
		},
		facts: [
			fact("principal", name, "Vault lookup-self display_name"),
			...kind ? [fact("principalKind", kind, `Vault lookup-self path auth/${method}/ (${human ? `${human}, a person's` : `${workload}, a workload's`} login)`)] : [],
			fact("scopes", policies, "Vault lookup-self policies and identity_policies"),
			...created ? [fact("created", created.toISOString(), "Vault lookup-self creation_time")] : [],
			...expires ? [fact("expires", expires.toISOString(), "Vault lookup-self expire_time")] : []
		],
		aliases,
		...uses > 0 ? { note: `a use-limited token (num_uses ${uses}): each check may spend one of its uses` } : {}
	};
}
// src/providers/all.ts
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
	vault
];
// src/providers/smoke.ts
var smoke_exports = require_rolldown_runtime.__exportAll({ smokeKeys: () => smokeKeys });
async function smokeKeys(keys, options) {
	const http = new SmokeHttp({
		...DEFAULT_HTTP_SETTINGS,
		...options.http
	});
	const providers = options.providers ?? PROVIDERS;
	const calls = new Map();
	const inFlight = new Map();
	let done = 0;
	const progress = (finished) => options.onProgress?.({
		done: done += finished,
		total: keys.length,
		waitingOn: [...inFlight.keys()]
	});
	await Promise.all(keys.map(async (key) => {
		key.observations = key.observations.filter((o) => o.source !== "smoke");
		key.facts = require_outcome.selectFacts(key.observations);
		delete key.smoke;
		if (require_outcome.isJobToken(key)) return;
		const prepared = prepare(key, providers);
		if ("status" in prepared) {
			key.smoke = prepared;
			progress(1);
			return;
		}
		const { provider, credential } = prepared;
		const id = callId(provider, credential);
		let call = calls.get(id);
		if (!call) {
			inFlight.set(provider.id, (inFlight.get(provider.id) ?? 0) + 1);
			call = identifySafely(provider, credential, http, options).finally(() => {
				const left = (inFlight.get(provider.id) ?? 1) - 1;
				if (left > 0) inFlight.set(provider.id, left);
				else inFlight.delete(provider.id);
			});
			calls.set(id, call);
			progress(0);
		}
		const identity = await call;
		const observations = identity.facts.map((f) => ({
			...f,
			value: Array.isArray(f.value) ? [...f.value] : f.value,
			source: "smoke"
		}));
		key.observations.push(...observations);
		key.facts = require_outcome.selectFacts(key.observations);
		key.smoke = compare(key, identity, observations);
		progress(1);
	}));
	return http;
}
function callId(provider, credential) {
	const hash = require_outcome.nodeCrypto().createHash("sha256").update(provider.id).update("\0").update(credential.value.reveal());
	for (const role of Object.keys(credential.companions).sort()) hash.update(`\u0000${role}\u0000`).update(credential.companions[role].reveal());
	return hash.digest("hex");
}
function prepare(key, providers) {
	const value = key.value;
	if (!value || value.isEmpty) return require_outcome.NO_VALUE;
	const raw = value.reveal();
	const byId = (id) => providers.find((p) => p.id === id);
	const declared = byId(key.declaration?.provider);
	const expected = declared ?? byId(key.facts.provider?.value);
	const malformed = (why) => ({
		status: "malformed",
		reason: "malformed",
		message: `${why}; it was not sent`
	});
	if (require_outcome.declaredWithoutProvider(key.declaration)) return withoutProvider(raw, key.name, providers);
	if (!require_outcome.isJsonDocument(raw) && /[\s\u0000-\u001f\u007f]/.test(raw)) return malformed("the value contains whitespace, a line break or a control character");
	let match = detectIn(providers, raw, key.name);
	if (declared && match?.provider !== declared) {
		const fits = (f) => f.pattern.test(raw);
		const format = raw.length <= 1024 && !require_outcome.isJsonDocument(raw) ? declared.formats.find(fits) : void 0;
		if (match && !match.format.needsNameHint && !declared.formats.some((f) => !f.needsNameHint && fits(f))) {
			const prefix = require_outcome.formatPrefix(match.format);
			return {
				status: "mismatch",
				reason: "declared-provider-differs",
				message: `config declares ${declared.name}, but the value is a ${match.provider.name} ${match.format.type}${prefix ? ` (${prefix})` : ""}; it was sent nowhere`
			};
		}
		if (!format) return malformed(`the value is not a well-formed ${declared.name} key`);
		match = {
			provider: declared,
			format
		};
	}
	if (!match) {
		if (!expected) return {
			status: "skipped",
			reason: "unsupported",
			message: "no supported provider recognises this value"
		};
		if (carriesPrefixOf(expected, raw)) return malformed(`the value is not a well-formed ${expected.name} key`);
		return {
			status: "skipped",
			reason: "unsupported",
			message: `the name points at ${expected.name}, but the value is none of its key formats (an id, a URL or another kind of secret); it was not sent`
		};
	}
	const { provider, format } = match;
	if (format.neverSend) return {
		status: "skipped",
		reason: "unsupported",
		message: `a ${format.type} is never sent anywhere`
	};
	if (!provider.identify) return {
		status: "skipped",
		reason: "unsupported",
		message: `${provider.name} keys cannot be checked yet`
	};
	return {
		provider,
		credential: {
			name: key.name,
			value,
			companions: key.companions,
			format
		}
	};
}
function carriesPrefixOf(provider, raw) {
	return provider.formats.some((format) => {
		const prefix = require_outcome.formatPrefix(format);
		return prefix.length >= 3 && raw.startsWith(prefix);
	});
}
function withoutProvider(raw, name, providers) {
	const match = detectIn(providers, raw, name);
	if (match && !match.format.needsNameHint && require_outcome.formatPrefix(match.format) !== "") return {
		status: "mismatch",
		reason: "declared-provider-differs",
		message: `declared provider: none, but the value is a ${match.provider.name} key (prefix ${require_outcome.formatPrefix(match.format)}); it was not sent`
	};
	return {
		status: "skipped",
		reason: "unsupported",
		message: "declared provider: none; no provider can check it"
	};
}
function detectIn(providers, raw, name) {
	if (providers === PROVIDERS) {
		const found = require_outcome.detectFormat(raw, name);
		const provider = found && providers.find((spec) => spec.id === found.provider.id);
		return found && provider ? {
			provider,
			format: found.format
		} : void 0;
	}
	if (require_outcome.isJsonDocument(raw) || raw.length > 1024) return void 0;
	let best;
	for (const provider of providers) {
		const hinted = require_outcome.nameMatchIndex(provider.namePatterns, name) >= 0;
		for (const format of provider.formats) {
			if (format.needsNameHint && !hinted || !format.pattern.test(raw)) continue;
			const rank = (format.needsNameHint ? 0 : 1e3) + require_outcome.formatPrefix(format).length;
			if (best === void 0 || rank > best.rank) best = {
				match: {
					provider,
					format
				},
				rank
			};
		}
	}
	return best?.match;
}
async function identifySafely(provider, credential, http, options) {
	const override = Object.hasOwn(options.endpoints, provider.id) ? options.endpoints[provider.id] : void 0;
	if (override === void 0 && provider.tenant) return require_outcome.noEndpoint(provider, provider.tenant);
	let client;
	try {
		const baseUrl = override ?? siteOf(provider, credential) ?? provider.endpoints[0]?.baseUrl;
		if (baseUrl === void 0) throw new Error(`${provider.name} declares no endpoint`);
		client = http.forProvider(provider, baseUrl);
	} catch (error) {
		const why = error instanceof TypeError ? "not a URL" : error instanceof Error ? error.message : "refused";
		return require_outcome.unknown("invalid-endpoint", `the ${provider.name} endpoint was refused: ${why}`);
	}
	try {
		const identify = provider.identify;
		const cap = (options.http?.runBudgetMs ?? DEFAULT_HTTP_SETTINGS.runBudgetMs) + 1e3;
		let timer;
		const stalled = new Promise((resolve) => {
			timer = setTimeout(() => resolve(require_outcome.unknown("timeout", `the ${provider.name} check did not finish in time`)), cap);
		});
		try {
			const context = {
				http: client,
				now: options.now,
				declaredEndpoint: override !== void 0,
				...override === void 0 ? { httpFor: (base) => ownHost(http, provider, base) } : {}
			};
			return await Promise.race([identify(credential, context), stalled]);
		} finally {
			clearTimeout(timer);
		}
	} catch (error) {
		const type = error instanceof Error && /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(error.name) ? error.name : "error";
		return require_outcome.unknown("unexpected-response", `the ${provider.name} check failed (${type})`);
	}
}
function ownHost(http, provider, baseUrl) {
	if (!provider.endpoints.some((endpoint) => endpoint.baseUrl === baseUrl)) throw new Error(`${provider.id}: ${new URL(baseUrl).host} is not one of its hosts`);
	return http.forProvider(provider, baseUrl);
}
function siteOf(provider, credential) {
	const chosen = provider.baseUrlFor?.(credential);
	const known = [...provider.endpoints.map((endpoint) => endpoint.baseUrl), ...provider.sites ?? []];
	return chosen !== void 0 && known.includes(chosen) ? chosen : void 0;
}
function compare(key, identity, observations) {
	const result = {
		status: identity.status,
		reason: identity.reason,
		...identity.message ? { message: identity.message } : {},
		...identity.principal ? { principal: identity.principal } : {}
	};
	if (identity.status !== "verified") return result;
	const principal = observations.find((o) => o.fact === "principal")?.value;
	const expected = key.declaration?.principal;
	const names = typeof principal === "string" ? [principal, ...identity.aliases ?? []] : [];
	if (expected && names.length > 0 && !names.some((name) => require_outcome.matchesGlob(expected, name))) {
		if ((identity.unconfirmable ?? []).some((form) => require_outcome.matchesGlob(form, expected))) return {
			...result,
			status: "unknown",
			reason: "no-principal",
			message: `the provider accepted the key, but named ${principal} and no principal of the form ${expected} to compare with`
		};
		return {
			...result,
			status: "mismatch",
			reason: "wrong-account",
			message: `the provider says this key belongs to ${principal}, not ${expected}`
		};
	}
	if (expected && typeof principal !== "string") return {
		...result,
		status: "unknown",
		reason: "no-principal",
		message: `the provider accepted the key but named no principal to compare with ${expected}`
	};
	const mode = observations.find((o) => o.fact === "keyEnvironment")?.value;
	if ((key.declaration?.environment ?? (key.environments.includes("production") ? "production" : void 0)) === "production" && mode === "test") return {
		...result,
		status: "mismatch",
		reason: "test-mode",
		message: "the provider says this is a test-mode key, expected production"
	};
	return result;
}
Object.defineProperty(exports, "smokeKeys", {
	enumerable: true,
	get: function() {
		return smokeKeys;
	}
});
Object.defineProperty(exports, "smoke_exports", {
	enumerable: true,
	get: function() {
		return smoke_exports;
	}
});
