// The whole pipeline, shared by the CLI and the Action: config -> scan -> environments -> keys and
// facts -> rules -> waivers -> report. It reads the scanned tree and nothing else from the machine;
// every setting arrives in CheckOptions, gathered once by a shell.

import { fingerprint } from './core/fingerprint.js';
import { Redactor, redactError } from './core/redact.js';
import type { SecretStore } from './core/secret.js';
import { formatMessage } from './core/template.js';
import {
  type Diagnostic,
  type FailOn,
  type Finding,
  type Inventory,
  type Key,
  type KeyReport,
  type Mode,
  type Report,
  SEVERITY_RANK,
  type Severity,
  SMOKE_STATUSES,
  type Use,
} from './core/types.js';
import { decideEnvironments, KustomizeIndex } from './discovery/environment.js';
import type { SecretMetadata } from './discovery/github-secrets.js';
import { scanTree } from './discovery/index.js';
import { buildKeys } from './keys/build.js';
import { isCredentialUse } from './keys/relevance.js';
import { ConfigErrors, loadConfig } from './policy/load.js';
import { secretsFromEnv } from './policy/secrets-input.js';
import type { PolicyChange, ResolvedConfig } from './policy/types.js';
import { type AddedSuppression, loadPullRequestPolicy, type PullRequestPolicy } from './policy/pull-request.js';
import { applyWaivers } from './policy/waivers.js';
import { applyBaseline, type Baseline } from './policy/baseline.js';
import { customRules } from './rules/custom.js';
import { failsInEveryMode } from './rules/invalid-waiver.js';
import { RULES } from './rules/index.js';
import { saysOnlyUnconfirmed } from './rules/service-account-bound.js';
import type { HttpSettings } from './providers/http.js';
import { NO_VALUE, smokeKeys } from './providers/smoke.js';
import { KeyboundError } from './core/errors.js';
import type { FindingInput, Rule, RuleContext, WaiverStatus } from './rules/types.js';
import { VERSION } from './generated/version.js';

export interface CheckOptions {
  /** The folder to scan. */
  root: string;
  /** `--config`: a config file other than the default ones. */
  configPath?: string;
  mode: Mode;
  /** `--environment`: only uses in this environment are evaluated. */
  environment?: string;
  smoke: boolean;
  /** Secret values by name (--secrets-json, the Action's `secrets` input). */
  secrets: SecretStore;
  /** --secrets-env: values of the referenced key names are read from this environment. */
  secretsFromEnv?: Readonly<Record<string, string | undefined>>;
  /** Evaluation date, YYYY-MM-DD. */
  now: string;
  failOn: FailOn;
  /** `--endpoint PROVIDER=URL` overrides (and GITHUB_API_URL for GitHub Enterprise Server). */
  endpoints?: Readonly<Record<string, string>>;
  /** NODE_TLS_REJECT_UNAUTHORIZED=0 is set: smoke calls are refused. */
  tlsVerificationDisabled?: boolean;
  /** Client limits (tests shorten the deadlines) and the debug log of requests. */
  http?: Partial<HttpSettings>;
  /** GitHub Actions secret metadata (--github-repo, `secrets-token`): `platform` rotation dates. */
  platformSecrets?: readonly SecretMetadata[];
  /** --baseline: findings whose fingerprints it holds are reported as suppressed (kind `baseline`). */
  baseline?: { data: Baseline; file: string };
  /** On a pull request (the Action): its base commit's policy decides, and its changes are reported. */
  pullRequest?: PullRequestPolicy;
}

export interface CheckResult {
  report: Report;
  /** Knows every secret value and literal met in this run: pass all output through it. */
  redactor: Redactor;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  let policy: { config: ResolvedConfig; changes: PolicyChange[] };
  try {
    const load = { root: options.root, configPath: options.configPath, rules: RULES };
    policy = options.pullRequest
      ? loadPullRequestPolicy(load, options.pullRequest)
      : { config: loadConfig(load), changes: [] };
  } catch (error) {
    throw options.secretsFromEnv ? withoutEnvironmentSecrets(error, options, options.secretsFromEnv) : error;
  }
  const { config } = policy;
  const inventory = scanTree(options.root);
  // On a pull request, inline suppressions it adds do not apply to its own check; they are reported.
  const added = options.pullRequest ? await options.pullRequest.addedSuppressions(inventory.suppressions) : [];
  const policyChanges = [...policy.changes, ...added.map(suppressionChange)];
  const honoured = inventory.suppressions.filter((s) => !added.some((a) => a.suppression === s));
  const uses = decideUseEnvironments(inventory, config).filter(
    (use) => isCredentialUse(use) && (!options.environment || use.environment === options.environment),
  );
  const secrets = withEnvironmentSecrets(options, uses, config);
  const keys = buildKeys(uses, inventory.links, config, secrets, options.platformSecrets);
  const diagnostics = [...inventory.diagnostics];
  if (options.smoke) {
    if (options.tlsVerificationDisabled) {
      throw new KeyboundError(
        'smoke-refused',
        'NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS verification off; smoke calls are refused until it is unset',
      );
    }
    await smokeKeys(keys, {
      endpoints: options.endpoints ?? {},
      now: new Date(`${options.now}T12:00:00Z`),
      http: options.http,
    });
  } else if (options.mode === 'gate') {
    markUnchecked(keys);
  }

