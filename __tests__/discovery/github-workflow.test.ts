// github-workflow extractor: tables of named cases with exact locations (`line:col-endLine:endCol`,
// end exclusive), environment hints and `via`; exposures, permissions, deploys, reusable-workflow
// secrets, name links, matrices, aliases and hostile input. The fixture repositories are in fixtures.test.

import { describe, expect, it } from 'vitest';
import type { RawUse } from '../../src/core/types.js';
import { githubWorkflowExtractor } from '../../src/discovery/github-workflow.js';
import type { InventoryPart } from '../../src/discovery/types.js';

const PATH = '.github/workflows/w.yml';
const lines = (...text: string[]): string => `${text.join('\n')}\n`;

function extract(text: string): InventoryPart {
  let part: InventoryPart = {};
  expect(() => {
    part = githubWorkflowExtractor.extract({ path: PATH, text });
  }).not.toThrow();
  return part;
}

interface UseRow {
  name: string;
  at: string;
  via?: string;
  env?: string;
  job?: string;
  step?: string;
}

const at = (l: { line: number; column: number; endLine?: number; endColumn?: number }): string =>
  `${l.line}:${l.column}-${l.endLine}:${l.endColumn}`;

function useRow(use: RawUse): UseRow {
  const { job, step, via } = use.context ?? {};
  return {
    name: use.name,
    at: at(use.location),
    ...(via && { via }),
    ...(use.hints.githubEnvironment && { env: use.hints.githubEnvironment }),
    ...(job && { job }),
    ...(step && { step }),
  };
}

const useRows = (text: string): UseRow[] => (extract(text).uses ?? []).map(useRow);

