// What a rule is: a metadata record (id, description, default severity, options schema and defaults,
// message templates) plus one function that reads the model and reports findings (the ESLint shape).

import type { PolicyChange, ResolvedConfig } from '../policy/types.js';
import type { Evidence, Inventory, Key, Location, Mode, Severity, Use } from '../core/types.js';
import type { SecretMetadata } from '../discovery/github-secrets.js';

export interface RuleMeta<Options = Record<string, unknown>> {
  /** Stable id = file name = registry key = README row. */
  id: string;
  /** One sentence: what it reports. */
  description: string;
  defaultSeverity: Severity;
  /** JSON Schema for the rule's options in config `rules.<id>` (besides `severity`). */
  optionsSchema: Record<string, unknown>;
  defaultOptions: Options;
  /** Message templates with `{{placeholders}}`, by message id. */
  messages: Record<string, string>;
  /** Facts it needs only smoke calls can give; without them it decides from what is known. */
  usesSmoke?: boolean;
  /** A short example of what it reports, for `keybound explain` and the README. */
  example?: string;
  /** Runs after exceptions and inline suppressions are applied, and reads `context.waivers`. */
  readsWaivers?: boolean;
  /** Help of its own, replacing the one made from the description (custom rules: message, when, deny). */
  help?: { text: string; markdown: string };
}

/** An exception or inline suppression, and what became of it in this run. */
export interface WaiverStatus {
  kind: 'exception' | 'inline';
  rule: string;
  key?: string;
  location: Location;
  reason?: string;
  until?: string;
  /** It waived at least one finding. */
  used: boolean;
  /** Its `until` date is before the evaluation date. */
  expired: boolean;
  /** Its `until` date is more than `invalid-waiver`'s max-waiver-days after the evaluation date. */
  tooLong?: boolean;
}

export interface FindingInput {
  messageId: string;
  /** Values for the message template; names and facts only, never secret values. */
  data?: Record<string, string | number>;
  location: Location;
  key?: string;
  environment?: string;
  evidence: Evidence[];
  /** Lower than the configured severity (a rule's own warning tier); never higher. */
  severity?: Severity;
  /** Extra text that keeps the fingerprint stable and distinct (a job id, a resource name). */
  anchor?: string;
  /**
   * The use this finding is about. Findings of one rule about uses of one key in one environment and
   * one job (one file outside workflows), with the same anchor, are one root cause: root-cause.ts keeps
   * the first, with the others as related locations. Its fingerprint reads the anchor, else the job or
   * file, never the use. Per-use rules give no anchor; per-key rules report each of primaryUses(key).
   */
  use?: Use;
  /**
   * The finding says again what the key's smoke result says, or is moot once that result is acted on
   * (the key gets replaced): it is dropped when key-user-association reports the result (SPEC section 5).
   */
  repeatsSmoke?: boolean;
  /** The finding only says a key could not be confirmed: a gate is `indeterminate` on it, not `fail`. */
  unconfirmed?: boolean;
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** Keys with their facts; with `--environment`, only uses in that environment remain. */
  keys: readonly Key[];
  /** With `--environment`: every key with the uses of every environment, for rules that compare them (no smoke results). */
  everyKey?: readonly Key[];
  inventory: Inventory;
  config: ResolvedConfig;
  options: Options;
  /** The configured severity (never `off`: rules that are off do not run). */
  severity: Severity;
  mode: Mode;
  /** The gated environment (`--environment`), if any. */
  environment?: string;
  /** Evaluation date, YYYY-MM-DD. */
  now: string;
  /** Whether smoke calls were made in this run. */
  smoke: boolean;
  /** Exceptions and inline suppressions with their use (only for rules with `readsWaivers`). */
  waivers: readonly WaiverStatus[];
  /** GitHub Actions secret metadata, when it was read (--github-repo, the Action's `secrets-token`). */
  secretMetadata?: readonly SecretMetadata[];
  /** On a pull request checked with its base branch's policy: what the pull request changes in it. */
  policyChanges?: readonly PolicyChange[];
  report(finding: FindingInput): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/** Helper so each rule file keeps its option types without casts at the registry. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
