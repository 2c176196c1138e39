// policy-change: one finding per change a pull request makes to its base branch's policy, where it makes it.
import rule from '../../src/rules/policy-change.js';
import { at, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    { name: 'not a pull request (no changes given)' },
    { name: 'a pull request that changes nothing', policyChanges: [] },
  ],
  invalid: [
    {
      name: 'a rule option, an exception, a suppression, and a base that could not be read',
      policyChanges: [
        {
          change: 'changes rules.key-user-association.unknown from "fail" to "warn"',
          kind: 'setting',
          location: at('keybound.yml:6:5'),
        },
        {
          change: 'adds an exception for rotation-age on OLD_TOKEN until 9999-12-31',
          kind: 'exception',
          location: at('keybound.yml:9:5'),
        },
        {
          change: 'adds an inline suppression of plaintext-secret',
          kind: 'suppression',
          location: at('deploy/.env.production:3:1'),
        },
        {
          change: 'HTTP 403, reading the base commit 0123456789ab',
          kind: 'unreadable',
          location: at('keybound.yml:1:1'),
        },
      ],
      errors: [
        {
          severity: 'warning',
          message:
            'this pull request changes rules.key-user-association.unknown from "fail" to "warn"; its own check uses the base branch\'s policy, without the change',
          file: 'keybound.yml',
          line: 6,
          column: 5,
          evidence: [
            {
              fact: 'policy-change',
              value: 'setting',
              source: 'config',
              detail: 'changes rules.key-user-association.unknown from "fail" to "warn"',
            },
          ],
        },
        {
          severity: 'warning',
          message:
            "this pull request adds an exception for rotation-age on OLD_TOKEN until 9999-12-31; its own check uses the base branch's policy, without the change",
          file: 'keybound.yml',
          line: 9,
          column: 5,
        },
        {
          severity: 'warning',
          message:
            "this pull request adds an inline suppression of plaintext-secret; it does not apply to the pull request's own check",
          file: 'deploy/.env.production',
          line: 3,
          column: 1,
        },
        {
          severity: 'warning',
          message:
            "the base branch's policy could not be used (HTTP 403, reading the base commit 0123456789ab); this check used the pull request's own policy, which the pull request may have changed",
          file: 'keybound.yml',
          line: 1,
          column: 1,
        },
      ],
    },
  ],
});