const USE_CASES: { name: string; text: string; want: UseRow[] }[] = [
  {
    name: 'workflow-level env',
    text: lines('on: push', 'env:', '  TOKEN: ${{ secrets.TOKEN }}'),
    want: [{ name: 'TOKEN', at: '3:14-3:27', via: 'env' }],
  },
  {
    name: 'job env, step with/env, one-line run, flow map; steps named by name, id, else position',
    text: lines(
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      A: ${{ secrets.A }}',
      '    steps:',
      '      - name: Build',
      '        uses: org/action@v1',
      '        with:',
      '          token: ${{ secrets.B }}',
      '        env:',
      '          C: ${{ secrets.C }}',
      '      - id: script',
      '        run: echo ${{ secrets.D }}',
      '      - run: make',
      '        env: { E: "${{ secrets.E }}" }',
    ),
    want: [
      { name: 'A', at: '6:14-6:23', via: 'env', job: 'build' },
      { name: 'B', at: '11:22-11:31', via: 'with', job: 'build', step: 'Build' },
      { name: 'C', at: '13:18-13:27', via: 'env', job: 'build', step: 'Build' },
      { name: 'D', at: '15:23-15:32', via: 'run', job: 'build', step: 'script' },
      { name: 'E', at: '17:24-17:33', via: 'env', job: 'build', step: 'step 3' },
    ],
  },
  {
    name: 'literal block run: positions from the source, across a line continuation',
    text: lines(
      'on: push',
      'jobs:',
      '  j:',
      '    runs-on: x',
      '    steps:',
      '      - run: |',
      '          echo start',
      '          curl -H "Authorization: Bearer ${{ secrets.API_KEY }}" \\',
      '            https://x ${{ secrets.OTHER }}',
    ),
    want: [
      { name: 'API_KEY', at: '8:46-8:61', via: 'run', job: 'j', step: 'step 1' },
      { name: 'OTHER', at: '9:27-9:40', via: 'run', job: 'j', step: 'step 1' },
    ],
  },
  {
    name: 'folded block run',
    text: lines(
      'on: push',
      'jobs:',
      '  j:',
      '    steps:',
      '      - run: >-',
      '          deploy',
      '          --token ${{ secrets.T }}',
    ),
    want: [{ name: 'T', at: '7:23-7:32', via: 'run', job: 'j', step: 'step 1' }],
  },
  {
    name: "single-quoted scalar: '' escapes map back to the source",
    text: lines('on: push', 'jobs:', '  j:', '    steps:', "      - run: 'echo ''x'' ${{ secrets[''Q''] }}'"),
    want: [{ name: 'Q', at: '5:30-5:44', via: 'run', job: 'j', step: 'step 1' }],
  },
  {
    name: 'if: bare expressions at job and step level, and with ${{ }}',
    text: lines(
      'on: push',
      'jobs:',
      '  j:',
      "    if: secrets.A != ''",
      '    runs-on: x',
      '    steps:',
      '      - if: ${{ secrets.B }}',
      '        run: x',
      `      - if: "!cancelled() && secrets['C'] != ''"`,
      '        run: y',
    ),
    want: [
      { name: 'A', at: '4:9-4:18', via: 'if', job: 'j' },
      { name: 'B', at: '7:17-7:26', via: 'if', job: 'j', step: 'step 1' },
      { name: 'C', at: '9:30-9:42', via: 'if', job: 'j', step: 'step 2' },
    ],
  },
  {
    name: 'bracket forms and several references in one expression',
    text: lines('on: push', 'env:', '  X: ${{ secrets["A"] || secrets.B }}'),
    want: [
      { name: 'A', at: '3:10-3:22', via: 'env' },
      { name: 'B', at: '3:26-3:35', via: 'env' },
    ],
  },
  {
    name: 'not secrets: step outputs, needs outputs, inputs, github.token, string literals, text outside ${{ }}',
    text: lines(
      'on: push',
      'env:',
      '  A: ${{ steps.get-secrets.outputs.x }}',
      '  B: ${{ needs.x.outputs.secrets }}',
      '  C: ${{ inputs.secrets }}',
      '  D: ${{ github.token }}',
      "  E: ${{ format('secrets.NOPE {0}', 'x') }}",
      '  F: secrets.NOT_AN_EXPRESSION',
      '  G: ${{ secrets }}',
    ),
    want: [],
  },
  {
    name: 'secrets: of a reusable-workflow call',
    text: lines(
      'on: push',
      'jobs:',
      '  call:',
      '    uses: ./.github/workflows/r.yml',
      '    secrets:',
      '      TOKEN: ${{ secrets.Y }}',
    ),
    want: [{ name: 'Y', at: '6:18-6:27', via: 'secrets', job: 'call' }],
  },
  {
    name: 'container credentials and service env',
    text: lines(
      'on: push',
      'jobs:',
      '  j:',
      '    container:',
      '      image: x',
      '      credentials: { username: u, password: "${{ secrets.REG }}" }',
      '    services:',
      '      db:',
      '        image: pg',
      '        env:',
      '          PW: ${{ secrets.DB }}',
    ),
    want: [
      { name: 'REG', at: '6:50-6:61', via: 'container', job: 'j' },
      { name: 'DB', at: '11:19-11:29', via: 'services', job: 'j' },
    ],
  },
  {
    name: 'environment as a string and as { name, url }; a dynamic one gives no hint',
    text: lines(
      'on: push',
      'jobs:',
      '  a:',
      '    environment: production',
      '    env: { K: "${{ secrets.K }}" }',
      '  b:',
      '    environment: { name: staging, url: https://x }',
      '    env: { K: "${{ secrets.K }}" }',
      '  c:',
      '    environment: ${{ inputs.target }}',
      '    env: { K: "${{ secrets.K }}" }',
    ),
    want: [
      { name: 'K', at: '5:20-5:29', via: 'env', env: 'production', job: 'a' },
      { name: 'K', at: '8:20-8:29', via: 'env', env: 'staging', job: 'b' },
      { name: 'K', at: '11:20-11:29', via: 'env', job: 'c' },
    ],
  },
  {
    name: 'matrix environment: one use per static value, include entries too',
    text: lines(
      'on: push',
      'jobs:',
      '  d:',
      '    strategy:',
      '      matrix:',
      '        stage: [staging, production]',
      '        include: [{ stage: canary }]',
      '    environment: ${{ matrix.stage }}',
      '    env: { K: "${{ secrets.K }}" }',
    ),
    want: ['staging', 'production', 'canary'].map((env) => ({ name: 'K', at: '9:20-9:29', via: 'env', env, job: 'd' })),
  },
  {
    name: 'matrix template environment: values substituted',
    text: lines(
      'on: push',
      'jobs:',
      '  d:',
      '    strategy: { matrix: { region: [eu, us] } }',
      '    environment:',
      '      name: prod-${{ matrix.region }}',
      '    env: { K: "${{ secrets.K }}" }',
    ),
    want: ['prod-eu', 'prod-us'].map((env) => ({ name: 'K', at: '7:20-7:29', via: 'env', env, job: 'd' })),
  },
  {
    name: 'matrix from an expression is dynamic: no hint',
    text: lines(
      'on: push',
      'jobs:',
      '  d:',
      '    strategy: { matrix: { stage: "${{ fromJSON(inputs.stages) }}" } }',
      '    environment: ${{ matrix.stage }}',
      '    env: { K: "${{ secrets.K }}" }',
    ),
    want: [{ name: 'K', at: '6:20-6:29', via: 'env', job: 'd' }],
  },
  {
    name: 'a secret reached through an alias is reported at the alias, with that job environment',
    text: lines(
      'on: push',
      'jobs:',
      '  a:',
      '    environment: staging',
      '    env: &e',
      '      K: ${{ secrets.K }}',
      '  b:',
      '    environment: production',
      '    env: *e',
    ),
    want: [
      { name: 'K', at: '6:14-6:23', via: 'env', env: 'staging', job: 'a' },
      { name: 'K', at: '9:10-9:12', via: 'env', env: 'production', job: 'b' },
    ],
  },
  {
    name: 'whole steps and scalars through aliases',
    text: lines(
      'on: push',
      'jobs:',
      '  a:',
      '    steps:',
      '      - &s',
      '        run: ${{ secrets.R }}',
      '  b:',
      '    environment: prod',
      '    steps: [*s]',
    ),
    want: [
      { name: 'R', at: '6:18-6:27', via: 'run', job: 'a', step: 'step 1' },
      { name: 'R', at: '9:13-9:15', via: 'run', env: 'prod', job: 'b', step: 'step 1' },
    ],
  },
  {
    name: 'CRLF line ends and a BOM keep editor columns',
    text: '\uFEFFon: push\r\nenv:\r\n  T: ${{ secrets.T }}\r\n',
    want: [{ name: 'T', at: '3:10-3:19', via: 'env' }],
  },
  {
    name: 'expressions anywhere else are via expression',
    text: lines(
      'on: push',
      'jobs:',
      '  j:',
      '    runs-on: ${{ secrets.RUNNER }}',
      '    steps:',
      '      - uses: x',
      '        working-directory: ${{ secrets.DIR }}',
    ),
    want: [
      { name: 'RUNNER', at: '4:18-4:32', via: 'expression', job: 'j' },
      { name: 'DIR', at: '7:32-7:43', via: 'expression', job: 'j', step: 'step 1' },
    ],
  },
];

