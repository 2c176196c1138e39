// How keybound's schemas are compiled with ajv: the options (SECURITY.md: ajv never rewrites data here:
// no useDefaults, no coerceTypes) and the exact schema a rule's options are checked against. Used at
// build time by scripts/generate.mjs, which compiles the config schema and every built-in rule's
// options schema into src/generated/validators.ts, and at run time only for a schema it has not
// compiled (a rule changed since the last `npm run generate`, or a test's own rule).

import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { FORMATS } from './formats.js';

/**
 * verbose: errors carry parentSchema and data, which the messages need (allowed property names, the
 * value found). The data is only ever described through describeValue, never printed raw.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  verbose: true,
  useDefaults: false,
  coerceTypes: false,
  removeAdditional: false,
  logger: false,
};

/** A new ajv instance with keybound's options and formats; `extra` adds build-time options. */
export function createAjv(extra: Options = {}): Ajv {
  const instance = new Ajv({ ...AJV_OPTIONS, ...extra });
  for (const [name, format] of Object.entries(FORMATS)) instance.addFormat(name, format);
  return instance;
}

export { ruleOptionsSchema } from './rule-options-schema.js';

let runtimeAjv: Ajv | undefined;

/** Compiles a schema at run time (one shared instance, created on first use); throws ajv's error. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  runtimeAjv ??= createAjv();
  return runtimeAjv.compile(schema);
}
