// unused-secret: repository and environment secrets no scanned workflow references (names compared as
// GitHub does, ignoring case); handovers count as using every secret and say so in one note; nothing
// without metadata or without workflows; organization secrets left to the org audit. unusedSecrets()
// is the pure core the organization audit reuses.
import { describe, expect, it } from 'vitest';
import type { RawUse, SecretsExposure, WorkflowInfo } from '../../src/core/types.js';
import type { SecretMetadata } from '../../src/discovery/github-secrets.js';
import rule, { unusedSecrets } from '../../src/rules/unused-secret.js';
import { ruleTester } from './tester.js';

function secret(name: string, scope: SecretMetadata['scope'] = 'repository', environment?: string): SecretMetadata {
  return {
    name,
    scope,
    ...(environment ? { environment } : {}),
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
  };
}

function workflow(file: string, exposures: SecretsExposure[] = []): WorkflowInfo {
  return { file, jobs: [], exposures, callSecrets: [] };
}

function use(name: string, file = '.github/workflows/deploy.yml'): RawUse {
  return { name, sourceKind: 'github-workflow', location: { file, line: 9, column: 20 }, hints: {} };
}

const INHERIT: SecretsExposure = {
  form: 'secrets: inherit',
  location: { file: '.github/workflows/release.yml', line: 14, column: 14 },
  job: 'publish',
  hints: {},
};
const TO_JSON: SecretsExposure = {
  form: 'toJSON(secrets)',
  location: { file: '.github/workflows/debug.yml', line: 22, column: 18 },
  job: 'dump',
  hints: {},
};

const DEPLOY = [workflow('.github/workflows/deploy.yml')];

