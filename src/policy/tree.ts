// Between a parsed YAML document and the plain data ajv validates: conversion into prototype-free
// objects (SECURITY: a `__proto__` key is only a name here), the YAML node at a data path (for exact
// line/column in messages), and the dotted paths and value descriptions that messages quote.

import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import { AliasBudget, nodeLocation } from '../core/yaml.js';
import type { Location } from '../core/types.js';

export type Segment = string | number;

/** A plain mapping built with `Object.create(null)`: no inherited names, no prototype to replace. */
export type PlainObject = Record<string, unknown>;

export function plainObject(): PlainObject {
  return Object.create(null) as PlainObject;
}

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node that cannot become data (a key that is itself a map or list). */
export interface TreeProblem {
  node: Node;
  message: string;
}

/**
 * Converts a document into data: maps become prototype-free objects, aliases are followed within a
 * budget (throws YamlBudgetError past it), and keys that are not scalars are reported, not stringified.
 */
export function toData(doc: Document.Parsed, problems: TreeProblem[]): unknown {
  const aliases = new AliasBudget(doc);
  const convert = (input: unknown): unknown => {
    const node = aliases.resolve(input);
    if (isMap(node)) {
      const out = plainObject();
      for (const pair of node.items) {
        const key = aliases.resolve(pair.key);
        if (!isScalar(key)) {
          // An alias with no anchor resolves to nothing: report it where the key stands.
          problems.push({
            node: (key ?? pair.key ?? node) as Node,
            message: 'keys must be plain strings, not maps or lists',
          });
          continue;
        }
        out[String(key.value)] = convert(pair.value);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map(convert);
    if (isScalar(node)) return node.value ?? null;
    return null;
  };
  return convert(doc.contents);
}

/** What a data path points at in the document: the value node and, under a map, its pair. */
export interface NodeAtPath {
  node?: Node;
  pair?: Pair<Node, Node>;
}

/** Follows `path` through maps and lists (and aliases) to the YAML node that holds it. */
export function nodeAt(doc: Document.Parsed | undefined, path: readonly Segment[]): NodeAtPath {
  if (!doc) return {};
  const aliases = new AliasBudget(doc);
  let current: unknown = aliases.resolve(doc.contents);
  let pair: Pair<Node, Node> | undefined;
  for (const segment of path) {
    if (isMap(current)) {
      pair = (current.items as Pair<Node, Node>[]).find((item) => {
        const key = aliases.resolve(item.key);
        return isScalar(key) && String(key.value) === String(segment);
      });
      if (!pair) return {};
      current = aliases.resolve(pair.value);
    } else if (isSeq(current) && typeof segment === 'number') {
      pair = undefined;
      current = aliases.resolve(current.items[segment]);
    } else {
      return {};
    }
  }
  return { node: (current as Node | null) ?? undefined, pair };
}

/** The location of the value at `path` (or of its key, with `at: 'key'`), falling back to the nearest parent. */
export function locate(
  file: string,
  doc: Document.Parsed | undefined,
  lineCounter: LineCounter,
  path: readonly Segment[],
  at: 'key' | 'value' = 'value',
): Location {
  for (let length = path.length; length >= 0; length--) {
    const { node, pair } = nodeAt(doc, path.slice(0, length));
    const key = pair?.key as Node | undefined;
    // An empty value (`keys:` with nothing after it) has no text of its own: point at its key.
    const emptyValue = !node?.range || node.range[0] === node.range[1];
    const target = (at === 'key' && length === path.length) || emptyValue ? (key ?? node) : node;
    if (target?.range) return start(nodeLocation(file, lineCounter, target));
  }
  return { file, line: 1, column: 1 };
}

function start(location: Location): Location {
  return { file: location.file, line: location.line, column: location.column };
}

const PLAIN_SEGMENT = /^[A-Za-z0-9_\-/:*@$<]+$/;

/** `rules.rotation-age.max-age-days`, `exceptions[0].reason`, `keys["a.b"]`: how messages name a place. */
export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_SEGMENT.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Strings longer than this are described by length, not quoted: config values are not secrets, but a
 *  key pasted into the wrong field would be, and JSON quoting keeps newlines out of the log. */
const MAX_QUOTED = 40;

/** How a message names a value it found: `"ninety"`, `90`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > MAX_QUOTED ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return String(value);
}

/** Quotes a name (key, rule id, property) for a message, neutralizing newlines and long values. */
export function quoteName(name: string): string {
  return name.length > 80 ? `${JSON.stringify(name.slice(0, 80))}…` : JSON.stringify(name);
}
