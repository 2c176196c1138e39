// Resolution of `extends`: which packs apply, in which order. Packs are built-in names (`recommended`
// -> policies/recommended.yml, embedded) or paths relative to the file that names them. Each pack's
// own packs come before it; a pack reached twice applies once, at its first place; cycles are errors.

import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { LineCounter } from 'yaml';
import { KeyboundError } from '../core/errors.js';
import { POLICY_DATA, POLICY_FILES } from '../generated/policies.js';
import { assertInside, displayPath, type PolicyIo, tryRead } from './discover.js';
import { closeMatches } from './messages.js';
import { errorAt, type PolicySource, parseSource } from './source.js';
import { isPlainObject, plainObject, type PlainObject, type Segment } from './tree.js';

/** The pack a config without `extends` extends. */
export const DEFAULT_PACK = 'recommended';

/** A built-in pack is named by a bare word; anything with a `/` or an extension is a file path. */
const BUILTIN_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface ChainContext {
  root: string;
  io: PolicyIo;
  /** File name -> text of the built-in packs (POLICY_FILES). */
  builtins: Readonly<Record<string, string>>;
  /** Folders a pack file may come from: the scanned root and the folder of the config. */
  trustedDirs: string[];
  errors: KeyboundError[];
}

interface Entry {
  name: string;
  /** Where the entry is written; undefined when implied (a config without `extends`). */
  path?: Segment[];
}

/** Every file that applies, in order: packs first (depth first, as listed), `top` last. */
export function resolveChain(top: PolicySource, context: ChainContext): PolicySource[] {
  const order: PolicySource[] = [];
  const applied = new Set<string>();
  const visit = (source: PolicySource, stack: PolicySource[]): void => {
    for (const entry of extendsEntries(source)) {
      const pack = openPack(entry, source, context);
      if (!pack) continue;
      const cycle = stack.findIndex((s) => s.id === pack.id);
      if (cycle >= 0) {
        const names = [...stack.slice(cycle), pack].map((s) => s.file).join(' -> ');
        context.errors.push(errorAt(source, entry.path ?? [], `extends cycle: ${names}`));
        continue;
      }
      if (applied.has(pack.id)) continue;
      applied.add(pack.id);
      visit(pack, [...stack, pack]);
      order.push(pack);
    }
  };
  applied.add(top.id);
  visit(top, [top]);
  order.push(top);
  return order;
}

/** The built-in pack names available in this build. */
export function builtinPackNames(builtins: Readonly<Record<string, string>>): string[] {
  return Object.keys(builtins)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
}

function extendsEntries(source: PolicySource): Entry[] {
  const value = source.data.extends;
  // Only the config itself implies `recommended`; a pack without `extends` extends nothing.
  if (value === undefined) return source.code === 'config' ? [{ name: DEFAULT_PACK }] : [];
  if (!Array.isArray(value)) return [];
  return value.flatMap((name, index) => (typeof name === 'string' && name ? [{ name, path: ['extends', index] }] : []));
}

function openPack(entry: Entry, from: PolicySource, context: ChainContext): PolicySource | undefined {
  const fail = (message: string, code: KeyboundError['code'] = from.code): undefined => {
    const error = errorAt(from, entry.path ?? [], message);
    context.errors.push(new KeyboundError(code, error.message, error.place));
    return undefined;
  };
  if (from.builtin || BUILTIN_NAME.test(entry.name)) {
    // Inside a built-in pack every entry names another built-in pack.
    const name = from.builtin ? basename(entry.name).replace(/\.ya?ml$/, '') : entry.name;
    const fileName = [`${name}.yml`, `${name}.yaml`].find((f) => context.builtins[f] !== undefined);
    if (!fileName) {
      const known = builtinPackNames(context.builtins);
      if (!entry.path) return fail(`the built-in policy "${name}" is missing from this build`, 'internal');
      const close = closeMatches(name, known);
      const hint = close.length ? `did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}? ` : '';
      return fail(
        `unknown policy pack ${JSON.stringify(name)} (${hint}built-in packs: ${known.join(', ') || 'none'}; a file needs a path such as ./${name}.yml)`,
      );
    }
    const meta = {
      file: `keybound/policies/${fileName}`,
      id: `builtin:${fileName}`,
      builtin: true,
      code: 'policy' as const,
    };
    const prepared = context.builtins === POLICY_FILES ? POLICY_DATA[fileName] : undefined;
    if (prepared !== undefined) return { ...meta, lineCounter: new LineCounter(), data: packData(prepared) };
    return parseSource(context.builtins[fileName], meta, context.errors);
  }
  if (isAbsolute(entry.name) || !from.absPath) {
    return fail(`policy pack ${JSON.stringify(entry.name)} must be a path relative to ${from.file}`);
  }
  const absPath = resolve(dirname(from.absPath), entry.name);
  const file = displayPath(context.root, absPath);
  let text: string | undefined;
  try {
    text = tryRead(absPath, file, context.io);
    if (text !== undefined) assertInside(context.io, absPath, context.trustedDirs, file);
  } catch (error) {
    if (!(error instanceof KeyboundError)) throw error;
    return fail(`policy pack ${JSON.stringify(entry.name)} ${error.message}`);
  }
  if (text === undefined) return fail(`policy pack ${JSON.stringify(entry.name)} was not found (looked for ${file})`);
  return parseSource(text, { file, id: absPath, absPath, builtin: false, code: 'policy' }, context.errors);
}

/**
 * A built-in pack's data as read at build time (scripts/generate.mjs), with prototype-free objects as
 * parseSource makes them. The pack's YAML is then not parsed at every start (issue 15: a process's first
 * YAML parse costs ≈ 12 ms of compiling the parser); built-in packs have no positions to report.
 */
function packData(json: string): PlainObject {
  const data: unknown = JSON.parse(json, (_key, value: unknown) =>
    isPlainObject(value) ? Object.assign(plainObject(), value) : value,
  );
  return isPlainObject(data) ? data : plainObject();
}
