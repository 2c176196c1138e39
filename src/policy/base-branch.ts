// The base commit's side of a pull request check (SPEC section 8), given a reader of its files (the
// Action's is GitHub's contents API): the policy files as the base has them (the config, found as
// discoverConfig finds it, and every file it extends), served to loadConfig by path; and which inline
// suppressions in the scanned files the base does not have.

import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readRegularFile } from '../core/regular-file.js';
import type { InlineSuppression } from '../core/types.js';
import { getPair, parseYaml, scalarString } from '../core/yaml.js';
import { findSuppressions } from '../discovery/suppressions.js';
import { CONFIG_CANDIDATES } from './discover.js';
import type { AddedSuppression } from './pull-request.js';
import { addTo } from '../core/group.js';

/** Reads a file of the base commit by its repository path: its text, or undefined when it has none there. */
export type BaseReader = (repoPath: string) => Promise<string | undefined>;

/** Where things are on disk: the repository's checkout, the scanned folder, the `config` input. */
export interface CheckoutLayout {
  repoRoot: string;
  root: string;
  /** The config named by the user (absolute); undefined to look for keybound.yml as usual. */
  configPath?: string;
}

/** Policy files read from the base commit, at most: a chain of `extends` longer than this is cut. */
const MAX_POLICY_FILES = 32;
/** Files whose suppressions are compared with the base; the suppressions of others count as added. */
export const MAX_COMPARED_FILES = 100;
/** A pack named by a bare word is built in (the same in every commit); anything else is a file. */
const BUILTIN_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The repository path of an absolute path, or undefined when it lies outside the repository. */
function repoPath(layout: CheckoutLayout, absPath: string): string | undefined {
  const rel = relative(resolve(layout.repoRoot), absPath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * Reads the base commit's policy files and returns a `readFile` for loadConfig: a file of the base
 * by its local path, ENOENT for one the base does not have, and files outside the repository (a
 * `config` input elsewhere on the runner) from disk, since no pull request can change them.
 * @throws whatever `read` throws (the base's policy then cannot be used).
 */
export async function readBasePolicy(read: BaseReader, layout: CheckoutLayout): Promise<(absPath: string) => string> {
  const files = new Map<string, string>();
  const fetch = async (absPath: string): Promise<string | undefined> => {
    const path = repoPath(layout, absPath);
    if (path === undefined || files.has(absPath)) return files.get(absPath);
    const text = await read(path);
    if (text !== undefined) files.set(absPath, text);
    return text;
  };
  let config: { absPath: string; text: string } | undefined;
  const candidates = layout.configPath
    ? [layout.configPath]
    : CONFIG_CANDIDATES.map((candidate) => resolve(layout.root, candidate));
  for (const absPath of candidates) {
    const text = await fetch(absPath);
    if (text !== undefined) {
      config = { absPath, text };
      break;
    }
  }
  // The packs it extends, breadth first, each relative to the file that names it.
  const queue = config ? [config] : [];
  for (let i = 0; i < queue.length && files.size < MAX_POLICY_FILES; i++) {
    for (const entry of extendsEntries(queue[i].text)) {
      if (BUILTIN_NAME.test(entry) || isAbsolute(entry)) continue;
      const absPath = resolve(dirname(queue[i].absPath), entry);
      if (files.has(absPath)) continue;
      const text = await fetch(absPath);
      if (text !== undefined) queue.push({ absPath, text });
    }
  }
  return (absPath: string): string => {
    const text = files.get(absPath);
    if (text !== undefined) return text;
    if (repoPath(layout, absPath) === undefined) return readRegularFile(absPath);
    throw Object.assign(new Error(`not in the base commit: ${absPath}`), { code: 'ENOENT' });
  };
}

/** The `extends` entries of a policy file's text (nothing when it does not parse). */
function extendsEntries(text: string): string[] {
  const contents = parseYaml(text).docs[0]?.contents;
  const list = getPair(contents, 'extends')?.value as { items?: unknown[] } | undefined;
  return (list?.items ?? []).flatMap((item) => scalarString(item) ?? []);
}

/**
 * The inline suppressions in `found` that the base commit does not have: per file, the same rule with
 * the same reason counts once for each time the base file has it; the rest are added. A file the base
 * does not have adds all of its suppressions; one that cannot be read (or past MAX_COMPARED_FILES)
 * counts as added too, with the reason, so nothing the pull request wrote applies to its own check.
 */
export async function addedSuppressions(
  found: readonly InlineSuppression[],
  read: BaseReader,
  layout: CheckoutLayout,
): Promise<AddedSuppression[]> {
  const byFile = new Map<string, InlineSuppression[]>();
  for (const suppression of found) addTo(byFile, suppression.file, suppression);
  const added: AddedSuppression[] = [];
  let compared = 0;
  for (const [file, suppressions] of byFile) {
    const path = repoPath(layout, resolve(layout.root, file));
    let text: string | undefined;
    try {
      if (path === undefined) throw new Error('the file lies outside the repository');
      if (++compared > MAX_COMPARED_FILES) throw new Error(`more than ${MAX_COMPARED_FILES} files hold suppressions`);
      text = await read(path);
    } catch (error) {
      const why = error instanceof Error ? error.message : 'unreadable';
      added.push(...suppressions.map((suppression) => ({ suppression, unverified: why })));
      continue;
    }
    const counts = new Map<string, number>();
    for (const s of text === undefined ? [] : findSuppressions(file, text)) {
      const key = `${s.ruleId}\n${s.reason ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const suppression of suppressions) {
      const key = `${suppression.ruleId}\n${suppression.reason ?? ''}`;
      const left = counts.get(key) ?? 0;
      if (left > 0) counts.set(key, left - 1);
      else added.push({ suppression });
    }
  }
  return added;
}
