// SPEC section 2 across workflow files. A workflow runs in one or more contexts: directly (its own
// triggers, its dispatch inputs' choices) and once for each local caller job, with the inputs, secrets
// and environment that caller hands over. Each use is given the environments and the secret names of
// every context it runs in: `environment: ${{ inputs.environment }}` gets the choices or the callers'
// values; a callee's `secrets.API_KEY` becomes a use of the caller's `STAGING_API_KEY`; a `secrets[expr]`
// whose index waits on inputs is resolved the same way. Remote reusable workflows are noted: keybound
// cannot see what they do with the secrets and environment they are handed. Last, secrets handed to
// local composite actions are followed into them (composite-action.ts).

import type {
  Diagnostic,
  DynamicSecretAccess,
  EnvironmentHints,
  Inventory,
  JobInfo,
  Location,
  RawUse,
  WorkflowCall,
  WorkflowInfo,
} from '../core/types.js';
import { followCompositeActions } from './composite-action.js';
import { ENVIRONMENT_INPUT } from './workflow-jobs.js';
import { possibleValues } from './workflow-values.js';
import { addTo } from '../core/group.js';
import { compareText } from '../core/compare.js';

export interface FollowOptions {
  /** Environment names the repository knows of beyond those its workflows name (config, secret metadata). */
  environments?: readonly string[];
}

/** Beyond this many contexts of one workflow (callers of callers of matrices), the rest are not followed. */
const MAX_CONTEXTS = 64;

/** The input values of a context; `exact` is false for "any environment the repository knows of". */
interface InputValue {
  values: string[];
  exact: boolean;
}

/** One way a workflow runs. */
interface Context {
  inputs: Map<string, InputValue>;
  /** Secret names as the callee reads them → the names the outermost caller stores them under. */
  secrets?: Map<string, string[]>;
  /** Environments the caller hands over by an environment-named input, for jobs that name none. */
  environments: string[];
  /** Caller files, innermost first. */
  callers: string[];
  calledFrom?: Location;
}

interface Caller {
  workflow: WorkflowInfo;
  job: JobInfo;
  call: WorkflowCall;
}

/** Rewrites the inventory's workflow uses and dynamic accesses for every context; adds notes. */
export function followWorkflowCalls(inventory: Inventory, options: FollowOptions = {}): void {
  const workflows = new Map(inventory.workflows.map((w) => [w.file, w]));
  const callers = new Map<string, Caller[]>();
  for (const workflow of inventory.workflows) {
    for (const job of workflow.jobs) {
      const call = job.call;
      if (!call) continue;
      const target = localPath(call.uses);
      if (target === undefined) {
        // `owner/repo/path@ref`; anything else is no reusable workflow GitHub would run.
        if (/^[^./][^@]*\/[^@]+@\S+$/.test(call.uses)) inventory.diagnostics.push(...remoteNote(workflow, job, call));
      } else if (!workflows.has(target)) inventory.diagnostics.push(missingNote(workflow, job, call));
      else addTo(callers, target, { workflow, job, call });
    }
  }
  const known = knownEnvironments(inventory.workflows, options.environments ?? []);
  const contexts = new Map<string, Context[]>();
  const inProgress = new Set<string>();
  let cuts = 0;
  const contextsOf = (file: string): Context[] => {
    const done = contexts.get(file);
    if (done) return done;
    // A cycle of calls (which GitHub refuses) adds nothing; what was cut short is not remembered.
    if (inProgress.has(file)) {
      cuts++;
      return [];
    }
    const cutsBefore = cuts;
    inProgress.add(file);
    const workflow = workflows.get(file) as WorkflowInfo;
    const found = new Map<string, Context>();
    const add = (context: Context): void => {
      if (found.size < MAX_CONTEXTS) found.set(contextId(context), context);
    };
    const triggers = workflow.triggers ?? [];
    if (triggers.length === 0 || triggers.some((t) => t !== 'workflow_call'))
      for (const context of directContexts(workflow, known)) add(context);
    for (const caller of callers.get(file) ?? []) {
      for (const outer of contextsOf(caller.workflow.file)) {
        for (const given of caller.call.with.length ? caller.call.with : [{}])
          add(callContext(workflow, caller, given, outer));
      }
    }
    if (found.size === 0) add(unknownCallerContext(workflow));
    inProgress.delete(file);
    const list = [...found.values()];
    if (cuts === cutsBefore) contexts.set(file, list);
    return list;
  };

  const uses: RawUse[] = [];
  const byFile = new Map<string, RawUse[]>();
  for (const use of inventory.uses) {
    if (use.sourceKind !== 'github-workflow' || !workflows.has(use.location.file)) uses.push(use);
    else addTo(byFile, use.location.file, use);
  }
  for (const workflow of inventory.workflows) {
    const own = byFile.get(workflow.file) ?? [];
    const pending = workflow.dynamicSecrets ?? [];
    if (own.length === 0 && pending.length === 0) continue;
    const list = contextsOf(workflow.file);
    const seen = new Set<string>();
    const push = (use: RawUse): void => {
      const id = JSON.stringify([use.name, use.location, use.hints, use.context, use.calledFrom]);
      if (seen.has(id)) return;
      seen.add(id);
      uses.push(use);
    };
    for (const use of own) for (const context of list) expandUse(use, context).forEach(push);
    const unresolved: DynamicSecretAccess[] = [];
    for (const access of pending) {
      for (const context of list) {
        const resolved = resolveAccess(access, context);
        resolved.uses.forEach(push);
        unresolved.push(...resolved.unresolved);
      }
    }
    workflow.dynamicSecrets = unresolved;
  }
  inventory.uses = uses;
  // Then into local composite actions, in the environments each step now has.
  followCompositeActions(inventory);
}

