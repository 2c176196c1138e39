// Where a character of a CEL expression stands in its YAML file: an offset in the expression (as the
// CEL library reports it) becomes an offset in the file, through the scalar's quoting and escapes.
// Plain and quoted one-line scalars and `|` block scalars map exactly; anything else (folded or
// multi-line flow scalars) maps to the scalar's start.

import { isScalar, type Node, Scalar } from 'yaml';

/** The file offset of character `index` of the scalar's value; the scalar's start when it cannot be mapped. */
export function sourceOffset(text: string | undefined, node: Node | undefined, index: number): number | undefined {
  if (!node?.range) return undefined;
  const start = node.range[0];
  if (text === undefined || !isScalar(node) || typeof node.value !== 'string') return start;
  const value = node.value;
  const raw = text.slice(start, node.range[1]);
  const mapped = mapIndex(node.type, raw, value, Math.max(0, Math.min(index, value.length)));
  return mapped === undefined ? start : start + mapped;
}

/** Offset within `raw` of value character `index`, or undefined when the mapping is not exact. */
function mapIndex(type: Scalar['type'], raw: string, value: string, index: number): number | undefined {
  switch (type) {
    case Scalar.PLAIN:
      return raw.startsWith(value) ? index : undefined;
    case Scalar.QUOTE_SINGLE:
      return walkQuoted(raw, value, index, (at) => (raw.startsWith("''", at) ? 2 : 1));
    case Scalar.QUOTE_DOUBLE:
      return walkQuoted(raw, value, index, (at) => escapeLength(raw, at));
    case Scalar.BLOCK_LITERAL:
      return mapBlockLiteral(raw, value, index);
    default:
      return undefined;
  }
}

/** Steps through a one-line quoted scalar, `width(at)` raw characters per value character. */
function walkQuoted(raw: string, value: string, index: number, width: (at: number) => number): number | undefined {
  if (raw.includes('\n')) return undefined;
  let at = 1;
  for (let produced = 0; produced < index; produced++) {
    if (at >= raw.length - 1) return undefined;
    at += width(at);
  }
  return index <= value.length ? at : undefined;
}

/** Raw length of the double-quoted character at `at`: `\n` 2, `\x41` 4, `\u0041` 6, `\U…` 10. */
function escapeLength(raw: string, at: number): number {
  if (raw[at] !== '\\') return 1;
  const next = raw[at + 1];
  return next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
}

/** `|` blocks: value line k is source line k after the header, behind the block's indentation. */
function mapBlockLiteral(raw: string, value: string, index: number): number | undefined {
  const header = raw.indexOf('\n');
  if (header < 0) return undefined;
  const before = value.slice(0, index);
  const lineIndex = before.split('\n').length - 1;
  const column = index - (before.lastIndexOf('\n') + 1);
  const lines = raw.slice(header + 1).split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  const wanted = value.split('\n')[lineIndex] ?? '';
  const line = lines[lineIndex];
  if (line === undefined || !Number.isFinite(indent) || line.slice(indent) !== wanted) return undefined;
  let offset = header + 1;
  for (let i = 0; i < lineIndex; i++) offset += lines[i].length + 1;
  return offset + indent + column;
}
