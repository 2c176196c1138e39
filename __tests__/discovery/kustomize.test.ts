// kustomize extractor: the KustomizationInfo (namespace, resolved resource paths) and secretGenerator
// literals with exact locations; hostile input never throws.

import { describe, expect, it } from 'vitest';
import { kustomizeExtractor } from '../../src/discovery/kustomize.js';
import { fixture, HOSTILE, rows, run, type Row } from '../fixtures/manifests/helpers.js';

const extract = (text: string, path = 'k8s/overlays/prod/kustomization.yaml') => run(kustomizeExtractor, path, text);

describe('kustomize: fixtures', () => {
  it('overlays/prod: namespace, resources resolved against the folder, generator literals', () => {
    const path = 'kustomize/overlays/prod/kustomization.yaml';
    const part = run(kustomizeExtractor, path, fixture(path));
    expect(part.kustomizations).toEqual([
      {
        dir: 'kustomize/overlays/prod',
        file: path,
        namespace: 'prod',
        resources: ['kustomize/base', 'kustomize/overlays/prod/replicas.yaml', 'kustomize/overlays/prod/secrets.env'],
      },
    ]);
    const via = { ns: 'prod', via: 'secretGenerator', resource: 'secretGenerator/onboarding-credentials' };
    expect(rows(part)).toEqual([
      { name: 'onboarding-credentials/API_TOKEN', at: '15:9-15:42', ...via, literal: '${ONBOARDING_API_TOKEN}' },
      { name: 'onboarding-credentials/SENTRY_ENVIRONMENT', at: '16:10-16:40', ...via, literal: 'production' },
    ]);
    expect(part.diagnostics).toEqual([]);
  });

  it('overlays/staging: bases and patchesStrategicMerge, a literal value', () => {
    const path = 'kustomize/overlays/staging/kustomization.yaml';
    const part = run(kustomizeExtractor, path, fixture(path));
    expect(part.kustomizations?.[0]).toEqual({
      dir: 'kustomize/overlays/staging',
      file: path,
      namespace: 'staging',
      resources: ['kustomize/base', 'kustomize/overlays/staging/replicas.yaml'],
    });
    expect(rows(part)).toEqual([
      {
        name: 'onboarding-credentials/API_TOKEN',
        at: '9:9-9:43',
        ns: 'staging',
        via: 'secretGenerator',
        resource: 'secretGenerator/onboarding-credentials',
        literal: 'stg-6fJ2qP9xLw3Rt8Zk1Vb4',
      },
    ]);
  });

  it('base: no namespace, no uses', () => {
    const path = 'kustomize/base/kustomization.yaml';
    const part = run(kustomizeExtractor, path, fixture(path));
    expect(part.kustomizations).toEqual([
      {
        dir: 'kustomize/base',
        file: path,
        resources: ['kustomize/base/deployment.yaml', 'kustomize/base/service-account.yaml'],
      },
    ]);
    expect(part.uses).toEqual([]);
  });
});

const CASES: { name: string; path?: string; text: string; resources: string[]; namespace?: string; want: Row[] }[] = [
  {
    name: 'a root kustomization: dir is empty, paths normalised',
    path: 'kustomization.yml',
    text: 'resources:\n  - ./a/../b/deploy.yaml\n  - c/\n  - .\n',
    resources: ['b/deploy.yaml', 'c', ''],
    want: [],
  },
  {
    name: 'remote bases, absolute paths and paths leaving the tree are dropped',
    text: `resources:
  - https://github.com/acme/base?ref=v1
  - github.com/acme/other//deploy?ref=main
  - git@github.com:acme/x.git
  - /etc/passwd
  - ../../../../outside
  - ../../base
`,
    resources: ['k8s/base'],
    want: [],
  },
  {
    name: 'components, patches as maps and strings, patchesJson6902, generator files with renames',
    text: `components: [../../components/tls]
patches:
  - path: patch-a.yaml
  - patch: |-
      - op: replace
  - patch-b.yaml
patchesJson6902:
  - target: {kind: Deployment}
    path: json-patch.yaml
secretGenerator:
  - name: tls
    files:
      - tls.crt
      - KEY=certs/tls.key
    env: legacy.env
`,
    resources: [
      'k8s/components/tls',
      'k8s/overlays/prod/patch-a.yaml',
      'k8s/overlays/prod/patch-b.yaml',
      'k8s/overlays/prod/json-patch.yaml',
      'k8s/overlays/prod/tls.crt',
      'k8s/overlays/prod/certs/tls.key',
      'k8s/overlays/prod/legacy.env',
    ],
    want: [],
  },
  {
    name: 'literals: plain, quoted, quoted value, empty value, no equals, generator namespace wins',
    text: `namespace: prod
secretGenerator:
  - name: app
    namespace: payments
    literals:
      - STRIPE_KEY=rk_live_abc
      - 'DB_PASSWORD="p@ss word"'
      - EMPTY=
      - NOEQUALS
      - =novalue
  - literals: [NONAME=x]
`,
    namespace: 'prod',
    resources: [],
    want: [
      {
        name: 'app/STRIPE_KEY',
        at: '6:9-6:31',
        ns: 'payments',
        via: 'secretGenerator',
        resource: 'secretGenerator/app',
        literal: 'rk_live_abc',
      },
      {
        name: 'app/DB_PASSWORD',
        at: '7:10-7:34',
        ns: 'payments',
        via: 'secretGenerator',
        resource: 'secretGenerator/app',
        literal: 'p@ss word',
      },
      { name: 'app/EMPTY', at: '8:9-8:15', ns: 'payments', via: 'secretGenerator', resource: 'secretGenerator/app' },
    ],
  },
];

describe('kustomize: cases', () => {
  it.each(CASES)('$name', ({ path, text, resources, namespace, want }) => {
    const part = extract(text, path);
    expect(part.kustomizations?.[0].resources).toEqual(resources);
    expect(part.kustomizations?.[0].namespace).toBe(namespace);
    expect(rows(part)).toEqual(want);
  });

  it.each(HOSTILE)('never throws: %s', (_, text) => {
    const part = extract(text);
    for (const d of part.diagnostics ?? []) expect(d.file).toBe('k8s/overlays/prod/kustomization.yaml');
  });

  it('a broken kustomization is a located parse error', () => {
    const part = extract('namespace: prod\nresources:\n\t- a.yaml\n');
    expect(part.diagnostics?.[0]).toMatchObject({ kind: 'parse-error', line: 3, column: 1 });
  });

  it.each([
    ['kustomization.yaml', true],
    ['a/b/kustomization.yml', true],
    ['a/Kustomization', true],
    ['a/kustomization.yaml.bak', false],
    ['a/my-kustomization.yaml', false],
  ])('matches %s -> %s', (path, want) => {
    expect(kustomizeExtractor.matches(path, new Set([path]))).toBe(want);
  });
});
