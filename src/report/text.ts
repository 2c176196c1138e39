// Human-readable terminal output in the shape of ESLint's "stylish" formatter: findings grouped by file,
// `line:column  severity  message (also at line:column, …)  rule-id`, then a keys table (as the job
// summary has), a problem count, the verdict and the keys count.
// Untrusted text is flattened to one line and stripped of escapes before any colour of ours is added.

import {
  SEVERITY_RANK,
  SMOKE_STATUSES,
  type Finding,
  type KeyReport,
  type Report,
  type Severity,
  type SmokeStatus,
} from '../core/types.js';
import { shownDiagnostics } from './diagnostics.js';
import { ageText, principalText, providerText, smokeText } from './key-cells.js';
import { neutralize, neutralizeInline } from './neutralize.js';
import { messageWithRelated } from './related.js';

export interface TextOptions {
  /** Emit ANSI colours (the CLI decides from the TTY, NO_COLOR and FORCE_COLOR). */
  color: boolean;
  /** `--quiet`: the report holds errors only; say so in the count, and leave the keys table out. */
  quiet?: boolean;
}

type Paint = (text: string) => string;
interface Palette {
  red: Paint;
  yellow: Paint;
  blue: Paint;
  green: Paint;
  dim: Paint;
  bold: Paint;
  underline: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

function palette(color: boolean): Palette {
  if (!color)
    return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green: sgr(32, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityPaint(p: Palette, severity: Severity): Paint {
  return severity === 'error' ? p.red : severity === 'warning' ? p.yellow : p.blue;
}

/** Findings grouped by file in first-seen order, each group sorted by position. */
function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.location.file) ?? [];
    group.push(finding);
    groups.set(finding.location.file, group);
  }
  for (const group of groups.values()) {
    group.sort(
      (a, b) =>
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
    );
  }
  return groups;
}

function fileLines(file: string, findings: Finding[], p: Palette): string[] {
  const rows = findings.map((f) => ({
    position: `${f.location.line}:${f.location.column}`,
    severity: f.severity,
    message: neutralizeInline(messageWithRelated(f)),
    rule: neutralizeInline(f.ruleId),
  }));
  // Column widths are measured on uncoloured text so colour never shifts the alignment.
  const posWidth = Math.max(...rows.map((r) => r.position.length));
  const sevWidth = Math.max(...rows.map((r) => r.severity.length));
  const msgWidth = Math.max(...rows.map((r) => r.message.length));
  const lines = [p.underline(file === '' ? '(no file)' : neutralize(file))];
  for (const r of rows) {
    const paint = severityPaint(p, r.severity);
    lines.push(
      `  ${p.dim(r.position.padEnd(posWidth))}  ${paint(r.severity.padEnd(sevWidth))}  ` +
        `${r.message.padEnd(msgWidth)}  ${p.dim(r.rule)}`,
    );
  }
  return lines;
}

function summaryLines(report: Report, p: Palette, quiet: boolean): string[] {
  const s = report.summary;
  const total = s.error + s.warning + s.note;
  const lines: string[] = [];
  if (total === 0) {
    lines.push(p.green('✔ No problems'));
  } else {
    const paint = s.error > 0 ? p.red : s.warning > 0 ? p.yellow : p.blue;
    const counts = [plural(s.error, 'error'), plural(s.warning, 'warning')];
    if (s.note > 0) counts.push(plural(s.note, 'note'));
    lines.push(paint(p.bold(`✖ ${plural(total, 'problem')} (${counts.join(', ')})`)));
  }
  if (quiet && s.warning + s.note > 0) lines.push(p.dim('  warnings and notes not shown (--quiet)'));
  if (s.suppressed > 0) lines.push(p.dim(`  ${s.suppressed} suppressed`));
  const verdictPaint = report.verdict === 'pass' ? p.green : report.verdict === 'fail' ? p.red : p.yellow;
  const scope = [report.mode, report.environment ? `environment ${neutralizeInline(report.environment)}` : '']
    .filter(Boolean)
    .join(', ');
  const smoke = SMOKE_STATUSES.filter((status) => s.smoke[status] > 0).map((status) => `${s.smoke[status]} ${status}`);
  const keys = plural(s.keys, 'key') + (smoke.length > 0 ? ` (smoke: ${smoke.join(', ')})` : '');
  lines.push(`${p.bold('Verdict:')} ${verdictPaint(p.bold(report.verdict))} (${scope}) · ${keys}`);
  if (report.unconfirmed.length > 0) {
    lines.push(p.yellow(`Could not confirm: ${report.unconfirmed.map(neutralizeInline).join(', ')}`));
  }
  return lines;
}

const SMOKE_PAINT: Record<SmokeStatus, keyof Palette> = {
  verified: 'green',
  mismatch: 'red',
  invalid: 'red',
  malformed: 'red',
  unknown: 'yellow',
  skipped: 'yellow',
};

/** The keys table: name, provider, environments, principal and kind, age, smoke status and reason. */
function keyLines(report: Report, p: Palette): string[] {
  if (report.keys.length === 0) return [];
  const header = ['key', 'provider', 'environments', 'principal (kind)', 'age', 'smoke'];
  const rows = report.keys.map((key) => keyRow(key, report.evaluatedAt));
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row.cells[i].length)));
  const line = (cells: string[], paint: (cell: string, i: number) => string): string =>
    `  ${cells.map((cell, i) => paint(i === cells.length - 1 ? cell : cell.padEnd(widths[i]), i)).join('  ')}`.trimEnd();
  const lines = [p.bold(`Keys (${report.keys.length})`), line(header, (cell) => p.dim(cell))];
  for (const row of rows) {
    lines.push(
      line(row.cells, (cell, i) => (i === header.length - 1 && row.smoke ? p[SMOKE_PAINT[row.smoke]](cell) : cell)),
    );
  }
  if (report.keys.every((key) => !key.smoke)) {
    lines.push(p.dim("  smoke: no calls made (--smoke with the keys' values checks each key with its provider)"));
  }
  return [...lines, ''];
}

function keyRow(key: KeyReport, evaluatedAt: string): { cells: string[]; smoke?: SmokeStatus } {
  const dash = (text: string): string => neutralizeInline(text) || '-';
  return {
    cells: [
      dash(key.name),
      dash(providerText(key)),
      dash(key.environments.join(', ')),
      dash(principalText(key)),
      dash(ageText(key, evaluatedAt)),
      dash(smokeText(key)),
    ],
    smoke: key.smoke?.status,
  };
}

function diagnosticLines(report: Report, p: Palette): string[] {
  if (report.diagnostics.length === 0) return [];
  const lines = [p.bold('Diagnostics')];
  const { listed, templates } = shownDiagnostics(report.diagnostics);
  for (const d of listed) {
    const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
    lines.push(`  ${p.dim(neutralize(d.kind))}  ${neutralizeInline(where)}  ${neutralizeInline(d.message)}`);
  }
  if (templates) lines.push(`  ${p.dim('skipped')}  ${templates}`);
  return [...lines, ''];
}

/**
 * The report as terminal text. ANSI colours only when `options.color` is true; untrusted text is
 * always one line, without escapes or runner command markers, whether coloured or not.
 */
export function formatText(report: Report, options: TextOptions): string {
  const p = palette(options.color);
  const out: string[] = [];
  for (const [file, findings] of byFile(report.findings)) {
    out.push(...fileLines(file, findings, p), '');
  }
  out.push(...diagnosticLines(report, p));
  if (!options.quiet) out.push(...keyLines(report, p));
  out.push(...summaryLines(report, p, options.quiet ?? false));
  return `${out.join('\n')}\n`;
}
