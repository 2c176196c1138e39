// The GitHub workflow extractor (SPEC section 1 row 1): every `secrets.NAME` with its exact place and
// the job's environment(s), `secrets[expr]` over static indexes, `secrets: inherit` / `toJSON(secrets)`,
// permissions, deploy evidence, triggers and inputs, reusable-workflow calls, `on.workflow_call.secrets`
// and name links. Anything under a YAML alias is reported at the alias. What callers decide (inputs of a
// reusable workflow) is left as `${{ inputs.X }}` for workflow-calls.ts.

import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type Scalar,
} from 'yaml';
import {
  AliasBudget,
  getPair,
  nodeLocation,
  parseYaml,
  scalarString,
  spanLocation,
  YamlBudgetError,
} from '../core/yaml.js';
import type {
  Diagnostic,
  DynamicSecretAccess,
  EnvironmentHints,
  JobInfo,
  Location,
  NameLink,
  RawUse,
  SecretsExposure,
  UseContext,
  WorkflowCall,
  WorkflowInfo,
  WorkflowInput,
} from '../core/types.js';
import { conventionInName } from './environment.js';
import { firstProblem, looksTemplated, skippedTemplate } from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';
import { scanExpression, scanTemplate, sourceView, type Span } from './workflow-expressions.js';
import {
  actionOf,
  conditionEnvironments,
  deployEvidence,
  ENVIRONMENT_INPUT,
  jobEnvironment,
  type JobEnvironment,
  type JobRun,
  readPermissions,
  stepActions,
} from './workflow-jobs.js';
import { possibleOfExpression, possibleValues } from './workflow-values.js';
import { findScriptLinks } from './workflow-shell.js';

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

/** `via` values that name the key a value sits under; anything else is `expression`. */
const VIA_KEYS = new Set(['env', 'with', 'run', 'if', 'secrets', 'container', 'services']);

/** Reads `.github/workflows/*.yml`; never throws (a broken file becomes a `parse-error` diagnostic). */
export const githubWorkflowExtractor: Extractor = {
  kind: 'github-workflow',
  matches: (path) => WORKFLOW_PATH.test(path),
  extract: ({ path, text }) => {
    try {
      return extractWorkflow(path, text);
    } catch (error) {
      // SECURITY: only the error's type is named; its message could quote the file.
      const reason = error instanceof Error ? error.name : typeof error;
      return { diagnostics: [diagnostic(path, `could not be read as a workflow (${reason})`)] };
    }
  },
};

/** One walk over one workflow document, collecting as it goes. */
interface Walk {
  file: string;
  text: string;
  lineCounter: LineCounter;
  aliases: AliasBudget;
  workflow: string;
  uses: RawUse[];
  links: NameLink[];
  exposures: SecretsExposure[];
  dynamic: DynamicSecretAccess[];
  /** Each job's environment, evaluated once (workflow-level values need every job's). */
  jobEnvironments: Map<unknown, JobEnvironment>;
  /** Environment-named inputs whose values say where a job runs (see inputEnvironment). */
  environmentInputs: string[];
}

/** Where the walk is: the job and step around a value, and how the value is consumed. */
interface Scope {
  job?: string;
  /** How the surrounding job runs (matrix combinations, environments); workflow-level values: every job's. */
  runs: JobRun[];
  step?: string;
  via: string;
  /** The key the value sits under (`AWS_ACCESS_KEY_ID` in `env:`, `aws-access-key-id` in `with:`). */
  target?: string;
  /** The action of the step, for its `with:` inputs. */
  action?: string;
  /** The map the value sits in also names an endpoint (S3-compatible storage behind AWS variables). */
  endpoint?: boolean;
  /** Set once the walk passes through an alias: everything found below it is reported there. */
  alias?: Location;
  /** An `if:` value, which is an expression even without `${{ }}`. */
  bare?: boolean;
}

