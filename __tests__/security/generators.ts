// fast-check generators of hostile YAML (an arbitrary JSON-like value, stringified, then given anchors,
// aliases, tags, merge keys, unicode and broken pieces), and the checks every extractor and the config
// loader must pass on it: a result or a located diagnostic / KeyboundError, never anything thrown.
import fc from 'fast-check';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { KeyboundError } from '../../src/core/errors.js';
import { EXTRACTORS } from '../../src/discovery/index.js';
import { loadConfig } from '../../src/policy/load.js';
import { RULES } from '../../src/rules/index.js';

/** The path each extractor is given, so it reads the input as its own format. */
export const EXTRACTOR_PATHS: Record<string, string> = {
  'github-workflow': '.github/workflows/fuzz.yml',
  compose: 'deploy/docker-compose.prod.yml',
  kustomize: 'k8s/overlays/prod/kustomization.yaml',
  'helm-values': 'chart/values-prod.yaml',
  dotenv: 'app/.env.production',
  kubernetes: 'deploy/prod/fuzz.yaml',
};

/** Words the extractors and the config loader look for, so random values reach their deeper paths. */
const WORDS = [
  'apiVersion',
  'kind',
  'Deployment',
  'Secret',
  'stringData',
  'data',
  'env',
  'valueFrom',
  'secretKeyRef',
  'name',
  'key',
  'jobs',
  'steps',
  'environment',
  'on',
  'secrets',
  '${{ secrets.FUZZ_TOKEN }}',
  '${{ toJSON(secrets) }}',
  'inherit',
  'services',
  'environment',
  'resources',
  'namespace',
  'version',
  'keys',
  'rules',
  'exceptions',
  'extends',
  'principal',
  'severity',
  'until',
  '__proto__',
  'constructor',
  'prototype',
  'é',
  '値',
  '🔑',
  '\u202e',
  '\u0000',
];

const key = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const scalar = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** An arbitrary JSON-like value, biased towards the shapes keybound reads. */
export const jsonLike: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

const SNIPPETS = [
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: *a',
  '- *a',
  '!!js/function ',
  '!!python/object:os.system ',
  '!Ref ',
  '!!binary ',
  '!!str ',
  '%YAML 1.1\n---\n',
  '---\n',
  '...\n',
  '? ',
  ': ',
  '- ',
  '|-\n',
  '>\n',
  '"',
  "'",
  '[',
  '{',
  '}',
  ']',
  '\t',
  '\r\n',
  '\uFEFF',
  '# keybound-ignore plaintext-secret: fuzz\n',
  '{{ .Values.x }}',
  'NO',
  'on',
  'y',
];

/** YAML text: a stringified value with snippets spliced in at random places. */
export const hostileYaml: fc.Arbitrary<string> = fc
  .tuple(jsonLike, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SNIPPETS)), { maxLength: 6 }), fc.boolean())
  .map(([value, splices, flow]) => {
    let text: string;
    try {
      text = stringify(value, { collectionStyle: flow ? 'flow' : 'any', lineWidth: 0 });
    } catch {
      text = String(value);
    }
    for (const [at, snippet] of splices) {
      const i = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, i) + snippet + text.slice(i);
    }
    return text;
  });

/** Runs every extractor on `text`: none may throw, every diagnostic names the file. */
export function extractEverywhere(text: string): void {
  for (const extractor of EXTRACTORS) {
    const path = EXTRACTOR_PATHS[extractor.kind] ?? 'fuzz.yaml';
    const part = extractor.extract({ path, text });
    for (const diagnostic of part.diagnostics ?? []) expect(diagnostic.file).toBe(path);
  }
}

/** Loads `text` as keybound.yml: a config, or a KeyboundError located in a file. Nothing else. */
export async function loadAsConfig(text: string): Promise<void> {
  try {
    await loadConfig({
      root: '/fuzz',
      rules: RULES,
      readFile: (path) => {
        if (path === '/fuzz/keybound.yml') return text;
        throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      },
    });
  } catch (error) {
    if (!(error instanceof KeyboundError)) throw error;
    expect(error.describe()).toMatch(/\S/);
    const errors = 'errors' in error ? (error as { errors: KeyboundError[] }).errors : [error];
    for (const e of errors) expect(e.place.file).toBeTruthy();
  }
}
