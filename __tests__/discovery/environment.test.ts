// SPEC section 2: which environment each use belongs to and which rule decided it. Config mappings beat
// the job environment, which beats the namespace, which beats path conventions; a shared kustomize
// base lands in every environment that deploys it.

import { describe, expect, it } from 'vitest';
import type { EnvironmentHints, KustomizationInfo, RawUse } from '../../src/core/types.js';
import {
  conventionFor,
  conventionInName,
  conventionInPath,
  decideEnvironments,
  type EnvironmentDecision,
  KustomizeIndex,
} from '../../src/discovery/environment.js';
import type { EnvironmentMapping } from '../../src/policy/types.js';

function use(file: string, hints: EnvironmentHints = {}): RawUse {
  return { name: 'API_TOKEN', sourceKind: 'kubernetes', location: { file, line: 1, column: 1 }, hints };
}

function mapping(name: string, fields: Partial<Omit<EnvironmentMapping, 'name'>>): EnvironmentMapping {
  return { name, githubEnvironments: [], paths: [], namespaces: [], ...fields };
}

function kustomization(dir: string, resources: string[], namespace?: string): KustomizationInfo {
  return { dir, file: `${dir}/kustomization.yaml`, resources, ...(namespace ? { namespace } : {}) };
}

function decide(
  file: string,
  hints: EnvironmentHints = {},
  mappings: EnvironmentMapping[] = [],
  kustomizations: KustomizationInfo[] = [],
): EnvironmentDecision[] {
  return decideEnvironments(use(file, hints), { mappings, kustomize: new KustomizeIndex(kustomizations) });
}

const d = (environment: string, environmentSource: EnvironmentDecision['environmentSource']): EnvironmentDecision => ({
  environment,
  environmentSource,
});

describe('conventionFor: every SPEC word, and nothing else', () => {
  it.each([
    ['prod', 'production'],
    ['production', 'production'],
    ['prd', 'production'],
    ['live', 'production'],
    ['PROD', 'production'],
    ['staging', 'staging'],
    ['stage', 'staging'],
    ['stg', 'staging'],
    ['preprod', 'staging'],
    ['dev', 'development'],
    ['development', 'development'],
    ['test', 'development'],
    ['qa', 'development'],
    ['sandbox', 'development'],
    ['local', 'development'],
    ['product', undefined],
    ['latest', undefined],
    ['devtools', undefined],
    ['preview', undefined],
    ['', undefined],
  ])('%s -> %s', (word, expected) => {
    expect(conventionFor(word)).toBe(expected);
  });

  it('object prototype names are not environments', () => {
    expect(conventionFor('constructor')).toBeUndefined();
    expect(conventionFor('__proto__')).toBeUndefined();
  });
});

