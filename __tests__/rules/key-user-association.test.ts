// key-user-association: invalid, malformed and mismatched smoke results, and inconclusive ones with `unknown: warn`.
import rule from '../../src/rules/key-user-association.js';
import { o, ruleTester } from './tester.js';

const PROD = 'production deploy/prod/app.yaml:21:15';
const github = o('provider', 'github', 'value');

ruleTester(rule, {
  valid: [
    {
      name: 'verified',
      keys: [{ name: 'K', uses: [PROD], obs: [github], smoke: { status: 'verified', reason: 'ok' }, withValue: true }],
    },
    { name: 'no smoke call', keys: [{ name: 'K', uses: [PROD], obs: [github] }] },
    { name: 'skipped', keys: [{ name: 'K', uses: [PROD], smoke: { status: 'skipped', reason: 'no-value' } }] },
    {
      name: 'unknown with fail: the engine exits 3, no finding',
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'unknown', reason: 'timeout' } }],
    },
    { name: 'key without uses', keys: [{ name: 'K', uses: [], smoke: { status: 'invalid', reason: 'revoked' } }] },
    {
      name: 'skipped with unknown: warn is not inconclusive',
      options: { unknown: 'warn' },
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'skipped', reason: 'no-value' } }],
    },
    {
      name: 'verified with unknown: warn',
      options: { unknown: 'warn' },
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'verified', reason: 'ok' } }],
    },
  ],
  invalid: [
    ...(
      [
        [
          'suspended',
          'the user associated with this key is deactivated, suspended or deleted at github (K); issue a new key from an active service account',
        ],
        [
          'deleted',
          'the user associated with this key is deactivated, suspended or deleted at github (K); issue a new key from an active service account',
        ],
        ['unknown-key', 'K is not known to github; check that the secret holds the right key'],
        ['constructor', 'K was rejected by github (constructor); issue a new key and update the secret'],
      ] as const
    ).map(([reason, message]) => ({
      name: `invalid (${reason})`,
      keys: [{ name: 'K', uses: [PROD], obs: [github], smoke: { status: 'invalid' as const, reason } }],
      errors: [{ severity: 'error' as const, message, line: 21, column: 15 }],
    })),
    {
      name: 'wrong account with neither a declared nor a returned principal',
      keys: [{ name: 'K', uses: [PROD], obs: [github], smoke: { status: 'mismatch', reason: 'wrong-account' } }],
      errors: [
        {
          severity: 'error',
          message: 'K belongs to another account at github, not the expected declared principal',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'wrong account: the principal evidence is kept',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [github, o('principal', 'acct_2Other', 'smoke')],
          decl: { principal: 'acct_1Live' },
          smoke: { status: 'mismatch', reason: 'wrong-account' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'K belongs to acct_2Other at github, not the expected acct_1Live',
          line: 21,
          column: 15,
          evidence: [
            { fact: 'smoke', value: 'mismatch', source: 'smoke', detail: 'wrong-account' },
            { fact: 'principal', value: 'acct_2Other', source: 'smoke' },
          ],
        },
      ],
    },
    {
      name: 'user deactivated',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [PROD],
          obs: [github],
          withValue: true,
          smoke: { status: 'invalid', reason: 'user-inactive', message: 'account suspended' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'the user associated with this key is deactivated, suspended or deleted at github (DEPLOY_TOKEN); issue a new key from an active service account',
          line: 21,
          column: 15,
          key: 'DEPLOY_TOKEN',
          environment: 'production',
          evidence: [{ fact: 'smoke', value: 'invalid', source: 'smoke', detail: 'user-inactive: account suspended' }],
        },
      ],
    },
    {
      name: 'a malformed value is reported, never passed',
      keys: [{ name: 'K', uses: [PROD], obs: [github], smoke: { status: 'malformed', reason: 'malformed' } }],
      errors: [
        {
          severity: 'error',
          message:
            'the value of K is not a well-formed github key (a stray newline, space or truncation?); it was not sent',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'revoked',
      keys: [{ name: 'K', uses: [PROD], obs: [github], smoke: { status: 'invalid', reason: 'revoked' } }],
      errors: [
        {
          severity: 'error',
          message: 'K was revoked at github; issue a new key and update the secret',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'expired, provider from the declaration',
      keys: [
        { name: 'K', uses: [PROD], decl: { provider: 'gitlab' }, smoke: { status: 'invalid', reason: 'expired' } },
      ],
      errors: [
        {
          severity: 'error',
          message: 'K has expired at gitlab; issue a new key and update the secret',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'other invalid reason, provider unknown',
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'invalid', reason: 'bad-signature' } }],
      errors: [
        {
          severity: 'error',
          message: 'K was rejected by its provider (bad-signature); issue a new key and update the secret',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'a reason named like an Object property',
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'invalid', reason: 'toString' } }],
      errors: [
        {
          severity: 'error',
          message: 'K was rejected by its provider (toString); issue a new key and update the secret',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'wrong account',
      keys: [
        {
          name: 'STRIPE_SECRET_KEY',
          uses: [PROD],
          obs: [o('provider', 'stripe', 'value'), o('principal', 'acct_1Other', 'smoke')],
          decl: { principal: 'acct_1Live' },
          smoke: { status: 'mismatch', reason: 'wrong-account', principal: { id: 'acct_1Other' } },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'STRIPE_SECRET_KEY belongs to acct_1Other at stripe, not the expected acct_1Live',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'a test-mode key where the production key is expected: reported here alone (SPEC section 5)',
      keys: [
        {
          name: 'STRIPE_SECRET_KEY',
          uses: ['staging deploy/staging/app.yaml:3:5', PROD],
          obs: [o('provider', 'stripe', 'value'), o('keyEnvironment', 'test', 'smoke', 'livemode false')],
          smoke: { status: 'mismatch', reason: 'test-mode', message: 'the provider says this is a test-mode key' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'STRIPE_SECRET_KEY is a test-mode key at stripe where the production key is expected; put the live key in the secret',
          file: 'deploy/prod/app.yaml',
          line: 21,
          column: 15,
          environment: 'production',
          evidence: [
            {
              fact: 'smoke',
              value: 'mismatch',
              source: 'smoke',
              detail: 'test-mode: the provider says this is a test-mode key',
            },
            { fact: 'keyEnvironment', value: 'test', source: 'smoke', detail: 'livemode false' },
          ],
        },
      ],
    },
    {
      name: 'an AWS pair of another account: one finding at the access key id, the secret line related',
      keys: [
        {
          name: 'PROD_AWS_ACCESS_KEY_ID',
          uses: [
            {
              env: 'production',
              at: '.github/workflows/release.yml:25:38',
              name: 'PROD_AWS_SECRET_ACCESS_KEY',
              context: { workflow: 'Release', job: 'release', step: 'step 4', via: 'with' },
            },
            {
              env: 'production',
              at: '.github/workflows/release.yml:24:34',
              context: { workflow: 'Release', job: 'release', step: 'step 4', via: 'with' },
            },
            {
              env: 'production',
              at: '.github/workflows/release.yml:60:30',
              context: { workflow: 'Release', job: 'publish', via: 'env' },
            },
          ],
          obs: [o('provider', 'aws', 'value'), o('principal', 'arn:aws:iam::999999999999:user/deploy-bot', 'smoke')],
          decl: { principal: 'arn:aws:iam::123456789012:*' },
          smoke: { status: 'mismatch', reason: 'wrong-account' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'PROD_AWS_ACCESS_KEY_ID belongs to arn:aws:iam::999999999999:user/deploy-bot at aws, not the expected arn:aws:iam::123456789012:*',
          file: '.github/workflows/release.yml',
          line: 24,
          column: 34,
          relatedLocations: [
            {
              file: '.github/workflows/release.yml',
              line: 25,
              column: 38,
              message: 'PROD_AWS_SECRET_ACCESS_KEY (of key PROD_AWS_ACCESS_KEY_ID) is used here too, in step 4',
            },
          ],
        },
      ],
    },
    {
      name: 'principal mismatch',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [github],
          smoke: { status: 'mismatch', reason: 'principal', principal: { login: 'alice' } },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'K is accepted by github but its principal is not the expected one (principal)',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'a working key whose account cannot pay (OpenAI insufficient_quota): an error, never inconclusive',
      keys: [
        {
          name: 'OPENAI_API_KEY',
          uses: [PROD],
          obs: [o('provider', 'openai', 'value')],
          smoke: {
            status: 'mismatch',
            reason: 'insufficient-quota',
            message: 'the account behind this key cannot pay',
          },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'the account behind OPENAI_API_KEY cannot pay at openai: the key works, but the provider refuses its calls (no quota or credit left)',
          line: 21,
          column: 15,
          evidence: [
            {
              fact: 'smoke',
              value: 'mismatch',
              source: 'smoke',
              detail: 'insufficient-quota: the account behind this key cannot pay',
            },
          ],
        },
      ],
    },
    {
      name: 'a value of another provider declared as this one (SPEC section 6): an error, it was sent nowhere',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [PROD],
          obs: [github],
          decl: { provider: 'cloudflare' },
          smoke: { status: 'mismatch', reason: 'declared-provider-differs' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'DEPLOY_TOKEN is declared as a cloudflare key, but its value is a github key; it was sent nowhere: fix the declaration or the secret',
          line: 21,
          column: 15,
        },
      ],
    },
    {
      name: 'unknown with warn: a warning at the primary use',
      options: { unknown: 'warn' },
      keys: [
        {
          name: 'K',
          uses: ['development dev.env:1:1', PROD],
          obs: [github],
          smoke: { status: 'unknown', reason: 'rate-limited' },
        },
      ],
      errors: [
        {
          severity: 'warning',
          message: 'could not confirm K with github (rate-limited); the smoke call was inconclusive',
          line: 21,
          column: 15,
          unconfirmed: true,
        },
      ],
    },
    {
      name: 'provider: none contradicted by the value',
      keys: [
        {
          name: 'DB_TOKEN',
          uses: [PROD],
          obs: [github],
          decl: { provider: 'none' },
          smoke: {
            status: 'mismatch',
            reason: 'declared-provider-differs',
            message: 'declared provider: none, but the value is a GitHub key (prefix ghp_); it was not sent',
          },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'DB_TOKEN is declared as provider: none, but its value is a github key; it was sent nowhere: fix the declaration or the secret',
          line: 21,
          column: 15,
        },
      ],
    },
  ],
});