ruleTester(rule, {
  valid: [
    {
      name: 'every secret is referenced',
      secretMetadata: [secret('DEPLOY_TOKEN'), secret('STRIPE_KEY', 'environment', 'production')],
      inventory: { workflows: DEPLOY, uses: [use('DEPLOY_TOKEN'), use('STRIPE_KEY')] },
    },
    {
      name: 'GitHub secret names ignore case',
      secretMetadata: [secret('DEPLOY_TOKEN')],
      inventory: { workflows: DEPLOY, uses: [use('deploy_token')] },
    },
    {
      name: 'no secret metadata was read: nothing to say',
      inventory: { workflows: DEPLOY, uses: [] },
    },
    {
      name: 'no workflow was scanned (a subfolder): every secret would look unused, so nothing is said',
      secretMetadata: [secret('DEPLOY_TOKEN')],
      inventory: { workflows: [], uses: [] },
    },
    {
      name: 'organization secrets are left to the organization audit',
      secretMetadata: [secret('ORG_NPM_TOKEN', 'organization')],
      inventory: { workflows: DEPLOY, uses: [] },
    },
    {
      name: 'a reference in a manifest is not a workflow reference, but a referenced name is enough',
      secretMetadata: [secret('DEPLOY_TOKEN')],
      inventory: {
        workflows: DEPLOY,
        uses: [use('DEPLOY_TOKEN'), { ...use('OTHER'), sourceKind: 'kubernetes' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a repository secret nothing references',
      secretMetadata: [secret('DEPLOY_TOKEN'), secret('OLD_DEPLOY_TOKEN')],
      inventory: { workflows: DEPLOY, uses: [use('DEPLOY_TOKEN')] },
      errors: [
        {
          severity: 'note',
          message:
            'repository secret OLD_DEPLOY_TOKEN is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
          file: '.github/workflows',
          line: 1,
          column: 1,
          evidence: [
            {
              fact: 'secret',
              value: 'OLD_DEPLOY_TOKEN',
              source: 'platform',
              detail: 'GitHub repository secret, updated_at 2026-03-01T10:00:00Z',
            },
          ],
        },
      ],
    },
    {
      name: 'an environment secret, and a kubernetes-only name does not count as a workflow reference',
      secretMetadata: [secret('STRIPE_KEY', 'environment', 'production')],
      inventory: { workflows: DEPLOY, uses: [{ ...use('STRIPE_KEY'), sourceKind: 'kubernetes' }] },
      errors: [
        {
          severity: 'note',
          message:
            'environment secret STRIPE_KEY of production is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
          line: 1,
          column: 1,
          evidence: [
            {
              fact: 'secret',
              value: 'STRIPE_KEY',
              source: 'platform',
              detail: 'GitHub environment production secret, updated_at 2026-03-01T10:00:00Z',
            },
          ],
        },
      ],
    },
    {
      name: 'several unused secrets: one note each, by scope, environment and name',
      secretMetadata: [
        secret('B_TOKEN', 'repository'),
        secret('A_TOKEN', 'environment', 'staging'),
        secret('A_TOKEN', 'repository'),
      ],
      inventory: { workflows: DEPLOY, uses: [] },
      errors: [
        {
          severity: 'note',
          message:
            'environment secret A_TOKEN of staging is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
          line: 1,
          column: 1,
        },
        {
          severity: 'note',
          message:
            'repository secret A_TOKEN is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
          line: 1,
          column: 1,
        },
        {
          severity: 'note',
          message:
            'repository secret B_TOKEN is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'secrets: inherit counts as using every secret: one note at the handover says which',
      secretMetadata: [secret('DEPLOY_TOKEN'), secret('OLD_TOKEN'), secret('NPM_TOKEN', 'environment', 'release')],
      inventory: {
        workflows: [workflow('.github/workflows/deploy.yml'), workflow('.github/workflows/release.yml', [INHERIT])],
        uses: [use('DEPLOY_TOKEN')],
      },
      errors: [
        {
          severity: 'note',
          message:
            '2 secret(s) that no workflow references by name count as used only because secrets: inherit hands over every secret here: environment secret NPM_TOKEN of release, repository secret OLD_TOKEN; pass secrets by name to find the ones nothing reads',
          file: '.github/workflows/release.yml',
          line: 14,
          column: 14,
          evidence: [
            { fact: 'exposure', value: 'secrets: inherit', source: 'file', detail: 'job publish' },
            {
              fact: 'secret',
              value: 'NPM_TOKEN',
              source: 'platform',
              detail: 'GitHub environment release secret, updated_at 2026-03-01T10:00:00Z',
            },
            {
              fact: 'secret',
              value: 'OLD_TOKEN',
              source: 'platform',
              detail: 'GitHub repository secret, updated_at 2026-03-01T10:00:00Z',
            },
          ],
        },
      ],
    },
    {
      name: 'several handovers: one note, at the first',
      secretMetadata: [secret('OLD_TOKEN')],
      inventory: {
        workflows: [
          workflow('.github/workflows/release.yml', [INHERIT]),
          workflow('.github/workflows/debug.yml', [TO_JSON]),
        ],
        uses: [],
      },
      errors: [
        {
          severity: 'note',
          message:
            '1 secret(s) that no workflow references by name count as used only because toJSON(secrets) hands over every secret here: repository secret OLD_TOKEN; pass secrets by name to find the ones nothing reads',
          file: '.github/workflows/debug.yml',
          line: 22,
          column: 18,
        },
      ],
    },
    {
      name: 'a long list of handed-over secrets is shortened',
      secretMetadata: Array.from({ length: 12 }, (_, i) => secret(`T${String(i).padStart(2, '0')}`)),
      inventory: { workflows: [workflow('.github/workflows/debug.yml', [TO_JSON])], uses: [] },
      errors: [
        {
          severity: 'note',
          message:
            '12 secret(s) that no workflow references by name count as used only because toJSON(secrets) hands over every secret here: repository secret T00, repository secret T01, repository secret T02, repository secret T03, repository secret T04, repository secret T05, repository secret T06, repository secret T07, repository secret T08, repository secret T09 and 2 more; pass secrets by name to find the ones nothing reads',
          line: 22,
          column: 18,
        },
      ],
    },
  ],
});

describe('unusedSecrets (the pure core the organization audit reuses)', () => {
  const secrets = [secret('A'), secret('B', 'organization'), secret('C', 'environment', 'production')];

  it.each([
    { name: 'nothing referenced', referenced: [], handsOverAll: false, unused: ['A', 'B', 'C'], handedOver: [] },
    { name: 'names ignore case', referenced: ['a', 'c'], handsOverAll: false, unused: ['B'], handedOver: [] },
    { name: 'a handover uses them all', referenced: ['A'], handsOverAll: true, unused: [], handedOver: ['B', 'C'] },
    { name: 'all referenced', referenced: ['A', 'B', 'C'], handsOverAll: true, unused: [], handedOver: [] },
  ])('$name', ({ referenced, handsOverAll, unused, handedOver }) => {
    const result = unusedSecrets(secrets, referenced, handsOverAll);
    expect(result.unused.map((s) => s.name)).toEqual(unused);
    expect(result.handedOver.map((s) => s.name)).toEqual(handedOver);
  });

  it('keeps each secret as given (scope and environment) and does not change its input', () => {
    const input = [...secrets];
    const result = unusedSecrets(input, new Set(['B']), false);
    expect(result.unused).toEqual([secrets[0], secrets[2]]);
    expect(input).toEqual(secrets);
  });
});
