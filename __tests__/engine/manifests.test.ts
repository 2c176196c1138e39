// Issue 3, end to end: the real check() over fixture repositories with kustomize overlays, a Helm chart,
// a compose stack, a .env.production, a committed Secret and a workflow feeding a Secret with kubectl.
// Exact uses, keys and findings; then every output format is searched for the fake key values and
// their encodings.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/engine.js';
import { FORMATS, formatReport } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';

const REPOS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/repos');
const NOW = '2026-11-22';

/** The fake key values planted in the fixtures (random-looking, never real). */
const FAKE_VALUES: Record<string, string[]> = {
  'manifests-kustomize': [],
  'manifests-helm': ['sk_live_u8jzPde0IgxLd6GncfBAepfJBd0K', 'h8oO+OL8d/KLzd&ocJ2"isAj%Kt'],
  'manifests-compose': ['gLKOmxgJTeKdNnFRIBXu'],
  'manifests-dotenv': ['sk_test_lSXpfKtHF4vUCsMehGAkWvj7FAc9'],
  'manifests-secret': ['sk_live_QeWJKY40uvSwMFLZDe1f8rESQedU'],
  'manifests-kubectl': [],
};

async function run(name: string): Promise<CheckResult> {
  return check({
    root: join(REPOS, name),
    mode: 'audit',
    smoke: false,
    secrets: new Map(),
    now: NOW,
    failOn: 'error',
  });
}

interface Expected {
  /** Key name -> aliases (absent when none) and its uses as `name file:line:column environment/source`. */
  keys: Record<string, { aliases?: string[]; environments: string[]; uses: string[] }>;
  /** `ruleId severity file:line:column key`. */
  findings: string[];
}

const CASES: Record<string, Expected> = {
  'manifests-kustomize': {
    keys: {
      'payments-credentials/STRIPE_KEY': {
        environments: ['development', 'production', 'staging'],
        uses: [
          // overlays/dev has no namespace: its folder decides.
          'payments-credentials/STRIPE_KEY k8s/base/deployment.yaml:14:17 development/path',
          'payments-credentials/STRIPE_KEY k8s/base/deployment.yaml:14:17 production/namespace',
          'payments-credentials/STRIPE_KEY k8s/base/deployment.yaml:14:17 staging/namespace',
        ],
      },
    },
    findings: ['rotation-age note k8s/base/deployment.yaml:14:17 payments-credentials/STRIPE_KEY'],
  },
  'manifests-helm': {
    keys: {
      'payments-stripe': {
        environments: ['unknown'],
        uses: ['payments-stripe charts/payments/values.yaml:4:3 unknown/none'],
      },
      'payments-stripe-live': {
        environments: ['production'],
        uses: ['payments-stripe-live charts/payments/values-prod.yaml:4:3 production/path'],
      },
      'postgresql.auth.password': {
        environments: ['production'],
        uses: ['postgresql.auth.password charts/payments/values-prod.yaml:7:5 production/path'],
      },
      'stripe.apiKey': {
        environments: ['production'],
        uses: ['stripe.apiKey charts/payments/values-prod.yaml:3:3 production/path'],
      },
    },
    findings: [
      'plaintext-secret error charts/payments/values-prod.yaml:3:3 stripe.apiKey',
      'plaintext-secret error charts/payments/values-prod.yaml:7:5 postgresql.auth.password',
      'rotation-age note charts/payments/values-prod.yaml:3:3 stripe.apiKey',
      'rotation-age note charts/payments/values-prod.yaml:4:3 payments-stripe-live',
      'rotation-age note charts/payments/values-prod.yaml:7:5 postgresql.auth.password',
      'rotation-age note charts/payments/values.yaml:4:3 payments-stripe',
    ],
  },
  'manifests-compose': {
    keys: {
      POSTGRES_PASSWORD: {
        environments: ['unknown'],
        uses: [
          'POSTGRES_PASSWORD .env:2:1 unknown/none',
          'POSTGRES_PASSWORD docker-compose.yml:8:36 unknown/none',
          'POSTGRES_PASSWORD docker-compose.yml:13:9 unknown/none',
        ],
      },
      STRIPE_SECRET_KEY: {
        environments: ['unknown'],
        uses: ['STRIPE_SECRET_KEY docker-compose.yml:9:7 unknown/none'],
      },
    },
    findings: [
      'plaintext-secret note .env:2:1 POSTGRES_PASSWORD',
      'rotation-age note .env:2:1 POSTGRES_PASSWORD',
      'rotation-age note docker-compose.yml:9:7 STRIPE_SECRET_KEY',
    ],
  },
  'manifests-dotenv': {
    keys: {
      STRIPE_SECRET_KEY: {
        environments: ['production'],
        uses: ['STRIPE_SECRET_KEY app/.env.production:4:1 production/path'],
      },
    },
    findings: [
      'no-dev-keys-in-prod error app/.env.production:4:1 STRIPE_SECRET_KEY',
      'plaintext-secret error app/.env.production:4:1 STRIPE_SECRET_KEY',
      'rotation-age note app/.env.production:4:1 STRIPE_SECRET_KEY',
    ],
  },
  'manifests-secret': {
    keys: {
      'payments-credentials/STRIPE_KEY': {
        environments: ['production'],
        uses: ['payments-credentials/STRIPE_KEY k8s/payments-secret.yaml:8:3 production/namespace'],
      },
      'payments-credentials/WEBHOOK_URL': {
        environments: ['production'],
        uses: ['payments-credentials/WEBHOOK_URL k8s/payments-secret.yaml:9:3 production/namespace'],
      },
    },
    findings: [
      'plaintext-secret error k8s/payments-secret.yaml:8:3 payments-credentials/STRIPE_KEY',
      'rotation-age note k8s/payments-secret.yaml:8:3 payments-credentials/STRIPE_KEY',
      'rotation-age note k8s/payments-secret.yaml:9:3 payments-credentials/WEBHOOK_URL',
    ],
  },
  'manifests-kubectl': {
    keys: {
      PROD_API_TOKEN: {
        aliases: ['app-credentials/API_TOKEN'],
        environments: ['production'],
        uses: [
          'PROD_API_TOKEN .github/workflows/deploy.yml:15:86 production/github-environment',
          'app-credentials/API_TOKEN deploy/prod/deployment.yaml:15:17 production/path',
        ],
      },
    },
    findings: ['rotation-age note .github/workflows/deploy.yml:15:86 PROD_API_TOKEN'],
  },
};

