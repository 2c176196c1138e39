// Which findings become annotations, within what the runner shows. The runner keeps 10 annotations of
// each type (error, warning, notice) per step and drops the rest silently, and the step's own messages
// (setFailed's error, warnings about the run) draw from the same 10; so the plan leaves those slots free,
// keeps one notice for the closing count, and never spends a slot the runner would throw away.
// Pure: main.ts prints the plan through @actions/core.

import { posix } from 'node:path';
import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../core/types.js';
import { ANNOTATIONS_PER_TYPE } from '../report/github.js';

export type AnnotationType = 'error' | 'warning' | 'notice';

export const ANNOTATION_TYPE: Record<Severity, AnnotationType> = { error: 'error', warning: 'warning', note: 'notice' };

export interface AnnotationPlan {
  /** Findings to annotate, most severe first. */
  shown: Finding[];
  /** Findings of each severity the plan leaves out. */
  hidden: Record<Severity, number>;
  /** The closing notice, when anything is left out. */
  closingNotice?: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The annotations to print. `reserved` counts annotations of each type the step prints besides the
 * findings (run warnings, the setFailed error); `limit` is the runner's cap per type.
 */
export function planAnnotations(
  findings: readonly Finding[],
  reserved: Partial<Record<AnnotationType, number>> = {},
  limit = ANNOTATIONS_PER_TYPE,
): AnnotationPlan {
  // Stable sort: within a severity the report's own order (file, line, column) is kept.
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const room = (type: AnnotationType, extra = 0): number => Math.max(0, limit - (reserved[type] ?? 0) - extra);
  const total: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) total[f.severity]++;
  const fits = (extraNotice: number): boolean =>
    total.error <= room('error') && total.warning <= room('warning') && total.note <= room('notice', extraNotice);
  // One notice slot goes to the closing notice whenever anything is left out.
  const closing = fits(0) ? 0 : 1;
  const capacity: Record<Severity, number> = {
    error: room('error'),
    warning: room('warning'),
    note: room('notice', closing),
  };
  const shown: Finding[] = [];
  const hidden: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of sorted) {
    if (capacity[finding.severity] > 0) {
      capacity[finding.severity]--;
      shown.push(finding);
    } else hidden[finding.severity]++;
  }
  const hiddenTotal = hidden.error + hidden.warning + hidden.note;
  if (hiddenTotal === 0) return { shown, hidden };
  const parts = (['error', 'warning', 'note'] as const).filter((s) => hidden[s] > 0).map((s) => plural(hidden[s], s));
  const closingNotice =
    `${plural(hiddenTotal, 'more finding')} not shown as annotations (${parts.join(', ')}): GitHub shows ` +
    `${limit} annotations of each type per step. All ${findings.length} are in the job summary, the SARIF ` +
    `file and the JSON report.`;
  return { shown, hidden, closingNotice };
}

/**
 * `report` with every path made relative to the workspace instead of the scanned folder, for the
 * outputs GitHub resolves against the repository root (annotations, SARIF, summary links). `prefix` is
 * the scanned folder relative to the workspace with `/` separators ('' or '.' for the root).
 */
export function rebaseReport(report: Report, prefix: string): Report {
  const base = prefix
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
  if (base === '' || base === '.') return report;
  const move = (file: string): string => (file === '' ? file : posix.join(base, file));
  const rebase = (finding: Finding): Finding => ({
    ...finding,
    location: { ...finding.location, file: move(finding.location.file) },
    ...(finding.relatedLocations
      ? { relatedLocations: finding.relatedLocations.map((related) => ({ ...related, file: move(related.file) })) }
      : {}),
    ...(finding.suppression?.location
      ? {
          suppression: {
            ...finding.suppression,
            location: { ...finding.suppression.location, file: move(finding.suppression.location.file) },
          },
        }
      : {}),
  });
  return {
    ...report,
    findings: report.findings.map(rebase),
    suppressed: report.suppressed.map(rebase),
    keys: report.keys.map((key) => ({ ...key, uses: key.uses.map((use) => ({ ...use, file: move(use.file) })) })),
    diagnostics: report.diagnostics.map((d) => ({ ...d, file: move(d.file) })),
  };
}
