// Rewrites ajv's errors into sentences that say what was found and what was expected (the Spectral
// model): `must be an integer, got "ninety"`, `unknown property "url" (allowed: provider, ...)`.
// Raw ajv output never reaches the user; values are described through describeValue only.

import type { ErrorObject } from 'ajv';
import { describeValue, isPlainObject, quoteName, type Segment } from './tree.js';
import { compareText } from '../core/compare.js';

/** An ajv error as a place and a sentence; `at: 'key'` points at the offending key rather than its value. */
export interface SchemaProblem {
  path: Segment[];
  at: 'key' | 'value';
  message: string;
}

// Property names that would let a file choose where a secret goes. SECURITY.md case 1.
const ENDPOINT_WORDS = new Set([
  'url',
  'host',
  'hostname',
  'headers',
  'header',
  'method',
  'endpoint',
  'base-url',
  'baseurl',
  'port',
  'proxy',
]);

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a map',
  array: 'a list',
  null: 'null',
};

const SEVERITY_WORDS = new Set(['error', 'warning', 'note', 'off']);

const PATTERN_NAMES: Record<string, string> = {
  '\\S': 'must not be blank',
  '^[a-z0-9][a-z0-9-]*$': 'must be lowercase letters, digits and dashes',
};

/** Splits an ajv instancePath into segments, typing list indexes as numbers by walking `root`. */
export function pathOf(instancePath: string, root: unknown): Segment[] {
  if (!instancePath) return [];
  const out: Segment[] = [];
  let current: unknown = root;
  for (const raw of instancePath.slice(1).split('/')) {
    const name = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^\d+$/.test(name)) {
      out.push(Number(name));
      current = current[Number(name)];
    } else {
      out.push(name);
      current = isPlainObject(current) ? current[name] : undefined;
    }
  }
  return out;
}

/** Every ajv error of one validation as problems, wrapper keywords dropped and duplicates merged. */
export function schemaProblems(
  errors: readonly ErrorObject[],
  root: unknown,
  prefix: readonly Segment[] = [],
): SchemaProblem[] {
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const error of errors) {
    const problem = rewrite(error, pathOf(error.instancePath, root));
    if (!problem) continue;
    problem.path = [...prefix, ...problem.path];
    const id = `${JSON.stringify(problem.path)}\u0000${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(problem);
  }
  return out;
}

function rewrite(error: ErrorObject, path: Segment[]): SchemaProblem | undefined {
  const params = error.params as Record<string, unknown>;
  const got = `got ${describeValue(error.data)}`;
  // Errors about a property's name (propertyNames) point at that key.
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    return {
      path: [...path, propertyName],
      at: 'key',
      message: `property name ${quoteName(propertyName)} ${error.message ?? 'is not allowed'}`,
    };
  }
  switch (error.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined;
    case 'additionalProperties':
      return unknownProperty(String(params.additionalProperty), error.parentSchema, path);
    case 'required':
      return { path, at: 'value', message: `missing required property ${quoteName(String(params.missingProperty))}` };
    case 'type': {
      const types = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t);
      // `rotation-age: off` is the ESLint habit; say how to write it here.
      const hint =
        params.type === 'object' && typeof error.data === 'string' && SEVERITY_WORDS.has(error.data)
          ? `; write { severity: ${error.data} }`
          : '';
      return { path, at: 'value', message: `must be ${types.join(' or ')}, ${got}${hint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      const choices =
        allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed.join('');
      return { path, at: 'value', message: `must be ${choices}, ${got}${hint}` };
    }
    case 'const':
      return { path, at: 'value', message: `must be ${JSON.stringify(params.allowedValue)}, ${got}` };
    case 'format':
      return {
        path,
        at: 'value',
        message:
          params.format === 'date'
            ? `must be a date (YYYY-MM-DD), ${got}`
            : `must be a valid ${String(params.format)}, ${got}`,
      };
    case 'pattern':
      return {
        path,
        at: 'value',
        message: `${PATTERN_NAMES[String(params.pattern)] ?? `must match /${String(params.pattern)}/`}, ${got}`,
      };
    case 'minLength':
      return {
        path,
        at: 'value',
        message:
          params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long, ${got}`,
      };
    default: {
      const scalar = error.data === null || typeof error.data !== 'object';
      return { path, at: 'value', message: `${error.message ?? `fails ${error.keyword}`}${scalar ? `, ${got}` : ''}` };
    }
  }
}

function unknownProperty(name: string, parentSchema: unknown, path: Segment[]): SchemaProblem {
  const properties =
    isPlainObject(parentSchema) && isPlainObject(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
  let message = `unknown property ${quoteName(name)}`;
  message += properties.length ? ` (allowed: ${properties.join(', ')})` : ' (no properties are allowed here)';
  if (ENDPOINT_WORDS.has(name.toLowerCase())) {
    message +=
      '; keybound never takes hosts, URLs, headers or methods from a file: where a key is sent is compiled into its provider adapter';
  } else if (name === '<<') {
    message += '; YAML merge keys are not expanded in config, write the properties out';
  } else {
    message += didYouMean(name, properties);
  }
  return { path: [...path, name], at: 'key', message };
}

/** `; did you mean "provider"?` for close matches, or ''. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const close = closeMatches(input, candidates);
  return close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
}

/** Candidates within a small edit distance of `input` (or containing it), closest first, at most 3. */
export function closeMatches(input: string, candidates: readonly string[]): string[] {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return candidates
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      const distance =
        needle.length >= 3 && (hay.includes(needle) || needle.includes(hay)) ? 0.5 : editDistance(needle, hay, limit);
      return { candidate, distance };
    })
    .filter((c) => c.distance <= limit && c.candidate !== input)
    .sort((a, b) => a.distance - b.distance || compareText(a.candidate, b.candidate))
    .slice(0, 3)
    .map((c) => c.candidate);
}

/** Levenshtein distance, giving up (returning limit + 1) once it cannot be within `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit || a.length > 200 || b.length > 200) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
