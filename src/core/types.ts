// The data model that flows one way through keybound:
//   files -> uses (discovery) -> keys with facts -> findings (rules) -> report (formatters).
// Pure types and constants only; nothing here does I/O.

import type { SecretValue } from './secret.js';

export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | 'off';

/** Higher is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export const BUILTIN_ENVIRONMENTS = ['production', 'staging', 'development', 'unknown'] as const;

/** Which rule of SPEC section 2 decided a use's environment. */
export type EnvironmentSource = 'config' | 'github-environment' | 'namespace' | 'path' | 'none';

export type Mode = 'audit' | 'gate';
export type FailOn = Severity | 'never';

/** A place in a scanned file. `file` is relative to the scanned root with `/`; lines and columns are 1-based. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** The kind of file a use was found in. */
export type SourceKind = 'github-workflow' | 'kubernetes' | 'kustomize' | 'compose' | 'helm-values' | 'dotenv';

/** Environment evidence found inside the file itself; environment.ts turns it into an environment. */
export interface EnvironmentHints {
  /** GitHub job `environment:` name (already matrix-expanded when static). */
  githubEnvironment?: string;
  /** Kubernetes namespace from the manifest itself. */
  namespace?: string;
  /** A job `environment:` that workflow inputs decide (`${{ inputs.environment }}`), until callers fill it in. */
  environmentTemplate?: string;
  /** Files of the workflows that call this one, innermost first: path evidence after the file's own. */
  callers?: string[];
}

/** Where in its file a use sits, for messages and CEL rules. All optional. */
export interface UseContext {
  workflow?: string;
  job?: string;
  step?: string;
  /** How the value reaches the consumer: env, with, run, if, secrets, secretKeyRef, envFrom, volume, ... */
  via?: string;
  /** Kubernetes kind/name or compose service that consumes it. */
  resource?: string;
  /** The variable or input the value is handed to (`AWS_ACCESS_KEY_ID`, `aws-access-key-id`). */
  target?: string;
  /** The action of the workflow step it is handed to (`aws-actions/configure-aws-credentials`, no `@ref`). */
  action?: string;
  /** The same block names an endpoint (`AWS_ENDPOINT_URL`): another service may speak the protocol. */
  endpoint?: boolean;
}

/** A reference to a key, as an extractor finds it (before the environment is decided). */
export interface RawUse {
  /** The name the use refers to: CI secret name, `SECRET-NAME/KEY` for Kubernetes, variable name otherwise. */
  name: string;
  sourceKind: SourceKind;
  location: Location;
  hints: EnvironmentHints;
  context?: UseContext;
  /** A value written in the file itself (manifests, dotenv): inspected for facts, never printed. */
  literal?: SecretValue;
  /** docker-compose: the service publishes no ports, so only containers on its compose network reach it. */
  privateNetwork?: boolean;
  /** In a reusable workflow: the caller job's `uses:` that made this use (a related location). */
  calledFrom?: Location;
}

/** A use with its environment decided (SPEC section 2). */
export interface Use extends RawUse {
  environment: string;
  environmentSource: EnvironmentSource;
}

/** A workflow that visibly feeds CI secret `secret` into the manifest/variable name `alias`. */
export interface NameLink {
  secret: string;
  alias: string;
  location: Location;
}

/** A `permissions:` block as written: `write-all`, `read-all`, `{}` or a map of scope -> access. */
export interface PermissionsInfo {
  value: 'write-all' | 'read-all' | Record<string, string>;
  location: Location;
}

export interface JobInfo {
  id: string;
  location: Location;
  permissions?: PermissionsInfo;
  /** Static environment names (several when a matrix expands it). */
  environments: string[];
  /** True when the job looks like a deploy: has an environment, or deploy-like name, action or command. */
  deploys: boolean;
  /** What made it look like a deploy, for evidence. */
  deployEvidence?: string;
  /** Steps that run an action (`uses:`), with the names (never the values) of their `with:` inputs. */
  actions?: StepAction[];
  /** A reusable-workflow call (`uses:` at job level). */
  call?: WorkflowCall;
}

/** A step's `uses:` action (without `@ref`) and the names of the inputs it is given. */
export interface StepAction {
  action: string;
  inputs: string[];
  location: Location;
}

/** A job that calls a reusable workflow: what it hands over. */
export interface WorkflowCall {
  /** As written: `./.github/workflows/deploy.yml` or `owner/repo/.github/workflows/deploy.yml@v2`. */
  uses: string;
  location: Location;
  /** `with:` values for each run of the calling job; `${{ inputs.X }}` parts are the caller's inputs. */
  with: Record<string, string[]>[];
  /** `secrets: inherit`, or each secret passed with the caller's secret names its value reads. */
  secrets?: 'inherit' | Record<string, string[]>;
}

