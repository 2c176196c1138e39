// Custom rules in CEL (@marcbachmann/cel-js): the declared model (`key`, `use`, `now`), compilation
// and type checking when the config loads, and the checks a rule must pass before it may run (a bool
// result, a cost under the limit, no regular expressions, known message placeholders). Every problem is
// a KeyboundError at the file, line and column of the offending token inside the YAML scalar.

import { Environment, type ASTNode, type ParseResult } from '@marcbachmann/cel-js';
import { KeyboundError } from '../core/errors.js';
import { FACT_NAMES } from '../core/types.js';
import { placeholders } from '../core/template.js';
import { position } from '../core/yaml.js';
import { estimateCost, MAX_COST } from './cel-cost.js';
import { sourceOffset } from './cel-position.js';
import { closeMatches } from './messages.js';
import type { PolicySource } from './source.js';
import { formatPath, nodeAt, type Segment } from './tree.js';

/** A compiled expression: call it with the model (`{ key, use, now }`). */
export type CelProgram = (context: Record<string, unknown>) => unknown;

export interface CompiledCustomRule {
  when?: CelProgram;
  deny: CelProgram;
}

const FACT = { value: 'string', source: 'string' };

/** The types CEL checks expressions against; README "Custom rules" documents the same model. */
const KEY_SCHEMA = {
  name: 'string',
  names: 'list<string>',
  provider: 'string',
  environments: 'list<string>',
  owner: 'string',
  declared: 'bool',
  facts: Object.fromEntries(
    FACT_NAMES.map((name) => [name, name === 'scopes' ? { value: 'list<string>', source: 'string' } : FACT]),
  ),
  smoke: { status: 'string', reason: 'string', principal: 'string' },
};

const USE_SCHEMA = {
  name: 'string',
  file: 'string',
  line: 'int',
  column: 'int',
  environment: 'string',
  environmentSource: 'string',
  kind: 'string',
  workflow: 'string',
  job: 'string',
  step: 'string',
  via: 'string',
  resource: 'string',
};

/** Placeholders a custom rule's message may use, filled per finding by src/rules/custom.ts. */
export const MESSAGE_PLACEHOLDERS = [
  'rule',
  'key',
  'provider',
  'principal',
  'keyType',
  'keyEnvironment',
  'smoke',
  'environment',
  'file',
  'line',
  'column',
  'use',
  'workflow',
  'job',
  'step',
  'resource',
  'now',
] as const;

let shared: Environment | undefined;

/** The one CEL environment: the model's variables, strict types, the spec's structural limits tightened. */
function environment(): Environment {
  shared ??= new Environment({
    unlistedVariablesAreDyn: false,
    limits: { maxAstNodes: 1000, maxDepth: 32, maxListElements: 100, maxMapEntries: 100, maxCallArguments: 8 },
  })
    .registerVariable({ name: 'key', schema: KEY_SCHEMA, description: 'The key a use refers to.' })
    .registerVariable({ name: 'use', schema: USE_SCHEMA, description: 'One use of the key.' })
    .registerVariable('now', 'string', { description: 'Evaluation date, YYYY-MM-DD.' });
  return shared;
}

interface CelFailure {
  message: string;
  /** Offset of the offending token in the expression, when known. */
  at?: number;
}

/** Compiles one expression; a failure says what is wrong and where in the expression. */
function compileExpression(expression: string): { program: ParseResult } | { failure: CelFailure } {
  const env = environment();
  let program: ParseResult;
  try {
    program = env.parse(expression);
  } catch (error) {
    return { failure: describeCelError(error) };
  }
  const checked = env.check(expression);
  if (!checked.valid) return { failure: describeCelError(checked.error) };
  if (checked.type !== 'bool' && checked.type !== 'dyn')
    return { failure: { message: `must be true or false, but this expression gives a ${checked.type}`, at: 0 } };
  const regex = findCall(program.ast, 'matches');
  if (regex)
    return {
      failure: {
        message:
          'matches() is not available: a regular expression can take exponential time; use startsWith, endsWith or contains',
        at: regex.start,
      },
    };
  const cost = estimateCost(program.ast);
  if (cost > MAX_COST)
    return {
      failure: {
        message: `estimated cost ${Number.isFinite(cost) ? Math.round(cost) : 'unbounded'} exceeds the limit of ${MAX_COST}; nest fewer comprehensions or build smaller lists`,
        at: 0,
      },
    };
  return { program };
}

function describeCelError(error: unknown): CelFailure {
  const e = error as { summary?: string; message?: string; range?: { start: number }; node?: { pos?: number } };
  const message = e?.summary ?? String(e?.message ?? error).split('\n')[0];
  return { message: lowerFirst(message), at: e?.range?.start ?? e?.node?.pos };
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function findCall(node: ASTNode, name: string): ASTNode | undefined {
  if ((node.op === 'call' || node.op === 'rcall') && node.args[0] === name) return node;
  for (const child of children(node)) {
    const found = findCall(child, name);
    if (found) return found;
  }
  return undefined;
}

function children(node: ASTNode): ASTNode[] {
  const out: ASTNode[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object' && 'op' in value) out.push(value as ASTNode);
  };
  if (node.op !== 'value' && node.op !== 'id') collect(node.args);
  return out;
}

/**
 * Compiles `when` and `deny` of the custom rule at `path` (`custom-rules[i]`) and checks its message's
 * placeholders. Problems are pushed onto `errors`; undefined is returned when there were any.
 */
export function compileCustomRule(
  source: PolicySource,
  path: readonly Segment[],
  rule: { when?: string; deny: string; message: string },
  errors: KeyboundError[],
): CompiledCustomRule | undefined {
  const before = errors.length;
  const compile = (field: 'when' | 'deny', expression: string): CelProgram | undefined => {
    const result = compileExpression(expression);
    if ('program' in result) return result.program as CelProgram;
    errors.push(errorInScalar(source, [...path, field], result.failure));
    return undefined;
  };
  const when = rule.when === undefined ? undefined : compile('when', rule.when);
  const deny = compile('deny', rule.deny);
  const known: readonly string[] = MESSAGE_PLACEHOLDERS;
  for (const name of placeholders(rule.message)) {
    if (known.includes(name)) continue;
    const close = closeMatches(name, known);
    const hint = close.length
      ? `did you mean ${close.map((c) => `{{${c}}}`).join(' or ')}?`
      : `known: ${known.join(', ')}`;
    const at = rule.message.indexOf(name);
    errors.push(
      errorInScalar(source, [...path, 'message'], { message: `unknown placeholder {{${name}}}; ${hint}`, at }),
    );
  }
  if (errors.length > before || !deny) return undefined;
  return { ...(when ? { when } : {}), deny };
}

/** A KeyboundError at character `at` of the string scalar at `path` (its start when it cannot be mapped). */
function errorInScalar(source: PolicySource, path: readonly Segment[], failure: CelFailure): KeyboundError {
  const { node } = nodeAt(source.doc, path);
  const offset = sourceOffset(source.text, node, failure.at ?? 0);
  const [line, column] = offset === undefined ? [1, 1] : position(source.lineCounter, offset);
  return new KeyboundError(source.code, failure.message, { file: source.file, line, column, path: formatPath(path) });
}
