// One finding per root cause (SPEC section 5), end to end through the CLI on a repository written here:
// a staging-named key used in two steps of one production job and in two more jobs, a live key in two
// services of one compose file, an AWS pair in a .env file, a private key in a kustomize base deployed
// by two production overlays and a staging one. Exact findings and related locations; every format
// shows them (JSON and SARIF valid); a baseline survives the first use moving; a waiver at any use
// waives the finding.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { runCli } from '../cli/run.js';
import { reportErrors, sarifErrors } from '../report/validators.js';

const NOW = ['--now', '2026-11-22'];
// NOTE: made-up values, built by concatenation so that secret scanners do not flag this file.
const SK_LIVE = 'sk_live_' + '51Kb0undRootCause7qZ9wLm2VxR4';
const AKIA = 'AKIA' + 'KBRC7QX2LM9NP4RZ';
const AWS_SECRET = 'kbRootCause7Hq2Lm9Np4' + 'Rs8Tv1WxZa3Cd5Ef6Gh8Jk';
const PEM = [
  '-----BEGIN ' + 'PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  '-----END PRIVATE KEY-----',
];

const WORKFLOW = `name: Deploy
on: { push: { branches: [main] } }
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - name: Migrate
        run: ./migrate.sh
        env:
          API_TOKEN: \${{ secrets.STAGING_API_TOKEN }}
      - name: Deploy
        run: ./deploy.sh
        env:
          API_TOKEN: \${{ secrets.STAGING_API_TOKEN }}
          FALLBACK: \${{ secrets.STAGING_API_TOKEN }}
  verify:
    runs-on: ubuntu-latest
    environment: production
    needs: deploy
    steps:
      - run: ./verify.sh
        env:
          API_TOKEN: \${{ secrets.STAGING_API_TOKEN }}
  preview:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - run: ./preview.sh
        env:
          API_TOKEN: \${{ secrets.STAGING_API_TOKEN }}
`;

const overlay = (namespace: string) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${namespace}
resources:
  - ../../base
`;

const FILES: Record<string, string> = {
  'keybound.yml': 'version: 1\nkeys:\n  STAGING_API_TOKEN: { rotated: 2026-11-01 }\n',
  '.github/workflows/deploy.yml': WORKFLOW,
  'docker-compose.prod.yml': `services:
  api:
    image: ghcr.io/acme/api:1.0
    environment:
      STRIPE_SECRET_KEY: ${SK_LIVE}
  worker:
    image: ghcr.io/acme/worker:1.0
    environment:
      STRIPE_SECRET_KEY: ${SK_LIVE}
`,
  'deploy/.env.production': `AWS_ACCESS_KEY_ID=${AKIA}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET}\n`,
  'k8s/base/kustomization.yaml': 'resources:\n  - secret.yaml\n',
  'k8s/base/secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: payments-tls
type: Opaque
stringData:
  tls.key: |
${PEM.map((line) => `    ${line}`).join('\n')}
`,
  'k8s/overlays/prod-eu/kustomization.yaml': overlay('payments-prod'),
  'k8s/overlays/prod-us/kustomization.yaml': overlay('payments-production'),
  'k8s/overlays/staging/kustomization.yaml': overlay('payments-staging'),
};

