require("./keybound-35d27304.cjs");
const require_errors = require("./keybound-a3f310a6.cjs");
const require_outcome = require("./keybound-15289141.cjs");
const require_github_secrets = require("./keybound-d54706b5.cjs");
const require_sarif = require("./keybound-661e1b08.cjs");
const require_ajv$1 = require("./keybound-c0ecb0ca.cjs");
const require_cel_cost = require("./keybound-da3382b3.cjs");
const require_types = require("./keybound-cb77ed43.cjs");
const require_version = require("./keybound-ef360b0f.cjs");
const require_base_url = require("./keybound-845b8b0f.cjs");
const require_smoke = require("./keybound-76cb5adb.cjs");
let node_fs = require("node:fs");
let node_os = require("node:os");
let node_path = require("node:path");
let node_util = require("node:util");
let node_stream = require("node:stream");
let node_crypto = require("node:crypto");
let node_zlib = require("node:zlib");
let node_stream_promises = require("node:stream/promises");
// src/org/types.ts
var import_ajv = require_ajv$1.require_ajv();
const PLAN_SCHEMA = "keybound/org-plan/v1";
const REPO_SCHEMA = "keybound/org-repo/v1";
const SHARD_SCHEMA = "keybound/org-shard/v1";
const ORG_REPORT_SCHEMA = "keybound/org-report/v1";
const INVENTORY_FILE = "inventory.json";
const REPOS_DIR = "repos";
// src/org/artifacts.ts
const MAX_ARTIFACT_BYTES = 536870912;
let validators;
function schemaValidators() {
	if (validators) return validators;
	const ajv = new import_ajv.Ajv({
		allErrors: false,
		strict: false,
		useDefaults: false,
		coerceTypes: false,
		logger: false
	});
	for (const file of ["report.schema.json", "org-shard.schema.json"]) {
		const text = require_sarif.POLICY_FILES[file];
		if (text === void 0) throw new require_errors.KeyboundError("internal", `${file} is not embedded; run node scripts/generate.mjs`);
		ajv.addSchema(JSON.parse(text));
	}
	const get = (ref) => {
		const validate = ajv.getSchema(`urn:keybound:schema:org-shard:v1#/definitions/${ref}`);
		if (!validate) throw new require_errors.KeyboundError("internal", `org-shard.schema.json has no ${ref}`);
		return validate;
	};
	validators = {
		inventory: get("inventory"),
		plan: get("plan")
	};
	return validators;
}
function findShardFolders(dirs, cwd) {
	const folders = [];
	const notices = [];
	for (const dir of dirs) {
		const absolute = (0, node_path.resolve)(cwd, dir);
		if (!(0, node_fs.existsSync)(absolute) || !(0, node_fs.statSync)(absolute).isDirectory()) throw new require_errors.KeyboundError("usage", `"${dir}" is not a folder of shard results`);
		if ((0, node_fs.existsSync)((0, node_path.join)(absolute, "inventory.json"))) {
			folders.push(absolute);
			continue;
		}
		const below = (0, node_fs.readdirSync)(absolute, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => (0, node_path.join)(absolute, entry.name)).sort();
		const shards = below.filter((folder) => (0, node_fs.existsSync)((0, node_path.join)(folder, INVENTORY_FILE)));
		folders.push(...shards);
		for (const folder of below.filter((f) => !shards.includes(f))) notices.push(`${(0, node_path.relative)(cwd, folder) || folder}: no ${INVENTORY_FILE}, so not a finished shard; left out`);
		if (shards.length === 0 && below.length === 0) notices.push(`${dir}: no ${INVENTORY_FILE} and no shard folders in it; left out`);
	}
	return {
		folders,
		notices
	};
}
function readInventory(folder, cwd) {
	const file = (0, node_path.join)(folder, INVENTORY_FILE);
	const named = (0, node_path.relative)(cwd, file) || file;
	const data = readJson(file, named);
	const validate = schemaValidators().inventory;
	if (data?.schemaVersion !== "keybound/org-shard/v1" || !validate(data)) {
		const where = validate.errors?.[0]?.instancePath;
		throw new require_errors.KeyboundError("io", `${named} is not a ${SHARD_SCHEMA} inventory${where ? ` (at ${where}: ${validate.errors?.[0]?.message ?? "invalid"})` : ""}; was it written by another version of keybound?`);
	}
	return data;
}
function readPlan(file, cwd) {
	const data = readJson((0, node_path.resolve)(cwd, file), file);
	const validate = schemaValidators().plan;
	if (data?.schemaVersion !== "keybound/org-plan/v1" || !validate(data)) {
		const where = validate.errors?.[0]?.instancePath;
		throw new require_errors.KeyboundError("usage", `${file} is not a ${PLAN_SCHEMA} plan${where ? ` (at ${where}: ${validate.errors?.[0]?.message ?? "invalid"})` : ""}; write one with keybound org plan --output`);
	}
	return data;
}
function readRepoArtifact(folder, file, fullName, cwd) {
	const path = (0, node_path.join)(folder, file);
	const named = (0, node_path.relative)(cwd, path) || path;
	const data = readJson(path, named);
	const report = data?.report;
	if (data?.schemaVersion !== "keybound/org-repo/v1" || data.repository?.fullName !== fullName || report?.schemaVersion !== "keybound/report/v1" || !Array.isArray(report.findings)) throw new require_errors.KeyboundError("io", `${named} is not the ${REPO_SCHEMA} file of ${fullName}`);
	return data;
}
function readJson(path, named) {
	let text;
	try {
		if ((0, node_fs.statSync)(path).size > MAX_ARTIFACT_BYTES) throw new require_errors.KeyboundError("io", `${named} is larger than ${MAX_ARTIFACT_BYTES / 1024 / 1024} MiB`);
		text = (0, node_fs.readFileSync)(path, "utf8");
	} catch (error) {
		if (error instanceof require_errors.KeyboundError) throw error;
		throw new require_errors.KeyboundError("io", `${named} could not be read (${error.code ?? "error"})`);
	}
	try {
		return JSON.parse(text);
	} catch {
		throw new require_errors.KeyboundError("io", `${named} is not valid JSON (a truncated upload?)`);
	}
}
// src/org/report.ts
const VERDICT = {
	pass: "\u2705 pass",
	fail: "\u274C fail",
	incomplete: "\u26A0\uFE0F incomplete"
};
const MAX_PROBLEMS_LISTED = 20;
function ageBuckets(keys, limits) {
	const warn = limits.warnAgeDays ?? 75;
	const max = limits.maxAgeDays ?? 90;
	const edges = [...new Set([
		30,
		warn,
		max,
		180,
		365
	])].filter((e) => e > 0).sort((a, b) => a - b);
	const levelOf = (upper) => upper > max ? "over" : upper > warn ? "warn" : "ok";
	const buckets = edges.map((edge, i) => ({
		label: `${i === 0 ? 0 : edges[i - 1] + 1}\u2013${edge} days`,
		max: edge,
		count: 0,
		level: levelOf(edge)
	}));
	buckets.push({
		label: `over ${edges[edges.length - 1]} days`,
		count: 0,
		level: "over"
	});
	const undated = {
		label: "no date",
		count: 0,
		level: "none"
	};
	for (const key of keys) {
		if (key.scope === "unresolved" || key.scope === "unknown") continue;
		if (key.ageDays === void 0) {
			undated.count++;
			continue;
		}
		const age = key.ageDays;
		(buckets.find((b) => b.max !== void 0 && age <= b.max) ?? buckets[buckets.length - 1]).count++;
	}
	return undated.count > 0 ? [...buckets, undated] : buckets;
}
function scopeText(key) {
	if (key.scope === "organization") return key.visibility ? `organization (${key.visibility})` : "organization";
	if (key.scope === "environment") return `environment ${key.environment ?? ""} of ${key.repository ?? ""}`;
	if (key.scope === "unresolved") return `no secret (in ${key.repository ?? ""})`;
	if (key.scope === "unknown") return `not known (in ${key.repository ?? ""})`;
	return `repository ${key.repository ?? ""}`;
}
function smokeText(key) {
	if (!key.smoke) return key.scope === "organization" ? "not called" : "\u2014";
	return key.smoke.reason ? `${key.smoke.status} (${key.smoke.reason})` : key.smoke.status;
}
function usageText(key) {
	if (key.usage === "handed-over") return "handed over (toJSON(secrets) / secrets: inherit)";
	if (key.usage === "undetermined") return "undetermined (not every repository that can use it was read)";
	return key.usage;
}
function repositoryCounts(head) {
	const r = head.summary.repositories;
	return `${r.total} ${r.total === 1 ? "repository" : "repositories"} (${r.scanned} scanned, ${r.skipped} skipped, ${r.error} could not be scanned, ${r.failed} failed)`;
}
function formatOrgText(head, options) {
	const s = head.summary;
	const line = (text) => require_sarif.neutralize(options.redact(text));
	const lines = [
		`keybound org audit of ${head.org}: ${head.verdict} (evaluated ${head.evaluatedAt}, fail-on ${head.failOn})`,
		`  shards: ${head.shards.merged.length} of ${head.shards.count} merged`,
		`  repositories: ${repositoryCounts(head)}`,
		`  keys: ${s.keys} (secrets: ${s.secrets.organization} organization, ${s.secrets.repository} repository, ${s.secrets.environment} environment); ${s.unused} unused`,
		`  findings: ${s.error} errors, ${s.warning} warnings, ${s.note} notes`
	];
	const smoked = Object.entries(s.smoke).filter(([, n]) => n > 0);
	if (smoked.length > 0) lines.push(`  smoke: ${smoked.map(([status, n]) => `${n} ${status}`).join(", ")}`);
	if (!head.organizationSecrets.read && head.organizationSecrets.note) lines.push(`  note: ${head.organizationSecrets.note}`);
	for (const notice of head.notices) lines.push(`  note: ${notice}`);
	for (const problem of options.problems.slice(0, MAX_PROBLEMS_LISTED)) lines.push(`  incomplete: ${problem}`);
	if (options.problems.length > MAX_PROBLEMS_LISTED) lines.push(`  incomplete: ${options.problems.length - MAX_PROBLEMS_LISTED} more (see the JSON report)`);
	return `${lines.map(line).join("\n")}\n`;
}
function keysForTable(keys) {
	const rank = (key) => key.scope === "organization" ? 0 : key.updatedAt ? 1 : 2;
	return [...keys].sort((a, b) => rank(a) - rank(b) || (b.ageDays ?? -1) - (a.ageDays ?? -1) || require_cel_cost.compareText(a.name, b.name));
}
function repositoriesForTable(repos) {
	return repos.filter((r) => r.error + r.warning + r.note > 0 || r.status === "failed" || r.status === "error").sort((a, b) => b.error - a.error || b.warning - a.warning || b.note - a.note || require_cel_cost.compareText(a.fullName, b.fullName));
}
function formatAgeChart(keys, limits) {
	const buckets = ageBuckets(keys, limits);
	if (buckets.every((b) => b.count === 0)) return "_No secret has a known date (secret metadata was not read)._\n";
	const top = Math.max(...buckets.map((b) => b.count), 1);
	return [
		"```mermaid",
		"xychart-beta",
		`  title "Secrets by days since their last update (rotation limit ${limits.maxAgeDays ?? 90} days)"`,
		`  x-axis [${buckets.map((b) => `"${b.label}"`).join(", ")}]`,
		`  y-axis "secrets" 0 --> ${Math.ceil(top * 11 / 10)}`,
		`  bar [${buckets.map((b) => b.count).join(", ")}]`,
		"```",
		"",
		buckets.map((b) => `${b.label}: ${b.count}`).join(" \u00B7 "),
		""
	].join("\n");
}
function formatOrgMarkdown(head, options) {
	const cell = (text) => require_sarif.escapeCell(options.redact(text));
	const code = (text) => {
		const escaped = cell(text);
		return escaped === "" ? "" : `<code>${escaped}</code>`;
	};
	const s = head.summary;
	const out = [
		`## keybound organisation audit of ${cell(head.org)}: ${VERDICT[head.verdict]}`,
		"",
		`Evaluated ${cell(head.evaluatedAt)} \u00B7 fail-on \`${cell(head.failOn)}\` \u00B7 ${head.shards.merged.length} of ${head.shards.count} shards \u00B7 ${cell(repositoryCounts(head))}`,
		"",
		require_sarif.row([
			"Errors",
			"Warnings",
			"Notes",
			"Keys",
			"Unused secrets"
		]),
		require_sarif.row([
			"---:",
			"---:",
			"---:",
			"---:",
			"---:"
		]),
		require_sarif.row([
			s.error,
			s.warning,
			s.note,
			s.keys,
			s.unused
		].map(String)),
		""
	];
	const smoked = Object.entries(s.smoke).filter(([, n]) => n > 0);
	if (smoked.length > 0) out.push(`Smoke calls: ${smoked.map(([status, n]) => `${n} ${status}`).join(", ")}`, "");
	if (options.problems.length > 0) {
		out.push("> [!WARNING]", "> The audit is incomplete:");
		for (const problem of options.problems.slice(0, MAX_PROBLEMS_LISTED)) out.push(`> - ${cell(problem)}`);
		if (options.problems.length > MAX_PROBLEMS_LISTED) out.push(`> - ${options.problems.length - MAX_PROBLEMS_LISTED} more (see the JSON report)`);
		out.push("");
	}
	for (const notice of [...head.notices, ...head.organizationSecrets.note ? [head.organizationSecrets.note] : []]) out.push("> [!NOTE]", `> ${cell(notice)}`, "");
	const chart = formatAgeChart(head.keys, options.limits);
	const budget = { left: (options.maxLength ?? 1e6) - out.join("\n").length - chart.length - 4e3 };
	const table$1 = (header, rows) => require_sarif.table(out, header, rows, budget);
	out.push(`### Keys (${head.keys.length})`, "");
	if (head.keys.length === 0) out.push("No keys found.");
	else table$1([
		"Key",
		"Scope",
		"Repositories using it",
		"Age",
		"Smoke",
		"Usage"
	], keysForTable(head.keys).map((key) => {
		const users = key.repositories.map((r) => r.repository);
		const named = users.slice(0, 3).join(", ") + (users.length > 3 ? `, +${users.length - 3}` : "");
		return require_sarif.row([
			code(key.name),
			cell(scopeText(key)),
			users.length === 0 ? "0" : `${users.length}: ${cell(named)}`,
			key.ageDays === void 0 ? "\u2014" : `${key.ageDays} days`,
			cell(smokeText(key)),
			cell(usageText(key))
		]);
	}));
	out.push("", "### Key age", "", chart);
	const repos = repositoriesForTable(head.repositories);
	out.push(`### Repositories with findings or problems (${repos.length})`, "");
	if (repos.length === 0) out.push("None.");
	else table$1([
		"Repository",
		"Status",
		"Errors",
		"Warnings",
		"Notes"
	], repos.map((r) => require_sarif.row([
		code(r.fullName),
		cell(r.status === "scanned" ? "scanned" : `${r.status}: ${r.reason ?? ""}`),
		String(r.error),
		String(r.warning),
		String(r.note)
	])));
	return `${out.join("\n")}\n`;
}
// src/org/html.ts
const MAX_HTML_KEYS = 5e3;
const MAX_HTML_REPOS = 2e3;
const MAX_KEYS_PER_REPO = 50;
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d1d9e0; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --bar: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --ok: #3fb950; --warn: #d29922; --bad: #f85149; --bar: #4493f8; } }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
.muted { color: var(--muted); } .verdict-pass { color: var(--ok); } .verdict-fail { color: var(--bad); } .verdict-incomplete { color: var(--warn); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: inherit; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; } th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.num, th.num { text-align: right; } code { font: 12px ui-monospace, monospace; overflow-wrap: anywhere; }
.sev-error { color: var(--bad); font-weight: 600; } .sev-warning { color: var(--warn); font-weight: 600; } .sev-note { color: var(--muted); }
.smoke-invalid, .smoke-malformed, .smoke-mismatch, .usage-unused { color: var(--bad); } .smoke-verified { color: var(--ok); } .smoke-unknown { color: var(--warn); }
details.repo { border-bottom: 1px solid var(--line); padding: .3rem 0; } details.repo > summary { cursor: pointer; }
details.repo[open] { padding-bottom: 1rem; } input[type="search"] { font: inherit; padding: .3rem .5rem; width: 20rem; max-width: 100%; }
svg .bar { fill: var(--bar); } svg .bar.warn { fill: var(--warn); } svg .bar.over { fill: var(--bad); } svg .bar.none { fill: var(--muted); }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
`;
const SCRIPT = `
(function () {
  var table = document.getElementById('keys');
  if (table) {
    var body = table.tBodies[0];
    var buttons = table.querySelectorAll('th button[data-sort]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        var th = button.parentElement;
        var index = th.cellIndex;
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = button.getAttribute('data-sort') === 'number';
        var value = function (row) {
          var cell = row.cells[index];
          var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
          return numeric ? Number(raw) : raw.toLowerCase();
        };
        // Each row's value read once; the sorted rows moved back in one fragment.
        var rows = Array.prototype.map.call(body.rows, function (row) { return [value(row), row]; });
        rows.sort(function (a, b) {
          var order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
          return ascending ? order : -order;
        });
        var fragment = document.createDocumentFragment();
        rows.forEach(function (pair) { fragment.appendChild(pair[1]); });
        body.appendChild(fragment);
      });
    });
    var filter = document.getElementById('filter');
    if (filter) filter.addEventListener('input', function () {
      var wanted = filter.value.toLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = wanted !== '' && row.textContent.toLowerCase().indexOf(wanted) === -1;
      });
    });
  }
  function openFromHash() {
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
})();
`;
function hash(text) {
	return `'sha256-${(0, node_crypto.createHash)("sha256").update(text, "utf8").digest("base64")}'`;
}
const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
function formatOrgHtml(head, drill, orgFindings, options, emit) {
	const text = (value) => require_sarif.flattenLine(options.redact(String(value))).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	const shown = repositoriesForPage(head.repositories);
	const ids = new Map(shown.map((r, i) => [r.fullName, `repo-${i + 1}`]));
	const repoLink = (name) => ids.has(name) ? `<a href="#${ids.get(name)}">${text(name)}</a>` : text(name);
	const s = head.summary;
	const out = [];
	const flush = () => {
		if (out.length > 0) emit(`${out.join("\n")}\n`);
		out.length = 0;
	};
	out.push("<!doctype html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">", `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`, "<meta name=\"referrer\" content=\"no-referrer\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", `<title>keybound organisation audit: ${text(head.org)}</title>`, `<style>${STYLE}</style>`, "</head>", "<body>", `<h1>keybound organisation audit of ${text(head.org)}</h1>`, `<p class="verdict verdict-${text(head.verdict)}"><strong>${text(head.verdict)}</strong> <span class="muted">\u00B7 evaluated ${text(head.evaluatedAt)} \u00B7 fail-on ${text(head.failOn)} \u00B7 ${head.shards.merged.length} of ${head.shards.count} shards \u00B7 keybound ${text(head.tool.version)}</span></p>`, "<table id=\"summary\"><thead><tr>", ...[
		"Repositories",
		"Scanned",
		"Skipped",
		"Could not be scanned",
		"Failed",
		"Keys",
		"Unused secrets",
		"Errors",
		"Warnings",
		"Notes"
	].map((h) => `<th class="num">${h}</th>`), "</tr></thead><tbody><tr>", ...[
		s.repositories.total,
		s.repositories.scanned,
		s.repositories.skipped,
		s.repositories.error,
		s.repositories.failed,
		s.keys,
		s.unused,
		s.error,
		s.warning,
		s.note
	].map((n) => `<td class="num">${n}</td>`), "</tr></tbody></table>");
	const smoked = Object.entries(s.smoke).filter(([, n]) => n > 0);
	if (smoked.length > 0) out.push(`<p>Smoke calls: ${text(smoked.map(([k, n]) => `${n} ${k}`).join(", "))}</p>`);
	if (options.problems.length > 0) {
		out.push("<section id=\"problems\"><h2>The audit is incomplete</h2><ul>");
		for (const problem of options.problems) out.push(`<li>${text(problem)}</li>`);
		out.push("</ul></section>");
	}
	const notes = [...head.notices, ...head.organizationSecrets.note ? [head.organizationSecrets.note] : []];
	if (notes.length > 0) out.push(`<ul class="muted">${notes.map((n) => `<li>${text(n)}</li>`).join("")}</ul>`);
	out.push("<section id=\"age\"><h2>Key age</h2>", ageChart(head.keys, options, text), "</section>");
	const keys = keysForTable(head.keys);
	out.push(`<section><h2>Keys (${head.keys.length})</h2>`, "<p><input id=\"filter\" type=\"search\" placeholder=\"Filter keys, scopes, repositories\" aria-label=\"Filter keys\"></p>", "<table id=\"keys\"><thead><tr>", "<th><button type=\"button\" data-sort=\"text\">Key</button></th>", "<th><button type=\"button\" data-sort=\"text\">Scope</button></th>", "<th class=\"num\"><button type=\"button\" data-sort=\"number\">Repositories using it</button></th>", "<th class=\"num\"><button type=\"button\" data-sort=\"number\">Age (days)</button></th>", "<th><button type=\"button\" data-sort=\"text\">Smoke</button></th>", "<th><button type=\"button\" data-sort=\"text\">Usage</button></th>", "</tr></thead><tbody>");
	for (const [row, key] of keys.slice(0, MAX_HTML_KEYS).entries()) {
		if (row % 500 === 0) flush();
		const users = key.repositories.map((r) => r.repository);
		out.push(`<tr><td><code>${text(key.name)}</code></td>`, `<td>${text(scopeText(key))}</td>`, `<td class="num" data-value="${users.length}">${users.length}${users.length > 0 ? `: ${users.slice(0, 5).map(repoLink).join(", ")}${users.length > 5 ? ` +${users.length - 5}` : ""}` : ""}</td>`, `<td class="num" data-value="${key.ageDays ?? -1}">${key.ageDays ?? "\u2014"}</td>`, `<td class="smoke-${text(key.smoke?.status ?? "none")}">${text(smokeText(key))}</td>`, `<td class="usage-${text(key.usage)}">${text(usageText(key))}</td></tr>`);
	}
	out.push("</tbody></table>");
	if (keys.length > 5e3) out.push(`<p class="muted">${keys.length - MAX_HTML_KEYS} more keys are in org-report.json.</p>`);
	out.push("</section>");
	out.push(`<section id="repositories"><h2>Repositories (${head.repositories.length})</h2>`);
	if (shown.length < head.repositories.length) out.push(`<p class="muted">The ${shown.length} with the most findings and every one that could not be scanned; all ${head.repositories.length} are in org-report.json.</p>`);
	const byRepo = keysByRepository(head.keys);
	const findings = new Map(drill.map((d) => [d.fullName, d]));
	for (const repo of shown) {
		const counts = `${repo.error} errors, ${repo.warning} warnings, ${repo.note} notes`;
		const status = repo.status === "scanned" ? counts : `${repo.status}: ${repo.reason ?? ""}`;
		out.push(`<details class="repo" id="${ids.get(repo.fullName)}"><summary><code>${text(repo.fullName)}</code> <span class="muted">\u00B7 ${text(status)}</span></summary>`);
		if (repo.commit) out.push(`<p class="muted">${text(repo.defaultBranch ?? "")} at <code>${text(repo.commit)}</code>${repo.sarif ? ` \u00B7 SARIF: <code>${text(repo.sarif)}</code>` : ""}</p>`);
		const used = byRepo.get(repo.fullName) ?? [];
		if (used.length > 0) {
			out.push("<table><thead><tr><th>Key</th><th>Scope</th><th>Used at</th><th>Smoke</th><th>Usage</th></tr></thead><tbody>");
			for (const { key, uses } of used.slice(0, MAX_KEYS_PER_REPO)) {
				const at = uses.map((u) => `${u.file}:${u.line}${u.job ? ` (job ${u.job})` : ""}`).join(", ");
				out.push(`<tr><td><code>${text(key.name)}</code></td><td>${text(scopeText(key))}</td><td>${text(at || "\u2014")}</td><td class="smoke-${text(key.smoke?.status ?? "none")}">${text(smokeText(key))}</td><td class="usage-${text(key.usage)}">${text(usageText(key))}</td></tr>`);
			}
			out.push("</tbody></table>");
			if (used.length > MAX_KEYS_PER_REPO) out.push(`<p class="muted">${used.length - MAX_KEYS_PER_REPO} more keys in org-report.json.</p>`);
		}
		const drilled = findings.get(repo.fullName);
		if (drilled && drilled.findings.length > 0) out.push(findingsTable(drilled.findings, text));
		if (drilled && drilled.more > 0) out.push(`<p class="muted">${drilled.more} more findings in org-report.json and the SARIF file.</p>`);
		out.push("</details>");
		flush();
	}
	out.push("</section>");
	if (orgFindings.length > 0) out.push("<section id=\"organization\"><h2>Organization findings</h2>", findingsTable(orgFindings, text), "</section>");
	out.push(`<script>${SCRIPT}<\/script>`, "</body>", "</html>");
	flush();
}
function repositoriesForPage(repos) {
	const rank = (r) => r.status === "failed" || r.status === "error" ? 0 : 1;
	return [...repos].sort((a, b) => rank(a) - rank(b) || b.error - a.error || b.warning - a.warning || b.note - a.note || require_cel_cost.compareText(a.fullName, b.fullName)).slice(0, MAX_HTML_REPOS);
}
function findingsTable(findings, text) {
	return `<table><thead><tr><th>Severity</th><th>Rule</th><th>Key</th><th>Location</th><th>Message</th></tr></thead><tbody>${findings.map((f) => {
		const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : "\u2014";
		return `<tr><td class="sev-${text(f.severity)}">${text(f.severity)}</td><td><code>${text(f.ruleId)}</code></td><td>${f.key ? `<code>${text(f.key)}</code>` : "\u2014"}</td><td><code>${text(where)}</code></td><td>${text(f.message)}</td></tr>`;
	}).join("")}</tbody></table>`;
}
function keysByRepository(keys) {
	const index = new Map();
	const add = (repository, key, uses) => {
		const list = index.get(repository) ?? [];
		list.push({
			key,
			uses
		});
		index.set(repository, list);
	};
	for (const key of keys) {
		for (const { repository, uses } of key.repositories) add(repository, key, uses);
		if (key.repository && key.repositories.length === 0) add(key.repository, key, []);
	}
	return index;
}
function ageChart(keys, options, text) {
	const buckets = ageBuckets(keys, options.limits);
	const top = Math.max(1, ...buckets.map((b) => b.count));
	const barWidth = 90;
	const gap = 20;
	const height = 180;
	const width = buckets.length * 110 + gap;
	const bars = buckets.map((bucket, i) => {
		const h = Math.round(bucket.count / top * 130);
		const x = gap + i * 110;
		const y = 150 - h;
		return [
			`<rect class="bar ${bucket.level}" x="${x}" y="${y}" width="${barWidth}" height="${h}"><title>${text(bucket.label)}: ${bucket.count}</title></rect>`,
			`<text x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle">${bucket.count}</text>`,
			`<text x="${x + barWidth / 2}" y="168" text-anchor="middle">${text(bucket.label)}</text>`
		].join("");
	});
	const limit = options.limits.maxAgeDays ?? 90;
	return `<svg role="img" aria-label="Secrets by days since their last update" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars.join("")}</svg><p class="muted">Days since each secret's last update (GitHub's updated_at); the rotation limit is ${limit} days.</p>`;
}
// src/org/github.ts
const MAX_REDIRECTS = 3;
async function listOrgRepos(client, org) {
	return (await client.paginate(client.rest.repos.listForOrg, {
		org,
		type: "all",
		per_page: 100
	})).map((repo) => ({
		fullName: repo.full_name,
		...repo.default_branch ? { defaultBranch: repo.default_branch } : {},
		...isVisibility(repo.visibility) ? { visibility: repo.visibility } : { visibility: repo.private ? "private" : "public" },
		archived: repo.archived === true,
		disabled: repo.disabled === true,
		fork: repo.fork,
		sizeKb: repo.size ?? 0,
		...repo.pushed_at ? { pushedAt: repo.pushed_at } : {}
	})).sort((a, b) => require_cel_cost.compareText(a.fullName, b.fullName));
}
function isVisibility(value) {
	return value === "public" || value === "private" || value === "internal";
}
var DownloadError = class extends Error {
	status;
	rateLimited;
	constructor(message, status, rateLimited = false) {
		super(message);
		this.status = status;
		this.rateLimited = rateLimited;
		this.name = "DownloadError";
	}
};
async function openTarball(client, fullName, ref, options) {
	const [owner, repo] = fullName.split("/");
	const signal = AbortSignal.timeout(options.timeoutMs);
	let response;
	try {
		response = await client.request("GET /repos/{owner}/{repo}/tarball/{ref}", {
			owner,
			repo,
			ref,
			request: {
				redirect: "manual",
				parseSuccessResponseBody: false,
				signal
			}
		});
	} catch (error) {
		throw downloadError(error, "the tarball request");
	}
	const body = response.data;
	const status = response.status;
	if (status === 200 && body) return node_stream.Readable.fromWeb(body);
	await body?.cancel().catch(() => void 0);
	let location = response.headers.location;
	for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
		if (!location) throw new DownloadError(`the tarball request answered ${status} without a Location`);
		const url = redirectTarget(location);
		let answer;
		try {
			answer = await fetch(url, {
				redirect: "manual",
				signal,
				headers: {
					"user-agent": `keybound/${require_version.VERSION}`,
					accept: "application/x-gzip, application/octet-stream"
				}
			});
		} catch (error) {
			throw new DownloadError(`the archive download from ${url.origin} failed (${networkReason(error)})`);
		}
		options.log?.(`codeload: GET ${url.origin}${url.pathname} ${answer.status}`);
		if (answer.status === 200 && answer.body) return node_stream.Readable.fromWeb(answer.body);
		await answer.body?.cancel().catch(() => void 0);
		if (answer.status >= 300 && answer.status < 400) {
			location = answer.headers.get("location") ?? void 0;
			continue;
		}
		throw new DownloadError(`the archive download from ${url.origin} answered HTTP ${answer.status}`, answer.status);
	}
	throw new DownloadError(`the archive download was redirected more than ${MAX_REDIRECTS} times`);
}
function redirectTarget(location) {
	let url;
	try {
		url = new URL(location);
		require_base_url.validateBaseUrl(url.origin);
	} catch {
		throw new DownloadError("the tarball redirect points at a URL that is not https (or loopback http)");
	}
	if (url.username || url.password) throw new DownloadError("the tarball redirect carries credentials in its URL");
	return url;
}
function downloadError(error, what) {
	const status = error.status;
	const headers = error.response?.headers;
	if (typeof status === "number" && status > 0) {
		const rateLimited = status === 429 || status === 403 && headers?.["x-ratelimit-remaining"] === "0";
		return new DownloadError(`${what} answered HTTP ${status}`, status, rateLimited);
	}
	return new DownloadError(`${what} failed (${networkReason(error)})`);
}
function networkReason(error) {
	const name = error.name;
	if (name === "TimeoutError" || name === "AbortError") return "timed out";
	const code = error.cause?.code;
	return typeof code === "string" && /^[A-Z_]{2,40}$/.test(code) ? code : "network error";
}
async function listOrgSecrets(client, org) {
	const secrets = await client.paginate(client.rest.actions.listOrgSecrets, {
		org,
		per_page: 100
	});
	const result = [];
	for (const secret of secrets) {
		const entry = {
			name: secret.name,
			createdAt: secret.created_at,
			updatedAt: secret.updated_at,
			visibility: secret.visibility
		};
		if (secret.visibility === "selected") entry.selectedRepositories = (await client.paginate(client.rest.actions.listSelectedReposForOrgSecret, {
			org,
			secret_name: secret.name,
			per_page: 100
		})).map((r) => r.full_name).sort();
		result.push(entry);
	}
	return result.sort((a, b) => require_cel_cost.compareText(a.name, b.name));
}
function statusReason(error) {
	if (error instanceof require_errors.KeyboundError) return error.message;
	const status = error.status;
	if (typeof status === "number" && status > 0) return `HTTP ${status}`;
	return `no answer: ${networkReason(error)}`;
}
// src/org/unused.ts
const UNUSED_SECRET = "unused-secret";
const UNUSED_SECRET_MESSAGES = {
	organization: "{{key}} is an organization secret that no workflow of the {{visible}} that can use it references; delete it, or narrow who may use it",
	repository: "{{key}} is a repository secret of {{repository}} that no workflow of it references; delete it if nothing else reads it",
	environment: "{{key}} is a secret of the {{environment}} environment of {{repository}} that no job in that environment references; delete it if nothing else reads it"
};
function decideUsage(keys, reach) {
	for (const key of keys) {
		if (key.repositories.length > 0 || key.scope === "unresolved" || key.scope === "unknown") {
			key.usage = "referenced";
			continue;
		}
		const handers = handOvers(key, reach);
		if (handers.length > 0) {
			key.usage = "handed-over";
			key.handedOverBy = handers;
			continue;
		}
		key.usage = key.scope === "organization" && reach.unreadFor(key).length > 0 ? "undetermined" : "unused";
	}
}
function handOvers(key, reach) {
	const repositories = key.scope === "organization" ? reach.visibleFor(key) : key.repository ? [key.repository] : [];
	const found = [];
	for (const repository of repositories) for (const exposure of reach.exposures.get(repository) ?? []) if (key.scope !== "environment" || exposure.githubEnvironment === void 0 || exposure.githubEnvironment.toLowerCase() === key.environment?.toLowerCase()) found.push({
		repository,
		file: exposure.file,
		line: exposure.line,
		form: exposure.form
	});
	return found;
}
function unusedSecretFindings(keys, severity) {
	const findings = [];
	for (const key of keys) {
		if (key.usage !== "unused") continue;
		const evidence = [];
		if (key.updatedAt) evidence.push({
			fact: "rotated",
			value: key.updatedAt,
			source: "platform",
			detail: "GitHub updated_at"
		});
		if (key.visibility) evidence.push({
			fact: "visibility",
			value: key.visibility,
			source: "platform"
		});
		if (key.scope === "organization") {
			const visible = key.visibleTo ?? 0;
			findings.push({
				ruleId: UNUSED_SECRET,
				severity,
				key: key.name,
				message: require_cel_cost.formatMessage(UNUSED_SECRET_MESSAGES.organization, {
					key: key.name,
					visible: visible === 1 ? "1 repository" : `${visible} repositories`
				}),
				evidence
			});
		} else if (key.scope === "repository" || key.scope === "environment") {
			const template = key.scope === "repository" ? UNUSED_SECRET_MESSAGES.repository : UNUSED_SECRET_MESSAGES.environment;
			findings.push({
				ruleId: UNUSED_SECRET,
				severity,
				key: key.name,
				...key.environment ? { environment: key.environment } : {},
				message: require_cel_cost.formatMessage(template, {
					key: key.name,
					repository: key.repository ?? "",
					environment: key.environment ?? ""
				}),
				repository: key.repository,
				location: {
					file: ".github/workflows",
					line: 1,
					column: 1
				},
				evidence
			});
		}
	}
	return findings;
}
// src/org/inventory.ts
const SCOPE_ORDER = {
	organization: 0,
	repository: 1,
	environment: 2,
	unresolved: 3,
	unknown: 4
};
var KeyInventory = class {
	keys = new Map();
	orgSeen = new Map();
	repos = new Map();
	exposures = new Map();
	addRepository(entry) {
		const repository = entry.repository.fullName;
		this.repos.set(repository, {
			fullName: repository,
			shard: entry.shard,
			status: entry.status,
			...entry.reason ? { reason: entry.reason } : {},
			...entry.repository.defaultBranch ? { defaultBranch: entry.repository.defaultBranch } : {},
			...entry.commit ? { commit: entry.commit } : {},
			...entry.repository.visibility ? { visibility: entry.repository.visibility } : {},
			archived: entry.repository.archived,
			fork: entry.repository.fork,
			error: entry.summary?.error ?? 0,
			warning: entry.summary?.warning ?? 0,
			note: entry.summary?.note ?? 0,
			keys: entry.summary?.keys ?? 0
		});
		if (entry.status !== "scanned") return;
		for (const secret of entry.secrets ?? []) {
			if (secret.scope === "organization") {
				const seen = this.orgSeen.get(secret.name.toUpperCase()) ?? {
					...secret,
					repos: new Set()
				};
				seen.repos.add(repository);
				this.orgSeen.set(secret.name.toUpperCase(), seen);
				continue;
			}
			const key = this.key(secret.scope, secret.name, repository, secret.environment);
			key.createdAt = secret.createdAt;
			key.updatedAt = secret.updatedAt;
		}
		for (const use of entry.secretUses) this.addUse(repository, use);
		if (entry.exposures.length > 0) this.exposures.set(repository, entry.exposures);
	}
	addUse(repository, use) {
		const key = this.key(use.scope, use.name, repository, use.secretEnvironment);
		const uses = key.uses.get(repository) ?? [];
		uses.push({
			file: use.file,
			line: use.line,
			column: use.column,
			...use.job ? { job: use.job } : {},
			environments: use.environments
		});
		key.uses.set(repository, uses);
	}
	key(scope, name, repository, environment) {
		const upper = name.toUpperCase();
		const id = scope === "organization" ? `organization\u0000${upper}` : `${scope}\u0000${repository.toLowerCase()}\u0000${(environment ?? "").toLowerCase()}\u0000${upper}`;
		let key = this.keys.get(id);
		if (!key) {
			key = {
				name: upper,
				scope,
				...scope === "organization" ? {} : { repository },
				...scope === "environment" && environment !== void 0 ? { environment } : {},
				usage: "referenced",
				uses: new Map()
			};
			this.keys.set(id, key);
		}
		return key;
	}
	get repositories() {
		return [...this.repos.values()].sort((a, b) => require_cel_cost.compareText(a.fullName, b.fullName));
	}
	finish(orgSecrets, now, complete) {
		const reachable = (name) => {
			const listed = orgSecrets?.find((s) => s.name.toUpperCase() === name);
			if (!listed) return [...this.orgSeen.get(name)?.repos ?? []].sort();
			if (listed.visibility === "selected") return listed.selectedRepositories ?? [];
			return this.repositories.filter((r) => !r.archived).filter((r) => listed.visibility === "all" || r.visibility === "private" || r.visibility === "internal").map((r) => r.fullName);
		};
		const unreadRepos = this.repositories.filter((r) => r.status === "failed" || r.status === "error").map((r) => r.fullName);
		for (const secret of orgSecrets ?? []) this.key("organization", secret.name, "");
		for (const name of this.orgSeen.keys()) this.key("organization", name, "");
		const visible = new Map();
		for (const key of this.keys.values()) {
			if (key.scope !== "organization") continue;
			const listed = orgSecrets?.find((s) => s.name.toUpperCase() === key.name);
			const seen = this.orgSeen.get(key.name);
			const dates = listed ?? seen;
			if (dates) {
				key.createdAt = dates.createdAt;
				key.updatedAt = dates.updatedAt;
			}
			if (listed) {
				key.visibility = listed.visibility;
				if (listed.selectedRepositories) key.selectedRepositories = listed.selectedRepositories;
			}
			const repos = reachable(key.name);
			visible.set(key.name, repos);
			key.visibleTo = repos.length;
		}
		const keys = [...this.keys.values()].map(({ uses, ...key }) => ({
			...key,
			...key.updatedAt && require_outcome.daysBetween(key.updatedAt, now) >= 0 ? { ageDays: require_outcome.daysBetween(key.updatedAt, now) } : {},
			repositories: [...uses].map(([repository, list]) => ({
				repository,
				uses: list
			})).sort((a, b) => require_cel_cost.compareText(a.repository, b.repository))
		}));
		const unseen = (names = []) => names.some((name) => !this.repos.has(name));
		decideUsage(keys, {
			exposures: this.exposures,
			visibleFor: (key) => visible.get(key.name) ?? [],
			unreadFor: (key) => {
				const unread = (key.visibility === void 0 ? unreadRepos : visible.get(key.name) ?? []).filter((name) => unreadRepos.includes(name));
				return !complete && (key.visibility !== "selected" || unseen(key.selectedRepositories)) ? [...unread, "(repositories of missing shards)"] : unread;
			}
		});
		return keys.sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || require_cel_cost.compareText(a.name, b.name) || require_cel_cost.compareText(a.repository ?? "", b.repository ?? "") || require_cel_cost.compareText(a.environment ?? "", b.environment ?? ""));
	}
};
function countSecrets(keys) {
	const counts = {
		organization: 0,
		repository: 0,
		environment: 0
	};
	for (const key of keys) if (key.scope in counts && key.updatedAt !== void 0) counts[key.scope]++;
	return counts;
}
// src/org/smoke.ts
const PLACEHOLDER = {
	file: ".github/workflows",
	line: 1,
	column: 1
};
async function smokeOrgKeys(keys, options) {
	const orgKeys = keys.filter((key) => key.scope === "organization");
	const byName = new Map(orgKeys.map((key) => [key.name, key]));
	const uses = orgKeys.map((key) => toUse(key.name, key.repositories[0]?.uses[0]));
	const metadata = orgKeys.flatMap((key) => key.createdAt && key.updatedAt ? [{
		name: key.name,
		scope: "organization",
		createdAt: key.createdAt,
		updatedAt: key.updatedAt
	}] : []);
	const values = new Map();
	for (const [name, value] of options.secrets) if (byName.has(name.toUpperCase())) values.set(name.toUpperCase(), value);
	if (options.secretsFromEnv) {
		for (const [name, value] of require_sarif.secretsFromEnv([...byName.keys()], options.secretsFromEnv)) if (!values.has(name)) values.set(name, value);
	}
	const built = require_sarif.buildKeys(uses, [], options.config, values, metadata);
	const http = await require_smoke.smokeKeys(built, {
		endpoints: options.endpoints,
		now: new Date(`${options.now}T12:00:00Z`),
		http: options.http
	});
	const findings = [];
	for (const key of built) {
		const provider = key.facts.provider?.value;
		for (const name of key.names) {
			const orgKey = byName.get(name.toUpperCase());
			if (!orgKey) continue;
			if (key.smoke) orgKey.smoke = key.smoke;
			if (typeof provider === "string") orgKey.provider = provider;
			findings.push(...associationFindings(key, orgKey, options.config, options.now));
		}
	}
	return {
		findings,
		keys: built,
		called: [...http.sent.values()].reduce((a, b) => a + b, 0),
		values: [...values.values()]
	};
}
function toUse(name, at) {
	return {
		name,
		sourceKind: "github-workflow",
		location: at ? {
			file: at.file,
			line: at.line,
			column: at.column
		} : PLACEHOLDER,
		hints: {},
		...at?.job ? { context: { job: at.job } } : {},
		environment: at?.environments.includes("production") ? "production" : at?.environments[0] ?? "unknown",
		environmentSource: "none"
	};
}
function associationFindings(key, orgKey, config, now) {
	const rule = require_sarif.RULES.find((r) => r.meta.id === "key-user-association");
	const setting = config.rules["key-user-association"] ?? {
		severity: rule?.meta.defaultSeverity ?? "error",
		options: rule?.meta.defaultOptions ?? {}
	};
	if (!rule || !key.smoke || setting.severity === "off") return [];
	const severity = setting.severity;
	const findings = [];
	for (const { repository, uses } of orgKey.repositories) {
		const repoKey = {
			...key,
			uses: uses.map((use) => toUse(orgKey.name, use))
		};
		const report = (input) => {
			findings.push({
				ruleId: rule.meta.id,
				severity: input.severity && require_types.SEVERITY_RANK[input.severity] < require_types.SEVERITY_RANK[severity] ? input.severity : severity,
				key: orgKey.name,
				...input.environment ? { environment: input.environment } : {},
				message: require_cel_cost.formatMessage(rule.meta.messages[input.messageId] ?? input.messageId, input.data ?? {}),
				repository,
				location: input.location,
				evidence: input.evidence
			});
		};
		rule.check({
			keys: [repoKey],
			inventory: require_types.emptyInventory(),
			config,
			options: setting.options,
			severity,
			mode: "audit",
			now,
			smoke: true,
			waivers: [],
			report
		});
	}
	return findings;
}
// src/org/redact.ts
function stringifyRedacted(value, redact, space) {
	return JSON.stringify(redactStrings(value, redact), null, space);
}
function redactStrings(value, redact) {
	return require_sarif.redactValues(value, { redact });
}
// src/org/merge.ts
const OUTPUT_FILES = {
	json: "org-report.json",
	markdown: "org-summary.md",
	html: "org-report.html",
	sarif: "sarif"
};
const DRILL_TOTAL = 2e4;
async function mergeShards(options) {
	const found = findShardFolders(options.dirs, options.cwd);
	const notices = [...found.notices];
	const { shards, org, count } = chooseShards(found.folders, options.cwd, notices);
	const merged = shards.map((s) => s.shard);
	const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !merged.includes(i));
	const inventory = new KeyInventory();
	const artifacts = [];
	for (const { folder } of shards) for (const entry of readInventory(folder, options.cwd).repositories) {
		const usable = checked(entry, folder, options);
		inventory.addRepository(usable);
		if (usable.status === "scanned" && usable.file) artifacts.push({
			fullName: usable.repository.fullName,
			folder,
			file: usable.file
		});
	}
	artifacts.sort((a, b) => require_cel_cost.compareText(a.fullName, b.fullName));
	const orgListing = await readOrgSecrets(options.client, org);
	const keys = inventory.finish(orgListing.secrets, options.now, missing.length === 0);
	const mergeFindings = [];
	const unusedSeverity = settingOf(options.config, UNUSED_SECRET, "note");
	if (unusedSeverity !== "off") mergeFindings.push(...unusedSecretFindings(keys, unusedSeverity));
	let smokeKeys = [];
	if (options.smoke) {
		options.progress(`smoke: calling the providers of ${keys.filter((k) => k.scope === "organization").length} organization secrets`);
		const smoked = await smokeOrgKeys(keys, {
			...options.smoke,
			config: options.config,
			now: options.now
		});
		for (const value of smoked.values) options.redactor.add(value);
		options.progress(`smoke: ${smoked.values.length} keys had a value; ${smoked.called} requests sent`);
		mergeFindings.push(...smoked.findings);
		smokeKeys = smoked.keys;
	}
	const withPrints = fingerprintAll(mergeFindings, smokeKeys);
	const byRepository = new Map();
	const orgLevel = [];
	for (const finding of withPrints) if (finding.repository === void 0) orgLevel.push(finding);
	else {
		const list = byRepository.get(finding.repository) ?? [];
		list.push(finding);
		byRepository.set(finding.repository, list);
	}
	const repositories = inventory.repositories;
	for (const repo of repositories) for (const finding of byRepository.get(repo.fullName) ?? []) repo[finding.severity]++;
	const total = (severity) => repositories.reduce((sum, r) => sum + r[severity], 0) + orgLevel.filter((f) => f.severity === severity).length;
	const statuses = {
		scanned: 0,
		skipped: 0,
		error: 0,
		failed: 0
	};
	for (const repo of repositories) statuses[repo.status]++;
	const smoke = Object.fromEntries(require_types.SMOKE_STATUSES.map((s) => [s, 0]));
	for (const key of keys) if (key.smoke) smoke[key.smoke.status]++;
	const problems = [...missing.length > 0 ? [`shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${count}`).join(", ")} missing: no inventory was given for ${missing.length === 1 ? "it" : "them"} (rerun the failed matrix jobs)`] : [], ...repositories.filter((r) => r.status === "failed" || r.status === "error").map((r) => `${r.fullName} (shard ${r.shard}/${count}) ${r.status === "failed" ? "failed" : "could not be scanned"}: ${r.reason ?? ""}`)];
	const summary = {
		repositories: {
			total: repositories.length,
			...statuses
		},
		keys: keys.length,
		secrets: countSecrets(keys),
		unused: keys.filter((k) => k.usage === "unused").length,
		error: total("error"),
		warning: total("warning"),
		note: total("note"),
		smoke
	};
	const failOn = options.failOn;
	const failing = failOn !== "never" && [
		"error",
		"warning",
		"note"
	].some((s) => summary[s] > 0 && require_types.SEVERITY_RANK[s] >= require_types.SEVERITY_RANK[failOn]);
	if (options.output) {
		for (const repo of repositories) if (repo.status === "scanned") repo.sarif = `${OUTPUT_FILES.sarif}/${repo.fullName.split("/")[1]}.sarif`;
	}
	const head = {
		schemaVersion: ORG_REPORT_SCHEMA,
		tool: {
			name: "keybound",
			version: require_version.VERSION
		},
		org,
		evaluatedAt: options.now,
		verdict: problems.length > 0 ? "incomplete" : failing ? "fail" : "pass",
		failOn: options.failOn,
		shards: {
			count,
			merged: [...merged].sort((a, b) => a - b),
			missing
		},
		organizationSecrets: orgListing.read ? { read: true } : {
			read: false,
			note: orgListing.note
		},
		notices,
		summary,
		keys,
		repositories
	};
	const drill = await streamFindings(head, artifacts, byRepository, orgLevel, options);
	const exitCode = problems.length > 0 ? 2 : failing ? 1 : 0;
	return {
		head,
		drill: drill.repos,
		problems,
		exitCode,
		findings: drill.count,
		orgFindings: orgLevel
	};
}
function chooseShards(folders, cwd, notices) {
	const chosen = new Map();
	let first;
	for (const folder of folders) {
		const inventory = readInventory(folder, cwd);
		first ??= {
			org: inventory.org,
			count: inventory.shards,
			folder
		};
		if (inventory.org.toLowerCase() !== first.org.toLowerCase() || inventory.shards !== first.count) throw new require_errors.KeyboundError("usage", `${folder} holds shard ${inventory.shard}/${inventory.shards} of ${inventory.org}, but ${first.folder} one of ${first.count} shards of ${first.org}: merge the shards of one plan`);
		const previous = chosen.get(inventory.shard);
		if (previous) {
			const later = inventory.finishedAt > previous.finishedAt;
			notices.push(`shard ${inventory.shard}/${inventory.shards} was given twice (${previous.folder}, ${folder}); the later run (${later ? folder : previous.folder}) is used`);
			if (!later) continue;
		}
		chosen.set(inventory.shard, {
			folder,
			shard: inventory.shard,
			finishedAt: inventory.finishedAt
		});
	}
	if (!first) throw new require_errors.KeyboundError("usage", "no shard inventory (inventory.json) was found in the folders given");
	return {
		shards: [...chosen.values()].sort((a, b) => a.shard - b.shard),
		org: first.org,
		count: first.count
	};
}
function checked(entry, folder, options) {
	if (entry.status !== "scanned") return entry;
	try {
		if (!entry.file) throw new require_errors.KeyboundError("io", "the inventory names no file for it");
		readRepoArtifact(folder, entry.file, entry.repository.fullName, options.cwd);
		return entry;
	} catch (error) {
		options.progress(`${entry.repository.fullName}: ${require_errors.describeError(error)}`);
		return {
			...entry,
			status: "failed",
			reason: `its scan result is unusable: ${require_errors.describeError(error)}`
		};
	}
}
async function readOrgSecrets(client, org) {
	const fallback = "organization secrets are known from the repositories that can use them; visibility and secrets shared with no repository are not";
	if (!client) return {
		read: false,
		note: `no GITHUB_TOKEN was given: ${fallback}`
	};
	try {
		return {
			read: true,
			secrets: await listOrgSecrets(client, org)
		};
	} catch (error) {
		return {
			read: false,
			note: `the organization's secrets could not be listed (${statusReason(error)}; a GitHub App needs the organization permission Secrets: read): ${fallback}`
		};
	}
}
function settingOf(config, id, fallback) {
	return config.rules[id]?.severity ?? fallback;
}
function fingerprintAll(findings, keys) {
	const placed = findings.map(({ repository, location, ...rest }) => ({
		...rest,
		location: location ?? {
			file: "",
			line: 1,
			column: 1
		},
		anchor: `${repository ?? ""}\u0000${rest.environment ?? ""}`
	}));
	return require_sarif.fingerprint(placed, keys).map((finding, i) => {
		const { location, ...rest } = finding;
		const original = findings[i];
		return {
			...rest,
			...original.repository !== void 0 ? {
				repository: original.repository,
				location
			} : {}
		};
	});
}
function ruleMetas() {
	const metas = require_sarif.RULES.map((r) => r.meta);
	if (!metas.some((m) => m.id === "unused-secret")) metas.push({
		id: UNUSED_SECRET,
		description: "Reports a repository, environment or organization secret (from secret metadata) that no scanned workflow references.",
		defaultSeverity: "note",
		optionsSchema: {},
		defaultOptions: {},
		messages: { ...UNUSED_SECRET_MESSAGES }
	});
	return metas;
}
async function streamFindings(head, artifacts, byRepository, orgLevel, options) {
	const redact = (text) => options.redactor.redact(text);
	const sinks = [];
	let fd;
	if (options.output) {
		(0, node_fs.mkdirSync)((0, node_path.join)(options.output, OUTPUT_FILES.sarif), { recursive: true });
		fd = (0, node_fs.openSync)((0, node_path.join)(options.output, OUTPUT_FILES.json), "w");
		const out = fd;
		sinks.push((text) => (0, node_fs.writeSync)(out, text));
	}
	if (options.json) sinks.push(options.json);
	const emit = (text) => {
		for (const sink of sinks) sink(text);
	};
	const json = (value, space) => stringifyRedacted(value, redact, space);
	const metas = ruleMetas();
	const repos = [];
	let shown = 0;
	let count = 0;
	try {
		const { keys, repositories, ...fields } = head;
		const fieldsText = json(fields, 2);
		emit(`${fieldsText.slice(0, fieldsText.lastIndexOf("}")).trimEnd()},\n`);
		const list = (name, items) => {
			emit(`  "${name}": [`);
			items.forEach((item, i) => emit(`${i === 0 ? "\n" : ",\n"}    ${json(item)}`));
			emit(`${items.length === 0 ? "" : "\n  "}],\n`);
		};
		list("keys", keys);
		list("repositories", repositories);
		emit("  \"findings\": [");
		const write = (finding) => {
			emit(`${count === 0 ? "\n" : ",\n"}    ${json(finding)}`);
			count++;
		};
		const summaries = new Map(head.repositories.map((r) => [r.fullName, r]));
		for (const { fullName, folder, file } of artifacts) {
			const summary = summaries.get(fullName);
			const { report } = readRepoArtifact(folder, file, fullName, options.cwd);
			const own = report.findings.filter((f) => f.ruleId !== UNUSED_SECRET);
			const added = byRepository.get(fullName) ?? [];
			const findings = sortBySeverity([...own, ...added]);
			const withRepository = findings.map((f) => ({
				repository: fullName,
				...f
			}));
			for (const finding of withRepository) write(finding);
			if (summary?.sarif && options.output) writeSarif((0, node_path.join)(options.output, summary.sarif), report, findings, metas, redact);
			const room = Math.max(0, Math.min(50, DRILL_TOTAL - shown));
			repos.push({
				fullName,
				findings: withRepository.slice(0, room),
				more: Math.max(0, withRepository.length - room)
			});
			shown += Math.min(room, withRepository.length);
		}
		for (const finding of orgLevel) write(finding);
		emit(`${count === 0 ? "" : "\n  "}]\n}\n`);
	} finally {
		if (fd !== void 0) (0, node_fs.closeSync)(fd);
	}
	return {
		repos,
		count
	};
}
function sortBySeverity(findings) {
	return findings.map((finding, index) => ({
		finding,
		index
	})).sort((a, b) => require_types.SEVERITY_RANK[b.finding.severity] - require_types.SEVERITY_RANK[a.finding.severity] || a.index - b.index).map(({ finding }) => finding);
}
function writeSarif(path, report, findings, metas, redact) {
	const redacted = redactStrings({
		...report,
		findings,
		tool: {
			name: "keybound",
			version: require_version.VERSION
		}
	}, redact);
	const text = require_sarif.formatSarif(redacted, metas);
	const fd = (0, node_fs.openSync)(path, "w");
	try {
		(0, node_fs.writeSync)(fd, text);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
function parseShard(text, flag = "--shard") {
	const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
	const index = match ? Number(match[1]) : NaN;
	const count = match ? Number(match[2]) : NaN;
	if (!match || count < 1 || index > count || count > 256) throw new require_errors.KeyboundError("usage", `${flag}: "${text}" is not a shard of the form I/N with 0 <= I <= N <= 256 (1/16 to 16/16 in a GitHub matrix; 0/16 to 15/16 from a Kubernetes Indexed Job)`);
	return {
		index: index === 0 ? count : index,
		count
	};
}
function parseShardCount(text, flag = "--shards") {
	const count = /^\d{1,3}$/.test(text.trim()) ? Number(text) : NaN;
	if (!(count >= 1 && count <= 256)) throw new require_errors.KeyboundError("usage", `${flag}: "${text}" is not a number of shards from 1 to 256`);
	return count;
}
function shardOf(fullName, count) {
	const digest = (0, node_crypto.createHash)("sha256").update(fullName.toLowerCase()).digest();
	return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}
function formatShard(shard) {
	return `${shard.index}/${shard.count}`;
}
function shardMatrix(fullNames, count) {
	const include = Array.from({ length: count }, (_, i) => ({
		shard: formatShard({
			index: i + 1,
			count
		}),
		repos: []
	}));
	for (const name of [...fullNames].sort()) include[shardOf(name, count) - 1].repos.push(name);
	return { include };
}
// src/org/plan.ts
async function planOrg(client, org, shards, now = new Date()) {
	return planOf(await listOrgRepos(client, org), org, shards, now);
}
function planOf(repos, org, shards, now = new Date()) {
	const plan = {
		schemaVersion: PLAN_SCHEMA,
		tool: {
			name: "keybound",
			version: require_version.VERSION
		},
		org,
		shards,
		createdAt: now.toISOString(),
		repositories: repos.map((repo) => ({
			...repo,
			shard: shardOf(repo.fullName, shards)
		}))
	};
	const count = (test) => repos.filter(test).length;
	const archived = count((r) => r.archived);
	const disabled = count((r) => !r.archived && r.disabled);
	const empty = count((r) => !r.archived && !r.disabled && (r.sizeKb === 0 || !r.defaultBranch));
	const forks = count((r) => r.fork);
	const parts = [
		`${repos.length} repositories of ${org} in ${shards} shard${shards === 1 ? "" : "s"}`,
		`${archived} archived and ${disabled} disabled (listed, not scanned: their workflows cannot run)`,
		`${empty} look empty (scanned if they have a commit)`,
		`${forks} forks (scanned: their workflows run with the organization's secrets)`
	];
	return {
		plan,
		matrix: shardMatrix(repos.map((r) => r.fullName), shards),
		note: parts.join("; ")
	};
}
// src/org/tar.ts
const BLOCK = 512;
const MAX_META_BYTES = 1048576;
const MAX_SKIPPED_LISTED = 50;
async function extractTar(chunks, dest, wanted, limits) {
	const reader = new TarReader(dest, wanted, limits);
	try {
		for await (const chunk of chunks) reader.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
		return reader.finish();
	} finally {
		reader.close();
	}
}
var TarReader = class {
	dest;
	wanted;
	limits;
	result = {
		files: [],
		bytes: 0,
		skipped: []
	};
	skippedCount = 0;
	header = Buffer.alloc(BLOCK);
	headerFill = 0;
	entry;
	sink = "skip";
	fd;
	meta = [];
	remaining = 0;
	padding = 0;
	archiveBytes = 0;
	ended = false;
	nextOverrides = {};
	globalOverrides = {};
	topFolder;
	constructor(dest, wanted, limits) {
		this.dest = dest;
		this.wanted = wanted;
		this.limits = limits;
	}
	push(chunk) {
		this.archiveBytes += chunk.length;
		if (this.archiveBytes > this.limits.maxArchiveBytes) throw tooLarge(`the archive is larger than ${mib(this.limits.maxArchiveBytes)} uncompressed`);
		let offset = 0;
		while (offset < chunk.length && !this.ended) if (this.remaining > 0) {
			const n = Math.min(this.remaining, chunk.length - offset);
			this.data(chunk.subarray(offset, offset + n));
			offset += n;
			this.remaining -= n;
			if (this.remaining === 0) this.endEntry();
		} else if (this.padding > 0) {
			const n = Math.min(this.padding, chunk.length - offset);
			offset += n;
			this.padding -= n;
		} else {
			const n = Math.min(BLOCK - this.headerFill, chunk.length - offset);
			chunk.copy(this.header, this.headerFill, offset, offset + n);
			this.headerFill += n;
			offset += n;
			if (this.headerFill === BLOCK) {
				this.headerFill = 0;
				this.startEntry();
			}
		}
		return this.ended;
	}
	finish() {
		if (!this.ended && (this.remaining > 0 || this.headerFill > 0 || this.entry)) throw broken("the archive ends in the middle of an entry");
		if (this.skippedCount > MAX_SKIPPED_LISTED) this.result.skipped.push({
			path: "",
			reason: `${this.skippedCount - MAX_SKIPPED_LISTED} more left out`
		});
		return this.result;
	}
	close() {
		if (this.fd !== void 0) (0, node_fs.closeSync)(this.fd);
		this.fd = void 0;
	}
	startEntry() {
		const h = this.header;
		if (h.every((byte) => byte === 0)) {
			this.ended = true;
			return;
		}
		if (checksum(h) !== octal(h, 148, 8)) throw broken("a header has a wrong checksum (not a tar archive?)");
		const type = String.fromCharCode(h[156] || 48);
		const magic = h.toString("latin1", 257, 263);
		const name = text(h, 0, 100);
		const prefix = magic === "ustar\0" ? text(h, 345, 155) : "";
		const overrides = {
			...this.globalOverrides,
			...this.nextOverrides
		};
		this.nextOverrides = {};
		const path = overrides.path ?? (prefix ? `${prefix}/${name}` : name);
		const size = overrides.size !== void 0 ? Number(overrides.size) : size12(h);
		if (!Number.isSafeInteger(size) || size < 0) throw broken("an entry has an invalid size");
		this.entry = {
			path,
			type,
			size
		};
		this.remaining = size;
		this.padding = (BLOCK - size % BLOCK) % BLOCK;
		this.sink = this.choose(this.entry);
		if (size === 0) this.endEntry();
	}
	choose(entry) {
		if (entry.type === "x" || entry.type === "g" || entry.type === "L") {
			if (entry.size > MAX_META_BYTES) throw broken("a pax or long-name record is larger than 1 MiB");
			this.meta = [];
			return "meta";
		}
		const relative = this.relative(entry.path);
		if (relative === void 0) return "skip";
		if (entry.type === "5") return "skip";
		if (entry.type === "1" || entry.type === "2") {
			if (this.wanted(relative)) this.skip(relative, "a link; links are not followed");
			return "skip";
		}
		if (entry.type !== "0" && entry.type !== "7") {
			if (this.wanted(relative)) this.skip(relative, "not a regular file");
			return "skip";
		}
		if (!this.wanted(relative)) return "skip";
		if (entry.size > this.limits.maxFileBytes) {
			this.skip(relative, `larger than ${mib(this.limits.maxFileBytes)}; not scanned`);
			return "skip";
		}
		if (this.result.files.length >= this.limits.maxFiles) throw tooLarge(`more than ${this.limits.maxFiles} files keybound reads`);
		if (this.result.bytes + entry.size > this.limits.maxTotalBytes) throw tooLarge(`the files keybound reads are larger than ${mib(this.limits.maxTotalBytes)} together`);
		const target = (0, node_path.join)(this.dest, relative);
		try {
			(0, node_fs.mkdirSync)((0, node_path.dirname)(target), { recursive: true });
			const flags = node_fs.constants.O_WRONLY | node_fs.constants.O_CREAT | node_fs.constants.O_TRUNC | node_fs.constants.O_NOFOLLOW;
			this.fd = (0, node_fs.openSync)(target, flags, 384);
		} catch (error) {
			this.skip(relative, `could not be written (${error.code ?? "error"})`);
			return "skip";
		}
		this.result.files.push(relative);
		this.result.bytes += entry.size;
		return "file";
	}
	relative(path) {
		const segments = (path.endsWith("/") ? path.slice(0, -1) : path).split("/");
		const top = segments.shift() ?? "";
		this.topFolder ??= top;
		if (segments.length === 0) return void 0;
		const relative = segments.join("/");
		if (path.startsWith("/") || top !== this.topFolder || relative.includes("\0") || segments.some((s) => s === "" || s === "." || s === "..")) {
			this.skip(path, "a path outside the repository folder; not written");
			return;
		}
		return relative;
	}
	data(bytes) {
		if (this.sink === "file" && this.fd !== void 0) {
			let written = 0;
			while (written < bytes.length) written += (0, node_fs.writeSync)(this.fd, bytes, written);
		} else if (this.sink === "meta") this.meta.push(Buffer.from(bytes));
	}
	endEntry() {
		const entry = this.entry;
		this.entry = void 0;
		if (this.sink === "file") this.close();
		if (this.sink === "meta" && entry) {
			const body = Buffer.concat(this.meta);
			this.meta = [];
			if (entry.type === "L") this.nextOverrides.path = body.toString("utf8").replace(/\u0000.*$/s, "");
			else {
				const records = paxRecords(body);
				if (entry.type === "g") {
					if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(records.comment ?? "")) this.result.commit = records.comment;
					delete records.comment;
					Object.assign(this.globalOverrides, pick(records));
				} else Object.assign(this.nextOverrides, pick(records));
			}
		}
		this.sink = "skip";
	}
	skip(path, reason) {
		this.skippedCount++;
		if (this.result.skipped.length < MAX_SKIPPED_LISTED) this.result.skipped.push({
			path,
			reason
		});
	}
};
function pick(records) {
	const kept = {};
	if (records.path !== void 0) kept.path = records.path;
	if (records.size !== void 0) kept.size = records.size;
	return kept;
}
function paxRecords(body) {
	const records = Object.create(null);
	let offset = 0;
	while (offset < body.length) {
		if (body[offset] === 0) break;
		const space = body.indexOf(32, offset);
		const length = space > offset ? Number(body.toString("latin1", offset, space)) : NaN;
		if (!Number.isSafeInteger(length) || length <= space - offset || offset + length > body.length) throw broken("a pax header record is malformed");
		const record = body.toString("utf8", space + 1, offset + length - 1);
		const equals = record.indexOf("=");
		if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
		offset += length;
	}
	return records;
}
function text(header, start, length) {
	const field = header.subarray(start, start + length);
	const end = field.indexOf(0);
	return field.toString("utf8", 0, end === -1 ? length : end);
}
function octal(header, start, length) {
	const field = text(header, start, length).trim();
	return /^[0-7]+$/.test(field) ? parseInt(field, 8) : NaN;
}
function size12(header) {
	if ((header[124] & 128) === 0) return octal(header, 124, 12);
	let value = 0;
	for (let i = 125; i < 136; i++) value = value * 256 + header[i];
	return (header[124] & 127) === 0 ? value : NaN;
}
function checksum(header) {
	let sum = 0;
	for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
	return sum;
}
function mib(bytes) {
	return bytes >= 1048576 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
function broken(why) {
	return new require_errors.KeyboundError("io", `the repository archive is malformed: ${why}`);
}
var ArchiveTooLargeError = class extends require_errors.KeyboundError {
	constructor(why) {
		super("io", `the repository is too large to audit: ${why}`);
	}
};
function tooLarge(why) {
	return new ArchiveTooLargeError(why);
}
// src/org/uses.ts
function isJobToken(name) {
	return name.toUpperCase() === "GITHUB_TOKEN";
}
function secretUses(report, inventory, seen) {
	const decided = new Map();
	for (const key of report.keys) for (const use of key.uses) {
		if (use.sourceKind !== "github-workflow") continue;
		const at = place(use.file, use.line, use.column, use.name);
		decided.set(at, (decided.get(at) ?? new Set()).add(use.environment));
	}
	const resolve = resolver(seen);
	const byPlace = new Map();
	for (const use of inventory.uses) {
		if (use.sourceKind !== "github-workflow" || isJobToken(use.name)) continue;
		const name = use.name.toUpperCase();
		const { file, line, column } = use.location;
		const githubEnvironment = use.hints.githubEnvironment;
		const id = `${place(file, line, column, use.name)}\u0000${githubEnvironment ?? ""}`;
		if (byPlace.has(id)) continue;
		byPlace.set(id, {
			name,
			...resolve(name, githubEnvironment),
			file,
			line,
			column,
			...use.context?.job ? { job: use.context.job } : {},
			...githubEnvironment ? { githubEnvironment } : {},
			environments: [...decided.get(place(file, line, column, use.name)) ?? []].sort()
		});
	}
	return [...byPlace.values()].sort((a, b) => require_cel_cost.compareText(a.file, b.file) || a.line - b.line || a.column - b.column || require_cel_cost.compareText(a.name, b.name));
}
function exposures(inventory) {
	return inventory.workflows.flatMap((workflow) => workflow.exposures.map((exposure) => ({
		form: exposure.form,
		file: exposure.location.file,
		line: exposure.location.line,
		column: exposure.location.column,
		...exposure.job ? { job: exposure.job } : {},
		...exposure.hints.githubEnvironment ? { githubEnvironment: exposure.hints.githubEnvironment } : {}
	})));
}
function place(file, line, column, name) {
	return `${file}\u0000${line}\u0000${column}\u0000${name.toUpperCase()}`;
}
function resolver({ secrets, unread }) {
	const unreadSet = new Set(unread);
	const inScope = (scope) => new Set(secrets.filter((s) => s.scope === scope).map((s) => s.name.toUpperCase()));
	const repository = inScope("repository");
	const organization = inScope("organization");
	const environments = new Map();
	for (const secret of secrets) {
		if (secret.scope !== "environment" || secret.environment === void 0) continue;
		const id = secret.environment.toLowerCase();
		const entry = environments.get(id) ?? {
			name: secret.environment,
			secrets: new Set()
		};
		entry.secrets.add(secret.name.toUpperCase());
		environments.set(id, entry);
	}
	const environmentUnread = (name) => unreadSet.has("environments") || [...unreadSet].some((what) => what.toLowerCase() === `environment ${name.toLowerCase()} secrets`);
	return (name, githubEnvironment) => {
		if (githubEnvironment !== void 0) {
			const environment = environments.get(githubEnvironment.toLowerCase());
			if (environment?.secrets.has(name)) return {
				scope: "environment",
				secretEnvironment: environment.name
			};
			if (environmentUnread(githubEnvironment)) return { scope: "unknown" };
		}
		if (repository.has(name)) return { scope: "repository" };
		if (unreadSet.has("repository secrets")) return { scope: "unknown" };
		if (organization.has(name)) return { scope: "organization" };
		if (unreadSet.has("organization secrets")) return { scope: "unknown" };
		return { scope: "unresolved" };
	};
}
// src/org/wanted.ts
const NEVER_WALKED = /(^|\/)(\.git|node_modules|\.hg|\.svn)\//;
const EVERY_PATH = { has: () => true };
function isWantedPath(path) {
	if (NEVER_WALKED.test(path)) return false;
	if (/\.ya?ml$/i.test(path)) return true;
	return require_sarif.EXTRACTORS.some((extractor) => extractor.matches(path, EVERY_PATH));
}
// src/org/scan.ts
const DEFAULT_LIMITS = {
	maxFileBytes: 10485760,
	maxTotalBytes: 536870912,
	maxFiles: 1e5,
	maxArchiveBytes: 8589934592
};
async function scanShard(options) {
	const startedAt = new Date().toISOString();
	const mine = (options.repositories ?? await listOrgRepos(options.client, options.org)).filter((repo) => shardOf(repo.fullName, options.shard.count) === options.shard.index);
	for (const repo of mine) artifactName(repo.fullName, options.org);
	(0, node_fs.mkdirSync)((0, node_path.join)(options.output, REPOS_DIR), { recursive: true });
	const entries = new Array(mine.length);
	let kept = 0;
	let done = 0;
	const work = async (index) => {
		const repo = mine[index];
		const previous = readKept(options.output, repo.fullName, options.org);
		const entry = previous ?? await scanRepository(repo, options);
		if (previous) kept++;
		entries[index] = entry;
		done++;
		options.progress(`[${done}/${mine.length}] ${repo.fullName}: ${describeEntry(entry, previous !== void 0)}`);
	};
	await pool(mine.length, options.concurrency ?? 4, work);
	const inventory = {
		schemaVersion: SHARD_SCHEMA,
		tool: {
			name: "keybound",
			version: require_version.VERSION
		},
		org: options.org,
		shard: options.shard.index,
		shards: options.shard.count,
		evaluatedAt: options.now,
		startedAt,
		finishedAt: new Date().toISOString(),
		repositories: entries
	};
	writeAtomically((0, node_path.join)(options.output, INVENTORY_FILE), `${JSON.stringify(inventory, null, 1)}\n`);
	return {
		inventory,
		kept
	};
}
function artifactName(fullName, org) {
	const [owner, name, extra] = fullName.split("/");
	const safe = /^[A-Za-z0-9._-]+$/.test(name ?? "") && name !== "." && name !== "..";
	if (extra !== void 0 || !safe || owner.toLowerCase() !== org.toLowerCase()) throw new require_errors.KeyboundError("usage", `"${fullName}" is not a repository of the organization ${org}`);
	return `${REPOS_DIR}/${name}.json`;
}
function readKept(output, fullName, org) {
	const file = artifactName(fullName, org);
	let artifact;
	try {
		artifact = JSON.parse((0, node_fs.readFileSync)((0, node_path.join)(output, file), "utf8"));
	} catch {
		return;
	}
	if (artifact?.schemaVersion !== "keybound/org-repo/v1" || artifact.repository?.fullName !== fullName) return void 0;
	if (artifact.status === "failed") return void 0;
	return entryOf(artifact);
}
function entryOf(artifact) {
	const { schemaVersion: _schema, report: _report, ...entry } = artifact;
	return entry;
}
async function scanRepository(repo, options) {
	try {
		return await scanOne(repo, options);
	} catch (error) {
		return {
			repository: repo,
			shard: options.shard.index,
			status: "error",
			reason: `keybound could not scan it (${require_errors.describeError(error)}); this is a bug, please report it`,
			secretUses: [],
			exposures: []
		};
	}
}
async function scanOne(repo, options) {
	const base = {
		repository: repo,
		shard: options.shard.index,
		status: "skipped",
		secretUses: [],
		exposures: []
	};
	if (repo.archived) return {
		...base,
		reason: "archived: its workflows cannot run"
	};
	if (repo.disabled) return {
		...base,
		reason: "disabled by GitHub"
	};
	if (!repo.defaultBranch) return {
		...base,
		reason: "empty: it has no default branch"
	};
	const dir = (0, node_fs.mkdtempSync)((0, node_path.join)(options.tempDir, "keybound-org-"));
	try {
		const [metadata, extracted] = await Promise.all([require_github_secrets.fetchSecretMetadata({
			repository: repo.fullName,
			client: options.client
		}), download(repo, dir, options).catch((error) => error)]);
		if (!isExtracted(extracted)) return {
			...base,
			...classify(extracted, repo)
		};
		for (const warning of metadata.warnings) options.progress(`  ${warning}`);
		let result;
		try {
			result = await require_sarif.check({
				root: dir,
				mode: "audit",
				smoke: false,
				secrets: new Map(),
				now: options.now,
				failOn: "error",
				platformSecrets: metadata.secrets
			});
		} catch (error) {
			return {
				...base,
				status: "error",
				reason: `its keybound config cannot be used: ${require_errors.describeError(error)}`
			};
		}
		const seen = {
			secrets: metadata.secrets,
			unread: metadata.unread
		};
		const report = withoutRepositoryUnused(result.report);
		for (const skipped of extracted.skipped) report.diagnostics.push({
			kind: "skipped",
			file: skipped.path,
			message: skipped.reason
		});
		const entry = {
			...base,
			status: "scanned",
			...extracted.commit ? { commit: extracted.commit } : {},
			secrets: metadata.secrets,
			...metadata.unread.length > 0 ? { unreadSecrets: metadata.unread } : {},
			secretUses: secretUses(report, result.inventory, seen),
			exposures: exposures(result.inventory),
			summary: {
				error: report.summary.error,
				warning: report.summary.warning,
				note: report.summary.note,
				keys: report.summary.keys
			},
			file: artifactName(repo.fullName, options.org)
		};
		const redact = (text) => result.redactor.redact(text);
		const artifact = {
			schemaVersion: REPO_SCHEMA,
			...entry,
			report: JSON.parse(require_sarif.formatJson(report))
		};
		writeAtomically((0, node_path.join)(options.output, entry.file), JSON.stringify({
			...artifact,
			report: redactStrings(artifact.report, redact)
		}));
		return entry;
	} finally {
		(0, node_fs.rmSync)(dir, {
			recursive: true,
			force: true
		});
	}
}
function withoutRepositoryUnused(report) {
	const findings = report.findings.filter((f) => f.ruleId !== UNUSED_SECRET);
	if (findings.length === report.findings.length) return report;
	const count = (severity) => findings.filter((f) => f.severity === severity).length;
	const summary = {
		...report.summary,
		error: count("error"),
		warning: count("warning"),
		note: count("note")
	};
	const pruned = {
		...report,
		findings,
		summary
	};
	return {
		...pruned,
		verdict: require_sarif.verdictOf(pruned)
	};
}
function isExtracted(value) {
	return typeof value === "object" && value !== null && "files" in value && Array.isArray(value.files);
}
async function download(repo, dir, options) {
	const limits = {
		...DEFAULT_LIMITS,
		...options.limits
	};
	const archive = await openTarball(options.client, repo.fullName, repo.defaultBranch, {
		timeoutMs: options.downloadTimeoutMs ?? 6e5,
		log: options.debug
	});
	let result;
	await (0, node_stream_promises.pipeline)(archive, (0, node_zlib.createGunzip)(), async (source) => {
		result = await extractTar(source, dir, isWantedPath, limits);
	});
	return result;
}
function classify(error, repo) {
	if (error instanceof DownloadError) {
		const { status } = error;
		if (status === 409 || status === 404 && repo.sizeKb === 0) return {
			status: "skipped",
			reason: "empty: it has no commits"
		};
		if (error.rateLimited) return {
			status: "failed",
			reason: `${error.message}: GitHub's rate limit; rerun the shard`
		};
		if (status === 404 || status === 403 || status === 451) return {
			status: "error",
			reason: `${error.message}: the token cannot read this repository's contents (a GitHub App needs Contents: read), or the branch is gone`
		};
		return {
			status: "failed",
			reason: error.message
		};
	}
	if (error instanceof ArchiveTooLargeError) return {
		status: "error",
		reason: error.message
	};
	if (error instanceof require_errors.KeyboundError) return {
		status: "failed",
		reason: error.message
	};
	const code = error.code;
	return {
		status: "failed",
		reason: `the archive could not be read (${typeof code === "string" && /^[A-Z_]{2,40}$/.test(code) ? code : "stream error"})`
	};
}
function describeEntry(entry, kept) {
	const was = kept ? " (kept from an earlier run)" : "";
	if (entry.status !== "scanned") return `${entry.status}${was}: ${entry.reason ?? ""}`;
	const s = entry.summary;
	return `scanned${was}: ${s?.keys ?? 0} keys, ${s?.error ?? 0} errors, ${s?.warning ?? 0} warnings, ${s?.note ?? 0} notes`;
}
function writeAtomically(path, text) {
	const temporary = `${path}.${process.pid}.tmp`;
	(0, node_fs.rmSync)(temporary, { force: true });
	(0, node_fs.writeFileSync)(temporary, text, {
		mode: 420,
		flag: "wx"
	});
	(0, node_fs.renameSync)(temporary, path);
}
async function pool(count, limit, task) {
	let next = 0;
	const worker = async () => {
		while (next < count) await task(next++);
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}
// src/cli/org.ts
const ORG_HELP = `keybound org: audit every repository of a GitHub organization, sharded over a job matrix

Usage:
  keybound org plan --org ORG [--shards N] [--output FILE]
      list the organization's repositories and print the matrix JSON for fromJSON:
      {"include":[{"shard":"1/N","repos":["org/a",...]},...]}; --output also writes the plan file
  keybound org scan --org ORG --shard I/N --output DIR [--plan FILE] [--now YYYY-MM-DD]
      scan shard I of N (1..N, or 0..N-1 from a Kubernetes Indexed Job): each repository's default
      branch tarball, checked offline; one file per repository and the shard's inventory in DIR.
      A rerun keeps what is written and retries what failed. --plan reads the list from org plan
  keybound org merge DIR... [--output DIR] [--format text|json|markdown|html] [--fail-on LEVEL]
                            [--config FILE] [--smoke --secrets-json FILE|- | --secrets-env]
                            [--endpoint PROVIDER=URL] [--now YYYY-MM-DD]
      merge shard folders (or folders holding them) into one report; --output writes
      org-report.json, org-summary.md, org-report.html and sarif/REPO.sarif there

The token is read from GITHUB_TOKEN (a GitHub App installation token: Contents, Metadata and Secrets
read on the repositories, Secrets read on the organization), the API from GITHUB_API_URL.
Exit codes: 0 done; 1 findings at or above --fail-on (merge); 2 usage error, a repository that failed
(scan: rerun the shard), or missing shards or repositories (merge: named on stderr).
`;
const CLIENT_LIMITS = {
	timeoutMs: 216e5,
	maxRateLimitWaitS: 3600,
	rateLimitRetries: 5,
	retries: 3
};
const SUBCOMMANDS = [
	"plan",
	"scan",
	"merge"
];
async function runOrg(argv, io) {
	const redactor = new require_outcome.Redactor();
	const say = (line) => io.stderr(`keybound: ${redactor.redact(line)}\n`);
	try {
		const [command, ...rest] = argv;
		if (command === void 0 || command === "help" || command === "--help" || command === "-h") {
			io.stdout(ORG_HELP);
			return 0;
		}
		if (!SUBCOMMANDS.includes(command)) throw new require_errors.KeyboundError("usage", `unknown org command "${command}"; expected one of: ${SUBCOMMANDS.join(", ")}`);
		const args = parse(rest, command);
		if (args.values.help) {
			io.stdout(ORG_HELP);
			return 0;
		}
		if (command === "plan") return await plan(args, io, redactor, say);
		if (command === "scan") return await scan(args, io, redactor, say);
		return await merge(args, io, redactor, say);
	} catch (error) {
		io.stderr(`keybound: ${redactor.redact(require_errors.describeError(error))}\n`);
		if (!(error instanceof require_errors.KeyboundError)) io.stderr("keybound: this is a bug; please report it with the command you ran\n");
		return 2;
	}
}
const OPTIONS = {
	org: { type: "string" },
	shards: { type: "string" },
	shard: { type: "string" },
	output: { type: "string" },
	plan: { type: "string" },
	now: { type: "string" },
	format: { type: "string" },
	"fail-on": { type: "string" },
	config: { type: "string" },
	smoke: { type: "boolean" },
	"secrets-json": { type: "string" },
	"secrets-env": { type: "boolean" },
	endpoint: {
		type: "string",
		multiple: true
	},
	help: {
		type: "boolean",
		short: "h"
	}
};
const ALLOWED = {
	plan: [
		"org",
		"shards",
		"output",
		"help"
	],
	scan: [
		"org",
		"shard",
		"output",
		"plan",
		"now",
		"help"
	],
	merge: [
		"output",
		"format",
		"fail-on",
		"config",
		"smoke",
		"secrets-json",
		"secrets-env",
		"endpoint",
		"now",
		"help"
	]
};
function parse(argv, command) {
	let parsed;
	try {
		parsed = (0, node_util.parseArgs)({
			args: [...argv],
			options: OPTIONS,
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		throw new require_errors.KeyboundError("usage", `${error.message.split("\n")[0]}; see keybound org --help`);
	}
	for (const name of Object.keys(parsed.values)) if (!ALLOWED[command].includes(name)) throw new require_errors.KeyboundError("usage", `org ${command} takes no --${name}; see keybound org --help`);
	if (command !== "merge" && parsed.positionals.length > 0) throw new require_errors.KeyboundError("usage", `unexpected argument "${parsed.positionals[0]}"; see keybound org --help`);
	return parsed;
}
function required(args, name, command) {
	const value = args.values[name];
	if (value === void 0 || value.trim() === "") throw new require_errors.KeyboundError("usage", `org ${command} needs --${name}`);
	return value.trim();
}
function orgName(args, command) {
	const org = required(args, "org", command);
	if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org)) throw new require_errors.KeyboundError("usage", `--org: "${org}" is not a GitHub organization name`);
	return org;
}
function today(args) {
	const value = args.values.now;
	if (value === void 0) return new Date().toISOString().slice(0, 10);
	if (!(/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value))) throw new require_errors.KeyboundError("usage", `--now: "${value}" is not a date of the form YYYY-MM-DD`);
	return value;
}
function client(io, redactor, say, needed) {
	const value = io.env.GITHUB_TOKEN?.trim() ?? "";
	if (value === "") {
		if (needed) throw new require_errors.KeyboundError("usage", `${needed} needs a token in GITHUB_TOKEN (a GitHub App installation token or a PAT)`);
		return;
	}
	redactor.add(value);
	const debug = io.env.RUNNER_DEBUG === "1";
	return require_github_secrets.createGitHubClient({
		token: new require_outcome.SecretValue(value, "GITHUB_TOKEN"),
		apiUrl: io.env.GITHUB_API_URL,
		...CLIENT_LIMITS,
		log: debug ? (line) => say(`debug: ${line}`) : void 0
	});
}
async function plan(args, io, redactor, say) {
	const org = orgName(args, "plan");
	const shards = parseShardCount(args.values.shards ?? "1");
	const result = await planOrg(client(io, redactor, say, "org plan"), org, shards);
	if (args.values.output) (0, node_fs.writeFileSync)((0, node_path.resolve)(io.cwd, args.values.output), `${JSON.stringify(result.plan, null, 1)}\n`);
	say(result.note);
	io.stdout(`${JSON.stringify(result.matrix)}\n`);
	return 0;
}
async function scan(args, io, redactor, say) {
	const org = orgName(args, "scan");
	const shard = parseShard(required(args, "shard", "scan"));
	const output = (0, node_path.resolve)(io.cwd, required(args, "output", "scan"));
	const now = today(args);
	let repositories;
	if (args.values.plan !== void 0) {
		const planned = readPlan(args.values.plan, io.cwd);
		if (planned.org.toLowerCase() !== org.toLowerCase() || planned.shards !== shard.count) throw new require_errors.KeyboundError("usage", `--plan ${args.values.plan} is a plan of ${planned.shards} shards of ${planned.org}, not of ${shard.count} shards of ${org}`);
		repositories = planned.repositories.map(({ shard: _shard, ...repo }) => repo);
	}
	const github = client(io, redactor, say, "org scan");
	const debug = io.env.RUNNER_DEBUG === "1";
	say(`scanning shard ${formatShard(shard)} of ${org}`);
	const { inventory, kept } = await scanShard({
		org,
		shard,
		output,
		client: github,
		...repositories ? { repositories } : {},
		now,
		tempDir: io.env.RUNNER_TEMP?.trim() || (0, node_os.tmpdir)(),
		progress: say,
		...debug ? { debug: (line) => say(`debug: ${line}`) } : {}
	});
	const count = (status) => inventory.repositories.filter((r) => r.status === status).length;
	say(`shard ${formatShard(shard)}: ${inventory.repositories.length} repositories: ${count("scanned")} scanned, ${count("skipped")} skipped, ${count("error")} could not be scanned, ${count("failed")} failed${kept > 0 ? ` (${kept} kept from an earlier run)` : ""}; wrote ${(0, node_path.join)(args.values.output ?? "", "inventory.json")}`);
	if (count("failed") > 0) {
		say(`${count("failed")} repositories failed: rerun this shard; what is written is kept`);
		return 2;
	}
	return 0;
}
const MERGE_FORMATS = [
	"text",
	"json",
	"markdown",
	"html"
];
async function merge(args, io, redactor, say) {
	if (args.positionals.length === 0) throw new require_errors.KeyboundError("usage", "org merge needs the shard folders: keybound org merge DIR...");
	const format = oneOf("--format", args.values.format ?? "text", MERGE_FORMATS);
	const failOn = oneOf("--fail-on", args.values["fail-on"] ?? "error", [
		"error",
		"warning",
		"note",
		"never"
	]);
	const now = today(args);
	const config = args.values.config ? await require_sarif.loadConfig({
		root: io.cwd,
		configPath: (0, node_path.resolve)(io.cwd, args.values.config),
		rules: require_sarif.RULES
	}) : await require_sarif.loadConfig({
		root: io.cwd,
		rules: require_sarif.RULES,
		readFile: missingFile
	});
	const smoke = args.values.smoke ? await smokeSettings(args, io, redactor, say) : void 0;
	if (!args.values.smoke && (args.values["secrets-json"] !== void 0 || args.values["secrets-env"])) say("secret values are only used with --smoke; they were not read");
	const github = client(io, redactor, say, void 0);
	const output = args.values.output ? (0, node_path.resolve)(io.cwd, args.values.output) : void 0;
	const result = await mergeShards({
		dirs: args.positionals,
		cwd: io.cwd,
		now,
		failOn,
		config,
		redactor,
		progress: say,
		...github ? { client: github } : {},
		...smoke ? { smoke } : {},
		...output ? { output } : {},
		...format === "json" ? { json: io.stdout } : {}
	});
	const options = {
		redact: (text) => redactor.redact(text),
		limits: rotationLimits(config),
		problems: result.problems
	};
	const markdown = () => formatOrgMarkdown(result.head, {
		...options,
		maxLength: 1e6
	});
	const html = (emit) => formatOrgHtml(result.head, result.drill, result.orgFindings, options, emit);
	if (output) {
		(0, node_fs.writeFileSync)((0, node_path.join)(output, OUTPUT_FILES.markdown), markdown());
		const fd = (0, node_fs.openSync)((0, node_path.join)(output, OUTPUT_FILES.html), "w");
		try {
			html((text) => (0, node_fs.writeSync)(fd, text));
		} finally {
			(0, node_fs.closeSync)(fd);
		}
	}
	if (format === "text") io.stdout(formatOrgText(result.head, options));
	else if (format === "markdown") io.stdout(markdown());
	else if (format === "html") html(io.stdout);
	for (const problem of result.problems) say(`incomplete: ${problem}`);
	if (output) say(`wrote ${result.findings} findings of ${result.head.repositories.length} repositories to ${args.values.output}`);
	return result.exitCode;
}
async function smokeSettings(args, io, redactor, say) {
	if (io.env.NODE_TLS_REJECT_UNAUTHORIZED === "0") throw new require_errors.KeyboundError("smoke-refused", "NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS verification off; smoke calls are refused until it is unset");
	const secrets = new Map();
	const file = args.values["secrets-json"];
	if (file !== void 0) {
		const fromStdin = file === "-";
		let text;
		try {
			text = fromStdin ? await io.readStdin() : (0, node_fs.readFileSync)((0, node_path.resolve)(io.cwd, file), "utf8");
		} catch (error) {
			throw new require_errors.KeyboundError("secrets", `--secrets-json: the file could not be read (${error.code ?? "error"})`, { file });
		}
		const parsed = require_sarif.parseSecretsJson(text, fromStdin ? "stdin" : file);
		for (const [name, value] of parsed.secrets) secrets.set(name, value);
		for (const warning of parsed.warnings) say(`--secrets-json: ${warning}`);
	}
	if (secrets.size === 0 && !args.values["secrets-env"]) say("--smoke: no secret values were given (--secrets-json or --secrets-env); every key is skipped");
	for (const value of secrets.values()) redactor.add(value);
	return {
		secrets,
		...args.values["secrets-env"] ? { secretsFromEnv: io.env } : {},
		endpoints: require_sarif.withEnterpriseGitHub(require_sarif.parseEndpointOverrides(args.values.endpoint ?? [], "--endpoint"), io.env.GITHUB_API_URL),
		http: io.env.RUNNER_DEBUG === "1" ? { log: (line) => say(`debug: ${line}`) } : {}
	};
}
function rotationLimits(config) {
	const options = config.rules["rotation-age"]?.options ?? {};
	const number = (value) => typeof value === "number" ? value : void 0;
	return {
		maxAgeDays: number(options["max-age-days"]),
		warnAgeDays: number(options["warn-age-days"])
	};
}
function oneOf(flag, value, allowed) {
	if (allowed.includes(value)) return value;
	throw new require_errors.KeyboundError("usage", `${flag}: "${value}" is not one of ${allowed.join(", ")}`);
}
function missingFile() {
	const error = new Error("not read");
	error.code = "ENOENT";
	throw error;
}
exports.runOrg = runOrg;
