// `org merge --smoke`: one smoke call per distinct organization secret whose value the merge job was
// given, through the same smokeKeys() as `keybound check --smoke` (adapters, guarded client, one call
// per identical credential), and its verdict carried to every use: the key's entry in the inventory,
// and a key-user-association finding, from that rule itself, in each repository that uses a key the
// provider rejected. Only organization secrets: the values a merge job can hold are its organization's
// (GitHub never hands one repository's secrets to another), so a value is never matched to another
// repository's secret of the same name.

import type { SecretStore, SecretValue } from '../core/secret.js';
import type { Key, Use } from '../core/types.js';
import type { SecretMetadata } from '../discovery/github-secrets.js';
import { buildKeys } from '../keys/build.js';
import { secretsFromEnv } from '../policy/secrets-input.js';
import type { ResolvedConfig } from '../policy/types.js';
import type { HttpSettings } from '../providers/http.js';
import { smokeKeys } from '../providers/smoke.js';
import { RULES } from '../rules/index.js';
import { formatMessage } from '../core/template.js';
import type { FindingInput } from '../rules/types.js';
import { emptyInventory, SEVERITY_RANK } from '../core/types.js';
import type { OrgFinding, OrgKey } from './types.js';

export interface OrgSmokeOptions {
  /** Values by name (--secrets-json). */
  secrets: SecretStore;
  /** --secrets-env: the environment, read for the organization secrets' names only. */
  secretsFromEnv?: Readonly<Record<string, string | undefined>>;
  config: ResolvedConfig;
  endpoints: Readonly<Record<string, string>>;
  /** Evaluation date, YYYY-MM-DD. */
  now: string;
  http?: Partial<HttpSettings>;
}

export interface OrgSmokeResult {
  /** key-user-association findings, one per repository using a key the provider did not accept. */
  findings: Omit<OrgFinding, 'fingerprint'>[];
  /** The keys as the engine built them (for fingerprints: provider and principal facts). */
  keys: Key[];
  /** Requests sent to providers. */
  called: number;
  /** The values used: the caller registers them with its redactor before writing anything. */
  values: SecretValue[];
}

const PLACEHOLDER = { file: '.github/workflows', line: 1, column: 1 };

/** Sets `smoke` (and `provider`) on every organization key, in place, and returns the findings. */
export async function smokeOrgKeys(keys: readonly OrgKey[], options: OrgSmokeOptions): Promise<OrgSmokeResult> {
  const orgKeys = keys.filter((key) => key.scope === 'organization');
  const byName = new Map(orgKeys.map((key) => [key.name, key]));
  const uses: Use[] = orgKeys.map((key) => toUse(key.name, key.repositories[0]?.uses[0]));
  const metadata: SecretMetadata[] = orgKeys.flatMap((key) =>
    key.createdAt && key.updatedAt
      ? [{ name: key.name, scope: 'organization', createdAt: key.createdAt, updatedAt: key.updatedAt }]
      : [],
  );
  // Only the organization secrets' names take a value; anything else given is ignored.
  const values = new Map<string, SecretValue>();
  for (const [name, value] of options.secrets)
    if (byName.has(name.toUpperCase())) values.set(name.toUpperCase(), value);
  if (options.secretsFromEnv)
    for (const [name, value] of secretsFromEnv([...byName.keys()], options.secretsFromEnv))
      if (!values.has(name)) values.set(name, value);
  const built = buildKeys(uses, [], options.config, values, metadata);
  const http = await smokeKeys(built, {
    endpoints: options.endpoints,
    now: new Date(`${options.now}T12:00:00Z`),
    http: options.http,
  });
  const findings: Omit<OrgFinding, 'fingerprint'>[] = [];
  for (const key of built) {
    const provider = key.facts.provider?.value;
    for (const name of key.names) {
      const orgKey = byName.get(name.toUpperCase());
      if (!orgKey) continue;
      if (key.smoke) orgKey.smoke = key.smoke;
      if (typeof provider === 'string') orgKey.provider = provider;
      findings.push(...associationFindings(key, orgKey, options.config, options.now));
    }
  }
  return {
    findings,
    keys: built,
    called: [...http.sent.values()].reduce((a, b) => a + b, 0),
    values: [...values.values()],
  };
}

function toUse(name: string, at: OrgKey['repositories'][number]['uses'][number] | undefined): Use {
  return {
    name,
    sourceKind: 'github-workflow',
    location: at ? { file: at.file, line: at.line, column: at.column } : PLACEHOLDER,
    hints: {},
    ...(at?.job ? { context: { job: at.job } } : {}),
    environment: at?.environments.includes('production') ? 'production' : (at?.environments[0] ?? 'unknown'),
    environmentSource: 'none',
  };
}

/** The key-user-association rule run once per repository, over that repository's uses of the key. */
function associationFindings(
  key: Key,
  orgKey: OrgKey,
  config: ResolvedConfig,
  now: string,
): Omit<OrgFinding, 'fingerprint'>[] {
  const rule = RULES.find((r) => r.meta.id === 'key-user-association');
  const setting = config.rules['key-user-association'] ?? {
    severity: rule?.meta.defaultSeverity ?? 'error',
    options: (rule?.meta.defaultOptions ?? {}) as Record<string, unknown>,
  };
  if (!rule || !key.smoke || setting.severity === 'off') return [];
  const severity = setting.severity;
  const findings: Omit<OrgFinding, 'fingerprint'>[] = [];
  for (const { repository, uses } of orgKey.repositories) {
    const repoKey: Key = { ...key, uses: uses.map((use) => toUse(orgKey.name, use)) };
    const report = (input: FindingInput): void => {
      findings.push({
        ruleId: rule.meta.id,
        // A rule may lower its severity (a warning tier), never raise it above the configured one.
        severity: input.severity && SEVERITY_RANK[input.severity] < SEVERITY_RANK[severity] ? input.severity : severity,
        key: orgKey.name,
        ...(input.environment ? { environment: input.environment } : {}),
        message: formatMessage(rule.meta.messages[input.messageId] ?? input.messageId, input.data ?? {}),
        repository,
        location: input.location,
        evidence: input.evidence,
      });
    };
    rule.check({
      keys: [repoKey],
      inventory: emptyInventory(),
      config,
      options: setting.options,
      severity,
      mode: 'audit',
      now,
      smoke: true,
      waivers: [],
      report,
    });
  }
  return findings;
}
