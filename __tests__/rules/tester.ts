// A small ESLint-style rule tester: builds Keys, Uses, an Inventory and a RuleContext from compact
// case data, runs one rule the way the engine does (message templates, severity caps, one finding per
// root cause), and asserts
// the exact findings of each named case. Every case also checks the rule's options against its schema
// and that no planted secret value reaches a finding.

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { formatMessage } from '../../src/core/template.js';
import {
  emptyInventory,
  FACT_SOURCE_RANK,
  SEVERITY_RANK,
  type Evidence,
  type FactName,
  type FactSource,
  type FactValue,
  type Inventory,
  type Key,
  type KeyDeclaration,
  type Mode,
  type Observation,
  type RelatedLocation,
  type Severity,
  type SmokeResult,
  type Use,
  type UseContext,
} from '../../src/core/types.js';
import type { PolicyChange, ResolvedConfig } from '../../src/policy/types.js';
import { oneFindingPerRootCause, type RawFinding } from '../../src/rules/root-cause.js';
import type { Rule, WaiverStatus } from '../../src/rules/types.js';
import type { SecretMetadata } from '../../src/discovery/github-secrets.js';

/** A secret planted in every case that gives a key a value: it must never appear in findings. */
export const CANARY = 'kb_canary_9f3Qx7Lm2Vw';
export const DEFAULT_NOW = '2026-11-22';

/** A use: `'production deploy/prod/app.yaml:3:7'` (environment, then file:line:column), or an object. */
export type UseSpec =
  | string
  | {
      env: string;
      at: string;
      name?: string;
      context?: UseContext;
      sourceKind?: Use['sourceKind'];
      /** A value committed in the file at this use (dotenv, Secret stringData). */
      literal?: string;
    };

export interface KeySpec {
  name: string;
  /** Defaults to one use: `production deploy/prod/app.yaml:1:1`. */
  uses?: UseSpec[];
  /** Observations, in the order discovery would record them; winners are computed by source rank. */
  obs?: Observation[];
  decl?: Omit<KeyDeclaration, 'name'>;
  smoke?: SmokeResult;
  /** Give the key a value (the canary): checks that no finding leaks it. */
  withValue?: boolean;
  /** Give the key this value instead (checked for leaks like the canary). */
  value?: string;
  /** Values of companion credentials by role (AWS `secretAccessKey`); checked for leaks too. */
  companions?: Record<string, string>;
  /** Every name joined into the key (defaults to its name). */
  names?: string[];
}

export interface CaseSpec<O> {
  name: string;
  keys?: KeySpec[];
  inventory?: Partial<Inventory>;
  waivers?: WaiverStatus[];
  options?: Partial<O>;
  severity?: Severity;
  mode?: Mode;
  /** The gated environment (`--environment`). */
  environment?: string;
  now?: string;
  smoke?: boolean;
  /** GitHub secret metadata, as --github-repo would read it. */
  secretMetadata?: SecretMetadata[];
  /** Keys with the uses of every environment, when `environment` gates one (default: `keys`). */
  everyKey?: KeySpec[];
  /** What a pull request changes in its base branch's policy (policy-change). */
  policyChanges?: PolicyChange[];
}

export interface ExpectedFinding {
  severity: Severity;
  message: string;
  line: number;
  column: number;
  file?: string;
  key?: string;
  environment?: string;
  evidence?: Evidence[];
  /** The other uses of the same root cause; checked whenever expected or found. */
  relatedLocations?: RelatedLocation[];
  /** Whether the finding gives way to key-user-association's report of the smoke result. */
  repeatsSmoke?: boolean;
  /** The finding only says "could not confirm" (a gate's exit 3). */
  unconfirmed?: boolean;
}

export interface InvalidCase<O> extends CaseSpec<O> {
  errors: ExpectedFinding[];
}

export interface ActualFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  key?: string;
  environment?: string;
  evidence: Evidence[];
  anchor?: string;
  relatedLocations?: RelatedLocation[];
  repeatsSmoke?: boolean;
  unconfirmed?: boolean;
}

