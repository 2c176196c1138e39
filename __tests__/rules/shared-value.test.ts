// shared-value: keys (and committed literals) in different environments holding one value, compared by
// keyed hash; what is not this rule (one key in several environments, the same environment, unknown
// environments, placeholders, aliases already joined); one finding per group; values never in findings.
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/shared-value.js';
import { runRule, ruleTester } from './tester.js';

// NOTE: fake credentials, built from parts so that secret scanners do not flag this file.
const LIVE = 'sk_' + 'live_' + '4eC39HqLyjWDarjtT1zdp7dcShared';
const OTHER = 'sk_' + 'live_' + '9fK21LmNoPqRsTuVwXyZ0aBcOther';
const AWS_ID = 'AKIA' + 'Z7QW3ERT5YUI8OPL';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYzKeyShared01';
const PASSWORD = 'Tr0ub4dor&3-horse-battery';

const STAGING = 'staging .github/workflows/staging.yml:12:24';
const PROD = 'production .github/workflows/prod.yml:14:24';
const DEV = 'development .github/workflows/test.yml:9:20';

ruleTester(rule, {
  valid: [
    {
      name: 'different values in staging and production',
      keys: [
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: OTHER },
      ],
    },
    {
      name: 'the same value under two names in the same environment is a duplicate, not this rule',
      keys: [
        { name: 'STRIPE_KEY', uses: [PROD], value: LIVE },
        { name: 'PAYMENTS_STRIPE_KEY', uses: ['production .github/workflows/prod.yml:20:24'], value: LIVE },
      ],
    },
    {
      name: 'one key used in staging and production holds one value: nothing to compare',
      keys: [{ name: 'STRIPE_KEY', uses: [STAGING, PROD], value: LIVE }],
    },
    {
      name: 'aliases already joined into one key are one key',
      keys: [{ name: 'STRIPE_KEY', names: ['STRIPE_KEY', 'payments/STRIPE_KEY'], uses: [STAGING, PROD], value: LIVE }],
    },
    {
      name: 'an unknown environment is not a different environment',
      keys: [
        { name: 'STRIPE_KEY', uses: [PROD], value: LIVE },
        { name: 'OLD_STRIPE_KEY', uses: ['unknown .github/workflows/misc.yml:3:9'], value: LIVE },
      ],
    },
    {
      name: 'non-credential values stored as secrets (a region) are not compared',
      keys: [
        { name: 'STAGING_AWS_REGION', uses: [STAGING], value: 'eu-west-1' },
        { name: 'PROD_AWS_REGION', uses: [PROD], value: 'eu-west-1' },
      ],
    },
    {
      name: 'identifier-named secrets (an organization slug, a client id) are not compared',
      keys: [
        { name: 'STAGING_SENTRY_ORG', uses: [STAGING], value: 'acme-platform-team' },
        { name: 'PROD_SENTRY_ORG', uses: [PROD], value: 'acme-platform-team' },
        { name: 'STAGING_AZURE_CLIENT_ID', uses: [STAGING], value: '6f1c2d3e-4a5b-4c7d-8e9f-0a1b2c3d4e5f' },
        { name: 'PROD_AZURE_CLIENT_ID', uses: [PROD], value: '6f1c2d3e-4a5b-4c7d-8e9f-0a1b2c3d4e5f' },
      ],
    },
    {
      name: 'short given values under names that say nothing (a port, a short id) are not compared',
      keys: [
        { name: 'STAGING_PAYMENTS_KEY', uses: [STAGING], value: 'k3Lm9Pq2' },
        { name: 'PROD_PAYMENTS_KEY', uses: [PROD], value: 'k3Lm9Pq2' },
      ],
    },
    {
      name: 'placeholders under credential names are not compared',
      keys: [
        { name: 'STAGING_DB_PASSWORD', uses: [STAGING], value: 'changeme' },
        { name: 'PROD_DB_PASSWORD', uses: [PROD], value: 'changeme' },
      ],
    },
    {
      name: 'empty values (a fork run) are not compared',
      keys: [
        { name: 'STAGING_DB_PASSWORD', uses: [STAGING], value: '' },
        { name: 'PROD_DB_PASSWORD', uses: [PROD], value: '' },
      ],
    },
    {
      name: 'publishable keys are meant to be public',
      keys: [
        { name: 'STAGING_STRIPE_PUBLISHABLE_KEY', uses: [STAGING], value: 'pk_' + 'live_' + '51HqLyjWDarjtT1zdp7dc' },
        { name: 'PROD_STRIPE_PUBLISHABLE_KEY', uses: [PROD], value: 'pk_' + 'live_' + '51HqLyjWDarjtT1zdp7dc' },
      ],
    },
    {
      name: 'a gate on development: a value shared by staging and production is not this gate’s',
      environment: 'development',
      keys: [{ name: 'DEV_STRIPE_KEY', uses: [DEV], value: OTHER }],
      everyKey: [
        { name: 'DEV_STRIPE_KEY', uses: [DEV], value: OTHER },
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
      ],
    },
    {
      name: 'a key without a value says nothing',
      keys: [
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING] },
        { name: 'PROD_STRIPE_KEY', uses: [PROD] },
      ],
    },
  ],
  invalid: [
    {
      // Tried as a new user: a CI secret under a name that says nothing is still a secret.
      name: 'a given value under a name that says nothing (PAYMENTS_KEY) in staging and production',
      keys: [
        { name: 'STAGING_PAYMENTS_KEY', uses: [STAGING], value: 'Zq8Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2' },
        { name: 'PROD_PAYMENTS_KEY', uses: [PROD], value: 'Zq8Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2' },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_PAYMENTS_KEY (production) and STAGING_PAYMENTS_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          file: '.github/workflows/prod.yml',
          line: 14,
          column: 24,
          key: 'PROD_PAYMENTS_KEY',
          environment: 'production',
        },
      ],
    },
    {
      name: 'a staging and a production secret holding one value: one error naming both',
      keys: [
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          file: '.github/workflows/prod.yml',
          line: 14,
          column: 24,
          key: 'PROD_STRIPE_KEY',
          environment: 'production',
          evidence: [
            {
              fact: 'sameValue',
              value: 'PROD_STRIPE_KEY',
              source: 'value',
              detail: 'production; value from secrets-json',
            },
            {
              fact: 'sameValue',
              value: 'STAGING_STRIPE_KEY',
              source: 'value',
              detail: 'staging; value from secrets-json',
            },
          ],
        },
      ],
    },
    {
      name: 'three keys in three environments: one finding for the group',
      keys: [
        { name: 'DEV_DB_PASSWORD', uses: [DEV], value: PASSWORD },
        { name: 'STAGING_DB_PASSWORD', uses: [STAGING], value: PASSWORD },
        { name: 'PROD_DB_PASSWORD', uses: [PROD], value: PASSWORD },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_DB_PASSWORD (production), STAGING_DB_PASSWORD (staging) and DEV_DB_PASSWORD (development) hold the same value: one credential serves production, staging and development; issue a separate key for each environment',
          line: 14,
          column: 24,
          key: 'PROD_DB_PASSWORD',
        },
      ],
    },
    {
      name: 'two groups of values: one finding each',
      keys: [
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
        { name: 'STAGING_DB_PASSWORD', uses: ['staging .github/workflows/staging.yml:13:24'], value: PASSWORD },
        { name: 'PROD_DB_PASSWORD', uses: ['production .github/workflows/prod.yml:15:24'], value: PASSWORD },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          line: 14,
          column: 24,
        },
        {
          severity: 'error',
          message:
            'PROD_DB_PASSWORD (production) and STAGING_DB_PASSWORD (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          line: 15,
          column: 24,
        },
      ],
    },
    {
      name: 'AWS pairs sharing both halves are one finding for the pair of keys',
      keys: [
        {
          name: 'STAGING_AWS_ACCESS_KEY_ID',
          names: ['STAGING_AWS_ACCESS_KEY_ID', 'STAGING_AWS_SECRET_ACCESS_KEY'],
          uses: [STAGING],
          value: AWS_ID,
          companions: { secretAccessKey: AWS_SECRET },
        },
        {
          name: 'PROD_AWS_ACCESS_KEY_ID',
          names: ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_SECRET_ACCESS_KEY'],
          uses: [PROD],
          value: AWS_ID,
          companions: { secretAccessKey: AWS_SECRET },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_AWS_ACCESS_KEY_ID (production) and STAGING_AWS_ACCESS_KEY_ID (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          line: 14,
          column: 24,
        },
      ],
    },
    {
      name: 'AWS pairs sharing only the secret half are still one credential',
      keys: [
        {
          name: 'STAGING_AWS_ACCESS_KEY_ID',
          names: ['STAGING_AWS_ACCESS_KEY_ID', 'STAGING_AWS_SECRET_ACCESS_KEY'],
          uses: [STAGING],
          companions: { secretAccessKey: AWS_SECRET },
        },
        {
          name: 'PROD_AWS_ACCESS_KEY_ID',
          names: ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_SECRET_ACCESS_KEY'],
          uses: [PROD],
          companions: { secretAccessKey: AWS_SECRET },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_AWS_ACCESS_KEY_ID (production) and STAGING_AWS_ACCESS_KEY_ID (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          line: 14,
          column: 24,
        },
      ],
    },
    {
      name: 'committed literals: the same key name in .env.staging and .env.production with one value',
      keys: [
        {
          name: 'STRIPE_SECRET_KEY',
          uses: [
            { env: 'staging', at: '.env.staging:3:19', sourceKind: 'dotenv', literal: LIVE },
            { env: 'production', at: '.env.production:3:19', sourceKind: 'dotenv', literal: LIVE },
          ],
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'STRIPE_SECRET_KEY in .env.production (production) and STRIPE_SECRET_KEY in .env.staging (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          file: '.env.production',
          line: 3,
          column: 19,
          key: 'STRIPE_SECRET_KEY',
          evidence: [
            {
              fact: 'sameValue',
              value: 'STRIPE_SECRET_KEY',
              source: 'file',
              detail: 'production; committed at .env.production:3',
            },
            {
              fact: 'sameValue',
              value: 'STRIPE_SECRET_KEY',
              source: 'file',
              detail: 'staging; committed at .env.staging:3',
            },
          ],
        },
      ],
    },
    {
      name: 'a given production value committed in a development file',
      keys: [
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
        {
          name: 'STRIPE_KEY',
          uses: [{ env: 'development', at: 'docker-compose.dev.yml:8:20', sourceKind: 'compose', literal: LIVE }],
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_STRIPE_KEY (production) and STRIPE_KEY in docker-compose.dev.yml (development) hold the same value: one credential serves production and development; issue a separate key for each environment',
          line: 14,
          column: 24,
        },
      ],
    },
    {
      name: 'a gate on production (--environment) still compares with staging’s keys',
      environment: 'production',
      keys: [{ name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE }],
      everyKey: [
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          line: 14,
          column: 24,
          key: 'PROD_STRIPE_KEY',
          environment: 'production',
        },
      ],
    },
    {
      name: 'a gate on staging points at the staging key',
      environment: 'staging',
      keys: [{ name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE }],
      everyKey: [
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'STAGING_STRIPE_KEY (staging) and PROD_STRIPE_KEY (production) hold the same value: one credential serves staging and production; issue a separate key for each environment',
          file: '.github/workflows/staging.yml',
          line: 12,
          column: 24,
          key: 'STAGING_STRIPE_KEY',
          environment: 'staging',
        },
      ],
    },
    {
      name: 'a configured lower severity applies',
      severity: 'warning',
      keys: [
        { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
        { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
      ],
      errors: [
        {
          severity: 'warning',
          message:
            'PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
          line: 14,
          column: 24,
        },
      ],
    },
  ],
});

describe('shared-value keyed hash', () => {
  const keys = [
    { name: 'STAGING_STRIPE_KEY', uses: [STAGING], value: LIVE },
    { name: 'PROD_STRIPE_KEY', uses: [PROD], value: LIVE },
  ];

  it('puts no value, digest or hash of it in a finding, and runs the same whatever the run key', () => {
    const first = runRule(rule, { name: 'a', keys });
    const second = runRule(rule, { name: 'b', keys });
    // Findings are identical across runs: nothing derived from the random run key leaks into them.
    expect(first).toEqual(second);
    const text = JSON.stringify(first);
    expect(text).not.toMatch(/[0-9a-f]{32,}/);
    expect(text).not.toContain(LIVE.slice(8));
  });
});
