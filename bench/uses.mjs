// Issue 12's measure: how many workflow secret references keybound finds, and where it places the
// ones a reviewer marked as reaching production. Runs a built CLI over each corpus repository.
//   node bench/uses.mjs [CORPUS] [CLI] [PRODUCTION]
//   (defaults: ../shared/corpus, dist/cli/index.js, bench/production-uses.tsv; another tree, such as a
//   field test's, comes with its own reviewed list)
// 1. Found: an independent text scan lists every `secrets.NAME`, `secrets['NAME']` and `secrets["NAME"]`
//    on a line of `.github/workflows/*.y?ml` that is not a comment line, as (file, line, name). A
//    reference is found when keybound's JSON report has a use of that name on that line, or a use on
//    that line that came through a reusable-workflow call (a callee's `secrets.API_KEY` reported
//    as the caller's `STAGING_API_KEY`, with `calledFrom`).
// 2. Placed: bench/production-uses.tsv lists workflow lines a person reviewed as deploying to
//    production (repo, file, line); each reference found on such a line counts once, placed when one
//    of keybound's uses there has environment `production`.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = process.argv[2] ?? join(HERE, '../../shared/corpus');
const CLI = process.argv[3] ?? join(HERE, '../dist/cli/index.js');
const PRODUCTION = process.argv[4] ?? join(HERE, 'production-uses.tsv');

const REFERENCE =
  /(?<![.\w-])secrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_-]*)|\[\s*(['"])([A-Za-z_][A-Za-z0-9_-]*)\2\s*\])/gi;

/** Every secret reference of one workflow file, by the text alone. */
function textReferences(text) {
  const refs = [];
  text.split('\n').forEach((line, index) => {
    if (/^\s*#/.test(line)) return;
    for (const m of line.matchAll(REFERENCE)) refs.push({ line: index + 1, name: m[1] ?? m[3] });
  });
  return refs;
}

function workflowFiles(repo) {
  const dir = join(CORPUS, repo, '.github/workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `.github/workflows/${f}`);
}

function keyboundUses(repo) {
  const run = spawnSync(
    process.execPath,
    [CLI, 'check', join(CORPUS, repo), '--format', 'json', '--fail-on', 'never'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (run.status !== 0) throw new Error(`${repo}: exit ${run.status}: ${run.stderr.slice(0, 300)}`);
  // NOTE: the redactor can replace a whole JSON string that equals a committed literal (`"path"`);
  // quote such bare replacements so the report still parses.
  const report = JSON.parse(run.stdout.replace(/(?<=[:,[]\s*)\[redacted\](?=\s*[,\]}])/g, '"[redacted]"'));
  const byLine = new Map();
  for (const key of report.keys) {
    for (const use of key.uses) {
      if (use.sourceKind !== 'github-workflow') continue;
      const at = `${use.file}:${use.line}`;
      const list = byLine.get(at) ?? [];
      list.push(use);
      byLine.set(at, list);
    }
  }
  return byLine;
}

const production = existsSync(PRODUCTION)
  ? readFileSync(PRODUCTION, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t'))
  : [];
const productionLines = new Set(production.map(([repo, file, line]) => `${repo}/${file}:${line}`));

const repos = readdirSync(CORPUS).filter((d) => d.includes('__'));
let total = 0;
let found = 0;
let prodTotal = 0;
let prodPlaced = 0;
const missed = [];
const misplaced = [];
const environments = new Map();
for (const repo of repos) {
  const files = workflowFiles(repo);
  if (files.length === 0) continue;
  const uses = keyboundUses(repo);
  for (const file of files) {
    for (const ref of textReferences(readFileSync(join(CORPUS, repo, file), 'utf8'))) {
      total++;
      const here = uses.get(`${file}:${ref.line}`) ?? [];
      const same = here.filter((u) => u.name === ref.name);
      const matched = same.length > 0 ? same : here.filter((u) => u.calledFrom);
      if (matched.length > 0) found++;
      else missed.push(`${repo}/${file}:${ref.line} ${ref.name}`);
      for (const env of new Set(matched.map((u) => u.environment)))
        environments.set(env, (environments.get(env) ?? 0) + 1);
      if (productionLines.has(`${repo}/${file}:${ref.line}`)) {
        prodTotal++;
        if (matched.some((u) => u.environment === 'production')) prodPlaced++;
        else
          misplaced.push(
            `${repo}/${file}:${ref.line} ${ref.name} -> ${[...new Set(matched.map((u) => u.environment))].join(',') || 'not found'}`,
          );
      }
    }
  }
}

const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
process.stdout.write(`references found: ${found} of ${total} (${pct(found, total)})\n`);
process.stdout.write(
  `reviewed production references placed in production: ${prodPlaced} of ${prodTotal} (${pct(prodPlaced, prodTotal)})\n`,
);
process.stdout.write(
  `environments of found references (a reference may count in several): ${JSON.stringify(Object.fromEntries([...environments].sort()))}\n`,
);
if (process.env.VERBOSE) {
  process.stdout.write(`\nmissed:\n${missed.join('\n')}\n\nnot placed in production:\n${misplaced.join('\n')}\n`);
}