/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; undefined for a remote workflow. */
function localPath(uses: string): string | undefined {
  if (!uses.startsWith('./')) return undefined;
  return uses.slice(2).replace(/\/+/g, '/');
}

/** Static environment names the workflows use, and the ones the options add. */
function knownEnvironments(workflows: readonly WorkflowInfo[], extra: readonly string[]): string[] {
  const names = new Set<string>();
  for (const workflow of workflows)
    for (const job of workflow.jobs) for (const name of job.environments) names.add(name);
  for (const name of extra) names.add(name);
  return [...names].sort();
}

/**
 * The runs by the workflow's own triggers, one for each value of an environment-named dispatch input of
 * type `choice` or `environment`: a run picks one environment, so `environment: ${{ inputs.env }}` and
 * `secrets[format('{0}_KEY', inputs.env)]` read the same value (PROD_KEY in PROD, never in STAGING).
 */
function directContexts(workflow: WorkflowInfo, known: readonly string[]): Context[] {
  const context = directContext(workflow, known);
  const split = (workflow.inputs ?? []).find(
    (input) =>
      input.trigger === 'workflow_dispatch' &&
      (input.type === 'choice' || input.type === 'environment') &&
      ENVIRONMENT_INPUT.test(input.name),
  );
  const picked = split && context.inputs.get(split.name);
  if (!split || !picked || picked.values.length < 2) return [context];
  return picked.values.map((value) => ({
    ...context,
    inputs: new Map([...context.inputs, [split.name, { values: [value], exact: picked.exact }]]),
  }));
}

/**
 * A run by the workflow's own triggers: a dispatch `choice` input takes each option; `environment` and
 * free-text inputs take any environment the repository knows of (for `environment:` only, never for a
 * `secrets[...]` index); other events leave inputs empty.
 */
function directContext(workflow: WorkflowInfo, known: readonly string[]): Context {
  const inputs = new Map<string, InputValue>();
  const others = (workflow.triggers ?? []).some((t) => t !== 'workflow_dispatch' && t !== 'workflow_call');
  for (const input of workflow.inputs ?? []) {
    if (input.trigger !== 'workflow_dispatch') continue;
    const fallback = input.default !== undefined ? [input.default] : [];
    const empty = others ? [''] : [];
    const type = input.type ?? 'string';
    if (type === 'choice')
      inputs.set(input.name, { values: distinct([...(input.options ?? []), ...fallback, ...empty]), exact: true });
    else if (type === 'boolean') inputs.set(input.name, { values: ['true', 'false'], exact: true });
    else if (type === 'environment' || type === 'string') {
      inputs.set(input.name, { values: distinct([...fallback, ...known, ...empty]), exact: false });
    }
  }
  return { inputs, environments: [], callers: [] };
}

