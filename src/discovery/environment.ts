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
  const key = word.toLowerCase();
  // NOTE: own keys only: a folder named `constructor` must not yield Object.prototype's function.
  return Object.hasOwn(CONVENTIONS, key) ? CONVENTIONS[key] : undefined;
}

/** When one name holds several words, the most important wins: `smoke-test-production` is production. */
const PRECEDENCE = ['production', 'staging', 'development'];

/**
 * The environment named by a part of `text`: parts are split on `-`, `_`, `.`, spaces and camelCase
 * humps (`deployProd`, `Cast Production`); a production word beats a staging word beats a development one.
 */
export function conventionInName(text: string): string | undefined {
  let best: string | undefined;
  for (const part of text.split(/[-_.\s]+|(?<=[a-z0-9])(?=[A-Z])/)) {
    const env = conventionFor(part);
    if (env && (best === undefined || PRECEDENCE.indexOf(env) < PRECEDENCE.indexOf(best))) best = env;
  }
  return best;
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

/** Kustomizations nest overlays a few deep; a tangle of them must not take forever. */
const MAX_KUSTOMIZE_STEPS = 10_000;

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
    // NOTE: `chain` holds the kustomizations on the current path, so a cycle (an error to kustomize)
    // ends at the last kustomization before it repeats; the step budget bounds any other tangle.
    let steps = 0;
    const climb = (target: string, namespace: string | undefined, chain: Set<string>): void => {
      for (const parent of this.includers.get(target) ?? []) {
        if (chain.has(parent.file) || ++steps > MAX_KUSTOMIZE_STEPS) continue;
        const outer = parent.namespace ?? namespace;
        const next = new Set(chain).add(parent.file);
        const above = (this.includers.get(parent.file) ?? []).filter((k) => !next.has(k.file));
        if (above.length > 0) climb(parent.file, outer, next);
        else if (!roots.has(parent.file)) roots.set(parent.file, { root: parent, namespace: outer });
      }
    };
    climb(file, undefined, new Set([file]));
    return [...roots.values()];
  }
}

export interface EnvironmentContext {
  mappings: readonly EnvironmentMapping[];
  kustomize: KustomizeIndex;
}

/**
 * The environments of a use: usually one; several when a shared kustomize base is deployed by
 * overlays for different environments. Each overlay that deploys it is decided on its own.
 */
export function decideEnvironments(use: RawUse, context: EnvironmentContext): EnvironmentDecision[] {
  const deployers = context.kustomize.deployersOf(use.location.file);
  if (deployers.length === 0) return [decideOne(use, context.mappings, use.hints.namespace)];
  // kustomize sets the overlay's namespace on every resource, over the one the manifest names.
  return distinct(deployers.map((d) => decideOne(use, context.mappings, d.namespace ?? use.hints.namespace, d.root)));
}

/** SPEC section 2's rules in order, for one place the use is deployed to. */
function decideOne(
  use: RawUse,
  mappings: readonly EnvironmentMapping[],
  namespace: string | undefined,
  overlay?: KustomizationInfo,
): EnvironmentDecision {
  const file = use.location.file;
  const github = use.hints.githubEnvironment;
  const paths = overlay ? [file, overlay.file] : [file];
  const fromConfig = byConfig(mappings, github, namespace, paths);
  if (fromConfig) return { environment: fromConfig, environmentSource: 'config' };
  if (github) {
    // An explicit deploy environment keeps its own name when no convention maps it (`preview`).
    return { environment: conventionInName(github) ?? github.toLowerCase(), environmentSource: 'github-environment' };
  }
  const byNamespace = namespace ? conventionInName(namespace) : undefined;
  if (byNamespace) return { environment: byNamespace, environmentSource: 'namespace' };
  // An overlay without a namespace still says where it deploys by its folder (`overlays/prod/`).
  const byOverlay = overlay ? conventionInPath(overlay.dir) : undefined;
  if (byOverlay) return { environment: byOverlay, environmentSource: 'path' };
  return byPath([file, ...(use.hints.callers ?? [])]);
}

/** The file's own path first, then (for a reusable workflow) its callers' from the innermost out. */
function byPath(files: readonly string[]): EnvironmentDecision {
  for (const file of files) {
    const env = conventionInPath(file);
    if (env) return { environment: env, environmentSource: 'path' };
  }
  return { environment: 'unknown', environmentSource: 'none' };
}

function byConfig(
  mappings: readonly EnvironmentMapping[],
  githubEnvironment: string | undefined,
  namespace: string | undefined,
  paths: readonly string[],
): string | undefined {
  // GitHub environment names are case-insensitive (`Production` is the `production` environment).
  const github = githubEnvironment?.toLowerCase();
  for (const mapping of mappings) {
    if (github && mapping.githubEnvironments.some((g) => g.toLowerCase() === github)) return mapping.name;
    if (namespace && mapping.namespaces.includes(namespace)) return mapping.name;
    if (mapping.paths.length === 0) continue;
    const matches = picomatch(mapping.paths, { dot: true });
    if (paths.some((path) => matches(path))) return mapping.name;
  }
  return undefined;
}

function distinct(decisions: EnvironmentDecision[]): EnvironmentDecision[] {
  const seen = new Map<string, EnvironmentDecision>();
  for (const d of decisions) if (!seen.has(d.environment)) seen.set(d.environment, d);
  return [...seen.values()];
}
