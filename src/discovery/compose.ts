// docker-compose files: the variables each service is given (`environment`, list and map forms), the
// variables interpolated anywhere in a service (`${VAR}`, `${VAR:-default}`, `$VAR`), and secrets by
// name (top-level `secrets:` and service `secrets:`). Compose defines `<<` merge keys, so they expand.
// A variable given nothing but another one (`AUTH_TOKEN=${API_KEY}`) holds that one's value: one key.

import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Diagnostic, Location, NameLink, RawUse } from '../core/types.js';
import { isDotenvPath } from './dotenv.js';
import { holdsWord } from './manifest-names.js';
import {
  baseOf,
  entries,
  entry,
  get,
  guarded,
  items,
  literal,
  locate,
  parseFile,
  resolve,
  span,
  str,
  type Walk,
} from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';

/** `$$` is compose's escape for a literal `$`; `${NAME...` and `$NAME` interpolate. */
const INTERPOLATION = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const MAX_DEPTH = 40;

/** The compose extractor: `compose*.y?ml` and `docker-compose*.y?ml`. */
export const composeExtractor: Extractor = {
  kind: 'compose',
  matches(path) {
    return /^(docker-)?compose[^/]*\.ya?ml$/i.test(baseOf(path));
  },
  extract({ path, text }) {
    return guarded(path, () => extractCompose(path, text));
  },
};

interface State {
  walk: Walk;
  uses: RawUse[];
  links: NameLink[];
  seen: Set<string>;
  /** Environment entries already recorded under a name: `KEY=${KEY}` is one use, not two. */
  named: Map<Node, string>;
}

/**
 * Whether a compose file's text could yield anything: every use and notice sits under a key written out
 * as `environment`, `secrets` or `env_file`, or is a `$` interpolation in the raw source (merged anchors
 * are in the same text; words spelled with escapes count, holdsWord). A file with none is not parsed and
 * its syntax errors are not reported: keybound is not a YAML linter. Whole-file, not per document: only
 * the first document counts, and skipping one would make another the first.
 */
export function mayHoldVariables(text: string): boolean {
  return holdsWord(text, (source) => /secrets|environment|env_file|\$/.test(source));
}

function extractCompose(path: string, text: string): InventoryPart {
  if (!mayHoldVariables(text)) return {};
  const parsed = parseFile(path, text, { merge: true });
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
  if (!walk) return { diagnostics };
  const root = walk.doc.contents;
  const state: State = { walk, uses: [], links: [], seen: new Set(), named: new Map() };
  for (const service of entries(walk, get(walk, root, 'services', true), true)) {
    const resource = service.key;
    const before = state.uses.length;
    environment(state, get(walk, service.value, 'environment', true), resource);
    if (!publishes(walk, service.value)) for (const use of state.uses.slice(before)) use.privateNetwork = true;
    for (const item of items(walk, get(walk, service.value, 'secrets', true))) {
      const sourceEntry = isMap(item) ? entry(walk, item, 'source') : undefined;
      const name = str(walk, sourceEntry ? sourceEntry.value : item);
      if (name) add(state, name, locate(walk, sourceEntry?.pair ?? item), resource, 'secrets');
    }
    for (const file of envFiles(walk, get(walk, service.value, 'env_file', true))) {
      // NOTE: compose may name any file; only dotenv-named ones are scanned, so say so for the rest.
      if (!isDotenvPath(file)) {
        diagnostics.push({
          kind: 'notice',
          file: path,
          message: `${path}: env_file ${file} of service ${resource} is not scanned (only .env, .env.* and *.env files are)`,
        });
      }
    }
    interpolations(state, service.value, resource, 0);
  }
  for (const secret of entries(walk, get(walk, root, 'secrets', true), true)) {
    add(state, secret.key, locate(walk, secret.pair), `secrets.${secret.key}`, 'secrets');
    const variable = entry(walk, secret.value, 'environment');
    const name = str(walk, variable?.value);
    if (variable && name) add(state, name, locate(walk, variable.pair), `secrets.${secret.key}`, 'secrets.environment');
  }
  return { uses: state.uses, links: state.links, diagnostics };
}

