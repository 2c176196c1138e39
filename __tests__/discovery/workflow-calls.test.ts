// workflow-calls: each use in every context its workflow runs in. Dispatch choices and `type:
// environment` inputs, what local callers pass (`with:`, `secrets:` mappings, `secrets: inherit`,
// nested callers, matrices), `secrets[expr]` settled by inputs, and notes for remote reusable workflows.

import { describe, expect, it } from 'vitest';
import { emptyInventory, type Inventory, type RawUse } from '../../src/core/types.js';
import { githubWorkflowExtractor } from '../../src/discovery/github-workflow.js';
import { mergeInto } from '../../src/discovery/index.js';
import { followWorkflowCalls } from '../../src/discovery/workflow-calls.js';

const lines = (...text: string[]): string => `${text.join('\n')}\n`;
const W = (name: string): string => `.github/workflows/${name}`;

function follow(files: Record<string, string>, environments: string[] = []): Inventory {
  const inventory = emptyInventory();
  for (const [path, text] of Object.entries(files))
    mergeInto(inventory, githubWorkflowExtractor.extract({ path, text }));
  followWorkflowCalls(inventory, { environments });
  return inventory;
}

/** `NAME file:line env=E callers=a,b from=line` (the parts a use has), sorted. */
function rows(inventory: Inventory): string[] {
  const row = (use: RawUse): string =>
    [
      use.name,
      `${use.location.file.replace('.github/workflows/', '')}:${use.location.line}`,
      use.hints.githubEnvironment !== undefined && `env=${use.hints.githubEnvironment}`,
      use.hints.callers && `callers=${use.hints.callers.map((c) => c.replace('.github/workflows/', '')).join(',')}`,
      use.calledFrom && `from=${use.calledFrom.line}`,
    ]
      .filter(Boolean)
      .join(' ');
  return inventory.uses.map(row).sort();
}

const DEPLOY = lines(
  'on:',
  '  workflow_call:',
  '    inputs:',
  '      environment: { type: string, required: true }',
  '    secrets:',
  '      API_KEY: { required: true }',
  'jobs:',
  '  deploy:',
  '    environment: ${{ inputs.environment }}',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: ./deploy.sh',
  '        env:',
  '          API_KEY: ${{ secrets.API_KEY }}',
  '          TOKEN: ${{ secrets.GITHUB_TOKEN }}',
);

