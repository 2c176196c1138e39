// GitHub Actions annotations as workflow-command lines (`::error file=..,line=..::message`), most
// severe first. SECURITY: data and properties are escaped exactly as the runner unescapes them
// (actions/runner ActionCommand.cs), so no untrusted text can end the line or start a command.

import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../core/types.js';
import { stripControl } from './neutralize.js';
import { messageWithRelated } from './related.js';

/** The runner keeps this many annotations of each type (error, warning, notice) per step. */
export const ANNOTATIONS_PER_TYPE = 10;

/** One workflow command per severity (this formatter's severity map). */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

/** Escapes command data: the runner turns `%0D`, `%0A`, then `%25` back into CR, LF and `%`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `:` (would end the properties) and `,` (would end the value). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A property value the runner reads back intact, or undefined to leave the property out. It splits
 * `key=value` with RemoveEmptyEntries, so an empty value is dropped and leading `=` are lost. (It also
 * trims the whole property list: the last property, `title`, is trimmed before it gets here.)
 */
function propertyValue(text: string): string | undefined {
  const value = stripControl(text, true);
  if (value === '' || value.startsWith('=')) return undefined;
  return escapeProperty(value);
}

function command(name: string, properties: [string, string | number | undefined][], data: string): string {
  const props = properties
    .map(([key, raw]) => {
      const value = raw === undefined ? undefined : propertyValue(String(raw));
      return value === undefined ? undefined : `${key}=${value}`;
    })
    .filter((prop): prop is string => prop !== undefined);
  // SECURITY: CR and LF survive stripControl here on purpose: escapeData encodes them, so the message
  // round-trips exactly while the line cannot break.
  const body = escapeData(stripControl(data, true));
  return props.length > 0 ? `::${name} ${props.join(',')}::${body}` : `::${name}::${body}`;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

function annotation(finding: Finding): string {
  const loc = finding.location;
  const title = `keybound ${finding.ruleId}${finding.key ? ` (${finding.key})` : ''}`;
  return command(
    COMMAND[finding.severity],
    [
      ['file', loc.file],
      ['line', positive(loc.line)],
      ['col', positive(loc.column)],
      ['endLine', positive(loc.endLine)],
      ['endColumn', positive(loc.endColumn)],
      ['title', title.trim()],
    ],
    messageWithRelated(finding),
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Annotation lines for the active findings, most severe first. The runner shows only
 * {@link ANNOTATIONS_PER_TYPE} of each type a step, so at most that many errors and warnings are
 * written, and one fewer notice; when anything is left out, one closing `::notice::` (within the
 * notice limit) counts it and points to the job summary, SARIF and JSON. Ends with a newline when non-empty.
 */
export function formatGithub(report: Report): string {
  const sorted = [...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const limit: Record<Severity, number> = {
    error: ANNOTATIONS_PER_TYPE,
    warning: ANNOTATIONS_PER_TYPE,
    // One notice slot is kept for the closing notice.
    note: ANNOTATIONS_PER_TYPE - 1,
  };
  const shown: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const hidden: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const lines: string[] = [];
  for (const finding of sorted) {
    if (shown[finding.severity] < limit[finding.severity]) {
      shown[finding.severity]++;
      lines.push(annotation(finding));
    } else {
      hidden[finding.severity]++;
    }
  }
  const hiddenTotal = hidden.error + hidden.warning + hidden.note;
  if (hiddenTotal > 0) {
    const parts = (['error', 'warning', 'note'] as const)
      .filter((severity) => hidden[severity] > 0)
      .map((severity) => plural(hidden[severity], severity));
    lines.push(
      command(
        'notice',
        [['title', 'keybound: more findings']],
        `${plural(hiddenTotal, 'more finding')} not shown as annotations (${parts.join(', ')}): ` +
          `GitHub shows ${ANNOTATIONS_PER_TYPE} of each type per step. See the job summary, the SARIF ` +
          `upload (code scanning) or the JSON report for all ${report.findings.length}.`,
      ),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
