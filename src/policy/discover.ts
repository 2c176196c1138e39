// Finding the files: the config (`--config`, else keybound.yml, else .github/keybound.yml, `.yaml`
// too) and the packs it extends (built-in names, or paths relative to the extending file).
// SECURITY: a file reached through the repository (a discovered config, an `extends` path) must stay
// inside the scanned tree, so a pull request cannot make keybound read and quote files elsewhere.

import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { KeyboundError } from '../core/errors.js';
import { NotRegularFileError, readRegularFile } from '../core/regular-file.js';

/** File access, injectable for tests. `readFile` throws an error with `code: 'ENOENT'` for a missing file. */
export interface PolicyIo {
  readFile(absPath: string): string;
  /** The real path (symlinks resolved); identity when files are not on disk. */
  realpath(absPath: string): string;
}

export const fsIo: PolicyIo = {
  // SECURITY.md case 35: a FIFO, device or folder is refused before it is opened.
  readFile: (absPath) => readRegularFile(absPath),
  realpath: (absPath) => realpathSync.native(absPath),
};

/** Config file names, in the order they are looked for under the root. */
export const CONFIG_CANDIDATES = [
  'keybound.yml',
  'keybound.yaml',
  '.github/keybound.yml',
  '.github/keybound.yaml',
] as const;

export interface FoundFile {
  /** How messages name it. */
  file: string;
  absPath: string;
  text: string;
}

/** The config file to load, or undefined when there is none (built-in defaults apply). */
export function discoverConfig(root: string, configPath: string | undefined, io: PolicyIo): FoundFile | undefined {
  if (configPath !== undefined) {
    // Given by whoever runs keybound, so it may live anywhere; it is named as given.
    const absPath = resolve(configPath);
    const text = tryRead(absPath, configPath, io);
    if (text === undefined)
      throw new KeyboundError('config', `config file ${configPath} was not found`, { file: configPath });
    return { file: configPath, absPath, text };
  }
  for (const candidate of CONFIG_CANDIDATES) {
    const absPath = resolve(root, candidate);
    const text = tryRead(absPath, candidate, io);
    if (text === undefined) continue;
    assertInside(io, absPath, [root], candidate);
    return { file: candidate, absPath, text };
  }
  return undefined;
}

/** The text of a file, or undefined when it does not exist; other read failures are config errors. */
export function tryRead(absPath: string, file: string, io: PolicyIo): string | undefined {
  try {
    return io.readFile(absPath);
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new KeyboundError('config', `${error.message}; not read`, { file });
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    const why = typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
    throw new KeyboundError('config', `could not be read (${why})`, { file });
  }
}

/** Throws unless the real path of `absPath` lies inside one of `bases` (compared by real paths too). */
export function assertInside(io: PolicyIo, absPath: string, bases: readonly string[], file: string): void {
  const real = safeRealpath(io, absPath);
  const inside = bases.some((base) => {
    const rel = relative(safeRealpath(io, base), real);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
  });
  if (!inside) {
    throw new KeyboundError('config', 'leads out of the scanned tree (through a symlink or ..); not read', { file });
  }
}

function safeRealpath(io: PolicyIo, absPath: string): string {
  try {
    return io.realpath(absPath);
  } catch {
    return resolve(absPath);
  }
}

/** A path relative to `root` with `/` separators, or the absolute path when it lies outside. */
export function displayPath(root: string, absPath: string): string {
  const rel = relative(resolve(root), absPath);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return absPath;
  return rel.split(sep).join('/');
}