const CASES: { name: string; files: Record<string, string>; environments?: string[]; want: string[] }[] = [
  {
    name: 'dispatch choice: one use per option',
    files: {
      [W('d.yml')]: lines(
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      env: { type: choice, options: [staging, production] }',
        'jobs:',
        '  deploy:',
        '    environment: ${{ inputs.env }}',
        '    steps:',
        '      - run: echo ${{ secrets.KEY }}',
      ),
    },
    want: ['KEY d.yml:9 env=production', 'KEY d.yml:9 env=staging'],
  },
  {
    name: 'type: environment: its default and every environment the repository knows; a push run has none',
    files: {
      [W('d.yml')]: lines(
        'on:',
        '  push:',
        '  workflow_dispatch:',
        '    inputs:',
        '      environment: { type: environment, default: production }',
        'jobs:',
        '  deploy:',
        '    environment: ${{ inputs.environment }}',
        '    steps:',
        '      - run: echo ${{ secrets.KEY }}',
      ),
      [W('other.yml')]: lines('on: push', 'jobs:', '  a:', '    environment: qa', '    steps: [{ run: make }]'),
    },
    environments: ['staging'],
    want: ['KEY d.yml:10', 'KEY d.yml:10 env=production', 'KEY d.yml:10 env=qa', 'KEY d.yml:10 env=staging'],
  },
  {
    name: 'a local caller passes the environment and maps the secret; GITHUB_TOKEN stays the job token',
    files: {
      [W('deploy.yml')]: DEPLOY,
      [W('release.yml')]: lines(
        'on: push',
        'jobs:',
        '  prod:',
        '    uses: ./.github/workflows/deploy.yml',
        '    with:',
        '      environment: production',
        '    secrets:',
        '      API_KEY: ${{ secrets.PROD_API_KEY }}',
        '  stage:',
        '    uses: ./.github/workflows/deploy.yml',
        '    with: { environment: staging }',
        '    secrets: { API_KEY: "${{ secrets.STAGING_API_KEY }}" }',
      ),
    },
    want: [
      'GITHUB_TOKEN deploy.yml:15 env=production callers=release.yml from=4',
      'GITHUB_TOKEN deploy.yml:15 env=staging callers=release.yml from=10',
      'PROD_API_KEY deploy.yml:14 env=production callers=release.yml from=4',
      'PROD_API_KEY release.yml:8',
      'STAGING_API_KEY deploy.yml:14 env=staging callers=release.yml from=10',
      'STAGING_API_KEY release.yml:12',
    ],
  },
  {
    name: 'secrets: inherit keeps names; a matrix of callers; a caller of a caller',
    files: {
      [W('deploy.yml')]: DEPLOY,
      [W('middle.yml')]: lines(
        'on:',
        '  workflow_call:',
        '    inputs: { target: { type: string } }',
        'jobs:',
        '  go:',
        '    uses: ./.github/workflows/deploy.yml',
        '    with: { environment: "${{ inputs.target }}" }',
        '    secrets: inherit',
      ),
      [W('top.yml')]: lines(
        'on: push',
        'jobs:',
        '  all:',
        '    strategy: { matrix: { target: [dev, prod] } }',
        '    uses: ./.github/workflows/middle.yml',
        '    with: { target: "${{ matrix.target }}" }',
        '    secrets: inherit',
      ),
    },
    want: [
      'API_KEY deploy.yml:14 env=dev callers=middle.yml,top.yml from=6',
      'API_KEY deploy.yml:14 env=prod callers=middle.yml,top.yml from=6',
      'GITHUB_TOKEN deploy.yml:15 env=dev callers=middle.yml,top.yml from=6',
      'GITHUB_TOKEN deploy.yml:15 env=prod callers=middle.yml,top.yml from=6',
    ],
  },
  {
    name: 'a callee job with no environment takes the environment-named input; the caller file is path evidence',
    files: {
      [W('build.yml')]: lines(
        'on:',
        '  workflow_call:',
        '    inputs: { deploy-env: { type: string } }',
        'jobs:',
        '  b:',
        '    steps: [{ run: "echo ${{ secrets.NPM_TOKEN }}" }]',
      ),
      [W('release-prod.yml')]: lines(
        'on: push',
        'jobs:',
        '  a:',
        '    uses: ./.github/workflows/build.yml',
        '    secrets: inherit',
        '  b:',
        '    uses: ./.github/workflows/build.yml',
        '    with: { deploy-env: staging }',
        '    secrets: inherit',
      ),
    },
    want: [
      'NPM_TOKEN build.yml:6 callers=release-prod.yml from=4',
      'NPM_TOKEN build.yml:6 env=staging callers=release-prod.yml from=7',
    ],
  },
  {
    name: 'a reusable workflow nobody calls keeps its uses, with input defaults',
    files: {
      [W('deploy.yml')]: lines(
        'on:',
        '  workflow_call:',
        '    inputs: { environment: { type: string, default: staging } }',
        'jobs:',
        '  deploy:',
        '    environment: ${{ inputs.environment }}',
        '    steps: [{ run: "echo ${{ secrets.KEY }}" }]',
      ),
    },
    want: ['KEY deploy.yml:7 env=staging'],
  },
  {
    name: 'workflow-level env runs in every job, each with its own environment',
    files: {
      [W('w.yml')]: lines(
        'on: push',
        'env:',
        '  KEY: ${{ secrets.KEY }}',
        'jobs:',
        '  a: { environment: production, steps: [{ run: make }] }',
        '  b: { steps: [{ run: make }] }',
      ),
    },
    want: ['KEY w.yml:3', 'KEY w.yml:3 env=production'],
  },
  {
    // The job reads the environment-named input, so it runs where the input says, one option per run.
    name: 'secrets[...] over a choice input and a static matrix resolves; over a free input it does not',
    files: {
      [W('w.yml')]: lines(
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      env: { type: choice, options: [STAGING, PROD] }',
        '      free: { type: string }',
        'jobs:',
        '  a:',
        '    strategy: { matrix: { k: [A_KEY, B_KEY] } }',
        '    steps:',
        "      - run: echo ${{ secrets[format('{0}_API_KEY', inputs.env)] }}",
        '      - run: echo ${{ secrets[matrix.k] }}',
        "      - run: echo ${{ secrets[format('{0}_API_KEY', inputs.free)] }}",
      ),
    },
    want: [
      'A_KEY w.yml:11 env=PROD',
      'A_KEY w.yml:11 env=STAGING',
      'B_KEY w.yml:11 env=PROD',
      'B_KEY w.yml:11 env=STAGING',
      'PROD_API_KEY w.yml:10 env=PROD',
      'STAGING_API_KEY w.yml:10 env=STAGING',
    ],
  },
  {
    name: 'a job that names no environment runs where the environment input it reads says',
    files: {
      [W('w.yml')]: lines(
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      ENVIRONMENT: { type: choice, options: [staging, production] }',
        '      VERSION: { type: string }',
        'jobs:',
        '  deploy:',
        '    steps:',
        '      - run: ./vpn.sh',
        '        env: { VPN_SECRET: "${{ secrets.VPN_SECRET }}" }',
        "      - if: inputs.ENVIRONMENT == 'production'",
        '        run: ./deploy.sh',
        '        env: { PROD_ROLE: "${{ secrets.PROD_ROLE }}" }',
        "      - if: ${{ github.event.inputs.ENVIRONMENT == 'staging' && !cancelled() }}",
        '        run: ./deploy.sh',
        '        env: { STAGE_ROLE: "${{ secrets.STAGE_ROLE }}" }',
        '  notify:',
        '    steps:',
        '      - run: ./notify.sh ${{ inputs.VERSION }}',
        '        env: { SLACK: "${{ secrets.SLACK }}" }',
      ),
    },
    want: [
      'PROD_ROLE w.yml:13 env=production',
      'SLACK w.yml:20',
      'STAGE_ROLE w.yml:16 env=staging',
      'VPN_SECRET w.yml:10 env=production',
      'VPN_SECRET w.yml:10 env=staging',
    ],
  },
  {
    // The job's own `if:` runs it for one option only (and on pushes, with no input), not for each option.
    name: 'a job whose if: compares the environment input runs where the comparison says',
    files: {
      [W('w.yml')]: lines(
        'on:',
        '  push:',
        '  workflow_dispatch:',
        '    inputs:',
        '      environment: { type: choice, options: [production, staging] }',
        'jobs:',
        '  deploy-staging:',
        "    if: github.ref == 'refs/heads/develop' || (github.event_name == 'workflow_dispatch' && github.event.inputs.environment == 'staging')",
        '    steps:',
        '      - run: echo "${{ secrets.SSH_KEY }}"',
        '  deploy-both:',
        "    if: inputs.environment == 'staging' || inputs.environment == 'production'",
        '    steps:',
        '      - run: echo "${{ secrets.BOTH_KEY }}"',
        '  deploy-not-staging:',
        "    if: inputs.environment != 'staging'",
        '    steps:',
        '      - run: echo "${{ secrets.OTHER_KEY }}"',
      ),
    },
    want: [
      'BOTH_KEY w.yml:14 env=production',
      'BOTH_KEY w.yml:14 env=staging',
      'OTHER_KEY w.yml:18',
      'OTHER_KEY w.yml:18 env=production',
      'OTHER_KEY w.yml:18 env=staging',
      'SSH_KEY w.yml:10',
      'SSH_KEY w.yml:10 env=staging',
    ],
  },
  {
    name: 'a job that names no environment runs where the environment matrix entry it reads says',
    files: {
      [W('w.yml')]: lines(
        'on: push',
        'jobs:',
        '  deploy:',
        '    strategy: { matrix: { environment: [staging, production, qa] } }',
        '    steps:',
        '      - run: ./deploy.sh ${{ matrix.environment }}',
        '        env: { AWS_KEY: "${{ secrets.AWS_KEY }}" }',
        '  build:',
        '    strategy: { matrix: { env: [node18, node20] } }',
        '    steps:',
        '      - run: ./build.sh ${{ matrix.env }}',
        '        env: { NPM_TOKEN: "${{ secrets.NPM_TOKEN }}" }',
        '  unread:',
        '    strategy: { matrix: { environment: [production] } }',
        '    steps:',
        '      - run: ./lint.sh',
        '        env: { LINT_TOKEN: "${{ secrets.LINT_TOKEN }}" }',
      ),
    },
    want: [
      'AWS_KEY w.yml:7 env=production',
      'AWS_KEY w.yml:7 env=qa',
      'AWS_KEY w.yml:7 env=staging',
      'LINT_TOKEN w.yml:17',
      'NPM_TOKEN w.yml:12',
    ],
  },
  {
    name: 'a caller hands its environment to a callee job that only reads the input',
    files: {
      [W('release.yml')]: lines(
        'on: push',
        'jobs:',
        '  ship:',
        '    uses: ./.github/workflows/deploy.yml',
        '    with: { target_env: production }',
        '    secrets: inherit',
      ),
      [W('deploy.yml')]: lines(
        'on:',
        '  workflow_call:',
        '    inputs: { target_env: { type: string } }',
        'jobs:',
        '  go:',
        '    steps:',
        '      - run: ./deploy.sh --to ${{ inputs.target_env }}',
        '        env: { API_KEY: "${{ secrets.API_KEY }}" }',
      ),
    },
    want: ['API_KEY deploy.yml:8 env=production callers=release.yml from=4'],
  },
  {
    name: 'environment: ${{ inputs.env }} with secrets[...] over the same input: one value per run',
    files: {
      [W('w.yml')]: lines(
        'on:',
        '  workflow_dispatch:',
        '    inputs: { env: { type: choice, options: [staging, prod] } }',
        'jobs:',
        '  deploy:',
        '    environment: ${{ inputs.env }}',
        '    steps:',
        "      - run: echo ${{ secrets[format('{0}_API_KEY', inputs.env)] }}",
      ),
    },
    want: ['prod_API_KEY w.yml:8 env=prod', 'staging_API_KEY w.yml:8 env=staging'],
  },
  {
    name: 'a step that tells its action the environment, in a job that names none',
    files: {
      [W('w.yml')]: lines(
        'on: release',
        'jobs:',
        '  a:',
        '    steps:',
        '      - uses: getsentry/action-release@v3',
        '        env: { SENTRY_AUTH_TOKEN: "${{ secrets.SENTRY_AUTH_TOKEN }}" }',
        '        with: { environment: production }',
        '      - uses: azure/login@v2',
        '        with: { creds: "${{ secrets.AZURE }}", environment: AzureCloud }',
      ),
    },
    want: ['AZURE w.yml:9', 'SENTRY_AUTH_TOKEN w.yml:6 env=production'],
  },
];

