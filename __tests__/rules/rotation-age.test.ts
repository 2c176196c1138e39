// rotation-age: age tiers by the best date fact, expiry, missing and unreadable dates, short-lived keys.
import { describe, expect, it } from 'vitest';
import type { KeyDeclaration } from '../../src/core/types.js';
import rule, { rotationChartLimits } from '../../src/rules/rotation-age.js';
import { o, ruleTester } from './tester.js';

// now = 2026-11-22 (tester default)
const PROD = 'production deploy/prod/app.yaml:8:11';

ruleTester(rule, {
  valid: [
    {
      name: "the job's own GITHUB_TOKEN has no age, even with a value that looks like a personal token",
      keys: [{ name: 'GITHUB_TOKEN', uses: [PROD], obs: [o('keyType', 'classic-pat', 'value')] }],
    },
    { name: 'rotated recently', keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-10-01', 'platform')] }] },
    {
      name: 'one day short of the warning',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-09-09', 'declared')] }],
    },
    {
      name: 'app installation tokens are short-lived',
      keys: [{ name: 'K', uses: [PROD], obs: [o('keyType', 'app-installation', 'value')] }],
    },
    // Issue 11: identifiers are not rotated, so no "no rotation date" note for them.
    ...[
      'GCP_SERVICE_ACCOUNT',
      'GCP_WORKLOAD_IDENTITY_PROVIDER',
      'DOCKERHUB_USERNAME',
      'NEXUS_USER',
      'MIRROR_R2_BUCKET_NAME',
      'CLOUDFLARE_ACCOUNT_ID',
      'tls/tls.crt',
      'GHA_VPN_ID_PRODUCTION',
      'DISABLE_AUTH',
      'jwt-key/jwtRS256.key.pub',
    ].map((name) => ({ name: `an identifier without a date: ${name}`, keys: [{ name, uses: [PROD] }] })),
    {
      name: 'AWS temporary credentials are short-lived',
      keys: [
        { name: 'K', uses: [PROD], obs: [o('keyType', 'temporary', 'value'), o('created', '2020-01-01', 'platform')] },
      ],
    },
    {
      name: 'rotated beats an old created date',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('created', '2024-01-01', 'platform'), o('rotated', '2026-11-01', 'declared')],
        },
      ],
    },
    {
      name: 'expiry beyond the warning window',
      keys: [
        { name: 'K', uses: [PROD], obs: [o('rotated', '2026-11-01', 'platform'), o('expires', '2026-12-07', 'smoke')] },
      ],
    },
    { name: 'a key with no uses is not reported', keys: [{ name: 'K', uses: [] }] },
    {
      name: 'a key with its own looser limit (keys.NAME.max-age-days) is not reported at the rule’s',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-07-25', 'platform')], decl: { maxAgeDays: 365 } }],
    },
    {
      name: 'a key with its own looser limit keeps the rule’s 15-day warning distance',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-01-01', 'platform')], decl: { maxAgeDays: 365 } }],
    },
    {
      name: 'expiry beyond a shorter lead time (expiry-warn-days)',
      options: { 'expiry-warn-days': 7 },
      keys: [
        { name: 'K', uses: [PROD], obs: [o('rotated', '2026-11-01', 'platform'), o('expires', '2026-11-30', 'smoke')] },
      ],
    },
    {
      name: 'raised warning threshold',
      options: { 'warn-age-days': 85 },
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-09-01', 'platform')] }],
    },
  ],
  invalid: [
    {
      name: 'past the limit: configured severity',
      keys: [
        {
          name: 'DEPLOY_TOKEN',
          uses: [PROD],
          obs: [o('rotated', '2026-07-25', 'platform', 'updated_at')],
          withValue: true,
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'DEPLOY_TOKEN was last rotated 120 days ago (2026-07-25); rotate it: the limit is 90 days',
          line: 8,
          column: 11,
          evidence: [{ fact: 'rotated', value: '2026-07-25', source: 'platform', detail: 'updated_at; 120 days old' }],
        },
      ],
    },
    {
      name: 'exactly at the limit',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-08-24', 'declared')] }],
      errors: [
        {
          severity: 'error',
          message: 'K was last rotated 90 days ago (2026-08-24); rotate it: the limit is 90 days',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'exactly at the warning age',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-09-08', 'declared')] }],
      errors: [
        {
          severity: 'warning',
          message: 'K was last rotated 75 days ago (2026-09-08); rotate it before it reaches 90 days',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'created date when no rotation date, ISO timestamp',
      keys: [{ name: 'K', uses: [PROD], obs: [o('created', '2026-01-10T08:30:00Z', 'platform')] }],
      errors: [
        {
          severity: 'error',
          message: 'K was created 316 days ago (2026-01-10); rotate it: the limit is 90 days',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'configured as warning',
      severity: 'warning',
      options: { 'max-age-days': 30, 'warn-age-days': 20 },
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-10-20', 'declared')] }],
      errors: [
        {
          severity: 'warning',
          message: 'K was last rotated 33 days ago (2026-10-20); rotate it: the limit is 30 days',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'a key with its own stricter limit: error at it, with the declaration as evidence',
      keys: [
        {
          name: 'ROOT_TOKEN',
          uses: [PROD],
          obs: [o('rotated', '2026-10-15', 'platform', 'updated_at')],
          decl: { maxAgeDays: 30, warnAgeDays: 25 },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'ROOT_TOKEN was last rotated 38 days ago (2026-10-15); rotate it: the limit is 30 days',
          line: 8,
          column: 11,
          evidence: [
            { fact: 'rotated', value: '2026-10-15', source: 'platform', detail: 'updated_at; 38 days old' },
            { fact: 'max-age-days', value: 30, source: 'config', detail: 'config keys.ROOT_TOKEN.max-age-days' },
            { fact: 'warn-age-days', value: 25, source: 'config', detail: 'config keys.ROOT_TOKEN.warn-age-days' },
          ],
        },
      ],
    },
    {
      name: 'a key with its own warning age only',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-10-23', 'declared')], decl: { warnAgeDays: 30 } }],
      errors: [
        {
          severity: 'warning',
          message: 'K was last rotated 30 days ago (2026-10-23); rotate it before it reaches 90 days',
          line: 8,
          column: 11,
          evidence: [
            { fact: 'rotated', value: '2026-10-23', source: 'declared', detail: '30 days old' },
            { fact: 'warn-age-days', value: 30, source: 'config', detail: 'config keys.K.warn-age-days' },
          ],
        },
      ],
    },
    {
      name: 'a key with only its own limit is warned 15 days (the rule’s distance) before it',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-10-27', 'declared')], decl: { maxAgeDays: 40 } }],
      errors: [
        {
          severity: 'warning',
          message: 'K was last rotated 26 days ago (2026-10-27); rotate it before it reaches 40 days',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'a looser per-key limit overrides the rule’s: 120 days is only a warning under 130',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', '2026-07-25', 'declared')], decl: { maxAgeDays: 130 } }],
      errors: [
        {
          severity: 'warning',
          message: 'K was last rotated 120 days ago (2026-07-25); rotate it before it reaches 130 days',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'a per-key limit applies to its own key only',
      keys: [
        { name: 'A', uses: [PROD], obs: [o('rotated', '2026-10-01', 'declared')], decl: { maxAgeDays: 30 } },
        { name: 'B', uses: [PROD], obs: [o('rotated', '2026-10-01', 'declared')] },
      ],
      errors: [
        {
          severity: 'error',
          message: 'A was last rotated 52 days ago (2026-10-01); rotate it: the limit is 30 days',
          line: 8,
          column: 11,
          key: 'A',
        },
      ],
    },
    {
      name: 'a longer lead time (expiry-warn-days: 30)',
      options: { 'expiry-warn-days': 30 },
      keys: [
        { name: 'K', uses: [PROD], obs: [o('rotated', '2026-11-01', 'platform'), o('expires', '2026-12-20', 'smoke')] },
      ],
      errors: [
        {
          severity: 'warning',
          message: 'K expires in 28 day(s), on 2026-12-20; rotate it before then',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'lead time 0: only the day it expires',
      options: { 'expiry-warn-days': 0 },
      keys: [
        { name: 'A', uses: [PROD], obs: [o('rotated', '2026-11-01', 'platform'), o('expires', '2026-11-22', 'smoke')] },
        { name: 'B', uses: [PROD], obs: [o('rotated', '2026-11-01', 'platform'), o('expires', '2026-11-23', 'smoke')] },
      ],
      errors: [
        {
          severity: 'warning',
          message: 'A expires in 0 day(s), on 2026-11-22; rotate it before then',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'expires within 14 days',
      keys: [
        { name: 'K', uses: [PROD], obs: [o('rotated', '2026-11-01', 'platform'), o('expires', '2026-12-06', 'smoke')] },
      ],
      errors: [
        {
          severity: 'warning',
          message: 'K expires in 14 day(s), on 2026-12-06; rotate it before then',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'already expired, and old',
      keys: [
        { name: 'K', uses: [PROD], obs: [o('created', '2025-11-01', 'smoke'), o('expires', '2026-11-21', 'smoke')] },
      ],
      errors: [
        {
          severity: 'error',
          message: 'K was created 386 days ago (2025-11-01); rotate it: the limit is 90 days',
          line: 8,
          column: 11,
        },
        { severity: 'error', message: 'K expired on 2026-11-21; issue a new key', line: 8, column: 11 },
      ],
    },
    {
      name: 'a key the provider rejects is replaced anyway: its age and expiry give way to key-user-association',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('created', '2025-11-01', 'platform'), o('expires', '2026-11-21', 'smoke')],
          smoke: { status: 'invalid', reason: 'expired' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'K was created 386 days ago (2025-11-01); rotate it: the limit is 90 days',
          line: 8,
          column: 11,
          repeatsSmoke: true,
        },
        {
          severity: 'error',
          message: 'K expired on 2026-11-21; issue a new key',
          line: 8,
          column: 11,
          repeatsSmoke: true,
        },
      ],
    },
    {
      name: 'an old key the provider verified stands',
      keys: [
        {
          name: 'K',
          uses: [PROD],
          obs: [o('created', '2025-11-01', 'platform')],
          smoke: { status: 'verified', reason: 'ok' },
        },
      ],
      errors: [
        {
          severity: 'error',
          message: 'K was created 386 days ago (2025-11-01); rotate it: the limit is 90 days',
          line: 8,
          column: 11,
          repeatsSmoke: false,
        },
      ],
    },
    {
      name: 'a rejected key with no date still needs one declared (not a repeat of the smoke result)',
      keys: [{ name: 'K', uses: [PROD], smoke: { status: 'mismatch', reason: 'wrong-account' } }],
      errors: [
        {
          severity: 'note',
          message:
            'no rotation date known for K: declare rotated: in keybound.yml or let keybound read secret metadata',
          line: 8,
          column: 11,
          repeatsSmoke: false,
        },
      ],
    },
    {
      name: 'no date at all is a note',
      keys: [{ name: 'API_KEY', uses: ['staging a.yaml:1:1', PROD] }],
      errors: [
        {
          severity: 'note',
          message:
            'no rotation date known for API_KEY: declare rotated: in keybound.yml or let keybound read secret metadata',
          line: 8,
          column: 11,
          environment: 'production',
        },
      ],
    },
    {
      name: 'a name that says nothing either way is taken for a credential: still noted',
      keys: [{ name: 'SLACK_WEBHOOK', uses: [PROD] }],
      errors: [
        {
          severity: 'note',
          message:
            'no rotation date known for SLACK_WEBHOOK: declare rotated: in keybound.yml or let keybound read secret metadata',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'an identifier-like name whose value is a key (a service-account JSON key) is noted',
      keys: [
        { name: 'GCP_SERVICE_ACCOUNT', uses: [PROD], obs: [o('provider', 'gcp', 'value', 'service_account JSON')] },
      ],
      errors: [
        {
          severity: 'note',
          message:
            'no rotation date known for GCP_SERVICE_ACCOUNT: declare rotated: in keybound.yml or let keybound read secret metadata',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'unreadable date',
      keys: [{ name: 'K', uses: [PROD], obs: [o('rotated', 'last spring', 'declared')] }],
      errors: [
        {
          severity: 'note',
          message: 'K has a rotated date that cannot be read (last spring); declare rotated: as YYYY-MM-DD',
          line: 8,
          column: 11,
        },
      ],
    },
  ],
});

describe('rotationChartLimits (what the job summary charts draw)', () => {
  const config = (severity: string, options: Record<string, unknown>, keys: KeyDeclaration[] = []) => ({
    rules: { 'rotation-age': { severity: severity as 'error', options } },
    keys: new Map(keys.map((k) => [k.name, k])),
  });

  it('gives the rule’s limits, the lead time and each declaring key’s own limits by name and alias', () => {
    const limits = rotationChartLimits(
      config('error', { 'max-age-days': 60, 'warn-age-days': 50, 'expiry-warn-days': 30 }, [
        { name: 'ROOT_TOKEN', maxAgeDays: 30, aliases: ['ops/ROOT'] },
        { name: '__proto__', warnAgeDays: 20 },
        { name: 'PLAIN', owner: 'ops' },
      ]),
    );
    expect(limits).toEqual({
      maxAgeDays: 60,
      warnAgeDays: 50,
      expiryWarnDays: 30,
      keyLimits: {
        ROOT_TOKEN: { maxAgeDays: 30, warnAgeDays: 20 },
        'ops/ROOT': { maxAgeDays: 30, warnAgeDays: 20 },
        ['__proto__']: { maxAgeDays: 60, warnAgeDays: 20 },
      },
    });
    expect(Object.getPrototypeOf(limits.keyLimits)).toBe(Object.prototype);
  });

  it('is empty when the rule is off', () => {
    expect(rotationChartLimits(config('off', { 'max-age-days': 60 }))).toEqual({});
  });
});
