import { inspect } from 'node:util';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { KeyboundError, KeyboundErrors } from '../../src/core/errors.js';
import { FRAGMENT_LENGTH, fragmentSources, Redactor, redactError, secretForms } from '../../src/core/redact.js';
import { REDACTED, SecretValue } from '../../src/core/secret.js';

const CANARY = 'kb-canary-Zx9%:,"\\é-7Qm';
// NOTE: made-up values, built from parts so that secret scanners do not flag this file.
const GITHUB_PAT = 'gh' + 'p_' + 'kbRedTok3n7Hq2Lm9Np4Rs8Tv1WxZa3Cd5Ef7G';
const ANTHROPIC = 'sk-ant-' + 'api03-' + 'kbR3d4ct0rT3st'.repeat(6).slice(0, 93) + 'AA';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** Every encoding the redactor promises to remove, applied to text that embeds the secret. */
function encodings(secret: string): Record<string, string> {
  return {
    raw: secret,
    json: JSON.stringify({ value: secret }),
    jsonTwice: JSON.stringify({ body: JSON.stringify({ value: secret }) }),
    url: `https://x.test/?k=${encodeURIComponent(secret)}`,
    urlPath: `https://x.test/${encodeURI(secret)}`,
    hex: Buffer.from(secret).toString('hex'),
    hexUpper: Buffer.from(secret).toString('hex').toUpperCase(),
    base64: b64(secret),
    base64Prefix1: b64(`a${secret}`),
    base64Prefix2: b64(`ab${secret}`),
    base64Suffix: b64(`${secret}:tail`),
    base64Url: b64(`x${secret}`).replace(/\+/g, '-').replace(/\//g, '_'),
    base64Twice: b64(b64(secret)),
    base64TwiceUnpadded: b64(b64(secret)).replace(/=+$/, ''),
  };
}

describe('Redactor: forms', () => {
  it.each(Object.entries(encodings(CANARY)))('removes the %s form', (_name, text) => {
    const redacted = new Redactor([CANARY]).redact(`before ${text} after`);
    expect(redacted).toMatch(/^before .*\[redacted\].* after$/);
    for (const form of secretForms(CANARY)) expect(redacted).not.toContain(form);
  });

  it.each([
    [
      'a double-JSON-escaped value with quotes and backslashes',
      'kb"q\\uo\\"te-V4lue-x',
      (v: string) => JSON.stringify(JSON.stringify(v)).slice(1, -1),
    ],
    [
      'an unpadded double base64 of a value whose base64 is padded',
      'kbpad1',
      (v: string) => b64(b64(v)).replace(/=+$/, ''),
    ],
    [
      'the URL-safe base64 of a value with + and / in its encoding',
      '\u00fb\u00ef\u00bfkb~~~',
      (v: string) => b64(v).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    ],
  ])('removes %s', (_what, value, encode) => {
    const form = encode(value);
    expect(secretForms(value)).toContain(form);
    expect(new Redactor([value]).redact(`<${form}>`)).toBe(`<${REDACTED}>`);
  });

  it('lists exactly these forms (value, JSON once and twice, URL, hex, base64 at three alignments, URL-safe, base64 twice, each line)', () => {
    // Reviewed by hand: each entry is one encoding of the whole value or of one trimmed line.
    expect(secretForms('kb1?')).toEqual([
      'kb1?',
      '\\"kb1?\\"',
      'kb1%3F',
      '6b62313f',
      '6B62313F',
      'a2IxPw==',
      'YTJJeFB3PT0=',
      'YTJJeFB3PT0',
      'a2IxPw',
      'YTJJeFB3',
      'a2IxP',
      'YTJJeFA=',
      'YTJJeFA',
      'tiMT',
      'dGlNVA==',
      'dGlNVA',
      'rYjE/',
      'cllqRS8=',
      'cllqRS8',
      'rYjE_',
      'cllqRV8=',
      'cllqRV8',
    ]);
    expect(secretForms(' a"é/+\n  line2  ')).toEqual([
      ' a"é/+\n  line2  ',
      ' a\\"é/+\\n  line2  ',
      '\\" a\\\\\\"é/+\\\\n  line2  \\"',
      '%20a%22%C3%A9%2F%2B%0A%20%20line2%20%20',
      '%20a%22%C3%A9/+%0A%20%20line2%20%20',
      '206122c3a92f2b0a20206c696e65322020',
      '206122C3A92F2B0A20206C696E65322020',
      'IGEiw6kvKwogIGxpbmUyICA=',
      'SUdFaXc2a3ZLd29nSUd4cGJtVXlJQ0E9',
      'IGEiw6kvKwogIGxpbmUyICA',
      'SUdFaXc2a3ZLd29nSUd4cGJtVXlJQ0E=',
      'SUdFaXc2a3ZLd29nSUd4cGJtVXlJQ0E',
      'IGEiw6kvKwogIGxpbmUyIC',
      'SUdFaXc2a3ZLd29nSUd4cGJtVXlJQw==',
      'SUdFaXc2a3ZLd29nSUd4cGJtVXlJQw',
      'BhIsOpLysKICBsaW5lMiAg',
      'QmhJc09wTHlzS0lDQnNhVzVsTWlBZw==',
      'QmhJc09wTHlzS0lDQnNhVzVsTWlBZw',
      'gYSLDqS8rCiAgbGluZTIgI',
      'Z1lTTERxUzhyQ2lBZ2JHbHVaVElnSQ==',
      'Z1lTTERxUzhyQ2lBZ2JHbHVaVElnSQ',
      'a"é/+',
      'a\\"é/+',
      '\\"a\\\\\\"é/+\\"',
      'a%22%C3%A9%2F%2B',
      'a%22%C3%A9/+',
      '6122c3a92f2b',
      '6122C3A92F2B',
      'YSLDqS8r',
      'WVNMRHFTOHI=',
      'WVNMRHFTOHI',
      'Eiw6kvK',
      'RWl3Nmt2Sw==',
      'RWl3Nmt2Sw',
      'hIsOpLy',
      'aElzT3BMeQ==',
      'aElzT3BMeQ',
      'line2',
      '\\"line2\\"',
      '6c696e6532',
      '6C696E6532',
      'bGluZTI=',
      'YkdsdVpUST0=',
      'YkdsdVpUST0',
      'bGluZTI',
      'YkdsdVpUSQ==',
      'YkdsdVpUSQ',
      'bGluZT',
      'YkdsdVpU',
      'xpbmUy',
      'eHBibVV5',
      'saW5lM',
      'c2FXNWxN',
    ]);
  });

  it('removes each line of a multi-line value, CRLF included', () => {
    const pem = '-----BEGIN KEY-----\r\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\r\nBKcwggSjAgEAAoIBAQC7\r\n-----END KEY-----';
    const out = new Redactor([pem]).redact('line: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC only');
    expect(out).toBe(`line: ${REDACTED} only`);
  });

  it('a line shorter than 4 characters in a multi-line value is no form: its encodings stay', () => {
    const value = 'kbLineOneLongEnough\nabc\nkbLineThreeLongEnough';
    const text = `YWJj ${Buffer.from('abc').toString('hex')} abc`;
    expect(new Redactor([value]).redact(text)).toBe(text);
  });

  it.each([
    ['a compact service-account JSON key (over 1,024 characters)', serviceAccountKey()],
    ['a long JWT (over 1,024 characters)', longJwt()],
  ])('removes %s and every form of it', (_what, value) => {
    expect(value.length).toBeGreaterThan(1024);
    const redactor = new Redactor([value]);
    for (const form of secretForms(value).filter((f) => f.length > 1024)) {
      expect(redactor.redact(`a ${form} b`)).toBe(`a ${REDACTED} b`);
    }
  });

  it('a value that starts another value leaves nothing of the longer one', () => {
    const short = 'kbPrefixOnly42';
    const long = `${short}-AndItsLongerTail-9Zq`;
    for (const order of [
      [short, long],
      [long, short],
    ]) {
      expect(new Redactor(order).redact(`x ${long} y ${short} z`)).toBe(`x ${REDACTED} y ${REDACTED} z`);
    }
  });

  it('overlapping and touching matches become one [redacted]', () => {
    const a = 'kbOverlapAAAA1234';
    const b = '1234BBBBkbOverlap';
    const redactor = new Redactor([a, b]);
    expect(redactor.redact(`<kbOverlapAAAA1234BBBBkbOverlap>`)).toBe(`<${REDACTED}>`);
    expect(redactor.redact(`<${a}${a}>`)).toBe(`<${REDACTED}>`);
  });

  it('removes short values (4 to 11 characters) and their encodings, and ignores shorter ones', () => {
    const redactor = new Redactor(['kb4z', 'kb11charsXy', 'abc']);
    expect(redactor.redact('kb4z kb11charsXy abc')).toBe(`${REDACTED} ${REDACTED} abc`);
    expect(redactor.redact(b64('kb11charsXy'))).toBe(REDACTED);
    expect(redactor.redact(Buffer.from('kb4z').toString('hex'))).toBe(REDACTED);
  });

  it('leaves text without secrets alone, and knows nothing until told', () => {
    expect(new Redactor([CANARY]).redact('nothing here')).toBe('nothing here');
    expect(new Redactor().redact('plain')).toBe('plain');
    expect(new Redactor().size).toBe(0);
  });

  it('counts distinct forms, once however often a value is added', () => {
    const redactor = new Redactor([CANARY]);
    const size = redactor.size;
    expect(size).toBe(secretForms(CANARY).length);
    redactor.add(CANARY);
    redactor.add(new SecretValue(CANARY, 'test'));
    expect(redactor.size).toBe(size);
  });

  it('takes SecretValue objects and strings alike', () => {
    const redactor = new Redactor([new SecretValue(CANARY, 'test')]);
    expect(redactor.redact(CANARY)).toBe(REDACTED);
  });
});

describe('Redactor: the value without its documented prefix', () => {
  const body = GITHUB_PAT.slice(4);

  it.each([
    ['raw', body],
    ['base64', b64(body)],
    ['hex', Buffer.from(body).toString('hex')],
    ['URL-encoded in a query', `https://x.test/?t=${encodeURIComponent(body)}`],
  ])('removes the body of ghp_… as %s', (_what, text) => {
    expect(new Redactor([GITHUB_PAT]).redact(`[${text}]`)).not.toContain(text);
  });

  it('removes a body of exactly 4 characters (the shortest form)', () => {
    expect(new Redactor(['ghp_' + 'kb4q']).redact('echo kb4q end')).toBe(`echo ${REDACTED} end`);
  });

  it('removes a short body (under the fragment threshold) of a prefixed value', () => {
    const value = 'sk-ant-api03-' + 'kb7Qm2zX';
    expect(new Redactor([value]).redact('echo kb7Qm2zX end')).toBe(`echo ${REDACTED} end`);
  });
});

describe(`Redactor: fragments (${FRAGMENT_LENGTH} or more consecutive characters of a value)`, () => {
  // NOTE: built in each test, not when the suite is collected, so mutation testing sees it run per test.
  let redactor: Redactor;
  beforeEach(() => {
    redactor = new Redactor([GITHUB_PAT, ANTHROPIC]);
  });

  it.each([
    ['the first 30 characters of a token', GITHUB_PAT.slice(0, 30)],
    ['its last 12 characters', GITHUB_PAT.slice(-12)],
    ['12 characters from its middle', GITHUB_PAT.slice(15, 27)],
    ['a window that starts inside the prefix', ANTHROPIC.slice(5, 40)],
  ])('removes %s', (_what, fragment) => {
    const out = redactor.redact(`Invalid key "${fragment}…"`);
    expect(out).toBe(`Invalid key "${REDACTED}…"`);
  });

  it('keeps 11 characters: the documented threshold is 12', () => {
    const eleven = GITHUB_PAT.slice(15, 26);
    expect(redactor.redact(`x${eleven}x`)).toBe(`x${eleven}x`);
  });

  it('keeps the public prefix alone, even when it is 12 characters long', () => {
    expect(redactor.redact('keys start with sk-ant-api03 and ghp_')).toBe('keys start with sk-ant-api03 and ghp_');
  });

  it("a service-account key's identifiers stay visible; its private key does not", () => {
    const key = serviceAccountKey();
    const parsed = JSON.parse(key) as Record<string, string>;
    const r = new Redactor([key]);
    const principal = `principal ${parsed.client_email} in ${parsed.project_id}`;
    expect(r.redact(principal)).toBe(principal);
    const pemLine = parsed.private_key.split('\n')[1];
    expect(r.redact(`echo ${pemLine.slice(3, 40)}`)).toBe(`echo ${REDACTED}`);
    expect(r.redact(`echo ${JSON.stringify(parsed.private_key).slice(1, 60)}`)).toBe(`echo ${REDACTED}`);
  });

  it.each([
    ['a token', GITHUB_PAT, [GITHUB_PAT]],
    ['a document without credential members', '{"a":"b","c":"0123456789abcdef"}', ['{"a":"b","c":"0123456789abcdef"}']],
    ['not JSON after all', '{ not json', ['{ not json']],
    // Only an object is a document: every part of an array value (a list of keys) is secret.
    [
      'a JSON array counts whole',
      '[{"token":"k3yMaterial"},"Zk3Lm9Pq2Rs7Tv1W"]',
      ['[{"token":"k3yMaterial"},"Zk3Lm9Pq2Rs7Tv1W"]'],
    ],
    ['a credential member', '{"type":"x","client_secret":"s\\"1"}', ['s"1', 's\\"1']],
    [
      'a credential member nested in a credential-named map, beside nulls',
      '{"credentials":{"refresh_token":"r1"},"note":null,"list":[null,{"password":"p2"}]}',
      ['r1', 'r1', 'p2', 'p2'],
    ],
    ['a member eight levels down', `${'{"a":'.repeat(8)}{"token":"deep"}${'}'.repeat(8)}`, ['deep', 'deep']],
    [
      'a member nine levels down is past the limit',
      `${'{"a":'.repeat(9)}{"token":"deep"}${'}'.repeat(9)}`,
      [`${'{"a":'.repeat(9)}{"token":"deep"}${'}'.repeat(9)}`],
    ],
  ])('fragmentSources of %s', (_what, value, sources) => {
    expect(fragmentSources(value)).toEqual(sources);
  });

  it('fragmentSources parses documents up to 1 MiB and no larger', () => {
    const pad = (n: number) => `{"private_key":"k3yMaterial","p":"${'x'.repeat(n)}"}`;
    const fits = pad(1024 * 1024 - pad(0).length);
    expect(fits.length).toBe(1024 * 1024);
    expect(fragmentSources(fits)).toEqual(['k3yMaterial', 'k3yMaterial']);
    expect(fragmentSources(`${fits} `)).toEqual(['k3yMaterial', 'k3yMaterial']);
    expect(fragmentSources(pad(1024 * 1024))).toEqual([pad(1024 * 1024)]);
  });

  it('a window whose hash collides with a fragment is not redacted: every candidate is compared', () => {
    // Two 12-character strings with the same 32-bit rolling hash (found by search, fixed here).
    const [registered, collider] = ['Q35l0hBBFSyt', 'pHjZR8AfbhQe'];
    const r = new Redactor([`${registered}-tail`]);
    expect(r.redact(`x ${collider} y`)).toBe(`x ${collider} y`);
    expect(r.redact(`x ${registered} y`)).toBe(`x ${REDACTED} y`);
  });

  it('property: no form and no 12-character window of any value survives in any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 4, maxLength: 60, unit: 'grapheme' }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (values, fillers, seed) => {
          const redactor = new Redactor(values);
          const pieces = values.flatMap((v, i) => {
            const forms = secretForms(v);
            const form = forms[(seed + i) % forms.length];
            const start = v.length > FRAGMENT_LENGTH ? (seed + i) % (v.length - FRAGMENT_LENGTH) : 0;
            return [form, v.slice(start, start + FRAGMENT_LENGTH + ((seed >> 3) % 5))];
          });
          const text = pieces.map((piece, i) => fillers[i % fillers.length] + piece).join('');
          const out = redactor.redact(text);
          for (const v of values) {
            for (const form of secretForms(v)) expect(out).not.toContain(form);
            for (let i = 0; i + FRAGMENT_LENGTH <= v.length; i++)
              expect(out).not.toContain(v.slice(i, i + FRAGMENT_LENGTH));
          }
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });

  it('property: text that holds no form and no window of a value comes back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const values = ['kbZ9q-value-Ω-€-1234567890', GITHUB_PAT];
        fc.pre(values.every((v) => secretForms(v).every((f) => !text.includes(f))));
        fc.pre(values.every((v) => [...Array(v.length)].every((_, i) => !text.includes(v.slice(i, i + 12)))));
        expect(new Redactor(values).redact(text)).toBe(text);
      }),
      { numRuns: 300, seed: 33 },
    );
  });
});

