// Which GitHub secret gives a key its platform dates when several share its name: the environment
// secret of one of its uses (production first), else the repository's, else the organization's, else
// the least recently updated environment secret.

import { describe, expect, it } from 'vitest';
import type { Use } from '../../src/core/types.js';
import type { SecretMetadata } from '../../src/discovery/github-secrets.js';
import { observePlatform } from '../../src/keys/platform.js';

function use(environment: string, githubEnvironment?: string): Use {
  return {
    name: 'API_KEY',
    sourceKind: 'github-workflow',
    location: { file: 'deploy.yml', line: 1, column: 1 },
    hints: githubEnvironment ? { githubEnvironment } : {},
    environment,
    environmentSource: githubEnvironment ? 'github-environment' : 'path',
  };
}

function secret(
  scope: SecretMetadata['scope'],
  updatedAt: string,
  environment?: string,
  name = 'API_KEY',
): SecretMetadata {
  return { name, scope, ...(environment ? { environment } : {}), createdAt: '2025-01-01T00:00:00Z', updatedAt };
}

const repo = secret('repository', '2026-03-01T00:00:00Z');
const org = secret('organization', '2026-04-01T00:00:00Z');
const prod = secret('environment', '2026-01-01T00:00:00Z', 'Prod');
const staging = secret('environment', '2026-02-01T00:00:00Z', 'staging');

const cases: { name: string; names?: string[]; uses: Use[]; secrets: SecretMetadata[]; detail?: string }[] = [
  {
    name: 'the job environment secret over the repository one (case-insensitive)',
    uses: [use('production', 'prod')],
    secrets: [repo, prod],
    detail: 'GitHub environment Prod secret updated_at',
  },
  {
    name: 'production uses first',
    uses: [use('staging', 'staging'), use('production', 'prod')],
    secrets: [staging, prod, repo],
    detail: 'GitHub environment Prod secret updated_at',
  },
  {
    name: 'a decided environment named like the GitHub one',
    uses: [use('staging')],
    secrets: [repo, staging],
    detail: 'GitHub environment staging secret updated_at',
  },
  {
    name: 'the repository secret when no use is in a secret environment',
    uses: [use('development')],
    secrets: [org, staging, repo],
    detail: 'GitHub repository secret updated_at',
  },
  {
    name: 'the organization secret over other environments',
    uses: [use('development')],
    secrets: [staging, org],
    detail: 'GitHub organization secret updated_at',
  },
  {
    name: 'the least recently updated of unrelated environment secrets',
    uses: [use('development')],
    secrets: [staging, prod],
    detail: 'GitHub environment Prod secret updated_at',
  },
  {
    name: 'an alias, normalized',
    names: ['payments-credentials/STRIPE_KEY', 'STRIPE_SECRET_KEY'],
    uses: [use('production')],
    secrets: [secret('repository', '2026-03-01T00:00:00Z', undefined, 'stripe_secret_key')],
    detail: 'GitHub repository secret updated_at',
  },
  {
    name: 'nothing for another name',
    uses: [use('production')],
    secrets: [secret('repository', '2026-03-01T00:00:00Z', undefined, 'OTHER')],
  },
];

describe('observePlatform', () => {
  it.each(cases)('chooses $name', ({ names = ['API_KEY'], uses, secrets, detail }) => {
    const observations = observePlatform({ names, uses }, secrets);
    if (!detail) return void expect(observations).toEqual([]);
    const chosen = secrets.find((s) => detail.includes(s.environment ?? s.scope))!;
    expect(observations).toEqual([
      { fact: 'rotated', value: chosen.updatedAt, source: 'platform', detail },
      {
        fact: 'created',
        value: chosen.createdAt,
        source: 'platform',
        detail: detail.replace('updated_at', 'created_at'),
      },
    ]);
  });
});
