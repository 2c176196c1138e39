// `npm run bench` (issue 7): measures the BUILT bundles as users run them, against floors taken in the
// same run, and prints the budget table with PASS/FAIL per target.
//   1. `keybound check --format json --output /dev/null` on seeded 1k/10k/50k-file repositories vs the
//      parse-only floor (bench/floor.mjs), each a child process: wall time, CPU time, peak RSS, files/s;
//   2. smoke: 100 keys across 5 local fake providers answering after 200 ms, vs the ideal;
//   3. start-up: `keybound --version` and the Action bundle to first output vs `node -e ''`; bundle sizes;
//   4. growth (bench/scale.mjs): 20,000 distinct secret references in one 760 KB workflow, and 20,000
//      secret values, against a quarter of each: the CPU time must grow at most 5× for 4× the input.
// Environment: BENCH_SIZES=1000,10000 (default 1000,10000,50000), BENCH_SEED (7), BENCH_DIR (a temp
// folder; generated trees are cached there), BENCH_REPEAT (runs per size below 50k, best kept; 3).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedRepo } from './generate.mjs';
import { scaling } from './scale.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..');
const CLI = join(REPO, 'dist/cli/index.js');
const ACTION = join(REPO, 'dist/index.js');
const FLOOR = join(HERE, 'floor.mjs');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number).filter(Boolean);
const SEED = Number(process.env.BENCH_SEED ?? 7);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const WORK = process.env.BENCH_DIR ?? join(tmpdir(), 'keybound-bench');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value) => `${Math.round(value)} ms`;
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;

/**
 * Runs a command to its end: wall time (from spawn to exit), CPU time and peak RSS (/usr/bin/time, or
 * VmHWM polled from /proc), and the time to its first byte of stdout.
 */
function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const stats = join(WORK, `time-${process.pid}.txt`);
    const [file, argv] = TIME ? [TIME, ['-f', '%U %S %M', '-o', stats, command, ...args]] : [command, args];
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let firstOutput;
    let stdout = '';
    let stderr = '';
    let hwm = 0;
    const poll = TIME
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) hwm = Math.max(hwm, Number(match[1]));
          } catch {
            // the process has ended
          }
        }, 5);
    child.stdout.on('data', (chunk) => {
      firstOutput ??= Number(process.hrtime.bigint() - start) / 1e6;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (poll) clearInterval(poll);
      let cpu;
      let rss = hwm;
      if (TIME) {
        const [user, sys, maxKb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpu = (user + sys) * 1000;
        rss = maxKb;
      }
      resolve({ code, wall, cpu, rss, firstOutput, stdout, stderr });
    });
  });
}

/** The run with the smallest wall time of `n`. */
async function best(n, command, args, options) {
  let kept;
  for (let i = 0; i < n; i++) {
    const run = await measure(command, args, options);
    if (!kept || run.wall < kept.wall) kept = run;
  }
  return kept;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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
    await measure(process.execPath, [FLOOR, dir]);
    const n = size >= 50_000 ? 1 : REPEAT;
    let floor;
    let check;
    for (let i = 0; i < n; i++) {
      const f = await measure(process.execPath, [FLOOR, dir]);
      const c = await measure(process.execPath, [CLI, 'check', dir, '--format', 'json', '--output', '/dev/null']);
      if (c.code !== 0 && c.code !== 1) throw new Error(`keybound check exited ${c.code}: ${c.stderr}`);
      if (f.code !== 0) throw new Error(`floor exited ${f.code}: ${f.stderr}`);
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
      cpuRatio: check.cpu && floor.cpu ? check.cpu / floor.cpu : undefined,
      filesPerSecond: stats.files / (check.wall / 1000),
    };
    out(
      `  check ${ms(check.wall)} (cpu ${check.cpu ? ms(check.cpu) : '?'}, ${mib(check.rss)})   floor ${ms(floor.wall)} (cpu ${floor.cpu ? ms(floor.cpu) : '?'}, ${mib(floor.rss)})` +
        `   ratio ${row.ratio.toFixed(2)}x   ${Math.round(row.filesPerSecond)} files/s`,
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
      const run = await measure(process.execPath, [CLI, ...args, '--smoke', ...endpoints]);
      const window = log.length ? Math.max(...log.map((l) => l[1])) - Math.min(...log.map((l) => l[0])) : 0;
      runs.push({ wall: run.wall, requests: log.length, window, code: run.code, stderr: run.stderr });
    }
    const kept = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    const parsed = JSON.parse(readFileSync(report, 'utf8'));
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
    };
  } finally {
    for (const fake of fakes) fake.server.close();
  }
}

// ---------------------------------------------------------------------------------------------------

