// Finds `secrets` references inside GitHub Actions expressions with exact source offsets. It scans the
// raw source of a scalar rather than its parsed value, so block scalars, quoted strings and escapes
// still map every character back to its place in the file.

import { type Scalar } from 'yaml';

/** A scalar's text as written (quotes and escapes undone), with the file offset of every character. */
export interface SourceView {
  text: string;
  /** `offsets[i]` is where character i starts in the file; `offsets[text.length]` is where the text ends. */
  offsets: number[];
}

/** A span of a view: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface SecretRef extends Span {
  name: string;
}

/** `secrets[expr]` whose index is not a string literal: `index` is the expression as written. */
export interface DynamicRef extends Span {
  index: string;
}

export interface ExpressionScan {
  refs: SecretRef[];
  /** Spans of `toJSON(secrets)`. */
  exposures: Span[];
  dynamic: DynamicRef[];
}

/** The source view of a scalar node, or undefined when the node has no range. */
export function sourceView(source: string, node: Scalar): SourceView | undefined {
  if (!node.range) return undefined;
  let [start, end] = node.range;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // Skip the `|-` header line (and any comment on it): `>` there is not a shell redirect.
    const newline = source.indexOf('\n', start);
    start = newline < 0 || newline >= end ? end : newline + 1;
  } else if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
    start += 1;
    end = Math.max(start, end - 1);
  }
  const escape = node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'QUOTE_DOUBLE' ? '\\' : undefined;
  return unescapeView(source, start, end, escape);
}

/** Undo `''` (single-quoted) or `\"`, `\\`, `\/` (double-quoted); other escapes stay as written. */
function unescapeView(source: string, start: number, end: number, escape: string | undefined): SourceView {
  let text = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    offsets.push(i);
    const next = source[i + 1];
    const escaped =
      escape === "'"
        ? source[i] === "'" && next === "'"
        : escape === '\\' && source[i] === '\\' && '"\\/'.includes(next ?? 'x');
    if (escaped && i + 1 < end) i++;
    text += source[i];
  }
  offsets.push(end);
  return { text, offsets };
}

/** Every `${{ … }}` in a template string, scanned for secret references. */
export function scanTemplate(text: string): ExpressionScan {
  const out: ExpressionScan = { refs: [], exposures: [], dynamic: [] };
  for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', open)) {
    const close = expressionEnd(text, open + 3);
    if (close < 0) break;
    scanInto(text, open + 3, close, out);
    open = close + 2;
  }
  return out;
}

/** A bare expression (an `if:` without `${{ }}`), scanned for secret references. */
export function scanExpression(text: string): ExpressionScan {
  const out: ExpressionScan = { refs: [], exposures: [], dynamic: [] };
  scanInto(text, 0, text.length, out);
  return out;
}

/** Index of the `}}` that closes an expression whose body starts at `from`, or -1. */
export function expressionEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "'") i = literalEnd(text, i);
    else if (text[i] === '}' && text[i + 1] === '}') return i;
  }
  return -1;
}

/** Index of the closing quote of the string literal opened at `i` (`''` is an escaped quote). */
function literalEnd(text: string, i: number): number {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] !== quote) continue;
    if (text[j + 1] === quote) j++;
    else return j;
  }
  return text.length;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;

function scanInto(text: string, from: number, to: number, out: ExpressionScan): void {
  for (let i = from; i < to;) {
    const c = text[i];
    if (c === "'") {
      i = literalEnd(text, i) + 1;
    } else if (IDENT_START.test(c)) {
      const end = identEnd(text, i, to);
      // A word after `.` is a property (`needs.x.outputs.secrets`, `inputs.secrets`), not a context.
      if (!afterDot(text, from, i)) matchWord(text, i, end, to, out);
      i = end;
    } else {
      i++;
    }
  }
}

function identEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && IDENT_PART.test(text[j])) j++;
  return j;
}

function afterDot(text: string, from: number, i: number): boolean {
  let j = i - 1;
  while (j >= from && /\s/.test(text[j])) j--;
  return j >= from && text[j] === '.';
}

function matchWord(text: string, start: number, end: number, to: number, out: ExpressionScan): void {
  const word = text.slice(start, end).toLowerCase();
  if (word === 'secrets') {
    const ref = secretAccess(text, start, end, to);
    if (ref) out.refs.push(ref);
    else {
      const dynamic = dynamicAccess(text, start, end, to);
      if (dynamic) out.dynamic.push(dynamic);
    }
  } else if (word === 'tojson') {
    const m = /^\s*\(\s*secrets\s*\)/i.exec(text.slice(end, to));
    if (m) out.exposures.push({ start, end: end + m[0].length });
  }
}

/** `secrets.NAME`, `secrets['NAME']` or `secrets["NAME"]` starting at `start`. */
function secretAccess(text: string, start: number, end: number, to: number): SecretRef | undefined {
  if (text[end] === '.' && end + 1 < to && IDENT_START.test(text[end + 1])) {
    const nameEnd = identEnd(text, end + 1, to);
    return { name: text.slice(end + 1, nameEnd), start, end: nameEnd };
  }
  const m = /^\[\s*(['"])([A-Za-z_][A-Za-z0-9_-]*)\1\s*\]/.exec(text.slice(end, to));
  return m ? { name: m[2], start, end: end + m[0].length } : undefined;
}

/** `secrets[expr]` with any other index (`matrix.k`, `format('{0}_KEY', inputs.env)`), up to its `]`. */
function dynamicAccess(text: string, start: number, end: number, to: number): DynamicRef | undefined {
  let i = end;
  while (i < to && /\s/.test(text[i])) i++;
  if (text[i] !== '[') return undefined;
  let depth = 0;
  for (let j = i; j < to; j++) {
    if (text[j] === "'") j = literalEnd(text, j);
    else if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) {
      const index = text.slice(i + 1, j).trim();
      return index ? { index, start, end: j + 1 } : undefined;
    }
  }
  return undefined;
}
