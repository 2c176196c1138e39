// rbac-least-privilege: service accounts bound to cluster-admin/admin or to wildcard roles are
// reported at the binding; users, groups of people, narrow roles and allowed accounts are not.

import { describe, expect, it } from 'vitest';
import type { RbacBinding, RbacInventory, RbacRole } from '../../src/core/types.js';
import { kubernetesExtractor } from '../../src/discovery/kubernetes.js';
import rule from '../../src/rules/rbac-least-privilege.js';
import { fixture } from '../fixtures/manifests/helpers.js';
import { location, runRule } from './manifest-rule-helpers.js';

function binding(
  name: string,
  roleRef: string,
  subjects: RbacBinding['subjects'],
  extra: Partial<RbacBinding> = {},
): RbacBinding {
  const [kind, roleName] = roleRef.split('/');
  return {
    kind: extra.kind ?? (extra.namespace ? 'RoleBinding' : 'ClusterRoleBinding'),
    name,
    roleRef: { kind, name: roleName },
    subjects,
    location: location(`rbac.yaml:${10 + name.length}:1`),
    ...extra,
  };
}

function role(kind: RbacRole['kind'], name: string, rules: [string[], string[]][], namespace?: string): RbacRole {
  return {
    kind,
    name,
    ...(namespace ? { namespace } : {}),
    rules: rules.map(([resources, verbs], i) => ({
      apiGroups: [''],
      resources,
      verbs,
      location: location(`roles.yaml:${i + 5}:5`),
    })),
    location: location('roles.yaml:3:9'),
  };
}

const SA = (name: string, namespace?: string) => ({
  kind: 'ServiceAccount',
  name,
  ...(namespace ? { namespace } : {}),
});
const ROLES: RbacRole[] = [
  role('ClusterRole', 'all-verbs', [[['pods'], ['*']]]),
  role('ClusterRole', 'all-resources', [[['*'], ['get']]]),
  role('ClusterRole', 'everything', [
    [['pods'], ['get']],
    [['*'], ['*']],
  ]),
  role('ClusterRole', 'reader', [
    [
      ['pods', 'services'],
      ['get', 'list', 'watch'],
    ],
  ]),
  role('Role', 'ns-wild', [[['secrets'], ['*']]], 'apps'),
  role('Role', 'ns-wild', [[['pods'], ['get']]], 'other'),
];

