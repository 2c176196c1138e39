// Where a committed credential lives, for plaintext-secret's severity (README "Committed credentials"):
// a file deployed to production, a file whose environment is not known, or a development, test or
// local file (a compose stack with no production evidence, a devcontainer, `.env.test`, an example).
// A production environment, however it was decided (SPEC section 2), beats every local word.

import type { Severity, Use } from '../core/types.js';

export type Place = 'production' | 'elsewhere' | 'local';

export interface Placement {
  place: Place;
  /** In words, for the message and evidence: `deployed to production`, `a local compose stack`. */
  where: string;
}

/** The severity a committed credential gets in each place (a live provider key is an error anywhere). */
export const SEVERITY_BY_PLACE: Record<Place, Severity> = { production: 'error', elsewhere: 'warning', local: 'note' };

/**
 * Path parts (folders, or parts of a file name split on `-`, `_`, `.`) of files that are not deployed:
 * tests and their data, examples, documentation, devcontainers, CI service stacks, compose overrides.
 */
const LOCAL_PARTS = new Set([
  'test',
  'tests',
  'testing',
  '__tests__',
  'spec',
  'specs',
  'e2e',
  'fixture',
  'fixtures',
  'testdata',
  'mock',
  'mocks',
  'example',
  'examples',
  'sample',
  'samples',
  'demo',
  'demos',
  'docs',
  'doc',
  'tutorial',
  'tutorials',
  'devcontainer',
  'ci',
  'feature',
  'features',
  'override',
  'local',
  'dev',
  'development',
  'sandbox',
]);

/** The first path part, file name first, then folders from the deepest up, that marks a local file. */
function localPart(file: string): string | undefined {
  const segments = file.split('/').reverse();
  for (const segment of segments) {
    const parts = segment.toLowerCase().split(/[-_.]+/);
    if (parts.some((part) => LOCAL_PARTS.has(part))) return segment;
  }
  return undefined;
}

/** What decided a production environment, in words (SPEC section 2's `environmentSource`). */
const BY_SOURCE: Record<Use['environmentSource'], string> = {
  config: 'keybound.yml',
  'github-environment': "its job's environment",
  namespace: 'its namespace',
  path: 'its path',
  none: 'default',
};

const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i;

/** `a/b/c.yaml` -> `a/b`; a root file -> ''. */
function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** The folders that hold a compose file: a dotenv file there is that compose project's own `.env`. */
export function composeFolders(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) if (COMPOSE_FILE.test(file)) folders.add(folderOf(file));
  return folders;
}

/**
 * Where `use` lives. A dotenv file in a folder of `composeFolders` is read by compose for interpolation
 * and lives where the stack does.
 */
export function placeOf(use: Use, composeFolders: ReadonlySet<string>): Placement {
  if (use.environment === 'production') {
    if (use.sourceKind === 'compose' && use.privateNetwork) {
      return { place: 'local', where: 'a default credential of a container on a private compose network' };
    }
    return { place: 'production', where: `deployed to production, by ${BY_SOURCE[use.environmentSource]}` };
  }
  if (use.environment === 'development') return { place: 'local', where: 'a development file' };
  const part = localPart(use.location.file);
  if (part !== undefined) return { place: 'local', where: `a test, example or local file, by its path part ${part}` };
  if (use.sourceKind === 'compose') {
    return { place: 'local', where: 'a local development compose file, with no production evidence' };
  }
  if (use.sourceKind === 'dotenv' && composeFolders.has(folderOf(use.location.file))) {
    return { place: 'local', where: 'the .env file of a local compose project, with no production evidence' };
  }
  if (use.environment === 'unknown') return { place: 'elsewhere', where: 'environment unknown' };
  return { place: 'elsewhere', where: `deployed to ${use.environment}` };
}
