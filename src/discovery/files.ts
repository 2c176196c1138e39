// Walks the scanned tree and reads files safely. SECURITY: symlinks are never followed out of the tree
// (and symlinked folders not at all, so a loop cannot trap the walk); binary, oversized, non-UTF-8 and
// unreadable files become diagnostics instead of crashes.

import { isUtf8 } from 'node:buffer';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileKind } from '../core/regular-file.js';
import type { Diagnostic } from '../core/types.js';
import { MAX_YAML_BYTES } from '../core/yaml.js';
import type { ScopeFilter } from './scope.js';

/** Folders that never hold deploy configuration of the scanned project. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface WalkResult {
  /** Relative, `/`-separated, sorted. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Every regular file below `root` (and symlinked files that stay inside it) that `keep` lets through. */
export function walkTree(root: string, keep?: ScopeFilter): WalkResult {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const realRoot = realpathSync(root);
  const visit = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({
        kind: 'notice',
        file: toRelative(root, dir),
        message: `folder could not be read (${code(error)})`,
      });
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (keep && !keep(toRelative(root, path), entry.isDirectory())) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(path);
      } else if (entry.isFile()) {
        files.push(toRelative(root, path));
      } else if (entry.isSymbolicLink()) {
        const target = symlinkTarget(path);
        const inside = target !== undefined && (target === realRoot || target.startsWith(realRoot + sep));
        if (inside && isFile(path)) files.push(toRelative(root, path));
        else if (!inside) {
          diagnostics.push({
            kind: 'notice',
            file: toRelative(root, path),
            message: 'symlink leads out of the scanned tree; not followed',
          });
        }
      }
    }
  };
  visit(root);
  files.sort();
  return { files, diagnostics };
}

/** The other files in the folders of `files` (relative paths), for extractors that look at neighbours. */
export function siblingsOf(root: string, files: readonly string[]): string[] {
  const folders = new Set(files.map((file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '')));
  return [...folders].flatMap((folder) => {
    try {
      return readdirSync(join(root, folder)).map((name) => (folder ? `${folder}/${name}` : name));
    } catch {
      return [];
    }
  });
}

export type ReadResult = { text: string } | { diagnostic: Diagnostic };

/** Reads a file as UTF-8 text, or says why it cannot be scanned. A leading BOM is dropped. */
export function readTextFile(root: string, file: string): ReadResult {
  const fail = (message: string): ReadResult => ({
    diagnostic: { kind: 'parse-error', file, line: 1, column: 1, message },
  });
  // One path lookup: kind and size come from the open descriptor (issue 15). O_NONBLOCK: a FIFO swapped
  // in since the walk cannot block the scan, and is refused by its kind.
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(join(root, file), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile() && !stats.isDirectory()) {
      return fail(`file could not be read (${fileKind(stats)}, not a regular file)`);
    }
    if (stats.size > MAX_YAML_BYTES)
      return fail(`file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB; not scanned`);
    bytes = readFileSync(fd);
  } catch (error) {
    return fail(`file could not be read (${code(error)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.subarray(0, 8192).includes(0)) return fail('file holds binary data, not text');
  // isUtf8 + toString (simdutf) is several times faster than a fatal TextDecoder, with the same verdict.
  if (!isUtf8(bytes)) return fail('file is not valid UTF-8');
  const text = bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function symlinkTarget(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile() && !lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function code(error: unknown): string {
  return (error as { code?: string })?.code ?? 'unknown error';
}