const CASES: { name: string; bindings: RbacBinding[]; options?: Record<string, unknown>; want: string[] }[] = [
  {
    name: 'a service account bound to cluster-admin',
    bindings: [binding('ci-admin', 'ClusterRole/cluster-admin', [SA('deployer', 'ci')])],
    want: [
      'rbac.yaml:18:1 service account ci/deployer is bound to ClusterRole cluster-admin by ClusterRoleBinding/ci-admin; grant a role with only the verbs and resources it needs',
    ],
  },
  {
    name: 'admin through a RoleBinding: the subject namespace defaults to the binding',
    bindings: [binding('app-admin', 'ClusterRole/admin', [SA('app')], { namespace: 'apps' })],
    want: [
      'rbac.yaml:19:1 service account apps/app is bound to ClusterRole admin by RoleBinding/app-admin; grant a role with only the verbs and resources it needs',
    ],
  },
  {
    name: 'wildcard verbs, resources, both',
    bindings: [
      binding('v', 'ClusterRole/all-verbs', [SA('a', 'x')]),
      binding('r', 'ClusterRole/all-resources', [SA('b', 'x')]),
      binding('vr', 'ClusterRole/everything', [SA('c', 'x')]),
    ],
    want: [
      'rbac.yaml:11:1 service account x/a is bound by ClusterRoleBinding/v to ClusterRole all-verbs, which allows * verbs; list the verbs it needs instead',
      'rbac.yaml:11:1 service account x/b is bound by ClusterRoleBinding/r to ClusterRole all-resources, which allows * resources; list the resources it needs instead',
      'rbac.yaml:12:1 service account x/c is bound by ClusterRoleBinding/vr to ClusterRole everything, which allows * verbs and resources; list the verbs and resources it needs instead',
    ],
  },
  {
    name: 'a namespaced Role is looked up in the binding namespace only',
    bindings: [
      binding('in-apps', 'Role/ns-wild', [SA('app')], { namespace: 'apps' }),
      binding('in-other', 'Role/ns-wild', [SA('app')], { namespace: 'other' }),
    ],
    want: [
      'rbac.yaml:17:1 service account apps/app is bound by RoleBinding/in-apps to Role ns-wild, which allows * verbs; list the verbs it needs instead',
    ],
  },
  {
    name: 'one finding per service account; users and ordinary groups are ignored',
    bindings: [
      binding('mixed', 'ClusterRole/cluster-admin', [
        { kind: 'User', name: 'alice@example.com' },
        { kind: 'Group', name: 'system:masters' },
        SA('one', 'a'),
        SA('two', 'b'),
        SA('one', 'a'),
      ]),
    ],
    want: [
      'rbac.yaml:15:1 service account a/one is bound to ClusterRole cluster-admin by ClusterRoleBinding/mixed; grant a role with only the verbs and resources it needs',
      'rbac.yaml:15:1 service account b/two is bound to ClusterRole cluster-admin by ClusterRoleBinding/mixed; grant a role with only the verbs and resources it needs',
    ],
  },
  {
    name: 'the system:serviceaccounts groups stand for every service account',
    bindings: [
      binding('all-sa', 'ClusterRole/cluster-admin', [{ kind: 'Group', name: 'system:serviceaccounts' }]),
      binding('ns-sa', 'ClusterRole/cluster-admin', [{ kind: 'Group', name: 'system:serviceaccounts:dev' }]),
    ],
    want: [
      'rbac.yaml:16:1 service account */* is bound to ClusterRole cluster-admin by ClusterRoleBinding/all-sa; grant a role with only the verbs and resources it needs',
      'rbac.yaml:15:1 service account dev/* is bound to ClusterRole cluster-admin by ClusterRoleBinding/ns-sa; grant a role with only the verbs and resources it needs',
    ],
  },
  {
    name: 'narrow roles, unknown roles, a Role named cluster-admin, and users are fine',
    bindings: [
      binding('read', 'ClusterRole/reader', [SA('a', 'x')]),
      binding('unknown', 'ClusterRole/not-in-the-tree', [SA('a', 'x')]),
      binding('fake', 'Role/cluster-admin', [SA('a', 'x')], { namespace: 'x' }),
      binding('human', 'ClusterRole/cluster-admin', [{ kind: 'User', name: 'bob' }]),
      binding('nobody', 'ClusterRole/cluster-admin', []),
    ],
    want: [],
  },
  {
    name: 'allow-service-accounts waives by NAMESPACE/NAME glob',
    bindings: [binding('sys', 'ClusterRole/cluster-admin', [SA('kube-proxy', 'kube-system'), SA('deployer', 'ci')])],
    options: { 'allow-service-accounts': ['kube-system/*'] },
    want: [
      'rbac.yaml:13:1 service account ci/deployer is bound to ClusterRole cluster-admin by ClusterRoleBinding/sys; grant a role with only the verbs and resources it needs',
    ],
  },
  {
    name: 'privileged-roles is configurable',
    bindings: [
      binding('edit', 'ClusterRole/edit', [SA('a', 'x')]),
      binding('adm', 'ClusterRole/admin', [SA('a', 'x')]),
    ],
    options: { 'privileged-roles': ['edit'] },
    want: [
      'rbac.yaml:14:1 service account x/a is bound to ClusterRole edit by ClusterRoleBinding/edit; grant a role with only the verbs and resources it needs',
    ],
  },
];

describe('rbac-least-privilege', () => {
  it.each(CASES)('$name', ({ bindings, options, want }) => {
    const rbac: RbacInventory = { roles: ROLES, bindings, serviceAccounts: [] };
    const findings = runRule(rule, { inventory: { rbac }, options });
    expect(findings.map((f) => `${f.at} ${f.message}`)).toEqual(want);
    for (const f of findings) {
      expect(f.input.key).toBeUndefined();
      expect(f.input.evidence[0]).toMatchObject({ fact: 'roleRef', source: 'file' });
    }
  });

  it('end to end on the operator bundle fixture: a wildcard ClusterRole and a cluster-admin RoleBinding', () => {
    const path = 'operator/bundle/manifests/rbac.yaml';
    const part = kubernetesExtractor.extract({ path, text: fixture(path) });
    const rbac: RbacInventory = {
      roles: part.rbac?.roles ?? [],
      bindings: part.rbac?.bindings ?? [],
      serviceAccounts: part.rbac?.serviceAccounts ?? [],
    };
    const findings = runRule(rule, { inventory: { rbac } });
    expect(findings.map((f) => `${f.at} ${f.message}`)).toEqual([
      `${path}:17:1 service account widget-system/widget-operator is bound by ClusterRoleBinding/widget-manager to ClusterRole widget-manager, which allows * resources; list the resources it needs instead`,
      `${path}:31:1 service account widget-system/deployer is bound to ClusterRole cluster-admin by RoleBinding/deployer-admin; grant a role with only the verbs and resources it needs`,
    ]);
    expect(findings.map((f) => f.input.anchor)).toEqual([
      'ClusterRoleBinding/widget-manager:widget-system/widget-operator',
      'RoleBinding/deployer-admin:widget-system/deployer',
    ]);
  });

  it('meta is complete', () => {
    expect(rule.meta).toMatchObject({ id: 'rbac-least-privilege', defaultSeverity: 'warning' });
    expect(Object.keys(rule.meta.messages).sort()).toEqual(['privileged', 'wildcard']);
    expect(rule.meta.optionsSchema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(rule.meta.example).toContain('cluster-admin');
  });
});
