// Tarballs as GitHub serves them (`git archive --format=tar.gz`: a pax global header whose comment is
// the commit, a top folder `owner-repo-sha/`, ustar entries, pax `path` records for long names), and
// hostile ones: links, devices, paths out of the folder, lies about sizes.
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  /** Below the top folder; as written when it starts with `/` or `../`, or after a leading `=`. */
  path: string;
  content?: string | Buffer;
  /** '0' file (default), '1' hard link, '2' symlink, '3' char device, '5' folder, '6' FIFO. */
  type?: string;
  linkname?: string;
  /** Use a pax `x` record for the path even when it fits (git archive does for > 100 bytes). */
  pax?: boolean;
}

function header(name: string, size: number, type: string, linkname = '', prefix = ''): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write(type === '5' ? '0000755\0' : '0000644\0', 100, 'latin1');
  h.write('0000000\0', 108, 'latin1');
  h.write('0000000\0', 116, 'latin1');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  h.write(`${(1_700_000_000).toString(8).padStart(11, '0')}\0`, 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write(type, 156, 'latin1');
  h.write(linkname, 157, 100, 'utf8');
  h.write('ustar\u000000', 257, 'latin1');
  h.write('root', 265, 'latin1');
  h.write('root', 297, 'latin1');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

function padded(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)]);
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length)
    length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

/** An uncompressed tar of `entries` below `top/`, with git archive's global header. */
export function tar(entries: readonly TarEntry[], options: { top?: string; commit?: string } = {}): Buffer {
  const top = options.top ?? 'acme-repo-0123456';
  const commit = options.commit ?? '0123456789abcdef0123456789abcdef01234567';
  const blocks: Buffer[] = [];
  const global = Buffer.from(paxRecord('comment', commit));
  blocks.push(header('pax_global_header', global.length, 'g'), padded(global));
  blocks.push(header(`${top}/`, 0, '5'));
  for (const entry of entries) {
    const type = entry.type ?? '0';
    const data = Buffer.from(entry.content ?? '');
    const raw = entry.path.startsWith('/') || entry.path.startsWith('../') || entry.path.startsWith('=');
    const full = raw ? entry.path.replace(/^=/, '') : `${top}/${entry.path}`;
    let name = full;
    if (entry.pax || Buffer.byteLength(full) > 100) {
      const record = Buffer.from(paxRecord('path', full));
      blocks.push(header(`${top}/PaxHeaders/x`, record.length, 'x'), padded(record));
      name = full.slice(0, 99);
    }
    blocks.push(header(name, data.length, type, entry.linkname ?? ''));
    if (data.length > 0) blocks.push(padded(data));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** The gzip of {@link tar}: what codeload sends. */
export function tarball(entries: readonly TarEntry[], options: { top?: string; commit?: string } = {}): Buffer {
  return gzipSync(tar(entries, options));
}

/** Files as entries. */
export function files(map: Record<string, string>): TarEntry[] {
  return Object.entries(map).map(([path, content]) => ({ path, content }));
}
