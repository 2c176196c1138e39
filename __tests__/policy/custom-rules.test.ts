// Custom rules when the config loads: every expression is compiled and type-checked against the model,
// and each problem points at the file, line and column of the offending token inside the YAML scalar.
import { describe, expect, it } from 'vitest';
import { load, loadErrors } from './helpers.js';

/** A config whose one custom rule has these `when`/`deny`/`message` lines, written as given (YAML). */
function config(lines: { when?: string; deny?: string; message?: string }): Record<string, string> {
  return {
    'keybound.yml': [
      'version: 1', // 1
      'custom-rules:', // 2
      '  - id: my-rule', // 3
      '    severity: error', // 4
      `    message: ${lines.message ?? '"{{key}} is denied"'}`, // 5
      ...(lines.when ? [`    when: ${lines.when}`] : []), // 6 when present
      `    deny: ${lines.deny ?? 'key.provider == "aws"'}`,
      '',
    ].join('\n'),
  };
}

describe('custom rules: compile and type errors point into the expression', () => {
  it.each([
    {
      name: 'a misspelt field (plain scalar)',
      lines: { when: 'use.enviroment == "production"' },
      at: { line: 6, column: 15 },
      message: 'no such key: enviroment',
    },
    {
      name: 'a misspelt fact (double-quoted scalar)',
      lines: { deny: '"key.facts.keyTyp.value == \\"long-term\\""' },
      at: { line: 6, column: 22 },
      message: 'no such key: keyTyp',
    },
    {
      name: 'a syntax error (single-quoted scalar)',
      lines: { deny: '\'key.provider = "aws"\'' },
      at: { line: 6, column: 25 },
      message: 'unexpected character: =',
    },
    {
      name: 'a type error',
      lines: { deny: 'use.line + "a" == "b"' },
      at: { line: 6, column: 11 },
      message: 'no such overload: int + string',
    },
    {
      name: 'an expression that is not true or false',
      lines: { deny: 'key.name' },
      at: { line: 6, column: 11 },
      message: 'must be true or false, but this expression gives a string',
    },
    {
      name: 'an unknown variable',
      lines: { deny: 'secrets.size() > 0' },
      at: { line: 6, column: 11 },
      message: 'unknown variable: secrets',
    },
    {
      name: 'a regular expression (unbounded time)',
      lines: { deny: 'key.name.matches("(a+)+$")' },
      at: { line: 6, column: 11 },
      message: 'matches() is not available',
    },
    {
      name: 'an unknown message placeholder',
      lines: { message: '"{{key}} in {{enviroment}}"' },
      at: { line: 5, column: 28 },
      message: 'unknown placeholder {{enviroment}}; did you mean {{environment}}?',
    },
  ])('$name', async ({ lines, at, message }) => {
    const [error, ...rest] = await loadErrors(config(lines));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: 'config', file: 'keybound.yml', ...at });
    expect(error.message).toContain(message);
  });

  it('points inside a | block scalar, on the line of the typo', async () => {
    const errors = await loadErrors({
      'keybound.yml': [
        'version: 1',
        'custom-rules:',
        '  - id: my-rule',
        '    severity: error',
        '    message: denied',
        '    deny: |',
        '      key.provider == "aws" &&',
        '        use.enviroment == "production"',
        '',
      ].join('\n'),
    });
    expect(errors).toMatchObject([{ file: 'keybound.yml', line: 8, column: 13, path: 'custom-rules[0].deny' }]);
  });

  it('refuses an expression over the cost limit, at load time', async () => {
    const nested = 'key.environments.all(a, key.names.all(b, key.facts.scopes.value.all(c, a + b + c != "")))';
    const [error] = await loadErrors(config({ deny: nested }));
    expect(error).toMatchObject({ file: 'keybound.yml', line: 6, column: 11 });
    expect(error.message).toMatch(/^estimated cost \d+ exceeds the limit of 100000/);
  });

  it('accepts one comprehension over the model and the SPEC example', async () => {
    const loaded = await load(
      config({
        when: 'use.environment == "production"',
        deny: 'key.provider == "aws" && key.facts.keyType.value == "long-term" || key.environments.exists(e, e == "dev")',
      }),
    );
    expect(loaded.customRules[0].compiled).toEqual({ when: expect.any(Function), deny: expect.any(Function) });
  });
});
