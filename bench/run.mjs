// `npm run bench` (issues 7 and 15): measures the BUILT bundles as users run them, against floors and
// rivals taken in the same run, and prints the budget table with PASS/FAIL per target. Every figure is
// printed with the 1-minute load average, because the machine may be shared. Parts (BENCH_PARTS, a comma
// list; default all):
//   synthetic  `keybound check` on seeded 1k/10k/50k-file repositories vs the parse-only floor
//              (bench/floor.mjs), each a child process: wall time, CPU time, peak RSS, files/s;
//   smoke      100 keys across 5 local fake providers answering after 200 ms, vs the ideal;
//   startup    `node -e ''`, `keybound --version`, `keybound check` on an empty folder (with V8's compile
//              cache warm, and without it: a first run, a fresh CI runner) and the Action on
//              examples/demo, in turn, BENCH_STARTUP_RUNS times (21): medians; bundle sizes;
//   corpus     the 75 repositories of ../shared/corpus (BENCH_CORPUS): keybound, the floor and
//              secretlint 13 in turn over the same files, BENCH_ROUNDS rounds (3), medians; both one
//              process per repository (as a CI job runs it: the target) and one process over all 75;
//              keybound runs with its compile cache warm and, as `cold`, without it;
//   rss        peak RSS of `keybound check` (and the floor) over 1× and 4× the corpus and 50k files;
//   growth     (bench/scale.mjs) 20,000 distinct secret references in one 760 KB workflow, and 20,000
//              secret values, against a quarter of each: CPU time must grow at most 5× for 4× the input;
//   org        the organisation audit (bench/org.mjs): 1,000 repositories in 16 shards, the merge, the
//              projection for 10,000 repositories on 256 runners.
// Every keybound report is written as JSON to a file and parsed: a run whose report is not valid JSON
// fails the bench. Environment: BENCH_SIZES=1000,10000 (default 1000,10000,50000), BENCH_SEED (7),
// BENCH_DIR (a temp folder; generated trees and secretlint are cached there), BENCH_REPEAT (runs per
// synthetic size below 50k, best kept; 3), BENCH_BASELINE (another build's dist/ folder, e.g. main's:
// its `check` runs beside this one's in the start-up and corpus parts). Quick rerun of issue 15's parts:
//   BENCH_PARTS=startup,corpus,rss BENCH_ROUNDS=1 node bench/run.mjs

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertSecretlintCovered,
  corpusRepos,
  corpusTree,
  filesOf,
  installSecretlint,
  secretlintArgs,
} from './corpus.mjs';
import { cachedRepo } from './generate.mjs';
import { orgBench, ORG_SHARDS } from './org.mjs';
import { scaling } from './scale.mjs';
import { assertJsonReport, assertKeyboundRun, load, measure, median, mib, ms, ratio, sec, times } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..');
const CLI = join(REPO, 'dist/cli/index.js');
const ACTION = join(REPO, 'dist/index.js');
const FLOOR = join(HERE, 'floor.mjs');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number).filter(Boolean);
const SEED = Number(process.env.BENCH_SEED ?? 7);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const STARTUP_RUNS = Math.max(1, Number(process.env.BENCH_STARTUP_RUNS ?? 21));
const WORK = process.env.BENCH_DIR ?? join(tmpdir(), 'keybound-bench');
const CORPUS = process.env.BENCH_CORPUS ?? join(REPO, '../shared/corpus');
/** Another build's dist/ (BENCH_BASELINE), run beside this one in the start-up and corpus parts. */
const BASELINE_CLI = process.env.BENCH_BASELINE ? join(process.env.BENCH_BASELINE, 'cli/index.js') : undefined;
const REPORTS = join(WORK, 'reports');
// The CLI's compile cache (src/cli/compile-cache.ts) lives in the bench folder, emptied at every run:
// the first keybound run of the bench writes it. `cold` runs turn it off.
const COMPILE_CACHE = join(WORK, 'compile-cache');
const COLD = { ...process.env, KEYBOUND_COMPILE_CACHE: 'off' };
const PART_NAMES = ['synthetic', 'smoke', 'startup', 'corpus', 'rss', 'growth', 'org'];
const PARTS = new Set((process.env.BENCH_PARTS ?? PART_NAMES.join(',')).split(',').map((p) => p.trim()));
for (const part of PARTS) {
  if (!PART_NAMES.includes(part)) throw new Error(`BENCH_PARTS: unknown part "${part}" (${PART_NAMES.join(', ')})`);
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const run = (command, args, options) => measure(WORK, command, args, options);
const at = (value) => `load ${value.toFixed(1)}`;
let reportsChecked = 0;
/** Why each report that did not parse failed (issue 15: every report must be valid JSON). */
const invalidReports = [];

/** `keybound check DIR --format json` into a report file, which must parse (issue 15). */
async function keyboundCheck(dir, label, cli = CLI, env = undefined) {
  const report = join(REPORTS, `${label.replace(/[^\w.-]+/g, '_')}.json`);
  rmSync(report, { force: true });
  const result = await run(process.execPath, [cli, 'check', dir, '--format', 'json', '--output', report], { env });
  assertKeyboundRun(result, label);
  reportsChecked++;
  try {
    return { ...result, summary: assertJsonReport(report, label).summary };
  } catch (error) {
    // Timed all the same; the table's JSON row fails and names the report.
    invalidReports.push(error.message);
    return result;
  }
}

async function floorRun(dir) {
  const result = await run(process.execPath, [FLOOR, dir]);
  if (result.code !== 0) throw new Error(`floor exited ${result.code}: ${result.stderr}`);
  return result;
}

/** The run with the smallest wall time of `n`. */
async function best(n, command, args, options) {
  let kept;
  for (let i = 0; i < n; i++) {
    const result = await run(command, args, options);
    if (!kept || result.wall < kept.wall) kept = result;
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------------

async function scans() {
  const rows = [];
  for (const size of SIZES) {
    const started = Date.now();
    const { dir, stats, cached } = cachedRepo(WORK, size, SEED);
    spawnSync('sync');
    const mb = stats.bytes / 1e6;
    out(
      `repo ${size}: ${stats.files} files, ${mb.toFixed(1)} MB, ${((stats.bigBytes / stats.bytes) * 100).toFixed(0)}% of bytes in ${stats.kinds.big} large files` +
        ` (${cached ? 'cached' : `generated in ${Date.now() - started} ms`})`,
    );
    // Warm the page cache once so neither side pays for the disk; then run them side by side.
    await floorRun(dir);
    const n = size >= 50_000 ? 1 : REPEAT;
    let floor;
    let check;
    const loadAt = load();
    for (let i = 0; i < n; i++) {
      const f = await floorRun(dir);
      const c = await keyboundCheck(dir, `synthetic-${size}`);
      if (!floor || f.wall < floor.wall) floor = f;
      if (!check || c.wall < check.wall) check = c;
    }
    const row = {
      size,
      files: stats.files,
      mb,
      floor: { wall: floor.wall, cpu: floor.cpu, rss: floor.rss },
      check: { wall: check.wall, cpu: check.cpu, rss: check.rss },
      ratio: check.wall / floor.wall,
      cpuRatio: ratio(check.cpu, floor.cpu),
      filesPerSecond: stats.files / (check.wall / 1000),
      load: (loadAt + load()) / 2,
    };
    out(
      `  check ${ms(check.wall)} (cpu ${ms(check.cpu)}, ${mib(check.rss)})   floor ${ms(floor.wall)} (cpu ${ms(floor.cpu)}, ${mib(floor.rss)})` +
        `   ratio ${row.ratio.toFixed(2)}x   ${Math.round(row.filesPerSecond)} files/s   ${at(row.load)}`,
    );
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Smoke: 5 providers that need one request per key, 20 keys each, answering after LATENCY ms.

const LATENCY = 200;
const KEYS_PER_PROVIDER = 20;
/** DEFAULT_HTTP_SETTINGS.concurrency in src/providers/http.ts: requests in flight per provider. */
const PER_PROVIDER_LIMIT = 4;

const alnum = (n, i) => {
  let s = '';
  for (let k = 0; s.length < n; k++) s += ((i * 7919 + k * 104729) % 1e9).toString(36);
  return s.replace(/[^A-Za-z0-9]/g, 'x').slice(0, n);
};

const SMOKE_PROVIDERS = [
  {
    id: 'slack',
    name: (i) => `SLACK_BOT_TOKEN_${i}`,
    value: (i) => `xoxb-${1000000000 + i}-${alnum(24, i)}`,
    answer: () => ({
      body: {
        ok: true,
        url: 'https://example.slack.com/',
        team: 'Example',
        user: 'deploy-bot',
        team_id: 'T0001',
        user_id: 'U0001',
        bot_id: 'B0001',
      },
    }),
  },
  {
    id: 'github',
    name: (i) => `DEPLOY_GITHUB_TOKEN_${i}`,
    value: (i) => `ghp_${alnum(36, i + 100)}`,
    answer: () => ({ body: { login: 'deploy-bot', id: 4242, type: 'Bot' }, headers: { 'x-oauth-scopes': 'repo' } }),
  },
  {
    id: 'huggingface',
    name: (i) => `HF_TOKEN_${i}`,
    value: (i) => `hf_${alnum(34, i + 200)}`,
    answer: () => ({
      body: {
        name: 'deploy-bot',
        type: 'user',
        id: '1',
        auth: {
          type: 'access_token',
          accessToken: { displayName: 'ci', role: 'read', createdAt: '2026-01-01T00:00:00.000Z' },
        },
      },
    }),
  },
  {
    id: 'npm',
    name: (i) => `NPM_TOKEN_${i}`,
    value: (i) => `npm_${alnum(36, i + 300)}`,
    answer: () => ({ body: { username: 'deploy-bot' } }),
  },
  {
    id: 'anthropic',
    name: (i) => `ANTHROPIC_API_KEY_${i}`,
    value: (i) => `sk-ant-api03-${alnum(93, i + 400)}AA`,
    answer: () => ({ body: { data: [{ id: 'claude-x', type: 'model' }], has_more: false } }),
  },
];

function startFake(provider, log) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const arrived = performance.now();
        setTimeout(() => {
          const { body, headers = {} } = provider.answer();
          res.writeHead(200, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
          log.push([arrived, performance.now()]);
        }, LATENCY);
      });
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

async function smoke() {
  const dir = join(WORK, 'smoke-repo');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  const secrets = {};
  const env = [];
  for (const provider of SMOKE_PROVIDERS) {
    for (let i = 0; i < KEYS_PER_PROVIDER; i++) {
      secrets[provider.name(i)] = provider.value(i);
      env.push(`      ${provider.name(i)}: \${{ secrets.${provider.name(i)} }}`);
    }
  }
  writeFileSync(
    join(dir, '.github/workflows/deploy.yml'),
    [
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    environment: production',
      '    env:',
      ...env,
      '    steps:',
      '      - run: ./deploy.sh',
      '',
    ].join('\n'),
  );
  const secretsFile = join(WORK, 'smoke-secrets.json');
  writeFileSync(secretsFile, JSON.stringify(secrets));
  const log = [];
  const fakes = await Promise.all(SMOKE_PROVIDERS.map((p) => startFake(p, log)));
  const report = join(WORK, 'smoke-report.json');
  const args = ['check', dir, '--secrets-json', secretsFile, '--format', 'json', '--output', report];
  const endpoints = SMOKE_PROVIDERS.flatMap((p, i) => ['--endpoint', `${p.id}=${fakes[i].url}`]);
  try {
    // The same run without --smoke is subtracted: what is left is what the smoke calls cost.
    const without = await best(3, process.execPath, [CLI, ...args]);
    const runs = [];
    for (let i = 0; i < 3; i++) {
      log.length = 0;
      const result = await run(process.execPath, [CLI, ...args, '--smoke', ...endpoints]);
      assertKeyboundRun(result, 'smoke');
      reportsChecked++;
      try {
        assertJsonReport(report, 'smoke');
      } catch (error) {
        invalidReports.push(error.message);
      }
      const window = log.length ? Math.max(...log.map((l) => l[1])) - Math.min(...log.map((l) => l[0])) : 0;
      runs.push({ wall: result.wall, requests: log.length, window, code: result.code, stderr: result.stderr });
    }
    const kept = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    const parsed = assertJsonReport(report, 'smoke');
    const loadAt = load();
    const ideal = LATENCY * Math.ceil(KEYS_PER_PROVIDER / PER_PROVIDER_LIMIT);
    const phase = kept.wall - without.wall;
    return {
      keys: Object.keys(secrets).length,
      verified: parsed.summary.smoke.verified,
      requests: kept.requests,
      wall: kept.wall,
      without: without.wall,
      phase,
      window: kept.window,
      ideal,
      ratio: phase / ideal,
      stderr: kept.stderr.trim(),
      load: loadAt,
    };
  } finally {
    for (const fake of fakes) fake.server.close();
  }
}

// ---------------------------------------------------------------------------------------------------

/**
 * Start-up, hyperfine-style: the commands run in turn (bare node, --version, check on an empty folder,
 * the Action), STARTUP_RUNS times, so a change in the machine's load lands on all of them; medians.
 */
async function startup() {
  const empty = join(WORK, 'empty');
  rmSync(empty, { recursive: true, force: true });
  mkdirSync(empty, { recursive: true });
  // The Action on the bundled demo: inputs as the runner passes them, outputs to temp files.
  const files = join(WORK, 'action');
  mkdirSync(files, { recursive: true });
  const actionEnv = {
    ...process.env,
    GITHUB_WORKSPACE: REPO,
    INPUT_PATH: 'examples/demo',
    INPUT_MODE: 'audit',
    INPUT_SMOKE: 'false',
    'INPUT_FAIL-ON': 'never',
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_EVENT_NAME: 'push',
  };
  const commands = {
    bare: () => run(process.execPath, ['-e', '']),
    version: () => run(process.execPath, [CLI, '--version']),
    empty: () => keyboundCheck(empty, 'startup-empty'),
    cold: () => keyboundCheck(empty, 'startup-empty-cold', CLI, COLD),
    ...(BASELINE_CLI && { baseline: () => keyboundCheck(empty, 'baseline-startup-empty', BASELINE_CLI) }),
    action: () => {
      for (const f of ['output', 'summary']) writeFileSync(join(files, f), '');
      return run(process.execPath, [ACTION], { env: actionEnv, cwd: REPO });
    },
  };
  const runs = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const loads = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    loads.push(load());
    for (const [name, command] of Object.entries(commands)) runs[name].push(await command());
  }
  const summary = (list) => ({
    wall: median(list.map((r) => r.wall)),
    cpu: median(list.map((r) => r.cpu)),
    first: median(list.map((r) => r.firstOutput)),
    rss: median(list.map((r) => r.rss)),
  });
  const result = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, summary(list)]));
  // The CLI entry is small; the rest of keybound is in chunks beside it, loaded after --version.
  const sizes = {};
  for (const dir of [dirname(CLI), dirname(ACTION)]) {
    const js = readdirSync(dir).filter((f) => /\.c?js$/.test(f));
    sizes[`${dir.slice(REPO.length + 1)}/*.{js,cjs}`] = js.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  }
  return {
    ...result,
    runs: STARTUP_RUNS,
    load: median(loads),
    ratio: result.version.wall / result.bare.wall,
    emptyRatio: result.empty.wall / result.bare.wall,
    emptyCpuRatio: ratio(result.empty.cpu, result.bare.cpu),
    coldRatio: result.cold.wall / result.bare.wall,
    coldCpuRatio: ratio(result.cold.cpu, result.bare.cpu),
    baselineRatio: result.baseline && ratio(result.empty.wall, result.baseline.wall),
    baselineCpuRatio: result.baseline && ratio(result.empty.cpu, result.baseline.cpu),
    sizes,
  };
}

