// SECURITY.md rule 9, reading side: config, policy, baseline and secrets files must be regular files.
// A FIFO named keybound.yml would block the run forever, a device would stream without end, and a
// folder fails with an errno that tells the user nothing. The kind is checked before the file is opened,
// and again on the open descriptor (opened non-blocking), so a FIFO swapped in between cannot block.

import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';

/** Thrown for a path that exists but is not a regular file; `kind` says what it is, for messages. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';

  constructor(readonly kind: string) {
    super(`is ${kind}, not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

/** What a path is, in words: `a FIFO (named pipe)`, `a folder`, `a character device`. */
export function fileKind(stats: Stats): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * Reads a regular file (following symlinks) as UTF-8. Errors from the file system (ENOENT, EACCES...)
 * are thrown as they are; a path that is not a regular file throws NotRegularFileError before any read.
 */
export function readRegularFile(path: string): string {
  const before = statSync(path);
  if (!before.isFile()) throw new NotRegularFileError(fileKind(before));
  // O_NONBLOCK: opening a FIFO that replaced the file since the stat returns at once instead of waiting.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new NotRegularFileError(fileKind(opened));
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