const results = new Map<string, CheckResult>();

beforeAll(async () => {
  for (const name of Object.keys(CASES)) results.set(name, await run(name));
});

describe('check() over manifest repositories', () => {
  it.each(Object.entries(CASES))('%s: keys and their uses', (name, expected) => {
    const { report } = results.get(name)!;
    const keys = Object.fromEntries(
      report.keys.map((k) => [
        k.name,
        {
          ...(k.aliases ? { aliases: k.aliases } : {}),
          environments: k.environments,
          uses: k.uses.map((u) => `${u.name} ${u.file}:${u.line}:${u.column} ${u.environment}/${u.environmentSource}`),
        },
      ]),
    );
    expect(keys).toEqual(expected.keys);
    expect(report.summary.keys).toBe(Object.keys(expected.keys).length);
  });

  it.each(Object.entries(CASES))('%s: findings', (name, expected) => {
    const { report } = results.get(name)!;
    const findings = report.findings.map(
      (f) => `${f.ruleId} ${f.severity} ${f.location.file}:${f.location.line}:${f.location.column} ${f.key}`,
    );
    expect(findings).toEqual(expected.findings);
    expect(report.diagnostics).toEqual([]);
    expect(report.verdict).toBe(expected.findings.some((f) => f.includes(' error ')) ? 'fail' : 'pass');
  });

  it('the .env.production test key: no-dev-keys-in-prod says why, plaintext-secret says what', () => {
    const { report } = results.get('manifests-dotenv')!;
    expect(report.findings.slice(0, 2).map((f) => [f.ruleId, f.environment, f.message])).toEqual([
      [
        'no-dev-keys-in-prod',
        'production',
        'STRIPE_SECRET_KEY is a test-mode key (prefix sk_test_) used in production',
      ],
      [
        'plaintext-secret',
        'production',
        'STRIPE_SECRET_KEY holds a Stripe test secret key committed in plain text in this file (deployed to production, by its path); move it to a secret store and reference it',
      ],
    ]);
  });

  it('the committed live Secret is a Stripe live secret key in production', () => {
    const { report } = results.get('manifests-secret')!;
    expect(report.findings[0]).toMatchObject({
      environment: 'production',
      message:
        'payments-credentials/STRIPE_KEY holds a Stripe live secret key committed in plain text in this file (a live key: anyone who can read this file can use it); move it to a secret store and reference it',
      evidence: [
        { fact: 'provider', value: 'stripe', source: 'value', detail: 'secret, live' },
        { fact: 'source', value: 'kubernetes', source: 'file', detail: 'stringData' },
        { fact: 'place', value: 'production', source: 'file', detail: 'deployed to production, by its namespace' },
      ],
    });
  });

  it('uses carry their source kind and context', () => {
    const { report } = results.get('manifests-kubectl')!;
    expect(report.keys[0].uses.map((u) => [u.sourceKind, u.context?.via])).toEqual([
      ['github-workflow', 'run'],
      ['kubernetes', 'secretKeyRef'],
    ]);
  });
});

/** The forms of a value that must never reach output. */
function encodings(value: string): Record<string, string> {
  const bytes = Buffer.from(value, 'utf8');
  return {
    raw: value,
    base64: bytes.toString('base64'),
    base64url: bytes.toString('base64url'),
    hex: bytes.toString('hex'),
    HEX: bytes.toString('hex').toUpperCase(),
    url: encodeURIComponent(value),
    json: JSON.stringify(value).slice(1, -1),
  };
}

describe('no fake key value reaches any output', () => {
  const rows = Object.entries(FAKE_VALUES).flatMap(([repo, values]) =>
    FORMATS.map((format) => ({ repo, format, values })),
  );

  it.each(rows)('$repo as $format', ({ repo, format, values }) => {
    const { report, redactor } = results.get(repo)!;
    const output = redactor.redact(formatReport(report, format, { rules: RULES.map((r) => r.meta) }));
    expect(output.length).toBeGreaterThan(0);
    for (const value of values) {
      for (const [form, encoded] of Object.entries(encodings(value))) {
        expect(output.includes(encoded), `${form} form of a planted value`).toBe(false);
      }
    }
  });

  it.each(Object.entries(FAKE_VALUES).filter(([, values]) => values.length > 0))(
    '%s: the redactor knows every planted value',
    (repo, values) => {
      const { redactor } = results.get(repo)!;
      for (const value of values) expect(redactor.redact(`<${value}>`)).toBe('<[redacted]>');
    },
  );

  it('plain configuration values are not treated as secrets', () => {
    const { redactor } = results.get('manifests-dotenv')!;
    expect(redactor.redact('https://shop.acme.test')).toBe('https://shop.acme.test');
  });
});
