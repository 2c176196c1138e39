// The organisation report as one self-contained HTML page a security team opens in a browser: the
// verdict, what is missing, an age chart (inline SVG), a sortable and filterable keys table, and a
// drill-down per repository (its keys and findings). Pure.
// SECURITY: no external asset of any kind, and a Content-Security-Policy that allows nothing but this
// page's own style and script, by hash: no other script runs, nothing is fetched, no form posts. Every
// piece of text from the artifacts is redacted, stripped of control characters and HTML-escaped; the
// script reads only textContent and data attributes and never writes HTML.

import { createHash } from 'node:crypto';
import { flattenLine } from '../report/neutralize.js';
import type { RepoDrill } from './merge.js';
import { ageBuckets, keysForTable, scopeText, smokeText, usageText, type OrgFormatOptions } from './report.js';
import type { OrgFinding, OrgKey, OrgReportHead } from './types.js';
import { compareText } from '../core/compare.js';

/**
 * What the page holds at most, so an organization of 10,000 repositories stays a page a browser opens
 * in seconds (a few MB): rows of the keys table, repositories drilled into (those with the most
 * findings, and every one that failed), keys listed in one drill-down. The JSON report holds the rest.
 */
export const MAX_HTML_KEYS = 5_000;
export const MAX_HTML_REPOS = 2_000;
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

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's policy: its own style and script by hash, nothing else at all. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

/**
 * Writes the page through `emit`, a few rows at a time (the page of 10,000 repositories is tens of MB;
 * no string holds it whole). Every piece of text is redacted and escaped before it is emitted.
 */
