// Redaction on values before serialization (SECURITY.md rule 10): every string and object key of a
// report-shaped value passes the redactor; what is not a secret stays whole, and the copy serializes to
// well-formed JSON whatever the secret was.

import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redact.js';
import { redactValues } from '../../src/core/redact-values.js';
import { SecretValue } from '../../src/core/secret.js';

describe('redactValues', () => {
  const secret = 'Kq8vR2mZ5wLp9T';

  it('replaces secrets in every string, nested or in arrays, and leaves the rest whole', () => {
    const redactor = new Redactor([secret]);
    const value = {
      name: 'DB_PASSWORD',
      file: 'deploy/.env.production',
      message: `value ${secret} and ${Buffer.from(secret).toString('base64')}`,
      list: ['plain', `x${secret}x`, 3, true, null],
      nested: { deeper: [{ text: secret }] },
    };
    expect(redactValues(value, redactor)).toEqual({
      name: 'DB_PASSWORD',
      file: 'deploy/.env.production',
      message: 'value [redacted] and [redacted]',
      list: ['plain', 'x[redacted]x', 3, true, null],
      nested: { deeper: [{ text: '[redacted]' }] },
    });
    expect(value.message).toContain(secret); // a copy: the input is untouched
  });

  // SECURITY.md case 37: compose's list form keeps the quotes, so `DB_PASSWORD="none"` commits `"none"`.
  it('a secret such as `"none"` leaves the report around it whole and well-formed', () => {
    const redactor = new Redactor(['"none"']);
    const report = { ruleId: 'secrets-overexposed', environmentSource: 'none', file: 'none/compose.yaml' };
    // The old way, a pass over serialized JSON, replaced the quotes of a string along with it.
    expect(() => JSON.parse(redactor.redact(JSON.stringify(report)))).toThrow();
    expect(JSON.parse(JSON.stringify(redactValues(report, redactor)))).toEqual(report);
    expect(redactValues({ message: 'holds "none"' }, redactor)).toEqual({ message: 'holds [redacted]' });
  });

  it('redacts object keys too, and keeps `__proto__` an own key', () => {
    const redactor = new Redactor([secret]);
    const principal = JSON.parse(`{"${secret}": 1, "__proto__": {"polluted": true}}`) as Record<string, unknown>;
    const out = redactValues({ principal }, redactor);
    expect(Object.keys(out.principal)).toEqual(['[redacted]', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fails closed on what it cannot walk: a SecretValue, or nesting past any report', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100; i++) deep = { d: deep };
    const out = redactValues({ value: new SecretValue(secret, 'x'), deep }, new Redactor());
    expect(out.value).toBe('[redacted]');
    expect(JSON.stringify(out)).not.toContain('leaf');
  });
});
