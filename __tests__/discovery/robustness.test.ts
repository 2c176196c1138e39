// Robustness of every extractor on mangled real-shaped input: a seeded fast-check generator mutates the
// valid fixtures under __tests__/fixtures (drops, duplicates and swaps lines, swaps value types, inserts
// `{{ }}`, Jinja tags, tabs, anchors and aliases, unicode, CRLF, a BOM, truncates) and feeds every result
// to every extractor. None may throw, every diagnostic names the file, and every location a finding could
// point at stays inside the file. Regression cases found by scanning real repositories are at the end.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Location } from '../../src/core/types.js';
import { EXTRACTORS } from '../../src/discovery/index.js';
import type { Extractor, InventoryPart } from '../../src/discovery/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** The path each extractor is given, so it reads the input as its own format. */
const PATHS: Record<string, string> = {
  'github-workflow': '.github/workflows/fuzz.yml',
  compose: 'deploy/docker-compose.prod.yml',
  kustomize: 'k8s/overlays/prod/kustomization.yaml',
  'helm-values': 'chart/values-prod.yaml',
  dotenv: 'app/.env.production',
  kubernetes: 'chart/templates/fuzz.yaml',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Larger fixtures (the 150 KB CRD) only slow the search down: size is not what breaks a parser. */
const MAX_SEED_BYTES = 64 * 1024;

/** Every fixture an extractor reads, with the kind of the extractor that claims it. */
const SEEDS: { kind: string; text: string }[] = ['manifests', 'workflows', 'repos'].flatMap((folder) => {
  const all = files(join(FIXTURES, folder)).map((path) => relative(FIXTURES, path).split('\\').join('/'));
  const tree = new Set(all);
  return all.flatMap((path) => {
    const extractor = EXTRACTORS.find((e) => e.matches(path, tree));
    const text = extractor ? readFileSync(join(FIXTURES, path), 'utf8') : '';
    return extractor && text.length <= MAX_SEED_BYTES ? [{ kind: extractor.kind, text }] : [];
  });
});

/** Text that breaks or bends YAML, dotenv and workflow expressions in the ways real files do. */
const SNIPPETS = [
  '{{ .Values.image.tag }}',
  '{{- if .Values.enabled }}',
  '{{- end }}',
  '{{ toYaml .Values.env | nindent 8 }}',
  '{% if cookiecutter.use_docker %}',
  '{% raw %}${{ secrets.RAW }}{% endraw %}',
  '${{ secrets.FUZZ_TOKEN }}',
  "${{ secrets['FUZZ-KEY'] }}",
  '${{ toJSON(secrets) }}',
  '${{ secrets.',
  'secrets: inherit',
  '&anchor ',
  '*anchor',
  '<<: *anchor',
  '- *anchor',
  '? complex key',
  '\t',
  ': ',
  '- ',
  '|-',
  '>',
  '"',
  "'",
  ' # comment',
  '---',
  '...',
  '%YAML 1.1',
  '!!binary ',
  '!Ref ',
  '[',
  '{',
  ']',
  '}',
  '~',
  'export ',
  'KEY="multi',
  '\\',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '𝔰𝔢𝔠𝔯𝔢𝔱',
  'clé: ünïcødé',
];

/** Values a map entry's value is swapped for. */
const VALUES = ['[]', '{}', 'null', '42', 'true', '"x"', '*anchor', '&anchor {a: 1}', '|\n  block', '[a, {b: c}]', ''];

type Mutation = (lines: string[]) => string[];

const at = (lines: string[], i: number): number => (lines.length === 0 ? 0 : i % lines.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (l) =>
        l.filter((_, j) => j !== at(l, i)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (l) =>
        l.flatMap((line, j) => (j === at(l, i) ? [line, line] : [line])),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Mutation => (l) => {
    if (l.length === 0) return l;
    const out = [...l];
    const [a, b] = [at(l, i), at(l, k)];
    [out[a], out[b]] = [out[b], out[a]];
    return out;
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...SNIPPETS)).map(([i, p, snippet]): Mutation => (l) => {
    const out = [...l];
    const line = out[at(l, i)] ?? '';
    const pos = line.length === 0 ? 0 : p % (line.length + 1);
    out[at(l, i)] = line.slice(0, pos) + snippet + line.slice(pos);
    return out;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...VALUES)).map(([i, value]): Mutation => (l) => {
    const out = [...l];
    const j = at(l, i);
    out[j] = (out[j] ?? '').replace(/:\s.*$/, `: ${value}`);
    return out;
  }),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, deeper]): Mutation => (l) => {
    const out = [...l];
    const j = at(l, i);
    out[j] = deeper ? `  ${out[j] ?? ''}` : (out[j] ?? '').replace(/^ {1,2}|^\t/, '');
    return out;
  }),
  fc.nat().map(
    (i): Mutation =>
      (l) =>
        l.map((line, j) => (j === at(l, i) ? line.replace(/^ +/, '\t') : line)),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Mutation => (l) => {
    // An anchor on one line's value and an alias to it on another (possibly before it).
    const out = [...l];
    const [a, b] = [at(l, i), at(l, k)];
    out[a] = (out[a] ?? '').replace(/:(\s|$)/, ': &fz$1');
    out[b] = (out[b] ?? '').replace(/:\s.*$/, ': *fz');
    return out;
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 12 })).map(
    ([i, text]): Mutation =>
      (l) =>
        l.map((line, j) => (j === at(l, i) ? line + text : line)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (l) =>
        l.slice(0, at(l, i) + 1),
  ),
);

