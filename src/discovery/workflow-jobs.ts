// Job-level facts of a GitHub workflow: the environments a job deploys to (for each combination of a
// static matrix), whether the job looks like a deploy and why, and `permissions:` blocks.

import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { getPair, scalarString } from '../core/yaml.js';
import type { Location, PermissionsInfo, StepAction } from '../core/types.js';
import { DYNAMIC_VALUE, possibleValues } from './workflow-values.js';

/** Follows aliases (charging the document's alias budget). */
export type Resolve = (node: unknown) => unknown;

/**
 * Input names that tell a reusable workflow or a deploy action its environment: `environment`, `env`,
 * `stage`, `deploy-environment`, `target_env`, `environment-name`; not `secrets-env` or `docker-env`.
 */
export const ENVIRONMENT_INPUT = /^(?:(?:deploy|target)[-_]?)?(?:env|environment|stage)(?:[-_]?name)?$/i;

/**
 * The environments a step's `if:` restricts it to: every alternative (`||`) compares an
 * environment-named input with a literal (`inputs.ENVIRONMENT == 'production'`, also through
 * `github.event.inputs`). Undefined when any alternative can run without such a comparison, or when the
 * condition is not that simple (negations and grouping are not read; function calls are operands).
 */
export function conditionEnvironments(condition: string): string[] | undefined {
  const expression = condition
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    // A status or string function (`success()`, `!cancelled()`, `contains(a, 'b')`) is one operand.
    .replace(/!?\s*[A-Za-z_][\w.]*\([^()]*\)/g, 'call')
    .trim();
  // Grouping and negation could turn a comparison around: such conditions are not read.
  if (expression === '' || /[()]|!(?!=)/.test(expression)) return undefined;
  const found: string[] = [];
  for (const alternative of expression.split('||')) {
    const named = [...alternative.matchAll(INPUT_EQUALS)].filter(([, name]) => ENVIRONMENT_INPUT.test(name));
    if (named.length !== 1) return undefined;
    found.push(named[0][2]);
  }
  return [...new Set(found)];
}

/** `inputs.X == 'v'` or `github.event.inputs.X == 'v'` (expressions quote strings with `'` only). */
const INPUT_EQUALS = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)\s*==\s*'([^']*)'/g;

/** GitHub runs at most 256 jobs per matrix; beyond that the matrix is treated as dynamic. */
const MAX_COMBINATIONS = 256;

/** One way a job runs: a matrix combination and the environments it can deploy to. */
export interface JobRun {
  /** The matrix combination; undefined when the matrix is dynamic (`fromJSON(needs.x.outputs.m)`). */
  matrix?: Record<string, unknown>;
  /** Possible `environment:` values; `${{ inputs.X }}` parts are decided by the caller (workflow-calls.ts). */
  environments: string[];
  /** The run may have no environment: none declared, an empty or a dynamic value. */
  none: boolean;
  /** The job names no environment; `environments` is the environment input it reads (github-workflow.ts). */
  implicit?: boolean;
}

export interface JobEnvironment {
  /** The `environment:` name as written, when there is one. */
  declared?: string;
  /** Static names over every run (several for a matrix); none when dynamic or decided by inputs. */
  names: string[];
  runs: JobRun[];
}

/** A job's `environment:` (string or `{ name, url }`), evaluated for each static matrix combination. */
export function jobEnvironment(job: unknown, resolve: Resolve): JobEnvironment {
  let node = resolve(getPair(job, 'environment')?.value);
  if (isMap(node)) node = resolve(getPair(node, 'name')?.value);
  const declared = scalarString(node)?.trim() || undefined;
  const combos: (Record<string, unknown> | undefined)[] = matrixCombinations(job, resolve) ?? [undefined];
  const runs = combos.map((matrix): JobRun => {
    if (!declared) return { matrix, environments: [], none: true };
    const possible = possibleValues(declared, { matrix });
    return {
      matrix,
      environments: possible.values,
      none: possible.empty || possible.dynamic || possible.values.length === 0,
    };
  });
  const names = [...new Set(runs.flatMap((run) => run.environments.filter((env) => !env.includes('${{'))))];
  return { ...(declared && { declared }), names, runs };
}

/**
 * The combinations of `strategy.matrix` as GitHub builds them: the product of its lists, less the
 * `exclude` entries (partial matches), with each `include` entry added to every combination it does not
 * contradict, or as a combination of its own. [{}] without a matrix; undefined when it is dynamic.
 */