/** An observation: `o('keyEnvironment', 'staging', 'name', 'name part STAGING')`. */
export function o(fact: FactName, value: FactValue, source: FactSource, detail?: string): Observation {
  return detail === undefined ? { fact, value, source } : { fact, value, source, detail };
}

/** Parses `file:line:column`. */
export function at(text: string): { file: string; line: number; column: number } {
  const match = /^(.*):(\d+):(\d+)$/.exec(text);
  if (!match) throw new Error(`tester: bad location ${text}`);
  return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
}

function buildUse(spec: UseSpec, keyName: string): Use {
  const s = typeof spec === 'string' ? { env: spec.split(' ')[0], at: spec.split(' ')[1] } : spec;
  const use: Use = {
    name: ('name' in s && s.name) || keyName,
    sourceKind: ('sourceKind' in s && s.sourceKind) || 'github-workflow',
    location: at(s.at),
    hints: {},
    environment: s.env,
    environmentSource: s.env === 'unknown' ? 'none' : 'path',
  };
  if ('context' in s && s.context) use.context = s.context;
  if ('literal' in s && s.literal !== undefined) use.literal = new SecretValue(s.literal, s.at);
  return use;
}

/** Builds a Key as key building would: winners by SPEC section 3 precedence, first seen on ties. */
export function buildKey(spec: KeySpec): Key {
  const uses = (spec.uses ?? ['production deploy/prod/app.yaml:1:1']).map((u) => buildUse(u, spec.name));
  const observations = spec.obs ?? [];
  const facts: Key['facts'] = {};
  for (const ob of observations) {
    const current = facts[ob.fact];
    if (!current || FACT_SOURCE_RANK[ob.source] > FACT_SOURCE_RANK[current.source]) facts[ob.fact] = ob;
  }
  const key: Key = {
    name: spec.name,
    names: spec.names ?? [spec.name],
    uses,
    companions: {},
    observations,
    facts,
    environments: [...new Set(uses.map((u) => u.environment))].sort(),
  };
  if (spec.decl) key.declaration = { name: spec.name, ...spec.decl };
  if (spec.smoke) key.smoke = spec.smoke;
  if (spec.withValue) key.value = new SecretValue(CANARY, 'secrets-json');
  if (spec.value !== undefined) key.value = new SecretValue(spec.value, 'secrets-json');
  for (const [role, value] of Object.entries(spec.companions ?? {}))
    key.companions[role] = new SecretValue(value, 'secrets-json');
  return key;
}

function emptyConfig(): ResolvedConfig {
  return { extends: [], environments: [], keys: new Map(), rules: {}, customRules: [], exceptions: [] };
}

const ajv = new Ajv({ allErrors: true, strict: true });

