// `keybound rules` and `keybound providers`: the same metadata the README tables are generated from.

import type { ProviderSpec } from '../providers/types.js';
import type { Rule } from '../rules/types.js';

type ListingFormat = 'text' | 'json' | 'markdown';

/** Markdown table cells: a `|` or newline in a description must not break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function formatRules(rules: readonly Rule[], format: ListingFormat): string {
  const rows = rules.map((r) => ({ id: r.meta.id, severity: r.meta.defaultSeverity, description: r.meta.description }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'markdown') {
    const lines = ['| id | default | what it reports |', '|---|---|---|'];
    for (const r of rows) lines.push(`| \`${r.id}\` | ${r.severity} | ${cell(r.description)} |`);
    return `${lines.join('\n')}\n`;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  return `${rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n')}\n`;
}

export function formatProviders(providers: readonly ProviderSpec[], format: ListingFormat): string {
  const rows = providers.map((p) => ({
    id: p.id,
    name: p.name,
    formats: p.formats.map((f) => f.type),
    endpoints: p.endpoints.map((e) => ({ method: e.method, host: new URL(e.baseUrl).host, path: e.path })),
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const calls = (r: (typeof rows)[number]): string =>
    r.endpoints.map((e) => `${e.method} ${e.host}${e.path}`).join(', ') || 'none yet';
  if (format === 'markdown') {
    const lines = ['| provider | key types | calls (method, host, path) |', '|---|---|---|'];
    for (const r of rows) lines.push(`| ${r.name} (\`${r.id}\`) | ${cell(r.formats.join(', '))} | ${cell(calls(r))} |`);
    return `${lines.join('\n')}\n`;
  }
  return `${rows.map((r) => `${r.id}\n  key types: ${r.formats.join(', ')}\n  calls:     ${calls(r)}`).join('\n')}\n`;
}
