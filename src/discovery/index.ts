// Runs the extractors over the scanned tree: each file goes to the first extractor that claims it, in a
// fixed order (specific formats before the catch-all Kubernetes reader), and its inline suppressions
// are collected. A file that breaks an extractor is reported; the scan goes on.

import picomatch from 'picomatch';
import { ownStrings, type StringPool } from '../core/own.js';
import { emptyInventory, type Inventory } from '../core/types.js';
import { compositeActionExtractor } from './composite-action.js';
import { composeExtractor } from './compose.js';
import { dotenvExtractor } from './dotenv.js';
import { readTextFile, siblingsOf, walkTree } from './files.js';
import { githubWorkflowExtractor } from './github-workflow.js';
import { helmValuesExtractor } from './helm-values.js';
import { kubernetesExtractor } from './kubernetes.js';
import { kustomizeExtractor } from './kustomize.js';
import { scopeFilter, type ScanScope } from './scope.js';
import { findSuppressions } from './suppressions.js';
import type { Extractor, InventoryPart } from './types.js';

/** In the order they are asked: the first that matches a file reads it. */
export const EXTRACTORS: readonly Extractor[] = [
  githubWorkflowExtractor,
  compositeActionExtractor,
  composeExtractor,
  kustomizeExtractor,
  helmValuesExtractor,
  dotenvExtractor,
  kubernetesExtractor,
];

export interface ScanOptions {
  /** Config `helm-values`: globs of Helm values files, read as such wherever they are (workflows excepted). */
  helmValues?: readonly string[];
}

/** Walks `root` (or the part `scope` names) and extracts everything keybound reads from it. */
export function scanTree(root: string, scope: ScanScope = {}, options: ScanOptions = {}): Inventory {
  const inventory = emptyInventory();
  const strings: StringPool = new Map();
  const walk = walkTree(root, scopeFilter(scope));
  inventory.diagnostics.push(...walk.diagnostics);
  // A file named alone is still judged with its folder's other files in view (a Chart.yaml beside values.yaml).
  const paths = new Set([...walk.files, ...(scope.include ? siblingsOf(root, walk.files) : [])]);
  const namedHelm = options.helmValues?.length ? picomatch([...options.helmValues], { dot: true }) : undefined;
  for (const path of walk.files) {
    const helm = namedHelm?.(path) && !githubWorkflowExtractor.matches(path, paths);
    const extractor = helm ? helmValuesExtractor : EXTRACTORS.find((e) => e.matches(path, paths));
    if (!extractor) continue;
    const read = readTextFile(root, path);
    if ('diagnostic' in read) {
      inventory.diagnostics.push(read.diagnostic);
      continue;
    }
    inventory.files.push({ path, kind: extractor.kind });
    // NOTE: most files hold no marker; skipping their line split is a measurable share of a large scan.
    if (read.text.includes('keybound-ignore'))
      mergeInto(inventory, { suppressions: findSuppressions(path, read.text) }, strings);
    try {
      mergeInto(inventory, extractor.extract({ path, text: read.text }), strings);
    } catch (error) {
      // Extractors promise not to throw; if one does, the file is reported and the scan goes on.
      const reason = error instanceof Error ? error.name : typeof error;
      inventory.diagnostics.push({
        kind: 'parse-error',
        file: path,
        line: 1,
        column: 1,
        message: `could not be read as ${extractor.kind} (${reason})`,
      });
    }
  }
  return inventory;
}

/**
 * Adds one file's findings to the inventory, as strings of their own so the file's text can go, one copy
 * of each string per scan (issue 15).
 */
export function mergeInto(inventory: Inventory, part: InventoryPart, strings: StringPool = new Map()): void {
  ownStrings(part, strings);
  inventory.uses.push(...(part.uses ?? []));
  inventory.links.push(...(part.links ?? []));
  inventory.workflows.push(...(part.workflows ?? []));
  inventory.kustomizations.push(...(part.kustomizations ?? []));
  inventory.diagnostics.push(...(part.diagnostics ?? []));
  inventory.suppressions.push(...(part.suppressions ?? []));
  if (part.actions?.length) inventory.actions = [...(inventory.actions ?? []), ...part.actions];
  inventory.rbac.roles.push(...(part.rbac?.roles ?? []));
  inventory.rbac.bindings.push(...(part.rbac?.bindings ?? []));
  inventory.rbac.serviceAccounts.push(...(part.rbac?.serviceAccounts ?? []));
}
