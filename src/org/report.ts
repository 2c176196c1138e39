// The merged report for people: a short text summary (the terminal, the job log) and Markdown (the job
// summary): verdict, what is missing, the keys table (key, repositories using it, age, smoke status)
// and an age chart, and the repositories with the most findings. Pure. SECURITY: every piece of text
// from the artifacts is redacted, then escaped cell by cell (escapeCell), so it cannot end a row,
// open a fence, inject HTML or mention anyone.

import { escapeCell, row, table as markdownTable } from '../report/markdown.js';
import { neutralize } from '../report/neutralize.js';
import type { OrgKey, OrgReportHead, OrgRepoSummary } from './types.js';
import { compareText } from '../core/compare.js';

/** Rotation limits the age chart is drawn against (rotation-age's effective options). */
export interface AgeLimits {
  warnAgeDays?: number;
  maxAgeDays?: number;
}

export interface OrgFormatOptions {
  redact: (text: string) => string;
  limits: AgeLimits;
  /** Sentences that make the report incomplete (missing shards, failed repositories). */
  problems: readonly string[];
  /** Stop adding table rows past this many characters (Markdown; a job summary takes 1 MiB). */
  maxLength?: number;
}

const VERDICT = { pass: '✅ pass', fail: '❌ fail', incomplete: '⚠️ incomplete' } as const;
/** Problems listed by name; the rest are counted (all are on stderr and in the JSON). */
const MAX_PROBLEMS_LISTED = 20;

export interface AgeBucket {
  label: string;
  /** Inclusive upper bound in days; undefined for the last bucket and for `no date`. */
  max?: number;
  count: number;
  /** Past the warning age (`warn`) or the rotation limit (`over`). */
  level: 'ok' | 'warn' | 'over' | 'none';
}

/**
 * Secrets by age since their last update (GitHub's `updated_at` is the last rotation), in buckets cut at
 * 30 days, the warning age, the limit, 180 and 365 days; references with no secret behind them are not
 * counted. `no date` counts secrets whose dates were not read.
 */
export function ageBuckets(keys: readonly OrgKey[], limits: AgeLimits): AgeBucket[] {
  const warn = limits.warnAgeDays ?? 75;
  const max = limits.maxAgeDays ?? 90;
  const edges = [...new Set([30, warn, max, 180, 365])].filter((e) => e > 0).sort((a, b) => a - b);
  const levelOf = (upper: number): AgeBucket['level'] => (upper > max ? 'over' : upper > warn ? 'warn' : 'ok');
  const buckets: AgeBucket[] = edges.map((edge, i) => ({
    label: `${i === 0 ? 0 : edges[i - 1] + 1}–${edge} days`,
    max: edge,
    count: 0,
    level: levelOf(edge),
  }));
  buckets.push({ label: `over ${edges[edges.length - 1]} days`, count: 0, level: 'over' });
  const undated: AgeBucket = { label: 'no date', count: 0, level: 'none' };
  for (const key of keys) {
    if (key.scope === 'unresolved' || key.scope === 'unknown') continue;
    if (key.ageDays === undefined) {
      undated.count++;
      continue;
    }
    const age = key.ageDays;
    (buckets.find((b) => b.max !== undefined && age <= b.max) ?? buckets[buckets.length - 1]).count++;
  }
  return undated.count > 0 ? [...buckets, undated] : buckets;
}

/** `organization`, `repository acme/api`, `environment production of acme/api`, ... */
export function scopeText(key: OrgKey): string {
  if (key.scope === 'organization') return key.visibility ? `organization (${key.visibility})` : 'organization';
  if (key.scope === 'environment') return `environment ${key.environment ?? ''} of ${key.repository ?? ''}`;
  if (key.scope === 'unresolved') return `no secret (in ${key.repository ?? ''})`;
  if (key.scope === 'unknown') return `not known (in ${key.repository ?? ''})`;
  return `repository ${key.repository ?? ''}`;
}