describe('Redactor: cost grows linearly (SECURITY.md case 33)', () => {
  /** CPU milliseconds of `work`, the least of three runs. */
  function cpu(work: () => void): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = process.cpuUsage();
      work();
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  }
  /** A 40-character token, distinct per index. */
  function token(i: number): string {
    let s = '';
    for (let k = 0; s.length < 40; k++) s += (((i + 1) * 2654435761 + k * 40503) % 2 ** 32).toString(36);
    return s.slice(0, 40);
  }

  it('registering and redacting 4× the values costs at most 8× the CPU time (quadratic would be 16×)', () => {
    const text = `report ${'word '.repeat(20_000)} end`;
    const run = (n: number) => () => {
      const redactor = new Redactor(Array.from({ length: n }, (_, i) => token(i)));
      redactor.redact(text);
    };
    const small = cpu(run(1000));
    const large = cpu(run(4000));
    expect(large / small).toBeLessThan(8);
  });
});

describe('redactError', () => {
  let r: Redactor;
  beforeEach(() => {
    r = new Redactor(['kbErrS3cret-1']);
  });

  it('redacts the message and the dotted path of one error, keeping its code and place', () => {
    const error = new KeyboundError('config', 'must be a date, got "kbErrS3cret-1"', {
      file: 'keybound.yml',
      line: 3,
      column: 5,
      path: 'keys.kbErrS3cret-1.rotated',
    });
    const out = redactError(error, r) as KeyboundError;
    expect(out).toBeInstanceOf(KeyboundError);
    expect(out.code).toBe('config');
    expect(out.describe()).toBe(`keybound.yml:3:5: keys.${REDACTED}.rotated: must be a date, got "${REDACTED}"`);
  });

  it('keeps an error without a path without one', () => {
    const out = redactError(new KeyboundError('usage', 'bad kbErrS3cret-1'), r) as KeyboundError;
    expect(out.place).toEqual({});
    expect(out.message).toBe(`bad ${REDACTED}`);
  });

  it('redacts every error of several', () => {
    const error = new KeyboundErrors([
      new KeyboundError('config', 'a kbErrS3cret-1'),
      new KeyboundError('policy', 'b'),
    ]);
    const out = redactError(error, r) as KeyboundErrors;
    expect(out).toBeInstanceOf(KeyboundErrors);
    expect(out.errors.map((e) => [e.code, e.message])).toEqual([
      ['config', `a ${REDACTED}`],
      ['policy', 'b'],
    ]);
  });

  it('passes anything else through untouched', () => {
    const other = new TypeError('kbErrS3cret-1');
    expect(redactError(other, r)).toBe(other);
    expect(redactError('text', r)).toBe('text');
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

/** A made-up Google service-account key, compact JSON (as stored in a CI secret), about 2.3 KB. */
function serviceAccountKey(): string {
  let body = '';
  for (let i = 0; body.length < 1600; i++) body += ((i * 2654435761) % 4294967296).toString(36).padStart(7, 'A');
  const lines = body.match(/.{1,64}/g) ?? [];
  return JSON.stringify({
    type: 'service_account',
    project_id: 'kb-deploy-prod',
    private_key_id: '3f5a9c1e7b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a',
    private_key: `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`,
    client_email: 'deployer@kb-deploy-prod.iam.gserviceaccount.com',
    client_id: '104857600000000000001',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
  });
}

/** A made-up JWT with a large claims set, over 1,024 characters. */
function longJwt(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = { sub: 'kb-deployer', groups: Array.from({ length: 40 }, (_, i) => `group-${i}-kb`), iat: 1 };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${'kbSig'.repeat(60)}`;
}