describe('github-workflow: uses', () => {
  it.each(USE_CASES)('$name', ({ text, want }) => {
    expect(useRows(text)).toEqual(want);
  });

  it('names the workflow by its name:, else by its file', () => {
    const named = extract(lines('name: Deploy', 'on: push', 'env: { A: "${{ secrets.A }}" }')).uses ?? [];
    const unnamed = extract(lines('on: push', 'env: { A: "${{ secrets.A }}" }')).uses ?? [];
    expect(named.map((u) => u.context?.workflow)).toEqual(['Deploy']);
    expect(unnamed.map((u) => u.context?.workflow)).toEqual([PATH]);
    expect(named[0].sourceKind).toBe('github-workflow');
    expect(named[0].location.file).toBe(PATH);
  });
});

describe('github-workflow: what a secret is handed to (context action and input)', () => {
  const handed = (text: string) =>
    (extract(text).uses ?? []).map((u) => ({
      name: u.name,
      via: u.context?.via,
      action: u.context?.action,
      input: u.context?.target,
    }));

  it.each([
    {
      name: 'a step input of an action (ref and case dropped), a step env variable, a plain run',
      text: lines(
        'on: push',
        'jobs:',
        '  deploy:',
        '    steps:',
        '      - uses: AWS-Actions/configure-aws-credentials@v4',
        '        with:',
        '          aws-access-key-id: ${{ secrets.AWS_USR }}',
        "          aws-secret-access-key: '${{ secrets.AWS_PSW }}'",
        '        env: { AWS_SESSION: "${{ secrets.S }}" }',
        '      - run: echo ${{ secrets.R }}',
      ),
      want: [
        { name: 'AWS_USR', via: 'with', action: 'aws-actions/configure-aws-credentials', input: 'aws-access-key-id' },
        {
          name: 'AWS_PSW',
          via: 'with',
          action: 'aws-actions/configure-aws-credentials',
          input: 'aws-secret-access-key',
        },
        { name: 'S', via: 'env', action: undefined, input: 'AWS_SESSION' },
        { name: 'R', via: 'run', action: undefined, input: undefined },
      ],
    },
    {
      name: 'workflow and job env variables, and a reusable call’s with and secrets',
      text: lines(
        'on: push',
        'env:',
        '  AWS_ACCESS_KEY_ID: ${{ secrets.A }}',
        'jobs:',
        '  call:',
        '    uses: ./.github/workflows/deploy.yml',
        '    with: { token: "${{ secrets.B }}" }',
        '    secrets:',
        '      DEPLOY_TOKEN: ${{ secrets.C }}',
        '  build:',
        '    env:',
        '      AZURE_CLIENT_SECRET: ${{ secrets.D }}',
        '    steps: [{ run: make }]',
      ),
      want: [
        { name: 'A', via: 'env', action: undefined, input: 'AWS_ACCESS_KEY_ID' },
        { name: 'B', via: 'with', action: undefined, input: 'token' },
        { name: 'C', via: 'secrets', action: undefined, input: 'DEPLOY_TOKEN' },
        { name: 'D', via: 'env', action: undefined, input: 'AZURE_CLIENT_SECRET' },
      ],
    },
    {
      name: 'several secrets written into one input (a creds JSON) share it',
      text: lines(
        'on: push',
        'jobs:',
        '  j:',
        '    steps:',
        '      - uses: azure/login@v2',
        '        with:',
        '          creds: \'{"clientId":"${{ secrets.ID }}","clientSecret":"${{ secrets.PW }}"}\'',
      ),
      want: [
        { name: 'ID', via: 'with', action: 'azure/login', input: 'creds' },
        { name: 'PW', via: 'with', action: 'azure/login', input: 'creds' },
      ],
    },
    {
      name: 'inputs under an alias keep their names',
      text: lines(
        'on: push',
        'jobs:',
        '  j:',
        '    steps:',
        '      - uses: google-github-actions/auth@v2',
        '        with: &auth',
        '          credentials_json: ${{ secrets.GCP_SA_KEY }}',
        '      - uses: google-github-actions/auth@v2',
        '        with: *auth',
      ),
      want: [
        { name: 'GCP_SA_KEY', via: 'with', action: 'google-github-actions/auth', input: 'credentials_json' },
        { name: 'GCP_SA_KEY', via: 'with', action: 'google-github-actions/auth', input: 'credentials_json' },
      ],
    },
  ])('$name', ({ text, want }) => {
    expect(handed(text)).toEqual(want);
  });

  it('lists each job’s actions with their input names (never values), at the uses key', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  deploy:',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Sign in',
      '        uses: aws-actions/configure-aws-credentials@v4',
      '        with:',
      '          role-to-assume: arn:aws:iam::123456789012:role/deploy',
      '          aws-region: eu-west-1',
      '      - run: make deploy',
      '  build:',
      '    steps: [{ run: make }]',
    );
    const [deploy, build] = extract(text).workflows?.[0].jobs ?? [];
    expect(deploy.actions?.map((a) => ({ action: a.action, inputs: a.inputs, at: at(a.location) }))).toEqual([
      { action: 'actions/checkout', inputs: [], at: '5:9-5:13' },
      { action: 'aws-actions/configure-aws-credentials', inputs: ['role-to-assume', 'aws-region'], at: '7:9-7:13' },
    ]);
    expect(JSON.stringify(deploy.actions)).not.toContain('123456789012');
    expect(build.actions).toBeUndefined();
  });
});

