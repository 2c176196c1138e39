// service-account-bound: human principals, declared machine users, and gate-mode confirmation.
import rule from '../../src/rules/service-account-bound.js';
import { o, ruleTester } from './tester.js';

const PROD = 'production .github/workflows/deploy.yml:20:18';
const STAGING = 'staging .github/workflows/staging.yml:9:18';
const userToken = o('principalKind', 'human', 'value', 'a user account token');
const github = o('provider', 'github', 'value', 'prefix ghp_');
const stripe = o('provider', 'stripe', 'name', 'name STRIPE_KEY');
const machineUser = { principalKind: 'service' as const, principal: 'acme-deploy-*' };

ruleTester(rule, {
  valid: [
    {
      name: 'gate: a declared service key confirmed by a verified smoke call',
      mode: 'gate',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('principalKind', 'service', 'declared')],
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
    },
    {
      name: 'gate: the provider itself says service (smoke), whatever the status',
      mode: 'gate',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('principalKind', 'service', 'smoke', 'a bot')],
          smoke: { status: 'mismatch', reason: 'wrong-account' },
        },
      ],
    },
    {
      name: 'gate: a user account token declared a machine user, verified without a returned principal',
      mode: 'gate',
      keys: [
        {
          name: 'GH_TOKEN',
          uses: [PROD],
          obs: [userToken],
          decl: machineUser,
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
    },
    {
      name: 'gate: the provider says a user account, declared machine user whose principal matches',
      mode: 'gate',
      keys: [
        {
          name: 'GH_TOKEN',
          uses: [PROD],
          obs: [o('principalKind', 'human', 'smoke', 'GitHub type User'), o('principal', 'acme-deploy-bot', 'smoke')],
          decl: machineUser,
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
    },
    {
      name: 'app installation token',
      keys: [
        { name: 'APP_TOKEN', uses: [PROD], obs: [o('principalKind', 'service', 'value', 'an app installation token')] },
      ],
    },
    { name: 'unknown kind in audit mode', keys: [{ name: 'API_KEY', uses: [PROD] }] },
    {
      name: "gate: provider: none with a declared principal kind is confirmed by its owners' word",
      mode: 'gate',
      keys: [
        {
          name: 'DATABASE_PASSWORD',
          uses: [PROD],
          obs: [o('provider', 'none', 'declared'), o('principalKind', 'service', 'declared')],
          decl: { provider: 'none', principalKind: 'service', owner: 'data-platform', rotated: '2026-10-01' },
          smoke: { status: 'skipped', reason: 'unsupported' },
        },
      ],
    },
    {
      name: "gate: the job's own GITHUB_TOKEN is no key here, whatever a value says",
      mode: 'gate',
      keys: [{ name: 'GITHUB_TOKEN', uses: [PROD], obs: [github, userToken], withValue: true }],
    },
    {
      name: 'declared machine user in audit mode, no smoke',
      keys: [{ name: 'GH_TOKEN', uses: [PROD], obs: [userToken], decl: machineUser, withValue: true }],
    },
    {
      name: 'declared machine user, smoke principal matches the glob',
      keys: [
        {
          name: 'GH_TOKEN',
          uses: [PROD],
          obs: [userToken, o('principal', 'acme-deploy-bot', 'smoke')],
          decl: machineUser,
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
    },
    {
      name: 'gate: declared machine user confirmed by a verified smoke call',
      mode: 'gate',
      keys: [
        {
          name: 'GH_TOKEN',
          uses: [PROD],
          obs: [userToken],
          decl: machineUser,
          smoke: { status: 'verified', reason: 'ok', principal: { login: 'acme-deploy-1' } },
        },
      ],
    },
    {
      name: 'gate: service key format establishes the kind',
      mode: 'gate',
      keys: [{ name: 'SLACK_BOT', uses: [PROD], obs: [o('principalKind', 'service', 'value', 'a bot token')] }],
    },
    { name: 'gate: unknown kind outside production', mode: 'gate', keys: [{ name: 'API_KEY', uses: [STAGING] }] },
    {
      // Secrets that hold who, where or which: there is no principal to establish.
      name: 'gate: secrets that hold identifiers are no keys here',
      mode: 'gate',
      keys: ['AZURE_CLIENT_ID', 'SMTP_HOST', 'GHA_VPN_ID_PRODUCTION', 'NEXT_PUBLIC_TURNSTILE_SITE_KEY'].map((name) => ({
        name,
        uses: [PROD],
        smoke: { status: 'skipped' as const, reason: 'unsupported' },
      })),
    },
  ],
  invalid: [
    {
      name: 'a human kind only declared or named is a person, whatever principal-kind says',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('principalKind', 'human', 'name', 'named after a person')],
          decl: machineUser,
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'K is bound to a human user (named after a person); use a service account, bot or app for production',
          line: 20,
          column: 18,
        },
      ],
    },
    {
      name: 'a machine user declared without a principal: the provider saying "user" wins',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('principalKind', 'human', 'smoke', 'GitHub type User'), o('principal', 'octocat', 'smoke')],
          decl: { principalKind: 'service' },
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'K is bound to a human user (GitHub type User); use a service account, bot or app for production',
          line: 20,
          column: 18,
          evidence: [
            { fact: 'principalKind', value: 'human', source: 'smoke', detail: 'GitHub type User' },
            { fact: 'principal', value: 'octocat', source: 'smoke' },
            { fact: 'smoke', value: 'verified', source: 'smoke', detail: 'ok' },
          ],
        },
      ],
    },
    {
      name: 'gate: a principal kind the provider calls unknown',
      mode: 'gate',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('provider', 'github', 'value'), o('principalKind', 'unknown', 'smoke')],
          smoke: { status: 'unknown', reason: 'timeout' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'cannot establish that K is bound to a service account (principal kind unknown, smoke unknown: timeout); gate mode needs a verified smoke call',
          line: 20,
          column: 18,
          evidence: [
            { fact: 'principalKind', value: 'unknown', source: 'smoke' },
            { fact: 'smoke', value: 'unknown', source: 'smoke', detail: 'timeout' },
          ],
          unconfirmed: true,
        },
      ],
    },
    {
      name: 'user-account token in production',
      keys: [{ name: 'DEPLOY_TOKEN', uses: [PROD], obs: [userToken], withValue: true }],
      errors: [
        {
          severity: 'error',
          message:
            'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
          line: 20,
          column: 18,
          key: 'DEPLOY_TOKEN',
          environment: 'production',
          evidence: [{ fact: 'principalKind', value: 'human', source: 'value', detail: 'a user account token' }],
        },
      ],
    },
    {
      name: 'capped at warning outside production',
      keys: [{ name: 'DEPLOY_TOKEN', uses: [PROD, STAGING], obs: [userToken] }],
      errors: [
        {
          severity: 'error',
          message:
            'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
          line: 20,
          column: 18,
        },
        {
          severity: 'warning',
          message:
            'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for staging',
          line: 9,
          column: 18,
        },
      ],
    },
    {
      name: 'configured note stays a note outside production',
      severity: 'note',
      keys: [{ name: 'T', uses: [STAGING], obs: [o('principalKind', 'human', 'declared')] }],
      errors: [
        {
          severity: 'note',
          message:
            'T is bound to a human user (declared in keybound.yml); use a service account, bot or app for staging',
          line: 9,
          column: 18,
        },
      ],
    },
    {
      name: 'provider says a person: a service declaration does not override it',
      keys: [
        {
          name: 'AWS_KEY',
          uses: [PROD],
          obs: [o('principalKind', 'human', 'smoke', 'IAM user alice')],
          decl: { principalKind: 'service' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'AWS_KEY is bound to a human user (IAM user alice); use a service account, bot or app for production',
          line: 20,
          column: 18,
          // Read from the provider's answer: gives way when key-user-association reports that answer.
          repeatsSmoke: true,
        },
      ],
    },
    {
      name: 'declared machine user but the provider names someone else',
      keys: [
        {
          name: 'GH_TOKEN',
          uses: [PROD],
          obs: [userToken, o('principal', 'alice', 'smoke')],
          decl: machineUser,
          smoke: { status: 'mismatch', reason: 'principal' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'GH_TOKEN is declared as machine user acme-deploy-* but the provider says it belongs to alice',
          line: 20,
          column: 18,
          // The smoke call's own `wrong-account` comparison: key-user-association reports it.
          repeatsSmoke: true,
        },
      ],
    },
    {
      name: 'provider answers "a user account" and no principal is declared',
      keys: [
        {
          name: 'GL_TOKEN',
          uses: [PROD],
          obs: [o('principalKind', 'human', 'smoke', 'a user account (bot: false)')],
          decl: { principalKind: 'service' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'GL_TOKEN is bound to a human user (a user account (bot: false)); use a service account, bot or app for production',
          line: 20,
          column: 18,
        },
      ],
    },
    {
      name: 'a personal token read from its value stands when the key is also revoked, citing the smoke result',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [PROD],
          obs: [userToken],
          smoke: { status: 'invalid', reason: 'revoked' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
          line: 20,
          column: 18,
          evidence: [
            { fact: 'principalKind', value: 'human', source: 'value', detail: 'a user account token' },
            { fact: 'smoke', value: 'invalid', source: 'smoke', detail: 'revoked' },
          ],
          repeatsSmoke: false,
        },
      ],
    },
    {
      name: 'uses in one job are one finding at the first; the same key in another job is another',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [
            { env: 'production', at: '.github/workflows/deploy.yml:88:36', context: { job: 'deploy', step: 'Tag' } },
            { env: 'production', at: '.github/workflows/deploy.yml:17:38', context: { job: 'deploy', step: 'Push' } },
            { env: 'production', at: '.github/workflows/deploy.yml:120:20', context: { job: 'release' } },
          ],
          obs: [userToken],
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
          line: 17,
          column: 38,
          relatedLocations: [
            {
              file: '.github/workflows/deploy.yml',
              line: 88,
              column: 36,
              message: 'DEPLOY_TOKEN is used here too, in step Tag',
            },
          ],
        },
        {
          severity: 'error',
          message:
            'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
          line: 120,
          column: 20,
        },
      ],
    },
    {
      name: 'gate: unknown principal kind in production',
      mode: 'gate',
      keys: [
        { name: 'STRIPE_KEY', uses: [PROD, STAGING], obs: [stripe], smoke: { status: 'skipped', reason: 'no-value' } },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'cannot establish that STRIPE_KEY is bound to a service account (principal kind unknown, smoke skipped: no-value); gate mode needs a verified smoke call',
          line: 20,
          column: 18,
          unconfirmed: true,
        },
      ],
    },
    {
      name: 'gate: an identifier-like name whose value is a key is a key',
      mode: 'gate',
      keys: [
        {
          name: 'GCP_SERVICE_ACCOUNT',
          uses: [PROD],
          obs: [o('provider', 'gcp', 'value', 'a service_account JSON document')],
          smoke: { status: 'skipped', reason: 'no-value' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'cannot establish that GCP_SERVICE_ACCOUNT is bound to a service account (principal kind unknown, smoke skipped: no-value); gate mode needs a verified smoke call',
          line: 20,
          column: 18,
          unconfirmed: true,
        },
      ],
    },
    {
      name: 'gate: a key no provider can check, undeclared: the lines to add',
      mode: 'gate',
      keys: [{ name: 'DATABASE_PASSWORD', uses: [PROD], smoke: { status: 'skipped', reason: 'unsupported' } }],
      errors: [
        {
          severity: 'error',
          message:
            'cannot establish that DATABASE_PASSWORD is bound to a service account: no known provider can check it; if none can, add to keybound.yml: keys: { DATABASE_PASSWORD: { provider: none, principal-kind: service, owner: YOUR-TEAM, rotated: YYYY-MM-DD } }',
          line: 20,
          column: 18,
          unconfirmed: true,
        },
      ],
    },
    {
      name: 'gate: provider: none without principal-kind keeps what is declared in the lines to add',
      mode: 'gate',
      keys: [
        {
          name: 'DATABASE_PASSWORD',
          uses: [PROD],
          obs: [o('provider', 'none', 'declared')],
          decl: { provider: 'none', owner: 'data-platform' },
          smoke: { status: 'skipped', reason: 'no-value' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'cannot establish that DATABASE_PASSWORD is bound to a service account: no known provider can check it; if none can, add to keybound.yml: keys: { DATABASE_PASSWORD: { provider: none, principal-kind: service, owner: data-platform, rotated: YYYY-MM-DD } }',
          line: 20,
          column: 18,
          unconfirmed: true,
        },
      ],
    },
    {
      name: 'gate: declared machine user not confirmed',
      mode: 'gate',
      keys: [{ name: 'GH_TOKEN', uses: [PROD], obs: [github, userToken], decl: machineUser }],
      errors: [
        {
          severity: 'error',
          message:
            'cannot establish that GH_TOKEN is bound to a service account (a user account token declared as a machine user, no smoke call); gate mode needs a verified smoke call',
          line: 20,
          column: 18,
        },
      ],
    },
    {
      name: 'gate: service kind only declared',
      mode: 'gate',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [stripe, o('principalKind', 'service', 'declared')],
          smoke: { status: 'unknown', reason: 'timeout' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message:
            'cannot establish that K is bound to a service account (principal kind service declared in keybound.yml, smoke unknown: timeout); gate mode needs a verified smoke call',
          line: 20,
          column: 18,
        },
      ],
    },
  ],
});
