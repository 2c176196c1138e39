// A small streaming reader of the tarballs GitHub serves (`git archive`: ustar with pax headers; GNU
// long names read too) that writes only the files keybound reads into a fresh folder.
// SECURITY: an archive is untrusted input. Only regular files are written, each with O_NOFOLLOW and
// only below the folder: links (symbolic or hard), devices and FIFOs are never created, and a path
// that is absolute or holds `.`, `..` or an empty segment is refused. Every size is bounded (a file, the
// files together, their number, the decompressed stream), so a hostile or huge repository costs at
// most the bounds. Nothing is held in memory but one 512-byte header and pax records.

import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KeyboundError } from '../core/errors.js';

export interface ExtractLimits {
  /** A wanted file larger than this is left out (and named in `skipped`). */
  maxFileBytes: number;
  /** The written files together; past it the extraction stops with an error. */
  maxTotalBytes: number;
  /** Written files; past it the extraction stops with an error. */
  maxFiles: number;
  /** Bytes of the decompressed archive read; past it the extraction stops with an error. */
  maxArchiveBytes: number;
}

export interface ExtractResult {
  /** Relative paths written, in archive order. */
  files: string[];
  bytes: number;
  /** The commit `git archive` recorded in its pax global header. */
  commit?: string;
  /** Entries left out for a reason the user may want to know (links, oversized files, unsafe paths). */
  skipped: { path: string; reason: string }[];
}

const BLOCK = 512;
/** pax and GNU long-name records are small; a larger one is a broken or hostile archive. */
const MAX_META_BYTES = 1024 * 1024;
/** Listed in `skipped` up to this many; the rest are counted in the last line. */
const MAX_SKIPPED_LISTED = 50;

interface Entry {
  path: string;
  type: string;
  size: number;
}

/**
 * Reads the archive from `chunks` (already decompressed) and writes every regular file whose path,
 * without the archive's top folder, `wanted` accepts, below `dest` (which must exist and be empty).
 * @throws KeyboundError ('io') for a malformed archive or a bound passed; the message names which.
 */
export async function extractTar(
  chunks: AsyncIterable<Buffer | Uint8Array>,
  dest: string,
  wanted: (path: string) => boolean,
  limits: ExtractLimits,
): Promise<ExtractResult> {
  const reader = new TarReader(dest, wanted, limits);
  try {
    // Read to the end even after the end-of-archive blocks (git archive pads its last record): leaving
    // early would abort the download stream. What follows still counts against maxArchiveBytes.
    for await (const chunk of chunks) reader.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return reader.finish();
  } finally {
    reader.close();
  }
}

class TarReader {
  private readonly result: ExtractResult = { files: [], bytes: 0, skipped: [] };
  private skippedCount = 0;
  private header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** The entry whose data is being read, and what to do with it. */
  private entry: Entry | undefined;
  private sink: 'file' | 'meta' | 'skip' = 'skip';
  private fd: number | undefined;
  private meta: Buffer[] = [];
  private remaining = 0;
  private padding = 0;
  private archiveBytes = 0;
  private ended = false;
  /** pax `x` records (and a GNU `L` name) apply to the next entry only; `g` to all that follow. */
  private nextOverrides: Record<string, string> = {};
  private globalOverrides: Record<string, string> = {};
  private topFolder: string | undefined;

  constructor(
    private readonly dest: string,
    private readonly wanted: (path: string) => boolean,
    private readonly limits: ExtractLimits,
  ) {}

