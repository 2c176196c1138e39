// The one entry point the CLI and the Action use to turn a Report into text: a format name picks one
// of the pure formatters. Nothing here does I/O; writing the result is the shell's job.

import type { Report } from '../core/types.js';
import type { RuleMeta } from '../rules/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Every value `--format` accepts, in the order the help text lists them. */
export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** ANSI colours in `text` output; ignored by the other formats. Default false. */
  color?: boolean;
  /** Metadata of every rule that ran (SARIF rule descriptors). */
  rules: readonly RuleMeta[];
  /** `--quiet`: the report holds errors only (text says so and leaves out the keys table). */
  quiet?: boolean;
}

/** True when `value` names a format (for validating `--format` before a scan starts). */
export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/**
 * `report` rendered in `format`. The report must already be redacted (DESIGN convention 6): the
 * formatters neutralize untrusted text for their medium, they do not know secret values.
 */
export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  switch (format) {
    case 'text':
      return formatText(report, { color: options.color ?? false, quiet: options.quiet });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options.rules);
    case 'markdown':
      return formatMarkdown(report);
    case 'github':
      return formatGithub(report);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown report format "${String(unknown)}": expected one of ${FORMATS.join(', ')}`);
    }
  }
}

export { formatGithub, formatJson, formatMarkdown, formatSarif, formatText };
export { neutralize, neutralizeInline, flattenLine, stripControl, defuseCommands, defuseJson } from './neutralize.js';