export function smokeText(key: OrgKey): string {
  if (!key.smoke) return key.scope === 'organization' ? 'not called' : '—';
  return key.smoke.reason ? `${key.smoke.status} (${key.smoke.reason})` : key.smoke.status;
}

export function usageText(key: OrgKey): string {
  if (key.usage === 'handed-over') return 'handed over (toJSON(secrets) / secrets: inherit)';
  if (key.usage === 'undetermined') return 'undetermined (not every repository that can use it was read)';
  return key.usage;
}

function repositoryCounts(head: OrgReportHead): string {
  const r = head.summary.repositories;
  return `${r.total} ${r.total === 1 ? 'repository' : 'repositories'} (${r.scanned} scanned, ${r.skipped} skipped, ${r.error} could not be scanned, ${r.failed} failed)`;
}

/** The terminal summary: a few lines, and every problem named. */
export function formatOrgText(head: OrgReportHead, options: OrgFormatOptions): string {
  const s = head.summary;
  const line = (text: string): string => neutralize(options.redact(text));
  const lines = [
    `keybound org audit of ${head.org}: ${head.verdict} (evaluated ${head.evaluatedAt}, fail-on ${head.failOn})`,
    `  shards: ${head.shards.merged.length} of ${head.shards.count} merged`,
    `  repositories: ${repositoryCounts(head)}`,
    `  keys: ${s.keys} (secrets: ${s.secrets.organization} organization, ${s.secrets.repository} repository, ${s.secrets.environment} environment); ${s.unused} unused`,
    `  findings: ${s.error} errors, ${s.warning} warnings, ${s.note} notes`,
  ];
  const smoked = Object.entries(s.smoke).filter(([, n]) => n > 0);
  if (smoked.length > 0) lines.push(`  smoke: ${smoked.map(([status, n]) => `${n} ${status}`).join(', ')}`);
  if (!head.organizationSecrets.read && head.organizationSecrets.note)
    lines.push(`  note: ${head.organizationSecrets.note}`);
  for (const notice of head.notices) lines.push(`  note: ${notice}`);
  for (const problem of options.problems.slice(0, MAX_PROBLEMS_LISTED)) lines.push(`  incomplete: ${problem}`);
  if (options.problems.length > MAX_PROBLEMS_LISTED)
    lines.push(`  incomplete: ${options.problems.length - MAX_PROBLEMS_LISTED} more (see the JSON report)`);
  return `${lines.map(line).join('\n')}\n`;
}

/** Keys in the order the table shows them: organization secrets, then the oldest, then by name. */
export function keysForTable(keys: readonly OrgKey[]): OrgKey[] {
  const rank = (key: OrgKey): number => (key.scope === 'organization' ? 0 : key.updatedAt ? 1 : 2);
  return [...keys].sort(
    (a, b) => rank(a) - rank(b) || (b.ageDays ?? -1) - (a.ageDays ?? -1) || compareText(a.name, b.name),
  );
}

/** The repositories the table shows first: most errors, then warnings, then notes. */
function repositoriesForTable(repos: readonly OrgRepoSummary[]): OrgRepoSummary[] {
  return repos
    .filter((r) => r.error + r.warning + r.note > 0 || r.status === 'failed' || r.status === 'error')
    .sort(
      (a, b) => b.error - a.error || b.warning - a.warning || b.note - a.note || compareText(a.fullName, b.fullName),
    );
}

/** A Mermaid bar chart of the age buckets (labels are ours: digits, dashes and words only). */
export function formatAgeChart(keys: readonly OrgKey[], limits: AgeLimits): string {
  const buckets = ageBuckets(keys, limits);
  if (buckets.every((b) => b.count === 0)) return '_No secret has a known date (secret metadata was not read)._\n';
  const top = Math.max(...buckets.map((b) => b.count), 1);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Secrets by days since their last update (rotation limit ${limits.maxAgeDays ?? 90} days)"`,
    `  x-axis [${buckets.map((b) => `"${b.label}"`).join(', ')}]`,
    `  y-axis "secrets" 0 --> ${Math.ceil((top * 11) / 10)}`,
    `  bar [${buckets.map((b) => b.count).join(', ')}]`,
    '```',
    '',
    buckets.map((b) => `${b.label}: ${b.count}`).join(' · '),
    '',
  ].join('\n');
}

