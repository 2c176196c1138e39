// workflow-permissions: a deploying job whose GITHUB_TOKEN permissions are not narrowed: no
// `permissions:` block at job or workflow level (the repository default applies, read-write on
// older repositories and organizations), or `write-all`.

import type { Evidence } from '../core/types.js';
import { defineRule } from './types.js';

type Options = Record<string, never>;

/** Reports deploying jobs with no `permissions:` block or with `write-all`. */
export default defineRule<Options>({
  meta: {
    id: 'workflow-permissions',
    description: 'Reports a workflow or job that deploys with no permissions: block or with write-all.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'job {{job}} deploys ({{why}}) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read',
      writeAll: 'job {{job}} deploys ({{why}}) with {{level}} permissions: write-all; grant only the scopes it needs',
    },
    example:
      'job deploy deploys (environment production) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read',
  },
  check(context) {
    for (const workflow of context.inventory.workflows) {
      for (const job of workflow.jobs) {
        if (!job.deploys) continue;
        const why = job.deployEvidence ?? 'looks like a deploy';
        const deployEvidence: Evidence = { fact: 'deploys', value: true, source: 'file', detail: why };
        const effective = job.permissions ?? workflow.permissions;
        const level = job.permissions ? 'job' : 'workflow';
        if (!effective) {
          context.report({
            messageId: 'missing',
            data: { job: job.id, why },
            location: job.location,
            evidence: [
              { fact: 'permissions', value: 'none', source: 'file', detail: 'no job or workflow permissions: block' },
              deployEvidence,
            ],
            anchor: job.id,
          });
        } else if (effective.value === 'write-all') {
          context.report({
            messageId: 'writeAll',
            data: { job: job.id, why, level },
            location: effective.location,
            evidence: [
              { fact: 'permissions', value: 'write-all', source: 'file', detail: `${level} permissions` },
              deployEvidence,
            ],
            anchor: job.id,
          });
        }
      }
    }
  },
});
