// secrets-overexposed: `toJSON(secrets)` or `secrets: inherit`, which hand every secret the workflow
// can see to a step or a called workflow, so one compromised action or reusable workflow gets them all.

import { defineRule } from './types.js';
import { exposureEvidence } from './util.js';

type Options = Record<string, never>;

/** Reports each `toJSON(secrets)` and `secrets: inherit` in a workflow. */
export default defineRule<Options>({
  meta: {
    id: 'secrets-overexposed',
    description: 'Reports toJSON(secrets) or secrets: inherit handing every secret to a step or workflow.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      toJSON: 'toJSON(secrets) hands every secret to {{where}}; pass only the secrets it needs',
      inherit:
        'secrets: inherit hands every secret to the workflow called by {{where}}; pass only the secrets it declares',
    },
    example:
      'secrets: inherit hands every secret to the workflow called by job deploy; pass only the secrets it declares',
  },
  check(context) {
    for (const workflow of context.inventory.workflows) {
      for (const exposure of workflow.exposures) {
        const where = exposure.job ? `job ${exposure.job}` : 'this workflow';
        context.report({
          messageId: exposure.form === 'toJSON(secrets)' ? 'toJSON' : 'inherit',
          data: { where },
          location: exposure.location,
          evidence: [exposureEvidence(exposure)],
          anchor: `${exposure.form}:${exposure.job ?? ''}`,
        });
      }
    }
  },
});
