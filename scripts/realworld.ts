// The reviewed real-world baseline (DESIGN "Judging precision on real input"): every `<owner>__<repo>`
// folder of ../shared/corpus is checked in this one process with the engine's check(), as the CLI
// would check it, and every error-level finding becomes a row (repo, file, line, rule, key, message).
// `npm run realworld` prints the rows as TSV; __tests__/realworld/realworld.test.ts compares them with
// the reviewed list in __tests__/realworld/accepted.tsv and validates each repository's JSON and SARIF.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Redactor } from '../src/core/redact.js';
import { check } from '../src/engine.js';
import { formatRedacted } from '../src/report/redacted.js';
import { RULES } from '../src/rules/index.js';

/** A fixed evaluation date, so ages and expiries do not move the baseline. */
export const REALWORLD_NOW = '2026-05-01';

/** The columns of a row, in TSV order. */
export const COLUMNS = ['repo', 'file', 'line', 'rule', 'key', 'message'] as const;

export interface ErrorRow {
  repo: string;
  file: string;
  line: number;
  rule: string;
  key: string;
  message: string;
}

export interface RepoScan {
  repo: string;
  errors: ErrorRow[];
  /** The JSON and SARIF outputs, exactly as `keybound check --format json|sarif` prints them ('' unless asked). */
  json: string;
  sarif: string;
}

export interface ScanOptions {
  /** Also render the JSON and SARIF reports (the test validates them; the TSV needs neither). */
  outputs?: boolean;
}

/** The corpus repositories: folders named `<owner>__<repo>`, sorted. */
export function corpusRepos(corpus: string): string[] {
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus)
    .filter((name) => name.includes('__') && statSync(join(corpus, name)).isDirectory())
    .sort();
}

/** One repository, checked as `keybound check` checks it. */
export async function scanRepo(corpus: string, repo: string, options: ScanOptions = {}): Promise<RepoScan> {
  const { report, redactor } = await check({
    root: join(corpus, repo),
    mode: 'audit',
    smoke: false,
    secrets: new Map(),
    now: REALWORLD_NOW,
    failOn: 'error',
  });
  const rules = RULES.map((rule) => rule.meta);
  const errors = report.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({
      repo,
      file: finding.location.file,
      line: finding.location.line,
      rule: finding.ruleId,
      key: finding.key ?? '',
      message: finding.message,
    }));
  return {
    repo,
    errors: redactRows(errors, redactor),
    json: options.outputs ? formatRedacted(report, redactor, 'json', { rules }) : '',
    sarif: options.outputs ? formatRedacted(report, redactor, 'sarif', { rules }) : '',
  };
}

/** Every corpus repository in turn (one process, one at a time: memory stays that of one repository). */
export async function scanCorpus(corpus: string, options: ScanOptions = {}): Promise<RepoScan[]> {
  const scans: RepoScan[] = [];
  for (const repo of corpusRepos(corpus)) scans.push(await scanRepo(corpus, repo, options));
  return scans;
}

function redactRows(rows: ErrorRow[], redactor: Redactor): ErrorRow[] {
  return rows.map((row) => ({
    ...row,
    file: redactor.redact(row.file),
    key: redactor.redact(row.key),
    message: redactor.redact(row.message),
  }));
}

/** A TSV field: tabs and line breaks would break the row, so they become spaces. */
function field(value: string | number): string {
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

/** Rows as TSV lines (no header). */
export function toTsv(rows: readonly ErrorRow[]): string {
  return rows.map((row) => COLUMNS.map((column) => field(row[column])).join('\t')).join('\n');
}

/** What identifies an error across runs: everything but the message, whose wording may improve. */
export function rowId(row: Pick<ErrorRow, 'repo' | 'file' | 'line' | 'rule' | 'key'>): string {
  return [row.repo, row.file, row.line, row.rule, row.key].map(field).join('\t');
}

/** `114 errors in 12 of 75 repositories: plaintext-secret 72, parse-error 15 (3.2 s)`. */
export function summaryLine(rows: readonly ErrorRow[], repos: number, milliseconds: number): string {
  const byRule = new Map<string, number>();
  for (const row of rows) byRule.set(row.rule, (byRule.get(row.rule) ?? 0) + 1);
  const rules = [...byRule.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
  const withErrors = new Set(rows.map((row) => row.repo)).size;
  const seconds = (milliseconds / 1000).toFixed(1);
  return `${rows.length} errors in ${withErrors} of ${repos} repositories${rules ? `: ${rules}` : ''} (${seconds} s)`;
}

/** An accepted error: its identifying columns and the one-line reason a maintainer accepts it. */
export interface Accepted {
  id: string;
  reason: string;
  /** 1-based line in accepted.tsv, for messages. */
  at: number;
}

/**
 * accepted.tsv: `repo file line rule key reason`, tab-separated; `#` lines and blank lines are comments.
 * A row without a reason is an error: every accepted finding says why.
 */
export function parseAccepted(text: string): Accepted[] {
  const accepted: Accepted[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== 6 || cells[5].trim() === '') {
      throw new Error(`accepted.tsv:${index + 1}: expected 6 tab-separated cells ending in a reason`);
    }
    const [repo, file, line_, rule, key, reason] = cells;
    accepted.push({ id: rowId({ repo, file, line: Number(line_), rule, key }), reason, at: index + 1 });
  });
  return accepted;
}
