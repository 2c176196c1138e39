// own(): the same characters as a string of its own (issue 15: a V8 sliced string keeps its whole file
// text alive). The value must never change, whatever the string holds; ownStrings() walks what an
// extractor returns and copies its strings in place, leaving frozen objects and class instances alone.

import { describe, expect, it } from 'vitest';
import { own, ownStrings, pooled, type StringPool } from '../../src/core/own.js';
import { SecretValue } from '../../src/core/secret.js';

const TEXT = `${'x'.repeat(200)}DATABASE_PASSWORD_PRODUCTION é ü ${'y'.repeat(50)} 😀 lone \uD800 tail \uDC00`;
const at = (needle: string, length: number): string => TEXT.slice(TEXT.indexOf(needle), TEXT.indexOf(needle) + length);

const CASES: { name: string; input: string }[] = [
  { name: 'empty', input: '' },
  { name: '12 characters (V8 copies these itself)', input: at('DATABASE', 12) },
  { name: '13 characters, sliced from a text', input: at('DATABASE', 13) },
  { name: 'ASCII name sliced from a text', input: at('DATABASE', 28) },
  { name: 'Latin-1 letters', input: at('DATABASE', 33) },
  { name: 'a surrogate pair (emoji)', input: at('😀', 14) },
  { name: 'a lone high surrogate (a YAML "\\ud800" escape)', input: at('lone', 14) },
  { name: 'a lone low surrogate at the end', input: at('tail', 6 + 7) },
  { name: 'a NUL and controls', input: '\0\u0001\t\r\n'.repeat(4) },
  { name: 'a whole text', input: TEXT },
];

describe('own', () => {
  it.each(CASES)('$name: same characters', ({ input }) => {
    const copy = own(input);
    expect(copy).toBe(input);
    expect(copy.length).toBe(input.length);
  });
});

/** Counts writes through a setter, so a test sees which containers the walk copied into. */
function counted(value: string): { writes: number; target: object } {
  const box = { writes: 0, target: {} };
  let current = value;
  Object.defineProperty(box.target, 'name', {
    enumerable: true,
    get: () => current,
    set: (next: string) => {
      current = next;
      box.writes++;
    },
  });
  return box;
}

describe('ownStrings', () => {
  const long = at('DATABASE', 28);

  it('copies into plain objects and arrays, nested, and keeps every value', () => {
    const part = { uses: [{ name: long, location: { file: 'a.yml', line: 3 } }], tags: [long, 'short', 7, null] };
    const before = JSON.stringify(part);
    ownStrings(part);
    expect(JSON.stringify(part)).toBe(before);
  });

  const WALKS: { name: string; wrap: (target: object) => unknown; writes: number }[] = [
    { name: 'plain object', wrap: (t) => t, writes: 1 },
    { name: 'inside an array', wrap: (t) => [[t]], writes: 1 },
    {
      name: 'inside a null-prototype object',
      wrap: (t) => Object.assign(Object.create(null) as object, { t }),
      writes: 1,
    },
    { name: 'the same object twice: copied once', wrap: (t) => [t, { again: t }], writes: 1 },
    { name: 'frozen: left alone', wrap: (t) => Object.freeze(t), writes: 0 },
    { name: 'inside a frozen array: left alone', wrap: (t) => Object.freeze([t]), writes: 0 },
    { name: 'class instance: left alone', wrap: (t) => Object.setPrototypeOf(t, class Holder {}.prototype), writes: 0 },
  ];
  it.each(WALKS)('$name', ({ wrap, writes }) => {
    const box = counted(long);
    ownStrings(wrap(box.target));
    expect(box.writes).toBe(writes);
  });

  it('keeps one copy of each string in the pool, across parts', () => {
    const pool: StringPool = new Map();
    ownStrings({ uses: [{ name: long, env: 'production' }] }, pool);
    ownStrings({ uses: [{ name: long, env: 'staging' }], names: [long, 'production'] }, pool);
    expect([...pool.keys()].sort()).toEqual([long, 'production', 'staging'].sort());
    expect(pooled(long, pool)).toBe(long);
    expect(pool.size).toBe(3);
  });

  it('stops on cycles', () => {
    const a: Record<string, unknown> = { name: long };
    a.self = a;
    a.list = [a];
    ownStrings(a);
    expect(a.name).toBe(long);
  });

  it('leaves a SecretValue (frozen, owns its literal) intact', () => {
    const literal = new SecretValue(long, 'a.env:1');
    const part = { uses: [{ name: 'K', literal }] };
    ownStrings(part);
    expect(part.uses[0]?.literal).toBe(literal);
    expect(literal.reveal()).toBe(long);
  });
});
