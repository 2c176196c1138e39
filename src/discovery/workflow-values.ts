// The values a GitHub Actions expression can take, as far as the files can tell (SPEC section 2): string
// literals, static matrix entries, `format(...)`, `&&`/`||` choices. Workflow inputs stay placeholders
// (`${{ inputs.env }}`) until the caller's values, a dispatch input's options or the known environment
// names fill them in (workflow-calls.ts); anything else (`needs.*`, `github.ref`, `vars.*`) is dynamic.

import { expressionEnd } from './workflow-expressions.js';

/** A piece of a possible value: text, or the value of a workflow input not yet known. */
export type Part = string | { input: string };

/** What a template can evaluate to. */
export interface Possible {
  /** Each a possible non-empty value; `${{ inputs.X }}` marks a part the caller decides (see encode). */
  values: string[];
  /** Some run may yield a value nobody can name from the files (a step output, a repository variable). */
  dynamic: boolean;
  /** Some run may yield no value at all (`''`, `null`, `false`). */
  empty: boolean;
}

export interface ValueScope {
  /** The job's matrix combination; undefined when there is none that is static (matrix refs are dynamic). */
  matrix?: Readonly<Record<string, unknown>>;
  /** Values of workflow inputs where known; an input without is left as a placeholder. */
  inputs?: (name: string) => readonly string[] | undefined;
}

/** A matrix value written as an expression (`${{ fromJSON(...) }}`): nobody can name it statically. */
export const DYNAMIC_VALUE: unique symbol = Symbol('dynamic matrix value');

/** More possible values than this and the expression counts as dynamic (a combinatorial matrix). */
const MAX_VALUES = 64;

// -- evaluation results ------------------------------------------------------------------------------

type Value =
  | { kind: 'text'; parts: Part[] }
  | { kind: 'true' }
  | { kind: 'falsy' }
  | { kind: 'object'; value: unknown }
  | { kind: 'dynamic' };

const FALSY: Value = { kind: 'falsy' };
const TRUE: Value = { kind: 'true' };
const DYNAMIC: Value = { kind: 'dynamic' };

/** `${{ inputs.X }}`: the one placeholder form, shared with workflow-calls.ts through the template text. */
export function encode(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : `\${{ inputs.${p.input} }}`)).join('');
}

/** Every value `template` (text with `${{ }}` expressions) can take in `scope`. */
export function possibleValues(template: string, scope: ValueScope = {}): Possible {
  const pieces = splitTemplate(template);
  if (pieces === undefined) return { values: [], dynamic: true, empty: false };
  const single = pieces.length === 1 && typeof pieces[0] !== 'string';
  let combos: Part[][] = [[]];
  let dynamic = false;
  let empty = false;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      combos = combos.map((parts) => [...parts, piece]);
      continue;
    }
    const values = evaluate(piece.expression, scope);
    const next: Part[][] = [];
    for (const value of values) {
      if (value.kind === 'dynamic' || value.kind === 'object') dynamic = true;
      else if (value.kind === 'falsy' && single) empty = true;
      else {
        const parts = value.kind === 'text' ? value.parts : value.kind === 'true' ? ['true'] : [];
        for (const combo of combos) next.push([...combo, ...parts]);
      }
    }
    if (next.length > MAX_VALUES) return { values: [], dynamic: true, empty };
    combos = next;
  }
  const values = new Set<string>();
  for (const parts of combos) {
    const text = encode(merge(parts));
    if (text.trim() === '') empty = true;
    else values.add(text);
  }
  return { values: [...values], dynamic, empty };
}

/** Adjacent text parts joined, so `deploy-` + `prod` reads `deploy-prod`. */
function merge(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else if (part !== '') out.push(part);
  }
  return out;
}

type Piece = string | { expression: Expr };

/** Literal text and parsed expressions of a template; undefined when an expression does not parse. */
function splitTemplate(template: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  let at = 0;
  for (let open = template.indexOf('${{'); open >= 0; open = template.indexOf('${{', at)) {
    if (open > at) pieces.push(template.slice(at, open));
    const close = expressionEnd(template, open + 3);
    if (close < 0) return undefined;
    const expression = parse(template.slice(open + 3, close));
    if (expression === undefined) return undefined;
    pieces.push({ expression });
    at = close + 2;
  }
  if (at < template.length) pieces.push(template.slice(at));
  return pieces.length ? pieces : [''];
}

/** Every value a bare expression (an `if:`, a `secrets[...]` index) can take, as a Possible. */
export function possibleOfExpression(expression: string, scope: ValueScope = {}): Possible {
  return possibleValues(`\${{ ${expression} }}`, scope);
}

