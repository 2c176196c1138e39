// The verdict (SPEC section 7) as tables, beside verdict.test.ts: verdictOf and exitCodeOf on findings and unconfirmed keys, and
// through check() the gate's side (markUnchecked, needsConfirmation): a gate without --smoke confirms
// nothing, whether or not a key has a value, and `unknown: warn` is the only way out of exit 3.
import { describe, expect, it } from 'vitest';
import type { Evidence, Finding, Report, Severity, SmokeStatus } from '../../src/core/types.js';
import type { RuleSetting } from '../../src/policy/types.js';
import { check, exitCodeOf, needsConfirmation, verdictOf } from '../../src/engine.js';
import { NOW, secretStore, SLACK_TOKEN, tempRepo, workflow } from '../security/support.js';

function finding(severity: Severity, ruleId = 'rotation-age', evidence: Evidence[] = []): Finding {
  return {
    ruleId,
    severity,
    message: 'm',
    location: { file: 'f.yml', line: 1, column: 1 },
    evidence,
    fingerprint: `${ruleId}-${severity}`,
  };
}
const EXPIRED = finding('note', 'invalid-waiver', [
  { fact: 'expired-exception', value: '2026-01-01', source: 'config' },
]);
/** service-account-bound's "cannot establish" on key K: it only says K is unconfirmed. */
const CANNOT_ESTABLISH: Finding = { ...finding('error', 'service-account-bound'), key: 'K', unconfirmed: true };

type Input = Pick<Report, 'findings' | 'failOn' | 'unconfirmed'>;
const input = (over: Partial<Input>): Input => ({ findings: [], failOn: 'error', unconfirmed: [], ...over });

describe('verdictOf and exitCodeOf', () => {
  const cases: { name: string; report: Input; verdict: Report['verdict']; code: 0 | 1 | 3 }[] = [
    { name: 'nothing at all', report: input({}), verdict: 'pass', code: 0 },
    {
      name: 'a warning under fail-on error',
      report: input({ findings: [finding('warning')] }),
      verdict: 'pass',
      code: 0,
    },
    { name: 'an error under fail-on error', report: input({ findings: [finding('error')] }), verdict: 'fail', code: 1 },
    {
      name: 'a warning under fail-on warning (the threshold is inclusive)',
      report: input({ findings: [finding('warning')], failOn: 'warning' }),
      verdict: 'fail',
      code: 1,
    },
    {
      name: 'a note under fail-on warning',
      report: input({ findings: [finding('note')], failOn: 'warning' }),
      verdict: 'pass',
      code: 0,
    },
    {
      name: 'a note under fail-on note',
      report: input({ findings: [finding('note')], failOn: 'note' }),
      verdict: 'fail',
      code: 1,
    },
    {
      name: 'an error under fail-on never',
      report: input({ findings: [finding('error')], failOn: 'never' }),
      verdict: 'pass',
      code: 0,
    },
    {
      name: 'an expired exception under fail-on never still fails',
      report: input({ findings: [EXPIRED], failOn: 'never' }),
      verdict: 'fail',
      code: 1,
    },
    {
      name: 'an unused waiver note (not expired) under fail-on never passes',
      report: input({
        findings: [finding('note', 'invalid-waiver', [{ fact: 'waiver', value: 'exception', source: 'config' }])],
        failOn: 'never',
      }),
      verdict: 'pass',
      code: 0,
    },
    { name: 'an unconfirmed key alone', report: input({ unconfirmed: ['K'] }), verdict: 'indeterminate', code: 3 },
    {
      name: 'an unconfirmed key and an error: fail wins',
      report: input({ unconfirmed: ['K'], findings: [finding('error')] }),
      verdict: 'fail',
      code: 1,
    },
    {
      name: 'an unconfirmed key and a warning under fail-on error',
      report: input({ unconfirmed: ['K'], findings: [finding('warning')] }),
      verdict: 'indeterminate',
      code: 3,
    },
    {
      name: 'an unconfirmed key under fail-on never',
      report: input({ unconfirmed: ['K'], failOn: 'never' }),
      verdict: 'indeterminate',
      code: 3,
    },
    {
      name: '"cannot establish" on a key the gate lists as unconfirmed: indeterminate, not fail',
      report: input({ unconfirmed: ['K'], findings: [CANNOT_ESTABLISH] }),
      verdict: 'indeterminate',
      code: 3,
    },
    {
      // SPEC section 5: on its own it makes the verdict indeterminate, whatever else the gate confirmed.
      name: '"cannot establish" on a key the gate does not list (its smoke call verified it): indeterminate',
      report: input({ unconfirmed: ['OTHER'], findings: [CANNOT_ESTABLISH] }),
      verdict: 'indeterminate',
      code: 3,
    },
    {
      name: '"cannot establish" and another error: fail',
      report: input({ unconfirmed: ['K'], findings: [CANNOT_ESTABLISH, finding('error')] }),
      verdict: 'fail',
      code: 1,
    },
    {
      name: 'a service-account-bound error that is not "cannot establish" on an unconfirmed key: fail',
      report: input({ unconfirmed: ['K'], findings: [{ ...finding('error', 'service-account-bound'), key: 'K' }] }),
      verdict: 'fail',
      code: 1,
    },
    {
      name: 'an unconfirmed finding of any rule (key-user-association with unknown: warn) is not a failure',
      report: input({
        findings: [{ ...finding('error', 'key-user-association'), key: 'K', unconfirmed: true }],
      }),
      verdict: 'indeterminate',
      code: 3,
    },
  ];

  it.each(cases)('$name → $verdict, exit $code', ({ report, verdict, code }) => {
    expect(verdictOf(report)).toBe(verdict);
    expect(exitCodeOf({ verdict: verdictOf(report) })).toBe(code);
  });

  it.each([
    ['pass', 0],
    ['fail', 1],
    ['indeterminate', 3],
  ] as const)('exitCodeOf(%s) is %i', (verdict, code) => {
    expect(exitCodeOf({ verdict })).toBe(code);
  });
});

