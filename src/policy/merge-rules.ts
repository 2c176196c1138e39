// `rules:`, `custom-rules:` and `exceptions:` of every applied file. Rule options are merged over the
// rule's defaults (later files win, option by option) and validated against the rule's own options
// schema when the policy loads, with each error placed in the file that set the offending option.

import type { KeyboundError } from '../core/errors.js';
import { SEVERITIES, type SeveritySetting } from '../core/types.js';
import type { Rule } from '../rules/types.js';
import type { compileCustomRule } from './cel.js';
import { closeMatches, schemaProblems } from './messages.js';
import { validateRuleOptions } from './schema.js';
import { errorAt, type PolicySource } from './source.js';
import { isPlainObject, locate, plainObject, type Segment } from './tree.js';
import type { CustomRuleSpec, ExceptionSpec, RuleSetting } from './types.js';

interface Placed {
  source: PolicySource;
  path: Segment[];
}

interface RuleDraft {
  severity?: SeveritySetting;
  options: Map<string, { value: unknown; placed: Placed }>;
  last: Placed;
}

const SEVERITY_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && SEVERITY_SETTINGS.includes(value);
}

/** Every registered rule's severity and options, after all files; unknown ids and bad options are errors. */
export function mergeRuleSettings(
  sources: readonly PolicySource[],
  rules: readonly Rule<unknown>[],
  customIds: ReadonlySet<string>,
  errors: KeyboundError[],
): Record<string, RuleSetting> {
  const registry = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const drafts = new Map<string, RuleDraft>();
  for (const source of sources) {
    const section = source.data.rules;
    if (!isPlainObject(section)) continue;
    for (const [id, entry] of Object.entries(section)) {
      const path = ['rules', id];
      if (!registry.has(id)) {
        errors.push(errorAt(source, path, unknownRule(id, [...registry.keys()], customIds), 'key'));
        continue;
      }
      // `rotation-age: off` is shorthand for `rotation-age: { severity: off }` (the ESLint habit).
      const setting = typeof entry === 'string' ? { severity: entry } : entry;
      if (!isPlainObject(setting)) continue;
      const draft: RuleDraft = drafts.get(id) ?? { options: new Map(), last: { source, path } };
      draft.last = { source, path };
      for (const [option, value] of Object.entries(setting)) {
        if (option === 'severity') {
          if (id === 'invalid-waiver' && value === 'off') {
            errors.push(
              errorAt(
                source,
                typeof entry === 'string' ? path : [...path, 'severity'],
                'invalid-waiver cannot be off: expired exceptions always fail; use warning or note to soften unused-waiver reports',
              ),
            );
          } else if (isSeverity(value)) draft.severity = value;
        } else {
          draft.options.set(option, { value, placed: { source, path: [...path, option] } });
        }
      }
      drafts.set(id, draft);
    }
  }
  const settings = Object.create(null) as Record<string, RuleSetting>;
  for (const rule of rules) {
    const draft = drafts.get(rule.meta.id);
    const options = plainObject();
    // Copied, so a rule that changes its options cannot change its defaults for the next load.
    for (const [name, value] of Object.entries(rule.meta.defaultOptions as Record<string, unknown>))
      options[name] = structuredClone(value);
    if (draft) {
      for (const [name, { value }] of draft.options) options[name] = value;
      for (const problem of schemaProblems(validateRuleOptions(rule, options), options)) {
        // The file that set the offending option, else the last file that configured the rule.
        const source = draft.options.get(String(problem.path[0]))?.placed.source ?? draft.last.source;
        errors.push(errorAt(source, ['rules', rule.meta.id, ...problem.path], problem.message, problem.at));
      }
    }
    settings[rule.meta.id] = { severity: draft?.severity ?? rule.meta.defaultSeverity, options };
  }
  return settings;
}

function unknownRule(id: string, known: readonly string[], customIds: ReadonlySet<string>): string {
  if (customIds.has(id)) return `${JSON.stringify(id)} is a custom rule; set its severity in custom-rules, not rules`;
  const close = closeMatches(id, known);
  if (close.length)
    return `unknown rule ${JSON.stringify(id)}; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`;
  return `unknown rule ${JSON.stringify(id)} (known rules: ${[...known].sort().join(', ')})`;
}