/** A reusable workflow no local job calls: inputs are their defaults, nothing else is known. */
function unknownCallerContext(workflow: WorkflowInfo): Context {
  const inputs = new Map<string, InputValue>();
  for (const input of workflow.inputs ?? []) {
    if (input.trigger === 'workflow_call' && input.default !== undefined) {
      inputs.set(input.name, { values: [input.default], exact: true });
    }
  }
  return { inputs, environments: [], callers: [] };
}

/** The callee run by one caller job's run: its `with:` values, its secrets, its environment. */
function callContext(callee: WorkflowInfo, caller: Caller, given: Record<string, string[]>, outer: Context): Context {
  const inputs = new Map<string, InputValue>();
  for (const input of callee.inputs ?? []) {
    if (input.trigger !== 'workflow_call') continue;
    const passed = Object.hasOwn(given, input.name) ? given[input.name] : undefined;
    if (passed !== undefined) {
      const value = throughOuter(passed, outer);
      if (value) inputs.set(input.name, value);
    } else if (input.default !== undefined) inputs.set(input.name, { values: [input.default], exact: true });
  }
  const declared = caller.call.secrets;
  let secrets: Map<string, string[]> | undefined;
  if (declared === 'inherit') secrets = outer.secrets;
  else {
    secrets = new Map();
    for (const [local, refs] of Object.entries(declared ?? {})) {
      secrets.set(local, distinct(refs.flatMap((ref) => secretName(ref, outer))));
    }
  }
  const handed = Object.entries(given)
    .filter(([name]) => ENVIRONMENT_INPUT.test(name))
    .flatMap(([, values]) => throughOuter(values, outer)?.values ?? []);
  return {
    inputs,
    ...(secrets && { secrets }),
    environments: handed.length ? distinct(handed) : outer.environments,
    callers: [caller.workflow.file, ...outer.callers],
    calledFrom: caller.call.location,
  };
}

/** A caller's `with:` values with the caller's own inputs filled in; undefined when they stay unknown. */
function throughOuter(templates: readonly string[], outer: Context): InputValue | undefined {
  const values: string[] = [];
  let exact = true;
  for (const template of templates) {
    if (!template.includes('${{')) {
      values.push(template);
      continue;
    }
    const possible = possibleValues(template, { inputs: (name) => outer.inputs.get(name)?.values });
    if (possible.dynamic || possible.values.some((v) => v.includes('${{'))) return undefined;
    for (const [, name] of template.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) {
      if (outer.inputs.get(name)?.exact === false) exact = false;
    }
    values.push(...possible.values, ...(possible.empty ? [''] : []));
  }
  return { values: distinct(values), exact };
}

/** The name the outermost caller stores a secret under. GITHUB_TOKEN is every job's own. */
function secretName(name: string, context: Context): string[] {
  if (!context.secrets || name.toUpperCase() === 'GITHUB_TOKEN') return [name];
  return context.secrets.get(name) ?? [name];
}

function contextId(context: Context): string {
  return JSON.stringify([
    [...context.inputs].sort(([a], [b]) => compareText(a, b)),
    context.secrets ? [...context.secrets].sort(([a], [b]) => compareText(a, b)) : null,
    context.environments,
    context.callers,
    context.calledFrom ?? null,
  ]);
}

/** A use in one context: its environments and the names it reads there. */
function expandUse(use: RawUse, context: Context): RawUse[] {
  const out: RawUse[] = [];
  for (const hints of contextHints(use.hints, context)) {
    for (const name of secretName(use.name, context)) {
      out.push({
        ...use,
        name,
        hints,
        ...(context.calledFrom && { calledFrom: context.calledFrom }),
      });
    }
  }
  return out;
}