const input = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    // Truncation is rare: most inputs should still parse, so the locations of what they yield get checked.
    fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.nat() }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([seed, mutations, cut, eol, bom]) => {
    let lines = seed.text.split(/\r?\n/);
    for (const mutate of mutations) lines = mutate(lines);
    let text = lines.join(eol);
    if (cut !== undefined) text = text.slice(0, cut % (text.length + 1));
    return { kind: seed.kind, text: (bom ? '\uFEFF' : '') + text };
  });

/** Every location an extractor reports, with what it belongs to (for the failure message). */
function locations(part: InventoryPart): [string, Location][] {
  const out: [string, Location][] = [];
  for (const use of part.uses ?? []) out.push([`use ${use.name}`, use.location]);
  for (const link of part.links ?? []) out.push([`link ${link.alias}`, link.location]);
  for (const s of part.suppressions ?? []) out.push(['suppression', s]);
  for (const workflow of part.workflows ?? []) {
    for (const e of workflow.exposures) out.push([`exposure ${e.form}`, e.location]);
    for (const job of workflow.jobs) out.push([`job ${job.id}`, job.location]);
    for (const s of workflow.callSecrets) out.push([`call secret ${s.name}`, s.location]);
    if (workflow.permissions) out.push(['permissions', workflow.permissions.location]);
  }
  for (const role of part.rbac?.roles ?? []) out.push([`role ${role.name}`, role.location]);
  for (const binding of part.rbac?.bindings ?? []) out.push([`binding ${binding.name}`, binding.location]);
  for (const account of part.rbac?.serviceAccounts ?? []) out.push([`account ${account.name}`, account.location]);
  return out;
}

/** Whether [line, column] (1-based; the column may sit just past the line's end) is inside `rows`. */
function inside(rows: string[], line: number, column: number): boolean {
  return (
    Number.isInteger(line) && line >= 1 && line <= rows.length && column >= 1 && column <= rows[line - 1].length + 1
  );
}

/** Runs one extractor as the scan would, and checks its answer against the text. */
function check(extractor: Extractor, text: string): void {
  const path = PATHS[extractor.kind];
  let part: InventoryPart = {};
  expect(() => {
    part = extractor.extract({ path, text });
  }, `${extractor.kind} threw`).not.toThrow();
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // dotenv breaks lines at a lone CR too; YAML only at LF (a CR stays on its line).
  const rows = extractor.kind === 'dotenv' ? source.split(/\r\n|\r|\n/) : source.split('\n');
  for (const d of part.diagnostics ?? []) {
    expect(d.file, `${extractor.kind} diagnostic`).toBe(path);
    if (d.line !== undefined) expect(inside(rows, d.line, d.column ?? 1) || d.line === 1).toBe(true);
  }
  for (const [what, l] of locations(part)) {
    const where = `${extractor.kind} ${what} at ${l.line}:${l.column}-${l.endLine}:${l.endColumn}`;
    expect(l.file, where).toBe(path);
    expect(inside(rows, l.line, l.column), where).toBe(true);
    if (l.endLine !== undefined) {
      expect(inside(rows, l.endLine, l.endColumn ?? 1), where).toBe(true);
      expect(l.endLine > l.line || (l.endLine === l.line && (l.endColumn ?? l.column) >= l.column), where).toBe(true);
    }
  }
}

describe('extractors: seeded fuzzing of mutated fixtures', () => {
  it('has fixtures of every kind to mutate', () => {
    expect(new Set(SEEDS.map((s) => s.kind))).toEqual(new Set(Object.keys(PATHS)));
  });

  it('never throw, name the file, and locate everything inside it', () => {
    fc.assert(
      fc.property(input, ({ text }) => {
        for (const extractor of EXTRACTORS) check(extractor, text);
      }),
      { seed: 20261122, numRuns: 1000, endOnFailure: true },
    );
  });

  it('every kind is also fed inputs mutated from its own format only', () => {
    for (const kind of Object.keys(PATHS)) {
      const own = input.filter((candidate) => candidate.kind === kind);
      const extractor = EXTRACTORS.find((e) => e.kind === kind)!;
      fc.assert(
        fc.property(own, ({ text }) => check(extractor, text)),
        { seed: 7, numRuns: 200, endOnFailure: true },
      );
    }
  });
});
