// Markdown for the job summary and PR comments: verdict, counts, a keys table and a findings table.
// SECURITY: every piece of report text is escaped cell by cell, so a hostile file name, key name or
// provider answer cannot end a row, open a fence or code span, inject HTML, make a link or mention.

import { normalizeDate } from '../core/dates.js';
import { SMOKE_STATUSES, type Finding, type KeyReport, type Report, type Severity } from '../core/types.js';
import { shownDiagnostics } from './diagnostics.js';
import { daysBetween, plural } from './key-cells.js';
import { flattenLine } from './neutralize.js';
import { alsoAt } from './related.js';

/** Kept here too: the summary and tests import it from the Markdown formatter. */
export { daysBetween } from './key-cells.js';

/** The job summary upload limit is 1 MiB per step; stay under it by default. */
export const DEFAULT_MARKDOWN_MAX_LENGTH = 1_000_000;

export interface MarkdownOptions {
  /** Stop adding table rows once the text would pass this many characters (rows left out are counted). */
  maxLength?: number;
  /** Sentences about the run itself (a refused smoke call), shown under the verdict; escaped here. */
  notices?: readonly string[];
  /** Markdown of keybound's own making (the key-age chart) placed after the keys table, as given. */
  afterKeys?: string;
}

const VERDICT_BADGE = { pass: '✅ pass', fail: '❌ fail', indeterminate: '⚠️ indeterminate' } as const;
const SEVERITY_LABEL: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };

/**
 * One table cell's worth of untrusted text: one line, HTML and Markdown metacharacters neutralized.
 * `|` and Markdown punctuation get a backslash; `<`, `>`, `&` and backticks become entities (no code
 * span can open, no tag can start); `@` gets a zero-width joiner so it cannot mention anyone.
 */