/**
 * NOTE: a workflow is always parsed whole, even one whose text holds no `secrets` (any case), no
 * `github.token` / `GITHUB_TOKEN` and no `uses: ./` (issue 15 measured 28% of workflow bytes so): it
 * still gives its WorkflowInfo, which rules read without any secret in it. Its deploying jobs
 * (`environment:`, a deploy word in a job id or name, a deploy action or command) and their
 * `permissions:` are what workflow-permissions reports; its jobs' environments are the known
 * environments workflow-calls.ts resolves other workflows' dispatch inputs against; a call of a remote
 * reusable workflow with an environment input is a notice; and unused-secret reports only where some
 * workflow exists, under the folder of the workflow files. No textual test short of parsing settles all
 * of these, so none skips a workflow.
 */
function extractWorkflow(file: string, raw: string): InventoryPart {
  // Without the BOM, columns on line 1 are what an editor shows.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const parsed = parseYaml(text);
  const problem = firstProblem(parsed.problems);
  // A workflow in a project template (cookiecutter's `{% raw %}${{ … }}{% endraw %}`) is not one GitHub runs.
  if (problem && looksTemplated(text)) return { diagnostics: [skippedTemplate(file)] };
  if (problem) return { diagnostics: [diagnostic(file, problem.message, problem.line, problem.column)] };
  const doc = parsed.docs[0];
  if (!doc || doc.contents === null) return {};
  const walk: Walk = {
    file,
    text,
    lineCounter: parsed.lineCounter,
    aliases: new AliasBudget(doc as Document),
    workflow: file,
    uses: [],
    links: [],
    exposures: [],
    dynamic: [],
    jobEnvironments: new Map(),
    environmentInputs: [],
  };
  try {
    const root = walk.aliases.resolve(doc.contents);
    if (!isMap(root)) {
      return { diagnostics: [{ kind: 'skipped', file, message: 'not a workflow: the top level is not a map' }] };
    }
    const workflow = readWorkflow(walk, root.items as Pair[]);
    const diagnostics = walk.aliases.unresolved.map((alias) => {
      const { line, column } = locate(walk, alias);
      return diagnostic(file, `alias *${alias.source} has no anchor before it`, line, column);
    });
    return { uses: walk.uses, links: walk.links, workflows: [workflow], ...(diagnostics.length && { diagnostics }) };
  } catch (error) {
    if (!(error instanceof YamlBudgetError)) throw error;
    const at = walk.aliases.lastAlias && locate(walk, walk.aliases.lastAlias);
    return { diagnostics: [diagnostic(file, error.message, at?.line, at?.column)] };
  }
}

/** A `parse-error`; placed at 1:1 when the parser could not say where (a finding needs a line). */
function diagnostic(file: string, message: string, line = 1, column = 1): Diagnostic {
  return { kind: 'parse-error', file, line, column, message };
}

function readWorkflow(walk: Walk, items: Pair[]): WorkflowInfo {
  const resolve = resolver(walk);
  const name = scalarString(resolve(items.find((p) => scalarString(p.key) === 'name')?.value));
  if (name) walk.workflow = name;
  const on = items.find((p) => scalarString(p.key) === 'on')?.value;
  const info: WorkflowInfo = {
    file: walk.file,
    ...(name && { name }),
    jobs: [],
    exposures: walk.exposures,
    callSecrets: [],
    ...readTriggers(walk, on),
    dynamicSecrets: walk.dynamic,
  };
  walk.environmentInputs = environmentInputs(info.inputs ?? []);
  // Workflow-level values (`env:`) are evaluated in every job, so they run wherever any job runs.
  const runs = workflowRuns(walk, items.find((p) => scalarString(p.key) === 'jobs')?.value);
  for (const pair of items) {
    const key = scalarString(pair.key);
    if (key === 'jobs') {
      info.jobs = readJobs(walk, pair.value);
      continue;
    }
    if (key === 'permissions') {
      const permissions = readPermissions(pair, resolve, locatePair(walk, pair));
      if (permissions) info.permissions = permissions;
    }
    if (key === 'on') info.callSecrets = callSecrets(walk, pair.value);
    walkNode(walk, pair.value, { runs, via: key === 'env' ? 'env' : 'expression' });
  }
  return info;
}

