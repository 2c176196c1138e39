// The whole pipeline, shared by the CLI and the Action: config -> scan -> environments -> keys and
// facts -> rules -> waivers -> report. It reads the scanned tree and nothing else from the machine;
// every setting arrives in CheckOptions, gathered once by a shell.

import { fingerprint } from './core/fingerprint.js';
import { Redactor, redactError } from './core/redact.js';
import type { SecretStore } from './core/secret.js';
import { formatMessage } from './core/template.js';
import {
  BUILTIN_ENVIRONMENTS,
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
import { followWorkflowCalls } from './discovery/workflow-calls.js';
import { buildKeys } from './keys/build.js';
import { committedCredentials } from './keys/literal.js';
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
import { oneFindingPerRootCause, type RawFinding } from './rules/root-cause.js';
import type { HttpSettings } from './providers/http.js';
import { NO_VALUE } from './providers/outcome.js';
import type { SmokeProgress } from './providers/smoke.js';
import { confirmedByDeclaration, isJobToken } from './keys/confirmation.js';
import { KeyboundError } from './core/errors.js';
import { closeMatches } from './policy/messages.js';
import type { FindingInput, Rule, RuleContext, RuleMeta, WaiverStatus } from './rules/types.js';
import { VERSION } from './generated/version.js';
import { compareText } from './core/compare.js';

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
  /** Files or folders under `root` (relative, `/`) to scan instead of all of it (`check a.yml b.yml`). */
  include?: readonly string[];
  /** `--exclude` globs, added to the config's `ignore:`. */
  exclude?: readonly string[];
  /** Told as smoke calls finish (the CLI's progress line). */
  onSmokeProgress?: (progress: SmokeProgress) => void;
  /** On a pull request (the Action): its base commit's policy decides, and its changes are reported. */
  pullRequest?: PullRequestPolicy;
}

export interface CheckResult {
  report: Report;
  /** Knows every secret value and literal met in this run: pass all output through it. */
  redactor: Redactor;
  /** Metadata of every rule of this run, custom rules included (SARIF rule descriptors). */
  rules: RuleMeta[];
  /** What the extractors found (the organisation audit reads workflows' hand-overs from it). */
  inventory: Inventory;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  let policy: { config: ResolvedConfig; changes: PolicyChange[] };
  try {
    const load = { root: options.root, configPath: options.configPath, rules: RULES };
    policy = options.pullRequest
      ? await loadPullRequestPolicy(load, options.pullRequest)
      : { config: await loadConfig(load), changes: [] };
  } catch (error) {
    throw options.secretsFromEnv ? withoutEnvironmentSecrets(error, options, options.secretsFromEnv) : error;
  }
  const { config } = policy;
  const inventory = scanTree(
    options.root,
    { include: options.include, ignore: [...(config.ignore ?? []), ...(options.exclude ?? [])] },
    { helmValues: config.helmValues },
  );
  // On a pull request, inline suppressions it adds do not apply to its own check; they are reported.
  const added = options.pullRequest ? await options.pullRequest.addedSuppressions(inventory.suppressions) : [];
  const policyChanges = [...policy.changes, ...added.map(suppressionChange)];
  const honoured = inventory.suppressions.filter((s) => !added.some((a) => a.suppression === s));
  // `type: environment` inputs can be any environment the repository knows: these, and those its jobs name.
  const environments = [
    ...config.environments.flatMap((mapping) => mapping.githubEnvironments),
    ...(options.platformSecrets ?? []).flatMap((secret) => secret.environment ?? []),
  ];
  followWorkflowCalls(inventory, { environments });
  const decided = decideUseEnvironments(inventory, config);
  if (options.environment) assertKnownEnvironment(options.environment, decided, config);
  const credentialUses = decided.filter(isCredentialUse);
  const uses = credentialUses.filter((use) => !options.environment || use.environment === options.environment);
  const secrets = withEnvironmentSecrets(options, credentialUses, config);
  const keys = buildKeys(uses, inventory.links, config, secrets, options.platformSecrets);
  // Rules that compare environments (shared-value) still see the others when one is gated.
  const everyKey = options.environment
    ? buildKeys(credentialUses, inventory.links, config, secrets, options.platformSecrets)
    : keys;
  const diagnostics = [...inventory.diagnostics];
  if (options.smoke) {
    if (options.tlsVerificationDisabled) {
      throw new KeyboundError(
        'smoke-refused',
        'NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS verification off; smoke calls are refused until it is unset',
      );
    }
    // The adapters and the HTTP client are loaded only for smoke calls (issue 15: start-up).
    const { smokeKeys } = await import('./providers/smoke.js');
    await smokeKeys(keys, {
      endpoints: options.endpoints ?? {},
      now: new Date(`${options.now}T12:00:00Z`),
      http: options.http,
      onProgress: options.onSmokeProgress,
    });
  } else if (options.mode === 'gate') {
    markUnchecked(keys);
  }

  const base = {
    keys,
    everyKey,
    inventory,
    config,
    mode: options.mode,
    environment: options.environment,
    now: options.now,
    smoke: options.smoke,
    secretMetadata: options.platformSecrets,
    policyChanges,
  };
  const custom = customRules(config);
  const raw = runRules([...RULES.filter((r) => !r.meta.readsWaivers), ...custom], config, base, []);
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

