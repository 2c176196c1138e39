// The organization the org-audit tests run against: `acme`, with repositories that exercise each path
// (organization, repository and environment secrets; unused ones of each scope; a hand-over of every
// secret; an unresolved reference; archived, empty and forked repositories; a committed credential) and
// filler repositories so four shards and several pages of the listing are needed.
import type { FakeGitHubOptions, FakeRepo } from '../helpers/fake-github-org.js';

/** A committed credential (Stripe live-key shape): it must never appear in any artifact or report. */
export const CANARY = 'sk_live_51CanaryCommittedValue0123456789abcdefGHIJ';
export const TOKEN = 'ghs_FakeInstallationToken0123456789abcdefAB';

const deploy = `name: deploy
on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
          DEPLOY_KEY: \${{ secrets.deploy_key }}
          MISSING: \${{ secrets.MISSING_ONE }}
          TOKEN: \${{ secrets.GITHUB_TOKEN }}
  release:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./release.sh
        env:
          STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}
`;

const handOver = `on: push
permissions: { contents: read }
jobs:
  all:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ toJSON(secrets) }}" > /dev/null
`;

const npmOnly = `on: push
permissions: { contents: read }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`;

export const FIXTURE_REPOS: FakeRepo[] = [
  {
    name: 'api',
    visibility: 'private',
    files: {
      '.github/workflows/deploy.yml': deploy,
      'deploy/.env.production': `STRIPE_SECRET_KEY=${CANARY}\n`,
      'README.md': '# api\n',
      'src/index.js': 'console.log(1)\n',
    },
    secrets: [
      { name: 'DEPLOY_KEY', created: '2026-01-01', updated: '2026-10-01' },
      { name: 'OLD_UNUSED', created: '2024-01-01', updated: '2024-06-01' },
    ],
    environments: {
      production: [
        { name: 'STRIPE_SECRET_KEY', created: '2025-01-01', updated: '2026-07-01' },
        { name: 'PROD_UNUSED', created: '2025-01-01', updated: '2025-02-01' },
      ],
    },
    orgSecrets: ['NPM_TOKEN', 'SLACK_WEBHOOK', 'UNUSED_ORG'],
  },
  {
    name: 'web',
    visibility: 'public',
    files: { '.github/workflows/all.yml': handOver },
    secrets: [{ name: 'WEB_ONLY', created: '2026-09-01', updated: '2026-09-01' }],
    orgSecrets: ['NPM_TOKEN'],
  },
  { name: 'legacy', archived: true, visibility: 'private', files: { '.github/workflows/x.yml': npmOnly } },
  { name: 'empty', empty: true, visibility: 'private' },
  {
    name: 'fork-tool',
    fork: true,
    visibility: 'private',
    files: { '.github/workflows/publish.yml': npmOnly },
    orgSecrets: ['NPM_TOKEN', 'UNUSED_ORG'],
  },
  ...Array.from({ length: 9 }, (_, i): FakeRepo => ({
    name: `svc-${i + 1}`,
    visibility: 'internal',
    files: {
      [`docs/readme-${i}.md`]: 'docs\n',
      'k8s/app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n',
    },
    orgSecrets: ['NPM_TOKEN', 'UNUSED_ORG'],
  })),
];

export const FIXTURE: FakeGitHubOptions = {
  org: 'acme',
  repos: FIXTURE_REPOS,
  perPage: 5,
  orgSecrets: [
    { name: 'NPM_TOKEN', created: '2025-01-01', updated: '2025-03-01', visibility: 'all' },
    { name: 'SLACK_WEBHOOK', created: '2025-05-01', updated: '2026-10-10', visibility: 'selected', selected: ['api'] },
    { name: 'UNUSED_ORG', created: '2023-01-01', updated: '2023-01-01', visibility: 'private' },
  ],
};

export const NOW = '2026-11-01';
