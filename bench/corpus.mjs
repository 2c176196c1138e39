// The real-world corpus (../shared/corpus, 75 `<owner>__<repo>` folders) as bench/run.mjs scans it, and
// secretlint 13, installed at bench time beside the trees so it never becomes a project dependency.
//
// Trees: `corpus-x1/<owner>__<repo>/…` and `corpus-x4/copy-N/<owner>__<repo>/…` (N = 1..4) in the
// bench folder, made of hard links to the corpus files (copies when the folders are on different
// file systems). Not symlinks: keybound does not follow a symlink that leads out of the scanned tree.
// The corpus' own README, MANIFEST and checksums are left out, so every tool sees only repository files.

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SKIPPED = new Set(['.git', 'node_modules']);

/** The `<owner>__<repo>` folders of the corpus, sorted. */
export function corpusRepos(corpus) {
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus} (set BENCH_CORPUS)`);
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.includes('__'))
    .map((entry) => entry.name)
    .sort();
}

/** Every regular file below `dir`, relative to it and sorted (what the floor reads, too). */
export function filesOf(dir) {
  const files = [];
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) visit(path);
      } else if (entry.isFile()) files.push(relative(dir, path));
    }
  };
  visit(dir);
  return files.sort();
}

function linkTree(from, to) {
  for (const file of filesOf(from)) {
    const target = join(to, file);
    mkdirSync(join(target, '..'), { recursive: true });
    try {
      linkSync(join(from, file), target);
    } catch (error) {
      if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
      copyFileSync(join(from, file), target);
    }
  }
}

/**
 * `copies` copies of the corpus' repositories under one folder of `work` (rebuilt on every run, which
 * takes about a second per copy): corpus-x1 holds the 75 folders, corpus-x4 holds copy-1..copy-4.
 */
export function corpusTree(work, corpus, copies) {
  const repos = corpusRepos(corpus);
  const dir = join(work, `corpus-x${copies}`);
  rmSync(dir, { recursive: true, force: true });
  for (let copy = 1; copy <= copies; copy++) {
    const base = copies === 1 ? dir : join(dir, `copy-${copy}`);
    for (const repo of repos) linkTree(join(corpus, repo), join(base, repo));
  }
  return { dir, repos, files: filesOf(dir) };
}

/**
 * secretlint 13 with its recommended preset, installed once into `work`/secretlint with npm (cached
 * there; `npm install --prefix DIR secretlint@13 @secretlint/secretlint-rule-preset-recommend@13`).
 */
export function installSecretlint(work) {
  const dir = join(work, 'secretlint');
  const bin = join(dir, 'node_modules/secretlint/bin/secretlint.js');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const npm = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        dir,
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        'secretlint@13',
        '@secretlint/secretlint-rule-preset-recommend@13',
      ],
      { encoding: 'utf8' },
    );
    if (npm.status !== 0 || !existsSync(bin)) throw new Error(`npm could not install secretlint: ${npm.stderr}`);
  }
  const config = join(dir, '.secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const version = (name) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    bin,
    config,
    cwd: dir,
    versions: `secretlint ${version('secretlint')}, preset-recommend ${version('@secretlint/secretlint-rule-preset-recommend')}`,
  };
}

/**
 * The arguments after `node` that make secretlint scan exactly `files` (absolute paths): literal paths
 * (no glob expansion, so `[id]` or `(group)` in a name stays a name), no .gitignore cascade (keybound
 * and the floor read ignored files too), the preset's rules, the report in `output`.
 */
export function secretlintArgs(secretlint, files, format, output) {
  return [
    secretlint.bin,
    '--secretlintrc',
    secretlint.config,
    '--no-glob',
    '--no-gitignore',
    '--no-color',
    '--format',
    format,
    '--output',
    output,
    ...files,
  ];
}

/** Throws unless secretlint's JSON report names every file of `files` (absolute paths), and no other. */
export function assertSecretlintCovered(reportPath, files) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const seen = new Set(report.map((result) => resolve(result.filePath)));
  const missing = files.filter((file) => !seen.has(resolve(file)));
  if (missing.length || seen.size !== files.length) {
    throw new Error(
      `secretlint scanned ${seen.size} files of ${files.length}; missing e.g. ${missing.slice(0, 3).join(', ')}`,
    );
  }
  return report.reduce((sum, result) => sum + result.messages.length, 0);
}
