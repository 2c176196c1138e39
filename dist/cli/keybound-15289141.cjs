const require_rolldown_runtime = require("./keybound-35d27304.cjs");
const require_errors = require("./keybound-a3f310a6.cjs");
const require_types = require("./keybound-cb77ed43.cjs");
let node_util = require("node:util");
let node_module = require("node:module");
let node_v8 = require("node:v8");
// src/core/credentials.ts
const CREDENTIAL_NAME = /token|secret|password|passwd|pwd|passphrase|api[-_]?key|access[-_]?key|private[-_]?key|signing[-_]?key|encryption[-_]?key|master[-_]?key|credentials?|auth|dsn|dockerconfigjson|dockercfg/i;
const ABOUT_A_CREDENTIAL = /(?:file|path|dir|url|uri|endpoint|host|hostname|port|enabled|disabled|enable|type|mode|method|provider|header|expiry|expires|expiration|ttl|timeout|length|size|name|ref|id|policy|issuer|audience|scopes?|realm|domain|strategy|version|algorithm|format|prefix|field|key[-_]?name|claim|role|scheme|source|guard|ratelimit|rate[-_]?limit|mtime|time|date|hash|hashed|digest|required)$|(?:password|passwd|token|credentials?)[-_]?key$|existing[-_]?secret|public|publishable|author|(?:^|[-_])(?:sha\d*|md5|bcrypt)[-_]/i;
function lastSegment(name) {
	return name.split(/[/.]/).filter((part) => part !== "").at(-1) ?? name;
}
function isCredentialName(name) {
	const segment = lastSegment(name);
	return CREDENTIAL_NAME.test(segment) && !ABOUT_A_CREDENTIAL.test(segment);
}
function nameWords(name) {
	return (name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((word) => word.toLowerCase());
}
function normalizeName(name) {
	return name.toLowerCase().replace(/[-_.\s]+/g, "");
}
const IDENTIFIER_WORDS = new Set([
	"id",
	"ids",
	"clientid",
	"appid",
	"accountid",
	"tenantid",
	"projectid",
	"userid",
	"keyid",
	"user",
	"users",
	"username",
	"login",
	"email",
	"mail",
	"account",
	"name",
	"url",
	"uri",
	"host",
	"hostname",
	"port",
	"path",
	"dir",
	"region",
	"zone",
	"location",
	"project",
	"bucket",
	"team",
	"org",
	"organization",
	"owner",
	"tenant",
	"subscription",
	"channel",
	"role",
	"arn",
	"provider",
	"audience",
	"issuer",
	"type",
	"version",
	"domain",
	"endpoint",
	"namespace",
	"cluster",
	"registry",
	"repo",
	"repository",
	"image",
	"crt",
	"ca",
	"pubkey",
	"keygrip",
	"fingerprint",
	"insecure",
	"mtime",
	"number",
	"slug",
	"group",
	"queue",
	"topic",
	"db",
	"database",
	"container",
	"from",
	"sender",
	"pub",
	"debug"
]);
const SETTING_FIRST_WORDS = new Set([
	"enable",
	"disable",
	"use",
	"force",
	"allow",
	"skip"
]);
const ENVIRONMENT_WORDS = new Set([
	"dev",
	"development",
	"test",
	"testing",
	"qa",
	"sandbox",
	"local",
	"staging",
	"stage",
	"stg",
	"preprod",
	"prod",
	"production",
	"prd",
	"live"
]);
const BROWSER_PREFIXES = [
	["next", "public"],
	["nuxt", "public"],
	["expo", "public"],
	["public"]
];
const SECRET_URL_WORDS = new Set([
	"database",
	"db",
	"pg",
	"postgres",
	"postgresql",
	"mysql",
	"mongo",
	"mongodb",
	"redis",
	"amqp",
	"rabbitmq",
	"elasticsearch",
	"clickhouse",
	"webhook",
	"hook",
	"connection",
	"conn",
	"dsn",
	"broker"
]);
const ABOUT_WORDS = new Set([
	"file",
	"path",
	"dir",
	"ttl",
	"timeout",
	"expiry",
	"expires",
	"expiration",
	"length",
	"size",
	"mtime",
	"time",
	"date",
	"hash",
	"hashed",
	"digest",
	"claim",
	"scheme",
	"enabled",
	"disabled",
	"mode",
	"method",
	"policy",
	"scope",
	"scopes",
	"realm",
	"strategy",
	"algorithm",
	"format",
	"prefix",
	"field",
	"header",
	"ref",
	"source",
	"guard",
	"required",
	"ratelimit",
	"limit"
]);
function isIdentifierName(name) {
	const words = nameWords(lastSegment(name)).filter((word) => !/^\d+$/.test(word));
	while (words.length > 1 && ENVIRONMENT_WORDS.has(words.at(-1))) words.pop();
	const last = words.at(-1);
	if (last === void 0) return false;
	if ((last === "url" || last === "uri") && words.some((word) => SECRET_URL_WORDS.has(word))) return false;
	if (IDENTIFIER_WORDS.has(last) || ABOUT_WORDS.has(last)) return true;
	if ((last === "cert" || last === "certificate") && words.at(-2) === "ca") return true;
	if (words.length > 1 && SETTING_FIRST_WORDS.has(words[0])) return true;
	const browser = BROWSER_PREFIXES.find((prefix) => prefix.every((word, i) => words[i] === word));
	if (browser && words.length > browser.length) return !CREDENTIAL_NAME.test(words.slice(browser.length).join("_"));
	return false;
}
const PLACEHOLDER_WORDS = new Set([
	"changeme",
	"changeit",
	"change-me",
	"change_me",
	"secret",
	"password",
	"passwd",
	"token",
	"apikey",
	"api-key",
	"api_key",
	"test",
	"testing",
	"none",
	"null",
	"nil",
	"undefined",
	"todo",
	"tbd",
	"fixme",
	"redacted",
	"default",
	"empty",
	"n/a",
	"na",
	"unset",
	"unknown",
	"required",
	"optional",
	"admin",
	"root",
	"user",
	"username",
	"value",
	"string",
	"example",
	"sample",
	"dummy",
	"fake",
	"mock",
	"foo",
	"bar",
	"foobar",
	"baz",
	"qwerty",
	"letmein",
	"notasecret",
	"not-a-secret",
	"insecure",
	"local",
	"dev"
]);
const BOOLEAN_WORDS = new Set([
	"true",
	"false",
	"yes",
	"no",
	"on",
	"off",
	"enabled",
	"disabled"
]);
const PLACEHOLDER_PART = /example|sample|dummy|placeholder|changeme|change[-_ ]me|changeit|replace[-_ ]?(me|this|with)|redacted|not[-_ ]?set|set[-_ ]?me|fill[-_ ]?(me|in)|to[-_ ]?be[-_ ]?(set|filled|replaced)|notasecret|not[-_ ]a[-_ ]secret|fake|<[^>]*>|\bxxx|x{4,}|\*{3,}|\u2022{3,}|\.{3,}|^(your|my|the|insert|enter|put|add|set)[-_ ]|^your|[-_ ](here|goes[-_ ]here)\b/i;
const REFERENCE = /^\$[A-Za-z_][A-Za-z0-9_]*$|\$\{[^}]*\}|\$\([^)]*\)|\{\{.*\}\}|\$\{\{|#\{[^}]*\}|%\([^)]*\)s|^%[A-Za-z_][\w.]*%[\w./-]*$|^@@?[A-Za-z_][A-Za-z0-9_]*@@?$|^__[A-Z0-9_]+__$/;
const MANAGER_REFERENCE = /^(?:vault|op|ref\+[a-z0-9]+|awssm|awsssm|gcpsm|sm|azkv|akv|sops|doppler|bw|env|file|k8s|secretref|keyvault|aws-sm|aws-ssm|gcp-sm|secret):|^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|^projects\/[^/]+\/secrets\//i;
const URL = /^[a-z][a-z0-9+.-]*:\/\/(?:([^\s/@:]*)(?::([^\s/@]*))?@)?[^\s]*$/i;
const FILE_PATH = /^(?:\/[^\s]*|\.{1,2}\/[^\s]*|~\/[^\s]*|[A-Za-z]:\\[^\s]*)$|^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,5}$/;
const NON_CREDENTIAL = [
	[/^[-+]?\d{1,10}(?:\.\d+)?$/, "a number"],
	[/^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/, "an IP address or CIDR range"],
	[/^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?$/i, "an IPv6 address or CIDR range"],
	[/^[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/, "an e-mail address"],
	[/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, "a date"],
	[/^\$(?:2[abxy]?|5|6|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*)\$\S{20,}$|^\{(?:SSHA|SHA|SSHA256|SSHA512|CRYPT)\}\S+$/, "a password hash"]
];
const SECRET_NAME_ENTRY = /(?:[Pp]assword|[Tt]oken|[Kk]ey|[Cc]redentials?|[Aa]uth|[Tt]ls|[Cc]ert)Secret(?:Name|Ref)?$/;
const KUBERNETES_NAME = /^[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/;
const MAX_DICTIONARY_WORD = 12;
const STAND_IN_WORDS = new Set([
	"password",
	"passwords",
	"passwd",
	"passphrase",
	"pass",
	"pw",
	"pwd",
	"secret",
	"secrets",
	"token",
	"tokens",
	"key",
	"keys",
	"cred",
	"creds",
	"credential",
	"credentials",
	"auth",
	"admin",
	"root",
	"user",
	"login",
	"default",
	"change",
	"changeme",
	"example",
	"sample",
	"test",
	"demo",
	"dummy",
	"fake",
	"mock",
	"some",
	"super",
	"strong",
	"secure",
	"very",
	"please",
	"choose",
	"your",
	"my",
	"own",
	"here",
	"value",
	"string",
	"local",
	"dev",
	"bad",
	"weak"
]);
const STAND_IN_INSIDE = /password|passwd|secret|token|admin|root|user|change|default|example|sample|dummy|super|some|strong|secure/i;
function wordsReason(text) {
	const single = /^([A-Za-z]+)\d{0,4}$/.exec(text);
	if (single && isOnePiece(single[1]) && single[1].length <= MAX_DICTIONARY_WORD && wordLike(single[1])) return "a dictionary word";
	if (!/^[A-Za-z0-9]+(?:[-_. ][A-Za-z0-9]+)*$/.test(text) || (text.match(/\d/g)?.length ?? 0) > 4) return void 0;
	const words = text.replace(/\d+/g, "").split(/[-_. ]+/).flatMap((part) => part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
	if (words.length === 0 || !words.every(wordLike)) return void 0;
	const lower = words.map((word) => word.toLowerCase());
	if (lower.some((word) => STAND_IN_WORDS.has(word) || /(?:key|pw|pwd|pass)$/.test(word)) || lower.length === 1 && STAND_IN_INSIDE.test(lower[0])) return "words that name a credential or ask for one";
	if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(text)) return "a lower-case name";
}
function isOnePiece(word) {
	return /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(word);
}
function wordLike(word) {
	if (word.length === 1) return /^[aAiI]$/.test(word);
	return word.length <= 5 || /[aeiouy]/i.test(word);
}
function entropyBits(text) {
	const counts = new Map();
	for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
	const length = [...text].length;
	let bits = 0;
	for (const count of counts.values()) bits -= count * Math.log2(count / length);
	return bits;
}
const MIN_ENTROPY_BITS = 20;
function standIn(value, options = {}) {
	const placeholder = (reason) => ({
		category: "placeholder",
		reason
	});
	const reference = (reason) => ({
		category: "reference",
		reason
	});
	const other = (reason) => ({
		category: "non-credential",
		reason
	});
	const text = value.trim();
	if (text === "") return placeholder("empty");
	const lower = text.toLowerCase();
	if (BOOLEAN_WORDS.has(lower)) return other("a boolean");
	for (const [pattern, reason] of NON_CREDENTIAL) if (pattern.test(text)) return other(reason);
	const url = URL.exec(text);
	if (url) {
		if (!url[2]) return other("a URL without a password");
		if (standIn(decodeSafe(url[2]), { minLength: 3 })) return placeholder("a URL whose password is a placeholder");
		return;
	}
	if (PLACEHOLDER_WORDS.has(lower)) return placeholder("a placeholder word");
	if (REFERENCE.test(text)) return reference("a reference (interpolation or template)");
	if (MANAGER_REFERENCE.test(text)) return reference("a secret-manager reference");
	if (FILE_PATH.test(text)) return reference("a file path");
	const normalized = normalizeName(text);
	if (normalized.length >= 3) {
		if ((options.names ?? []).some((name) => normalizeName(name) === normalized || normalizeName(lastSegment(name)) === normalized)) return reference("the entry's own name");
		if (options.known?.has(normalized)) return reference("the name of another key");
	}
	if (KUBERNETES_NAME.test(text) && (options.names ?? []).some((name) => SECRET_NAME_ENTRY.test(lastSegment(name)))) return reference("the name of a Kubernetes Secret");
	if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text)) return reference("a variable name");
	if (PLACEHOLDER_PART.test(text)) return placeholder("a placeholder");
	if (text.length < (options.minLength ?? 6)) return placeholder("too short");
	if (/^(.)\1*$/s.test(text)) return placeholder("one repeated character");
	if (/^[A-Za-z,.'\u2019!?-]+(?: [A-Za-z,.'\u2019!?-]+){2,}$/.test(text)) return placeholder("prose");
	const words = wordsReason(text);
	if (words) return placeholder(words);
	if (entropyBits(text) < MIN_ENTROPY_BITS) return placeholder("too little entropy for its length");
}
function isExampleKey(value) {
	if (value.trimStart().startsWith("{")) return false;
	return /example|x{6,}|(.)\1{7,}/i.test(value);
}
function isPrivateKeyBlock(value) {
	return /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/.test(value) && !/\.\.\.|<[^>]*>/.test(value);
}
function decodeSafe(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@\S*$/i;
function urlPasswordPart(value) {
	return URL_PASSWORD.exec(value.trim())?.[1];
}
// src/core/key-prefixes.ts
const KEY_PREFIXES = [
	"sk-ant-admin01-",
	"sk-ant-api03-",
	"sk-svcacct-",
	"github_pat_",
	"xoxe.xoxp-",
	"sk-admin-",
	"sk-proj-",
	"api_org_",
	"sk_live_",
	"sk_test_",
	"rk_live_",
	"rk_test_",
	"pk_live_",
	"pk_test_",
	"glrtr-",
	"glpat-",
	"glcbt-",
	"glptt-",
	"gloas-",
	"gldt-",
	"glrt-",
	"glft-",
	"xoxb-",
	"xoxp-",
	"xoxe-",
	"xapp-",
	"xoxa-",
	"xoxr-",
	"cfat_",
	"cfut_",
	"AKIA",
	"ASIA",
	"ghp_",
	"gho_",
	"ghu_",
	"ghs_",
	"ghr_",
	"npm_",
	"cfk_",
	"hf_",
	"sk-",
	"SG.",
	"AC",
	"SK",
	"dp.st.dev",
	"dp.st.stg",
	"dp.st.prd",
	"dp.audit.",
	"dp.scim.",
	"sk-or-v1-",
	"CCIPAT_",
	"CCIPRJ_",
	"dp.st.",
	"dp.ct.",
	"dp.pt.",
	"dp.sa.",
	"bkua_",
	"hvs.",
	"hvb.",
	"nfp_",
	"EAAA",
	"LTAI",
	"STS.",
	"hc",
	"s.",
	"secret_",
	"sdk-",
	"api-",
	"ntn_",
	"sl.",
	"ATCTT3xFfG",
	"ATATT",
	"dapi",
	"00"
].sort((a, b) => b.length - a.length);
function keyPrefix(value) {
	return KEY_PREFIXES.find((prefix) => value.startsWith(prefix)) ?? "";
}
// src/core/own.ts
const MIN_SLICED = 13;
const SURROGATE = /[\uD800-\uDFFF]/;
function own(s) {
	if (s.length < MIN_SLICED) return s;
	const encoding = SURROGATE.test(s) ? "utf16le" : "utf8";
	return Buffer.from(s, encoding).toString(encoding);
}
function pooled(s, pool) {
	let kept = pool.get(s);
	if (kept === void 0) {
		kept = own(s);
		pool.set(kept, kept);
	}
	return kept;
}
function ownStrings(value, pool = new Map(), seen = new Set()) {
	if (typeof value !== "object" || value === null || seen.has(value) || Object.isFrozen(value)) return;
	seen.add(value);
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const item = value[i];
			if (typeof item === "string") value[i] = pooled(item, pool);
			else ownStrings(item, pool, seen);
		}
		return;
	}
	const proto = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) return;
	const record = value;
	for (const key of Object.keys(record)) {
		const item = record[key];
		if (typeof item === "string") record[key] = pooled(item, pool);
		else ownStrings(item, pool, seen);
	}
}
// src/core/secret.ts
const REDACTED = "[redacted]";
const values = new WeakMap();
var SecretValue = class {
	origin;
	constructor(value, origin) {
		values.set(this, own(value));
		this.origin = origin;
		Object.freeze(this);
	}
	reveal() {
		return values.get(this) ?? "";
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
	[node_util.inspect.custom]() {
		return REDACTED;
	}
	[Symbol.toPrimitive]() {
		return REDACTED;
	}
};
// src/core/redact.ts
const MIN_FORM_LENGTH = 4;
const MAX_DOCUMENT_LENGTH$1 = 1048576;
function base64Forms(text) {
	const bytes = Buffer.from(text, "utf8");
	const forms = [bytes.toString("base64")];
	const skip = [
		0,
		2,
		3
	];
	for (let offset = 0; offset < 3; offset++) {
		const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
		forms.push(encoded.slice(skip[offset], Math.floor((offset + bytes.length) * 8 / 6)));
	}
	return forms.flatMap((form) => [form, form.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")]).filter((form) => form.length >= MIN_FORM_LENGTH);
}
function jsonEscaped(text) {
	return JSON.stringify(text).slice(1, -1);
}
function secretForms(text) {
	const forms = new Set();
	const add = (form) => {
		if (form.length >= MIN_FORM_LENGTH) forms.add(form);
	};
	const pieces = [text, ...text.split(/\r\n|\r|\n/).map((line) => line.trim())];
	for (const piece of pieces) {
		if (piece.length < MIN_FORM_LENGTH) continue;
		add(piece);
		add(jsonEscaped(piece));
		add(JSON.stringify(JSON.stringify(piece)).slice(1, -1));
		add(encodeURIComponent(piece));
		add(encodeURI(piece));
		const hex = Buffer.from(piece, "utf8").toString("hex");
		add(hex);
		add(hex.toUpperCase());
		for (const b64 of base64Forms(piece)) {
			add(b64);
			add(Buffer.from(b64, "utf8").toString("base64"));
			add(Buffer.from(b64, "utf8").toString("base64").replace(/=+$/, ""));
		}
	}
	return [...forms];
}
function fragmentSources(text) {
	const trimmed = text.trim();
	if (!trimmed.startsWith("{") || trimmed.length > MAX_DOCUMENT_LENGTH$1) return [text];
	let document;
	try {
		document = JSON.parse(trimmed);
	} catch {
		return [text];
	}
	const found = [];
	const visit = (value, depth) => {
		if (typeof value !== "object" || value === null || depth > 8) return;
		for (const [name, member] of Object.entries(value)) if (typeof member === "string" && isCredentialName(name)) found.push(member, jsonEscaped(member));
		else visit(member, depth + 1);
	};
	visit(document, 0);
	return found.length > 0 ? found : [text];
}
const BASE = 16777619;
function power(width) {
	let result = 1;
	for (let i = 1; i < width; i++) result = Math.imul(result, BASE);
	return result;
}
function hashOf(text, start, width) {
	let h = 0;
	for (let i = start; i < start + width; i++) h = Math.imul(h, BASE) + text.charCodeAt(i) | 0;
	return h;
}
function roll(h, power, out, into) {
	return Math.imul(h - Math.imul(out, power) | 0, BASE) + into | 0;
}
function newTable(width, capacity = 16) {
	return {
		width,
		power: power(width),
		heads: new Int32Array(capacity).fill(-1),
		size: 0
	};
}
var Column = class {
	data = new Int32Array(64);
	ensure(length) {
		if (length <= this.data.length) return;
		const data = new Int32Array(Math.max(length, this.data.length * 2));
		data.set(this.data);
		this.data = data;
	}
};
var Redactor = class {
	sources = [];
	entries = 0;
	source = new Column();
	at = new Column();
	length = new Column();
	back = new Column();
	hash = new Column();
	next = new Column();
	tables = new Map([[12, newTable(12)]]);
	forms = new Set();
	values = new Set();
	constructor(secrets = []) {
		for (const secret of secrets) this.add(secret);
	}
	add(secret) {
		const text = typeof secret === "string" ? secret : secret.reveal();
		if (text.length < MIN_FORM_LENGTH || this.values.has(text)) return;
		this.values.add(text);
		const prefix = keyPrefix(text);
		const body = text.slice(prefix.length);
		for (const form of secretForms(text)) this.addForm(form);
		if (prefix && body.length >= MIN_FORM_LENGTH) for (const form of secretForms(body)) this.addForm(form);
		for (const source of fragmentSources(text)) this.addFragments(source, source === text ? prefix.length : 0);
	}
	get size() {
		return this.forms.size;
	}
	redact(text) {
		if (this.forms.size === 0 || text.length < MIN_FORM_LENGTH) return text;
		const hits = [];
		for (const table of this.tables.values()) if (table.size > 0) this.scan(text, table, hits);
		if (hits.length === 0) return text;
		return replaceRuns(text, hits);
	}
	addForm(form) {
		if (this.forms.has(form)) return;
		this.forms.add(form);
		const source = this.sources.push(form) - 1;
		if (form.length < 12) {
			let table = this.tables.get(form.length);
			if (!table) this.tables.set(form.length, table = newTable(form.length));
			this.insert(table, hashOf(form, 0, form.length), source, 0, form.length, 0);
			return;
		}
		const table = this.tables.get(12);
		const last = form.length - 12;
		let best = last;
		let bestHash = hashOf(form, last, 12);
		let bestCount = this.sharing(table, bestHash);
		for (let candidate = 0; candidate < 2 && bestCount > 0; candidate++) {
			const offset = candidate === 0 ? 0 : last >> 1;
			const h = hashOf(form, offset, 12);
			const count = this.sharing(table, h);
			if (count < bestCount) [best, bestHash, bestCount] = [
				offset,
				h,
				count
			];
		}
		this.insert(table, bestHash, source, 0, form.length, best);
	}
	sharing(table, h) {
		let count = 0;
		const [hash, next] = [this.hash.data, this.next.data];
		for (let e = table.heads[h & table.heads.length - 1]; e !== -1 && count < 8; e = next[e]) if (hash[e] === h) count++;
		return count;
	}
	addFragments(value, from) {
		if (value.length < 12) return;
		const table = this.tables.get(12);
		const source = this.sources.push(value) - 1;
		const start = Math.max(0, from - 12 + 1);
		let h = hashOf(value, start, 12);
		for (let offset = start;; offset++) {
			if (!this.hasFragment(table, h, value, offset)) this.insert(table, h, source, offset, 12, 0);
			if (offset + 12 >= value.length) break;
			h = roll(h, table.power, value.charCodeAt(offset), value.charCodeAt(offset + 12));
		}
	}
	hasFragment(table, h, value, offset) {
		const [hash, next, back, length] = [
			this.hash.data,
			this.next.data,
			this.back.data,
			this.length.data
		];
		for (let e = table.heads[h & table.heads.length - 1]; e !== -1; e = next[e]) {
			if (hash[e] !== h || back[e] !== 0 || length[e] !== 12) continue;
			if (sameRun(this.sources[this.source.data[e]], this.at.data[e], value, offset, 12)) return true;
		}
		return false;
	}
	insert(table, h, source, at, length, back) {
		if ((table.size + 1) * 2 > table.heads.length) this.grow(table);
		const entry = this.entries++;
		if (entry >= this.hash.data.length) for (const column of [
			this.source,
			this.at,
			this.length,
			this.back,
			this.hash,
			this.next
		]) column.ensure(this.entries);
		this.source.data[entry] = source;
		this.at.data[entry] = at;
		this.length.data[entry] = length;
		this.back.data[entry] = back;
		this.hash.data[entry] = h;
		const bucket = h & table.heads.length - 1;
		this.next.data[entry] = table.heads[bucket];
		table.heads[bucket] = entry;
		table.size++;
	}
	grow(table) {
		const [hash, next] = [this.hash.data, this.next.data];
		const old = table.heads;
		const heads = new Int32Array(old.length * 2).fill(-1);
		for (const head of old) for (let e = head; e !== -1;) {
			const following = next[e];
			const bucket = hash[e] & heads.length - 1;
			next[e] = heads[bucket];
			heads[bucket] = e;
			e = following;
		}
		table.heads = heads;
	}
	scan(text, table, hits) {
		const width = table.width;
		if (text.length < width) return;
		const { heads, power } = table;
		const mask = heads.length - 1;
		const [hash, next, back, length, at, source] = [
			this.hash.data,
			this.next.data,
			this.back.data,
			this.length.data,
			this.at.data,
			this.source.data
		];
		let runStart = -1;
		let runEnd = -1;
		let h = hashOf(text, 0, width);
		for (let p = 0;; p++) {
			for (let e = heads[h & mask]; e !== -1; e = next[e]) {
				if (hash[e] !== h) continue;
				const start = p - back[e];
				const end = start + length[e];
				if (start < 0 || end > text.length || start >= runStart && end <= runEnd) continue;
				if (!sameRun(this.sources[source[e]], at[e], text, start, length[e])) continue;
				if (start >= runStart && start <= runEnd) runEnd = Math.max(runEnd, end);
				else [runStart, runEnd] = [start, end];
				hits.push(start, end);
			}
			if (p + width >= text.length) break;
			h = roll(h, power, text.charCodeAt(p), text.charCodeAt(p + width));
		}
	}
};
function sameRun(a, aStart, b, bStart, length) {
	if (aStart === 0 && length === a.length) return b.startsWith(a, bStart);
	for (let i = 0; i < length; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
	return true;
}
function replaceRuns(text, hits) {
	const order = Array.from({ length: hits.length / 2 }, (_, i) => i).sort((a, b) => hits[2 * a] - hits[2 * b]);
	let out = "";
	let copied = 0;
	let [runStart, runEnd] = [hits[2 * order[0]], hits[2 * order[0] + 1]];
	for (const i of order.slice(1)) {
		const [start, end] = [hits[2 * i], hits[2 * i + 1]];
		if (start <= runEnd) {
			runEnd = Math.max(runEnd, end);
			continue;
		}
		out += text.slice(copied, runStart) + REDACTED;
		copied = runEnd;
		[runStart, runEnd] = [start, end];
	}
	return out + text.slice(copied, runStart) + REDACTED + text.slice(runEnd);
}
function redactError(error, redactor) {
	const one = (e) => new require_errors.KeyboundError(e.code, redactor.redact(e.message), {
		...e.place,
		...e.place.path !== void 0 ? { path: redactor.redact(e.place.path) } : {}
	});
	if (error instanceof require_errors.KeyboundErrors) return new require_errors.KeyboundErrors(error.errors.map(one));
	if (error instanceof require_errors.KeyboundError) return one(error);
	return error;
}
// src/core/v8-flags.ts
const V8_FLAGS = [{
	name: "heap-growing-percent",
	value: 20,
	initial: 0
}, {
	name: "semi-space-growth-factor",
	value: 16,
	initial: 2
}];
const SET = Symbol.for("keybound.v8-flags.set");
const state = globalThis;
function setV8Flags() {
	for (const flag of V8_FLAGS) (0, node_v8.setFlagsFromString)(`--${flag.name}=${flag.value}`);
	state[SET] = true;
}
function resetV8Flags() {
	for (const flag of V8_FLAGS) (0, node_v8.setFlagsFromString)(`--${flag.name}=${flag.initial}`);
	state[SET] = false;
}
function withInitialV8Flags(compile) {
	if (state[SET] !== true) return compile();
	resetV8Flags();
	try {
		return compile();
	} finally {
		setV8Flags();
	}
}
// src/core/builtin.ts
const nodeRequire = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href);
const loaded = new Map();
function requireBuiltin(name) {
	if (!loaded.has(name)) loaded.set(name, withInitialV8Flags(() => nodeRequire(name)));
	return loaded.get(name);
}
// src/core/node-crypto.ts
function nodeCrypto() {
	return requireBuiltin("node:crypto");
}
// node_modules/picomatch/lib/constants.js
var require_constants = require_rolldown_runtime.__commonJSMin(((exports, module) => {
	const WIN_SLASH = "\\\\/";
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;
	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;
	const DOT_LITERAL = "\\.";
	const PLUS_LITERAL = "\\+";
	const QMARK_LITERAL = "\\?";
	const SLASH_LITERAL = "\\/";
	const ONE_CHAR = "(?=.)";
	const QMARK = "[^/]";
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const POSIX_CHARS = {
		DOT_LITERAL,
		PLUS_LITERAL,
		QMARK_LITERAL,
		SLASH_LITERAL,
		ONE_CHAR,
		QMARK,
		END_ANCHOR,
		DOTS_SLASH,
		NO_DOT: `(?!${DOT_LITERAL})`,
		NO_DOTS: `(?!${START_ANCHOR}${DOTS_SLASH})`,
		NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`,
		NO_DOTS_SLASH: `(?!${DOTS_SLASH})`,
		QMARK_NO_DOT: `[^.${SLASH_LITERAL}]`,
		STAR: `${QMARK}*?`,
		START_ANCHOR,
		SEP: "/"
	};
	const WINDOWS_CHARS = {
		...POSIX_CHARS,
		SLASH_LITERAL: `[${WIN_SLASH}]`,
		QMARK: WIN_NO_SLASH,
		STAR: `${WIN_NO_SLASH}*?`,
		DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
		NO_DOT: `(?!${DOT_LITERAL})`,
		NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
		NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
		NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
		QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
		START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
		END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
		SEP: "\\"
	};
	module.exports = {
		DEFAULT_MAX_EXTGLOB_RECURSION,
		MAX_LENGTH: 65536,
		POSIX_REGEX_SOURCE: {
			__proto__: null,
			alnum: "a-zA-Z0-9",
			alpha: "a-zA-Z",
			ascii: "\\x00-\\x7F",
			blank: " \\t",
			cntrl: "\\x00-\\x1F\\x7F",
			digit: "0-9",
			graph: "\\x21-\\x7E",
			lower: "a-z",
			print: "\\x20-\\x7E ",
			punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
			space: " \\t\\r\\n\\v\\f",
			upper: "A-Z",
			word: "A-Za-z0-9_",
			xdigit: "A-Fa-f0-9"
		},
		REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
		REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
		REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
		REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
		REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
		REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
		REPLACEMENTS: {
			__proto__: null,
			"***": "*",
			"**/**": "**",
			"**/**/**": "**"
		},
		CHAR_0: 48,
		CHAR_9: 57,
		CHAR_UPPERCASE_A: 65,
		CHAR_LOWERCASE_A: 97,
		CHAR_UPPERCASE_Z: 90,
		CHAR_LOWERCASE_Z: 122,
		CHAR_LEFT_PARENTHESES: 40,
		CHAR_RIGHT_PARENTHESES: 41,
		CHAR_ASTERISK: 42,
		CHAR_AMPERSAND: 38,
		CHAR_AT: 64,
		CHAR_BACKWARD_SLASH: 92,
		CHAR_CARRIAGE_RETURN: 13,
		CHAR_CIRCUMFLEX_ACCENT: 94,
		CHAR_COLON: 58,
		CHAR_COMMA: 44,
		CHAR_DOT: 46,
		CHAR_DOUBLE_QUOTE: 34,
		CHAR_EQUAL: 61,
		CHAR_EXCLAMATION_MARK: 33,
		CHAR_FORM_FEED: 12,
		CHAR_FORWARD_SLASH: 47,
		CHAR_GRAVE_ACCENT: 96,
		CHAR_HASH: 35,
		CHAR_HYPHEN_MINUS: 45,
		CHAR_LEFT_ANGLE_BRACKET: 60,
		CHAR_LEFT_CURLY_BRACE: 123,
		CHAR_LEFT_SQUARE_BRACKET: 91,
		CHAR_LINE_FEED: 10,
		CHAR_NO_BREAK_SPACE: 160,
		CHAR_PERCENT: 37,
		CHAR_PLUS: 43,
		CHAR_QUESTION_MARK: 63,
		CHAR_RIGHT_ANGLE_BRACKET: 62,
		CHAR_RIGHT_CURLY_BRACE: 125,
		CHAR_RIGHT_SQUARE_BRACKET: 93,
		CHAR_SEMICOLON: 59,
		CHAR_SINGLE_QUOTE: 39,
		CHAR_SPACE: 32,
		CHAR_TAB: 9,
		CHAR_UNDERSCORE: 95,
		CHAR_VERTICAL_LINE: 124,
		CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
		extglobChars(chars) {
			return {
				"!": {
					type: "negate",
					open: "(?:(?!(?:",
					close: `))${chars.STAR})`
				},
				"?": {
					type: "qmark",
					open: "(?:",
					close: ")?"
				},
				"+": {
					type: "plus",
					open: "(?:",
					close: ")+"
				},
				"*": {
					type: "star",
					open: "(?:",
					close: ")*"
				},
				"@": {
					type: "at",
					open: "(?:",
					close: ")"
				}
			};
		},
		globChars(win32) {
			return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
		}
	};
}));
// node_modules/picomatch/lib/utils.js
var require_utils = require_rolldown_runtime.__commonJSMin(((exports) => {
	const { REGEX_BACKSLASH, REGEX_REMOVE_BACKSLASH, REGEX_SPECIAL_CHARS, REGEX_SPECIAL_CHARS_GLOBAL } = require_constants();
	exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
	exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
	exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
	exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
	exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
	exports.isWindows = () => {
		if (typeof navigator !== "undefined" && navigator.platform) {
			const platform = navigator.platform.toLowerCase();
			return platform === "win32" || platform === "windows";
		}
		if (typeof process !== "undefined" && process.platform) return process.platform === "win32";
		return false;
	};
	exports.removeBackslashes = (str) => {
		return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
			return match === "\\" ? "" : match;
		});
	};
	exports.escapeLast = (input, char, lastIdx) => {
		const idx = input.lastIndexOf(char, lastIdx);
		if (idx === -1) return input;
		if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
		return `${input.slice(0, idx)}\\${input.slice(idx)}`;
	};
	exports.removePrefix = (input, state = {}) => {
		let output = input;
		if (output.startsWith("./")) {
			output = output.slice(2);
			state.prefix = "./";
		}
		return output;
	};
	exports.wrapOutput = (input, state = {}, options = {}) => {
		let output = `${options.contains ? "" : "^"}(?:${input})${options.contains ? "" : "$"}`;
		if (state.negated === true) output = `(?:^(?!${output}).*$)`;
		return output;
	};
	exports.basename = (path, { windows } = {}) => {
		const segs = path.split(windows ? /[\\/]/ : "/");
		const last = segs[segs.length - 1];
		if (last === "") return segs[segs.length - 2];
		return last;
	};
}));
// node_modules/picomatch/lib/scan.js
var require_scan = require_rolldown_runtime.__commonJSMin(((exports, module) => {
	const utils = require_utils();
	const { CHAR_ASTERISK, CHAR_AT, CHAR_BACKWARD_SLASH, CHAR_COMMA, CHAR_DOT, CHAR_EXCLAMATION_MARK, CHAR_FORWARD_SLASH, CHAR_LEFT_CURLY_BRACE, CHAR_LEFT_PARENTHESES, CHAR_LEFT_SQUARE_BRACKET, CHAR_PLUS, CHAR_QUESTION_MARK, CHAR_RIGHT_CURLY_BRACE, CHAR_RIGHT_PARENTHESES, CHAR_RIGHT_SQUARE_BRACKET } = require_constants();
	const isPathSeparator = (code) => {
		return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};
	const depth = (token) => {
		if (token.isPrefix !== true) token.depth = token.isGlobstar ? Infinity : 1;
	};
	const scan = (input, options) => {
		const opts = options || {};
		const length = input.length - 1;
		const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
		const slashes = [];
		const tokens = [];
		const parts = [];
		let str = input;
		let index = -1;
		let start = 0;
		let lastIndex = 0;
		let isBrace = false;
		let isBracket = false;
		let isGlob = false;
		let isExtglob = false;
		let isGlobstar = false;
		let braceEscaped = false;
		let backslashes = false;
		let negated = false;
		let negatedExtglob = false;
		let finished = false;
		let braces = 0;
		let prev;
		let code;
		let token = {
			value: "",
			depth: 0,
			isGlob: false
		};
		const eos = () => index >= length;
		const peek = () => str.charCodeAt(index + 1);
		const advance = () => {
			prev = code;
			return str.charCodeAt(++index);
		};
		while (index < length) {
			code = advance();
			let next;
			if (code === CHAR_BACKWARD_SLASH) {
				backslashes = token.backslashes = true;
				code = advance();
				if (code === CHAR_LEFT_CURLY_BRACE) braceEscaped = true;
				continue;
			}
			if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
				braces++;
				while (eos() !== true && (code = advance())) {
					if (code === CHAR_BACKWARD_SLASH) {
						backslashes = token.backslashes = true;
						advance();
						continue;
					}
					if (code === CHAR_LEFT_CURLY_BRACE) {
						braces++;
						continue;
					}
					if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
						isBrace = token.isBrace = true;
						isGlob = token.isGlob = true;
						finished = true;
						if (scanToEnd === true) continue;
						break;
					}
					if (braceEscaped !== true && code === CHAR_COMMA) {
						isBrace = token.isBrace = true;
						isGlob = token.isGlob = true;
						finished = true;
						if (scanToEnd === true) continue;
						break;
					}
					if (code === CHAR_RIGHT_CURLY_BRACE) {
						braces--;
						if (braces === 0) {
							braceEscaped = false;
							isBrace = token.isBrace = true;
							finished = true;
							break;
						}
					}
				}
				if (scanToEnd === true) continue;
				break;
			}
			if (code === CHAR_FORWARD_SLASH) {
				slashes.push(index);
				tokens.push(token);
				token = {
					value: "",
					depth: 0,
					isGlob: false
				};
				if (finished === true) continue;
				if (prev === CHAR_DOT && index === start + 1) {
					start += 2;
					continue;
				}
				lastIndex = index + 1;
				continue;
			}
			if (opts.noext !== true) {
				if ((code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === true && peek() === CHAR_LEFT_PARENTHESES) {
					isGlob = token.isGlob = true;
					isExtglob = token.isExtglob = true;
					finished = true;
					if (code === CHAR_EXCLAMATION_MARK && index === start) negatedExtglob = true;
					if (scanToEnd === true) {
						let parens = 0;
						while (eos() !== true && (code = advance())) {
							if (code === CHAR_BACKWARD_SLASH) {
								backslashes = token.backslashes = true;
								advance();
								continue;
							}
							if (code === CHAR_LEFT_PARENTHESES) {
								parens++;
								continue;
							}
							if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
								finished = true;
								break;
							}
						}
						continue;
					}
					break;
				}
			}
			if (code === CHAR_ASTERISK) {
				if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
				isGlob = token.isGlob = true;
				finished = true;
				if (scanToEnd === true) continue;
				break;
			}
			if (code === CHAR_QUESTION_MARK) {
				isGlob = token.isGlob = true;
				finished = true;
				if (scanToEnd === true) continue;
				break;
			}
			if (code === CHAR_LEFT_SQUARE_BRACKET) {
				while (eos() !== true && (next = advance())) {
					if (next === CHAR_BACKWARD_SLASH) {
						backslashes = token.backslashes = true;
						advance();
						continue;
					}
					if (next === CHAR_RIGHT_SQUARE_BRACKET) {
						isBracket = token.isBracket = true;
						isGlob = token.isGlob = true;
						finished = true;
						break;
					}
				}
				if (scanToEnd === true) continue;
				break;
			}
			if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
				negated = token.negated = true;
				start++;
				continue;
			}
			if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
				isGlob = token.isGlob = true;
				if (scanToEnd === true) {
					let parens = 1;
					while (eos() !== true && (code = advance())) {
						if (code === CHAR_BACKWARD_SLASH) {
							backslashes = token.backslashes = true;
							advance();
							continue;
						}
						if (code === CHAR_LEFT_PARENTHESES) {
							parens++;
							continue;
						}
						if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
							finished = true;
							break;
						}
					}
					continue;
				}
				break;
			}
			if (isGlob === true) {
				finished = true;
				if (scanToEnd === true) continue;
				break;
			}
		}
		if (opts.noext === true) {
			isExtglob = false;
			isGlob = false;
		}
		let base = str;
		let prefix = "";
		let glob = "";
		if (start > 0) {
			prefix = str.slice(0, start);
			str = str.slice(start);
			lastIndex -= start;
		}
		if (base && isGlob === true && lastIndex > 0) {
			base = str.slice(0, lastIndex);
			glob = str.slice(lastIndex);
		} else if (isGlob === true) {
			base = "";
			glob = str;
		} else base = str;
		if (base && base !== "" && base !== "/" && base !== str) {
			if (isPathSeparator(base.charCodeAt(base.length - 1))) base = base.slice(0, -1);
		}
		if (opts.unescape === true) {
			if (glob) glob = utils.removeBackslashes(glob);
			if (base && backslashes === true) base = utils.removeBackslashes(base);
		}
		const state = {
			prefix,
			input,
			start,
			base,
			glob,
			isBrace,
			isBracket,
			isGlob,
			isExtglob,
			isGlobstar,
			negated,
			negatedExtglob
		};
		if (opts.tokens === true) {
			state.maxDepth = 0;
			if (!isPathSeparator(code)) tokens.push(token);
			state.tokens = tokens;
		}
		if (opts.parts === true || opts.tokens === true) {
			let prevIndex;
			for (let idx = 0; idx < slashes.length; idx++) {
				const n = prevIndex !== void 0 ? prevIndex + 1 : start;
				const i = slashes[idx];
				const value = input.slice(n, i);
				if (opts.tokens) {
					if (idx === 0 && start !== 0) {
						tokens[idx].isPrefix = true;
						tokens[idx].value = prefix;
					} else tokens[idx].value = value;
					depth(tokens[idx]);
					state.maxDepth += tokens[idx].depth;
				}
				if (i >= start) {
					parts.push(value);
					prevIndex = i;
				}
			}
			const n = prevIndex !== void 0 ? prevIndex + 1 : start;
			const value = input.slice(n);
			parts.push(value);
			if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
				tokens[tokens.length - 1].value = value;
				depth(tokens[tokens.length - 1]);
				state.maxDepth += tokens[tokens.length - 1].depth;
			}
			state.slashes = slashes;
			state.parts = parts;
		}
		return state;
	};
	module.exports = scan;
}));
// node_modules/picomatch/lib/parse.js
var require_parse = require_rolldown_runtime.__commonJSMin(((exports, module) => {
	const constants = require_constants();
	const utils = require_utils();
	const { MAX_LENGTH, POSIX_REGEX_SOURCE, REGEX_NON_SPECIAL_CHARS, REGEX_SPECIAL_CHARS_BACKREF, REPLACEMENTS } = constants;
	const expandRange = (args, options) => {
		if (typeof options.expandRange === "function") return options.expandRange(...args, options);
		args.sort();
		const value = `[${args.join("-")}]`;
		try {
			new RegExp(value);
		} catch (ex) {
			return args.map((v) => utils.escapeRegex(v)).join("..");
		}
		return value;
	};
	const syntaxError = (type, char) => {
		return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};
	const splitTopLevel = (input) => {
		const parts = [];
		let bracket = 0;
		let paren = 0;
		let quote = 0;
		let value = "";
		let escaped = false;
		for (const ch of input) {
			if (escaped === true) {
				value += ch;
				escaped = false;
				continue;
			}
			if (ch === "\\") {
				value += ch;
				escaped = true;
				continue;
			}
			if (ch === "\"") {
				quote = quote === 1 ? 0 : 1;
				value += ch;
				continue;
			}
			if (quote === 0) {
				if (ch === "[") bracket++;
				else if (ch === "]" && bracket > 0) bracket--;
				else if (bracket === 0) {
					if (ch === "(") paren++;
					else if (ch === ")" && paren > 0) paren--;
					else if (ch === "|" && paren === 0) {
						parts.push(value);
						value = "";
						continue;
					}
				}
			}
			value += ch;
		}
		parts.push(value);
		return parts;
	};
	const isPlainBranch = (branch) => {
		let escaped = false;
		for (const ch of branch) {
			if (escaped === true) {
				escaped = false;
				continue;
			}
			if (ch === "\\") {
				escaped = true;
				continue;
			}
			if (/[?*+@!()[\]{}]/.test(ch)) return false;
		}
		return true;
	};
	const normalizeSimpleBranch = (branch) => {
		let value = branch.trim();
		let changed = true;
		while (changed === true) {
			changed = false;
			if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
				value = value.slice(2, -1);
				changed = true;
			}
		}
		if (!isPlainBranch(value)) return;
		return value.replace(/\\(.)/g, "$1");
	};
	const hasRepeatedCharPrefixOverlap = (branches) => {
		const values = branches.map(normalizeSimpleBranch).filter(Boolean);
		for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) {
			const a = values[i];
			const b = values[j];
			const char = a[0];
			if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) continue;
			if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
		}
		return false;
	};
	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
		if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") return;
		let bracket = 0;
		let paren = 0;
		let quote = 0;
		let escaped = false;
		for (let i = 1; i < pattern.length; i++) {
			const ch = pattern[i];
			if (escaped === true) {
				escaped = false;
				continue;
			}
			if (ch === "\\") {
				escaped = true;
				continue;
			}
			if (ch === "\"") {
				quote = quote === 1 ? 0 : 1;
				continue;
			}
			if (quote === 1) continue;
			if (ch === "[") {
				bracket++;
				continue;
			}
			if (ch === "]" && bracket > 0) {
				bracket--;
				continue;
			}
			if (bracket > 0) continue;
			if (ch === "(") {
				paren++;
				continue;
			}
			if (ch === ")") {
				paren--;
				if (paren === 0) {
					if (requireEnd === true && i !== pattern.length - 1) return;
					return {
						type: pattern[0],
						body: pattern.slice(2, i),
						end: i
					};
				}
			}
		}
	};
	const buildCharClassStar = (chars) => {
		return `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`;
	};
	const getStarExtglobSequenceChars = (pattern) => {
		let index = 0;
		const chars = [];
		while (index < pattern.length) {
			const match = parseRepeatedExtglob(pattern.slice(index), false);
			if (!match || match.type !== "*") return;
			const branches = splitTopLevel(match.body).map((branch) => branch.trim());
			if (branches.length !== 1) return;
			const branch = normalizeSimpleBranch(branches[0]);
			if (!branch || branch.length !== 1) return;
			chars.push(branch);
			index += match.end + 1;
		}
		if (chars.length < 1) return;
		return chars;
	};
	const repeatedExtglobRecursion = (pattern) => {
		let depth = 0;
		let value = pattern.trim();
		let match = parseRepeatedExtglob(value);
		while (match) {
			depth++;
			value = match.body.trim();
			match = parseRepeatedExtglob(value);
		}
		return depth;
	};
	const analyzeRepeatedExtglob = (body, options) => {
		if (options.maxExtglobRecursion === false) return { risky: false };
		const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
		const branches = splitTopLevel(body).map((branch) => branch.trim());
		if (branches.length > 1) {
			if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) return { risky: true };
		}
		const safeChars = [];
		let sawStarSequence = false;
		let combinable = true;
		for (const branch of branches) {
			const chars = getStarExtglobSequenceChars(branch);
			if (chars) {
				sawStarSequence = true;
				safeChars.push(...chars);
				continue;
			}
			const literal = normalizeSimpleBranch(branch);
			if (literal && literal.length === 1) {
				safeChars.push(literal);
				continue;
			}
			combinable = false;
			if (repeatedExtglobRecursion(branch) > max) return { risky: true };
		}
		if (sawStarSequence) return combinable ? {
			risky: true,
			safeOutput: buildCharClassStar([...new Set(safeChars)])
		} : { risky: true };
		return { risky: false };
	};
	const parse = (input, options) => {
		if (typeof input !== "string") throw new TypeError("Expected a string");
		input = REPLACEMENTS[input] || input;
		const opts = { ...options };
		const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
		let len = input.length;
		if (len > max) throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
		const bos = {
			type: "bos",
			value: "",
			output: opts.prepend || ""
		};
		const tokens = [bos];
		const capture = opts.capture ? "" : "?:";
		const PLATFORM_CHARS = constants.globChars(opts.windows);
		const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
		const { DOT_LITERAL, PLUS_LITERAL, SLASH_LITERAL, ONE_CHAR, DOTS_SLASH, NO_DOT, NO_DOT_SLASH, NO_DOTS_SLASH, QMARK, QMARK_NO_DOT, STAR, START_ANCHOR } = PLATFORM_CHARS;
		const globstar = (opts) => {
			return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
		};
		const nodot = opts.dot ? "" : NO_DOT;
		const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
		let star = opts.bash === true ? globstar(opts) : STAR;
		if (opts.capture) star = `(${star})`;
		if (typeof opts.noext === "boolean") opts.noextglob = opts.noext;
		const state = {
			input,
			index: -1,
			start: 0,
			dot: opts.dot === true,
			consumed: "",
			output: "",
			prefix: "",
			backtrack: false,
			negated: false,
			brackets: 0,
			braces: 0,
			parens: 0,
			quotes: 0,
			globstar: false,
			tokens
		};
		input = utils.removePrefix(input, state);
		len = input.length;
		const extglobs = [];
		const braces = [];
		const stack = [];
		let prev = bos;
		let value;
		const eos = () => state.index === len - 1;
		const peek = state.peek = (n = 1) => input[state.index + n];
		const advance = state.advance = () => input[++state.index] || "";
		const remaining = () => input.slice(state.index + 1);
		const consume = (value = "", num = 0) => {
			state.consumed += value;
			state.index += num;
		};
		const append = (token) => {
			state.output += token.output != null ? token.output : token.value;
			consume(token.value);
		};
		const negate = () => {
			let count = 1;
			while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
				advance();
				state.start++;
				count++;
			}
			if (count % 2 === 0) return false;
			state.negated = true;
			state.start++;
			return true;
		};
		const increment = (type) => {
			state[type]++;
			stack.push(type);
		};
		const decrement = (type) => {
			state[type]--;
			stack.pop();
		};
		const push = (tok) => {
			if (prev.type === "globstar") {
				const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
				const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
				if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
					state.output = state.output.slice(0, -prev.output.length);
					prev.type = "star";
					prev.value = "*";
					prev.output = star;
					state.output += prev.output;
				}
			}
			if (extglobs.length && tok.type !== "paren") extglobs[extglobs.length - 1].inner += tok.value;
			if (tok.value || tok.output) append(tok);
			if (prev && prev.type === "text" && tok.type === "text") {
				prev.output = (prev.output || prev.value) + tok.value;
				prev.value += tok.value;
				return;
			}
			tok.prev = prev;
			tokens.push(tok);
			prev = tok;
		};
		const extglobOpen = (type, value) => {
			const token = {
				...EXTGLOB_CHARS[value],
				conditions: 1,
				inner: ""
			};
			token.prev = prev;
			token.parens = state.parens;
			token.output = state.output;
			token.startIndex = state.index;
			token.tokensIndex = tokens.length;
			const output = (opts.capture ? "(" : "") + token.open;
			increment("parens");
			push({
				type,
				value,
				output: state.output ? "" : ONE_CHAR
			});
			push({
				type: "paren",
				extglob: true,
				value: advance(),
				output
			});
			extglobs.push(token);
		};
		const extglobClose = (token) => {
			const literal = input.slice(token.startIndex, state.index + 1);
			const body = input.slice(token.startIndex + 2, state.index);
			const analysis = analyzeRepeatedExtglob(body, opts);
			if ((token.type === "plus" || token.type === "star") && analysis.risky) {
				const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
				const open = tokens[token.tokensIndex];
				open.type = "text";
				open.value = literal;
				open.output = safeOutput || utils.escapeRegex(literal);
				for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
					tokens[i].value = "";
					tokens[i].output = "";
					delete tokens[i].suffix;
				}
				state.output = token.output + open.output;
				state.backtrack = true;
				push({
					type: "paren",
					extglob: true,
					value,
					output: ""
				});
				decrement("parens");
				return;
			}
			let output = token.close + (opts.capture ? ")" : "");
			let rest;
			if (token.type === "negate") {
				let extglobStar = star;
				if (token.inner && token.inner.length > 1 && token.inner.includes("/")) extglobStar = globstar(opts);
				if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) output = token.close = `)$))${extglobStar}`;
				if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) output = token.close = `)${parse(rest, {
					...options,
					fastpaths: false
				}).output})${extglobStar})`;
				if (token.prev.type === "bos") state.negatedExtglob = true;
			}
			push({
				type: "paren",
				extglob: true,
				value,
				output
			});
			decrement("parens");
		};
		if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
			let backslashes = false;
			let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
				if (first === "\\") {
					backslashes = true;
					return m;
				}
				if (first === "?") {
					if (esc) return esc + first + (rest ? QMARK.repeat(rest.length) : "");
					if (index === 0) return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
					return QMARK.repeat(chars.length);
				}
				if (first === ".") return DOT_LITERAL.repeat(chars.length);
				if (first === "*") {
					if (esc) return esc + first + (rest ? star : "");
					return star;
				}
				return esc ? m : `\\${m}`;
			});
			if (backslashes === true) {
				if (opts.unescape === true) output = output.replace(/\\/g, "");
				else output = output.replace(/\\+/g, (m) => {
					return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
				});
			}
			if (output === input && opts.contains === true) {
				state.output = input;
				return state;
			}
			state.output = utils.wrapOutput(output, state, options);
			return state;
		}
		while (!eos()) {
			value = advance();
			if (value === "\0") continue;
			if (value === "\\") {
				const next = peek();
				if (next === "/" && opts.bash !== true) continue;
				if (next === "." || next === ";") continue;
				if (!next) {
					value += "\\";
					push({
						type: "text",
						value
					});
					continue;
				}
				const match = /^\\+/.exec(remaining());
				let slashes = 0;
				if (match && match[0].length > 2) {
					slashes = match[0].length;
					state.index += slashes;
					if (slashes % 2 !== 0) value += "\\";
				}
				if (opts.unescape === true) value = advance();
				else value += advance();
				if (state.brackets === 0) {
					push({
						type: "text",
						value
					});
					continue;
				}
			}
			if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
				if (opts.posix !== false && value === ":") {
					const inner = prev.value.slice(1);
					if (inner.includes("[")) {
						prev.posix = true;
						if (inner.includes(":")) {
							const idx = prev.value.lastIndexOf("[");
							const pre = prev.value.slice(0, idx);
							const rest = prev.value.slice(idx + 2);
							const posix = POSIX_REGEX_SOURCE[rest];
							if (posix) {
								prev.value = pre + posix;
								state.backtrack = true;
								advance();
								if (!bos.output && tokens.indexOf(prev) === 1) bos.output = ONE_CHAR;
								continue;
							}
						}
					}
				}
				if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") value = `\\${value}`;
				if (value === "]" && (prev.value === "[" || prev.value === "[^")) value = `\\${value}`;
				if (opts.posix === true && value === "!" && prev.value === "[") value = "^";
				prev.value += value;
				append({ value });
				continue;
			}
			if (state.quotes === 1 && value !== "\"") {
				value = utils.escapeRegex(value);
				prev.value += value;
				append({ value });
				continue;
			}
			if (value === "\"") {
				state.quotes = state.quotes === 1 ? 0 : 1;
				if (opts.keepQuotes === true) push({
					type: "text",
					value
				});
				continue;
			}
			if (value === "(") {
				increment("parens");
				push({
					type: "paren",
					value
				});
				continue;
			}
			if (value === ")") {
				if (state.parens === 0 && opts.strictBrackets === true) throw new SyntaxError(syntaxError("opening", "("));
				const extglob = extglobs[extglobs.length - 1];
				if (extglob && state.parens === extglob.parens + 1) {
					extglobClose(extglobs.pop());
					continue;
				}
				push({
					type: "paren",
					value,
					output: state.parens ? ")" : "\\)"
				});
				decrement("parens");
				continue;
			}
			if (value === "[") {
				if (opts.nobracket === true || !remaining().includes("]")) {
					if (opts.nobracket !== true && opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
					value = `\\${value}`;
				} else increment("brackets");
				push({
					type: "bracket",
					value
				});
				continue;
			}
			if (value === "]") {
				if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
					push({
						type: "text",
						value,
						output: `\\${value}`
					});
					continue;
				}
				if (state.brackets === 0) {
					if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("opening", "["));
					push({
						type: "text",
						value,
						output: `\\${value}`
					});
					continue;
				}
				decrement("brackets");
				const prevValue = prev.value.slice(1);
				if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) value = `/${value}`;
				prev.value += value;
				append({ value });
				if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) continue;
				const escaped = utils.escapeRegex(prev.value);
				state.output = state.output.slice(0, -prev.value.length);
				if (opts.literalBrackets === true) {
					state.output += escaped;
					prev.value = escaped;
					continue;
				}
				prev.value = `(${capture}${escaped}|${prev.value})`;
				state.output += prev.value;
				continue;
			}
			if (value === "{" && opts.nobrace !== true) {
				increment("braces");
				const open = {
					type: "brace",
					value,
					output: "(",
					outputIndex: state.output.length,
					tokensIndex: state.tokens.length
				};
				braces.push(open);
				push(open);
				continue;
			}
			if (value === "}") {
				const brace = braces[braces.length - 1];
				if (opts.nobrace === true || !brace) {
					push({
						type: "text",
						value,
						output: value
					});
					continue;
				}
				let output = ")";
				if (brace.dots === true) {
					const arr = tokens.slice();
					const range = [];
					for (let i = arr.length - 1; i >= 0; i--) {
						tokens.pop();
						if (arr[i].type === "brace") break;
						if (arr[i].type !== "dots") range.unshift(arr[i].value);
					}
					output = expandRange(range, opts);
					state.backtrack = true;
				}
				if (brace.comma !== true && brace.dots !== true) {
					const out = state.output.slice(0, brace.outputIndex);
					const toks = state.tokens.slice(brace.tokensIndex);
					brace.value = brace.output = "\\{";
					value = output = "\\}";
					state.output = out;
					for (const t of toks) state.output += t.output || t.value;
				}
				push({
					type: "brace",
					value,
					output
				});
				decrement("braces");
				braces.pop();
				continue;
			}
			if (value === "|") {
				if (extglobs.length > 0) extglobs[extglobs.length - 1].conditions++;
				push({
					type: "text",
					value
				});
				continue;
			}
			if (value === ",") {
				let output = value;
				const brace = braces[braces.length - 1];
				if (brace && stack[stack.length - 1] === "braces") {
					brace.comma = true;
					output = "|";
				}
				push({
					type: "comma",
					value,
					output
				});
				continue;
			}
			if (value === "/") {
				if (prev.type === "dot" && state.index === state.start + 1) {
					state.start = state.index + 1;
					state.consumed = "";
					state.output = "";
					tokens.pop();
					prev = bos;
					continue;
				}
				push({
					type: "slash",
					value,
					output: SLASH_LITERAL
				});
				continue;
			}
			if (value === ".") {
				if (state.braces > 0 && prev.type === "dot") {
					if (prev.value === ".") prev.output = DOT_LITERAL;
					const brace = braces[braces.length - 1];
					prev.type = "dots";
					prev.output += value;
					prev.value += value;
					brace.dots = true;
					continue;
				}
				if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
					push({
						type: "text",
						value,
						output: DOT_LITERAL
					});
					continue;
				}
				push({
					type: "dot",
					value,
					output: DOT_LITERAL
				});
				continue;
			}
			if (value === "?") {
				if (!(prev && prev.value === "(") && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
					extglobOpen("qmark", value);
					continue;
				}
				if (prev && prev.type === "paren") {
					const next = peek();
					let output = value;
					if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) output = `\\${value}`;
					push({
						type: "text",
						value,
						output
					});
					continue;
				}
				if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
					push({
						type: "qmark",
						value,
						output: QMARK_NO_DOT
					});
					continue;
				}
				push({
					type: "qmark",
					value,
					output: QMARK
				});
				continue;
			}
			if (value === "!") {
				if (opts.noextglob !== true && peek() === "(") {
					if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
						extglobOpen("negate", value);
						continue;
					}
				}
				if (opts.nonegate !== true && state.index === 0) {
					negate();
					continue;
				}
			}
			if (value === "+") {
				if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
					extglobOpen("plus", value);
					continue;
				}
				if (prev && prev.value === "(" || opts.regex === false) {
					push({
						type: "plus",
						value,
						output: PLUS_LITERAL
					});
					continue;
				}
				if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
					push({
						type: "plus",
						value
					});
					continue;
				}
				push({
					type: "plus",
					value: PLUS_LITERAL
				});
				continue;
			}
			if (value === "@") {
				if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
					push({
						type: "at",
						extglob: true,
						value,
						output: ""
					});
					continue;
				}
				push({
					type: "text",
					value
				});
				continue;
			}
			if (value !== "*") {
				if (value === "$" || value === "^") value = `\\${value}`;
				const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
				if (match) {
					value += match[0];
					state.index += match[0].length;
				}
				push({
					type: "text",
					value
				});
				continue;
			}
			if (prev && (prev.type === "globstar" || prev.star === true)) {
				prev.type = "star";
				prev.star = true;
				prev.value += value;
				prev.output = star;
				state.backtrack = true;
				state.globstar = true;
				consume(value);
				continue;
			}
			let rest = remaining();
			if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
				extglobOpen("star", value);
				continue;
			}
			if (prev.type === "star") {
				if (opts.noglobstar === true) {
					consume(value);
					continue;
				}
				const prior = prev.prev;
				const before = prior.prev;
				const isStart = prior.type === "slash" || prior.type === "bos";
				const afterStar = before && (before.type === "star" || before.type === "globstar");
				if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
					push({
						type: "star",
						value,
						output: ""
					});
					continue;
				}
				const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
				const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
				if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
					push({
						type: "star",
						value,
						output: ""
					});
					continue;
				}
				while (rest.slice(0, 3) === "/**") {
					const after = input[state.index + 4];
					if (after && after !== "/") break;
					rest = rest.slice(3);
					consume("/**", 3);
				}
				const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
				if (prior.type === "bos" && eos()) {
					prev.type = "globstar";
					prev.value += value;
					prev.output = globstar(opts);
					state.output = prev.output;
					state.globstar = true;
					consume(value);
					continue;
				}
				if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
					state.output = state.output.slice(0, -(prior.output + prev.output).length);
					prior.output = `(?:${prior.output}`;
					prev.type = "globstar";
					prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
					prev.value += value;
					state.globstar = true;
					state.output += prior.output + prev.output;
					consume(value);
					continue;
				}
				if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
					const end = rest[1] !== void 0 ? "|$" : "";
					state.output = state.output.slice(0, -(prior.output + prev.output).length);
					prior.output = `(?:${prior.output}`;
					prev.type = "globstar";
					prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
					prev.value += value;
					state.output += prior.output + prev.output;
					state.globstar = true;
					consume(value + advance());
					push({
						type: "slash",
						value: "/",
						output: ""
					});
					continue;
				}
				if (prior.type === "bos" && rest[0] === "/") {
					prev.type = "globstar";
					prev.value += value;
					prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
					state.output = prev.output;
					state.globstar = true;
					consume(value + advance());
					push({
						type: "slash",
						value: "/",
						output: ""
					});
					continue;
				}
				state.output = state.output.slice(0, -prev.output.length);
				prev.type = "globstar";
				prev.output = globstar(opts);
				prev.value += value;
				state.output += prev.output;
				state.globstar = true;
				consume(value);
				continue;
			}
			const token = {
				type: "star",
				value,
				output: star
			};
			if (opts.bash === true) {
				token.output = ".*?";
				if (prev.type === "bos" || prev.type === "slash") token.output = nodot + token.output;
				push(token);
				continue;
			}
			if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
				token.output = value;
				push(token);
				continue;
			}
			if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
				if (prev.type === "dot") {
					state.output += NO_DOT_SLASH;
					prev.output += NO_DOT_SLASH;
				} else if (opts.dot === true) {
					state.output += NO_DOTS_SLASH;
					prev.output += NO_DOTS_SLASH;
				} else {
					state.output += nodot;
					prev.output += nodot;
				}
				if (peek() !== "*") {
					state.output += ONE_CHAR;
					prev.output += ONE_CHAR;
				}
			}
			push(token);
		}
		while (state.brackets > 0) {
			if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
			state.output = utils.escapeLast(state.output, "[");
			decrement("brackets");
		}
		while (state.parens > 0) {
			if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
			state.output = utils.escapeLast(state.output, "(");
			decrement("parens");
		}
		while (state.braces > 0) {
			if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
			state.output = utils.escapeLast(state.output, "{");
			decrement("braces");
		}
		if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) push({
			type: "maybe_slash",
			value: "",
			output: `${SLASH_LITERAL}?`
		});
		if (state.backtrack === true) {
			state.output = "";
			for (const token of state.tokens) {
				state.output += token.output != null ? token.output : token.value;
				if (token.suffix) state.output += token.suffix;
			}
		}
		return state;
	};
	parse.fastpaths = (input, options) => {
		const opts = { ...options };
		const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
		const len = input.length;
		if (len > max) throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
		input = REPLACEMENTS[input] || input;
		const { DOT_LITERAL, SLASH_LITERAL, ONE_CHAR, DOTS_SLASH, NO_DOT, NO_DOTS, NO_DOTS_SLASH, STAR, START_ANCHOR } = constants.globChars(opts.windows);
		const nodot = opts.dot ? NO_DOTS : NO_DOT;
		const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
		const capture = opts.capture ? "" : "?:";
		const state = {
			negated: false,
			prefix: ""
		};
		let star = opts.bash === true ? ".*?" : STAR;
		if (opts.capture) star = `(${star})`;
		const globstar = (opts) => {
			if (opts.noglobstar === true) return star;
			return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
		};
		const create = (str) => {
			switch (str) {
				case "*": return `${nodot}${ONE_CHAR}${star}`;
				case ".*": return `${DOT_LITERAL}${ONE_CHAR}${star}`;
				case "*.*": return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
				case "*/*": return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
				case "**": return nodot + globstar(opts);
				case "**/*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
				case "**/*.*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
				case "**/.*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
				default: {
					const match = /^(.*?)\.(\w+)$/.exec(str);
					if (!match) return;
					const source = create(match[1]);
					if (!source) return;
					return source + DOT_LITERAL + match[2];
				}
			}
		};
		let source = create(utils.removePrefix(input, state));
		if (source && opts.strictSlashes !== true) source += `${SLASH_LITERAL}?`;
		return source;
	};
	module.exports = parse;
}));
// node_modules/picomatch/lib/picomatch.js
var require_picomatch$1 = require_rolldown_runtime.__commonJSMin(((exports, module) => {
	const scan = require_scan();
	const parse = require_parse();
	const utils = require_utils();
	const constants = require_constants();
	const isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
	const picomatch = (glob, options, returnState = false) => {
		if (Array.isArray(glob)) {
			const fns = glob.map((input) => picomatch(input, options, returnState));
			const arrayMatcher = (str) => {
				for (const isMatch of fns) {
					const state = isMatch(str);
					if (state) return state;
				}
				return false;
			};
			return arrayMatcher;
		}
		const isState = isObject(glob) && glob.tokens && glob.input;
		if (glob === "" || typeof glob !== "string" && !isState) throw new TypeError("Expected pattern to be a non-empty string");
		const opts = options || {};
		const posix = opts.windows;
		const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
		const state = regex.state;
		delete regex.state;
		let isIgnored = () => false;
		if (opts.ignore) {
			const ignoreOpts = {
				...options,
				ignore: null,
				onMatch: null,
				onResult: null
			};
			isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
		}
		const matcher = (input, returnObject = false) => {
			const { isMatch, match, output } = picomatch.test(input, regex, options, {
				glob,
				posix
			});
			const result = {
				glob,
				state,
				regex,
				posix,
				input,
				output,
				match,
				isMatch
			};
			if (typeof opts.onResult === "function") opts.onResult(result);
			if (isMatch === false) {
				result.isMatch = false;
				return returnObject ? result : false;
			}
			if (isIgnored(input)) {
				if (typeof opts.onIgnore === "function") opts.onIgnore(result);
				result.isMatch = false;
				return returnObject ? result : false;
			}
			if (typeof opts.onMatch === "function") opts.onMatch(result);
			return returnObject ? result : true;
		};
		if (returnState) matcher.state = state;
		return matcher;
	};
	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
		if (typeof input !== "string") throw new TypeError("Expected input to be a string");
		if (input === "") return {
			isMatch: false,
			output: ""
		};
		const opts = options || {};
		const format = opts.format || (posix ? utils.toPosixSlashes : null);
		let match = input === glob;
		let output = match && format ? format(input) : input;
		if (match === false) {
			output = format ? format(input) : input;
			match = output === glob;
		}
		if (match === false || opts.capture === true) {
			if (opts.matchBase === true || opts.basename === true) match = picomatch.matchBase(input, regex, options, posix);
			else match = regex.exec(output);
		}
		return {
			isMatch: Boolean(match),
			match,
			output
		};
	};
	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
		return (glob instanceof RegExp ? glob : picomatch.makeRe(glob, options)).test(utils.basename(input, { windows: posix }));
	};
	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
	picomatch.parse = (pattern, options) => {
		if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
		return parse(pattern, {
			...options,
			fastpaths: false
		});
	};
	picomatch.scan = (input, options) => scan(input, options);
	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
		if (returnOutput === true) return state.output;
		const opts = options || {};
		const prepend = opts.contains ? "" : "^";
		const append = opts.contains ? "" : "$";
		let source = `${prepend}(?:${state.output})${append}`;
		if (state && state.negated === true) source = `^(?!${source}).*$`;
		const regex = picomatch.toRegex(source, options);
		if (returnState === true) regex.state = state;
		return regex;
	};
	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
		if (!input || typeof input !== "string") throw new TypeError("Expected a non-empty string");
		let parsed = {
			negated: false,
			fastpaths: true
		};
		if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) parsed.output = parse.fastpaths(input, options);
		if (!parsed.output) parsed = parse(input, options);
		return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};
	picomatch.toRegex = (source, options) => {
		try {
			const opts = options || {};
			return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
		} catch (err) {
			if (options && options.debug === true) throw err;
			return /$^/;
		}
	};
	picomatch.constants = constants;
	module.exports = picomatch;
}));
// node_modules/picomatch/index.js
var require_picomatch = require_rolldown_runtime.__commonJSMin(((exports, module) => {
	const pico = require_picomatch$1();
	const utils = require_utils();
	function picomatch(glob, options, returnState = false) {
		if (options && (options.windows === null || options.windows === void 0)) options = {
			...options,
			windows: utils.isWindows()
		};
		return pico(glob, options, returnState);
	}
	Object.assign(picomatch, pico);
	module.exports = picomatch;
}));
// src/discovery/environment.ts
var import_picomatch = require_rolldown_runtime.__toESM(require_picomatch(), 1);
const CONVENTIONS = {
	prod: "production",
	production: "production",
	prd: "production",
	live: "production",
	staging: "staging",
	stage: "staging",
	stg: "staging",
	preprod: "staging",
	dev: "development",
	development: "development",
	test: "development",
	qa: "development",
	sandbox: "development",
	local: "development"
};
function conventionFor(word) {
	const key = word.toLowerCase();
	return Object.hasOwn(CONVENTIONS, key) ? CONVENTIONS[key] : void 0;
}
const PRECEDENCE = [
	"production",
	"staging",
	"development"
];
function conventionInName(text) {
	let best;
	for (const part of text.split(/[-_.\s]+|(?<=[a-z0-9])(?=[A-Z])/)) {
		const env = conventionFor(part);
		if (env && (best === void 0 || PRECEDENCE.indexOf(env) < PRECEDENCE.indexOf(best))) best = env;
	}
	return best;
}
function conventionInPath(path) {
	const segments = path.split("/");
	for (let i = segments.length - 1; i >= 0; i--) {
		const env = conventionInName(segments[i]);
		if (env) return env;
	}
}
const MAX_KUSTOMIZE_STEPS = 1e4;
var KustomizeIndex = class {
	byDir = new Map();
	includers = new Map();
	constructor(kustomizations) {
		for (const k of kustomizations) this.byDir.set(k.dir, k);
		for (const k of kustomizations) for (const resource of k.resources) {
			const target = this.byDir.get(resource)?.file ?? resource;
			const list = this.includers.get(target) ?? [];
			list.push(k);
			this.includers.set(target, list);
		}
	}
	deployersOf(file) {
		const roots = new Map();
		let steps = 0;
		const climb = (target, namespace, chain) => {
			for (const parent of this.includers.get(target) ?? []) {
				if (chain.has(parent.file) || ++steps > MAX_KUSTOMIZE_STEPS) continue;
				const outer = parent.namespace ?? namespace;
				const next = new Set(chain).add(parent.file);
				if ((this.includers.get(parent.file) ?? []).filter((k) => !next.has(k.file)).length > 0) climb(parent.file, outer, next);
				else if (!roots.has(parent.file)) roots.set(parent.file, {
					root: parent,
					namespace: outer
				});
			}
		};
		climb(file, void 0, new Set([file]));
		return [...roots.values()];
	}
};
function decideEnvironments(use, context) {
	const deployers = context.kustomize.deployersOf(use.location.file);
	if (deployers.length === 0) return [decideOne(use, context.mappings, use.hints.namespace)];
	return distinct(deployers.map((d) => decideOne(use, context.mappings, d.namespace ?? use.hints.namespace, d.root)));
}
function decideOne(use, mappings, namespace, overlay) {
	const file = use.location.file;
	const github = use.hints.githubEnvironment;
	const fromConfig = byConfig(mappings, github, namespace, overlay ? [file, overlay.file] : [file]);
	if (fromConfig) return {
		environment: fromConfig,
		environmentSource: "config"
	};
	if (github) return {
		environment: conventionInName(github) ?? github.toLowerCase(),
		environmentSource: "github-environment"
	};
	const byNamespace = namespace ? conventionInName(namespace) : void 0;
	if (byNamespace) return {
		environment: byNamespace,
		environmentSource: "namespace"
	};
	const byOverlay = overlay ? conventionInPath(overlay.dir) : void 0;
	if (byOverlay) return {
		environment: byOverlay,
		environmentSource: "path"
	};
	return byPath([file, ...use.hints.callers ?? []]);
}
function byPath(files) {
	for (const file of files) {
		const env = conventionInPath(file);
		if (env) return {
			environment: env,
			environmentSource: "path"
		};
	}
	return {
		environment: "unknown",
		environmentSource: "none"
	};
}
function byConfig(mappings, githubEnvironment, namespace, paths) {
	const github = githubEnvironment?.toLowerCase();
	for (const mapping of mappings) {
		if (github && mapping.githubEnvironments.some((g) => g.toLowerCase() === github)) return mapping.name;
		if (namespace && mapping.namespaces.includes(namespace)) return mapping.name;
		if (mapping.paths.length === 0) continue;
		const matches = (0, import_picomatch.default)(mapping.paths, { dot: true });
		if (paths.some((path) => matches(path))) return mapping.name;
	}
}
function distinct(decisions) {
	const seen = new Map();
	for (const d of decisions) if (!seen.has(d.environment)) seen.set(d.environment, d);
	return [...seen.values()];
}
// src/generated/providers.ts
const PROVIDER_DATA = [
	{
		"id": "alibaba",
		"name": "Alibaba Cloud",
		"formats": [
			{
				"type": "access-key-id",
				"pattern": /^LTAI[A-Za-z0-9]{17,21}$/
			},
			{
				"type": "sts-access-key-id",
				"pattern": /^STS\.[A-Za-z0-9]{16,48}$/
			},
			{
				"type": "access-key-secret",
				"pattern": /^[A-Za-z0-9]{30}$/,
				"needsNameHint": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"ALIBABA_CLOUD_ACCESS_KEY",
				"ALIBABACLOUD_ACCESS_KEY",
				"ALIBABA_ACCESS_KEY",
				"ALIBABA_SECRET_KEY",
				"ALICLOUD_ACCESS_KEY",
				"ALICLOUD_SECRET_KEY",
				"ALIYUN_ACCESS_KEY",
				"ALIYUN_SECRET_KEY"
			]
		}],
		"companions": [{
			"primary": "accesskeyid",
			"companions": {
				"accesskeysecret": "secretAccessKey",
				"securitytoken": "sessionToken"
			}
		}, {
			"primary": "accesskey",
			"prefixContains": "alicloud",
			"companions": {
				"secretkey": "secretAccessKey",
				"securitytoken": "sessionToken"
			}
		}],
		"guide": {
			"principal": "the caller ARN (`acs:ram::<account id>:user/<name>`, `acs:ram::<account id>:assumed-role/<role>/<session>`); its UserId or PrincipalId also matches",
			"verified": "STS GetCallerIdentity names the ARN, account and IdentityType (Account is the root account)",
			"invalid": "InvalidAccessKeyId.NotFound (deleted or never valid), InvalidAccessKeyId.Inactive (disabled)",
			"unknown": "SignatureDoesNotMatch (a wrong secret, or a request refused for its time or encoding), a clock or throttling code, or no answer"
		},
		"endpoints": [{
			"method": "POST",
			"baseUrl": "https://sts.aliyuncs.com",
			"path": "/",
			"note": "STS GetCallerIdentity (form body, RPC signature 1.0 HMAC-SHA1): read-only, needs no permission"
		}],
		"smoke": true
	},
	{
		"id": "anthropic",
		"name": "Anthropic",
		"formats": [{
			"type": "standard",
			"pattern": /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/
		}, {
			"type": "admin",
			"pattern": /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": ["ANTHROPIC", "CLAUDE"]
		}],
		"guide": {
			"principal": "admin keys: the organization name or id; standard keys name none (declare no `principal:`)",
			"verified": "the key lists models (standard) or names its organization (admin)",
			"invalid": "401 authentication_error; 400 \"organization has been disabled\" (user-inactive); 404 not_found_error",
			"unknown": "403 permission_error, another 400, or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.anthropic.com",
			"path": "/v1/models"
		}, {
			"method": "GET",
			"baseUrl": "https://api.anthropic.com",
			"path": "/v1/organizations/me"
		}],
		"smoke": true
	},
	{
		"id": "atlassian",
		"name": "Atlassian",
		"formats": [{
			"type": "api-token",
			"pattern": /^ATATT[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/
		}, {
			"type": "admin-api-key",
			"pattern": /^ATCTT3xFfG[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/
		}],
		"namePatterns": [{
			"kind": "key",
			"phrases": ["ATLASSIAN"],
			"endings": ["TOKEN", "API_KEY"]
		}],
		"companions": [
			{
				"primary": "apitoken",
				"companions": {},
				"lookups": {
					"email": "email",
					"useremail": "email",
					"username": "email",
					"user": "email"
				},
				"prefixContains": "jira"
			},
			{
				"primary": "token",
				"companions": {},
				"lookups": {
					"email": "email",
					"useremail": "email",
					"username": "email",
					"user": "email"
				},
				"prefixContains": "jira"
			},
			{
				"primary": "apitoken",
				"companions": {},
				"lookups": {
					"email": "email",
					"useremail": "email",
					"username": "email",
					"user": "email"
				},
				"prefixContains": "confluence"
			},
			{
				"primary": "token",
				"companions": {},
				"lookups": {
					"email": "email",
					"useremail": "email",
					"username": "email",
					"user": "email"
				},
				"prefixContains": "confluence"
			},
			{
				"primary": "apitoken",
				"companions": {},
				"lookups": {
					"email": "email",
					"useremail": "email",
					"username": "email",
					"user": "email"
				},
				"prefixContains": "atlassian"
			},
			{
				"primary": "token",
				"companions": {},
				"lookups": {
					"email": "email",
					"useremail": "email",
					"username": "email",
					"user": "email"
				},
				"prefixContains": "atlassian"
			}
		],
		"tenant": {
			"what": "the Atlassian site",
			"example": "https://{site}.atlassian.net"
		},
		"guide": {
			"principal": "the account id (`accountId`), or the account e-mail",
			"verified": "GET /rest/api/3/myself, with the e-mail beside the token (JIRA_EMAIL, JIRA_USER_EMAIL, ATLASSIAN_EMAIL\u2026), names an active account; accountType `app` or appType `service` is a service account",
			"invalid": "401: revoked, expired, a deactivated account or the wrong e-mail (Atlassian does not say which), or a scoped token asked on the site instead of the gateway; `active: false` (user-inactive)",
			"unknown": "401 \"scope does not match\" (a scoped token without read:me), another 403, or no answer; `skipped` without the e-mail beside the token, or without --endpoint atlassian=https://{site}.atlassian.net (scoped tokens: https://api.atlassian.com/ex/jira/{cloudId})"
		},
		"endpoints": [{
			"method": "GET",
			"path": "/rest/api/3/myself"
		}],
		"smoke": true
	},
	{
		"id": "aws",
		"name": "Amazon Web Services",
		"formats": [
			{
				"type": "long-term",
				"pattern": /^AKIA[A-Z0-9]{16}$/
			},
			{
				"type": "temporary",
				"pattern": /^ASIA[A-Z0-9]{16}$/
			},
			{
				"type": "secret-access-key",
				"pattern": /^[A-Za-z0-9/+]{40}$/,
				"needsNameHint": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": ["AWS"]
		}],
		"companions": [{
			"primary": "accesskeyid",
			"companions": {
				"secretaccesskey": "secretAccessKey",
				"sessiontoken": "sessionToken"
			}
		}],
		"guide": {
			"principal": "the caller ARN (`arn:aws:iam::123456789012:user/deployer`, `arn:aws:sts::\u2026:assumed-role/\u2026`)",
			"verified": "STS GetCallerIdentity names the ARN and account",
			"invalid": "SignatureDoesNotMatch (wrong secret), ExpiredToken (expired); InvalidClientTokenId when --endpoint names the partition",
			"unknown": "InvalidClientTokenId from the default commercial STS: a GovCloud or China key gets the same answer (check those with --endpoint aws=https://sts.us-gov-west-1.amazonaws.com or https://sts.cn-north-1.amazonaws.com.cn); throttling; no answer"
		},
		"endpoints": [{
			"method": "POST",
			"baseUrl": "https://sts.amazonaws.com",
			"path": "/",
			"note": "STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region us-east-1): read-only, needs no permission and is not blocked by an explicit deny"
		}],
		"smoke": true
	},
	{
		"id": "buildkite",
		"name": "Buildkite",
		"formats": [{
			"type": "api-access-token",
			"pattern": /^bkua_[a-z0-9]{40}$/,
			"principalKind": "human",
			"principalDetail": "a Buildkite user API access token (bkua_)"
		}, {
			"type": "legacy-api-access-token",
			"pattern": /^[0-9a-f]{40}$/,
			"needsNameHint": true,
			"principalKind": "human",
			"principalDetail": "a Buildkite API access token"
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"BUILDKITE_TOKEN",
				"BUILDKITE_API_TOKEN",
				"BUILDKITE_ACCESS_TOKEN",
				"BUILDKITE_API_ACCESS_TOKEN"
			]
		}],
		"guide": {
			"principal": "the e-mail of the user the token belongs to (`user.email`)",
			"verified": "the token answers with its scopes, creation date and user",
			"invalid": "401: revoked (by hand, or by the organization after a period of inactivity) or never valid",
			"unknown": "another answer, or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.buildkite.com",
			"path": "/v2/access-token"
		}],
		"smoke": true
	},
	{
		"id": "circleci",
		"name": "CircleCI",
		"formats": [
			{
				"type": "personal-token",
				"pattern": /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/,
				"principalKind": "human",
				"principalDetail": "a personal API token (CCIPAT_)"
			},
			{
				"type": "project-token",
				"pattern": /^CCIPRJ_[A-Za-z0-9]{22}_[0-9a-f]{40}$/,
				"principalKind": "service",
				"principalDetail": "a project API token (CCIPRJ_)"
			},
			{
				"type": "legacy-token",
				"pattern": /^[0-9a-f]{40}$/,
				"needsNameHint": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"CIRCLECI",
				"CIRCLE_CI",
				"CIRCLE_TOKEN",
				"CIRCLE_API_TOKEN",
				"CIRCLE_API_USER_TOKEN"
			]
		}],
		"guide": {
			"principal": "the VCS login of `GET /api/v2/me` (its user id `id` also matches)",
			"verified": "/me names the user: a personal token, so a person (human)",
			"invalid": "401 for a `CCIPAT_` personal token (revoked, expired or never valid)",
			"unknown": "401 for a legacy 40-hex token: revoked, or a valid project token, which /me refuses alike; `CCIPRJ_` project tokens are not sent (skipped)"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://circleci.com",
			"path": "/api/v2/me"
		}],
		"smoke": true
	},
	{
		"id": "cloudflare",
		"name": "Cloudflare",
		"formats": [
			{
				"type": "account-token",
				"pattern": /^cfat_[A-Za-z0-9]{40}[a-f0-9]{8}$/,
				"principalKind": "service",
				"principalDetail": "an account-owned API token, not tied to a user (cfat_)"
			},
			{
				"type": "user-token",
				"pattern": /^cfut_[A-Za-z0-9]{40}[a-f0-9]{8}$/,
				"principalKind": "human",
				"principalDetail": "a user account token (cfut_)"
			},
			{
				"type": "global-api-key",
				"pattern": /^cfk_[A-Za-z0-9]{40}[a-f0-9]{8}$/,
				"principalKind": "human",
				"principalDetail": "a user account's Global API Key (cfk_)"
			},
			{
				"type": "legacy-token",
				"pattern": /^[A-Za-z0-9_-]{40}$/,
				"needsNameHint": true
			},
			{
				"type": "legacy-global-api-key",
				"pattern": /^[0-9a-f]{37}$/,
				"needsNameHint": true,
				"principalKind": "human",
				"principalDetail": "a user account's Global API Key (37 hex characters)"
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"CLOUDFLARE",
				"CF_API_TOKEN",
				"CF_API_KEY",
				"CF_TOKEN",
				"CF_ACCOUNT_TOKEN",
				"CF_USER_TOKEN"
			]
		}],
		"companions": [
			{
				"primary": "apitoken",
				"companions": {},
				"lookups": { "accountid": "accountId" },
				"prefixContains": "cloudflare"
			},
			{
				"primary": "token",
				"companions": {},
				"lookups": { "accountid": "accountId" },
				"prefixContains": "cloudflare"
			},
			{
				"primary": "apitoken",
				"companions": {},
				"lookups": { "accountid": "accountId" },
				"prefixContains": "cf"
			},
			{
				"primary": "token",
				"companions": {},
				"lookups": { "accountid": "accountId" },
				"prefixContains": "cf"
			}
		],
		"guide": {
			"principal": "the API token id (verify names no user)",
			"verified": "verify says active (user path, or the account path with CLOUDFLARE_ACCOUNT_ID); an account-owned token without its account id is verified by GET /accounts code 1001, with no id",
			"invalid": "status disabled or expired; 401/403 code 1000 for a `cfut_` user token, or under the known account id",
			"unknown": "a legacy or `cfat_` token refused on the user path when no account id is known (revoked, or account-owned); 6003/6111 (not a token)"
		},
		"endpoints": [
			{
				"method": "GET",
				"baseUrl": "https://api.cloudflare.com",
				"path": "/client/v4/user/tokens/verify"
			},
			{
				"method": "GET",
				"baseUrl": "https://api.cloudflare.com",
				"path": "/client/v4/accounts/{account_id}/tokens/verify"
			},
			{
				"method": "GET",
				"baseUrl": "https://api.cloudflare.com",
				"path": "/client/v4/accounts"
			}
		],
		"smoke": true
	},
	{
		"id": "confluent",
		"name": "Confluent Cloud",
		"formats": [{
			"type": "api-secret",
			"pattern": /^[A-Za-z0-9+/]{64}$/,
			"needsNameHint": true
		}, {
			"type": "api-key-id",
			"pattern": /^[A-Z0-9]{16}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "key",
			"phrases": ["CONFLUENT", "CCLOUD"],
			"endings": ["API_KEY", "API_SECRET"]
		}],
		"companions": [{
			"primary": "secret",
			"companions": { "key": "keyId" },
			"prefixContains": "confluent"
		}, {
			"primary": "secret",
			"companions": { "key": "keyId" },
			"prefixContains": "ccloud"
		}],
		"guide": {
			"principal": "the owner id of the key: `u-\u2026` for a user, `sa-\u2026` for a service account",
			"verified": "the IAM API returns the key (a Cloud API key): its owner and owner kind, resource, environment and dates",
			"invalid": "never from a refusal: a wrong or deleted key and a resource-scoped key get the same 401",
			"unknown": "401 (a wrong secret or deleted key, or a Kafka cluster, Schema Registry or ksqlDB key, which the IAM API never accepts), 403, or no answer; `skipped` without the key id beside the secret"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.confluent.cloud",
			"path": "/iam/v2/api-keys/{keyId}"
		}],
		"smoke": true
	},
	{
		"id": "databricks",
		"name": "Databricks",
		"formats": [{
			"type": "personal-access-token",
			"pattern": /^dapi[0-9a-f]{32}(?:|-[0-9])$/
		}],
		"namePatterns": [{
			"kind": "key",
			"phrases": ["DATABRICKS"],
			"endings": ["TOKEN", "PAT"]
		}],
		"tenant": {
			"what": "the Databricks workspace URL",
			"example": "https://{workspace}.cloud.databricks.com"
		},
		"guide": {
			"principal": "the `userName` of SCIM Me: the e-mail of a user, the application id of a service principal",
			"verified": "SCIM Me names an active user or service principal, with its entitlements and groups as scopes; dates when the caller holds one token",
			"invalid": "401/403 \"Invalid access token\" (invalid, expired or revoked, or a token of another workspace than --endpoint names); `active: false` (user-inactive)",
			"unknown": "another 403 (an IP access list), TEMPORARILY_UNAVAILABLE, or no answer; `skipped` without --endpoint databricks=https://{workspace}.cloud.databricks.com"
		},
		"endpoints": [{
			"method": "GET",
			"path": "/api/2.0/preview/scim/v2/Me"
		}, {
			"method": "GET",
			"path": "/api/2.0/token/list"
		}],
		"smoke": true
	},
	{
		"id": "datadog",
		"name": "Datadog",
		"formats": [{
			"type": "api-key",
			"pattern": /^[0-9a-f]{32}$/,
			"needsNameHint": true
		}, {
			"type": "app-key",
			"pattern": /^[0-9a-f]{40}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"DATADOG",
				"DD_API_KEY",
				"DD_APP_KEY",
				"DD_APPLICATION_KEY",
				"DD_CLIENT_API_KEY",
				"DD_KEY"
			]
		}],
		"companions": [
			{
				"primary": "ddapikey",
				"companions": {},
				"lookups": { "ddsite": "site" }
			},
			{
				"primary": "ddappkey",
				"companions": {},
				"lookups": {
					"ddapikey": "apiKey",
					"ddsite": "site"
				}
			},
			{
				"primary": "ddapplicationkey",
				"companions": {},
				"lookups": {
					"ddapikey": "apiKey",
					"ddsite": "site"
				}
			},
			{
				"primary": "datadogapikey",
				"companions": {},
				"lookups": { "datadogsite": "site" }
			},
			{
				"primary": "datadogappkey",
				"companions": {},
				"lookups": {
					"datadogapikey": "apiKey",
					"datadogsite": "site"
				}
			},
			{
				"primary": "datadogapplicationkey",
				"companions": {},
				"lookups": {
					"datadogapikey": "apiKey",
					"datadogsite": "site"
				}
			}
		],
		"sites": [
			"https://api.us3.datadoghq.com",
			"https://api.us5.datadoghq.com",
			"https://api.datadoghq.eu",
			"https://api.ap1.datadoghq.com",
			"https://api.ap2.datadoghq.com",
			"https://api.ddog-gov.com",
			"https://api.us2.ddog-gov.com",
			"https://api.uk1.datadoghq.com"
		],
		"guide": {
			"principal": "none for API keys (they belong to the organization); application keys: the owning user (handle), best effort",
			"verified": "the site accepts the key (and the application key with its API key)",
			"invalid": "401/403 from the key's own site, named by DD_SITE / DATADOG_SITE beside the key or by --endpoint",
			"unknown": "401/403 from US1 when the site is not named: a key of another site gets the same answer"
		},
		"endpoints": [
			{
				"method": "GET",
				"baseUrl": "https://api.datadoghq.com",
				"path": "/api/v1/validate"
			},
			{
				"method": "GET",
				"baseUrl": "https://api.datadoghq.com",
				"path": "/api/v2/validate_keys"
			},
			{
				"method": "GET",
				"baseUrl": "https://api.datadoghq.com",
				"path": "/api/v2/current_user"
			}
		],
		"smoke": true
	},
	{
		"id": "discord",
		"name": "Discord",
		"formats": [{
			"type": "bot-token",
			"pattern": /^(?:[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk]|[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5]|[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][AQgw]|[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk])\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "credential",
			"phrases": ["DISCORD", "DISCORD_BOT"],
			"endings": [
				"TOKEN",
				"KEY",
				"SECRET",
				"API_KEY",
				"API_TOKEN",
				"ACCESS_TOKEN",
				"AUTH_TOKEN",
				"BOT_TOKEN"
			]
		}],
		"guide": {
			"principal": "the bot user id of `GET /users/@me` (its username works too)",
			"verified": "users/@me names the bot (`bot: true`: a service principal)",
			"invalid": "401: the token was reset (Discord resets a token it finds published), revoked or never valid, or it is not a bot token",
			"unknown": "any other answer; one request per token, since Discord bans IPs that send many invalid ones"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://discord.com",
			"path": "/api/v10/users/@me"
		}],
		"smoke": true
	},
	{
		"id": "doppler",
		"name": "Doppler",
		"formats": [
			{
				"type": "service-token",
				"pattern": /^dp\.st\.dev(?:\.|_[a-z0-9_-]{1,32}\.)[A-Za-z0-9]{40,44}$/,
				"mode": "development",
				"principalKind": "service",
				"principalDetail": "a Doppler service token of a dev config (dp.st.dev)"
			},
			{
				"type": "service-token",
				"pattern": /^dp\.st\.stg(?:\.|_[a-z0-9_-]{1,32}\.)[A-Za-z0-9]{40,44}$/,
				"mode": "staging",
				"principalKind": "service",
				"principalDetail": "a Doppler service token of a stg config (dp.st.stg)"
			},
			{
				"type": "service-token",
				"pattern": /^dp\.st\.prd(?:\.|_[a-z0-9_-]{1,32}\.)[A-Za-z0-9]{40,44}$/,
				"mode": "production",
				"principalKind": "service",
				"principalDetail": "a Doppler service token of a prd config (dp.st.prd)"
			},
			{
				"type": "service-token",
				"pattern": /^dp\.st\.(?!(?:dev|stg|prd)[._])(?:[a-z0-9_-]{2,35}\.|)[A-Za-z0-9]{40,44}$/,
				"principalKind": "service",
				"principalDetail": "a Doppler service token (dp.st.), bound to one config"
			},
			{
				"type": "cli-token",
				"pattern": /^dp\.ct\.[A-Za-z0-9]{40,44}$/,
				"principalKind": "human",
				"principalDetail": "a Doppler CLI token, a user login (dp.ct.)"
			},
			{
				"type": "personal-token",
				"pattern": /^dp\.pt\.[A-Za-z0-9]{40,44}$/,
				"principalKind": "human",
				"principalDetail": "a Doppler personal token (dp.pt.)"
			},
			{
				"type": "service-account-token",
				"pattern": /^dp\.sa\.[A-Za-z0-9]{40,44}$/,
				"principalKind": "service",
				"principalDetail": "a Doppler service account token (dp.sa.)"
			},
			{
				"type": "scim-token",
				"pattern": /^dp\.scim\.[A-Za-z0-9]{40,44}$/,
				"principalKind": "service",
				"principalDetail": "a Doppler SCIM token of the workplace (dp.scim.)"
			},
			{
				"type": "audit-token",
				"pattern": /^dp\.audit\.[A-Za-z0-9]{40,44}$/,
				"principalKind": "service",
				"principalDetail": "a Doppler audit token of the workplace (dp.audit.)"
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"DOPPLER_TOKEN",
				"DOPPLER_SERVICE_TOKEN",
				"DOPPLER_API_TOKEN",
				"DOPPLER_ACCESS_TOKEN"
			]
		}],
		"guide": {
			"principal": "the token `name` of /v3/me (its `slug` too)",
			"verified": "/v3/me names the token and its workplace; a `dp.st.dev.` or `dp.st.stg.` service token in production is reported offline by no-dev-keys-in-prod",
			"invalid": "401: the token is revoked, expired or never valid",
			"unknown": "any other answer (Doppler documents no other error body), or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.doppler.com",
			"path": "/v3/me"
		}],
		"smoke": true
	},
	{
		"id": "dropbox",
		"name": "Dropbox",
		"formats": [{
			"type": "short-lived",
			"pattern": /^sl\.(?:u\.[A-Za-z0-9_-]{130,1000}|[A-Za-z0-9_-]{130,1000})$/
		}],
		"namePatterns": [{
			"kind": "credential",
			"phrases": ["DROPBOX"],
			"endings": [
				"TOKEN",
				"KEY",
				"SECRET",
				"API_KEY",
				"API_TOKEN",
				"ACCESS_TOKEN",
				"AUTH_TOKEN",
				"BOT_TOKEN"
			]
		}],
		"guide": {
			"principal": "the account id `dbid:\u2026` of get_current_account (its e-mail works too)",
			"verified": "get_current_account names the account (a token without account_info.read is accepted, unnamed)",
			"invalid": "expired_access_token (short-lived `sl.` tokens last about four hours), invalid_access_token (revoked), user_suspended or `disabled: true` (user-inactive)",
			"unknown": "a team (Business) token, which names no single account; another error, or no answer"
		},
		"endpoints": [{
			"method": "POST",
			"baseUrl": "https://api.dropboxapi.com",
			"path": "/2/users/get_current_account",
			"note": "users/get_current_account is read-only (an RPC call without arguments, hence POST)"
		}],
		"smoke": true
	},
	{
		"id": "elasticsearch",
		"name": "Elasticsearch",
		"formats": [{
			"type": "api-key",
			"pattern": /^[A-Za-z0-9+/]{40,400}={0,2}$/,
			"needsNameHint": true
		}, {
			"type": "api-key-pair",
			"pattern": /^[A-Za-z0-9_-]{16,64}:[A-Za-z0-9_-]{16,128}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "key",
			"phrases": ["ELASTICSEARCH", "ES"],
			"endings": ["API_KEY", "APIKEY"]
		}, {
			"kind": "part",
			"phrases": ["ELASTIC_API_KEY", "ELASTIC_APIKEY"]
		}],
		"tenant": {
			"what": "the Elasticsearch cluster URL",
			"example": "https://{cluster}:9200"
		},
		"guide": {
			"principal": "the `username` _authenticate names: for an API key, the user who owns it",
			"verified": "GET /_security/_authenticate names the owner, the key and its realm, and the owner is enabled",
			"invalid": "401 security_exception (an unknown, expired or invalidated key, or a key of another cluster than --endpoint names); `enabled: false` (user-inactive)",
			"unknown": "401 \"missing authentication credentials\" (no credential reached the cluster), an anonymous answer, or no answer; `skipped` for base64 that holds no `id:api_key`, or without --endpoint elasticsearch=https://{cluster}:9200"
		},
		"endpoints": [{
			"method": "GET",
			"path": "/_security/_authenticate"
		}],
		"smoke": true
	},
	{
		"id": "fastly",
		"name": "Fastly",
		"formats": [{
			"type": "api-token",
			"pattern": /^[A-Za-z0-9_-]{32}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"FASTLY_API_TOKEN",
				"FASTLY_API_KEY",
				"FASTLY_TOKEN",
				"FASTLY_KEY",
				"FASTLY_AUTH_TOKEN"
			]
		}],
		"guide": {
			"principal": "the `user_id` of `GET /tokens/self` (its `customer_id` is the account)",
			"verified": "/tokens/self describes the token: user, scope, services and dates",
			"invalid": "\"Provided credentials are missing or invalid\" (revoked); another 401 (Fastly documents it for an expired token)",
			"unknown": "another 403: an invalid token, or a valid one whose scope (purge_select, purge_all) may not read itself (UNCONFIRMED); no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.fastly.com",
			"path": "/tokens/self"
		}],
		"smoke": true
	},
	{
		"id": "gcp",
		"name": "Google Cloud",
		"formats": [{
			"type": "service-account-key",
			"pattern": /^\s*\{(?=[\s\S]*"type"\s*:\s*"service_account")[\s\S]*\}\s*$/,
			"documentType": "service_account",
			"principalKind": "service",
			"principalDetail": "a service-account key (JSON \"type\": \"service_account\")"
		}, {
			"type": "user-credentials",
			"pattern": /^\s*\{(?=[\s\S]*"type"\s*:\s*"authorized_user")[\s\S]*\}\s*$/,
			"documentType": "authorized_user",
			"principalKind": "human",
			"principalDetail": "a user's refresh-token credentials (JSON \"type\": \"authorized_user\")"
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"GCP",
				"GCLOUD",
				"GCE",
				"GKE",
				"GOOGLE_CLOUD",
				"GOOGLE_APPLICATION_CREDENTIALS"
			]
		}, {
			"kind": "part",
			"phrases": ["GOOGLE_CREDENTIALS", "GOOGLE_SERVICE_ACCOUNT"]
		}],
		"guide": {
			"principal": "the service-account e-mail (`deployer@project.iam.gserviceaccount.com`)",
			"verified": "Google mints a token for the key; token info confirms the e-mail",
			"invalid": "invalid_grant \"Invalid JWT Signature\" (deleted or rotated key); \"account not found\", \"Robot is disabled\", deleted_client (user-inactive)",
			"unknown": "a refused assertion time (clock), another refusal, or no answer"
		},
		"endpoints": [{
			"method": "POST",
			"baseUrl": "https://oauth2.googleapis.com",
			"path": "/token",
			"note": "OAuth2 JWT-bearer grant (refresh_token grant for authorized_user): mints a short-lived access token and changes nothing, but shows in audit logs; the only way to test these credentials"
		}, {
			"method": "POST",
			"baseUrl": "https://oauth2.googleapis.com",
			"path": "/tokeninfo",
			"note": "OAuth2 token info: reads the minted token's own metadata (email, scope, expiry) and changes nothing; POST with the token in an Authorization header, as Google's auth library does, so it is never in a URL"
		}],
		"smoke": true
	},
	{
		"id": "github",
		"name": "GitHub",
		"formats": [
			{
				"type": "classic-pat",
				"pattern": /^ghp_[A-Za-z0-9_]{36,255}$/,
				"principalKind": "human",
				"principalDetail": "a user account token (ghp_)"
			},
			{
				"type": "fine-grained-pat",
				"pattern": /^github_pat_[A-Za-z0-9_]{36,255}$/,
				"principalKind": "human",
				"principalDetail": "a user account token (github_pat_)"
			},
			{
				"type": "oauth",
				"pattern": /^gho_[A-Za-z0-9_]{36,255}$/,
				"principalKind": "human",
				"principalDetail": "a user account token (gho_)"
			},
			{
				"type": "user-to-server",
				"pattern": /^ghu_[A-Za-z0-9_]{36,255}$/,
				"principalKind": "human",
				"principalDetail": "a user account token, acting through a GitHub App (ghu_)"
			},
			{
				"type": "app-installation",
				"pattern": /^ghs_[A-Za-z0-9_]{36,255}$/,
				"principalKind": "service",
				"principalDetail": "a GitHub App installation token (ghs_)"
			},
			{
				"type": "refresh-token",
				"pattern": /^ghr_[A-Za-z0-9_]{36,255}$/,
				"neverSend": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"GITHUB",
				"GIT_HUB",
				"GHE",
				"GH_TOKEN",
				"GH_PAT"
			]
		}],
		"guide": {
			"principal": "the login of `GET /user` for user tokens; for `ghs_` and `GITHUB_TOKEN`, the owner of the installation's repositories",
			"verified": "GitHub names the user (with scopes and expiry) or the installation",
			"invalid": "401 (revoked, expired or never valid); 403 \"account was suspended\" (user-inactive)",
			"unknown": "a rate limit (403/429 with rate-limit headers), another 403 or 404, or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.github.com",
			"path": "/user"
		}, {
			"method": "GET",
			"baseUrl": "https://api.github.com",
			"path": "/installation/repositories"
		}],
		"smoke": true
	},
	{
		"id": "gitlab",
		"name": "GitLab",
		"formats": [
			{
				"type": "access-token",
				"pattern": /^glpat-[A-Za-z0-9_=.-]{20,300}$/
			},
			{
				"type": "deploy-token",
				"pattern": /^gldt-[A-Za-z0-9_=.-]{20,300}$/,
				"principalKind": "service",
				"principalDetail": "a deploy token, not tied to a user (gldt-)"
			},
			{
				"type": "ci-job-token",
				"pattern": /^glcbt-[A-Za-z0-9_=.-]{20,300}$/,
				"principalKind": "service",
				"principalDetail": "a CI job token, minted per job (glcbt-)"
			},
			{
				"type": "runner-token",
				"pattern": /^glrtr?-[A-Za-z0-9_=.-]{20,300}$/,
				"neverSend": true
			},
			{
				"type": "pipeline-trigger-token",
				"pattern": /^glptt-[A-Za-z0-9_=.-]{20,300}$/,
				"neverSend": true
			},
			{
				"type": "feed-token",
				"pattern": /^glft-[A-Za-z0-9_=.-]{20,300}$/,
				"neverSend": true
			},
			{
				"type": "oauth-app-secret",
				"pattern": /^gloas-[A-Za-z0-9_=.-]{20,300}$/,
				"neverSend": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"GITLAB",
				"GL_TOKEN",
				"GL_PAT",
				"CI_JOB_TOKEN"
			]
		}],
		"guide": {
			"principal": "the username of `GET /api/v4/user` (project and group tokens: their bot user)",
			"verified": "GitLab names the user, with the token's scopes and dates",
			"invalid": "401 invalid_token (revoked or expired), another 401 (unknown key), 403 blocked/deactivated/banned or an inactive user state (user-inactive)",
			"unknown": "403 insufficient_scope (the token may not say who it is), or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://gitlab.com",
			"path": "/api/v4/personal_access_tokens/self"
		}, {
			"method": "GET",
			"baseUrl": "https://gitlab.com",
			"path": "/api/v4/user"
		}],
		"smoke": true
	},
	{
		"id": "honeycomb",
		"name": "Honeycomb",
		"formats": [
			{
				"type": "ingest-key",
				"pattern": /^hc[a-z]i[kc]_[a-z0-9]{58}$/
			},
			{
				"type": "management-key",
				"pattern": /^hc[a-z]mk_[A-Za-z0-9]{26}:[A-Za-z0-9]{32}$/,
				"neverSend": true
			},
			{
				"type": "api-key",
				"pattern": /^[A-Za-z0-9]{22}$|^[0-9a-f]{32}$/,
				"needsNameHint": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"HONEYCOMB_API_KEY",
				"HONEYCOMB_KEY",
				"HONEYCOMB_WRITEKEY",
				"HONEYCOMB_TOKEN"
			]
		}, {
			"kind": "part",
			"phrases": [
				"HONEYCOMB_INGEST_KEY",
				"HONEYCOMB_CONFIG_KEY",
				"HONEYCOMB_MANAGEMENT_KEY"
			]
		}],
		"guide": {
			"principal": "`TEAM_SLUG/ENVIRONMENT_SLUG` from /1/auth (`acme/production`; the team slug alone for a classic key; `acme/*` for any environment)",
			"verified": "/1/auth names the team and the environment (US, else EU region); an environment named like development or staging, used in production, is reported by no-dev-keys-in-prod",
			"invalid": "401 from both regions (or from the one --endpoint names): deleted, disabled or never valid",
			"unknown": "another answer, or no answer (management keys are not sent: no identity call is confirmed for them)"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.honeycomb.io",
			"path": "/1/auth"
		}, {
			"method": "GET",
			"baseUrl": "https://api.eu1.honeycomb.io",
			"path": "/1/auth"
		}],
		"smoke": true
	},
	{
		"id": "huggingface",
		"name": "Hugging Face",
		"formats": [{
			"type": "user-access-token",
			"pattern": /^hf_[A-Za-z0-9]{34}$/,
			"principalKind": "human",
			"principalDetail": "a user access token (hf_)"
		}, {
			"type": "org-token",
			"pattern": /^api_org_[A-Za-z0-9]{34}$/,
			"principalKind": "service",
			"principalDetail": "a legacy organization token (api_org_)"
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"HUGGINGFACE",
				"HUGGING_FACE",
				"HUGGINGFACEHUB",
				"HF_TOKEN",
				"HF_API",
				"HF_HUB",
				"HF_ACCESS"
			]
		}],
		"guide": {
			"principal": "the user or organization `name` of whoami-v2",
			"verified": "whoami-v2 names the user, organization or app, with the token role and dates",
			"invalid": "401: the token is unknown or revoked",
			"unknown": "any other answer (no answer for a disabled account is documented)"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://huggingface.co",
			"path": "/api/whoami-v2"
		}],
		"smoke": true
	},
	{
		"id": "launchdarkly",
		"name": "LaunchDarkly",
		"formats": [{
			"type": "sdk-key",
			"pattern": /^sdk-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
			"principalKind": "service",
			"principalDetail": "a server-side SDK key (sdk-): it belongs to one environment, not to a person"
		}, {
			"type": "access-token",
			"pattern": /^api-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "credential",
			"phrases": [
				"LAUNCHDARKLY",
				"LAUNCH_DARKLY",
				"LAUNCHDARKLY_SDK",
				"LD",
				"LD_SDK"
			],
			"endings": [
				"TOKEN",
				"KEY",
				"SECRET",
				"API_KEY",
				"API_TOKEN",
				"ACCESS_TOKEN",
				"AUTH_TOKEN",
				"BOT_TOKEN"
			]
		}],
		"guide": {
			"principal": "SDK keys: `project/environment` by name (`Web/Production`); personal access tokens: the member id; service tokens: the token name",
			"verified": "caller-identity names the SDK key's project and environment (its environment becomes keyEnvironment), or the token, its member or service kind and scopes",
			"invalid": "401 unauthorized: revoked, reset or never valid, or a key of the federal instance (--endpoint launchdarkly=https://app.launchdarkly.us)",
			"unknown": "another answer, or no answer (mobile keys, `mob-`, are public: keybound does not take them for secrets)"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://app.launchdarkly.com",
			"path": "/api/v2/caller-identity"
		}, {
			"method": "GET",
			"baseUrl": "https://app.launchdarkly.com",
			"path": "/api/v2/tokens/{tokenId}"
		}],
		"smoke": true
	},
	{
		"id": "netlify",
		"name": "Netlify",
		"formats": [{
			"type": "personal-token",
			"pattern": /^nfp_[A-Za-z0-9_]{36}$/,
			"principalKind": "human",
			"principalDetail": "a personal access token (nfp_)"
		}, {
			"type": "legacy-token",
			"pattern": /^[A-Za-z0-9_-]{40,64}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"NETLIFY_AUTH_TOKEN",
				"NETLIFY_TOKEN",
				"NETLIFY_API_TOKEN",
				"NETLIFY_ACCESS_TOKEN",
				"NETLIFY_PAT",
				"NETLIFY_API_KEY",
				"NETLIFY_KEY"
			]
		}],
		"guide": {
			"principal": "the e-mail of `GET /api/v1/user` (its user `id` also matches)",
			"verified": "/user names the user the token acts as (always a person)",
			"invalid": "401, with a JSON body or none: revoked, expired or never valid",
			"unknown": "no answer, or one Netlify does not document"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.netlify.com",
			"path": "/api/v1/user"
		}],
		"smoke": true
	},
	{
		"id": "notion",
		"name": "Notion",
		"formats": [{
			"type": "integration-token",
			"pattern": /^ntn_[0-9]{11}[A-Za-z0-9]{35}$/
		}, {
			"type": "internal-integration-secret",
			"pattern": /^secret_[A-Za-z0-9]{43}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "credential",
			"phrases": ["NOTION", "NOTION_INTEGRATION"],
			"endings": [
				"TOKEN",
				"KEY",
				"SECRET",
				"API_KEY",
				"API_TOKEN",
				"ACCESS_TOKEN",
				"AUTH_TOKEN",
				"BOT_TOKEN"
			]
		}],
		"guide": {
			"principal": "the integration's bot user id of `GET /v1/users/me` (its name works too)",
			"verified": "users/me names the bot; `bot.owner.type` workspace is a service principal, `user` an integration a person authorised (human)",
			"invalid": "401 unauthorized: the token is revoked or never valid",
			"unknown": "403 restricted_resource (a working token without the capability), another answer, or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.notion.com",
			"path": "/v1/users/me"
		}],
		"smoke": true
	},
	{
		"id": "npm",
		"name": "npm",
		"formats": [{
			"type": "access-token",
			"pattern": /^npm_[A-Za-z0-9]{36}$/
		}, {
			"type": "legacy",
			"pattern": /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"NPM",
				"NODE_AUTH_TOKEN",
				"NPMJS"
			]
		}],
		"guide": {
			"principal": "the npm username (`npm whoami`)",
			"verified": "whoami names the user",
			"invalid": "401: the token does not exist or was revoked",
			"unknown": "403: a valid token used from outside its CIDR allowlist"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://registry.npmjs.org",
			"path": "/-/whoami"
		}],
		"smoke": true
	},
	{
		"id": "okta",
		"name": "Okta",
		"formats": [{
			"type": "api-token",
			"pattern": /^00[A-Za-z0-9_-]{40}$/,
			"needsNameHint": true,
			"principalKind": "human",
			"principalDetail": "an Okta API token acts as the admin who created it"
		}],
		"namePatterns": [{
			"kind": "key",
			"phrases": ["OKTA"],
			"endings": ["TOKEN", "API_KEY"]
		}],
		"tenant": {
			"what": "the Okta org domain",
			"example": "https://{org}.okta.com"
		},
		"guide": {
			"principal": "the login (`profile.login`, usually an e-mail) of the admin who created the token, or the user id `00u\u2026`",
			"verified": "GET /api/v1/users/me names the admin the token acts as, and that user is active (RECOVERY, LOCKED_OUT and PASSWORD_EXPIRED are verified with a note)",
			"invalid": "401 E0000011 (revoked, unused for 30 days, its creator deactivated, or a token of another org than --endpoint names); the creator SUSPENDED, DEPROVISIONED, STAGED or PROVISIONED (user-inactive)",
			"unknown": "403 (a token limited to network zones the runner is outside of), another error, or no answer; `skipped` (no-endpoint) without --endpoint okta=https://{org}.okta.com"
		},
		"endpoints": [{
			"method": "GET",
			"path": "/api/v1/users/me"
		}],
		"smoke": true
	},
	{
		"id": "openai",
		"name": "OpenAI",
		"formats": [
			{
				"type": "project",
				"pattern": /^sk-proj-[A-Za-z0-9_-]{20,400}$/
			},
			{
				"type": "service-account",
				"pattern": /^sk-svcacct-[A-Za-z0-9_-]{20,400}$/,
				"principalKind": "service",
				"principalDetail": "a service-account key (sk-svcacct-)"
			},
			{
				"type": "admin",
				"pattern": /^sk-admin-[A-Za-z0-9_-]{20,400}$/
			},
			{
				"type": "legacy",
				"pattern": /^sk-[A-Za-z0-9]{20,64}T3BlbkFJ[A-Za-z0-9]{20,64}$/,
				"principalKind": "human",
				"principalDetail": "a legacy user API key (sk-)"
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": ["OPENAI", "OPEN_AI"]
		}],
		"guide": {
			"principal": "the organization slug OpenAI sends in `openai-organization` (`user-\u2026` for a personal org, else the org name), or the project id `proj_\u2026`; an `org-\u2026` id only when the undocumented GET /v1/me names it",
			"verified": "the key lists models; the organization and project come from the response headers",
			"invalid": "401 invalid_api_key (revoked), 401 account_deactivated (user-inactive)",
			"unknown": "another 401/403 (a region OpenAI refuses), or no answer; 429 insufficient_quota is a mismatch (insufficient-quota): the key works, its account cannot pay"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.openai.com",
			"path": "/v1/models"
		}, {
			"method": "GET",
			"baseUrl": "https://api.openai.com",
			"path": "/v1/me",
			"note": "undocumented; best effort"
		}],
		"smoke": true
	},
	{
		"id": "openrouter",
		"name": "OpenRouter",
		"formats": [{
			"type": "api-key",
			"pattern": /^sk-or-v1-[0-9a-f]{64}$/
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"OPENROUTER_API_KEY",
				"OPENROUTER_KEY",
				"OPENROUTER_TOKEN",
				"OPEN_ROUTER_API_KEY"
			]
		}],
		"guide": {
			"principal": "the `creator_user_id` of `GET /api/v1/key` (`user_\u2026`: for an organization key, the member who made it)",
			"verified": "/key describes the key: its creator, kind (inference, provisioning, management), expiry and credit limit",
			"invalid": "401 \"User not found.\" (deleted, expired or never valid)",
			"unknown": "another 401 (no key reached OpenRouter), or no answer; 402 is a mismatch (insufficient-quota): no credit"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://openrouter.ai",
			"path": "/api/v1/key"
		}],
		"smoke": true
	},
	{
		"id": "sendgrid",
		"name": "SendGrid",
		"formats": [{
			"type": "api-key",
			"pattern": /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": ["SENDGRID", "SEND_GRID"]
		}],
		"guide": {
			"principal": "the account username (`GET /v3/user/username`; needs a `user.*` read scope)",
			"verified": "the key lists its scopes, and names its account when it may",
			"invalid": "401: the key is invalid, expired or revoked (SendGrid does not say which)",
			"unknown": "no answer, or one SendGrid does not document"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.sendgrid.com",
			"path": "/v3/scopes"
		}, {
			"method": "GET",
			"baseUrl": "https://api.sendgrid.com",
			"path": "/v3/user/username"
		}],
		"smoke": true
	},
	{
		"id": "slack",
		"name": "Slack",
		"formats": [
			{
				"type": "bot",
				"pattern": /^xoxb-[0-9]{8,16}-[A-Za-z0-9-]{16,255}$/,
				"principalKind": "service",
				"principalDetail": "a bot token (xoxb-)"
			},
			{
				"type": "user",
				"pattern": /^xoxp-[0-9]{8,16}-[A-Za-z0-9-]{16,255}$/,
				"principalKind": "human",
				"principalDetail": "a user account token (xoxp-)"
			},
			{
				"type": "app",
				"pattern": /^xapp-[0-9]-[A-Za-z0-9-]{16,255}$/,
				"principalKind": "service",
				"principalDetail": "an app-level token (xapp-)"
			},
			{
				"type": "configuration",
				"pattern": /^xoxe\.xoxp-[0-9]-[A-Za-z0-9-]{16,255}$/,
				"principalKind": "human",
				"principalDetail": "a user configuration token (xoxe.xoxp-)"
			},
			{
				"type": "refresh-token",
				"pattern": /^xoxe-[0-9]-[A-Za-z0-9-]{16,255}$/,
				"neverSend": true
			},
			{
				"type": "workspace-app",
				"pattern": /^xoxa-[0-9]-[A-Za-z0-9-]{16,255}$/
			},
			{
				"type": "workspace-refresh-token",
				"pattern": /^xoxr-[A-Za-z0-9-]{16,255}$/,
				"neverSend": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": ["SLACK"]
		}],
		"guide": {
			"principal": "`TEAM_ID/USER_ID` from auth.test (`T0123/U0456`; `T0123/*` for any user of a workspace); the bot user for bot tokens",
			"verified": "auth.test answers ok with the team and user",
			"invalid": "invalid_auth (revoked, never valid, or an IP allowlist that excludes the runner), token_revoked (also a deactivated user), account_inactive (user-inactive), token_expired",
			"unknown": "not_authed, ratelimited, another error code, or no answer"
		},
		"endpoints": [{
			"method": "POST",
			"baseUrl": "https://slack.com",
			"path": "/api/auth.test",
			"note": "auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)"
		}],
		"smoke": true
	},
	{
		"id": "square",
		"name": "Square",
		"formats": [{
			"type": "access-token",
			"pattern": /^EAAA[A-Za-z0-9_+=-]{60}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"SQUARE_ACCESS_TOKEN",
				"SQUARE_TOKEN",
				"SQUARE_API_KEY",
				"SQUARE_API_TOKEN",
				"SQUARE_OAUTH_TOKEN"
			]
		}, {
			"kind": "part",
			"phrases": ["SQUARE_PERSONAL_ACCESS_TOKEN", "SQUAREUP_ACCESS_TOKEN"]
		}],
		"guide": {
			"principal": "the merchant id (`merchant_id` of the token status; the first merchant in the sandbox)",
			"verified": "production answers the token status (production), or the sandbox host lists merchants (200, or 403 without the merchant scope): a sandbox token used in production is reported by no-dev-keys-in-prod",
			"invalid": "ACCESS_TOKEN_EXPIRED or ACCESS_TOKEN_REVOKED; 401 from both hosts (or from the one --endpoint names); an INACTIVE sandbox merchant (user-inactive)",
			"unknown": "another answer, or no answer"
		},
		"endpoints": [{
			"method": "POST",
			"baseUrl": "https://connect.squareup.com",
			"path": "/oauth2/token/status",
			"note": "RetrieveTokenStatus is read-only token introspection (no body, changes nothing)"
		}, {
			"method": "GET",
			"baseUrl": "https://connect.squareupsandbox.com",
			"path": "/v2/merchants"
		}],
		"smoke": true
	},
	{
		"id": "stripe",
		"name": "Stripe",
		"formats": [
			{
				"type": "secret",
				"pattern": /^sk_live_[A-Za-z0-9]{20,247}$/,
				"mode": "live"
			},
			{
				"type": "secret",
				"pattern": /^sk_test_[A-Za-z0-9]{20,247}$/,
				"mode": "test"
			},
			{
				"type": "restricted",
				"pattern": /^rk_live_[A-Za-z0-9]{20,247}$/,
				"mode": "live"
			},
			{
				"type": "restricted",
				"pattern": /^rk_test_[A-Za-z0-9]{20,247}$/,
				"mode": "test"
			},
			{
				"type": "publishable",
				"pattern": /^pk_live_[A-Za-z0-9]{20,247}$/,
				"mode": "live"
			},
			{
				"type": "publishable",
				"pattern": /^pk_test_[A-Za-z0-9]{20,247}$/,
				"mode": "test"
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": ["STRIPE"]
		}],
		"guide": {
			"principal": "the account id `acct_\u2026` (a restricted key names it only when its 403 does)",
			"verified": "the account answers, or a restricted key is refused the account with 403 \"does not have the required permissions\" (a valid key); livemode from the balance",
			"invalid": "401: deleted, rolled or never valid; api_key_expired (expired)",
			"unknown": "another 403, or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.stripe.com",
			"path": "/v1/account"
		}, {
			"method": "GET",
			"baseUrl": "https://api.stripe.com",
			"path": "/v1/balance"
		}],
		"smoke": true
	},
	{
		"id": "terraform",
		"name": "HCP Terraform / Terraform Enterprise",
		"formats": [{
			"type": "api-token",
			"pattern": /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/,
			"needsNameHint": true
		}],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"TFE_TOKEN",
				"TFC_TOKEN",
				"TF_TOKEN",
				"TF_API_TOKEN",
				"TF_CLOUD_TOKEN",
				"TERRAFORM_TOKEN",
				"TERRAFORM_CLOUD_TOKEN"
			]
		}],
		"companions": [
			{
				"primary": "tfapitoken",
				"companions": {},
				"lookups": {
					"tfehostname": "host",
					"tfcloudhostname": "host"
				}
			},
			{
				"primary": "tfetoken",
				"companions": {},
				"lookups": {
					"tfehostname": "host",
					"tfcloudhostname": "host"
				}
			},
			{
				"primary": "tfctoken",
				"companions": {},
				"lookups": {
					"tfehostname": "host",
					"tfcloudhostname": "host"
				}
			},
			{
				"primary": "tfcloudtoken",
				"companions": {},
				"lookups": {
					"tfehostname": "host",
					"tfcloudhostname": "host"
				}
			}
		],
		"guide": {
			"principal": "user tokens: the username; team tokens: the team id `team-\u2026`; organization tokens: the organization name (account/details and its authenticated-resource)",
			"verified": "account/details names the user, or the service user of a team or organization token",
			"invalid": "401 from the host named by --endpoint (revoked, expired or never valid)",
			"unknown": "401 from the default app.terraform.io: a Terraform Enterprise or HCP Europe token gets the same (name the host with --endpoint terraform=https://app.terraform.io or https://HOST); no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://app.terraform.io",
			"path": "/api/v2/account/details"
		}],
		"smoke": true
	},
	{
		"id": "twilio",
		"name": "Twilio",
		"formats": [
			{
				"type": "account-sid",
				"pattern": /^AC[0-9a-f]{32}$/
			},
			{
				"type": "api-key-sid",
				"pattern": /^SK[0-9a-fA-F]{32}$/
			},
			{
				"type": "auth-token",
				"pattern": /^[0-9a-f]{32}$/,
				"needsNameHint": true
			},
			{
				"type": "api-key-secret",
				"pattern": /^[A-Za-z0-9]{32}$/,
				"needsNameHint": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": ["TWILIO"]
		}],
		"companions": [
			{
				"primary": "authtoken",
				"companions": { "accountsid": "accountSid" },
				"prefixContains": "twilio"
			},
			{
				"primary": "apisecret",
				"companions": {
					"apikey": "apiKeySid",
					"accountsid": "accountSid"
				},
				"prefixContains": "twilio"
			},
			{
				"primary": "apikeysecret",
				"companions": {
					"apikeysid": "apiKeySid",
					"accountsid": "accountSid"
				},
				"prefixContains": "twilio"
			}
		],
		"guide": {
			"principal": "the Account SID `AC\u2026`",
			"verified": "auth token: the account is active; API key (SK): a Messages list under the account answers (a Standard key may not read the account itself)",
			"invalid": "401 code 20003 (wrong or rotated secret, a key of another account, or a suspended or closed account); account status suspended or closed (user-inactive)",
			"unknown": "a missing or malformed companion (TWILIO_ACCOUNT_SID, the API key SID), or no answer"
		},
		"endpoints": [{
			"method": "GET",
			"baseUrl": "https://api.twilio.com",
			"path": "/2010-04-01/Accounts/{AccountSid}.json",
			"note": "HTTP Basic SID:secret; the response body contains auth_token, which must be redacted"
		}, {
			"method": "GET",
			"baseUrl": "https://api.twilio.com",
			"path": "/2010-04-01/Accounts/{AccountSid}/Messages.json",
			"note": "HTTP Basic SKsid:secret; a list a Standard API key may read, one item, nothing of it kept"
		}],
		"smoke": true
	},
	{
		"id": "vault",
		"name": "HashiCorp Vault",
		"formats": [
			{
				"type": "service-token",
				"pattern": /^hvs\.[A-Za-z0-9_-]{90,120}$/
			},
			{
				"type": "batch-token",
				"pattern": /^hvb\.[A-Za-z0-9_-]{50,300}$/
			},
			{
				"type": "legacy-service-token",
				"pattern": /^s\.[A-Za-z0-9]{24}$/,
				"needsNameHint": true
			}
		],
		"namePatterns": [{
			"kind": "part",
			"phrases": [
				"VAULT_TOKEN",
				"VAULT_ROOT_TOKEN",
				"VAULT_CLIENT_TOKEN",
				"VAULT_SERVICE_TOKEN"
			]
		}],
		"companions": [{
			"primary": "vaulttoken",
			"companions": {},
			"lookups": { "vaultnamespace": "namespace" }
		}],
		"guide": {
			"principal": "the token `display_name` of lookup-self (`approle`, `ldap-alice`, `aws-node`), or its entity id, AWS ARN, username or role name",
			"verified": "lookup-self names the token, its policies (`root` is a forbidden scope), dates and auth method; the address comes only from --endpoint vault=https://HOST:8200",
			"invalid": "403 permission denied: invalid, expired or revoked (Vault does not say which), or, on Vault Enterprise or HCP, a token of a namespace not given (VAULT_NAMESPACE beside the key)",
			"unknown": "no --endpoint vault=\u2026 (skipped, no-endpoint), a sealed or standby Vault (503), or no answer"
		},
		"tenant": {
			"what": "the Vault address",
			"example": "https://HOST:8200"
		},
		"endpoints": [{
			"method": "GET",
			"path": "/v1/auth/token/lookup-self"
		}],
		"smoke": true
	}
];
// src/providers/names.ts
function namePart(...phrases) {
	return {
		kind: "part",
		phrases: phrases.map(normalPhrase)
	};
}
const CREDENTIAL_PARTS = [
	"TOKEN",
	"KEY",
	"SECRET",
	"API_KEY",
	"API_TOKEN",
	"ACCESS_TOKEN",
	"AUTH_TOKEN",
	"BOT_TOKEN"
];
function credentialNames(...words) {
	return {
		kind: "credential",
		phrases: words.map(normalPhrase),
		endings: CREDENTIAL_PARTS
	};
}
function keyName(words, endings) {
	return {
		kind: "key",
		phrases: words.map(normalPhrase),
		endings: endings.map(normalPhrase)
	};
}
function normalPhrase(phrase) {
	return phrase.split("_").map((word) => word.replace(/[^A-Za-z0-9]/g, "").toUpperCase()).join("_");
}
const SEPARATORS = new Set([
	"-",
	"_",
	".",
	"/"
]);
function cutName(name) {
	const parts = [];
	const starts = [];
	const alphanumeric = [];
	let start = 0;
	for (let i = 0; i <= name.length; i++) {
		if (i < name.length && !SEPARATORS.has(name[i])) continue;
		const part = name.slice(start, i);
		parts.push(isAscii(part) ? part.toUpperCase() : part);
		starts.push(start);
		alphanumeric.push(isAlphanumeric(part));
		start = i + 1;
	}
	const alphanumericUntil = new Array(parts.length + 1);
	alphanumericUntil[parts.length] = parts.length;
	for (let i = parts.length - 1; i >= 0; i--) alphanumericUntil[i] = alphanumeric[i] ? alphanumericUntil[i + 1] : i;
	return {
		parts,
		starts,
		alphanumericUntil
	};
}
function isAscii(text) {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
	return true;
}
function isAlphanumeric(text) {
	if (text.length === 0) return false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i) | 32;
		if (!(code >= 48 && code <= 57 || code >= 97 && code <= 122)) return false;
	}
	return true;
}
const wordLists = new WeakMap();
function wordsOf(phrases) {
	let words = wordLists.get(phrases);
	if (words === void 0) {
		words = phrases.map((phrase) => phrase.split("_"));
		wordLists.set(phrases, words);
	}
	return words;
}
function wordsAt(name, at, words) {
	if (at + words.length > name.parts.length) return false;
	for (let w = 0; w < words.length; w++) if (name.parts[at + w] !== words[w]) return false;
	return true;
}
function keyEndingsOf(name, pattern) {
	if (pattern.kind !== "key") return [];
	const count = name.parts.length;
	return wordsOf(pattern.endings ?? []).filter((ending) => count >= ending.length && wordsAt(name, count - ending.length, ending)).map((ending) => count - ending.length);
}
function completes(name, after, pattern, keyEndings) {
	if (pattern.kind === "part") return true;
	if (pattern.kind === "credential") return wordsOf(pattern.endings ?? []).some((ending) => wordsAt(name, after, ending));
	return keyEndings.some((ending) => ending >= after && name.alphanumericUntil[after] >= ending);
}
function indexOfPart(name, at) {
	return at === 0 ? 0 : name.starts[at] - 1;
}
function matchIndex(name, pattern) {
	const keyEndings = keyEndingsOf(name, pattern);
	if (pattern.kind === "key" && keyEndings.length === 0) return -1;
	for (let at = 0; at < name.parts.length; at++) for (const words of wordsOf(pattern.phrases)) if (wordsAt(name, at, words) && completes(name, at + words.length, pattern, keyEndings)) return indexOfPart(name, at);
	return -1;
}
function nameMatchIndex(patterns, name) {
	if (patterns.length === 0) return -1;
	const cut = cutName(name);
	let index = -1;
	for (const pattern of patterns) {
		const found = matchIndex(cut, pattern);
		if (found >= 0 && (index < 0 || found < index)) index = found;
	}
	return index;
}
var NamePatternIndex = class {
	owners;
	byFirstWord = new Map();
	constructor(owners, patternsOf) {
		this.owners = owners;
		owners.forEach((owner, index) => {
			for (const pattern of patternsOf(owner)) for (const words of wordsOf(pattern.phrases)) {
				const filed = this.byFirstWord.get(words[0]) ?? [];
				filed.push({
					owner: index,
					pattern,
					words
				});
				this.byFirstWord.set(words[0], filed);
			}
		});
	}
	matching(name) {
		const cut = cutName(name);
		const found = new Map();
		const keyEndings = new Map();
		for (let at = 0; at < cut.parts.length; at++) for (const { owner, pattern, words } of this.byFirstWord.get(cut.parts[at]) ?? []) {
			if (found.has(owner) || !wordsAt(cut, at, words)) continue;
			let endings = keyEndings.get(pattern);
			if (endings === void 0) {
				endings = keyEndingsOf(cut, pattern);
				keyEndings.set(pattern, endings);
			}
			if (completes(cut, at + words.length, pattern, endings)) found.set(owner, indexOfPart(cut, at));
		}
		return [...found].sort(([ownerA, atA], [ownerB, atB]) => atA - atB || ownerA - ownerB).map(([owner]) => this.owners[owner]);
	}
};
// src/providers/catalog.ts
const CATALOG = PROVIDER_DATA;
const COMPANIONS = CATALOG.flatMap((provider) => provider.companions ?? []);
const MAX_TOKEN_LENGTH = 1024;
function providerById(id) {
	return CATALOG.find((provider) => provider.id === id);
}
const byName = new Map();
const MAX_REMEMBERED_NAMES = 1e4;
function providersForName(name) {
	let found = byName.get(name);
	if (found === void 0) {
		if (byName.size >= MAX_REMEMBERED_NAMES) byName.clear();
		found = Object.freeze(matchNamePatterns(name));
		byName.set(name, found);
	}
	return found;
}
const NAME_PATTERNS = new NamePatternIndex(CATALOG, (provider) => provider.namePatterns);
function matchNamePatterns(name) {
	return NAME_PATTERNS.matching(name);
}
const prefixes = new WeakMap();
function formatPrefix(format) {
	const cached = prefixes.get(format);
	if (cached !== void 0) return cached;
	const source = format.pattern.source;
	let prefix = "";
	for (let i = 1; source.startsWith("^") && i < source.length; i++) {
		const char = source[i];
		if (char === "\\" && /[^A-Za-z0-9]/.test(source[i + 1] ?? "a")) prefix += source[++i];
		else if (/[A-Za-z0-9_-]/.test(char)) prefix += char;
		else {
			if (/[?*+{]/.test(char)) prefix = prefix.slice(0, -1);
			break;
		}
	}
	prefixes.set(format, prefix);
	return prefix;
}
const gates = new WeakMap();
function formatGate(format) {
	let gate = gates.get(format);
	if (gate === void 0) {
		const { flags, source } = format.pattern;
		gate = /[imy]/.test(flags) || hasTopLevelAlternation(source) ? "" : formatPrefix(format);
		gates.set(format, gate);
	}
	return gate;
}
function hasTopLevelAlternation(source) {
	let depth = 0;
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (char === "\\") i++;
		else if (inClass) inClass = char !== "]";
		else if (char === "[") inClass = true;
		else if (char === "(") depth++;
		else if (char === ")") depth--;
		else if (char === "|" && depth === 0) return true;
	}
	return false;
}
function isJsonDocument(value) {
	return /^\s*\{/.test(value);
}
function detectFormat(value, name) {
	if (value.length === 0) return void 0;
	if (isJsonDocument(value)) return documentFormat(value);
	if (value.length > 1024 || /[\s\u0000-\u001f\u007f]/.test(value)) return void 0;
	const hinted = name === void 0 ? [] : providersForName(name);
	let best;
	const consider = (provider, format) => {
		if (!value.startsWith(formatGate(format)) || !format.pattern.test(value)) return;
		const rank = (format.needsNameHint ? 0 : 1e3) + formatPrefix(format).length;
		if (best === void 0 || rank > best.rank) best = {
			match: {
				provider,
				format
			},
			rank
		};
	};
	for (const provider of CATALOG) for (const format of provider.formats) if (!format.needsNameHint) consider(provider, format);
	for (const provider of hinted) for (const format of provider.formats) if (format.needsNameHint) consider(provider, format);
	return best?.match;
}
function documentFormat(value) {
	if (value.length > 65536 || value.includes("\0")) return void 0;
	const candidates = CATALOG.flatMap((provider) => provider.formats.filter((format) => format.documentType && format.pattern.test(value)).map((format) => ({
		provider,
		format
	})));
	if (candidates.length === 0) return void 0;
	let parsed;
	try {
		parsed = JSON.parse(value);
	} catch {
		return;
	}
	if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return void 0;
	const type = parsed.type;
	return candidates.find((candidate) => candidate.format.documentType === type);
}
// src/keys/facts.ts
const ENVIRONMENT_PARTS = {
	DEV: "development",
	DEVELOPMENT: "development",
	TEST: "development",
	TESTING: "development",
	QA: "development",
	SANDBOX: "development",
	LOCAL: "development",
	STAGING: "staging",
	STAGE: "staging",
	STG: "staging",
	PREPROD: "staging",
	PROD: "production",
	PRODUCTION: "production",
	PRD: "production",
	LIVE: "production"
};
function markerParts(name) {
	return name.split("/").flatMap((segment) => {
		const parts = segment.split(/[-_.]+/).filter((part) => part.length > 0).map((part) => part.toUpperCase());
		return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
	});
}
function observeName(name) {
	const observations = [];
	const detail = `name ${name}`;
	for (const provider of providersForName(name)) observations.push({
		fact: "provider",
		value: provider.id,
		source: "name",
		detail
	});
	if (name.toUpperCase() === "GITHUB_TOKEN") {
		const why = "name GITHUB_TOKEN (an app installation token minted per job)";
		observations.push({
			fact: "keyType",
			value: "app-installation",
			source: "name",
			detail: why
		});
		observations.push({
			fact: "principalKind",
			value: "service",
			source: "name",
			detail: why
		});
	}
	const seen = new Set();
	for (const part of markerParts(name)) {
		if (!Object.hasOwn(ENVIRONMENT_PARTS, part)) continue;
		const environment = ENVIRONMENT_PARTS[part];
		if (seen.has(environment)) continue;
		seen.add(environment);
		observations.push({
			fact: "keyEnvironment",
			value: environment,
			source: "name",
			detail: `name part ${part}`
		});
	}
	return observations;
}
function observeDeclaration(decl) {
	const observations = [];
	const at = (field) => `config keys.${decl.name}.${field}`;
	if (decl.provider !== void 0) observations.push({
		fact: "provider",
		value: decl.provider,
		source: "declared",
		detail: at("provider")
	});
	if (decl.environment !== void 0) observations.push({
		fact: "keyEnvironment",
		value: decl.environment,
		source: "declared",
		detail: at("environment")
	});
	if (decl.principal !== void 0) observations.push({
		fact: "principal",
		value: decl.principal,
		source: "declared",
		detail: at("principal")
	});
	if (decl.principalKind !== void 0) observations.push({
		fact: "principalKind",
		value: decl.principalKind,
		source: "declared",
		detail: at("principal-kind")
	});
	if (decl.scopes !== void 0) observations.push({
		fact: "scopes",
		value: [...decl.scopes],
		source: "declared",
		detail: at("scopes")
	});
	if (decl.rotated !== void 0) observations.push({
		fact: "rotated",
		value: decl.rotated,
		source: "declared",
		detail: at("rotated")
	});
	return observations;
}
function observeValue(value, name) {
	const raw = value.reveal();
	const match = detectFormat(raw, name);
	if (match === void 0) return [];
	const { provider, format } = match;
	const prefix = formatPrefix(format);
	let detail;
	if (prefix !== "") detail = `prefix ${prefix}`;
	else if (isJsonDocument(raw)) detail = `JSON credential document (${format.type})`;
	else detail = `${provider.name} ${format.type} format beside name ${name ?? ""}`.trimEnd();
	const observations = [{
		fact: "provider",
		value: provider.id,
		source: "value",
		detail
	}, {
		fact: "keyType",
		value: format.type,
		source: "value",
		detail
	}];
	if (format.mode !== void 0) observations.push({
		fact: "keyEnvironment",
		value: format.mode,
		source: "value",
		detail
	});
	if (format.principalKind !== void 0) {
		const why = format.principalDetail ?? detail;
		observations.push({
			fact: "principalKind",
			value: format.principalKind,
			source: "value",
			detail: why
		});
	}
	return observations;
}
function selectFacts(observations) {
	const facts = {};
	for (const observation of observations) {
		const current = facts[observation.fact];
		if (current === void 0 || require_types.FACT_SOURCE_RANK[observation.source] > require_types.FACT_SOURCE_RANK[current.source]) facts[observation.fact] = observation;
	}
	return facts;
}
// src/core/dates.ts
const DAY_MS = 864e5;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
function parseDate(text) {
	if (text instanceof Date) return Number.isNaN(text.getTime()) ? void 0 : text;
	if (typeof text !== "string") return void 0;
	const trimmed = text.trim();
	const dateOnly = DATE_ONLY.exec(trimmed);
	if (dateOnly) return validDay(dateOnly[1], dateOnly[2], dateOnly[3]);
	const dateTime = DATE_TIME.exec(trimmed);
	if (!dateTime) return void 0;
	if (!validDay(dateTime[1], dateTime[2], dateTime[3])) return void 0;
	const [, y, mo, d, h, mi, sec = "00", fraction = "", zone = "Z"] = dateTime;
	if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return void 0;
	const offset = zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
	const parsed = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${fraction.slice(0, 4)}${offset}`);
	return Number.isNaN(parsed.getTime()) ? void 0 : parsed;
}
function validDay(year, month, day) {
	const [y, m, d] = [
		Number(year),
		Number(month),
		Number(day)
	];
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return void 0;
	return date;
}
function daysBetween(from, to) {
	return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}
function utcDay(value) {
	const date = parseDate(value);
	if (!date) throw new RangeError(`not a date: ${JSON.stringify(String(value))}`);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
function formatDate(date) {
	return date.toISOString().slice(0, 10);
}
function normalizeDate(text) {
	const date = parseDate(text);
	return date ? formatDate(date) : void 0;
}
// src/core/glob.ts
function matchesGlob(pattern, text) {
	let p = 0;
	let t = 0;
	let starP = -1;
	let starT = 0;
	while (t < text.length) if (p < pattern.length && pattern[p] === "*") {
		starP = p++;
		starT = t;
	} else if (p < pattern.length && pattern[p] === text[t]) {
		p++;
		t++;
	} else if (starP >= 0) {
		p = starP + 1;
		t = ++starT;
	} else return false;
	while (p < pattern.length && pattern[p] === "*") p++;
	return p === pattern.length;
}
// src/keys/confirmation.ts
function isJobToken(key) {
	return key.name.toUpperCase() === "GITHUB_TOKEN";
}
function isIdentifierKey(key) {
	if (key.declaration?.principalKind !== void 0 || key.declaration?.provider !== void 0) return false;
	if (key.observations.some((observation) => observation.source === "value")) return false;
	return key.names.length > 0 && key.names.every(isIdentifierName);
}
function declaredWithoutProvider(declaration) {
	return declaration?.provider === "none";
}
function confirmedByDeclaration(key) {
	return declaredWithoutProvider(key.declaration) && key.declaration?.principalKind !== void 0;
}
function declarationHint(key) {
	const d = key.declaration;
	return `keys: { ${/^[A-Za-z0-9_./-]+$/.test(key.name) ? key.name : JSON.stringify(key.name)}: { ${[
		"provider: none",
		`principal-kind: ${d?.principalKind ?? "service"}`,
		`owner: ${d?.owner ?? "YOUR-TEAM"}`,
		`rotated: ${d?.rotated ?? "YYYY-MM-DD"}`
	].join(", ")} } }`;
}
// src/providers/outcome.ts
function invalid(reason, message, facts = []) {
	return {
		status: "invalid",
		reason,
		message,
		facts
	};
}
function unknown(reason, message) {
	return {
		status: "unknown",
		reason,
		message,
		facts: []
	};
}
function mismatch(reason, message) {
	return {
		status: "mismatch",
		reason,
		message,
		facts: []
	};
}
function skipped(reason, message) {
	return {
		status: "skipped",
		reason,
		message,
		facts: []
	};
}
function jsonObject(result) {
	const type = result.headers["content-type"] ?? "";
	if (type && !/json/i.test(type)) return void 0;
	try {
		const parsed = JSON.parse(result.body);
		return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : void 0;
	} catch {
		return;
	}
}
function unexpected(answer, what = "an answer the provider does not document") {
	return unknown("unexpected-response", `${what}${answer ? ` (HTTP ${answer.status})` : ""}`);
}
function providerText(text, credential, more = []) {
	if (typeof text !== "string") return "";
	const masked = maskQuotedKeys(new Redactor([
		credential.value,
		...Object.values(credential.companions),
		...more
	]).redact(text).replace(/[\u0000-\u001f\u007f]+/g, " ").trim());
	return masked.length > 160 ? `${masked.slice(0, 157)}...` : masked;
}
const TOKEN_CHAR = /[A-Za-z0-9_.*\u2026-]/;
function maskQuotedKeys(text) {
	const mark = /\*{3,}|\*+\u2026/g;
	let out = "";
	let done = 0;
	for (let found = mark.exec(text); found; found = mark.exec(text)) {
		let start = found.index;
		while (start > done && TOKEN_CHAR.test(text[start - 1])) start--;
		let end = found.index + found[0].length;
		while (end < text.length && TOKEN_CHAR.test(text[end])) end++;
		while (end > found.index + found[0].length && text[end - 1] === ".") end--;
		out += `${text.slice(done, start)}[masked key]`;
		done = end;
		mark.lastIndex = end;
	}
	return out + text.slice(done);
}
function str(object, field) {
	const value = object?.[field];
	return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
}
function noEndpoint(provider, tenant) {
	return skipped("no-endpoint", `${provider.name} has no default host: name ${tenant.what} with --endpoint ${provider.id}=${tenant.example} (Action input endpoints); the key was not sent`);
}
const NO_VALUE = {
	status: "skipped",
	reason: "no-value",
	message: "no value was given for this key"
};
Object.defineProperty(exports, "CATALOG", {
	enumerable: true,
	get: function() {
		return CATALOG;
	}
});
Object.defineProperty(exports, "COMPANIONS", {
	enumerable: true,
	get: function() {
		return COMPANIONS;
	}
});
Object.defineProperty(exports, "KustomizeIndex", {
	enumerable: true,
	get: function() {
		return KustomizeIndex;
	}
});
Object.defineProperty(exports, "MAX_TOKEN_LENGTH", {
	enumerable: true,
	get: function() {
		return MAX_TOKEN_LENGTH;
	}
});
Object.defineProperty(exports, "NO_VALUE", {
	enumerable: true,
	get: function() {
		return NO_VALUE;
	}
});
Object.defineProperty(exports, "REDACTED", {
	enumerable: true,
	get: function() {
		return REDACTED;
	}
});
Object.defineProperty(exports, "Redactor", {
	enumerable: true,
	get: function() {
		return Redactor;
	}
});
Object.defineProperty(exports, "SecretValue", {
	enumerable: true,
	get: function() {
		return SecretValue;
	}
});
Object.defineProperty(exports, "confirmedByDeclaration", {
	enumerable: true,
	get: function() {
		return confirmedByDeclaration;
	}
});
Object.defineProperty(exports, "conventionInName", {
	enumerable: true,
	get: function() {
		return conventionInName;
	}
});
Object.defineProperty(exports, "credentialNames", {
	enumerable: true,
	get: function() {
		return credentialNames;
	}
});
Object.defineProperty(exports, "daysBetween", {
	enumerable: true,
	get: function() {
		return daysBetween;
	}
});
Object.defineProperty(exports, "decideEnvironments", {
	enumerable: true,
	get: function() {
		return decideEnvironments;
	}
});
Object.defineProperty(exports, "declarationHint", {
	enumerable: true,
	get: function() {
		return declarationHint;
	}
});
Object.defineProperty(exports, "declaredWithoutProvider", {
	enumerable: true,
	get: function() {
		return declaredWithoutProvider;
	}
});
Object.defineProperty(exports, "decodeSafe", {
	enumerable: true,
	get: function() {
		return decodeSafe;
	}
});
Object.defineProperty(exports, "detectFormat", {
	enumerable: true,
	get: function() {
		return detectFormat;
	}
});
Object.defineProperty(exports, "formatDate", {
	enumerable: true,
	get: function() {
		return formatDate;
	}
});
Object.defineProperty(exports, "formatPrefix", {
	enumerable: true,
	get: function() {
		return formatPrefix;
	}
});
Object.defineProperty(exports, "invalid", {
	enumerable: true,
	get: function() {
		return invalid;
	}
});
Object.defineProperty(exports, "isCredentialName", {
	enumerable: true,
	get: function() {
		return isCredentialName;
	}
});
Object.defineProperty(exports, "isExampleKey", {
	enumerable: true,
	get: function() {
		return isExampleKey;
	}
});
Object.defineProperty(exports, "isIdentifierKey", {
	enumerable: true,
	get: function() {
		return isIdentifierKey;
	}
});
Object.defineProperty(exports, "isIdentifierName", {
	enumerable: true,
	get: function() {
		return isIdentifierName;
	}
});
Object.defineProperty(exports, "isJobToken", {
	enumerable: true,
	get: function() {
		return isJobToken;
	}
});
Object.defineProperty(exports, "isJsonDocument", {
	enumerable: true,
	get: function() {
		return isJsonDocument;
	}
});
Object.defineProperty(exports, "isPrivateKeyBlock", {
	enumerable: true,
	get: function() {
		return isPrivateKeyBlock;
	}
});
Object.defineProperty(exports, "jsonObject", {
	enumerable: true,
	get: function() {
		return jsonObject;
	}
});
Object.defineProperty(exports, "keyName", {
	enumerable: true,
	get: function() {
		return keyName;
	}
});
Object.defineProperty(exports, "lastSegment", {
	enumerable: true,
	get: function() {
		return lastSegment;
	}
});
Object.defineProperty(exports, "matchesGlob", {
	enumerable: true,
	get: function() {
		return matchesGlob;
	}
});
Object.defineProperty(exports, "mismatch", {
	enumerable: true,
	get: function() {
		return mismatch;
	}
});
Object.defineProperty(exports, "nameMatchIndex", {
	enumerable: true,
	get: function() {
		return nameMatchIndex;
	}
});
Object.defineProperty(exports, "namePart", {
	enumerable: true,
	get: function() {
		return namePart;
	}
});
Object.defineProperty(exports, "noEndpoint", {
	enumerable: true,
	get: function() {
		return noEndpoint;
	}
});
Object.defineProperty(exports, "nodeCrypto", {
	enumerable: true,
	get: function() {
		return nodeCrypto;
	}
});
Object.defineProperty(exports, "normalizeDate", {
	enumerable: true,
	get: function() {
		return normalizeDate;
	}
});
Object.defineProperty(exports, "normalizeName", {
	enumerable: true,
	get: function() {
		return normalizeName;
	}
});
Object.defineProperty(exports, "observeDeclaration", {
	enumerable: true,
	get: function() {
		return observeDeclaration;
	}
});
Object.defineProperty(exports, "observeName", {
	enumerable: true,
	get: function() {
		return observeName;
	}
});
Object.defineProperty(exports, "observeValue", {
	enumerable: true,
	get: function() {
		return observeValue;
	}
});
Object.defineProperty(exports, "ownStrings", {
	enumerable: true,
	get: function() {
		return ownStrings;
	}
});
Object.defineProperty(exports, "parseDate", {
	enumerable: true,
	get: function() {
		return parseDate;
	}
});
Object.defineProperty(exports, "providerById", {
	enumerable: true,
	get: function() {
		return providerById;
	}
});
Object.defineProperty(exports, "providerText", {
	enumerable: true,
	get: function() {
		return providerText;
	}
});
Object.defineProperty(exports, "providersForName", {
	enumerable: true,
	get: function() {
		return providersForName;
	}
});
Object.defineProperty(exports, "redactError", {
	enumerable: true,
	get: function() {
		return redactError;
	}
});
Object.defineProperty(exports, "requireBuiltin", {
	enumerable: true,
	get: function() {
		return requireBuiltin;
	}
});
Object.defineProperty(exports, "require_picomatch", {
	enumerable: true,
	get: function() {
		return require_picomatch;
	}
});
Object.defineProperty(exports, "selectFacts", {
	enumerable: true,
	get: function() {
		return selectFacts;
	}
});
Object.defineProperty(exports, "skipped", {
	enumerable: true,
	get: function() {
		return skipped;
	}
});
Object.defineProperty(exports, "standIn", {
	enumerable: true,
	get: function() {
		return standIn;
	}
});
Object.defineProperty(exports, "str", {
	enumerable: true,
	get: function() {
		return str;
	}
});
Object.defineProperty(exports, "unexpected", {
	enumerable: true,
	get: function() {
		return unexpected;
	}
});
Object.defineProperty(exports, "unknown", {
	enumerable: true,
	get: function() {
		return unknown;
	}
});
Object.defineProperty(exports, "urlPasswordPart", {
	enumerable: true,
	get: function() {
		return urlPasswordPart;
	}
});