/** A `workflow_dispatch` or `workflow_call` input. */
export interface WorkflowInput {
  name: string;
  trigger: 'workflow_dispatch' | 'workflow_call';
  type?: string;
  /** `choice` options. */
  options?: string[];
  default?: string;
}

/** `secrets[expr]` whose index the files do not settle (the dynamic-secret-access rule reports it). */
export interface DynamicSecretAccess {
  /** The index expression as written: `format('{0}_KEY', inputs.env)`. */
  expression: string;
  location: Location;
  hints: EnvironmentHints;
  context: UseContext;
  calledFrom?: Location;
  /** The names it can read, with `${{ inputs.X }}` parts callers decide; absent when nobody can say. */
  names?: string[];
}

/** `toJSON(secrets)` or `secrets: inherit`: every secret handed over at once. */
export interface SecretsExposure {
  form: 'toJSON(secrets)' | 'secrets: inherit';
  location: Location;
  job?: string;
  hints: EnvironmentHints;
}

export interface WorkflowInfo {
  file: string;
  name?: string;
  permissions?: PermissionsInfo;
  jobs: JobInfo[];
  exposures: SecretsExposure[];
  /** `on.workflow_call.secrets` declared by a reusable workflow. */
  callSecrets: { name: string; required: boolean; location: Location }[];
  /** The events under `on:` (`push`, `workflow_dispatch`, `workflow_call`, ...). */
  triggers?: string[];
  inputs?: WorkflowInput[];
  dynamicSecrets?: DynamicSecretAccess[];
}

export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  location: Location;
}

export interface RbacRole {
  kind: 'Role' | 'ClusterRole';
  name: string;
  namespace?: string;
  rules: RbacRule[];
  location: Location;
}

export interface RbacBinding {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  name: string;
  namespace?: string;
  roleRef: { kind: string; name: string };
  subjects: { kind: string; name: string; namespace?: string }[];
  location: Location;
}

export interface ServiceAccountInfo {
  name: string;
  namespace?: string;
  location: Location;
}

export interface RbacInventory {
  roles: RbacRole[];
  bindings: RbacBinding[];
  serviceAccounts: ServiceAccountInfo[];
}

/** A kustomization.yaml: its namespace and the files it pulls in are environment evidence for them. */
export interface KustomizationInfo {
  /** Folder of the kustomization, relative, `/`-separated, '' for the root. */
  dir: string;
  file: string;
  namespace?: string;
  /** Relative paths (resolved against the root) of resources, bases and components it includes. */
  resources: string[];
}

export type DiagnosticKind = 'parse-error' | 'skipped' | 'notice';

