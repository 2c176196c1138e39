// Diagnostics as the human-readable outputs show them: each on its own line, except skipped templates
// (Helm and Jinja files that cannot be read until rendered), which real repositories hold by the
// hundred and which say nothing to act on one by one: one line counts them, and the JSON report lists
// each.

import type { Diagnostic } from '../core/types.js';

export interface ShownDiagnostics {
  /** Diagnostics shown one per line. */
  listed: Diagnostic[];
  /** The one line that counts the skipped templates, or undefined when there is none. */
  templates?: string;
}

/** What discovery's `skippedTemplate` says of a file (manifest-yaml.ts). */
const TEMPLATE_MESSAGE = /: a template \(/;

export function isSkippedTemplate(diagnostic: Diagnostic): boolean {
  return diagnostic.kind === 'skipped' && TEMPLATE_MESSAGE.test(diagnostic.message);
}

export function shownDiagnostics(diagnostics: readonly Diagnostic[]): ShownDiagnostics {
  const count = diagnostics.filter(isSkippedTemplate).length;
  const listed = diagnostics.filter((d) => !isSkippedTemplate(d));
  if (count === 0) return { listed };
  const files = count === 1 ? '1 template' : `${count} templates`;
  return {
    listed,
    templates: `${files} skipped (Go/Helm {{ }} or Jinja {% %} tags): scan the rendered files; --format json lists each`,
  };
}
