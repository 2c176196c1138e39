// Which secret a workflow reference reads (GitHub's precedence: environment, repository, organization)
// and whether a secret is used at all (unused-secret across the organization). Pure functions, tables.

import { describe, expect, it } from 'vitest';
import type { RawUse } from '../../src/core/types.js';
import type { SecretMetadata } from '../../src/discovery/github-secrets.js';
import type { Exposure, OrgKey } from '../../src/org/types.js';
import { decideUsage, unusedSecretFindings, type Reach } from '../../src/org/unused.js';
import { secretUses } from '../../src/org/uses.js';

const meta = (name: string, scope: SecretMetadata['scope'], environment?: string): SecretMetadata => ({
  name,
  scope,
  ...(environment ? { environment } : {}),
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
});

const SECRETS = [
  meta('DEPLOY_KEY', 'repository'),
  meta('SHARED', 'repository'),
  meta('SHARED', 'organization'),
  meta('NPM_TOKEN', 'organization'),
  meta('STRIPE_KEY', 'environment', 'production'),
];

function use(name: string, githubEnvironment?: string): RawUse {
  return {
    name,
    sourceKind: 'github-workflow',
    location: { file: '.github/workflows/deploy.yml', line: 3, column: 7 },
    hints: githubEnvironment ? { githubEnvironment } : {},
    context: { job: 'deploy' },
  };
}

describe('secretUses: the secret a reference reads', () => {
  it.each([
    ['the job environment has it', 'STRIPE_KEY', 'production', [], 'environment', 'production'],
    ['environment names are case-insensitive', 'STRIPE_KEY', 'Production', [], 'environment', 'production'],
    ['a repository secret beats an organization one', 'SHARED', undefined, [], 'repository', undefined],
    ['a repository secret when the environment has none', 'DEPLOY_KEY', 'production', [], 'repository', undefined],
    ['an organization secret shared with the repository', 'NPM_TOKEN', undefined, [], 'organization', undefined],
    ['names are case-insensitive', 'npm_token', undefined, [], 'organization', undefined],
    ['nothing of that name', 'NOPE', undefined, [], 'unresolved', undefined],
    ['environments unread, the job has one', 'DEPLOY_KEY', 'production', ['environments'], 'unknown', undefined],
    ['that environment unread', 'DEPLOY_KEY', 'production', ['environment production secrets'], 'unknown', undefined],
    ['environments unread, the job has none', 'DEPLOY_KEY', undefined, ['environments'], 'repository', undefined],
    ['repository secrets unread', 'NPM_TOKEN', undefined, ['repository secrets'], 'unknown', undefined],
    [
      'organization secrets unread, not a repository secret',
      'NOPE',
      undefined,
      ['organization secrets'],
      'unknown',
      undefined,
    ],
  ])('%s: %s in %s -> %s', (_name, name, environment, unread, scope, secretEnvironment) => {
    const [resolved] = secretUses({ keys: [] }, { uses: [use(name, environment)] }, { secrets: SECRETS, unread });
    expect(resolved.name).toBe(name.toUpperCase());
    expect(resolved.scope).toBe(scope);
    expect(resolved.secretEnvironment).toBe(secretEnvironment);
  });

  it('leaves out GITHUB_TOKEN and uses of other sources, and takes the environments keybound decided', () => {
    const report = {
      keys: [
        {
          name: 'NPM_TOKEN',
          environments: ['production'],
          facts: {},
          uses: [
            {
              file: '.github/workflows/deploy.yml',
              line: 3,
              column: 7,
              environment: 'production',
              environmentSource: 'path' as const,
              sourceKind: 'github-workflow' as const,
              name: 'NPM_TOKEN',
            },
          ],
        },
      ],
    };
    const uses = [use('NPM_TOKEN'), use('GITHUB_TOKEN'), { ...use('DB_PASSWORD'), sourceKind: 'dotenv' as const }];
    expect(secretUses(report, { uses }, { secrets: SECRETS, unread: [] })).toEqual([
      {
        name: 'NPM_TOKEN',
        scope: 'organization',
        file: '.github/workflows/deploy.yml',
        line: 3,
        column: 7,
        job: 'deploy',
        environments: ['production'],
      },
    ]);
  });
});

function key(partial: Partial<OrgKey> & Pick<OrgKey, 'name' | 'scope'>): OrgKey {
  return { usage: 'referenced', repositories: [], ...partial };
}

const exposure = (githubEnvironment?: string): Exposure => ({
  form: 'toJSON(secrets)',
  file: '.github/workflows/all.yml',
  line: 9,
  column: 5,
  ...(githubEnvironment ? { githubEnvironment } : {}),
});

function reach(exposures: Record<string, Exposure[]>, visible: string[] = [], unread: string[] = []): Reach {
  return {
    exposures: new Map(Object.entries(exposures)),
    visibleFor: () => visible,
    unreadFor: () => unread,
  };
}