function add(
  state: State,
  name: string,
  location: RawUse['location'],
  resource: string,
  via: string,
  value?: string,
): void {
  // Services merging one anchor share its nodes; one use per place and consumer is enough.
  const id = `${name}\u0000${location.line}:${location.column}\u0000${resource}\u0000${via}`;
  if (state.seen.has(id)) return;
  state.seen.add(id);
  const use: RawUse = { name, sourceKind: 'compose', location, hints: {}, context: { via, resource } };
  if (value !== undefined && value !== '') use.literal = literal(value, location);
  state.uses.push(use);
}

/** A value is concrete when nothing in it is interpolated; `$$` unescapes to `$`. */
function concrete(value: string): string | undefined {
  let interpolated = false;
  value.replace(INTERPOLATION, (match) => {
    if (match !== '$$') interpolated = true;
    return match;
  });
  return interpolated ? undefined : value.replace(/\$\$/g, '$');
}

function environment(state: State, node: unknown, resource: string): void {
  const { walk } = state;
  if (isSeq(node)) {
    for (const item of items(walk, node)) {
      if (!isScalar(item) || item.value === null || item.value === undefined || !item.range) continue;
      const text = String(item.value);
      const equals = text.indexOf('=');
      const name = (equals < 0 ? text : text.slice(0, equals)).trim();
      if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) continue;
      const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE';
      const location = span(walk, item.range[0] + (quoted ? 1 : 0), item.range[1]);
      const value = equals < 0 ? undefined : concrete(text.slice(equals + 1));
      add(state, name, location, resource, 'environment', value);
      if (equals >= 0) link(state, name, text.slice(equals + 1), location);
      state.named.set(item, name);
    }
    return;
  }
  for (const variable of entries(walk, node, true)) {
    const value = isScalar(variable.value) ? (variable.value as Scalar) : undefined;
    const raw = value && value.value !== null && value.value !== undefined ? String(value.value) : undefined;
    add(
      state,
      variable.key,
      locate(walk, variable.pair),
      resource,
      'environment',
      raw === undefined ? undefined : concrete(raw),
    );
    if (raw !== undefined) link(state, variable.key, raw, locate(walk, variable.pair));
    if (value) state.named.set(value, variable.key);
  }
}

/** `${VAR}`, `${VAR:-default}`, `${VAR?error}` or `$VAR` as the whole value. */
const WHOLE_INTERPOLATION = /^\s*(?:\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*))\s*$/;

/** `NAME=${OTHER}`: NAME holds OTHER's value, so they are one key (keys/join.ts). */
function link(state: State, name: string, value: string, location: Location): void {
  const match = WHOLE_INTERPOLATION.exec(value);
  const other = match?.[1] ?? match?.[2];
  if (other !== undefined && other !== name) state.links.push({ secret: other, alias: name, location });
}

/** Whether a service is reachable from outside its compose network: published ports or the host's network. */
function publishes(walk: Walk, service: unknown): boolean {
  if (items(walk, get(walk, service, 'ports', true)).length > 0) return true;
  return /^host$/i.test(str(walk, get(walk, service, 'network_mode', true)) ?? '');
}

function envFiles(walk: Walk, node: unknown): string[] {
  const list = isScalar(node) ? [node] : items(walk, node);
  return list
    .map((item) => (isMap(item) ? str(walk, get(walk, item, 'path')) : str(walk, item)))
    .filter((file): file is string => Boolean(file));
}

/** Every `${VAR}` / `$VAR` in the scalars under `node`, located in the raw source. */
function interpolations(state: State, node: unknown, resource: string, depth: number): void {
  const { walk } = state;
  const value = resolve(walk, node);
  if (depth > MAX_DEPTH) return;
  if (isMap(value)) {
    for (const field of entries(walk, value, true)) interpolations(state, field.value, resource, depth + 1);
  } else if (isSeq(value)) {
    for (const item of items(walk, value)) interpolations(state, item, resource, depth + 1);
  } else if (isScalar(value) && typeof value.value === 'string' && value.range) {
    // The raw source keeps `${VAR}` as written, so offsets in it are exact even in block scalars.
    const start = value.range[0];
    const raw = walk.text.slice(start, value.range[1]);
    for (const match of raw.matchAll(INTERPOLATION)) {
      const name = match[1] ?? match[2];
      if (!name || state.named.get(value) === name) continue;
      const from = start + (match.index ?? 0);
      let to = from + match[0].length;
      if (match[1] && walk.text[to] === '}') to++;
      add(state, name, span(walk, from, to), resource, 'interpolation');
    }
  }
}