/** Something about a file that is not a finding of its own: parse errors become `parse-error` findings. */
export interface Diagnostic {
  kind: DiagnosticKind;
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** `# keybound-ignore rule-id: reason` on a line: applies to that line and the next. */
export interface InlineSuppression {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  reason?: string;
}

/** A local composite action (`action.yml` with `runs.using: composite`): where it reads each input. */
export interface CompositeAction {
  file: string;
  inputRefs: { input: string; location: Location; context: UseContext }[];
}

/** Everything the extractors found in the scanned tree. */
export interface Inventory {
  files: { path: string; kind: SourceKind }[];
  uses: RawUse[];
  links: NameLink[];
  workflows: WorkflowInfo[];
  rbac: RbacInventory;
  kustomizations: KustomizationInfo[];
  diagnostics: Diagnostic[];
  suppressions: InlineSuppression[];
  /** Local composite actions, followed for the secrets workflow steps hand to their inputs. */
  actions?: CompositeAction[];
}

export function emptyInventory(): Inventory {
  return {
    files: [],
    uses: [],
    links: [],
    workflows: [],
    rbac: { roles: [], bindings: [], serviceAccounts: [] },
    kustomizations: [],
    diagnostics: [],
    suppressions: [],
  };
}

/** Where a fact came from. When sources disagree the higher rank wins (SPEC section 3). */
export type FactSource = 'declared' | 'platform' | 'value' | 'name' | 'smoke';
export const FACT_SOURCE_RANK: Record<FactSource, number> = {
  smoke: 5,
  value: 4,
  platform: 3,
  declared: 2,
  name: 1,
};

export const FACT_NAMES = [
  'provider',
  'keyType',
  'keyEnvironment',
  'principal',
  'principalKind',
  'account',
  'scopes',
  'created',
  'rotated',
  'expires',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/**
 * Values of `keyEnvironment`: `live`/`test` come from provider modes (value prefix, smoke);
 * environment names (`production`, `staging`, `development`, custom) from names and declarations.
 */
export type PrincipalKind = 'service' | 'human' | 'unknown';

export type FactValue = string | string[] | boolean;

/** One piece of evidence about a key. `detail` says what it was read from (never a secret value). */
export interface Observation {
  fact: FactName;
  value: FactValue;
  source: FactSource;
  detail?: string;
}

/** What the key's owners declared in config `keys:` (SPEC section 4). */
export interface KeyDeclaration {
  name: string;
  provider?: string;
  environment?: string;
  principal?: string;
  principalKind?: 'service' | 'human';
  scopes?: string[];
  /** YYYY-MM-DD */
  rotated?: string;
  owner?: string;
  aliases?: string[];
  /** This key's own rotation-age limits, overriding the rule's (stricter or looser). */
  maxAgeDays?: number;
  warnAgeDays?: number;
  location?: Location;
}

export const SMOKE_STATUSES = ['verified', 'mismatch', 'invalid', 'unknown', 'skipped', 'malformed'] as const;
export type SmokeStatus = (typeof SMOKE_STATUSES)[number];

export interface SmokeResult {
  status: SmokeStatus;
  /** Stable reason code (SPEC section 6): revoked, expired, user-inactive, wrong-account, ... */
  reason: string;
  /** Human-readable detail, already redacted. */
  message?: string;
  /** Principal details the provider returned (never a secret). */
  principal?: Record<string, string | number | boolean>;
}

/** A key: every use that refers to the same credential, joined (SPEC section 1, "Naming keys"). */
export interface Key {
  /** Canonical name: the CI secret name when one joined, else the first use's name. */
  name: string;
  /** Every name joined into this key (aliases, manifest names, AWS pair companions). */
  names: string[];
  uses: Use[];
  declaration?: KeyDeclaration;
  /** The secret value given for this key (--secrets-json / --secrets-env / action input), if any. */
  value?: SecretValue;
  /** Values of companion credentials, by role (AWS `secretAccessKey`, `sessionToken`). */
  companions: Record<string, SecretValue>;
  observations: Observation[];
  /** The winning observation per fact (SPEC section 3 precedence). */
  facts: Partial<Record<FactName, Observation>>;
  /** Sorted, distinct environments of its uses. */
  environments: string[];
  smoke?: SmokeResult;
}

export interface Evidence {
  fact: string;
  value: FactValue | number;
  /** A fact source, or `file` for what the scanned file itself says (permissions, RBAC, ...). */
  source: FactSource | 'file' | 'config';
  detail?: string;
}

export interface Suppression {
  /** An inline comment, a config exception, or the baseline given with --baseline. */
  kind: 'inline' | 'exception' | 'baseline';
  reason: string;
  until?: string;
  location?: Location;
}

/** Another place of the same root cause (SPEC section 5), with a sentence saying what is there. */
export interface RelatedLocation extends Location {
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  key?: string;
  environment?: string;
  message: string;
  location: Location;
  /** The other uses of the same root cause (same rule, key, environment, job or file), in order. */
  relatedLocations?: RelatedLocation[];
  evidence: Evidence[];
  /** Stable across moved lines: rule, key, file, environment and the rule's own anchor (or the job). */
  fingerprint: string;
  suppression?: Suppression;
  /** It only says a key could not be confirmed: a gate is `indeterminate` (exit 3), never `fail`, on it. */
  unconfirmed?: boolean;
}

export type Verdict = 'pass' | 'fail' | 'indeterminate';

export interface UseReport {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  environment: string;
  environmentSource: EnvironmentSource;
  sourceKind: SourceKind;
  name: string;
  context?: UseContext;
  calledFrom?: Location;
}

export interface KeyReport {
  name: string;
  provider?: string;
  aliases?: string[];
  environments: string[];
  uses: UseReport[];
  facts: Partial<Record<FactName, { value: FactValue; source: FactSource; detail?: string }>>;
  smoke?: SmokeResult;
}

export interface ReportSummary {
  error: number;
  warning: number;
  note: number;
  keys: number;
  smoke: Record<SmokeStatus, number>;
  suppressed: number;
}

export interface Report {
  schemaVersion: 'keybound/report/v1';
  tool: { name: 'keybound'; version: string };
  verdict: Verdict;
  mode: Mode;
  /** The gated environment (`--environment`), when one was given. */
  environment?: string;
  evaluatedAt: string;
  failOn: FailOn;
  summary: ReportSummary;
  keys: KeyReport[];
  /** Active findings, most severe first, then by file, line, column, rule. */
  findings: Finding[];
  /** Findings waived by an exception or inline suppression. */
  suppressed: Finding[];
  /** Files that could not be read or were skipped, and other things the user should know. */
  diagnostics: Diagnostic[];
  /** Keys a gate had to confirm and could not (an `unknown` or `skipped` smoke result). */
  unconfirmed: string[];
}