/** Runs `rule` on one case as the engine would and returns its findings in report order. */
export function runRule<O>(rule: Rule<O>, spec: CaseSpec<O>): ActualFinding[] {
  const options = { ...rule.meta.defaultOptions, ...spec.options } as O;
  const validate = ajv.compile(rule.meta.optionsSchema);
  if (!validate(options)) throw new Error(`tester: options invalid: ${ajv.errorsText(validate.errors)}`);
  const configured = spec.severity ?? rule.meta.defaultSeverity;
  const keys = (spec.keys ?? []).map(buildKey);
  const raw: RawFinding[] = [];
  const everyKey = spec.everyKey?.map(buildKey) ?? keys;
  rule.check({
    keys,
    everyKey,
    inventory: { ...emptyInventory(), ...spec.inventory },
    config: emptyConfig(),
    options,
    severity: configured,
    mode: spec.mode ?? 'audit',
    ...(spec.environment ? { environment: spec.environment } : {}),
    now: spec.now ?? DEFAULT_NOW,
    smoke: spec.smoke ?? keys.some((k) => k.smoke),
    waivers: spec.waivers ?? [],
    ...(spec.secretMetadata ? { secretMetadata: spec.secretMetadata } : {}),
    ...(spec.policyChanges ? { policyChanges: spec.policyChanges } : {}),
    report(input) {
      const template = rule.meta.messages[input.messageId];
      if (template === undefined) throw new Error(`tester: unknown messageId ${input.messageId}`);
      const message = formatMessage(template, input.data ?? {});
      if (/\{\{/.test(message)) throw new Error(`tester: placeholder without data in "${message}"`);
      const lower = input.severity && SEVERITY_RANK[input.severity] < SEVERITY_RANK[configured];
      raw.push({
        ruleId: rule.meta.id,
        severity: lower ? input.severity! : configured,
        message,
        location: input.location,
        evidence: input.evidence,
        ...(input.key !== undefined ? { key: input.key } : {}),
        ...(input.environment !== undefined ? { environment: input.environment } : {}),
        ...(input.anchor !== undefined ? { anchor: input.anchor } : {}),
        ...(input.use ? { use: input.use } : {}),
        ...(input.repeatsSmoke ? { repeatsSmoke: true } : {}),
        ...(input.unconfirmed ? { unconfirmed: true } : {}),
      });
    },
  });
  // What the engine does next; repeatsSmoke is read before the join consumes it.
  const repeats = new Map(raw.map((f) => [f.location, f.repeatsSmoke === true]));
  const findings = oneFindingPerRootCause(raw).map((joined): ActualFinding => {
    const finding: ActualFinding = {
      ruleId: joined.ruleId,
      severity: joined.severity,
      message: joined.message,
      ...joined.location,
      evidence: joined.evidence,
      repeatsSmoke: repeats.get(joined.location) ?? false,
    };
    if (joined.key !== undefined) finding.key = joined.key;
    if (joined.environment !== undefined) finding.environment = joined.environment;
    if (joined.anchor !== undefined) finding.anchor = joined.anchor;
    if (joined.relatedLocations) finding.relatedLocations = joined.relatedLocations;
    if (joined.unconfirmed) finding.unconfirmed = true;
    return finding;
  });
  const planted = [CANARY, ...[...(spec.keys ?? []), ...(spec.everyKey ?? [])].flatMap(plantedValues)].filter(
    (v) => v.length >= 8,
  );
  for (const value of planted) expect(JSON.stringify(findings)).not.toContain(value);
  return findings;
}

/** The values a case plants in a key: given, companion and committed ones. */
function plantedValues(spec: KeySpec): string[] {
  const literals = (spec.uses ?? []).flatMap((u) => (typeof u === 'object' && u.literal ? [u.literal] : []));
  return [...(spec.value === undefined ? [] : [spec.value]), ...Object.values(spec.companions ?? {}), ...literals];
}

/** Projects an actual finding onto the fields an expected one names. */
function project(actual: ActualFinding, expected: ExpectedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: actual.ruleId,
    severity: actual.severity,
    message: actual.message,
    line: actual.line,
    column: actual.column,
  };
  for (const field of ['file', 'key', 'environment', 'evidence', 'repeatsSmoke', 'unconfirmed'] as const) {
    if (expected[field] !== undefined) out[field] = actual[field];
  }
  if (expected.relatedLocations !== undefined || actual.relatedLocations !== undefined)
    out.relatedLocations = actual.relatedLocations;
  return out;
}

/** Declares one vitest suite per rule: valid cases report nothing, invalid ones exactly `errors`. */
export function ruleTester<O>(rule: Rule<O>, cases: { valid: CaseSpec<O>[]; invalid: InvalidCase<O>[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, spec) => {
        expect(runRule(rule, spec)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, spec) => {
        const actual = runRule(rule, spec);
        expect(actual.map((a, i) => project(a, spec.errors[i] ?? ({} as ExpectedFinding)))).toEqual(
          spec.errors.map((e) => ({ ruleId: rule.meta.id, ...e })),
        );
      });
    });
  });
}