describe('github-workflow: exposures', () => {
  it.each([
    {
      name: 'secrets: inherit, at the word inherit, with the job environment',
      text: lines(
        'on: push',
        'jobs:',
        '  p:',
        '    environment: production',
        '    uses: ./.github/workflows/d.yml',
        '    secrets: inherit',
      ),
      want: [{ form: 'secrets: inherit', at: '6:14-6:21', job: 'p', env: 'production' }],
    },
    {
      name: 'toJSON(secrets) in a step, at the call',
      text: lines('on: push', 'jobs:', '  j:', '    steps:', "      - run: echo '${{ toJSON(secrets) }}' > all.json"),
      want: [{ form: 'toJSON(secrets)', at: '5:24-5:39', job: 'j' }],
    },
    {
      name: 'toJSON(secrets) at workflow level, any spacing and case',
      text: lines('on: push', 'env:', '  ALL: ${{ tojson( secrets ) }}'),
      want: [{ form: 'toJSON(secrets)', at: '3:12-3:29' }],
    },
    {
      name: 'toJSON of something else is not an exposure',
      text: lines('on: push', 'env:', '  A: ${{ toJSON(github) }}', '  B: ${{ toJSON(inputs.secrets) }}'),
      want: [],
    },
  ])('$name', ({ text, want }) => {
    const exposures = extract(text).workflows?.[0].exposures ?? [];
    expect(
      exposures.map((e) => ({
        form: e.form,
        at: at(e.location),
        ...(e.job && { job: e.job }),
        ...(e.hints.githubEnvironment && { env: e.hints.githubEnvironment }),
      })),
    ).toEqual(want);
  });
});

describe('github-workflow: permissions', () => {
  it.each([
    {
      name: 'write-all',
      text: lines('on: push', 'permissions: write-all'),
      want: { value: 'write-all', at: '2:1-2:23' },
    },
    { name: 'read-all', text: lines('on: push', 'permissions: read-all'), want: { value: 'read-all', at: '2:1-2:22' } },
    { name: 'empty map', text: lines('on: push', 'permissions: {}'), want: { value: {}, at: '2:1-2:16' } },
    {
      name: 'map of scopes',
      text: lines('on: push', 'permissions:', '  contents: read', '  id-token: write'),
      want: { value: { contents: 'read', 'id-token': 'write' }, at: '2:1-4:18' },
    },
    { name: 'absent', text: lines('on: push'), want: undefined },
    { name: 'nonsense value is ignored', text: lines('on: push', 'permissions: 42'), want: undefined },
  ])('workflow level: $name', ({ text, want }) => {
    const permissions = extract(text).workflows?.[0].permissions;
    expect(permissions && { value: permissions.value, at: at(permissions.location) }).toEqual(want);
  });

  it('job level, and a __proto__ scope stays a plain key', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    permissions: { contents: write, __proto__: write }',
      '  b:',
      '    runs-on: x',
    );
    const jobs = extract(text).workflows?.[0].jobs ?? [];
    expect(jobs[0].permissions?.value).toEqual({ contents: 'write', ['__proto__']: 'write' });
    expect(Object.getPrototypeOf(jobs[0].permissions?.value)).toBe(Object.prototype);
    expect(at(jobs[0].permissions!.location)).toBe('4:5-4:55');
    expect(jobs[1].permissions).toBeUndefined();
  });
});

