// loadConfig: finds the config, parses and validates it and every pack it extends, merges them (packs
// in order, then the config; later wins) into the ResolvedConfig the engine and rules read. Every
// problem in every file is collected and thrown together as one KeyboundErrors (exit 2).

import { dirname, resolve } from 'node:path';
import { LineCounter } from 'yaml';
import { type KeyboundError, KeyboundErrors } from '../core/errors.js';
import { POLICY_FILES } from '../generated/policies.js';
import type { KeyDeclaration } from '../core/types.js';
import type { Rule } from '../rules/types.js';
import { discoverConfig, fsIo, type PolicyIo } from './discover.js';
import { mergeIgnore } from './ignore.js';
import { mergeEnvironments, mergeKeys } from './merge-keys.js';
import { hasCustomRules, mergeCustomRules, mergeExceptions, mergeRuleSettings } from './merge-rules.js';
import { resolveChain } from './resolve.js';
import { prepareValidators } from './schema.js';
import { type PolicySource, parseSource } from './source.js';
import { plainObject } from './tree.js';
import type { ResolvedConfig } from './types.js';

export interface LoadConfigOptions {
  /** The scanned root: where keybound.yml and .github/keybound.yml are looked for. */
  root: string;
  /** `--config`: a path relative to the working directory, or absolute; named in messages as given. */
  configPath?: string;
  /** The registered rules: their ids are the valid `rules.<id>`, their schemas validate options. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has its own options type
  rules: readonly Rule<any>[];
  /** Reads a file (tests inject one); must throw an error with `code: 'ENOENT'` for a missing file. */
  readFile?: (absPath: string) => string;
  /** Built-in packs by file name; defaults to the embedded policies/ (tests inject their own). */
  builtins?: Readonly<Record<string, string>>;
}

/**
 * Loads and resolves the config. Throws KeyboundErrors (code `config`, or `policy` when the first
 * problem is in a pack) listing every problem, each with file, line, column and dotted path.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  return (await loadPolicySources(options)).config;
}

/** loadConfig, with the files it read in the order they apply (packs first, the config last). */
export async function loadPolicySources(
  options: LoadConfigOptions,
): Promise<{ config: ResolvedConfig; sources: PolicySource[] }> {
  const root = resolve(options.root);
  // With an injected reader the files are not on disk, so symlinks cannot be resolved either.
  const io: PolicyIo = options.readFile ? { readFile: options.readFile, realpath: (p) => p } : fsIo;
  const builtins = options.builtins ?? POLICY_FILES;
  const rules = options.rules as readonly Rule<unknown>[];
  const errors: KeyboundError[] = [];
  // ajv and CEL are loaded only when needed (issue 15: start-up); hence async.
  await prepareValidators(rules);

  const found = discoverConfig(root, options.configPath, io);
  let top: PolicySource;
  if (found) {
    top = parseSource(
      found.text,
      { file: found.file, id: found.absPath, absPath: found.absPath, builtin: false, code: 'config' },
      errors,
    );
  } else {
    // No config: an empty one, which implies `extends: [recommended]` and nothing else.
    top = {
      file: '(built-in defaults)',
      id: 'builtin:(defaults)',
      builtin: true,
      code: 'config',
      lineCounter: new LineCounter(),
      data: plainObject(),
    };
  }
  const trustedDirs = found ? [root, dirname(found.absPath)] : [root];
  const chain = resolveChain(top, { root, io, builtins, trustedDirs, errors });
  const sources = found ? chain : chain.filter((source) => source !== top);

  const environments = mergeEnvironments(sources);
  const keys = mergeKeys(sources, environments, errors);
  const compile = hasCustomRules(sources) ? (await import('./cel.js')).compileCustomRule : undefined;
  const customRules = mergeCustomRules(sources, rules, errors, compile);
  const settings = mergeRuleSettings(sources, rules, new Set(customRules.map((c) => c.id)), errors);
  const ruleIds = [...rules.map((rule) => rule.meta.id), ...customRules.map((c) => c.id)];
  const exceptions = mergeExceptions(sources, ruleIds, errors);
  const ignore = mergeIgnore(sources, errors);

  if (errors.length) throw new ConfigErrors(sortErrors(errors, sources), declaredNames(keys));
  const config = {
    file: found?.file,
    extends: sources.filter((source) => source !== top).map(packName),
    environments,
    keys,
    rules: settings,
    customRules,
    exceptions,
    ignore,
    helmValues: helmValues(sources),
  };
  return { config, sources };
}

/**
 * The problems of a config that did not load, and the key names and aliases it declares (as far as it
 * could be read): --secrets-env reads the values of those names, so their errors must not print them.
 */
export class ConfigErrors extends KeyboundErrors {
  constructor(
    errors: KeyboundError[],
    readonly declaredNames: readonly string[],
  ) {
    super(errors);
  }
}

function declaredNames(keys: ReadonlyMap<string, KeyDeclaration>): string[] {
  return [...keys.values()].flatMap((declaration) => [declaration.name, ...(declaration.aliases ?? [])]);
}

/** `helm-values` of the last file that has it (the schema has checked it is a list of strings). */
function helmValues(sources: readonly PolicySource[]): string[] {
  let globs: string[] = [];
  for (const source of sources) {
    const value = source.data['helm-values'];
    if (Array.isArray(value)) globs = value.filter((glob): glob is string => typeof glob === 'string');
  }
  return globs;
}

/** `recommended` for built-in packs, the file as named in messages for the others. */
function packName(source: PolicySource): string {
  return source.builtin ? source.id.replace(/^builtin:/, '').replace(/\.ya?ml$/, '') : source.file;
}

/** The config's own problems first, then the packs' in the order they apply; by line within a file. */
function sortErrors(errors: KeyboundError[], sources: readonly PolicySource[]): KeyboundError[] {
  const rank = (error: KeyboundError): number => {
    const index = sources.findIndex((source) => source.file === error.place.file);
    if (index < 0) return -1;
    return sources[index].code === 'config' ? -1 : index;
  };
  return errors
    .map((error, order) => ({ error, order }))
    .sort(
      (a, b) =>
        rank(a.error) - rank(b.error) ||
        (a.error.place.line ?? 0) - (b.error.place.line ?? 0) ||
        (a.error.place.column ?? 0) - (b.error.place.column ?? 0) ||
        a.order - b.order,
    )
    .map(({ error }) => error);
}
