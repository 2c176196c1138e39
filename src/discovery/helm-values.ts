// Helm values files (`values*.yaml` beside a `Chart.yaml`, or beside the chart's folder as in
// `helm_deploy/values-prod.yaml` next to `helm_deploy/app/Chart.yaml`; config `helm-values` names
// others, see discovery/index.ts): keys that hold credentials become uses
// named by their dotted path (`stripe.apiKey`) with the committed value; keys that name an existing
// Secret (`existingSecret`, `secretName`) become uses of that Secret.

import { isMap, isScalar, isSeq } from 'yaml';
import type { RawUse } from '../core/types.js';
import { holdsCredential, mayNameCredential, SECRET_NAME_KEY } from './manifest-names.js';
import {
  baseOf,
  dirOf,
  entries,
  entry,
  guarded,
  items,
  literal,
  locate,
  locateFromTo,
  parseFile,
  str,
  type Walk,
} from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';

const MAX_DEPTH = 40;

/** The Helm values extractor; a values file counts only with a `Chart.yaml` in its folder or one below. */
export const helmValuesExtractor: Extractor = {
  kind: 'helm-values',
  matches(path, paths) {
    if (!/^values[^/]*\.ya?ml$/i.test(baseOf(path))) return false;
    const dir = dirOf(path);
    const prefix = dir === '' ? '' : `${dir}/`;
    return paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`) || besideChart(paths).has(dir);
  },
  extract({ path, text }) {
    return guarded(path, () => extractValues(path, text));
  },
};

const chartParents = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Folders holding a chart folder (`helm_deploy` for `helm_deploy/app/Chart.yaml`), once per tree. */
function besideChart(paths: ReadonlySet<string>): Set<string> {
  let parents = chartParents.get(paths);
  if (!parents) {
    parents = new Set();
    for (const path of paths) {
      if (!/^Chart\.ya?ml$/.test(baseOf(path))) continue;
      const chart = dirOf(path);
      if (chart !== '') parents.add(dirOf(chart));
    }
    chartParents.set(paths, parents);
  }
  return parents;
}

function extractValues(path: string, text: string): InventoryPart {
  // go-yaml, which Helm uses, expands `<<` merge keys, so they expand here too. Every use is named by a
  // credential-named key (merged ones too: an anchor lives in its own document), so a document whose text
  // holds none is not parsed, and its syntax errors are not reported: keybound is not a YAML linter.
  const parsed = parseFile(path, text, { merge: true, wantDocument: mayNameCredential });
  const uses: RawUse[] = [];
  for (const walk of parsed.walks) visit(walk, walk.doc.contents, '', uses, 0);
  return { uses, diagnostics: parsed.diagnostics };
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function visit(walk: Walk, node: unknown, prefix: string, uses: RawUse[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (isSeq(node)) {
    items(walk, node).forEach((item, index) => visit(walk, item, `${prefix}[${index}]`, uses, depth + 1));
    return;
  }
  if (!isMap(node)) return;
  envEntry(walk, node, uses);
  for (const field of entries(walk, node, true)) {
    const path = join(prefix, field.key);
    if (isMap(field.value) || isSeq(field.value)) {
      visit(walk, field.value, path, uses, depth + 1);
      continue;
    }
    if (!isScalar(field.value)) continue;
    const raw = field.value.value;
    // Booleans and nulls are switches and unset defaults, never credentials.
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    const value = String(raw);
    if (value === '') continue;
    const location = locate(walk, field.pair);
    if (SECRET_NAME_KEY.test(field.key)) {
      uses.push({ name: value, sourceKind: 'helm-values', location, hints: {}, context: { via: field.key } });
    } else if (holdsCredential(field.key)) {
      uses.push({
        name: path,
        sourceKind: 'helm-values',
        location,
        hints: {},
        context: { via: 'values' },
        literal: literal(value, location),
      });
    }
  }
}

/** `{name: API_TOKEN, value: ...}` (an `extraEnv` list): the variable's own name is the better name. */
function envEntry(walk: Walk, node: unknown, uses: RawUse[]): void {
  const name = entry(walk, node, 'name');
  const value = entry(walk, node, 'value');
  const variable = str(walk, name?.value);
  const text = str(walk, value?.value);
  if (!name || !value || !variable || !text || !holdsCredential(variable)) return;
  const location = locateFromTo(walk, name.pair, value.pair);
  uses.push({
    name: variable,
    sourceKind: 'helm-values',
    location,
    hints: {},
    context: { via: 'env' },
    literal: literal(text, location),
  });
}