describe('github-workflow: deploys', () => {
  const job = (...body: string[]): string => lines('on: push', 'jobs:', '  build:', ...body.map((l) => `    ${l}`));
  it.each([
    { name: 'environment', text: job('environment: production'), want: 'environment: production' },
    {
      name: 'job id',
      text: lines('on: push', 'jobs:', '  release-npm:', '    runs-on: x'),
      want: 'job id: release-npm',
    },
    { name: 'job name', text: job('name: Promote to prod'), want: 'job name: Promote to prod' },
    {
      name: 'reusable deploy workflow',
      text: job('uses: ./.github/workflows/deploy.yml'),
      want: 'calls ./.github/workflows/deploy.yml',
    },
    {
      name: 'aws credentials action',
      text: job('steps: [{ uses: aws-actions/configure-aws-credentials@v4 }]'),
      want: 'uses aws-actions/configure-aws-credentials',
    },
    { name: 'azure login', text: job('steps: [{ uses: Azure/login@v2 }]'), want: 'uses azure/login' },
    {
      name: 'gcp auth',
      text: job('steps: [{ uses: google-github-actions/auth@v2 }]'),
      want: 'uses google-github-actions/auth',
    },
    { name: 'k8s deploy action', text: job('steps: [{ uses: azure/k8s-deploy@v5 }]'), want: 'uses azure/k8s-deploy' },
    {
      name: 'docker build-push with push',
      text: job(
        'steps:',
        '  - uses: docker/login-action@v3',
        '  - uses: docker/build-push-action@v6',
        '    with: { push: true }',
      ),
      want: 'uses docker/build-push-action with push',
    },
    {
      name: 'kubectl apply',
      text: job('steps: [{ run: "kubectl -n prod apply -f k8s/" }]'),
      want: 'runs kubectl -n prod apply',
    },
    {
      name: 'kubectl rollout',
      text: job('steps: [{ run: kubectl rollout restart deploy/api }]'),
      want: 'runs kubectl rollout',
    },
    {
      name: 'helm upgrade',
      text: job('steps: [{ run: helm upgrade --install api ./chart }]'),
      want: 'runs helm upgrade',
    },
    {
      name: 'terraform apply',
      text: job('steps: [{ run: terraform -chdir=infra apply -auto-approve }]'),
      want: 'runs terraform -chdir=infra apply',
    },
    {
      name: 'npm publish',
      text: job('steps:', '  - run: |', '      npm ci', '      npm publish'),
      want: 'runs npm publish',
    },
    { name: 'docker push', text: job('steps: [{ run: docker push ghcr.io/x/y }]'), want: 'runs docker push' },
    { name: 'gcloud run deploy', text: job('steps: [{ run: gcloud run deploy api }]'), want: 'runs gcloud run deploy' },
    { name: 'flyctl deploy', text: job('steps: [{ run: flyctl deploy --remote-only }]'), want: 'runs flyctl deploy' },
    { name: 'vercel --prod', text: job('steps: [{ run: vercel deploy --prod }]'), want: 'runs vercel deploy --prod' },
    { name: 'serverless deploy', text: job('steps: [{ run: npx serverless deploy }]'), want: 'runs serverless deploy' },
    { name: 'cdk deploy', text: job('steps: [{ run: npx cdk deploy --all }]'), want: 'runs cdk deploy' },
    {
      name: 'a test job is not a deploy',
      text: job('steps: [{ run: npm test }, { uses: docker/login-action@v3 }]'),
      want: undefined,
    },
    {
      name: 'build-push without push is not',
      text: job('steps: [{ uses: docker/build-push-action@v6, with: { push: false } }]'),
      want: undefined,
    },
  ])('$name', ({ text, want }) => {
    const [info] = extract(text).workflows?.[0].jobs ?? [];
    expect({ deploys: info.deploys, evidence: info.deployEvidence }).toEqual({
      deploys: want !== undefined,
      evidence: want,
    });
  });

  it('records job ids, locations and static environments', () => {
    const text = lines('on: push', 'jobs:', '  a:', '    environment: prod', '  b: { runs-on: x }');
    expect(
      extract(text).workflows?.[0].jobs.map((j) => ({ id: j.id, at: at(j.location), envs: j.environments })),
    ).toEqual([
      { id: 'a', at: '3:3-3:4', envs: ['prod'] },
      { id: 'b', at: '5:3-5:4', envs: [] },
    ]);
  });
});

