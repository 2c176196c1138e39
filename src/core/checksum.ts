// Checksums that providers build into their tokens, so a made-up value in a documented format is told
// from a real one without asking the provider. GitHub's tokens since 2021 (`ghp_`, `gho_`, `ghu_`,
// `ghs_`, `ghr_`: prefix, 30 random base62 characters, then a CRC32 of those 30 characters in 6 base62
// digits; github.blog 2021-04-05 "Behind GitHub's new authentication token formats") and npm's `npm_`
// tokens (the same scheme; github.blog 2021-09-23 "npm has a new access token format").

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, the one zlib computes) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `value` in base 62 (digits, then upper case, then lower case), left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  for (let n = value; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
  return out.padStart(width, '0');
}

/** The GitHub/npm scheme: `prefix_` + 30 base62 characters + their CRC32 in 6 base62 digits. */
const BASE62_CRC_TOKEN = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/;

/**
 * Whether a token of a checksummed format carries a valid checksum: true or false for a value of that
 * shape, undefined for any other value (longer GitHub tokens, other providers: nothing to check).
 */
export function tokenChecksumValid(value: string): boolean | undefined {
  const match = BASE62_CRC_TOKEN.exec(value);
  if (!match) return undefined;
  return base62(crc32(match[1]), 6) === match[2];
}

/** A token of the checksummed scheme with a valid checksum (for tests and fixtures that need one). */
export function withTokenChecksum(prefix: string, random30: string): string {
  return `${prefix}${random30}${base62(crc32(random30), 6)}`;
}
