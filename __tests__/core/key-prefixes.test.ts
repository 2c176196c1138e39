// The redactor's list of documented key prefixes stays in step with the providers: every format whose
// pattern starts with literal text has a listed prefix at least that long that its examples start with.
import { describe, expect, it } from 'vitest';
import { KEY_PREFIXES, keyPrefix } from '../../src/core/key-prefixes.js';
import { PROVIDERS } from '../../src/providers/index.js';

/** The literal text a pattern's source starts with (`^SG\.` -> `SG.`; `^glrtr?-` -> `glrt`). */
function literalPrefix(source: string): string {
  let out = '';
  for (let i = source.startsWith('^') ? 1 : 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && /[.\-_]/.test(source[i + 1] ?? '')) {
      out += source[++i];
      continue;
    }
    if (/[[\](){}.*+?|\\$]/.test(c)) {
      if (/[?*{]/.test(c)) out = out.slice(0, -1);
      break;
    }
    out += c;
  }
  return out;
}

const formats = PROVIDERS.flatMap((provider) =>
  provider.formats
    .map((format) => ({ name: `${provider.id} ${format.type}`, literal: literalPrefix(format.pattern.source), format }))
    .filter(({ literal }) => literal.length >= 2),
);

describe('KEY_PREFIXES', () => {
  it('knows the formats of every provider with a literal prefix', () => {
    expect(formats.length).toBeGreaterThan(40);
  });

  it.each(formats)('$name ($literal)', ({ literal, format }) => {
    for (const example of format.examples) {
      const prefix = keyPrefix(example);
      expect(prefix.length).toBeGreaterThanOrEqual(literal.length);
      expect(example.startsWith(prefix)).toBe(true);
    }
  });

  it.each([
    ['sk-ant-api03-abc', 'sk-ant-api03-'],
    ['sk-proj-abc', 'sk-proj-'],
    ['sk-abc', 'sk-'],
    ['xoxe.xoxp-1-abc', 'xoxe.xoxp-'],
    ['plain-value', ''],
  ])('the longest prefix of %s is %s', (value, prefix) => {
    expect(keyPrefix(value)).toBe(prefix);
  });

  it('is sorted longest first', () => {
    const lengths = KEY_PREFIXES.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
