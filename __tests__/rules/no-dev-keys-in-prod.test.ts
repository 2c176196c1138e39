// no-dev-keys-in-prod: production uses of keys that any fact marks as another environment's.
import rule from '../../src/rules/no-dev-keys-in-prod.js';
import { o, ruleTester, type UseSpec } from './tester.js';

const PROD = 'production deploy/prod/app.yaml:12:15';
const STAGING_NAME = o('keyEnvironment', 'staging', 'name', 'name part STAGING');
const HONEYCOMB = o('provider', 'honeycomb', 'value', 'prefix hc');
const HONEYCOMB_DEV = o('keyEnvironment', 'development', 'smoke', 'Honeycomb /1/auth environment "Development"');
const DOPPLER = o('provider', 'doppler', 'value', 'prefix dp.st.dev');
const DOPPLER_DEV = o('keyEnvironment', 'development', 'value', 'prefix dp.st.dev');
/** A use in a production job of deploy.yml, at `line:column`. */
const inJob = (job: string, position: string, name?: string): UseSpec => ({
  env: 'production',
  at: `.github/workflows/deploy.yml:${position}`,
  context: { workflow: 'Deploy', job, step: `Deploy ${position.split(':')[0]}`, via: 'env' },
  ...(name ? { name } : {}),
});

