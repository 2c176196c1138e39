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
      name: "test-mode mismatch is no-dev-keys-in-prod's",
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'mismatch', reason: 'test-mode' } }],
    },
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
        },
      ],
    },
  ],
});