// ---------------------------------------------------------------------------------------------------

/** The tools of the corpus part, in the order they run on each repository. */
const TOOLS = ['keybound', 'cold', ...(BASELINE_CLI ? ['baseline'] : []), 'floor', 'secretlint'];

/**
 * Medians over rounds of each tool's total wall and CPU time, its highest peak RSS, and keybound's
 * ratios to each other tool: of the medians, and the median of the ratios within each round (paired:
 * both sides ran side by side, so a change of the machine's load between rounds cancels out).
 */
function summarizeRounds(rounds) {
  const summary = { rounds: rounds.length, load: median(rounds.map((r) => r.load)), vs: {} };
  for (const tool of TOOLS) {
    summary[tool] = {
      wall: median(rounds.map((r) => r[tool].wall)),
      cpu: median(rounds.map((r) => r[tool].cpu)),
      rss: Math.max(...rounds.map((r) => r[tool].rss)),
    };
  }
  const versus = (mine, tool) => ({
    wall: median(rounds.map((r) => ratio(r[mine].wall, r[tool].wall))),
    cpu: median(rounds.map((r) => ratio(r[mine].cpu, r[tool].cpu))),
    ofMedians: ratio(summary[mine].wall, summary[tool].wall),
  });
  for (const tool of TOOLS.filter((t) => t !== 'keybound')) summary.vs[tool] = versus('keybound', tool);
  summary.coldVs = { floor: versus('cold', 'floor'), secretlint: versus('cold', 'secretlint') };
  return summary;
}