/**
 * The environment evidence of a use in a context: a template filled with the context's inputs, a static
 * name as it is, else the environment the caller hands over; the callers' files as path evidence.
 */
function contextHints(hints: EnvironmentHints, context: Context): EnvironmentHints[] {
  const { environmentTemplate, ...rest } = hints;
  const base: EnvironmentHints = { ...rest, ...(context.callers.length && { callers: context.callers }) };
  if (environmentTemplate !== undefined) {
    const possible = possibleValues(environmentTemplate, { inputs: (name) => context.inputs.get(name)?.values });
    const names = possible.values.filter((v) => !v.includes('${{'));
    const out = names.map((githubEnvironment): EnvironmentHints => ({ ...base, githubEnvironment }));
    if (possible.empty || possible.dynamic || names.length < possible.values.length || out.length === 0) out.push(base);
    return out;
  }
  if (base.githubEnvironment !== undefined || context.environments.length === 0) return [base];
  return context.environments.map((name): EnvironmentHints =>
    name === '' ? base : { ...base, githubEnvironment: name },
  );
}

/** `secrets[expr]` in a context: uses for the names its inputs settle (choices, callers' values), else kept. */
function resolveAccess(
  access: DynamicSecretAccess,
  context: Context,
): { uses: RawUse[]; unresolved: DynamicSecretAccess[] } {
  const uses: RawUse[] = [];
  const unresolved: DynamicSecretAccess[] = [];
  for (const hints of contextHints(access.hints, context)) {
    const place = { hints, ...(context.calledFrom && { calledFrom: context.calledFrom }) };
    let settled = access.names !== undefined;
    const names: string[] = [];
    for (const template of access.names ?? []) {
      // Only exact values name a secret: "any environment" is a guess, never a key name.
      const possible = possibleValues(template, {
        inputs: (name) => {
          const input = context.inputs.get(name);
          return input?.exact ? input.values : undefined;
        },
      });
      if (possible.dynamic || possible.values.some((v) => v.includes('${{'))) settled = false;
      names.push(...possible.values.filter((v) => !v.includes('${{')));
    }
    for (const local of distinct(names)) {
      for (const name of secretName(local, context)) {
        uses.push({
          name,
          sourceKind: 'github-workflow',
          location: access.location,
          context: access.context,
          ...place,
        });
      }
    }
    if (!settled) {
      const { names: _names, ...rest } = access;
      unresolved.push({ ...rest, ...place });
    }
  }
  return { uses, unresolved };
}

/** A remote reusable workflow handed secrets or an environment: keybound cannot see what it does. */
function remoteNote(workflow: WorkflowInfo, job: JobInfo, call: WorkflowCall): Diagnostic[] {
  const secrets =
    call.secrets === 'inherit'
      ? 'secrets: inherit'
      : call.secrets && Object.keys(call.secrets).length
        ? `secrets ${Object.keys(call.secrets).join(', ')}`
        : undefined;
  const environments = distinct(
    call.with.flatMap((given) =>
      Object.entries(given)
        .filter(([name]) => ENVIRONMENT_INPUT.test(name))
        .flatMap(([, values]) => values.filter((v) => v !== '' && !v.includes('${{'))),
    ),
  );
  if (!secrets && environments.length === 0) return [];
  const where = environments.length ? `deploys to ${environments.join(', ')} through` : 'calls';
  const handed = secrets ? ` with ${secrets}` : '';
  return [
    {
      kind: 'notice',
      file: workflow.file,
      line: call.location.line,
      column: call.location.column,
      message: `job ${job.id} ${where} ${call.uses}${handed}; keybound cannot see the keys used there`,
    },
  ];
}

function missingNote(workflow: WorkflowInfo, job: JobInfo, call: WorkflowCall): Diagnostic {
  return {
    kind: 'notice',
    file: workflow.file,
    line: call.location.line,
    column: call.location.column,
    message: `job ${job.id} calls ${call.uses}, which is not in the scanned tree; the keys used there are not seen`,
  };
}

function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
