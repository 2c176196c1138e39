const require_rolldown_runtime = require("./keybound-35d27304.cjs");
const require_errors = require("./keybound-a3f310a6.cjs");
const require_outcome = require("./keybound-15289141.cjs");
const require_cel_cost = require("./keybound-da3382b3.cjs");
const require_types = require("./keybound-cb77ed43.cjs");
const require_formats = require("./keybound-f89ccbe5.cjs");
const require_version = require("./keybound-ef360b0f.cjs");
const require_base_url = require("./keybound-845b8b0f.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_buffer = require("node:buffer");
// src/core/redact-values.ts
function redactValues(value, redactor) {
	return copy(value, redactor, 0);
}
const MAX_DEPTH$3 = 64;
function copy(value, redactor, depth) {
	if (typeof value === "string") return redactor.redact(value);
	if (value === null || typeof value !== "object") return value;
	if (depth > MAX_DEPTH$3 || value instanceof require_outcome.SecretValue) return require_outcome.REDACTED;
	if (Array.isArray(value)) return value.map((item) => copy(item, redactor, depth + 1));
	const out = {};
	for (const [key, item] of Object.entries(value)) Object.defineProperty(out, redactor.redact(key), {
		value: copy(item, redactor, depth + 1),
		enumerable: true,
		writable: true,
		configurable: true
	});
	return out;
}
// src/core/regular-file.ts
var NotRegularFileError = class extends Error {
	kind;
	code = "ENOTREGULAR";
	constructor(kind) {
		super(`is ${kind}, not a regular file`);
		this.kind = kind;
		this.name = "NotRegularFileError";
	}
};
function fileKind(stats) {
	if (stats.isFile()) return "a regular file";
	if (stats.isDirectory()) return "a folder";
	if (stats.isFIFO()) return "a FIFO (named pipe)";
	if (stats.isCharacterDevice()) return "a character device";
	if (stats.isBlockDevice()) return "a block device";
	if (stats.isSocket()) return "a socket";
	return "a special file";
}
function readRegularFile(path) {
	const before = (0, node_fs.statSync)(path);
	if (!before.isFile()) throw new NotRegularFileError(fileKind(before));
	const fd = (0, node_fs.openSync)(path, node_fs.constants.O_RDONLY | (node_fs.constants.O_NONBLOCK ?? 0));
	try {
		const opened = (0, node_fs.fstatSync)(fd);
		if (!opened.isFile()) throw new NotRegularFileError(fileKind(opened));
		return (0, node_fs.readFileSync)(fd, "utf8");
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
// src/core/fingerprint.ts
function fingerprint(findings, keys = []) {
	const byName = new Map(keys.map((key) => [key.name, key]));
	const seen = new Map();
	return findings.map(({ anchor, ...finding }) => {
		const key = finding.key === void 0 ? void 0 : byName.get(finding.key);
		const base = [
			finding.ruleId,
			finding.key ?? "",
			factText(key?.facts.provider?.value),
			factText(key?.facts.principal?.value),
			finding.location.file,
			finding.environment ?? "",
			anchor ?? ""
		].join("\0");
		const occurrence = seen.get(base) ?? 0;
		seen.set(base, occurrence + 1);
		const hash = require_outcome.nodeCrypto().createHash("sha256").update(`${base}\u0000${occurrence}`).digest("hex").slice(0, 32);
		return {
			...finding,
			fingerprint: hash
		};
	});
}
function factText(value) {
	return Array.isArray(value) ? value.join(",") : value === void 0 ? "" : String(value);
}
// src/discovery/manifest-names.ts
var import_picomatch = require_rolldown_runtime.__toESM(require_outcome.require_picomatch(), 1);
var import_dist = require_cel_cost.require_dist();
const CREDENTIAL_NAME = /token|secret|password|passwd|api[-_]?key|access[-_]?key|private[-_]?key|credentials|auth/i;
const ABOUT_A_CREDENTIAL = /(?:file|path|dir|url|uri|endpoint|host|port|enabled|disabled|type|mode|method|provider|header|expiry|ttl|timeout|length|name|ref|policy|issuer|audience|scopes?)$|(?:password|passwd|token|credentials?)key$|existing[-_]?secret/i;
function holdsCredential$1(name) {
	return CREDENTIAL_NAME.test(name) && !ABOUT_A_CREDENTIAL.test(name);
}
const SECRET_NAME_KEY = /^(?:existing[-_]?secret(?:[-_]?name)?|secret[-_]?name|[a-z0-9]+existingsecret(?:name)?)$/i;
const LETTER_ESCAPE = /\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/g;
const ESCAPED_BREAK = /\\\r?\n[ \t]*/g;
function holdsWord(source, test) {
	if (test(source)) return true;
	if (!source.includes("\\")) return false;
	return test(source.replace(LETTER_ESCAPE, (_, x, u, big) => {
		const code = parseInt(x ?? u ?? big ?? "", 16);
		return code <= 1114111 ? String.fromCodePoint(code) : "";
	}).replace(ESCAPED_BREAK, ""));
}
function mayNameCredential(source) {
	return holdsWord(source, (text) => CREDENTIAL_NAME.test(text));
}
// src/discovery/manifest-yaml.ts
function parseFile(file, text, options = {}) {
	const clean = stripBom(text);
	const parsed = require_cel_cost.parseYaml(clean, options);
	const first = firstProblem(parsed.problems);
	if (first && looksTemplated(clean)) return {
		walks: [],
		diagnostics: [skippedTemplate(file)]
	};
	const diagnostics = first ? [parseError(file, first.message, first.line, first.column)] : [];
	return {
		walks: parsed.docs.filter((doc) => doc.errors.length === 0).map((doc) => ({
			file,
			text: clean,
			lineCounter: parsed.lineCounter,
			doc,
			budget: new require_cel_cost.AliasBudget(doc)
		})),
		diagnostics
	};
}
function firstProblem(problems) {
	const place = (p) => (p.line ?? Infinity) * 1e6 + (p.column ?? 0);
	return problems.reduce((a, b) => a && place(a) <= place(b) ? a : b, void 0);
}
function stripBom(text) {
	return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function parseError(file, message, line, column) {
	return {
		kind: "parse-error",
		file,
		...line === void 0 ? {} : {
			line,
			column: column ?? 1
		},
		message: `${file}: ${message}`
	};
}
function guarded(file, extract) {
	try {
		return extract();
	} catch (error) {
		return { diagnostics: [parseError(file, error instanceof Error && error.name === "YamlBudgetError" ? error.message : "could not be read")] };
	}
}
function resolve$3(walk, node) {
	return walk.budget.resolve(node);
}
function isMergeKey(key) {
	if (!(0, import_dist.isScalar)(key)) return false;
	const value = key.value;
	return value === "<<" || typeof value === "symbol" && value.description === "<<";
}
function entries(walk, node, merge = false, depth = 0) {
	const map = resolve$3(walk, node);
	if (!(0, import_dist.isMap)(map) || depth > 20) return [];
	const own = [];
	const merged = [];
	for (const pair of map.items) {
		if (merge && isMergeKey(pair.key)) {
			const source = resolve$3(walk, pair.value);
			const sources = (0, import_dist.isSeq)(source) ? source.items : [source];
			for (const item of sources) merged.push(...entries(walk, item, true, depth + 1));
			continue;
		}
		const key = require_cel_cost.scalarString(pair.key);
		if (key !== void 0) own.push({
			key,
			pair,
			value: resolve$3(walk, pair.value)
		});
	}
	const ownKeys = new Set(own.map((entry) => entry.key));
	return [...own, ...merged.filter((entry) => !ownKeys.has(entry.key))];
}
function get(walk, node, key, merge = false) {
	return entry(walk, node, key, merge)?.value;
}
function entry(walk, node, key, merge = false) {
	return entries(walk, node, merge).find((candidate) => candidate.key === key);
}
function items(walk, node) {
	const seq = resolve$3(walk, node);
	return (0, import_dist.isSeq)(seq) ? seq.items.map((item) => resolve$3(walk, item)) : [];
}
function str(walk, node) {
	return require_cel_cost.scalarString(resolve$3(walk, node));
}
function span(walk, start, end) {
	let stop = Math.max(start, Math.min(end, walk.text.length));
	while (stop > start && /\s/.test(walk.text[stop - 1])) stop--;
	return require_cel_cost.spanLocation(walk.file, walk.lineCounter, start, Math.max(stop, start));
}
function locate$1(walk, node) {
	const range = rangeOf(node);
	return range ? span(walk, range[0], range[1]) : {
		file: walk.file,
		line: 1,
		column: 1
	};
}
function locateFromTo(walk, from, to) {
	const a = rangeOf(from);
	const b = rangeOf(to) ?? a;
	if (!a || !b) return locate$1(walk, from);
	return span(walk, a[0], Math.max(a[1], b[1]));
}
function rangeOf(node) {
	if (!node || typeof node !== "object") return void 0;
	if ((0, import_dist.isPair)(node)) {
		const key = rangeOf(node.key);
		const value = rangeOf(node.value);
		if (key) return [key[0], value?.[1] ?? key[1]];
		return value;
	}
	const range = node.range;
	return range ? [range[0], range[1]] : void 0;
}
function literal(value, location) {
	return new require_outcome.SecretValue(value, `${location.file}:${location.line}`);
}
function looksTemplated(text) {
	return /(?:^|[^$]){{|{%/.test(text);
}
function skippedTemplate(file) {
	return {
		kind: "skipped",
		file,
		message: `${file}: a template (Go/Helm \`{{ }}\` or Jinja \`{% %}\` tags); scan the rendered files instead`
	};
}
function dirOf(path) {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}
function baseOf(path) {
	return path.slice(path.lastIndexOf("/") + 1);
}
// src/discovery/workflow-expressions.ts
function sourceView(source, node) {
	if (!node.range) return void 0;
	let [start, end] = node.range;
	if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
		const newline = source.indexOf("\n", start);
		start = newline < 0 || newline >= end ? end : newline + 1;
	} else if (node.type === "QUOTE_SINGLE" || node.type === "QUOTE_DOUBLE") {
		start += 1;
		end = Math.max(start, end - 1);
	}
	const escape = node.type === "QUOTE_SINGLE" ? "'" : node.type === "QUOTE_DOUBLE" ? "\\" : void 0;
	return unescapeView(source, start, end, escape);
}
function unescapeView(source, start, end, escape) {
	let text = "";
	const offsets = [];
	for (let i = start; i < end; i++) {
		offsets.push(i);
		const next = source[i + 1];
		if ((escape === "'" ? source[i] === "'" && next === "'" : escape === "\\" && source[i] === "\\" && "\"\\/".includes(next ?? "x")) && i + 1 < end) i++;
		text += source[i];
	}
	offsets.push(end);
	return {
		text,
		offsets
	};
}
function scanTemplate(text) {
	const out = {
		refs: [],
		exposures: [],
		dynamic: []
	};
	for (let open = text.indexOf("${{"); open >= 0; open = text.indexOf("${{", open)) {
		const close = expressionEnd(text, open + 3);
		if (close < 0) break;
		scanInto(text, open + 3, close, out);
		open = close + 2;
	}
	return out;
}
function scanExpression(text) {
	const out = {
		refs: [],
		exposures: [],
		dynamic: []
	};
	scanInto(text, 0, text.length, out);
	return out;
}
function expressionEnd(text, from) {
	for (let i = from; i < text.length; i++) if (text[i] === "'") i = literalEnd(text, i);
	else if (text[i] === "}" && text[i + 1] === "}") return i;
	return -1;
}
function literalEnd(text, i) {
	const quote = text[i];
	for (let j = i + 1; j < text.length; j++) {
		if (text[j] !== quote) continue;
		if (text[j + 1] === quote) j++;
		else return j;
	}
	return text.length;
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
function scanInto(text, from, to, out) {
	for (let i = from; i < to;) {
		const c = text[i];
		if (c === "'") i = literalEnd(text, i) + 1;
		else if (IDENT_START.test(c)) {
			const end = identEnd(text, i, to);
			if (!afterDot(text, from, i)) matchWord(text, i, end, to, out);
			i = end;
		} else i++;
	}
}
function identEnd(text, i, to) {
	let j = i + 1;
	while (j < to && IDENT_PART.test(text[j])) j++;
	return j;
}
function afterDot(text, from, i) {
	let j = i - 1;
	while (j >= from && /\s/.test(text[j])) j--;
	return j >= from && text[j] === ".";
}
function matchWord(text, start, end, to, out) {
	const word = text.slice(start, end).toLowerCase();
	if (word === "secrets") {
		const ref = secretAccess(text, start, end, to);
		if (ref) out.refs.push(ref);
		else {
			const dynamic = dynamicAccess(text, start, end, to);
			if (dynamic) out.dynamic.push(dynamic);
		}
	} else if (word === "tojson") {
		const m = /^\s*\(\s*secrets\s*\)/i.exec(text.slice(end, to));
		if (m) out.exposures.push({
			start,
			end: end + m[0].length
		});
	}
}
function secretAccess(text, start, end, to) {
	if (text[end] === "." && end + 1 < to && IDENT_START.test(text[end + 1])) {
		const nameEnd = identEnd(text, end + 1, to);
		return {
			name: text.slice(end + 1, nameEnd),
			start,
			end: nameEnd
		};
	}
	const m = /^\[\s*(['"])([A-Za-z_][A-Za-z0-9_-]*)\1\s*\]/.exec(text.slice(end, to));
	return m ? {
		name: m[2],
		start,
		end: end + m[0].length
	} : void 0;
}
function dynamicAccess(text, start, end, to) {
	let i = end;
	while (i < to && /\s/.test(text[i])) i++;
	if (text[i] !== "[") return void 0;
	let depth = 0;
	for (let j = i; j < to; j++) if (text[j] === "'") j = literalEnd(text, j);
	else if (text[j] === "[") depth++;
	else if (text[j] === "]" && --depth === 0) {
		const index = text.slice(i + 1, j).trim();
		return index ? {
			index,
			start,
			end: j + 1
		} : void 0;
	}
}
// src/discovery/composite-action.ts
const MAX_DEPTH$2 = 5;
const compositeActionExtractor = {
	kind: "github-workflow",
	matches: (path) => /(^|\/)action\.ya?ml$/.test(path) && !/(^|\/)\.github\/workflows\//.test(path),
	extract: ({ path, text }) => guarded(path, () => extractAction(path, text))
};
function mayReadInputs(source) {
	return holdsWord(source, (text) => /composite/i.test(text) && text.includes("inputs"));
}
function extractAction(file, text) {
	const parsed = parseFile(file, text, { wantDocument: mayReadInputs });
	const actions = [];
	for (const walk of parsed.walks) {
		const root = walk.budget.resolve(walk.doc.contents);
		const runs = walk.budget.resolve(require_cel_cost.getPair(root, "runs")?.value);
		if (require_cel_cost.scalarString(walk.budget.resolve(require_cel_cost.getPair(runs, "using")?.value))?.trim().toLowerCase() !== "composite") continue;
		const name = require_cel_cost.scalarString(walk.budget.resolve(require_cel_cost.getPair(root, "name")?.value))?.trim() || file;
		const action = {
			file,
			inputRefs: []
		};
		const steps = walk.budget.resolve(require_cel_cost.getPair(runs, "steps")?.value);
		((0, import_dist.isSeq)(steps) ? steps.items : []).forEach((item, index) => {
			const step = walk.budget.resolve(item);
			if (!(0, import_dist.isMap)(step)) return;
			const label = (key) => require_cel_cost.scalarString(walk.budget.resolve(require_cel_cost.getPair(step, key)?.value))?.trim() || void 0;
			const uses = label("uses")?.split("@")[0];
			const base = {
				workflow: name,
				step: label("name") ?? label("id") ?? `step ${index + 1}`
			};
			for (const pair of step.items) {
				const via = require_cel_cost.scalarString(pair.key) ?? "";
				const context = {
					...base,
					via: [
						"env",
						"with",
						"run",
						"if"
					].includes(via) ? via : "expression"
				};
				visit$1(walk, pair.value, {
					...context,
					...via === "with" && uses && { action: uses }
				}, action, via === "if", 0);
			}
		});
		if (action.inputRefs.length) actions.push(action);
	}
	return {
		actions,
		diagnostics: parsed.diagnostics
	};
}
function visit$1(walk, node, context, action, bare, depth) {
	const value = walk.budget.resolve(node);
	if (depth > 20) return;
	if ((0, import_dist.isMap)(value)) for (const pair of value.items) {
		const target = require_cel_cost.scalarString(pair.key);
		visit$1(walk, pair.value, {
			...context,
			...target !== void 0 && { target }
		}, action, false, depth + 1);
	}
	else if ((0, import_dist.isSeq)(value)) for (const item of value.items) visit$1(walk, item, context, action, false, depth + 1);
	else if ((0, import_dist.isScalar)(value) && typeof value.value === "string" && value.value.includes("inputs")) {
		const view = sourceView(walk.text, value);
		if (!view) return;
		const at = (start, end) => require_cel_cost.spanLocation(walk.file, walk.lineCounter, view.offsets[start], view.offsets[end]);
		const clean = context.via === "run" ? {
			...context,
			target: void 0
		} : context;
		for (const [start, end] of expressions(view.text, bare)) for (const m of view.text.slice(start, end).matchAll(/(?<![.\w-])inputs\s*\.\s*([A-Za-z_][A-Za-z0-9_-]*)/g)) {
			const from = start + (m.index ?? 0);
			action.inputRefs.push({
				input: m[1],
				location: at(from, from + m[0].length),
				context: compact$1(clean)
			});
		}
	}
}
function expressions(text, bare) {
	if (bare && !text.includes("${{")) return [[0, text.length]];
	const out = [];
	for (let open = text.indexOf("${{"); open >= 0; open = text.indexOf("${{", open)) {
		const close = expressionEnd(text, open + 3);
		if (close < 0) break;
		out.push([open + 3, close]);
		open = close + 2;
	}
	return out;
}
function compact$1(context) {
	return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== void 0));
}
function followCompositeActions(inventory) {
	const byDir = new Map((inventory.actions ?? []).map((a) => [dirOf(a.file), a]));
	if (byDir.size === 0) return;
	let pending = inventory.uses.filter((use) => use.sourceKind === "github-workflow");
	for (let depth = 0; depth < MAX_DEPTH$2 && pending.length; depth++) {
		const added = [];
		for (const use of pending) {
			const local = use.context?.via === "with" ? use.context.action : void 0;
			const target = use.context?.target?.toLowerCase();
			if (!local?.startsWith("./") || target === void 0) continue;
			const action = byDir.get(local.slice(2).replace(/\/+$/, "").replace(/\/+/g, "/"));
			for (const ref of action?.inputRefs ?? []) {
				if (ref.input.toLowerCase() !== target) continue;
				added.push({
					...use,
					location: ref.location,
					context: ref.context,
					calledFrom: use.location
				});
			}
		}
		inventory.uses.push(...added);
		pending = added;
	}
}
// src/discovery/dotenv.ts
const TEMPLATE_PARTS = new Set([
	"example",
	"examples",
	"sample",
	"samples",
	"template",
	"tmpl",
	"tpl",
	"dist"
]);
function isDotenvPath(path) {
	const base = baseOf(path);
	if (base.toLowerCase().split(".").some((part) => TEMPLATE_PARTS.has(part))) return false;
	if (base === ".env" || base.startsWith(".env.")) return true;
	return base.endsWith(".env") && base.length > 4;
}
const dotenvExtractor = {
	kind: "dotenv",
	matches(path) {
		return isDotenvPath(path);
	},
	extract({ path, text }) {
		try {
			return extractDotenv(path, text);
		} catch {
			return { diagnostics: [parseError(path, "could not be read")] };
		}
	}
};
const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
function extractDotenv(path, text) {
	if (text.includes("\0")) return { diagnostics: [parseError(path, "is not a text file")] };
	return { uses: parseDotenv(stripBom(text)).map((found) => {
		const location = {
			file: path,
			line: found.line,
			column: found.column,
			endLine: found.endLine,
			endColumn: found.endColumn
		};
		const use = {
			name: found.name,
			sourceKind: "dotenv",
			location,
			hints: {}
		};
		if (found.value !== "") use.literal = literal(found.value, location);
		return use;
	}) };
}
function parseDotenv(text) {
	const lines = text.split(/\r\n|\r|\n/);
	const out = [];
	for (let i = 0; i < lines.length; i++) {
		const match = ASSIGNMENT.exec(lines[i]);
		if (!match) continue;
		const name = match[3];
		const column = match[1].length + (match[2]?.length ?? 0) + 1;
		const valueStart = match[0].length;
		const rest = lines[i].slice(valueStart);
		const quote = rest[0];
		if (quote === "\"" || quote === "'" || quote === "`") {
			const closed = findClosing(lines, i, valueStart + 1, quote);
			if (closed) {
				const raw = closed.raw;
				const value = quote === "\"" ? unescape(raw) : raw;
				out.push({
					name,
					value,
					line: i + 1,
					column,
					endLine: closed.line + 1,
					endColumn: closed.column + 2
				});
				i = closed.line;
				continue;
			}
		}
		const comment = rest.startsWith("#") ? 0 : rest.search(/[ \t]#/);
		const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
		const end = value === "" ? column + name.length : valueStart + value.length + 1;
		out.push({
			name,
			value,
			line: i + 1,
			column,
			endLine: i + 1,
			endColumn: end
		});
	}
	return out;
}
function findClosing(lines, line, from, quote) {
	const pieces = [];
	let offset = from;
	for (let current = line; current < lines.length; current++) {
		const text = lines[current];
		for (let j = offset; j < text.length; j++) {
			if (quote === "\"" && text[j] === "\\") {
				j++;
				continue;
			}
			if (text[j] === quote) {
				pieces.push(text.slice(offset, j));
				return {
					raw: pieces.join("\n"),
					line: current,
					column: j
				};
			}
		}
		pieces.push(text.slice(offset));
		offset = 0;
	}
}
function unescape(raw) {
	return raw.replace(/\\([nrt"\\$])/g, (_, c) => ({
		n: "\n",
		r: "\r",
		t: "	"
	})[c] ?? c);
}
// src/discovery/compose.ts
const INTERPOLATION = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const MAX_DEPTH$1 = 40;
const composeExtractor = {
	kind: "compose",
	matches(path) {
		return /^(docker-)?compose[^/]*\.ya?ml$/i.test(baseOf(path));
	},
	extract({ path, text }) {
		return guarded(path, () => extractCompose(path, text));
	}
};
function mayHoldVariables(text) {
	return holdsWord(text, (source) => /secrets|environment|env_file|\$/.test(source));
}
function extractCompose(path, text) {
	if (!mayHoldVariables(text)) return {};
	const parsed = parseFile(path, text, { merge: true });
	const diagnostics = [...parsed.diagnostics];
	const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
	if (!walk) return { diagnostics };
	const root = walk.doc.contents;
	const state = {
		walk,
		uses: [],
		links: [],
		seen: new Set(),
		named: new Map()
	};
	for (const service of entries(walk, get(walk, root, "services", true), true)) {
		const resource = service.key;
		const before = state.uses.length;
		environment(state, get(walk, service.value, "environment", true), resource);
		if (!publishes(walk, service.value)) for (const use of state.uses.slice(before)) use.privateNetwork = true;
		for (const item of items(walk, get(walk, service.value, "secrets", true))) {
			const sourceEntry = (0, import_dist.isMap)(item) ? entry(walk, item, "source") : void 0;
			const name = str(walk, sourceEntry ? sourceEntry.value : item);
			if (name) add(state, name, locate$1(walk, sourceEntry?.pair ?? item), resource, "secrets");
		}
		for (const file of envFiles(walk, get(walk, service.value, "env_file", true))) if (!isDotenvPath(file)) diagnostics.push({
			kind: "notice",
			file: path,
			message: `${path}: env_file ${file} of service ${resource} is not scanned (only .env, .env.* and *.env files are)`
		});
		interpolations(state, service.value, resource, 0);
	}
	for (const secret of entries(walk, get(walk, root, "secrets", true), true)) {
		add(state, secret.key, locate$1(walk, secret.pair), `secrets.${secret.key}`, "secrets");
		const variable = entry(walk, secret.value, "environment");
		const name = str(walk, variable?.value);
		if (variable && name) add(state, name, locate$1(walk, variable.pair), `secrets.${secret.key}`, "secrets.environment");
	}
	return {
		uses: state.uses,
		links: state.links,
		diagnostics
	};
}
function add(state, name, location, resource, via, value) {
	const id = `${name}\u0000${location.line}:${location.column}\u0000${resource}\u0000${via}`;
	if (state.seen.has(id)) return;
	state.seen.add(id);
	const use = {
		name,
		sourceKind: "compose",
		location,
		hints: {},
		context: {
			via,
			resource
		}
	};
	if (value !== void 0 && value !== "") use.literal = literal(value, location);
	state.uses.push(use);
}
function concrete(value) {
	let interpolated = false;
	value.replace(INTERPOLATION, (match) => {
		if (match !== "$$") interpolated = true;
		return match;
	});
	return interpolated ? void 0 : value.replace(/\$\$/g, "$");
}
function environment(state, node, resource) {
	const { walk } = state;
	if ((0, import_dist.isSeq)(node)) {
		for (const item of items(walk, node)) {
			if (!(0, import_dist.isScalar)(item) || item.value === null || item.value === void 0 || !item.range) continue;
			const text = String(item.value);
			const equals = text.indexOf("=");
			const name = (equals < 0 ? text : text.slice(0, equals)).trim();
			if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) continue;
			const quoted = item.type === "QUOTE_DOUBLE" || item.type === "QUOTE_SINGLE";
			const location = span(walk, item.range[0] + (quoted ? 1 : 0), item.range[1]);
			add(state, name, location, resource, "environment", equals < 0 ? void 0 : concrete(text.slice(equals + 1)));
			if (equals >= 0) link(state, name, text.slice(equals + 1), location);
			state.named.set(item, name);
		}
		return;
	}
	for (const variable of entries(walk, node, true)) {
		const value = (0, import_dist.isScalar)(variable.value) ? variable.value : void 0;
		const raw = value && value.value !== null && value.value !== void 0 ? String(value.value) : void 0;
		add(state, variable.key, locate$1(walk, variable.pair), resource, "environment", raw === void 0 ? void 0 : concrete(raw));
		if (raw !== void 0) link(state, variable.key, raw, locate$1(walk, variable.pair));
		if (value) state.named.set(value, variable.key);
	}
}
const WHOLE_INTERPOLATION = /^\s*(?:\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*))\s*$/;
function link(state, name, value, location) {
	const match = WHOLE_INTERPOLATION.exec(value);
	const other = match?.[1] ?? match?.[2];
	if (other !== void 0 && other !== name) state.links.push({
		secret: other,
		alias: name,
		location
	});
}
function publishes(walk, service) {
	if (items(walk, get(walk, service, "ports", true)).length > 0) return true;
	return /^host$/i.test(str(walk, get(walk, service, "network_mode", true)) ?? "");
}
function envFiles(walk, node) {
	return ((0, import_dist.isScalar)(node) ? [node] : items(walk, node)).map((item) => (0, import_dist.isMap)(item) ? str(walk, get(walk, item, "path")) : str(walk, item)).filter((file) => Boolean(file));
}
function interpolations(state, node, resource, depth) {
	const { walk } = state;
	const value = resolve$3(walk, node);
	if (depth > MAX_DEPTH$1) return;
	if ((0, import_dist.isMap)(value)) for (const field of entries(walk, value, true)) interpolations(state, field.value, resource, depth + 1);
	else if ((0, import_dist.isSeq)(value)) for (const item of items(walk, value)) interpolations(state, item, resource, depth + 1);
	else if ((0, import_dist.isScalar)(value) && typeof value.value === "string" && value.range) {
		const start = value.range[0];
		const raw = walk.text.slice(start, value.range[1]);
		for (const match of raw.matchAll(INTERPOLATION)) {
			const name = match[1] ?? match[2];
			if (!name || state.named.get(value) === name) continue;
			const from = start + (match.index ?? 0);
			let to = from + match[0].length;
			if (match[1] && walk.text[to] === "}") to++;
			add(state, name, span(walk, from, to), resource, "interpolation");
		}
	}
}
// src/discovery/files.ts
const SKIPPED_DIRS = new Set([
	".git",
	"node_modules",
	".hg",
	".svn"
]);
function walkTree(root, keep) {
	const files = [];
	const diagnostics = [];
	const realRoot = (0, node_fs.realpathSync)(root);
	const visit = (dir) => {
		let entries;
		try {
			entries = (0, node_fs.readdirSync)(dir, { withFileTypes: true });
		} catch (error) {
			diagnostics.push({
				kind: "notice",
				file: toRelative(root, dir),
				message: `folder could not be read (${code$1(error)})`
			});
			return;
		}
		for (const entry of entries) {
			const path = (0, node_path.join)(dir, entry.name);
			if (keep && !keep(toRelative(root, path), entry.isDirectory())) continue;
			if (entry.isDirectory()) {
				if (!SKIPPED_DIRS.has(entry.name)) visit(path);
			} else if (entry.isFile()) files.push(toRelative(root, path));
			else if (entry.isSymbolicLink()) {
				const target = symlinkTarget(path);
				const inside = target !== void 0 && (target === realRoot || target.startsWith(realRoot + node_path.sep));
				if (inside && isFile(path)) files.push(toRelative(root, path));
				else if (!inside) diagnostics.push({
					kind: "notice",
					file: toRelative(root, path),
					message: "symlink leads out of the scanned tree; not followed"
				});
			}
		}
	};
	visit(root);
	files.sort();
	return {
		files,
		diagnostics
	};
}
function siblingsOf(root, files) {
	return [...new Set(files.map((file) => file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ""))].flatMap((folder) => {
		try {
			return (0, node_fs.readdirSync)((0, node_path.join)(root, folder)).map((name) => folder ? `${folder}/${name}` : name);
		} catch {
			return [];
		}
	});
}
function readTextFile(root, file) {
	const fail = (message) => ({ diagnostic: {
		kind: "parse-error",
		file,
		line: 1,
		column: 1,
		message
	} });
	let bytes;
	let fd;
	try {
		fd = (0, node_fs.openSync)((0, node_path.join)(root, file), node_fs.constants.O_RDONLY | (node_fs.constants.O_NONBLOCK ?? 0));
		const stats = (0, node_fs.fstatSync)(fd);
		if (!stats.isFile() && !stats.isDirectory()) return fail(`file could not be read (${fileKind(stats)}, not a regular file)`);
		if (stats.size > 6291456) return fail(`file is larger than ${require_cel_cost.MAX_YAML_BYTES / 1024 / 1024} MiB; not scanned`);
		bytes = (0, node_fs.readFileSync)(fd);
	} catch (error) {
		return fail(`file could not be read (${code$1(error)})`);
	} finally {
		if (fd !== void 0) (0, node_fs.closeSync)(fd);
	}
	if (bytes.subarray(0, 8192).includes(0)) return fail("file holds binary data, not text");
	if (!(0, node_buffer.isUtf8)(bytes)) return fail("file is not valid UTF-8");
	const text = bytes.toString("utf8");
	return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
}
function toRelative(root, path) {
	return (0, node_path.relative)(root, path).split(node_path.sep).join("/");
}
function symlinkTarget(path) {
	try {
		return (0, node_fs.realpathSync)(path);
	} catch {
		return;
	}
}
function isFile(path) {
	try {
		return (0, node_fs.statSync)(path).isFile() && !(0, node_fs.lstatSync)(path).isDirectory();
	} catch {
		return false;
	}
}
function code$1(error) {
	return error?.code ?? "unknown error";
}
// src/discovery/workflow-values.ts
const DYNAMIC_VALUE = Symbol("dynamic matrix value");
const MAX_VALUES = 64;
const FALSY = { kind: "falsy" };
const TRUE = { kind: "true" };
const DYNAMIC = { kind: "dynamic" };
function encode(parts) {
	return parts.map((p) => typeof p === "string" ? p : `\${{ inputs.${p.input} }}`).join("");
}
function possibleValues(template, scope = {}) {
	const pieces = splitTemplate(template);
	if (pieces === void 0) return {
		values: [],
		dynamic: true,
		empty: false
	};
	const single = pieces.length === 1 && typeof pieces[0] !== "string";
	let combos = [[]];
	let dynamic = false;
	let empty = false;
	for (const piece of pieces) {
		if (typeof piece === "string") {
			combos = combos.map((parts) => [...parts, piece]);
			continue;
		}
		const values = evaluate(piece.expression, scope);
		const next = [];
		for (const value of values) if (value.kind === "dynamic" || value.kind === "object") dynamic = true;
		else if (value.kind === "falsy" && single) empty = true;
		else {
			const parts = value.kind === "text" ? value.parts : value.kind === "true" ? ["true"] : [];
			for (const combo of combos) next.push([...combo, ...parts]);
		}
		if (next.length > MAX_VALUES) return {
			values: [],
			dynamic: true,
			empty
		};
		combos = next;
	}
	const values = new Set();
	for (const parts of combos) {
		const text = encode(merge(parts));
		if (text.trim() === "") empty = true;
		else values.add(text);
	}
	return {
		values: [...values],
		dynamic,
		empty
	};
}
function merge(parts) {
	const out = [];
	for (const part of parts) {
		const last = out.at(-1);
		if (typeof part === "string" && typeof last === "string") out[out.length - 1] = last + part;
		else if (part !== "") out.push(part);
	}
	return out;
}
function splitTemplate(template) {
	const pieces = [];
	let at = 0;
	for (let open = template.indexOf("${{"); open >= 0; open = template.indexOf("${{", at)) {
		if (open > at) pieces.push(template.slice(at, open));
		const close = expressionEnd(template, open + 3);
		if (close < 0) return void 0;
		const expression = parse(template.slice(open + 3, close));
		if (expression === void 0) return void 0;
		pieces.push({ expression });
		at = close + 2;
	}
	if (at < template.length) pieces.push(template.slice(at));
	return pieces.length ? pieces : [""];
}
function possibleOfExpression(expression, scope = {}) {
	return possibleValues(`\${{ ${expression} }}`, scope);
}
const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*)|(==|!=|<=|>=|&&|\|\||[.[\](),!<>*]))/y;
function tokenize(text) {
	const tokens = [];
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < text.length) {
		if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
		const m = TOKEN.exec(text);
		if (!m) return void 0;
		tokens.push(m[0].trim());
		if (tokens.length > 2e3) return void 0;
	}
	return tokens;
}
function parse(text) {
	const tokens = tokenize(text);
	if (!tokens) return void 0;
	let i = 0;
	let depth = 0;
	const peek = () => tokens[i];
	const take = (token) => tokens[i] === token ? (i++, true) : false;
	const binary = (next, ops, make) => () => {
		let left = next();
		while (ops.includes(peek() ?? "")) {
			const op = tokens[i++];
			left = make(op, left, next());
		}
		return left;
	};
	const primary = () => {
		if (++depth > 100) throw new SyntaxError("too deep");
		try {
			const token = tokens[i++];
			if (token === void 0) throw new SyntaxError("end");
			if (token === "(") {
				const inner = or();
				if (!take(")")) throw new SyntaxError(")");
				return postfix(inner);
			}
			if (token === "!") return {
				t: "not",
				e: primary()
			};
			if (token.startsWith("'")) return {
				t: "lit",
				value: token.slice(1, -1).replace(/''/g, "'")
			};
			if (/^\d/.test(token)) return {
				t: "lit",
				value: Number(token)
			};
			if (!/^[A-Za-z_]/.test(token)) throw new SyntaxError(token);
			const word = token.toLowerCase();
			if (word === "true" || word === "false") return {
				t: "lit",
				value: word === "true"
			};
			if (word === "null") return {
				t: "lit",
				value: null
			};
			if (take("(")) {
				const args = [];
				if (!take(")")) {
					do
						args.push(or());
					while (take(","));
					if (!take(")")) throw new SyntaxError(")");
				}
				return postfix({
					t: "call",
					name: word,
					args
				});
			}
			return postfix({
				t: "ref",
				head: word,
				path: []
			});
		} finally {
			depth--;
		}
	};
	const postfix = (base) => {
		const path = base.t === "ref" ? [...base.path] : [];
		let changed = false;
		for (;;) {
			if (take(".")) {
				const name = tokens[i++];
				if (name === void 0 || !/^[A-Za-z_*]/.test(name)) throw new SyntaxError(".");
				path.push(name);
			} else if (take("[")) {
				path.push(or());
				if (!take("]")) throw new SyntaxError("]");
			} else break;
			changed = true;
		}
		if (!changed) return base;
		return base.t === "ref" ? {
			...base,
			path
		} : {
			t: "ref",
			head: "",
			path
		};
	};
	const or = binary(binary(binary(primary, [
		"==",
		"!=",
		"<",
		"<=",
		">",
		">="
	], (_op, a, b) => ({
		t: "cmp",
		a,
		b
	})), ["&&"], (_op, a, b) => ({
		t: "and",
		a,
		b
	})), ["||"], (_op, a, b) => ({
		t: "or",
		a,
		b
	}));
	try {
		const expr = or();
		return i === tokens.length ? expr : void 0;
	} catch {
		return;
	}
}
function evaluate(expr, scope) {
	switch (expr.t) {
		case "lit":
			if (expr.value === null || expr.value === false || expr.value === "" || expr.value === 0) return [FALSY];
			return expr.value === true ? [TRUE] : [{
				kind: "text",
				parts: [String(expr.value)]
			}];
		case "ref": return reference(expr, scope);
		case "call": return call(expr, scope);
		case "not":
		case "cmp": return [TRUE, FALSY];
		case "and": {
			const left = evaluate(expr.a, scope);
			const out = [];
			if (left.some(canBeTruthy)) out.push(...evaluate(expr.b, scope));
			if (left.some(canBeFalsy)) out.push(FALSY);
			return distinct$2(out);
		}
		case "or": {
			const left = evaluate(expr.a, scope);
			const out = left.filter(canBeTruthy);
			if (left.some(canBeFalsy)) out.push(...evaluate(expr.b, scope));
			return distinct$2(out);
		}
	}
}
function canBeTruthy(value) {
	return value.kind !== "falsy";
}
function canBeFalsy(value) {
	return value.kind === "falsy" || value.kind === "dynamic" || value.kind === "text" && value.parts.every(isInput);
}
function isInput(part) {
	return typeof part !== "string";
}
function reference(expr, scope) {
	const names = expr.path.map((p) => typeof p === "string" ? p : literalOf(p));
	if (expr.head === "inputs" && names.length === 1 && names[0] !== void 0) return input(names[0], scope);
	if (expr.head === "github" && names.length === 3 && names[0] === "event" && names[1] === "inputs" && names[2]) return input(names[2], scope);
	if (expr.head !== "matrix" || !scope.matrix) return [DYNAMIC];
	let value = scope.matrix;
	for (const name of names) {
		if (name === void 0 || name === "*" || typeof value !== "object" || value === null) return [DYNAMIC];
		value = Object.hasOwn(value, name) ? value[name] : void 0;
	}
	return [fromMatrix(value)];
}
function input(name, scope) {
	const known = scope.inputs?.(name);
	if (known === void 0) return [{
		kind: "text",
		parts: [{ input: name }]
	}];
	return known.length === 0 ? [FALSY] : known.map((v) => v === "" ? FALSY : {
		kind: "text",
		parts: [v]
	});
}
function fromMatrix(value) {
	if (value === DYNAMIC_VALUE) return DYNAMIC;
	if (value === void 0 || value === null || value === false || value === "" || value === 0) return FALSY;
	if (value === true) return TRUE;
	if (typeof value === "string" || typeof value === "number") return {
		kind: "text",
		parts: [String(value)]
	};
	return {
		kind: "object",
		value
	};
}
function literalOf(expr) {
	return expr.t === "lit" && typeof expr.value === "string" ? expr.value : void 0;
}
const BOOLEAN_FUNCTIONS = new Set([
	"contains",
	"startswith",
	"endswith",
	"success",
	"always",
	"failure",
	"cancelled"
]);
function call(expr, scope) {
	if (BOOLEAN_FUNCTIONS.has(expr.name)) return [TRUE, FALSY];
	if (expr.name !== "format" || expr.args.length === 0) return [DYNAMIC];
	const [head, ...rest] = expr.args.map((arg) => evaluate(arg, scope));
	let out = [];
	for (const format of head) {
		if (format.kind !== "text" || format.parts.some(isInput)) return [DYNAMIC];
		let results = [[]];
		for (const piece of formatPieces(format.parts.join(""))) {
			if (typeof piece === "string") {
				results = results.map((r) => [...r, piece]);
				continue;
			}
			const args = rest[piece.index];
			if (args === void 0) return [DYNAMIC];
			const next = [];
			for (const arg of args) {
				if (arg.kind === "dynamic" || arg.kind === "object") return [DYNAMIC];
				const parts = arg.kind === "text" ? arg.parts : arg.kind === "true" ? ["true"] : [];
				for (const r of results) next.push([...r, ...parts]);
			}
			if (next.length > MAX_VALUES) return [DYNAMIC];
			results = next;
		}
		out = out.concat(results.map((parts) => parts.length ? {
			kind: "text",
			parts: merge(parts)
		} : FALSY));
	}
	return distinct$2(out);
}
function formatPieces(format) {
	const pieces = [];
	let text = "";
	for (let i = 0; i < format.length; i++) {
		const m = /^\{(\d+)\}/.exec(format.slice(i));
		if (format.startsWith("{{", i) || format.startsWith("}}", i)) {
			text += format[i];
			i++;
		} else if (m) {
			if (text) pieces.push(text);
			text = "";
			pieces.push({ index: Number(m[1]) });
			i += m[0].length - 1;
		} else text += format[i];
	}
	if (text) pieces.push(text);
	return pieces;
}
function distinct$2(values) {
	const seen = new Map();
	for (const value of values) {
		const id = value.kind === "object" ? `object:${seen.size}` : JSON.stringify(value);
		if (!seen.has(id)) seen.set(id, value);
	}
	return [...seen.values()];
}
// src/discovery/workflow-jobs.ts
const ENVIRONMENT_INPUT = /^(?:(?:deploy|target)[-_]?)?(?:env|environment|stage)(?:[-_]?name)?$/i;
function conditionEnvironments(condition) {
	const expression = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1").replace(/!?\s*[A-Za-z_][\w.]*\([^()]*\)/g, "call").trim();
	if (expression === "" || /[()]|!(?!=)/.test(expression)) return void 0;
	const found = [];
	for (const alternative of expression.split("||")) {
		const named = [...alternative.matchAll(INPUT_EQUALS)].filter(([, name]) => ENVIRONMENT_INPUT.test(name));
		if (named.length !== 1) return void 0;
		found.push(named[0][2]);
	}
	return [...new Set(found)];
}
const INPUT_EQUALS = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)\s*==\s*'([^']*)'/g;
const MAX_COMBINATIONS = 256;
function jobEnvironment(job, resolve) {
	let node = resolve(require_cel_cost.getPair(job, "environment")?.value);
	if ((0, import_dist.isMap)(node)) node = resolve(require_cel_cost.getPair(node, "name")?.value);
	const declared = require_cel_cost.scalarString(node)?.trim() || void 0;
	const runs = (matrixCombinations(job, resolve) ?? [void 0]).map((matrix) => {
		if (!declared) return {
			matrix,
			environments: [],
			none: true
		};
		const possible = possibleValues(declared, { matrix });
		return {
			matrix,
			environments: possible.values,
			none: possible.empty || possible.dynamic || possible.values.length === 0
		};
	});
	const names = [...new Set(runs.flatMap((run) => run.environments.filter((env) => !env.includes("${{"))))];
	return {
		...declared && { declared },
		names,
		runs
	};
}
function matrixCombinations(job, resolve) {
	const strategy = resolve(require_cel_cost.getPair(job, "strategy")?.value);
	const pair = require_cel_cost.getPair(strategy, "matrix");
	if (!pair) return [{}];
	const matrix = resolve(pair.value);
	if (!(0, import_dist.isMap)(matrix)) return void 0;
	let combos = [];
	const axes = [];
	let include;
	let exclude;
	for (const item of matrix.items) {
		const key = require_cel_cost.scalarString(item.key);
		if (key === void 0) continue;
		const value = toValue(item.value, resolve, 0);
		if (key === "include") include = value;
		else if (key === "exclude") exclude = value;
		else {
			axes.push(key);
			const values = Array.isArray(value) ? value : [DYNAMIC_VALUE];
			const next = (axes.length === 1 ? [{}] : combos).flatMap((combo) => values.map((v) => ({
				...combo,
				[key]: v
			})));
			if (next.length > MAX_COMBINATIONS) return void 0;
			combos = next;
		}
	}
	if (Array.isArray(exclude)) {
		const rules = exclude.filter(isRecord);
		combos = combos.filter((combo) => !rules.some((rule) => Object.keys(rule).every((k) => same$1(combo[k], rule[k]))));
	}
	if (include !== void 0 && !Array.isArray(include)) return void 0;
	const base = combos;
	const added = [];
	combos = base.map((combo) => ({ ...combo }));
	for (const entry of include ?? []) {
		if (!isRecord(entry)) continue;
		let extended = false;
		base.forEach((original, i) => {
			if (Object.keys(entry).some((k) => axes.includes(k) && !same$1(original[k], entry[k]))) return;
			combos[i] = {
				...combos[i],
				...entry
			};
			extended = true;
		});
		if (!extended) added.push({ ...entry });
		if (combos.length + added.length > MAX_COMBINATIONS) return void 0;
	}
	combos = [...combos, ...added];
	return combos;
}
function toValue(node, resolve, depth) {
	const value = resolve(node);
	if (depth > 20) return DYNAMIC_VALUE;
	if ((0, import_dist.isSeq)(value)) return value.items.map((item) => toValue(item, resolve, depth + 1));
	if ((0, import_dist.isMap)(value)) {
		const entries = value.items.flatMap((item) => {
			const key = require_cel_cost.scalarString(item.key);
			return key === void 0 ? [] : [[key, toValue(item.value, resolve, depth + 1)]];
		});
		return Object.fromEntries(entries);
	}
	if (!(0, import_dist.isScalar)(value)) return void 0;
	return typeof value.value === "string" && value.value.includes("${{") ? DYNAMIC_VALUE : value.value;
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function same$1(a, b) {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same$1(v, b[i]));
	if (isRecord(a) && isRecord(b)) {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same$1(a[k], b[k]));
	}
	return false;
}
const DEPLOY_WORD = /deploy|release|publish|rollout|promote/i;
const DEPLOY_ACTIONS = new Set([
	"actions/deploy-pages",
	"amondnet/vercel-action",
	"aws-actions/amazon-ecs-deploy-task-definition",
	"aws-actions/aws-cloudformation-github-deploy",
	"aws-actions/configure-aws-credentials",
	"azure/functions-action",
	"azure/k8s-deploy",
	"azure/login",
	"azure/webapps-deploy",
	"cloudflare/wrangler-action",
	"google-github-actions/auth",
	"google-github-actions/deploy-appengine",
	"google-github-actions/deploy-cloudrun",
	"google-github-actions/get-gke-credentials",
	"js-devtools/npm-publish",
	"peaceiris/actions-gh-pages",
	"pypa/gh-action-pypi-publish",
	"superfly/flyctl-actions"
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
	/\b(?:cargo\s+publish|twine\s+upload|gem\s+push)\b/
];
function deployEvidence(id, job, environment, resolve) {
	if (environment.declared) return `environment: ${environment.declared}`;
	if (DEPLOY_WORD.test(id)) return `job id: ${id}`;
	const name = require_cel_cost.scalarString(resolve(require_cel_cost.getPair(job, "name")?.value));
	if (name && DEPLOY_WORD.test(name)) return `job name: ${name}`;
	const called = require_cel_cost.scalarString(resolve(require_cel_cost.getPair(job, "uses")?.value));
	if (called && DEPLOY_WORD.test(called)) return `calls ${called}`;
	const steps = resolve(require_cel_cost.getPair(job, "steps")?.value);
	for (const item of (0, import_dist.isSeq)(steps) ? steps.items : []) {
		const evidence = stepEvidence(resolve(item), resolve);
		if (evidence) return evidence;
	}
}
function stepEvidence(step, resolve) {
	const action = actionOf(step, resolve);
	if (action && DEPLOY_ACTIONS.has(action)) return `uses ${action}`;
	if (action === "docker/build-push-action") {
		const push = require_cel_cost.scalarString(resolve(require_cel_cost.getPair(resolve(require_cel_cost.getPair(step, "with")?.value), "push")?.value));
		if (push && push !== "false") return `uses ${action} with push`;
	}
	const run = require_cel_cost.scalarString(resolve(require_cel_cost.getPair(step, "run")?.value));
	return run === void 0 ? void 0 : commandEvidence(run);
}
function actionOf(step, resolve) {
	const uses = require_cel_cost.scalarString(resolve(require_cel_cost.getPair(step, "uses")?.value))?.trim();
	return uses ? uses.split("@")[0].toLowerCase() : void 0;
}
function stepActions(job, resolve, locate) {
	const steps = resolve(require_cel_cost.getPair(job, "steps")?.value);
	const actions = [];
	for (const item of (0, import_dist.isSeq)(steps) ? steps.items : []) {
		const step = resolve(item);
		const action = actionOf(step, resolve);
		if (action === void 0) continue;
		const inputs = resolve(require_cel_cost.getPair(step, "with")?.value);
		const names = (0, import_dist.isMap)(inputs) ? inputs.items.flatMap((pair) => require_cel_cost.scalarString(pair.key) ?? []) : [];
		const uses = require_cel_cost.getPair(step, "uses");
		actions.push({
			action,
			inputs: names,
			location: locate(uses?.key ?? item)
		});
	}
	return actions;
}
function commandEvidence(script) {
	for (const line of script.split("\n")) {
		const capped = line.slice(0, 1e3);
		for (const pattern of DEPLOY_COMMANDS) {
			const match = pattern.exec(capped);
			if (match) return `runs ${match[0].replace(/\s+/g, " ").slice(0, 80)}`;
		}
	}
}
function readPermissions(pair, resolve, location) {
	const value = resolve(pair.value);
	const text = require_cel_cost.scalarString(value);
	if (text === "write-all" || text === "read-all") return {
		value: text,
		location
	};
	if (!(0, import_dist.isMap)(value)) return void 0;
	const scopes = value.items.flatMap((item) => {
		const scope = require_cel_cost.scalarString(item.key);
		const access = require_cel_cost.scalarString(resolve(item.value));
		return scope === void 0 || access === void 0 ? [] : [[scope, access]];
	});
	return {
		value: Object.fromEntries(scopes),
		location
	};
}
// src/discovery/workflow-shell.ts
function findScriptLinks(script, refs, folded = false) {
	if (refs.length === 0) return [];
	const links = [];
	for (const command of parseCommands(script, folded)) {
		const inside = (span) => refs.filter((r) => r.start >= span.start && r.end <= span.end);
		const add = (found, alias) => {
			for (const ref of found) links.push({
				ref,
				alias
			});
		};
		kubectlLinks(command, inside, add);
		helmLinks(command, inside, add);
		fileLinks(command, inside, add);
	}
	return links;
}
const KUBECTL_VALUE_FLAGS = new Set([
	"-n",
	"--namespace",
	"--type",
	"--context",
	"--kubeconfig",
	"-o",
	"--output"
]);
function kubectlLinks({ words }, inside, add) {
	const kubectl = words.findIndex((w) => /(^|\/)kubectl$/.test(w.text));
	if (kubectl < 0) return;
	const create = words.findIndex((w, i) => i > kubectl && w.text === "create" && words[i + 1]?.text === "secret" && words[i + 2]?.text === "generic");
	if (create < 0) return;
	const name = firstPositional(words, create + 3);
	if (!name || !/^[a-z0-9][a-z0-9.-]*$/.test(name)) return;
	forEachFlag(words, ["--from-literal"], (arg) => {
		const key = /^([-._A-Za-z0-9]+)=/.exec(arg.text)?.[1];
		if (key) add(inside(arg), `${name}/${key}`);
	});
}
function firstPositional(words, from) {
	for (let i = from; i < words.length; i++) {
		const text = words[i].text;
		if (!text.startsWith("-")) return text;
		if (KUBECTL_VALUE_FLAGS.has(text)) i++;
	}
}
function helmLinks({ words }, inside, add) {
	const helm = words.findIndex((w) => /(^|\/)helm$/.test(w.text));
	if (helm < 0 || !words.some((w, i) => i > helm && (w.text === "upgrade" || w.text === "install"))) return;
	forEachFlag(words, ["--set", "--set-string"], (arg) => {
		const found = inside(arg);
		for (const pair of splitOutsideExpressions(arg.text, ",")) {
			const path = /^([^=]+)=/.exec(pair)?.[1];
			if (!path) continue;
			const names = new Set(scanTemplate(pair).refs.map((r) => r.name));
			add(found.filter((r) => names.has(r.name)), path.trim());
		}
	});
}
function fileLinks(command, inside, add) {
	const target = command.redirects.at(-1);
	const head = command.words[0]?.text;
	const tee = head === "tee" ? command.words.find((w, i) => i > 0 && !w.text.startsWith("-")) : void 0;
	const file = target ?? tee;
	if (!file || !isPlainFile(file.text)) return;
	const lines = head === "echo" ? command.words.slice(1) : command.heredoc;
	for (const line of lines) {
		const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)=/.exec(line.text)?.[1];
		if (key) add(inside(line), key);
	}
}
function isPlainFile(target) {
	return target !== "" && !target.startsWith("&") && !target.startsWith("/dev/") && !/GITHUB_[A-Z_]+|RUNNER_/.test(target);
}
function forEachFlag(words, flags, visit) {
	words.forEach((word, i) => {
		for (const flag of flags) if (word.text === flag && words[i + 1]) visit(words[i + 1]);
		else if (word.text.startsWith(`${flag}=`)) visit({
			...word,
			text: word.text.slice(flag.length + 1)
		});
	});
}
function splitOutsideExpressions(text, separator) {
	const parts = [];
	let from = 0;
	for (let i = 0; i < text.length; i++) if (text.startsWith("${{", i)) {
		const close = expressionEnd(text, i + 3);
		i = close < 0 ? text.length : close + 1;
	} else if (text[i] === separator) {
		parts.push(text.slice(from, i));
		from = i + 1;
	}
	parts.push(text.slice(from));
	return parts;
}
function parseCommands(script, folded) {
	const commands = [];
	let command = {
		words: [],
		redirects: [],
		heredoc: []
	};
	let expect = "word";
	const pending = [];
	const finish = () => {
		if (command.words.length || command.redirects.length) commands.push(command);
		command = {
			words: [],
			redirects: [],
			heredoc: []
		};
		expect = "word";
	};
	for (let i = 0; i < script.length;) {
		const c = script[i];
		if (c === " " || c === "	" || c === "\r") i++;
		else if (c === "\\" && /^\\\r?\n/.test(script.slice(i, i + 3))) i = script.indexOf("\n", i) + 1;
		else if (c === "\n" && folded && !/^\n[ \t]*\r?(\n|$)/.test(script.slice(i, i + 200))) i++;
		else if (c === "\n") {
			const current = command;
			finish();
			i = readHeredocs(script, i + 1, pending.splice(0), current.heredoc);
		} else if (c === "#") i = lineEnd(script, i);
		else if (c === ">") {
			const end = skipWhile(script, i, ">&|");
			expect = script.slice(i, end).includes("&") ? "drop" : "redirect";
			i = end;
		} else if (c === "<") {
			expect = script.startsWith("<<", i) && script[i + 2] !== "<" ? "heredoc" : "drop";
			i = skipWhile(script, i, "<-");
		} else if (";&|()".includes(c)) {
			finish();
			i++;
		} else {
			const word = readWord(script, i);
			if (expect === "redirect") command.redirects.push(word);
			else if (expect === "heredoc") pending.push(word.text);
			else if (expect === "word") command.words.push(word);
			expect = "word";
			i = word.end;
		}
	}
	finish();
	return commands;
}
function skipWhile(text, i, chars) {
	let j = i;
	while (j < text.length && chars.includes(text[j])) j++;
	return j;
}
function lineEnd(text, i) {
	const newline = text.indexOf("\n", i);
	return newline < 0 ? text.length : newline;
}
function readHeredocs(script, i, delimiters, lines) {
	let at = i;
	for (const delimiter of delimiters) while (at < script.length) {
		const end = lineEnd(script, at);
		const text = script.slice(at, end);
		at = end + 1;
		if (text.trim() === delimiter) break;
		lines.push({
			text,
			start: at - text.length - 1,
			end
		});
	}
	return Math.min(at, script.length);
}
function readWord(script, start) {
	let text = "";
	let i = start;
	while (i < script.length && !/[\s;&|<>]/.test(script[i])) {
		const c = script[i];
		if (script.startsWith("${{", i)) {
			const close = expressionEnd(script, i + 3);
			const end = close < 0 ? script.length : close + 2;
			text += script.slice(i, end);
			i = end;
		} else if (c === "'" || c === "\"") {
			const close = quoteEnd(script, i);
			text += script.slice(i + 1, close);
			i = Math.min(close + 1, script.length);
		} else {
			text += c;
			i++;
		}
	}
	return {
		text,
		start,
		end: Math.max(i, start + 1)
	};
}
function quoteEnd(script, i) {
	const quote = script[i];
	for (let j = i + 1; j < script.length; j++) if (script.startsWith("${{", j)) {
		const close = expressionEnd(script, j + 3);
		if (close < 0) return script.length;
		j = close + 1;
	} else if (quote === "\"" && script[j] === "\\") j++;
	else if (script[j] === quote) return j;
	return script.length;
}
// src/discovery/github-workflow.ts
const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const VIA_KEYS = new Set([
	"env",
	"with",
	"run",
	"if",
	"secrets",
	"container",
	"services"
]);
const githubWorkflowExtractor = {
	kind: "github-workflow",
	matches: (path) => WORKFLOW_PATH.test(path),
	extract: ({ path, text }) => {
		try {
			return extractWorkflow(path, text);
		} catch (error) {
			return { diagnostics: [diagnostic$1(path, `could not be read as a workflow (${error instanceof Error ? error.name : typeof error})`)] };
		}
	}
};
function extractWorkflow(file, raw) {
	const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
	const parsed = require_cel_cost.parseYaml(text);
	const problem = firstProblem(parsed.problems);
	if (problem && looksTemplated(text)) return { diagnostics: [skippedTemplate(file)] };
	if (problem) return { diagnostics: [diagnostic$1(file, problem.message, problem.line, problem.column)] };
	const doc = parsed.docs[0];
	if (!doc || doc.contents === null) return {};
	const walk = {
		file,
		text,
		lineCounter: parsed.lineCounter,
		aliases: new require_cel_cost.AliasBudget(doc),
		workflow: file,
		uses: [],
		links: [],
		exposures: [],
		dynamic: [],
		jobEnvironments: new Map(),
		environmentInputs: []
	};
	try {
		const root = walk.aliases.resolve(doc.contents);
		if (!(0, import_dist.isMap)(root)) return { diagnostics: [{
			kind: "skipped",
			file,
			message: "not a workflow: the top level is not a map"
		}] };
		const workflow = readWorkflow(walk, root.items);
		const diagnostics = walk.aliases.unresolved.map((alias) => {
			const { line, column } = locate(walk, alias);
			return diagnostic$1(file, `alias *${alias.source} has no anchor before it`, line, column);
		});
		return {
			uses: walk.uses,
			links: walk.links,
			workflows: [workflow],
			...diagnostics.length && { diagnostics }
		};
	} catch (error) {
		if (!(error instanceof require_cel_cost.YamlBudgetError)) throw error;
		const at = walk.aliases.lastAlias && locate(walk, walk.aliases.lastAlias);
		return { diagnostics: [diagnostic$1(file, error.message, at?.line, at?.column)] };
	}
}
function diagnostic$1(file, message, line = 1, column = 1) {
	return {
		kind: "parse-error",
		file,
		line,
		column,
		message
	};
}
function readWorkflow(walk, items) {
	const resolve = resolver(walk);
	const name = require_cel_cost.scalarString(resolve(items.find((p) => require_cel_cost.scalarString(p.key) === "name")?.value));
	if (name) walk.workflow = name;
	const on = items.find((p) => require_cel_cost.scalarString(p.key) === "on")?.value;
	const info = {
		file: walk.file,
		...name && { name },
		jobs: [],
		exposures: walk.exposures,
		callSecrets: [],
		...readTriggers(walk, on),
		dynamicSecrets: walk.dynamic
	};
	walk.environmentInputs = environmentInputs(info.inputs ?? []);
	const runs = workflowRuns(walk, items.find((p) => require_cel_cost.scalarString(p.key) === "jobs")?.value);
	for (const pair of items) {
		const key = require_cel_cost.scalarString(pair.key);
		if (key === "jobs") {
			info.jobs = readJobs(walk, pair.value);
			continue;
		}
		if (key === "permissions") {
			const permissions = readPermissions(pair, resolve, locatePair(walk, pair));
			if (permissions) info.permissions = permissions;
		}
		if (key === "on") info.callSecrets = callSecrets(walk, pair.value);
		walkNode(walk, pair.value, {
			runs,
			via: key === "env" ? "env" : "expression"
		});
	}
	return info;
}
function workflowRuns(walk, jobs) {
	const resolve = resolver(walk);
	const map = resolve(jobs);
	const runs = new Map();
	for (const pair of (0, import_dist.isMap)(map) ? map.items : []) for (const run of environmentOf(walk, resolve(pair.value)).runs) {
		const bare = {
			environments: run.environments,
			none: run.none
		};
		runs.set(JSON.stringify(bare), bare);
	}
	return runs.size ? [...runs.values()] : [{
		environments: [],
		none: true
	}];
}
function environmentOf(walk, job) {
	let environment = walk.jobEnvironments.get(job);
	if (!environment) {
		environment = inputEnvironment(walk, job, jobEnvironment(job, resolver(walk)));
		walk.jobEnvironments.set(job, environment);
	}
	return environment;
}
function environmentInputs(inputs) {
	const names = inputs.filter((input) => ENVIRONMENT_INPUT.test(input.name) && (input.trigger === "workflow_call" || input.type === "choice" || input.type === "environment"));
	return [...new Set(names.map((input) => input.name))];
}
function inputEnvironment(walk, job, environment) {
	const range = job?.range;
	if (environment.declared || !range) return environment;
	const text = walk.text.slice(range[0], range[1]);
	const read = [...text.matchAll(INPUT_READ)].map((match) => match[1]);
	const input = walk.environmentInputs.find((name) => read.includes(name));
	if (input === void 0) return matrixEnvironment(environment, text);
	const guard = jobGuard(walk, job, input);
	const template = `\${{ inputs.${input} }}`;
	const runs = environment.runs.map((run) => ({
		...run,
		environments: guard?.values ?? [template],
		none: guard?.others ?? false,
		implicit: true
	}));
	return {
		...environment,
		runs
	};
}
function jobGuard(walk, job, input) {
	const condition = require_cel_cost.scalarString(resolver(walk)(require_cel_cost.getPair(job, "if")?.value));
	if (condition === void 0) return void 0;
	const compared = [...condition.matchAll(INPUT_COMPARED)].filter((match) => match[1] === input);
	if (compared.length === 0 || compared.some((match) => match[2] !== "==") || /!\s*\(/.test(condition)) return void 0;
	return {
		values: [...new Set(compared.map((match) => match[3]))],
		others: conditionEnvironments(condition) === void 0
	};
}
const INPUT_COMPARED = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)\s*([!=]=)\s*'([^']*)'/g;
function matrixEnvironment(environment, text) {
	const read = new Set([...text.matchAll(MATRIX_READ)].map((match) => match[1]));
	const runs = environment.runs.map((run) => {
		const named = Object.entries(run.matrix ?? {}).flatMap(([axis, value]) => ENVIRONMENT_INPUT.test(axis) && read.has(axis) && typeof value === "string" && require_outcome.conventionInName(value) ? [value] : []);
		return named.length === 1 ? {
			...run,
			environments: named,
			none: false,
			implicit: true
		} : run;
	});
	return {
		...environment,
		runs
	};
}
const MATRIX_READ = /(?<![\w.])matrix\.([A-Za-z0-9_-]+)/g;
const INPUT_READ = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)/g;
function readTriggers(walk, on) {
	const resolve = resolver(walk);
	const node = resolve(on);
	if ((0, import_dist.isScalar)(node)) return {
		triggers: [String(node.value)],
		inputs: []
	};
	if ((0, import_dist.isSeq)(node)) return {
		triggers: node.items.flatMap((i) => require_cel_cost.scalarString(resolve(i)) ?? []),
		inputs: []
	};
	if (!(0, import_dist.isMap)(node)) return {
		triggers: [],
		inputs: []
	};
	const triggers = [];
	const inputs = [];
	for (const pair of node.items) {
		const trigger = require_cel_cost.scalarString(pair.key);
		if (trigger === void 0) continue;
		triggers.push(trigger);
		if (trigger !== "workflow_dispatch" && trigger !== "workflow_call") continue;
		const declared = resolve(require_cel_cost.getPair(resolve(pair.value), "inputs")?.value);
		for (const item of (0, import_dist.isMap)(declared) ? declared.items : []) {
			const name = require_cel_cost.scalarString(item.key);
			if (name === void 0) continue;
			const spec = resolve(item.value);
			const field = (key) => require_cel_cost.scalarString(resolve(require_cel_cost.getPair(spec, key)?.value));
			const options = resolve(require_cel_cost.getPair(spec, "options")?.value);
			const type = field("type");
			const fallback = field("default");
			inputs.push({
				name,
				trigger,
				...type !== void 0 && { type },
				...(0, import_dist.isSeq)(options) && { options: options.items.flatMap((o) => require_cel_cost.scalarString(resolve(o)) ?? []) },
				...fallback !== void 0 && { default: fallback }
			});
		}
	}
	return {
		triggers,
		inputs
	};
}
function callSecrets(walk, on) {
	const resolve = resolver(walk);
	const secrets = resolve(require_cel_cost.getPair(resolve(require_cel_cost.getPair(resolve(on), "workflow_call")?.value), "secrets")?.value);
	if (!(0, import_dist.isMap)(secrets)) return [];
	return secrets.items.flatMap((pair) => {
		const name = require_cel_cost.scalarString(pair.key);
		if (name === void 0) return [];
		const required = resolve(require_cel_cost.getPair(resolve(pair.value), "required")?.value);
		return [{
			name,
			required: (0, import_dist.isScalar)(required) && required.value === true,
			location: locate(walk, pair.key)
		}];
	});
}
function readJobs(walk, node) {
	const [jobs, scope] = enter(walk, node, {
		runs: [{
			environments: [],
			none: true
		}],
		via: "expression"
	});
	if (!(0, import_dist.isMap)(jobs)) {
		walkNode(walk, jobs, scope);
		return [];
	}
	return jobs.items.map((pair) => readJob(walk, pair, scope));
}
function readJob(walk, pair, outer) {
	const id = require_cel_cost.scalarString(pair.key) ?? "";
	const resolve = resolver(walk);
	const [job, entered] = enter(walk, pair.value, outer);
	const environment = environmentOf(walk, job);
	const evidence = deployEvidence(id, job, environment, resolve);
	const call = readCall(walk, job, environment.runs);
	const info = {
		id,
		location: locate(walk, pair.key),
		environments: environment.names,
		deploys: evidence !== void 0,
		...evidence && { deployEvidence: evidence },
		...call && { call }
	};
	const actions = stepActions(job, resolve, (node) => locate(walk, node));
	if (actions.length > 0) info.actions = actions;
	const scope = {
		...entered,
		job: id,
		runs: environment.runs
	};
	if (!(0, import_dist.isMap)(job)) {
		walkNode(walk, job, scope);
		return info;
	}
	for (const item of job.items) {
		const key = require_cel_cost.scalarString(item.key) ?? "";
		if (key === "permissions") {
			const permissions = readPermissions(item, resolve, locatePair(walk, item));
			if (permissions) info.permissions = permissions;
		}
		if (key === "steps") walkSteps(walk, item.value, scope);
		else if (key === "secrets") walkJobSecrets(walk, item.value, {
			...scope,
			via: "secrets"
		});
		else walkNode(walk, item.value, {
			...scope,
			via: viaOf(key),
			bare: key === "if"
		});
	}
	return info;
}
function readCall(walk, job, runs) {
	const resolve = resolver(walk);
	const usesNode = resolve(require_cel_cost.getPair(job, "uses")?.value);
	const uses = require_cel_cost.scalarString(usesNode)?.trim();
	if (!uses) return void 0;
	const given = resolve(require_cel_cost.getPair(job, "with")?.value);
	const withs = new Map();
	for (const run of runs) {
		const values = {};
		for (const item of (0, import_dist.isMap)(given) ? given.items : []) {
			const name = require_cel_cost.scalarString(item.key);
			const text = require_cel_cost.scalarString(resolve(item.value));
			if (name === void 0 || text === void 0) continue;
			const possible = possibleValues(text, { matrix: run.matrix });
			if (!possible.dynamic) values[name] = possible.empty ? [...possible.values, ""] : possible.values;
		}
		withs.set(JSON.stringify(values), values);
	}
	const secretsNode = resolve(require_cel_cost.getPair(job, "secrets")?.value);
	let secrets;
	if (require_cel_cost.scalarString(secretsNode)?.trim() === "inherit") secrets = "inherit";
	else if ((0, import_dist.isMap)(secretsNode)) {
		secrets = {};
		for (const item of secretsNode.items) {
			const name = require_cel_cost.scalarString(item.key);
			const text = require_cel_cost.scalarString(resolve(item.value));
			if (name !== void 0 && text !== void 0) secrets[name] = scanTemplate(text).refs.map((ref) => ref.name);
		}
	}
	return {
		uses,
		location: locate(walk, usesNode ?? job),
		with: [...withs.values()],
		...secrets && { secrets }
	};
}
function walkJobSecrets(walk, node, outer) {
	const [value, scope] = enter(walk, node, outer);
	if (require_cel_cost.scalarString(value) === "inherit") addExposure(walk, "secrets: inherit", scope.alias ?? locate(walk, value), scope);
	walkNode(walk, value, scope);
}
function walkSteps(walk, node, outer) {
	const [steps, scope] = enter(walk, node, {
		...outer,
		via: "expression"
	});
	if (!(0, import_dist.isSeq)(steps)) {
		walkNode(walk, steps, scope);
		return;
	}
	steps.items.forEach((item, index) => {
		const [step, entered] = enter(walk, item, scope);
		const action = actionOf(step, resolver(walk));
		const stepScope = {
			...entered,
			step: stepLabel(walk, step, index),
			...action && { action },
			runs: stepRuns(walk, step, entered.runs)
		};
		if (!(0, import_dist.isMap)(step)) {
			walkNode(walk, step, stepScope);
			return;
		}
		for (const pair of step.items) {
			const key = require_cel_cost.scalarString(pair.key) ?? "";
			walkNode(walk, pair.value, {
				...stepScope,
				via: viaOf(key),
				bare: key === "if"
			});
		}
	});
}
function stepRuns(walk, step, runs) {
	const resolve = resolver(walk);
	const given = resolve(require_cel_cost.getPair(step, "with")?.value);
	const condition = require_cel_cost.scalarString(resolve(require_cel_cost.getPair(step, "if")?.value));
	const texts = (condition === void 0 ? void 0 : conditionEnvironments(condition)) ?? [];
	if (texts.length === 0 && (0, import_dist.isMap)(given)) for (const item of given.items) {
		const name = require_cel_cost.scalarString(item.key);
		const text = require_cel_cost.scalarString(resolve(item.value));
		if (name !== void 0 && text !== void 0 && ENVIRONMENT_INPUT.test(name)) texts.push(text);
	}
	if (texts.length === 0) return runs;
	return runs.map((run) => {
		if (run.environments.length > 0 && !run.implicit) return run;
		const environments = texts.flatMap((text) => possibleValues(text, { matrix: run.matrix }).values).filter((name) => !name.includes("${{") && require_outcome.conventionInName(name) !== void 0);
		return environments.length ? {
			...run,
			environments: [...new Set(environments)],
			none: false
		} : run;
	});
}
function stepLabel(walk, step, index) {
	const resolve = resolver(walk);
	const label = (key) => require_cel_cost.scalarString(resolve(require_cel_cost.getPair(step, key)?.value))?.trim() || void 0;
	return label("name") ?? label("id") ?? `step ${index + 1}`;
}
function viaOf(key) {
	return VIA_KEYS.has(key) ? key : "expression";
}
function walkNode(walk, node, scope) {
	if ((0, import_dist.isAlias)(node)) {
		const [target, entered] = enter(walk, node, scope);
		walkNode(walk, target, entered);
	} else if ((0, import_dist.isScalar)(node)) scanScalar(walk, node, scope);
	else if ((0, import_dist.isMap)(node)) {
		const endpoint = node.items.some((pair) => /endpoint/i.test(require_cel_cost.scalarString(pair.key) ?? ""));
		for (const pair of node.items) walkNode(walk, pair.value, {
			...scope,
			bare: false,
			target: require_cel_cost.scalarString(pair.key),
			endpoint
		});
	} else if ((0, import_dist.isSeq)(node)) for (const item of node.items) walkNode(walk, item, {
		...scope,
		bare: false
	});
}
function enter(walk, node, scope) {
	if (!(0, import_dist.isAlias)(node)) return [node, scope];
	return [walk.aliases.resolve(node), scope.alias ? scope : {
		...scope,
		alias: locate(walk, node)
	}];
}
function scanScalar(walk, node, scope) {
	if (typeof node.value !== "string" || !/secrets/i.test(node.value)) return;
	const view = sourceView(walk.text, node);
	if (!view) return;
	const scan = scope.bare && !view.text.includes("${{") ? scanExpression(view.text) : scanTemplate(view.text);
	const at = (span) => scope.alias ?? require_cel_cost.spanLocation(walk.file, walk.lineCounter, view.offsets[span.start], view.offsets[span.end]);
	for (const ref of scan.refs) addUse(walk, ref.name, at(ref), scope);
	for (const exposure of scan.exposures) addExposure(walk, "toJSON(secrets)", at(exposure), scope);
	for (const dynamic of scan.dynamic) addDynamic(walk, dynamic.index, at(dynamic), scope);
	if (scope.via === "run") for (const { ref, alias } of findScriptLinks(view.text, scan.refs, node.type !== "BLOCK_LITERAL")) walk.links.push({
		secret: ref.name,
		alias,
		location: at(ref)
	});
}
function addUse(walk, name, location, scope, runs = scope.runs) {
	const context = useContext(walk, scope);
	for (const hints of environmentHints(runs)) walk.uses.push({
		name,
		sourceKind: "github-workflow",
		location,
		hints,
		context
	});
}
function addDynamic(walk, expression, location, scope) {
	const context = useContext(walk, scope);
	for (const run of scope.runs) {
		const possible = possibleOfExpression(expression, { matrix: run.matrix });
		const pending = possible.values.filter((name) => name.includes("${{"));
		for (const name of possible.values) if (!name.includes("${{")) addUse(walk, name, location, scope, [run]);
		for (const hints of environmentHints([run])) {
			const base = {
				expression,
				location,
				hints,
				context
			};
			if (pending.length) walk.dynamic.push({
				...base,
				names: pending
			});
			if (possible.dynamic) walk.dynamic.push(base);
		}
	}
}
function addExposure(walk, form, location, scope) {
	for (const hints of environmentHints(scope.runs)) walk.exposures.push({
		form,
		location,
		...scope.job !== void 0 && { job: scope.job },
		hints
	});
}
function environmentHints(runs) {
	const hints = new Map();
	for (const run of runs) {
		for (const name of run.environments) {
			const hint = name.includes("${{") ? { environmentTemplate: name } : { githubEnvironment: name };
			hints.set(JSON.stringify(hint), hint);
		}
		if (run.none) hints.set("{}", {});
	}
	return hints.size ? [...hints.values()] : [{}];
}
function useContext(walk, scope) {
	return {
		workflow: walk.workflow,
		...scope.job !== void 0 && { job: scope.job },
		...scope.step !== void 0 && { step: scope.step },
		via: scope.via,
		...scope.target !== void 0 && scope.via !== "run" && { target: scope.target },
		...scope.action !== void 0 && scope.via === "with" && { action: scope.action },
		...scope.endpoint && scope.target !== void 0 && scope.via !== "run" && { endpoint: true }
	};
}
function resolver(walk) {
	return (node) => walk.aliases.resolve(node);
}
function locate(walk, node) {
	return require_cel_cost.nodeLocation(walk.file, walk.lineCounter, node);
}
function locatePair(walk, pair) {
	const { range } = pair.key;
	const end = pair.value?.range?.[1];
	if (!range || end === void 0) return locate(walk, pair);
	let last = end;
	while (last > range[0] && /\s/.test(walk.text[last - 1])) last--;
	return require_cel_cost.spanLocation(walk.file, walk.lineCounter, range[0], last);
}
// src/discovery/helm-values.ts
const MAX_DEPTH = 40;
const helmValuesExtractor = {
	kind: "helm-values",
	matches(path, paths) {
		if (!/^values[^/]*\.ya?ml$/i.test(baseOf(path))) return false;
		const dir = dirOf(path);
		const prefix = dir === "" ? "" : `${dir}/`;
		return paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`) || besideChart(paths).has(dir);
	},
	extract({ path, text }) {
		return guarded(path, () => extractValues(path, text));
	}
};
const chartParents = new WeakMap();
function besideChart(paths) {
	let parents = chartParents.get(paths);
	if (!parents) {
		parents = new Set();
		for (const path of paths) {
			if (!/^Chart\.ya?ml$/.test(baseOf(path))) continue;
			const chart = dirOf(path);
			if (chart !== "") parents.add(dirOf(chart));
		}
		chartParents.set(paths, parents);
	}
	return parents;
}
function extractValues(path, text) {
	const parsed = parseFile(path, text, {
		merge: true,
		wantDocument: mayNameCredential
	});
	const uses = [];
	for (const walk of parsed.walks) visit(walk, walk.doc.contents, "", uses, 0);
	return {
		uses,
		diagnostics: parsed.diagnostics
	};
}
function join$1(prefix, key) {
	return prefix === "" ? key : `${prefix}.${key}`;
}
function visit(walk, node, prefix, uses, depth) {
	if (depth > MAX_DEPTH) return;
	if ((0, import_dist.isSeq)(node)) {
		items(walk, node).forEach((item, index) => visit(walk, item, `${prefix}[${index}]`, uses, depth + 1));
		return;
	}
	if (!(0, import_dist.isMap)(node)) return;
	envEntry(walk, node, uses);
	for (const field of entries(walk, node, true)) {
		const path = join$1(prefix, field.key);
		if ((0, import_dist.isMap)(field.value) || (0, import_dist.isSeq)(field.value)) {
			visit(walk, field.value, path, uses, depth + 1);
			continue;
		}
		if (!(0, import_dist.isScalar)(field.value)) continue;
		const raw = field.value.value;
		if (typeof raw !== "string" && typeof raw !== "number") continue;
		const value = String(raw);
		if (value === "") continue;
		const location = locate$1(walk, field.pair);
		if (SECRET_NAME_KEY.test(field.key)) uses.push({
			name: value,
			sourceKind: "helm-values",
			location,
			hints: {},
			context: { via: field.key }
		});
		else if (holdsCredential$1(field.key)) uses.push({
			name: path,
			sourceKind: "helm-values",
			location,
			hints: {},
			context: { via: "values" },
			literal: literal(value, location)
		});
	}
}
function envEntry(walk, node, uses) {
	const name = entry(walk, node, "name");
	const value = entry(walk, node, "value");
	const variable = str(walk, name?.value);
	const text = str(walk, value?.value);
	if (!name || !value || !variable || !text || !holdsCredential$1(variable)) return;
	const location = locateFromTo(walk, name.pair, value.pair);
	uses.push({
		name: variable,
		sourceKind: "helm-values",
		location,
		hints: {},
		context: { via: "env" },
		literal: literal(text, location)
	});
}
// src/discovery/kubernetes.ts
const CONTAINER_LISTS = [
	"initContainers",
	"containers",
	"ephemeralContainers"
];
const MAX_SEARCH_DEPTH = 16;
const kubernetesExtractor = {
	kind: "kubernetes",
	matches(path) {
		return /\.ya?ml$/i.test(path) && !/(^|\/)\.github\//.test(path);
	},
	extract({ path, text }) {
		return guarded(path, () => extractKubernetes(path, text));
	}
};
function isHelmTemplate(path, text) {
	return /(^|\/)templates\//.test(path) && looksTemplated(text);
}
const INERT_KIND = /^kind:[ \t]*(["']?)(?:CustomResourceDefinition|ConfigMap)\1[ \t]*(?:#.*)?\r?$/m;
const UNPLAIN_ROOT_LINE = /^(?!$|[ \t#\r\n]|(?:---|\.\.\.)[ \t]*(?:#.*)?\r?$|[A-Za-z0-9_][\w.\/-]*:(?:[ \t]|\r?$))/m;
function mayHoldUses(source) {
	if (source.match(/^kind:/gm)?.length === 1 && INERT_KIND.test(source) && !UNPLAIN_ROOT_LINE.test(source)) return false;
	return holdsWord(source, (text) => /Role|ServiceAccount/.test(text) || CREDENTIAL_NAME.test(text));
}
function looksLikeManifest(text) {
	return /^\uFEFF?[ \t-]*apiVersion[ \t]*:[ \t]*\S/m.test(text) && /^[ \t-]*kind[ \t]*:[ \t]*\S/m.test(text);
}
function extractKubernetes(path, text) {
	if (!looksLikeManifest(text)) return {};
	if (isHelmTemplate(path, text)) return { diagnostics: [skippedTemplate(path)] };
	const parsed = parseFile(path, text, { wantDocument: mayHoldUses });
	const out = {
		uses: [],
		diagnostics: parsed.diagnostics,
		roles: [],
		bindings: [],
		serviceAccounts: []
	};
	for (const walk of parsed.walks) visitObject(walk, walk.doc.contents, out, 0);
	return {
		uses: out.uses,
		diagnostics: out.diagnostics,
		rbac: {
			roles: out.roles,
			bindings: out.bindings,
			serviceAccounts: out.serviceAccounts
		}
	};
}
function visitObject(walk, node, out, depth) {
	const object = resolve$3(walk, node);
	const apiVersion = str(walk, get(walk, object, "apiVersion"));
	const kind = str(walk, get(walk, object, "kind"));
	if (!(0, import_dist.isMap)(object) || !apiVersion || !kind) return;
	if (kind.endsWith("List") && depth < 4) {
		for (const item of items(walk, get(walk, object, "items"))) visitObject(walk, item, out, depth + 1);
		return;
	}
	const metadata = get(walk, object, "metadata");
	const nameEntry = entry(walk, metadata, "name");
	const name = str(walk, nameEntry?.value);
	const namespace = str(walk, get(walk, metadata, "namespace"));
	const object_ = {
		kind,
		name,
		namespace,
		resource: `${kind}/${name ?? ""}`,
		hints: namespace ? { namespace } : {},
		anchor: nameEntry?.value ?? entry(walk, object, "kind")?.pair
	};
	if (kind === "Secret" && apiVersion === "v1") secretObject(walk, object, object_, out);
	else if (kind === "Role" || kind === "ClusterRole") out.roles.push(role(walk, object, object_, kind));
	else if (kind === "RoleBinding" || kind === "ClusterRoleBinding") out.bindings.push(binding(walk, object, object_, kind));
	else if (kind === "ServiceAccount" && name) out.serviceAccounts.push({
		name,
		namespace,
		location: locate$1(walk, object_.anchor)
	});
	else if (kind !== "CustomResourceDefinition" && kind !== "ConfigMap") findPodSpecs(walk, get(walk, object, "spec"), object_, out, 0);
}
function use$1(name, location, object, via, value) {
	const raw = {
		name,
		sourceKind: "kubernetes",
		location,
		hints: { ...object.hints },
		context: {
			via,
			resource: object.resource
		}
	};
	if (value !== void 0 && value !== "") raw.literal = literal(value, location);
	return raw;
}
function findPodSpecs(walk, node, object, out, depth) {
	if (depth > MAX_SEARCH_DEPTH) return;
	if ((0, import_dist.isSeq)(resolve$3(walk, node))) {
		for (const item of items(walk, node)) findPodSpecs(walk, item, object, out, depth + 1);
		return;
	}
	const fields = entries(walk, node);
	if (fields.some((field) => CONTAINER_LISTS.includes(field.key) && (0, import_dist.isSeq)(field.value))) {
		podSpec(walk, node, object, out);
		return;
	}
	for (const field of fields) if ((0, import_dist.isMap)(field.value) || (0, import_dist.isSeq)(field.value)) findPodSpecs(walk, field.value, object, out, depth + 1);
}
function podSpec(walk, spec, object, out) {
	for (const list of CONTAINER_LISTS) for (const container of items(walk, get(walk, spec, list))) {
		for (const variable of items(walk, get(walk, container, "env"))) envVar(walk, variable, object, out);
		for (const source of items(walk, get(walk, container, "envFrom"))) {
			const ref = entry(walk, source, "secretRef");
			const secret = str(walk, get(walk, ref?.value, "name"));
			if (ref && secret) out.uses.push(use$1(secret, locateFromTo(walk, ref.pair, entry(walk, ref.value, "name")?.pair), object, "envFrom"));
		}
	}
	for (const volume of items(walk, get(walk, spec, "volumes"))) {
		const secret = entry(walk, volume, "secret");
		if (secret) volumeSecret(walk, secret.value, "secretName", secret.pair, object, out, "volume");
		for (const source of items(walk, get(walk, get(walk, volume, "projected"), "sources"))) {
			const projected = entry(walk, source, "secret");
			if (projected) volumeSecret(walk, projected.value, "name", projected.pair, object, out, "projected");
		}
	}
}
function envVar(walk, variable, object, out) {
	const ref = entry(walk, get(walk, variable, "valueFrom"), "secretKeyRef");
	if (ref) {
		const secret = str(walk, get(walk, ref.value, "name"));
		const key = str(walk, get(walk, ref.value, "key"));
		const last = entries(walk, ref.value).at(-1)?.pair ?? ref.pair;
		if (secret && key) out.uses.push(use$1(`${secret}/${key}`, locateFromTo(walk, ref.pair, last), object, "secretKeyRef"));
		return;
	}
	const name = entry(walk, variable, "name");
	const value = entry(walk, variable, "value");
	const variableName = str(walk, name?.value);
	const text = str(walk, value?.value);
	if (name && value && variableName && text && holdsCredential$1(variableName)) out.uses.push(use$1(variableName, locateFromTo(walk, name.pair, value.pair), object, "env", text));
}
function volumeSecret(walk, node, nameField, pair, object, out, via) {
	const name = entry(walk, node, nameField);
	const secret = str(walk, name?.value);
	if (!secret) return;
	const selected = items(walk, get(walk, node, "items"));
	if (selected.length === 0) {
		out.uses.push(use$1(secret, locateFromTo(walk, pair, name?.pair), object, via));
		return;
	}
	for (const item of selected) {
		const key = entry(walk, item, "key");
		const keyName = str(walk, key?.value);
		if (key && keyName) out.uses.push(use$1(`${secret}/${keyName}`, locate$1(walk, key.pair), object, via));
	}
}
function secretObject(walk, object, k8s, out) {
	if (!k8s.name) return;
	for (const field of ["data", "stringData"]) for (const item of entries(walk, get(walk, object, field))) {
		const raw = str(walk, item.value);
		if (raw === void 0) continue;
		const value = field === "data" ? decodeBase64(raw) : raw;
		if (value === void 0) continue;
		out.uses.push(use$1(`${k8s.name}/${item.key}`, locate$1(walk, item.pair), k8s, field, value));
	}
}
function decodeBase64(raw) {
	const compact = raw.replace(/\s+/g, "");
	if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(compact, "base64"));
	} catch {
		return;
	}
}
function strings(walk, node) {
	return items(walk, node).map((item) => str(walk, item)).filter((value) => value !== void 0);
}
function role(walk, object, k8s, kind) {
	const rules = items(walk, get(walk, object, "rules")).map((rule) => ({
		apiGroups: strings(walk, get(walk, rule, "apiGroups")),
		resources: strings(walk, get(walk, rule, "resources")),
		verbs: strings(walk, get(walk, rule, "verbs")),
		location: locate$1(walk, rule)
	}));
	return {
		kind,
		name: k8s.name ?? "",
		...k8s.namespace ? { namespace: k8s.namespace } : {},
		rules,
		location: locate$1(walk, k8s.anchor)
	};
}
function binding(walk, object, k8s, kind) {
	const roleRef = entry(walk, object, "roleRef");
	const subjects = items(walk, get(walk, object, "subjects")).map((subject) => {
		const namespace = str(walk, get(walk, subject, "namespace"));
		return {
			kind: str(walk, get(walk, subject, "kind")) ?? "",
			name: str(walk, get(walk, subject, "name")) ?? "",
			...namespace ? { namespace } : {}
		};
	});
	return {
		kind,
		name: k8s.name ?? "",
		...k8s.namespace ? { namespace: k8s.namespace } : {},
		roleRef: {
			kind: str(walk, get(walk, roleRef?.value, "kind")) ?? "",
			name: str(walk, get(walk, roleRef?.value, "name")) ?? ""
		},
		subjects,
		location: locate$1(walk, roleRef?.pair ?? k8s.anchor)
	};
}
// src/discovery/kustomize.ts
const KUSTOMIZATION_FILES = new Set([
	"kustomization.yaml",
	"kustomization.yml",
	"Kustomization"
]);
const PATH_LISTS = [
	"resources",
	"bases",
	"components",
	"patches",
	"patchesStrategicMerge",
	"patchesJson6902",
	"crds"
];
const kustomizeExtractor = {
	kind: "kustomize",
	matches(path) {
		return KUSTOMIZATION_FILES.has(baseOf(path));
	},
	extract({ path, text }) {
		return guarded(path, () => extractKustomize(path, text));
	}
};
function extractKustomize(path, text) {
	const parsed = parseFile(path, text);
	const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
	if (!walk) return { diagnostics: parsed.diagnostics };
	const root = walk.doc.contents;
	const dir = dirOf(path);
	const namespace = str(walk, get(walk, root, "namespace"));
	const resources = [];
	for (const field of PATH_LISTS) for (const item of items(walk, get(walk, root, field))) {
		const target = (0, import_dist.isScalar)(item) ? str(walk, item) : str(walk, get(walk, item, "path"));
		if (target) addPath(resources, dir, target);
	}
	const uses = [];
	for (const generator of items(walk, get(walk, root, "secretGenerator"))) {
		const name = str(walk, get(walk, generator, "name"));
		const hintNamespace = str(walk, get(walk, generator, "namespace")) ?? namespace;
		for (const field of [
			"envs",
			"files",
			"env"
		]) {
			const value = get(walk, generator, field);
			const list = (0, import_dist.isScalar)(value) ? [value] : items(walk, value);
			for (const item of list) {
				const source = str(walk, item);
				if (source) addPath(resources, dir, source.includes("=") ? source.slice(source.indexOf("=") + 1) : source);
			}
		}
		if (!name) continue;
		for (const item of items(walk, get(walk, generator, "literals"))) {
			const found = literalEntry(walk, item);
			if (!found) continue;
			const use = {
				name: `${name}/${found.key}`,
				sourceKind: "kustomize",
				location: found.location,
				hints: hintNamespace ? { namespace: hintNamespace } : {},
				context: {
					via: "secretGenerator",
					resource: `secretGenerator/${name}`
				}
			};
			if (found.value !== "") use.literal = literal(found.value, found.location);
			uses.push(use);
		}
	}
	return {
		uses,
		kustomizations: [{
			dir,
			file: path,
			...namespace ? { namespace } : {},
			resources: [...new Set(resources)]
		}],
		diagnostics: parsed.diagnostics
	};
}
function addPath(out, dir, target) {
	const trimmed = target.trim();
	if (!trimmed || /^[a-z][a-z0-9+.-]*:\/\/|^git@|^(github|gitlab|bitbucket)\.(com|org)\//i.test(trimmed)) return;
	if (trimmed.startsWith("/")) return;
	const resolved = node_path.posix.normalize(node_path.posix.join(dir, trimmed.replace(/\\/g, "/"))).replace(/\/+$/, "");
	if (resolved === ".." || resolved.startsWith("../")) return;
	out.push(resolved === "." ? "" : resolved);
}
function literalEntry(walk, node) {
	if (!(0, import_dist.isScalar)(node) || typeof node.value !== "string" || !node.range) return void 0;
	const text = node.value;
	const equals = text.indexOf("=");
	if (equals <= 0) return void 0;
	const key = text.slice(0, equals).trim();
	let value = text.slice(equals + 1);
	if (/^(["']).*\1$/s.test(value) && value.length >= 2) value = value.slice(1, -1);
	const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
	const start = node.range[0] + (quoted ? 1 : 0);
	return {
		key,
		value,
		location: span(walk, start, node.range[1])
	};
}
// src/discovery/scope.ts
function scopeFilter(scope = {}) {
	const include = scope.include?.filter((p) => p !== "" && p !== ".");
	const ignore = scope.ignore?.length ? (0, import_picomatch.default)([...scope.ignore], { dot: true }) : void 0;
	if (!include?.length && !ignore) return void 0;
	const ignored = (path) => {
		if (!ignore) return false;
		const parts = path.split("/");
		return parts.some((_, i) => ignore(parts.slice(0, i + 1).join("/")));
	};
	const included = (path, isFolder) => !include?.length || include.some((p) => path === p || path.startsWith(`${p}/`) || isFolder && p.startsWith(`${path}/`));
	return (path, isFolder) => included(path, isFolder) && !ignored(path);
}
// src/discovery/suppressions.ts
const MARKER = /(^|\s)#\s*keybound-ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?::(.*))?$/;
function findSuppressions(path, text) {
	const found = [];
	(text.startsWith("\uFEFF") ? text.slice(1) : text).split("\n").forEach((raw, index) => {
		if (!raw.includes("keybound-ignore")) return;
		const match = MARKER.exec(raw.replace(/\r$/, ""));
		if (!match) return;
		const column = match.index + match[1].length + 1;
		const reason = match[3]?.trim();
		for (const ruleId of match[2].split(",")) found.push({
			file: path,
			line: index + 1,
			column,
			ruleId: ruleId.trim(),
			...reason && { reason }
		});
	});
	return found;
}
// src/discovery/index.ts
const EXTRACTORS = [
	githubWorkflowExtractor,
	compositeActionExtractor,
	composeExtractor,
	kustomizeExtractor,
	helmValuesExtractor,
	dotenvExtractor,
	kubernetesExtractor
];
function scanTree(root, scope = {}, options = {}) {
	const inventory = require_types.emptyInventory();
	const strings = new Map();
	const walk = walkTree(root, scopeFilter(scope));
	inventory.diagnostics.push(...walk.diagnostics);
	const paths = new Set([...walk.files, ...scope.include ? siblingsOf(root, walk.files) : []]);
	const namedHelm = options.helmValues?.length ? (0, import_picomatch.default)([...options.helmValues], { dot: true }) : void 0;
	for (const path of walk.files) {
		const extractor = namedHelm?.(path) && !githubWorkflowExtractor.matches(path, paths) ? helmValuesExtractor : EXTRACTORS.find((e) => e.matches(path, paths));
		if (!extractor) continue;
		const read = readTextFile(root, path);
		if ("diagnostic" in read) {
			inventory.diagnostics.push(read.diagnostic);
			continue;
		}
		inventory.files.push({
			path,
			kind: extractor.kind
		});
		if (read.text.includes("keybound-ignore")) mergeInto(inventory, { suppressions: findSuppressions(path, read.text) }, strings);
		try {
			mergeInto(inventory, extractor.extract({
				path,
				text: read.text
			}), strings);
		} catch (error) {
			const reason = error instanceof Error ? error.name : typeof error;
			inventory.diagnostics.push({
				kind: "parse-error",
				file: path,
				line: 1,
				column: 1,
				message: `could not be read as ${extractor.kind} (${reason})`
			});
		}
	}
	return inventory;
}
function mergeInto(inventory, part, strings = new Map()) {
	require_outcome.ownStrings(part, strings);
	inventory.uses.push(...part.uses ?? []);
	inventory.links.push(...part.links ?? []);
	inventory.workflows.push(...part.workflows ?? []);
	inventory.kustomizations.push(...part.kustomizations ?? []);
	inventory.diagnostics.push(...part.diagnostics ?? []);
	inventory.suppressions.push(...part.suppressions ?? []);
	if (part.actions?.length) inventory.actions = [...inventory.actions ?? [], ...part.actions];
	inventory.rbac.roles.push(...part.rbac?.roles ?? []);
	inventory.rbac.bindings.push(...part.rbac?.bindings ?? []);
	inventory.rbac.serviceAccounts.push(...part.rbac?.serviceAccounts ?? []);
}
// src/core/group.ts
function addTo(map, key, value) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
// src/discovery/workflow-calls.ts
const MAX_CONTEXTS = 64;
function followWorkflowCalls(inventory, options = {}) {
	const workflows = new Map(inventory.workflows.map((w) => [w.file, w]));
	const callers = new Map();
	for (const workflow of inventory.workflows) for (const job of workflow.jobs) {
		const call = job.call;
		if (!call) continue;
		const target = localPath(call.uses);
		if (target === void 0) {
			if (/^[^./][^@]*\/[^@]+@\S+$/.test(call.uses)) inventory.diagnostics.push(...remoteNote(workflow, job, call));
		} else if (!workflows.has(target)) inventory.diagnostics.push(missingNote(workflow, job, call));
		else addTo(callers, target, {
			workflow,
			job,
			call
		});
	}
	const known = knownEnvironments(inventory.workflows, options.environments ?? []);
	const contexts = new Map();
	const inProgress = new Set();
	let cuts = 0;
	const contextsOf = (file) => {
		const done = contexts.get(file);
		if (done) return done;
		if (inProgress.has(file)) {
			cuts++;
			return [];
		}
		const cutsBefore = cuts;
		inProgress.add(file);
		const workflow = workflows.get(file);
		const found = new Map();
		const add = (context) => {
			if (found.size < MAX_CONTEXTS) found.set(contextId(context), context);
		};
		const triggers = workflow.triggers ?? [];
		if (triggers.length === 0 || triggers.some((t) => t !== "workflow_call")) for (const context of directContexts(workflow, known)) add(context);
		for (const caller of callers.get(file) ?? []) for (const outer of contextsOf(caller.workflow.file)) for (const given of caller.call.with.length ? caller.call.with : [{}]) add(callContext(workflow, caller, given, outer));
		if (found.size === 0) add(unknownCallerContext(workflow));
		inProgress.delete(file);
		const list = [...found.values()];
		if (cuts === cutsBefore) contexts.set(file, list);
		return list;
	};
	const uses = [];
	const byFile = new Map();
	for (const use of inventory.uses) if (use.sourceKind !== "github-workflow" || !workflows.has(use.location.file)) uses.push(use);
	else addTo(byFile, use.location.file, use);
	for (const workflow of inventory.workflows) {
		const own = byFile.get(workflow.file) ?? [];
		const pending = workflow.dynamicSecrets ?? [];
		if (own.length === 0 && pending.length === 0) continue;
		const list = contextsOf(workflow.file);
		const seen = new Set();
		const push = (use) => {
			const id = JSON.stringify([
				use.name,
				use.location,
				use.hints,
				use.context,
				use.calledFrom
			]);
			if (seen.has(id)) return;
			seen.add(id);
			uses.push(use);
		};
		for (const use of own) for (const context of list) expandUse(use, context).forEach(push);
		const unresolved = [];
		for (const access of pending) for (const context of list) {
			const resolved = resolveAccess(access, context);
			resolved.uses.forEach(push);
			unresolved.push(...resolved.unresolved);
		}
		workflow.dynamicSecrets = unresolved;
	}
	inventory.uses = uses;
	followCompositeActions(inventory);
}
function localPath(uses) {
	if (!uses.startsWith("./")) return void 0;
	return uses.slice(2).replace(/\/+/g, "/");
}
function knownEnvironments(workflows, extra) {
	const names = new Set();
	for (const workflow of workflows) for (const job of workflow.jobs) for (const name of job.environments) names.add(name);
	for (const name of extra) names.add(name);
	return [...names].sort();
}
function directContexts(workflow, known) {
	const context = directContext(workflow, known);
	const split = (workflow.inputs ?? []).find((input) => input.trigger === "workflow_dispatch" && (input.type === "choice" || input.type === "environment") && ENVIRONMENT_INPUT.test(input.name));
	const picked = split && context.inputs.get(split.name);
	if (!split || !picked || picked.values.length < 2) return [context];
	return picked.values.map((value) => ({
		...context,
		inputs: new Map([...context.inputs, [split.name, {
			values: [value],
			exact: picked.exact
		}]])
	}));
}
function directContext(workflow, known) {
	const inputs = new Map();
	const others = (workflow.triggers ?? []).some((t) => t !== "workflow_dispatch" && t !== "workflow_call");
	for (const input of workflow.inputs ?? []) {
		if (input.trigger !== "workflow_dispatch") continue;
		const fallback = input.default !== void 0 ? [input.default] : [];
		const empty = others ? [""] : [];
		const type = input.type ?? "string";
		if (type === "choice") inputs.set(input.name, {
			values: distinct$1([
				...input.options ?? [],
				...fallback,
				...empty
			]),
			exact: true
		});
		else if (type === "boolean") inputs.set(input.name, {
			values: ["true", "false"],
			exact: true
		});
		else if (type === "environment" || type === "string") inputs.set(input.name, {
			values: distinct$1([
				...fallback,
				...known,
				...empty
			]),
			exact: false
		});
	}
	return {
		inputs,
		environments: [],
		callers: []
	};
}
function unknownCallerContext(workflow) {
	const inputs = new Map();
	for (const input of workflow.inputs ?? []) if (input.trigger === "workflow_call" && input.default !== void 0) inputs.set(input.name, {
		values: [input.default],
		exact: true
	});
	return {
		inputs,
		environments: [],
		callers: []
	};
}
function callContext(callee, caller, given, outer) {
	const inputs = new Map();
	for (const input of callee.inputs ?? []) {
		if (input.trigger !== "workflow_call") continue;
		const passed = Object.hasOwn(given, input.name) ? given[input.name] : void 0;
		if (passed !== void 0) {
			const value = throughOuter(passed, outer);
			if (value) inputs.set(input.name, value);
		} else if (input.default !== void 0) inputs.set(input.name, {
			values: [input.default],
			exact: true
		});
	}
	const declared = caller.call.secrets;
	let secrets;
	if (declared === "inherit") secrets = outer.secrets;
	else {
		secrets = new Map();
		for (const [local, refs] of Object.entries(declared ?? {})) secrets.set(local, distinct$1(refs.flatMap((ref) => secretName(ref, outer))));
	}
	const handed = Object.entries(given).filter(([name]) => ENVIRONMENT_INPUT.test(name)).flatMap(([, values]) => throughOuter(values, outer)?.values ?? []);
	return {
		inputs,
		...secrets && { secrets },
		environments: handed.length ? distinct$1(handed) : outer.environments,
		callers: [caller.workflow.file, ...outer.callers],
		calledFrom: caller.call.location
	};
}
function throughOuter(templates, outer) {
	const values = [];
	let exact = true;
	for (const template of templates) {
		if (!template.includes("${{")) {
			values.push(template);
			continue;
		}
		const possible = possibleValues(template, { inputs: (name) => outer.inputs.get(name)?.values });
		if (possible.dynamic || possible.values.some((v) => v.includes("${{"))) return void 0;
		for (const [, name] of template.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) if (outer.inputs.get(name)?.exact === false) exact = false;
		values.push(...possible.values, ...possible.empty ? [""] : []);
	}
	return {
		values: distinct$1(values),
		exact
	};
}
function secretName(name, context) {
	if (!context.secrets || name.toUpperCase() === "GITHUB_TOKEN") return [name];
	return context.secrets.get(name) ?? [name];
}
function contextId(context) {
	return JSON.stringify([
		[...context.inputs].sort(([a], [b]) => require_cel_cost.compareText(a, b)),
		context.secrets ? [...context.secrets].sort(([a], [b]) => require_cel_cost.compareText(a, b)) : null,
		context.environments,
		context.callers,
		context.calledFrom ?? null
	]);
}
function expandUse(use, context) {
	const out = [];
	for (const hints of contextHints(use.hints, context)) for (const name of secretName(use.name, context)) out.push({
		...use,
		name,
		hints,
		...context.calledFrom && { calledFrom: context.calledFrom }
	});
	return out;
}
function contextHints(hints, context) {
	const { environmentTemplate, ...rest } = hints;
	const base = {
		...rest,
		...context.callers.length && { callers: context.callers }
	};
	if (environmentTemplate !== void 0) {
		const possible = possibleValues(environmentTemplate, { inputs: (name) => context.inputs.get(name)?.values });
		const names = possible.values.filter((v) => !v.includes("${{"));
		const out = names.map((githubEnvironment) => ({
			...base,
			githubEnvironment
		}));
		if (possible.empty || possible.dynamic || names.length < possible.values.length || out.length === 0) out.push(base);
		return out;
	}
	if (base.githubEnvironment !== void 0 || context.environments.length === 0) return [base];
	return context.environments.map((name) => name === "" ? base : {
		...base,
		githubEnvironment: name
	});
}
function resolveAccess(access, context) {
	const uses = [];
	const unresolved = [];
	for (const hints of contextHints(access.hints, context)) {
		const place = {
			hints,
			...context.calledFrom && { calledFrom: context.calledFrom }
		};
		let settled = access.names !== void 0;
		const names = [];
		for (const template of access.names ?? []) {
			const possible = possibleValues(template, { inputs: (name) => {
				const input = context.inputs.get(name);
				return input?.exact ? input.values : void 0;
			} });
			if (possible.dynamic || possible.values.some((v) => v.includes("${{"))) settled = false;
			names.push(...possible.values.filter((v) => !v.includes("${{")));
		}
		for (const local of distinct$1(names)) for (const name of secretName(local, context)) uses.push({
			name,
			sourceKind: "github-workflow",
			location: access.location,
			context: access.context,
			...place
		});
		if (!settled) {
			const { names: _names, ...rest } = access;
			unresolved.push({
				...rest,
				...place
			});
		}
	}
	return {
		uses,
		unresolved
	};
}
function remoteNote(workflow, job, call) {
	const secrets = call.secrets === "inherit" ? "secrets: inherit" : call.secrets && Object.keys(call.secrets).length ? `secrets ${Object.keys(call.secrets).join(", ")}` : void 0;
	const environments = distinct$1(call.with.flatMap((given) => Object.entries(given).filter(([name]) => ENVIRONMENT_INPUT.test(name)).flatMap(([, values]) => values.filter((v) => v !== "" && !v.includes("${{")))));
	if (!secrets && environments.length === 0) return [];
	const where = environments.length ? `deploys to ${environments.join(", ")} through` : "calls";
	const handed = secrets ? ` with ${secrets}` : "";
	return [{
		kind: "notice",
		file: workflow.file,
		line: call.location.line,
		column: call.location.column,
		message: `job ${job.id} ${where} ${call.uses}${handed}; keybound cannot see the keys used there`
	}];
}
function missingNote(workflow, job, call) {
	return {
		kind: "notice",
		file: workflow.file,
		line: call.location.line,
		column: call.location.column,
		message: `job ${job.id} calls ${call.uses}, which is not in the scanned tree; the keys used there are not seen`
	};
}
function distinct$1(items) {
	return [...new Set(items)];
}
// src/keys/join.ts
function normalizeName(name) {
	return name.toLowerCase().replace(/[-_]/g, "");
}
const PAIRS = require_outcome.COMPANIONS;
function pairsOf(name) {
	const normalized = normalizeName(name);
	return PAIRS.flatMap((spec) => {
		if (!normalized.endsWith(spec.primary) || Object.keys(spec.companions).length === 0) return [];
		const prefix = normalized.slice(0, -spec.primary.length);
		return !spec.prefixContains || prefix.includes(spec.prefixContains) ? [{
			spec,
			prefix
		}] : [];
	});
}
function companionRole(names, name) {
	const normalized = normalizeName(name);
	for (const primary of names) for (const pair of pairsOf(primary)) for (const [suffix, role] of Object.entries(pair.spec.companions)) if (normalized === pair.prefix + suffix) return role;
}
function lookupNames(names) {
	const found = [];
	for (const name of names) {
		const normalized = normalizeName(name);
		for (const spec of PAIRS) {
			if (!spec.lookups || !normalized.endsWith(spec.primary)) continue;
			const prefix = normalized.slice(0, -spec.primary.length);
			if (spec.prefixContains && !prefix.includes(spec.prefixContains)) continue;
			for (const [suffix, role] of Object.entries(spec.lookups)) found.push([prefix + suffix, role]);
		}
	}
	return found;
}
function destination(use) {
	const c = use.context;
	if (!c?.target || c.via !== "env" && c.via !== "with") return void 0;
	return {
		place: JSON.stringify([
			use.location.file,
			c.job ?? "",
			c.step ?? "",
			c.via
		]),
		target: c.target
	};
}
function destinationPairs(uses) {
	const byPlace = new Map();
	for (const use of uses) {
		const where = destination(use);
		if (!where || use.name.toUpperCase() === "GITHUB_TOKEN") continue;
		addTo(byPlace, where.place, {
			name: use.name,
			target: where.target
		});
	}
	const pairs = new Map();
	for (const handed of byPlace.values()) {
		const byTarget = new Map();
		for (const entry of handed) addTo(byTarget, normalizeName(entry.target), entry);
		for (const primary of handed) for (const pair of pairsOf(primary.target)) for (const [suffix, role] of Object.entries(pair.spec.companions)) for (const companion of byTarget.get(pair.prefix + suffix) ?? []) {
			if (companion.name === primary.name) continue;
			pairs.set(`${primary.name}\u0000${companion.name}`, {
				primary: primary.name,
				companion: companion.name,
				role
			});
		}
	}
	return [...pairs.values()];
}
var NameGroups = class {
	parent = new Map();
	find(name) {
		const id = normalizeName(name);
		let root = id;
		while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root);
		for (let at = id; at !== root;) {
			const next = this.parent.get(at) ?? root;
			this.parent.set(at, root);
			at = next;
		}
		return root;
	}
	union(a, b) {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra !== rb) this.parent.set(rb, ra);
	}
};
function joinKeys({ uses, links, declarations }) {
	const groups = new NameGroups();
	for (const declaration of declarations.values()) for (const alias of declaration.aliases ?? []) groups.union(declaration.name, alias);
	for (const link of links) groups.union(link.secret, link.alias);
	const names = [...new Set(uses.map((u) => u.name))];
	const byNormalized = new Map();
	for (const name of names) {
		const normalized = normalizeName(name);
		const list = byNormalized.get(normalized);
		if (list) list.push(name);
		else byNormalized.set(normalized, [name]);
	}
	const companions = new Set();
	for (const pair of destinationPairs(uses)) {
		groups.union(pair.primary, pair.companion);
		companions.add(pair.companion);
	}
	for (const name of names) for (const pair of pairsOf(name)) for (const suffix of Object.keys(pair.spec.companions)) for (const companion of byNormalized.get(pair.prefix + suffix) ?? []) {
		if (companion === name) continue;
		groups.union(name, companion);
		companions.add(companion);
	}
	const byGroup = new Map();
	for (const use of uses) {
		const group = groups.find(use.name);
		const list = byGroup.get(group) ?? [];
		list.push(use);
		byGroup.set(group, list);
	}
	const declarationOf = new Map();
	for (const declaration of declarations.values()) {
		const group = groups.find(declaration.name);
		if (!declarationOf.has(group)) declarationOf.set(group, declaration);
	}
	const keys = [];
	for (const [group, groupUses] of byGroup) {
		groupUses.sort(compareUses);
		const allNames = distinct(groupUses.map((u) => u.name));
		const declaration = declarationOf.get(group);
		const name = canonicalName(groupUses, allNames, declaration, companions);
		keys.push({
			name,
			names: distinct([name, ...allNames]),
			uses: groupUses,
			declaration,
			companions: {},
			observations: [],
			facts: {},
			environments: distinct(groupUses.map((u) => u.environment)).sort()
		});
	}
	return keys.sort((a, b) => require_cel_cost.compareText(a.name, b.name));
}
function canonicalName(uses, names, declaration, companions) {
	const primary = names.filter((n) => !companions.has(n));
	const candidates = new Set(primary.length > 0 ? primary : names);
	const ci = uses.filter((u) => u.sourceKind === "github-workflow" && candidates.has(u.name));
	if (declaration && ci.some((u) => u.name === declaration.name)) return declaration.name;
	if (ci.length > 0) return ci[0].name;
	if (declaration) return declaration.name;
	return [...candidates][0];
}
function compareUses(a, b) {
	return require_cel_cost.compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || require_cel_cost.compareText(a.environment, b.environment);
}
function distinct(items) {
	return [...new Set(items)];
}
// src/keys/destinations.ts
const ACTION_INPUTS$1 = {
	"actions/checkout": { token: "github" },
	"actions/github-script": { "github-token": "github" },
	"peter-evans/create-pull-request": { token: "github" },
	"peter-evans/create-or-update-comment": { token: "github" },
	"slackapi/slack-github-action": { token: "slack" },
	"cloudflare/wrangler-action": { apiToken: "cloudflare" },
	"aws-actions/configure-aws-credentials": {
		"aws-access-key-id": "aws",
		"aws-secret-access-key": "aws",
		"aws-session-token": "aws"
	}
};
function holdsCredential(target) {
	return require_outcome.isCredentialName(target) || /accesskeyid$/.test(normalizeName(target));
}
const HANDED = new Set([
	"env",
	"with",
	"secrets"
]);
function observeDestinations(uses, names) {
	const own = new Set(names.map(normalizeName));
	const seen = new Set();
	const observations = [];
	for (const use of uses) {
		const target = use.context?.target;
		if (!target || !HANDED.has(use.context?.via ?? "") || own.has(normalizeName(target))) continue;
		if (use.context?.endpoint || !holdsCredential(target)) continue;
		const action = use.context?.via === "with" ? use.context.action?.toLowerCase() : void 0;
		const byAction = action && Object.hasOwn(ACTION_INPUTS$1, action) ? ACTION_INPUTS$1[action] : void 0;
		const fromAction = byAction && Object.hasOwn(byAction, target) ? require_outcome.providerById(byAction[target]) : void 0;
		const providers = fromAction ? [fromAction] : require_outcome.providersForName(target);
		for (const provider of providers) {
			if (seen.has(provider.id)) continue;
			seen.add(provider.id);
			const detail = action ? `passed as ${target} to ${action}` : `passed as ${target}`;
			observations.push({
				fact: "provider",
				value: provider.id,
				source: "name",
				detail
			});
		}
	}
	return observations;
}
// src/keys/platform.ts
function observePlatform(key, secrets) {
	const chosen = chooseSecret(key, Array.isArray(secrets) ? indexPlatformSecrets(secrets) : secrets);
	if (!chosen) return [];
	const where = chosen.scope === "environment" ? `GitHub environment ${chosen.environment ?? ""} secret` : `GitHub ${chosen.scope} secret`;
	return [{
		fact: "rotated",
		value: chosen.updatedAt,
		source: "platform",
		detail: `${where} updated_at`
	}, {
		fact: "created",
		value: chosen.createdAt,
		source: "platform",
		detail: `${where} created_at`
	}];
}
function indexPlatformSecrets(secrets) {
	const index = new Map();
	secrets.forEach((secret, at) => {
		const name = normalizeName(secret.name);
		const list = index.get(name);
		if (list) list.push({
			secret,
			at
		});
		else index.set(name, [{
			secret,
			at
		}]);
	});
	return index;
}
function chooseSecret(key, secrets) {
	const matching = [...new Set(key.names.map(normalizeName))].flatMap((name) => secrets.get(name) ?? []).sort((a, b) => a.at - b.at).map((entry) => entry.secret);
	if (matching.length === 0) return void 0;
	const inEnvironment = (name) => matching.find((s) => s.scope === "environment" && s.environment?.toLowerCase() === name.toLowerCase());
	const uses = [...key.uses].sort((a, b) => rank$1(a.environment) - rank$1(b.environment));
	for (const use of uses) {
		const found = use.hints.githubEnvironment && inEnvironment(use.hints.githubEnvironment) || inEnvironment(use.environment);
		if (found) return found;
	}
	return matching.find((s) => s.scope === "repository") ?? matching.find((s) => s.scope === "organization") ?? [...matching].sort((a, b) => require_cel_cost.compareText(a.updatedAt, b.updatedAt))[0];
}
function rank$1(environment) {
	return environment === "production" ? 0 : 1;
}
// src/keys/build.ts
function buildKeys(uses, links, config, secrets, platformSecrets = []) {
	const keys = joinKeys({
		uses,
		links,
		declarations: config.keys
	});
	const values = new SecretIndex(secrets);
	const platform = indexPlatformSecrets(platformSecrets);
	for (const key of keys) {
		attachValues(key, values);
		key.observations = [
			...key.names.flatMap((name) => require_outcome.observeName(name)),
			...observeDestinations(key.uses, key.names),
			...key.declaration ? require_outcome.observeDeclaration(key.declaration) : [],
			...observePlatform(key, platform),
			...key.value ? require_outcome.observeValue(key.value, key.name) : []
		];
		key.facts = require_outcome.selectFacts(key.observations);
	}
	return keys;
}
function attachValues(key, secrets) {
	for (const name of key.names) {
		const value = secrets.lookup(name);
		if (!value) continue;
		const role = companionRole(key.names, name) ?? destinationPairs(key.uses).find((pair) => pair.companion === name)?.role;
		if (role) key.companions[role] ??= value;
		else key.value ??= value;
	}
	for (const [name, role] of lookupNames(key.names)) {
		const value = secrets.lookup(name);
		if (value) key.companions[role] ??= value;
	}
}
var SecretIndex = class {
	secrets;
	normalized;
	constructor(secrets) {
		this.secrets = secrets;
	}
	lookup(name) {
		const exact = this.secrets.get(name);
		if (exact) return exact;
		if (!this.normalized) {
			this.normalized = new Map();
			for (const [candidate, value] of this.secrets) {
				const normalized = normalizeName(candidate);
				if (!this.normalized.has(normalized)) this.normalized.set(normalized, value);
			}
		}
		return this.normalized.get(normalizeName(name));
	}
};
// src/core/checksum.ts
const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();
function crc32(text) {
	let crc = 4294967295;
	for (const byte of Buffer.from(text, "utf8")) crc = CRC_TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
	return (crc ^ 4294967295) >>> 0;
}
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(value, width) {
	let out = "";
	for (let n = value; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
	return out.padStart(width, "0");
}
const BASE62_CRC_TOKEN = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/;
function tokenChecksumValid(value) {
	const match = BASE62_CRC_TOKEN.exec(value);
	if (!match) return void 0;
	return base62(crc32(match[1]), 6) === match[2];
}
// src/keys/literal.ts
const IDENTIFIER_TYPES = new Set([
	"account-sid",
	"api-key-sid",
	"api-key-id"
]);
const DEFAULT_IGNORED_TYPES = ["publishable"];
function describeFormat(match) {
	const type = match.format.type.replace(/\bpat\b/, "personal access token").replace(/[-_]+/g, " ").replace(/\b(api|sid|ci)\b/g, (word) => word.toUpperCase()).replace(/\boauth\b/g, "OAuth");
	const mode = match.format.mode ? `${match.format.mode} ` : "";
	const noun = /(key|token|credentials|SID|\ssecret)$/.test(type) ? "" : " key";
	const phrase = `${match.provider.name} ${mode}${type}${noun}`;
	return `${/^(?:[AEIOU]|npm )/.test(phrase) ? "an" : "a"} ${phrase}`;
}
function judgeLiteral(value, context) {
	let format;
	for (const name of context.names) format ??= require_outcome.detectFormat(value, name);
	if (format) return judgeFormat(value, format, context);
	if (require_outcome.isPrivateKeyBlock(value)) return {
		credential: true,
		kind: "private-key",
		what: "a private key",
		live: false,
		evidence: {
			fact: "format",
			value: "private-key",
			source: "value",
			detail: "PEM block"
		}
	};
	const written = require_outcome.urlPasswordPart(value);
	if (written !== void 0) {
		const password = require_outcome.decodeSafe(written);
		const stand = require_outcome.standIn(password, { minLength: 3 });
		if (stand) return {
			credential: false,
			category: "placeholder",
			reason: `a URL whose password is ${stand.reason}`
		};
		return {
			credential: true,
			kind: "url-password",
			what: "a URL with an embedded password",
			live: false,
			evidence: {
				fact: "format",
				value: "url-password",
				source: "value",
				detail: "password in the URL"
			},
			secretPart: written
		};
	}
	if (!context.names.some(require_outcome.isCredentialName)) return {
		credential: false,
		category: "unnamed",
		reason: "no credential format, and no credential name"
	};
	const stand = require_outcome.standIn(value, {
		names: context.names,
		known: context.known,
		minLength: context.minLength
	});
	if (stand) return {
		credential: false,
		...stand
	};
	return {
		credential: true,
		kind: "named-value",
		what: "a secret value",
		live: false,
		evidence: {
			fact: "name",
			value: "credential-named",
			source: "file",
			detail: "not a placeholder, reference or non-credential value"
		}
	};
}
function judgeFormat(value, format, context) {
	const { type } = format.format;
	if (require_outcome.isExampleKey(value)) return {
		credential: false,
		category: "example",
		reason: "a documented example key",
		format
	};
	if (IDENTIFIER_TYPES.has(type) || (context.ignoreTypes ?? DEFAULT_IGNORED_TYPES).includes(type)) return {
		credential: false,
		category: "public",
		reason: `a ${type} key type is not secret`,
		format
	};
	if (tokenChecksumValid(value) === false) return {
		credential: false,
		category: "example",
		reason: `its checksum does not match: a made-up ${format.provider.name} token`,
		format
	};
	const detail = [type, format.format.mode].filter(Boolean).join(", ");
	return {
		credential: true,
		kind: "provider-key",
		what: describeFormat(format),
		live: format.format.mode !== "test" && !format.format.needsNameHint,
		evidence: {
			fact: "provider",
			value: format.provider.id,
			source: "value",
			detail
		},
		format
	};
}
function knownNames(names) {
	const known = new Set();
	for (const name of names) {
		known.add(require_outcome.normalizeName(name));
		known.add(require_outcome.normalizeName(require_outcome.lastSegment(name)));
	}
	known.delete("");
	return known;
}
function committedCredentials(uses, keys) {
	const keyNames = new Map();
	for (const key of keys) for (const use of key.uses) if (use.literal) keyNames.set(use.literal, key.name);
	const known = knownNames([...uses.map((use) => use.name), ...keys.map((key) => key.name)]);
	const out = [];
	for (const use of uses) {
		if (!use.literal) continue;
		const joined = keyNames.get(use.literal);
		const names = joined && joined !== use.name ? [use.name, joined] : [use.name];
		const judgement = judgeLiteral(use.literal.reveal(), {
			names,
			known
		});
		if (!judgement.credential) continue;
		out.push(use.literal);
		if (judgement.secretPart !== void 0) out.push(judgement.secretPart, require_outcome.decodeSafe(judgement.secretPart));
	}
	return out;
}
// src/keys/relevance.ts
const PLAIN_SOURCES = new Set([
	"dotenv",
	"compose",
	"helm-values"
]);
function isCredentialUse(use) {
	if (use.context?.via === "secrets") return true;
	const plainEnv = use.sourceKind === "kubernetes" && use.context?.via === "env";
	if (!PLAIN_SOURCES.has(use.sourceKind) && !plainEnv) return true;
	if (use.sourceKind === "helm-values" && use.context?.via && SECRET_NAME_KEY.test(use.context.via)) return true;
	const named = require_outcome.isCredentialName(use.name) || isProviderKeyName(use.name);
	const literal = use.literal?.reveal();
	if (literal === void 0) return named;
	const judgement = judgeLiteral(literal, { names: [use.name] });
	if (judgement.credential || judgement.format) return true;
	return named && judgement.category !== "non-credential";
}
function isProviderKeyName(name) {
	const segment = require_outcome.lastSegment(name);
	return /(?:^|[-_])key$/i.test(segment) && !/publishable|public/i.test(segment) && require_outcome.providersForName(name).length > 0;
}
// src/generated/policies.ts
const POLICY_FILES = {
	"config.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:config:v1\",\n  \"title\": \"keybound config and policy pack\",\n  \"description\": \"keybound.yml, .github/keybound.yml and every policy pack it extends (SPEC section 4). The config never names hosts, URLs, headers or methods: where a secret is sent is compiled into keybound. Every pattern here is linear-time (no nested quantifiers), because ajv patterns backtrack.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\": {\n    \"version\": {\n      \"title\": \"Config format version\",\n      \"description\": \"Always 1.\",\n      \"const\": 1\n    },\n    \"extends\": {\n      \"title\": \"Policy packs\",\n      \"description\": \"Built-in pack names (recommended) or paths relative to this file, applied in order before this file. Without extends a config extends [recommended]; extends: [] means none.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"environments\": {\n      \"title\": \"Environment mappings\",\n      \"description\": \"Evidence that maps a use to an environment, added to the built-in conventions. Keys are environment names (production, staging, development or your own).\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/environment\" }\n    },\n    \"keys\": {\n      \"title\": \"Key declarations\",\n      \"description\": \"What the owners declare about each key, by the name it is stored under in CI. Every field is optional.\",\n      \"type\": \"object\",\n      \"additionalProperties\": {\n        \"description\": \"A key with nothing under it (as keybound init writes it) is declared and nothing more.\",\n        \"if\": { \"type\": \"null\" },\n        \"then\": true,\n        \"else\": { \"$ref\": \"#/definitions/key\" }\n      }\n    },\n    \"rules\": {\n      \"title\": \"Rule settings\",\n      \"description\": \"Per-rule severity and options, by rule id. Each rule's own options schema validates its options.\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/ruleSetting\" }\n    },\n    \"custom-rules\": {\n      \"title\": \"Custom rules\",\n      \"description\": \"Declarative rules written as CEL expressions over the model.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/customRule\" }\n    },\n    \"exceptions\": {\n      \"title\": \"Exceptions\",\n      \"description\": \"Waivers of a rule for a key or path; each needs a reason and an end date.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/exception\" }\n    },\n    \"ignore\": {\n      \"title\": \"Ignored paths\",\n      \"description\": \"Path globs never scanned, relative to the scanned root (a glob that matches a folder leaves out everything in it). --exclude adds to them.\",\n      \"$ref\": \"#/definitions/stringList\"\n    },\n    \"helm-values\": {\n      \"title\": \"Helm values files\",\n      \"description\": \"Globs (relative to the scanned root) of Helm values files keybound should read as such, beyond values*.yaml beside a Chart.yaml or beside a chart's folder. Their file names give environments (values-prod.yaml).\",\n      \"$ref\": \"#/definitions/stringList\"\n    }\n  },\n  \"definitions\": {\n    \"nonEmptyString\": {\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"stringList\": {\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"date\": {\n      \"description\": \"A calendar date, YYYY-MM-DD.\",\n      \"type\": \"string\",\n      \"format\": \"date\"\n    },\n    \"severity\": {\n      \"description\": \"error | warning | note | off\",\n      \"type\": \"string\",\n      \"enum\": [\"error\", \"warning\", \"note\", \"off\"]\n    },\n    \"ruleId\": {\n      \"description\": \"Lowercase letters, digits and dashes.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[a-z0-9][a-z0-9-]*$\"\n    },\n    \"provider\": {\n      \"description\": \"A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).\",\n      \"type\": \"string\",\n      \"enum\": [\n        \"alibaba\",\n        \"anthropic\",\n        \"atlassian\",\n        \"aws\",\n        \"buildkite\",\n        \"circleci\",\n        \"cloudflare\",\n        \"confluent\",\n        \"databricks\",\n        \"datadog\",\n        \"discord\",\n        \"doppler\",\n        \"dropbox\",\n        \"elasticsearch\",\n        \"fastly\",\n        \"gcp\",\n        \"github\",\n        \"gitlab\",\n        \"honeycomb\",\n        \"huggingface\",\n        \"launchdarkly\",\n        \"netlify\",\n        \"notion\",\n        \"npm\",\n        \"okta\",\n        \"openai\",\n        \"openrouter\",\n        \"sendgrid\",\n        \"slack\",\n        \"square\",\n        \"stripe\",\n        \"terraform\",\n        \"twilio\",\n        \"vault\",\n        \"none\"\n      ]\n    },\n    \"environment\": {\n      \"title\": \"Environment mapping\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"github-environments\": {\n          \"description\": \"GitHub job environment names that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"paths\": {\n          \"description\": \"Path globs, relative to the scanned root.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"namespaces\": {\n          \"description\": \"Kubernetes namespaces that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        }\n      }\n    },\n    \"key\": {\n      \"title\": \"Key declaration\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"provider\": { \"$ref\": \"#/definitions/provider\" },\n        \"environment\": {\n          \"description\": \"The environment this key belongs to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal\": {\n          \"description\": \"The expected principal: exact, or a glob with *.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal-kind\": {\n          \"description\": \"The expected kind of principal.\",\n          \"type\": \"string\",\n          \"enum\": [\"service\", \"human\"]\n        },\n        \"scopes\": {\n          \"description\": \"The scopes the key may hold; more is a least-privilege finding.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"rotated\": {\n          \"description\": \"Last rotation, YYYY-MM-DD; used when no better fact exists.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"owner\": {\n          \"description\": \"Who owns the key.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"aliases\": {\n          \"description\": \"The names the key goes by in manifests, compose files and dotenv files.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"max-age-days\": {\n          \"description\": \"This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.\",\n          \"type\": \"integer\",\n          \"minimum\": 1\n        },\n        \"warn-age-days\": {\n          \"description\": \"Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.\",\n          \"type\": \"integer\",\n          \"minimum\": 0\n        }\n      }\n    },\n    \"ruleSetting\": {\n      \"title\": \"Rule setting\",\n      \"description\": \"A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).\",\n      \"if\": { \"type\": \"string\" },\n      \"then\": { \"$ref\": \"#/definitions/severity\" },\n      \"else\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"severity\": { \"$ref\": \"#/definitions/severity\" }\n        }\n      }\n    },\n    \"customRule\": {\n      \"title\": \"Custom rule\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"id\", \"severity\", \"message\", \"deny\"],\n      \"properties\": {\n        \"id\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"message\": {\n          \"description\": \"Message template; {{key}} and other placeholders are filled in.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"when\": {\n          \"description\": \"CEL expression: the uses the rule looks at.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"deny\": {\n          \"description\": \"CEL expression: true means a finding.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        }\n      }\n    },\n    \"exception\": {\n      \"title\": \"Exception\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"rule\", \"until\", \"reason\"],\n      \"properties\": {\n        \"rule\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"key\": {\n          \"description\": \"Key name (or alias) it waives; without it, the rule is waived wherever path matches.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"path\": {\n          \"description\": \"Path glob it is limited to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"until\": {\n          \"description\": \"The last day it applies, YYYY-MM-DD.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"reason\": {\n          \"description\": \"Why the rule is waived.\",\n          \"type\": \"string\",\n          \"pattern\": \"\\\\S\"\n        },\n        \"owner\": { \"$ref\": \"#/definitions/nonEmptyString\" },\n        \"ticket\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n      }\n    }\n  }\n}\n",
	"org-report.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:org-report:v1\",\n  \"title\": \"keybound organisation report\",\n  \"description\": \"The merged report of `keybound org merge` (SPEC section 11): the inventory of keys across the organization's repositories (every repository, environment and organization secret, and every reference no secret answers, with the repositories, workflows, jobs and environments that use it), each repository's status, and every finding with its repository. Paths are relative to each repository's root; secret values never appear in it.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\n    \"schemaVersion\",\n    \"tool\",\n    \"org\",\n    \"evaluatedAt\",\n    \"verdict\",\n    \"failOn\",\n    \"shards\",\n    \"organizationSecrets\",\n    \"notices\",\n    \"summary\",\n    \"keys\",\n    \"repositories\",\n    \"findings\"\n  ],\n  \"properties\": {\n    \"schemaVersion\": { \"const\": \"keybound/org-report/v1\" },\n    \"tool\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"version\"],\n      \"properties\": { \"name\": { \"const\": \"keybound\" }, \"version\": { \"type\": \"string\", \"minLength\": 1 } }\n    },\n    \"org\": { \"type\": \"string\", \"minLength\": 1 },\n    \"evaluatedAt\": { \"type\": \"string\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\" },\n    \"verdict\": {\n      \"description\": \"incomplete: shards are missing or repositories failed or could not be scanned (exit 2); fail: findings at or above failOn (exit 1); pass otherwise.\",\n      \"enum\": [\"pass\", \"fail\", \"incomplete\"]\n    },\n    \"failOn\": { \"enum\": [\"error\", \"warning\", \"note\", \"never\"] },\n    \"shards\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"count\", \"merged\", \"missing\"],\n      \"properties\": {\n        \"count\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 256 },\n        \"merged\": { \"type\": \"array\", \"items\": { \"type\": \"integer\", \"minimum\": 1 } },\n        \"missing\": { \"type\": \"array\", \"items\": { \"type\": \"integer\", \"minimum\": 1 } }\n      }\n    },\n    \"organizationSecrets\": {\n      \"description\": \"Whether the organization's own secret listing (visibility, selected repositories) was read; when not, organization secrets are known from the repositories that can use them.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"read\"],\n      \"properties\": { \"read\": { \"type\": \"boolean\" }, \"note\": { \"type\": \"string\" } }\n    },\n    \"notices\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n    \"summary\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"repositories\", \"keys\", \"secrets\", \"unused\", \"error\", \"warning\", \"note\", \"smoke\"],\n      \"properties\": {\n        \"repositories\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"total\", \"scanned\", \"skipped\", \"error\", \"failed\"],\n          \"properties\": {\n            \"total\": { \"$ref\": \"#/definitions/count\" },\n            \"scanned\": { \"$ref\": \"#/definitions/count\" },\n            \"skipped\": { \"$ref\": \"#/definitions/count\" },\n            \"error\": { \"$ref\": \"#/definitions/count\" },\n            \"failed\": { \"$ref\": \"#/definitions/count\" }\n          }\n        },\n        \"keys\": { \"$ref\": \"#/definitions/count\" },\n        \"secrets\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"organization\", \"repository\", \"environment\"],\n          \"properties\": {\n            \"organization\": { \"$ref\": \"#/definitions/count\" },\n            \"repository\": { \"$ref\": \"#/definitions/count\" },\n            \"environment\": { \"$ref\": \"#/definitions/count\" }\n          }\n        },\n        \"unused\": { \"$ref\": \"#/definitions/count\" },\n        \"error\": { \"$ref\": \"#/definitions/count\" },\n        \"warning\": { \"$ref\": \"#/definitions/count\" },\n        \"note\": { \"$ref\": \"#/definitions/count\" },\n        \"smoke\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"],\n          \"properties\": {\n            \"verified\": { \"$ref\": \"#/definitions/count\" },\n            \"mismatch\": { \"$ref\": \"#/definitions/count\" },\n            \"invalid\": { \"$ref\": \"#/definitions/count\" },\n            \"unknown\": { \"$ref\": \"#/definitions/count\" },\n            \"skipped\": { \"$ref\": \"#/definitions/count\" },\n            \"malformed\": { \"$ref\": \"#/definitions/count\" }\n          }\n        }\n      }\n    },\n    \"keys\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/key\" } },\n    \"repositories\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/repository\" } },\n    \"findings\": {\n      \"description\": \"Every finding: each repository's own (its report's findings, unused-secret aside) with the organisation's about it, then the organization's own (unused organization secrets, no repository).\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    }\n  },\n  \"definitions\": {\n    \"count\": { \"type\": \"integer\", \"minimum\": 0 },\n    \"position\": { \"type\": \"integer\", \"minimum\": 1 },\n    \"fullName\": { \"type\": \"string\", \"pattern\": \"^[A-Za-z0-9._-]+/[A-Za-z0-9._-]+$\" },\n    \"use\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"environments\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"job\": { \"type\": \"string\" },\n        \"environments\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } }\n      }\n    },\n    \"key\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"scope\", \"usage\", \"repositories\"],\n      \"properties\": {\n        \"name\": { \"type\": \"string\", \"minLength\": 1 },\n        \"scope\": {\n          \"description\": \"organization, repository or environment secret; unresolved: a reference no secret visible to the repository answers; unknown: the repository's secret metadata could not be read.\",\n          \"enum\": [\"organization\", \"repository\", \"environment\", \"unresolved\", \"unknown\"]\n        },\n        \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n        \"environment\": { \"type\": \"string\" },\n        \"createdAt\": { \"type\": \"string\" },\n        \"updatedAt\": { \"type\": \"string\" },\n        \"ageDays\": { \"$ref\": \"#/definitions/count\" },\n        \"visibility\": { \"enum\": [\"all\", \"private\", \"selected\"] },\n        \"selectedRepositories\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/fullName\" } },\n        \"visibleTo\": { \"$ref\": \"#/definitions/count\" },\n        \"provider\": { \"type\": \"string\" },\n        \"usage\": {\n          \"description\": \"referenced: a workflow names it; handed-over: only toJSON(secrets) or secrets: inherit reach it; unused: nothing does; undetermined: not every repository that can use it was read.\",\n          \"enum\": [\"referenced\", \"handed-over\", \"unused\", \"undetermined\"]\n        },\n        \"handedOverBy\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"object\",\n            \"additionalProperties\": false,\n            \"required\": [\"repository\", \"file\", \"line\", \"form\"],\n            \"properties\": {\n              \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n              \"file\": { \"type\": \"string\" },\n              \"line\": { \"$ref\": \"#/definitions/position\" },\n              \"form\": { \"type\": \"string\" }\n            }\n          }\n        },\n        \"repositories\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"object\",\n            \"additionalProperties\": false,\n            \"required\": [\"repository\", \"uses\"],\n            \"properties\": {\n              \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n              \"uses\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/use\" } }\n            }\n          }\n        },\n        \"smoke\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/smoke\" }\n      }\n    },\n    \"repository\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fullName\", \"shard\", \"status\", \"archived\", \"fork\", \"error\", \"warning\", \"note\", \"keys\"],\n      \"properties\": {\n        \"fullName\": { \"$ref\": \"#/definitions/fullName\" },\n        \"shard\": { \"type\": \"integer\", \"minimum\": 1 },\n        \"status\": { \"enum\": [\"scanned\", \"skipped\", \"error\", \"failed\"] },\n        \"reason\": { \"type\": \"string\" },\n        \"defaultBranch\": { \"type\": \"string\" },\n        \"commit\": { \"type\": \"string\" },\n        \"visibility\": { \"type\": \"string\" },\n        \"archived\": { \"type\": \"boolean\" },\n        \"fork\": { \"type\": \"boolean\" },\n        \"error\": { \"$ref\": \"#/definitions/count\" },\n        \"warning\": { \"$ref\": \"#/definitions/count\" },\n        \"note\": { \"$ref\": \"#/definitions/count\" },\n        \"keys\": { \"$ref\": \"#/definitions/count\" },\n        \"sarif\": { \"type\": \"string\" }\n      }\n    },\n    \"finding\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"ruleId\", \"severity\", \"message\", \"evidence\", \"fingerprint\"],\n      \"properties\": {\n        \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n        \"ruleId\": { \"type\": \"string\", \"minLength\": 1 },\n        \"severity\": { \"enum\": [\"error\", \"warning\", \"note\"] },\n        \"key\": { \"type\": \"string\" },\n        \"environment\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/location\" },\n        \"evidence\": { \"type\": \"array\", \"items\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/evidence\" } },\n        \"fingerprint\": { \"type\": \"string\", \"minLength\": 1 },\n        \"suppression\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/suppression\" }\n      }\n    }\n  }\n}\n",
	"org-shard.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:org-shard:v1\",\n  \"title\": \"keybound organisation audit artifacts\",\n  \"description\": \"What passes between the jobs of `keybound org` (SPEC section 11): the plan (`org plan --output`, keybound/org-plan/v1), one file per repository (`org scan`: repos/NAME.json, keybound/org-repo/v1) and the shard's inventory (`org scan`: inventory.json, keybound/org-shard/v1, written last). Names, paths and dates only; secret values never appear in them.\",\n  \"oneOf\": [\n    {\n      \"$ref\": \"#/definitions/plan\"\n    },\n    {\n      \"$ref\": \"#/definitions/inventory\"\n    },\n    {\n      \"$ref\": \"#/definitions/repoArtifact\"\n    }\n  ],\n  \"definitions\": {\n    \"count\": {\n      \"type\": \"integer\",\n      \"minimum\": 0\n    },\n    \"position\": {\n      \"type\": \"integer\",\n      \"minimum\": 1\n    },\n    \"shardIndex\": {\n      \"type\": \"integer\",\n      \"minimum\": 1,\n      \"maximum\": 256\n    },\n    \"fullName\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Za-z0-9._-]+/[A-Za-z0-9._-]+$\"\n    },\n    \"dateTime\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\"\n    },\n    \"tool\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"version\"],\n      \"properties\": {\n        \"name\": {\n          \"const\": \"keybound\"\n        },\n        \"version\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        }\n      }\n    },\n    \"repoInfo\": {\n      \"description\": \"A repository as the organization's listing (GET /orgs/{org}/repos) describes it.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fullName\", \"archived\", \"disabled\", \"fork\", \"sizeKb\"],\n      \"properties\": {\n        \"fullName\": {\n          \"$ref\": \"#/definitions/fullName\"\n        },\n        \"defaultBranch\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"visibility\": {\n          \"enum\": [\"public\", \"private\", \"internal\"]\n        },\n        \"archived\": {\n          \"type\": \"boolean\"\n        },\n        \"disabled\": {\n          \"type\": \"boolean\"\n        },\n        \"fork\": {\n          \"type\": \"boolean\"\n        },\n        \"sizeKb\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"pushedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        }\n      }\n    },\n    \"secretMetadata\": {\n      \"description\": \"An Actions secret as GitHub describes it: name and dates, never its value.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"scope\", \"createdAt\", \"updatedAt\"],\n      \"properties\": {\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"scope\": {\n          \"enum\": [\"repository\", \"environment\", \"organization\"]\n        },\n        \"environment\": {\n          \"type\": \"string\"\n        },\n        \"createdAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"updatedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        }\n      }\n    },\n    \"useScope\": {\n      \"description\": \"Where a secrets.NAME reference resolves, as GitHub gives a job its secrets: environment, then repository, then organization. unresolved: no secret of that name is visible to the repository; unknown: the metadata could not be read.\",\n      \"enum\": [\"repository\", \"environment\", \"organization\", \"unresolved\", \"unknown\"]\n    },\n    \"secretUse\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"scope\", \"file\", \"line\", \"column\", \"environments\"],\n      \"properties\": {\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"scope\": {\n          \"$ref\": \"#/definitions/useScope\"\n        },\n        \"secretEnvironment\": {\n          \"type\": \"string\"\n        },\n        \"file\": {\n          \"type\": \"string\"\n        },\n        \"line\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"column\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"job\": {\n          \"type\": \"string\"\n        },\n        \"githubEnvironment\": {\n          \"type\": \"string\"\n        },\n        \"environments\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          }\n        }\n      }\n    },\n    \"exposure\": {\n      \"description\": \"toJSON(secrets) or secrets: inherit: every secret the job sees is handed over.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"form\", \"file\", \"line\", \"column\"],\n      \"properties\": {\n        \"form\": {\n          \"type\": \"string\"\n        },\n        \"file\": {\n          \"type\": \"string\"\n        },\n        \"line\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"column\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"job\": {\n          \"type\": \"string\"\n        },\n        \"githubEnvironment\": {\n          \"type\": \"string\"\n        }\n      }\n    },\n    \"repoStatus\": {\n      \"description\": \"scanned; skipped (archived, disabled, empty: nothing to audit); error (cannot be scanned as it is: invalid keybound.yml, too large, contents unreadable with this token; not retried); failed (transient: a rerun retries it).\",\n      \"enum\": [\"scanned\", \"skipped\", \"error\", \"failed\"]\n    },\n    \"repoEntry\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"repository\", \"shard\", \"status\", \"secretUses\", \"exposures\"],\n      \"properties\": {\n        \"repository\": {\n          \"$ref\": \"#/definitions/repoInfo\"\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"status\": {\n          \"$ref\": \"#/definitions/repoStatus\"\n        },\n        \"reason\": {\n          \"type\": \"string\"\n        },\n        \"commit\": {\n          \"$ref\": \"#/definitions/commit\"\n        },\n        \"secrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretMetadata\"\n          }\n        },\n        \"unreadSecrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          }\n        },\n        \"secretUses\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretUse\"\n          }\n        },\n        \"exposures\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/exposure\"\n          }\n        },\n        \"summary\": {\n          \"$ref\": \"#/definitions/repoSummary\"\n        },\n        \"file\": {\n          \"$ref\": \"#/definitions/artifactFile\"\n        }\n      }\n    },\n    \"plan\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"schemaVersion\", \"tool\", \"org\", \"shards\", \"createdAt\", \"repositories\"],\n      \"properties\": {\n        \"schemaVersion\": {\n          \"const\": \"keybound/org-plan/v1\"\n        },\n        \"tool\": {\n          \"$ref\": \"#/definitions/tool\"\n        },\n        \"org\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"shards\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"createdAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"repositories\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/planRepo\"\n          }\n        }\n      }\n    },\n    \"inventory\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\n        \"schemaVersion\",\n        \"tool\",\n        \"org\",\n        \"shard\",\n        \"shards\",\n        \"evaluatedAt\",\n        \"startedAt\",\n        \"finishedAt\",\n        \"repositories\"\n      ],\n      \"properties\": {\n        \"schemaVersion\": {\n          \"const\": \"keybound/org-shard/v1\"\n        },\n        \"tool\": {\n          \"$ref\": \"#/definitions/tool\"\n        },\n        \"org\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"shards\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"evaluatedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"startedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"finishedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"repositories\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/repoEntry\"\n          }\n        }\n      }\n    },\n    \"repoArtifact\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"schemaVersion\", \"repository\", \"shard\", \"status\", \"secretUses\", \"exposures\"],\n      \"properties\": {\n        \"schemaVersion\": {\n          \"const\": \"keybound/org-repo/v1\"\n        },\n        \"repository\": {\n          \"$ref\": \"#/definitions/repoInfo\"\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"status\": {\n          \"$ref\": \"#/definitions/repoStatus\"\n        },\n        \"reason\": {\n          \"type\": \"string\"\n        },\n        \"commit\": {\n          \"$ref\": \"#/definitions/commit\"\n        },\n        \"secrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretMetadata\"\n          }\n        },\n        \"unreadSecrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          }\n        },\n        \"secretUses\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretUse\"\n          }\n        },\n        \"exposures\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/exposure\"\n          }\n        },\n        \"summary\": {\n          \"$ref\": \"#/definitions/repoSummary\"\n        },\n        \"file\": {\n          \"$ref\": \"#/definitions/artifactFile\"\n        },\n        \"report\": {\n          \"$ref\": \"urn:keybound:schema:report:v1\"\n        }\n      }\n    },\n    \"commit\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[0-9a-f]{40}([0-9a-f]{24})?$\"\n    },\n    \"repoSummary\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"error\", \"warning\", \"note\", \"keys\"],\n      \"properties\": {\n        \"error\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"warning\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"note\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"keys\": {\n          \"$ref\": \"#/definitions/count\"\n        }\n      }\n    },\n    \"artifactFile\": {\n      \"type\": \"string\",\n      \"pattern\": \"^repos/[A-Za-z0-9._-]+\\\\.json$\"\n    },\n    \"planRepo\": {\n      \"description\": \"A repository of the plan, with its shard.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fullName\", \"archived\", \"disabled\", \"fork\", \"sizeKb\", \"shard\"],\n      \"properties\": {\n        \"fullName\": {\n          \"$ref\": \"#/definitions/fullName\"\n        },\n        \"defaultBranch\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"visibility\": {\n          \"enum\": [\"public\", \"private\", \"internal\"]\n        },\n        \"archived\": {\n          \"type\": \"boolean\"\n        },\n        \"disabled\": {\n          \"type\": \"boolean\"\n        },\n        \"fork\": {\n          \"type\": \"boolean\"\n        },\n        \"sizeKb\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"pushedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        }\n      }\n    }\n  }\n}\n",
	"providers.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:providers:v1\",\n  \"title\": \"keybound providers\",\n  \"description\": \"What `keybound providers --format json` writes: every provider keybound knows, the key formats it recognises (by type and public prefix, never an example value), and the exact method, host and path of each read-only call a smoke check may make, for egress allow-lists and tooling. The README's provider tables are generated from the same data.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\"schemaVersion\", \"providers\"],\n  \"properties\": {\n    \"schemaVersion\": { \"const\": \"keybound/providers/v1\" },\n    \"providers\": {\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/provider\" }\n    }\n  },\n  \"definitions\": {\n    \"provider\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"id\", \"name\", \"formats\", \"calls\", \"otherHosts\", \"companions\", \"endpoint\", \"smoke\"],\n      \"properties\": {\n        \"id\": {\n          \"description\": \"Stable id used in config `provider:` and `--endpoint ID=URL`.\",\n          \"type\": \"string\",\n          \"pattern\": \"^[a-z][a-z0-9-]*$\"\n        },\n        \"name\": { \"type\": \"string\", \"minLength\": 1 },\n        \"formats\": {\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"items\": { \"$ref\": \"#/definitions/format\" }\n        },\n        \"calls\": {\n          \"description\": \"Every call a smoke check may make: the HTTP client refuses any other method, host or path.\",\n          \"type\": \"array\",\n          \"items\": { \"$ref\": \"#/definitions/call\" }\n        },\n        \"otherHosts\": {\n          \"description\": \"Hosts the same calls may go to instead, chosen per key among these only (Datadog sites).\",\n          \"type\": \"array\",\n          \"items\": { \"type\": \"string\", \"minLength\": 1 }\n        },\n        \"companions\": {\n          \"type\": \"array\",\n          \"items\": { \"$ref\": \"#/definitions/companion\" }\n        },\n        \"endpoint\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"required\", \"flag\"],\n          \"properties\": {\n            \"required\": {\n              \"description\": \"True when the provider has no shared host: no call is made until `--endpoint ID=URL` (the Action's `endpoints` input) names the base URL, and `calls[].host` is null.\",\n              \"type\": \"boolean\"\n            },\n            \"flag\": {\n              \"description\": \"The flag that replaces the base URL (https, or http for loopback only).\",\n              \"type\": \"string\"\n            },\n            \"example\": { \"description\": \"What the base URL looks like, when it must be given.\", \"type\": \"string\" },\n            \"what\": {\n              \"description\": \"What that base URL is, when it must be given (the Okta org domain).\",\n              \"type\": \"string\"\n            }\n          }\n        },\n        \"smoke\": { \"description\": \"False for providers keybound can only inspect offline.\", \"type\": \"boolean\" },\n        \"guide\": {\n          \"description\": \"What to declare as `principal:` and what each smoke status means for this provider.\",\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"principal\", \"verified\", \"invalid\", \"unknown\"],\n          \"properties\": {\n            \"principal\": { \"type\": \"string\" },\n            \"verified\": { \"type\": \"string\" },\n            \"invalid\": { \"type\": \"string\" },\n            \"unknown\": { \"type\": \"string\" }\n          }\n        }\n      }\n    },\n    \"format\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"type\", \"needsNameHint\", \"neverSent\"],\n      \"properties\": {\n        \"type\": { \"description\": \"Reported as the key's `keyType` fact.\", \"type\": \"string\", \"minLength\": 1 },\n        \"prefix\": {\n          \"description\": \"The literal prefix every value of this format starts with; absent for a bare format.\",\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"needsNameHint\": {\n          \"description\": \"A bare format counts only when the key's name also points at the provider.\",\n          \"type\": \"boolean\"\n        },\n        \"neverSent\": { \"description\": \"Values of this format are never sent anywhere.\", \"type\": \"boolean\" },\n        \"mode\": {\n          \"description\": \"What the format itself says of the key: live or test (sk_test_), or the environment it names (dp.st.dev.).\",\n          \"enum\": [\"live\", \"test\", \"production\", \"staging\", \"development\"]\n        },\n        \"principalKind\": { \"enum\": [\"service\", \"human\", \"unknown\"] }\n      }\n    },\n    \"call\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"method\", \"host\", \"path\"],\n      \"properties\": {\n        \"method\": { \"enum\": [\"GET\", \"POST\"] },\n        \"host\": {\n          \"description\": \"Host (and port, when not the default) the call goes to; null when --endpoint must name it.\",\n          \"type\": [\"string\", \"null\"]\n        },\n        \"path\": {\n          \"description\": \"The path on that host; `{name}` stands for one path segment.\",\n          \"type\": \"string\",\n          \"pattern\": \"^/\"\n        },\n        \"note\": { \"description\": \"Why a POST is read-only.\", \"type\": \"string\" }\n      }\n    },\n    \"companion\": {\n      \"description\": \"Names that travel with a key of this provider, by normalized suffix (lower case, `-` and `_` removed) and of the same prefix as the key's name.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"primary\", \"joins\", \"reads\"],\n      \"properties\": {\n        \"primary\": { \"description\": \"The key's own name suffix.\", \"type\": \"string\", \"minLength\": 1 },\n        \"joins\": {\n          \"description\": \"Suffix -> role: names that are part of the same credential and join the key.\",\n          \"type\": \"object\",\n          \"additionalProperties\": { \"type\": \"string\" }\n        },\n        \"reads\": {\n          \"description\": \"Suffix -> role: values read beside the key without joining it (a site, an account id).\",\n          \"type\": \"object\",\n          \"additionalProperties\": { \"type\": \"string\" }\n        },\n        \"prefixContains\": { \"description\": \"Only when the name's prefix holds this word.\", \"type\": \"string\" }\n      }\n    }\n  }\n}\n",
	"recommended.yml": "# keybound's built-in policy, `extends: [recommended]`, and what applies with no config file.\n# Every rule with its severity (error | warning | note | off) and all its options; a config overlays\n# these option by option (an option given in a config replaces the whole value, lists and maps alike).\nversion: 1\nrules:\n  dynamic-secret-access:\n    severity: error # in production; capped at warning in other environments\n  invalid-waiver:\n    severity: error # expired exceptions and reasonless suppressions; unused waivers are warnings\n    max-waiver-days: 365 # an exception may end at most this far ahead; one that ends later waives nothing\n  key-user-association:\n    severity: error\n    unknown: fail # fail | warn: what an inconclusive smoke call does in gate mode\n  least-privilege-scopes:\n    severity: error\n    forbidden-scopes:\n      github:\n        - admin:org\n        - delete_repo\n        - admin:enterprise\n        - admin:org_hook\n        - admin:gpg_key\n        - admin:public_key\n        - admin:repo_hook\n        - site_admin\n      gitlab: [sudo, admin_mode]\n      slack: [admin, admin.*]\n      vault: [root]\n  long-lived-cloud-key:\n    severity: warning # notes for keys only test jobs use\n  no-dev-keys-in-prod:\n    severity: error\n  parse-error:\n    severity: error\n  plaintext-secret:\n    severity: error\n    ignore-types: [publishable]\n    min-length: 6\n  policy-change:\n    severity: warning # on pull requests: what the pull request changes in its base branch's policy\n  rbac-least-privilege:\n    severity: warning\n    privileged-roles: [cluster-admin, admin]\n    allow-service-accounts: []\n  rotation-age:\n    severity: error # at max-age-days; a warning from warn-age-days\n    max-age-days: 90\n    warn-age-days: 75\n    expiry-warn-days: 14\n  secrets-overexposed:\n    severity: warning\n  service-account-bound:\n    severity: error # in production; capped at warning in other environments\n  shared-value:\n    severity: error\n  unused-secret:\n    severity: note # needs secret metadata (--github-repo, the Action's secrets-token)\n  workflow-permissions:\n    severity: warning\n",
	"report.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:report:v1\",\n  \"title\": \"keybound report\",\n  \"description\": \"The JSON report keybound writes with --format json and the action's json-file (SPEC section 9). Paths are relative to the scanned root with / separators; lines and columns are 1-based. Secret values never appear in it.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\n    \"schemaVersion\",\n    \"tool\",\n    \"verdict\",\n    \"mode\",\n    \"evaluatedAt\",\n    \"failOn\",\n    \"summary\",\n    \"keys\",\n    \"findings\",\n    \"suppressed\",\n    \"unconfirmed\",\n    \"diagnostics\"\n  ],\n  \"properties\": {\n    \"schemaVersion\": { \"const\": \"keybound/report/v1\" },\n    \"tool\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"version\"],\n      \"properties\": {\n        \"name\": { \"const\": \"keybound\" },\n        \"version\": { \"type\": \"string\", \"minLength\": 1 }\n      }\n    },\n    \"verdict\": {\n      \"description\": \"pass: nothing at or above failOn; fail: findings at or above it; indeterminate: a gated key could not be confirmed.\",\n      \"enum\": [\"pass\", \"fail\", \"indeterminate\"]\n    },\n    \"mode\": { \"enum\": [\"audit\", \"gate\"] },\n    \"environment\": {\n      \"description\": \"The gated environment (--environment), when one was given.\",\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"evaluatedAt\": {\n      \"description\": \"Evaluation date (YYYY-MM-DD), optionally followed by a time.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\"\n    },\n    \"failOn\": { \"enum\": [\"error\", \"warning\", \"note\", \"never\"] },\n    \"summary\": { \"$ref\": \"#/definitions/summary\" },\n    \"keys\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/key\" } },\n    \"findings\": {\n      \"description\": \"Active findings, most severe first, then by file, line, column, rule.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    },\n    \"suppressed\": {\n      \"description\": \"Findings waived by an exception or an inline suppression; each carries its suppression.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    },\n    \"unconfirmed\": {\n      \"description\": \"Keys a gate had to confirm and could not (an unknown or skipped smoke result).\",\n      \"type\": \"array\",\n      \"items\": { \"type\": \"string\" }\n    },\n    \"diagnostics\": {\n      \"description\": \"Files that could not be read or were skipped, and other things the user should know.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/diagnostic\" }\n    }\n  },\n  \"definitions\": {\n    \"count\": { \"type\": \"integer\", \"minimum\": 0 },\n    \"position\": { \"type\": \"integer\", \"minimum\": 1 },\n    \"severity\": { \"enum\": [\"error\", \"warning\", \"note\"] },\n    \"smokeStatus\": { \"enum\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"] },\n    \"factSource\": { \"enum\": [\"declared\", \"platform\", \"value\", \"name\", \"smoke\"] },\n    \"factValue\": {\n      \"oneOf\": [{ \"type\": \"string\" }, { \"type\": \"boolean\" }, { \"type\": \"array\", \"items\": { \"type\": \"string\" } }]\n    },\n    \"sourceKind\": {\n      \"enum\": [\"github-workflow\", \"kubernetes\", \"kustomize\", \"compose\", \"helm-values\", \"dotenv\"]\n    },\n    \"environmentSource\": { \"enum\": [\"config\", \"github-environment\", \"namespace\", \"path\", \"none\"] },\n    \"location\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" }\n      }\n    },\n    \"relatedLocation\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"message\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" },\n        \"message\": { \"type\": \"string\" }\n      }\n    },\n    \"summary\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"error\", \"warning\", \"note\", \"keys\", \"smoke\", \"suppressed\"],\n      \"properties\": {\n        \"error\": { \"$ref\": \"#/definitions/count\" },\n        \"warning\": { \"$ref\": \"#/definitions/count\" },\n        \"note\": { \"$ref\": \"#/definitions/count\" },\n        \"keys\": { \"$ref\": \"#/definitions/count\" },\n        \"smoke\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"],\n          \"properties\": {\n            \"verified\": { \"$ref\": \"#/definitions/count\" },\n            \"mismatch\": { \"$ref\": \"#/definitions/count\" },\n            \"invalid\": { \"$ref\": \"#/definitions/count\" },\n            \"unknown\": { \"$ref\": \"#/definitions/count\" },\n            \"skipped\": { \"$ref\": \"#/definitions/count\" },\n            \"malformed\": { \"$ref\": \"#/definitions/count\" }\n          }\n        },\n        \"suppressed\": { \"$ref\": \"#/definitions/count\" }\n      }\n    },\n    \"fact\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"value\", \"source\"],\n      \"properties\": {\n        \"value\": { \"$ref\": \"#/definitions/factValue\" },\n        \"source\": { \"$ref\": \"#/definitions/factSource\" },\n        \"detail\": { \"type\": \"string\" }\n      }\n    },\n    \"use\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"environment\", \"environmentSource\", \"sourceKind\", \"name\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" },\n        \"environment\": { \"type\": \"string\", \"minLength\": 1 },\n        \"environmentSource\": { \"$ref\": \"#/definitions/environmentSource\" },\n        \"sourceKind\": { \"$ref\": \"#/definitions/sourceKind\" },\n        \"name\": { \"type\": \"string\" },\n        \"context\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"properties\": {\n            \"workflow\": { \"type\": \"string\" },\n            \"job\": { \"type\": \"string\" },\n            \"step\": { \"type\": \"string\" },\n            \"via\": { \"type\": \"string\" },\n            \"resource\": { \"type\": \"string\" },\n            \"action\": { \"type\": \"string\" },\n            \"input\": { \"type\": \"string\" }\n          }\n        },\n        \"calledFrom\": {\n          \"description\": \"In a reusable workflow: the caller job's uses: that made this use.\",\n          \"$ref\": \"#/definitions/location\"\n        }\n      }\n    },\n    \"smoke\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"status\", \"reason\"],\n      \"properties\": {\n        \"status\": { \"$ref\": \"#/definitions/smokeStatus\" },\n        \"reason\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"principal\": {\n          \"description\": \"Principal details the provider returned (never a secret).\",\n          \"type\": \"object\",\n          \"additionalProperties\": { \"type\": [\"string\", \"number\", \"boolean\"] }\n        }\n      }\n    },\n    \"key\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"environments\", \"uses\", \"facts\"],\n      \"properties\": {\n        \"name\": { \"type\": \"string\", \"minLength\": 1 },\n        \"provider\": { \"type\": \"string\" },\n        \"aliases\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n        \"environments\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n        \"uses\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/use\" } },\n        \"facts\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"properties\": {\n            \"provider\": { \"$ref\": \"#/definitions/fact\" },\n            \"keyType\": { \"$ref\": \"#/definitions/fact\" },\n            \"keyEnvironment\": { \"$ref\": \"#/definitions/fact\" },\n            \"principal\": { \"$ref\": \"#/definitions/fact\" },\n            \"principalKind\": { \"$ref\": \"#/definitions/fact\" },\n            \"account\": { \"$ref\": \"#/definitions/fact\" },\n            \"scopes\": { \"$ref\": \"#/definitions/fact\" },\n            \"created\": { \"$ref\": \"#/definitions/fact\" },\n            \"rotated\": { \"$ref\": \"#/definitions/fact\" },\n            \"expires\": { \"$ref\": \"#/definitions/fact\" }\n          }\n        },\n        \"smoke\": { \"$ref\": \"#/definitions/smoke\" }\n      }\n    },\n    \"evidence\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fact\", \"value\", \"source\"],\n      \"properties\": {\n        \"fact\": { \"type\": \"string\" },\n        \"value\": {\n          \"oneOf\": [{ \"$ref\": \"#/definitions/factValue\" }, { \"type\": \"number\" }]\n        },\n        \"source\": {\n          \"description\": \"A fact source, file (what the scanned file itself says) or config.\",\n          \"enum\": [\"declared\", \"platform\", \"value\", \"name\", \"smoke\", \"file\", \"config\"]\n        },\n        \"detail\": { \"type\": \"string\" }\n      }\n    },\n    \"suppression\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"kind\", \"reason\"],\n      \"properties\": {\n        \"kind\": { \"enum\": [\"inline\", \"exception\", \"baseline\"] },\n        \"reason\": { \"type\": \"string\" },\n        \"until\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"#/definitions/location\" }\n      }\n    },\n    \"finding\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"ruleId\", \"severity\", \"message\", \"location\", \"evidence\", \"fingerprint\"],\n      \"properties\": {\n        \"ruleId\": { \"type\": \"string\", \"minLength\": 1 },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"key\": { \"type\": \"string\" },\n        \"environment\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"#/definitions/location\" },\n        \"relatedLocations\": {\n          \"description\": \"The other uses of the same root cause (same rule, key, environment, and job or file), in order; the finding is at the first.\",\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"items\": { \"$ref\": \"#/definitions/relatedLocation\" }\n        },\n        \"evidence\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/evidence\" } },\n        \"fingerprint\": { \"type\": \"string\", \"minLength\": 1 },\n        \"unconfirmed\": {\n          \"description\": \"The finding only says a key could not be confirmed: on its own a gate is indeterminate (exit 3), not fail.\",\n          \"const\": true\n        },\n        \"suppression\": { \"$ref\": \"#/definitions/suppression\" }\n      }\n    },\n    \"diagnostic\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"kind\", \"file\", \"message\"],\n      \"properties\": {\n        \"kind\": { \"enum\": [\"parse-error\", \"skipped\", \"notice\"] },\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"message\": { \"type\": \"string\" }\n      }\n    }\n  }\n}\n"
};
const POLICY_DATA = { "recommended.yml": "{\"version\":1,\"rules\":{\"dynamic-secret-access\":{\"severity\":\"error\"},\"invalid-waiver\":{\"severity\":\"error\",\"max-waiver-days\":365},\"key-user-association\":{\"severity\":\"error\",\"unknown\":\"fail\"},\"least-privilege-scopes\":{\"severity\":\"error\",\"forbidden-scopes\":{\"github\":[\"admin:org\",\"delete_repo\",\"admin:enterprise\",\"admin:org_hook\",\"admin:gpg_key\",\"admin:public_key\",\"admin:repo_hook\",\"site_admin\"],\"gitlab\":[\"sudo\",\"admin_mode\"],\"slack\":[\"admin\",\"admin.*\"],\"vault\":[\"root\"]}},\"long-lived-cloud-key\":{\"severity\":\"warning\"},\"no-dev-keys-in-prod\":{\"severity\":\"error\"},\"parse-error\":{\"severity\":\"error\"},\"plaintext-secret\":{\"severity\":\"error\",\"ignore-types\":[\"publishable\"],\"min-length\":6},\"policy-change\":{\"severity\":\"warning\"},\"rbac-least-privilege\":{\"severity\":\"warning\",\"privileged-roles\":[\"cluster-admin\",\"admin\"],\"allow-service-accounts\":[]},\"rotation-age\":{\"severity\":\"error\",\"max-age-days\":90,\"warn-age-days\":75,\"expiry-warn-days\":14},\"secrets-overexposed\":{\"severity\":\"warning\"},\"service-account-bound\":{\"severity\":\"error\"},\"shared-value\":{\"severity\":\"error\"},\"unused-secret\":{\"severity\":\"note\"},\"workflow-permissions\":{\"severity\":\"warning\"}}}" };
// src/policy/discover.ts
const fsIo = {
	readFile: (absPath) => readRegularFile(absPath),
	realpath: (absPath) => node_fs.realpathSync.native(absPath)
};
const CONFIG_CANDIDATES = [
	"keybound.yml",
	"keybound.yaml",
	".github/keybound.yml",
	".github/keybound.yaml"
];
function discoverConfig(root, configPath, io) {
	if (configPath !== void 0) {
		const absPath = (0, node_path.resolve)(configPath);
		const text = tryRead(absPath, configPath, io);
		if (text === void 0) throw new require_errors.KeyboundError("config", `config file ${configPath} was not found`, { file: configPath });
		return {
			file: configPath,
			absPath,
			text
		};
	}
	for (const candidate of CONFIG_CANDIDATES) {
		const absPath = (0, node_path.resolve)(root, candidate);
		const text = tryRead(absPath, candidate, io);
		if (text === void 0) continue;
		assertInside(io, absPath, [root], candidate);
		return {
			file: candidate,
			absPath,
			text
		};
	}
}
function tryRead(absPath, file, io) {
	try {
		return io.readFile(absPath);
	} catch (error) {
		if (error instanceof NotRegularFileError) throw new require_errors.KeyboundError("config", `${error.message}; not read`, { file });
		const code = error.code;
		if (code === "ENOENT" || code === "ENOTDIR") return void 0;
		const why = typeof code === "string" ? code : error instanceof Error ? error.name : "unknown error";
		throw new require_errors.KeyboundError("config", `could not be read (${why})`, { file });
	}
}
function assertInside(io, absPath, bases, file) {
	const real = safeRealpath(io, absPath);
	if (!bases.some((base) => {
		const rel = (0, node_path.relative)(safeRealpath(io, base), real);
		return rel === "" || !rel.startsWith(`..${node_path.sep}`) && rel !== ".." && !(0, node_path.isAbsolute)(rel);
	})) throw new require_errors.KeyboundError("config", "leads out of the scanned tree (through a symlink or ..); not read", { file });
}
function safeRealpath(io, absPath) {
	try {
		return io.realpath(absPath);
	} catch {
		return (0, node_path.resolve)(absPath);
	}
}
function displayPath(root, absPath) {
	const rel = (0, node_path.relative)((0, node_path.resolve)(root), absPath);
	if (!rel || rel.startsWith("..") || (0, node_path.isAbsolute)(rel)) return absPath;
	return rel.split(node_path.sep).join("/");
}
// src/core/path-glob.ts
function globProblem(pattern) {
	if (pattern.trim() === "") return "is empty";
	if (pattern.length > 1e3) return "is longer than 1000 characters";
	if (/^([a-z]:)?[\\/]/i.test(pattern)) return "must be relative to the scanned root (no leading /)";
	if (pattern.split(/[\\/]/).includes("..")) return "must stay inside the scanned root (no ..)";
}
// src/generated/validators.ts
const config = validate10;
const schema11 = {
	"$schema": "http://json-schema.org/draft-07/schema#",
	"$id": "urn:keybound:schema:config:v1",
	"title": "keybound config and policy pack",
	"description": "keybound.yml, .github/keybound.yml and every policy pack it extends (SPEC section 4). The config never names hosts, URLs, headers or methods: where a secret is sent is compiled into keybound. Every pattern here is linear-time (no nested quantifiers), because ajv patterns backtrack.",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"version": {
			"title": "Config format version",
			"description": "Always 1.",
			"const": 1
		},
		"extends": {
			"title": "Policy packs",
			"description": "Built-in pack names (recommended) or paths relative to this file, applied in order before this file. Without extends a config extends [recommended]; extends: [] means none.",
			"type": "array",
			"items": { "$ref": "#/definitions/nonEmptyString" }
		},
		"environments": {
			"title": "Environment mappings",
			"description": "Evidence that maps a use to an environment, added to the built-in conventions. Keys are environment names (production, staging, development or your own).",
			"type": "object",
			"additionalProperties": { "$ref": "#/definitions/environment" }
		},
		"keys": {
			"title": "Key declarations",
			"description": "What the owners declare about each key, by the name it is stored under in CI. Every field is optional.",
			"type": "object",
			"additionalProperties": {
				"description": "A key with nothing under it (as keybound init writes it) is declared and nothing more.",
				"if": { "type": "null" },
				"then": true,
				"else": { "$ref": "#/definitions/key" }
			}
		},
		"rules": {
			"title": "Rule settings",
			"description": "Per-rule severity and options, by rule id. Each rule's own options schema validates its options.",
			"type": "object",
			"additionalProperties": { "$ref": "#/definitions/ruleSetting" }
		},
		"custom-rules": {
			"title": "Custom rules",
			"description": "Declarative rules written as CEL expressions over the model.",
			"type": "array",
			"items": { "$ref": "#/definitions/customRule" }
		},
		"exceptions": {
			"title": "Exceptions",
			"description": "Waivers of a rule for a key or path; each needs a reason and an end date.",
			"type": "array",
			"items": { "$ref": "#/definitions/exception" }
		},
		"ignore": {
			"title": "Ignored paths",
			"description": "Path globs never scanned, relative to the scanned root (a glob that matches a folder leaves out everything in it). --exclude adds to them.",
			"$ref": "#/definitions/stringList"
		},
		"helm-values": {
			"title": "Helm values files",
			"description": "Globs (relative to the scanned root) of Helm values files keybound should read as such, beyond values*.yaml beside a Chart.yaml or beside a chart's folder. Their file names give environments (values-prod.yaml).",
			"$ref": "#/definitions/stringList"
		}
	},
	"definitions": {
		"nonEmptyString": {
			"type": "string",
			"minLength": 1
		},
		"stringList": {
			"type": "array",
			"items": { "$ref": "#/definitions/nonEmptyString" }
		},
		"date": {
			"description": "A calendar date, YYYY-MM-DD.",
			"type": "string",
			"format": "date"
		},
		"severity": {
			"description": "error | warning | note | off",
			"type": "string",
			"enum": [
				"error",
				"warning",
				"note",
				"off"
			]
		},
		"ruleId": {
			"description": "Lowercase letters, digits and dashes.",
			"type": "string",
			"pattern": "^[a-z0-9][a-z0-9-]*$"
		},
		"provider": {
			"description": "A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).",
			"type": "string",
			"enum": [
				"alibaba",
				"anthropic",
				"atlassian",
				"aws",
				"buildkite",
				"circleci",
				"cloudflare",
				"confluent",
				"databricks",
				"datadog",
				"discord",
				"doppler",
				"dropbox",
				"elasticsearch",
				"fastly",
				"gcp",
				"github",
				"gitlab",
				"honeycomb",
				"huggingface",
				"launchdarkly",
				"netlify",
				"notion",
				"npm",
				"okta",
				"openai",
				"openrouter",
				"sendgrid",
				"slack",
				"square",
				"stripe",
				"terraform",
				"twilio",
				"vault",
				"none"
			]
		},
		"environment": {
			"title": "Environment mapping",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"github-environments": {
					"description": "GitHub job environment names that mean this environment.",
					"$ref": "#/definitions/stringList"
				},
				"paths": {
					"description": "Path globs, relative to the scanned root.",
					"$ref": "#/definitions/stringList"
				},
				"namespaces": {
					"description": "Kubernetes namespaces that mean this environment.",
					"$ref": "#/definitions/stringList"
				}
			}
		},
		"key": {
			"title": "Key declaration",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"provider": { "$ref": "#/definitions/provider" },
				"environment": {
					"description": "The environment this key belongs to.",
					"$ref": "#/definitions/nonEmptyString"
				},
				"principal": {
					"description": "The expected principal: exact, or a glob with *.",
					"$ref": "#/definitions/nonEmptyString"
				},
				"principal-kind": {
					"description": "The expected kind of principal.",
					"type": "string",
					"enum": ["service", "human"]
				},
				"scopes": {
					"description": "The scopes the key may hold; more is a least-privilege finding.",
					"$ref": "#/definitions/stringList"
				},
				"rotated": {
					"description": "Last rotation, YYYY-MM-DD; used when no better fact exists.",
					"$ref": "#/definitions/date"
				},
				"owner": {
					"description": "Who owns the key.",
					"$ref": "#/definitions/nonEmptyString"
				},
				"aliases": {
					"description": "The names the key goes by in manifests, compose files and dotenv files.",
					"$ref": "#/definitions/stringList"
				},
				"max-age-days": {
					"description": "This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.",
					"type": "integer",
					"minimum": 1
				},
				"warn-age-days": {
					"description": "Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.",
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"ruleSetting": {
			"title": "Rule setting",
			"description": "A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).",
			"if": { "type": "string" },
			"then": { "$ref": "#/definitions/severity" },
			"else": {
				"type": "object",
				"properties": { "severity": { "$ref": "#/definitions/severity" } }
			}
		},
		"customRule": {
			"title": "Custom rule",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"severity",
				"message",
				"deny"
			],
			"properties": {
				"id": { "$ref": "#/definitions/ruleId" },
				"severity": { "$ref": "#/definitions/severity" },
				"message": {
					"description": "Message template; {{key}} and other placeholders are filled in.",
					"$ref": "#/definitions/nonEmptyString"
				},
				"when": {
					"description": "CEL expression: the uses the rule looks at.",
					"$ref": "#/definitions/nonEmptyString"
				},
				"deny": {
					"description": "CEL expression: true means a finding.",
					"$ref": "#/definitions/nonEmptyString"
				}
			}
		},
		"exception": {
			"title": "Exception",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"rule",
				"until",
				"reason"
			],
			"properties": {
				"rule": { "$ref": "#/definitions/ruleId" },
				"key": {
					"description": "Key name (or alias) it waives; without it, the rule is waived wherever path matches.",
					"$ref": "#/definitions/nonEmptyString"
				},
				"path": {
					"description": "Path glob it is limited to.",
					"$ref": "#/definitions/nonEmptyString"
				},
				"until": {
					"description": "The last day it applies, YYYY-MM-DD.",
					"$ref": "#/definitions/date"
				},
				"reason": {
					"description": "Why the rule is waived.",
					"type": "string",
					"pattern": "\\S"
				},
				"owner": { "$ref": "#/definitions/nonEmptyString" },
				"ticket": { "$ref": "#/definitions/nonEmptyString" }
			}
		}
	}
};
const schema12 = {
	"type": "string",
	"minLength": 1
};
const func2 = Object.prototype.hasOwnProperty;
const func3 = (function ucs2length(str) {
	const len = str.length;
	let length = 0;
	let pos = 0;
	let value;
	while (pos < len) {
		length++;
		value = str.charCodeAt(pos++);
		if (value >= 55296 && value <= 56319 && pos < len) {
			value = str.charCodeAt(pos);
			if ((value & 64512) === 56320) pos++;
		}
	}
	return length;
});
const schema13 = {
	"title": "Environment mapping",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"github-environments": {
			"description": "GitHub job environment names that mean this environment.",
			"$ref": "#/definitions/stringList"
		},
		"paths": {
			"description": "Path globs, relative to the scanned root.",
			"$ref": "#/definitions/stringList"
		},
		"namespaces": {
			"description": "Kubernetes namespaces that mean this environment.",
			"$ref": "#/definitions/stringList"
		}
	}
};
const schema14 = {
	"type": "array",
	"items": { "$ref": "#/definitions/nonEmptyString" }
};
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (Array.isArray(data)) {
		const len0 = data.length;
		for (let i0 = 0; i0 < len0; i0++) {
			let data0 = data[i0];
			if (typeof data0 === "string") {
				if (func3(data0) < 1) {
					const err0 = {
						instancePath: instancePath + "/" + i0,
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data0
					};
					if (vErrors === null) vErrors = [err0];
					else vErrors.push(err0);
					errors++;
				}
			} else {
				const err1 = {
					instancePath: instancePath + "/" + i0,
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
	} else {
		const err2 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "array" },
			message: "must be array",
			schema: schema14.type,
			parentSchema: schema14,
			data
		};
		if (vErrors === null) vErrors = [err2];
		else vErrors.push(err2);
		errors++;
	}
	validate12.errors = vErrors;
	return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "github-environments" || key0 === "paths" || key0 === "namespaces")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema13,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data["github-environments"] !== void 0) {
			if (!validate12(data["github-environments"], {
				instancePath: instancePath + "/github-environments",
				parentData: data,
				parentDataProperty: "github-environments",
				rootData
			})) {
				vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
				errors = vErrors.length;
			}
		}
		if (data.paths !== void 0) {
			if (!validate12(data.paths, {
				instancePath: instancePath + "/paths",
				parentData: data,
				parentDataProperty: "paths",
				rootData
			})) {
				vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
				errors = vErrors.length;
			}
		}
		if (data.namespaces !== void 0) {
			if (!validate12(data.namespaces, {
				instancePath: instancePath + "/namespaces",
				parentData: data,
				parentDataProperty: "namespaces",
				rootData
			})) {
				vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema13.type,
			parentSchema: schema13,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate11.errors = vErrors;
	return errors === 0;
}
const schema16 = {
	"title": "Key declaration",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"provider": { "$ref": "#/definitions/provider" },
		"environment": {
			"description": "The environment this key belongs to.",
			"$ref": "#/definitions/nonEmptyString"
		},
		"principal": {
			"description": "The expected principal: exact, or a glob with *.",
			"$ref": "#/definitions/nonEmptyString"
		},
		"principal-kind": {
			"description": "The expected kind of principal.",
			"type": "string",
			"enum": ["service", "human"]
		},
		"scopes": {
			"description": "The scopes the key may hold; more is a least-privilege finding.",
			"$ref": "#/definitions/stringList"
		},
		"rotated": {
			"description": "Last rotation, YYYY-MM-DD; used when no better fact exists.",
			"$ref": "#/definitions/date"
		},
		"owner": {
			"description": "Who owns the key.",
			"$ref": "#/definitions/nonEmptyString"
		},
		"aliases": {
			"description": "The names the key goes by in manifests, compose files and dotenv files.",
			"$ref": "#/definitions/stringList"
		},
		"max-age-days": {
			"description": "This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.",
			"type": "integer",
			"minimum": 1
		},
		"warn-age-days": {
			"description": "Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.",
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema17 = {
	"description": "A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).",
	"type": "string",
	"enum": [
		"alibaba",
		"anthropic",
		"atlassian",
		"aws",
		"buildkite",
		"circleci",
		"cloudflare",
		"confluent",
		"databricks",
		"datadog",
		"discord",
		"doppler",
		"dropbox",
		"elasticsearch",
		"fastly",
		"gcp",
		"github",
		"gitlab",
		"honeycomb",
		"huggingface",
		"launchdarkly",
		"netlify",
		"notion",
		"npm",
		"okta",
		"openai",
		"openrouter",
		"sendgrid",
		"slack",
		"square",
		"stripe",
		"terraform",
		"twilio",
		"vault",
		"none"
	]
};
const schema20 = {
	"description": "A calendar date, YYYY-MM-DD.",
	"type": "string",
	"format": "date"
};
const formats0 = require_formats.FORMATS.date;
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!func2.call(schema16.properties, key0)) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema16,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.provider !== void 0) {
			let data0 = data.provider;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/provider",
					schemaPath: "#/definitions/provider/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema17.type,
					parentSchema: schema17,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "alibaba" || data0 === "anthropic" || data0 === "atlassian" || data0 === "aws" || data0 === "buildkite" || data0 === "circleci" || data0 === "cloudflare" || data0 === "confluent" || data0 === "databricks" || data0 === "datadog" || data0 === "discord" || data0 === "doppler" || data0 === "dropbox" || data0 === "elasticsearch" || data0 === "fastly" || data0 === "gcp" || data0 === "github" || data0 === "gitlab" || data0 === "honeycomb" || data0 === "huggingface" || data0 === "launchdarkly" || data0 === "netlify" || data0 === "notion" || data0 === "npm" || data0 === "okta" || data0 === "openai" || data0 === "openrouter" || data0 === "sendgrid" || data0 === "slack" || data0 === "square" || data0 === "stripe" || data0 === "terraform" || data0 === "twilio" || data0 === "vault" || data0 === "none")) {
				const err2 = {
					instancePath: instancePath + "/provider",
					schemaPath: "#/definitions/provider/enum",
					keyword: "enum",
					params: { allowedValues: schema17.enum },
					message: "must be equal to one of the allowed values",
					schema: schema17.enum,
					parentSchema: schema17,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.environment !== void 0) {
			let data1 = data.environment;
			if (typeof data1 === "string") {
				if (func3(data1) < 1) {
					const err3 = {
						instancePath: instancePath + "/environment",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data1
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/environment",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data1
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.principal !== void 0) {
			let data2 = data.principal;
			if (typeof data2 === "string") {
				if (func3(data2) < 1) {
					const err5 = {
						instancePath: instancePath + "/principal",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data2
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/principal",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data2
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data["principal-kind"] !== void 0) {
			let data3 = data["principal-kind"];
			if (typeof data3 !== "string") {
				const err7 = {
					instancePath: instancePath + "/principal-kind",
					schemaPath: "#/properties/principal-kind/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema16.properties["principal-kind"].type,
					parentSchema: schema16.properties["principal-kind"],
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
			if (!(data3 === "service" || data3 === "human")) {
				const err8 = {
					instancePath: instancePath + "/principal-kind",
					schemaPath: "#/properties/principal-kind/enum",
					keyword: "enum",
					params: { allowedValues: schema16.properties["principal-kind"].enum },
					message: "must be equal to one of the allowed values",
					schema: schema16.properties["principal-kind"].enum,
					parentSchema: schema16.properties["principal-kind"],
					data: data3
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.scopes !== void 0) {
			if (!validate12(data.scopes, {
				instancePath: instancePath + "/scopes",
				parentData: data,
				parentDataProperty: "scopes",
				rootData
			})) {
				vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
				errors = vErrors.length;
			}
		}
		if (data.rotated !== void 0) {
			let data5 = data.rotated;
			if (typeof data5 === "string") {
				if (!formats0.validate(data5)) {
					const err9 = {
						instancePath: instancePath + "/rotated",
						schemaPath: "#/definitions/date/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema20,
						data: data5
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/rotated",
					schemaPath: "#/definitions/date/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema20.type,
					parentSchema: schema20,
					data: data5
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.owner !== void 0) {
			let data6 = data.owner;
			if (typeof data6 === "string") {
				if (func3(data6) < 1) {
					const err11 = {
						instancePath: instancePath + "/owner",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data6
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/owner",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data6
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.aliases !== void 0) {
			if (!validate12(data.aliases, {
				instancePath: instancePath + "/aliases",
				parentData: data,
				parentDataProperty: "aliases",
				rootData
			})) {
				vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
				errors = vErrors.length;
			}
		}
		if (data["max-age-days"] !== void 0) {
			let data8 = data["max-age-days"];
			if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
				const err13 = {
					instancePath: instancePath + "/max-age-days",
					schemaPath: "#/properties/max-age-days/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema16.properties["max-age-days"].type,
					parentSchema: schema16.properties["max-age-days"],
					data: data8
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
			if (typeof data8 == "number" && isFinite(data8)) {
				if (data8 < 1 || isNaN(data8)) {
					const err14 = {
						instancePath: instancePath + "/max-age-days",
						schemaPath: "#/properties/max-age-days/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema16.properties["max-age-days"],
						data: data8
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
			}
		}
		if (data["warn-age-days"] !== void 0) {
			let data9 = data["warn-age-days"];
			if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
				const err15 = {
					instancePath: instancePath + "/warn-age-days",
					schemaPath: "#/properties/warn-age-days/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema16.properties["warn-age-days"].type,
					parentSchema: schema16.properties["warn-age-days"],
					data: data9
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
			if (typeof data9 == "number" && isFinite(data9)) {
				if (data9 < 0 || isNaN(data9)) {
					const err16 = {
						instancePath: instancePath + "/warn-age-days",
						schemaPath: "#/properties/warn-age-days/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema16.properties["warn-age-days"],
						data: data9
					};
					if (vErrors === null) vErrors = [err16];
					else vErrors.push(err16);
					errors++;
				}
			}
		}
	} else {
		const err17 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema16.type,
			parentSchema: schema16,
			data
		};
		if (vErrors === null) vErrors = [err17];
		else vErrors.push(err17);
		errors++;
	}
	validate17.errors = vErrors;
	return errors === 0;
}
const schema22 = {
	"title": "Rule setting",
	"description": "A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).",
	"if": { "type": "string" },
	"then": { "$ref": "#/definitions/severity" },
	"else": {
		"type": "object",
		"properties": { "severity": { "$ref": "#/definitions/severity" } }
	}
};
const schema23 = {
	"description": "error | warning | note | off",
	"type": "string",
	"enum": [
		"error",
		"warning",
		"note",
		"off"
	]
};
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	const _errs0 = errors;
	let valid0 = true;
	const _errs1 = errors;
	if (typeof data !== "string") {
		const err0 = {};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	var _valid0 = _errs1 === errors;
	errors = _errs0;
	if (vErrors !== null) {
		if (_errs0) vErrors.length = _errs0;
		else vErrors = null;
	}
	let ifClause0;
	if (_valid0) {
		const _errs3 = errors;
		if (typeof data !== "string") {
			const err1 = {
				instancePath,
				schemaPath: "#/definitions/severity/type",
				keyword: "type",
				params: { type: "string" },
				message: "must be string",
				schema: schema23.type,
				parentSchema: schema23,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (!(data === "error" || data === "warning" || data === "note" || data === "off")) {
			const err2 = {
				instancePath,
				schemaPath: "#/definitions/severity/enum",
				keyword: "enum",
				params: { allowedValues: schema23.enum },
				message: "must be equal to one of the allowed values",
				schema: schema23.enum,
				parentSchema: schema23,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		var _valid0 = _errs3 === errors;
		valid0 = _valid0;
		ifClause0 = "then";
	} else {
		const _errs6 = errors;
		if (data && typeof data == "object" && !Array.isArray(data)) {
			if (data.severity !== void 0) {
				let data0 = data.severity;
				if (typeof data0 !== "string") {
					const err3 = {
						instancePath: instancePath + "/severity",
						schemaPath: "#/definitions/severity/type",
						keyword: "type",
						params: { type: "string" },
						message: "must be string",
						schema: schema23.type,
						parentSchema: schema23,
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				if (!(data0 === "error" || data0 === "warning" || data0 === "note" || data0 === "off")) {
					const err4 = {
						instancePath: instancePath + "/severity",
						schemaPath: "#/definitions/severity/enum",
						keyword: "enum",
						params: { allowedValues: schema23.enum },
						message: "must be equal to one of the allowed values",
						schema: schema23.enum,
						parentSchema: schema23,
						data: data0
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			}
		} else {
			const err5 = {
				instancePath,
				schemaPath: "#/else/type",
				keyword: "type",
				params: { type: "object" },
				message: "must be object",
				schema: schema22.else.type,
				parentSchema: schema22.else,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		var _valid0 = _errs6 === errors;
		valid0 = _valid0;
		ifClause0 = "else";
	}
	if (!valid0) {
		const err6 = {
			instancePath,
			schemaPath: "#/if",
			keyword: "if",
			params: { failingKeyword: ifClause0 },
			message: "must match \"" + ifClause0 + "\" schema",
			schema: schema22.if,
			parentSchema: schema22,
			data
		};
		if (vErrors === null) vErrors = [err6];
		else vErrors.push(err6);
		errors++;
	}
	validate21.errors = vErrors;
	return errors === 0;
}
const schema25 = {
	"title": "Custom rule",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"severity",
		"message",
		"deny"
	],
	"properties": {
		"id": { "$ref": "#/definitions/ruleId" },
		"severity": { "$ref": "#/definitions/severity" },
		"message": {
			"description": "Message template; {{key}} and other placeholders are filled in.",
			"$ref": "#/definitions/nonEmptyString"
		},
		"when": {
			"description": "CEL expression: the uses the rule looks at.",
			"$ref": "#/definitions/nonEmptyString"
		},
		"deny": {
			"description": "CEL expression: true means a finding.",
			"$ref": "#/definitions/nonEmptyString"
		}
	}
};
const schema26 = {
	"description": "Lowercase letters, digits and dashes.",
	"type": "string",
	"pattern": "^[a-z0-9][a-z0-9-]*$"
};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.id === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "id" },
				message: "must have required property 'id'",
				schema: schema25.required,
				parentSchema: schema25,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.severity === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "severity" },
				message: "must have required property 'severity'",
				schema: schema25.required,
				parentSchema: schema25,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.message === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "message" },
				message: "must have required property 'message'",
				schema: schema25.required,
				parentSchema: schema25,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.deny === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "deny" },
				message: "must have required property 'deny'",
				schema: schema25.required,
				parentSchema: schema25,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "id" || key0 === "severity" || key0 === "message" || key0 === "when" || key0 === "deny")) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema25,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 === "string") {
				if (!pattern0.test(data0)) {
					const err5 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/definitions/ruleId/pattern",
						keyword: "pattern",
						params: { pattern: "^[a-z0-9][a-z0-9-]*$" },
						message: "must match pattern \"^[a-z0-9][a-z0-9-]*$\"",
						schema: "^[a-z0-9][a-z0-9-]*$",
						parentSchema: schema26,
						data: data0
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/definitions/ruleId/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema26.type,
					parentSchema: schema26,
					data: data0
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.severity !== void 0) {
			let data1 = data.severity;
			if (typeof data1 !== "string") {
				const err7 = {
					instancePath: instancePath + "/severity",
					schemaPath: "#/definitions/severity/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema23.type,
					parentSchema: schema23,
					data: data1
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
			if (!(data1 === "error" || data1 === "warning" || data1 === "note" || data1 === "off")) {
				const err8 = {
					instancePath: instancePath + "/severity",
					schemaPath: "#/definitions/severity/enum",
					keyword: "enum",
					params: { allowedValues: schema23.enum },
					message: "must be equal to one of the allowed values",
					schema: schema23.enum,
					parentSchema: schema23,
					data: data1
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.message !== void 0) {
			let data2 = data.message;
			if (typeof data2 === "string") {
				if (func3(data2) < 1) {
					const err9 = {
						instancePath: instancePath + "/message",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data2
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/message",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data2
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.when !== void 0) {
			let data3 = data.when;
			if (typeof data3 === "string") {
				if (func3(data3) < 1) {
					const err11 = {
						instancePath: instancePath + "/when",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data3
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/when",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data3
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.deny !== void 0) {
			let data4 = data.deny;
			if (typeof data4 === "string") {
				if (func3(data4) < 1) {
					const err13 = {
						instancePath: instancePath + "/deny",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data4
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/deny",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data4
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
	} else {
		const err15 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema25.type,
			parentSchema: schema25,
			data
		};
		if (vErrors === null) vErrors = [err15];
		else vErrors.push(err15);
		errors++;
	}
	validate23.errors = vErrors;
	return errors === 0;
}
const schema31 = {
	"title": "Exception",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"rule",
		"until",
		"reason"
	],
	"properties": {
		"rule": { "$ref": "#/definitions/ruleId" },
		"key": {
			"description": "Key name (or alias) it waives; without it, the rule is waived wherever path matches.",
			"$ref": "#/definitions/nonEmptyString"
		},
		"path": {
			"description": "Path glob it is limited to.",
			"$ref": "#/definitions/nonEmptyString"
		},
		"until": {
			"description": "The last day it applies, YYYY-MM-DD.",
			"$ref": "#/definitions/date"
		},
		"reason": {
			"description": "Why the rule is waived.",
			"type": "string",
			"pattern": "\\S"
		},
		"owner": { "$ref": "#/definitions/nonEmptyString" },
		"ticket": { "$ref": "#/definitions/nonEmptyString" }
	}
};
const pattern2 = new RegExp("\\S", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.rule === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "rule" },
				message: "must have required property 'rule'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.until === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "until" },
				message: "must have required property 'until'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.reason === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "reason" },
				message: "must have required property 'reason'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "rule" || key0 === "key" || key0 === "path" || key0 === "until" || key0 === "reason" || key0 === "owner" || key0 === "ticket")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.rule !== void 0) {
			let data0 = data.rule;
			if (typeof data0 === "string") {
				if (!pattern0.test(data0)) {
					const err4 = {
						instancePath: instancePath + "/rule",
						schemaPath: "#/definitions/ruleId/pattern",
						keyword: "pattern",
						params: { pattern: "^[a-z0-9][a-z0-9-]*$" },
						message: "must match pattern \"^[a-z0-9][a-z0-9-]*$\"",
						schema: "^[a-z0-9][a-z0-9-]*$",
						parentSchema: schema26,
						data: data0
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/rule",
					schemaPath: "#/definitions/ruleId/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema26.type,
					parentSchema: schema26,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.key !== void 0) {
			let data1 = data.key;
			if (typeof data1 === "string") {
				if (func3(data1) < 1) {
					const err6 = {
						instancePath: instancePath + "/key",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data1
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/key",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data1
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.path !== void 0) {
			let data2 = data.path;
			if (typeof data2 === "string") {
				if (func3(data2) < 1) {
					const err8 = {
						instancePath: instancePath + "/path",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data2
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
			} else {
				const err9 = {
					instancePath: instancePath + "/path",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data2
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.until !== void 0) {
			let data3 = data.until;
			if (typeof data3 === "string") {
				if (!formats0.validate(data3)) {
					const err10 = {
						instancePath: instancePath + "/until",
						schemaPath: "#/definitions/date/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema20,
						data: data3
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/until",
					schemaPath: "#/definitions/date/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema20.type,
					parentSchema: schema20,
					data: data3
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.reason !== void 0) {
			let data4 = data.reason;
			if (typeof data4 === "string") {
				if (!pattern2.test(data4)) {
					const err12 = {
						instancePath: instancePath + "/reason",
						schemaPath: "#/properties/reason/pattern",
						keyword: "pattern",
						params: { pattern: "\\S" },
						message: "must match pattern \"\\S\"",
						schema: "\\S",
						parentSchema: schema31.properties.reason,
						data: data4
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
			} else {
				const err13 = {
					instancePath: instancePath + "/reason",
					schemaPath: "#/properties/reason/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.reason.type,
					parentSchema: schema31.properties.reason,
					data: data4
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.owner !== void 0) {
			let data5 = data.owner;
			if (typeof data5 === "string") {
				if (func3(data5) < 1) {
					const err14 = {
						instancePath: instancePath + "/owner",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data5
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
			} else {
				const err15 = {
					instancePath: instancePath + "/owner",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data5
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.ticket !== void 0) {
			let data6 = data.ticket;
			if (typeof data6 === "string") {
				if (func3(data6) < 1) {
					const err16 = {
						instancePath: instancePath + "/ticket",
						schemaPath: "#/definitions/nonEmptyString/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema12,
						data: data6
					};
					if (vErrors === null) vErrors = [err16];
					else vErrors.push(err16);
					errors++;
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/ticket",
					schemaPath: "#/definitions/nonEmptyString/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema12.type,
					parentSchema: schema12,
					data: data6
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
	} else {
		const err18 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err18];
		else vErrors.push(err18);
		errors++;
	}
	validate25.errors = vErrors;
	return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!func2.call(schema11.properties, key0)) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema11,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.version !== void 0) {
			let data0 = data.version;
			if (1 !== data0) {
				const err1 = {
					instancePath: instancePath + "/version",
					schemaPath: "#/properties/version/const",
					keyword: "const",
					params: { allowedValue: 1 },
					message: "must be equal to constant",
					schema: 1,
					parentSchema: schema11.properties.version,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
		if (data.extends !== void 0) {
			let data1 = data.extends;
			if (Array.isArray(data1)) {
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data2 = data1[i0];
					if (typeof data2 === "string") {
						if (func3(data2) < 1) {
							const err2 = {
								instancePath: instancePath + "/extends/" + i0,
								schemaPath: "#/definitions/nonEmptyString/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema12,
								data: data2
							};
							if (vErrors === null) vErrors = [err2];
							else vErrors.push(err2);
							errors++;
						}
					} else {
						const err3 = {
							instancePath: instancePath + "/extends/" + i0,
							schemaPath: "#/definitions/nonEmptyString/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema12.type,
							parentSchema: schema12,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/extends",
					schemaPath: "#/properties/extends/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema11.properties.extends.type,
					parentSchema: schema11.properties.extends,
					data: data1
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.environments !== void 0) {
			let data3 = data.environments;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				for (const key1 in data3) if (!validate11(data3[key1], {
					instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
					parentData: data3,
					parentDataProperty: key1,
					rootData
				})) {
					vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
					errors = vErrors.length;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/environments",
					schemaPath: "#/properties/environments/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema11.properties.environments.type,
					parentSchema: schema11.properties.environments,
					data: data3
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.keys !== void 0) {
			let data5 = data.keys;
			if (data5 && typeof data5 == "object" && !Array.isArray(data5)) for (const key2 in data5) {
				let data6 = data5[key2];
				const _errs16 = errors;
				let valid6 = true;
				const _errs17 = errors;
				if (data6 !== null) {
					const err6 = {};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				var _valid0 = _errs17 === errors;
				errors = _errs16;
				if (vErrors !== null) {
					if (_errs16) vErrors.length = _errs16;
					else vErrors = null;
				}
				if (!_valid0) {
					const _errs19 = errors;
					if (!validate17(data6, {
						instancePath: instancePath + "/keys/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
						parentData: data5,
						parentDataProperty: key2,
						rootData
					})) {
						vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
						errors = vErrors.length;
					}
					var _valid0 = _errs19 === errors;
					valid6 = _valid0;
				}
				if (!valid6) {
					const err7 = {
						instancePath: instancePath + "/keys/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
						schemaPath: "#/properties/keys/additionalProperties/if",
						keyword: "if",
						params: { failingKeyword: "else" },
						message: "must match \"else\" schema",
						schema: schema11.properties.keys.additionalProperties.if,
						parentSchema: schema11.properties.keys.additionalProperties,
						data: data6
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			}
			else {
				const err8 = {
					instancePath: instancePath + "/keys",
					schemaPath: "#/properties/keys/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema11.properties.keys.type,
					parentSchema: schema11.properties.keys,
					data: data5
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.rules !== void 0) {
			let data7 = data.rules;
			if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
				for (const key3 in data7) if (!validate21(data7[key3], {
					instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
					parentData: data7,
					parentDataProperty: key3,
					rootData
				})) {
					vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
					errors = vErrors.length;
				}
			} else {
				const err9 = {
					instancePath: instancePath + "/rules",
					schemaPath: "#/properties/rules/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema11.properties.rules.type,
					parentSchema: schema11.properties.rules,
					data: data7
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data["custom-rules"] !== void 0) {
			let data9 = data["custom-rules"];
			if (Array.isArray(data9)) {
				const len1 = data9.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate23(data9[i1], {
					instancePath: instancePath + "/custom-rules/" + i1,
					parentData: data9,
					parentDataProperty: i1,
					rootData
				})) {
					vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
					errors = vErrors.length;
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/custom-rules",
					schemaPath: "#/properties/custom-rules/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema11.properties["custom-rules"].type,
					parentSchema: schema11.properties["custom-rules"],
					data: data9
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.exceptions !== void 0) {
			let data11 = data.exceptions;
			if (Array.isArray(data11)) {
				const len2 = data11.length;
				for (let i2 = 0; i2 < len2; i2++) if (!validate25(data11[i2], {
					instancePath: instancePath + "/exceptions/" + i2,
					parentData: data11,
					parentDataProperty: i2,
					rootData
				})) {
					vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
					errors = vErrors.length;
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/exceptions",
					schemaPath: "#/properties/exceptions/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema11.properties.exceptions.type,
					parentSchema: schema11.properties.exceptions,
					data: data11
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.ignore !== void 0) {
			if (!validate12(data.ignore, {
				instancePath: instancePath + "/ignore",
				parentData: data,
				parentDataProperty: "ignore",
				rootData
			})) {
				vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
				errors = vErrors.length;
			}
		}
		if (data["helm-values"] !== void 0) {
			if (!validate12(data["helm-values"], {
				instancePath: instancePath + "/helm-values",
				parentData: data,
				parentDataProperty: "helm-values",
				rootData
			})) {
				vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err12 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema11.type,
			parentSchema: schema11,
			data
		};
		if (vErrors === null) vErrors = [err12];
		else vErrors.push(err12);
		errors++;
	}
	validate10.errors = vErrors;
	return errors === 0;
}
const rule0 = validate29;
const schema38 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema38,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema38.type,
			parentSchema: schema38,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate29.errors = vErrors;
	return errors === 0;
}
const rule1 = validate30;
const schema39 = {
	"type": "object",
	"properties": { "max-waiver-days": {
		"type": "integer",
		"minimum": 1,
		"maximum": 3650
	} },
	"additionalProperties": false
};
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "max-waiver-days")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data["max-waiver-days"] !== void 0) {
			let data0 = data["max-waiver-days"];
			if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
				const err1 = {
					instancePath: instancePath + "/max-waiver-days",
					schemaPath: "#/properties/max-waiver-days/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema39.properties["max-waiver-days"].type,
					parentSchema: schema39.properties["max-waiver-days"],
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (typeof data0 == "number" && isFinite(data0)) {
				if (data0 > 3650 || isNaN(data0)) {
					const err2 = {
						instancePath: instancePath + "/max-waiver-days",
						schemaPath: "#/properties/max-waiver-days/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 3650
						},
						message: "must be <= 3650",
						schema: 3650,
						parentSchema: schema39.properties["max-waiver-days"],
						data: data0
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
				if (data0 < 1 || isNaN(data0)) {
					const err3 = {
						instancePath: instancePath + "/max-waiver-days",
						schemaPath: "#/properties/max-waiver-days/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema39.properties["max-waiver-days"],
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			}
		}
	} else {
		const err4 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema39.type,
			parentSchema: schema39,
			data
		};
		if (vErrors === null) vErrors = [err4];
		else vErrors.push(err4);
		errors++;
	}
	validate30.errors = vErrors;
	return errors === 0;
}
const rule2 = validate31;
const schema40 = {
	"type": "object",
	"properties": { "unknown": {
		"enum": ["fail", "warn"],
		"description": "What an inconclusive smoke call does: fail a gate (exit 3), or only warn."
	} },
	"additionalProperties": false
};
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "unknown")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema40,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.unknown !== void 0) {
			let data0 = data.unknown;
			if (!(data0 === "fail" || data0 === "warn")) {
				const err1 = {
					instancePath: instancePath + "/unknown",
					schemaPath: "#/properties/unknown/enum",
					keyword: "enum",
					params: { allowedValues: schema40.properties.unknown.enum },
					message: "must be equal to one of the allowed values",
					schema: schema40.properties.unknown.enum,
					parentSchema: schema40.properties.unknown,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
	} else {
		const err2 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema40.type,
			parentSchema: schema40,
			data
		};
		if (vErrors === null) vErrors = [err2];
		else vErrors.push(err2);
		errors++;
	}
	validate31.errors = vErrors;
	return errors === 0;
}
const rule3 = validate32;
const schema41 = {
	"type": "object",
	"properties": { "forbidden-scopes": {
		"type": "object",
		"description": "Provider id -> scopes no key may hold; `*` matches any run of characters.",
		"additionalProperties": {
			"type": "array",
			"items": {
				"type": "string",
				"minLength": 1
			},
			"uniqueItems": true
		}
	} },
	"additionalProperties": false
};
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "forbidden-scopes")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema41,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data["forbidden-scopes"] !== void 0) {
			let data0 = data["forbidden-scopes"];
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) for (const key1 in data0) {
				let data1 = data0[key1];
				if (Array.isArray(data1)) {
					const len0 = data1.length;
					for (let i0 = 0; i0 < len0; i0++) {
						let data2 = data1[i0];
						if (typeof data2 === "string") {
							if (func3(data2) < 1) {
								const err1 = {
									instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0,
									schemaPath: "#/properties/forbidden-scopes/additionalProperties/items/minLength",
									keyword: "minLength",
									params: { limit: 1 },
									message: "must NOT have fewer than 1 characters",
									schema: 1,
									parentSchema: schema41.properties["forbidden-scopes"].additionalProperties.items,
									data: data2
								};
								if (vErrors === null) vErrors = [err1];
								else vErrors.push(err1);
								errors++;
							}
						} else {
							const err2 = {
								instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0,
								schemaPath: "#/properties/forbidden-scopes/additionalProperties/items/type",
								keyword: "type",
								params: { type: "string" },
								message: "must be string",
								schema: schema41.properties["forbidden-scopes"].additionalProperties.items.type,
								parentSchema: schema41.properties["forbidden-scopes"].additionalProperties.items,
								data: data2
							};
							if (vErrors === null) vErrors = [err2];
							else vErrors.push(err2);
							errors++;
						}
					}
					let i1 = data1.length;
					let j0;
					if (i1 > 1) {
						const indices0 = {};
						for (; i1--;) {
							let item0 = data1[i1];
							if (typeof item0 !== "string") continue;
							if (typeof indices0[item0] == "number") {
								j0 = indices0[item0];
								const err3 = {
									instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
									schemaPath: "#/properties/forbidden-scopes/additionalProperties/uniqueItems",
									keyword: "uniqueItems",
									params: {
										i: i1,
										j: j0
									},
									message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
									schema: true,
									parentSchema: schema41.properties["forbidden-scopes"].additionalProperties,
									data: data1
								};
								if (vErrors === null) vErrors = [err3];
								else vErrors.push(err3);
								errors++;
								break;
							}
							indices0[item0] = i1;
						}
					}
				} else {
					const err4 = {
						instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
						schemaPath: "#/properties/forbidden-scopes/additionalProperties/type",
						keyword: "type",
						params: { type: "array" },
						message: "must be array",
						schema: schema41.properties["forbidden-scopes"].additionalProperties.type,
						parentSchema: schema41.properties["forbidden-scopes"].additionalProperties,
						data: data1
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			}
			else {
				const err5 = {
					instancePath: instancePath + "/forbidden-scopes",
					schemaPath: "#/properties/forbidden-scopes/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema41.properties["forbidden-scopes"].type,
					parentSchema: schema41.properties["forbidden-scopes"],
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
	} else {
		const err6 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema41.type,
			parentSchema: schema41,
			data
		};
		if (vErrors === null) vErrors = [err6];
		else vErrors.push(err6);
		errors++;
	}
	validate32.errors = vErrors;
	return errors === 0;
}
const rule4 = validate33;
const schema42 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema42,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema42.type,
			parentSchema: schema42,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate33.errors = vErrors;
	return errors === 0;
}
const rule5 = validate34;
const schema43 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema43,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema43.type,
			parentSchema: schema43,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate34.errors = vErrors;
	return errors === 0;
}
const rule6 = validate35;
const schema44 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema44,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema44.type,
			parentSchema: schema44,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate35.errors = vErrors;
	return errors === 0;
}
const rule7 = validate36;
const schema45 = {
	"type": "object",
	"properties": {
		"ignore-types": {
			"type": "array",
			"items": {
				"type": "string",
				"maxLength": 64
			},
			"uniqueItems": true,
			"description": "Provider key types that are not secret (publishable keys are meant to be public)."
		},
		"min-length": {
			"type": "integer",
			"minimum": 1,
			"maximum": 64,
			"description": "Credential-named values shorter than this are taken as placeholders."
		}
	},
	"additionalProperties": false
};
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "ignore-types" || key0 === "min-length")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema45,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data["ignore-types"] !== void 0) {
			let data0 = data["ignore-types"];
			if (Array.isArray(data0)) {
				const len0 = data0.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data1 = data0[i0];
					if (typeof data1 === "string") {
						if (func3(data1) > 64) {
							const err1 = {
								instancePath: instancePath + "/ignore-types/" + i0,
								schemaPath: "#/properties/ignore-types/items/maxLength",
								keyword: "maxLength",
								params: { limit: 64 },
								message: "must NOT have more than 64 characters",
								schema: 64,
								parentSchema: schema45.properties["ignore-types"].items,
								data: data1
							};
							if (vErrors === null) vErrors = [err1];
							else vErrors.push(err1);
							errors++;
						}
					} else {
						const err2 = {
							instancePath: instancePath + "/ignore-types/" + i0,
							schemaPath: "#/properties/ignore-types/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema45.properties["ignore-types"].items.type,
							parentSchema: schema45.properties["ignore-types"].items,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				let i1 = data0.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data0[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err3 = {
								instancePath: instancePath + "/ignore-types",
								schemaPath: "#/properties/ignore-types/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema45.properties["ignore-types"],
								data: data0
							};
							if (vErrors === null) vErrors = [err3];
							else vErrors.push(err3);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/ignore-types",
					schemaPath: "#/properties/ignore-types/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema45.properties["ignore-types"].type,
					parentSchema: schema45.properties["ignore-types"],
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data["min-length"] !== void 0) {
			let data2 = data["min-length"];
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err5 = {
					instancePath: instancePath + "/min-length",
					schemaPath: "#/properties/min-length/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema45.properties["min-length"].type,
					parentSchema: schema45.properties["min-length"],
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 > 64 || isNaN(data2)) {
					const err6 = {
						instancePath: instancePath + "/min-length",
						schemaPath: "#/properties/min-length/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 64
						},
						message: "must be <= 64",
						schema: 64,
						parentSchema: schema45.properties["min-length"],
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (data2 < 1 || isNaN(data2)) {
					const err7 = {
						instancePath: instancePath + "/min-length",
						schemaPath: "#/properties/min-length/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema45.properties["min-length"],
						data: data2
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			}
		}
	} else {
		const err8 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema45.type,
			parentSchema: schema45,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate36.errors = vErrors;
	return errors === 0;
}
const rule8 = validate37;
const schema46 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema46,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema46.type,
			parentSchema: schema46,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate37.errors = vErrors;
	return errors === 0;
}
const rule9 = validate38;
const schema47 = {
	"type": "object",
	"properties": {
		"privileged-roles": {
			"type": "array",
			"items": {
				"type": "string",
				"maxLength": 253
			},
			"uniqueItems": true,
			"description": "ClusterRole names that grant everything; binding a service account to one is reported."
		},
		"allow-service-accounts": {
			"type": "array",
			"items": {
				"type": "string",
				"maxLength": 300
			},
			"uniqueItems": true,
			"description": "Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*)."
		}
	},
	"additionalProperties": false
};
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "privileged-roles" || key0 === "allow-service-accounts")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema47,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data["privileged-roles"] !== void 0) {
			let data0 = data["privileged-roles"];
			if (Array.isArray(data0)) {
				const len0 = data0.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data1 = data0[i0];
					if (typeof data1 === "string") {
						if (func3(data1) > 253) {
							const err1 = {
								instancePath: instancePath + "/privileged-roles/" + i0,
								schemaPath: "#/properties/privileged-roles/items/maxLength",
								keyword: "maxLength",
								params: { limit: 253 },
								message: "must NOT have more than 253 characters",
								schema: 253,
								parentSchema: schema47.properties["privileged-roles"].items,
								data: data1
							};
							if (vErrors === null) vErrors = [err1];
							else vErrors.push(err1);
							errors++;
						}
					} else {
						const err2 = {
							instancePath: instancePath + "/privileged-roles/" + i0,
							schemaPath: "#/properties/privileged-roles/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema47.properties["privileged-roles"].items.type,
							parentSchema: schema47.properties["privileged-roles"].items,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				let i1 = data0.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data0[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err3 = {
								instancePath: instancePath + "/privileged-roles",
								schemaPath: "#/properties/privileged-roles/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema47.properties["privileged-roles"],
								data: data0
							};
							if (vErrors === null) vErrors = [err3];
							else vErrors.push(err3);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/privileged-roles",
					schemaPath: "#/properties/privileged-roles/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema47.properties["privileged-roles"].type,
					parentSchema: schema47.properties["privileged-roles"],
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data["allow-service-accounts"] !== void 0) {
			let data2 = data["allow-service-accounts"];
			if (Array.isArray(data2)) {
				const len1 = data2.length;
				for (let i2 = 0; i2 < len1; i2++) {
					let data3 = data2[i2];
					if (typeof data3 === "string") {
						if (func3(data3) > 300) {
							const err5 = {
								instancePath: instancePath + "/allow-service-accounts/" + i2,
								schemaPath: "#/properties/allow-service-accounts/items/maxLength",
								keyword: "maxLength",
								params: { limit: 300 },
								message: "must NOT have more than 300 characters",
								schema: 300,
								parentSchema: schema47.properties["allow-service-accounts"].items,
								data: data3
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
						}
					} else {
						const err6 = {
							instancePath: instancePath + "/allow-service-accounts/" + i2,
							schemaPath: "#/properties/allow-service-accounts/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema47.properties["allow-service-accounts"].items.type,
							parentSchema: schema47.properties["allow-service-accounts"].items,
							data: data3
						};
						if (vErrors === null) vErrors = [err6];
						else vErrors.push(err6);
						errors++;
					}
				}
				let i3 = data2.length;
				let j1;
				if (i3 > 1) {
					const indices1 = {};
					for (; i3--;) {
						let item1 = data2[i3];
						if (typeof item1 !== "string") continue;
						if (typeof indices1[item1] == "number") {
							j1 = indices1[item1];
							const err7 = {
								instancePath: instancePath + "/allow-service-accounts",
								schemaPath: "#/properties/allow-service-accounts/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i3,
									j: j1
								},
								message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
								schema: true,
								parentSchema: schema47.properties["allow-service-accounts"],
								data: data2
							};
							if (vErrors === null) vErrors = [err7];
							else vErrors.push(err7);
							errors++;
							break;
						}
						indices1[item1] = i3;
					}
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/allow-service-accounts",
					schemaPath: "#/properties/allow-service-accounts/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema47.properties["allow-service-accounts"].type,
					parentSchema: schema47.properties["allow-service-accounts"],
					data: data2
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
	} else {
		const err9 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema47.type,
			parentSchema: schema47,
			data
		};
		if (vErrors === null) vErrors = [err9];
		else vErrors.push(err9);
		errors++;
	}
	validate38.errors = vErrors;
	return errors === 0;
}
const rule10 = validate39;
const schema48 = {
	"type": "object",
	"properties": {
		"max-age-days": {
			"type": "integer",
			"minimum": 1,
			"description": "Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key."
		},
		"warn-age-days": {
			"type": "integer",
			"minimum": 0,
			"description": "Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own."
		},
		"expiry-warn-days": {
			"type": "integer",
			"minimum": 0,
			"description": "Lead time: warn when a key expires within this many days (0: only on the day it expires)."
		}
	},
	"additionalProperties": false
};
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "max-age-days" || key0 === "warn-age-days" || key0 === "expiry-warn-days")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema48,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data["max-age-days"] !== void 0) {
			let data0 = data["max-age-days"];
			if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
				const err1 = {
					instancePath: instancePath + "/max-age-days",
					schemaPath: "#/properties/max-age-days/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema48.properties["max-age-days"].type,
					parentSchema: schema48.properties["max-age-days"],
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (typeof data0 == "number" && isFinite(data0)) {
				if (data0 < 1 || isNaN(data0)) {
					const err2 = {
						instancePath: instancePath + "/max-age-days",
						schemaPath: "#/properties/max-age-days/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema48.properties["max-age-days"],
						data: data0
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
			}
		}
		if (data["warn-age-days"] !== void 0) {
			let data1 = data["warn-age-days"];
			if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
				const err3 = {
					instancePath: instancePath + "/warn-age-days",
					schemaPath: "#/properties/warn-age-days/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema48.properties["warn-age-days"].type,
					parentSchema: schema48.properties["warn-age-days"],
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 < 0 || isNaN(data1)) {
					const err4 = {
						instancePath: instancePath + "/warn-age-days",
						schemaPath: "#/properties/warn-age-days/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema48.properties["warn-age-days"],
						data: data1
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			}
		}
		if (data["expiry-warn-days"] !== void 0) {
			let data2 = data["expiry-warn-days"];
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err5 = {
					instancePath: instancePath + "/expiry-warn-days",
					schemaPath: "#/properties/expiry-warn-days/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema48.properties["expiry-warn-days"].type,
					parentSchema: schema48.properties["expiry-warn-days"],
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 < 0 || isNaN(data2)) {
					const err6 = {
						instancePath: instancePath + "/expiry-warn-days",
						schemaPath: "#/properties/expiry-warn-days/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema48.properties["expiry-warn-days"],
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			}
		}
	} else {
		const err7 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema48.type,
			parentSchema: schema48,
			data
		};
		if (vErrors === null) vErrors = [err7];
		else vErrors.push(err7);
		errors++;
	}
	validate39.errors = vErrors;
	return errors === 0;
}
const rule11 = validate40;
const schema49 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema49,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema49.type,
			parentSchema: schema49,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate40.errors = vErrors;
	return errors === 0;
}
const rule12 = validate41;
const schema50 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema50,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema50.type,
			parentSchema: schema50,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate41.errors = vErrors;
	return errors === 0;
}
const rule13 = validate42;
const schema51 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema51,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema51.type,
			parentSchema: schema51,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate42.errors = vErrors;
	return errors === 0;
}
const rule14 = validate43;
const schema52 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema52,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema52.type,
			parentSchema: schema52,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate43.errors = vErrors;
	return errors === 0;
}
const rule15 = validate44;
const schema53 = {
	"type": "object",
	"properties": {},
	"additionalProperties": false
};
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
	let vErrors = null;
	let errors = 0;
	if (data && typeof data == "object" && !Array.isArray(data)) for (const key0 in data) {
		const err0 = {
			instancePath,
			schemaPath: "#/additionalProperties",
			keyword: "additionalProperties",
			params: { additionalProperty: key0 },
			message: "must NOT have additional properties",
			schema: false,
			parentSchema: schema53,
			data
		};
		if (vErrors === null) vErrors = [err0];
		else vErrors.push(err0);
		errors++;
	}
	else {
		const err1 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema53.type,
			parentSchema: schema53,
			data
		};
		if (vErrors === null) vErrors = [err1];
		else vErrors.push(err1);
		errors++;
	}
	validate44.errors = vErrors;
	return errors === 0;
}
const COMPILED_CONFIG = {
	source: "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:config:v1\",\n  \"title\": \"keybound config and policy pack\",\n  \"description\": \"keybound.yml, .github/keybound.yml and every policy pack it extends (SPEC section 4). The config never names hosts, URLs, headers or methods: where a secret is sent is compiled into keybound. Every pattern here is linear-time (no nested quantifiers), because ajv patterns backtrack.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\": {\n    \"version\": {\n      \"title\": \"Config format version\",\n      \"description\": \"Always 1.\",\n      \"const\": 1\n    },\n    \"extends\": {\n      \"title\": \"Policy packs\",\n      \"description\": \"Built-in pack names (recommended) or paths relative to this file, applied in order before this file. Without extends a config extends [recommended]; extends: [] means none.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"environments\": {\n      \"title\": \"Environment mappings\",\n      \"description\": \"Evidence that maps a use to an environment, added to the built-in conventions. Keys are environment names (production, staging, development or your own).\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/environment\" }\n    },\n    \"keys\": {\n      \"title\": \"Key declarations\",\n      \"description\": \"What the owners declare about each key, by the name it is stored under in CI. Every field is optional.\",\n      \"type\": \"object\",\n      \"additionalProperties\": {\n        \"description\": \"A key with nothing under it (as keybound init writes it) is declared and nothing more.\",\n        \"if\": { \"type\": \"null\" },\n        \"then\": true,\n        \"else\": { \"$ref\": \"#/definitions/key\" }\n      }\n    },\n    \"rules\": {\n      \"title\": \"Rule settings\",\n      \"description\": \"Per-rule severity and options, by rule id. Each rule's own options schema validates its options.\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/ruleSetting\" }\n    },\n    \"custom-rules\": {\n      \"title\": \"Custom rules\",\n      \"description\": \"Declarative rules written as CEL expressions over the model.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/customRule\" }\n    },\n    \"exceptions\": {\n      \"title\": \"Exceptions\",\n      \"description\": \"Waivers of a rule for a key or path; each needs a reason and an end date.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/exception\" }\n    },\n    \"ignore\": {\n      \"title\": \"Ignored paths\",\n      \"description\": \"Path globs never scanned, relative to the scanned root (a glob that matches a folder leaves out everything in it). --exclude adds to them.\",\n      \"$ref\": \"#/definitions/stringList\"\n    },\n    \"helm-values\": {\n      \"title\": \"Helm values files\",\n      \"description\": \"Globs (relative to the scanned root) of Helm values files keybound should read as such, beyond values*.yaml beside a Chart.yaml or beside a chart's folder. Their file names give environments (values-prod.yaml).\",\n      \"$ref\": \"#/definitions/stringList\"\n    }\n  },\n  \"definitions\": {\n    \"nonEmptyString\": {\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"stringList\": {\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"date\": {\n      \"description\": \"A calendar date, YYYY-MM-DD.\",\n      \"type\": \"string\",\n      \"format\": \"date\"\n    },\n    \"severity\": {\n      \"description\": \"error | warning | note | off\",\n      \"type\": \"string\",\n      \"enum\": [\"error\", \"warning\", \"note\", \"off\"]\n    },\n    \"ruleId\": {\n      \"description\": \"Lowercase letters, digits and dashes.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[a-z0-9][a-z0-9-]*$\"\n    },\n    \"provider\": {\n      \"description\": \"A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).\",\n      \"type\": \"string\",\n      \"enum\": [\n        \"alibaba\",\n        \"anthropic\",\n        \"atlassian\",\n        \"aws\",\n        \"buildkite\",\n        \"circleci\",\n        \"cloudflare\",\n        \"confluent\",\n        \"databricks\",\n        \"datadog\",\n        \"discord\",\n        \"doppler\",\n        \"dropbox\",\n        \"elasticsearch\",\n        \"fastly\",\n        \"gcp\",\n        \"github\",\n        \"gitlab\",\n        \"honeycomb\",\n        \"huggingface\",\n        \"launchdarkly\",\n        \"netlify\",\n        \"notion\",\n        \"npm\",\n        \"okta\",\n        \"openai\",\n        \"openrouter\",\n        \"sendgrid\",\n        \"slack\",\n        \"square\",\n        \"stripe\",\n        \"terraform\",\n        \"twilio\",\n        \"vault\",\n        \"none\"\n      ]\n    },\n    \"environment\": {\n      \"title\": \"Environment mapping\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"github-environments\": {\n          \"description\": \"GitHub job environment names that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"paths\": {\n          \"description\": \"Path globs, relative to the scanned root.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"namespaces\": {\n          \"description\": \"Kubernetes namespaces that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        }\n      }\n    },\n    \"key\": {\n      \"title\": \"Key declaration\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"provider\": { \"$ref\": \"#/definitions/provider\" },\n        \"environment\": {\n          \"description\": \"The environment this key belongs to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal\": {\n          \"description\": \"The expected principal: exact, or a glob with *.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal-kind\": {\n          \"description\": \"The expected kind of principal.\",\n          \"type\": \"string\",\n          \"enum\": [\"service\", \"human\"]\n        },\n        \"scopes\": {\n          \"description\": \"The scopes the key may hold; more is a least-privilege finding.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"rotated\": {\n          \"description\": \"Last rotation, YYYY-MM-DD; used when no better fact exists.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"owner\": {\n          \"description\": \"Who owns the key.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"aliases\": {\n          \"description\": \"The names the key goes by in manifests, compose files and dotenv files.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"max-age-days\": {\n          \"description\": \"This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.\",\n          \"type\": \"integer\",\n          \"minimum\": 1\n        },\n        \"warn-age-days\": {\n          \"description\": \"Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.\",\n          \"type\": \"integer\",\n          \"minimum\": 0\n        }\n      }\n    },\n    \"ruleSetting\": {\n      \"title\": \"Rule setting\",\n      \"description\": \"A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).\",\n      \"if\": { \"type\": \"string\" },\n      \"then\": { \"$ref\": \"#/definitions/severity\" },\n      \"else\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"severity\": { \"$ref\": \"#/definitions/severity\" }\n        }\n      }\n    },\n    \"customRule\": {\n      \"title\": \"Custom rule\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"id\", \"severity\", \"message\", \"deny\"],\n      \"properties\": {\n        \"id\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"message\": {\n          \"description\": \"Message template; {{key}} and other placeholders are filled in.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"when\": {\n          \"description\": \"CEL expression: the uses the rule looks at.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"deny\": {\n          \"description\": \"CEL expression: true means a finding.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        }\n      }\n    },\n    \"exception\": {\n      \"title\": \"Exception\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"rule\", \"until\", \"reason\"],\n      \"properties\": {\n        \"rule\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"key\": {\n          \"description\": \"Key name (or alias) it waives; without it, the rule is waived wherever path matches.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"path\": {\n          \"description\": \"Path glob it is limited to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"until\": {\n          \"description\": \"The last day it applies, YYYY-MM-DD.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"reason\": {\n          \"description\": \"Why the rule is waived.\",\n          \"type\": \"string\",\n          \"pattern\": \"\\\\S\"\n        },\n        \"owner\": { \"$ref\": \"#/definitions/nonEmptyString\" },\n        \"ticket\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n      }\n    }\n  }\n}\n",
	validate: config
};
const COMPILED_RULES = new Map([
	["dynamic-secret-access", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule0
	}],
	["invalid-waiver", {
		schema: "{\"type\":\"object\",\"properties\":{\"max-waiver-days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":3650}},\"additionalProperties\":false}",
		validate: rule1
	}],
	["key-user-association", {
		schema: "{\"type\":\"object\",\"properties\":{\"unknown\":{\"enum\":[\"fail\",\"warn\"],\"description\":\"What an inconclusive smoke call does: fail a gate (exit 3), or only warn.\"}},\"additionalProperties\":false}",
		validate: rule2
	}],
	["least-privilege-scopes", {
		schema: "{\"type\":\"object\",\"properties\":{\"forbidden-scopes\":{\"type\":\"object\",\"description\":\"Provider id -> scopes no key may hold; `*` matches any run of characters.\",\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"uniqueItems\":true}}},\"additionalProperties\":false}",
		validate: rule3
	}],
	["long-lived-cloud-key", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule4
	}],
	["no-dev-keys-in-prod", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule5
	}],
	["parse-error", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule6
	}],
	["plaintext-secret", {
		schema: "{\"type\":\"object\",\"properties\":{\"ignore-types\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":64},\"uniqueItems\":true,\"description\":\"Provider key types that are not secret (publishable keys are meant to be public).\"},\"min-length\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"description\":\"Credential-named values shorter than this are taken as placeholders.\"}},\"additionalProperties\":false}",
		validate: rule7
	}],
	["policy-change", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule8
	}],
	["rbac-least-privilege", {
		schema: "{\"type\":\"object\",\"properties\":{\"privileged-roles\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":253},\"uniqueItems\":true,\"description\":\"ClusterRole names that grant everything; binding a service account to one is reported.\"},\"allow-service-accounts\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":300},\"uniqueItems\":true,\"description\":\"Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*).\"}},\"additionalProperties\":false}",
		validate: rule9
	}],
	["rotation-age", {
		schema: "{\"type\":\"object\",\"properties\":{\"max-age-days\":{\"type\":\"integer\",\"minimum\":1,\"description\":\"Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key.\"},\"warn-age-days\":{\"type\":\"integer\",\"minimum\":0,\"description\":\"Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own.\"},\"expiry-warn-days\":{\"type\":\"integer\",\"minimum\":0,\"description\":\"Lead time: warn when a key expires within this many days (0: only on the day it expires).\"}},\"additionalProperties\":false}",
		validate: rule10
	}],
	["secrets-overexposed", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule11
	}],
	["service-account-bound", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule12
	}],
	["shared-value", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule13
	}],
	["unused-secret", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule14
	}],
	["workflow-permissions", {
		schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
		validate: rule15
	}]
]);
// src/policy/rule-options-schema.ts
function ruleOptionsSchema(rule) {
	const schema = { ...rule.meta.optionsSchema };
	if (schema.properties !== void 0 && schema.additionalProperties === void 0) schema.additionalProperties = false;
	if (schema.type === void 0) schema.type = "object";
	delete schema.$id;
	return schema;
}
// src/policy/schema.ts
const CONFIG_SCHEMA_FILE = "config.schema.json";
let configValidator;
const ruleValidators = new WeakMap();
let runtimeCompile;
function precompiledRule(rule) {
	const compiled = COMPILED_RULES.get(rule.meta.id);
	return compiled && compiled.schema === JSON.stringify(ruleOptionsSchema(rule)) ? compiled.validate : void 0;
}
async function prepareValidators(rules) {
	if (runtimeCompile) return;
	if (COMPILED_CONFIG.source === configSchemaText() && rules.every((rule) => precompiledRule(rule))) return;
	runtimeCompile = (await Promise.resolve().then(() => require("./keybound-ca944592.cjs"))).compileSchema;
}
function runtimeCompiler() {
	if (!runtimeCompile) throw new require_errors.KeyboundError("internal", "a schema not compiled at build time needs prepareValidators() first");
	return runtimeCompile;
}
function configSchemaText() {
	const text = POLICY_FILES[CONFIG_SCHEMA_FILE];
	if (text === void 0) throw new require_errors.KeyboundError("internal", `${CONFIG_SCHEMA_FILE} is not embedded; run node scripts/generate.mjs`);
	return text;
}
function configSchema() {
	return JSON.parse(configSchemaText());
}
function validateConfigData(data) {
	configValidator ??= COMPILED_CONFIG.source === configSchemaText() ? COMPILED_CONFIG.validate : runtimeCompiler()(configSchema());
	const validate = configValidator;
	return validate(data) ? [] : [...validate.errors ?? []];
}
function validateRuleOptions(rule, options) {
	let validate = ruleValidators.get(rule);
	if (!validate) {
		validate = precompiledRule(rule);
		if (!validate) {
			const compile = runtimeCompiler();
			try {
				validate = compile(ruleOptionsSchema(rule));
			} catch (error) {
				const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
				throw new require_errors.KeyboundError("internal", `rule "${rule.meta.id}" has an invalid options schema: ${why}`);
			}
		}
		ruleValidators.set(rule, validate);
	}
	return validate(options) ? [] : [...validate.errors ?? []];
}
// src/policy/source.ts
function errorAt(source, path, message, at = "value") {
	const { line, column } = require_cel_cost.locate(source.file, source.doc, source.lineCounter, path, at);
	return new require_errors.KeyboundError(source.code, message, {
		file: source.file,
		line,
		column,
		path: require_cel_cost.formatPath(path) || void 0
	});
}
function parseSource(text, meta, errors) {
	const parsed = require_cel_cost.parseYaml(text, { warningsAsErrors: true });
	const doc = parsed.docs[0];
	const source = {
		...meta,
		doc,
		lineCounter: parsed.lineCounter,
		text,
		data: require_cel_cost.plainObject()
	};
	if (parsed.problems.length) {
		for (const problem of parsed.problems) errors.push(yamlError(source, problem));
		return {
			...source,
			doc: void 0
		};
	}
	if (parsed.docs.length > 1) {
		const [line, column] = require_cel_cost.position(parsed.lineCounter, parsed.docs[1].range[0]);
		errors.push(new require_errors.KeyboundError(meta.code, "must hold one YAML document, found more after ---", {
			file: meta.file,
			line,
			column
		}));
	}
	if (!doc || doc.contents === null) return source;
	const problems = [];
	let data;
	try {
		data = require_cel_cost.toData(doc, problems);
	} catch (error) {
		if (!(error instanceof require_cel_cost.YamlBudgetError)) throw error;
		errors.push(new require_errors.KeyboundError(meta.code, error.message, { file: meta.file }));
		return {
			...source,
			doc: void 0
		};
	}
	for (const problem of problems) {
		const [line, column] = require_cel_cost.position(parsed.lineCounter, problem.node.range?.[0] ?? 0);
		errors.push(new require_errors.KeyboundError(meta.code, problem.message, {
			file: meta.file,
			line,
			column
		}));
	}
	for (const problem of require_cel_cost.schemaProblems(validateConfigData(data), data)) errors.push(errorAt(source, problem.path, problem.message, problem.at));
	return {
		...source,
		data: require_cel_cost.isPlainObject(data) ? data : require_cel_cost.plainObject()
	};
}
function yamlError(source, problem) {
	const place = {
		file: source.file,
		line: problem.line,
		column: problem.column
	};
	if (problem.firstLine !== void 0 && problem.line !== void 0 && problem.column !== void 0) {
		const key = keyAt(source.doc, source.lineCounter, problem.line, problem.column);
		if (key) {
			const message = `duplicate key ${JSON.stringify(key.name)} (first at line ${problem.firstLine})`;
			return new require_errors.KeyboundError(source.code, message, {
				...place,
				path: require_cel_cost.formatPath(key.path)
			});
		}
	}
	const tag = /^Unresolved tag: (.*)$/.exec(problem.message);
	if (tag) {
		const name = tag[1].replace(/^tag:yaml\.org,2002:/, "!!");
		return new require_errors.KeyboundError(source.code, `unknown tag ${name}: tags are not allowed in config`, place);
	}
	return new require_errors.KeyboundError(source.code, problem.message, place);
}
function keyAt(doc, lineCounter, line, column) {
	let found;
	const visit = (node, path) => {
		if (found) return;
		if ((0, import_dist.isMap)(node)) for (const pair of node.items) {
			const key = pair.key;
			if (!(0, import_dist.isScalar)(key)) continue;
			const name = String(key.value);
			if (key.range) {
				const [l, c] = require_cel_cost.position(lineCounter, key.range[0]);
				if (l === line && c === column) {
					found = {
						name,
						path: [...path, name]
					};
					return;
				}
			}
			visit(pair.value, [...path, name]);
		}
		else if ((0, import_dist.isSeq)(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
	};
	visit(doc?.contents, []);
	return found;
}
// src/policy/ignore.ts
function mergeIgnore(sources, errors) {
	const out = [];
	for (const source of sources) {
		const list = source.data.ignore;
		if (!Array.isArray(list)) continue;
		list.forEach((glob, index) => {
			if (typeof glob !== "string" || glob === "") return;
			const problem = globProblem(glob);
			if (problem) errors.push(errorAt(source, ["ignore", index], `${JSON.stringify(glob)} ${problem}`));
			else if (!out.includes(glob)) out.push(glob);
		});
	}
	return out;
}
// src/policy/merge-keys.ts
const ENVIRONMENT_FIELDS = [
	["github-environments", "githubEnvironments"],
	["paths", "paths"],
	["namespaces", "namespaces"]
];
const KEY_STRING_FIELDS = [
	["provider", "provider"],
	["environment", "environment"],
	["principal", "principal"],
	["principal-kind", "principalKind"],
	["rotated", "rotated"],
	["owner", "owner"]
];
const KEY_LIST_FIELDS = [["scopes", "scopes"], ["aliases", "aliases"]];
const KEY_NUMBER_FIELDS = [["max-age-days", "maxAgeDays"], ["warn-age-days", "warnAgeDays"]];
function mergeEnvironments(sources) {
	const merged = new Map();
	for (const source of sources) {
		const section = source.data.environments;
		if (!require_cel_cost.isPlainObject(section)) continue;
		for (const [name, entry] of Object.entries(section)) {
			if (!require_cel_cost.isPlainObject(entry)) continue;
			const target = merged.get(name) ?? {
				name,
				githubEnvironments: [],
				paths: [],
				namespaces: []
			};
			for (const [field, property] of ENVIRONMENT_FIELDS) {
				const list = stringList(entry[field]);
				if (list) target[property] = list;
			}
			merged.set(name, target);
		}
	}
	return [...merged.values()];
}
function mergeKeys(sources, environments, errors) {
	const keys = new Map();
	const places = new Map();
	for (const source of sources) {
		const section = source.data.keys;
		if (!require_cel_cost.isPlainObject(section)) continue;
		for (const [name, value] of Object.entries(section)) {
			const entry = value === null ? {} : value;
			if (!require_cel_cost.isPlainObject(entry)) continue;
			const declaration = keys.get(name) ?? { name };
			const fieldPlaces = places.get(name) ?? new Map();
			const place = (field) => void fieldPlaces.set(field, {
				source,
				path: [
					"keys",
					name,
					field
				]
			});
			for (const [field, property] of KEY_STRING_FIELDS) {
				const value = entry[field];
				if (typeof value !== "string") continue;
				declaration[property] = value;
				place(field);
			}
			for (const [field, property] of KEY_LIST_FIELDS) {
				const list = stringList(entry[field]);
				if (!list) continue;
				declaration[property] = list;
				place(field);
			}
			for (const [field, property] of KEY_NUMBER_FIELDS) {
				const value = entry[field];
				if (typeof value !== "number") continue;
				declaration[property] = value;
				place(field);
			}
			declaration.location = require_cel_cost.locate(source.file, source.doc, source.lineCounter, ["keys", name], "key");
			keys.set(name, declaration);
			places.set(name, fieldPlaces);
		}
	}
	const known = [...require_types.BUILTIN_ENVIRONMENTS, ...environments.map((e) => e.name).filter((n) => !require_types.BUILTIN_ENVIRONMENTS.includes(n))];
	for (const declaration of keys.values()) {
		const fieldPlaces = places.get(declaration.name) ?? new Map();
		checkGithubToken(declaration, fieldPlaces, errors);
		checkEnvironment(declaration, fieldPlaces, known, errors);
	}
	return keys;
}
function checkGithubToken(declaration, places, errors) {
	if (declaration.provider === void 0 || declaration.provider === "github") return;
	const token = [declaration.name, ...declaration.aliases ?? []].find((n) => n.toUpperCase() === "GITHUB_TOKEN");
	if (token === void 0) return;
	const placed = places.get("provider");
	if (!placed) return;
	const via = token === declaration.name ? "GITHUB_TOKEN" : `${declaration.name} (alias ${JSON.stringify(token)})`;
	errors.push(errorAt(placed.source, placed.path, `${via} is only ever sent to the GitHub API and cannot be declared as a ${JSON.stringify(declaration.provider)} key; use provider: github or leave provider out`));
}
function checkEnvironment(declaration, places, known, errors) {
	const environment = declaration.environment;
	if (environment === void 0 || known.includes(environment)) return;
	const placed = places.get("environment");
	if (!placed) return;
	const close = require_cel_cost.closeMatches(environment, known);
	const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?` : "; define it under environments: to use your own name";
	errors.push(errorAt(placed.source, placed.path, `unknown environment ${JSON.stringify(environment)} (known: ${known.join(", ")})${hint}`));
}
function stringList(value) {
	return Array.isArray(value) && value.every((v) => typeof v === "string") ? [...value] : void 0;
}
// src/policy/merge-rules.ts
const SEVERITY_SETTINGS = [...require_types.SEVERITIES, "off"];
function isSeverity(value) {
	return typeof value === "string" && SEVERITY_SETTINGS.includes(value);
}
function mergeRuleSettings(sources, rules, customIds, errors) {
	const registry = new Map(rules.map((rule) => [rule.meta.id, rule]));
	const drafts = new Map();
	for (const source of sources) {
		const section = source.data.rules;
		if (!require_cel_cost.isPlainObject(section)) continue;
		for (const [id, entry] of Object.entries(section)) {
			const path = ["rules", id];
			if (!registry.has(id)) {
				errors.push(errorAt(source, path, unknownRule(id, [...registry.keys()], customIds), "key"));
				continue;
			}
			const setting = typeof entry === "string" ? { severity: entry } : entry;
			if (!require_cel_cost.isPlainObject(setting)) continue;
			const draft = drafts.get(id) ?? {
				options: new Map(),
				last: {
					source,
					path
				}
			};
			draft.last = {
				source,
				path
			};
			for (const [option, value] of Object.entries(setting)) if (option === "severity") {
				if (id === "invalid-waiver" && value === "off") errors.push(errorAt(source, typeof entry === "string" ? path : [...path, "severity"], "invalid-waiver cannot be off: expired exceptions always fail; use warning or note to soften unused-waiver reports"));
				else if (isSeverity(value)) draft.severity = value;
			} else draft.options.set(option, {
				value,
				placed: {
					source,
					path: [...path, option]
				}
			});
			drafts.set(id, draft);
		}
	}
	const settings = Object.create(null);
	for (const rule of rules) {
		const draft = drafts.get(rule.meta.id);
		const options = require_cel_cost.plainObject();
		for (const [name, value] of Object.entries(rule.meta.defaultOptions)) options[name] = structuredClone(value);
		if (draft) {
			for (const [name, { value }] of draft.options) options[name] = value;
			for (const problem of require_cel_cost.schemaProblems(validateRuleOptions(rule, options), options)) {
				const source = draft.options.get(String(problem.path[0]))?.placed.source ?? draft.last.source;
				errors.push(errorAt(source, [
					"rules",
					rule.meta.id,
					...problem.path
				], problem.message, problem.at));
			}
		}
		settings[rule.meta.id] = {
			severity: draft?.severity ?? rule.meta.defaultSeverity,
			options
		};
	}
	return settings;
}
function unknownRule(id, known, customIds) {
	if (customIds.has(id)) return `${JSON.stringify(id)} is a custom rule; set its severity in custom-rules, not rules`;
	const close = require_cel_cost.closeMatches(id, known);
	if (close.length) return `unknown rule ${JSON.stringify(id)}; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?`;
	return `unknown rule ${JSON.stringify(id)} (known rules: ${[...known].sort().join(", ")})`;
}
function hasCustomRules(sources) {
	return sources.some((source) => {
		const list = source.data["custom-rules"];
		return Array.isArray(list) && list.length > 0;
	});
}
function mergeCustomRules(sources, rules, errors, compile) {
	const builtinIds = new Set(rules.map((rule) => rule.meta.id));
	const merged = new Map();
	for (const source of sources) {
		const list = source.data["custom-rules"];
		if (!Array.isArray(list)) continue;
		const firstLines = new Map();
		list.forEach((item, index) => {
			if (!require_cel_cost.isPlainObject(item) || typeof item.id !== "string") return;
			const path = ["custom-rules", index];
			const location = require_cel_cost.locate(source.file, source.doc, source.lineCounter, path);
			if (builtinIds.has(item.id)) {
				errors.push(errorAt(source, [...path, "id"], `${JSON.stringify(item.id)} is the id of a built-in rule; give the custom rule its own id`));
				return;
			}
			const first = firstLines.get(item.id);
			if (first !== void 0) {
				errors.push(errorAt(source, [...path, "id"], `duplicate custom rule id ${JSON.stringify(item.id)} (first at line ${first})`));
				return;
			}
			firstLines.set(item.id, location.line);
			const spec = {
				id: item.id,
				severity: isSeverity(item.severity) ? item.severity : "error",
				message: typeof item.message === "string" ? item.message : "",
				...typeof item.when === "string" ? { when: item.when } : {},
				deny: typeof item.deny === "string" ? item.deny : "",
				location
			};
			if (typeof item.deny === "string" && compile) {
				const compiled = compile(source, path, spec, errors);
				if (compiled) spec.compiled = compiled;
			}
			merged.set(item.id, spec);
		});
	}
	return [...merged.values()];
}
const EXCEPTION_OPTIONAL = [
	"key",
	"path",
	"owner",
	"ticket"
];
function mergeExceptions(sources, ruleIds, errors) {
	const out = [];
	for (const source of sources) {
		const list = source.data.exceptions;
		if (!Array.isArray(list)) continue;
		list.forEach((item, index) => {
			if (!require_cel_cost.isPlainObject(item) || typeof item.rule !== "string") return;
			const path = ["exceptions", index];
			if (!ruleIds.includes(item.rule)) {
				const close = require_cel_cost.closeMatches(item.rule, ruleIds);
				const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?` : ` (known rules: ${[...ruleIds].sort().join(", ")})`;
				errors.push(errorAt(source, [...path, "rule"], `unknown rule ${JSON.stringify(item.rule)}${hint}`));
			}
			const spec = {
				rule: item.rule,
				until: typeof item.until === "string" ? item.until : "",
				reason: typeof item.reason === "string" ? item.reason : "",
				location: require_cel_cost.locate(source.file, source.doc, source.lineCounter, path)
			};
			for (const field of EXCEPTION_OPTIONAL) {
				const value = item[field];
				if (typeof value === "string") spec[field] = value;
			}
			out.push(spec);
		});
	}
	return out;
}
// src/policy/resolve.ts
const DEFAULT_PACK = "recommended";
const BUILTIN_NAME = /^[a-z0-9][a-z0-9-]*$/;
function resolveChain(top, context) {
	const order = [];
	const applied = new Set();
	const visit = (source, stack) => {
		for (const entry of extendsEntries(source)) {
			const pack = openPack(entry, source, context);
			if (!pack) continue;
			const cycle = stack.findIndex((s) => s.id === pack.id);
			if (cycle >= 0) {
				const names = [...stack.slice(cycle), pack].map((s) => s.file).join(" -> ");
				context.errors.push(errorAt(source, entry.path ?? [], `extends cycle: ${names}`));
				continue;
			}
			if (applied.has(pack.id)) continue;
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
function builtinPackNames(builtins) {
	return Object.keys(builtins).filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, "")).sort();
}
function extendsEntries(source) {
	const value = source.data.extends;
	if (value === void 0) return source.code === "config" ? [{ name: DEFAULT_PACK }] : [];
	if (!Array.isArray(value)) return [];
	return value.flatMap((name, index) => typeof name === "string" && name ? [{
		name,
		path: ["extends", index]
	}] : []);
}
function openPack(entry, from, context) {
	const fail = (message, code = from.code) => {
		const error = errorAt(from, entry.path ?? [], message);
		context.errors.push(new require_errors.KeyboundError(code, error.message, error.place));
	};
	if (from.builtin || BUILTIN_NAME.test(entry.name)) {
		const name = from.builtin ? (0, node_path.basename)(entry.name).replace(/\.ya?ml$/, "") : entry.name;
		const fileName = [`${name}.yml`, `${name}.yaml`].find((f) => context.builtins[f] !== void 0);
		if (!fileName) {
			const known = builtinPackNames(context.builtins);
			if (!entry.path) return fail(`the built-in policy "${name}" is missing from this build`, "internal");
			const close = require_cel_cost.closeMatches(name, known);
			const hint = close.length ? `did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}? ` : "";
			return fail(`unknown policy pack ${JSON.stringify(name)} (${hint}built-in packs: ${known.join(", ") || "none"}; a file needs a path such as ./${name}.yml)`);
		}
		const meta = {
			file: `keybound/policies/${fileName}`,
			id: `builtin:${fileName}`,
			builtin: true,
			code: "policy"
		};
		const prepared = context.builtins === POLICY_FILES ? POLICY_DATA[fileName] : void 0;
		if (prepared !== void 0) return {
			...meta,
			lineCounter: new import_dist.LineCounter(),
			data: packData(prepared)
		};
		return parseSource(context.builtins[fileName], meta, context.errors);
	}
	if ((0, node_path.isAbsolute)(entry.name) || !from.absPath) return fail(`policy pack ${JSON.stringify(entry.name)} must be a path relative to ${from.file}`);
	const absPath = (0, node_path.resolve)((0, node_path.dirname)(from.absPath), entry.name);
	const file = displayPath(context.root, absPath);
	let text;
	try {
		text = tryRead(absPath, file, context.io);
		if (text !== void 0) assertInside(context.io, absPath, context.trustedDirs, file);
	} catch (error) {
		if (!(error instanceof require_errors.KeyboundError)) throw error;
		return fail(`policy pack ${JSON.stringify(entry.name)} ${error.message}`);
	}
	if (text === void 0) return fail(`policy pack ${JSON.stringify(entry.name)} was not found (looked for ${file})`);
	return parseSource(text, {
		file,
		id: absPath,
		absPath,
		builtin: false,
		code: "policy"
	}, context.errors);
}
function packData(json) {
	const data = JSON.parse(json, (_key, value) => require_cel_cost.isPlainObject(value) ? Object.assign(require_cel_cost.plainObject(), value) : value);
	return require_cel_cost.isPlainObject(data) ? data : require_cel_cost.plainObject();
}
// src/policy/load.ts
async function loadConfig(options) {
	return (await loadPolicySources(options)).config;
}
async function loadPolicySources(options) {
	const root = (0, node_path.resolve)(options.root);
	const io = options.readFile ? {
		readFile: options.readFile,
		realpath: (p) => p
	} : fsIo;
	const builtins = options.builtins ?? POLICY_FILES;
	const rules = options.rules;
	const errors = [];
	await prepareValidators(rules);
	const found = discoverConfig(root, options.configPath, io);
	let top;
	if (found) top = parseSource(found.text, {
		file: found.file,
		id: found.absPath,
		absPath: found.absPath,
		builtin: false,
		code: "config"
	}, errors);
	else top = {
		file: "(built-in defaults)",
		id: "builtin:(defaults)",
		builtin: true,
		code: "config",
		lineCounter: new import_dist.LineCounter(),
		data: require_cel_cost.plainObject()
	};
	const trustedDirs = found ? [root, (0, node_path.dirname)(found.absPath)] : [root];
	const chain = resolveChain(top, {
		root,
		io,
		builtins,
		trustedDirs,
		errors
	});
	const sources = found ? chain : chain.filter((source) => source !== top);
	const environments = mergeEnvironments(sources);
	const keys = mergeKeys(sources, environments, errors);
	const customRules = mergeCustomRules(sources, rules, errors, hasCustomRules(sources) ? (await Promise.resolve().then(() => require("./keybound-84716107.cjs"))).compileCustomRule : void 0);
	const settings = mergeRuleSettings(sources, rules, new Set(customRules.map((c) => c.id)), errors);
	const exceptions = mergeExceptions(sources, [...rules.map((rule) => rule.meta.id), ...customRules.map((c) => c.id)], errors);
	const ignore = mergeIgnore(sources, errors);
	if (errors.length) throw new ConfigErrors(sortErrors(errors, sources), declaredNames(keys));
	return {
		config: {
			file: found?.file,
			extends: sources.filter((source) => source !== top).map(packName),
			environments,
			keys,
			rules: settings,
			customRules,
			exceptions,
			ignore,
			helmValues: helmValues(sources)
		},
		sources
	};
}
var ConfigErrors = class extends require_errors.KeyboundErrors {
	declaredNames;
	constructor(errors, declaredNames) {
		super(errors);
		this.declaredNames = declaredNames;
	}
};
function declaredNames(keys) {
	return [...keys.values()].flatMap((declaration) => [declaration.name, ...declaration.aliases ?? []]);
}
function helmValues(sources) {
	let globs = [];
	for (const source of sources) {
		const value = source.data["helm-values"];
		if (Array.isArray(value)) globs = value.filter((glob) => typeof glob === "string");
	}
	return globs;
}
function packName(source) {
	return source.builtin ? source.id.replace(/^builtin:/, "").replace(/\.ya?ml$/, "") : source.file;
}
function sortErrors(errors, sources) {
	const rank = (error) => {
		const index = sources.findIndex((source) => source.file === error.place.file);
		if (index < 0) return -1;
		return sources[index].code === "config" ? -1 : index;
	};
	return errors.map((error, order) => ({
		error,
		order
	})).sort((a, b) => rank(a.error) - rank(b.error) || (a.error.place.line ?? 0) - (b.error.place.line ?? 0) || (a.error.place.column ?? 0) - (b.error.place.column ?? 0) || a.order - b.order).map(({ error }) => error);
}
// src/policy/secrets-input.ts
const MAX_SECRETS_JSON_BYTES = 4194304;
function parseSecretsJson(text, origin) {
	const fail = (message) => {
		throw new require_errors.KeyboundError("secrets", message, { file: origin });
	};
	if (text.length > 4194304 || Buffer.byteLength(text, "utf8") > 4194304) fail(`secrets JSON is larger than ${MAX_SECRETS_JSON_BYTES / 1024 / 1024} MiB; not read`);
	const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
	if (body.trim() === "") fail("secrets JSON is empty; expected an object of name -> value, as ${{ toJSON(secrets) }} gives");
	let parsed;
	try {
		parsed = JSON.parse(body);
	} catch (error) {
		const offset = errorOffset(error, body);
		fail(`secrets JSON is not valid JSON${offset === void 0 ? "" : ` (at byte ${offset})`}; expected an object of name -> value, as \${{ toJSON(secrets) }} gives`);
	}
	if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) fail(`secrets JSON must be an object of name -> value, as \${{ toJSON(secrets) }} gives; got ${parsed === null ? "null" : Array.isArray(parsed) ? "a list" : `a ${typeof parsed}`}`);
	const warnings = [];
	for (const name of duplicateNames(body)) warnings.push(`${origin}: secret ${quote(name)} appears more than once; the last value is used`);
	const secrets = new Map();
	for (const name of Object.keys(parsed)) {
		const value = parsed[name];
		if (typeof value !== "string") {
			warnings.push(`${origin}: secret ${quote(name)} is not a string (${describeType(value)}); skipped`);
			continue;
		}
		secrets.set(name, new require_outcome.SecretValue(value, origin));
	}
	return {
		secrets,
		warnings
	};
}
function secretsFromEnv(names, env) {
	const secrets = new Map();
	for (const name of names) {
		if (!Object.prototype.hasOwnProperty.call(env, name)) continue;
		const value = env[name];
		if (typeof value === "string") secrets.set(name, new require_outcome.SecretValue(value, "env"));
	}
	return secrets;
}
function errorOffset(error, text) {
	if (!(error instanceof SyntaxError)) return void 0;
	const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(error.message);
	if (!match) return void 0;
	const position = Math.min(Number(match[1]), text.length);
	return Buffer.byteLength(text.slice(0, position), "utf8");
}
function duplicateNames(text) {
	const seen = new Set();
	const duplicates = new Set();
	let depth = 0;
	let expectKey = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "\"") {
			let end = i + 1;
			while (end < text.length && text[end] !== "\"") end += text[end] === "\\" ? 2 : 1;
			if (depth === 1 && expectKey) {
				const name = JSON.parse(text.slice(i, end + 1));
				if (seen.has(name)) duplicates.add(name);
				seen.add(name);
				expectKey = false;
			}
			i = end;
		} else if (c === "{" || c === "[") {
			depth++;
			expectKey = depth === 1 && c === "{";
		} else if (c === "}" || c === "]") depth--;
		else if (c === "," && depth === 1) expectKey = true;
	}
	return [...duplicates];
}
function describeType(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	return `a ${typeof value}`;
}
function quote(name) {
	return name.length > 100 ? `${JSON.stringify(name.slice(0, 100))}\u2026` : JSON.stringify(name);
}
// src/policy/policy-diff.ts
function diffPolicies(base, head, headSources, rules) {
	const changes = [];
	const add = (path, change, kind = "setting", at) => {
		changes.push({
			change,
			kind,
			location: at ?? place(headSources, path, head.file)
		});
	};
	for (const rule of rules) {
		const id = rule.meta.id;
		const defaults = {
			severity: rule.meta.defaultSeverity,
			options: rule.meta.defaultOptions
		};
		const before = base.rules[id] ?? defaults;
		const after = head.rules[id] ?? defaults;
		if (rank(after.severity) < rank(before.severity)) add([
			"rules",
			id,
			"severity"
		], `changes rules.${id}.severity from ${before.severity} to ${after.severity}`);
		for (const option of union(Object.keys(before.options), Object.keys(after.options))) {
			if (same(before.options[option], after.options[option])) continue;
			add([
				"rules",
				id,
				option
			], `changes rules.${id}.${option} from ${show(before.options[option])} to ${show(after.options[option])}`);
		}
	}
	for (const rule of base.customRules) {
		const now = head.customRules.find((r) => r.id === rule.id);
		if (!now) add(["custom-rules"], `removes the custom rule ${rule.id}`);
		else if (rank(now.severity) < rank(rule.severity) || now.when !== rule.when || now.deny !== rule.deny || now.message !== rule.message) add(["custom-rules"], `changes the custom rule ${rule.id}`, "setting", now.location);
	}
	for (const exception of head.exceptions) {
		if (base.exceptions.some((e) => sameWaiver(e, exception) && e.until >= exception.until)) continue;
		const earlier = base.exceptions.find((e) => sameWaiver(e, exception));
		const target = `${exception.rule}${exception.key ? ` on ${exception.key}` : ""}${exception.path ? ` in ${exception.path}` : ""}`;
		add(["exceptions"], earlier ? `extends the exception for ${target} from ${earlier.until} to ${exception.until}` : `adds an exception for ${target} until ${exception.until}`, "exception", exception.location);
	}
	for (const name of union([...base.keys.keys()], [...head.keys.keys()])) {
		const before = declared(base.keys.get(name));
		const after = declared(head.keys.get(name));
		if (!after) {
			add(["keys"], `removes the declaration of keys.${require_cel_cost.formatPath([name])}`);
			continue;
		}
		for (const field of union(Object.keys(before ?? {}), Object.keys(after))) {
			if (same(before?.[field], after[field])) continue;
			add([
				"keys",
				name,
				kebab(field)
			], `changes ${require_cel_cost.formatPath([
				"keys",
				name,
				kebab(field)
			])} from ${show(before?.[field])} to ${show(after[field])}`, "setting", head.keys.get(name)?.location);
		}
	}
	const mappings = (config) => new Map(config.environments.map((m) => [m.name, m]));
	const [baseMaps, headMaps] = [mappings(base), mappings(head)];
	for (const name of union([...baseMaps.keys()], [...headMaps.keys()])) for (const [field, label] of MAPPING_FIELDS) {
		const before = baseMaps.get(name)?.[field] ?? [];
		const after = headMaps.get(name)?.[field] ?? [];
		if (same([...before].sort(), [...after].sort())) continue;
		add([
			"environments",
			name,
			label
		], `changes ${require_cel_cost.formatPath([
			"environments",
			name,
			label
		])} from ${show(before)} to ${show(after)}`);
	}
	return changes;
}
const MAPPING_FIELDS = [
	["githubEnvironments", "github-environments"],
	["paths", "paths"],
	["namespaces", "namespaces"]
];
function rank(severity) {
	return severity === "off" ? 0 : require_types.SEVERITY_RANK[severity];
}
function sameWaiver(a, b) {
	return a.rule === b.rule && a.key === b.key && a.path === b.path;
}
function declared(declaration) {
	if (!declaration) return void 0;
	const { name: _name, location: _location, ...fields } = declaration;
	return fields;
}
function kebab(field) {
	return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function union(a, b) {
	return [...new Set([...a, ...b])];
}
function same(a, b) {
	return JSON.stringify(a) === JSON.stringify(b);
}
function show(value) {
	if (value === void 0) return "(none)";
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}\u2026` : text;
}
function place(sources, path, configFile) {
	const files = sources.filter((source) => !source.builtin && source.doc);
	for (let length = path.length; length > 0; length--) for (const source of [...files].reverse()) if (require_cel_cost.nodeAt(source.doc, path.slice(0, length)).node) return require_cel_cost.locate(source.file, source.doc, source.lineCounter, path.slice(0, length), "key");
	return {
		file: configFile ?? "keybound.yml",
		line: 1,
		column: 1
	};
}
// src/policy/pull-request.ts
async function loadPullRequestPolicy(options, pullRequest) {
	const head = await loadPolicySources(options);
	const unreadable = (why) => ({
		config: head.config,
		changes: [{
			change: why,
			kind: "unreadable",
			location: {
				file: head.config.file ?? "keybound.yml",
				line: 1,
				column: 1
			}
		}]
	});
	if (!pullRequest.readBaseFile) return unreadable(pullRequest.problem ?? "no base commit was given");
	let base;
	try {
		base = await loadConfig({
			...options,
			readFile: pullRequest.readBaseFile
		});
	} catch (error) {
		if (!(error instanceof require_errors.KeyboundError)) throw error;
		return unreadable(`it does not load: ${error.describe().split("\n")[0]}`);
	}
	return {
		config: base,
		changes: diffPolicies(base, head.config, head.sources, options.rules)
	};
}
// src/policy/waivers.ts
function applyWaivers(findings, keys, inline, exceptions, now, configFile, maxWaiverDays = Infinity) {
	const namesOf = new Map(keys.map((k) => [k.name, new Set([...k.names, ...k.declaration?.aliases ?? []].map(normalizeName))]));
	const isNamed = (findingKey, wanted) => findingKey !== void 0 && (namesOf.get(findingKey) ?? new Set([normalizeName(findingKey)])).has(normalizeName(wanted));
	const inlineStatus = inline.map((s) => ({
		kind: "inline",
		rule: s.ruleId,
		location: {
			file: s.file,
			line: s.line,
			column: s.column
		},
		reason: s.reason,
		used: false,
		expired: false
	}));
	const exceptionStatus = exceptions.map((e) => ({
		kind: "exception",
		rule: e.rule,
		key: e.key,
		location: e.location ?? {
			file: configFile ?? "keybound.yml",
			line: 1,
			column: 1
		},
		reason: e.reason,
		until: e.until,
		used: false,
		expired: e.until < now,
		...e.until >= now && daysAhead(now, e.until) > maxWaiverDays ? { tooLong: true } : {}
	}));
	const pathMatchers = exceptions.map((e) => e.path ? (0, import_picomatch.default)(e.path, { dot: true }) : void 0);
	const active = [];
	const suppressed = [];
	for (const finding of findings) {
		const locations = [finding.location, ...finding.relatedLocations ?? []];
		const inlineMatches = (s) => Boolean(s.reason) && s.ruleId === finding.ruleId && locations.some((l) => s.file === l.file && (l.line === s.line || l.line === s.line + 1));
		const inlineIndex = inline.findIndex(inlineMatches);
		if (inlineIndex >= 0) {
			inline.forEach((s, i) => {
				if (inlineMatches(s)) inlineStatus[i].used = true;
			});
			suppressed.push({
				...finding,
				suppression: {
					kind: "inline",
					reason: inline[inlineIndex].reason ?? "",
					location: inlineStatus[inlineIndex].location
				}
			});
			continue;
		}
		const exceptionIndex = exceptions.findIndex((e, i) => {
			if (exceptionStatus[i].expired || exceptionStatus[i].tooLong || e.rule !== finding.ruleId) return false;
			if (e.key && !isNamed(finding.key, e.key)) return false;
			const matches = pathMatchers[i];
			return matches ? locations.some((l) => matches(l.file)) : true;
		});
		if (exceptionIndex >= 0) {
			exceptionStatus[exceptionIndex].used = true;
			const e = exceptions[exceptionIndex];
			suppressed.push({
				...finding,
				suppression: {
					kind: "exception",
					reason: e.reason,
					until: e.until,
					location: e.location
				}
			});
			continue;
		}
		active.push(finding);
	}
	return {
		active,
		suppressed,
		waivers: [...exceptionStatus, ...inlineStatus]
	};
}
function daysAhead(now, until) {
	return require_outcome.parseDate(now) && require_outcome.parseDate(until) ? require_outcome.daysBetween(now, until) : 0;
}
// src/policy/baseline.ts
const BASELINE_SCHEMA_VERSION = "keybound/baseline/v1";
const DEFAULT_BASELINE_FILE = ".keybound-baseline.json";
const MAX_BASELINE_BYTES = 8388608;
const NEVER_BASELINED = new Set(["invalid-waiver"]);
function notBaselinable(finding, keys) {
	if (NEVER_BASELINED.has(finding.ruleId)) return "waiver findings are fixed in the config, not baselined";
	if (finding.ruleId !== "key-user-association" || finding.environment !== "production") return void 0;
	const smoke = keys.find((k) => k.name === finding.key)?.smoke;
	if (smoke?.status === "mismatch" && smoke.reason === "wrong-account") return "a live key of the wrong account in production cannot be baselined";
}
function createBaseline(findings, keys, version, now) {
	const entries = findings.filter((finding) => !notBaselinable(finding, keys)).map((f) => ({
		fingerprint: f.fingerprint,
		ruleId: f.ruleId,
		...f.key !== void 0 ? { key: f.key } : {},
		...f.environment !== void 0 ? { environment: f.environment } : {},
		file: f.location.file
	})).sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
	return {
		schemaVersion: BASELINE_SCHEMA_VERSION,
		tool: {
			name: "keybound",
			version
		},
		createdAt: now,
		findings: entries
	};
}
function parseBaseline(text, file) {
	const fail = (what) => {
		throw new require_errors.KeyboundError("config", `${what}; write it with keybound baseline`, { file });
	};
	if (text.length > MAX_BASELINE_BYTES) fail(`the baseline is larger than ${MAX_BASELINE_BYTES} bytes`);
	let data;
	try {
		data = JSON.parse(text);
	} catch {
		fail("the baseline is not valid JSON");
	}
	const record = data;
	if (typeof record !== "object" || record === null || Array.isArray(record)) return fail("the baseline is not a JSON object");
	if (record.schemaVersion !== "keybound/baseline/v1") fail(`the baseline's schemaVersion is not ${JSON.stringify(BASELINE_SCHEMA_VERSION)}`);
	if (!Array.isArray(record.findings)) fail("the baseline has no findings list");
	const findings = record.findings.map((entry, index) => {
		const e = entry;
		if (typeof e !== "object" || e === null || typeof e.fingerprint !== "string" || !/^[0-9a-f]{8,64}$/.test(e.fingerprint)) return fail(`findings[${index}] has no fingerprint of hex digits`);
		return {
			fingerprint: e.fingerprint,
			ruleId: typeof e.ruleId === "string" ? e.ruleId : "",
			file: typeof e.file === "string" ? e.file : "",
			...typeof e.key === "string" ? { key: e.key } : {},
			...typeof e.environment === "string" ? { environment: e.environment } : {}
		};
	});
	const tool = record.tool;
	return {
		schemaVersion: BASELINE_SCHEMA_VERSION,
		tool: {
			name: "keybound",
			version: typeof tool?.version === "string" ? tool.version : "unknown"
		},
		createdAt: typeof record.createdAt === "string" ? record.createdAt : "",
		findings
	};
}
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
			const note = {
				fact: "baseline",
				value: "not-baselinable",
				source: "config",
				detail: refused
			};
			active.push({
				...finding,
				evidence: [...finding.evidence, note]
			});
			diagnostics.push({
				kind: "notice",
				file: baselineFile,
				message: `${finding.ruleId} on ${finding.key ?? "a key"} is in the baseline but stays active: ${refused}`
			});
			continue;
		}
		suppressed.push({
			...finding,
			suppression: {
				kind: "baseline",
				reason: `in the baseline ${baselineFile} (${baseline.createdAt || "undated"})`
			}
		});
	}
	const stale = baseline.findings.length - matched.size;
	if (stale > 0) diagnostics.push({
		kind: "notice",
		file: baselineFile,
		message: `${stale} baseline entr${stale === 1 ? "y matches" : "ies match"} no finding any more; run keybound baseline to drop ${stale === 1 ? "it" : "them"}`
	});
	return {
		active,
		suppressed,
		diagnostics
	};
}
// src/rules/types.ts
function defineRule(rule) {
	return rule;
}
// src/rules/util.ts
const ENVIRONMENT_ORDER = {
	production: 0,
	staging: 1,
	development: 2,
	unknown: 4
};
const CUSTOM_ENVIRONMENT_RANK = 3;
function environmentRank(environment) {
	return Object.hasOwn(ENVIRONMENT_ORDER, environment) ? ENVIRONMENT_ORDER[environment] : CUSTOM_ENVIRONMENT_RANK;
}
function compareLocations(a, b) {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return a.line - b.line || a.column - b.column;
}
function primaryUse(key) {
	let best;
	for (const use of key.uses) if (!best) best = use;
	else {
		const byEnv = environmentRank(use.environment) - environmentRank(best.environment);
		if (byEnv < 0 || byEnv === 0 && compareLocations(use.location, best.location) < 0) best = use;
	}
	return best;
}
const PRODUCTION_VALUES = new Set([
	"live",
	"production",
	"prod",
	"prd",
	"unknown",
	""
]);
function isNonProduction(keyEnvironmentValue) {
	if (typeof keyEnvironmentValue !== "string") return false;
	return !PRODUCTION_VALUES.has(keyEnvironmentValue.trim().toLowerCase());
}
function capSeverity(configured, cap) {
	return require_types.SEVERITY_RANK[configured] <= require_types.SEVERITY_RANK[cap] ? configured : cap;
}
function observationsOf(key, fact) {
	return key.observations.filter((o) => o.fact === fact).map((o, i) => ({
		o,
		i
	})).sort((a, b) => require_types.FACT_SOURCE_RANK[b.o.source] - require_types.FACT_SOURCE_RANK[a.o.source] || a.i - b.i).map(({ o }) => o);
}
function evidenceOf(o) {
	return o.detail === void 0 ? {
		fact: o.fact,
		value: o.value,
		source: o.source
	} : {
		fact: o.fact,
		value: o.value,
		source: o.source,
		detail: o.detail
	};
}
function smokeCondemns(key) {
	const status = key.smoke?.status;
	if (status === "mismatch") return key.smoke?.reason !== "insufficient-quota";
	return status === "invalid" || status === "malformed";
}
function smokeEvidence(key) {
	if (!key.smoke) return [];
	const detail = key.smoke.message ? `${key.smoke.reason}: ${key.smoke.message}` : key.smoke.reason;
	return [{
		fact: "smoke",
		value: key.smoke.status,
		source: "smoke",
		detail
	}];
}
const SOURCE_WORDS = {
	smoke: "the provider says so",
	value: "read from its value",
	platform: "from secret metadata",
	declared: "declared in keybound.yml",
	name: "from its name"
};
function explain(o) {
	return o.detail ?? SOURCE_WORDS[o.source];
}
function smokePrincipal(key) {
	const fact = key.observations.find((o) => o.fact === "principal" && o.source === "smoke");
	if (fact && typeof fact.value === "string") return fact.value;
	const p = key.smoke?.principal;
	if (!p) return void 0;
	for (const field of [
		"login",
		"arn",
		"id",
		"name",
		"user",
		"account"
	]) {
		const value = p[field];
		if (value !== void 0 && value !== "") return String(value);
	}
}
function rootCauseScope(use) {
	const job = use.sourceKind === "github-workflow" ? use.context?.job : void 0;
	if (job === void 0) return {
		group: `file\u0000${use.location.file}`,
		anchor: "file"
	};
	return {
		group: `job\u0000${use.location.file}\u0000${job}`,
		anchor: `job ${job}`
	};
}
function primaryUses(key) {
	const primary = primaryUse(key);
	if (!primary) return [];
	const scope = rootCauseScope(primary).group;
	return key.uses.filter((u) => u.environment === primary.environment && rootCauseScope(u).group === scope).sort((a, b) => compareLocations(a.location, b.location));
}
function exposureEvidence(exposure) {
	return {
		fact: "exposure",
		value: exposure.form,
		source: "file",
		...exposure.job ? { detail: `job ${exposure.job}` } : {}
	};
}
// src/rules/custom.ts
function customRules(config) {
	return config.customRules.flatMap((spec) => spec.severity !== "off" && spec.compiled ? [customRule(spec, spec.compiled)] : []).map((rule) => rule);
}
function customRuleMeta(spec) {
	const where = spec.location ? `${spec.location.file}:${spec.location.line}` : "the config";
	const when = spec.when ? ` where \`when\` is true` : "";
	const text = [
		`Custom rule ${spec.id}, defined in ${where} (custom-rules). For every use of every key${when}, it reports a finding when \`deny\` is true.`,
		"",
		`message: ${spec.message}`,
		...spec.when ? [`when: ${spec.when}`] : [],
		`deny: ${spec.deny}`,
		"",
		`Change it in ${where}; its severity is set there (error | warning | note | off).`
	].join("\n");
	const fence = (expression) => `\`${expression.replace(/`/g, "'")}\``;
	const markdown = [
		`**${spec.id}** (custom rule, ${where}): for every use of every key${when}, a finding when \`deny\` is true.`,
		"",
		`- message: ${spec.message.replace(/[`*_[\]<>|]/g, "\\$&")}`,
		...spec.when ? [`- when: ${fence(spec.when)}`] : [],
		`- deny: ${fence(spec.deny)}`,
		"",
		`Change it in ${where}; its severity is set there (error | warning | note | off).`
	].join("\n");
	return {
		id: spec.id,
		description: `Custom rule: ${spec.message}`,
		defaultSeverity: spec.severity === "off" ? "error" : spec.severity,
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: {
			deny: spec.message,
			failed: "{{rule}} could not be evaluated for {{key}} ({{error}}); the use is reported rather than passed unchecked"
		},
		help: {
			text,
			markdown
		}
	};
}
function customRule(spec, compiled) {
	const referenced = require_types.FACT_NAMES.filter((name) => new RegExp(`\\bkey\\.facts\\.${name}\\b`).test(`${spec.when ?? ""} ${spec.deny}`));
	return defineRule({
		meta: customRuleMeta(spec),
		check(context) {
			const keyModels = new Map();
			for (const key of context.keys) for (const use of key.uses) {
				if (!keyModels.has(key)) keyModels.set(key, keyModel(key));
				const model = {
					key: keyModels.get(key),
					use: useModel(use),
					now: context.now
				};
				const data = messageData(spec.id, key, use, context.now);
				const at = {
					location: use.location,
					key: key.name,
					environment: use.environment,
					evidence: referenced.flatMap((name) => {
						const observation = key.facts[name];
						return observation ? [evidenceOf(observation)] : [];
					}),
					use
				};
				let denied;
				try {
					denied = (!compiled.when || compiled.when(model) === true) && compiled.deny(model) === true;
				} catch (error) {
					const summary = error.summary ?? error.message?.split("\n")[0];
					context.report({
						...at,
						messageId: "failed",
						data: {
							...data,
							error: String(summary ?? "error")
						}
					});
					continue;
				}
				if (denied) context.report({
					...at,
					messageId: "deny",
					data
				});
			}
		}
	});
}
const cap = (text) => text.slice(0, require_cel_cost.MODEL_BOUNDS.str);
const capList = (list) => list.slice(0, require_cel_cost.MODEL_BOUNDS.list).map(cap);
function keyModel(key) {
	const facts = {};
	for (const name of require_types.FACT_NAMES) {
		const observation = key.facts[name];
		const raw = observation?.value;
		facts[name] = {
			value: name === "scopes" ? capList(Array.isArray(raw) ? raw : raw === void 0 ? [] : [String(raw)]) : cap(Array.isArray(raw) ? raw.join(",") : raw === void 0 ? "" : String(raw)),
			source: observation?.source ?? "none"
		};
	}
	const provider = key.facts.provider?.value;
	return {
		name: cap(key.name),
		names: capList(key.names),
		provider: typeof provider === "string" ? cap(provider) : "",
		environments: capList(key.environments),
		owner: cap(key.declaration?.owner ?? ""),
		declared: key.declaration !== void 0,
		facts,
		smoke: {
			status: key.smoke?.status ?? "none",
			reason: cap(key.smoke?.reason ?? ""),
			principal: cap((key.smoke && smokePrincipal(key)) ?? "")
		}
	};
}
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
		workflow: cap(c.workflow ?? ""),
		job: cap(c.job ?? ""),
		step: cap(c.step ?? ""),
		via: cap(c.via ?? ""),
		resource: cap(c.resource ?? "")
	};
}
function messageData(rule, key, use, now) {
	const fact = (name) => {
		const value = key.facts[name]?.value;
		return value === void 0 ? "unknown" : Array.isArray(value) ? value.join(", ") : String(value);
	};
	const c = use.context ?? {};
	return {
		rule,
		key: key.name,
		provider: fact("provider"),
		principal: fact("principal"),
		keyType: fact("keyType"),
		keyEnvironment: fact("keyEnvironment"),
		smoke: key.smoke?.status ?? "none",
		environment: use.environment,
		file: use.location.file,
		line: use.location.line,
		column: use.location.column,
		use: use.name,
		workflow: c.workflow ?? "",
		job: c.job ?? "",
		step: c.step ?? "",
		resource: c.resource ?? "",
		now
	};
}
// src/rules/invalid-waiver.ts
var invalid_waiver_default = defineRule({
	meta: {
		id: "invalid-waiver",
		description: "Reports an exception past its until date or ending more than max-waiver-days ahead, an inline suppression without a reason, and a waiver that matches nothing.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: { "max-waiver-days": {
				type: "integer",
				minimum: 1,
				maximum: 3650
			} },
			additionalProperties: false
		},
		defaultOptions: { "max-waiver-days": 365 },
		messages: {
			expired: "the exception for {{target}} expired on {{until}} and no longer applies; fix the finding or renew it with a new date and reason",
			noReason: "keybound-ignore {{rule}} has no reason and waives nothing; write # keybound-ignore {{rule}}: why it is safe",
			unused: "the {{what}} for {{target}} matches no finding; remove it",
			tooLong: "the exception for {{target}} runs until {{until}}, more than {{days}} days ahead, and does not apply; exceptions may last at most max-waiver-days ({{days}}): set an earlier until"
		},
		readsWaivers: true,
		example: "the exception for service-account-bound on LEGACY_DEPLOY_TOKEN expired on 2026-06-30 and no longer applies; fix the finding or renew it with a new date and reason"
	},
	check(context) {
		for (const waiver of context.waivers) {
			const data = {
				rule: waiver.rule,
				target: waiver.key ? `${waiver.rule} on ${waiver.key}` : waiver.rule,
				until: waiver.until ?? "",
				what: waiver.kind === "exception" ? "exception" : "inline suppression"
			};
			const at = {
				data,
				location: waiver.location,
				...waiver.key ? { key: waiver.key } : {},
				evidence: [evidence$1(waiver)],
				anchor: [
					waiver.kind,
					waiver.rule,
					waiver.key ?? "",
					waiver.until ?? ""
				].join(":")
			};
			if (waiver.kind === "exception" && waiver.expired) context.report({
				...at,
				messageId: "expired",
				evidence: [...at.evidence, expiredEvidence(waiver)]
			});
			else if (waiver.kind === "exception" && waiver.tooLong) context.report({
				...at,
				data: {
					...data,
					days: context.options["max-waiver-days"]
				},
				messageId: "tooLong"
			});
			else if (waiver.kind === "inline" && !waiver.reason?.trim()) context.report({
				...at,
				messageId: "noReason"
			});
			else if (!waiver.used) context.report({
				...at,
				messageId: "unused",
				severity: capSeverity(context.severity, "warning")
			});
		}
	}
});
function expiredEvidence(waiver) {
	return {
		fact: EXPIRED_FACT,
		value: waiver.until ?? "",
		source: "config",
		detail: "the exception is past its until date"
	};
}
const EXPIRED_FACT = "expired-exception";
function failsInEveryMode(finding) {
	return finding.ruleId === "invalid-waiver" && finding.evidence.some((e) => e.fact === EXPIRED_FACT);
}
function evidence$1(waiver) {
	return {
		fact: "waiver",
		value: waiver.kind,
		source: waiver.kind === "exception" ? "config" : "file",
		detail: [waiver.until ? `until ${waiver.until}` : "", waiver.used ? "used" : "unused"].filter(Boolean).join(", ")
	};
}
// src/rules/dynamic-secret-access.ts
var dynamic_secret_access_default = defineRule({
	meta: {
		id: "dynamic-secret-access",
		description: "Reports secrets[expr] whose index cannot be resolved statically (a literal, a static matrix, choice options): nobody can tell which key the deploy uses.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: { unresolved: "secrets[{{expression}}] reads a secret whose name is only known at run time ({{environment}}), so it cannot be checked; use secrets.NAME, a static matrix or choice options" },
		example: "secrets[format('{0}_API_KEY', inputs.env)] reads a secret whose name is only known at run time (production), so it cannot be checked; use secrets.NAME, a static matrix or choice options"
	},
	check(context) {
		const decide = {
			mappings: context.config.environments,
			kustomize: new require_outcome.KustomizeIndex([])
		};
		const seen = new Set();
		for (const workflow of context.inventory.workflows) for (const access of workflow.dynamicSecrets ?? []) {
			const raw = {
				name: `secrets[${access.expression}]`,
				sourceKind: "github-workflow",
				location: access.location,
				hints: access.hints
			};
			for (const { environment } of require_outcome.decideEnvironments(raw, decide)) {
				if (context.environment && environment !== context.environment) continue;
				const { file, line, column } = access.location;
				const id = JSON.stringify([
					file,
					line,
					column,
					environment
				]);
				if (seen.has(id)) continue;
				seen.add(id);
				const job = access.context.job;
				context.report({
					messageId: "unresolved",
					data: {
						expression: access.expression,
						environment
					},
					location: access.location,
					environment,
					evidence: [{
						fact: "secretIndex",
						value: access.expression,
						source: "file",
						...job !== void 0 && { detail: `job ${job}` }
					}],
					anchor: `${job ?? ""}:${access.expression}`,
					...environment !== "production" && { severity: capSeverity(context.severity, "warning") }
				});
			}
		}
	}
});
// src/rules/key-user-association.ts
const INVALID_MESSAGES = {
	revoked: "revoked",
	expired: "expired",
	"user-inactive": "userInactive",
	suspended: "userInactive",
	deleted: "userInactive",
	"unknown-key": "unknownKey"
};
const MISMATCH_MESSAGES = {
	"wrong-account": "wrongAccount",
	"test-mode": "testMode",
	"insufficient-quota": "cannotPay",
	"declared-provider-differs": "providerDiffers"
};
var key_user_association_default = defineRule({
	meta: {
		id: "key-user-association",
		description: "Reports smoke call results: key revoked, expired or unknown to the provider; the associated user or account deactivated; the principal or account differs from the one expected; a test-mode key where the production key is expected; a value that is no well-formed key.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: { unknown: {
				enum: ["fail", "warn"],
				description: "What an inconclusive smoke call does: fail a gate (exit 3), or only warn."
			} },
			additionalProperties: false
		},
		defaultOptions: { unknown: "fail" },
		messages: {
			userInactive: "the user associated with this key is deactivated, suspended or deleted at {{provider}} ({{key}}); issue a new key from an active service account",
			revoked: "{{key}} was revoked at {{provider}}; issue a new key and update the secret",
			expired: "{{key}} has expired at {{provider}}; issue a new key and update the secret",
			unknownKey: "{{key}} is not known to {{provider}}; check that the secret holds the right key",
			invalid: "{{key}} was rejected by {{provider}} ({{reason}}); issue a new key and update the secret",
			wrongAccount: "{{key}} belongs to {{actual}} at {{provider}}, not the expected {{expected}}",
			mismatch: "{{key}} is accepted by {{provider}} but its principal is not the expected one ({{reason}})",
			testMode: "{{key}} is a test-mode key at {{provider}} where the production key is expected; put the live key in the secret",
			cannotPay: "the account behind {{key}} cannot pay at {{provider}}: the key works, but the provider refuses its calls (no quota or credit left)",
			inconclusive: "could not confirm {{key}} with {{provider}} ({{reason}}); the smoke call was inconclusive",
			malformed: "the value of {{key}} is not a well-formed {{provider}} key (a stray newline, space or truncation?); it was not sent",
			providerDiffers: "{{key}} is declared as {{declared}}, but its value is a {{provider}} key; it was sent nowhere: fix the declaration or the secret"
		},
		usesSmoke: true,
		example: "the user associated with this key is deactivated, suspended or deleted at github (DEPLOY_TOKEN); issue a new key from an active service account"
	},
	check(context) {
		for (const key of context.keys) {
			const smoke = key.smoke;
			if (!smoke) continue;
			const chosen = choose(key, context.options.unknown ?? "fail");
			if (!chosen) continue;
			for (const use of primaryUses(key)) context.report({
				messageId: chosen.messageId,
				data: {
					key: key.name,
					provider: provider(key),
					reason: smoke.reason,
					expected: key.declaration?.principal ?? "declared principal",
					actual: smokePrincipal(key) ?? "another account",
					declared: declaredAs(key)
				},
				location: use.location,
				key: key.name,
				environment: use.environment,
				evidence: [...smokeEvidence(key), ...observationsOf(key, chosen.messageId === "testMode" ? "keyEnvironment" : "principal").map(evidenceOf)],
				anchor: smoke.status,
				use,
				...chosen.warning ? {
					severity: capSeverity(context.severity, "warning"),
					unconfirmed: true
				} : {}
			});
		}
	}
});
function choose(key, unknown) {
	const smoke = key.smoke;
	if (!smoke) return void 0;
	if (smoke.status === "malformed") return { messageId: "malformed" };
	if (smoke.status === "invalid") return { messageId: Object.hasOwn(INVALID_MESSAGES, smoke.reason) ? INVALID_MESSAGES[smoke.reason] : "invalid" };
	if (smoke.status === "mismatch") return { messageId: Object.hasOwn(MISMATCH_MESSAGES, smoke.reason) ? MISMATCH_MESSAGES[smoke.reason] : "mismatch" };
	if (smoke.status === "unknown" && unknown === "warn") return {
		messageId: "inconclusive",
		warning: true
	};
}
function declaredAs(key) {
	const declared = key.declaration?.provider;
	if (declared === void 0) return "another provider";
	return declared === "none" ? "provider: none" : `a ${declared} key`;
}
function provider(key) {
	const value = key.facts.provider?.value ?? key.declaration?.provider;
	return typeof value === "string" ? value : "its provider";
}
var least_privilege_scopes_default = defineRule({
	meta: {
		id: "least-privilege-scopes",
		description: "Reports a key holding a forbidden scope (defaults per provider, such as GitHub admin:org, delete_repo, admin:enterprise), or scopes beyond those declared for it.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: { "forbidden-scopes": {
				type: "object",
				description: "Provider id -> scopes no key may hold; `*` matches any run of characters.",
				additionalProperties: {
					type: "array",
					items: {
						type: "string",
						minLength: 1
					},
					uniqueItems: true
				}
			} },
			additionalProperties: false
		},
		defaultOptions: { "forbidden-scopes": {
			github: [
				"admin:org",
				"delete_repo",
				"admin:enterprise",
				"admin:org_hook",
				"admin:gpg_key",
				"admin:public_key",
				"admin:repo_hook",
				"site_admin"
			],
			gitlab: ["sudo", "admin_mode"],
			slack: ["admin", "admin.*"],
			vault: ["root"]
		} },
		messages: {
			forbidden: "{{key}} holds forbidden {{provider}} scope(s) {{scopes}}; issue a key without them",
			excess: "{{key}} holds scope(s) {{scopes}} beyond those declared for it ({{allowed}})",
			declaredForbidden: "{{key}} is declared to allow forbidden {{provider}} scope(s) {{scopes}}"
		},
		usesSmoke: true,
		example: "DEPLOY_TOKEN holds forbidden github scope(s) admin:org, delete_repo; issue a key without them"
	},
	check(context) {
		const forbiddenBy = context.options["forbidden-scopes"] ?? {};
		for (const key of context.keys) {
			const uses = primaryUses(key);
			if (uses.length === 0) continue;
			const provider = providerOf(key);
			const forbidden = provider && Object.hasOwn(forbiddenBy, provider) ? forbiddenBy[provider] : [];
			const isForbidden = (scope) => forbidden.some((pattern) => require_outcome.matchesGlob(pattern, scope));
			const heldObs = observationsOf(key, "scopes").filter((o) => o.source === "smoke");
			const allowedObs = observationsOf(key, "scopes").filter((o) => o.source === "declared");
			const held = scopesOf(heldObs);
			const allowed = allowedObs.length > 0 ? scopesOf(allowedObs) : key.declaration?.scopes;
			const report = (messageId, scopes, evidence, fromSmoke = true) => {
				if (scopes.length === 0) return;
				for (const use of uses) context.report({
					messageId,
					data: {
						key: key.name,
						provider: provider ?? "unknown",
						scopes: scopes.join(", "),
						allowed: (allowed ?? []).join(", ") || "none"
					},
					location: use.location,
					key: key.name,
					environment: use.environment,
					evidence: fromSmoke ? [...evidence, ...smokeEvidence(key)] : evidence,
					anchor: messageId,
					use,
					repeatsSmoke: fromSmoke && smokeCondemns(key)
				});
			};
			const providerEvidence = key.facts.provider ? [evidenceOf(key.facts.provider)] : [];
			if (held) {
				report("forbidden", held.filter(isForbidden), [...heldObs.map(evidenceOf), ...providerEvidence]);
				if (allowed) report("excess", held.filter((s) => !isForbidden(s) && !allowed.some((a) => require_outcome.matchesGlob(a, s))), [...heldObs, ...allowedObs].map(evidenceOf));
			} else if (allowed) {
				const evidence = [...allowedObs.map(evidenceOf), ...providerEvidence];
				report("declaredForbidden", allowed.filter(isForbidden), evidence, false);
			}
		}
	}
});
function providerOf(key) {
	const value = key.facts.provider?.value ?? key.declaration?.provider;
	return typeof value === "string" ? value : void 0;
}
function scopesOf(observations) {
	if (observations.length === 0) return void 0;
	const scopes = observations.flatMap((o) => Array.isArray(o.value) ? o.value : typeof o.value === "string" ? o.value.split(/[\s,]+/) : []);
	return [...new Set(scopes.map((s) => s.trim()).filter(Boolean))];
}
// src/rules/long-lived-cloud-key.ts
const CLOUD_OF = {
	"access-key-id": "aws",
	"secret-access-key": "aws",
	"session-token": "aws",
	"service-account-key": "gcp",
	"client-secret": "azure"
};
const ACTION_INPUTS = {
	"aws-actions/configure-aws-credentials": {
		"aws-access-key-id": "access-key-id",
		"aws-secret-access-key": "secret-access-key",
		"aws-session-token": "session-token"
	},
	"google-github-actions/auth": { credentials_json: "service-account-key" },
	"google-github-actions/setup-gcloud": { service_account_key: "service-account-key" }
};
const AWS_VARIABLES = {
	AWS_ACCESS_KEY_ID: "access-key-id",
	AWS_ACCESS_KEY: "access-key-id",
	AWS_SECRET_ACCESS_KEY: "secret-access-key",
	AWS_SECRET_KEY: "secret-access-key",
	AWS_SESSION_TOKEN: "session-token"
};
const AZURE_SECRET_VARIABLES = new Set(["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"]);
const SIGN_IN_ACTIONS = [
	"aws-actions/configure-aws-credentials",
	"google-github-actions/auth",
	"azure/login"
];
const KEY_TYPE_ROLES = {
	"long-term": "access-key-id",
	"secret-access-key": "secret-access-key",
	"service-account-key": "service-account-key"
};
function roleOfType(value) {
	return typeof value === "string" && Object.hasOwn(KEY_TYPE_ROLES, value) ? KEY_TYPE_ROLES[value] : void 0;
}
const AWS_NAME_ENDINGS = [
	["secretaccesskey", "secret-access-key"],
	["accesssecret", "secret-access-key"],
	["secretkey", "secret-access-key"],
	["sessiontoken", "session-token"],
	["accesskeyid", "access-key-id"],
	["accesskey", "access-key-id"]
];
const GCP_KEY_FILE_PART = /^(?:CREDENTIALS?|CREDS|JSON|KEYFILE)$/;
const GCP_ACCOUNT_PART = /^(?:SA|SERVICE|ACCOUNT|SVC)$/;
const SECRET_PART = /^(?:SECRET|PASSWORD|PASSWD|PWD)$/;
var long_lived_cloud_key_default = defineRule({
	meta: {
		id: "long-lived-cloud-key",
		description: "Reports a long-lived cloud credential (AWS access key pair, Google service-account key, Azure client secret) used by a GitHub workflow where the cloud accepts the job\u2019s OIDC token instead; the message names the official action and its input.",
		defaultSeverity: "warning",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: {
			aws: "{{keys}} is a long-lived AWS access key used by {{where}}; have the job assume an IAM role through GitHub OIDC instead: aws-actions/configure-aws-credentials with role-to-assume, and permissions: id-token: write",
			gcp: "{{keys}} is a long-lived Google service-account key used by {{where}}; use Workload Identity Federation instead: google-github-actions/auth with workload_identity_provider, and permissions: id-token: write",
			azure: "{{keys}} is a long-lived Azure client secret used by {{where}}; use a federated credential instead: azure/login with client-id, tenant-id and subscription-id (no creds), and permissions: id-token: write"
		},
		example: "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY is a long-lived AWS access key used by job deploy in .github/workflows/release.yml; have the job assume an IAM role through GitHub OIDC instead: aws-actions/configure-aws-credentials with role-to-assume, and permissions: id-token: write"
	},
	check(context) {
		const jobs = jobIndex(context.inventory.workflows);
		const shared = sharedInputs(context.keys.flatMap((key) => key.uses));
		const found = [];
		for (const key of context.keys) {
			const candidate = classify(key, {
				jobs,
				shared
			});
			if (candidate) found.push(candidate);
		}
		for (const group of pairUp(found)) report$1(context, group, jobs);
	}
});
function inputSite(use) {
	const c = use.context ?? {};
	return [
		use.location.file,
		c.job ?? "",
		c.step ?? "",
		c.via ?? "",
		c.target ?? ""
	].join("\0");
}
function sharedInputs(uses) {
	const names = new Map();
	for (const use of uses) {
		if (use.sourceKind !== "github-workflow" || use.context?.target === void 0) continue;
		const site = inputSite(use);
		names.set(site, (names.get(site) ?? new Set()).add(use.name));
	}
	return new Set([...names].filter(([, set]) => set.size > 1).map(([site]) => site));
}
function jobIndex(workflows) {
	const index = new Map();
	for (const workflow of workflows) {
		index.set(`${workflow.file}\u0000`, { workflow });
		for (const job of workflow.jobs) index.set(`${workflow.file}\u0000${job.id}`, {
			workflow,
			job
		});
	}
	return index;
}
function jobOf(use, jobs) {
	return jobs.get(`${use.location.file}\u0000${use.context?.job ?? ""}`);
}
function classify(key, scan) {
	const uses = key.uses.filter((use) => use.sourceKind === "github-workflow");
	if (uses.length === 0 || key.facts.keyType?.value === "temporary") return void 0;
	const clues = [...keyClues(key), ...uses.flatMap((use) => useClues(key, use, scan))];
	if (clues.length === 0) return void 0;
	const cloud = (clues.find((c) => c.evidence.source !== "name") ?? clues[0]).cloud;
	const ofCloud = clues.filter((c) => c.cloud === cloud);
	return {
		key,
		cloud,
		roles: new Set(ofCloud.map((c) => c.role)),
		evidence: distinctEvidence$1(ofCloud.map((c) => c.evidence)),
		uses
	};
}
function keyClues(key) {
	const clues = [];
	const type = key.facts.keyType;
	const provider = String(key.facts.provider?.value ?? "");
	const typeRole = type && (type.source === "value" || type.source === "smoke") ? roleOfType(type.value) : void 0;
	if (type && typeRole) {
		const detail = type.detail === void 0 ? {} : { detail: type.detail };
		clues.push(clue(typeRole, {
			fact: "keyType",
			value: type.value,
			source: type.source,
			...detail
		}));
	}
	for (const name of key.names) {
		if (provider === "aws") {
			const normalized = normalizeName(name);
			const ending = AWS_NAME_ENDINGS.find(([end]) => normalized.endsWith(end));
			if (ending) clues.push(clue(ending[1], nameEvidence(name, ending[1])));
		}
		const parts = name.toUpperCase().split(/[-_./]+/);
		if (provider === "gcp" && isGcpKeyName(parts)) clues.push(clue("service-account-key", nameEvidence(name, "service-account-key")));
		if (parts.some((p) => p === "AZURE" || p === "ARM") && /clientsecret$/.test(normalizeName(name))) clues.push(clue("client-secret", nameEvidence(name, "client-secret")));
	}
	if (key.companions.sessionToken) clues.push(clue("session-token", {
		fact: "cloudCredential",
		value: "session-token",
		source: "name"
	}));
	return clues;
}
function isGcpKeyName(parts) {
	if (parts.some((part) => GCP_KEY_FILE_PART.test(part))) return true;
	if (!parts.includes("KEY")) return false;
	return parts.length === 2 || parts.some((part) => GCP_ACCOUNT_PART.test(part));
}
function useClues(key, use, scan) {
	const { action, target: input, via } = use.context ?? {};
	if (input === void 0) return [];
	const inputs = action !== void 0 && Object.hasOwn(ACTION_INPUTS, action) ? ACTION_INPUTS[action] : void 0;
	const fromAction = inputs && Object.hasOwn(inputs, input) ? inputs[input] : void 0;
	if (fromAction) return [clue(fromAction, inputEvidence(use))];
	if (action === "azure/login" && input === "creds") {
		if (scan.shared.has(inputSite(use))) {
			const secretNamed = use.name.toUpperCase().split(/[-_./]+/).some((part) => SECRET_PART.test(part));
			const detail = `creds JSON of azure/login written in the workflow; ${use.name} fills its secret`;
			return secretNamed ? [clue("client-secret", {
				fact: "cloudCredential",
				value: "client-secret",
				source: "file",
				detail
			})] : [];
		}
		const secret = credsClientSecret(key.value, use, scan.jobs);
		return secret ? [clue("client-secret", secret)] : [];
	}
	if (/^(?:azure[-_])?client[-_]secret$/i.test(input) && (action?.startsWith("azure/") || /^azure/i.test(input))) return [clue("client-secret", inputEvidence(use))];
	if (via !== "env") return [];
	const variable = input.toUpperCase();
	if (AZURE_SECRET_VARIABLES.has(variable)) return [clue("client-secret", inputEvidence(use))];
	const awsRole = Object.hasOwn(AWS_VARIABLES, variable) ? AWS_VARIABLES[variable] : void 0;
	if (awsRole && key.facts.provider?.value === "aws") return [clue(awsRole, inputEvidence(use))];
	return [];
}
function credsClientSecret(value, use, jobs) {
	const base = {
		fact: "cloudCredential",
		value: "client-secret"
	};
	if (value && !value.isEmpty) return hasClientSecret(value) ? {
		...base,
		source: "value",
		detail: "creds JSON of azure/login with a clientSecret"
	} : void 0;
	const ref = jobOf(use, jobs);
	if (ref && canRequestIdToken(ref)) return void 0;
	return {
		...base,
		source: "file",
		detail: "creds of azure/login, in a job without permissions: id-token: write"
	};
}
function hasClientSecret(value) {
	try {
		const parsed = JSON.parse(value.reveal());
		if (typeof parsed !== "object" || parsed === null) return false;
		const secret = parsed.clientSecret;
		return typeof secret === "string" && secret.trim() !== "";
	} catch {
		return false;
	}
}
function canRequestIdToken(ref) {
	const permissions = ref.job?.permissions ?? ref.workflow.permissions;
	if (!permissions) return false;
	const value = permissions.value;
	return value === "write-all" || typeof value === "object" && value["id-token"] === "write";
}
function usesOidc(ref, cloud) {
	for (const step of ref?.job?.actions ?? []) {
		const has = (input) => step.inputs.includes(input);
		if (cloud === "aws" && step.action === "aws-actions/configure-aws-credentials") {
			if (has("role-to-assume") && !has("aws-access-key-id")) return true;
		}
		if (cloud === "gcp" && step.action === "google-github-actions/auth" && has("workload_identity_provider")) return true;
		if (cloud === "azure" && step.action === "azure/login" && has("client-id") && !has("creds")) return true;
	}
	return false;
}
function pairUp(candidates) {
	const half = (c) => c.cloud === "aws" && c.roles.has("access-key-id") !== c.roles.has("secret-access-key");
	const aws = candidates.filter(half);
	const groups = candidates.filter((c) => !half(c)).map((c) => [c]);
	const parent = aws.map((_, i) => i);
	const find = (i) => parent[i] === i ? i : parent[i] = find(parent[i]);
	const bySite = new Map();
	aws.forEach((candidate, i) => {
		for (const use of candidate.uses) {
			const c = use.context ?? {};
			const site = [
				use.location.file,
				c.job ?? "",
				c.step ?? "",
				c.via ?? ""
			].join("\0");
			const seen = bySite.get(site);
			if (seen === void 0) bySite.set(site, i);
			else if (aws[seen].roles.has("access-key-id") !== candidate.roles.has("access-key-id")) parent[find(i)] = find(seen);
		}
	});
	const byRoot = new Map();
	aws.forEach((candidate, i) => addTo(byRoot, find(i), candidate));
	return [...groups, ...byRoot.values()];
}
function report$1(context, group, jobs) {
	const cloud = group[0].cloud;
	const roles = new Set(group.flatMap((c) => [...c.roles]));
	if (cloud === "aws" && roles.has("session-token")) return;
	const open = group.flatMap((c) => c.uses).filter((use) => !usesOidc(jobOf(use, jobs), cloud));
	if (open.length === 0) return;
	const weight = (use) => useWeight(use, jobOf(use, jobs));
	open.sort((a, b) => weight(a) - weight(b) || compareLocations(a.location, b.location));
	const primary = open[0];
	const sites = [...new Set(open.map((use) => `${use.location.file}\u0000${use.context?.job ?? ""}`))];
	const where = `${siteText(primary)}${sites.length > 1 ? ` and ${sites.length - 1} other job(s)` : ""}`;
	const testOnly = open.every((use) => weight(use) === TEST_ONLY);
	const [main] = [...group].sort((a, b) => Number(b.roles.has("access-key-id")) - Number(a.roles.has("access-key-id")) || require_cel_cost.compareText(a.key.name, b.key.name));
	const names = [...new Set([main, ...group.filter((c) => c !== main)].flatMap((c) => workflowNames(c)))];
	context.report({
		messageId: cloud,
		data: {
			keys: names.join(" / "),
			where
		},
		location: primary.location,
		key: main.key.name,
		environment: primary.environment,
		evidence: distinctEvidence$1(group.flatMap((c) => c.evidence)),
		...testOnly ? { severity: capSeverity(context.severity, "note") } : {},
		anchor: `${cloud}:${names.join("/")}`
	});
}
const TEST_ONLY = 4;
function useWeight(use, ref) {
	if (use.environment === "production") return 0;
	if (use.environment === "staging") return 1;
	const evidence = ref?.job?.deployEvidence ?? "";
	if (ref?.job?.deploys && !SIGN_IN_ACTIONS.some((action) => evidence === `uses ${action}`)) return 2;
	return use.environment === "development" ? TEST_ONLY : 3;
}
function workflowNames(candidate) {
	const referenced = new Set(candidate.uses.map((use) => use.name));
	return candidate.key.names.filter((name) => referenced.has(name));
}
function siteText(use) {
	const job = use.context?.job;
	return job ? `job ${job} in ${use.location.file}` : use.location.file;
}
function clue(role, evidence) {
	return {
		cloud: CLOUD_OF[role],
		role,
		evidence
	};
}
function nameEvidence(name, role) {
	return {
		fact: "cloudCredential",
		value: role,
		source: "name",
		detail: `name ${name}`
	};
}
function inputEvidence(use) {
	const c = use.context ?? {};
	const detail = c.action ? `${c.via}: ${c.target} of ${c.action}` : `${c.via}: ${c.target}`;
	return {
		fact: "cloudCredential",
		value: c.target ?? "",
		source: "file",
		detail
	};
}
function distinctEvidence$1(evidence) {
	const seen = new Set();
	return evidence.filter((e) => {
		const id = JSON.stringify([
			e.fact,
			e.value,
			e.source,
			e.detail
		]);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}
// src/rules/no-dev-keys-in-prod.ts
const NOT_PRODUCTION_REASONS = new Set(["test-mode", "wrong-account"]);
const WORDS = {
	test: "test-mode",
	development: "development",
	staging: "staging"
};
const PLACED = new Set(["development", "staging"]);
var no_dev_keys_in_prod_default = defineRule({
	meta: {
		id: "no-dev-keys-in-prod",
		description: "Reports a production use of a key that any fact marks as development, test or staging (test-mode value, dev-named secret, declared environment, provider account).",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: {
			nonProduction: "{{key}} is {{article}} {{keyEnvironment}} key ({{why}}) used in production",
			nameOnly: "{{key}} is used in production and only its name says it is {{article}} {{keyEnvironment}} key ({{why}}); if it is the production key, declare keys.{{key}}.environment: production in keybound.yml",
			smokeMismatch: "{{key}} is used in production but the provider says it is not the production key ({{reason}})",
			providerPlaced: "{{key}} is used in production, but {{provider}} places it in {{keyEnvironment}} ({{why}}); deploy the production key"
		},
		example: "STAGING_STRIPE_KEY is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_STRIPE_KEY.environment: production in keybound.yml"
	},
	check(context) {
		for (const key of context.keys) {
			const production = key.uses.filter((use) => use.environment === "production");
			if (production.length === 0) continue;
			const declared = observationsOf(key, "keyEnvironment").some((o) => o.source === "declared");
			const deciding = observationsOf(key, "keyEnvironment").filter((o) => isNonProduction(o.value) && !(declared && o.source === "name"));
			const smokeSays = key.smoke?.status === "mismatch" && NOT_PRODUCTION_REASONS.has(key.smoke.reason);
			const cited = key.smoke && key.smoke.status !== "skipped" ? smokeEvidence(key) : [];
			for (const use of production) {
				const observations = [...use.literal ? require_outcome.observeValue(use.literal, use.name).filter((o) => o.fact === "keyEnvironment" && isNonProduction(o.value)) : [], ...deciding];
				if (observations.length === 0 && !smokeSays) continue;
				context.report({
					...describe$1(key, observations, smokeSays),
					location: use.location,
					key: key.name,
					environment: use.environment,
					evidence: [...observations.map(evidenceOf), ...cited],
					use,
					repeatsSmoke: smokeSays
				});
			}
		}
	}
});
function describe$1(key, observations, smokeSays) {
	const strongest = observations[0];
	if (!strongest) return {
		messageId: "smokeMismatch",
		data: {
			key: key.name,
			reason: key.smoke?.reason ?? "mismatch"
		}
	};
	const value = String(strongest.value);
	if ((strongest.source === "smoke" || strongest.source === "value") && PLACED.has(value)) return {
		messageId: "providerPlaced",
		data: {
			key: key.name,
			provider: providerName(key),
			keyEnvironment: value,
			why: explain(strongest)
		}
	};
	const word = Object.hasOwn(WORDS, value.toLowerCase()) ? WORDS[value.toLowerCase()] : value;
	return {
		messageId: !smokeSays && observations.every((o) => o.source === "name") && observationsOf(key, "keyEnvironment").every((o) => o.source === "name") ? "nameOnly" : "nonProduction",
		data: {
			key: key.name,
			article: /^[aeiou]/i.test(word) ? "an" : "a",
			keyEnvironment: word,
			why: explain(strongest)
		}
	};
}
function providerName(key) {
	const id = key.facts.provider?.value ?? key.declaration?.provider;
	return (typeof id === "string" ? require_outcome.providerById(id)?.name : void 0) ?? "its provider";
}
// src/rules/parse-error.ts
var parse_error_default = defineRule({
	meta: {
		id: "parse-error",
		description: "Reports a file in scope that cannot be parsed.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: { parseError: "{{file}} cannot be parsed: {{message}}; its keys were not checked" },
		example: "deploy/prod/app.yaml cannot be parsed: Map keys must be unique; its keys were not checked"
	},
	check(context) {
		for (const diagnostic of context.inventory.diagnostics) {
			if (diagnostic.kind !== "parse-error") continue;
			context.report({
				messageId: "parseError",
				data: {
					file: diagnostic.file,
					message: withoutFile(diagnostic.message, diagnostic.file)
				},
				location: {
					file: diagnostic.file,
					line: diagnostic.line ?? 1,
					column: diagnostic.column ?? 1
				},
				evidence: [{
					fact: "parse",
					value: diagnostic.message,
					source: "file"
				}],
				anchor: diagnostic.message
			});
		}
	}
});
function withoutFile(message, file) {
	return (message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message).replace(/[.\s]+$/, "");
}
// src/rules/literal-place.ts
const SEVERITY_BY_PLACE = {
	production: "error",
	elsewhere: "warning",
	local: "note"
};
const LOCAL_PARTS = new Set([
	"test",
	"tests",
	"testing",
	"__tests__",
	"spec",
	"specs",
	"e2e",
	"fixture",
	"fixtures",
	"testdata",
	"mock",
	"mocks",
	"example",
	"examples",
	"sample",
	"samples",
	"demo",
	"demos",
	"docs",
	"doc",
	"tutorial",
	"tutorials",
	"devcontainer",
	"ci",
	"feature",
	"features",
	"override",
	"local",
	"dev",
	"development",
	"sandbox"
]);
function localPart(file) {
	const segments = file.split("/").reverse();
	for (const segment of segments) if (segment.toLowerCase().split(/[-_.]+/).some((part) => LOCAL_PARTS.has(part))) return segment;
}
const BY_SOURCE = {
	config: "keybound.yml",
	"github-environment": "its job's environment",
	namespace: "its namespace",
	path: "its path",
	none: "default"
};
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i;
function folderOf(file) {
	const slash = file.lastIndexOf("/");
	return slash < 0 ? "" : file.slice(0, slash);
}
function composeFolders(files) {
	const folders = new Set();
	for (const file of files) if (COMPOSE_FILE.test(file)) folders.add(folderOf(file));
	return folders;
}
function placeOf(use, composeFolders) {
	if (use.environment === "production") {
		if (use.sourceKind === "compose" && use.privateNetwork) return {
			place: "local",
			where: "a default credential of a container on a private compose network"
		};
		return {
			place: "production",
			where: `deployed to production, by ${BY_SOURCE[use.environmentSource]}`
		};
	}
	if (use.environment === "development") return {
		place: "local",
		where: "a development file"
	};
	const part = localPart(use.location.file);
	if (part !== void 0) return {
		place: "local",
		where: `a test, example or local file, by its path part ${part}`
	};
	if (use.sourceKind === "compose") return {
		place: "local",
		where: "a local development compose file, with no production evidence"
	};
	if (use.sourceKind === "dotenv" && composeFolders.has(folderOf(use.location.file))) return {
		place: "local",
		where: "the .env file of a local compose project, with no production evidence"
	};
	if (use.environment === "unknown") return {
		place: "elsewhere",
		where: "environment unknown"
	};
	return {
		place: "elsewhere",
		where: `deployed to ${use.environment}`
	};
}
// src/rules/plaintext-secret.ts
const DEFAULTS$1 = {
	"ignore-types": ["publishable"],
	"min-length": 6
};
function classifyLiteral(value, names, options, known) {
	const judgement = judgeLiteral(value, {
		names,
		known,
		minLength: options["min-length"],
		ignoreTypes: options["ignore-types"]
	});
	return judgement.credential ? judgement : void 0;
}
var plaintext_secret_default = defineRule({
	meta: {
		id: "plaintext-secret",
		description: "Reports a credential value committed in a manifest, compose file, Helm values or .env file (a provider key format, a private key, or a credential-named value that is not a placeholder): an error in production or for a live provider key, a warning where the environment is unknown, a note in development, test and local files.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: {
				"ignore-types": {
					type: "array",
					items: {
						type: "string",
						maxLength: 64
					},
					uniqueItems: true,
					description: "Provider key types that are not secret (publishable keys are meant to be public)."
				},
				"min-length": {
					type: "integer",
					minimum: 1,
					maximum: 64,
					description: "Credential-named values shorter than this are taken as placeholders."
				}
			},
			additionalProperties: false
		},
		defaultOptions: DEFAULTS$1,
		messages: { committed: "{{name}} holds {{what}} committed in plain text in this file ({{where}}); move it to a secret store and reference it" },
		example: "payments-credentials/STRIPE_KEY holds a Stripe live secret key committed in plain text in this file (a live key: anyone who can read this file can use it); move it to a secret store and reference it"
	},
	check(context) {
		const options = {
			...DEFAULTS$1,
			...context.options
		};
		const known = knownNames([...context.inventory.uses.map((u) => u.name), ...context.keys.map((k) => k.name)]);
		const folders = composeFolders(context.inventory.files.map((f) => f.path));
		for (const key of context.keys) for (const use of key.uses) reportUse(context, key, use, {
			options,
			known,
			folders
		});
	}
});
function reportUse(context, key, use, shared) {
	if (!use.literal) return;
	const names = use.name === key.name ? [use.name] : [use.name, key.name];
	const verdict = classifyLiteral(use.literal.reveal(), names, shared.options, shared.known);
	if (!verdict) return;
	const placement = placeOf(use, shared.folders);
	const where = verdict.live ? "a live key: anyone who can read this file can use it" : placement.where;
	context.report({
		messageId: "committed",
		data: {
			name: use.name,
			what: verdict.what,
			where
		},
		location: use.location,
		key: key.name,
		environment: use.environment,
		severity: verdict.live ? "error" : SEVERITY_BY_PLACE[placement.place],
		evidence: [
			verdict.evidence,
			{
				fact: "source",
				value: use.sourceKind,
				source: "file",
				...use.context?.via ? { detail: use.context.via } : {}
			},
			{
				fact: "place",
				value: placement.place,
				source: "file",
				detail: placement.where
			}
		],
		use
	});
}
// src/rules/policy-change.ts
const MESSAGE = {
	setting: "setting",
	exception: "setting",
	suppression: "suppression",
	unreadable: "unreadable"
};
var policy_change_default = defineRule({
	meta: {
		id: "policy-change",
		description: "Reports what a pull request changes in the policy (rules, options, keys, environments, exceptions, inline suppressions); its own check uses the base branch's policy.",
		defaultSeverity: "warning",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: {
			setting: "this pull request {{change}}; its own check uses the base branch's policy, without the change",
			suppression: "this pull request {{change}}; it does not apply to the pull request's own check",
			unreadable: "the base branch's policy could not be used ({{change}}); this check used the pull request's own policy, which the pull request may have changed"
		},
		example: "this pull request changes rules.key-user-association.unknown from \"fail\" to \"warn\"; its own check uses the base branch's policy, without the change"
	},
	check(context) {
		for (const change of context.policyChanges ?? []) context.report({
			messageId: MESSAGE[change.kind],
			data: { change: change.change },
			location: change.location,
			evidence: [{
				fact: "policy-change",
				value: change.kind,
				source: "config",
				detail: change.change
			}],
			anchor: `${change.kind}:${change.change}`
		});
	}
});
// src/rules/rbac-least-privilege.ts
const DEFAULTS = {
	"privileged-roles": ["cluster-admin", "admin"],
	"allow-service-accounts": []
};
var rbac_least_privilege_default = defineRule({
	meta: {
		id: "rbac-least-privilege",
		description: "Reports a Kubernetes service account bound to cluster-admin (or admin), or to a role with wildcard verbs or resources.",
		defaultSeverity: "warning",
		optionsSchema: {
			type: "object",
			properties: {
				"privileged-roles": {
					type: "array",
					items: {
						type: "string",
						maxLength: 253
					},
					uniqueItems: true,
					description: "ClusterRole names that grant everything; binding a service account to one is reported."
				},
				"allow-service-accounts": {
					type: "array",
					items: {
						type: "string",
						maxLength: 300
					},
					uniqueItems: true,
					description: "Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*)."
				}
			},
			additionalProperties: false
		},
		defaultOptions: DEFAULTS,
		messages: {
			privileged: "service account {{subject}} is bound to {{role}} by {{binding}}; grant a role with only the verbs and resources it needs",
			wildcard: "service account {{subject}} is bound by {{binding}} to {{role}}, which allows * {{what}}; list the {{what}} it needs instead"
		},
		example: "service account ci/deployer is bound to ClusterRole cluster-admin by ClusterRoleBinding/deployer-admin; grant a role with only the verbs and resources it needs"
	},
	check(context) {
		const options = {
			...DEFAULTS,
			...context.options
		};
		const roles = context.inventory.rbac.roles;
		for (const binding of context.inventory.rbac.bindings) {
			const subjects = serviceAccounts(binding).filter((subject) => !options["allow-service-accounts"].some((pattern) => require_outcome.matchesGlob(pattern, subject)));
			if (subjects.length === 0) continue;
			const bindingName = `${binding.kind}/${binding.name}`;
			const roleName = `${binding.roleRef.kind} ${binding.roleRef.name}`;
			const privileged = binding.roleRef.kind === "ClusterRole" && options["privileged-roles"].includes(binding.roleRef.name);
			const wildcard = privileged ? void 0 : wildcardOf(findRole(roles, binding));
			if (!privileged && !wildcard) continue;
			for (const subject of subjects) report(context, binding, subject, privileged ? { messageId: "privileged" } : {
				messageId: "wildcard",
				what: wildcard ?? ""
			}, bindingName, roleName);
		}
	}
});
function report(context, binding, subject, kind, bindingName, roleName) {
	context.report({
		messageId: kind.messageId,
		data: {
			subject,
			role: roleName,
			binding: bindingName,
			...kind.messageId === "wildcard" ? { what: kind.what } : {}
		},
		location: binding.location,
		evidence: [{
			fact: "roleRef",
			value: roleName,
			source: "file",
			detail: bindingName
		}, {
			fact: "subject",
			value: subject,
			source: "file"
		}],
		anchor: `${bindingName}:${subject}`
	});
}
function serviceAccounts(binding) {
	const out = [];
	for (const subject of binding.subjects) if (subject.kind === "ServiceAccount" && subject.name) out.push(`${subject.namespace ?? binding.namespace ?? "default"}/${subject.name}`);
	else if (subject.kind === "Group" && /^system:serviceaccounts(?::[^:]+)?$/.test(subject.name)) {
		const namespace = subject.name.split(":")[2];
		out.push(`${namespace ?? "*"}/*`);
	}
	return [...new Set(out)];
}
function findRole(roles, binding) {
	const { kind, name } = binding.roleRef;
	return roles.find((role) => role.kind === kind && role.name === name && (kind === "ClusterRole" || (role.namespace ?? "") === (binding.namespace ?? "")));
}
function wildcardOf(role) {
	if (!role) return void 0;
	const verbs = role.rules.some((rule) => rule.verbs.includes("*"));
	const resources = role.rules.some((rule) => rule.resources.includes("*"));
	if (verbs && resources) return "verbs and resources";
	return verbs ? "verbs" : resources ? "resources" : void 0;
}
// src/rules/rotation-age.ts
const SHORT_LIVED = new Set(["app-installation", "temporary"]);
var rotation_age_default = defineRule({
	meta: {
		id: "rotation-age",
		description: "Reports a key older than the limits by its best date fact (a key declared with its own max-age-days or warn-age-days is held to those), a key that expires within expiry-warn-days (14 by default), and (as a note) a key with no date at all.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: {
				"max-age-days": {
					type: "integer",
					minimum: 1,
					description: "Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key."
				},
				"warn-age-days": {
					type: "integer",
					minimum: 0,
					description: "Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own."
				},
				"expiry-warn-days": {
					type: "integer",
					minimum: 0,
					description: "Lead time: warn when a key expires within this many days (0: only on the day it expires)."
				}
			},
			additionalProperties: false
		},
		defaultOptions: {
			"max-age-days": 90,
			"warn-age-days": 75,
			"expiry-warn-days": 14
		},
		messages: {
			tooOld: "{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it: the limit is {{max}} days",
			aging: "{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it before it reaches {{max}} days",
			expired: "{{key}} expired on {{date}}; issue a new key",
			expiresSoon: "{{key}} expires in {{days}} day(s), on {{date}}; rotate it before then",
			noDate: "no rotation date known for {{key}}: declare rotated: in keybound.yml or let keybound read secret metadata",
			badDate: "{{key}} has a {{fact}} date that cannot be read ({{value}}); declare rotated: as YYYY-MM-DD"
		},
		example: "DEPLOY_TOKEN was last rotated 120 days ago (2026-07-25); rotate it: the limit is 90 days"
	},
	check(context) {
		const expiryWarn = context.options["expiry-warn-days"] ?? 14;
		for (const key of context.keys) {
			const uses = primaryUses(key);
			if (uses.length === 0 || require_outcome.isJobToken(key) || SHORT_LIVED.has(String(key.facts.keyType?.value ?? ""))) continue;
			const report = (input) => {
				for (const use of uses) context.report({
					...input,
					location: use.location,
					key: key.name,
					environment: use.environment,
					use
				});
			};
			const moot = { repeatsSmoke: smokeCondemns(key) };
			const dated = key.facts.rotated ?? key.facts.created;
			const expires = key.facts.expires;
			if (!dated && !expires) {
				if (require_outcome.isIdentifierKey(key)) continue;
				report({
					messageId: "noDate",
					data: { key: key.name },
					evidence: [],
					severity: "note",
					anchor: "no-date"
				});
				continue;
			}
			for (const fact of [dated, expires]) if (fact && !require_outcome.parseDate(String(fact.value))) report({
				messageId: "badDate",
				data: {
					key: key.name,
					fact: fact.fact,
					value: String(fact.value)
				},
				evidence: [evidenceOf(fact)],
				severity: "note",
				anchor: `bad-${fact.fact}`
			});
			const ageDate = dated && require_outcome.parseDate(String(dated.value));
			if (dated && ageDate) {
				const { max, warn, evidence: limits } = limitsFor(key, context.options);
				const age = require_outcome.daysBetween(ageDate, context.now);
				const data = {
					key: key.name,
					what: dated.fact === "rotated" ? "last rotated" : "created",
					age,
					date: require_outcome.formatDate(ageDate),
					max
				};
				const evidence = [withAge(dated, age), ...limits];
				if (age >= max) report({
					...moot,
					messageId: "tooOld",
					data,
					evidence,
					anchor: "age"
				});
				else if (age >= warn) report({
					...moot,
					messageId: "aging",
					data,
					evidence,
					anchor: "age",
					severity: capSeverity(context.severity, "warning")
				});
			}
			const expiryDate = expires && require_outcome.parseDate(String(expires.value));
			if (expires && expiryDate) {
				const days = require_outcome.daysBetween(context.now, expiryDate);
				const data = {
					key: key.name,
					days,
					date: require_outcome.formatDate(expiryDate)
				};
				if (days < 0) report({
					...moot,
					messageId: "expired",
					data,
					evidence: [evidenceOf(expires)],
					anchor: "expiry"
				});
				else if (days <= expiryWarn) {
					const severity = capSeverity(context.severity, "warning");
					report({
						...moot,
						messageId: "expiresSoon",
						data,
						evidence: [evidenceOf(expires)],
						anchor: "expiry",
						severity
					});
				}
			}
		}
	}
});
function limitsFor(key, options) {
	const ruleMax = options["max-age-days"] ?? 90;
	const ruleWarn = options["warn-age-days"] ?? 75;
	const declared = key.declaration;
	const ownMax = declared?.maxAgeDays;
	const ownWarn = declared?.warnAgeDays;
	const max = ownMax ?? ruleMax;
	const warn = ownWarn ?? (ownMax === void 0 ? ruleWarn : Math.max(0, ownMax - Math.max(0, ruleMax - ruleWarn)));
	const evidence = [];
	const at = (field) => `config keys.${declared?.name ?? ""}.${field}`;
	if (ownMax !== void 0) evidence.push({
		fact: "max-age-days",
		value: ownMax,
		source: "config",
		detail: at("max-age-days")
	});
	if (ownWarn !== void 0) evidence.push({
		fact: "warn-age-days",
		value: ownWarn,
		source: "config",
		detail: at("warn-age-days")
	});
	return {
		max,
		warn,
		evidence
	};
}
function withAge(o, age) {
	const detail = o.detail ? `${o.detail}; ${age} days old` : `${age} days old`;
	return {
		...evidenceOf(o),
		detail
	};
}
// src/rules/secrets-overexposed.ts
var secrets_overexposed_default = defineRule({
	meta: {
		id: "secrets-overexposed",
		description: "Reports toJSON(secrets) or secrets: inherit handing every secret to a step or workflow.",
		defaultSeverity: "warning",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: {
			toJSON: "toJSON(secrets) hands every secret to {{where}}; pass only the secrets it needs",
			inherit: "secrets: inherit hands every secret to the workflow called by {{where}}; pass only the secrets it declares"
		},
		example: "secrets: inherit hands every secret to the workflow called by job deploy; pass only the secrets it declares"
	},
	check(context) {
		for (const workflow of context.inventory.workflows) for (const exposure of workflow.exposures) {
			const where = exposure.job ? `job ${exposure.job}` : "this workflow";
			context.report({
				messageId: exposure.form === "toJSON(secrets)" ? "toJSON" : "inherit",
				data: { where },
				location: exposure.location,
				evidence: [exposureEvidence(exposure)],
				anchor: `${exposure.form}:${exposure.job ?? ""}`
			});
		}
	}
});
// src/rules/service-account-bound.ts
var service_account_bound_default = defineRule({
	meta: {
		id: "service-account-bound",
		description: "Reports a key whose principal is a human user, or in gate mode a production key whose principal cannot be established.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: {
			human: "{{key}} is bound to a human user ({{why}}); use a service account, bot or app for {{environment}}",
			principalMismatch: "{{key}} is declared as machine user {{expected}} but the provider says it belongs to {{actual}}",
			cannotEstablish: "cannot establish that {{key}} is bound to a service account ({{why}}); gate mode needs a verified smoke call",
			undeclared: "cannot establish that {{key}} is bound to a service account: no known provider can check it; if none can, add to keybound.yml: {{declaration}}"
		},
		example: "DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production"
	},
	check(context) {
		for (const key of context.keys) {
			if (require_outcome.isJobToken(key)) continue;
			const verdict = judge(key);
			const evidence = [
				...observationsOf(key, "principalKind").map(evidenceOf),
				...observationsOf(key, "principal").map(evidenceOf),
				...smokeEvidence(key)
			];
			for (const use of key.uses) {
				const production = use.environment === "production";
				const base = {
					location: use.location,
					key: key.name,
					environment: use.environment,
					evidence,
					use,
					severity: production ? context.severity : capSeverity(context.severity, "warning")
				};
				if (verdict.kind === "human") context.report({
					...base,
					messageId: verdict.messageId,
					data: {
						...verdict.data,
						environment: use.environment
					},
					repeatsSmoke: verdict.fromSmoke
				});
				else if (context.mode === "gate" && production && !(verdict.kind === "service" && verdict.confirmed) && !require_outcome.isIdentifierKey(key)) {
					const unconfirmed = {
						...base,
						unconfirmed: true
					};
					if (withoutProvider(key)) {
						const data = {
							key: key.name,
							declaration: require_outcome.declarationHint(key)
						};
						context.report({
							...unconfirmed,
							messageId: "undeclared",
							data
						});
					} else context.report({
						...unconfirmed,
						messageId: "cannotEstablish",
						data: {
							key: key.name,
							why: unestablished(key)
						},
						repeatsSmoke: true
					});
				}
			}
		}
	}
});
function judge(key) {
	const winner = key.facts.principalKind;
	const declared = key.declaration;
	const verified = key.smoke?.status === "verified";
	if (winner?.value === "human") {
		if ((winner.source === "value" || winner.source === "smoke") && declared?.principalKind === "service") {
			const actual = smokePrincipal(key);
			const matched = declared.principal !== void 0 && actual !== void 0 && require_outcome.matchesGlob(declared.principal, actual);
			if (declared.principal && actual !== void 0 && !matched) return {
				kind: "human",
				messageId: "principalMismatch",
				data: {
					key: key.name,
					expected: declared.principal,
					actual
				},
				fromSmoke: true
			};
			if (winner.source === "value" || matched) return {
				kind: "service",
				confirmed: verified || matched
			};
		}
		return {
			kind: "human",
			messageId: "human",
			data: {
				key: key.name,
				why: explain(winner)
			},
			fromSmoke: winner.source === "smoke"
		};
	}
	if (winner?.value === "service") {
		const declaredOnly = winner.source === "declared" && require_outcome.confirmedByDeclaration(key);
		return {
			kind: "service",
			confirmed: verified || winner.source === "smoke" || winner.source === "value" || declaredOnly
		};
	}
	return { kind: "unknown" };
}
function withoutProvider(key) {
	return require_outcome.declaredWithoutProvider(key.declaration) || key.facts.provider === void 0;
}
function unestablished(key) {
	const winner = key.facts.principalKind;
	const smoke = key.smoke ? `smoke ${key.smoke.status}: ${key.smoke.reason}` : "no smoke call";
	if (!winner || winner.value === "unknown") return `principal kind unknown, ${smoke}`;
	if (winner.value === "human") return `${explain(winner)} declared as a machine user, ${smoke}`;
	return `principal kind ${String(winner.value)} ${explain(winner)}, ${smoke}`;
}
// src/rules/shared-value.ts
var shared_value_default = defineRule({
	meta: {
		id: "shared-value",
		description: "Reports keys used in different environments that hold the same value (a staging and a production name for one credential), compared by a keyed hash inside the run and never printed.",
		defaultSeverity: "error",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: { shared: "{{holders}} hold the same value: one credential serves {{environments}}; issue a separate key for each environment" },
		example: "PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment"
	},
	check(context) {
		let runKey;
		const digest = (value) => {
			const crypto = require_outcome.nodeCrypto();
			runKey ??= crypto.randomBytes(32);
			return crypto.createHmac("sha256", runKey).update(value.reveal()).digest("hex");
		};
		const holders = (context.everyKey ?? context.keys).flatMap((key) => holdersOf(key, digest));
		const gated = context.environment;
		for (const group of groupByDigest(holders)) {
			if (!spansEnvironments(group)) continue;
			if (gated !== void 0 && !group.some((h) => h.environments.includes(gated))) continue;
			const sorted = [...group].sort(byImportance(gated));
			const primary = sorted[0];
			const environments = [...new Set(sorted.flatMap((h) => known(h.environments).sort(byRank)))];
			context.report({
				messageId: "shared",
				data: {
					holders: joinWords(sorted.map((h) => `${h.label} (${known(h.environments).join(", ") || "unknown"})`)),
					environments: joinWords(environments)
				},
				location: primary.location,
				key: primary.key.name,
				environment: gated ?? known(primary.environments).sort(byRank)[0],
				evidence: sorted.map((h) => h.evidence),
				anchor: sorted.map((h) => h.label).sort().join("|")
			});
		}
	}
});
function holdersOf(key, digest) {
	const holders = [];
	const given = [key.value, ...Object.values(key.companions)].filter((value) => value !== void 0 && isGivenCredential(value, key.names));
	const readers = key.uses.filter((use) => !use.literal);
	const reader = primaryUse({ uses: readers });
	if (given.length > 0 && reader) {
		const environments = [...new Set(readers.map((use) => use.environment))].sort(byRank);
		holders.push({
			key,
			label: key.name,
			environments,
			location: reader.location,
			evidence: {
				fact: "sameValue",
				value: key.name,
				source: "value",
				detail: `${environments.join(", ")}; value from ${given[0].origin}`
			},
			digests: given.map(digest)
		});
	}
	const literals = new Map();
	for (const use of key.uses) {
		if (!use.literal || !isCredentialValue(use.literal, [use.name, ...key.names])) continue;
		const at = `${use.location.file}:${use.location.line}:${use.location.column}`;
		const seen = literals.get(at);
		if (seen) seen.environments = [...new Set([...seen.environments, use.environment])].sort(byRank);
		else literals.set(at, literalHolder(key, use, digest(use.literal)));
	}
	return [...holders, ...literals.values()];
}
function literalHolder(key, use, digest) {
	return {
		key,
		label: `${use.name} in ${use.location.file}`,
		environments: [use.environment],
		location: use.location,
		evidence: {
			fact: "sameValue",
			value: use.name,
			source: "file",
			detail: `${use.environment}; committed at ${use.location.file}:${use.location.line}`
		},
		digests: [digest]
	};
}
function isCredentialValue(value, names) {
	return classifyLiteral(value.reveal(), names, {
		"ignore-types": ["publishable"],
		"min-length": 6
	}) !== void 0;
}
function isGivenCredential(value, names) {
	if (isCredentialValue(value, names)) return true;
	if (names.some((name) => require_outcome.detectFormat(value.reveal(), name) !== void 0)) return false;
	if (names.some(require_outcome.isIdentifierName)) return false;
	return require_outcome.standIn(value.reveal(), {
		names,
		minLength: GIVEN_MIN_LENGTH
	}) === void 0;
}
const GIVEN_MIN_LENGTH = 12;
function groupByDigest(holders) {
	const parent = holders.map((_, i) => i);
	const find = (i) => parent[i] === i ? i : parent[i] = find(parent[i]);
	const first = new Map();
	holders.forEach((holder, i) => {
		for (const d of holder.digests) {
			const seen = first.get(d);
			if (seen === void 0) first.set(d, i);
			else parent[find(i)] = find(seen);
		}
	});
	const groups = new Map();
	holders.forEach((holder, i) => {
		const root = find(i);
		addTo(groups, root, holder);
	});
	return [...groups.values()].filter((group) => group.length > 1);
}
function spansEnvironments(group) {
	for (const a of group) for (const b of group) {
		if (a === b) continue;
		if (known(a.environments).some((ea) => known(b.environments).some((eb) => ea !== eb))) return true;
	}
	return false;
}
function known(environments) {
	return environments.filter((e) => e !== "unknown");
}
function byRank(a, b) {
	return environmentRank(a) - environmentRank(b) || require_cel_cost.compareText(a, b);
}
function byImportance(gated) {
	const rank = (h) => gated !== void 0 && h.environments.includes(gated) ? -1 : Math.min(...h.environments.map(environmentRank));
	return (a, b) => rank(a) - rank(b) || require_cel_cost.compareText(a.label, b.label) || compareLocations(a.location, b.location);
}
function joinWords(words) {
	return words.length <= 1 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
// src/rules/unused-secret.ts
const MAX_NAMES = 10;
function unusedSecrets(secrets, referenced, handsOverAll) {
	const names = new Set([...referenced].map((name) => name.toUpperCase()));
	const unreferenced = secrets.filter((secret) => !names.has(secret.name.toUpperCase()));
	return handsOverAll ? {
		unused: [],
		handedOver: unreferenced
	} : {
		unused: unreferenced,
		handedOver: []
	};
}
var unused_secret_default = defineRule({
	meta: {
		id: "unused-secret",
		description: "Reports a repository or environment secret that no scanned workflow references, from GitHub secret metadata (--github-repo, or the Action\u2019s secrets-token); toJSON(secrets) or secrets: inherit counts as using every secret.",
		defaultSeverity: "note",
		optionsSchema: {
			type: "object",
			properties: {},
			additionalProperties: false
		},
		defaultOptions: {},
		messages: {
			unused: "{{what}} is referenced by no workflow in {{folder}}; delete it (or its value) if nothing else reads it",
			handedOver: "{{count}} secret(s) that no workflow references by name count as used only because {{form}} hands over every secret here: {{names}}; pass secrets by name to find the ones nothing reads"
		},
		example: "repository secret OLD_DEPLOY_TOKEN is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it"
	},
	check(context) {
		const metadata = context.secretMetadata;
		const workflows = context.inventory.workflows;
		if (!metadata || workflows.length === 0) return;
		const referenced = context.inventory.uses.filter((u) => u.sourceKind === "github-workflow").map((u) => u.name);
		const exposures = workflows.flatMap((w) => w.exposures).sort((a, b) => compareLocations(a.location, b.location));
		const { unused, handedOver } = unusedSecrets(metadata.filter((secret) => secret.scope !== "organization"), referenced, exposures.length > 0);
		const folder = workflowFolder(workflows.map((w) => w.file));
		const location = {
			file: folder,
			line: 1,
			column: 1
		};
		for (const secret of [...unused].sort(bySecret)) context.report({
			messageId: "unused",
			data: {
				what: describe(secret),
				folder
			},
			location,
			evidence: [metadataEvidence(secret)],
			anchor: `${secret.scope}:${secret.environment ?? ""}:${secret.name}`
		});
		if (handedOver.length > 0) reportHandover(context, exposures[0], handedOver);
	}
});
function reportHandover(context, exposure, secrets) {
	const sorted = [...secrets].sort(bySecret);
	const shown = sorted.slice(0, MAX_NAMES).map(describe);
	const more = sorted.length - shown.length;
	context.report({
		messageId: "handedOver",
		data: {
			count: sorted.length,
			form: exposure.form,
			names: more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ")
		},
		location: exposure.location,
		evidence: [exposureEvidence(exposure), ...sorted.map(metadataEvidence)],
		anchor: "handed-over"
	});
}
function describe(secret) {
	return secret.scope === "environment" ? `environment secret ${secret.name} of ${secret.environment ?? "an environment"}` : `${secret.scope} secret ${secret.name}`;
}
function metadataEvidence(secret) {
	const where = secret.scope === "environment" ? `environment ${secret.environment ?? ""}` : secret.scope;
	return {
		fact: "secret",
		value: secret.name,
		source: "platform",
		detail: `GitHub ${where} secret, updated_at ${secret.updatedAt}`
	};
}
function bySecret(a, b) {
	return require_cel_cost.compareText(a.scope, b.scope) || require_cel_cost.compareText(a.environment ?? "", b.environment ?? "") || require_cel_cost.compareText(a.name, b.name);
}
function workflowFolder(files) {
	const first = [...files].sort()[0] ?? ".github/workflows/";
	return first.includes("/") ? first.slice(0, first.lastIndexOf("/")) : ".";
}
// src/rules/index.ts
const RULES = [
	dynamic_secret_access_default,
	invalid_waiver_default,
	key_user_association_default,
	least_privilege_scopes_default,
	long_lived_cloud_key_default,
	no_dev_keys_in_prod_default,
	parse_error_default,
	plaintext_secret_default,
	policy_change_default,
	rbac_least_privilege_default,
	rotation_age_default,
	secrets_overexposed_default,
	service_account_bound_default,
	shared_value_default,
	unused_secret_default,
	defineRule({
		meta: {
			id: "workflow-permissions",
			description: "Reports a workflow or job that deploys with no permissions: block or with write-all.",
			defaultSeverity: "warning",
			optionsSchema: {
				type: "object",
				properties: {},
				additionalProperties: false
			},
			defaultOptions: {},
			messages: {
				missing: "job {{job}} deploys ({{why}}) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read",
				writeAll: "job {{job}} deploys ({{why}}) with {{level}} permissions: write-all; grant only the scopes it needs"
			},
			example: "job deploy deploys (environment production) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read"
		},
		check(context) {
			for (const workflow of context.inventory.workflows) for (const job of workflow.jobs) {
				if (!job.deploys) continue;
				const why = job.deployEvidence ?? "looks like a deploy";
				const deployEvidence = {
					fact: "deploys",
					value: true,
					source: "file",
					detail: why
				};
				const effective = job.permissions ?? workflow.permissions;
				const level = job.permissions ? "job" : "workflow";
				if (!effective) context.report({
					messageId: "missing",
					data: {
						job: job.id,
						why
					},
					location: job.location,
					evidence: [{
						fact: "permissions",
						value: "none",
						source: "file",
						detail: "no job or workflow permissions: block"
					}, deployEvidence],
					anchor: job.id
				});
				else if (effective.value === "write-all") context.report({
					messageId: "writeAll",
					data: {
						job: job.id,
						why,
						level
					},
					location: effective.location,
					evidence: [{
						fact: "permissions",
						value: "write-all",
						source: "file",
						detail: `${level} permissions`
					}, deployEvidence],
					anchor: job.id
				});
			}
		}
	})
];
new Map(RULES.map((rule) => [rule.meta.id, rule]));
// src/rules/root-cause.ts
const SMOKE_RULE = "key-user-association";
function oneFindingPerRootCause(findings) {
	const smokeReported = new Set(findings.filter((f) => f.ruleId === SMOKE_RULE && f.key).map((f) => f.key));
	const groups = new Map();
	const order = [];
	for (const finding of findings) {
		if (finding.repeatsSmoke && finding.key !== void 0 && smokeReported.has(finding.key)) continue;
		if (!finding.use || finding.key === void 0) {
			order.push(finding);
			continue;
		}
		const scope = rootCauseScope(finding.use).group;
		const id = [
			finding.ruleId,
			finding.key,
			finding.environment ?? "",
			scope,
			finding.anchor ?? ""
		].join("\0");
		const group = groups.get(id);
		if (group) group.push(finding);
		else {
			const fresh = [finding];
			groups.set(id, fresh);
			order.push(fresh);
		}
	}
	return order.map((entry) => Array.isArray(entry) ? join(entry) : strip(entry));
}
function strip(finding) {
	const { use: _use, repeatsSmoke: _repeats, ...rest } = finding;
	const callers = callerLocations([finding], new Set([position(finding)]));
	if (callers.length === 0) return rest;
	return {
		...rest,
		relatedLocations: [...rest.relatedLocations ?? [], ...callers]
	};
}
function callerLocations(findings, seen) {
	const related = [];
	for (const finding of findings) {
		const caller = finding.use?.calledFrom;
		if (!caller) continue;
		const at = `${caller.file}:${caller.line}:${caller.column}`;
		if (seen.has(at)) continue;
		seen.add(at);
		related.push({
			...caller,
			message: `${finding.use?.name} reaches this use through the call here`
		});
	}
	return related;
}
function join(group) {
	const sorted = [...group].sort((a, b) => compareLocations(a.location, b.location));
	const first = sorted[0];
	const use = first.use;
	const severity = sorted.reduce((s, f) => require_types.SEVERITY_RANK[f.severity] > require_types.SEVERITY_RANK[s] ? f.severity : s, first.severity);
	const related = [];
	const seen = new Set([position(first)]);
	for (const finding of sorted.slice(1)) {
		if (seen.has(position(finding))) continue;
		seen.add(position(finding));
		related.push({
			...finding.location,
			message: relatedMessage(finding.use, first.key)
		});
	}
	related.push(...callerLocations(sorted, seen));
	const { use: _use, repeatsSmoke: _repeats, relatedLocations: _related, ...rest } = first;
	return {
		...rest,
		severity,
		evidence: distinctEvidence(sorted.flatMap((f) => f.evidence)),
		...related.length > 0 ? { relatedLocations: related } : {},
		anchor: first.anchor ?? rootCauseScope(use).anchor
	};
}
function position(finding) {
	const { file, line, column } = finding.location;
	return `${file}:${line}:${column}`;
}
function relatedMessage(use, key) {
	const name = use.name === key ? key : `${use.name} (of key ${key})`;
	const step = use.context?.step;
	return `${name} is used here too${step ? `, in ${/^step \d+$/.test(step) ? step : `step ${step}`}` : ""}`;
}
function distinctEvidence(evidence) {
	const seen = new Set();
	return evidence.filter((e) => {
		const id = JSON.stringify([
			e.fact,
			e.value,
			e.source,
			e.detail ?? null
		]);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}
// src/engine.ts
async function check(options) {
	let policy;
	try {
		const load = {
			root: options.root,
			configPath: options.configPath,
			rules: RULES
		};
		policy = options.pullRequest ? await loadPullRequestPolicy(load, options.pullRequest) : {
			config: await loadConfig(load),
			changes: []
		};
	} catch (error) {
		throw options.secretsFromEnv ? withoutEnvironmentSecrets(error, options, options.secretsFromEnv) : error;
	}
	const { config } = policy;
	const inventory = scanTree(options.root, {
		include: options.include,
		ignore: [...config.ignore ?? [], ...options.exclude ?? []]
	}, { helmValues: config.helmValues });
	const added = options.pullRequest ? await options.pullRequest.addedSuppressions(inventory.suppressions) : [];
	const policyChanges = [...policy.changes, ...added.map(suppressionChange)];
	const honoured = inventory.suppressions.filter((s) => !added.some((a) => a.suppression === s));
	followWorkflowCalls(inventory, { environments: [...config.environments.flatMap((mapping) => mapping.githubEnvironments), ...(options.platformSecrets ?? []).flatMap((secret) => secret.environment ?? [])] });
	const decided = decideUseEnvironments(inventory, config);
	if (options.environment) assertKnownEnvironment(options.environment, decided, config);
	const credentialUses = decided.filter(isCredentialUse);
	const uses = credentialUses.filter((use) => !options.environment || use.environment === options.environment);
	const secrets = withEnvironmentSecrets(options, credentialUses, config);
	const keys = buildKeys(uses, inventory.links, config, secrets, options.platformSecrets);
	const everyKey = options.environment ? buildKeys(credentialUses, inventory.links, config, secrets, options.platformSecrets) : keys;
	const diagnostics = [...inventory.diagnostics];
	if (options.smoke) {
		if (options.tlsVerificationDisabled) throw new require_errors.KeyboundError("smoke-refused", "NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS verification off; smoke calls are refused until it is unset");
		const { smokeKeys } = await Promise.resolve().then(() => require("./keybound-76cb5adb.cjs")).then((n) => n.smoke_exports);
		await smokeKeys(keys, {
			endpoints: options.endpoints ?? {},
			now: new Date(`${options.now}T12:00:00Z`),
			http: options.http,
			onProgress: options.onSmokeProgress
		});
	} else if (options.mode === "gate") markUnchecked(keys);
	const base = {
		keys,
		everyKey,
		inventory,
		config,
		mode: options.mode,
		environment: options.environment,
		now: options.now,
		smoke: options.smoke,
		secretMetadata: options.platformSecrets,
		policyChanges
	};
	const custom = customRules(config);
	const waived = applyWaivers(fingerprint(sortFindings(runRules([...RULES.filter((r) => !r.meta.readsWaivers), ...custom], config, base, [])), keys), keys, honoured, config.exceptions, options.now, config.file, maxWaiverDays(config));
	const waiverFindings = fingerprint(runRules(RULES.filter((r) => r.meta.readsWaivers), config, base, waived.waivers), keys);
	const baselined = options.baseline ? applyBaseline(waived.active, keys, options.baseline.data, options.baseline.file) : {
		active: waived.active,
		suppressed: [],
		diagnostics: []
	};
	diagnostics.push(...baselined.diagnostics);
	const findings = sortFindings([...baselined.active, ...waiverFindings]);
	const redactor = new require_outcome.Redactor(secrets.values());
	for (const value of committedCredentials(inventory.uses, keys)) redactor.add(value);
	return {
		report: assembleReport(options, keys, findings, [...waived.suppressed, ...baselined.suppressed], diagnostics, config),
		redactor,
		rules: [...RULES, ...custom].map((rule) => rule.meta),
		inventory
	};
}
function withEnvironmentSecrets(options, uses, config) {
	if (!options.secretsFromEnv) return options.secrets;
	const names = [
		...uses.map((u) => u.name),
		...config.keys.keys(),
		...[...config.keys.values()].flatMap((d) => d.aliases ?? [])
	];
	return new Map([...secretsFromEnv(names, options.secretsFromEnv), ...options.secrets]);
}
function withoutEnvironmentSecrets(error, options, env) {
	const names = [...scanTree(options.root).uses.map((u) => u.name), ...error instanceof ConfigErrors ? error.declaredNames : []];
	return require_outcome.redactError(error, new require_outcome.Redactor(secretsFromEnv(names, env).values()));
}
function maxWaiverDays(config) {
	const days = config.rules["invalid-waiver"]?.options["max-waiver-days"];
	return typeof days === "number" ? days : 365;
}
function suppressionChange({ suppression, unverified }) {
	const what = `adds an inline suppression of ${suppression.ruleId}`;
	return {
		change: unverified ? `${what} that could not be compared with the base commit (${unverified})` : what,
		kind: "suppression",
		location: {
			file: suppression.file,
			line: suppression.line,
			column: suppression.column
		}
	};
}
function decideUseEnvironments(inventory, config) {
	const context = {
		mappings: config.environments,
		kustomize: new require_outcome.KustomizeIndex(inventory.kustomizations)
	};
	const seen = new Set();
	return inventory.uses.flatMap((raw) => require_outcome.decideEnvironments(raw, context).flatMap((decision) => {
		const id = JSON.stringify([
			raw.name,
			raw.location,
			raw.context,
			raw.calledFrom,
			decision
		]);
		if (raw.sourceKind === "github-workflow" && seen.has(id)) return [];
		seen.add(id);
		return [{
			...raw,
			...decision
		}];
	}));
}
function assertKnownEnvironment(name, uses, config) {
	const known = new Set([...require_types.BUILTIN_ENVIRONMENTS, ...config.environments.map((e) => e.name)]);
	for (const use of uses) known.add(use.environment);
	if (known.has(name)) return;
	const close = require_cel_cost.closeMatches(name, [...known]);
	const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?` : "";
	throw new require_errors.KeyboundError("usage", `--environment: no use is in ${JSON.stringify(name)} and no config defines it (known: ${[...known].sort().join(", ")})${hint}`);
}
function markUnchecked(keys) {
	for (const key of keys) {
		if (require_outcome.isJobToken(key)) continue;
		key.smoke = !key.value || key.value.isEmpty ? require_outcome.NO_VALUE : {
			status: "skipped",
			reason: "offline",
			message: "smoke calls were not requested (--smoke)"
		};
	}
}
function runRules(rules, config, base, waivers) {
	const findings = [];
	for (const rule of rules) {
		const setting = config.rules[rule.meta.id] ?? {
			severity: rule.meta.defaultSeverity,
			options: rule.meta.defaultOptions
		};
		if (setting.severity === "off") continue;
		const severity = setting.severity;
		const report = (input) => {
			findings.push(toFinding(rule, severity, input));
		};
		rule.check({
			...base,
			options: setting.options,
			severity,
			report,
			waivers
		});
	}
	return oneFindingPerRootCause(findings);
}
function toFinding(rule, configured, input) {
	const template = rule.meta.messages[input.messageId] ?? input.messageId;
	const severity = input.severity && require_types.SEVERITY_RANK[input.severity] < require_types.SEVERITY_RANK[configured] ? input.severity : configured;
	return {
		ruleId: rule.meta.id,
		severity,
		key: input.key,
		environment: input.environment,
		message: require_cel_cost.formatMessage(template, input.data ?? {}),
		location: input.location,
		evidence: input.evidence,
		anchor: input.anchor,
		use: input.use,
		repeatsSmoke: input.repeatsSmoke,
		...input.unconfirmed && { unconfirmed: true }
	};
}
function sortFindings(findings) {
	return [...findings].sort((a, b) => require_types.SEVERITY_RANK[b.severity] - require_types.SEVERITY_RANK[a.severity] || require_cel_cost.compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || require_cel_cost.compareText(a.ruleId, b.ruleId) || require_cel_cost.compareText(a.key ?? "", b.key ?? ""));
}
function assembleReport(options, keys, findings, suppressed, diagnostics, config) {
	const count = (severity) => findings.filter((f) => f.severity === severity).length;
	const smoke = Object.fromEntries(require_types.SMOKE_STATUSES.map((s) => [s, keys.filter((k) => k.smoke?.status === s).length]));
	const unconfirmed = options.mode === "gate" ? keys.filter((k) => needsConfirmation(k, config)).map((k) => k.name) : [];
	const report = {
		schemaVersion: "keybound/report/v1",
		tool: {
			name: "keybound",
			version: require_version.VERSION
		},
		verdict: "pass",
		mode: options.mode,
		...options.environment ? { environment: options.environment } : {},
		evaluatedAt: options.now,
		failOn: options.failOn,
		summary: {
			error: count("error"),
			warning: count("warning"),
			note: count("note"),
			keys: keys.length,
			smoke,
			suppressed: suppressed.length
		},
		keys: keys.map(keyReport),
		findings,
		suppressed,
		diagnostics: diagnostics.filter((d) => d.kind !== "parse-error"),
		unconfirmed
	};
	report.verdict = verdictOf(report);
	return report;
}
function needsConfirmation(key, config) {
	if (require_outcome.isJobToken(key)) return false;
	const status = key.smoke?.status;
	if (status !== void 0 && status !== "unknown" && status !== "skipped") return false;
	if (status === "skipped" && require_outcome.confirmedByDeclaration(key)) return false;
	return config.rules["key-user-association"]?.options.unknown !== "warn";
}
function keyReport(key) {
	const facts = {};
	for (const [name, observation] of Object.entries(key.facts)) if (observation) facts[name] = {
		value: observation.value,
		source: observation.source,
		...observation.detail ? { detail: observation.detail } : {}
	};
	const provider = key.facts.provider?.value;
	return {
		name: key.name,
		...typeof provider === "string" ? { provider } : {},
		...key.names.length > 1 ? { aliases: key.names.filter((n) => n !== key.name) } : {},
		environments: key.environments,
		uses: key.uses.map((use) => ({
			file: use.location.file,
			line: use.location.line,
			column: use.location.column,
			...use.location.endLine ? {
				endLine: use.location.endLine,
				endColumn: use.location.endColumn
			} : {},
			environment: use.environment,
			environmentSource: use.environmentSource,
			sourceKind: use.sourceKind,
			name: use.name,
			...use.context ? { context: use.context } : {},
			...use.calledFrom ? { calledFrom: use.calledFrom } : {}
		})),
		facts,
		...key.smoke ? { smoke: key.smoke } : {}
	};
}
function verdictOf(report) {
	if (report.findings.some(failsInEveryMode)) return "fail";
	const threshold = FAIL_ON_RANK[report.failOn];
	const reached = report.findings.filter((f) => require_types.SEVERITY_RANK[f.severity] >= threshold);
	if (reached.some((f) => !f.unconfirmed)) return "fail";
	return report.unconfirmed.length > 0 || reached.length > 0 ? "indeterminate" : "pass";
}
const FAIL_ON_RANK = {
	...require_types.SEVERITY_RANK,
	never: Infinity
};
function exitCodeOf(report) {
	return report.verdict === "fail" ? 1 : report.verdict === "indeterminate" ? 3 : 0;
}
// src/providers/endpoints.ts
function parseEndpointOverrides(entries, flag) {
	const endpoints = Object.create(null);
	for (const entry of entries) {
		const eq = entry.indexOf("=");
		const provider = entry.slice(0, eq).trim();
		const raw = entry.slice(eq + 1).trim();
		if (eq <= 0 || raw === "") throw new require_errors.KeyboundError("usage", `${flag}: "${entry}" is not of the form PROVIDER=URL`);
		if (!require_outcome.providerById(provider)) throw new require_errors.KeyboundError("usage", `${flag}: unknown provider "${provider}"; see keybound providers`);
		try {
			endpoints[provider] = require_base_url.validateBaseUrl(raw).toString().replace(/\/$/, "");
		} catch (error) {
			const reason = error instanceof TypeError ? "not a URL" : error.message;
			throw new require_errors.KeyboundError("usage", `${flag} ${provider}: ${reason}`);
		}
	}
	return endpoints;
}
function withEnterpriseGitHub(endpoints, apiUrl) {
	const api = apiUrl?.trim().replace(/\/$/, "");
	if (!api || endpoints.github || api === "https://api.github.com") return endpoints;
	return {
		...endpoints,
		github: api
	};
}
// src/report/neutralize.ts
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const LEADING_SPACE = /^[\s\u0085]*/;
function stripControl(text, keepNewlines = false) {
	const withoutAnsi = text.replace(ANSI_SEQUENCE, "");
	return (keepNewlines ? withoutAnsi.replace(/[\v\f\u0085\u2028\u2029]/g, "\n") : withoutAnsi.replace(LINE_BREAKS, " ")).replace(CONTROL, "");
}
function flattenLine(text) {
	return stripControl(text, false).replace(/\t/g, " ");
}
function defuseCommands(line) {
	const defused = line.replace(/##\[/g, "## [");
	const lead = LEADING_SPACE.exec(defused)?.[0] ?? "";
	const rest = defused.slice(lead.length);
	return rest.startsWith("::") ? `${lead}: :${rest.slice(2)}` : defused;
}
function neutralize(text) {
	return defuseCommands(flattenLine(text).trim());
}
function neutralizeInline(text) {
	return flattenLine(text).replace(/##\[/g, "## [");
}
function defuseJson(json) {
	return json.replace(/##\[/g, "##\\u005b").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function alsoAt(finding) {
	const related = finding.relatedLocations ?? [];
	if (related.length === 0) return void 0;
	const places = related.slice(0, 5).map((l) => `${l.file === finding.location.file ? "" : `${l.file}:`}${l.line}:${l.column}`);
	const more = related.length - 5;
	return `also at ${places.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
function messageWithRelated(finding) {
	const also = alsoAt(finding);
	return also ? `${finding.message} (${also})` : finding.message;
}
// src/report/json.ts
function compact(object) {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== void 0));
}
function location(loc) {
	return compact({
		file: loc.file,
		line: loc.line,
		column: loc.column,
		endLine: loc.endLine,
		endColumn: loc.endColumn
	});
}
function evidence(item) {
	return compact({
		fact: item.fact,
		value: item.value,
		source: item.source,
		detail: item.detail
	});
}
function findingJson(finding) {
	const suppression = finding.suppression;
	return compact({
		ruleId: finding.ruleId,
		severity: finding.severity,
		key: finding.key,
		environment: finding.environment,
		message: finding.message,
		location: location(finding.location),
		relatedLocations: finding.relatedLocations?.map((related) => compact({
			...location(related),
			message: related.message
		})),
		evidence: finding.evidence.map(evidence),
		fingerprint: finding.fingerprint,
		unconfirmed: finding.unconfirmed ? true : void 0,
		suppression: suppression ? compact({
			kind: suppression.kind,
			reason: suppression.reason,
			until: suppression.until,
			location: suppression.location ? location(suppression.location) : void 0
		}) : void 0
	});
}
function use(item) {
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
		context: context ? compact({
			workflow: context.workflow,
			job: context.job,
			step: context.step,
			via: context.via,
			resource: context.resource
		}) : void 0,
		calledFrom: item.calledFrom ? location(item.calledFrom) : void 0
	});
}
function smoke$1(result) {
	return compact({
		status: result.status,
		reason: result.reason,
		message: result.message,
		principal: result.principal ? Object.fromEntries(Object.entries(result.principal)) : void 0
	});
}
function key(item) {
	const facts = {};
	for (const name of require_types.FACT_NAMES) {
		const fact = item.facts[name];
		if (fact) facts[name] = compact({
			value: fact.value,
			source: fact.source,
			detail: fact.detail
		});
	}
	return compact({
		name: item.name,
		provider: item.provider,
		aliases: item.aliases,
		environments: item.environments,
		uses: item.uses.map(use),
		facts,
		smoke: item.smoke ? smoke$1(item.smoke) : void 0
	});
}
function diagnostic(item) {
	return compact({
		kind: item.kind,
		file: item.file,
		line: item.line,
		column: item.column,
		message: item.message
	});
}
function reportJson(report) {
	const summary = report.summary;
	return compact({
		schemaVersion: report.schemaVersion,
		tool: {
			name: report.tool.name,
			version: report.tool.version
		},
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
			smoke: Object.fromEntries(require_types.SMOKE_STATUSES.map((status) => [status, summary.smoke[status] ?? 0])),
			suppressed: summary.suppressed
		},
		keys: report.keys.map(key),
		findings: report.findings.map(findingJson),
		suppressed: report.suppressed.map(findingJson),
		unconfirmed: [...report.unconfirmed],
		diagnostics: report.diagnostics.map(diagnostic)
	});
}
function formatJson(report) {
	return [...formatJsonChunks(report)].join("");
}
var Lazy = class {
	items;
	map;
	constructor(items, map) {
		this.items = items;
		this.map = map;
	}
};
function* formatJsonChunks(report, redact = (value) => value) {
	const lists = {
		keys: [],
		findings: [],
		suppressed: [],
		unconfirmed: [],
		diagnostics: []
	};
	const head = reportJson(redact({
		...report,
		...lists
	}));
	const lazy = {
		keys: new Lazy(report.keys, (item) => {
			const shell = key(redact({
				...item,
				uses: []
			}));
			shell.uses = new Lazy(item.uses, (one) => use(redact(one)));
			return shell;
		}),
		findings: new Lazy(report.findings, (item) => findingJson(redact(item))),
		suppressed: new Lazy(report.suppressed, (item) => findingJson(redact(item))),
		unconfirmed: new Lazy(report.unconfirmed, (item) => redact(item)),
		diagnostics: new Lazy(report.diagnostics, (item) => diagnostic(redact(item)))
	};
	for (const name of Object.keys(lazy)) if (name in head) head[name] = lazy[name];
	yield* chunks(head, "");
	yield "\n";
}
function* chunks(value, indent) {
	if (value instanceof Lazy) {
		if (value.items.length === 0) return yield "[]";
		const inner = `${indent}  `;
		for (const [index, item] of value.items.entries()) {
			yield `${index === 0 ? "[" : ","}\n${inner}`;
			yield* chunks(value.map(item), inner);
		}
		return yield `\n${indent}]`;
	}
	if (!isStreamed(value)) return yield defuseJson(JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`));
	const inner = `${indent}  `;
	let first = true;
	for (const [name, member] of Object.entries(value)) {
		if (member === void 0) continue;
		yield `${first ? "{" : ","}\n${inner}${defuseJson(JSON.stringify(name))}: `;
		first = false;
		yield* chunks(member, inner);
	}
	yield first ? "{}" : `\n${indent}}`;
}
function isStreamed(value) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
	return Object.values(value).some((member) => member instanceof Lazy);
}
// src/report/diagnostics.ts
const TEMPLATE_MESSAGE = /: a template \(/;
function isSkippedTemplate(diagnostic) {
	return diagnostic.kind === "skipped" && TEMPLATE_MESSAGE.test(diagnostic.message);
}
function shownDiagnostics(diagnostics) {
	const count = diagnostics.filter(isSkippedTemplate).length;
	const listed = diagnostics.filter((d) => !isSkippedTemplate(d));
	if (count === 0) return { listed };
	return {
		listed,
		templates: `${count === 1 ? "1 template" : `${count} templates`} skipped (Go/Helm {{ }} or Jinja {% %} tags): scan the rendered files; --format json lists each`
	};
}
// src/report/key-cells.ts
function daysBetween(date, evaluatedAt) {
	return require_outcome.parseDate(date) && require_outcome.parseDate(evaluatedAt) ? require_outcome.daysBetween(date, evaluatedAt) : void 0;
}
function plural(count, word) {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function providerText(key) {
	return key.provider ?? (typeof key.facts.provider?.value === "string" ? key.facts.provider.value : "");
}
function ageText(key, evaluatedAt) {
	const parts = [];
	for (const fact of ["rotated", "created"]) {
		const value = key.facts[fact]?.value;
		if (typeof value !== "string") continue;
		const days = daysBetween(value, evaluatedAt);
		if (days === void 0) continue;
		parts.push(`${plural(days, "day")} (${fact})`);
		break;
	}
	const expires = key.facts.expires?.value;
	if (typeof expires === "string") {
		const days = daysBetween(evaluatedAt, expires);
		if (days !== void 0) parts.push(days < 0 ? `expired ${plural(-days, "day")} ago` : `expires in ${plural(days, "day")}`);
	}
	return parts.join(", ");
}
function principalText(key) {
	const who = key.facts.principal?.value;
	const kind = key.facts.principalKind?.value;
	const name = who === void 0 ? "" : String(who);
	const kindText = kind === void 0 ? "" : String(kind);
	if (name && kindText) return `${name} (${kindText})`;
	return name || (kindText ? `(${kindText})` : "");
}
function smokeText(key) {
	if (!key.smoke) return "";
	return key.smoke.reason ? `${key.smoke.status}: ${key.smoke.reason}` : key.smoke.status;
}
const VERDICT_BADGE = {
	pass: "\u2705 pass",
	fail: "\u274C fail",
	indeterminate: "\u26A0\uFE0F indeterminate"
};
const SEVERITY_LABEL = {
	error: "\u{1F534} error",
	warning: "\u{1F7E0} warning",
	note: "\u{1F535} note"
};
function escapeCell(text) {
	return flattenLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/`/g, "&#96;").replace(/[\\|*_[\]~]/g, "\\$&").replace(/@/g, "@\u2060").trim();
}
function code(text) {
	const escaped = escapeCell(text);
	return escaped === "" ? "" : `<code>${escaped}</code>`;
}
function age(key, evaluatedAt) {
	for (const fact of ["rotated", "created"]) {
		const value = key.facts[fact]?.value;
		if (typeof value !== "string") continue;
		const days = daysBetween(value, evaluatedAt);
		if (days !== void 0) return escapeCell(`${plural(days, "day")} (${fact})`);
	}
	return "\u2014";
}
function expiry(key, evaluatedAt) {
	const value = key.facts.expires?.value;
	const date = typeof value === "string" ? require_outcome.normalizeDate(value) : void 0;
	const days = date === void 0 ? void 0 : daysBetween(evaluatedAt, date);
	if (date === void 0 || days === void 0) return "\u2014";
	return escapeCell(`${date} (${days < 0 ? `expired ${plural(-days, "day")} ago` : days === 0 ? "today" : `in ${plural(days, "day")}`})`);
}
function principal(key) {
	const who = key.facts.principal?.value;
	const kind = key.facts.principalKind?.value;
	const name = who === void 0 ? "" : code(String(who));
	const kindText = kind === void 0 ? "" : escapeCell(String(kind));
	if (name && kindText) return `${name} (${kindText})`;
	return name || kindText || "\u2014";
}
function smoke(key) {
	if (!key.smoke) return "\u2014";
	return escapeCell(key.smoke.reason ? `${key.smoke.status} (${key.smoke.reason})` : key.smoke.status);
}
function row(cells) {
	return `| ${cells.map((cell) => cell === "" ? " " : cell).join(" | ")} |`;
}
function keyRow(key, evaluatedAt) {
	const provider = key.provider ?? (typeof key.facts.provider?.value === "string" ? key.facts.provider.value : "");
	return row([
		code(key.name),
		provider ? escapeCell(provider) : "\u2014",
		key.environments.length > 0 ? escapeCell(key.environments.join(", ")) : "\u2014",
		principal(key),
		age(key, evaluatedAt),
		expiry(key, evaluatedAt),
		smoke(key)
	]);
}
function locationText(finding) {
	const loc = finding.location;
	const here = code(loc.file === "" ? "" : `${loc.file}:${loc.line}:${loc.column}`) || "\u2014";
	const also = alsoAt(finding);
	return also ? `${here} (${escapeCell(also)})` : here;
}
function findingRow(finding) {
	return row([
		SEVERITY_LABEL[finding.severity],
		code(finding.ruleId),
		finding.key ? code(finding.key) : "\u2014",
		locationText(finding),
		escapeCell(finding.message)
	]);
}
function suppressedRow(finding) {
	const s = finding.suppression;
	const how = s ? `${s.kind}${s.until ? ` until ${s.until}` : ""}: ${s.reason}` : "";
	return row([
		code(finding.ruleId),
		finding.key ? code(finding.key) : "\u2014",
		locationText(finding),
		escapeCell(how)
	]);
}
function table(out, header, rows, budget) {
	out.push(row(header), row(header.map(() => "---")));
	let shown = 0;
	for (const line of rows) {
		if (budget.left - line.length - 1 < 0) break;
		budget.left -= line.length + 1;
		out.push(line);
		shown++;
	}
	if (shown < rows.length) out.push("", `_${rows.length - shown} more rows not shown here: see the SARIF or JSON report._`);
}
function formatMarkdown(report, options = {}) {
	const s = report.summary;
	const out = [];
	const scope = report.environment ? ` \u00B7 environment ${code(report.environment)}` : "";
	out.push(`## keybound: ${VERDICT_BADGE[report.verdict]}`, "");
	out.push(`**Verdict: ${report.verdict}** \u00B7 mode \`${report.mode}\`${scope} \u00B7 fail-on \`${report.failOn}\` \u00B7 evaluated ${escapeCell(report.evaluatedAt)} \u00B7 keybound ${escapeCell(report.tool.version)}`, "");
	out.push(row([
		"Errors",
		"Warnings",
		"Notes",
		"Suppressed",
		"Keys"
	]), row([
		"---:",
		"---:",
		"---:",
		"---:",
		"---:"
	]));
	out.push(row([
		s.error,
		s.warning,
		s.note,
		s.suppressed,
		s.keys
	].map(String)), "");
	const smokeCounts = require_types.SMOKE_STATUSES.filter((status) => s.smoke[status] > 0);
	if (smokeCounts.length > 0) out.push(`Smoke calls: ${smokeCounts.map((status) => `${s.smoke[status]} ${status}`).join(", ")}`, "");
	if (report.unconfirmed.length > 0) out.push(`**Could not confirm:** ${report.unconfirmed.map(code).join(", ")}`, "");
	for (const notice of options.notices ?? []) out.push("> [!WARNING]", `> ${escapeCell(notice)}`, "");
	const reserved = out.join("\n").length + (options.afterKeys?.length ?? 0) + 2e3;
	const budget = { left: (options.maxLength ?? 1e6) - reserved };
	out.push(`### Keys (${report.keys.length})`, "");
	if (report.keys.length === 0) out.push("No keys found.");
	else table(out, [
		"Key",
		"Provider",
		"Environment",
		"Principal",
		"Age",
		"Expires",
		"Smoke"
	], report.keys.map((key) => keyRow(key, report.evaluatedAt)), budget);
	if (options.afterKeys) out.push("", options.afterKeys.trimEnd());
	out.push("", `### Findings (${report.findings.length})`, "");
	if (report.findings.length === 0) out.push("No findings.");
	else table(out, [
		"Severity",
		"Rule",
		"Key",
		"Location",
		"Message"
	], report.findings.map(findingRow), budget);
	if (report.suppressed.length > 0) {
		out.push("", `<details><summary>Suppressed findings (${report.suppressed.length})</summary>`, "");
		table(out, [
			"Rule",
			"Key",
			"Location",
			"Suppression"
		], report.suppressed.map(suppressedRow), budget);
		out.push("", "</details>");
	}
	const { listed, templates } = shownDiagnostics(report.diagnostics);
	if (templates) out.push("", `### Diagnostics (${report.diagnostics.length})`, "", escapeCell(templates));
	if (listed.length > 0) {
		if (!templates) out.push("", `### Diagnostics (${report.diagnostics.length})`);
		out.push("");
		table(out, [
			"Kind",
			"File",
			"Message"
		], listed.map((d) => row([
			escapeCell(d.kind),
			code(d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file) || "\u2014",
			escapeCell(d.message)
		])), budget);
	}
	return `${out.join("\n")}\n`;
}
// src/report/sarif.ts
const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const KEYBOUND_INFORMATION_URI = "https://github.com/keybound/keybound";
const MAX_SARIF_RESULTS = 25e3;
const MAX_TAGS = 20;
const FINGERPRINT_KEY = "keybound/v1";
const SECURITY_SEVERITY = {
	error: "8.0",
	warning: "5.0",
	note: "2.0"
};
function pascalCase(id) {
	return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}
function ruleHelp(meta) {
	if (meta.help) return meta.help;
	const configure = `Configure it in keybound.yml under rules.${meta.id} (severity: error | warning | note | off).`;
	const example = meta.example ? `\n\nExample:\n${meta.example}` : "";
	const markdownExample = meta.example ? `\n\nExample:\n\n\`\`\`yaml\n${meta.example.replace(/`{3,}/g, "")}\n\`\`\`` : "";
	return {
		text: `${meta.description}${example}\n\n${configure}`,
		markdown: `**${meta.id}**: ${meta.description}${markdownExample}\n\n${configure}`
	};
}
function ruleDescriptor(meta) {
	const tags = [
		"security",
		"keybound",
		"secrets"
	];
	if (meta.usesSmoke) tags.push("smoke");
	return {
		id: meta.id,
		name: pascalCase(meta.id),
		shortDescription: { text: meta.description },
		fullDescription: { text: meta.description },
		help: ruleHelp(meta),
		defaultConfiguration: { level: meta.defaultSeverity },
		properties: {
			tags: tags.slice(0, MAX_TAGS),
			precision: "high",
			"security-severity": SECURITY_SEVERITY[meta.defaultSeverity]
		}
	};
}
function placeholderMeta(id, severity) {
	return {
		id,
		description: `keybound rule ${id}.`,
		defaultSeverity: severity,
		optionsSchema: {},
		defaultOptions: {},
		messages: {}
	};
}
function artifactUri(file) {
	return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function region(loc) {
	const startLine = Math.max(1, Math.trunc(loc.line) || 1);
	const startColumn = Math.max(1, Math.trunc(loc.column) || 1);
	const out = {
		startLine,
		startColumn
	};
	if (loc.endLine !== void 0 || loc.endColumn !== void 0) {
		const endLine = Math.max(startLine, Math.trunc(loc.endLine ?? startLine) || startLine);
		out.endLine = endLine;
		if (loc.endColumn !== void 0) {
			const endColumn = Math.max(1, Math.trunc(loc.endColumn) || 1);
			out.endColumn = endLine === startLine ? Math.max(endColumn, startColumn) : endColumn;
		}
	}
	return out;
}
function physicalLocation(loc) {
	return { physicalLocation: {
		artifactLocation: {
			uri: artifactUri(loc.file),
			uriBaseId: "%SRCROOT%"
		},
		region: region(loc)
	} };
}
function result(finding, ruleIndex, fallbackText) {
	const out = {
		ruleId: finding.ruleId,
		ruleIndex,
		level: finding.severity,
		message: { text: finding.message.trim() === "" ? fallbackText : finding.message },
		locations: [physicalLocation(finding.location)],
		partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
	};
	if (finding.relatedLocations?.length) out.relatedLocations = finding.relatedLocations.map((related, index) => ({
		id: index + 1,
		...physicalLocation(related),
		message: { text: related.message.trim() === "" ? "another use of the same key" : related.message }
	}));
	if (finding.suppression) {
		const s = finding.suppression;
		const suppression = {
			kind: s.kind === "inline" ? "inSource" : "external",
			status: "accepted",
			justification: s.reason
		};
		if (s.location) suppression.location = physicalLocation(s.location);
		suppression.properties = {
			kind: s.kind,
			...s.until ? { until: s.until } : {}
		};
		out.suppressions = [suppression];
	}
	const properties = {};
	if (finding.key !== void 0) properties.key = finding.key;
	if (finding.environment !== void 0) properties.environment = finding.environment;
	properties.evidence = finding.evidence.map((e) => ({ ...e }));
	out.properties = properties;
	return out;
}
function notifications(report, omitted) {
	const out = report.diagnostics.map((d) => {
		const note = {
			level: d.kind === "parse-error" ? "error" : d.kind === "skipped" ? "warning" : "note",
			message: { text: d.message.trim() === "" ? d.kind : d.message },
			descriptor: { id: `keybound/${d.kind}` }
		};
		if (d.file !== "") note.locations = [physicalLocation({
			file: d.file,
			line: d.line ?? 1,
			column: d.column ?? 1
		})];
		return note;
	});
	if (omitted > 0) out.push({
		level: "warning",
		descriptor: { id: "keybound/results-truncated" },
		message: { text: `${omitted} of ${omitted + MAX_SARIF_RESULTS} results were left out: GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} per run. The JSON report (--format json) has every finding.` }
	});
	return out;
}
function formatSarif(report, rules) {
	const metas = [];
	const indexById = new Map();
	const addRule = (meta) => {
		if (indexById.has(meta.id)) return;
		indexById.set(meta.id, metas.length);
		metas.push(meta);
	};
	for (const meta of rules) addRule(meta);
	const all = [...report.findings, ...report.suppressed];
	for (const finding of all) addRule(placeholderMeta(finding.ruleId, finding.severity));
	const kept = all.slice(0, MAX_SARIF_RESULTS);
	const omitted = all.length - kept.length;
	const results = kept.map((finding) => {
		const index = indexById.get(finding.ruleId) ?? 0;
		return result(finding, index, metas[index].description);
	});
	const run = {
		tool: { driver: {
			name: "keybound",
			version: report.tool.version,
			semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : void 0,
			informationUri: KEYBOUND_INFORMATION_URI,
			rules: metas.map(ruleDescriptor)
		} },
		invocations: [{
			executionSuccessful: true,
			toolExecutionNotifications: notifications(report, omitted)
		}],
		columnKind: "utf16CodeUnits",
		results,
		properties: {
			verdict: report.verdict,
			mode: report.mode,
			environment: report.environment,
			evaluatedAt: report.evaluatedAt,
			unconfirmed: report.unconfirmed
		}
	};
	return `${defuseJson(JSON.stringify({
		$schema: SARIF_SCHEMA_URI,
		version: "2.1.0",
		runs: [run]
	}, null, 2))}\n`;
}
Object.defineProperty(exports, "CONFIG_CANDIDATES", {
	enumerable: true,
	get: function() {
		return CONFIG_CANDIDATES;
	}
});
Object.defineProperty(exports, "DEFAULT_BASELINE_FILE", {
	enumerable: true,
	get: function() {
		return DEFAULT_BASELINE_FILE;
	}
});
Object.defineProperty(exports, "EXTRACTORS", {
	enumerable: true,
	get: function() {
		return EXTRACTORS;
	}
});
Object.defineProperty(exports, "NotRegularFileError", {
	enumerable: true,
	get: function() {
		return NotRegularFileError;
	}
});
Object.defineProperty(exports, "POLICY_FILES", {
	enumerable: true,
	get: function() {
		return POLICY_FILES;
	}
});
Object.defineProperty(exports, "RULES", {
	enumerable: true,
	get: function() {
		return RULES;
	}
});
Object.defineProperty(exports, "ageText", {
	enumerable: true,
	get: function() {
		return ageText;
	}
});
Object.defineProperty(exports, "buildKeys", {
	enumerable: true,
	get: function() {
		return buildKeys;
	}
});
Object.defineProperty(exports, "check", {
	enumerable: true,
	get: function() {
		return check;
	}
});
Object.defineProperty(exports, "createBaseline", {
	enumerable: true,
	get: function() {
		return createBaseline;
	}
});
Object.defineProperty(exports, "customRuleMeta", {
	enumerable: true,
	get: function() {
		return customRuleMeta;
	}
});
Object.defineProperty(exports, "escapeCell", {
	enumerable: true,
	get: function() {
		return escapeCell;
	}
});
Object.defineProperty(exports, "exitCodeOf", {
	enumerable: true,
	get: function() {
		return exitCodeOf;
	}
});
Object.defineProperty(exports, "failsInEveryMode", {
	enumerable: true,
	get: function() {
		return failsInEveryMode;
	}
});
Object.defineProperty(exports, "fileKind", {
	enumerable: true,
	get: function() {
		return fileKind;
	}
});
Object.defineProperty(exports, "fingerprint", {
	enumerable: true,
	get: function() {
		return fingerprint;
	}
});
Object.defineProperty(exports, "flattenLine", {
	enumerable: true,
	get: function() {
		return flattenLine;
	}
});
Object.defineProperty(exports, "formatJson", {
	enumerable: true,
	get: function() {
		return formatJson;
	}
});
Object.defineProperty(exports, "formatJsonChunks", {
	enumerable: true,
	get: function() {
		return formatJsonChunks;
	}
});
Object.defineProperty(exports, "formatMarkdown", {
	enumerable: true,
	get: function() {
		return formatMarkdown;
	}
});
Object.defineProperty(exports, "formatSarif", {
	enumerable: true,
	get: function() {
		return formatSarif;
	}
});
Object.defineProperty(exports, "globProblem", {
	enumerable: true,
	get: function() {
		return globProblem;
	}
});
Object.defineProperty(exports, "loadConfig", {
	enumerable: true,
	get: function() {
		return loadConfig;
	}
});
Object.defineProperty(exports, "messageWithRelated", {
	enumerable: true,
	get: function() {
		return messageWithRelated;
	}
});
Object.defineProperty(exports, "neutralize", {
	enumerable: true,
	get: function() {
		return neutralize;
	}
});
Object.defineProperty(exports, "neutralizeInline", {
	enumerable: true,
	get: function() {
		return neutralizeInline;
	}
});
Object.defineProperty(exports, "notBaselinable", {
	enumerable: true,
	get: function() {
		return notBaselinable;
	}
});
Object.defineProperty(exports, "parseBaseline", {
	enumerable: true,
	get: function() {
		return parseBaseline;
	}
});
Object.defineProperty(exports, "parseEndpointOverrides", {
	enumerable: true,
	get: function() {
		return parseEndpointOverrides;
	}
});
Object.defineProperty(exports, "parseSecretsJson", {
	enumerable: true,
	get: function() {
		return parseSecretsJson;
	}
});
Object.defineProperty(exports, "principalText", {
	enumerable: true,
	get: function() {
		return principalText;
	}
});
Object.defineProperty(exports, "providerText", {
	enumerable: true,
	get: function() {
		return providerText;
	}
});
Object.defineProperty(exports, "readRegularFile", {
	enumerable: true,
	get: function() {
		return readRegularFile;
	}
});
Object.defineProperty(exports, "redactValues", {
	enumerable: true,
	get: function() {
		return redactValues;
	}
});
Object.defineProperty(exports, "row", {
	enumerable: true,
	get: function() {
		return row;
	}
});
Object.defineProperty(exports, "ruleOptionsSchema", {
	enumerable: true,
	get: function() {
		return ruleOptionsSchema;
	}
});
Object.defineProperty(exports, "secretsFromEnv", {
	enumerable: true,
	get: function() {
		return secretsFromEnv;
	}
});
Object.defineProperty(exports, "shownDiagnostics", {
	enumerable: true,
	get: function() {
		return shownDiagnostics;
	}
});
Object.defineProperty(exports, "smokeText", {
	enumerable: true,
	get: function() {
		return smokeText;
	}
});
Object.defineProperty(exports, "stripControl", {
	enumerable: true,
	get: function() {
		return stripControl;
	}
});
Object.defineProperty(exports, "table", {
	enumerable: true,
	get: function() {
		return table;
	}
});
Object.defineProperty(exports, "verdictOf", {
	enumerable: true,
	get: function() {
		return verdictOf;
	}
});
Object.defineProperty(exports, "withEnterpriseGitHub", {
	enumerable: true,
	get: function() {
		return withEnterpriseGitHub;
	}
});
