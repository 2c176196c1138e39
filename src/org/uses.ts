// A repository's `secrets.NAME` references, each resolved to the secret GitHub would give the job
// (environment, then repository, then organization: GitHub's own precedence), and the places that hand
// every secret over at once. Pure: it reads a check() result and the repository's secret metadata.

import type { Inventory, Report } from '../core/types.js';
import type { SecretMetadata } from '../discovery/github-secrets.js';
import type { Exposure, SecretUse, UseScope } from './types.js';
import { compareText } from '../core/compare.js';

/** The job's own token: created and revoked by GitHub for each job, never a stored secret. */
export function isJobToken(name: string): boolean {
  return name.toUpperCase() === 'GITHUB_TOKEN';
}

export interface SecretsSeen {
  secrets: readonly SecretMetadata[];
  /** Listings that could not be read, as fetchSecretMetadata names them. */
  unread: readonly string[];
}

/** Every workflow reference but GITHUB_TOKEN, with its scope, sorted by file, line, column, name. */
export function secretUses(
  report: Pick<Report, 'keys'>,
  inventory: Pick<Inventory, 'uses'>,
  seen: SecretsSeen,
): SecretUse[] {
  // Environments keybound decided, by the reference's place (one reference may run in several).
  const decided = new Map<string, Set<string>>();
  for (const key of report.keys)
    for (const use of key.uses) {
      if (use.sourceKind !== 'github-workflow') continue;
      const at = place(use.file, use.line, use.column, use.name);
      decided.set(at, (decided.get(at) ?? new Set()).add(use.environment));
    }
  const resolve = resolver(seen);
  const byPlace = new Map<string, SecretUse>();
  for (const use of inventory.uses) {
    if (use.sourceKind !== 'github-workflow' || isJobToken(use.name)) continue;
    const name = use.name.toUpperCase();
    const { file, line, column } = use.location;
    const githubEnvironment = use.hints.githubEnvironment;
    const id = `${place(file, line, column, use.name)}\u0000${githubEnvironment ?? ''}`;
    if (byPlace.has(id)) continue;
    byPlace.set(id, {
      name,
      ...resolve(name, githubEnvironment),
      file,
      line,
      column,
      ...(use.context?.job ? { job: use.context.job } : {}),
      ...(githubEnvironment ? { githubEnvironment } : {}),
      environments: [...(decided.get(place(file, line, column, use.name)) ?? [])].sort(),
    });
  }
  return [...byPlace.values()].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.name, b.name),
  );
}

/** `toJSON(secrets)` and `secrets: inherit`, with the job's environment when static. */
export function exposures(inventory: Pick<Inventory, 'workflows'>): Exposure[] {
  return inventory.workflows.flatMap((workflow) =>
    workflow.exposures.map((exposure) => ({
      form: exposure.form,
      file: exposure.location.file,
      line: exposure.location.line,
      column: exposure.location.column,
      ...(exposure.job ? { job: exposure.job } : {}),
      ...(exposure.hints.githubEnvironment ? { githubEnvironment: exposure.hints.githubEnvironment } : {}),
    })),
  );
}

function place(file: string, line: number, column: number, name: string): string {
  return `${file}\u0000${line}\u0000${column}\u0000${name.toUpperCase()}`;
}

type Resolution = { scope: UseScope; secretEnvironment?: string };

/** GitHub's precedence; `unknown` wherever a listing that could have answered was not read. */
function resolver({ secrets, unread }: SecretsSeen): (name: string, githubEnvironment?: string) => Resolution {
  const unreadSet = new Set(unread);
  const inScope = (scope: SecretMetadata['scope']): Set<string> =>
    new Set(secrets.filter((s) => s.scope === scope).map((s) => s.name.toUpperCase()));
  const repository = inScope('repository');
  const organization = inScope('organization');
  const environments = new Map<string, { name: string; secrets: Set<string> }>();
  for (const secret of secrets) {
    if (secret.scope !== 'environment' || secret.environment === undefined) continue;
    const id = secret.environment.toLowerCase();
    const entry = environments.get(id) ?? { name: secret.environment, secrets: new Set<string>() };
    entry.secrets.add(secret.name.toUpperCase());
    environments.set(id, entry);
  }
  const environmentUnread = (name: string): boolean =>
    unreadSet.has('environments') ||
    [...unreadSet].some((what) => what.toLowerCase() === `environment ${name.toLowerCase()} secrets`);
  return (name, githubEnvironment) => {
    if (githubEnvironment !== undefined) {
      const environment = environments.get(githubEnvironment.toLowerCase());
      if (environment?.secrets.has(name)) return { scope: 'environment', secretEnvironment: environment.name };
      if (environmentUnread(githubEnvironment)) return { scope: 'unknown' };
    }
    if (repository.has(name)) return { scope: 'repository' };
    if (unreadSet.has('repository secrets')) return { scope: 'unknown' };
    if (organization.has(name)) return { scope: 'organization' };
    if (unreadSet.has('organization secrets')) return { scope: 'unknown' };
    return { scope: 'unresolved' };
  };
}
