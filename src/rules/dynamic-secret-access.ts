// dynamic-secret-access: `secrets[expr]` whose index the files do not settle (SPEC section 5). Indexes
// that a literal, a static matrix or a dispatch choice settle are ordinary uses (discovery resolves
// them); what is left reads a secret nobody can name before the run, so no rule and no gate can check
// it. An error in production, a warning elsewhere.

import type { RawUse } from '../core/types.js';
import { decideEnvironments, KustomizeIndex } from '../discovery/environment.js';
import { defineRule } from './types.js';
import { capSeverity } from './util.js';

type Options = Record<string, never>;

/** Reports each `secrets[expr]` that cannot be resolved, once per place and environment. */
export default defineRule<Options>({
  meta: {
    id: 'dynamic-secret-access',
    description:
      'Reports secrets[expr] whose index cannot be resolved statically (a literal, a static matrix, choice options): nobody can tell which key the deploy uses.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unresolved:
        'secrets[{{expression}}] reads a secret whose name is only known at run time ({{environment}}), so it cannot be checked; use secrets.NAME, a static matrix or choice options',
    },
    example:
      "secrets[format('{0}_API_KEY', inputs.env)] reads a secret whose name is only known at run time (production), so it cannot be checked; use secrets.NAME, a static matrix or choice options",
  },
  check(context) {
    const decide = { mappings: context.config.environments, kustomize: new KustomizeIndex([]) };
    const seen = new Set<string>();
    for (const workflow of context.inventory.workflows) {
      for (const access of workflow.dynamicSecrets ?? []) {
        const raw: RawUse = {
          name: `secrets[${access.expression}]`,
          sourceKind: 'github-workflow',
          location: access.location,
          hints: access.hints,
        };
        for (const { environment } of decideEnvironments(raw, decide)) {
          if (context.environment && environment !== context.environment) continue;
          const { file, line, column } = access.location;
          const id = JSON.stringify([file, line, column, environment]);
          if (seen.has(id)) continue;
          seen.add(id);
          const job = access.context.job;
          context.report({
            messageId: 'unresolved',
            data: { expression: access.expression, environment },
            location: access.location,
            environment,
            evidence: [
              {
                fact: 'secretIndex',
                value: access.expression,
                source: 'file',
                ...(job !== undefined && { detail: `job ${job}` }),
              },
            ],
            anchor: `${job ?? ''}:${access.expression}`,
            ...(environment !== 'production' && { severity: capSeverity(context.severity, 'warning') }),
          });
        }
      }
    }
  },
});