describe('workflow-calls: uses in every context', () => {
  it.each(CASES)('$name', ({ files, environments, want }) => {
    expect(rows(follow(files, environments))).toEqual(want);
  });
});

describe('workflow-calls: what stays unresolved and what cannot be seen', () => {
  it('keeps secrets[...] over a free input for dynamic-secret-access, at the index', () => {
    const inventory = follow({
      [W('w.yml')]: lines(
        'on:',
        '  workflow_dispatch:',
        '    inputs: { env: { type: environment } }',
        'jobs:',
        '  a:',
        '    environment: ${{ inputs.env }}',
        '    steps: [{ run: "echo ${{ secrets[format(\'{0}_KEY\', inputs.env)] }}" }]',
        '      ',
      ),
      [W('p.yml')]: lines('on: push', 'jobs: { p: { environment: production, steps: [{ run: make }] } }'),
    });
    const unresolved = inventory.workflows.find((w) => w.file === W('w.yml'))?.dynamicSecrets ?? [];
    expect(
      unresolved.map((d) => [d.expression, d.location.line, d.location.column, d.hints.githubEnvironment]),
    ).toEqual([["format('{0}_KEY', inputs.env)", 7, 30, 'production']]);
  });

  it('a caller settles an index that waits on its input', () => {
    const inventory = follow({
      [W('callee.yml')]: lines(
        'on:',
        '  workflow_call:',
        '    inputs: { env: { type: string } }',
        'jobs:',
        '  a: { steps: [{ run: "echo ${{ secrets[format(\'{0}_KEY\', inputs.env)] }}" }] }',
      ),
      [W('caller.yml')]: lines(
        'on: push',
        'jobs:',
        '  c: { uses: ./.github/workflows/callee.yml, with: { env: PROD }, secrets: inherit }',
      ),
    });
    // `env` is an environment-named input, so the callee's job (which names none) runs in it.
    expect(rows(inventory)).toEqual(['PROD_KEY callee.yml:5 env=PROD callers=caller.yml from=3']);
    expect(inventory.workflows.flatMap((w) => w.dynamicSecrets ?? [])).toEqual([]);
  });

  it.each([
    [
      'remote, handed secrets and an environment',
      '  d: { uses: org/infra/.github/workflows/deploy.yml@v2, with: { environment: production }, secrets: inherit }',
      'job d deploys to production through org/infra/.github/workflows/deploy.yml@v2 with secrets: inherit; keybound cannot see the keys used there',
    ],
    [
      'remote, handed named secrets',
      '  d: { uses: org/infra/.github/workflows/deploy.yml@v2, secrets: { A: "${{ secrets.A }}" } }',
      'job d calls org/infra/.github/workflows/deploy.yml@v2 with secrets A; keybound cannot see the keys used there',
    ],
    [
      'local but missing',
      '  d: { uses: ./.github/workflows/gone.yml }',
      'job d calls ./.github/workflows/gone.yml, which is not in the scanned tree; the keys used there are not seen',
    ],
  ])('a note for a workflow keybound cannot see: %s', (_name, job, message) => {
    const inventory = follow({ [W('w.yml')]: lines('on: push', 'jobs:', job) });
    expect(inventory.diagnostics).toEqual([{ kind: 'notice', file: W('w.yml'), line: 3, column: 14, message }]);
  });

  it('no note for a remote workflow handed nothing secret', () => {
    const inventory = follow({
      [W('w.yml')]: lines('on: push', 'jobs:', '  d: { uses: org/x/.github/workflows/lint.yml@v1 }'),
    });
    expect(inventory.diagnostics).toEqual([]);
  });

  it('a cycle of calls ends', () => {
    const call = (to: string) =>
      lines(
        'on: { workflow_call: {}, push: {} }',
        'jobs:',
        `  c: { uses: ./.github/workflows/${to}, secrets: inherit }`,
        '  k: { steps: [{ run: "echo ${{ secrets.K }}" }] }',
      );
    const inventory = follow({ [W('a.yml')]: call('b.yml'), [W('b.yml')]: call('a.yml') });
    expect(rows(inventory)).toEqual([
      'K a.yml:4',
      'K a.yml:4 callers=b.yml from=3',
      'K b.yml:4',
      'K b.yml:4 callers=a.yml from=3',
    ]);
  });
});
