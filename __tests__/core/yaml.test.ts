// core/yaml.ts: duplicate keys are found with one hash map per YAML map (yaml's own check compares each
// key with every earlier one), reported where the repeat stands with the line of the first.
import { describe, expect, it } from 'vitest';
import { Document, type Node, parseAllDocuments, visit, YAMLSeq } from 'yaml';
import { eachNode, parseYaml } from '../../src/core/yaml.js';

describe('parseYaml: duplicate keys', () => {
  it.each([
    ['a block map', 'a: 1\nb: 2\na: 3\n', [{ line: 3, column: 1, firstLine: 1 }]],
    ['a nested map', 'top:\n  x: 1\n  y: 2\n  x: 3\n', [{ line: 4, column: 3, firstLine: 2 }]],
    ['a flow map', 'm: {k: 1, j: 2, k: 3}\n', [{ line: 1, column: 17, firstLine: 1 }]],
    ['a map inside a list', 'l:\n  - a: 1\n    a: 2\n', [{ line: 3, column: 5, firstLine: 2 }]],
    ['a quoted repeat of a plain key', 'key: 1\n"key": 2\n', [{ line: 2, column: 1, firstLine: 1 }]],
    [
      'three of one key',
      'k: 1\nk: 2\nk: 3\n',
      [
        { line: 2, column: 1, firstLine: 1 },
        { line: 3, column: 1, firstLine: 1 },
      ],
    ],
    ['a number and its string (different keys)', '1: a\n"1": b\n', []],
    ['the same key in two maps', 'a: {x: 1}\nb: {x: 2}\n', []],
  ])('%s', (_what, text, want) => {
    const { problems } = parseYaml(text);
    expect(problems).toEqual(want.map((w) => ({ message: 'Map keys must be unique', ...w })));
  });

  it('reports duplicates among other problems in source order', () => {
    const { problems } = parseYaml('a: 1\na: 2\nb: [\n', {});
    expect(problems[0]).toMatchObject({ message: 'Map keys must be unique', line: 2 });
    expect(problems.length).toBeGreaterThan(1);
  });

  it('a map of 4× the keys costs at most 6× the CPU time (yaml compares every pair: 16×)', () => {
    const map = (n: number): string => Array.from({ length: n }, (_, i) => `K${i}: v`).join('\n');
    const cpu = (text: string): number => {
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const start = process.cpuUsage();
        expect(parseYaml(text).problems).toEqual([]);
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const [small, large] = [cpu(map(5000)), cpu(map(20000))];
    expect(large / small).toBeLessThan(6);
  });

  it('a stream cut into 4× the pieces costs at most 6× the CPU time (each piece is read on its own)', () => {
    // Every other document is wanted, so each wanted one is a piece of its own, read on its own.
    const stream = (n: number): string =>
      Array.from({ length: n }, (_, i) => (i % 2 ? `---\nkeep: ${i}\n` : `---\nskip: ${i}\n`)).join('');
    const want = (source: string): boolean => source.includes('keep');
    const cpu = (text: string): number => {
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const start = process.cpuUsage();
        expect(parseYaml(text, { wantDocument: want }).problems).toEqual([]);
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const [small, large] = [cpu(stream(10_000)), cpu(stream(40_000))];
    expect(large / small).toBeLessThan(6);
  });
});

describe('eachNode: every node in document order, as yaml visit gives them', () => {
  it.each([
    ['scalars and maps', 'a: 1\nb:\n  c: [1, 2, {d: e}]\n  f: |\n    text\n'],
    ['anchors and aliases, an alias as a key', 'base: &b {x: 1}\nuse: *b\n*b : 2\nlist: [&i 1, *i]\n'],
    ['a complex key', '? [a, b]\n: value\n? {k: v}\n: other\n'],
    ['nested sequences and empty values', '- - a\n  - - b\n- \n- k:\n  j: ~\n'],
    ['several documents', 'a: 1\n---\n- x\n- y: [z]\n---\n'],
    ['an empty document', ''],
  ])('%s', (_name, text) => {
    for (const doc of parseAllDocuments(text)) {
      const expected: Node[] = [];
      visit(doc, { Node: (_key, node) => void expected.push(node) });
      const seen: Node[] = [];
      eachNode(doc, (node) => seen.push(node));
      expect(seen.length).toBe(expected.length);
      seen.forEach((node, i) => expect(node).toBe(expected[i]));
    }
  });

  it('walks a document nested 100,000 deep without recursion', () => {
    const depth = 100_000;
    const doc = new Document();
    let inner = new YAMLSeq();
    doc.contents = inner;
    for (let i = 1; i < depth; i++) {
      const next = new YAMLSeq();
      inner.items.push(next);
      inner = next;
    }
    let count = 0;
    eachNode(doc, () => count++);
    expect(count).toBe(depth);
  });
});
