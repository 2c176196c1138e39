// The token checksums of GitHub and npm (CRC32 of the 30 random characters, 6 base62 digits): the CRC
// and base62 against known vectors, then valid, tampered and other-shaped tokens.

import { describe, expect, it } from 'vitest';
import { base62, crc32, tokenChecksumValid, withTokenChecksum } from '../../src/core/checksum.js';

describe('crc32 and base62', () => {
  it.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j) = %i', (text, want) => {
    expect(crc32(text)).toBe(want);
  });

  it.each([
    [0, 6, '000000'],
    [61, 6, '00000z'],
    [62, 6, '000010'],
    [0xffffffff, 6, '4gfFC3'],
  ])('base62(%i, %i) = %s', (value, width, want) => {
    expect(base62(value, width)).toBe(want);
  });

  it("matches the worked example of GitHub's format (random part -> checksum)", () => {
    // github.blog 2021-04-05 and its public walk-throughs: `ghp_` + 30 random characters + `0mLq17`.
    expect(base62(crc32('zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ'), 6)).toBe('0mLq17');
  });
});

describe('tokenChecksumValid', () => {
  const RANDOM = 'rkYk0CiK17HoCacorX2EjRTAwu1McP';
  const valid = withTokenChecksum('gh' + 'p_', RANDOM);
  const flip = (token: string, at: number): string =>
    token.slice(0, at) + (token[at] === 'a' ? 'b' : 'a') + token.slice(at + 1);

  it.each([
    ['a GitHub classic token with its checksum', valid, true],
    ['each GitHub prefix', withTokenChecksum('gh' + 's_', RANDOM), true],
    ['an npm token with its checksum', withTokenChecksum('np' + 'm_', RANDOM), true],
    ['one random character changed', flip(valid, 10), false],
    ['one checksum character changed', flip(valid, 38), false],
    ['a made-up body', 'gh' + 'p_' + RANDOM + 'ABCDEF', false],
    ['a longer GitHub token (no documented checksum)', 'gh' + 's_' + RANDOM + 'ABCDEFGHIJ', undefined],
    ['a fine-grained PAT', 'github_' + 'pat_' + RANDOM + RANDOM, undefined],
    ['another provider', 'sk_' + 'live_' + RANDOM + 'ABCDEF', undefined],
  ])('%s', (_, token, want) => {
    expect(tokenChecksumValid(token)).toBe(want);
  });
});
