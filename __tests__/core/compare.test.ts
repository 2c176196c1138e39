// compareText: one order for text in reports, whatever the machine's locale (src/core/compare.ts).

import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/core/compare.js';

describe('compareText', () => {
  it('orders by UTF-16 code unit, as Array.prototype.sort does', () => {
    const words = ['z', 'ä', 'aa', 'B', 'a_b', 'a-b', 'ab', '', 'Ä', '.github', '10', '9'];
    expect([...words].sort(compareText)).toEqual([...words].sort());
  });

  it('does not follow a locale: `aa` before `z`, `ä` after it (Danish and Swedish collations differ)', () => {
    expect(['ä', 'z', 'aa'].sort(compareText)).toEqual(['aa', 'z', 'ä']);
  });

  it('is zero only for equal text', () => {
    expect(compareText('key', 'key')).toBe(0);
    expect(compareText('a', 'A')).toBeGreaterThan(0);
    expect(compareText('A', 'a')).toBeLessThan(0);
  });
});
