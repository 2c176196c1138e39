// Observations about a key from each offline source (its names, its config declaration, its value) and
// the choice of one winning observation per fact by the precedence of SPEC section 3.
// SECURITY: an observation never carries any part of a secret value beyond its documented public prefix.

import type { SecretValue } from '../core/secret.js';
import { FACT_SOURCE_RANK, type FactName, type KeyDeclaration, type Observation } from '../core/types.js';
import { detectFormat, formatPrefix, isJsonDocument, providersForName } from '../providers/catalog.js';

/** Name parts that mark an environment (SPEC section 2's conventions, applied to secret names). */
const ENVIRONMENT_PARTS: Record<string, string> = {
  DEV: 'development',
  DEVELOPMENT: 'development',
  TEST: 'development',
  TESTING: 'development',
  QA: 'development',
  SANDBOX: 'development',
  LOCAL: 'development',
  STAGING: 'staging',
  STAGE: 'staging',
  STG: 'staging',
  PREPROD: 'staging',
  PROD: 'production',
  PRODUCTION: 'production',
  PRD: 'production',
  LIVE: 'production',
};

/**
 * The parts of a name that can mark its environment: the first and the last whole part of each
 * `/`-separated segment (`STAGING_X`, `X_DEV`, `app-staging/KEY`). A part in the middle describes
 * what the key is for, not whose it is: `NOTIFY_E2E_TEST_PASSWORD` is production's end-to-end login
 * (SPEC section 3). LATEST, CONTEST and DEVTO are one part each and mark nothing.
 */
export function markerParts(name: string): string[] {
  return name.split('/').flatMap((segment) => {
    const parts = segment
      .split(/[-_.]+/)
      .filter((part) => part.length > 0)
      .map((part) => part.toUpperCase());
    return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  });
}

/**
 * What a secret's name says: the provider (by each provider's name patterns), the environment (by a
 * marker that is the whole first or last part, see markerParts), and for `GITHUB_TOKEN` that it is a
 * per-job app token.
 */
export function observeName(name: string): Observation[] {
  const observations: Observation[] = [];
  const detail = `name ${name}`;
  for (const provider of providersForName(name)) {
    observations.push({ fact: 'provider', value: provider.id, source: 'name', detail });
  }
  if (name.toUpperCase() === 'GITHUB_TOKEN') {
    // GITHUB_TOKEN is minted per job as a GitHub App installation token (PROVIDERS.md section 1).
    const why = 'name GITHUB_TOKEN (an app installation token minted per job)';
    observations.push({ fact: 'keyType', value: 'app-installation', source: 'name', detail: why });
    observations.push({ fact: 'principalKind', value: 'service', source: 'name', detail: why });
  }
  const seen = new Set<string>();
  for (const part of markerParts(name)) {
    if (!Object.hasOwn(ENVIRONMENT_PARTS, part)) continue;
    const environment = ENVIRONMENT_PARTS[part];
    if (seen.has(environment)) continue;
    seen.add(environment);
    observations.push({ fact: 'keyEnvironment', value: environment, source: 'name', detail: `name part ${part}` });
  }
  return observations;
}

/** What the key's owners declared in config `keys:` (SPEC section 4), as `declared` observations. */
export function observeDeclaration(decl: KeyDeclaration): Observation[] {
  const observations: Observation[] = [];
  const at = (field: string): string => `config keys.${decl.name}.${field}`;
  if (decl.provider !== undefined) {
    observations.push({ fact: 'provider', value: decl.provider, source: 'declared', detail: at('provider') });
  }
  if (decl.environment !== undefined) {
    observations.push({
      fact: 'keyEnvironment',
      value: decl.environment,
      source: 'declared',
      detail: at('environment'),
    });
  }
  if (decl.principal !== undefined) {
    observations.push({ fact: 'principal', value: decl.principal, source: 'declared', detail: at('principal') });
  }
  if (decl.principalKind !== undefined) {
    observations.push({
      fact: 'principalKind',
      value: decl.principalKind,
      source: 'declared',
      detail: at('principal-kind'),
    });
  }
  if (decl.scopes !== undefined) {
    observations.push({ fact: 'scopes', value: [...decl.scopes], source: 'declared', detail: at('scopes') });
  }
  if (decl.rotated !== undefined) {
    observations.push({ fact: 'rotated', value: decl.rotated, source: 'declared', detail: at('rotated') });
  }
  return observations;
}

/**
 * What a secret value says offline: provider, key type, live/test mode and principal kind, read from its
 * documented prefix (or, for bare formats, its shape beside a provider's name). Malformed values, with
 * whitespace, CR/LF or NUL inside or empty, give nothing.
 */
export function observeValue(value: SecretValue, name?: string): Observation[] {
  const raw = value.reveal();
  const match = detectFormat(raw, name);
  if (match === undefined) return [];
  const { provider, format } = match;
  // SECURITY: details are built from the format's own pattern and the key's name, never from `raw`.
  const prefix = formatPrefix(format);
  let detail: string;
  if (prefix !== '') detail = `prefix ${prefix}`;
  else if (isJsonDocument(raw)) detail = `JSON credential document (${format.type})`;
  else detail = `${provider.name} ${format.type} format beside name ${name ?? ''}`.trimEnd();
  const observations: Observation[] = [
    { fact: 'provider', value: provider.id, source: 'value', detail },
    { fact: 'keyType', value: format.type, source: 'value', detail },
  ];
  if (format.mode !== undefined) {
    observations.push({ fact: 'keyEnvironment', value: format.mode, source: 'value', detail });
  }
  if (format.principalKind !== undefined) {
    const why = format.principalDetail ?? detail;
    observations.push({ fact: 'principalKind', value: format.principalKind, source: 'value', detail: why });
  }
  return observations;
}

/**
 * The winning observation per fact: the highest-ranked source (smoke > value > platform > declared >
 * name, FACT_SOURCE_RANK); between equal sources, the first observed.
 */
export function selectFacts(observations: readonly Observation[]): Partial<Record<FactName, Observation>> {
  const facts: Partial<Record<FactName, Observation>> = {};
  for (const observation of observations) {
    const current = facts[observation.fact];
    if (current === undefined || FACT_SOURCE_RANK[observation.source] > FACT_SOURCE_RANK[current.source]) {
      facts[observation.fact] = observation;
    }
  }
  return facts;
}