export function formatOrgHtml(
  head: OrgReportHead,
  drill: readonly RepoDrill[],
  orgFindings: readonly OrgFinding[],
  options: OrgFormatOptions,
  emit: (text: string) => void,
): void {
  const text = (value: string | number): string =>
    flattenLine(options.redact(String(value))).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const shown = repositoriesForPage(head.repositories);
  const ids = new Map(shown.map((r, i) => [r.fullName, `repo-${i + 1}`]));
  const repoLink = (name: string): string =>
    ids.has(name) ? `<a href="#${ids.get(name)}">${text(name)}</a>` : text(name);
  const s = head.summary;
  const out: string[] = [];
  const flush = (): void => {
    if (out.length > 0) emit(`${out.join('\n')}\n`);
    out.length = 0;
  };
  out.push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>keybound organisation audit: ${text(head.org)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>keybound organisation audit of ${text(head.org)}</h1>`,
    `<p class="verdict verdict-${text(head.verdict)}"><strong>${text(head.verdict)}</strong> <span class="muted">· evaluated ${text(head.evaluatedAt)} · fail-on ${text(head.failOn)} · ${head.shards.merged.length} of ${head.shards.count} shards · keybound ${text(head.tool.version)}</span></p>`,
    '<table id="summary"><thead><tr>',
    ...[
      'Repositories',
      'Scanned',
      'Skipped',
      'Could not be scanned',
      'Failed',
      'Keys',
      'Unused secrets',
      'Errors',
      'Warnings',
      'Notes',
    ].map((h) => `<th class="num">${h}</th>`),
    '</tr></thead><tbody><tr>',
    ...[
      s.repositories.total,
      s.repositories.scanned,
      s.repositories.skipped,
      s.repositories.error,
      s.repositories.failed,
      s.keys,
      s.unused,
      s.error,
      s.warning,
      s.note,
    ].map((n) => `<td class="num">${n}</td>`),
    '</tr></tbody></table>',
  );
  const smoked = Object.entries(s.smoke).filter(([, n]) => n > 0);
  if (smoked.length > 0) out.push(`<p>Smoke calls: ${text(smoked.map(([k, n]) => `${n} ${k}`).join(', '))}</p>`);
  if (options.problems.length > 0) {
    out.push('<section id="problems"><h2>The audit is incomplete</h2><ul>');
    for (const problem of options.problems) out.push(`<li>${text(problem)}</li>`);
    out.push('</ul></section>');
  }
  const notes = [...head.notices, ...(head.organizationSecrets.note ? [head.organizationSecrets.note] : [])];
  if (notes.length > 0) out.push(`<ul class="muted">${notes.map((n) => `<li>${text(n)}</li>`).join('')}</ul>`);

  out.push('<section id="age"><h2>Key age</h2>', ageChart(head.keys, options, text), '</section>');

  const keys = keysForTable(head.keys);
  out.push(
    `<section><h2>Keys (${head.keys.length})</h2>`,
    '<p><input id="filter" type="search" placeholder="Filter keys, scopes, repositories" aria-label="Filter keys"></p>',
    '<table id="keys"><thead><tr>',
    '<th><button type="button" data-sort="text">Key</button></th>',
    '<th><button type="button" data-sort="text">Scope</button></th>',
    '<th class="num"><button type="button" data-sort="number">Repositories using it</button></th>',
    '<th class="num"><button type="button" data-sort="number">Age (days)</button></th>',
    '<th><button type="button" data-sort="text">Smoke</button></th>',
    '<th><button type="button" data-sort="text">Usage</button></th>',
    '</tr></thead><tbody>',
  );
  for (const [row, key] of keys.slice(0, MAX_HTML_KEYS).entries()) {
    if (row % 500 === 0) flush();
    const users = key.repositories.map((r) => r.repository);
    out.push(
      `<tr><td><code>${text(key.name)}</code></td>`,
      `<td>${text(scopeText(key))}</td>`,
      `<td class="num" data-value="${users.length}">${users.length}${users.length > 0 ? `: ${users.slice(0, 5).map(repoLink).join(', ')}${users.length > 5 ? ` +${users.length - 5}` : ''}` : ''}</td>`,
      `<td class="num" data-value="${key.ageDays ?? -1}">${key.ageDays ?? '—'}</td>`,
      `<td class="smoke-${text(key.smoke?.status ?? 'none')}">${text(smokeText(key))}</td>`,
      `<td class="usage-${text(key.usage)}">${text(usageText(key))}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  if (keys.length > MAX_HTML_KEYS)
    out.push(`<p class="muted">${keys.length - MAX_HTML_KEYS} more keys are in org-report.json.</p>`);
  out.push('</section>');

  out.push(`<section id="repositories"><h2>Repositories (${head.repositories.length})</h2>`);
  if (shown.length < head.repositories.length)
    out.push(
      `<p class="muted">The ${shown.length} with the most findings and every one that could not be scanned; all ${head.repositories.length} are in org-report.json.</p>`,
    );
  const byRepo = keysByRepository(head.keys);
  const findings = new Map(drill.map((d) => [d.fullName, d]));
  for (const repo of shown) {
    const counts = `${repo.error} errors, ${repo.warning} warnings, ${repo.note} notes`;
    const status = repo.status === 'scanned' ? counts : `${repo.status}: ${repo.reason ?? ''}`;
    out.push(
      `<details class="repo" id="${ids.get(repo.fullName)}"><summary><code>${text(repo.fullName)}</code> <span class="muted">· ${text(status)}</span></summary>`,
    );
    if (repo.commit)
      out.push(
        `<p class="muted">${text(repo.defaultBranch ?? '')} at <code>${text(repo.commit)}</code>${repo.sarif ? ` · SARIF: <code>${text(repo.sarif)}</code>` : ''}</p>`,
      );
    const used = byRepo.get(repo.fullName) ?? [];
    if (used.length > 0) {
      out.push(
        '<table><thead><tr><th>Key</th><th>Scope</th><th>Used at</th><th>Smoke</th><th>Usage</th></tr></thead><tbody>',
      );
      for (const { key, uses } of used.slice(0, MAX_KEYS_PER_REPO)) {
        const at = uses.map((u) => `${u.file}:${u.line}${u.job ? ` (job ${u.job})` : ''}`).join(', ');
        out.push(
          `<tr><td><code>${text(key.name)}</code></td><td>${text(scopeText(key))}</td><td>${text(at || '—')}</td><td class="smoke-${text(key.smoke?.status ?? 'none')}">${text(smokeText(key))}</td><td class="usage-${text(key.usage)}">${text(usageText(key))}</td></tr>`,
        );
      }
      out.push('</tbody></table>');
      if (used.length > MAX_KEYS_PER_REPO)
        out.push(`<p class="muted">${used.length - MAX_KEYS_PER_REPO} more keys in org-report.json.</p>`);
    }
    const drilled = findings.get(repo.fullName);
    if (drilled && drilled.findings.length > 0) out.push(findingsTable(drilled.findings, text));
    if (drilled && drilled.more > 0)
      out.push(`<p class="muted">${drilled.more} more findings in org-report.json and the SARIF file.</p>`);
    out.push('</details>');
    flush();
  }
  out.push('</section>');
  if (orgFindings.length > 0)
    out.push(
      '<section id="organization"><h2>Organization findings</h2>',
      findingsTable(orgFindings, text),
      '</section>',
    );
  out.push(`<script>${SCRIPT}</script>`, '</body>', '</html>');
  flush();
}

/** Repositories in the order the page shows them: problems, then most errors, warnings, notes; capped. */
function repositoriesForPage(repos: OrgReportHead['repositories']): OrgReportHead['repositories'] {
  const rank = (r: OrgReportHead['repositories'][number]): number =>
    r.status === 'failed' || r.status === 'error' ? 0 : 1;
  return [...repos]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.error - a.error ||
        b.warning - a.warning ||
        b.note - a.note ||
        compareText(a.fullName, b.fullName),
    )
    .slice(0, MAX_HTML_REPOS);
}

