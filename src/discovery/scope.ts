// What a scan reads of the tree: everything under the root, or only the files and folders named on the
// command line (`keybound check a.yml b.yml`), less what config `ignore:` and `--exclude` leave out.
// Globs are relative to the scanned root; a glob that matches a folder leaves out everything in it.

import picomatch from 'picomatch';

export interface ScanScope {
  /** Files or folders relative to the root (`/`-separated) to scan instead of the whole tree. */
  include?: readonly string[];
  /** Globs of paths never scanned (config `ignore:` plus `--exclude`). */
  ignore?: readonly string[];
}

/** Decides, for a path relative to the root, whether the walk goes into it (folders) or reads it (files). */
export type ScopeFilter = (path: string, isFolder: boolean) => boolean;

export function scopeFilter(scope: ScanScope = {}): ScopeFilter | undefined {
  const include = scope.include?.filter((p) => p !== '' && p !== '.');
  const ignore = scope.ignore?.length ? picomatch([...scope.ignore], { dot: true }) : undefined;
  if (!include?.length && !ignore) return undefined;
  const ignored = (path: string): boolean => {
    if (!ignore) return false;
    // A glob that matches a folder leaves out what is inside it, even for a file named on the command line.
    const parts = path.split('/');
    return parts.some((_, i) => ignore(parts.slice(0, i + 1).join('/')));
  };
  const included = (path: string, isFolder: boolean): boolean =>
    !include?.length ||
    include.some((p) => path === p || path.startsWith(`${p}/`) || (isFolder && p.startsWith(`${path}/`)));
  return (path, isFolder) => included(path, isFolder) && !ignored(path);
}