async function startup() {
  const N = 15;
  const timesOf = async (args, options) => {
    const walls = [];
    const firsts = [];
    for (let i = 0; i < N; i++) {
      const run = await measure(process.execPath, args, options);
      walls.push(run.wall);
      if (run.firstOutput !== undefined) firsts.push(run.firstOutput);
    }
    return { wall: median(walls), first: firsts.length ? median(firsts) : undefined };
  };
  const bare = await timesOf(['-e', '']);
  const version = await timesOf([CLI, '--version']);
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
  for (const f of ['output', 'summary']) writeFileSync(join(files, f), '');
  const action = await timesOf([ACTION], { env: actionEnv, cwd: REPO });
  // The CLI entry is small; the rest of keybound is in chunks beside it, loaded after --version.
  const sizes = {};
  for (const dir of [dirname(CLI), dirname(ACTION)]) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    sizes[`${dir.slice(REPO.length + 1)}/*.js`] = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  }
  return { bare, version, action, ratio: version.wall / bare.wall, sizes };
}

// ---------------------------------------------------------------------------------------------------

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown';
  return {
    nproc: cpus().length,
    cpu,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  };
}

async function mainBench() {
  if (!existsSync(CLI) || !existsSync(ACTION)) throw new Error('dist/ is missing: run npm run build first');
  mkdirSync(WORK, { recursive: true });
  const host = machine();
  out(
    `keybound bench: ${host.nproc} cores (${host.cpu}), ${host.ramGiB} GiB RAM, node ${host.node}, load ${host.load}`,
  );
  out(`trees in ${WORK} (seed ${SEED})`);
  const rows = await scans();
  out('smoke: 100 keys across 5 fake providers at 200 ms...');
  const s = await smoke();
  out(
    `  ${s.requests} requests, ${s.verified}/${s.keys} verified; check --smoke ${ms(s.wall)}, without ${ms(s.without)}, smoke phase ${ms(s.phase)} (server window ${ms(s.window)}) vs ideal ${ms(s.ideal)}`,
  );
  if (s.stderr) out(`  stderr: ${s.stderr}`);
  out('start-up...');
  const st = await startup();
  out(
    `  node -e '' ${ms(st.bare.wall)}; keybound --version ${ms(st.version.wall)} (first output ${ms(st.version.first)}); Action on examples/demo: first output ${ms(st.action.first)}, done ${ms(st.action.wall)}`,
  );
  out(
    `  bundles: ${Object.entries(st.sizes)
      .map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KiB`)
      .join(', ')}`,
  );

  out('growth with keys and values (CPU time, fixed cost subtracted)...');
  const growth = await scaling({ work: WORK, log: out });

  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  const table = [['measure', 'target', 'figure', 'result']];
  for (const row of rows.filter((r) => r.size >= 10_000)) {
    table.push([
      `\`check\` ${row.size / 1000}k files vs parse floor`,
      '≤ 1.0× (aim 0.5×)',
      `${row.ratio.toFixed(2)}× (${(row.check.wall / 1000).toFixed(1)} s vs ${(row.floor.wall / 1000).toFixed(1)} s; ${Math.round(row.filesPerSecond)} files/s)`,
      verdict(row.ratio <= 1.0) + (row.ratio <= 0.5 ? ' (aim met)' : ''),
    ]);
  }
  table.push([
    'smoke, 100 keys at 200 ms vs ideal',
    '≤ 1.25×',
    `${s.ratio.toFixed(2)}× (${ms(s.phase)} vs ${ms(s.ideal)})`,
    verdict(s.ratio <= 1.25),
  ]);
  table.push([
    '`keybound --version` vs bare node',
    '≤ 2.0×',
    `${st.ratio.toFixed(2)}× (${ms(st.version.wall)} vs ${ms(st.bare.wall)})`,
    verdict(st.ratio <= 2.0),
  ]);
  const big = rows.find((r) => r.size === 50_000);
  table.push([
    'peak RSS, 50k files',
    '≤ 300 MiB',
    big ? mib(big.check.rss) : 'not run (BENCH_SIZES)',
    big ? verdict(big.check.rss / 1024 <= 300) : '-',
  ]);
  const what = { refs: 'distinct secret references in one workflow', values: 'secret values' };
  for (const row of growth) {
    table.push([
      `${row.large.toLocaleString('en')} ${what[row.kind]} vs ${row.small.toLocaleString('en')}`,
      `≤ 5× for ${row.large / row.small}×`,
      `${row.ratio.toFixed(2)}× (${(row.tLarge.cpu / 1000).toFixed(1)} s vs ${(row.tSmall.cpu / 1000).toFixed(1)} s CPU)`,
      verdict(row.ratio <= 5),
    ]);
  }
  out();
  out(`| ${table[0].join(' | ')} |`);
  out(`|${table[0].map(() => '---').join('|')}|`);
  for (const line of table.slice(1)) out(`| ${line.join(' | ')} |`);
  mkdirSync(join(HERE, 'out'), { recursive: true });
  writeFileSync(
    join(HERE, 'out/latest.json'),
    JSON.stringify({ machine: host, rows, smoke: s, startup: st, growth, table }, null, 2),
  );
}

await mainBench();