function printRounds(label, s) {
  out(`  ${label}: ${TOOLS.map((t) => `${t} ${sec(s[t].wall)} (cpu ${sec(s[t].cpu)}, ${mib(s[t].rss)})`).join('   ')}`);
  out(
    `    ${Object.entries(s.vs)
      .map(([t, v]) => `keybound/${t} ${times(v.wall)} (cpu ${times(v.cpu)}; of medians ${times(v.ofMedians)})`)
      .join('   ')}   paired medians of ${s.rounds}, ${at(s.load)}`,
  );
}

let corpusX1;

/**
 * The corpus, keybound vs the floor vs secretlint (and BENCH_BASELINE) over the same files, in turn,
 * ROUNDS times. Per-repo mode runs each tool once per repository (keybound, floor, secretlint, next
 * repository), as 75 CI jobs would: start-up counts 75 times, and the issue's target applies to this
 * mode. All-in-one mode runs each tool once over the 75 folders together.
 */
async function corpus() {
  corpusX1 ??= corpusTree(WORK, CORPUS, 1);
  const tree = corpusX1;
  const secretlint = installSecretlint(WORK);
  const repos = corpusRepos(tree.dir).map((repo) => {
    const dir = join(tree.dir, repo);
    return { repo, dir, files: filesOf(dir).map((f) => join(dir, f)) };
  });
  const all = tree.files.map((f) => join(tree.dir, f));
  out(`corpus: ${repos.length} repositories, ${all.length} files (${CORPUS}); ${secretlint.versions}`);
  const secretlintRun = async (files, label) => {
    const output = join(REPORTS, `secretlint-${label}.txt`);
    const result = await run(process.execPath, secretlintArgs(secretlint, files, 'compact', output), {
      cwd: secretlint.cwd,
    });
    if (result.code !== 0 && result.code !== 1) throw new Error(`secretlint exited ${result.code}: ${result.stderr}`);
    return result;
  };
  // Once, untimed (and warming the page cache): secretlint's JSON report must name every file.
  const coverage = join(REPORTS, 'secretlint-coverage.json');
  const covered = await run(process.execPath, secretlintArgs(secretlint, all, 'json', coverage), {
    cwd: secretlint.cwd,
  });
  if (covered.code !== 0 && covered.code !== 1) throw new Error(`secretlint exited ${covered.code}: ${covered.stderr}`);
  const secretlintFindings = assertSecretlintCovered(coverage, all);
  rmSync(coverage);
  out(`  secretlint read all ${all.length} files (${secretlintFindings} findings)`);
  await floorRun(tree.dir);

  /** Each tool over one folder (`dir`) whose files are `files` (absolute paths). */
  const tools = {
    keybound: (dir, _files, label) => keyboundCheck(dir, `corpus-${label}`),
    cold: (dir, _files, label) => keyboundCheck(dir, `cold-corpus-${label}`, CLI, COLD),
    baseline: (dir, _files, label) => keyboundCheck(dir, `baseline-corpus-${label}`, BASELINE_CLI),
    floor: (dir) => floorRun(dir),
    secretlint: (_dir, files, label) => secretlintRun(files, label),
  };
  const zero = () => Object.fromEntries(TOOLS.map((t) => [t, { wall: 0, cpu: 0, rss: 0 }]));
  const add = (total, result) => {
    total.wall += result.wall;
    total.cpu += result.cpu ?? 0;
    total.rss = Math.max(total.rss, result.rss);
  };
  const perRepo = [];
  const together = [];
  const repoWalls = Object.fromEntries(repos.map(({ repo }) => [repo, Object.fromEntries(TOOLS.map((t) => [t, []]))]));
  for (let round = 1; round <= ROUNDS; round++) {
    const loadAt = load();
    const totals = zero();
    for (const { repo, dir, files } of repos) {
      for (const tool of TOOLS) {
        const result = await tools[tool](dir, files, repo);
        add(totals[tool], result);
        repoWalls[repo][tool].push(result.wall);
      }
    }
    perRepo.push({ ...totals, load: (loadAt + load()) / 2 });
    const loadAll = load();
    const whole = zero();
    for (const tool of TOOLS) add(whole[tool], await tools[tool](tree.dir, all, 'all'));
    together.push({ ...whole, load: (loadAll + load()) / 2 });
    const list = (t) => TOOLS.map((tool) => `${tool} ${sec(t[tool].wall)}`).join(' ');
    out(`  round ${round}: per repo ${list(totals)}; all in one ${list(whole)}   ${at(load())}`);
  }
  const byRepo = Object.fromEntries(
    Object.entries(repoWalls).map(([repo, w]) => [
      repo,
      Object.fromEntries(Object.entries(w).map(([tool, walls]) => [tool, median(walls)])),
    ]),
  );
  const result = {
    perRepo: summarizeRounds(perRepo),
    together: summarizeRounds(together),
    byRepo,
    rounds: { perRepo, together },
    repos: repos.length,
  };
  printRounds(`one process per repository (${repos.length} runs each)`, result.perRepo);
  printRounds(`one process over all ${repos.length}`, result.together);
  const slower = Object.values(byRepo).filter((w) => w.keybound > w.floor).length;
  out(`  repositories where keybound took longer than the floor: ${slower} of ${repos.length}`);
  return result;
}