describe('decideUsage', () => {
  it.each([
    [
      'a referenced key',
      key({ name: 'A', scope: 'repository', repository: 'acme/x', repositories: [{ repository: 'acme/x', uses: [] }] }),
      reach({}),
      'referenced',
    ],
    [
      'a reference no secret answers',
      key({ name: 'A', scope: 'unresolved', repository: 'acme/x' }),
      reach({}),
      'referenced',
    ],
    [
      'a repository secret nothing names',
      key({ name: 'A', scope: 'repository', repository: 'acme/x' }),
      reach({}),
      'unused',
    ],
    [
      'a repository secret its repository hands over',
      key({ name: 'A', scope: 'repository', repository: 'acme/x' }),
      reach({ 'acme/x': [exposure()] }),
      'handed-over',
    ],
    [
      'a repository secret another repository hands over',
      key({ name: 'A', scope: 'repository', repository: 'acme/x' }),
      reach({ 'acme/y': [exposure()] }),
      'unused',
    ],
    [
      'an environment secret handed over in its environment',
      key({ name: 'A', scope: 'environment', repository: 'acme/x', environment: 'prod' }),
      reach({ 'acme/x': [exposure('PROD')] }),
      'handed-over',
    ],
    [
      'an environment secret handed over in another environment',
      key({ name: 'A', scope: 'environment', repository: 'acme/x', environment: 'prod' }),
      reach({ 'acme/x': [exposure('staging')] }),
      'unused',
    ],
    [
      'an environment secret handed over where the environment is not static',
      key({ name: 'A', scope: 'environment', repository: 'acme/x', environment: 'prod' }),
      reach({ 'acme/x': [exposure()] }),
      'handed-over',
    ],
    [
      'an organization secret handed over by a repository that can use it',
      key({ name: 'A', scope: 'organization' }),
      reach({ 'acme/x': [exposure()] }, ['acme/x']),
      'handed-over',
    ],
    [
      'an organization secret handed over only where it does not reach',
      key({ name: 'A', scope: 'organization' }),
      reach({ 'acme/y': [exposure()] }, ['acme/x']),
      'unused',
    ],
    [
      'an organization secret a repository that was not read may use',
      key({ name: 'A', scope: 'organization' }),
      reach({}, ['acme/x'], ['acme/x']),
      'undetermined',
    ],
  ])('%s: %s', (_name, subject, where, usage) => {
    decideUsage([subject], where);
    expect(subject.usage).toBe(usage);
  });

  it('names where a secret is handed over', () => {
    const subject = key({ name: 'A', scope: 'repository', repository: 'acme/x' });
    decideUsage([subject], reach({ 'acme/x': [exposure()] }));
    expect(subject.handedOverBy).toEqual([
      { repository: 'acme/x', file: '.github/workflows/all.yml', line: 9, form: 'toJSON(secrets)' },
    ]);
  });
});

describe('unusedSecretFindings', () => {
  it('one finding per unused secret, with its scope in the message and its date as evidence', () => {
    const keys = [
      key({
        name: 'ORG_OLD',
        scope: 'organization',
        usage: 'unused',
        visibleTo: 3,
        visibility: 'all',
        updatedAt: '2024-01-01T00:00:00Z',
      }),
      key({ name: 'REPO_OLD', scope: 'repository', repository: 'acme/x', usage: 'unused' }),
      key({ name: 'ENV_OLD', scope: 'environment', repository: 'acme/x', environment: 'prod', usage: 'unused' }),
      key({ name: 'USED', scope: 'repository', repository: 'acme/x', usage: 'referenced' }),
      key({ name: 'MAYBE', scope: 'organization', usage: 'undetermined' }),
    ];
    expect(unusedSecretFindings(keys, 'note')).toEqual([
      {
        ruleId: 'unused-secret',
        severity: 'note',
        key: 'ORG_OLD',
        message:
          'ORG_OLD is an organization secret that no workflow of the 3 repositories that can use it references; delete it, or narrow who may use it',
        evidence: [
          { fact: 'rotated', value: '2024-01-01T00:00:00Z', source: 'platform', detail: 'GitHub updated_at' },
          { fact: 'visibility', value: 'all', source: 'platform' },
        ],
      },
      {
        ruleId: 'unused-secret',
        severity: 'note',
        key: 'REPO_OLD',
        message:
          'REPO_OLD is a repository secret of acme/x that no workflow of it references; delete it if nothing else reads it',
        repository: 'acme/x',
        location: { file: '.github/workflows', line: 1, column: 1 },
        evidence: [],
      },
      {
        ruleId: 'unused-secret',
        severity: 'note',
        key: 'ENV_OLD',
        environment: 'prod',
        message:
          'ENV_OLD is a secret of the prod environment of acme/x that no job in that environment references; delete it if nothing else reads it',
        repository: 'acme/x',
        location: { file: '.github/workflows', line: 1, column: 1 },
        evidence: [],
      },
    ]);
  });
});
