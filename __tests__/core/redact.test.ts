import { describe, expect, it } from 'vitest';
import { Redactor, secretForms } from '../../src/core/redact.js';
import { REDACTED, SecretValue } from '../../src/core/secret.js';
import { inspect } from 'node:util';

const CANARY = 'kb-canary-Zx9%:,"\\é-7Qm';

/** Every encoding the redactor promises to remove, applied to text that embeds the secret. */
function encodings(secret: string): Record<string, string> {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return {
    raw: secret,
    json: JSON.stringify({ value: secret }),
    url: `https://x.test/?k=${encodeURIComponent(secret)}`,
    hex: Buffer.from(secret).toString('hex'),
    base64: b64(secret),
    base64Prefix1: b64(`a${secret}`),
    base64Prefix2: b64(`ab${secret}`),
    base64Suffix: b64(`${secret}:tail`),
    base64Url: b64(`x${secret}`).replace(/\+/g, '-').replace(/\//g, '_'),
    base64Twice: b64(b64(secret)),
  };
}

describe('Redactor', () => {
  it.each(Object.entries(encodings(CANARY)))('removes the %s form', (_name, text) => {
    const redacted = new Redactor([CANARY]).redact(`before ${text} after`);
    expect(redacted).toContain(REDACTED);
    for (const form of secretForms(CANARY)) expect(redacted).not.toContain(form);
  });

  it('removes each line of a multi-line value, CRLF included', () => {
    const pem = '-----BEGIN KEY-----\r\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\r\nBKcwggSjAgEAAoIBAQC7\r\n-----END KEY-----';
    const out = new Redactor([pem]).redact('line: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC only');
    expect(out).not.toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
  });

  it('leaves text without secrets alone', () => {
    expect(new Redactor([CANARY]).redact('nothing here')).toBe('nothing here');
    expect(new Redactor().redact('plain')).toBe('plain');
  });
});

describe('SecretValue', () => {
  it('never serialises its value', () => {
    const secret = new SecretValue(CANARY, 'test');
    const outputs = [JSON.stringify({ secret }), String(secret), `${secret}`, inspect(secret), inspect({ secret })];
    for (const out of outputs) expect(out).not.toContain('canary');
    expect(secret.reveal()).toBe(CANARY);
  });
});
