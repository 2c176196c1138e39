// The exact schema a rule's options are checked against, apart from ajv (schema-compile.ts) so that
// checking whether a rule's schema was compiled at build time does not load ajv (issue 15: start-up).

import type { Rule } from '../rules/types.js';

/**
 * The schema a rule's merged options are validated against: its `meta.optionsSchema`, closed when it
 * lists `properties` and says nothing about others (the config schema lets anything through under
 * `rules.<id>`, so a typo in an option name must be caught here), typed as an object, without `$id`.
 */
export function ruleOptionsSchema(rule: Rule<unknown>): Record<string, unknown> {
  const schema: Record<string, unknown> = { ...rule.meta.optionsSchema };
  if (schema.properties !== undefined && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  if (schema.type === undefined) schema.type = 'object';
  // NOTE: ajv refuses a second schema with the same $id; the rule's id already names it.
  delete schema.$id;
  return schema;
}