describe('needsConfirmation: which gated keys stay unconfirmed', () => {
  const rules = (unknown?: string): Record<string, RuleSetting> =>
    unknown ? { 'key-user-association': { severity: 'error', options: { unknown } } } : {};
  const cases: { status?: SmokeStatus; unknown?: string; needs: boolean }[] = [
    { status: 'verified', needs: false },
    { status: 'mismatch', needs: false },
    { status: 'invalid', needs: false },
    { status: 'malformed', needs: false },
    { status: 'unknown', needs: true },
    { status: 'skipped', needs: true },
    { status: undefined, needs: true },
    { status: 'unknown', unknown: 'fail', needs: true },
    { status: 'unknown', unknown: 'warn', needs: false },
    { status: 'skipped', unknown: 'warn', needs: false },
    { status: undefined, unknown: 'warn', needs: false },
    { status: 'verified', unknown: 'warn', needs: false },
  ];
  it.each(cases)('smoke $status, unknown: $unknown → $needs', ({ status, unknown, needs }) => {
    const key = status ? { name: 'K', smoke: { status, reason: 'r' } } : { name: 'K' };
    expect(needsConfirmation(key, { rules: rules(unknown) })).toBe(needs);
  });
});

describe('a gate without --smoke confirms nothing', () => {
  const repo = (config = '') =>
    tempRepo({
      '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']),
      'keybound.yml': `version: 1\nkeys:\n  SLACK_BOT_TOKEN:\n    principal-kind: service\n    rotated: 2026-11-01\n${config}`,
    });
  const gate = (root: string, values: Record<string, string>) =>
    check({
      root,
      mode: 'gate',
      environment: 'production',
      smoke: false,
      secrets: secretStore(values),
      now: NOW,
      failOn: 'error',
    });

  it('a key that has a value: skipped (offline), unconfirmed, exit 3', async () => {
    const { report } = await gate(repo(), { SLACK_BOT_TOKEN: SLACK_TOKEN });
    expect(report.keys[0].smoke).toEqual({
      status: 'skipped',
      reason: 'offline',
      message: 'smoke calls were not requested (--smoke)',
    });
    expect(report.unconfirmed).toEqual(['SLACK_BOT_TOKEN']);
    expect(exitCodeOf(report)).toBe(3);
  });

  it.each([
    ['no value at all', {}],
    ['an empty value (a fork)', { SLACK_BOT_TOKEN: '' }],
  ])(
    'a key with %s: skipped (no-value), unconfirmed, exit 3 (SECURITY.md case 6 in production)',
    async (_what, values) => {
      const { report } = await gate(repo(), values);
      expect(report.keys[0].smoke).toMatchObject({ status: 'skipped', reason: 'no-value' });
      expect(report.unconfirmed).toEqual(['SLACK_BOT_TOKEN']);
      // service-account-bound says it cannot establish the principal: that alone is "retry", not "fix".
      expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['service-account-bound', 'error']]);
      expect(report.verdict).toBe('indeterminate');
      expect(exitCodeOf(report)).toBe(3);
    },
  );

  it('unknown: warn lets the gate pass without confirmation', async () => {
    const { report } = await gate(repo('rules:\n  key-user-association: { unknown: warn }\n'), {
      SLACK_BOT_TOKEN: SLACK_TOKEN,
    });
    expect(report.unconfirmed).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('in audit mode nothing is unconfirmed and no smoke status is invented', async () => {
    const { report } = await check({
      root: repo(),
      mode: 'audit',
      smoke: false,
      secrets: secretStore({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
      now: NOW,
      failOn: 'error',
    });
    expect(report.keys[0].smoke).toBeUndefined();
    expect(report.unconfirmed).toEqual([]);
  });
});
