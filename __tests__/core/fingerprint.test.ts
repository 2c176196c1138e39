// Fingerprints: stable when a file moves lines around, distinct for repeats of one tuple in a file and
// for any change of rule, key, file, environment or anchor.

import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import type { Finding } from '../../src/core/types.js';

type Input = Omit<Finding, 'fingerprint'> & { anchor?: string };

function f(fields: Partial<Input> & { line?: number; file?: string } = {}): Input {
  const { line = 10, file = 'deploy/prod/app.yaml', ...rest } = fields;
  return {
    ruleId: 'plaintext-secret',
    severity: 'error',
    key: 'STRIPE_SECRET_KEY',
    environment: 'production',
    message: 'm',
    location: { file, line, column: 3 },
    evidence: [],
    ...rest,
  };
}

const one = (input: Input): string => fingerprint([input])[0].fingerprint;

describe('fingerprint', () => {
  it('is a 32-character hex digest and drops the anchor from the finding', () => {
    const [out] = fingerprint([f({ anchor: 'Deployment/app' })]);
    expect(out.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect('anchor' in out).toBe(false);
    expect(out.location.line).toBe(10);
  });

  it.each([
    { name: 'a moved line', other: f({ line: 42 }) },
    { name: 'a moved column', other: { ...f(), location: { file: 'deploy/prod/app.yaml', line: 10, column: 9 } } },
    { name: 'a reworded message', other: f({ message: 'another wording' }) },
    { name: 'a changed severity', other: f({ severity: 'warning' }) },
  ])('stable across $name', ({ other }) => {
    expect(one(other)).toBe(one(f()));
  });

  it.each([
    { name: 'rule', other: f({ ruleId: 'no-dev-keys-in-prod' }) },
    { name: 'key', other: f({ key: 'OTHER_KEY' }) },
    { name: 'no key', other: f({ key: undefined }) },
    { name: 'file', other: f({ file: 'deploy/staging/app.yaml' }) },
    { name: 'environment', other: f({ environment: 'staging' }) },
    { name: 'anchor', other: f({ anchor: 'Deployment/app' }) },
  ])('changes with the $name', ({ other }) => {
    expect(one(other)).not.toBe(one(f()));
  });

  it('repeats of one tuple in a file are distinct, and keep their order-based identity when lines move', () => {
    const before = fingerprint([f({ line: 3 }), f({ line: 9 }), f({ line: 20 })]).map((x) => x.fingerprint);
    expect(new Set(before).size).toBe(3);
    const after = fingerprint([f({ line: 5 }), f({ line: 11 }), f({ line: 30 })]).map((x) => x.fingerprint);
    expect(after).toEqual(before);
  });

  it('a repeat counter is per tuple: an unrelated finding between does not shift it', () => {
    const plain = fingerprint([f({ line: 3 }), f({ line: 9 })]).map((x) => x.fingerprint);
    const mixed = fingerprint([f({ line: 3 }), f({ line: 5, key: 'OTHER_KEY' }), f({ line: 9 })]).map(
      (x) => x.fingerprint,
    );
    expect([mixed[0], mixed[2]]).toEqual(plain);
  });

  it('a field boundary cannot be forged by moving text between fields', () => {
    expect(one(f({ key: 'A', environment: 'Bproduction' }))).not.toBe(one(f({ key: 'AB', environment: 'production' })));
  });
});

describe('fingerprint: the key behind the name', () => {
  const key = (provider: string, principal?: string) => ({
    name: 'STRIPE_SECRET_KEY',
    facts: {
      provider: { fact: 'provider' as const, value: provider, source: 'value' as const },
      ...(principal ? { principal: { fact: 'principal' as const, value: principal, source: 'smoke' as const } } : {}),
    },
  });
  const withKey = (k: ReturnType<typeof key>): string => fingerprint([f()], [k])[0].fingerprint;

  it('is stable for the same provider and principal, and moved lines', () => {
    expect(fingerprint([f({ line: 99 })], [key('stripe', 'acct_1')])[0].fingerprint).toBe(
      withKey(key('stripe', 'acct_1')),
    );
  });

  it.each([
    { name: 'provider', other: key('github', 'acct_1') },
    { name: 'principal', other: key('stripe', 'acct_2') },
    { name: 'a principal becoming known', other: key('stripe') },
  ])('changes with the $name', ({ other }) => {
    expect(withKey(other)).not.toBe(withKey(key('stripe', 'acct_1')));
  });
});