/** The runs of every job, without their matrices (a workflow-level value cannot read `matrix`). */
function workflowRuns(walk: Walk, jobs: unknown): JobRun[] {
  const resolve = resolver(walk);
  const map = resolve(jobs);
  const runs = new Map<string, JobRun>();
  for (const pair of isMap(map) ? (map.items as Pair[]) : []) {
    for (const run of environmentOf(walk, resolve(pair.value)).runs) {
      const bare = { environments: run.environments, none: run.none };
      runs.set(JSON.stringify(bare), bare);
    }
  }
  return runs.size ? [...runs.values()] : [{ environments: [], none: true }];
}

function environmentOf(walk: Walk, job: unknown): JobEnvironment {
  let environment = walk.jobEnvironments.get(job);
  if (!environment) {
    environment = inputEnvironment(walk, job, jobEnvironment(job, resolver(walk)));
    walk.jobEnvironments.set(job, environment);
  }
  return environment;
}

/**
 * Inputs that name where a job runs: an environment-named input a caller fills in (`workflow_call`) or
 * a person picks from a list (`workflow_dispatch` of type `choice` or `environment`; free text proves
 * nothing).
 */
function environmentInputs(inputs: readonly WorkflowInput[]): string[] {
  const names = inputs.filter(
    (input) =>
      ENVIRONMENT_INPUT.test(input.name) &&
      (input.trigger === 'workflow_call' || input.type === 'choice' || input.type === 'environment'),
  );
  return [...new Set(names.map((input) => input.name))];
}

/**
 * A job that names no environment but reads an environment input (`if: inputs.ENVIRONMENT ==
 * 'production'`, `--env ${{ inputs.environment }}`) deploys where that input says, as if it declared
 * `environment: ${{ inputs.ENVIRONMENT }}`; callers and dispatch choices fill it in (workflow-calls.ts).
 */
function inputEnvironment(walk: Walk, job: unknown, environment: JobEnvironment): JobEnvironment {
  const range = (job as Node | undefined)?.range;
  if (environment.declared || !range) return environment;
  const text = walk.text.slice(range[0], range[1]);
  const read = [...text.matchAll(INPUT_READ)].map((match) => match[1]);
  const input = walk.environmentInputs.find((name) => read.includes(name));
  if (input === undefined) return matrixEnvironment(environment, text);
  const guard = jobGuard(walk, job, input);
  const template = `\${{ inputs.${input} }}`;
  const runs = environment.runs.map((run): JobRun => ({
    ...run,
    environments: guard?.values ?? [template],
    none: guard?.others ?? false,
    implicit: true,
  }));
  return { ...environment, runs };
}

/**
 * A job whose own `if:` lets it run only when the environment input equals some literals (`if:
 * github.ref == 'refs/heads/develop' || inputs.environment == 'staging'`) deploys to those values, not
 * to every option of the input; `others` when another alternative runs it with no input at all (a push).
 * Undefined when the `if:` does not compare the input that way, or could turn a comparison around (`!=`,
 * a negated group).
 */
function jobGuard(walk: Walk, job: unknown, input: string): { values: string[]; others: boolean } | undefined {
  const condition = scalarString(resolver(walk)(getPair(job, 'if')?.value));
  if (condition === undefined) return undefined;
  const compared = [...condition.matchAll(INPUT_COMPARED)].filter((match) => match[1] === input);
  if (compared.length === 0 || compared.some((match) => match[2] !== '==') || /!\s*\(/.test(condition))
    return undefined;
  const values = [...new Set(compared.map((match) => match[3]))];
  return { values, others: conditionEnvironments(condition) === undefined };
}

/** `inputs.X == 'v'` or `inputs.X != 'v'`, also through `github.event.inputs`. */
const INPUT_COMPARED = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)\s*([!=]=)\s*'([^']*)'/g;