  // Every secret given is hidden; of the committed literals, only those judged credentials (never a
  // placeholder such as `postgres` or `none`, which would erase key names and paths from the report).
  const redactor = new Redactor(secrets.values());
  for (const value of committedCredentials(inventory.uses, keys)) redactor.add(value);

  const report = assembleReport(
    options,
    keys,
    findings,
    [...waived.suppressed, ...baselined.suppressed],
    diagnostics,
    config,
  );
  return { report, redactor, rules: [...RULES, ...custom].map((rule) => rule.meta), inventory };
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

/**
 * Gives each raw use its environment(s); a shared kustomize base can land in several. A reusable
 * workflow's use reached by many callers is kept once per environment and caller job.
 */
function decideUseEnvironments(inventory: Inventory, config: ResolvedConfig): Use[] {
  const context = { mappings: config.environments, kustomize: new KustomizeIndex(inventory.kustomizations) };
  const seen = new Set<string>();
  return inventory.uses.flatMap((raw) =>
    decideEnvironments(raw, context).flatMap((decision) => {
      const id = JSON.stringify([raw.name, raw.location, raw.context, raw.calledFrom, decision]);
      if (raw.sourceKind === 'github-workflow' && seen.has(id)) return [];
      seen.add(id);
      return [{ ...raw, ...decision }];
    }),
  );
}

/**
 * `--environment NAME` must name an environment keybound knows (built-in, configured, or one a use is
 * in): a typo would otherwise gate a deploy on zero keys and pass.
 */
function assertKnownEnvironment(name: string, uses: readonly Use[], config: ResolvedConfig): void {
  const known = new Set<string>([...BUILTIN_ENVIRONMENTS, ...config.environments.map((e) => e.name)]);
  for (const use of uses) known.add(use.environment);
  if (known.has(name)) return;
  const close = closeMatches(name, [...known]);
  const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
  throw new KeyboundError(
    'usage',
    `--environment: no use is in ${JSON.stringify(name)} and no config defines it (known: ${[...known].sort().join(', ')})${hint}`,
  );
}

/** A gate without --smoke: nothing was confirmed, and the gate must say so (exit 3). */
function markUnchecked(keys: Key[]): void {
  for (const key of keys) {
    if (isJobToken(key)) continue;
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
  const findings: RawFinding[] = [];
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
  return oneFindingPerRootCause(findings);
}

function toFinding(rule: Rule, configured: Severity, input: FindingInput): RawFinding {
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
    use: input.use,
    repeatsSmoke: input.repeatsSmoke,
    ...(input.unconfirmed && { unconfirmed: true }),
  };
}

function sortFindings<T extends PendingFinding>(findings: T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      compareText(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.key ?? '', b.key ?? ''),
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
 * `unknown: warn` turns this off. The job's own GITHUB_TOKEN needs no confirmation, and a key no
 * provider can check is confirmed by its owners' declaration instead.
 */
export function needsConfirmation(
  key: Pick<Key, 'name' | 'smoke' | 'declaration'>,
  config: Pick<ResolvedConfig, 'rules'>,
): boolean {
  if (isJobToken(key)) return false;
  const status = key.smoke?.status;
  if (status !== undefined && status !== 'unknown' && status !== 'skipped') return false;
  if (status === 'skipped' && confirmedByDeclaration(key)) return false;
  return config.rules['key-user-association']?.options.unknown !== 'warn';
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
      ...(use.calledFrom ? { calledFrom: use.calledFrom } : {}),
    })),
    facts,
    ...(key.smoke ? { smoke: key.smoke } : {}),
  };
}

/**
 * `fail` when findings that say something is wrong reach `--fail-on`; `indeterminate` when a gate could
 * not confirm a key, or the only findings at that level say so (`unconfirmed`), so that a release job can
 * tell "retry later" (3) from "fix the key" (1).
 */
export function verdictOf(report: Pick<Report, 'findings' | 'failOn' | 'unconfirmed'>): Report['verdict'] {
  // An expired exception fails whatever --fail-on says: a waiver must not rot into a silent pass.
  if (report.findings.some(failsInEveryMode)) return 'fail';
  const threshold = FAIL_ON_RANK[report.failOn];
  const reached = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold);
  // A finding that only says "could not confirm" makes the verdict indeterminate, never fail (SPEC 5, 7).
  if (reached.some((f) => !f.unconfirmed)) return 'fail';
  return report.unconfirmed.length > 0 || reached.length > 0 ? 'indeterminate' : 'pass';
}

/** The least severity rank that fails the run, per --fail-on; `never`: none does. */
const FAIL_ON_RANK: Record<FailOn, number> = { ...SEVERITY_RANK, never: Infinity };

/** SPEC section 7: 0 pass, 1 findings at or above --fail-on, 3 a gate could not confirm a key. */
export function exitCodeOf(report: Pick<Report, 'verdict'>): 0 | 1 | 3 {
  return report.verdict === 'fail' ? 1 : report.verdict === 'indeterminate' ? 3 : 0;
}
