// policy-change (SPEC section 8): on a pull request the base branch's policy decides, and what the pull
// request changes in it (a rule made less severe or off, an option, a key declaration or environment
// mapping changed, an exception added or extended, an inline suppression added) is reported where the
// pull request makes it, so reviewers see what the pull request would weaken once merged.

import type { PolicyChange } from '../policy/types.js';
import { defineRule } from './types.js';

type Options = Record<string, never>;

const MESSAGE: Record<PolicyChange['kind'], string> = {
  setting: 'setting',
  exception: 'setting',
  suppression: 'suppression',
  unreadable: 'unreadable',
};

/** Reports each change a pull request makes to the policy its own check would use. */
export default defineRule<Options>({
  meta: {
    id: 'policy-change',
    description:
      "Reports what a pull request changes in the policy (rules, options, keys, environments, exceptions, inline suppressions); its own check uses the base branch's policy.",
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      setting: "this pull request {{change}}; its own check uses the base branch's policy, without the change",
      suppression: "this pull request {{change}}; it does not apply to the pull request's own check",
      unreadable:
        "the base branch's policy could not be used ({{change}}); this check used the pull request's own policy, which the pull request may have changed",
    },
    example:
      'this pull request changes rules.key-user-association.unknown from "fail" to "warn"; its own check uses the base branch\'s policy, without the change',
  },
  check(context) {
    for (const change of context.policyChanges ?? []) {
      context.report({
        messageId: MESSAGE[change.kind],
        data: { change: change.change },
        location: change.location,
        evidence: [{ fact: 'policy-change', value: change.kind, source: 'config', detail: change.change }],
        anchor: `${change.kind}:${change.change}`,
      });
    }
  },
});