describe('github-workflow: triggers, inputs and reusable-workflow calls', () => {
  it('reads the events and the dispatch and call inputs', () => {
    const workflow = extract(
      lines(
        'on:',
        '  push:',
        '  workflow_dispatch:',
        '    inputs:',
        '      env: { type: choice, options: [staging, production], default: staging }',
        '      target: { type: environment }',
        '  workflow_call:',
        '    inputs:',
        '      region: { type: string, default: eu }',
      ),
    ).workflows?.[0];
    expect(workflow?.triggers).toEqual(['push', 'workflow_dispatch', 'workflow_call']);
    expect(workflow?.inputs).toEqual([
      {
        name: 'env',
        trigger: 'workflow_dispatch',
        type: 'choice',
        options: ['staging', 'production'],
        default: 'staging',
      },
      { name: 'target', trigger: 'workflow_dispatch', type: 'environment' },
      { name: 'region', trigger: 'workflow_call', type: 'string', default: 'eu' },
    ]);
  });

  it.each([
    ['a name', 'on: push', ['push']],
    ['a list', 'on: [push, workflow_call]', ['push', 'workflow_call']],
  ])('events written as %s', (_name, text, want) => {
    expect(extract(lines(text)).workflows?.[0].triggers).toEqual(want);
  });

  it('records a call: with: per matrix combination, a secrets mapping, its place', () => {
    const job = extract(
      lines(
        'on: push',
        'jobs:',
        '  deploy:',
        '    strategy: { matrix: { env: [staging, production] } }',
        '    uses: ./.github/workflows/deploy.yml',
        '    with:',
        '      environment: ${{ matrix.env }}',
        '      version: ${{ github.sha }}',
        '    secrets:',
        '      API_KEY: ${{ secrets.PROD_API_KEY }}',
      ),
    ).workflows?.[0].jobs[0];
    expect(job?.call).toEqual({
      uses: './.github/workflows/deploy.yml',
      location: { file: PATH, line: 5, column: 11, endLine: 5, endColumn: 41 },
      with: [{ environment: ['staging'] }, { environment: ['production'] }],
      secrets: { API_KEY: ['PROD_API_KEY'] },
    });
  });

  it('records secrets: inherit', () => {
    const text = lines('on: push', 'jobs:', '  d: { uses: org/r/.github/workflows/d.yml@v1, secrets: inherit }');
    expect(extract(text).workflows?.[0].jobs[0].call?.secrets).toBe('inherit');
  });

  it('names where a value goes: the env variable, the with: input and its action', () => {
    const uses = extract(
      lines(
        'on: push',
        'jobs:',
        '  a:',
        '    steps:',
        '      - uses: aws-actions/configure-aws-credentials@v4',
        '        with:',
        '          aws-access-key-id: ${{ secrets.TF_KEY }}',
        '      - run: terraform apply',
        '        env:',
        '          AWS_SECRET_ACCESS_KEY: ${{ secrets.TF_SECRET }}',
        '      - run: echo ${{ secrets.PLAIN }}',
      ),
    ).uses;
    expect(uses?.map((u) => [u.name, u.context?.target, u.context?.action])).toEqual([
      ['TF_KEY', 'aws-access-key-id', 'aws-actions/configure-aws-credentials'],
      ['TF_SECRET', 'AWS_SECRET_ACCESS_KEY', undefined],
      ['PLAIN', undefined, undefined],
    ]);
  });

  it('secrets[...]: a literal matrix index is a use per entry; what waits on inputs or nobody can name is kept', () => {
    const part = extract(
      lines(
        'on: push',
        'jobs:',
        '  a:',
        '    strategy: { matrix: { include: [{ env: staging, k: STAGING_KEY }, { env: production, k: PROD_KEY }] } }',
        '    environment: ${{ matrix.env }}',
        '    steps:',
        '      - run: echo ${{ secrets[matrix.k] }}',
        "      - run: echo ${{ secrets[format('{0}_KEY', inputs.env)] }}",
        '      - run: echo ${{ secrets[needs.a.outputs.name] }}',
      ),
    );
    expect(part.uses?.map((u) => [u.name, at(u.location), u.hints.githubEnvironment])).toEqual([
      ['STAGING_KEY', '7:23-7:40', 'staging'],
      ['PROD_KEY', '7:23-7:40', 'production'],
    ]);
    expect(
      part.workflows?.[0].dynamicSecrets?.map((d) => [
        d.expression,
        at(d.location),
        d.hints.githubEnvironment,
        d.names,
      ]),
    ).toEqual([
      ["format('{0}_KEY', inputs.env)", '8:23-8:61', 'staging', ['${{ inputs.env }}_KEY']],
      ["format('{0}_KEY', inputs.env)", '8:23-8:61', 'production', ['${{ inputs.env }}_KEY']],
      ['needs.a.outputs.name', '9:23-9:52', 'staging', undefined],
      ['needs.a.outputs.name', '9:23-9:52', 'production', undefined],
    ]);
  });
});

describe('github-workflow: on.workflow_call.secrets', () => {
  it.each([
    {
      name: 'required, optional and bare entries',
      text: lines(
        'on:',
        '  workflow_call:',
        '    secrets:',
        '      A:',
        '        required: true',
        '      B: { required: false }',
        '      C:',
      ),
      want: [
        { name: 'A', required: true, at: '4:7-4:8' },
        { name: 'B', required: false, at: '6:7-6:8' },
        { name: 'C', required: false, at: '7:7-7:8' },
      ],
    },
    {
      name: 'a %YAML 1.1 directive does not turn on: into true',
      text: lines('%YAML 1.1', '---', 'on:', '  workflow_call:', '    secrets: { T: { required: yes } }'),
      want: [{ name: 'T', required: false, at: '5:16-5:17' }],
    },
    { name: 'on as a list', text: lines('on: [push, workflow_call]'), want: [] },
  ])('$name', ({ text, want }) => {
    const secrets = extract(text).workflows?.[0].callSecrets ?? [];
    expect(secrets.map((s) => ({ name: s.name, required: s.required, at: at(s.location) }))).toEqual(want);
  });
});