// -- parsing -------------------------------------------------------------------------------------------

type Expr =
  | { t: 'lit'; value: string | number | boolean | null }
  | { t: 'ref'; head: string; path: (string | Expr)[] }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'not'; e: Expr }
  | { t: 'cmp'; a: Expr; b: Expr }
  | { t: 'and' | 'or'; a: Expr; b: Expr };

const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*)|(==|!=|<=|>=|&&|\|\||[.[\](),!<>*]))/y;

function tokenize(text: string): string[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    tokens.push(m[0].trim());
    if (tokens.length > 2000) return undefined;
  }
  return tokens;
}

/** A recursive-descent parser of the expression grammar; undefined for anything it does not know. */
function parse(text: string): Expr | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  let i = 0;
  let depth = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (token: string): boolean => (tokens[i] === token ? (i++, true) : false);
  const binary = (next: () => Expr, ops: string[], make: (op: string, a: Expr, b: Expr) => Expr) => (): Expr => {
    let left = next();
    while (ops.includes(peek() ?? '')) {
      const op = tokens[i++];
      left = make(op, left, next());
    }
    return left;
  };
  const primary = (): Expr => {
    if (++depth > 100) throw new SyntaxError('too deep');
    try {
      const token = tokens[i++];
      if (token === undefined) throw new SyntaxError('end');
      if (token === '(') {
        const inner = or();
        if (!take(')')) throw new SyntaxError(')');
        return postfix(inner);
      }
      if (token === '!') return { t: 'not', e: primary() };
      if (token.startsWith("'")) return { t: 'lit', value: token.slice(1, -1).replace(/''/g, "'") };
      if (/^\d/.test(token)) return { t: 'lit', value: Number(token) };
      if (!/^[A-Za-z_]/.test(token)) throw new SyntaxError(token);
      const word = token.toLowerCase();
      if (word === 'true' || word === 'false') return { t: 'lit', value: word === 'true' };
      if (word === 'null') return { t: 'lit', value: null };
      if (take('(')) {
        const args: Expr[] = [];
        if (!take(')')) {
          do args.push(or());
          while (take(','));
          if (!take(')')) throw new SyntaxError(')');
        }
        return postfix({ t: 'call', name: word, args });
      }
      return postfix({ t: 'ref', head: word, path: [] });
    } finally {
      depth--;
    }
  };
  const postfix = (base: Expr): Expr => {
    const path: (string | Expr)[] = base.t === 'ref' ? [...base.path] : [];
    let changed = false;
    for (;;) {
      if (take('.')) {
        const name = tokens[i++];
        if (name === undefined || !/^[A-Za-z_*]/.test(name)) throw new SyntaxError('.');
        path.push(name);
      } else if (take('[')) {
        path.push(or());
        if (!take(']')) throw new SyntaxError(']');
      } else break;
      changed = true;
    }
    if (!changed) return base;
    // Property access on a call result (`fromJSON(x).a`) is dynamic: the head says so.
    return base.t === 'ref' ? { ...base, path } : { t: 'ref', head: '', path };
  };
  const comparison = binary(primary, ['==', '!=', '<', '<=', '>', '>='], (_op, a, b) => ({ t: 'cmp', a, b }));
  const and = binary(comparison, ['&&'], (_op, a, b) => ({ t: 'and', a, b }));
  const or = binary(and, ['||'], (_op, a, b) => ({ t: 'or', a, b }));
  try {
    const expr = or();
    return i === tokens.length ? expr : undefined;
  } catch {
    return undefined;
  }
}

// -- evaluation ----------------------------------------------------------------------------------------

function evaluate(expr: Expr, scope: ValueScope): Value[] {
  switch (expr.t) {
    case 'lit':
      if (expr.value === null || expr.value === false || expr.value === '' || expr.value === 0) return [FALSY];
      return expr.value === true ? [TRUE] : [{ kind: 'text', parts: [String(expr.value)] }];
    case 'ref':
      return reference(expr, scope);
    case 'call':
      return call(expr, scope);
    case 'not':
    case 'cmp':
      return [TRUE, FALSY];
    case 'and': {
      const left = evaluate(expr.a, scope);
      const out: Value[] = [];
      if (left.some(canBeTruthy)) out.push(...evaluate(expr.b, scope));
      if (left.some(canBeFalsy)) out.push(FALSY);
      return distinct(out);
    }
    case 'or': {
      const left = evaluate(expr.a, scope);
      const out = left.filter(canBeTruthy);
      if (left.some(canBeFalsy)) out.push(...evaluate(expr.b, scope));
      return distinct(out);
    }
  }
}