  const base = {
    keys,
    inventory,
    config,
    mode: options.mode,
    environment: options.environment,
    now: options.now,
    smoke: options.smoke,
    policyChanges,
  };
  const raw = runRules([...RULES.filter((r) => !r.meta.readsWaivers), ...customRules(config)], config, base, []);
  const waived = applyWaivers(
    fingerprint(sortFindings(raw), keys),
    keys,
    honoured,
    config.exceptions,
    options.now,
    config.file,
    maxWaiverDays(config),
  );
  const waiverFindings = fingerprint(
    runRules(
      RULES.filter((r) => r.meta.readsWaivers),
      config,
      base,
      waived.waivers,
    ),
    keys,
  );
  // Baselines apply after waivers (an exception in use is not reported unused) and never to waiver findings.
  const baselined = options.baseline
    ? applyBaseline(waived.active, keys, options.baseline.data, options.baseline.file)
    : { active: waived.active, suppressed: [], diagnostics: [] };
  diagnostics.push(...baselined.diagnostics);
  const findings = sortFindings([...baselined.active, ...waiverFindings]);

  const redactor = new Redactor(secrets.values());
  for (const use of inventory.uses) if (use.literal && isCredentialUse(use)) redactor.add(use.literal);

  const report = assembleReport(
    options,
    keys,
    findings,
    [...waived.suppressed, ...baselined.suppressed],
    diagnostics,
    config,
  );
  return { report, redactor };
}

/** --secrets-env: the values of every referenced or declared name that the environment holds. */
function withEnvironmentSecrets(options: CheckOptions, uses: readonly Use[], config: ResolvedConfig): SecretStore {
  if (!options.secretsFromEnv) return options.secrets;
  const names = [
    ...uses.map((u) => u.name),
    ...config.keys.keys(),
    ...[...config.keys.values()].flatMap((d) => d.aliases ?? []),
  ];
  return new Map([...secretsFromEnv(names, options.secretsFromEnv), ...options.secrets]);
}

/**
 * SECURITY.md case 30: --secrets-env values are read once the config has loaded, so a config error
 * that quotes one is redacted here against the values of every name the tree uses or the config declares.
 */
function withoutEnvironmentSecrets(
  error: unknown,
  options: CheckOptions,
  env: Readonly<Record<string, string | undefined>>,
): unknown {
  const names = [
    ...scanTree(options.root).uses.map((u) => u.name),
    ...(error instanceof ConfigErrors ? error.declaredNames : []),
  ];
  return redactError(error, new Redactor(secretsFromEnv(names, env).values()));
}

/** invalid-waiver's max-waiver-days: how far ahead an exception may end (it applies even with the rule off). */
function maxWaiverDays(config: ResolvedConfig): number {
  const days = config.rules['invalid-waiver']?.options['max-waiver-days'];
  return typeof days === 'number' ? days : 365;
}

/** A `policy-change` for an inline suppression the pull request adds. */
function suppressionChange({ suppression, unverified }: AddedSuppression): PolicyChange {
  const what = `adds an inline suppression of ${suppression.ruleId}`;
  return {
    change: unverified ? `${what} that could not be compared with the base commit (${unverified})` : what,
    kind: 'suppression',
    location: { file: suppression.file, line: suppression.line, column: suppression.column },
  };
}

/** Gives each raw use its environment(s); a shared kustomize base can land in several. */
function decideUseEnvironments(inventory: Inventory, config: ResolvedConfig): Use[] {
  const context = { mappings: config.environments, kustomize: new KustomizeIndex(inventory.kustomizations) };
  return inventory.uses.flatMap((raw) => decideEnvironments(raw, context).map((decision) => ({ ...raw, ...decision })));
}

/** A gate without --smoke: nothing was confirmed, and the gate must say so (exit 3). */
function markUnchecked(keys: Key[]): void {
  for (const key of keys) {
    key.smoke =
      !key.value || key.value.isEmpty
        ? NO_VALUE
        : { status: 'skipped', reason: 'offline', message: 'smoke calls were not requested (--smoke)' };
  }
}

type RuleBase = Omit<RuleContext, 'options' | 'severity' | 'report' | 'waivers'>;
type PendingFinding = Omit<Finding, 'fingerprint'> & { anchor?: string };

function runRules(
  rules: readonly Rule[],
  config: ResolvedConfig,
  base: RuleBase,
  waivers: readonly WaiverStatus[],
): PendingFinding[] {
  const findings: PendingFinding[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id] ?? {
      severity: rule.meta.defaultSeverity,
      options: rule.meta.defaultOptions as Record<string, unknown>,
    };
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const report = (input: FindingInput): void => {
      findings.push(toFinding(rule, severity, input));
    };
    rule.check({ ...base, options: setting.options, severity, report, waivers });
  }
  return findings;
}