/** Whether any file declares custom rules (CEL is loaded only then; issue 15: start-up). */
export function hasCustomRules(sources: readonly PolicySource[]): boolean {
  return sources.some((source) => {
    const list = source.data['custom-rules'];
    return Array.isArray(list) && list.length > 0;
  });
}

/**
 * Custom rules of all files; a later file's rule with the same id replaces an earlier one. `compile` is
 * cel.ts's compileCustomRule, loaded by the caller when hasCustomRules(sources).
 */
export function mergeCustomRules(
  sources: readonly PolicySource[],
  rules: readonly Rule<unknown>[],
  errors: KeyboundError[],
  compile: typeof compileCustomRule | undefined,
): CustomRuleSpec[] {
  const builtinIds = new Set(rules.map((rule) => rule.meta.id));
  const merged = new Map<string, CustomRuleSpec>();
  for (const source of sources) {
    const list = source.data['custom-rules'];
    if (!Array.isArray(list)) continue;
    const firstLines = new Map<string, number>();
    list.forEach((item: unknown, index) => {
      if (!isPlainObject(item) || typeof item.id !== 'string') return;
      const path: Segment[] = ['custom-rules', index];
      const location = locate(source.file, source.doc, source.lineCounter, path);
      if (builtinIds.has(item.id)) {
        errors.push(
          errorAt(
            source,
            [...path, 'id'],
            `${JSON.stringify(item.id)} is the id of a built-in rule; give the custom rule its own id`,
          ),
        );
        return;
      }
      const first = firstLines.get(item.id);
      if (first !== undefined) {
        errors.push(
          errorAt(
            source,
            [...path, 'id'],
            `duplicate custom rule id ${JSON.stringify(item.id)} (first at line ${first})`,
          ),
        );
        return;
      }
      firstLines.set(item.id, location.line);
      const spec: CustomRuleSpec = {
        id: item.id,
        severity: isSeverity(item.severity) ? item.severity : 'error',
        message: typeof item.message === 'string' ? item.message : '',
        ...(typeof item.when === 'string' ? { when: item.when } : {}),
        deny: typeof item.deny === 'string' ? item.deny : '',
        location,
      };
      // A rule that is off is still compiled: a broken expression should not wait to be switched on.
      if (typeof item.deny === 'string' && compile) {
        const compiled = compile(source, path, spec, errors);
        if (compiled) spec.compiled = compiled;
      }
      merged.set(item.id, spec);
    });
  }
  return [...merged.values()];
}

const EXCEPTION_OPTIONAL = ['key', 'path', 'owner', 'ticket'] as const;

/** Exceptions of all files, in order; each must name a known rule. */
export function mergeExceptions(
  sources: readonly PolicySource[],
  ruleIds: readonly string[],
  errors: KeyboundError[],
): ExceptionSpec[] {
  const out: ExceptionSpec[] = [];
  for (const source of sources) {
    const list = source.data.exceptions;
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      if (!isPlainObject(item) || typeof item.rule !== 'string') return;
      const path: Segment[] = ['exceptions', index];
      if (!ruleIds.includes(item.rule)) {
        const close = closeMatches(item.rule, ruleIds);
        const hint = close.length
          ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
          : ` (known rules: ${[...ruleIds].sort().join(', ')})`;
        errors.push(errorAt(source, [...path, 'rule'], `unknown rule ${JSON.stringify(item.rule)}${hint}`));
      }
      const spec: ExceptionSpec = {
        rule: item.rule,
        until: typeof item.until === 'string' ? item.until : '',
        reason: typeof item.reason === 'string' ? item.reason : '',
        location: locate(source.file, source.doc, source.lineCounter, path),
      };
      for (const field of EXCEPTION_OPTIONAL) {
        const value = item[field];
        if (typeof value === 'string') spec[field] = value;
      }
      out.push(spec);
    });
  }
  return out;
}
