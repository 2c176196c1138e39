// Releasing and packaging (issue 19 items 6 and 7): release notes come from CHANGELOG.md or the release
// stops; the npm package holds only what users need and depends on nothing; the pre-commit hook and
// the release workflow say what the README says they do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const CHANGELOG = `# Changelog

## [Unreleased]

- nothing yet

## [1.2.30] - 2026-12-01

- the wrong one

## [1.2.3] - 2026-11-01

### Fixed

- the right one

## [1.2.2] - 2026-10-01

## [1.0.0]

- first
`;

function notes(version: string, text = CHANGELOG): { status: number | null; stdout: string; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'keybound-notes-')), 'CHANGELOG.md');
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, ['scripts/release-notes.mjs', version, file], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scripts/release-notes.mjs', () => {
  it.each([
    { name: 'a section between two others', version: '1.2.3', stdout: '### Fixed\n\n- the right one\n' },
    { name: 'the last section, up to the end', version: '1.0.0', stdout: '- first\n' },
  ])('$name', ({ version, stdout }) => {
    expect(notes(version)).toEqual({ status: 0, stdout, stderr: '' });
  });

  it.each([
    {
      name: 'no section for the version',
      version: '2.0.0',
      stderr: 'release-notes: CHANGELOG.md has no "## [2.0.0]" section; add one before tagging v2.0.0\n',
    },
    {
      name: 'an empty section',
      version: '1.2.2',
      stderr: 'release-notes: the "## [1.2.2]" section of CHANGELOG.md is empty\n',
    },
    {
      name: 'not a version',
      version: 'v1.2.3',
      stderr: 'release-notes: usage: release-notes.mjs X.Y.Z [CHANGELOG.md]\n',
    },
  ])('$name stops the release', ({ version, stderr }) => {
    expect(notes(version)).toEqual({ status: 1, stdout: '', stderr });
  });

  it('the repository CHANGELOG.md has an Unreleased section with entries', () => {
    const text = readFileSync('CHANGELOG.md', 'utf8');
    expect(text).toMatch(/^## \[Unreleased\]\n\n### Added\n\n- /m);
  });
});

describe('the npm package', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it('has no runtime dependencies: the bundles in dist/ carry everything', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ keybound: 'dist/cli/index.js' });
    expect(existsSync(pkg.bin.keybound)).toBe(true);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
  });

  it('holds only dist, policies (with the schemas), action.yml, README, LICENSE and package.json', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const files = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path).sort();
    expect(files.filter((f) => !/^(dist\/|policies\/)/.test(f))).toEqual([
      'LICENSE',
      'README.md',
      'action.yml',
      'package.json',
    ]);
    for (const needed of [
      'dist/index.js',
      'dist/cli/index.js',
      'policies/config.schema.json',
      'policies/report.schema.json',
      'policies/providers.schema.json',
    ])
      expect(files).toContain(needed);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Record<string, unknown>[];

  it('declares the keybound hook: the whole repository, offline', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      id: 'keybound',
      entry: 'keybound check',
      language: 'node',
      pass_filenames: false,
    });
  });

  it.each([
    { path: '.github/workflows/deploy.yml', runs: true },
    { path: 'k8s/overlays/prod/kustomization.yaml', runs: true },
    { path: '.env', runs: true },
    { path: 'services/api/.env.production', runs: true },
    { path: 'keybound.yml', runs: true },
    { path: 'README.md', runs: false },
    { path: 'src/env.ts', runs: false },
  ])('runs when $path changes: $runs', ({ path, runs }) => {
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    expect(new RegExp(hooks[0].files as string).test(path)).toBe(runs);
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8'));
  const steps = workflow.jobs.release.steps as { run?: string; name?: string }[];
  const script = steps.map((s) => s.run ?? '').join('\n');

  it('runs on vX.Y.Z tags only, with write access for the release job alone', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' });
  });

  it('checks the version, dist/ and the package, publishes the changelog notes, then moves the major tag', () => {
    const order = [
      'package.json',
      'scripts/release-notes.mjs',
      'npm test',
      'npm run build',
      'git status --porcelain',
      'scripts/try-package.sh',
      'gh release create',
      'git/refs/tags/$major',
    ].map((needle) => script.indexOf(needle));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
