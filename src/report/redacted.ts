// A report rendered for output with every secret removed (SECURITY.md rule 10): each string of the
// report passes the redactor before a formatter serializes it, so JSON and SARIF stay well-formed
// whatever a value is, and key names and paths stay whole unless they contain a secret value.

import type { Redactor } from '../core/redact.js';
import { redactValues } from '../core/redact-values.js';
import type { Report } from '../core/types.js';
import { type Format, type FormatOptions, formatReport } from './index.js';
import { formatJsonChunks } from './json.js';

/**
 * `report` in `format`, redacted. Line formats (text, markdown, github) get one more pass over the
 * finished text as defence in depth: `[redacted]` holds no line break, `%`, `:`, `|` or quote, so it
 * cannot break a line, a table or a workflow command. JSON and SARIF get none: every string in them was
 * redacted already, and a replacement in serialized JSON could land outside a string.
 */
export function formatRedacted(report: Report, redactor: Redactor, format: Format, options: FormatOptions): string {
  const text = formatReport(redactValues(report, redactor), format, options);
  return format === 'json' || format === 'sarif' ? text : redactor.redact(text);
}

/**
 * `formatRedacted` as pieces to write one after the other (issue 15: flat memory). JSON is redacted and
 * serialized item by item, so neither a redacted copy of the whole report nor its text is ever held at
 * once; the other formats come as one piece.
 */
export function formatRedactedChunks(
  report: Report,
  redactor: Redactor,
  format: Format,
  options: FormatOptions,
): Iterable<string> {
  if (format !== 'json') return [formatRedacted(report, redactor, format, options)];
  return formatJsonChunks(report, (value) => redactValues(value, redactor));
}
