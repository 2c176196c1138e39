// The validators: the config JSON Schema (policies/config.schema.json, embedded so bundles carry it) and
// each rule's options schema, compiled by one ajv instance. SECURITY.md: ajv never rewrites data here
// (no useDefaults, no coerceTypes), and every pattern we compile is linear-time.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { POLICY_FILES } from '../generated/policies.js';
import { KeyboundError } from '../core/errors.js';
import type { Rule } from '../rules/types.js';

/** File name of the config schema in policies/. */
export const CONFIG_SCHEMA_FILE = 'config.schema.json';

let ajvInstance: Ajv | undefined;
let configValidator: ValidateFunction | undefined;
const ruleValidators = new WeakMap<Rule<unknown>, ValidateFunction>();

function ajv(): Ajv {
  ajvInstance ??= createAjv();
  return ajvInstance;
}

function createAjv(): Ajv {
  // verbose: errors carry parentSchema and data, which the messages need (allowed property names,
  // the value found). The data is only ever described through describeValue, never printed raw.
  const instance = new Ajv({
    allErrors: true,
    strict: true,
    verbose: true,
    useDefaults: false,
    coerceTypes: false,
    removeAdditional: false,
    logger: false,
  });
  instance.addFormat('date', { type: 'string', validate: isCalendarDate });
  return instance;
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** The parsed config schema (for `keybound schema` style commands and tests). */
export function configSchema(): Record<string, unknown> {
  const text = POLICY_FILES[CONFIG_SCHEMA_FILE];
  if (text === undefined) {
    throw new KeyboundError('internal', `${CONFIG_SCHEMA_FILE} is not embedded; run node scripts/generate.mjs`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}

/** Validates one parsed config or policy file; returns ajv's errors (to be rewritten, never shown raw). */
export function validateConfigData(data: unknown): ErrorObject[] {
  const validate = (configValidator ??= ajv().compile(configSchema()));
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/**
 * Validates a rule's merged options against its `meta.optionsSchema`. A schema that lists `properties`
 * and says nothing about others is closed here: the top config schema lets anything through under
 * `rules.<id>`, so a typo in an option name must be caught by the rule's schema.
 */
export function validateRuleOptions(rule: Rule<unknown>, options: Record<string, unknown>): ErrorObject[] {
  let validate = ruleValidators.get(rule);
  if (!validate) {
    const schema: Record<string, unknown> = { ...rule.meta.optionsSchema };
    if (schema.properties !== undefined && schema.additionalProperties === undefined) {
      schema.additionalProperties = false;
    }
    if (schema.type === undefined) schema.type = 'object';
    // NOTE: ajv refuses a second schema with the same $id; the rule's id already names it.
    delete schema.$id;
    try {
      validate = ajv().compile(schema);
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new KeyboundError('internal', `rule "${rule.meta.id}" has an invalid options schema: ${why}`);
    }
    ruleValidators.set(rule, validate);
  }
  return validate(options) ? [] : [...(validate.errors ?? [])];
}