// ---------------------------------------------------------------------------------------------------

/** Peak RSS of keybound and the floor over 1× and 4× the corpus and 50k synthetic files, one run each. */
async function rss(synthetic) {
  corpusX1 ??= corpusTree(WORK, CORPUS, 1);
  const x4 = corpusTree(WORK, CORPUS, 4);
  const big = cachedRepo(WORK, 50_000, SEED);
  const rows = [];
  for (const [label, dir, files] of [
    ['corpus 1×', corpusX1.dir, corpusX1.files.length],
    ['corpus 4×', x4.dir, x4.files.length],
    ['50k synthetic', big.dir, big.stats.files],
  ]) {
    const loadAt = load();
    const known = label === '50k synthetic' ? synthetic?.find((r) => r.size === 50_000) : undefined;
    const k = known?.check ?? (await keyboundCheck(dir, `rss-${label}`));
    const f = known?.floor ?? (await floorRun(dir));
    const row = { label, files, keybound: k.rss, floor: f.rss, wall: k.wall, load: known?.load ?? loadAt };
    out(
      `  ${label} (${files} files): keybound ${mib(row.keybound)} in ${sec(k.wall)}   floor ${mib(row.floor)}   ${at(row.load)}`,
    );
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------

function machine() {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: load(),
  };
}

async function mainBench() {
  if (!existsSync(CLI) || !existsSync(ACTION)) throw new Error('dist/ is missing: run npm run build first');
  mkdirSync(REPORTS, { recursive: true });
  rmSync(COMPILE_CACHE, { recursive: true, force: true });
  process.env.KEYBOUND_COMPILE_CACHE = COMPILE_CACHE;
  const host = machine();
  out(
    `keybound bench: ${host.nproc} cores (${host.cpu}), ${host.ramGiB} GiB RAM, node ${host.node}, ${at(host.load)}; parts ${[...PARTS].join(',')}`,
  );
  out(`trees in ${WORK} (seed ${SEED})`);
  const results = { machine: host };
  if (PARTS.has('synthetic')) results.rows = await scans();
  if (PARTS.has('smoke')) {
    out('smoke: 100 keys across 5 fake providers at 200 ms...');
    const s = (results.smoke = await smoke());
    out(
      `  ${s.requests} requests, ${s.verified}/${s.keys} verified; check --smoke ${ms(s.wall)}, without ${ms(s.without)}, smoke phase ${ms(s.phase)} (server window ${ms(s.window)}) vs ideal ${ms(s.ideal)}   ${at(s.load)}`,
    );
    if (s.stderr) out(`  stderr: ${s.stderr}`);
  }
  if (PARTS.has('startup')) {
    out(`start-up (${STARTUP_RUNS} runs of each, in turn)...`);
    const st = (results.startup = await startup());
    out(
      `  node -e '' ${ms(st.bare.wall)} (cpu ${ms(st.bare.cpu)}); keybound --version ${ms(st.version.wall)} (first output ${ms(st.version.first)});` +
        ` check on an empty folder ${ms(st.empty.wall)} (cpu ${ms(st.empty.cpu)}, ${mib(st.empty.rss)}), without the compile cache ${ms(st.cold.wall)} (cpu ${ms(st.cold.cpu)});` +
        (st.baseline ? ` BENCH_BASELINE's ${ms(st.baseline.wall)} (cpu ${ms(st.baseline.cpu)});` : '') +
        ` Action on examples/demo: first output ${ms(st.action.first)}, done ${ms(st.action.wall)}   ${at(st.load)}`,
    );
    out(
      `  bundles: ${Object.entries(st.sizes)
        .map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KiB`)
        .join(', ')}`,
    );
  }
  if (PARTS.has('corpus')) results.corpus = await corpus();
  if (PARTS.has('rss')) {
    out('peak RSS...');
    results.rss = await rss(results.rows);
  }
  if (PARTS.has('growth')) {
    out('growth with keys and values (CPU time, fixed cost subtracted)...');
    results.growth = await scaling({ work: WORK, log: out });
  }
  if (PARTS.has('org')) {
    out('org audit...');
    const org = (results.org = await orgBench({ cli: CLI, work: WORK, measure: run, out }));
    out(
      `  plan ${ms(org.plan)}; ${ORG_SHARDS} shards scanned one at a time: slowest ${org.slowest.shard} (${org.slowest.repos} repositories) ${ms(org.slowest.wall)} (cpu ${ms(org.slowest.cpu)}, ${mib(org.slowest.rss)}); cpu ${ms(org.perRepo)} a repository; ${org.requestsPerRepo.toFixed(1)} API requests a repository`,
    );
    out(
      `  merge of ${org.scanned} scanned repositories ${ms(org.merge.wall)} (cpu ${ms(org.merge.cpu)}, ${mib(org.merge.rss)}); of ${org.scanned * 10}: ${ms(org.merge10k.wall)} (cpu ${ms(org.merge10k.cpu)}, ${mib(org.merge10k.rss)})`,
    );
    const p = org.projection;
    out(
      `  projection, ${p.repos} repositories on ${p.runners} runners: largest shard ${p.biggestShard} repositories, scan phase ${ms(p.scanPhase)} + merge ${ms(p.merge)} = ${ms(p.total)}; GitHub's 12,500 requests/hour for an App installation bounds the scan phase to >= ${(p.rateLimitHours * 60).toFixed(0)} min`,
    );
  }
  const distinct = [...new Set(invalidReports)];
  out(`${reportsChecked} keybound reports written, ${reportsChecked - invalidReports.length} valid JSON`);
  for (const why of distinct.slice(0, 5)) out(`  ${why}`);

  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  const table = [['measure', 'target', 'figure', 'result']];
  for (const row of (results.rows ?? []).filter((r) => r.size >= 10_000)) {
    table.push([
      `\`check\` ${row.size / 1000}k files vs parse floor`,
      '≤ 1.0× (aim 0.5×)',
      `${row.ratio.toFixed(2)}× (${sec(row.check.wall)} vs ${sec(row.floor.wall)}; ${Math.round(row.filesPerSecond)} files/s; ${at(row.load)})`,
      verdict(row.ratio <= 1.0) + (row.ratio <= 0.5 ? ' (aim met)' : ''),
    ]);
  }
  const c = results.corpus;
  if (c) {
    for (const [mode, s, target] of [
      [`${c.repos} processes`, c.perRepo, true],
      ['1 process', c.together, false],
    ]) {
      // `mine`: keybound with its compile cache, or `cold` (without it), against another tool.
      const row = (mine, tool, name, limit, ok) => {
        const vs = (mine === 'cold' ? s.coldVs : s.vs)[tool];
        table.push([
          `corpus (${mode}${mine === 'cold' ? ', no compile cache' : ''}) vs ${name}`,
          target ? limit : '(information)',
          `${times(vs.wall)} (${sec(s[mine].wall)} vs ${sec(s[tool].wall)}; cpu ${times(vs.cpu)}; ${at(s.load)})`,
          target && ok ? verdict(ok(vs.wall)) : '-',
        ]);
      };
      for (const mine of ['keybound', 'cold']) {
        row(mine, 'floor', 'parse floor', '≤ 0.5×', (r) => r <= 0.5);
        row(mine, 'secretlint', 'secretlint 13', '< 1.0×', (r) => r < 1.0);
      }
      if (s.vs.baseline) row('keybound', 'baseline', 'BENCH_BASELINE', '(comparison)');
    }
  }
  if (results.smoke) {
    const s = results.smoke;
    table.push([
      'smoke, 100 keys at 200 ms vs ideal',
      '≤ 1.25×',
      `${s.ratio.toFixed(2)}× (${ms(s.phase)} vs ${ms(s.ideal)}; ${at(s.load)})`,
      verdict(s.ratio <= 1.25),
    ]);
  }
  if (results.startup) {
    const st = results.startup;
    table.push([
      '`keybound --version` vs bare node',
      '≤ 2.0×',
      `${st.ratio.toFixed(2)}× (${ms(st.version.wall)} vs ${ms(st.bare.wall)}; ${at(st.load)})`,
      verdict(st.ratio <= 2.0),
    ]);
    table.push([
      '`check` on an empty folder vs bare node',
      '≤ 2.0×',
      `${st.emptyRatio.toFixed(2)}× (${ms(st.empty.wall)} vs ${ms(st.bare.wall)}; cpu ${times(st.emptyCpuRatio)}; ${at(st.load)})`,
      verdict(st.emptyRatio <= 2.0),
    ]);
    table.push([
      '`check` on an empty folder, no compile cache, vs bare node',
      '≤ 2.0×',
      `${st.coldRatio.toFixed(2)}× (${ms(st.cold.wall)} vs ${ms(st.bare.wall)}; cpu ${times(st.coldCpuRatio)}; ${at(st.load)})`,
      verdict(st.coldRatio <= 2.0),
    ]);
    if (st.baseline) {
      table.push([
        '`check` on an empty folder vs BENCH_BASELINE',
        '(comparison)',
        `${times(st.baselineRatio)} (${ms(st.empty.wall)} vs ${ms(st.baseline.wall)}; cpu ${ms(st.empty.cpu)} vs ${ms(st.baseline.cpu)}, ${times(st.baselineCpuRatio)}; ${at(st.load)})`,
        '-',
      ]);
    }
  }
  if (results.rss) {
    const [x1, x4, big] = results.rss;
    table.push([
      'peak RSS, corpus 4× vs 1×',
      '≤ 1.5× and ≤ 400 MiB',
      `${times(x4.keybound / x1.keybound)} (${mib(x4.keybound)} vs ${mib(x1.keybound)}; floor ${mib(x4.floor)} vs ${mib(x1.floor)})`,
      verdict(x4.keybound <= 1.5 * x1.keybound && x4.keybound / 1024 <= 400),
    ]);
    table.push([
      'peak RSS, 50k files',
      '≤ 300 MiB',
      `${mib(big.keybound)} (the parse floor: ${mib(big.floor)})`,
      verdict(big.keybound / 1024 <= 300),
    ]);
  }
  table.push([
    'every keybound report is valid JSON',
    'all',
    `${reportsChecked - invalidReports.length} of ${reportsChecked}` +
      (distinct.length ? ` (not: ${distinct.map((why) => why.split(':')[0]).join(', ')})` : ''),
    verdict(invalidReports.length === 0),
  ]);
  const what = { refs: 'distinct secret references in one workflow', values: 'secret values' };
  for (const row of results.growth ?? []) {
    table.push([
      `${row.large.toLocaleString('en')} ${what[row.kind]} vs ${row.small.toLocaleString('en')}`,
      `≤ 5× for ${row.large / row.small}×`,
      `${row.ratio.toFixed(2)}× (${(row.tLarge.cpu / 1000).toFixed(1)} s vs ${(row.tSmall.cpu / 1000).toFixed(1)} s CPU)`,
      verdict(row.ratio <= 5),
    ]);
  }
  if (results.org) {
    const org = results.org;
    const p = org.projection;
    table.push([
      `\`org scan\`, slowest of ${ORG_SHARDS} shards (${org.repos} repositories)`,
      '-',
      `${ms(org.slowest.wall)} wall, ${ms(org.slowest.cpu)} cpu (${org.slowest.repos} repositories, ${mib(org.slowest.rss)})`,
      '-',
    ]);
    table.push([
      `\`org merge\`, ${org.scanned} / ${org.scanned * 10} repositories`,
      '-',
      `${ms(org.merge.wall)} / ${ms(org.merge10k.wall)} wall (cpu ${ms(org.merge.cpu)} / ${ms(org.merge10k.cpu)})`,
      '-',
    ]);
    table.push([
      `\`org merge\` peak RSS (${org.scanned} / ${org.scanned * 10} repositories)`,
      '< 512 MiB',
      `${mib(org.merge.rss)} / ${mib(org.merge10k.rss)}`,
      verdict(org.merge.rss / 1024 < 512 && org.merge10k.rss / 1024 < 512),
    ]);
    table.push([
      `projected: ${p.repos} repositories on ${p.runners} runners`,
      '-',
      `${(p.total / 1000).toFixed(0)} s of keybound (largest shard ${p.biggestShard}); API-bound >= ${(p.rateLimitHours * 60).toFixed(0)} min at 12,500 requests/h`,
      '-',
    ]);
  }
  out();
  out(`| ${table[0].join(' | ')} |`);
  out(`|${table[0].map(() => '---').join('|')}|`);
  for (const line of table.slice(1)) out(`| ${line.join(' | ')} |`);
  mkdirSync(join(HERE, 'out'), { recursive: true });
  writeFileSync(
    join(HERE, 'out/latest.json'),
    JSON.stringify({ ...results, reportsChecked, invalidReports, table }, null, 2),
  );
}

await mainBench();
