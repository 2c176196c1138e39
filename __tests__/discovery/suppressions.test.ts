// Inline suppressions: `# keybound-ignore rule-id: reason` found in any file, one entry per rule id,
// at the line and column of the `#`; what is not a suppression.

import { describe, expect, it } from 'vitest';
import { findSuppressions } from '../../src/discovery/suppressions.js';

type Row = [line: number, column: number, ruleId: string, reason?: string];

const rows = (text: string): Row[] =>
  findSuppressions('f.yml', text).map((s) => {
    expect(s.file).toBe('f.yml');
    return s.reason === undefined ? [s.line, s.column, s.ruleId] : [s.line, s.column, s.ruleId, s.reason];
  });

describe('findSuppressions', () => {
  it.each<[string, string, Row[]]>([
    [
      'own line with a reason',
      '# keybound-ignore rotation-age: rotated by vault\n',
      [[1, 1, 'rotation-age', 'rotated by vault']],
    ],
    [
      'trailing a YAML value',
      'env:\n  TOKEN: ${{ secrets.T }}  # keybound-ignore service-account-bound: bot migration INFRA-9\n',
      [[2, 28, 'service-account-bound', 'bot migration INFRA-9']],
    ],
    ['no reason', 'A=1 # keybound-ignore plaintext-secret\n', [[1, 5, 'plaintext-secret']]],
    ['blank reason', '  # keybound-ignore plaintext-secret:   \n', [[1, 3, 'plaintext-secret']]],
    [
      'several rule ids',
      '# keybound-ignore rotation-age, no-dev-keys-in-prod ,least-privilege-scopes: legacy\n',
      [
        [1, 1, 'rotation-age', 'legacy'],
        [1, 1, 'no-dev-keys-in-prod', 'legacy'],
        [1, 1, 'least-privilege-scopes', 'legacy'],
      ],
    ],
    [
      'no space after #, reason keeps its colons',
      '#keybound-ignore rotation-age: see https://x/y: ok\n',
      [[1, 1, 'rotation-age', 'see https://x/y: ok']],
    ],
    ['CRLF', 'a: 1\r\n# keybound-ignore rotation-age: why\r\n', [[2, 1, 'rotation-age', 'why']]],
    ['BOM', '\uFEFF# keybound-ignore rotation-age: why\n', [[1, 1, 'rotation-age', 'why']]],
    ['tab before #', 'a: 1\t# keybound-ignore rotation-age\n', [[1, 6, 'rotation-age']]],
    [
      'several lines',
      '# keybound-ignore a: x\nb: 1\n# keybound-ignore c\n',
      [
        [1, 1, 'a', 'x'],
        [3, 1, 'c'],
      ],
    ],
    ['# inside a word is not a comment', 'url: http://x/#keybound-ignore rotation-age: x\n', []],
    ['no rule id', '# keybound-ignore\n# keybound-ignore : reason\n', []],
    ['other tools', '# gitleaks:allow\n# zizmor: ignore[artipacked]\n# keybound-ignored rotation-age\n', []],
    ['empty', '', []],
  ])('%s', (_name, text, want) => {
    expect(rows(text)).toEqual(want);
  });

  it('stays linear on a long hostile line', () => {
    const text = `# keybound-ignore ${'a,'.repeat(100_000)}!`;
    const started = Date.now();
    expect(rows(text)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
