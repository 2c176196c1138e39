// The built-in packs are read from data prepared at build time (src/generated/policies.ts POLICY_DATA,
// issue 15: no YAML parse of our own packs at start-up). That data must be exactly what parsing the
// pack's text gives, the pack must have no problem, and loading through either path must agree.

import { describe, expect, it } from 'vitest';
import { POLICY_DATA, POLICY_FILES } from '../../src/generated/policies.js';
import { loadConfig } from '../../src/policy/load.js';
import { parseSource } from '../../src/policy/source.js';
import type { KeyboundError } from '../../src/core/errors.js';
import { RULES } from '../../src/rules/index.js';

const PACKS = Object.keys(POLICY_FILES).filter((name) => /\.ya?ml$/.test(name));

describe('built-in packs prepared at build time', () => {
  it('there is one prepared pack per built-in YAML pack', () => {
    expect(Object.keys(POLICY_DATA).sort()).toEqual(PACKS.sort());
  });

  it.each(PACKS)('%s: the prepared data equals the parsed text, which has no problem', (name) => {
    const errors: KeyboundError[] = [];
    const parsed = parseSource(
      POLICY_FILES[name],
      { file: name, id: `builtin:${name}`, builtin: true, code: 'policy' },
      errors,
    );
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(JSON.parse(POLICY_DATA[name])).toEqual(JSON.parse(JSON.stringify(parsed.data)));
  });

  it('loading with the prepared data and from the text gives the same config', async () => {
    const readFile = (): string => {
      throw Object.assign(new Error('absent'), { code: 'ENOENT' });
    };
    const prepared = await loadConfig({ root: '/nowhere', rules: RULES, readFile });
    // A copy of the texts is not POLICY_FILES itself, so its packs are parsed from YAML.
    const parsed = await loadConfig({ root: '/nowhere', rules: RULES, readFile, builtins: { ...POLICY_FILES } });
    // toStrictEqual also compares prototypes: prepared objects are prototype-free like parsed ones.
    expect(prepared).toStrictEqual(parsed);
    expect(prepared.extends).toEqual(['recommended']);
  });
});

describe('the config schema knows every provider', () => {
  it('keys.*.provider accepts exactly the registered providers and none', async () => {
    const { PROVIDERS } = await import('../../src/providers/index.js');
    const schema = JSON.parse(POLICY_FILES['config.schema.json']) as {
      definitions: { provider: { enum: string[] } };
    };
    expect([...schema.definitions.provider.enum].sort()).toEqual([...PROVIDERS.map((p) => p.id), 'none'].sort());
  });

  it.each(['okta', 'vault', 'alibaba'])('a config declaring provider: %s loads', async (provider) => {
    const text = `version: 1\nkeys:\n  SOME_TOKEN: { provider: ${provider} }\n`;
    const readFile = (path: string): string => {
      if (path.endsWith('keybound.yml')) return text;
      throw Object.assign(new Error('absent'), { code: 'ENOENT' });
    };
    const config = await loadConfig({ root: '/repo', rules: RULES, readFile });
    expect(config.keys.get('SOME_TOKEN')?.provider).toBe(provider);
  });
});
