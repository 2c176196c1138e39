// Local composite actions (SPEC section 1): a step `uses: ./path` hands secrets to the action's inputs,
// and the action hands each input on (`NODE_AUTH_TOKEN: ${{ inputs.token }}`). The extractor records
// where each input is read in `action.yml`; followCompositeActions makes every secret handed to an
// input a use there too, with the step as `calledFrom`, so the names it ends up under are evidence.
// A composite action cannot read `secrets` itself, so nothing else in it is a use.

import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import type { CompositeAction, Inventory, Location, RawUse, UseContext } from '../core/types.js';
import { getPair, scalarString, spanLocation } from '../core/yaml.js';
import { holdsWord } from './manifest-names.js';
import { dirOf, guarded, parseFile, type Walk } from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';
import { expressionEnd, sourceView } from './workflow-expressions.js';

/** Composite actions calling composite actions: followed this many levels deep. */
const MAX_DEPTH = 5;

/** `action.yml` / `action.yaml` anywhere but among the workflows; only composite ones give anything. */
export const compositeActionExtractor: Extractor = {
  kind: 'github-workflow',
  matches: (path) => /(^|\/)action\.ya?ml$/.test(path) && !/(^|\/)\.github\/workflows\//.test(path),
  extract: ({ path, text }) => guarded(path, () => extractAction(path, text)),
};

/**
 * Whether a document's text could give an input read: `using: composite` (any case, as GitHub reads it)
 * and `inputs` both written out (or spelled with escapes, holdsWord). Any other action
 * (node, docker) or one that reads no input yields nothing, so it is not parsed and its syntax errors are
 * not reported: keybound is not a YAML linter.
 */
export function mayReadInputs(source: string): boolean {
  return holdsWord(source, (text) => /composite/i.test(text) && text.includes('inputs'));
}

function extractAction(file: string, text: string): InventoryPart {
  const parsed = parseFile(file, text, { wantDocument: mayReadInputs });
  const actions: CompositeAction[] = [];
  for (const walk of parsed.walks) {
    const root = walk.budget.resolve(walk.doc.contents);
    const runs = walk.budget.resolve(getPair(root, 'runs')?.value);
    const using = scalarString(walk.budget.resolve(getPair(runs, 'using')?.value));
    if (using?.trim().toLowerCase() !== 'composite') continue;
    const name = scalarString(walk.budget.resolve(getPair(root, 'name')?.value))?.trim() || file;
    const action: CompositeAction = { file, inputRefs: [] };
    const steps = walk.budget.resolve(getPair(runs, 'steps')?.value);
    (isSeq(steps) ? steps.items : []).forEach((item, index) => {
      const step = walk.budget.resolve(item);
      if (!isMap(step)) return;
      const label = (key: string) => scalarString(walk.budget.resolve(getPair(step, key)?.value))?.trim() || undefined;
      const uses = label('uses')?.split('@')[0];
      const base: UseContext = { workflow: name, step: label('name') ?? label('id') ?? `step ${index + 1}` };
      for (const pair of step.items as Pair[]) {
        const via = scalarString(pair.key) ?? '';
        const context = { ...base, via: ['env', 'with', 'run', 'if'].includes(via) ? via : 'expression' };
        visit(
          walk,
          pair.value,
          { ...context, ...(via === 'with' && uses && { action: uses }) },
          action,
          via === 'if',
          0,
        );
      }
    });
    if (action.inputRefs.length) actions.push(action);
  }
  return { actions, diagnostics: parsed.diagnostics };
}

function visit(
  walk: Walk,
  node: unknown,
  context: UseContext,
  action: CompositeAction,
  bare: boolean,
  depth: number,
): void {
  const value = walk.budget.resolve(node);
  if (depth > 20) return;
  if (isMap(value)) {
    for (const pair of value.items as Pair[]) {
      const target = scalarString(pair.key);
      visit(walk, pair.value, { ...context, ...(target !== undefined && { target }) }, action, false, depth + 1);
    }
  } else if (isSeq(value)) {
    for (const item of value.items) visit(walk, item, context, action, false, depth + 1);
  } else if (isScalar(value) && typeof value.value === 'string' && value.value.includes('inputs')) {
    const view = sourceView(walk.text, value);
    if (!view) return;
    const at = (start: number, end: number): Location =>
      spanLocation(walk.file, walk.lineCounter, view.offsets[start], view.offsets[end]);
    const clean = context.via === 'run' ? { ...context, target: undefined } : context;
    for (const [start, end] of expressions(view.text, bare)) {
      for (const m of view.text.slice(start, end).matchAll(/(?<![.\w-])inputs\s*\.\s*([A-Za-z_][A-Za-z0-9_-]*)/g)) {
        const from = start + (m.index ?? 0);
        action.inputRefs.push({ input: m[1], location: at(from, from + m[0].length), context: compact(clean) });
      }
    }
  }
}

/** The [start, end) of every `${{ }}` body, or of the whole text for a bare `if:`. */
function expressions(text: string, bare: boolean): [number, number][] {
  if (bare && !text.includes('${{')) return [[0, text.length]];
  const out: [number, number][] = [];
  for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', open)) {
    const close = expressionEnd(text, open + 3);
    if (close < 0) break;
    out.push([open + 3, close]);
    open = close + 2;
  }
  return out;
}

function compact(context: UseContext): UseContext {
  return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined)) as UseContext;
}

/**
 * Every secret a workflow step hands to a local composite action's input becomes a use wherever the
 * action reads that input, in the step's environments, with the step's place as `calledFrom`.
 */
export function followCompositeActions(inventory: Inventory): void {
  const byDir = new Map((inventory.actions ?? []).map((a) => [dirOf(a.file), a]));
  if (byDir.size === 0) return;
  let pending = inventory.uses.filter((use) => use.sourceKind === 'github-workflow');
  for (let depth = 0; depth < MAX_DEPTH && pending.length; depth++) {
    const added: RawUse[] = [];
    for (const use of pending) {
      const local = use.context?.via === 'with' ? use.context.action : undefined;
      const target = use.context?.target?.toLowerCase();
      if (!local?.startsWith('./') || target === undefined) continue;
      const action = byDir.get(local.slice(2).replace(/\/+$/, '').replace(/\/+/g, '/'));
      for (const ref of action?.inputRefs ?? []) {
        // GitHub matches input names without regard to case.
        if (ref.input.toLowerCase() !== target) continue;
        added.push({ ...use, location: ref.location, context: ref.context, calledFrom: use.location });
      }
    }
    inventory.uses.push(...added);
    pending = added;
  }
}