/**
 * A job that names no environment but runs a static matrix over an environment-named axis it reads
 * (`matrix: { environment: [staging, production] }` with `--env ${{ matrix.environment }}`) deploys to
 * each entry, as if it declared `environment: ${{ matrix.environment }}`. Only entries the conventions
 * know count: `env: [node18, node20]` names no environment.
 */
function matrixEnvironment(environment: JobEnvironment, text: string): JobEnvironment {
  const read = new Set([...text.matchAll(MATRIX_READ)].map((match) => match[1]));
  const runs = environment.runs.map((run): JobRun => {
    const named = Object.entries(run.matrix ?? {}).flatMap(([axis, value]) =>
      ENVIRONMENT_INPUT.test(axis) && read.has(axis) && typeof value === 'string' && conventionInName(value)
        ? [value]
        : [],
    );
    return named.length === 1 ? { ...run, environments: named, none: false, implicit: true } : run;
  });
  return { ...environment, runs };
}

/** `matrix.X` anywhere in a job's text. */
const MATRIX_READ = /(?<![\w.])matrix\.([A-Za-z0-9_-]+)/g;

/** `inputs.X` or `github.event.inputs.X` anywhere in a job's text. */
const INPUT_READ = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)/g;

/** The events of `on:` (a name, a list or a map) and the inputs of workflow_dispatch and workflow_call. */
function readTriggers(walk: Walk, on: unknown): { triggers: string[]; inputs: WorkflowInput[] } {
  const resolve = resolver(walk);
  const node = resolve(on);
  if (isScalar(node)) return { triggers: [String(node.value)], inputs: [] };
  if (isSeq(node)) return { triggers: node.items.flatMap((i) => scalarString(resolve(i)) ?? []), inputs: [] };
  if (!isMap(node)) return { triggers: [], inputs: [] };
  const triggers: string[] = [];
  const inputs: WorkflowInput[] = [];
  for (const pair of node.items as Pair[]) {
    const trigger = scalarString(pair.key);
    if (trigger === undefined) continue;
    triggers.push(trigger);
    if (trigger !== 'workflow_dispatch' && trigger !== 'workflow_call') continue;
    const declared = resolve(getPair(resolve(pair.value), 'inputs')?.value);
    for (const item of isMap(declared) ? (declared.items as Pair[]) : []) {
      const name = scalarString(item.key);
      if (name === undefined) continue;
      const spec = resolve(item.value);
      const field = (key: string): string | undefined => scalarString(resolve(getPair(spec, key)?.value));
      const options = resolve(getPair(spec, 'options')?.value);
      const type = field('type');
      const fallback = field('default');
      inputs.push({
        name,
        trigger,
        ...(type !== undefined && { type }),
        ...(isSeq(options) && { options: options.items.flatMap((o) => scalarString(resolve(o)) ?? []) }),
        ...(fallback !== undefined && { default: fallback }),
      });
    }
  }
  return { triggers, inputs };
}

/** `on.workflow_call.secrets`: the secrets a reusable workflow declares. */
function callSecrets(walk: Walk, on: unknown): WorkflowInfo['callSecrets'] {
  const resolve = resolver(walk);
  const secrets = resolve(getPair(resolve(getPair(resolve(on), 'workflow_call')?.value), 'secrets')?.value);
  if (!isMap(secrets)) return [];
  return (secrets.items as Pair[]).flatMap((pair) => {
    const name = scalarString(pair.key);
    if (name === undefined) return [];
    const required = resolve(getPair(resolve(pair.value), 'required')?.value);
    return [
      { name, required: isScalar(required) && required.value === true, location: locate(walk, pair.key as Node) },
    ];
  });
}

function readJobs(walk: Walk, node: unknown): JobInfo[] {
  const [jobs, scope] = enter(walk, node, { runs: [{ environments: [], none: true }], via: 'expression' });
  if (!isMap(jobs)) {
    walkNode(walk, jobs, scope);
    return [];
  }
  return (jobs.items as Pair[]).map((pair) => readJob(walk, pair, scope));
}