  /** Consumes one chunk; true once the end-of-archive blocks were read (later chunks are only counted). */
  push(chunk: Buffer): boolean {
    this.archiveBytes += chunk.length;
    if (this.archiveBytes > this.limits.maxArchiveBytes)
      throw tooLarge(`the archive is larger than ${mib(this.limits.maxArchiveBytes)} uncompressed`);
    let offset = 0;
    while (offset < chunk.length && !this.ended) {
      if (this.remaining > 0) {
        const n = Math.min(this.remaining, chunk.length - offset);
        this.data(chunk.subarray(offset, offset + n));
        offset += n;
        this.remaining -= n;
        if (this.remaining === 0) this.endEntry();
      } else if (this.padding > 0) {
        const n = Math.min(this.padding, chunk.length - offset);
        offset += n;
        this.padding -= n;
      } else {
        const n = Math.min(BLOCK - this.headerFill, chunk.length - offset);
        chunk.copy(this.header, this.headerFill, offset, offset + n);
        this.headerFill += n;
        offset += n;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          this.startEntry();
        }
      }
    }
    return this.ended;
  }

  finish(): ExtractResult {
    if (!this.ended && (this.remaining > 0 || this.headerFill > 0 || this.entry))
      throw broken('the archive ends in the middle of an entry');
    if (this.skippedCount > MAX_SKIPPED_LISTED)
      this.result.skipped.push({ path: '', reason: `${this.skippedCount - MAX_SKIPPED_LISTED} more left out` });
    return this.result;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private startEntry(): void {
    const h = this.header;
    if (h.every((byte) => byte === 0)) {
      // End of archive: two zero blocks; one is enough to stop reading.
      this.ended = true;
      return;
    }
    if (checksum(h) !== octal(h, 148, 8)) throw broken('a header has a wrong checksum (not a tar archive?)');
    const type = String.fromCharCode(h[156] || 48); // NUL is an old spelling of '0'
    const magic = h.toString('latin1', 257, 263);
    const name = text(h, 0, 100);
    const prefix = magic === 'ustar\u0000' ? text(h, 345, 155) : '';
    const overrides = { ...this.globalOverrides, ...this.nextOverrides };
    this.nextOverrides = {};
    const path = overrides.path ?? (prefix ? `${prefix}/${name}` : name);
    const size = overrides.size !== undefined ? Number(overrides.size) : size12(h);
    if (!Number.isSafeInteger(size) || size < 0) throw broken('an entry has an invalid size');
    this.entry = { path, type, size };
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    this.sink = this.choose(this.entry);
    if (size === 0) this.endEntry();
  }

  private choose(entry: Entry): 'file' | 'meta' | 'skip' {
    if (entry.type === 'x' || entry.type === 'g' || entry.type === 'L') {
      if (entry.size > MAX_META_BYTES) throw broken('a pax or long-name record is larger than 1 MiB');
      this.meta = [];
      return 'meta';
    }
    const relative = this.relative(entry.path);
    if (relative === undefined) return 'skip';
    if (entry.type === '5') return 'skip';
    if (entry.type === '1' || entry.type === '2') {
      if (this.wanted(relative)) this.skip(relative, 'a link; links are not followed');
      return 'skip';
    }
    if (entry.type !== '0' && entry.type !== '7') {
      if (this.wanted(relative)) this.skip(relative, 'not a regular file');
      return 'skip';
    }
    if (!this.wanted(relative)) return 'skip';
    if (entry.size > this.limits.maxFileBytes) {
      this.skip(relative, `larger than ${mib(this.limits.maxFileBytes)}; not scanned`);
      return 'skip';
    }
    if (this.result.files.length >= this.limits.maxFiles)
      throw tooLarge(`more than ${this.limits.maxFiles} files keybound reads`);
    if (this.result.bytes + entry.size > this.limits.maxTotalBytes)
      throw tooLarge(`the files keybound reads are larger than ${mib(this.limits.maxTotalBytes)} together`);
    const target = join(this.dest, relative);
    try {
      mkdirSync(dirname(target), { recursive: true });
      // O_NOFOLLOW: never write through a link, though none is ever created here.
      const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
      this.fd = openSync(target, flags, 0o600);
    } catch (error) {
      this.skip(relative, `could not be written (${(error as { code?: string }).code ?? 'error'})`);
      return 'skip';
    }
    this.result.files.push(relative);
    this.result.bytes += entry.size;
    return 'file';
  }

  /**
   * The path below the archive's top folder, or undefined for the top folder itself and for a path
   * that must not be written: absolute, `.`/`..`/empty segments, NUL.
   */
  private relative(path: string): string | undefined {
    const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
    const segments = trimmed.split('/');
    const top = segments.shift() ?? '';
    this.topFolder ??= top;
    if (segments.length === 0) return undefined;
    const relative = segments.join('/');
    const unsafe =
      path.startsWith('/') ||
      top !== this.topFolder ||
      relative.includes('\u0000') ||
      segments.some((s) => s === '' || s === '.' || s === '..');
    if (unsafe) {
      this.skip(path, 'a path outside the repository folder; not written');
      return undefined;
    }
    return relative;
  }

  private data(bytes: Buffer): void {
    if (this.sink === 'file' && this.fd !== undefined) {
      let written = 0;
      while (written < bytes.length) written += writeSync(this.fd, bytes, written);
    } else if (this.sink === 'meta') {
      this.meta.push(Buffer.from(bytes));
    }
  }

  private endEntry(): void {
    const entry = this.entry;
    this.entry = undefined;
    if (this.sink === 'file') this.close();
    if (this.sink === 'meta' && entry) {
      const body = Buffer.concat(this.meta);
      this.meta = [];
      if (entry.type === 'L') this.nextOverrides.path = body.toString('utf8').replace(/\u0000.*$/s, '');
      else {
        const records = paxRecords(body);
        if (entry.type === 'g') {
          // git archive writes the commit as the global header's comment.
          if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(records.comment ?? '')) this.result.commit = records.comment;
          delete records.comment;
          Object.assign(this.globalOverrides, pick(records));
        } else Object.assign(this.nextOverrides, pick(records));
      }
    }
    this.sink = 'skip';
  }

  private skip(path: string, reason: string): void {
    this.skippedCount++;
    if (this.result.skipped.length < MAX_SKIPPED_LISTED) this.result.skipped.push({ path, reason });
  }
}