describe('github-workflow: name links', () => {
  const run = (...script: string[]): string =>
    lines('on: push', 'jobs:', '  j:', '    steps:', '      - run: |', ...script.map((l) => `          ${l}`));
  it.each([
    {
      name: 'kubectl --from-literal=KEY=',
      text: run('kubectl create secret generic app-creds --from-literal=API_TOKEN=${{ secrets.X }}'),
      want: [{ secret: 'X', alias: 'app-creds/API_TOKEN', at: '6:80-6:89' }],
    },
    {
      name: 'kubectl, flags before the name, --from-literal KEY=, quoted, continued lines',
      text: run(
        'kubectl -n prod create secret generic -n prod onboarding-credentials \\',
        '  --from-literal "API_TOKEN=${{ secrets.ONBOARDING }}" \\',
        "  '--from-literal=OTHER=${{ secrets.OTHER }}'",
      ),
      want: [
        { secret: 'ONBOARDING', alias: 'onboarding-credentials/API_TOKEN', at: '7:43-7:61' },
        { secret: 'OTHER', alias: 'onboarding-credentials/OTHER', at: '8:39-8:52' },
      ],
    },
    {
      name: 'echo into a dotenv file',
      text: run('echo "DB_PASSWORD=${{ secrets.DB }}" >> .env.production', 'echo API=${{ secrets.API }} > config/.env'),
      want: [
        { secret: 'DB', alias: 'DB_PASSWORD', at: '6:33-6:43' },
        { secret: 'API', alias: 'API', at: '7:24-7:35' },
      ],
    },
    {
      name: 'heredoc into a file',
      text: run('cat > .env.production <<EOF', 'STRIPE_KEY=${{ secrets.STRIPE }}', 'EOF'),
      want: [{ secret: 'STRIPE', alias: 'STRIPE_KEY', at: '7:26-7:40' }],
    },
    {
      name: 'helm --set and --set-string, comma lists',
      text: run(
        'helm upgrade api ./chart --set a.b.key=${{ secrets.K }},c.d=${{ secrets.L }} --set-string=e=${{ secrets.M }}',
      ),
      want: [
        { secret: 'K', alias: 'a.b.key', at: '6:54-6:63' },
        { secret: 'L', alias: 'c.d', at: '6:75-6:84' },
        { secret: 'M', alias: 'e', at: '6:107-6:116' },
      ],
    },
    {
      name: 'not links: $GITHUB_ENV, $GITHUB_OUTPUT, stdout, 2>&1, a helm template, a kubectl without a name',
      text: run(
        'echo "A=${{ secrets.A }}" >> $GITHUB_ENV',
        'echo "B=${{ secrets.B }}" >> "${GITHUB_OUTPUT}"',
        'echo "C=${{ secrets.C }}"',
        'echo "D=${{ secrets.D }}" 2>&1',
        'helm template x --set e=${{ secrets.E }}',
        'kubectl create secret generic --from-literal=F=${{ secrets.F }}',
        'kubectl create secret generic $NAME --from-literal=G=${{ secrets.G }}',
      ),
      want: [],
    },
    {
      name: 'links come from run only',
      text: lines('on: push', 'env:', '  X: echo "K=${{ secrets.K }}" >> .env'),
      want: [],
    },
  ])('$name', ({ text, want }) => {
    const links = extract(text).links ?? [];
    expect(links.map((l) => ({ secret: l.secret, alias: l.alias, at: at(l.location) }))).toEqual(want);
  });

  it('one link per reference even when a matrix multiplies the uses', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  j:',
      '    strategy: { matrix: { e: [a, b] } }',
      '    environment: ${{ matrix.e }}',
      '    steps:',
      '      - run: echo "K=${{ secrets.K }}" >> .env',
    );
    const part = extract(text);
    expect(part.uses).toHaveLength(2);
    expect(part.links).toHaveLength(1);
  });
});

