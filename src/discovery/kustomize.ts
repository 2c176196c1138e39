// Kustomize: a kustomization's `namespace:` and the files it pulls in are environment evidence for
// those files (environment.ts applies it); `secretGenerator` literals are committed values.

import { posix } from 'node:path';
import { isScalar } from 'yaml';
import type { KustomizationInfo, RawUse } from '../core/types.js';
import { baseOf, dirOf, get, guarded, items, literal, parseFile, span, str, type Walk } from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

/** Fields whose entries are paths (strings, or maps with `path:`) of files or folders it includes. */
const PATH_LISTS = ['resources', 'bases', 'components', 'patches', 'patchesStrategicMerge', 'patchesJson6902', 'crds'];

/** The kustomize extractor: `kustomization.yaml`, `kustomization.yml` or `Kustomization`. */
export const kustomizeExtractor: Extractor = {
  kind: 'kustomize',
  matches(path) {
    return KUSTOMIZATION_FILES.has(baseOf(path));
  },
  extract({ path, text }) {
    return guarded(path, () => extractKustomize(path, text));
  },
};

function extractKustomize(path: string, text: string): InventoryPart {
  const parsed = parseFile(path, text);
  const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
  if (!walk) return { diagnostics: parsed.diagnostics };
  const root = walk.doc.contents;
  const dir = dirOf(path);
  const namespace = str(walk, get(walk, root, 'namespace'));
  const resources: string[] = [];
  for (const field of PATH_LISTS) {
    for (const item of items(walk, get(walk, root, field))) {
      const target = isScalar(item) ? str(walk, item) : str(walk, get(walk, item, 'path'));
      if (target) addPath(resources, dir, target);
    }
  }
  const uses: RawUse[] = [];
  for (const generator of items(walk, get(walk, root, 'secretGenerator'))) {
    const name = str(walk, get(walk, generator, 'name'));
    const hintNamespace = str(walk, get(walk, generator, 'namespace')) ?? namespace;
    for (const field of ['envs', 'files', 'env']) {
      const value = get(walk, generator, field);
      const list = isScalar(value) ? [value] : items(walk, value);
      for (const item of list) {
        const source = str(walk, item);
        // `files` entries may rename: `KEY=path/to/file`.
        if (source) addPath(resources, dir, source.includes('=') ? source.slice(source.indexOf('=') + 1) : source);
      }
    }
    if (!name) continue;
    for (const item of items(walk, get(walk, generator, 'literals'))) {
      const found = literalEntry(walk, item);
      if (!found) continue;
      const use: RawUse = {
        name: `${name}/${found.key}`,
        sourceKind: 'kustomize',
        location: found.location,
        hints: hintNamespace ? { namespace: hintNamespace } : {},
        context: { via: 'secretGenerator', resource: `secretGenerator/${name}` },
      };
      if (found.value !== '') use.literal = literal(found.value, found.location);
      uses.push(use);
    }
  }
  const info: KustomizationInfo = {
    dir,
    file: path,
    ...(namespace ? { namespace } : {}),
    resources: [...new Set(resources)],
  };
  return { uses, kustomizations: [info], diagnostics: parsed.diagnostics };
}

/** Resolves `target` against the kustomization folder; remote bases and paths leaving the tree are dropped. */
function addPath(out: string[], dir: string, target: string): void {
  const trimmed = target.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:\/\/|^git@|^(github|gitlab|bitbucket)\.(com|org)\//i.test(trimmed)) return;
  if (trimmed.startsWith('/')) return;
  const resolved = posix.normalize(posix.join(dir, trimmed.replace(/\\/g, '/'))).replace(/\/+$/, '');
  if (resolved === '..' || resolved.startsWith('../')) return;
  out.push(resolved === '.' ? '' : resolved);
}

/** `KEY=value` of a literals entry, located from the start of KEY to the end of the entry. */
function literalEntry(
  walk: Walk,
  node: unknown,
): { key: string; value: string; location: RawUse['location'] } | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const text = node.value;
  const equals = text.indexOf('=');
  if (equals <= 0) return undefined;
  const key = text.slice(0, equals).trim();
  let value = text.slice(equals + 1);
  // kustomize strips one pair of matching quotes around the value.
  if (/^(["']).*\1$/s.test(value) && value.length >= 2) value = value.slice(1, -1);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const start = node.range[0] + (quoted ? 1 : 0);
  return { key, value, location: span(walk, start, node.range[1]) };
}