function findingsTable(findings: readonly OrgFinding[], text: (value: string | number) => string): string {
  const rows = findings.map((f) => {
    const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : '—';
    return `<tr><td class="sev-${text(f.severity)}">${text(f.severity)}</td><td><code>${text(f.ruleId)}</code></td><td>${f.key ? `<code>${text(f.key)}</code>` : '—'}</td><td><code>${text(where)}</code></td><td>${text(f.message)}</td></tr>`;
  });
  return `<table><thead><tr><th>Severity</th><th>Rule</th><th>Key</th><th>Location</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function keysByRepository(
  keys: readonly OrgKey[],
): Map<string, { key: OrgKey; uses: OrgKey['repositories'][number]['uses'] }[]> {
  const index = new Map<string, { key: OrgKey; uses: OrgKey['repositories'][number]['uses'] }[]>();
  const add = (repository: string, key: OrgKey, uses: OrgKey['repositories'][number]['uses']): void => {
    const list = index.get(repository) ?? [];
    list.push({ key, uses });
    index.set(repository, list);
  };
  for (const key of keys) {
    for (const { repository, uses } of key.repositories) add(repository, key, uses);
    // A repository's own secrets that nothing references still belong in its drill-down.
    if (key.repository && key.repositories.length === 0) add(key.repository, key, []);
  }
  return index;
}

/** Bars of the age buckets as SVG attributes (no inline style, which the policy forbids). */
function ageChart(
  keys: readonly OrgKey[],
  options: OrgFormatOptions,
  text: (value: string | number) => string,
): string {
  const buckets = ageBuckets(keys, options.limits);
  const top = Math.max(1, ...buckets.map((b) => b.count));
  const barWidth = 90;
  const gap = 20;
  const height = 180;
  const width = buckets.length * (barWidth + gap) + gap;
  const bars = buckets.map((bucket, i) => {
    const h = Math.round((bucket.count / top) * (height - 50));
    const x = gap + i * (barWidth + gap);
    const y = height - 30 - h;
    return [
      `<rect class="bar ${bucket.level}" x="${x}" y="${y}" width="${barWidth}" height="${h}"><title>${text(bucket.label)}: ${bucket.count}</title></rect>`,
      `<text x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle">${bucket.count}</text>`,
      `<text x="${x + barWidth / 2}" y="${height - 12}" text-anchor="middle">${text(bucket.label)}</text>`,
    ].join('');
  });
  const limit = options.limits.maxAgeDays ?? 90;
  return `<svg role="img" aria-label="Secrets by days since their last update" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars.join('')}</svg><p class="muted">Days since each secret's last update (GitHub's updated_at); the rotation limit is ${limit} days.</p>`;
}
