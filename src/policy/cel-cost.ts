// The cost limit of custom rules: a static worst-case estimate of one evaluation, computed when the
// config loads (as Kubernetes does for CEL in admission policies). Each AST node costs 1; string and
// list work costs by size; a comprehension (all, exists, exists_one, map, filter) costs its body once
// per element of the largest list its range can be. The model's lists and strings are capped (see
// MODEL_BOUNDS), so the estimate bounds the real work. An expression over the limit does not load.

import type { ASTNode } from '@marcbachmann/cel-js';

/** Upper bounds of a value: the longest string and the longest list or map anywhere inside it. */
export interface Bounds {
  str: number;
  list: number;
}

/** Caps the CEL model is built under: no list in it is longer, no string longer. */
export const MODEL_BOUNDS: Bounds = { str: 1024, list: 100 };

/** Largest estimated cost of one evaluation of one expression. */
export const MAX_COST = 100_000;

interface Estimate extends Bounds {
  cost: number;
}

const NONE: Bounds = { str: 0, list: 0 };
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

/** Work per unit of size: comparing or copying 64 characters or elements costs 1. */
const sizeCost = (b: Bounds): number => Math.ceil((b.str + b.list) / 64);
const max = (...all: Bounds[]): Bounds => ({
  str: Math.max(0, ...all.map((b) => b.str)),
  list: Math.max(0, ...all.map((b) => b.list)),
});

/** The worst-case cost of evaluating `ast`, with the model's variables within MODEL_BOUNDS. */
export function estimateCost(ast: ASTNode): number {
  return estimate(ast, new Map()).cost;
}

/** A node of `bounds` that costs 1 plus `extra` plus its parts. */
function sum(parts: Estimate[], bounds: Bounds, extra = 0): Estimate {
  return { str: bounds.str, list: bounds.list, cost: 1 + extra + parts.reduce((total, part) => total + part.cost, 0) };
}

function estimate(node: ASTNode, scope: ReadonlyMap<string, Bounds>): Estimate {
  switch (node.op) {
    case 'value': {
      const v = node.args;
      const size = typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.length : 0;
      return { str: size, list: 0, cost: 1 };
    }
    case 'id':
      return { ...(scope.get(node.args) ?? MODEL_BOUNDS), cost: 1 };
    case '.':
    case '.?': {
      const object = estimate(node.args[0], scope);
      return sum([object], object);
    }
    case '[]':
    case '[?]': {
      const [object, index] = node.args.map((n) => estimate(n, scope));
      return sum([object, index], object, sizeCost(index));
    }
    case 'list': {
      const items = node.args.map((n) => estimate(n, scope));
      const bounds = max(...items);
      return sum(items, { str: bounds.str, list: Math.max(items.length, bounds.list) });
    }
    case 'map': {
      const items = node.args.flatMap(([k, v]) => [estimate(k, scope), estimate(v, scope)]);
      const bounds = max(...items);
      return sum(items, { str: bounds.str, list: Math.max(node.args.length, bounds.list) });
    }
    case '?:': {
      const [test, yes, no] = node.args.map((n) => estimate(n, scope));
      return { ...max(yes, no), cost: 1 + test.cost + Math.max(yes.cost, no.cost) };
    }
    case '&&':
    case '||': {
      const parts = node.args.map((n) => estimate(n, scope));
      return sum(parts, NONE);
    }
    case '!_':
    case '-_': {
      const operand = estimate(node.args, scope);
      return sum([operand], operand);
    }
    case 'call':
      return call(node.args[0], undefined, node.args[1], scope);
    case 'rcall':
      return call(node.args[0], node.args[1], node.args[2], scope);
    default: {
      // Binary operators: `+` concatenates strings and lists; the others compare or do arithmetic.
      const [left, right] = (node.args as [ASTNode, ASTNode]).map((n) => estimate(n, scope));
      if (node.op === '+') {
        const bounds = { str: left.str + right.str, list: left.list + right.list };
        return sum([left, right], bounds, sizeCost(bounds));
      }
      return sum([left, right], NONE, sizeCost(max(left, right)));
    }
  }
}

function call(
  name: string,
  receiver: ASTNode | undefined,
  args: ASTNode[],
  scope: ReadonlyMap<string, Bounds>,
): Estimate {
  if (name === 'has') return { ...NONE, cost: 1 + args.reduce((c, a) => c + estimate(a, scope).cost, 0) };
  if (receiver && name === 'bind' && receiver.op === 'id' && receiver.args === 'cel' && args[0]?.op === 'id') {
    const init = estimate(args[1], scope);
    const body = estimate(args[2], new Map([...scope, [args[0].args, init as Bounds]]));
    return { ...max(body), cost: 1 + init.cost + body.cost };
  }
  if (receiver && MACROS.has(name) && args[0]?.op === 'id') {
    const range = estimate(receiver, scope);
    // An element is no larger than the range itself.
    const inner = new Map([...scope, [args[0].args, { str: range.str, list: range.list } as Bounds]]);
    const steps = args.slice(1).map((a) => estimate(a, inner));
    const perElement = 1 + steps.reduce((c, s) => c + s.cost, 0);
    const cost = 1 + range.cost + Math.max(range.list, 1) * perElement;
    const last = steps[steps.length - 1] ?? { ...NONE, cost: 0 };
    if (name === 'map') return { str: Math.max(range.str, last.str), list: Math.max(range.list, last.list), cost };
    if (name === 'filter') return { str: range.str, list: range.list, cost };
    return { ...NONE, cost };
  }
  const self = receiver ? estimate(receiver, scope) : undefined;
  const params = args.map((a) => estimate(a, scope));
  const all = self ? [self, ...params] : params;
  let bounds = max(...all);
  if (name === 'split' && self) bounds = { str: self.str, list: self.str + 1 };
  else if (name === 'join' && self) bounds = { str: self.list * (self.str + (params[0]?.str ?? 0)), list: 0 };
  else if (name === 'replace' && self) bounds = { str: self.str * Math.max(1, params[1]?.str ?? 1), list: 0 };
  return sum(all, bounds, sizeCost(bounds) + sizeCost(max(...all)));
}