function readJob(walk: Walk, pair: Pair, outer: Scope): JobInfo {
  const id = scalarString(pair.key) ?? '';
  const resolve = resolver(walk);
  const [job, entered] = enter(walk, pair.value, outer);
  const environment = environmentOf(walk, job);
  const evidence = deployEvidence(id, job, environment, resolve);
  const call = readCall(walk, job, environment.runs);
  const info: JobInfo = {
    id,
    location: locate(walk, pair.key as Node),
    environments: environment.names,
    deploys: evidence !== undefined,
    ...(evidence && { deployEvidence: evidence }),
    ...(call && { call }),
  };
  const actions = stepActions(job, resolve, (node) => locate(walk, node));
  if (actions.length > 0) info.actions = actions;
  const scope: Scope = { ...entered, job: id, runs: environment.runs };
  if (!isMap(job)) {
    walkNode(walk, job, scope);
    return info;
  }
  for (const item of job.items as Pair[]) {
    const key = scalarString(item.key) ?? '';
    if (key === 'permissions') {
      const permissions = readPermissions(item, resolve, locatePair(walk, item));
      if (permissions) info.permissions = permissions;
    }
    if (key === 'steps') walkSteps(walk, item.value, scope);
    else if (key === 'secrets') walkJobSecrets(walk, item.value, { ...scope, via: 'secrets' });
    else walkNode(walk, item.value, { ...scope, via: viaOf(key), bare: key === 'if' });
  }
  return info;
}

/** A job's `uses:` of a reusable workflow: `with:` per matrix combination, and the secrets it hands on. */
function readCall(walk: Walk, job: unknown, runs: readonly JobRun[]): WorkflowCall | undefined {
  const resolve = resolver(walk);
  const usesNode = resolve(getPair(job, 'uses')?.value);
  const uses = scalarString(usesNode)?.trim();
  if (!uses) return undefined;
  const given = resolve(getPair(job, 'with')?.value);
  const withs = new Map<string, Record<string, string[]>>();
  for (const run of runs) {
    const values: Record<string, string[]> = {};
    for (const item of isMap(given) ? (given.items as Pair[]) : []) {
      const name = scalarString(item.key);
      const text = scalarString(resolve(item.value));
      if (name === undefined || text === undefined) continue;
      const possible = possibleValues(text, { matrix: run.matrix });
      // An input nobody can name stays unknown; an empty one is the empty string.
      if (!possible.dynamic) values[name] = possible.empty ? [...possible.values, ''] : possible.values;
    }
    withs.set(JSON.stringify(values), values);
  }
  const secretsNode = resolve(getPair(job, 'secrets')?.value);
  let secrets: WorkflowCall['secrets'];
  if (scalarString(secretsNode)?.trim() === 'inherit') secrets = 'inherit';
  else if (isMap(secretsNode)) {
    secrets = {};
    for (const item of secretsNode.items as Pair[]) {
      const name = scalarString(item.key);
      const text = scalarString(resolve(item.value));
      if (name !== undefined && text !== undefined) secrets[name] = scanTemplate(text).refs.map((ref) => ref.name);
    }
  }
  return {
    uses,
    location: locate(walk, (usesNode ?? job) as Node),
    with: [...withs.values()],
    ...(secrets && { secrets }),
  };
}

/** A reusable-workflow call's `secrets:`: `inherit` hands over every secret; a map passes some on. */
function walkJobSecrets(walk: Walk, node: unknown, outer: Scope): void {
  const [value, scope] = enter(walk, node, outer);
  if (scalarString(value) === 'inherit') {
    addExposure(walk, 'secrets: inherit', scope.alias ?? locate(walk, value as Scalar), scope);
  }
  walkNode(walk, value, scope);
}