describe('conventionInName: whole parts split on - _ . spaces and camelCase humps', () => {
  it.each([
    ['payments-prod', 'production'],
    ['deployProd', 'production'],
    ['StagingDeploy', 'staging'],
    ['Cast Production', 'production'],
    ['smoke-test-production', 'production'],
    ['stagingTests', 'staging'],
    ['test-stage', 'staging'],
    ['PRODUCTION', 'production'],
    ['Liveness', undefined],
    ['prod_payments', 'production'],
    ['values.staging', 'staging'],
    ['payments', undefined],
    ['production2', undefined],
    ['contest', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(conventionInName(text)).toBe(expected);
  });
});

describe('conventionInPath: file name parts first, then folders from the deepest up', () => {
  it.each([
    { name: 'file name beats its folder', path: 'deploy/staging/.env.production', want: 'production' },
    { name: 'folder when the file says nothing', path: 'k8s/overlays/prod/deployment.yaml', want: 'production' },
    { name: 'deepest folder first', path: 'prod/apps/staging/app.yaml', want: 'staging' },
    { name: 'values-production.yaml', path: 'charts/api/values-production.yaml', want: 'production' },
    { name: 'docker-compose.prod.yml', path: 'docker-compose.prod.yml', want: 'production' },
    { name: 'deploy-prod.yml', path: '.github/workflows/deploy-prod.yml', want: 'production' },
    { name: 'deployProd.yml', path: '.github/workflows/deployProd.yml', want: 'production' },
    {
      name: 'a production word beats a test word',
      path: '.github/workflows/smoke-test-production.yml',
      want: 'production',
    },
    { name: '.env.test', path: 'app/.env.test', want: 'development' },
    { name: 'qa folder', path: 'envs/qa/config.yaml', want: 'development' },
    { name: 'stg file part', path: 'values-stg.yaml', want: 'staging' },
    { name: 'product/ is not prod', path: 'product/app.yaml', want: undefined },
    { name: 'devtools/ is not dev', path: 'devtools/compose.yml', want: undefined },
    { name: 'latest is not a word it knows', path: 'images/latest.yaml', want: undefined },
    { name: 'nothing at all', path: 'k8s/base/deployment.yaml', want: undefined },
  ])('$name: $path', ({ path, want }) => {
    expect(conventionInPath(path)).toBe(want);
  });
});

describe('decideEnvironments: precedence', () => {
  const production = mapping('production', {
    githubEnvironments: ['live-eu'],
    paths: ['deploy/eu/**'],
    namespaces: ['payments'],
  });
  it.each([
    {
      name: 'config github-environments beat the job environment convention',
      file: '.github/workflows/deploy.yml',
      hints: { githubEnvironment: 'live-eu' },
      mappings: [mapping('eu', { githubEnvironments: ['live-eu'] })],
      want: [d('eu', 'config')],
    },
    {
      name: 'config github-environments match case-insensitively',
      file: '.github/workflows/deploy.yml',
      hints: { githubEnvironment: 'Live-EU' },
      mappings: [production],
      want: [d('production', 'config')],
    },
    {
      name: 'config path globs beat the job environment',
      file: 'deploy/eu/.github-like.yml',
      hints: { githubEnvironment: 'staging' },
      mappings: [production],
      want: [d('production', 'config')],
    },
    {
      name: 'config namespaces beat a namespace convention',
      file: 'k8s/app.yaml',
      hints: { namespace: 'payments' },
      mappings: [production],
      want: [d('production', 'config')],
    },
    {
      name: 'config paths beat path conventions',
      file: 'deploy/eu/staging/app.yaml',
      hints: {},
      mappings: [production],
      want: [d('production', 'config')],
    },
    {
      name: 'config paths match dot files',
      file: 'deploy/eu/.env',
      hints: {},
      mappings: [production],
      want: [d('production', 'config')],
    },
    {
      name: 'the first mapping that decides wins',
      file: 'k8s/app.yaml',
      hints: { namespace: 'payments' },
      mappings: [mapping('canary', { namespaces: ['payments'] }), production],
      want: [d('canary', 'config')],
    },
    {
      name: 'a mapping that matches nothing leaves the built-in rules',
      file: 'k8s/app.yaml',
      hints: { namespace: 'shop-staging' },
      mappings: [production],
      want: [d('staging', 'namespace')],
    },
    {
      name: 'the job environment beats the path',
      file: '.github/workflows/deploy-prod.yml',
      hints: { githubEnvironment: 'staging' },
      mappings: [],
      want: [d('staging', 'github-environment')],
    },
    {
      name: 'a job environment with a convention part maps to it',
      file: '.github/workflows/deploy.yml',
      hints: { githubEnvironment: 'production-eu' },
      mappings: [],
      want: [d('production', 'github-environment')],
    },
    {
      name: 'a job environment without a convention keeps its lowercased name',
      file: '.github/workflows/deploy-prod.yml',
      hints: { githubEnvironment: 'Preview' },
      mappings: [],
      want: [d('preview', 'github-environment')],
    },
    {
      name: 'the namespace beats the path',
      file: 'deploy/prod/app.yaml',
      hints: { namespace: 'shop-staging' },
      mappings: [],
      want: [d('staging', 'namespace')],
    },
    {
      name: 'a namespace without a convention falls through to the path',
      file: 'deploy/prod/app.yaml',
      hints: { namespace: 'payments' },
      mappings: [],
      want: [d('production', 'path')],
    },
    {
      name: 'path conventions',
      file: 'app/.env.production',
      hints: {},
      mappings: [],
      want: [d('production', 'path')],
    },
    {
      name: 'a reusable workflow: its own file name first',
      file: '.github/workflows/deploy-staging.yml',
      hints: { callers: ['.github/workflows/release-prod.yml'] },
      mappings: [],
      want: [d('staging', 'path')],
    },
    {
      name: "a reusable workflow: then its callers' file names, innermost first",
      file: '.github/workflows/_deploy.yml',
      hints: { callers: ['.github/workflows/release.yml', '.github/workflows/cd-prod.yml'] },
      mappings: [],
      want: [d('production', 'path')],
    },
    {
      name: 'prototype names in a path or namespace decide nothing',
      file: 'constructor/toString.yaml',
      hints: { namespace: '__proto__' },
      mappings: [],
      want: [d('unknown', 'none')],
    },
    {
      name: 'nothing decides: unknown',
      file: 'product/app.yaml',
      hints: { namespace: 'payments' },
      mappings: [],
      want: [d('unknown', 'none')],
    },
  ])('$name', ({ file, hints, mappings, want }) => {
    expect(decide(file, hints, mappings)).toEqual(want);
  });
});

describe('KustomizeIndex and kustomize-deployed uses', () => {
  const base = kustomization('k8s/base', ['k8s/base/deployment.yaml']);
  const production = kustomization('k8s/overlays/production', ['k8s/base'], 'payments-prod');
  const staging = kustomization('k8s/overlays/staging', ['k8s/base'], 'payments-staging');

  it.each([
    {
      name: 'a base in overlays/production and overlays/staging lands in both, by namespace',
      kustomizations: [base, production, staging],
      hints: {},
      mappings: [],
      want: [d('production', 'namespace'), d('staging', 'namespace')],
    },
    {
      name: 'the overlay namespace wins over the one the manifest names (kustomize sets it)',
      kustomizations: [base, production, staging],
      hints: { namespace: 'default' },
      mappings: [],
      want: [d('production', 'namespace'), d('staging', 'namespace')],
    },
    {
      name: 'the manifest namespace counts when no kustomization sets one',
      kustomizations: [base, kustomization('k8s/overlays/eu', ['k8s/base'])],
      hints: { namespace: 'shop-stg' },
      mappings: [],
      want: [d('staging', 'namespace')],
    },
    {
      name: 'an overlay without a namespace decides by its folder path',
      kustomizations: [base, kustomization('k8s/overlays/prod', ['k8s/base']), staging],
      hints: {},
      mappings: [],
      want: [d('production', 'path'), d('staging', 'namespace')],
    },
    {
      name: 'an overlay without namespace or convention falls back to the file path',
      kustomizations: [base, kustomization('k8s/overlays/eu', ['k8s/base'])],
      hints: {},
      mappings: [],
      want: [d('unknown', 'none')],
    },
    {
      name: 'config namespaces decide each overlay on its own',
      kustomizations: [base, production, staging],
      hints: {},
      mappings: [
        mapping('live', { namespaces: ['payments-prod'] }),
        mapping('preprod', { namespaces: ['payments-staging'] }),
      ],
      want: [d('live', 'config'), d('preprod', 'config')],
    },
    {
      name: 'config path globs match the overlay that deploys the base',
      kustomizations: [base, kustomization('k8s/overlays/eu', ['k8s/base'])],
      hints: {},
      mappings: [mapping('production', { paths: ['k8s/overlays/eu/**'] })],
      want: [d('production', 'config')],
    },
    {
      name: 'two overlays of one environment give it once',
      kustomizations: [base, production, kustomization('k8s/overlays/prod-eu', ['k8s/base'], 'payments-prod')],
      hints: {},
      mappings: [],
      want: [d('production', 'namespace')],
    },
  ])('$name', ({ kustomizations, hints, mappings, want }) => {
    expect(decide('k8s/base/deployment.yaml', hints, mappings, kustomizations)).toEqual(want);
  });

  it('nested overlays: the outermost namespace wins', () => {
    const region = kustomization('k8s/regions/eu', ['k8s/base'], 'payments-dev');
    const outer = kustomization('k8s/overlays/production', ['k8s/regions/eu'], 'payments-prod');
    const index = new KustomizeIndex([base, region, outer]);
    expect(index.deployersOf('k8s/base/deployment.yaml')).toEqual([{ root: outer, namespace: 'payments-prod' }]);
    expect(decide('k8s/base/deployment.yaml', {}, [], [base, region, outer])).toEqual([d('production', 'namespace')]);
  });

  it('nested overlays: an inner namespace survives an outer overlay without one', () => {
    const region = kustomization('k8s/regions/eu', ['k8s/base'], 'payments-staging');
    const outer = kustomization('k8s/overlays/all', ['k8s/regions/eu']);
    const index = new KustomizeIndex([base, region, outer]);
    expect(index.deployersOf('k8s/base/deployment.yaml')).toEqual([{ root: outer, namespace: 'payments-staging' }]);
  });

  it('a file no kustomization includes has no deployers', () => {
    expect(new KustomizeIndex([base, production]).deployersOf('k8s/other/app.yaml')).toEqual([]);
  });

  it('a kustomization file is deployed by the overlays that include its folder', () => {
    const index = new KustomizeIndex([base, production, staging]);
    expect(index.deployersOf('k8s/base/kustomization.yaml').map((x) => x.root.dir)).toEqual([
      'k8s/overlays/production',
      'k8s/overlays/staging',
    ]);
  });

  it.each([
    {
      name: 'two kustomizations including each other',
      kustomizations: [kustomization('a', ['b', 'a/app.yaml'], 'team-prod'), kustomization('b', ['a'], 'team-staging')],
      roots: ['b'],
    },
    {
      name: 'a kustomization including itself',
      kustomizations: [kustomization('a', ['a', 'a/app.yaml'], 'team-prod')],
      roots: ['a'],
    },
    {
      name: 'a tangle of eight mutually including kustomizations',
      kustomizations: Array.from({ length: 8 }, (_, i) =>
        kustomization(
          `k${i}`,
          [
            ...Array.from({ length: 8 }, (_, j) => `k${j}`).filter((_, j) => j !== i),
            ...(i === 0 ? ['k0/app.yaml'] : []),
          ],
          `ns-${i}`,
        ),
      ),
      roots: null,
    },
  ])('cycles terminate: $name', ({ kustomizations, roots }) => {
    const started = Date.now();
    const found = new KustomizeIndex(kustomizations).deployersOf(`${kustomizations[0].dir}/app.yaml`);
    expect(Date.now() - started).toBeLessThan(2000);
    if (roots) expect(found.map((x) => x.root.dir)).toEqual(roots);
    else expect(found.length).toBeGreaterThan(0);
  });
});
