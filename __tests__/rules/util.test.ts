// Shared rule helpers: primaryUse ordering, isNonProduction, capSeverity, smokePrincipal.
import { describe, expect, it } from 'vitest';
import { capSeverity, environmentRank, isNonProduction, primaryUse, smokePrincipal } from '../../src/rules/util.js';
import { buildKey, o } from './tester.js';

describe('primaryUse', () => {
  it.each([
    ['production beats an earlier staging use', ['staging a.yaml:1:1', 'production z.yaml:9:9'], 'z.yaml:9:9'],
    [
      'first by file, line, column within production',
      ['production b.yaml:1:1', 'production a.yaml:5:3', 'production a.yaml:5:2'],
      'a.yaml:5:2',
    ],
    ['staging, then development', ['development a.yaml:1:1', 'staging b.yaml:1:1'], 'b.yaml:1:1'],
    ['development beats a custom name', ['qa-eu a.yaml:1:1', 'development b.yaml:1:1'], 'b.yaml:1:1'],
    ['a custom name beats unknown', ['unknown a.yaml:1:1', 'qa-eu b.yaml:1:1'], 'b.yaml:1:1'],
    [
      'an environment named like an Object property is custom',
      ['unknown a.yaml:1:1', 'constructor b.yaml:1:1'],
      'b.yaml:1:1',
    ],
  ])('%s', (_name, uses, expected) => {
    const use = primaryUse(buildKey({ name: 'K', uses }));
    expect(`${use?.location.file}:${use?.location.line}:${use?.location.column}`).toBe(expected);
  });

  it('is undefined for a key with no uses', () => {
    expect(primaryUse(buildKey({ name: 'K', uses: [] }))).toBeUndefined();
  });

  it('ranks environments', () => {
    expect(['unknown', 'x', 'development', 'staging', 'production'].map(environmentRank)).toEqual([4, 3, 2, 1, 0]);
  });
});

describe('isNonProduction', () => {
  it.each([
    ['test', true],
    ['development', true],
    ['staging', true],
    ['qa-eu', true],
    ['Staging', true],
    ['live', false],
    ['production', false],
    ['PRODUCTION', false],
    ['unknown', false],
    ['', false],
    [true, false],
    [['test'], false],
  ])('%j -> %s', (value, expected) => {
    expect(isNonProduction(value)).toBe(expected);
  });
});

describe('capSeverity', () => {
  it.each([
    ['error', 'warning', 'warning'],
    ['warning', 'warning', 'warning'],
    ['note', 'warning', 'note'],
    ['error', 'note', 'note'],
  ] as const)('%s capped at %s is %s', (configured, cap, expected) => {
    expect(capSeverity(configured, cap)).toBe(expected);
  });
});

describe('smokePrincipal', () => {
  it('prefers the smoke principal fact, then login, arn, id', () => {
    expect(
      smokePrincipal(
        buildKey({
          name: 'K',
          obs: [o('principal', 'bot-1', 'smoke')],
          smoke: { status: 'verified', reason: 'ok', principal: { login: 'x' } },
        }),
      ),
    ).toBe('bot-1');
    expect(
      smokePrincipal(
        buildKey({ name: 'K', smoke: { status: 'verified', reason: 'ok', principal: { id: 42, login: 'bot-2' } } }),
      ),
    ).toBe('bot-2');
    expect(smokePrincipal(buildKey({ name: 'K', obs: [o('principal', 'declared-one', 'declared')] }))).toBeUndefined();
  });
});
