// Shared plumbing for the manifest extractors (kubernetes, kustomize, compose, helm-values): walking
// parsed YAML through the alias budget, exact trimmed locations, and turning parser problems or any
// throw into a located Diagnostic so an extractor never throws on hostile input.

import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import { SecretValue } from '../core/secret.js';
import type { Diagnostic, Location } from '../core/types.js';
import {
  AliasBudget,
  parseYaml,
  scalarString,
  spanLocation,
  type YamlOptions,
  type YamlProblem,
} from '../core/yaml.js';
import type { InventoryPart } from './types.js';

/** One document being walked: everything needed to resolve aliases and locate nodes. */
export interface Walk {
  file: string;
  text: string;
  lineCounter: LineCounter;
  doc: Document;
  budget: AliasBudget;
}

/** A map entry whose value has been resolved through aliases. */
export interface Entry {
  key: string;
  pair: Pair;
  value: unknown;
}

/** Parsed documents ready to walk, plus diagnostics for the problems found. */
export interface ParsedFile {
  walks: Walk[];
  diagnostics: Diagnostic[];
}

/**
 * Parses `text` as YAML. The BOM is dropped first so line 1 columns match what editors show. The first
 * problem becomes a `parse-error` diagnostic (a template's, a `skipped` one); documents with errors of
 * their own are left out of `walks`.
 */
export function parseFile(file: string, text: string, options: YamlOptions = {}): ParsedFile {
  const clean = stripBom(text);
  const parsed = parseYaml(clean, options);
  const first = firstProblem(parsed.problems);
  // NOTE: a template that breaks the parser is not a broken file; it is skipped, whatever its format.
  if (first && looksTemplated(clean)) return { walks: [], diagnostics: [skippedTemplate(file)] };
  const diagnostics = first ? [parseError(file, first.message, first.line, first.column)] : [];
  const walks = parsed.docs
    .filter((doc) => doc.errors.length === 0)
    .map((doc) => ({ file, text: clean, lineCounter: parsed.lineCounter, doc, budget: new AliasBudget(doc) }));
  return { walks, diagnostics };
}

/**
 * The problem that comes first in the file. A file that is not YAML at all (Markdown, a Jinja template)
 * gives the parser a problem on nearly every line; it is one broken file, so it is reported once.
 */
export function firstProblem(problems: readonly YamlProblem[]): YamlProblem | undefined {
  const place = (p: YamlProblem): number => (p.line ?? Infinity) * 1e6 + (p.column ?? 0);
  return problems.reduce<YamlProblem | undefined>((a, b) => (a && place(a) <= place(b) ? a : b), undefined);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A `parse-error` diagnostic naming the file (messages never quote file content). */
export function parseError(file: string, message: string, line?: number, column?: number): Diagnostic {
  const where = line === undefined ? {} : { line, column: column ?? 1 };
  return { kind: 'parse-error', file, ...where, message: `${file}: ${message}` };
}

/**
 * Runs an extraction and turns anything it throws (an alias budget exhausted, a bug) into a
 * `parse-error` diagnostic, so one bad file never stops the scan.
 */
export function guarded(file: string, extract: () => InventoryPart): InventoryPart {
  try {
    return extract();
  } catch (error) {
    const reason = error instanceof Error && error.name === 'YamlBudgetError' ? error.message : 'could not be read';
    return { diagnostics: [parseError(file, reason)] };
  }
}

/** Follows aliases (charged to the walk's budget). */
export function resolve(walk: Walk, node: unknown): unknown {
  return walk.budget.resolve(node);
}

export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

/**
 * The entries of a map, values resolved. With `merge`, `<<: *anchor` (or a list of them) contributes
 * the anchored map's entries, overridden by keys written in the map itself, as compose defines it.
 */
export function entries(walk: Walk, node: unknown, merge = false, depth = 0): Entry[] {
  const map = resolve(walk, node);
  if (!isMap(map) || depth > 20) return [];
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const pair of map.items as Pair[]) {
    if (merge && isMergeKey(pair.key)) {
      const source = resolve(walk, pair.value);
      const sources = isSeq(source) ? source.items : [source];
      for (const item of sources) merged.push(...entries(walk, item, true, depth + 1));
      continue;
    }
    const key = scalarString(pair.key);
    if (key !== undefined) own.push({ key, pair, value: resolve(walk, pair.value) });
  }
  const ownKeys = new Set(own.map((entry) => entry.key));
  return [...own, ...merged.filter((entry) => !ownKeys.has(entry.key))];
}

/** The resolved value of `key` in a map, or undefined. */
export function get(walk: Walk, node: unknown, key: string, merge = false): unknown {
  return entry(walk, node, key, merge)?.value;
}

export function entry(walk: Walk, node: unknown, key: string, merge = false): Entry | undefined {
  return entries(walk, node, merge).find((candidate) => candidate.key === key);
}

/** The resolved items of a sequence; [] for anything else. */
export function items(walk: Walk, node: unknown): unknown[] {
  const seq = resolve(walk, node);
  return isSeq(seq) ? seq.items.map((item) => resolve(walk, item)) : [];
}

/** A scalar's string value after following aliases. */
export function str(walk: Walk, node: unknown): string | undefined {
  return scalarString(resolve(walk, node));
}

/** Location of the source span [start, end), with trailing blanks and line breaks trimmed off the end. */
export function span(walk: Walk, start: number, end: number): Location {
  let stop = Math.max(start, Math.min(end, walk.text.length));
  while (stop > start && /\s/.test(walk.text[stop - 1])) stop--;
  return spanLocation(walk.file, walk.lineCounter, start, Math.max(stop, start));
}

/** Location of a node or pair (a pair runs from its key to the end of its value). */
export function locate(walk: Walk, node: unknown): Location {
  const range = rangeOf(node);
  return range ? span(walk, range[0], range[1]) : { file: walk.file, line: 1, column: 1 };
}

/** Location from the start of `from` to the end of `to` (either may be a pair). */
export function locateFromTo(walk: Walk, from: unknown, to: unknown): Location {
  const a = rangeOf(from);
  const b = rangeOf(to) ?? a;
  if (!a || !b) return locate(walk, from);
  return span(walk, a[0], Math.max(a[1], b[1]));
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (isPair(node)) {
    const key = rangeOf(node.key);
    const value = rangeOf(node.value);
    if (key) return [key[0], value?.[1] ?? key[1]];
    return value;
  }
  const range = (node as Node).range;
  return range ? [range[0], range[1]] : undefined;
}

/** The 1-based line a literal starts on, for `SecretValue.origin` (`path:line`, never the value). */
export function literal(value: string, location: Location): SecretValue {
  return new SecretValue(value, `${location.file}:${location.line}`);
}

/**
 * Whether the file looks like a template rather than plain YAML: Go/Helm `{{ }}` actions, or Jinja
 * (cookiecutter, Ansible) `{% %}` tags. A GitHub expression `${{ }}` is not a template action.
 */
export function looksTemplated(text: string): boolean {
  return /(?:^|[^$]){{|{%/.test(text);
}

/** The diagnostic for a template: it cannot be read until rendered, which is not a parse error. */
export function skippedTemplate(file: string): Diagnostic {
  return {
    kind: 'skipped',
    file,
    message: `${file}: a template (Go/Helm \`{{ }}\` or Jinja \`{% %}\` tags); scan the rendered files instead`,
  };
}

/** `a/b/c.yaml` -> `a/b`; a root file -> ''. */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `a/b/c.yaml` -> `c.yaml`. */
export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