function repo(changes: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-root-cause-'));
  for (const [path, text] of Object.entries({ ...FILES, ...changes })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

interface JsonReport {
  findings: Finding[];
  suppressed: Finding[];
}

async function report(dir: string, extra: string[] = []): Promise<JsonReport> {
  const run = await runCli(['check', dir, '--format', 'json', '--fail-on', 'never', ...NOW, ...extra]);
  expect(run.stderr).toBe('');
  const parsed = JSON.parse(run.stdout);
  expect(reportErrors(parsed)).toBe('');
  return parsed;
}

/** `rule severity environment file:line:column key [related line:column, …]`. */
function lines(findings: Finding[]): string[] {
  return findings.map((f) => {
    const l = f.location;
    const related = (f.relatedLocations ?? []).map((r) => `${r.line}:${r.column}`).join(', ');
    const head = `${f.ruleId} ${f.severity} ${f.environment} ${l.file}:${l.line}:${l.column} ${f.key}`;
    return related ? `${head} [${related}]` : head;
  });
}

const W = '.github/workflows/deploy.yml';
const NAME_ONLY =
  'STAGING_API_TOKEN is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_API_TOKEN.environment: production in keybound.yml';

describe('one finding per root cause, end to end', () => {
  it('joins uses per job or file and environment, with exact related locations', async () => {
    const { findings } = await report(repo());
    expect(lines(findings.filter((f) => f.severity !== 'note'))).toEqual([
      // Job deploy uses the key three times (two steps), job verify once; job preview is staging.
      `no-dev-keys-in-prod error production ${W}:13:26 STAGING_API_TOKEN [17:26, 18:25]`,
      `no-dev-keys-in-prod error production ${W}:26:26 STAGING_API_TOKEN`,
      // The AWS pair of one .env file: one finding at the first line, the secret's line related.
      'plaintext-secret error production deploy/.env.production:1:1 AWS_ACCESS_KEY_ID [2:1]',
      // One live key in two services of one compose file.
      'plaintext-secret error production docker-compose.prod.yml:5:7 STRIPE_SECRET_KEY [9:7]',
      // A base deployed by two production overlays and a staging one: one per environment.
      'plaintext-secret error production k8s/base/secret.yaml:7:3 payments-tls/tls.key',
      'plaintext-secret warning staging k8s/base/secret.yaml:7:3 payments-tls/tls.key',
    ]);
    // A per-key finding (the rotation note) points at the same place with the same related uses.
    expect(lines(findings.filter((f) => f.severity === 'note'))).toEqual([
      `rotation-age note production deploy/.env.production:1:1 AWS_ACCESS_KEY_ID [2:1]`,
      `rotation-age note production docker-compose.prod.yml:5:7 STRIPE_SECRET_KEY [9:7]`,
      `rotation-age note production k8s/base/secret.yaml:7:3 payments-tls/tls.key`,
    ]);
    const deploy = findings.find((f) => f.ruleId === 'no-dev-keys-in-prod' && f.location.line === 13);
    expect(deploy?.message).toBe(NAME_ONLY);
    expect(deploy?.relatedLocations).toEqual([
      {
        file: W,
        line: 17,
        column: 26,
        endLine: 17,
        endColumn: 51,
        message: 'STAGING_API_TOKEN is used here too, in step Deploy',
      },
      {
        file: W,
        line: 18,
        column: 25,
        endLine: 18,
        endColumn: 50,
        message: 'STAGING_API_TOKEN is used here too, in step Deploy',
      },
    ]);
    const pair = findings.find((f) => f.key === 'AWS_ACCESS_KEY_ID');
    expect(pair?.relatedLocations).toMatchObject([
      {
        file: 'deploy/.env.production',
        line: 2,
        column: 1,
        message: 'AWS_SECRET_ACCESS_KEY (of key AWS_ACCESS_KEY_ID) is used here too',
      },
    ]);
  });

  it('shows related locations in every format; SARIF stays valid', async () => {
    const dir = repo();
    const text = await runCli(['check', dir, ...NOW]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`13:26  error  ${NAME_ONLY} (also at 17:26, 18:25)  no-dev-keys-in-prod`);
    expect(text.stdout).toMatch(/1:1 +error +AWS_ACCESS_KEY_ID holds .* \(also at 2:1\) +plaintext-secret/);

    const sarif = JSON.parse((await runCli(['check', dir, '--format', 'sarif', ...NOW])).stdout);
    expect(sarifErrors(sarif)).toBe('');
    const result = sarif.runs[0].results.find(
      (r: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) =>
        r.ruleId === 'no-dev-keys-in-prod' && r.locations[0].physicalLocation.region.startLine === 13,
    );
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: W, uriBaseId: '%SRCROOT%' },
          region: { startLine: 17, startColumn: 26, endLine: 17, endColumn: 51 },
        },
        message: { text: 'STAGING_API_TOKEN is used here too, in step Deploy' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: W, uriBaseId: '%SRCROOT%' },
          region: { startLine: 18, startColumn: 25, endLine: 18, endColumn: 50 },
        },
        message: { text: 'STAGING_API_TOKEN is used here too, in step Deploy' },
      },
    ]);

    const markdown = (await runCli(['check', dir, '--format', 'markdown', ...NOW])).stdout;
    expect(markdown).toContain(`<code>${W}:13:26</code> (also at 17:26, 18:25)`);

    const github = parseWorkflowCommands((await runCli(['check', dir, '--format', 'github', ...NOW])).stdout);
    const annotation = github.shown.find((c) => c.data.startsWith('STAGING_API_TOKEN is used in production'));
    expect(annotation).toMatchObject({ properties: { file: W, line: '13', col: '26' } });
    expect(annotation?.data.endsWith('(also at 17:26, 18:25)')).toBe(true);
  });

  it('a baseline keeps the joined finding when its first use moves, goes, or a use comes before it', async () => {
    const dir = repo();
    expect((await runCli(['baseline', dir, ...NOW])).code).toBe(0);
    const baseline = join(dir, '.keybound-baseline.json');
    // The Migrate step (the first use) is removed, and a new step using the key comes first.
    const moved = WORKFLOW.replace(
      `      - name: Migrate
        run: ./migrate.sh
        env:
          API_TOKEN: \${{ secrets.STAGING_API_TOKEN }}
`,
      `      - name: Warm up
        run: ./warm.sh
        with:
          token: \${{ secrets.STAGING_API_TOKEN }}
          retries: 3
`,
    );
    writeFileSync(join(dir, W), moved);
    const after = await report(dir, ['--baseline', baseline]);
    expect(after.findings).toEqual([]);
    const deploy = after.suppressed.find((f) => f.ruleId === 'no-dev-keys-in-prod' && f.location.line === 13);
    expect(deploy?.suppression?.kind).toBe('baseline');
    // The new first use (Warm up) and the Deploy step's two, one line lower than before.
    expect(deploy?.location.line).toBe(13);
    expect(deploy?.relatedLocations?.map((r) => r.line)).toEqual([18, 19]);
  });

  it('an inline suppression at any use waives the finding, and none of them is unused', async () => {
    // Two comments, above the second and the third use of the key in job deploy (not the first).
    const waived = WORKFLOW.replace(
      '          FALLBACK:',
      '          # keybound-ignore no-dev-keys-in-prod: the staging token is what this job verifies\n          FALLBACK:',
    ).replace(
      '        run: ./deploy.sh\n        env:\n',
      '        run: ./deploy.sh\n        env:\n          # keybound-ignore no-dev-keys-in-prod: same step, same reason\n',
    );
    const result = await report(repo({ [W]: waived }));
    const relevant = result.findings.filter((f) => f.ruleId === 'no-dev-keys-in-prod' || f.ruleId === 'invalid-waiver');
    expect(lines(relevant)).toEqual([`no-dev-keys-in-prod error production ${W}:28:26 STAGING_API_TOKEN`]);
    expect(result.suppressed.map((f) => `${f.ruleId} ${f.location.line} ${f.suppression?.kind}`)).toEqual([
      'no-dev-keys-in-prod 13 inline',
    ]);
  });

  it('a reusable workflow use is reported where secrets.X is written, with the caller as a related location', async () => {
    const caller = `name: Release
on: { push: { tags: ['v*'] } }
permissions:
  contents: read
jobs:
  release:
    uses: ./.github/workflows/deploy-callee.yml
    with:
      environment: production
    secrets:
      API_KEY: \${{ secrets.STAGING_API_KEY }}
`;
    const callee = `name: Deploy (reusable)
on:
  workflow_call:
    inputs:
      environment: { type: string, required: true }
    secrets:
      API_KEY: { required: true }
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: \${{ inputs.environment }}
    steps:
      - run: ./deploy.sh
        env:
          API_KEY: \${{ secrets.API_KEY }}
`;
    const dir = repo({ '.github/workflows/release.yml': caller, '.github/workflows/deploy-callee.yml': callee });
    const result = await report(dir);
    const found = result.findings.filter((f) => f.ruleId === 'no-dev-keys-in-prod' && f.key === 'STAGING_API_KEY');
    expect(found.map((f) => ({ location: f.location, related: f.relatedLocations }))).toEqual([
      {
        location: { file: '.github/workflows/deploy-callee.yml', line: 17, column: 24, endLine: 17, endColumn: 39 },
        related: [
          {
            file: '.github/workflows/release.yml',
            line: 7,
            column: 11,
            endLine: 7,
            endColumn: 48,
            message: 'STAGING_API_KEY reaches this use through the call here',
          },
        ],
      },
    ]);
  });
});
