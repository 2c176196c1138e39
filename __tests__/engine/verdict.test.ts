// verdictOf (SPEC section 7): `fail` needs a finding at or above --fail-on that says something is wrong;
// findings that only say "could not confirm" (`unconfirmed`) and keys a gate could not confirm make it
// `indeterminate`; an expired exception fails whatever --fail-on says.
import { describe, expect, it } from 'vitest';
import type { FailOn, Finding, Severity } from '../../src/core/types.js';
import { exitCodeOf, verdictOf } from '../../src/engine.js';

function finding(ruleId: string, severity: Severity, unconfirmed = false): Finding {
  return {
    ruleId,
    severity,
    message: 'm',
    location: { file: 'f', line: 1, column: 1 },
    evidence: [],
    fingerprint: 'x',
    ...(unconfirmed && { unconfirmed: true }),
  };
}

describe('verdictOf', () => {
  it.each<[string, Finding[], FailOn, string[], string, number]>([
    ['nothing', [], 'error', [], 'pass', 0],
    ['an error', [finding('no-dev-keys-in-prod', 'error')], 'error', [], 'fail', 1],
    ['a warning below --fail-on', [finding('workflow-permissions', 'warning')], 'error', [], 'pass', 0],
    ['a key the gate could not confirm', [], 'error', ['K'], 'indeterminate', 3],
    ['only an unconfirmed error', [finding('service-account-bound', 'error', true)], 'error', [], 'indeterminate', 3],
    [
      'an unconfirmed error and an unconfirmed key',
      [finding('service-account-bound', 'error', true)],
      'error',
      ['K'],
      'indeterminate',
      3,
    ],
    [
      'a real error beside an unconfirmed one',
      [finding('service-account-bound', 'error', true), finding('key-user-association', 'error')],
      'error',
      ['K'],
      'fail',
      1,
    ],
    [
      'an unconfirmed warning below --fail-on',
      [finding('key-user-association', 'warning', true)],
      'error',
      [],
      'pass',
      0,
    ],
    [
      'an unconfirmed warning at --fail-on warning',
      [finding('key-user-association', 'warning', true)],
      'warning',
      [],
      'indeterminate',
      3,
    ],
    ['--fail-on never: an error passes', [finding('no-dev-keys-in-prod', 'error')], 'never', [], 'pass', 0],
    ['--fail-on never: an unconfirmed key still does not pass', [], 'never', ['K'], 'indeterminate', 3],
    [
      'an expired exception fails even with --fail-on never',
      [
        {
          ...finding('invalid-waiver', 'note'),
          evidence: [{ fact: 'expired-exception', value: '2026-01-01', source: 'config' }],
        },
      ],
      'never',
      [],
      'fail',
      1,
    ],
  ])('%s', (_name, findings, failOn, unconfirmed, verdict, code) => {
    const report = { findings, failOn, unconfirmed };
    expect(verdictOf(report)).toBe(verdict);
    expect(exitCodeOf({ verdict: verdictOf(report) } as never)).toBe(code);
  });
});
