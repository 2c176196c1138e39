// core/fast-yaml.ts: the fast reader builds exactly what `yaml` builds (node by node: class, type,
// value, source, range, anchor, tag, format, document range, errors) or gives up. Each case is compared
// with `yaml` itself; the cases the reader must read (not give up on) are listed, so a reader that gives
// up on everything fails too. scripts/fast-yaml-diff.mjs does the same over the real corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Composer, parseAllDocuments, Parser } from 'yaml';
import { fastParseYaml } from '../../src/core/fast-yaml.js';
import { parseYaml } from '../../src/core/yaml.js';
import { dumpDocs, IGNORED_FIELDS } from '../helpers/yaml-dump.js';

const OPTIONS = {
  schema: 'core',
  version: '1.2',
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

/** 'fast' when the reader read it and matched `yaml`; the reason when it gave up; throws on a mismatch. */
function compare(text: string, start = 0, end = text.length, merge = false): string {
  const options = { ...OPTIONS, merge };
  const got = fastParseYaml(text, start, end, options);
  if ('reason' in got) return got.reason;
  let want: string;
  if (start === 0 && end === text.length) {
    want = dumpDocs(Array.from(parseAllDocuments(text, options)));
  } else {
    const parser = new Parser();
    parser.offset = start;
    want = dumpDocs(Array.from(new Composer(options).compose(parser.parse(text.slice(start, end)))));
  }
  expect(dumpDocs(got.docs)).toBe(want);
  return 'fast';
}

// [what, text, read fast?]: `true` cases must be read, the others may be read or left to `yaml`.
const CASES: [string, string, boolean][] = [
  ['plain strings', 'a: hello world\nb: x:y\nc: http://h/p?q#f\n', true],
  ['core nulls', 'a: null\nb: Null\nc: NULL\nd: ~\ne:\nf: nULL\n', true],
  ['core booleans', 'a: true\nb: True\nc: TRUE\nd: false\ne: tRUE\nf: yes\ng: on\n', true],
  ['core ints', 'a: 0\nb: -12\nc: +7\nd: 0o17\ne: 0x1F\nf: 012\ng: 1_000\nh: 0b1\n', true],
  ['core floats', 'a: 1.5\nb: -0.0\nc: 1e3\nd: .5\ne: 1.\nf: 2.50\ng: 6.02E+23\n', true],
  ['infinities and nans', 'a: .inf\nb: -.Inf\nc: +.INF\nd: .nan\ne: .NaN\nf: .NAN\ng: .Nan\n', true],
  ['single quotes', "a: 'it''s'\nb: ''\nc: '# not a comment'\n", true],
  ['double quotes and escapes', 'a: "x\\ty\\n\\"q\\" \\\\ \\u00e9 \\x41 \\U0001F600 \\/"\nb: ""\n', true],
  ['unknown escape', 'a: "\\q"\n', false],
  ['quoted keys', '"a b": 1\n\'c:d\': 2\n"": 3\n', true],
  ['keys with colons and odd characters', 'a:b: 1\nx-y.z/w: 2\n"k": 3\n? : 4\n', false],
  ['comments after values', 'a: 1 # one\nb: "x" # two\nc: [1, 2] # three\nd: text#not\n', true],
  ['comment lines everywhere', '# head\na:\n  # in\n  b: 1\n  # after\nc: 2\n# tail\n', true],
  ['empty values', 'a:\nb:\n  c:\n  d:\ne: 1\n', true],
  ['key at the end of the text', 'a: 1\nb:', true],
  ['no final newline', 'a: 1\nb: two', true],
  ['literal block scalar', 'run: |\n  echo a\n    indented\n\n  echo b\nnext: 1\n', true],
  ['literal strip', 'a: |-\n  x\n  y\n\n\nb: 1\n', true],
  ['literal keep', 'a: |+\n  x\n\n\nb: 1\n', false],
  ['folded', 'a: >\n  one\n  two\n\n  three\n\n\n  four\nb: >-\n  x\n  y\n', true],
  ['folded with more-indented lines', 'a: >\n  one\n    two\n  three\n\n    four\n\n  five\n  six\n', true],
  ['folded with a more-indented line after blank lines', 'a: >-\n\n  x\n\n   y\n  z\n', true],
  ['indentation indicator', 'a: >2\n   x\n', false],
  ['block scalar with header comment', 'a: | # why\n  x\n', true],
  ['block scalar trailing blank lines', 'a: |\n  x\n\n\n', true],
  ['block scalars at the end without a newline', 'a: |\n  x\nb: >-\n  y\n  z', true],
  ['block scalar with tabs inside', 'a: |\n  x\ty\n  \tz\n', true],
  ['seq of scalars', '- a\n- 1\n- "q"\n-\n- ~\n', true],
  ['nested seqs', '- - a\n  - b\n- - - c\n', true],
  ['seq of maps', '- a: 1\n  b: 2\n- c: 3\n', true],
  ['seq at the key indentation', 'a:\n- x\n- y\nb: 1\n', true],
  ['maps in seqs with odd indentation', 'l:\n    -   a: 1\n        b: 2\n    -  c\n', true],
  ['seq item on the next line', '-\n  a: 1\n-\n  - b\n', true],
  ['flow collections', 'a: []\nb: {}\nc: [x, "y" , 1 ]\nd: {k: v, j: "2"}\ne: [a, b,]\n', true],
  ['nested flow', 'a: [[1], {b: 2}]\n', false],
  [
    'multi-line flow',
    'a: [1,\n  2]\nb: [\n    x ,\n    y  \n  ]\nc: {\n  k: v,\n  j: "w"\n  }\nd:\n  - [a,\n     b]\n',
    true,
  ],
  ['multi-line flow at the parent indentation', 'a: [1,\n2]\n', false],
  ['multi-line flow with a comment', 'a: [1, # c\n  2]\n', false],
  ['documents', 'a: 1\n---\nb: 2\n--- # c\nc: 3\n', true],
  ['empty documents', '---\n---\na: 1\n---\n\n---   \n', true],
  ['empty document with a comment', 'a: 1\n---\n# c\n---\nb: 2\n', false],
  ['content on the --- line', '--- a\n', false],
  ['document end marker', 'a: 1\n...\n---\nb: 2\n', false],
  ['only comments', '# a\n\n# b\n', true],
  ['empty text', '', true],
  ['root scalar', 'hello\n', true],
  ['CRLF line ends', 'a: 1\r\nb: 2\r\n', false],
  ['BOM', '\ufeffa: 1\n', false],
  ['unicode', 'ключ: значение\nemoji: "😀"\n', true],
  ['tab in indentation', 'a:\n\tb: 1\n', false],
  ['anchors and aliases', 'a: &x 1\nb: *x\n', false],
  ['tags', 'a: !!str 1\n', false],
  ['directives', '%YAML 1.2\n---\na: 1\n', false],
  ['multi-line plain scalar', 'a: one\n  two\n\n  three\n    four\nb: 1\n- x\n', false],
  ['multi-line plain scalars', 'a: one\n  two\n\n\n  three\n    four  \nb:\n  - x\n    y\n  - k: v\n     w\n', true],
  [
    'continuation lines starting with indicators',
    'if: a\n  && b\n  || "c"\n  [d] {e}\n  *f !g |h >i\n  \'j\' %k @l `m\nz: 1\n',
    true,
  ],
  ['continuation lines starting with - ? : #', 'a: b\n  - c\nd: e\n  ? f\ng: h\n  : i\n', false],
  ['multi-line plain scalar with a comment', 'a: one\n  two # c\n', false],
  ['multi-line plain scalar looking like a key', 'a: one\n  two: three\n', false],
  ['multi-line quoted scalar', 'a: "one\n  two"\n', false],
  ['merge key', 'a: &b {x: 1}\nc:\n  <<: *b\n', false],
  ['duplicate keys', 'a: 1\na: 2\n', true],
  ['error: bad indentation', 'a:\n  b: 1\n c: 2\n', false],
  ['error: unclosed quote', 'a: "x\n', false],
  ['error: map on a key line', 'a: b: c\n', false],
  ['trailing comment kept by an inner map', 'x:\n  a:\n    b: 1\n    # c\n # e\n  d: 1\n', true],
  ['trailing comment passed to the document', 'a:\n  b: 1\n # c\n', true],
  ['more-indented comment after a scalar', 'a:\n  b: 1\n    # c\nd: 1\n', false],
  ['comment after an empty value', 'a:\n  # c\nb: 1\n', false],
];

describe('fastParseYaml matches yaml node by node', () => {
  it.each(CASES)('%s', (_what, text, mustBeFast) => {
    const result = compare(text);
    if (mustBeFast) expect(result).toBe('fast');
  });

  it('with merge keys on', () => {
    expect(compare('a: 1\nb: [x]\n', 0, 12, true)).toBe('fast');
    expect(compare('a:\n  <<: {x: 1}\n', 0, 16, true)).not.toBe('fast');
  });

  it('a document cut out of a stream (parseYaml wantDocument) has whole-text ranges', () => {
    const text = 'a: 1\n---\nb:\n  - x\n  # c\n---\nc: |\n  z\n';
    const cut = text.indexOf('---\nc');
    expect(compare(text, 5, cut)).toBe('fast');
    expect(compare(text, cut, text.length)).toBe('fast');
  });

  it('parseYaml gives the same documents and problems through the fast path', () => {
    const text = 'on: [push]\njobs:\n  a:\n    steps:\n      - run: |\n          echo ${{ secrets.X }}\n';
    const parsed = parseYaml(text);
    expect(parsed.problems).toEqual([]);
    expect(dumpDocs(parsed.docs)).toBe(dumpDocs(Array.from(parseAllDocuments(text, OPTIONS))));
    expect(parseYaml('a: 1\nb: 2\na: 3\n').problems).toEqual([
      { message: 'Map keys must be unique', line: 3, column: 1, firstLine: 1 },
    ]);
  });
});

// YAML-ish text: lines of keys, list items, scalars of every kind, comments and markers at random
// indentation. Most of it is broken or outside the subset; what the reader reads must match `yaml`.
const scalar = fc.constantFrom(
  'x',
  'a b',
  '1',
  '-2',
  '0x1f',
  '1.5',
  '.inf',
  '.nan',
  'true',
  'False',
  'null',
  '~',
  '"q"',
  "'s''t'",
  '"e\\n"',
  '[]',
  '{}',
  '[a, "b"]',
  '{k: v}',
  'x # c',
  'http://h:1',
  '',
  '|',
  '|-',
  '>',
  '>+',
  '&a x',
  '*a',
  '!t x',
  '"',
  'a: b',
  '  ',
  'x  ',
  '"a\\tb"',
  '- x',
  '<<',
);
const line = fc.tuple(
  fc.integer({ min: 0, max: 6 }),
  fc.constantFrom('key: ', '- ', '- key: ', '', '', '# c', '---', '...', '"k": ', '- - ', 'k: v ', '--- '),
  scalar,
);
const yamlish = fc
  .array(line, { maxLength: 14 })
  .map((lines) => lines.map(([indent, lead, value]) => ' '.repeat(indent) + lead + value).join('\n') + '\n');

describe('fastParseYaml on generated text', () => {
  it('reads exactly what yaml reads, or gives up', () => {
    let fast = 0;
    fc.assert(
      fc.property(yamlish, (text) => {
        if (compare(text) === 'fast') fast++;
      }),
      { numRuns: Number(process.env.KEYBOUND_FUZZ_RUNS ?? 2000) },
    );
    // The generator must reach the reader, not only its refusals.
    expect(fast).toBeGreaterThan(50);
  });
});

describe('the comment fields the fast reader leaves unset', () => {
  it('are read nowhere in src/', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src');
    const fields = [...IGNORED_FIELDS].join('|');
    const readers = files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      return /from 'yaml'/.test(source) && new RegExp(`\\.(?:${fields})\\b`).test(source);
    });
    expect(readers).toEqual([]);
  });
});