function walkSteps(walk: Walk, node: unknown, outer: Scope): void {
  const [steps, scope] = enter(walk, node, { ...outer, via: 'expression' });
  if (!isSeq(steps)) {
    walkNode(walk, steps, scope);
    return;
  }
  steps.items.forEach((item, index) => {
    const [step, entered] = enter(walk, item, scope);
    const action = actionOf(step, resolver(walk));
    const stepScope = {
      ...entered,
      step: stepLabel(walk, step, index),
      ...(action && { action }),
      runs: stepRuns(walk, step, entered.runs),
    };
    if (!isMap(step)) {
      walkNode(walk, step, stepScope);
      return;
    }
    for (const pair of step.items as Pair[]) {
      const key = scalarString(pair.key) ?? '';
      walkNode(walk, pair.value, { ...stepScope, via: viaOf(key), bare: key === 'if' });
    }
  });
}

/**
 * A step that tells its action which environment it deploys to (`with: environment: production`), or
 * that only runs for some values of an environment input (`if: inputs.ENVIRONMENT == 'production'`), in
 * a job that names none: the step's values run in that environment. Only names the conventions know
 * count (`AzureCloud`, a cloud's name, does not).
 */
function stepRuns(walk: Walk, step: unknown, runs: JobRun[]): JobRun[] {
  const resolve = resolver(walk);
  const given = resolve(getPair(step, 'with')?.value);
  const condition = scalarString(resolve(getPair(step, 'if')?.value));
  const guarded = condition === undefined ? undefined : conditionEnvironments(condition);
  const texts = guarded ?? [];
  if (texts.length === 0 && isMap(given)) {
    for (const item of given.items as Pair[]) {
      const name = scalarString(item.key);
      const text = scalarString(resolve(item.value));
      if (name !== undefined && text !== undefined && ENVIRONMENT_INPUT.test(name)) texts.push(text);
    }
  }
  if (texts.length === 0) return runs;
  return runs.map((run) => {
    // A job's own `environment:` stands; one it only reads from an input is narrowed by the step.
    if (run.environments.length > 0 && !run.implicit) return run;
    const named = texts.flatMap((text) => possibleValues(text, { matrix: run.matrix }).values);
    const environments = named.filter((name) => !name.includes('${{') && conventionInName(name) !== undefined);
    return environments.length ? { ...run, environments: [...new Set(environments)], none: false } : run;
  });
}

function stepLabel(walk: Walk, step: unknown, index: number): string {
  const resolve = resolver(walk);
  const label = (key: string): string | undefined =>
    scalarString(resolve(getPair(step, key)?.value))?.trim() || undefined;
  return label('name') ?? label('id') ?? `step ${index + 1}`;
}

function viaOf(key: string): string {
  return VIA_KEYS.has(key) ? key : 'expression';
}

