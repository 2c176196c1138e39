// Which folder is the scanned root for the PATHs of `keybound check`: one folder is the root itself (its
// config, its relative paths); files, or several PATHs, are scanned inside the nearest folder above them
// that holds a keybound config or is a git checkout, so `keybound check .github/workflows/deploy.yml` in
// a repository uses that repository's keybound.yml and reports paths as the rest of the repository's.
// A PATH inside `.github` is always scanned from the folder that holds that `.github`, where
// workflows are recognised.

import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { KeyboundError } from '../core/errors.js';
import { CONFIG_CANDIDATES } from '../policy/discover.js';

export interface ResolvedScope {
  /** Absolute path of the scanned root. */
  root: string;
  /** The PATHs relative to the root (`/`-separated), when only they are scanned. */
  include?: string[];
}

export function resolveScope(cwd: string, paths: readonly string[]): ResolvedScope {
  const given = paths.length ? paths : ['.'];
  const entries = given.map((path) => ({ path, abs: resolve(cwd, path), folder: kindOf(cwd, path) === 'folder' }));
  if (entries.length === 1 && entries[0].folder && !insideGithubFolder(entries[0].abs)) return { root: entries[0].abs };
  const common = outsideGithubFolder(commonFolder(entries.map((e) => (e.folder ? e.abs : dirname(e.abs)))));
  const root = projectRoot(common) ?? common;
  const include = entries.map((e) => relative(root, e.abs).split(sep).join('/'));
  // A PATH that is the root itself means all of it.
  return include.includes('') ? { root } : { root, include };
}

function kindOf(cwd: string, path: string): 'folder' | 'file' {
  let stat;
  try {
    stat = statSync(resolve(cwd, path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
    throw new KeyboundError('usage', `${JSON.stringify(path)} ${why}; give a folder or file to scan`);
  }
  if (stat.isDirectory()) return 'folder';
  if (stat.isFile()) return 'file';
  throw new KeyboundError('usage', `${JSON.stringify(path)} is not a folder or a regular file to scan`);
}

/** Workflows are read only under `.github/workflows` of the root, so a root inside `.github` could find none. */
function insideGithubFolder(folder: string): boolean {
  return folder.split(sep).includes('.github');
}

/** The folder that holds the outermost `.github` on the way to `folder`, or `folder` itself. */
function outsideGithubFolder(folder: string): string {
  const parts = folder.split(sep);
  const index = parts.indexOf('.github');
  return index > 0 ? parts.slice(0, index).join(sep) || sep : folder;
}

/** The deepest folder that holds every one of `folders` (absolute paths). */
function commonFolder(folders: readonly string[]): string {
  let common = folders[0];
  for (const folder of folders.slice(1)) {
    while (!isWithin(common, folder)) common = dirname(common);
  }
  return common;
}

function isWithin(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The nearest folder at or above `folder` holding a keybound config or a `.git` entry. */
function projectRoot(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    if ([...CONFIG_CANDIDATES, '.git'].some((name) => existsSync(join(dir, name)))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
