// SECURITY.md rule 9, writing side: report and baseline files are never written through a symlink, nor
// outside the folders the shell allows (the Action: the workspace and RUNNER_TEMP). A pull request can
// commit `keybound.sarif -> ~/.bashrc` or a folder `reports -> /etc`; the runner's checkout restores
// both. So every folder below the allowed root is checked (and created) one at a time without following
// a symlink, and the file itself is opened with O_NOFOLLOW, refused unless it is a regular file with a
// single link, and only then truncated.

import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { KeyboundError } from './errors.js';
import { fileKind } from './regular-file.js';

export interface WriteRoot {
  /** A folder files may be written in (and below). */
  path: string;
  /** How messages name it: `the workspace`, `RUNNER_TEMP`. */
  name: string;
}

export interface WriteRules {
  /** The folders a file may be written in; outside all of them nothing is written. */
  roots: readonly WriteRoot[];
  /** What chose the path, for messages: `sarif-file`, `--output`. */
  label: string;
  /** The path as the user wrote it, for messages (default: the path given). */
  display?: string;
  /** Character devices (`/dev/null`) may be written wherever they are: they keep nothing (the CLI). */
  allowDevices?: boolean;
}

/** O_NOFOLLOW and O_NONBLOCK where the platform has them (not on Windows: the lstat checks remain). */
const OPEN_FLAGS = constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Writes `text` to `path` (made absolute against the process's folder; shells pass absolute paths),
 * creating missing folders below the root that holds it. Throws KeyboundError('io') naming the path and
 * the reason when the path is outside every root, leads through a symlink, or is not a regular file.
 */
export function writeFileSafely(path: string, text: string | Iterable<string>, rules: WriteRules): void {
  const target = resolve(path);
  const shown = rules.display ?? path;
  const fail = (why: string): never => {
    throw new KeyboundError('io', `${rules.label}: ${why}; not written`, { file: shown });
  };
  const existing = lstatOrUndefined(target);
  if (rules.allowDevices && existing?.isCharacterDevice()) {
    const fd = openSync(target, 'w');
    try {
      writeText(fd, text);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const found = rootOf(target, rules.roots);
  if (!found) {
    const names = rules.roots.map((r) => r.name);
    return fail(`is outside ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}`);
  }
  // Folder by folder from the root's real path: a symlink anywhere below the root is refused.
  let folder = found.real;
  const segments = found.rel.split(sep).slice(0, -1);
  for (const [index, segment] of segments.entries()) {
    const next = join(folder, segment);
    const named = segments.slice(0, index + 1).join('/');
    let stats = lstatOrUndefined(next);
    if (!stats) {
      try {
        mkdirSync(next);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST')
          return fail(`the folder ${named} could not be created (${errorCode(error)})`);
      }
      stats = lstatOrUndefined(next);
    }
    if (stats?.isSymbolicLink()) return fail(`the folder ${named} is a symlink`);
    if (!stats?.isDirectory()) return fail(`${named} is not a folder`);
    folder = next;
  }
  const file = join(folder, basename(target));
  const before = lstatOrUndefined(file);
  if (before) refuseExisting(before, fail);
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS, 0o644);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') return fail('is a symlink');
    if (code === 'ENXIO') return fail('is a FIFO (named pipe)');
    return fail(`could not be opened (${code})`);
  }
  try {
    refuseExisting(fstatSync(fd), fail);
    ftruncateSync(fd, 0);
    writeText(fd, text);
  } catch (error) {
    if (error instanceof KeyboundError) throw error;
    fail(`could not be written (${errorCode(error)})`);
  } finally {
    closeSync(fd);
  }
}

/** Pieces gathered up to this many characters are written at once (a few system calls, little memory). */
const BATCH = 1 << 16;

/** Writes `text` (one string, or pieces written in turn as they come: issue 15, flat memory) at `fd`. */
function writeText(fd: number, text: string | Iterable<string>): void {
  if (typeof text === 'string') return writeFileSync(fd, text);
  let batch = '';
  for (const piece of text) {
    batch += piece;
    if (batch.length >= BATCH) {
      writeFileSync(fd, batch);
      batch = '';
    }
  }
  if (batch !== '') writeFileSync(fd, batch);
}

/** Anything but a regular file with one link is refused: a symlink, a FIFO, a folder, a hard link. */
function refuseExisting(stats: Stats, fail: (why: string) => never): void {
  if (stats.isSymbolicLink()) fail('is a symlink');
  if (!stats.isFile()) fail(`is ${fileKind(stats)}, not a regular file`);
  if (stats.nlink > 1) fail('is a hard link to another file');
}

/** The root that holds `target` (by its own path or its real path), with `target` relative to it. */
export function rootOf(target: string, roots: readonly WriteRoot[]): { real: string; rel: string } | undefined {
  for (const root of roots) {
    let real: string;
    try {
      real = realpathSync.native(root.path);
    } catch {
      continue;
    }
    for (const base of [resolve(root.path), real]) {
      const rel = relative(base, target);
      if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return { real, rel };
    }
  }
  return undefined;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'error';
}
