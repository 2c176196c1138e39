// dotenv extractor: the syntax table (export, quotes, comments, escapes, multi-line values), exact
// NAME locations, which file names are read (templates are not), and hostile input.

import { describe, expect, it } from 'vitest';
import { dotenvExtractor, isDotenvPath, parseDotenv } from '../../src/discovery/dotenv.js';
import { fixture, HOSTILE, rows, run, type Row } from '../fixtures/manifests/helpers.js';

const extract = (text: string, path = '.env') => run(dotenvExtractor, path, text);
const entry = (name: string, at: string, literal?: string): Row => ({
  name,
  at,
  ...(literal === undefined ? {} : { literal }),
});

const CASES: { name: string; text: string; want: Row[] }[] = [
  { name: 'plain', text: 'A=1\n', want: [entry('A', '1:1-1:4', '1')] },
  { name: 'export prefix', text: 'export TOKEN=abc\n', want: [entry('TOKEN', '1:8-1:17', 'abc')] },
  { name: 'indented, spaces around =', text: '  KEY = value  \n', want: [entry('KEY', '1:3-1:14', 'value')] },
  { name: 'tab before name', text: '\tKEY=v\n', want: [entry('KEY', '1:2-1:7', 'v')] },
  { name: 'single quotes keep everything', text: "K='a # b \\n $X'\n", want: [entry('K', '1:1-1:16', 'a # b \\n $X')] },
  {
    name: 'double quotes expand escapes',
    text: 'K="line1\\nline2\\t\\"q\\""\n',
    want: [entry('K', '1:1-1:24', 'line1\nline2\t"q"')],
  },
  { name: 'backticks', text: 'K=`raw "x"`\n', want: [entry('K', '1:1-1:12', 'raw "x"')] },
  { name: 'inline comment after unquoted value', text: 'K=value # note\n', want: [entry('K', '1:1-1:8', 'value')] },
  {
    name: 'hash without a blank before it is part of the value',
    text: 'K=abc#123\n',
    want: [entry('K', '1:1-1:10', 'abc#123')],
  },
  { name: 'comment after a quoted value', text: 'K="v" # note\n', want: [entry('K', '1:1-1:6', 'v')] },
  {
    name: 'empty value: a use with no literal',
    text: 'EMPTY=\nQUOTED=""\n',
    want: [entry('EMPTY', '1:1-1:6'), entry('QUOTED', '2:1-2:10')],
  },
  { name: 'value that is only a comment', text: 'K=# nothing\n', want: [entry('K', '1:1-1:2')] },
  {
    name: 'multi-line double-quoted value (a PEM)',
    text: 'A=1\nKEY="-----BEGIN KEY-----\nMIIB\n-----END KEY-----"\nB=2\n',
    want: [
      entry('A', '1:1-1:4', '1'),
      entry('KEY', '2:1-4:19', '-----BEGIN KEY-----\nMIIB\n-----END KEY-----'),
      entry('B', '5:1-5:4', '2'),
    ],
  },
  {
    name: 'unterminated quote: the line as written',
    text: 'A="open\nB=2\n',
    want: [entry('A', '1:1-1:8', '"open'), entry('B', '2:1-2:4', '2')],
  },
  {
    name: 'comments, blanks, junk and bare export lines are skipped',
    text: '# c\n\n  # c2\nnot an assignment\nexport ONLY\n1BAD=x\nOK=1\n',
    want: [entry('OK', '7:1-7:5', '1')],
  },
  { name: 'CRLF line ends', text: 'A=1\r\nB="x"\r\n', want: [entry('A', '1:1-1:4', '1'), entry('B', '2:1-2:6', 'x')] },
  { name: 'BOM before the first name', text: '\uFEFFA=1\n', want: [entry('A', '1:1-1:4', '1')] },
  {
    name: 'dots and dashes in names',
    text: 'spring.datasource.password=pw-1234\n',
    want: [entry('spring.datasource.password', '1:1-1:35', 'pw-1234')],
  },
  {
    name: 'duplicates are all uses',
    text: 'A=1\nA=2\n',
    want: [entry('A', '1:1-1:4', '1'), entry('A', '2:1-2:4', '2')],
  },
];

describe('dotenv: syntax', () => {
  it.each(CASES)('$name', ({ text, want }) => {
    const part = extract(text);
    expect(
      rows(part).map(({ name, at, literal }) => ({ name, at, ...(literal === undefined ? {} : { literal }) })),
    ).toEqual(want);
    for (const use of part.uses ?? []) expect(use.hints).toEqual({});
  });

  it('parseDotenv agrees with the extractor', () => {
    expect(parseDotenv('X=1')).toEqual([{ name: 'X', value: '1', line: 1, column: 1, endLine: 1, endColumn: 4 }]);
  });
});

describe('dotenv: fixture', () => {
  it('.env.production with a fake test-mode key', () => {
    const path = 'app/.env.production';
    expect(rows(run(dotenvExtractor, path, fixture(path)))).toEqual([
      entry('NODE_ENV', '2:1-2:20', 'production'),
      entry('STRIPE_SECRET_KEY', '3:8-3:71', 'sk_test_51Kb0undFixtureOnly7qZ9wLm2VxR4tYp8N3'),
      entry('SESSION_SECRET', '4:1-4:50', 'f3b9c1e7a2d84c6b9e0f1a2b3c4d5e6f'),
      entry('DATABASE_URL', '5:1-5:68', 'postgres://store:${DB_PASSWORD}@db.internal:5432/store'),
    ]);
  });
});

describe('dotenv: hostile input', () => {
  it.each(HOSTILE)('never throws: %s', (_, text) => {
    const part = extract(text);
    for (const d of part.diagnostics ?? []) expect(d.file).toBe('.env');
  });

  it('a binary file is a parse error naming the file', () => {
    expect(extract('\u0000\u0001PK').diagnostics).toEqual([
      { kind: 'parse-error', file: '.env', message: '.env: is not a text file' },
    ]);
  });

  it('a 20k-line file parses quickly', () => {
    const started = Date.now();
    expect(dotenvExtractor.extract({ path: '.env', text: 'K=v\n'.repeat(20000) }).uses).toHaveLength(20000);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('dotenv: which files', () => {
  it.each([
    ['.env', true],
    ['app/.env.production', true],
    ['.env.local', true],
    ['.env.production.local', true],
    ['config/prod.env', true],
    ['app.env', true],
    ['.envrc', false],
    ['.env.example', false],
    ['.env.sample', false],
    ['.env.template', false],
    ['.env.dist', false],
    ['example.env', false],
    ['.env.production.example', false],
    ['env', false],
    ['.environment', false],
  ])('%s -> %s', (path, want) => {
    expect(isDotenvPath(path)).toBe(want);
    expect(dotenvExtractor.matches(path, new Set([path]))).toBe(want);
  });
});