function toFinding(rule: Rule, configured: Severity, input: FindingInput): PendingFinding {
  const template = rule.meta.messages[input.messageId] ?? input.messageId;
  // A rule may lower its severity (a warning tier), never raise it above what the config allows.
  const severity =
    input.severity && SEVERITY_RANK[input.severity] < SEVERITY_RANK[configured] ? input.severity : configured;
  return {
    ruleId: rule.meta.id,
    severity,
    key: input.key,
    environment: input.environment,
    message: formatMessage(template, input.data ?? {}),
    location: input.location,
    evidence: input.evidence,
    anchor: input.anchor,
  };
}

function sortFindings<T extends PendingFinding>(findings: T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      (a.key ?? '').localeCompare(b.key ?? ''),
  );
}

function assembleReport(
  options: CheckOptions,
  keys: readonly Key[],
  findings: Finding[],
  suppressed: Finding[],
  diagnostics: Diagnostic[],
  config: ResolvedConfig,
): Report {
  const count = (severity: Severity): number => findings.filter((f) => f.severity === severity).length;
  const smoke = Object.fromEntries(
    SMOKE_STATUSES.map((s) => [s, keys.filter((k) => k.smoke?.status === s).length]),
  ) as Report['summary']['smoke'];
  const unconfirmed =
    options.mode === 'gate' ? keys.filter((k) => needsConfirmation(k, config)).map((k) => k.name) : [];
  const report: Report = {
    schemaVersion: 'keybound/report/v1',
    tool: { name: 'keybound', version: VERSION },
    verdict: 'pass',
    mode: options.mode,
    ...(options.environment ? { environment: options.environment } : {}),
    evaluatedAt: options.now,
    failOn: options.failOn,
    summary: {
      error: count('error'),
      warning: count('warning'),
      note: count('note'),
      keys: keys.length,
      smoke,
      suppressed: suppressed.length,
    },
    keys: keys.map(keyReport),
    findings,
    suppressed,
    diagnostics: diagnostics.filter((d) => d.kind !== 'parse-error'),
    unconfirmed,
  };
  report.verdict = verdictOf(report);
  return report;
}

/**
 * A gated key that no smoke result decided (`unknown`, `skipped`, or none at all: fail closed); config
 * `unknown: warn` turns this off.
 */
export function needsConfirmation(key: Pick<Key, 'smoke'>, config: Pick<ResolvedConfig, 'rules'>): boolean {
  const decided = key.smoke !== undefined && key.smoke.status !== 'unknown' && key.smoke.status !== 'skipped';
  return !decided && config.rules['key-user-association']?.options.unknown !== 'warn';
}

function keyReport(key: Key): KeyReport {
  const facts: KeyReport['facts'] = {};
  for (const [name, observation] of Object.entries(key.facts)) {
    if (observation)
      facts[name as keyof KeyReport['facts']] = {
        value: observation.value,
        source: observation.source,
        ...(observation.detail ? { detail: observation.detail } : {}),
      };
  }
  const provider = key.facts.provider?.value;
  return {
    name: key.name,
    ...(typeof provider === 'string' ? { provider } : {}),
    ...(key.names.length > 1 ? { aliases: key.names.filter((n) => n !== key.name) } : {}),
    environments: key.environments,
    uses: key.uses.map((use) => ({
      file: use.location.file,
      line: use.location.line,
      column: use.location.column,
      ...(use.location.endLine ? { endLine: use.location.endLine, endColumn: use.location.endColumn } : {}),
      environment: use.environment,
      environmentSource: use.environmentSource,
      sourceKind: use.sourceKind,
      name: use.name,
      ...(use.context ? { context: use.context } : {}),
    })),
    facts,
    ...(key.smoke ? { smoke: key.smoke } : {}),
  };
}

/** `fail` when findings reach `--fail-on`; `indeterminate` when a gate could not confirm a key. */
export function verdictOf(report: Pick<Report, 'findings' | 'failOn' | 'unconfirmed'>): Report['verdict'] {
  // An expired exception fails whatever --fail-on says: a waiver must not rot into a silent pass.
  if (report.findings.some(failsInEveryMode)) return 'fail';
  const threshold = FAIL_ON_RANK[report.failOn];
  // "Could not confirm" a key the gate lists as unconfirmed is indeterminate, not fail (SPEC 5 and 7).
  const unconfirmed = new Set<string | undefined>(report.unconfirmed);
  const failing = (f: Finding): boolean =>
    SEVERITY_RANK[f.severity] >= threshold && !(saysOnlyUnconfirmed(f) && unconfirmed.has(f.key));
  if (report.findings.some(failing)) return 'fail';
  return report.unconfirmed.length > 0 ? 'indeterminate' : 'pass';
}

/** The least severity rank that fails the run, per --fail-on; `never`: none does. */
const FAIL_ON_RANK: Record<FailOn, number> = { ...SEVERITY_RANK, never: Infinity };

/** SPEC section 7: 0 pass, 1 findings at or above --fail-on, 3 a gate could not confirm a key. */
export function exitCodeOf(report: Pick<Report, 'verdict'>): 0 | 1 | 3 {
  return report.verdict === 'fail' ? 1 : report.verdict === 'indeterminate' ? 3 : 0;
}