/** Nine levels of nine aliases: 9^9 expansions if anything followed them naively. */
function billionLaughs(): string {
  const rows = ['on: push', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    rows.push(
      `x-${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  }
  rows.push('jobs:', '  j:', '    env: *i');
  return lines(...rows);
}

describe('github-workflow: hostile input', () => {
  it('billion laughs ends quickly in a located parse-error', () => {
    const started = Date.now();
    const part = extract(billionLaughs());
    expect(Date.now() - started).toBeLessThan(1000);
    expect(part.uses ?? []).toEqual([]);
    expect(part.diagnostics).toEqual([
      expect.objectContaining({ kind: 'parse-error', file: PATH, message: expect.stringMatching(/alias/) }),
    ]);
    expect(part.diagnostics?.[0].line).toBeGreaterThan(1);
  });

  it('a self-referencing anchor ends in a parse-error', () => {
    const part = extract(lines('on: push', 'jobs:', '  j:', '    env: &a', '      A: [*a]'));
    expect(part.diagnostics?.map((d) => d.kind)).toEqual(['parse-error']);
  });

  it('a YAML syntax error is a located parse-error', () => {
    const part = extract(lines('on: push', 'jobs:', '  j:', '    env: [unclosed'));
    expect(part.diagnostics?.[0]).toMatchObject({ kind: 'parse-error', file: PATH });
    expect(part.diagnostics?.[0].line).toBeGreaterThanOrEqual(4);
  });

  it('duplicate keys are a parse-error', () => {
    const part = extract(lines('on: push', 'env:', '  A: 1', '  A: 2'));
    expect(part.diagnostics?.map((d) => [d.kind, d.line])).toEqual([['parse-error', 4]]);
  });

  // Found scanning real repositories: a Markdown file saved as .yml gave ten parse-errors, and the
  // parser's messages quoted the broken line, which may hold a secret value.
  it('a file that is not YAML is one parse-error, at the first problem, quoting nothing', () => {
    const part = extract(
      lines('# Deploy', '', 'Run: this', '- a: b', '  c', ': d', 'ghp_notAYamlToken0123 }', '"open'),
    );
    expect(part.diagnostics).toEqual([
      expect.objectContaining({ kind: 'parse-error', file: PATH, line: 4, column: 1 }),
    ]);
    const stray = extract(lines('on: push', 'jobs: {}', '"ghp_strayValue0123"'));
    expect(stray.diagnostics).toHaveLength(1);
    expect(stray.diagnostics?.[0].message).not.toContain('ghp_');
  });

  // cookiecutter-django ships `{{cookiecutter.project_slug}}/.github/workflows/ci.yml` with Jinja tags.
  it('a project template (Jinja tags) that does not parse is skipped, not a parse-error', () => {
    const template = lines(
      'on: push',
      'concurrency:',
      '  group: {% raw %}${{ github.head_ref }}{% endraw %}',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      "    {%- if cookiecutter.use_docker == 'n' %}",
      '    env:',
      '      TOKEN: x',
      '    {%- endif %}',
    );
    expect(extract(template).diagnostics).toEqual([expect.objectContaining({ kind: 'skipped', file: PATH })]);
    // `${{ }}` is GitHub's own syntax: a broken workflow that only has expressions is still broken.
    expect(extract(lines('on: push', 'env:', '  A: ${{ secrets.A }}', '	B: 1')).diagnostics?.[0].kind).toBe(
      'parse-error',
    );
  });

  it.each<[string, string, string[]]>([
    ['empty', '', []],
    ['only whitespace', '  \n\n', []],
    ['comment only', '# nothing\n# here\n', []],
    ['BOM only', '\uFEFF', []],
    ['BOM, CRLF', '\uFEFFon: push\r\njobs: {}\r\n', []],
    ['tabs as indentation', 'on: push\njobs:\n\tj: 1\n', ['parse-error']],
    ['binary junk (parses as one scalar)', '\u0000\u0001\u0002\u00ff\ufffd\u0007PK\u0003\u0004', ['skipped']],
    ['binary junk with a colon', '\u0000: [\u0001\n\u00ff: {', ['parse-error']],
    ['a list at the top', '- a\n- b\n', ['skipped']],
    ['a scalar at the top', 'hello\n', ['skipped']],
    ['jobs as a list', 'on: push\njobs: [1, 2]\n', []],
    ['jobs as a string', 'on: push\njobs: nope\n', []],
    ['a job that is a number', 'on: push\njobs:\n  j: 42\n', []],
    ['steps: null', 'on: push\njobs:\n  j:\n    steps: null\n', []],
    ['steps as a map', 'on: push\njobs:\n  j:\n    steps: { a: 1 }\n', []],
    ['a step that is a number', 'on: push\njobs:\n  j:\n    steps: [1, null, "x"]\n', []],
    [
      'numbers where strings belong',
      'name: 5\non: 7\npermissions: 3\njobs:\n  1:\n    environment: 9\n    runs-on: 2\n    steps: [{ run: 4, if: 5, uses: 6 }]\n',
      [],
    ],
    ['environment as a list', 'on: push\njobs:\n  j:\n    environment: [a, b]\n', []],
    [
      'matrix as a list',
      'on: push\njobs:\n  j:\n    strategy: { matrix: [1] }\n    environment: ${{ matrix.x }}\n',
      [],
    ],
    ['alias to a missing anchor', 'on: push\nenv: *missing\n', ['parse-error']],
    ['an unclosed expression', 'on: push\nenv:\n  A: ${{ secrets.A\n', []],
    ['a huge line', `on: push\nenv:\n  A: "${'kubectl '.repeat(50_000)}${'${{ secrets.X }}'}"\n`, []],
    ['deep nesting', `on: push\nenv: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, ['parse-error']],
  ])('%s: never throws; diagnostic kinds %j', (_name, text, kinds) => {
    const part = extract(text);
    expect([...new Set((part.diagnostics ?? []).map((d) => d.kind))]).toEqual(kinds);
    for (const d of part.diagnostics ?? []) expect(d.file).toBe(PATH);
  });

  it('diagnostics never quote the file', () => {
    const part = extract('on: push\nenv: { SECRET_VALUE_sk_live_abc: [\n');
    expect(JSON.stringify(part.diagnostics)).not.toContain('sk_live_abc');
  });
});

describe('github-workflow: matches', () => {
  it.each<[string, boolean]>([
    ['.github/workflows/ci.yml', true],
    ['.github/workflows/deploy.yaml', true],
    ['sub/project/.github/workflows/x.yml', true],
    ['.github/workflows/nested/x.yml', false],
    ['.github/actions/setup/action.yml', false],
    ['.github/workflows/README.md', false],
    ['github/workflows/x.yml', false],
    ['.github/workflows.yml', false],
  ])('%s → %s', (path, want) => {
    expect(githubWorkflowExtractor.matches(path, new Set([path]))).toBe(want);
  });
});
