// github-workflow extractor over fixture repositories shaped like real open-source ones: every
// `secrets.X` a plain regex finds in a workflow is reported at that exact place, composite actions
// are not workflows, and each repository's exposures, deploys, permissions and links are as listed.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { githubWorkflowExtractor } from '../../src/discovery/github-workflow.js';
import type { InventoryPart } from '../../src/discovery/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/workflows');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** [repository, path inside it] for every fixture file. */
const FILES = filesUnder(ROOT).map((file) => {
  const [repo, ...rest] = relative(ROOT, file).split(/[\\/]/);
  return { repo, path: rest.join('/'), text: readFileSync(file, 'utf8') };
});
const WORKFLOWS = FILES.filter((f) => githubWorkflowExtractor.matches(f.path, new Set([f.path])));

function extract(path: string, text: string): InventoryPart {
  return githubWorkflowExtractor.extract({ path, text });
}

/** `line:column` of every `secrets.X` / `secrets['X']`, by a regex that knows nothing of YAML. */
function regexPositions(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?<![\w.-])secrets(?:\.[A-Za-z_][\w-]*|\[\s*(['"])[^'"]+\1\s*\])/g;
  text.split('\n').forEach((line, index) => {
    if (/^\s*#/.test(line)) return;
    for (const match of line.matchAll(pattern)) found.push(`${index + 1}:${match.index + 1}`);
  });
  return found;
}

describe('fixture repositories', () => {
  it('has ten repositories and reads only their workflows', () => {
    expect(new Set(FILES.map((f) => f.repo)).size).toBe(10);
    expect(FILES.filter((f) => !WORKFLOWS.includes(f)).map((f) => f.path)).toEqual([
      '.github/actions/setup/action.yml',
    ]);
  });

  it.each(WORKFLOWS.map((f) => [`${f.repo}/${f.path}`, f] as const))(
    '%s: every secrets reference the regex sees is reported there',
    (_name, { path, text }) => {
      const part = extract(path, text);
      expect(part.diagnostics ?? []).toEqual([]);
      const expected = regexPositions(text);
      expect(expected.length).toBeGreaterThan(0);
      const reported = (part.uses ?? []).map((u) => `${u.location.line}:${u.location.column}`);
      expect([...new Set(reported.filter((p) => expected.includes(p)))].sort()).toEqual([...new Set(expected)].sort());
      // Anything else was found through an alias and is reported at the `*name`.
      const sourceLines = text.split('\n');
      for (const use of part.uses ?? []) {
        if (expected.includes(`${use.location.line}:${use.location.column}`)) continue;
        expect(sourceLines[use.location.line - 1][use.location.column - 1]).toBe('*');
      }
    },
  );
});

interface Summary {
  names: string[];
  uses?: number;
  environments?: Record<string, string[]>;
  exposures?: string[];
  deploys?: Record<string, string>;
  permissions?: unknown[];
  links?: string[];
  callSecrets?: string[];
}

function summarise(part: InventoryPart): Required<Summary> {
  const workflow = part.workflows![0];
  const uses = part.uses ?? [];
  const environments: Record<string, string[]> = {};
  for (const use of uses) {
    (environments[use.name] ??= []).push(use.hints.githubEnvironment ?? '-');
  }
  return {
    names: [...new Set(uses.map((u) => u.name))].sort(),
    uses: uses.length,
    environments,
    exposures: workflow.exposures.map(
      (e) => `${e.form} ${e.job ?? '-'} ${e.hints.githubEnvironment ?? '-'} ${e.location.line}:${e.location.column}`,
    ),
    deploys: Object.fromEntries(workflow.jobs.filter((j) => j.deploys).map((j) => [j.id, j.deployEvidence ?? ''])),
    permissions: [workflow.permissions?.value, ...workflow.jobs.map((j) => j.permissions?.value)],
    links: (part.links ?? []).map((l) => `${l.secret} -> ${l.alias}`),
    callSecrets: workflow.callSecrets.map((s) => `${s.name}${s.required ? '!' : ''}`),
  };
}

const EXPECTED: Record<string, Summary> = {
  'node-library/.github/workflows/ci.yml': {
    names: ['CODECOV_TOKEN'],
    deploys: {},
    permissions: [{ contents: 'read' }, undefined],
  },
  'node-library/.github/workflows/release.yml': {
    names: ['GITHUB_TOKEN', 'NPM_TOKEN'],
    deploys: { publish: 'job id: publish' },
    permissions: [undefined, { contents: 'write', 'id-token': 'write' }],
  },
  'k8s-service/.github/workflows/deploy.yml': {
    names: [
      'DATADOG_API_KEY',
      'PROD_AWS_ACCESS_KEY_ID',
      'PROD_AWS_SECRET_ACCESS_KEY',
      'SLACK_WEBHOOK_URL',
      'STRIPE_SECRET_KEY',
      'STRIPE_WEBHOOK_SECRET',
    ],
    uses: 7,
    environments: {
      PROD_AWS_ACCESS_KEY_ID: ['production'],
      PROD_AWS_SECRET_ACCESS_KEY: ['production'],
      STRIPE_SECRET_KEY: ['production'],
      STRIPE_WEBHOOK_SECRET: ['production'],
      DATADOG_API_KEY: ['production'],
      SLACK_WEBHOOK_URL: ['production', 'production'],
    },
    deploys: { deploy: 'environment: production' },
    links: [
      'STRIPE_SECRET_KEY -> payments-credentials/STRIPE_KEY',
      'STRIPE_WEBHOOK_SECRET -> payments-credentials/WEBHOOK_SECRET',
      'DATADOG_API_KEY -> datadog.apiKey',
    ],
  },
  'reusable-workflows/.github/workflows/deploy-reusable.yml': {
    names: ['DEPLOY_TOKEN', 'SENTRY_AUTH_TOKEN'],
    environments: { DEPLOY_TOKEN: ['-'], SENTRY_AUTH_TOKEN: ['-', '-'] },
    deploys: { deploy: 'environment: ${{ inputs.environment }}' },
    callSecrets: ['DEPLOY_TOKEN!', 'SENTRY_AUTH_TOKEN', 'SLACK_WEBHOOK'],
  },
  'reusable-workflows/.github/workflows/main.yml': {
    names: ['ORG_AUDIT_TOKEN', 'SENTRY_AUTH_TOKEN', 'STAGING_DEPLOY_TOKEN'],
    exposures: ['secrets: inherit production - 26:14'],
    deploys: {
      staging: 'calls ./.github/workflows/deploy-reusable.yml',
      production: 'calls ./.github/workflows/deploy-reusable.yml',
    },
  },
  'matrix-environments/.github/workflows/deploy.yml': {
    names: ['API_TOKEN', 'SMOKE_KEY'],
    environments: { API_TOKEN: ['staging', 'production', 'canary'], SMOKE_KEY: ['-'] },
  },
  'anchors/.github/workflows/ci.yml': {
    names: ['DEPLOY_KEY', 'TURBO_TOKEN'],
    environments: { TURBO_TOKEN: ['-', 'production'], DEPLOY_KEY: ['production', 'production-eu'] },
    deploys: { deploy: 'environment: production', 'deploy-eu': 'environment: production-eu' },
  },
  'composite-action/.github/workflows/build.yml': { names: ['REGISTRY_TOKEN'], deploys: {} },
  'python-package/.github/workflows/publish.yml': {
    names: ['PYPI_API_TOKEN'],
    environments: { PYPI_API_TOKEN: ['pypi'] },
    deploys: { 'pypi-publish': 'environment: pypi' },
    permissions: [{ contents: 'read' }, undefined, { 'id-token': 'write' }],
  },
  'docker-image/.github/workflows/docker.yml': {
    names: ['DOCKERHUB_TOKEN', 'GHCR_PULL_TOKEN', 'SENTRY_DSN', 'TEST_DB_PASSWORD'],
    deploys: { image: 'uses docker/build-push-action with push' },
  },
  'terraform-infra/.github/workflows/terraform.yml': {
    names: ['ARM_CLIENT_SECRET', 'PROD_SUBSCRIPTION_ID', 'TF_API_TOKEN'],
    exposures: ['toJSON(secrets) plan - 11:27'],
    deploys: { apply: 'runs terraform apply' },
    permissions: ['write-all', undefined, 'read-all'],
  },
  'monorepo-release/.github/workflows/release.yml': {
    names: ['ALGOLIA_ADMIN_KEY', 'GITHUB_TOKEN', 'NPM_TOKEN', 'SLACK_WEBHOOK', 'SLACK_WEBHOOK_RELEASES', 'TURBO_TOKEN'],
    deploys: { release: 'job id: release' },
    permissions: [{}, { contents: 'write', 'pull-requests': 'write' }, undefined],
    links: ['ALGOLIA_ADMIN_KEY -> ALGOLIA_ADMIN_KEY'],
  },
};

describe('fixture repositories: what each workflow yields', () => {
  it('lists every fixture workflow', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(WORKFLOWS.map((f) => `${f.repo}/${f.path}`).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, want) => {
    const file = WORKFLOWS.find((f) => `${f.repo}/${f.path}` === name)!;
    const got = summarise(extract(file.path, file.text));
    const defaults = { exposures: [], links: [], callSecrets: [] };
    const picked = Object.fromEntries(Object.keys({ ...defaults, ...want }).map((k) => [k, got[k as keyof Summary]]));
    expect(picked).toEqual({ ...defaults, ...want });
  });
});
