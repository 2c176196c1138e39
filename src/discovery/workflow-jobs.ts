// Job-level facts of a GitHub workflow: the static environment names a job deploys to (expanded over
// a static matrix), whether the job looks like a deploy and why, and `permissions:` blocks.

import { isMap, isSeq, type Node, type Pair } from 'yaml';
import { getPair, scalarString } from '../core/yaml.js';
import type { Location, PermissionsInfo, StepAction } from '../core/types.js';

/** Follows aliases (charging the document's alias budget). */
export type Resolve = (node: unknown) => unknown;

/** Beyond this many matrix combinations an environment template is treated as dynamic. */
const MAX_COMBINATIONS = 64;

export interface JobEnvironment {
  /** The `environment:` name as written, when there is one. */
  declared?: string;
  /** Static names: one, several for a matrix, none when dynamic. */
  names: string[];
}

/** A job's `environment:` (string or `{ name, url }`), expanded over `strategy.matrix` where static. */
export function jobEnvironment(job: unknown, resolve: Resolve): JobEnvironment {
  let node = resolve(getPair(job, 'environment')?.value);
  if (isMap(node)) node = resolve(getPair(node, 'name')?.value);
  const declared = scalarString(node)?.trim();
  if (!declared) return { names: [] };
  if (!declared.includes('${{')) return { declared, names: [declared] };
  return { declared, names: expandMatrix(declared, job, resolve) };
}

/** `deploy-${{ matrix.env }}` → one name per static matrix value; [] when anything is dynamic. */
function expandMatrix(template: string, job: unknown, resolve: Resolve): string[] {
  const expressions = [...template.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)];
  let names = [template];
  for (const [expression, body] of expressions) {
    const key = /^matrix\.([A-Za-z_][A-Za-z0-9_-]*)$/i.exec(body)?.[1];
    const values = key === undefined ? undefined : matrixValues(job, key, resolve);
    if (!values || names.length * values.length > MAX_COMBINATIONS) return [];
    names = names.flatMap((name) => values.map((value) => name.replace(expression, value)));
  }
  return [...new Set(names)];
}

/** The static values of `strategy.matrix.KEY`, with those `include:` entries add; undefined if dynamic. */
function matrixValues(job: unknown, key: string, resolve: Resolve): string[] | undefined {
  const matrix = resolve(getPair(resolve(getPair(job, 'strategy')?.value), 'matrix')?.value);
  if (!isMap(matrix)) return undefined;
  const values: string[] = [];
  const listed = resolve(getPair(matrix, key)?.value);
  if (listed !== undefined) {
    if (!isSeq(listed)) return undefined;
    for (const item of listed.items) values.push(staticString(resolve(item)) ?? '${{');
  }
  const include = resolve(getPair(matrix, 'include')?.value);
  if (include !== undefined && !isSeq(include)) return undefined;
  for (const entry of isSeq(include) ? include.items : []) {
    const value = resolve(getPair(resolve(entry), key)?.value);
    if (value !== undefined) values.push(staticString(value) ?? '${{');
  }
  if (values.length === 0 || values.some((v) => v.includes('${{'))) return undefined;
  return [...new Set(values)];
}

function staticString(node: unknown): string | undefined {
  const value = scalarString(node);
  return value === undefined || value.includes('${{') ? undefined : value;
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
