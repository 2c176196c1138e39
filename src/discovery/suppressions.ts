// Inline suppressions (SPEC section 4): `# keybound-ignore rule-id: reason` in any file keybound reads.
// Found by text, not by a parser, so they work the same in YAML, dotenv and files that fail to parse.

import type { InlineSuppression } from '../core/types.js';

// `#` must start a comment (line start or after whitespace); rule ids are comma-separated.
const MARKER = /(^|\s)#\s*keybound-ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?::(.*))?$/;

/**
 * Every `# keybound-ignore` comment in `text`, one entry per rule id, at the 1-based line and column
 * of its `#`. A missing or blank reason leaves `reason` undefined (that is itself a finding elsewhere).
 */
export function findSuppressions(path: string, text: string): InlineSuppression[] {
  const found: InlineSuppression[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  source.split('\n').forEach((raw, index) => {
    if (!raw.includes('keybound-ignore')) return;
    const match = MARKER.exec(raw.replace(/\r$/, ''));
    if (!match) return;
    const column = match.index + match[1].length + 1;
    const reason = match[3]?.trim();
    for (const ruleId of match[2].split(',')) {
      found.push({ file: path, line: index + 1, column, ruleId: ruleId.trim(), ...(reason && { reason }) });
    }
  });
  return found;
}
