// Name patterns of provider data files (src/providers/names.ts). credentialNames is written as two
// alternations (words, then parts) instead of one of every pair, which V8 compiles far faster; it must
// match exactly the names, at exactly the places, that namePart of every `WORD_PART` pair does.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialNames, keyName, namePart } from '../../src/providers/names.js';

const WORDS = ['DROPBOX', 'NOTION', 'NOTION_INTEGRATION', 'LAUNCH_DARKLY', 'LD'];
const PARTS = ['TOKEN', 'KEY', 'SECRET', 'API_KEY', 'API_TOKEN', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'BOT_TOKEN'];
const pairs = namePart(...WORDS.flatMap((word) => PARTS.map((part) => `${word}_${part}`)));
const factored = credentialNames(...WORDS);

describe('credentialNames', () => {
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
    expect(factored.test(name)).toBe(matches);
    expect(pairs.test(name)).toBe(matches);
  });

  it('matches the same names at the same index as namePart of every pair', () => {
    const piece = fc.constantFrom(...WORDS, ...PARTS, 'APP', 'ID', 'X', 'api', 'Token', 'launch');
    const separator = fc.constantFrom('_', '-', '.', '/', '', ' ');
    const name = fc
      .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 6 })
      .map((items) => items.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(name, (value) => {
        expect(factored.exec(value)?.index).toBe(pairs.exec(value)?.index);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('keyName', () => {
  it.each([
    ['OKTA_API_TOKEN', true],
    ['PROD_OKTA_TOKEN', true],
    ['OKTA_ORG_URL', false],
    ['OKTA_CLIENT_SECRET', false],
  ])('%s: %s', (name, matches) => {
    expect(keyName(['OKTA'], ['TOKEN', 'API_KEY']).test(name)).toBe(matches);
  });
});
