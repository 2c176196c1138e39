// The validators: the config JSON Schema (policies/config.schema.json, embedded so bundles carry it) and
// each rule's options schema. Both are compiled at build time (ajv standalone code in
// src/generated/validators.ts, issue 15), so no schema is compiled at start-up; a schema that differs
// from the one compiled there (not regenerated yet, or a test's own rule) is compiled by ajv on first use;
// ajv itself is loaded (prepareValidators, before a config is loaded) only when such a schema exists.

import type { ErrorObject, ValidateFunction } from 'ajv';
import { POLICY_FILES } from '../generated/policies.js';
import { COMPILED_CONFIG, COMPILED_RULES } from '../generated/validators.js';
import { KeyboundError } from '../core/errors.js';
import type { Rule } from '../rules/types.js';
import { ruleOptionsSchema } from './rule-options-schema.js';
import type { compileSchema } from './schema-compile.js';

export { isCalendarDate } from './formats.js';

/** File name of the config schema in policies/. */
export const CONFIG_SCHEMA_FILE = 'config.schema.json';

let configValidator: ValidateFunction | undefined;
const ruleValidators = new WeakMap<Rule<unknown>, ValidateFunction>();
/** ajv's compiler, loaded by prepareValidators only when a schema was not compiled at build time. */
let runtimeCompile: typeof compileSchema | undefined;

/** The build-time validator of a rule's options, if its schema has not changed since. */
function precompiledRule(rule: Rule<unknown>): ValidateFunction | undefined {
  const compiled = COMPILED_RULES.get(rule.meta.id);
  return compiled && compiled.schema === JSON.stringify(ruleOptionsSchema(rule)) ? compiled.validate : undefined;
}

/**
 * Loads ajv when the config schema or one of these rules' options schemas was not compiled at build
 * time (ajv costs ≈ 15 ms of every start otherwise; issue 15). loadConfig calls it first.
 */
export async function prepareValidators(rules: readonly Rule<unknown>[]): Promise<void> {
  if (runtimeCompile) return;
  if (COMPILED_CONFIG.source === configSchemaText() && rules.every((rule) => precompiledRule(rule))) return;
  runtimeCompile = (await import('./schema-compile.js')).compileSchema;
}

function runtimeCompiler(): typeof compileSchema {
  if (!runtimeCompile) {
    throw new KeyboundError('internal', 'a schema not compiled at build time needs prepareValidators() first');
  }
  return runtimeCompile;
}

function configSchemaText(): string {
  const text = POLICY_FILES[CONFIG_SCHEMA_FILE];
  if (text === undefined) {
    throw new KeyboundError('internal', `${CONFIG_SCHEMA_FILE} is not embedded; run node scripts/generate.mjs`);
  }
  return text;
}

/** The parsed config schema (for `keybound schema` style commands and tests). */
export function configSchema(): Record<string, unknown> {
  return JSON.parse(configSchemaText()) as Record<string, unknown>;
}

/** Validates one parsed config or policy file; returns ajv's errors (to be rewritten, never shown raw). */
export function validateConfigData(data: unknown): ErrorObject[] {
  configValidator ??=
    COMPILED_CONFIG.source === configSchemaText() ? COMPILED_CONFIG.validate : runtimeCompiler()(configSchema());
  const validate = configValidator;
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Validates a rule's merged options against its options schema (see ruleOptionsSchema). */
export function validateRuleOptions(rule: Rule<unknown>, options: Record<string, unknown>): ErrorObject[] {
  let validate = ruleValidators.get(rule);
  if (!validate) {
    validate = precompiledRule(rule);
    if (!validate) {
      const compile = runtimeCompiler();
      try {
        validate = compile(ruleOptionsSchema(rule));
      } catch (error) {
        const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new KeyboundError('internal', `rule "${rule.meta.id}" has an invalid options schema: ${why}`);
      }
    }
    ruleValidators.set(rule, validate);
  }
  return validate(options) ? [] : [...(validate.errors ?? [])];
}
