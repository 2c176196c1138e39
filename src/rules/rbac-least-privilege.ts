// rbac-least-privilege: a Kubernetes service account bound to cluster-admin (or admin), or to a Role or
// ClusterRole with `*` in its verbs or resources. A deploy credential in that service account's token
// can do anything in the cluster (or namespace), so one leaked pod token becomes a cluster takeover.

import { matchesGlob } from '../core/glob.js';
import type { RbacBinding, RbacRole } from '../core/types.js';
import { defineRule, type RuleContext } from './types.js';

type Options = { 'privileged-roles': string[]; 'allow-service-accounts': string[] };

const DEFAULTS: Options = { 'privileged-roles': ['cluster-admin', 'admin'], 'allow-service-accounts': [] };

/** Reports each service account subject of a binding to a privileged or wildcard role. */
export default defineRule<Options>({
  meta: {
    id: 'rbac-least-privilege',
    description:
      'Reports a Kubernetes service account bound to cluster-admin (or admin), or to a role with wildcard verbs or resources.',
    defaultSeverity: 'warning',
    optionsSchema: {
      type: 'object',
      properties: {
        'privileged-roles': {
          type: 'array',
          items: { type: 'string', maxLength: 253 },
          uniqueItems: true,
          description: 'ClusterRole names that grant everything; binding a service account to one is reported.',
        },
        'allow-service-accounts': {
          type: 'array',
          items: { type: 'string', maxLength: 300 },
          uniqueItems: true,
          description: 'Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: DEFAULTS,
    messages: {
      privileged:
        'service account {{subject}} is bound to {{role}} by {{binding}}; grant a role with only the verbs and resources it needs',
      wildcard:
        'service account {{subject}} is bound by {{binding}} to {{role}}, which allows * {{what}}; list the {{what}} it needs instead',
    },
    example:
      'service account ci/deployer is bound to ClusterRole cluster-admin by ClusterRoleBinding/deployer-admin; grant a role with only the verbs and resources it needs',
  },
  check(context) {
    const options = { ...DEFAULTS, ...context.options };
    const roles = context.inventory.rbac.roles;
    for (const binding of context.inventory.rbac.bindings) {
      const subjects = serviceAccounts(binding).filter(
        (subject) => !options['allow-service-accounts'].some((pattern) => matchesGlob(pattern, subject)),
      );
      if (subjects.length === 0) continue;
      const bindingName = `${binding.kind}/${binding.name}`;
      const roleName = `${binding.roleRef.kind} ${binding.roleRef.name}`;
      const privileged =
        binding.roleRef.kind === 'ClusterRole' && options['privileged-roles'].includes(binding.roleRef.name);
      const wildcard = privileged ? undefined : wildcardOf(findRole(roles, binding));
      if (!privileged && !wildcard) continue;
      for (const subject of subjects) {
        report(
          context,
          binding,
          subject,
          privileged ? { messageId: 'privileged' } : { messageId: 'wildcard', what: wildcard ?? '' },
          bindingName,
          roleName,
        );
      }
    }
  },
});

function report(
  context: RuleContext<Options>,
  binding: RbacBinding,
  subject: string,
  kind: { messageId: 'privileged' } | { messageId: 'wildcard'; what: string },
  bindingName: string,
  roleName: string,
): void {
  context.report({
    messageId: kind.messageId,
    data: {
      subject,
      role: roleName,
      binding: bindingName,
      ...(kind.messageId === 'wildcard' ? { what: kind.what } : {}),
    },
    location: binding.location,
    evidence: [
      { fact: 'roleRef', value: roleName, source: 'file', detail: bindingName },
      { fact: 'subject', value: subject, source: 'file' },
    ],
    anchor: `${bindingName}:${subject}`,
  });
}

/**
 * Service account subjects as NAMESPACE/NAME. A subject without a namespace is in the binding's;
 * the `system:serviceaccounts[:NS]` groups stand for every service account (in NS).
 */
function serviceAccounts(binding: RbacBinding): string[] {
  const out: string[] = [];
  for (const subject of binding.subjects) {
    if (subject.kind === 'ServiceAccount' && subject.name) {
      out.push(`${subject.namespace ?? binding.namespace ?? 'default'}/${subject.name}`);
    } else if (subject.kind === 'Group' && /^system:serviceaccounts(?::[^:]+)?$/.test(subject.name)) {
      const namespace = subject.name.split(':')[2];
      out.push(`${namespace ?? '*'}/*`);
    }
  }
  return [...new Set(out)];
}

/** The role a binding refers to: a Role in the binding's namespace, or a ClusterRole by name. */
function findRole(roles: readonly RbacRole[], binding: RbacBinding): RbacRole | undefined {
  const { kind, name } = binding.roleRef;
  return roles.find(
    (role) =>
      role.kind === kind &&
      role.name === name &&
      (kind === 'ClusterRole' || (role.namespace ?? '') === (binding.namespace ?? '')),
  );
}

/** `verbs`, `resources` or `verbs and resources` when some rule of the role has `*` there. */
function wildcardOf(role: RbacRole | undefined): string | undefined {
  if (!role) return undefined;
  const verbs = role.rules.some((rule) => rule.verbs.includes('*'));
  const resources = role.rules.some((rule) => rule.resources.includes('*'));
  if (verbs && resources) return 'verbs and resources';
  return verbs ? 'verbs' : resources ? 'resources' : undefined;
}
