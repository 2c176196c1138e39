// The validators compiled at build time (src/generated/validators.ts, issue 15) must be current and must
// answer exactly as ajv compiling the same schema at run time would: same errors, same order, same
// fields (the messages in policy/messages.ts are built from them).

import { describe, expect, it } from 'vitest';
import { COMPILED_CONFIG, COMPILED_RULES } from '../../src/generated/validators.js';
import { POLICY_FILES } from '../../src/generated/policies.js';
import { createAjv, ruleOptionsSchema } from '../../src/policy/schema-compile.js';
import { configSchema, validateConfigData, validateRuleOptions } from '../../src/policy/schema.js';
import { RULES } from '../../src/rules/index.js';

const STALE = 'stale: run npm run generate';

describe('generated validators are current', () => {
  it('the config validator was compiled from the embedded config schema', () => {
    expect(COMPILED_CONFIG.source === POLICY_FILES['config.schema.json'] ? 'current' : STALE).toBe('current');
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
    const compiled = COMPILED_RULES.get(rule.meta.id);
    expect(compiled?.schema === JSON.stringify(ruleOptionsSchema(rule)) ? 'current' : STALE).toBe('current');
  });

  it('holds no rule that is not built in', () => {
    expect([...COMPILED_RULES.keys()].sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });
});

/** Each case must fail the schema with exactly these keywords, at these paths. */
const CONFIG_CASES: readonly { name: string; data: unknown; errors: readonly string[] }[] = [
  { name: 'a valid config', data: { version: 1, extends: ['recommended'] }, errors: [] },
  { name: 'wrong version', data: { version: 2 }, errors: ['const /version'] },
  { name: 'unknown top-level key', data: { version: 1, rulez: {} }, errors: ['additionalProperties '] },
  { name: 'empty string in extends (minLength)', data: { extends: [''] }, errors: ['minLength /extends/0'] },
  {
    name: 'one emoji is one character (ucs2length)',
    data: { keys: { K: { environment: '\u{1F600}' } } },
    errors: [],
  },
  {
    name: 'unknown provider (enum)',
    data: { keys: { K: { provider: 'github-enterprise' } } },
    errors: ['enum /keys/K/provider', 'if /keys/K'],
  },
  {
    name: 'exception: a date that does not exist (format date)',
    data: { exceptions: [{ rule: 'rotation-age', until: '2026-02-30', reason: 'r' }] },
    errors: ['format /exceptions/0/until'],
  },
  {
    name: 'exception: missing reason, bad rule id (required, pattern)',
    data: { exceptions: [{ rule: 'Rotation_Age', until: '2026-02-28' }] },
    errors: ['required /exceptions/0', 'pattern /exceptions/0/rule'],
  },
  {
    name: 'custom rule of the wrong shapes (type, enum, required)',
    data: { 'custom-rules': [{ id: 'x', severity: 'fatal', message: 3 }] },
    errors: ['required /custom-rules/0', 'enum /custom-rules/0/severity', 'type /custom-rules/0/message'],
  },
  {
    name: 'rules severity (enum through $ref)',
    data: { rules: { x: { severity: 'loud' } } },
    errors: ['enum /rules/x/severity', 'if /rules/x'],
  },
  { name: 'not an object', data: ['version', 1], errors: ['type '] },
];

describe('the compiled config validator answers as ajv at run time', () => {
  const runtime = createAjv().compile(configSchema());
  it.each(CONFIG_CASES.map((c) => [c.name, c] as const))('%s', (_name, { data, errors }) => {
    const compiled = validateConfigData(data);
    expect(compiled.map((e) => `${e.keyword} ${e.instancePath}`).sort()).toEqual([...errors].sort());
    runtime(data);
    expect(compiled).toEqual(runtime.errors ?? []);
  });
});

const rule = (id: string) => {
  const found = RULES.find((r) => r.meta.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

const RULE_CASES: readonly {
  name: string;
  rule: string;
  options: Record<string, unknown>;
  errors: readonly string[];
}[] = [
  { name: 'rotation-age: defaults', rule: 'rotation-age', options: { 'max-age-days': 90 }, errors: [] },
  {
    name: 'rotation-age: below the minimum, not an integer, unknown option',
    rule: 'rotation-age',
    options: { 'max-age-days': 0, 'warn-age-days': 1.5, 'max-age': 3 },
    errors: ['minimum /max-age-days', 'type /warn-age-days', 'additionalProperties '],
  },
  {
    name: 'rbac-least-privilege: repeated role (uniqueItems), too long (maxLength)',
    rule: 'rbac-least-privilege',
    options: { 'privileged-roles': ['admin', 'admin'], 'allow-service-accounts': ['x'.repeat(301)] },
    errors: ['uniqueItems /privileged-roles', 'maxLength /allow-service-accounts/0'],
  },
  {
    name: 'no-dev-keys-in-prod: takes no options',
    rule: 'no-dev-keys-in-prod',
    options: { strict: true },
    errors: ['additionalProperties '],
  },
];

describe("the compiled rules' options validators answer as ajv at run time", () => {
  it.each(RULE_CASES.map((c) => [c.name, c] as const))('%s', (_name, { rule: id, options, errors }) => {
    const compiled = validateRuleOptions(rule(id), options);
    expect(compiled.map((e) => `${e.keyword} ${e.instancePath}`).sort()).toEqual([...errors].sort());
    const runtime = createAjv().compile(ruleOptionsSchema(rule(id)));
    runtime(options);
    expect(compiled).toEqual(runtime.errors ?? []);
  });
});
