// SPEC section 8: what a pull request's policy changes against its base branch's, so that `policy-change`
// can name it. Both configs are resolved (extends applied), so a change made in a pack file counts like
// one made in keybound.yml, and each change is placed where the pull request's files make it.
// Only changes that can let a check pass that would fail are listed: a rule made less severe or off,
// any changed rule option, any changed key declaration or environment mapping, a custom rule removed or
// changed, an exception added or extended. Each is a clause: `changes rules.x.severity from error to off`. Tightening (a rule made more severe, a custom rule or an
// exception removed) is not listed.

import { type Location, SEVERITY_RANK, type SeveritySetting } from '../core/types.js';
import type { PolicySource } from './source.js';
import { formatPath, locate, nodeAt, type Segment } from './tree.js';
import type { Rule } from '../rules/types.js';
import type { EnvironmentMapping, ExceptionSpec, PolicyChange, ResolvedConfig, RuleSetting } from './types.js';

/** Every change of `head` against `base` that may weaken a check, placed in `headSources`. */
export function diffPolicies(
  base: ResolvedConfig,
  head: ResolvedConfig,
  headSources: readonly PolicySource[],
  rules: readonly Rule<unknown>[],
): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const add = (path: Segment[], change: string, kind: PolicyChange['kind'] = 'setting', at?: Location): void => {
    changes.push({ change, kind, location: at ?? place(headSources, path, head.file) });
  };

  for (const rule of rules) {
    const id = rule.meta.id;
    // A rule no file configures runs with its own defaults (`extends: []`).
    const defaults: RuleSetting = {
      severity: rule.meta.defaultSeverity,
      options: rule.meta.defaultOptions as Record<string, unknown>,
    };
    const before = base.rules[id] ?? defaults;
    const after = head.rules[id] ?? defaults;
    if (rank(after.severity) < rank(before.severity))
      add(['rules', id, 'severity'], `changes rules.${id}.severity from ${before.severity} to ${after.severity}`);
    for (const option of union(Object.keys(before.options), Object.keys(after.options))) {
      if (same(before.options[option], after.options[option])) continue;
      add(
        ['rules', id, option],
        `changes rules.${id}.${option} from ${show(before.options[option])} to ${show(after.options[option])}`,
      );
    }
  }

  for (const rule of base.customRules) {
    const now = head.customRules.find((r) => r.id === rule.id);
    if (!now) add(['custom-rules'], `removes the custom rule ${rule.id}`);
    else if (
      rank(now.severity) < rank(rule.severity) ||
      now.when !== rule.when ||
      now.deny !== rule.deny ||
      now.message !== rule.message
    )
      add(['custom-rules'], `changes the custom rule ${rule.id}`, 'setting', now.location);
  }

  for (const exception of head.exceptions) {
    if (base.exceptions.some((e) => sameWaiver(e, exception) && e.until >= exception.until)) continue;
    const earlier = base.exceptions.find((e) => sameWaiver(e, exception));
    const target = `${exception.rule}${exception.key ? ` on ${exception.key}` : ''}${exception.path ? ` in ${exception.path}` : ''}`;
    add(
      ['exceptions'],
      earlier
        ? `extends the exception for ${target} from ${earlier.until} to ${exception.until}`
        : `adds an exception for ${target} until ${exception.until}`,
      'exception',
      exception.location,
    );
  }

  for (const name of union([...base.keys.keys()], [...head.keys.keys()])) {
    const before = declared(base.keys.get(name));
    const after = declared(head.keys.get(name));
    if (!after) {
      add(['keys'], `removes the declaration of keys.${formatPath([name])}`);
      continue;
    }
    for (const field of union(Object.keys(before ?? {}), Object.keys(after))) {
      if (same(before?.[field], after[field])) continue;
      add(
        ['keys', name, kebab(field)],
        `changes ${formatPath(['keys', name, kebab(field)])} from ${show(before?.[field])} to ${show(after[field])}`,
        'setting',
        head.keys.get(name)?.location,
      );
    }
  }

  const mappings = (config: ResolvedConfig) => new Map(config.environments.map((m) => [m.name, m]));
  const [baseMaps, headMaps] = [mappings(base), mappings(head)];
  for (const name of union([...baseMaps.keys()], [...headMaps.keys()])) {
    for (const [field, label] of MAPPING_FIELDS) {
      const before = baseMaps.get(name)?.[field] ?? [];
      const after = headMaps.get(name)?.[field] ?? [];
      if (same([...before].sort(), [...after].sort())) continue;
      add(
        ['environments', name, label],
        `changes ${formatPath(['environments', name, label])} from ${show(before)} to ${show(after)}`,
      );
    }
  }
  return changes;
}

const MAPPING_FIELDS: readonly [
  keyof Pick<EnvironmentMapping, 'githubEnvironments' | 'paths' | 'namespaces'>,
  string,
][] = [
  ['githubEnvironments', 'github-environments'],
  ['paths', 'paths'],
  ['namespaces', 'namespaces'],
];

/** `off` below every severity. */
function rank(severity: SeveritySetting): number {
  return severity === 'off' ? 0 : SEVERITY_RANK[severity];
}

function sameWaiver(a: ExceptionSpec, b: ExceptionSpec): boolean {
  return a.rule === b.rule && a.key === b.key && a.path === b.path;
}

/** A declaration's fields that say something about the key (not its name or where it is written). */
function declared(declaration: object | undefined): Record<string, unknown> | undefined {
  if (!declaration) return undefined;
  const { name: _name, location: _location, ...fields } = declaration as Record<string, unknown>;
  return fields;
}

/** `principalKind` -> `principal-kind`, as the config spells it. */
function kebab(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A value for a message: JSON, at most 60 characters; `(none)` when absent. */
function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Where the pull request's files set `path`: the last file (packs first, the config last) that holds
 * the longest prefix of it; the config's first line when none does.
 */
function place(sources: readonly PolicySource[], path: readonly Segment[], configFile: string | undefined): Location {
  const files = sources.filter((source) => !source.builtin && source.doc);
  for (let length = path.length; length > 0; length--) {
    for (const source of [...files].reverse()) {
      if (nodeAt(source.doc, path.slice(0, length)).node)
        return locate(source.file, source.doc, source.lineCounter, path.slice(0, length), 'key');
    }
  }
  return { file: configFile ?? 'keybound.yml', line: 1, column: 1 };
}
