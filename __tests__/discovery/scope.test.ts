// scopeFilter: which paths a scan walks into and reads, for PATHs named on the command line and for
// `ignore:` / `--exclude` globs (relative to the scanned root; a glob matching a folder leaves it all out).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTree } from '../../src/discovery/index.js';
import { scopeFilter, type ScanScope } from '../../src/discovery/scope.js';

describe('scopeFilter', () => {
  it('is undefined (no filtering) without include or ignore', () => {
    expect(scopeFilter({})).toBeUndefined();
    expect(scopeFilter({ include: [''], ignore: [] })).toBeUndefined();
  });

  it.each<{ name: string; scope: ScanScope; path: string; folder?: boolean; kept: boolean }>([
    { name: 'an included file', scope: { include: ['a/b.yml'] }, path: 'a/b.yml', kept: true },
    { name: 'a sibling of an included file', scope: { include: ['a/b.yml'] }, path: 'a/c.yml', kept: false },
    {
      name: 'a folder on the way to an included file',
      scope: { include: ['a/b/c.yml'] },
      path: 'a',
      folder: true,
      kept: true,
    },
    { name: 'a file with the folder name as prefix', scope: { include: ['a/b'] }, path: 'a/bc.yml', kept: false },
    { name: 'a file inside an included folder', scope: { include: ['k8s'] }, path: 'k8s/x/y.yaml', kept: true },
    {
      name: 'a folder next to an included folder',
      scope: { include: ['k8s'] },
      path: 'docs',
      folder: true,
      kept: false,
    },
    { name: 'a file a ** glob ignores', scope: { ignore: ['test/**'] }, path: 'test/fixtures/a.yml', kept: false },
    { name: 'a folder a ** glob ignores', scope: { ignore: ['test/**'] }, path: 'test', folder: true, kept: false },
    {
      name: 'a file inside a folder ignored by name',
      scope: { ignore: ['vendor'] },
      path: 'vendor/x/a.yml',
      kept: false,
    },
    {
      name: 'a nested folder a **/ glob ignores',
      scope: { ignore: ['**/testdata'] },
      path: 'a/testdata',
      folder: true,
      kept: false,
    },
    { name: 'a dot file matched with dot: true', scope: { ignore: ['**/.env*'] }, path: 'svc/.env.local', kept: false },
    {
      name: 'a glob relative to the root only',
      scope: { ignore: ['fixtures/**'] },
      path: 'a/fixtures/b.yml',
      kept: true,
    },
    {
      name: 'an included file that is ignored',
      scope: { include: ['test/a.yml'], ignore: ['test/**'] },
      path: 'test/a.yml',
      kept: false,
    },
  ])('$name: $kept', ({ scope, path, folder, kept }) => {
    expect(scopeFilter(scope)?.(path, folder ?? false)).toBe(kept);
  });
});

describe('scanTree with a scope', () => {
  function tree(): string {
    const dir = mkdtempSync(join(tmpdir(), 'keybound-scope-tree-'));
    const files: Record<string, string> = {
      'chart/Chart.yaml': 'name: api\n',
      'chart/values.yaml': 'stripe:\n  apiKey: sk_live_kbScopeTree0123456789abcd\n',
      'other/.env': 'TOKEN=x\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('reads only the included file, yet sees its neighbours (a Chart.yaml beside values.yaml)', () => {
    const inventory = scanTree(tree(), { include: ['chart/values.yaml'] });
    expect(inventory.files).toEqual([{ path: 'chart/values.yaml', kind: 'helm-values' }]);
  });

  it('leaves ignored folders out of the walk', () => {
    const inventory = scanTree(tree(), { ignore: ['chart'] });
    expect(inventory.files.map((f) => f.path)).toEqual(['other/.env']);
  });
});