ruleTester(rule, {
  valid: [
    {
      name: 'live value in production',
      keys: [{ name: 'STRIPE_SECRET_KEY', uses: [PROD], obs: [o('keyEnvironment', 'live', 'value')] }],
    },
    {
      name: 'declared production key',
      keys: [{ name: 'API_KEY', uses: [PROD], obs: [o('keyEnvironment', 'production', 'declared')] }],
    },
    { name: 'no keyEnvironment facts', keys: [{ name: 'API_KEY', uses: [PROD] }] },
    {
      name: 'staging key used only in staging',
      keys: [
        {
          name: 'STAGING_KEY',
          uses: ['staging deploy/staging/app.yaml:3:5'],
          obs: [o('keyEnvironment', 'staging', 'name', 'name part STAGING')],
        },
      ],
    },
    {
      name: 'smoke mismatch for another reason',
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'mismatch', reason: 'principal' } }],
    },
    {
      name: 'a live literal in .env.production',
      keys: [
        {
          name: 'STRIPE_SECRET_KEY',
          uses: [
            {
              env: 'production',
              at: '.env.production:4:1',
              sourceKind: 'dotenv',
              literal: `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
            },
          ],
        },
      ],
    },
    {
      name: 'smoke verified',
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'verified', reason: 'ok' }, withValue: true }],
    },
    {
      name: 'a key its provider places in production',
      keys: [
        {
          name: 'HONEYCOMB_API_KEY',
          uses: [PROD],
          obs: [HONEYCOMB, o('keyEnvironment', 'production', 'smoke', 'Honeycomb /1/auth environment "Production"')],
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
    },
    {
      name: 'a development key its provider places in development, used only there',
      keys: [{ name: 'DOPPLER_TOKEN', uses: ['development deploy/dev/app.yaml:3:5'], obs: [DOPPLER, DOPPLER_DEV] }],
    },
    {
      name: 'a staging-named key the owners declared production',
      keys: [
        {
          name: 'STAGING_STRIPE_KEY',
          uses: [PROD],
          obs: [
            STAGING_NAME,
            o('keyEnvironment', 'production', 'declared', 'config keys.STAGING_STRIPE_KEY.environment'),
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'a test-mode literal committed in .env.production is judged at its own line',
      keys: [
        {
          name: 'STRIPE_SECRET_KEY',
          uses: [
            {
              env: 'production',
              at: '.env.production:4:1',
              sourceKind: 'dotenv',
              literal: `sk_test_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
            },
            {
              env: 'development',
              at: '.env.development:2:1',
              sourceKind: 'dotenv',
              literal: `sk_test_${'9fB27KmQwZx4TyNc81uVbLa0'}`,
            },
          ],
          obs: [o('keyEnvironment', 'production', 'declared')],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'STRIPE_SECRET_KEY is a test-mode key (prefix sk_test_) used in production',
          file: '.env.production',
          line: 4,
          column: 1,
          evidence: [{ fact: 'keyEnvironment', value: 'test', source: 'value', detail: 'prefix sk_test_' }],
        },
      ],
    },
    {
      name: 'staging-named key in production',
      keys: [
        {
          name: 'STAGING_STRIPE_KEY',
          uses: [PROD],
          obs: [o('keyEnvironment', 'staging', 'name', 'name part STAGING')],
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'STAGING_STRIPE_KEY is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_STRIPE_KEY.environment: production in keybound.yml',
          file: 'deploy/prod/app.yaml',
          line: 12,
          column: 15,
          key: 'STAGING_STRIPE_KEY',
          environment: 'production',
          evidence: [{ fact: 'keyEnvironment', value: 'staging', source: 'name', detail: 'name part STAGING' }],
        },
      ],
    },
    {
      name: 'test-mode value disagrees with a live-named key: strongest source speaks',
      keys: [
        {
          name: 'STRIPE_SECRET_KEY',
          uses: [PROD],
          withValue: true,
          obs: [
            o('keyEnvironment', 'production', 'declared'),
            o('keyEnvironment', 'test', 'value', 'value prefix sk_test_'),
          ],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'STRIPE_SECRET_KEY is a test-mode key (value prefix sk_test_) used in production',
          line: 12,
          column: 15,
          evidence: [{ fact: 'keyEnvironment', value: 'test', source: 'value', detail: 'value prefix sk_test_' }],
        },
      ],
    },
    {
      name: 'a losing name observation still counts (live value, DEV_ name)',
      keys: [
        {
          name: 'DEV_API_KEY',
          uses: [PROD],
          obs: [o('keyEnvironment', 'live', 'value'), o('keyEnvironment', 'development', 'name', 'name part DEV')],
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'DEV_API_KEY is a development key (name part DEV) used in production',
          line: 12,
          column: 15,
        },
      ],
    },
    {
      name: 'declared custom environment, no detail',
      keys: [{ name: 'EU_KEY', uses: [PROD], obs: [o('keyEnvironment', 'eu-sandbox', 'declared')] }],
      errors: [
        {
          severity: 'error',
          message: 'EU_KEY is an eu-sandbox key (declared in keybound.yml) used in production',
          line: 12,
          column: 15,
        },
      ],
    },
    {
      name: 'one finding per production use, none for the staging use',
      keys: [
        {
          name: 'STAGING_TOKEN',
          uses: ['staging deploy/staging/a.yaml:1:1', PROD, 'production .github/workflows/deploy.yml:30:20'],
          obs: [o('keyEnvironment', 'staging', 'name', 'name part STAGING')],
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'STAGING_TOKEN is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_TOKEN.environment: production in keybound.yml',
          file: 'deploy/prod/app.yaml',
          line: 12,
          column: 15,
        },
        {
          severity: 'error',
          message:
            'STAGING_TOKEN is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_TOKEN.environment: production in keybound.yml',
          file: '.github/workflows/deploy.yml',
          line: 30,
          column: 20,
        },
      ],
    },
    {
      name: 'smoke says wrong account, no environment fact: gives way to key-user-association',
      keys: [{ name: 'OPENAI_API_KEY', uses: [PROD], smoke: { status: 'mismatch', reason: 'wrong-account' } }],
      errors: [
        {
          severity: 'error',
          message:
            'OPENAI_API_KEY is used in production but the provider says it is not the production key (wrong-account)',
          line: 12,
          column: 15,
          evidence: [{ fact: 'smoke', value: 'mismatch', source: 'smoke', detail: 'wrong-account' }],
          repeatsSmoke: true,
        },
      ],
    },
    {
      name: 'a test-mode value the provider confirms: the smoke result is the finding',
      keys: [
        {
          name: 'STRIPE_SECRET_KEY',
          uses: [PROD],
          withValue: true,
          obs: [o('keyEnvironment', 'test', 'value', 'prefix sk_test_'), o('keyEnvironment', 'test', 'smoke')],
          smoke: { status: 'mismatch', reason: 'test-mode' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'STRIPE_SECRET_KEY is a test-mode key (the provider says so) used in production',
          line: 12,
          column: 15,
          repeatsSmoke: true,
        },
      ],
    },
    {
      name: 'a staging-named key that is also revoked: stands, citing the smoke result',
      keys: [
        {
          name: 'STAGING_TOKEN',
          uses: [PROD],
          obs: [STAGING_NAME],
          smoke: { status: 'invalid', reason: 'revoked' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'STAGING_TOKEN is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_TOKEN.environment: production in keybound.yml',
          line: 12,
          column: 15,
          evidence: [
            { fact: 'keyEnvironment', value: 'staging', source: 'name', detail: 'name part STAGING' },
            { fact: 'smoke', value: 'invalid', source: 'smoke', detail: 'revoked' },
          ],
          repeatsSmoke: false,
        },
      ],
    },
    {
      name: 'uses in one job are one finding at the first, the others related; another job is its own',
      keys: [
        {
          name: 'STAGING_TOKEN',
          uses: [inJob('deploy', '40:20'), inJob('deploy', '17:38'), inJob('deploy', '88:36'), inJob('smoke', '95:15')],
          obs: [STAGING_NAME],
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'STAGING_TOKEN is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_TOKEN.environment: production in keybound.yml',
          file: '.github/workflows/deploy.yml',
          line: 17,
          column: 38,
          relatedLocations: [
            {
              file: '.github/workflows/deploy.yml',
              line: 40,
              column: 20,
              message: 'STAGING_TOKEN is used here too, in step Deploy 40',
            },
            {
              file: '.github/workflows/deploy.yml',
              line: 88,
              column: 36,
              message: 'STAGING_TOKEN is used here too, in step Deploy 88',
            },
          ],
        },
        {
          severity: 'error',
          message:
            'STAGING_TOKEN is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_TOKEN.environment: production in keybound.yml',
          file: '.github/workflows/deploy.yml',
          line: 95,
          column: 15,
        },
      ],
    },
    {
      name: 'an environment named like an Object property',
      keys: [{ name: 'K', uses: [PROD], obs: [o('keyEnvironment', 'constructor', 'declared')] }],
      errors: [
        {
          severity: 'error',
          message: 'K is a constructor key (declared in keybound.yml) used in production',
          line: 12,
          column: 15,
        },
      ],
    },
    {
      name: 'a key Honeycomb places in Development: the provider is named as the source, no smoke mismatch',
      keys: [
        {
          name: 'HONEYCOMB_API_KEY',
          uses: [PROD],
          obs: [HONEYCOMB, HONEYCOMB_DEV],
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'HONEYCOMB_API_KEY is used in production, but Honeycomb places it in development (Honeycomb /1/auth environment "Development"); deploy the production key',
          line: 12,
          column: 15,
          evidence: [{ ...HONEYCOMB_DEV }, { fact: 'smoke', value: 'verified', source: 'smoke', detail: 'ok' }],
          repeatsSmoke: false,
        },
      ],
    },
    {
      name: 'a Doppler dp.st.dev. token, offline: Doppler named, from the value',
      keys: [{ name: 'DOPPLER_TOKEN', uses: [PROD], obs: [DOPPLER, DOPPLER_DEV] }],
      errors: [
        {
          severity: 'error',
          message:
            'DOPPLER_TOKEN is used in production, but Doppler places it in development (prefix dp.st.dev); deploy the production key',
          line: 12,
          column: 15,
          evidence: [{ ...DOPPLER_DEV }],
        },
      ],
    },
    {
      name: 'the provider’s placement beats the owners’ declaration and the name',
      keys: [
        {
          name: 'PROD_HONEYCOMB_API_KEY',
          uses: [PROD],
          obs: [
            HONEYCOMB,
            o('keyEnvironment', 'production', 'name', 'name part PROD'),
            o('keyEnvironment', 'production', 'declared', 'config keys.PROD_HONEYCOMB_API_KEY.environment'),
            o('keyEnvironment', 'staging', 'smoke', 'Honeycomb /1/auth environment "Staging"'),
          ],
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_HONEYCOMB_API_KEY is used in production, but Honeycomb places it in staging (Honeycomb /1/auth environment "Staging"); deploy the production key',
          line: 12,
          column: 15,
        },
      ],
    },
    {
      name: 'a provider placement with no provider fact names "its provider"',
      keys: [{ name: 'K', uses: [PROD], obs: [DOPPLER_DEV] }],
      errors: [
        {
          severity: 'error',
          message:
            'K is used in production, but its provider places it in development (prefix dp.st.dev); deploy the production key',
          line: 12,
          column: 15,
        },
      ],
    },
    {
      name: 'configured as warning',
      severity: 'warning',
      keys: [{ name: 'K_TEST', uses: [PROD], obs: [o('keyEnvironment', 'test', 'name', 'name part TEST')] }],
      errors: [
        {
          severity: 'warning',
          message:
            'K_TEST is used in production and only its name says it is a test-mode key (name part TEST); if it is the production key, declare keys.K_TEST.environment: production in keybound.yml',
          line: 12,
          column: 15,
        },
      ],
    },
  ],
});
