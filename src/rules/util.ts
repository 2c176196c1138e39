// Helpers the rules share: which use of a key a per-key finding points at, what counts as a
// non-production key environment, severity caps, and evidence built from observations.

import { SEVERITY_RANK } from '../core/types.js';
import type { Evidence, FactName, Key, Location, Observation, SecretsExposure, Severity, Use } from '../core/types.js';
import { FACT_SOURCE_RANK } from '../core/types.js';

/** Environments in order of importance; custom names sit between development and unknown. */
const ENVIRONMENT_ORDER: Record<string, number> = { production: 0, staging: 1, development: 2, unknown: 4 };
const CUSTOM_ENVIRONMENT_RANK = 3;

/** Rank of an environment: 0 for production, then staging, development, custom names, unknown. */
export function environmentRank(environment: string): number {
  return Object.hasOwn(ENVIRONMENT_ORDER, environment) ? ENVIRONMENT_ORDER[environment] : CUSTOM_ENVIRONMENT_RANK;
}

/** Orders locations by file, then line, then column. */
export function compareLocations(a: Location, b: Location): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/**
 * The use a per-key finding points at: the first (by file, line, column) in the most important
 * environment the key is used in. Undefined for a key with no uses (nothing to annotate).
 */
export function primaryUse(key: Pick<Key, 'uses'>): Use | undefined {
  let best: Use | undefined;
  for (const use of key.uses) {
    if (!best) best = use;
    else {
      const byEnv = environmentRank(use.environment) - environmentRank(best.environment);
      if (byEnv < 0 || (byEnv === 0 && compareLocations(use.location, best.location) < 0)) best = use;
    }
  }
  return best;
}

// Values of the keyEnvironment fact that mean "this is the production key". `unknown` decides nothing.
const PRODUCTION_VALUES = new Set(['live', 'production', 'prod', 'prd', 'unknown', '']);

/**
 * True when a `keyEnvironment` value marks a key as not production's: `test`, `development`,
 * `staging` or any custom environment name. `live` and `production` are production.
 */
export function isNonProduction(keyEnvironmentValue: unknown): boolean {
  if (typeof keyEnvironmentValue !== 'string') return false;
  return !PRODUCTION_VALUES.has(keyEnvironmentValue.trim().toLowerCase());
}

/** The configured severity capped at `cap` (a rule's own lower tier never raises a severity). */
export function capSeverity(configured: Severity, cap: Severity): Severity {
  return SEVERITY_RANK[configured] <= SEVERITY_RANK[cap] ? configured : cap;
}

/** Every observation of `fact`, strongest source first (stable within a source). */
export function observationsOf(key: Pick<Key, 'observations'>, fact: FactName): Observation[] {
  return key.observations
    .filter((o) => o.fact === fact)
    .map((o, i) => ({ o, i }))
    .sort((a, b) => FACT_SOURCE_RANK[b.o.source] - FACT_SOURCE_RANK[a.o.source] || a.i - b.i)
    .map(({ o }) => o);
}

/** An observation as finding evidence (observations never hold secret values). */
export function evidenceOf(o: Observation): Evidence {
  return o.detail === undefined
    ? { fact: o.fact, value: o.value, source: o.source }
    : { fact: o.fact, value: o.value, source: o.source, detail: o.detail };
}

/**
 * True when the provider's answer means the key must be replaced (invalid, malformed, or accepted as
 * the wrong principal, account or mode): key-user-association reports it, and findings that the
 * replacement would fix repeat it (FindingInput `repeatsSmoke`).
 */
export function smokeCondemns(key: Pick<Key, 'smoke'>): boolean {
  const status = key.smoke?.status;
  // NOTE: a key whose account cannot pay (`insufficient-quota`) works and stays: replacing it fixes nothing.
  if (status === 'mismatch') return key.smoke?.reason !== 'insufficient-quota';
  return status === 'invalid' || status === 'malformed';
}

/** Evidence for a key's smoke result: status, with the reason (and message) as detail. */
export function smokeEvidence(key: Pick<Key, 'smoke'>): Evidence[] {
  if (!key.smoke) return [];
  const detail = key.smoke.message ? `${key.smoke.reason}: ${key.smoke.message}` : key.smoke.reason;
  return [{ fact: 'smoke', value: key.smoke.status, source: 'smoke', detail }];
}

const SOURCE_WORDS: Record<Observation['source'], string> = {
  smoke: 'the provider says so',
  value: 'read from its value',
  platform: 'from secret metadata',
  declared: 'declared in keybound.yml',
  name: 'from its name',
};

/** Why an observation holds, for messages: its detail, else a phrase for its source. */
export function explain(o: Observation): string {
  return o.detail ?? SOURCE_WORDS[o.source];
}

/** The principal the provider returned, as one string (from the smoke `principal` fact or result). */
export function smokePrincipal(key: Pick<Key, 'observations' | 'smoke'>): string | undefined {
  const fact = key.observations.find((o) => o.fact === 'principal' && o.source === 'smoke');
  if (fact && typeof fact.value === 'string') return fact.value;
  const p = key.smoke?.principal;
  if (!p) return undefined;
  for (const field of ['login', 'arn', 'id', 'name', 'user', 'account']) {
    const value = p[field];
    if (value !== undefined && value !== '') return String(value);
  }
  return undefined;
}

/**
 * Where a use's root cause lives (SPEC section 5): its job (`job deploy`) for workflow uses, else its
 * file. Two uses of a key in one job are one deploy handing the same key over twice (an AWS pair's two
 * lines, two steps); in two jobs they are two exposures. `group` tells scopes apart, `anchor` names it
 * in fingerprints (the file is in the fingerprint already).
 */
export function rootCauseScope(use: Use): { group: string; anchor: string } {
  const job = use.sourceKind === 'github-workflow' ? use.context?.job : undefined;
  if (job === undefined) return { group: `file\u0000${use.location.file}`, anchor: 'file' };
  // `context.workflow` is the workflow's display name, which two files may share: the file tells jobs apart.
  return { group: `job\u0000${use.location.file}\u0000${job}`, anchor: `job ${job}` };
}

/**
 * The uses a per-key finding is about: the primary use (primaryUse) and the key's other uses in its
 * environment and job or file, in order. A rule reports each with `use`; the engine joins them into
 * one finding at the primary use with the others as related locations. Empty for a key with no uses.
 */
export function primaryUses(key: Pick<Key, 'uses'>): Use[] {
  const primary = primaryUse(key);
  if (!primary) return [];
  const scope = rootCauseScope(primary).group;
  return key.uses
    .filter((u) => u.environment === primary.environment && rootCauseScope(u).group === scope)
    .sort((a, b) => compareLocations(a.location, b.location));
}

/** A stable fingerprint anchor for a use: its name and where in its file it sits (not the line). */
export function useAnchor(use: Use): string {
  const c = use.context ?? {};
  return [use.name, c.workflow, c.job, c.step, c.resource, c.via].filter((part) => part).join('/');
}

/** Evidence for a `toJSON(secrets)` or `secrets: inherit` handover, with its job. */
export function exposureEvidence(exposure: SecretsExposure): Evidence {
  return {
    fact: 'exposure',
    value: exposure.form,
    source: 'file',
    ...(exposure.job ? { detail: `job ${exposure.job}` } : {}),
  };
}
