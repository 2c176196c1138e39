// The GitHub workflow extractor (SPEC section 1 row 1): every `secrets.NAME` with its exact place and
// the job's environment, `secrets: inherit` / `toJSON(secrets)`, permissions, deploy evidence,
// `on.workflow_call.secrets` and name links. Anything under a YAML alias is reported at the alias.

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
  JobInfo,
  Location,
  NameLink,
  RawUse,
  SecretsExposure,
  UseContext,
  WorkflowInfo,
} from '../core/types.js';
import { firstProblem, looksTemplated, skippedTemplate } from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';
import { scanExpression, scanTemplate, sourceView, type Span } from './workflow-expressions.js';
import { actionOf, deployEvidence, jobEnvironment, readPermissions, stepActions } from './workflow-jobs.js';
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
}

/** Where the walk is: the job and step around a value, and how the value is consumed. */
interface Scope {
  job?: string;
  /** The job's static environment names; empty when it has none or it is dynamic. */
  environments: string[];
  step?: string;
  via: string;
  /** Set once the walk passes through an alias: everything found below it is reported there. */
  alias?: Location;
  /** An `if:` value, which is an expression even without `${{ }}`. */
  bare?: boolean;
  /** The step's action (`uses:` without `@ref`). */
  action?: string;
  /** The `with:` input, `env:` variable or called workflow's secret the value is handed to. */
  input?: string;
}

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
  const name = scalarString(walk.aliases.resolve(items.find((p) => scalarString(p.key) === 'name')?.value));
  if (name) walk.workflow = name;
  const info: WorkflowInfo = {
    file: walk.file,
    ...(name && { name }),
    jobs: [],
    exposures: walk.exposures,
    callSecrets: [],
  };
  for (const pair of items) {
    const key = scalarString(pair.key);
    if (key === 'jobs') {
      info.jobs = readJobs(walk, pair.value);
      continue;
    }
    if (key === 'permissions') {
      const permissions = readPermissions(pair, resolver(walk), locatePair(walk, pair));
      if (permissions) info.permissions = permissions;
    }
    if (key === 'on') info.callSecrets = callSecrets(walk, pair.value);
    if (key === 'env') walkInputs(walk, pair.value, { environments: [], via: 'env' });
    else walkNode(walk, pair.value, { environments: [], via: 'expression' });
  }
  return info;
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
  const [jobs, scope] = enter(walk, node, { environments: [], via: 'expression' });
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
  const environment = jobEnvironment(job, resolve);
  const evidence = deployEvidence(id, job, environment, resolve);
  const info: JobInfo = {
    id,
    location: locate(walk, pair.key as Node),
    environments: environment.names,
    deploys: evidence !== undefined,
    ...(evidence && { deployEvidence: evidence }),
  };
  const actions = stepActions(job, resolve, (node) => locate(walk, node));
  if (actions.length > 0) info.actions = actions;
  const scope: Scope = { ...entered, job: id, environments: environment.names };
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
    else if (key === 'env' || key === 'with') walkInputs(walk, item.value, { ...scope, via: key });
    else walkNode(walk, item.value, { ...scope, via: viaOf(key), bare: key === 'if' });
  }
  return info;
}

/** A reusable-workflow call's `secrets:`: `inherit` hands over every secret; a map passes some on. */
function walkJobSecrets(walk: Walk, node: unknown, outer: Scope): void {
  const [value, scope] = enter(walk, node, outer);
  if (scalarString(value) === 'inherit') {
    addExposure(walk, 'secrets: inherit', scope.alias ?? locate(walk, value as Scalar), scope);
  }
  walkInputs(walk, value, scope);
}

/** A `with:`, `env:` or `secrets:` map: each value is walked knowing the name it is handed to. */
function walkInputs(walk: Walk, node: unknown, outer: Scope): void {
  const [value, scope] = enter(walk, node, outer);
  if (!isMap(value)) {
    walkNode(walk, value, scope);
    return;
  }
  for (const pair of value.items as Pair[]) {
    const input = scalarString(pair.key);
    walkNode(walk, pair.value, { ...scope, bare: false, ...(input !== undefined && { input }) });
  }
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
    const stepScope = { ...entered, step: stepLabel(walk, step, index), ...(action !== undefined && { action }) };
    if (!isMap(step)) {
      walkNode(walk, step, stepScope);
      return;
    }
    for (const pair of step.items as Pair[]) {
      const key = scalarString(pair.key) ?? '';
      if (key === 'with' || key === 'env') walkInputs(walk, pair.value, { ...stepScope, via: key });
      else walkNode(walk, pair.value, { ...stepScope, via: viaOf(key), bare: key === 'if' });
    }
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
    for (const pair of node.items as Pair[]) walkNode(walk, pair.value, { ...scope, bare: false });
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
  if (scope.via === 'run') {
    for (const { ref, alias } of findScriptLinks(view.text, scan.refs, node.type !== 'BLOCK_LITERAL')) {
      walk.links.push({ secret: ref.name, alias, location: at(ref) });
    }
  }
}

function addUse(walk: Walk, name: string, location: Location, scope: Scope): void {
  const context = useContext(walk, scope);
  for (const hints of environmentHints(scope)) {
    walk.uses.push({ name, sourceKind: 'github-workflow', location, hints, context });
  }
}

function addExposure(walk: Walk, form: SecretsExposure['form'], location: Location, scope: Scope): void {
  for (const hints of environmentHints(scope)) {
    walk.exposures.push({ form, location, ...(scope.job !== undefined && { job: scope.job }), hints });
  }
}

/** One hint set per static environment of the job (a matrix gives several), or one empty set. */
function environmentHints(scope: Scope): { githubEnvironment?: string }[] {
  return scope.environments.length ? scope.environments.map((githubEnvironment) => ({ githubEnvironment })) : [{}];
}

function useContext(walk: Walk, scope: Scope): UseContext {
  return {
    workflow: walk.workflow,
    ...(scope.job !== undefined && { job: scope.job }),
    ...(scope.step !== undefined && { step: scope.step }),
    via: scope.via,
    ...(scope.action !== undefined && { action: scope.action }),
    ...(scope.input !== undefined && { input: scope.input }),
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