export function escapeCell(text: string): string {
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
function code(text: string): string {
  const escaped = escapeCell(text);
  return escaped === '' ? '' : `<code>${escaped}</code>`;
}

function age(key: KeyReport, evaluatedAt: string): string {
  for (const fact of ['rotated', 'created'] as const) {
    const value = key.facts[fact]?.value;
    if (typeof value !== 'string') continue;
    const days = daysBetween(value, evaluatedAt);
    if (days !== undefined) return escapeCell(`${plural(days, 'day')} (${fact})`);
  }
  return '—';
}

/** `2026-12-01 (in 9 days)`, `2026-11-20 (expired 2 days ago)`; the date is rebuilt, never echoed. */
function expiry(key: KeyReport, evaluatedAt: string): string {
  const value = key.facts.expires?.value;
  const date = typeof value === 'string' ? normalizeDate(value) : undefined;
  const days = date === undefined ? undefined : daysBetween(evaluatedAt, date);
  if (date === undefined || days === undefined) return '—';
  const when = days < 0 ? `expired ${plural(-days, 'day')} ago` : days === 0 ? 'today' : `in ${plural(days, 'day')}`;
  return escapeCell(`${date} (${when})`);
}

function principal(key: KeyReport): string {
  const who = key.facts.principal?.value;
  const kind = key.facts.principalKind?.value;
  const name = who === undefined ? '' : code(String(who));
  const kindText = kind === undefined ? '' : escapeCell(String(kind));
  if (name && kindText) return `${name} (${kindText})`;
  return name || kindText || '—';
}

function smoke(key: KeyReport): string {
  if (!key.smoke) return '—';
  return escapeCell(key.smoke.reason ? `${key.smoke.status} (${key.smoke.reason})` : key.smoke.status);
}

export function row(cells: string[]): string {
  return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
}

function keyRow(key: KeyReport, evaluatedAt: string): string {
  const provider = key.provider ?? (typeof key.facts.provider?.value === 'string' ? key.facts.provider.value : '');
  return row([
    code(key.name),
    provider ? escapeCell(provider) : '—',
    key.environments.length > 0 ? escapeCell(key.environments.join(', ')) : '—',
    principal(key),
    age(key, evaluatedAt),
    expiry(key, evaluatedAt),
    smoke(key),
  ]);
}

function locationText(finding: Finding): string {
  const loc = finding.location;
  const here = code(loc.file === '' ? '' : `${loc.file}:${loc.line}:${loc.column}`) || '—';
  const also = alsoAt(finding);
  return also ? `${here} (${escapeCell(also)})` : here;
}

function findingRow(finding: Finding): string {
  return row([
    SEVERITY_LABEL[finding.severity],
    code(finding.ruleId),
    finding.key ? code(finding.key) : '—',
    locationText(finding),
    escapeCell(finding.message),
  ]);
}

function suppressedRow(finding: Finding): string {
  const s = finding.suppression;
  const how = s ? `${s.kind}${s.until ? ` until ${s.until}` : ''}: ${s.reason}` : '';
  return row([code(finding.ruleId), finding.key ? code(finding.key) : '—', locationText(finding), escapeCell(how)]);
}

/** Appends rows while the budget allows, then one line counting what was left out. */
export function table(out: string[], header: string[], rows: string[], budget: { left: number }): void {
  out.push(row(header), row(header.map(() => '---')));
  let shown = 0;
  for (const line of rows) {
    if (budget.left - line.length - 1 < 0) break;
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
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const s = report.summary;
  const out: string[] = [];
  const scope = report.environment ? ` · environment ${code(report.environment)}` : '';
  out.push(`## keybound: ${VERDICT_BADGE[report.verdict]}`, '');
  out.push(
    `**Verdict: ${report.verdict}** · mode \`${report.mode}\`${scope} · fail-on \`${report.failOn}\` · ` +
      `evaluated ${escapeCell(report.evaluatedAt)} · keybound ${escapeCell(report.tool.version)}`,
    '',
  );
  out.push(row(['Errors', 'Warnings', 'Notes', 'Suppressed', 'Keys']), row(['---:', '---:', '---:', '---:', '---:']));
  out.push(row([s.error, s.warning, s.note, s.suppressed, s.keys].map(String)), '');
  const smokeCounts = SMOKE_STATUSES.filter((status) => s.smoke[status] > 0);
  if (smokeCounts.length > 0) {
    out.push(`Smoke calls: ${smokeCounts.map((status) => `${s.smoke[status]} ${status}`).join(', ')}`, '');
  }
  if (report.unconfirmed.length > 0) {
    out.push(`**Could not confirm:** ${report.unconfirmed.map(code).join(', ')}`, '');
  }
  for (const notice of options.notices ?? []) out.push('> [!WARNING]', `> ${escapeCell(notice)}`, '');

  // The chart is reserved up front, so the keys table cannot crowd it out.
  const reserved = out.join('\n').length + (options.afterKeys?.length ?? 0) + 2_000;
  const budget = { left: (options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH) - reserved };
  out.push(`### Keys (${report.keys.length})`, '');
  if (report.keys.length === 0) out.push('No keys found.');
  else {
    const rows = report.keys.map((key) => keyRow(key, report.evaluatedAt));
    table(out, ['Key', 'Provider', 'Environment', 'Principal', 'Age', 'Expires', 'Smoke'], rows, budget);
  }
  if (options.afterKeys) {
    out.push('', options.afterKeys.trimEnd());
  }
  out.push('', `### Findings (${report.findings.length})`, '');
  if (report.findings.length === 0) out.push('No findings.');
  else table(out, ['Severity', 'Rule', 'Key', 'Location', 'Message'], report.findings.map(findingRow), budget);

  if (report.suppressed.length > 0) {
    out.push('', `<details><summary>Suppressed findings (${report.suppressed.length})</summary>`, '');
    table(out, ['Rule', 'Key', 'Location', 'Suppression'], report.suppressed.map(suppressedRow), budget);
    out.push('', '</details>');
  }
  const { listed, templates } = shownDiagnostics(report.diagnostics);
  if (templates) out.push('', `### Diagnostics (${report.diagnostics.length})`, '', escapeCell(templates));
  if (listed.length > 0) {
    if (!templates) out.push('', `### Diagnostics (${report.diagnostics.length})`);
    out.push('');
    const rows = listed.map((d) =>
      row([
        escapeCell(d.kind),
        code(d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file) || '—',
        escapeCell(d.message),
      ]),
    );
    table(out, ['Kind', 'File', 'Message'], rows, budget);
  }
  return `${out.join('\n')}\n`;
}
