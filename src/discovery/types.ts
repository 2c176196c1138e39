// What an extractor is: it recognises its files by path and turns one file's text into part of the
// inventory. Pure: no file system, no config, no environment decisions (environment.ts makes those).

import type { Inventory, SourceKind } from '../core/types.js';

export interface ExtractInput {
  /** Relative to the scanned root, `/`-separated. */
  path: string;
  text: string;
}

export type InventoryPart = Partial<Omit<Inventory, 'rbac'>> & { rbac?: Partial<Inventory['rbac']> };

export interface Extractor {
  kind: SourceKind;
  /** Whether this extractor reads `path`. `paths` is every file in the tree (for a sibling Chart.yaml). */
  matches(path: string, paths: ReadonlySet<string>): boolean;
  extract(input: ExtractInput): InventoryPart;
}
