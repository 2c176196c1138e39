// Keeps the rules in step (DESIGN convention 1): name = id = file = test = registry = policy entry,
// the registry sorted and unique, and every rule's defaults valid against its own options schema.
import { Ajv } from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/types.js';
import { placeholders } from '../../src/core/template.js';
import { RULES, ruleById } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

const root = new URL('../..', import.meta.url).pathname;
const recommended = parse(readFileSync(join(root, 'policies/recommended.yml'), 'utf8')) as {
  version: number;
  rules: Record<string, { severity: string } & Record<string, unknown>>;
};
// Rule files another engineer is writing; the integrator registers them in RULES.
const NOT_RULES = new Set(['custom', 'index', 'types', 'util']);
const ruleFiles = readdirSync(join(root, 'src/rules'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !NOT_RULES.has(f));
const ajv = new Ajv({ allErrors: true, strict: true });
const rows = RULES.map((rule) => [rule.meta.id, rule] as const);

/** Every file in src/rules/ whose default export is a rule (helpers such as placeholder.ts are not). */
const ruleModules: { file: string; rule: Rule }[] = [];
for (const file of ruleFiles) {
  const url = pathToFileURL(join(root, 'src/rules', `${file}.ts`)).href;
  const module = (await import(/* @vite-ignore */ url)) as { default?: Rule };
  if (module.default?.meta) ruleModules.push({ file, rule: module.default });
}

describe('rule registry', () => {
  it('is sorted by id with unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ruleById finds every rule and nothing else', () => {
    for (const rule of RULES) expect(ruleById(rule.meta.id)).toBe(rule);
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('registers every rule file (a file whose default export is a rule), and its id is its file name', () => {
    const registered = new Set(RULES.map((r) => r.meta.id));
    for (const { file, rule } of ruleModules) expect(rule.meta.id).toBe(file);
    const unregistered = ruleModules.filter(({ file }) => !registered.has(file));
    expect(unregistered.map(({ file }) => file)).toEqual([]);
  });

  it('recommended.yml is version 1 and each of its rules has a file in src/rules/', () => {
    expect(recommended.version).toBe(1);
    const missing = Object.keys(recommended.rules).filter((id) => !existsSync(join(root, `src/rules/${id}.ts`)));
    expect(missing).toEqual([]);
  });
});

describe.each(rows)('%s', (id, rule) => {
  it('has file name = id and a test file', () => {
    expect(existsSync(join(root, `src/rules/${id}.ts`))).toBe(true);
    expect(existsSync(join(root, `__tests__/rules/${id}.test.ts`))).toBe(true);
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has complete metadata', () => {
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
    expect(SEVERITIES).toContain(rule.meta.defaultSeverity);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(rule.meta.example).toBeTruthy();
    for (const template of Object.values(rule.meta.messages)) expect(template.trim()).toBe(template);
  });

  it('has a closed options schema that accepts its defaults', () => {
    expect(rule.meta.optionsSchema).toMatchObject({ type: 'object', additionalProperties: false });
    const validate = ajv.compile(rule.meta.optionsSchema);
    expect(validate(rule.meta.defaultOptions), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ 'not-an-option': 1 })).toBe(false);
  });

  it('has a recommended.yml entry with its default severity and valid options', () => {
    const entry = recommended.rules[id];
    expect(entry).toBeDefined();
    const { severity, ...options } = entry;
    expect(severity).toBe(rule.meta.defaultSeverity);
    const validate = ajv.compile(rule.meta.optionsSchema);
    expect(validate(options), ajv.errorsText(validate.errors)).toBe(true);
    // The policy spells out every option, with the rule's own defaults.
    expect(options).toEqual(rule.meta.defaultOptions);
  });

  it('uses only simple placeholder names in its messages', () => {
    for (const template of Object.values(rule.meta.messages)) {
      for (const name of placeholders(template)) expect(name).toMatch(/^[a-zA-Z]+$/);
    }
  });
});