/**
 * The job summary. Table rows stop at `maxLength` characters (default just under 1 MiB); what is left
 * out is counted, and the JSON report and HTML page hold everything.
 */
export function formatOrgMarkdown(head: OrgReportHead, options: OrgFormatOptions): string {
  const cell = (text: string): string => escapeCell(options.redact(text));
  const code = (text: string): string => {
    const escaped = cell(text);
    return escaped === '' ? '' : `<code>${escaped}</code>`;
  };
  const s = head.summary;
  const out: string[] = [
    `## keybound organisation audit of ${cell(head.org)}: ${VERDICT[head.verdict]}`,
    '',
    `Evaluated ${cell(head.evaluatedAt)} · fail-on \`${cell(head.failOn)}\` · ${head.shards.merged.length} of ${head.shards.count} shards · ${cell(repositoryCounts(head))}`,
    '',
    row(['Errors', 'Warnings', 'Notes', 'Keys', 'Unused secrets']),
    row(['---:', '---:', '---:', '---:', '---:']),
    row([s.error, s.warning, s.note, s.keys, s.unused].map(String)),
    '',
  ];
  const smoked = Object.entries(s.smoke).filter(([, n]) => n > 0);
  if (smoked.length > 0) out.push(`Smoke calls: ${smoked.map(([status, n]) => `${n} ${status}`).join(', ')}`, '');
  if (options.problems.length > 0) {
    out.push('> [!WARNING]', '> The audit is incomplete:');
    for (const problem of options.problems.slice(0, MAX_PROBLEMS_LISTED)) out.push(`> - ${cell(problem)}`);
    if (options.problems.length > MAX_PROBLEMS_LISTED)
      out.push(`> - ${options.problems.length - MAX_PROBLEMS_LISTED} more (see the JSON report)`);
    out.push('');
  }
  for (const notice of [...head.notices, ...(head.organizationSecrets.note ? [head.organizationSecrets.note] : [])])
    out.push('> [!NOTE]', `> ${cell(notice)}`, '');

  const chart = formatAgeChart(head.keys, options.limits);
  const budget = { left: (options.maxLength ?? 1_000_000) - out.join('\n').length - chart.length - 4_000 };
  const table = (header: string[], rows: string[]): void => markdownTable(out, header, rows, budget);

  out.push(`### Keys (${head.keys.length})`, '');
  if (head.keys.length === 0) out.push('No keys found.');
  else
    table(
      ['Key', 'Scope', 'Repositories using it', 'Age', 'Smoke', 'Usage'],
      keysForTable(head.keys).map((key) => {
        const users = key.repositories.map((r) => r.repository);
        const named = users.slice(0, 3).join(', ') + (users.length > 3 ? `, +${users.length - 3}` : '');
        return row([
          code(key.name),
          cell(scopeText(key)),
          users.length === 0 ? '0' : `${users.length}: ${cell(named)}`,
          key.ageDays === undefined ? '—' : `${key.ageDays} days`,
          cell(smokeText(key)),
          cell(usageText(key)),
        ]);
      }),
    );
  out.push('', '### Key age', '', chart);
  const repos = repositoriesForTable(head.repositories);
  out.push(`### Repositories with findings or problems (${repos.length})`, '');
  if (repos.length === 0) out.push('None.');
  else
    table(
      ['Repository', 'Status', 'Errors', 'Warnings', 'Notes'],
      repos.map((r) =>
        row([
          code(r.fullName),
          cell(r.status === 'scanned' ? 'scanned' : `${r.status}: ${r.reason ?? ''}`),
          String(r.error),
          String(r.warning),
          String(r.note),
        ]),
      ),
    );
  return `${out.join('\n')}\n`;
}
