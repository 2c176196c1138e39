// Which files of a repository's tarball a scan extracts: those an extractor of the engine would read,
// plus every YAML file (keybound.yml, the policy files it extends, a values file whose Chart.yaml is
// needed beside it, local actions). Asking the extractors themselves keeps this in step with the
// engine when a new source is added. Folders the engine never walks are left out.

import { EXTRACTORS } from '../discovery/index.js';

/** As discovery/files.ts: never walked by the engine. */
const NEVER_WALKED = /(^|\/)(\.git|node_modules|\.hg|\.svn)\//;

/** Helm values count only beside a Chart.yaml: ask as though every folder had one (YAML is kept anyway). */
const EVERY_PATH: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

export function isWantedPath(path: string): boolean {
  if (NEVER_WALKED.test(path)) return false;
  if (/\.ya?ml$/i.test(path)) return true;
  return EXTRACTORS.some((extractor) => extractor.matches(path, EVERY_PATH));
}
