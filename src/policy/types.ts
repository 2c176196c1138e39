// The config after loading, validation and resolution of `extends`: what the engine and rules read.

import type { KeyDeclaration, Location, SeveritySetting } from '../core/types.js';
import type { CompiledCustomRule } from './cel.js';

export interface EnvironmentMapping {
  /** The environment these evidence sources map to: production, staging, development or a custom name. */
  name: string;
  githubEnvironments: string[];
  /** Path globs (picomatch), relative to the scanned root. */
  paths: string[];
  namespaces: string[];
}

export interface RuleSetting {
  severity: SeveritySetting;
  /** The rule's options: its defaults, overlaid by each policy in `extends` order, then by the config. */
  options: Record<string, unknown>;
}

export interface ExceptionSpec {
  rule: string;
  /** Key name (or alias) it waives; absent waives the rule everywhere `path` matches. */
  key?: string;
  /** Path glob it is limited to. */
  path?: string;
  until: string;
  reason: string;
  owner?: string;
  ticket?: string;
  location?: Location;
}

export interface CustomRuleSpec {
  id: string;
  severity: SeveritySetting;
  message: string;
  when?: string;
  deny: string;
  location?: Location;
  /** `when` and `deny`, compiled and type-checked when the config loaded. */
  compiled?: CompiledCustomRule;
}

export interface ResolvedConfig {
  /** The config file, relative to the scanned root or as given; undefined when built-in defaults apply. */
  file?: string;
  extends: string[];
  environments: EnvironmentMapping[];
  keys: Map<string, KeyDeclaration>;
  rules: Record<string, RuleSetting>;
  customRules: CustomRuleSpec[];
  exceptions: ExceptionSpec[];
  /** `ignore:` path globs (relative to the scanned root) of every applied file; never scanned. */
  ignore?: string[];
  /** `helm-values`: globs of Helm values files beyond `values*.yaml` beside a chart (a later file's list wins). */
  helmValues?: string[];
}

/** A way a pull request's policy may weaken its own check (SPEC section 8), reported by `policy-change`. */
export interface PolicyChange {
  /** What changed, as a clause: `rules.rotation-age.severity error → off`, `adds an exception for …`. */
  change: string;
  kind: 'setting' | 'exception' | 'suppression' | 'unreadable';
  /** Where the pull request makes the change. */
  location: Location;
}
