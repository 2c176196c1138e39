// `environments:` and `keys:` of every applied file, merged field by field (later files win), plus the
// checks that need the merged view: GITHUB_TOKEN is only ever a GitHub key (SECURITY.md case 3), and a
// key's declared environment must be one keybound knows.

import { BUILTIN_ENVIRONMENTS, type KeyDeclaration } from '../core/types.js';
import type { KeyboundError } from '../core/errors.js';
import { closeMatches } from './messages.js';
import { errorAt, type PolicySource } from './source.js';
import type { EnvironmentMapping } from './types.js';
import { isPlainObject, locate, type Segment } from './tree.js';

interface Placed {
  source: PolicySource;
  path: Segment[];
}

const ENVIRONMENT_FIELDS = [
  ['github-environments', 'githubEnvironments'],
  ['paths', 'paths'],
  ['namespaces', 'namespaces'],
] as const;

const KEY_STRING_FIELDS = [
  ['provider', 'provider'],
  ['environment', 'environment'],
  ['principal', 'principal'],
  ['principal-kind', 'principalKind'],
  ['rotated', 'rotated'],
  ['owner', 'owner'],
] as const;

const KEY_LIST_FIELDS = [
  ['scopes', 'scopes'],
  ['aliases', 'aliases'],
] as const;

const KEY_NUMBER_FIELDS = [
  ['max-age-days', 'maxAgeDays'],
  ['warn-age-days', 'warnAgeDays'],
] as const;

/** The environment mappings of all files: a later file's list replaces an earlier one's. */
export function mergeEnvironments(sources: readonly PolicySource[]): EnvironmentMapping[] {
  const merged = new Map<string, EnvironmentMapping>();
  for (const source of sources) {
    const section = source.data.environments;
    if (!isPlainObject(section)) continue;
    for (const [name, entry] of Object.entries(section)) {
      if (!isPlainObject(entry)) continue;
      const target = merged.get(name) ?? { name, githubEnvironments: [], paths: [], namespaces: [] };
      for (const [field, property] of ENVIRONMENT_FIELDS) {
        const list = stringList(entry[field]);
        if (list) target[property] = list;
      }
      merged.set(name, target);
    }
  }
  return [...merged.values()];
}

/** The key declarations of all files, field by field; each key's location is where it was last declared. */
export function mergeKeys(
  sources: readonly PolicySource[],
  environments: readonly EnvironmentMapping[],
  errors: KeyboundError[],
): Map<string, KeyDeclaration> {
  const keys = new Map<string, KeyDeclaration>();
  const places = new Map<string, Map<string, Placed>>();
  for (const source of sources) {
    const section = source.data.keys;
    if (!isPlainObject(section)) continue;
    for (const [name, value] of Object.entries(section)) {
      // `NAME:` with nothing under it (as keybound init writes it) declares the key and nothing else.
      const entry = value === null ? {} : value;
      if (!isPlainObject(entry)) continue;
      const declaration: KeyDeclaration = keys.get(name) ?? { name };
      const fieldPlaces = places.get(name) ?? new Map<string, Placed>();
      const place = (field: string): void => void fieldPlaces.set(field, { source, path: ['keys', name, field] });
      for (const [field, property] of KEY_STRING_FIELDS) {
        const value = entry[field];
        if (typeof value !== 'string') continue;
        (declaration as unknown as Record<string, unknown>)[property] = value;
        place(field);
      }
      for (const [field, property] of KEY_LIST_FIELDS) {
        const list = stringList(entry[field]);
        if (!list) continue;
        declaration[property] = list;
        place(field);
      }
      for (const [field, property] of KEY_NUMBER_FIELDS) {
        const value = entry[field];
        if (typeof value !== 'number') continue;
        declaration[property] = value;
        place(field);
      }
      declaration.location = locate(source.file, source.doc, source.lineCounter, ['keys', name], 'key');
      keys.set(name, declaration);
      places.set(name, fieldPlaces);
    }
  }
  const known = [
    ...BUILTIN_ENVIRONMENTS,
    ...environments.map((e) => e.name).filter((n) => !(BUILTIN_ENVIRONMENTS as readonly string[]).includes(n)),
  ];
  for (const declaration of keys.values()) {
    const fieldPlaces = places.get(declaration.name) ?? new Map<string, Placed>();
    checkGithubToken(declaration, fieldPlaces, errors);
    checkEnvironment(declaration, fieldPlaces, known, errors);
  }
  return keys;
}

// SECURITY: GITHUB_TOKEN is sent only to the GitHub API. Declaring it as another provider's key would
// route the workflow token to that provider's endpoint, so it is refused (GitHub names ignore case).
function checkGithubToken(declaration: KeyDeclaration, places: Map<string, Placed>, errors: KeyboundError[]): void {
  if (declaration.provider === undefined || declaration.provider === 'github') return;
  const names = [declaration.name, ...(declaration.aliases ?? [])];
  const token = names.find((n) => n.toUpperCase() === 'GITHUB_TOKEN');
  if (token === undefined) return;
  const placed = places.get('provider');
  if (!placed) return;
  const via = token === declaration.name ? 'GITHUB_TOKEN' : `${declaration.name} (alias ${JSON.stringify(token)})`;
  errors.push(
    errorAt(
      placed.source,
      placed.path,
      `${via} is only ever sent to the GitHub API and cannot be declared as a ${JSON.stringify(declaration.provider)} key; use provider: github or leave provider out`,
    ),
  );
}

function checkEnvironment(
  declaration: KeyDeclaration,
  places: Map<string, Placed>,
  known: readonly string[],
  errors: KeyboundError[],
): void {
  const environment = declaration.environment;
  if (environment === undefined || known.includes(environment)) return;
  const placed = places.get('environment');
  if (!placed) return;
  const close = closeMatches(environment, known);
  const hint = close.length
    ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
    : '; define it under environments: to use your own name';
  errors.push(
    errorAt(
      placed.source,
      placed.path,
      `unknown environment ${JSON.stringify(environment)} (known: ${known.join(', ')})${hint}`,
    ),
  );
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...(value as string[])] : undefined;
}
