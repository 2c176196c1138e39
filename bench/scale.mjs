// Growth of the costs that depend on how many keys and values a run holds (SECURITY.md case 33), run by
// bench/run.mjs (or alone: `node bench/scale.mjs` after `npm run build`). Each case runs the built CLI
// at N/4 and N and at a tiny size (the fixed cost: start-up, config, output), and reports
// (t(N) - t0) / (t(N/4) - t0) in CPU time: near-linear work gives about 4, quadratic about 16; the target is ≤ 5.
//   refs:   one workflow with N distinct `${{ secrets.NAME }}` references (N = 20,000: about 760 KB),
//           each joined into its own key;
//   values: N secret values in --secrets-json (N = 20,000), every one registered with the redactor,
//           and a report redacted against all of them.
// Environment: SCALE_SIZES=5000,20000 (the N/4 and N pairs to run; default 5000,20000), BENCH_DIR.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = join(HERE, '..', 'dist/cli/index.js');

/** A name that is distinct per index and does not join with its neighbours. */
const keyName = (i) => `S_${i.toString(36).toUpperCase().padStart(4, '0')}_KEY`;

/** A 40-character token, distinct per index, that carries no provider prefix. */
function token(i) {
  let s = '';
  for (let k = 0; s.length < 40; k++) s += (((i + 1) * 2654435761 + k * 40503) % 2 ** 32).toString(36);
  return s.slice(0, 40);
}

function workflow(names) {
  return [
    'on: push',
    'permissions: { contents: read }',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: production',
    '    env:',
    ...names.map((name, i) => `      E${i.toString(36)}: \${{ secrets.${name} }}`),
    '    steps:',
    '      - run: ./deploy.sh',
    '',
  ].join('\n');
}

/** The repository (and secrets file) of one case at size n; returns the CLI arguments. */
export function scaleCase(work, kind, n) {
  const dir = join(work, `scale-${kind}-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  const args = [
    'check',
    dir,
    '--format',
    'json',
    '--output',
    join(work, `scale-${kind}-${n}.report.json`),
    '--now',
    '2026-11-22',
  ];
  if (kind === 'refs') {
    const names = Array.from({ length: n }, (_, i) => keyName(i));
    writeFileSync(join(dir, '.github/workflows/deploy.yml'), workflow(names));
  } else {
    // A few references; every value is registered with the redactor whether referenced or not.
    const names = Array.from({ length: n }, (_, i) => keyName(i));
    writeFileSync(join(dir, '.github/workflows/deploy.yml'), workflow(names.slice(0, 20)));
    const secrets = Object.fromEntries(names.map((name, i) => [name, token(i)]));
    const file = join(work, `scale-values-${n}.json`);
    writeFileSync(file, JSON.stringify(secrets));
    args.push('--secrets-json', file);
  }
  return args;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall and CPU time (user + system, from /usr/bin/time; wall time where it is missing) of one run, in ms. */
function timeRun(args, work) {
  return new Promise((resolve, reject) => {
    const stats = join(work, `scale-time-${process.pid}.txt`);
    const [file, argv] = TIME
      ? [TIME, ['-f', '%U %S', '-o', stats, process.execPath, CLI, ...args]]
      : [process.execPath, [CLI, ...args]];
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`keybound check exited ${code}: ${stderr}`));
      if (!TIME) return resolve({ wall, cpu: wall });
      const [user, sys] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      resolve({ wall, cpu: (user + sys) * 1000 });
    });
  });
}

/** The run with the least CPU time of `repeat` (CPU time is what other load on the machine disturbs least). */
async function best(args, repeat, work) {
  let kept;
  for (let i = 0; i < repeat; i++) {
    const run = await timeRun(args, work);
    if (!kept || run.cpu < kept.cpu) kept = run;
  }
  return kept;
}

/** Runs both cases; returns rows {kind, small, large, t0, tSmall, tLarge, ratio}. */
export async function scaling({ work = join(tmpdir(), 'keybound-bench'), sizes, log = () => {} } = {}) {
  const [small, large] = sizes ?? (process.env.SCALE_SIZES ?? '5000,20000').split(',').map(Number);
  mkdirSync(work, { recursive: true });
  const rows = [];
  for (const kind of ['refs', 'values']) {
    const t0 = await best(scaleCase(work, kind, 10), 3, work);
    const tSmall = await best(scaleCase(work, kind, small), 2, work);
    const tLarge = await best(scaleCase(work, kind, large), 2, work);
    const ratio = (tLarge.cpu - t0.cpu) / Math.max(1, tSmall.cpu - t0.cpu);
    const row = { kind, small, large, t0, tSmall, tLarge, ratio };
    const ms = (run) => `${Math.round(run.cpu)} ms CPU (${Math.round(run.wall)} ms wall)`;
    log(
      `  ${kind}: ${small} in ${ms(tSmall)}, ${large} in ${ms(tLarge)}, fixed cost ${ms(t0)}; growth ${ratio.toFixed(2)}× for ${large / small}× the input`,
    );
    rows.push(row);
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await scaling({ log: (line) => process.stdout.write(`${line}\n`) });
}
