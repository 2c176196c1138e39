// Issue 17, "done when" for shared-value, tried as a new user would: one Stripe key stored as a staging
// and a production secret (--secrets-json, then --secrets-env), used by a staging and a production
// deploy workflow. Through the CLI's main(), every output format reports exactly one error naming both
// keys, and the canary scan finds neither the value nor any encoding of it anywhere.
import { describe, expect, it } from 'vitest';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { expectNoSecret, NOW, outputsOf, runEveryFormat, tempRepo } from '../security/support.js';

// NOTE: a fake Stripe live key, built from parts so that secret scanners do not flag this file.
const CANARY = 'sk_' + 'live_' + '51KbCanaryQ7vX2mN9pL4rT8wZ3yH6jS';

function deploy(environment: string, secret: string): string {
  return [
    `name: Deploy ${environment}`,
    'on: { push: { branches: [main] } }',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    `    environment: ${environment}`,
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    `          STRIPE_API_KEY: \${{ secrets.${secret} }}`,
    '',
  ].join('\n');
}

const REPO = {
  '.github/workflows/deploy-staging.yml': deploy('staging', 'STAGING_STRIPE_KEY'),
  '.github/workflows/deploy-production.yml': deploy('production', 'PROD_STRIPE_KEY'),
  // Rotation dates declared, so the only finding left to see is the shared value.
  'keybound.yml': [
    'version: 1',
    'keys:',
    '  STAGING_STRIPE_KEY: { rotated: 2026-11-01 }',
    '  PROD_STRIPE_KEY: { rotated: 2026-11-01 }',
    '',
  ].join('\n'),
};

const MESSAGE =
  'PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment';

describe.each([
  {
    how: '--secrets-json on stdin',
    args: ['--secrets-json', '-'],
    options: { stdin: JSON.stringify({ STAGING_STRIPE_KEY: CANARY, PROD_STRIPE_KEY: CANARY, OTHER: 'x' }) },
  },
  {
    how: '--secrets-json, checking production alone (--environment production)',
    args: ['--secrets-json', '-', '--environment', 'production'],
    options: { stdin: JSON.stringify({ STAGING_STRIPE_KEY: CANARY, PROD_STRIPE_KEY: CANARY }) },
  },
  {
    how: '--secrets-env',
    args: ['--secrets-env'],
    options: { env: { STAGING_STRIPE_KEY: CANARY, PROD_STRIPE_KEY: CANARY } },
  },
])('one value as a staging and a production secret ($how)', ({ args, options }) => {
  it('is one error naming both keys and neither value, in every output format', async () => {
    const root = tempRepo(REPO);
    const runs = await runEveryFormat(['check', root, ...args, '--now', NOW], options);
    for (const run of Object.values(runs)) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    }

    const report = JSON.parse(runs.json.stdout);
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(report.summary.error).toBe(1);
    expect(errors).toEqual([
      expect.objectContaining({
        ruleId: 'shared-value',
        severity: 'error',
        key: 'PROD_STRIPE_KEY',
        environment: 'production',
        message: MESSAGE,
        location: expect.objectContaining({ file: '.github/workflows/deploy-production.yml', line: 12, column: 31 }),
      }),
    ]);

    const sarif = JSON.parse(runs.sarif.stdout);
    const results = sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ruleId: 'shared-value', message: { text: MESSAGE } });
    const descriptor = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'shared-value');
    expect(descriptor.help.text).toContain('compared by a keyed hash');

    expect(runs.text.stdout).toContain(MESSAGE);
    expect(runs.text.stdout).toMatch(/\b1 error\b/);

    expect(runs.markdown.stdout).toContain('| 1 | 0 |');
    expect(runs.markdown.stdout.replace(/\\_/g, '_')).toContain(MESSAGE);

    const view = parseWorkflowCommands(runs.github.stdout);
    const annotations = view.shown.filter((c) => c.command === 'error');
    expect(annotations).toHaveLength(1);
    expect(annotations[0].data).toBe(MESSAGE);
    expect(annotations[0].properties).toMatchObject({ file: '.github/workflows/deploy-production.yml', line: '12' });

    expectNoSecret(outputsOf(runs), [CANARY]);
  });
});

describe('different values for staging and production', () => {
  it('are no finding', async () => {
    const root = tempRepo(REPO);
    const stdin = JSON.stringify({ STAGING_STRIPE_KEY: CANARY, PROD_STRIPE_KEY: `${CANARY.slice(0, -1)}Z` });
    const runs = await runEveryFormat(['check', root, '--secrets-json', '-', '--now', NOW], { stdin });
    const report = JSON.parse(runs.json.stdout);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'shared-value')).toEqual([]);
    expect(runs.json.code).toBe(0);
  });
});