export function matrixCombinations(job: unknown, resolve: Resolve): Record<string, unknown>[] | undefined {
  const strategy = resolve(getPair(job, 'strategy')?.value);
  const pair = getPair(strategy, 'matrix');
  if (!pair) return [{}];
  const matrix = resolve(pair.value);
  if (!isMap(matrix)) return undefined;
  let combos: Record<string, unknown>[] = [];
  const axes: string[] = [];
  let include: unknown;
  let exclude: unknown;
  for (const item of matrix.items as Pair[]) {
    const key = scalarString(item.key);
    if (key === undefined) continue;
    const value = toValue(item.value, resolve, 0);
    if (key === 'include') include = value;
    else if (key === 'exclude') exclude = value;
    else {
      axes.push(key);
      const values = Array.isArray(value) ? value : [DYNAMIC_VALUE];
      const next = (axes.length === 1 ? [{}] : combos).flatMap((combo) => values.map((v) => ({ ...combo, [key]: v })));
      if (next.length > MAX_COMBINATIONS) return undefined;
      combos = next;
    }
  }
  if (Array.isArray(exclude)) {
    const rules = exclude.filter(isRecord);
    combos = combos.filter((combo) => !rules.some((rule) => Object.keys(rule).every((k) => same(combo[k], rule[k]))));
  }
  if (include !== undefined && !Array.isArray(include)) return undefined;
  // Each entry extends the original combinations whose matrix values it keeps; combinations an entry
  // adds are its own, never extended by later entries.
  const base = combos;
  const added: Record<string, unknown>[] = [];
  combos = base.map((combo) => ({ ...combo }));
  for (const entry of (include as unknown[] | undefined) ?? []) {
    if (!isRecord(entry)) continue;
    let extended = false;
    base.forEach((original, i) => {
      if (Object.keys(entry).some((k) => axes.includes(k) && !same(original[k], entry[k]))) return;
      combos[i] = { ...combos[i], ...entry };
      extended = true;
    });
    if (!extended) added.push({ ...entry });
    if (combos.length + added.length > MAX_COMBINATIONS) return undefined;
  }
  combos = [...combos, ...added];
  return combos;
}

/** A YAML node as plain data; expressions are DYNAMIC_VALUE. Keys are own properties only. */
function toValue(node: unknown, resolve: Resolve, depth: number): unknown {
  const value = resolve(node);
  if (depth > 20) return DYNAMIC_VALUE;
  if (isSeq(value)) return value.items.map((item) => toValue(item, resolve, depth + 1));
  if (isMap(value)) {
    const entries = (value.items as Pair[]).flatMap((item) => {
      const key = scalarString(item.key);
      return key === undefined ? [] : [[key, toValue(item.value, resolve, depth + 1)] as const];
    });
    return Object.fromEntries(entries);
  }
  if (!isScalar(value)) return undefined;
  return typeof value.value === 'string' && value.value.includes('${{') ? DYNAMIC_VALUE : value.value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return false;
}

const DEPLOY_WORD = /deploy|release|publish|rollout|promote/i;

const DEPLOY_ACTIONS = new Set([
  'actions/deploy-pages',
  'amondnet/vercel-action',
  'aws-actions/amazon-ecs-deploy-task-definition',
  'aws-actions/aws-cloudformation-github-deploy',
  'aws-actions/configure-aws-credentials',
  'azure/functions-action',
  'azure/k8s-deploy',
  'azure/login',
  'azure/webapps-deploy',
  'cloudflare/wrangler-action',
  'google-github-actions/auth',
  'google-github-actions/deploy-appengine',
  'google-github-actions/deploy-cloudrun',
  'google-github-actions/get-gke-credentials',
  'js-devtools/npm-publish',
  'peaceiris/actions-gh-pages',
  'pypa/gh-action-pypi-publish',
  'superfly/flyctl-actions',
]);

const DEPLOY_COMMANDS = [
  /\bkubectl\b[^;|&]*?\b(?:apply|set|rollout)\b/,
  /\bhelm\b[^;|&]*?\b(?:upgrade|install)\b/,
  /\bterraform\b[^;|&]*?\bapply\b/,
  /\b(?:npm|yarn|pnpm)\s+publish\b/,
  /\bdocker\s+(?:image\s+)?push\b/,
  /\bgcloud\b[^;|&]*?\bdeploy\b/,
  /\b(?:flyctl|fly)\s+deploy\b/,
  /\bvercel\b[^;|&]*?\s--prod\b/,
  /\b(?:serverless|sls)\s+deploy\b/,
  /\bcdk\s+deploy\b/,
  /\b(?:cargo\s+publish|twine\s+upload|gem\s+push)\b/,
];

