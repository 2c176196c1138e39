// Report and baseline files written by the CLI: the place is checked before the scan starts, so a
// typo in --output fails in a second instead of after a two-minute smoke run, and any write error
// is a usage error naming the file (exit 2), never an "internal error".
// SECURITY.md rule 9: the file is never written through a symlink or into a special file, and no folder
// on its way below the working directory or the scanned tree (which a pull request controls) is one.

import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KeyboundError } from '../core/errors.js';
import { rootOf, type WriteRoot, writeFileSafely } from '../core/safe-write.js';

/** The absolute path `file` names, or a usage error saying why it cannot be written. */
export function checkWritable(cwd: string, file: string, flag: string): string {
  const abs = resolve(cwd, file);
  const fail = (why: string): never => {
    throw new KeyboundError('usage', `${flag} ${JSON.stringify(file)}: ${why}`);
  };
  const folder = statOf(dirname(abs));
  if (folder === 'missing') fail(`the folder ${JSON.stringify(dirname(file))} does not exist; create it first`);
  if (folder !== 'folder') fail(`${JSON.stringify(dirname(file))} is not a folder`);
  const target = statOf(abs);
  if (target === 'folder') fail('that is a folder; name a file to write');
  // An existing file or device (/dev/null, /dev/stdout) is written in place; a new file needs its folder.
  try {
    accessSync(target === 'missing' ? dirname(abs) : abs, constants.W_OK);
  } catch {
    fail('no permission to write there');
  }
  return abs;
}

/**
 * Writes `text` (or its pieces, in turn) to `file` (checked first), turning any failure into an error naming the file (exit 2).
 * SECURITY: a path below one of `roots` (the working directory, the scanned folder, RUNNER_TEMP, the
 * temp folder: where a checkout's committed symlinks can be) is checked folder by folder from that root;
 * a path the user names outside all of them (`~/reports/x.json`) is trusted up to its own folder.
 */
export function writeOutput(
  cwd: string,
  file: string,
  text: string | Iterable<string>,
  flag: string,
  roots: readonly WriteRoot[],
): void {
  const abs = checkWritable(cwd, file, flag);
  const within = rootOf(abs, roots) ? roots : [{ path: dirname(abs), name: `the folder of ${flag}` }];
  try {
    writeFileSafely(abs, text, { roots: within, label: flag, display: file, allowDevices: true });
  } catch (error) {
    if (error instanceof KeyboundError) throw error;
    throw new KeyboundError('usage', `${flag} ${JSON.stringify(file)}: could not be written (${codeOf(error)})`);
  }
}

function statOf(path: string): 'missing' | 'folder' | 'other' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    // ENOTDIR: a file stands where a folder on the way should be.
    return codeOf(error) === 'ENOENT' ? 'missing' : 'other';
  }
}

function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? 'error';
}
