// Secret values from `${{ toJSON(secrets) }}` and from the environment (SECURITY.md case 11): size limit
// before parsing, errors that quote nothing of the input, no prototype changes, warnings that name only keys.

import { describe, expect, it } from 'vitest';
import { KeyboundError } from '../../src/core/errors.js';
import { MAX_SECRETS_JSON_BYTES, parseSecretsJson, secretsFromEnv } from '../../src/policy/secrets-input.js';

const CANARY = 'sk_live_kbCanary7Qm9Zx';
const ORIGIN = 'secrets-json';
const EXPECTED_OBJECT = 'expected an object of name -> value, as ${{ toJSON(secrets) }} gives';

function reveal(map: Map<string, { reveal(): string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of map) out[name] = value.reveal();
  return out;
}

function parseError(text: string): KeyboundError {
  try {
    parseSecretsJson(text, ORIGIN);
  } catch (error) {
    expect(error).toBeInstanceOf(KeyboundError);
    return error as KeyboundError;
  }
  throw new Error('expected parseSecretsJson to fail');
}

describe('parseSecretsJson: valid input', () => {
  it.each([
    [
      'two secrets',
      `{"STRIPE_SECRET_KEY":"${CANARY}","GITHUB_TOKEN":"ghs_x"}`,
      { STRIPE_SECRET_KEY: CANARY, GITHUB_TOKEN: 'ghs_x' },
      [],
    ],
    ['an empty object', '{}', {}, []],
    ['a byte-order mark and whitespace', '\uFEFF \n{ "A" : "1" }\n', { A: '1' }, []],
    ['empty values are kept (forks get them)', '{"A":""}', { A: '' }, []],
    [
      'multi-line and odd characters',
      '{"PEM":"-----BEGIN-----\\r\\nabc\\r\\n-----END-----","P":"%:,\\"\\\\é"}',
      { PEM: '-----BEGIN-----\r\nabc\r\n-----END-----', P: '%:,"\\é' },
      [],
    ],
    [
      '__proto__ and constructor are ordinary names',
      '{"__proto__":"p","constructor":"c","toString":"t"}',
      { __proto__: 'p', constructor: 'c', toString: 't' },
      [],
    ],
    [
      'non-string values are skipped, naming only the key',
      `{"N":1,"Z":null,"O":{"x":"${CANARY}"},"L":["${CANARY}"],"B":true,"S":"ok"}`,
      { S: 'ok' },
      [
        'secrets-json: secret "N" is not a string (a number); skipped',
        'secrets-json: secret "Z" is not a string (null); skipped',
        'secrets-json: secret "O" is not a string (a object); skipped',
        'secrets-json: secret "L" is not a string (a list); skipped',
        'secrets-json: secret "B" is not a string (a boolean); skipped',
      ],
    ],
    [
      'duplicate names: the last wins, with a warning',
      '{"A":"1","B":"2","A":"3"}',
      { A: '3', B: '2' },
      ['secrets-json: secret "A" appears more than once; the last value is used'],
    ],
    [
      'names inside values and nested objects are not duplicates',
      '{"A":"x\\",\\"A\\":","N":{"A":"y","B":{"A":1}},"B":"z"}',
      { A: 'x","A":', B: 'z' },
      ['secrets-json: secret "N" is not a string (a object); skipped'],
    ],
    [
      'a name with a newline is quoted in warnings',
      '{"A\\n::stop-commands::x":1}',
      {},
      ['secrets-json: secret "A\\n::stop-commands::x" is not a string (a number); skipped'],
    ],
  ])('%s', (_name, text, values, warnings) => {
    const result = parseSecretsJson(text, ORIGIN);
    expect(reveal(result.secrets)).toEqual(values);
    expect(result.warnings).toEqual(warnings);
    for (const warning of result.warnings) expect(warning).not.toContain(CANARY);
  });

  it('keeps values inside SecretValue, which never serializes them', () => {
    const { secrets } = parseSecretsJson(`{"K":"${CANARY}"}`, ORIGIN);
    expect(secrets.get('K')?.origin).toBe(ORIGIN);
    expect(JSON.stringify([...secrets])).not.toContain(CANARY);
    expect(String(secrets.get('K'))).not.toContain(CANARY);
  });

  it('changes no prototype', () => {
    const { secrets, warnings } = parseSecretsJson(
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
      ORIGIN,
    );
    expect(secrets.size).toBe(0);
    expect(warnings).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseSecretsJson: refused input quotes nothing of it', () => {
  const invalid = (offset?: number) =>
    `secrets-json: secrets JSON is not valid JSON${offset === undefined ? '' : ` (at byte ${offset})`}; ${EXPECTED_OBJECT}`;
  it.each([
    ['invalid JSON around a canary', `{"A":"${CANARY}", ${CANARY}}`, invalid(31)],
    ['the offset counts bytes, not characters', `{"ééé":"${CANARY}" x}`, invalid(35)],
    // V8 quotes the input in these messages and gives no position: nothing of the message is used.
    ['a raw secret instead of JSON', CANARY, invalid()],
    ['a raw secret that mimics the error wording', `${CANARY} in JSON at position 4242`, invalid()],
    [
      'a JSON string',
      `"${CANARY}"`,
      `secrets-json: secrets JSON must be an object of name -> value, as \${{ toJSON(secrets) }} gives; got a string`,
    ],
    [
      'a list',
      `["${CANARY}"]`,
      `secrets-json: secrets JSON must be an object of name -> value, as \${{ toJSON(secrets) }} gives; got a list`,
    ],
    [
      'null',
      'null',
      `secrets-json: secrets JSON must be an object of name -> value, as \${{ toJSON(secrets) }} gives; got null`,
    ],
    ['empty input', '  \n', `secrets-json: secrets JSON is empty; ${EXPECTED_OBJECT}`],
  ])('%s', (_name, text, message) => {
    const error = parseError(text);
    expect(error.code).toBe('secrets');
    expect(error.describe()).toBe(message);
    expect(error.describe()).not.toContain(CANARY);
    expect(error.describe()).not.toContain(CANARY.slice(0, 8));
  });

  it('refuses 20 MB before parsing, quickly', () => {
    const text = `{"A":"${CANARY}${'x'.repeat(20 * 1024 * 1024)}"}`;
    const started = Date.now();
    const error = parseError(text);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.describe()).toBe('secrets-json: secrets JSON is larger than 4 MiB; not read');
  });

  it('counts the limit in bytes', () => {
    const under = `{"A":"${'x'.repeat(MAX_SECRETS_JSON_BYTES - 10)}"}`;
    expect(parseSecretsJson(under, ORIGIN).secrets.get('A')?.length).toBe(MAX_SECRETS_JSON_BYTES - 10);
    const over = `{"A":"${'é'.repeat(MAX_SECRETS_JSON_BYTES / 2)}"}`;
    expect(parseError(over).describe()).toBe('secrets-json: secrets JSON is larger than 4 MiB; not read');
  });
});

describe('secretsFromEnv', () => {
  it('reads the named variables that are set, own properties only', () => {
    const env: Record<string, string | undefined> = { A: 'one', B: '', C: undefined, OTHER: 'not asked for' };
    const secrets = secretsFromEnv(['A', 'B', 'C', 'D', 'constructor', 'toString', '__proto__'], env);
    expect(reveal(secrets)).toEqual({ A: 'one', B: '' });
    expect(secrets.get('A')?.origin).toBe('env');
  });

  it('takes __proto__ only as a real variable name', () => {
    const env = Object.create(null) as Record<string, string>;
    env.__proto__ = 'p';
    expect(reveal(secretsFromEnv(new Set(['__proto__']), env))).toEqual({ __proto__: 'p' });
  });
});