/** Why a job looks like a deploy (short text for evidence), or undefined when it does not. */
export function deployEvidence(
  id: string,
  job: unknown,
  environment: JobEnvironment,
  resolve: Resolve,
): string | undefined {
  if (environment.declared) return `environment: ${environment.declared}`;
  if (DEPLOY_WORD.test(id)) return `job id: ${id}`;
  const name = scalarString(resolve(getPair(job, 'name')?.value));
  if (name && DEPLOY_WORD.test(name)) return `job name: ${name}`;
  const called = scalarString(resolve(getPair(job, 'uses')?.value));
  if (called && DEPLOY_WORD.test(called)) return `calls ${called}`;
  const steps = resolve(getPair(job, 'steps')?.value);
  for (const item of isSeq(steps) ? steps.items : []) {
    const evidence = stepEvidence(resolve(item), resolve);
    if (evidence) return evidence;
  }
  return undefined;
}

function stepEvidence(step: unknown, resolve: Resolve): string | undefined {
  const action = actionOf(step, resolve);
  if (action && DEPLOY_ACTIONS.has(action)) return `uses ${action}`;
  if (action === 'docker/build-push-action') {
    const push = scalarString(resolve(getPair(resolve(getPair(step, 'with')?.value), 'push')?.value));
    if (push && push !== 'false') return `uses ${action} with push`;
  }
  const run = scalarString(resolve(getPair(step, 'run')?.value));
  return run === undefined ? undefined : commandEvidence(run);
}

/** A step's `uses:` action, lower-cased and without its `@ref` (`aws-actions/configure-aws-credentials`). */
export function actionOf(step: unknown, resolve: Resolve): string | undefined {
  const uses = scalarString(resolve(getPair(step, 'uses')?.value))?.trim();
  return uses ? uses.split('@')[0].toLowerCase() : undefined;
}

/**
 * Every step of a job that runs an action, with the names of its `with:` inputs. Only names are kept:
 * a value written there may be a credential (long-lived-cloud-key reads which inputs a step is given).
 */
export function stepActions(job: unknown, resolve: Resolve, locate: (node: Node | Pair) => Location): StepAction[] {
  const steps = resolve(getPair(job, 'steps')?.value);
  const actions: StepAction[] = [];
  for (const item of isSeq(steps) ? steps.items : []) {
    const step = resolve(item);
    const action = actionOf(step, resolve);
    if (action === undefined) continue;
    const inputs = resolve(getPair(step, 'with')?.value);
    const names = isMap(inputs) ? (inputs.items as Pair[]).flatMap((pair) => scalarString(pair.key) ?? []) : [];
    const uses = getPair(step, 'uses');
    actions.push({ action, inputs: names, location: locate((uses?.key ?? item) as Node) });
  }
  return actions;
}

function commandEvidence(script: string): string | undefined {
  // NOTE: lines are capped so a hostile one-line script cannot make the lazy patterns quadratic.
  for (const line of script.split('\n')) {
    const capped = line.slice(0, 1000);
    for (const pattern of DEPLOY_COMMANDS) {
      const match = pattern.exec(capped);
      if (match) return `runs ${match[0].replace(/\s+/g, ' ').slice(0, 80)}`;
    }
  }
  return undefined;
}

/** A `permissions:` block as written, or undefined when it is none of `write-all`, `read-all`, a map. */
export function readPermissions(pair: Pair, resolve: Resolve, location: Location): PermissionsInfo | undefined {
  const value = resolve(pair.value);
  const text = scalarString(value);
  if (text === 'write-all' || text === 'read-all') return { value: text, location };
  if (!isMap(value)) return undefined;
  // fromEntries defines own properties, so a `__proto__` scope cannot replace the prototype.
  const scopes = value.items.flatMap((item) => {
    const scope = scalarString(item.key);
    const access = scalarString(resolve(item.value));
    return scope === undefined || access === undefined ? [] : [[scope, access] as const];
  });
  return { value: Object.fromEntries(scopes), location };
}