/** Every scalar below `node`, scanned for expressions. */
function walkNode(walk: Walk, node: unknown, scope: Scope): void {
  if (isAlias(node)) {
    const [target, entered] = enter(walk, node, scope);
    walkNode(walk, target, entered);
  } else if (isScalar(node)) {
    scanScalar(walk, node, scope);
  } else if (isMap(node)) {
    const endpoint = (node.items as Pair[]).some((pair) => /endpoint/i.test(scalarString(pair.key) ?? ''));
    for (const pair of node.items as Pair[]) {
      walkNode(walk, pair.value, { ...scope, bare: false, target: scalarString(pair.key), endpoint });
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walkNode(walk, item, { ...scope, bare: false });
  }
}

/** Follows an alias, remembering where it stands so what is found below is reported there. */
function enter(walk: Walk, node: unknown, scope: Scope): [unknown, Scope] {
  if (!isAlias(node)) return [node, scope];
  const target = walk.aliases.resolve(node);
  return [target, scope.alias ? scope : { ...scope, alias: locate(walk, node) }];
}

function scanScalar(walk: Walk, node: Scalar, scope: Scope): void {
  if (typeof node.value !== 'string' || !/secrets/i.test(node.value)) return;
  const view = sourceView(walk.text, node);
  if (!view) return;
  const scan = scope.bare && !view.text.includes('${{') ? scanExpression(view.text) : scanTemplate(view.text);
  const at = (span: Span): Location =>
    scope.alias ?? spanLocation(walk.file, walk.lineCounter, view.offsets[span.start], view.offsets[span.end]);
  for (const ref of scan.refs) addUse(walk, ref.name, at(ref), scope);
  for (const exposure of scan.exposures) addExposure(walk, 'toJSON(secrets)', at(exposure), scope);
  for (const dynamic of scan.dynamic) addDynamic(walk, dynamic.index, at(dynamic), scope);
  if (scope.via === 'run') {
    for (const { ref, alias } of findScriptLinks(view.text, scan.refs, node.type !== 'BLOCK_LITERAL')) {
      walk.links.push({ secret: ref.name, alias, location: at(ref) });
    }
  }
}

function addUse(walk: Walk, name: string, location: Location, scope: Scope, runs = scope.runs): void {
  const context = useContext(walk, scope);
  for (const hints of environmentHints(runs)) {
    walk.uses.push({ name, sourceKind: 'github-workflow', location, hints, context });
  }
}

/**
 * `secrets[expr]`: each run's index values are uses when the file settles them (a literal, a static
 * matrix); values that wait on inputs, and indexes nobody can name, are kept for workflow-calls.ts and
 * the dynamic-secret-access rule.
 */
function addDynamic(walk: Walk, expression: string, location: Location, scope: Scope): void {
  const context = useContext(walk, scope);
  for (const run of scope.runs) {
    const possible = possibleOfExpression(expression, { matrix: run.matrix });
    const pending = possible.values.filter((name) => name.includes('${{'));
    for (const name of possible.values) if (!name.includes('${{')) addUse(walk, name, location, scope, [run]);
    for (const hints of environmentHints([run])) {
      const base = { expression, location, hints, context };
      if (pending.length) walk.dynamic.push({ ...base, names: pending });
      if (possible.dynamic) walk.dynamic.push(base);
    }
  }
}

function addExposure(walk: Walk, form: SecretsExposure['form'], location: Location, scope: Scope): void {
  for (const hints of environmentHints(scope.runs)) {
    walk.exposures.push({ form, location, ...(scope.job !== undefined && { job: scope.job }), hints });
  }
}

/**
 * One hint set per environment the runs can have: a static name, a template inputs decide, or none
 * (no environment, or one nobody can name: path conventions decide).
 */
function environmentHints(runs: readonly JobRun[]): EnvironmentHints[] {
  const hints = new Map<string, EnvironmentHints>();
  for (const run of runs) {
    for (const name of run.environments) {
      const hint = name.includes('${{') ? { environmentTemplate: name } : { githubEnvironment: name };
      hints.set(JSON.stringify(hint), hint);
    }
    if (run.none) hints.set('{}', {});
  }
  return hints.size ? [...hints.values()] : [{}];
}

function useContext(walk: Walk, scope: Scope): UseContext {
  return {
    workflow: walk.workflow,
    ...(scope.job !== undefined && { job: scope.job }),
    ...(scope.step !== undefined && { step: scope.step }),
    via: scope.via,
    ...(scope.target !== undefined && scope.via !== 'run' && { target: scope.target }),
    ...(scope.action !== undefined && scope.via === 'with' && { action: scope.action }),
    ...(scope.endpoint && scope.target !== undefined && scope.via !== 'run' && { endpoint: true }),
  };
}

function resolver(walk: Walk): (node: unknown) => unknown {
  return (node) => walk.aliases.resolve(node);
}

function locate(walk: Walk, node: Node | Pair): Location {
  return nodeLocation(walk.file, walk.lineCounter, node);
}

/** From a pair's key to the end of its value, without the line break a block collection ends with. */
function locatePair(walk: Walk, pair: Pair): Location {
  const { range } = pair.key as Node;
  const end = (pair.value as Node | null)?.range?.[1];
  if (!range || end === undefined) return locate(walk, pair);
  let last = end;
  while (last > range[0] && /\s/.test(walk.text[last - 1])) last--;
  return spanLocation(walk.file, walk.lineCounter, range[0], last);
}
