// `keybound rules` and `keybound providers`: the same metadata the README tables are generated from.

import { parse } from 'yaml';
import { KeyboundError } from '../core/errors.js';
import { POLICY_FILES } from '../generated/policies.js';
import { closeMatches } from '../policy/messages.js';
import type { CustomRuleSpec } from '../policy/types.js';
import type { ProviderData } from '../providers/types.js';
import { customRuleMeta } from '../rules/custom.js';
import { listProviders, providersMarkdown, providersText } from './provider-listing.js';
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

/** `keybound providers`: the registry's data as JSON (policies/providers.schema.json), markdown or text. */
export function formatProviders(providers: readonly ProviderData[], format: ListingFormat): string {
  const document = listProviders(providers);
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  return format === 'markdown' ? providersMarkdown(document) : providersText(document);
}

/** One option of a rule as `keybound explain` shows it. */
interface OptionRow {
  name: string;
  type: string;
  description: string;
  default: unknown;
  recommended?: unknown;
}

/**
 * `keybound explain RULE`: description, default severity, options with their defaults (the rule's own
 * and, where it differs, policies/recommended.yml's), and the example: the README table's metadata.
 */
export function formatExplain(
  rule: Rule,
  recommended: { severity?: string; options: Record<string, unknown> },
  format: ListingFormat,
): string {
  const meta = rule.meta;
  const properties = (meta.optionsSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const defaults = meta.defaultOptions as Record<string, unknown>;
  const options: OptionRow[] = Object.entries(properties).map(([name, schema]) => ({
    name,
    type: typeName(schema),
    description: typeof schema.description === 'string' ? schema.description : '',
    default: defaults[name],
    ...(name in recommended.options && JSON.stringify(recommended.options[name]) !== JSON.stringify(defaults[name])
      ? { recommended: recommended.options[name] }
      : {}),
  }));
  const data = {
    id: meta.id,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    ...(recommended.severity ? { recommendedSeverity: recommended.severity } : {}),
    usesSmoke: meta.usesSmoke ?? false,
    options,
    ...(meta.example ? { example: meta.example } : {}),
  };
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  const show = (value: unknown): string => (value === undefined ? '(none)' : JSON.stringify(value));
  const lines: string[] = [];
  if (format === 'markdown') {
    lines.push(`## \`${meta.id}\``, '', meta.description, '', `Default severity: ${meta.defaultSeverity}.`);
    if (options.length) {
      lines.push('', '| option | type | default | description |', '|---|---|---|---|');
      for (const o of options)
        lines.push(
          `| \`${o.name}\` | ${o.type} | \`${cell(show(o.recommended ?? o.default))}\` | ${cell(o.description)} |`,
        );
    }
    if (meta.example) lines.push('', `Example: ${meta.example}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${meta.id}  (default severity: ${meta.defaultSeverity}${recommended.severity && recommended.severity !== meta.defaultSeverity ? `; recommended: ${recommended.severity}` : ''})`,
  );
  lines.push(`  ${meta.description}`);
  if (meta.usesSmoke) lines.push('  Uses smoke call results when --smoke is given.');
  lines.push(
    '',
    options.length
      ? `Options (keybound.yml, rules.${meta.id}):`
      : `Options: none besides severity (rules.${meta.id}.severity).`,
  );
  for (const o of options) {
    lines.push(`  ${o.name} (${o.type})`);
    if (o.description) lines.push(`      ${o.description}`);
    lines.push(`      default: ${show(o.default)}`);
    if (o.recommended !== undefined) lines.push(`      in policies/recommended.yml: ${show(o.recommended)}`);
  }
  if (meta.example) lines.push('', 'Example finding:', `  ${meta.example}`);
  return `${lines.join('\n')}\n`;
}

function typeName(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    return `list of ${typeof items.type === 'string' ? items.type : 'values'}`;
  }
  if (schema.type === 'object') return 'map';
  return typeof schema.type === 'string' ? schema.type : 'value';
}

/** `keybound explain ID` for a custom rule of the config: where it is defined, its message, when and deny. */
export function formatExplainCustom(spec: CustomRuleSpec, format: ListingFormat): string {
  const meta = customRuleMeta(spec);
  const where = spec.location ? `${spec.location.file}:${spec.location.line}` : undefined;
  if (format === 'json') {
    const data = {
      id: spec.id,
      custom: true,
      ...(where ? { definedIn: where } : {}),
      severity: spec.severity,
      message: spec.message,
      ...(spec.when ? { when: spec.when } : {}),
      deny: spec.deny,
      help: meta.help?.text,
    };
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  if (format === 'markdown') return `## \`${spec.id}\`\n\nSeverity: ${spec.severity}.\n\n${meta.help?.markdown}\n`;
  return `${spec.id}  (custom rule; severity: ${spec.severity})\n${(meta.help?.text ?? '')
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n')}\n`;
}

/** The rule `id`, or a usage error naming the closest ids (exit 2); `customIds` are the config's. */
export function findRule(rules: readonly Rule[], id: string, customIds: readonly string[] = []): Rule {
  const rule = rules.find((r) => r.meta.id === id);
  if (rule) return rule;
  const ids = [...rules.map((r) => r.meta.id), ...customIds];
  const close = closeMatches(id, ids);
  const hint = close.length
    ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
    : ` (keybound rules lists them: ${ids.join(', ')})`;
  throw new KeyboundError('usage', `explain: unknown rule ${JSON.stringify(id.slice(0, 80))}${hint}`);
}

/** The rule's severity and options as policies/recommended.yml (embedded in the bundle) sets them. */
export function recommendedSetting(id: string): { severity?: string; options: Record<string, unknown> } {
  const text = POLICY_FILES['recommended.yml'];
  const data = (text ? parse(text) : {}) as { rules?: Record<string, Record<string, unknown> | null> };
  const { severity, ...options } = data.rules?.[id] ?? {};
  return { ...(typeof severity === 'string' ? { severity } : {}), options };
}
