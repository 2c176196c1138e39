Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
require("./keybound-35d27304.cjs");
const require_errors = require("./keybound-a3f310a6.cjs");
const require_outcome = require("./keybound-15289141.cjs");
const require_sarif = require("./keybound-661e1b08.cjs");
const require_version = require("./keybound-ef360b0f.cjs");
const require_types = require("./keybound-cb77ed43.cjs");
const require_cel_cost = require("./keybound-da3382b3.cjs");
let node_fs = require("node:fs");
let node_os = require("node:os");
let node_path = require("node:path");
const COMMAND = {
	error: "error",
	warning: "warning",
	note: "notice"
};
function escapeData(text) {
	return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
	return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function propertyValue(text) {
	const value = require_sarif.stripControl(text, true);
	if (value === "" || value.startsWith("=")) return void 0;
	return escapeProperty(value);
}
function command(name, properties, data) {
	const props = properties.map(([key, raw]) => {
		const value = raw === void 0 ? void 0 : propertyValue(String(raw));
		return value === void 0 ? void 0 : `${key}=${value}`;
	}).filter((prop) => prop !== void 0);
	const body = escapeData(require_sarif.stripControl(data, true));
	return props.length > 0 ? `::${name} ${props.join(",")}::${body}` : `::${name}::${body}`;
}
function positive(n) {
	return n !== void 0 && Number.isInteger(n) && n >= 1 ? n : void 0;
}
function annotation(finding) {
	const loc = finding.location;
	const title = `keybound ${finding.ruleId}${finding.key ? ` (${finding.key})` : ""}`;
	return command(COMMAND[finding.severity], [
		["file", loc.file],
		["line", positive(loc.line)],
		["col", positive(loc.column)],
		["endLine", positive(loc.endLine)],
		["endColumn", positive(loc.endColumn)],
		["title", title.trim()]
	], require_sarif.messageWithRelated(finding));
}
function plural$1(count, word) {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function formatGithub(report) {
	const sorted = [...report.findings].sort((a, b) => require_types.SEVERITY_RANK[b.severity] - require_types.SEVERITY_RANK[a.severity]);
	const limit = {
		error: 10,
		warning: 10,
		note: 9
	};
	const shown = {
		error: 0,
		warning: 0,
		note: 0
	};
	const hidden = {
		error: 0,
		warning: 0,
		note: 0
	};
	const lines = [];
	for (const finding of sorted) if (shown[finding.severity] < limit[finding.severity]) {
		shown[finding.severity]++;
		lines.push(annotation(finding));
	} else hidden[finding.severity]++;
	const hiddenTotal = hidden.error + hidden.warning + hidden.note;
	if (hiddenTotal > 0) {
		const parts = [
			"error",
			"warning",
			"note"
		].filter((severity) => hidden[severity] > 0).map((severity) => plural$1(hidden[severity], severity));
		lines.push(command("notice", [["title", "keybound: more findings"]], `${plural$1(hiddenTotal, "more finding")} not shown as annotations (${parts.join(", ")}): GitHub shows 10 of each type per step. See the job summary, the SARIF upload (code scanning) or the JSON report for all ${report.findings.length}.`));
	}
	return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
// src/report/text.ts
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
function palette(color) {
	if (!color) return {
		red: plain,
		yellow: plain,
		blue: plain,
		green: plain,
		dim: plain,
		bold: plain,
		underline: plain
	};
	return {
		red: sgr(31, 39),
		yellow: sgr(33, 39),
		blue: sgr(34, 39),
		green: sgr(32, 39),
		dim: sgr(2, 22),
		bold: sgr(1, 22),
		underline: sgr(4, 24)
	};
}
function plural(count, word) {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function severityPaint(p, severity) {
	return severity === "error" ? p.red : severity === "warning" ? p.yellow : p.blue;
}
function byFile(findings) {
	const groups = new Map();
	for (const finding of findings) {
		const group = groups.get(finding.location.file) ?? [];
		group.push(finding);
		groups.set(finding.location.file, group);
	}
	for (const group of groups.values()) group.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column || require_types.SEVERITY_RANK[b.severity] - require_types.SEVERITY_RANK[a.severity]);
	return groups;
}
function fileLines(file, findings, p) {
	const rows = findings.map((f) => ({
		position: `${f.location.line}:${f.location.column}`,
		severity: f.severity,
		message: require_sarif.neutralizeInline(require_sarif.messageWithRelated(f)),
		rule: require_sarif.neutralizeInline(f.ruleId)
	}));
	const posWidth = Math.max(...rows.map((r) => r.position.length));
	const sevWidth = Math.max(...rows.map((r) => r.severity.length));
	const msgWidth = Math.max(...rows.map((r) => r.message.length));
	const lines = [p.underline(file === "" ? "(no file)" : require_sarif.neutralize(file))];
	for (const r of rows) {
		const paint = severityPaint(p, r.severity);
		lines.push(`  ${p.dim(r.position.padEnd(posWidth))}  ${paint(r.severity.padEnd(sevWidth))}  ${r.message.padEnd(msgWidth)}  ${p.dim(r.rule)}`);
	}
	return lines;
}
function summaryLines(report, p, quiet) {
	const s = report.summary;
	const total = s.error + s.warning + s.note;
	const lines = [];
	if (total === 0) lines.push(p.green("\u2714 No problems"));
	else {
		const paint = s.error > 0 ? p.red : s.warning > 0 ? p.yellow : p.blue;
		const counts = [plural(s.error, "error"), plural(s.warning, "warning")];
		if (s.note > 0) counts.push(plural(s.note, "note"));
		lines.push(paint(p.bold(`\u2716 ${plural(total, "problem")} (${counts.join(", ")})`)));
	}
	if (quiet && s.warning + s.note > 0) lines.push(p.dim("  warnings and notes not shown (--quiet)"));
	if (s.suppressed > 0) lines.push(p.dim(`  ${s.suppressed} suppressed`));
	const verdictPaint = report.verdict === "pass" ? p.green : report.verdict === "fail" ? p.red : p.yellow;
	const scope = [report.mode, report.environment ? `environment ${require_sarif.neutralizeInline(report.environment)}` : ""].filter(Boolean).join(", ");
	const smoke = require_types.SMOKE_STATUSES.filter((status) => s.smoke[status] > 0).map((status) => `${s.smoke[status]} ${status}`);
	const keys = plural(s.keys, "key") + (smoke.length > 0 ? ` (smoke: ${smoke.join(", ")})` : "");
	lines.push(`${p.bold("Verdict:")} ${verdictPaint(p.bold(report.verdict))} (${scope}) \u00B7 ${keys}`);
	if (report.unconfirmed.length > 0) lines.push(p.yellow(`Could not confirm: ${report.unconfirmed.map(require_sarif.neutralizeInline).join(", ")}`));
	return lines;
}
const SMOKE_PAINT = {
	verified: "green",
	mismatch: "red",
	invalid: "red",
	malformed: "red",
	unknown: "yellow",
	skipped: "yellow"
};
function keyLines$1(report, p) {
	if (report.keys.length === 0) return [];
	const header = [
		"key",
		"provider",
		"environments",
		"principal (kind)",
		"age",
		"smoke"
	];
	const rows = report.keys.map((key) => keyRow(key, report.evaluatedAt));
	const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row.cells[i].length)));
	const line = (cells, paint) => `  ${cells.map((cell, i) => paint(i === cells.length - 1 ? cell : cell.padEnd(widths[i]), i)).join("  ")}`.trimEnd();
	const lines = [p.bold(`Keys (${report.keys.length})`), line(header, (cell) => p.dim(cell))];
	for (const row of rows) lines.push(line(row.cells, (cell, i) => i === header.length - 1 && row.smoke ? p[SMOKE_PAINT[row.smoke]](cell) : cell));
	if (report.keys.every((key) => !key.smoke)) lines.push(p.dim("  smoke: no calls made (--smoke with the keys' values checks each key with its provider)"));
	return [...lines, ""];
}
function keyRow(key, evaluatedAt) {
	const dash = (text) => require_sarif.neutralizeInline(text) || "-";
	return {
		cells: [
			dash(key.name),
			dash(require_sarif.providerText(key)),
			dash(key.environments.join(", ")),
			dash(require_sarif.principalText(key)),
			dash(require_sarif.ageText(key, evaluatedAt)),
			dash(require_sarif.smokeText(key))
		],
		smoke: key.smoke?.status
	};
}
function diagnosticLines(report, p) {
	if (report.diagnostics.length === 0) return [];
	const lines = [p.bold("Diagnostics")];
	const { listed, templates } = require_sarif.shownDiagnostics(report.diagnostics);
	for (const d of listed) {
		const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
		lines.push(`  ${p.dim(require_sarif.neutralize(d.kind))}  ${require_sarif.neutralizeInline(where)}  ${require_sarif.neutralizeInline(d.message)}`);
	}
	if (templates) lines.push(`  ${p.dim("skipped")}  ${templates}`);
	return [...lines, ""];
}
function formatText(report, options) {
	const p = palette(options.color);
	const out = [];
	for (const [file, findings] of byFile(report.findings)) out.push(...fileLines(file, findings, p), "");
	out.push(...diagnosticLines(report, p));
	if (!options.quiet) out.push(...keyLines$1(report, p));
	out.push(...summaryLines(report, p, options.quiet ?? false));
	return `${out.join("\n")}\n`;
}
// src/report/index.ts
const FORMATS = [
	"text",
	"json",
	"sarif",
	"markdown",
	"github"
];
function formatReport(report, format, options) {
	switch (format) {
		case "text": return formatText(report, {
			color: options.color ?? false,
			quiet: options.quiet
		});
		case "json": return require_sarif.formatJson(report);
		case "sarif": return require_sarif.formatSarif(report, options.rules);
		case "markdown": return require_sarif.formatMarkdown(report);
		case "github": return formatGithub(report);
		default: throw new Error(`Unknown report format "${String(format)}": expected one of ${FORMATS.join(", ")}`);
	}
}
// src/report/redacted.ts
function formatRedacted(report, redactor, format, options) {
	const text = formatReport(require_sarif.redactValues(report, redactor), format, options);
	return format === "json" || format === "sarif" ? text : redactor.redact(text);
}
function formatRedactedChunks(report, redactor, format, options) {
	if (format !== "json") return [formatRedacted(report, redactor, format, options)];
	return require_sarif.formatJsonChunks(report, (value) => require_sarif.redactValues(value, redactor));
}
// src/cli/args.ts
const FLAGS = {
	config: {
		type: "string",
		value: "FILE"
	},
	mode: {
		type: "string",
		value: "audit or gate"
	},
	environment: {
		type: "string",
		value: "an environment name"
	},
	smoke: { type: "boolean" },
	"secrets-json": {
		type: "string",
		value: "FILE, or - for standard input"
	},
	"secrets-env": { type: "boolean" },
	endpoint: {
		type: "list",
		value: "PROVIDER=URL"
	},
	"github-repo": {
		type: "string",
		value: "OWNER/REPO"
	},
	format: {
		type: "string",
		value: FORMATS.join(", ")
	},
	output: {
		type: "string",
		value: "FILE"
	},
	"fail-on": {
		type: "string",
		value: "error, warning, note or never"
	},
	now: {
		type: "string",
		value: "YYYY-MM-DD"
	},
	exclude: {
		type: "list",
		value: "GLOB"
	},
	quiet: { type: "boolean" },
	baseline: {
		type: "string",
		value: "FILE"
	},
	help: {
		type: "boolean",
		short: "h"
	},
	version: {
		type: "boolean",
		short: "v"
	}
};
const SCAN_FLAGS = [
	"config",
	"mode",
	"environment",
	"smoke",
	"secrets-json",
	"secrets-env",
	"endpoint",
	"github-repo",
	"fail-on",
	"now",
	"exclude"
];
const LISTING_FORMATS = [
	"text",
	"json",
	"markdown"
];
const COMMANDS = {
	check: {
		args: "paths",
		flags: [
			...SCAN_FLAGS,
			"format",
			"output",
			"quiet",
			"baseline"
		],
		formats: FORMATS
	},
	baseline: {
		args: "paths",
		flags: [...SCAN_FLAGS, "output"]
	},
	init: {
		args: "path",
		flags: ["exclude"]
	},
	explain: {
		args: "rule",
		flags: ["format", "config"],
		formats: LISTING_FORMATS
	},
	rules: {
		args: "none",
		flags: ["format"],
		formats: LISTING_FORMATS
	},
	providers: {
		args: "none",
		flags: ["format"],
		formats: LISTING_FORMATS
	}
};
function parseCli(argv) {
	const { values, positionals, given } = tokenize(argv);
	const [first, ...rest] = positionals;
	let command;
	if (values.version) command = "version";
	else if (values.help || first === "help" || first === void 0) command = "help";
	else if (Object.hasOwn(COMMANDS, first)) command = first;
	else throw unknownCommand(first);
	if (command === "help" || command === "version") return defaults(command, values);
	const spec = COMMANDS[command];
	for (const flag of given) if (!spec.flags.includes(flag)) {
		const takes = spec.flags.length ? spec.flags.map((f) => `--${f}`).join(", ") : "no options";
		throw new require_errors.KeyboundError("usage", `--${flag} is not an option of keybound ${command} (it takes ${takes})${flag === "baseline" ? "; keybound baseline writes one, check --baseline FILE reads it" : ""}`);
	}
	const most = spec.args === "paths" ? Infinity : spec.args === "none" ? 0 : 1;
	if (rest.length > most) {
		const extra = rest[most];
		throw new require_errors.KeyboundError("usage", `unexpected argument ${quote(extra)}: keybound ${command} takes ${most === 0 ? "no arguments" : `one ${spec.args === "rule" ? "RULE" : "PATH"}`}`);
	}
	if (spec.args === "rule" && rest.length === 0) throw new require_errors.KeyboundError("usage", "explain needs a rule id: keybound explain RULE (keybound rules lists them)");
	for (const path of spec.args === "rule" ? [] : rest) nonEmpty("PATH", path);
	const format = values.format === void 0 ? "text" : oneOf("--format", values.format, spec.formats ?? FORMATS);
	return {
		...defaults(command, values),
		path: spec.args === "rule" ? "." : rest[0] ?? ".",
		paths: spec.args === "rule" ? [] : rest,
		...spec.args === "rule" ? { rule: rest[0] } : {},
		format
	};
}
function defaults(command, values) {
	const string = (flag) => values[flag] === void 0 ? void 0 : nonEmpty(`--${flag}`, values[flag]);
	const list = (flag) => (values[flag] ?? []).map((v) => nonEmpty(`--${flag}`, v));
	const baseline = string("baseline");
	return {
		command,
		path: ".",
		paths: [],
		...baseline !== void 0 ? { baseline } : {},
		configPath: string("config"),
		mode: oneOf("--mode", values.mode ?? "audit", ["audit", "gate"]),
		environment: string("environment"),
		smoke: values.smoke === true,
		secretsJson: string("secrets-json"),
		secretsEnv: values["secrets-env"] === true,
		endpoints: require_sarif.parseEndpointOverrides(list("endpoint"), "--endpoint"),
		githubRepo: repo(string("github-repo")),
		format: "text",
		output: string("output"),
		failOn: oneOf("--fail-on", values["fail-on"] ?? "error", [
			"error",
			"warning",
			"note",
			"never"
		]),
		now: date(string("now")),
		exclude: list("exclude").map(glob),
		quiet: values.quiet === true
	};
}
function tokenize(argv) {
	const values = {};
	const positionals = [];
	const given = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--") {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith("-") || arg === "-") {
			positionals.push(arg);
			continue;
		}
		const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
		const raw = eq > 0 ? arg.slice(0, eq) : arg;
		const name = flagName(raw);
		const spec = FLAGS[name ?? ""];
		if (!name || !spec) throw unknownFlag(raw);
		if (!given.includes(name) && name !== "help" && name !== "version") given.push(name);
		if (spec.type === "boolean") {
			if (eq > 0) throw new require_errors.KeyboundError("usage", `--${name} takes no value (got ${quote(arg.slice(eq + 1))})`);
			values[name] = true;
			continue;
		}
		let value;
		if (eq > 0) value = arg.slice(eq + 1);
		else {
			const next = argv[i + 1];
			if (next === void 0 || looksLikeFlag(next)) throw new require_errors.KeyboundError("usage", `--${name} needs a value (${spec.value})${next === void 0 ? "" : `, got the option ${quote(next)}`}`);
			value = next;
			i++;
		}
		if (spec.type === "list") values[name] = [...values[name] ?? [], value];
		else values[name] = value;
	}
	return {
		values,
		positionals,
		given
	};
}
function flagName(raw) {
	if (raw.startsWith("--")) return raw.slice(2);
	if (raw.length === 2) return Object.keys(FLAGS).find((name) => FLAGS[name].short === raw[1]);
}
function looksLikeFlag(text) {
	return /^--[a-z]/i.test(text) || /^-[a-z]$/i.test(text);
}
function unknownFlag(raw) {
	const known = Object.keys(FLAGS).map((name) => `--${name}`);
	const close = require_cel_cost.closeMatches(raw.startsWith("--") ? raw : `-${raw}`, known);
	const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?` : "";
	return new require_errors.KeyboundError("usage", `unknown option ${quote(raw)}${hint} (keybound --help lists the options)`);
}
function unknownCommand(word) {
	const names = [...Object.keys(COMMANDS), "org"];
	const close = require_cel_cost.closeMatches(word, names);
	const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?` : /[/\\.]/.test(word) ? `; to scan it: keybound check ${word}` : `; expected one of: ${names.join(", ")}`;
	return new require_errors.KeyboundError("usage", `unknown command ${quote(word)}${hint}`);
}
function quote(text) {
	const flat = text.replace(/[\u0000-\u001f\u007f]/g, "?");
	return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat);
}
function nonEmpty(flag, value) {
	if (value.trim() === "") throw new require_errors.KeyboundError("usage", `${flag} is empty`);
	if (/[\u0000-\u001f\u007f]/.test(value)) throw new require_errors.KeyboundError("usage", `${flag}: ${quote(value)} holds a control character`);
	return value;
}
function oneOf(flag, value, allowed) {
	if (allowed.includes(value)) return value;
	const close = require_cel_cost.closeMatches(value, allowed);
	const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?` : "";
	throw new require_errors.KeyboundError("usage", `${flag}: ${quote(value)} is not one of ${allowed.join(", ")}${hint}`);
}
function date(value) {
	if (value === void 0) return void 0;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !require_outcome.parseDate(value)) throw new require_errors.KeyboundError("usage", `--now: ${quote(value)} is not a calendar date of the form YYYY-MM-DD`);
	return value;
}
function repo(value) {
	if (value === void 0) return void 0;
	if (!/^[\w.-]+\/[\w.-]+$/.test(value)) throw new require_errors.KeyboundError("usage", `--github-repo: ${quote(value)} is not of the form OWNER/REPO`);
	return value;
}
function glob(value) {
	const problem = require_sarif.globProblem(value);
	if (problem) throw new require_errors.KeyboundError("usage", `--exclude ${quote(value)}: ${problem}`);
	return value;
}
// src/cli/help.ts
const HELP = `keybound: prove every deploy key is the right one before the deploy goes ahead

Usage:
  keybound check [PATH...]       scan each PATH (folders or files; default .) and evaluate the policy
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
    --exclude GLOB               paths not to scan (repeatable; adds to config ignore:)
    --quiet                      report errors only (warnings and notes are still counted)
    --baseline FILE              report only findings not in FILE (written by keybound baseline)
  keybound baseline [PATH...]    write the current findings' fingerprints (takes check's options)
    --output FILE                where (default PATH/.keybound-baseline.json)
  keybound init [PATH]           write a starter PATH/keybound.yml listing the keys found, to fill in
    --exclude GLOB               paths not to scan (written as ignore:)
  keybound explain RULE          a rule's description, options, defaults and example (custom rules too)
  keybound rules                 list the rules with their defaults (--format text|json|markdown)
  keybound providers             list providers, key formats, and the exact endpoints called
  keybound org plan|scan|merge   audit a whole organisation on a job matrix (keybound org --help)
  keybound --version | --help

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, config or policy
error; 3 gate mode could not confirm a key it must confirm. An expired exception always fails (1).
`;
// src/cli/init.ts
const INIT_FILE = "keybound.yml";
function assertNoConfig(folder, path) {
	const existing = require_sarif.CONFIG_CANDIDATES.find((name) => (0, node_fs.existsSync)((0, node_path.join)(folder, name)));
	if (existing) throw new require_errors.KeyboundError("usage", `${(0, node_path.join)(path, existing)} already exists; keybound init never overwrites a config (edit it, or move it away and run init again)`);
}
function starterConfig(report, options) {
	const lines = [
		`# keybound.yml, written by keybound init (keybound ${options.version}) from the keys found here.`,
		"# Fill in what each key's owners know and remove the \"# \" before each line you fill in:",
		"#   rotated:         the day the key was last rotated (YYYY-MM-DD), for rotation-age",
		"#   principal-kind:  service or human: who the key acts as, for service-account-bound",
		"#   owner:           the team or person who rotates it",
		"# Every field is optional; the README's Configuration section lists them all.",
		"version: 1",
		"extends: [recommended]",
		options.ignore.length ? `ignore: [${options.ignore.map((glob) => JSON.stringify(glob)).join(", ")}]   # paths never scanned` : "# ignore: [\"test/fixtures/**\"]   # paths never scanned (globs relative to this folder)"
	];
	if (report.keys.length === 0) {
		lines.push("keys: {}   # no keys were found in workflows or manifests here");
		return `${lines.join("\n")}\n`;
	}
	lines.push("keys:");
	for (const key of report.keys) lines.push(...keyLines(key));
	return `${lines.join("\n")}\n`;
}
function keyLines(key) {
	const out = [`  ${yamlKey(key.name)}:`];
	for (const environment of key.environments) {
		const uses = key.uses.filter((use) => use.environment === environment);
		const first = uses[0];
		const more = uses.length > 1 ? ` and ${uses.length - 1} more` : "";
		const where = first ? `${first.file}:${first.line}${more}` : "";
		const label = environment === "unknown" ? "used (no environment known)" : `used in ${comment(environment)}`;
		out.push(`    # ${label}: ${comment(where)}`);
	}
	if (key.aliases?.length) out.push(`    # names joined into it: ${comment(key.aliases.join(", "))}`);
	const provider = require_sarif.providerText(key);
	const source = key.facts.provider?.source;
	const line = (field, why) => `    # ${field}`.padEnd(36) + `# ${why}`;
	if (provider) out.push(line(`provider: ${comment(provider)}`, `recognised from its ${source === "value" ? "value" : "name"}`));
	out.push(line("rotated: YYYY-MM-DD", "the day it was last rotated"), line("principal-kind: service", "service | human"), line("owner: TEAM", "who rotates it"));
	return out;
}
function yamlKey(name) {
	return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(name) ? name : JSON.stringify(name);
}
function comment(text) {
	return require_sarif.neutralizeInline(text).replace(/[\r\n\u2028\u2029]/g, " ");
}
async function writeStarter(folder, path, text) {
	const target = (0, node_path.join)(folder, INIT_FILE);
	try {
		await require_sarif.loadConfig({
			root: folder,
			configPath: target,
			rules: require_sarif.RULES,
			readFile: () => text
		});
	} catch (error) {
		const why = error instanceof require_errors.KeyboundError ? error.describe() : String(error);
		throw new require_errors.KeyboundError("internal", `the starter config did not load, so it was not written: ${why}`);
	}
	let fd;
	try {
		fd = (0, node_fs.openSync)(target, "wx");
	} catch (error) {
		const code = error.code ?? "error";
		const why = code === "EEXIST" ? "it already exists; keybound init never overwrites a config" : `(${code})`;
		throw new require_errors.KeyboundError("usage", `${(0, node_path.join)(path, INIT_FILE)} could not be written: ${why}`);
	}
	try {
		(0, node_fs.writeSync)(fd, text);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
	return (0, node_path.join)(path, INIT_FILE);
}
// src/cli/provider-listing.ts
var import_dist = require_cel_cost.require_dist();
const PROVIDERS_SCHEMA_VERSION = "keybound/providers/v1";
function listProviders(providers) {
	return {
		schemaVersion: PROVIDERS_SCHEMA_VERSION,
		providers: providers.map(listing)
	};
}
function listing(provider) {
	const tenant = provider.tenant;
	return {
		id: provider.id,
		name: provider.name,
		formats: provider.formats.map((format) => {
			const prefix = require_outcome.formatPrefix(format);
			return {
				type: format.type,
				...prefix ? { prefix } : {},
				needsNameHint: format.needsNameHint === true,
				neverSent: format.neverSend === true,
				...format.mode ? { mode: format.mode } : {},
				...format.principalKind ? { principalKind: format.principalKind } : {}
			};
		}),
		calls: provider.endpoints.map((endpoint) => {
			const base = endpoint.baseUrl === void 0 ? void 0 : new URL(endpoint.baseUrl);
			return {
				method: endpoint.method,
				host: base ? base.host : null,
				path: (base ? base.pathname.replace(/\/$/, "") : "") + endpoint.path,
				...endpoint.note ? { note: endpoint.note } : {}
			};
		}),
		otherHosts: (provider.sites ?? []).map((site) => new URL(site).host),
		companions: (provider.companions ?? []).map(companion),
		endpoint: {
			required: tenant !== void 0,
			flag: `--endpoint ${provider.id}=URL`,
			...tenant !== void 0 ? {
				example: tenant.example,
				what: tenant.what
			} : {}
		},
		smoke: provider.smoke,
		...provider.guide ? { guide: provider.guide } : {}
	};
}
function companion(spec) {
	return {
		primary: spec.primary,
		joins: { ...spec.companions },
		reads: { ...spec.lookups },
		...spec.prefixContains ? { prefixContains: spec.prefixContains } : {}
	};
}
function cell$1(text) {
	return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}
function formatLabel(format) {
	const said = [
		format.prefix ?? "",
		format.needsNameHint ? "name hint" : "",
		format.neverSent ? "never sent" : ""
	].filter(Boolean).join(", ");
	return said ? `${format.type} (${said})` : format.type;
}
function formatLabels(formats) {
	const byType = new Map();
	for (const format of formats) byType.set(format.type, [...byType.get(format.type) ?? [], format]);
	return [...byType.values()].map((same) => same.length === 1 ? formatLabel(same[0]) : `${same[0].type} (${same.map((f) => f.prefix ?? "").join(", ")})`).join(", ");
}
function callLabel(call, provider) {
	return `${call.method} ${call.host ?? `<${provider.endpoint.flag}>`}${call.path}`;
}
function companionLabels(specs) {
	const groups = new Map();
	for (const spec of specs) {
		const names = (record) => Object.keys(record).map((suffix) => `\`*${suffix}\``).join(", ");
		const label = [
			`\`*${spec.primary}\``,
			Object.keys(spec.joins).length > 0 ? ` with ${names(spec.joins)}` : "",
			Object.keys(spec.reads).length > 0 ? ` reads ${names(spec.reads)}` : ""
		].join("");
		const group = groups.get(label) ?? {
			label,
			words: []
		};
		if (spec.prefixContains) group.words.push(`\`${spec.prefixContains}\``);
		groups.set(label, group);
	}
	return [...groups.values()].map(({ label, words }) => words.length > 0 ? `${label} (prefix holds ${words.join(" or ")})` : label).join("; ");
}
function providersMarkdown(document) {
	const lines = ["| provider | key formats (prefix) | calls (method, host, path) | companions (name suffixes) |", "|---|---|---|---|"];
	for (const p of document.providers) {
		const calls = p.calls.map((call) => callLabel(call, p)).join(", ") || "none yet";
		const also = p.otherHosts.length > 0 ? `; the same calls on ${p.otherHosts.join(", ")}` : "";
		const base = p.endpoint.required ? `; base URL required: \`${p.endpoint.flag}\` naming ${p.endpoint.what} (${p.endpoint.example})` : "";
		const companions = companionLabels(p.companions);
		lines.push(`| ${p.name} (\`${p.id}\`) | ${cell$1(formatLabels(p.formats))} | ${cell$1(calls + also + base)} | ${cell$1(companions)} |`);
	}
	lines.push("", "| provider | declare `principal:` as | `verified` | `invalid` | `unknown` |", "|---|---|---|---|---|");
	for (const p of document.providers) {
		const g = p.guide;
		if (g) lines.push(`| ${p.name} | ${cell$1(g.principal)} | ${cell$1(g.verified)} | ${cell$1(g.invalid)} | ${cell$1(g.unknown)} |`);
	}
	return `${lines.join("\n")}\n`;
}
function providersText(document) {
	return `${document.providers.map((p) => {
		const lines = [
			p.id,
			`  key types: ${formatLabels(p.formats)}`,
			`  calls:     ${p.calls.map((call) => callLabel(call, p)).join(", ") || "none yet"}`
		];
		if (p.endpoint.required) lines.push(`  base URL:  required, ${p.endpoint.flag} naming ${p.endpoint.what} (${p.endpoint.example})`);
		return lines.join("\n");
	}).join("\n")}\n`;
}
// src/cli/listings.ts
function cell(text) {
	return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}
function formatRules(rules, format) {
	const rows = rules.map((r) => ({
		id: r.meta.id,
		severity: r.meta.defaultSeverity,
		description: r.meta.description
	}));
	if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
	if (format === "markdown") {
		const lines = ["| id | default | what it reports |", "|---|---|---|"];
		for (const r of rows) lines.push(`| \`${r.id}\` | ${r.severity} | ${cell(r.description)} |`);
		return `${lines.join("\n")}\n`;
	}
	const width = Math.max(...rows.map((r) => r.id.length));
	return `${rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join("\n")}\n`;
}
function formatProviders(providers, format) {
	const document = listProviders(providers);
	if (format === "json") return `${JSON.stringify(document, null, 2)}\n`;
	return format === "markdown" ? providersMarkdown(document) : providersText(document);
}
function formatExplain(rule, recommended, format) {
	const meta = rule.meta;
	const properties = meta.optionsSchema.properties ?? {};
	const defaults = meta.defaultOptions;
	const options = Object.entries(properties).map(([name, schema]) => ({
		name,
		type: typeName(schema),
		description: typeof schema.description === "string" ? schema.description : "",
		default: defaults[name],
		...name in recommended.options && JSON.stringify(recommended.options[name]) !== JSON.stringify(defaults[name]) ? { recommended: recommended.options[name] } : {}
	}));
	const data = {
		id: meta.id,
		description: meta.description,
		defaultSeverity: meta.defaultSeverity,
		...recommended.severity ? { recommendedSeverity: recommended.severity } : {},
		usesSmoke: meta.usesSmoke ?? false,
		options,
		...meta.example ? { example: meta.example } : {}
	};
	if (format === "json") return `${JSON.stringify(data, null, 2)}\n`;
	const show = (value) => value === void 0 ? "(none)" : JSON.stringify(value);
	const lines = [];
	if (format === "markdown") {
		lines.push(`## \`${meta.id}\``, "", meta.description, "", `Default severity: ${meta.defaultSeverity}.`);
		if (options.length) {
			lines.push("", "| option | type | default | description |", "|---|---|---|---|");
			for (const o of options) lines.push(`| \`${o.name}\` | ${o.type} | \`${cell(show(o.recommended ?? o.default))}\` | ${cell(o.description)} |`);
		}
		if (meta.example) lines.push("", `Example: ${meta.example}`);
		return `${lines.join("\n")}\n`;
	}
	lines.push(`${meta.id}  (default severity: ${meta.defaultSeverity}${recommended.severity && recommended.severity !== meta.defaultSeverity ? `; recommended: ${recommended.severity}` : ""})`);
	lines.push(`  ${meta.description}`);
	if (meta.usesSmoke) lines.push("  Uses smoke call results when --smoke is given.");
	lines.push("", options.length ? `Options (keybound.yml, rules.${meta.id}):` : `Options: none besides severity (rules.${meta.id}.severity).`);
	for (const o of options) {
		lines.push(`  ${o.name} (${o.type})`);
		if (o.description) lines.push(`      ${o.description}`);
		lines.push(`      default: ${show(o.default)}`);
		if (o.recommended !== void 0) lines.push(`      in policies/recommended.yml: ${show(o.recommended)}`);
	}
	if (meta.example) lines.push("", "Example finding:", `  ${meta.example}`);
	return `${lines.join("\n")}\n`;
}
function typeName(schema) {
	if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
	if (schema.type === "array") {
		const items = schema.items ?? {};
		return `list of ${typeof items.type === "string" ? items.type : "values"}`;
	}
	if (schema.type === "object") return "map";
	return typeof schema.type === "string" ? schema.type : "value";
}
function formatExplainCustom(spec, format) {
	const meta = require_sarif.customRuleMeta(spec);
	const where = spec.location ? `${spec.location.file}:${spec.location.line}` : void 0;
	if (format === "json") {
		const data = {
			id: spec.id,
			custom: true,
			...where ? { definedIn: where } : {},
			severity: spec.severity,
			message: spec.message,
			...spec.when ? { when: spec.when } : {},
			deny: spec.deny,
			help: meta.help?.text
		};
		return `${JSON.stringify(data, null, 2)}\n`;
	}
	if (format === "markdown") return `## \`${spec.id}\`\n\nSeverity: ${spec.severity}.\n\n${meta.help?.markdown}\n`;
	return `${spec.id}  (custom rule; severity: ${spec.severity})\n${(meta.help?.text ?? "").split("\n").map((line) => line ? `  ${line}` : "").join("\n")}\n`;
}
function findRule(rules, id, customIds = []) {
	const rule = rules.find((r) => r.meta.id === id);
	if (rule) return rule;
	const ids = [...rules.map((r) => r.meta.id), ...customIds];
	const close = require_cel_cost.closeMatches(id, ids);
	const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?` : ` (keybound rules lists them: ${ids.join(", ")})`;
	throw new require_errors.KeyboundError("usage", `explain: unknown rule ${JSON.stringify(id.slice(0, 80))}${hint}`);
}
function recommendedSetting(id) {
	const text = require_sarif.POLICY_FILES["recommended.yml"];
	const { severity, ...options } = (text ? (0, import_dist.parse)(text) : {}).rules?.[id] ?? {};
	return {
		...typeof severity === "string" ? { severity } : {},
		options
	};
}
// src/core/safe-write.ts
const OPEN_FLAGS = node_fs.constants.O_WRONLY | node_fs.constants.O_CREAT | (node_fs.constants.O_NOFOLLOW ?? 0) | (node_fs.constants.O_NONBLOCK ?? 0);
function writeFileSafely(path, text, rules) {
	const target = (0, node_path.resolve)(path);
	const shown = rules.display ?? path;
	const fail = (why) => {
		throw new require_errors.KeyboundError("io", `${rules.label}: ${why}; not written`, { file: shown });
	};
	const existing = lstatOrUndefined(target);
	if (rules.allowDevices && existing?.isCharacterDevice()) {
		const fd = (0, node_fs.openSync)(target, "w");
		try {
			writeText(fd, text);
		} finally {
			(0, node_fs.closeSync)(fd);
		}
		return;
	}
	const found = rootOf(target, rules.roots);
	if (!found) {
		const names = rules.roots.map((r) => r.name);
		return fail(`is outside ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]}`);
	}
	let folder = found.real;
	const segments = found.rel.split(node_path.sep).slice(0, -1);
	for (const [index, segment] of segments.entries()) {
		const next = (0, node_path.join)(folder, segment);
		const named = segments.slice(0, index + 1).join("/");
		let stats = lstatOrUndefined(next);
		if (!stats) {
			try {
				(0, node_fs.mkdirSync)(next);
			} catch (error) {
				if (errorCode(error) !== "EEXIST") return fail(`the folder ${named} could not be created (${errorCode(error)})`);
			}
			stats = lstatOrUndefined(next);
		}
		if (stats?.isSymbolicLink()) return fail(`the folder ${named} is a symlink`);
		if (!stats?.isDirectory()) return fail(`${named} is not a folder`);
		folder = next;
	}
	const file = (0, node_path.join)(folder, (0, node_path.basename)(target));
	const before = lstatOrUndefined(file);
	if (before) refuseExisting(before, fail);
	let fd;
	try {
		fd = (0, node_fs.openSync)(file, OPEN_FLAGS, 420);
	} catch (error) {
		const code = errorCode(error);
		if (code === "ELOOP") return fail("is a symlink");
		if (code === "ENXIO") return fail("is a FIFO (named pipe)");
		return fail(`could not be opened (${code})`);
	}
	try {
		refuseExisting((0, node_fs.fstatSync)(fd), fail);
		(0, node_fs.ftruncateSync)(fd, 0);
		writeText(fd, text);
	} catch (error) {
		if (error instanceof require_errors.KeyboundError) throw error;
		fail(`could not be written (${errorCode(error)})`);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
const BATCH = 65536;
function writeText(fd, text) {
	if (typeof text === "string") return (0, node_fs.writeFileSync)(fd, text);
	let batch = "";
	for (const piece of text) {
		batch += piece;
		if (batch.length >= BATCH) {
			(0, node_fs.writeFileSync)(fd, batch);
			batch = "";
		}
	}
	if (batch !== "") (0, node_fs.writeFileSync)(fd, batch);
}
function refuseExisting(stats, fail) {
	if (stats.isSymbolicLink()) fail("is a symlink");
	if (!stats.isFile()) fail(`is ${require_sarif.fileKind(stats)}, not a regular file`);
	if (stats.nlink > 1) fail("is a hard link to another file");
}
function rootOf(target, roots) {
	for (const root of roots) {
		let real;
		try {
			real = node_fs.realpathSync.native(root.path);
		} catch {
			continue;
		}
		for (const base of [(0, node_path.resolve)(root.path), real]) {
			const rel = (0, node_path.relative)(base, target);
			if (rel !== "" && rel !== ".." && !rel.startsWith(`..${node_path.sep}`) && !(0, node_path.isAbsolute)(rel)) return {
				real,
				rel
			};
		}
	}
}
function lstatOrUndefined(path) {
	try {
		return (0, node_fs.lstatSync)(path);
	} catch {
		return;
	}
}
function errorCode(error) {
	const code = error?.code;
	return typeof code === "string" ? code : "error";
}
// src/cli/output.ts
function checkWritable(cwd, file, flag) {
	const abs = (0, node_path.resolve)(cwd, file);
	const fail = (why) => {
		throw new require_errors.KeyboundError("usage", `${flag} ${JSON.stringify(file)}: ${why}`);
	};
	const folder = statOf((0, node_path.dirname)(abs));
	if (folder === "missing") fail(`the folder ${JSON.stringify((0, node_path.dirname)(file))} does not exist; create it first`);
	if (folder !== "folder") fail(`${JSON.stringify((0, node_path.dirname)(file))} is not a folder`);
	const target = statOf(abs);
	if (target === "folder") fail("that is a folder; name a file to write");
	try {
		(0, node_fs.accessSync)(target === "missing" ? (0, node_path.dirname)(abs) : abs, node_fs.constants.W_OK);
	} catch {
		fail("no permission to write there");
	}
	return abs;
}
function writeOutput(cwd, file, text, flag, roots) {
	const abs = checkWritable(cwd, file, flag);
	const within = rootOf(abs, roots) ? roots : [{
		path: (0, node_path.dirname)(abs),
		name: `the folder of ${flag}`
	}];
	try {
		writeFileSafely(abs, text, {
			roots: within,
			label: flag,
			display: file,
			allowDevices: true
		});
	} catch (error) {
		if (error instanceof require_errors.KeyboundError) throw error;
		throw new require_errors.KeyboundError("usage", `${flag} ${JSON.stringify(file)}: could not be written (${codeOf(error)})`);
	}
}
function statOf(path) {
	try {
		return (0, node_fs.statSync)(path).isDirectory() ? "folder" : "other";
	} catch (error) {
		return codeOf(error) === "ENOENT" ? "missing" : "other";
	}
}
function codeOf(error) {
	return error.code ?? "error";
}
// src/cli/progress.ts
const PROGRESS_INTERVAL = {
	terminal: 200,
	log: 1e4
};
var ProgressLine = class {
	write;
	mode;
	clock;
	state;
	lastAt;
	lastLine = "";
	shown = false;
	constructor(write, mode, clock = Date.now) {
		this.write = write;
		this.mode = mode;
		this.clock = clock;
	}
	update(progress) {
		this.state = progress;
		this.lastAt ??= this.clock();
		this.render();
	}
	tick() {
		this.render();
	}
	finish() {
		if (!this.shown || !this.state) return;
		if (this.mode === "terminal") this.write("\r\x1B[K");
		else this.write(`keybound: smoke ${this.state.total}/${this.state.total} \u00B7 done\n`);
		this.shown = false;
	}
	render() {
		if (!this.state || this.lastAt === void 0 || this.state.done >= this.state.total) return;
		const now = this.clock();
		if (now - this.lastAt < PROGRESS_INTERVAL[this.mode]) return;
		const line = progressText(this.state);
		if (this.mode === "terminal") {
			if (line !== this.lastLine) this.write(`\r${line}\u001b[K`);
		} else this.write(`keybound: ${line}\n`);
		this.lastLine = line;
		this.lastAt = now;
		this.shown = true;
	}
};
function progressText(progress) {
	const waiting = progress.waitingOn.length ? ` \u00B7 waiting on ${[...progress.waitingOn].sort().join(", ")}` : "";
	return `smoke ${progress.done}/${progress.total}${waiting}`;
}
function progressMode(stderrIsTTY, env) {
	if (stderrIsTTY) return "terminal";
	if (env.GITHUB_ACTIONS === "true") return "log";
}
async function withProgress(mode, write, work) {
	if (!mode) return work(void 0);
	const line = new ProgressLine(write, mode);
	const timer = setInterval(() => line.tick(), Math.min(PROGRESS_INTERVAL[mode], 1e3));
	timer.unref();
	try {
		return await work((progress) => line.update(progress));
	} finally {
		clearInterval(timer);
		line.finish();
	}
}
// src/cli/scope.ts
function resolveScope(cwd, paths) {
	const entries = (paths.length ? paths : ["."]).map((path) => ({
		path,
		abs: (0, node_path.resolve)(cwd, path),
		folder: kindOf(cwd, path) === "folder"
	}));
	if (entries.length === 1 && entries[0].folder && !insideGithubFolder(entries[0].abs)) return { root: entries[0].abs };
	const common = outsideGithubFolder(commonFolder(entries.map((e) => e.folder ? e.abs : (0, node_path.dirname)(e.abs))));
	const root = projectRoot(common) ?? common;
	const include = entries.map((e) => (0, node_path.relative)(root, e.abs).split(node_path.sep).join("/"));
	return include.includes("") ? { root } : {
		root,
		include
	};
}
function kindOf(cwd, path) {
	let stat;
	try {
		stat = (0, node_fs.statSync)((0, node_path.resolve)(cwd, path));
	} catch (error) {
		const code = error.code;
		const why = code === "ENOENT" || code === "ENOTDIR" ? "does not exist" : `cannot be read (${code ?? "error"})`;
		throw new require_errors.KeyboundError("usage", `${JSON.stringify(path)} ${why}; give a folder or file to scan`);
	}
	if (stat.isDirectory()) return "folder";
	if (stat.isFile()) return "file";
	throw new require_errors.KeyboundError("usage", `${JSON.stringify(path)} is not a folder or a regular file to scan`);
}
function insideGithubFolder(folder) {
	return folder.split(node_path.sep).includes(".github");
}
function outsideGithubFolder(folder) {
	const parts = folder.split(node_path.sep);
	const index = parts.indexOf(".github");
	return index > 0 ? parts.slice(0, index).join(node_path.sep) || node_path.sep : folder;
}
function commonFolder(folders) {
	let common = folders[0];
	for (const folder of folders.slice(1)) while (!isWithin(common, folder)) common = (0, node_path.dirname)(common);
	return common;
}
function isWithin(base, path) {
	const rel = (0, node_path.relative)(base, path);
	return rel === "" || !rel.startsWith("..") && !(0, node_path.isAbsolute)(rel);
}
function projectRoot(folder) {
	for (let dir = folder;; dir = (0, node_path.dirname)(dir)) {
		if ([...require_sarif.CONFIG_CANDIDATES, ".git"].some((name) => (0, node_fs.existsSync)((0, node_path.join)(dir, name)))) return dir;
		if ((0, node_path.dirname)(dir) === dir) return void 0;
	}
}
// src/cli/main.ts
async function main(argv, io) {
	if (argv[0] === "org") return (await Promise.resolve().then(() => require("./keybound-6eba0002.cjs"))).runOrg(argv.slice(1), io);
	let redactor = new require_outcome.Redactor();
	try {
		const settings = parseCli(argv);
		switch (settings.command) {
			case "version":
				io.stdout(`${require_version.VERSION}\n`);
				return 0;
			case "help":
				io.stdout(HELP);
				return 0;
			case "rules":
				io.stdout(formatRules(require_sarif.RULES, listingFormat(settings)));
				return 0;
			case "providers":
				io.stdout(formatProviders(require_outcome.CATALOG, listingFormat(settings)));
				return 0;
			case "explain":
				io.stdout(await explain(settings, io));
				return 0;
			case "init": return await init(settings, io);
			case "baseline": {
				if (settings.output) checkWritable(io.cwd, settings.output, "--output");
				const result = await runCheck(settings, io, (secrets) => redactor = new require_outcome.Redactor(secrets));
				redactor = result.redactor;
				return writeBaseline(settings, io, result.report, redactor, result.root);
			}
			case "check": {
				if (settings.output) checkWritable(io.cwd, settings.output, "--output");
				const result = await runCheck(settings, io, (secrets) => redactor = new require_outcome.Redactor(secrets));
				redactor = result.redactor;
				const color = settings.format === "text" && !settings.output && io.isTTY && !io.env.NO_COLOR;
				const shown = settings.quiet ? quietReport(result.report) : result.report;
				const options = {
					color,
					rules: result.rules,
					quiet: settings.quiet
				};
				if (settings.output) {
					const pieces = formatRedactedChunks(shown, redactor, settings.format, options);
					writeOutput(io.cwd, settings.output, pieces, "--output", writeRoots(io, result.root));
				} else io.stdout(formatRedacted(shown, redactor, settings.format, options));
				return require_sarif.exitCodeOf(result.report);
			}
		}
	} catch (error) {
		io.stderr(`keybound: ${redactor.redact(require_errors.describeError(error))}\n`);
		if (!(error instanceof require_errors.KeyboundError)) io.stderr("keybound: this is a bug; please report it with the command you ran\n");
		return 2;
	}
}
async function runCheck(settings, io, onSecrets) {
	const { root, include } = resolveScope(io.cwd, settings.paths);
	const token = settings.githubRepo ? githubToken(io) : void 0;
	const secrets = new Map();
	if (token) onSecrets([token]);
	if (settings.secretsJson !== void 0) {
		const fromStdin = settings.secretsJson === "-";
		const text = fromStdin ? await io.readStdin() : readSecretsFile((0, node_path.resolve)(io.cwd, settings.secretsJson));
		const parsed = require_sarif.parseSecretsJson(text, fromStdin ? "stdin" : settings.secretsJson);
		for (const [name, value] of parsed.secrets) secrets.set(name, value);
		onSecrets([...secrets.values(), ...token ? [token] : []]);
		for (const warning of parsed.warnings) io.stderr(`keybound: --secrets-json: ${warning}\n`);
	}
	const platformSecrets = settings.githubRepo && token ? await readSecretMetadata(settings.githubRepo, token, io) : void 0;
	const result = await withProgress(settings.smoke && !settings.quiet ? progressMode(io.stderrIsTTY ?? false, io.env) : void 0, io.stderr, (onSmokeProgress) => require_sarif.check({
		root,
		include,
		exclude: settings.exclude,
		onSmokeProgress,
		configPath: settings.configPath ? (0, node_path.resolve)(io.cwd, settings.configPath) : void 0,
		mode: settings.mode,
		environment: settings.environment,
		smoke: settings.smoke,
		secrets,
		secretsFromEnv: settings.secretsEnv ? io.env : void 0,
		now: settings.now ?? new Date().toISOString().slice(0, 10),
		failOn: settings.failOn,
		endpoints: require_sarif.withEnterpriseGitHub(settings.endpoints, io.env.GITHUB_API_URL),
		tlsVerificationDisabled: io.env.NODE_TLS_REJECT_UNAUTHORIZED === "0",
		http: io.env.RUNNER_DEBUG === "1" ? { log: (line) => io.stderr(`keybound: debug: ${line}\n`) } : {},
		platformSecrets,
		...settings.baseline !== void 0 ? { baseline: readBaseline(io, settings.baseline) } : {}
	}));
	if (token) result.redactor.add(token);
	const { inventory: _inventory, ...reported } = result;
	return {
		...reported,
		root
	};
}
function quietReport(report) {
	const shown = (finding) => finding.severity === "error" || require_sarif.failsInEveryMode(finding);
	return {
		...report,
		findings: report.findings.filter(shown),
		suppressed: [],
		diagnostics: []
	};
}
async function explain(settings, io) {
	const id = settings.rule ?? "";
	const format = listingFormat(settings);
	const builtin = require_sarif.RULES.find((rule) => rule.meta.id === id);
	if (builtin) return formatExplain(builtin, recommendedSetting(id), format);
	const config = await require_sarif.loadConfig({
		root: io.cwd,
		configPath: settings.configPath ? (0, node_path.resolve)(io.cwd, settings.configPath) : void 0,
		rules: require_sarif.RULES
	});
	const custom = config.customRules.find((spec) => spec.id === id);
	if (custom) return formatExplainCustom(custom, format);
	findRule(require_sarif.RULES, id, config.customRules.map((spec) => spec.id));
	return "";
}
async function init(settings, io) {
	const folder = (0, node_path.resolve)(io.cwd, settings.path);
	if (statOrUndefined(folder)?.isDirectory() !== true) throw new require_errors.KeyboundError("usage", `${JSON.stringify(settings.path)} is not a folder; keybound init [PATH] writes PATH/keybound.yml`);
	assertNoConfig(folder, settings.path);
	const { report } = await require_sarif.check({
		root: folder,
		exclude: settings.exclude,
		mode: "audit",
		smoke: false,
		secrets: new Map(),
		now: new Date().toISOString().slice(0, 10),
		failOn: "never"
	});
	const written = await writeStarter(folder, settings.path, starterConfig(report, {
		ignore: settings.exclude,
		version: require_version.VERSION
	}));
	const count = report.keys.length;
	io.stdout(`Wrote ${written} with ${count} key${count === 1 ? "" : "s"}. Fill in rotated:, principal-kind: and owner: for each, then run: keybound check ${settings.path}\n`);
	return 0;
}
function statOrUndefined(path) {
	try {
		return (0, node_fs.statSync)(path);
	} catch {
		return;
	}
}
function githubToken(io) {
	const value = io.env.GITHUB_TOKEN?.trim() ?? "";
	if (value === "") throw new require_errors.KeyboundError("usage", "--github-repo needs a token in GITHUB_TOKEN that may read Actions secret metadata (fine-grained: Secrets: read; classic: repo)");
	return new require_outcome.SecretValue(value, "GITHUB_TOKEN");
}
async function readSecretMetadata(repository, token, io) {
	const debug = io.env.RUNNER_DEBUG === "1";
	const { fetchSecretMetadata } = await Promise.resolve().then(() => require("./keybound-d54706b5.cjs")).then((n) => n.github_secrets_exports);
	const { secrets, warnings } = await fetchSecretMetadata({
		repository,
		token,
		apiUrl: io.env.GITHUB_API_URL,
		log: debug ? (line) => io.stderr(`keybound: debug: ${line}\n`) : void 0
	});
	for (const warning of warnings) io.stderr(`keybound: --github-repo: ${warning}\n`);
	return secrets;
}
function readBaseline(io, file) {
	let text;
	try {
		text = require_sarif.readRegularFile((0, node_path.resolve)(io.cwd, file));
	} catch (error) {
		if (error instanceof require_sarif.NotRegularFileError) throw new require_errors.KeyboundError("io", `--baseline: ${error.message}`, { file });
		const code = error.code ?? "error";
		throw new require_errors.KeyboundError("io", `--baseline: the file could not be read (${code}); write it with keybound baseline`, { file });
	}
	return {
		data: require_sarif.parseBaseline(text, file),
		file
	};
}
function writeBaseline(settings, io, report, redactor, root) {
	const named = settings.output ?? (0, node_path.join)(relativeOrAbsolute(io.cwd, root), ".keybound-baseline.json");
	const baseline = require_sarif.createBaseline(report.findings, report.keys, require_version.VERSION, report.evaluatedAt);
	writeOutput(io.cwd, named, `${JSON.stringify(require_sarif.redactValues(baseline, redactor), null, 2)}\n`, settings.output ? "--output" : "baseline", writeRoots(io, root));
	io.stderr(`keybound: wrote ${baseline.findings.length} finding(s) to ${named}\n`);
	for (const finding of report.findings) {
		const why = require_sarif.notBaselinable(finding, report.keys);
		if (why) io.stderr(`keybound: not baselined: ${finding.ruleId} on ${finding.key ?? "a key"}: ${why}\n`);
	}
	return 0;
}
function writeRoots(io, root) {
	return [
		{
			path: io.cwd,
			name: "the working directory"
		},
		{
			path: root,
			name: "the scanned folder"
		},
		...io.env.RUNNER_TEMP ? [{
			path: io.env.RUNNER_TEMP,
			name: "RUNNER_TEMP"
		}] : [],
		{
			path: (0, node_os.tmpdir)(),
			name: "the temp folder"
		}
	];
}
function readSecretsFile(path) {
	try {
		return require_sarif.readRegularFile(path);
	} catch (error) {
		if (error instanceof require_sarif.NotRegularFileError) throw new require_errors.KeyboundError("secrets", `--secrets-json: ${error.message}; pipe the JSON to --secrets-json - instead`, { file: path });
		const code = error.code ?? "error";
		throw new require_errors.KeyboundError("secrets", `--secrets-json: the file could not be read (${code})`, { file: path });
	}
}
function listingFormat(settings) {
	if (settings.format === "json" || settings.format === "markdown" || settings.format === "text") return settings.format;
	throw new require_errors.KeyboundError("usage", `--format ${settings.format} is for check; listings take text, json or markdown`);
}
function relativeOrAbsolute(cwd, root) {
	const rel = (0, node_path.relative)(cwd, root);
	return rel === "" ? "." : rel.startsWith("..") || (0, node_path.isAbsolute)(rel) ? root : rel;
}
// src/cli/process.ts
async function runFromProcess() {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		readStdin,
		env: process.env,
		cwd: process.cwd(),
		isTTY: process.stdout.isTTY === true,
		stderrIsTTY: process.stderr.isTTY === true
	});
}
async function readStdin() {
	const chunks = [];
	for await (const chunk of process.stdin) chunks.push(chunk);
	return Buffer.concat(chunks).toString("utf8");
}
exports.runFromProcess = runFromProcess;
