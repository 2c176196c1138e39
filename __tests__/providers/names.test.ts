// Name patterns of provider data files (src/providers/names.ts). Each kind of pattern is defined by the
// regular expression its comment gives; nameMatchIndex must match exactly the names, at exactly the
// index, that this regular expression does, for every provider's patterns. The oracle below is that
// regular expression, written out as the catalog held it before the patterns became data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/providers/catalog.js';
import {
  credentialNames,
  keyName,
  nameMatchIndex,
  namePart,
  NamePatternIndex,
  type NamePattern,
} from '../../src/providers/names.js';

const SEPARATOR = '[-_./]';

function alternation(phrases: readonly string[]): string {
  return phrases.map((phrase) => phrase.split('_').join(SEPARATOR)).join('|');
}

/** The regular expression a pattern means (the oracle). */
function oracle(pattern: NamePattern): RegExp {
  const phrases = `(?:^|${SEPARATOR})(?:${alternation(pattern.phrases)})`;
  const endings = alternation(pattern.endings ?? []);
  if (pattern.kind === 'part') return new RegExp(`${phrases}(?:${SEPARATOR}|$)`, 'i');
  if (pattern.kind === 'credential') return new RegExp(`${phrases}${SEPARATOR}(?:${endings})(?:${SEPARATOR}|$)`, 'i');
  return new RegExp(`${phrases}(?:${SEPARATOR}[A-Za-z0-9]+)*${SEPARATOR}(?:${endings})$`, 'i');
}

