// invalid-waiver: expired exceptions, reasonless inline suppressions, unused waivers.
import type { WaiverStatus } from '../../src/rules/types.js';
import rule from '../../src/rules/invalid-waiver.js';
import { at, ruleTester } from './tester.js';

function exception(extra: Partial<WaiverStatus>): WaiverStatus {
  return {
    kind: 'exception',
    rule: 'service-account-bound',
    key: 'LEGACY_DEPLOY_TOKEN',
    location: at('keybound.yml:30:5'),
    reason: 'migrating (INFRA-123)',
    until: '2026-12-31',
    used: true,
    expired: false,
    ...extra,
  };
}
function inline(extra: Partial<WaiverStatus>): WaiverStatus {
  return {
    kind: 'inline',
    rule: 'plaintext-secret',
    location: at('deploy/.env.dev:4:1'),
    reason: 'test fixture value',
    used: true,
    expired: false,
    ...extra,
  };
}

ruleTester(rule, {
  valid: [
    { name: 'used exception', waivers: [exception({})] },
    { name: 'used inline suppression', waivers: [inline({})] },
    { name: 'no waivers', waivers: [] },
  ],
  invalid: [
    {
      name: 'an exception that ends more than max-waiver-days ahead',
      options: { 'max-waiver-days': 180 },
      waivers: [exception({ until: '9999-12-31', tooLong: true, used: false })],
      errors: [
        {
          severity: 'error',
          message:
            'the exception for service-account-bound on LEGACY_DEPLOY_TOKEN runs until 9999-12-31, more than 180 days ahead, and does not apply; exceptions may last at most max-waiver-days (180): set an earlier until',
          file: 'keybound.yml',
          line: 30,
          column: 5,
          key: 'LEGACY_DEPLOY_TOKEN',
        },
      ],
    },
    {
      name: 'expired exception',
      waivers: [exception({ until: '2026-06-30', expired: true, used: false })],
      errors: [
        {
          severity: 'error',
          message:
            'the exception for service-account-bound on LEGACY_DEPLOY_TOKEN expired on 2026-06-30 and no longer applies; fix the finding or renew it with a new date and reason',
          file: 'keybound.yml',
          line: 30,
          column: 5,
          key: 'LEGACY_DEPLOY_TOKEN',
          evidence: [
            { fact: 'waiver', value: 'exception', source: 'config', detail: 'until 2026-06-30, unused' },
            {
              fact: 'expired-exception',
              value: '2026-06-30',
              source: 'config',
              detail: 'the exception is past its until date',
            },
          ],
        },
      ],
    },
    {
      name: 'inline suppression without a reason',
      waivers: [
        inline({ reason: undefined, used: false }),
        inline({ reason: '  ', used: false, location: at('deploy/.env.dev:9:3') }),
      ],
      errors: [
        {
          severity: 'error',
          message:
            'keybound-ignore plaintext-secret has no reason and waives nothing; write # keybound-ignore plaintext-secret: why it is safe',
          line: 4,
          column: 1,
        },
        {
          severity: 'error',
          message:
            'keybound-ignore plaintext-secret has no reason and waives nothing; write # keybound-ignore plaintext-secret: why it is safe',
          line: 9,
          column: 3,
        },
      ],
    },
    {
      name: 'unused waivers are warnings',
      waivers: [exception({ used: false, key: undefined, rule: 'rotation-age' }), inline({ used: false })],
      errors: [
        {
          severity: 'warning',
          message: 'the exception for rotation-age matches no finding; remove it',
          file: 'keybound.yml',
          line: 30,
          column: 5,
        },
        {
          severity: 'warning',
          message: 'the inline suppression for plaintext-secret matches no finding; remove it',
          file: 'deploy/.env.dev',
          line: 4,
          column: 1,
        },
      ],
    },
    {
      name: 'configured as note',
      severity: 'note',
      waivers: [exception({ expired: true, used: false }), inline({ used: false })],
      errors: [
        {
          severity: 'note',
          message:
            'the exception for service-account-bound on LEGACY_DEPLOY_TOKEN expired on 2026-12-31 and no longer applies; fix the finding or renew it with a new date and reason',
          line: 30,
          column: 5,
        },
        {
          severity: 'note',
          message: 'the inline suppression for plaintext-secret matches no finding; remove it',
          line: 4,
          column: 1,
        },
      ],
    },
  ],
});