/** The pax keys this reader honours. */
function pick(records: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  if (records.path !== undefined) kept.path = records.path;
  if (records.size !== undefined) kept.size = records.size;
  return kept;
}

/** `LEN key=value\n` records; a malformed one is an error. */
function paxRecords(body: Buffer): Record<string, string> {
  const records: Record<string, string> = Object.create(null) as Record<string, string>;
  let offset = 0;
  while (offset < body.length) {
    if (body[offset] === 0) break;
    const space = body.indexOf(0x20, offset);
    const length = space > offset ? Number(body.toString('latin1', offset, space)) : NaN;
    if (!Number.isSafeInteger(length) || length <= space - offset || offset + length > body.length)
      throw broken('a pax header record is malformed');
    const record = body.toString('utf8', space + 1, offset + length - 1);
    const equals = record.indexOf('=');
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}

function text(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.toString('utf8', 0, end === -1 ? length : end);
}

function octal(header: Buffer, start: number, length: number): number {
  const field = text(header, start, length).trim();
  return /^[0-7]+$/.test(field) ? parseInt(field, 8) : NaN;
}

/** The size field: octal, or GNU base-256 when its first byte has the high bit set. */
function size12(header: Buffer): number {
  if ((header[124] & 0x80) === 0) return octal(header, 124, 12);
  let value = 0;
  for (let i = 125; i < 136; i++) value = value * 256 + header[i];
  return (header[124] & 0x7f) === 0 ? value : NaN;
}

function checksum(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum;
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function broken(why: string): KeyboundError {
  return new KeyboundError('io', `the repository archive is malformed: ${why}`);
}

/** A bound passed: the repository is too large to audit as it is. */
export class ArchiveTooLargeError extends KeyboundError {
  constructor(why: string) {
    super('io', `the repository is too large to audit: ${why}`);
  }
}

function tooLarge(why: string): KeyboundError {
  return new ArchiveTooLargeError(why);
}