function oracleIndex(patterns: readonly NamePattern[], name: string): number {
  const found = patterns.map((pattern) => oracle(pattern).exec(name)?.index ?? -1).filter((index) => index >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

const index = (pattern: NamePattern, name: string) => nameMatchIndex([pattern], name);

describe('namePart', () => {
  it.each([
    ['STRIPE_SECRET_KEY', 'STRIPE', 0],
    ['prod-stripe.key', 'STRIPE', 4],
    ['stripe', 'STRIPE', 0],
    ['STRIPEY_THING', 'STRIPE', -1],
    ['MY STRIPE', 'STRIPE', -1],
    ['app/Stripe/key', 'STRIPE', 3],
    ['_AWS', 'AWS', 0],
    ['A__AWS', 'AWS', 2],
    ['GOOGLE-CLOUD_KEY', 'GOOGLE_CLOUD', 0],
    ['GOOGLE__CLOUD', 'GOOGLE_CLOUD', -1],
  ])('%s for %s: %i', (name, phrase, expected) => {
    expect(index(namePart(phrase), name)).toBe(expected);
  });

  it('folds ASCII case only, as a case-insensitive regular expression does', () => {
    // ſ (long s) and K (Kelvin sign) upper-case to ASCII letters, but /i folds neither onto them.
    expect(index(namePart('AWS'), 'aws')).toBe(0);
    expect(index(namePart('AWS'), 'AWſ')).toBe(-1);
    expect(index(namePart('KEY'), '\u212AEY')).toBe(-1);
    expect(oracle(namePart('AWS')).test('AWſ')).toBe(false);
  });

  it('normalises phrases to upper-case alphanumeric words', () => {
    expect(namePart('Hugging-Face_hub')).toEqual({ kind: 'part', phrases: ['HUGGINGFACE_HUB'] });
  });
});

describe('credentialNames', () => {
  const WORDS = ['DROPBOX', 'NOTION', 'NOTION_INTEGRATION', 'LAUNCH_DARKLY', 'LD'];
  const PARTS = ['TOKEN', 'KEY', 'SECRET', 'API_KEY', 'API_TOKEN', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'BOT_TOKEN'];
  const pairs = namePart(...WORDS.flatMap((word) => PARTS.map((part) => `${word}_${part}`)));
  const factored = credentialNames(...WORDS);

  it.each([
    ['DROPBOX_TOKEN', true],
    ['prod-notion.api.key', true],
    ['NOTION_INTEGRATION_SECRET', true],
    ['LD_SDK', false],
    ['MY_LD_BOT_TOKEN_X', true],
    ['DROPBOX_APP_KEY', false],
    ['DROPBOXTOKEN', false],
    ['XDROPBOX_TOKEN', false],
  ])('%s: %s', (name, matches) => {
    expect(index(factored, name) >= 0).toBe(matches);
    expect(index(pairs, name) >= 0).toBe(matches);
  });

  it('matches the same names at the same index as namePart of every pair', () => {
    const piece = fc.constantFrom(...WORDS, ...PARTS, 'APP', 'ID', 'X', 'api', 'Token', 'launch');
    const separator = fc.constantFrom('_', '-', '.', '/', '', ' ');
    const name = fc
      .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 6 })
      .map((items) => items.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(name, (value) => {
        expect(index(factored, value)).toBe(index(pairs, value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('keyName', () => {
  it.each([
    ['OKTA_API_TOKEN', true],
    ['PROD_OKTA_TOKEN', true],
    ['OKTA_PROD_EU_TOKEN', true],
    ['OKTA_ORG_URL', false],
    ['OKTA_CLIENT_SECRET', false],
    ['OKTA_TOKEN_', false],
    ['OKTA__TOKEN', false],
    ['OKTA_A$B_TOKEN', false],
    ['OKTA_TOKEN', true],
    ['TOKEN', false],
  ])('%s: %s', (name, matches) => {
    expect(index(keyName(['OKTA'], ['TOKEN', 'API_KEY']), name) >= 0).toBe(matches);
  });

  it('stays linear on names with the phrase at every part', () => {
    const pattern = keyName(['OKTA'], ['TOKEN']);
    const name = `${'OKTA_'.repeat(50_000)}$_TOKEN`;
    const started = performance.now();
    expect(index(pattern, name)).toBe(-1);
    // Quadratic work here is billions of steps; linear is a few milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('nameMatchIndex against the regular expressions, over every provider', () => {
  const providers = CATALOG.filter((provider) => provider.namePatterns.length > 0);

  it('every provider has name patterns to test', () => {
    expect(providers.length).toBeGreaterThan(30);
  });

  it.each(providers.map((provider) => [provider.id, provider] as const))('%s', (_id, provider) => {
    const words = [
      ...new Set(
        provider.namePatterns
          .flatMap((pattern) => [...pattern.phrases, ...(pattern.endings ?? [])])
          .flatMap((p) => p.split('_')),
      ),
    ];
    // The provider's own words in any case, other words, a non-ASCII letter, and every separator.
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => word.toLowerCase()),
      fc.constantFrom('PROD', 'X1', 'url', 'ſ', 'K', '$', ''),
    );
    const separator = fc.constantFrom('_', '-', '.', '/', '', ' ', '__');
    const name = fc
      .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 7 })
      .map((items) => items.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(name, (value) => {
        expect(nameMatchIndex(provider.namePatterns, value)).toBe(oracleIndex(provider.namePatterns, value));
      }),
      { numRuns: 400 },
    );
  });
});

describe('NamePatternIndex', () => {
  const providers = CATALOG.filter((provider) => provider.namePatterns.length > 0);
  const index = new NamePatternIndex(CATALOG, (provider) => provider.namePatterns);
  /** The oracle: each provider's regular expressions, earliest match first, ties in catalog order. */
  const expected = (name: string) =>
    CATALOG.map((provider, order) => ({ provider, order, at: oracleIndex(provider.namePatterns, name) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at || a.order - b.order)
      .map(({ provider }) => provider.id);

  it.each([
    ['AWS_ACCESS_KEY_ID', ['aws']],
    ['PROD_SLACK_AWS_TOKEN', ['slack', 'aws']],
    ['DD_API_KEY', ['datadog']],
    ['NOTHING_HERE', []],
  ])('%s: %j', (name, ids) => {
    expect(index.matching(name).map((provider) => provider.id)).toEqual(ids);
    expect(expected(name)).toEqual(ids);
  });

  it("finds the providers, in the order, that every provider's regular expressions give", () => {
    const words = [
      ...new Set(
        providers
          .flatMap((provider) => provider.namePatterns)
          .flatMap((pattern) => [...pattern.phrases, ...(pattern.endings ?? [])])
          .flatMap((phrase) => phrase.split('_')),
      ),
    ];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => word.toLowerCase()),
      fc.constantFrom('PROD', 'X1', 'url', 'ſ', '$', ''),
    );
    const separator = fc.constantFrom('_', '-', '.', '/', '', ' ', '__');
    const name = fc
      .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 7 })
      .map((items) => items.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(name, (value) => {
        expect(index.matching(value).map((provider) => provider.id)).toEqual(expected(value));
      }),
      { numRuns: 3000 },
    );
  });
});
