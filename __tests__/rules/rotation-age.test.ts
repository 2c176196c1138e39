// rotation-age: age tiers by the best date fact, expiry, missing and unreadable dates, short-lived keys.
import rule from '../../src/rules/rotation-age.js';
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