function canBeTruthy(value: Value): boolean {
  return value.kind !== 'falsy';
}

/** An input may be empty (`inputs.env || 'staging'`); so may anything dynamic. */
function canBeFalsy(value: Value): boolean {
  return value.kind === 'falsy' || value.kind === 'dynamic' || (value.kind === 'text' && value.parts.every(isInput));
}

function isInput(part: Part): boolean {
  return typeof part !== 'string';
}

function reference(expr: Extract<Expr, { t: 'ref' }>, scope: ValueScope): Value[] {
  const names = expr.path.map((p) => (typeof p === 'string' ? p : literalOf(p)));
  if (expr.head === 'inputs' && names.length === 1 && names[0] !== undefined) return input(names[0], scope);
  if (expr.head === 'github' && names.length === 3 && names[0] === 'event' && names[1] === 'inputs' && names[2]) {
    return input(names[2], scope);
  }
  if (expr.head !== 'matrix' || !scope.matrix) return [DYNAMIC];
  let value: unknown = scope.matrix;
  for (const name of names) {
    if (name === undefined || name === '*' || typeof value !== 'object' || value === null) return [DYNAMIC];
    value = Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
  }
  return [fromMatrix(value)];
}

function input(name: string, scope: ValueScope): Value[] {
  const known = scope.inputs?.(name);
  if (known === undefined) return [{ kind: 'text', parts: [{ input: name }] }];
  return known.length === 0 ? [FALSY] : known.map((v) => (v === '' ? FALSY : { kind: 'text', parts: [v] }));
}

function fromMatrix(value: unknown): Value {
  if (value === DYNAMIC_VALUE) return DYNAMIC;
  if (value === undefined || value === null || value === false || value === '' || value === 0) return FALSY;
  if (value === true) return TRUE;
  if (typeof value === 'string' || typeof value === 'number') return { kind: 'text', parts: [String(value)] };
  return { kind: 'object', value };
}

function literalOf(expr: Expr): string | undefined {
  return expr.t === 'lit' && typeof expr.value === 'string' ? expr.value : undefined;
}

const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'always', 'failure', 'cancelled']);

function call(expr: Extract<Expr, { t: 'call' }>, scope: ValueScope): Value[] {
  if (BOOLEAN_FUNCTIONS.has(expr.name)) return [TRUE, FALSY];
  if (expr.name !== 'format' || expr.args.length === 0) return [DYNAMIC];
  const [head, ...rest] = expr.args.map((arg) => evaluate(arg, scope));
  let out: Value[] = [];
  for (const format of head) {
    if (format.kind !== 'text' || format.parts.some(isInput)) return [DYNAMIC];
    let results: Part[][] = [[]];
    for (const piece of formatPieces(format.parts.join(''))) {
      if (typeof piece === 'string') {
        results = results.map((r) => [...r, piece]);
        continue;
      }
      const args = rest[piece.index];
      if (args === undefined) return [DYNAMIC];
      const next: Part[][] = [];
      for (const arg of args) {
        if (arg.kind === 'dynamic' || arg.kind === 'object') return [DYNAMIC];
        const parts = arg.kind === 'text' ? arg.parts : arg.kind === 'true' ? ['true'] : [];
        for (const r of results) next.push([...r, ...parts]);
      }
      if (next.length > MAX_VALUES) return [DYNAMIC];
      results = next;
    }
    out = out.concat(results.map((parts) => (parts.length ? { kind: 'text', parts: merge(parts) } : FALSY)));
  }
  return distinct(out);
}

/** `'{0}_KEY'` → [{index 0}, '_KEY']; `{{` and `}}` are literal braces. */
function formatPieces(format: string): (string | { index: number })[] {
  const pieces: (string | { index: number })[] = [];
  let text = '';
  for (let i = 0; i < format.length; i++) {
    const m = /^\{(\d+)\}/.exec(format.slice(i));
    if (format.startsWith('{{', i) || format.startsWith('}}', i)) {
      text += format[i];
      i++;
    } else if (m) {
      if (text) pieces.push(text);
      text = '';
      pieces.push({ index: Number(m[1]) });
      i += m[0].length - 1;
    } else text += format[i];
  }
  if (text) pieces.push(text);
  return pieces;
}

function distinct(values: Value[]): Value[] {
  const seen = new Map<string, Value>();
  for (const value of values) {
    const id = value.kind === 'object' ? `object:${seen.size}` : JSON.stringify(value);
    if (!seen.has(id)) seen.set(id, value);
  }
  return [...seen.values()];
}
