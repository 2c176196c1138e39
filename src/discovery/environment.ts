// SPEC section 2: which environment a use belongs to. The first rule that decides wins: config
// mappings, the GitHub job's environment, the Kubernetes namespace (from the manifest or the
// kustomizations that include it), path and file-name conventions, else `unknown`.

import picomatch from 'picomatch';
import type { EnvironmentSource, KustomizationInfo, RawUse } from '../core/types.js';
import type { EnvironmentMapping } from '../policy/types.js';

export interface EnvironmentDecision {
  environment: string;
  environmentSource: EnvironmentSource;
}

const CONVENTIONS: Record<string, string> = {
  prod: 'production',
  production: 'production',
  prd: 'production',
  live: 'production',
  staging: 'staging',
  stage: 'staging',
  stg: 'staging',
  preprod: 'staging',
  dev: 'development',
  development: 'development',
  test: 'development',
  qa: 'development',
  sandbox: 'development',
  local: 'development',
};

/** The conventional environment a word names (`prod` -> production), or undefined. */
export function conventionFor(word: string): string | undefined {
  return CONVENTIONS[word.toLowerCase()];
}

/** The environment named by any part of `text` split on `-`, `_`, `.`, or undefined. */
export function conventionInName(text: string): string | undefined {
  for (const part of text.split(/[-_.]/)) {
    const env = conventionFor(part);
    if (env) return env;
  }
  return undefined;
}

/** Path convention: the file name's parts first (most specific), then folders from the deepest up. */
export function conventionInPath(path: string): string | undefined {
  const segments = path.split('/');
  for (let i = segments.length - 1; i >= 0; i--) {
    const env = conventionInName(segments[i]);
    if (env) return env;
  }
  return undefined;
}

/** Kustomizations nest overlays a few deep; a cycle must not loop forever. */
const MAX_KUSTOMIZE_DEPTH = 20;

/** Kustomizations that include each file, directly or through other kustomizations. */
export class KustomizeIndex {
  private readonly byDir = new Map<string, KustomizationInfo>();
  private readonly includers = new Map<string, KustomizationInfo[]>();

  constructor(kustomizations: readonly KustomizationInfo[]) {
    for (const k of kustomizations) this.byDir.set(k.dir, k);
    for (const k of kustomizations) {
      for (const resource of k.resources) {
        // A resource is a file, or a folder whose kustomization it pulls in.
        const target = this.byDir.get(resource)?.file ?? resource;
        const list = this.includers.get(target) ?? [];
        list.push(k);
        this.includers.set(target, list);
      }
    }
  }

  /**
   * For a manifest, the outermost kustomizations that deploy it, each with the namespace it ends up
   * in (the outermost namespace along the chain wins: kustomize applies the overlay's last).
   */
  deployersOf(file: string): { root: KustomizationInfo; namespace?: string }[] {
    const roots = new Map<string, { root: KustomizationInfo; namespace?: string }>();
    const climb = (target: string, namespace: string | undefined, depth: number): void => {
      for (const parent of this.includers.get(target) ?? []) {
        const outer = parent.namespace ?? namespace;
        const isRoot = !this.includers.get(parent.file)?.length || depth >= MAX_KUSTOMIZE_DEPTH;
        if (!isRoot) climb(parent.file, outer, depth + 1);
        else if (!roots.has(parent.file)) roots.set(parent.file, { root: parent, namespace: outer });
      }
    };
    climb(file, undefined, 0);
    return [...roots.values()];
  }
}

export interface EnvironmentContext {
  mappings: readonly EnvironmentMapping[];
  kustomize: KustomizeIndex;
}

/**
 * The environments of a use: usually one; several when a shared kustomize base is deployed by
 * overlays for different environments.
 */
export function decideEnvironments(use: RawUse, context: EnvironmentContext): EnvironmentDecision[] {
  const file = use.location.file;
  const deployers = context.kustomize.deployersOf(file);
  const namespaces = use.hints.namespace
    ? [use.hints.namespace]
    : deployers.map((d) => d.namespace).filter((n): n is string => n !== undefined);

  const fromConfig = byConfig(context.mappings, use.hints.githubEnvironment, namespaces, file);
  if (fromConfig) return [{ environment: fromConfig, environmentSource: 'config' }];

  const github = use.hints.githubEnvironment;
  if (github) {
    // An explicit deploy environment keeps its own name when no convention maps it (`preview`).
    return [{ environment: conventionInName(github) ?? github.toLowerCase(), environmentSource: 'github-environment' }];
  }

  if (!use.hints.namespace && deployers.length > 0) {
    const decisions = deployers.map((d): EnvironmentDecision => {
      const byNamespace = d.namespace ? conventionInName(d.namespace) : undefined;
      if (byNamespace) return { environment: byNamespace, environmentSource: 'namespace' };
      const byOverlay = conventionInPath(d.root.dir);
      if (byOverlay) return { environment: byOverlay, environmentSource: 'path' };
      return byPath(file);
    });
    return distinct(decisions);
  }

  for (const namespace of namespaces) {
    const env = conventionInName(namespace);
    if (env) return [{ environment: env, environmentSource: 'namespace' }];
  }
  return [byPath(file)];
}

function byPath(file: string): EnvironmentDecision {
  const env = conventionInPath(file);
  return env ? { environment: env, environmentSource: 'path' } : { environment: 'unknown', environmentSource: 'none' };
}

function byConfig(
  mappings: readonly EnvironmentMapping[],
  githubEnvironment: string | undefined,
  namespaces: string[],
  file: string,
): string | undefined {
  for (const mapping of mappings) {
    if (githubEnvironment && mapping.githubEnvironments.includes(githubEnvironment)) return mapping.name;
    if (namespaces.some((n) => mapping.namespaces.includes(n))) return mapping.name;
    if (mapping.paths.length > 0 && picomatch(mapping.paths, { dot: true })(file)) return mapping.name;
  }
  return undefined;
}

function distinct(decisions: EnvironmentDecision[]): EnvironmentDecision[] {
  const seen = new Map<string, EnvironmentDecision>();
  for (const d of decisions) if (!seen.has(d.environment)) seen.set(d.environment, d);
  return [...seen.values()];
}
