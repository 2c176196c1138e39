// The rule registry: every built-in rule, sorted by id (a meta test keeps it sorted, unique and in
// step with the rule files, their tests and policies/recommended.yml).

import type { Rule } from './types.js';
import dynamicSecretAccess from './dynamic-secret-access.js';
import invalidWaiver from './invalid-waiver.js';
import keyUserAssociation from './key-user-association.js';
import leastPrivilegeScopes from './least-privilege-scopes.js';
import longLivedCloudKey from './long-lived-cloud-key.js';
import noDevKeysInProd from './no-dev-keys-in-prod.js';
import parseError from './parse-error.js';
import plaintextSecret from './plaintext-secret.js';
import policyChange from './policy-change.js';
import rbacLeastPrivilege from './rbac-least-privilege.js';
import rotationAge from './rotation-age.js';
import secretsOverexposed from './secrets-overexposed.js';
import serviceAccountBound from './service-account-bound.js';
import sharedValue from './shared-value.js';
import unusedSecret from './unused-secret.js';
import workflowPermissions from './workflow-permissions.js';

/** Every built-in rule, sorted by id. */
export const RULES: readonly Rule[] = [
  dynamicSecretAccess,
  invalidWaiver,
  keyUserAssociation,
  leastPrivilegeScopes,
  longLivedCloudKey,
  noDevKeysInProd,
  parseError,
  plaintextSecret,
  policyChange,
  rbacLeastPrivilege,
  rotationAge,
  secretsOverexposed,
  serviceAccountBound,
  sharedValue,
  unusedSecret,
  workflowPermissions,
];

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

/** The built-in rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
