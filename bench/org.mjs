// `npm run bench`, organisation audit (issue 18): 1,000 seeded repositories behind a loopback GitHub
// (the REST listing with Link pages, secret metadata, tarballs as a 302 to a second loopback "codeload"
// server), `keybound org plan`, then `org scan` for each of 16 shards, one at a time (each as if on its
// own runner), then `org merge` of the 16 shard folders; and the merge of 10,000 repositories (the
// scanned ones copied ten times under new names) to show the merge's memory does not grow with them.
// Reports the slowest shard, the merge's wall time and peak RSS, the API requests per repository, and
// the projection for 10,000 repositories on 256 runners.

import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { rng } from './generate.mjs';

export const ORG_REPOS = Number(process.env.BENCH_ORG_REPOS ?? 1000);
export const ORG_SHARDS = 16;
/** Added before every API and codeload answer (ms): 0 measures keybound's own work. */
const LATENCY = Number(process.env.BENCH_ORG_LATENCY_MS ?? 0);
const ORG = 'bench';

// --- tarballs, as git archive writes them ------------------------------------------------------------

function header(name, size, type) {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100);
  h.write(type === '5' ? '0000755\0' : '0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  h.write(`${(1_700_000_000).toString(8)}\0`, 136);
  h.write('        ', 148);
  h.write(type, 156);
  h.write('ustar\u000000', 257, 'latin1');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

function pad(data) {
  const rest = data.length % 512;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)]);
}

function paxRecord(key, value) {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 2;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return `${length}${body}`;
}

function tarball(top, commit, files) {
  const blocks = [];
  const global = Buffer.from(paxRecord('comment', commit));
  blocks.push(header('pax_global_header', global.length, 'g'), pad(global), header(`${top}/`, 0, '5'));
  for (const [path, text] of files) {
    const data = Buffer.from(text);
    blocks.push(header(`${top}/${path}`, data.length, '0'), pad(data));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

// --- the synthetic organization ----------------------------------------------------------------------

const ORG_SECRETS = [
  { name: 'NPM_TOKEN', visibility: 'all' },
  { name: 'CODECOV_TOKEN', visibility: 'all' },
  { name: 'LEGACY_DEPLOY_KEY', visibility: 'private' },
  { name: 'SLACK_WEBHOOK', visibility: 'selected' },
];

/** Repository `i`: its files (workflows, manifests, source keybound does not read) and its secrets. */
function repository(i, random) {
  const name = `service-${String(i).padStart(5, '0')}`;
  const handsOver = random.chance(0.02);
  const files = [
    [
      '.github/workflows/deploy.yml',
      `name: deploy
on: push
permissions: { contents: read, id-token: write }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
          DEPLOY_KEY: \${{ secrets.REPO_DEPLOY_KEY }}
  production:
    needs: build
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./deploy.sh
        env:
          API_KEY: \${{ secrets.PROD_API_KEY }}
          SLACK: \${{ secrets.SLACK_WEBHOOK }}
  staging:
    needs: build
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - run: ./deploy.sh
        env:
          API_KEY: \${{ secrets.STAGING_API_KEY }}
`,
    ],
    [
      '.github/workflows/ci.yml',
      handsOver
        ? 'on: pull_request\njobs:\n  all:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ toJSON(secrets) }}" > /dev/null\n'
        : `on: pull_request\npermissions: { contents: read }\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n        env:\n          CODECOV_TOKEN: \${{ secrets.CODECOV_TOKEN }}\n`,
    ],
    [
      'k8s/base/deployment.yaml',
      `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  template:
    spec:
      containers:
        - name: app
          image: ghcr.io/${ORG}/${name}:1
          env:
            - name: API_KEY
              valueFrom: { secretKeyRef: { name: ${name}-secrets, key: API_KEY } }
`,
    ],
    ['k8s/base/kustomization.yaml', 'resources: [deployment.yaml]\n'],
    ['k8s/overlays/prod/kustomization.yaml', 'namespace: prod\nresources: [../../base]\n'],
    ['k8s/overlays/staging/kustomization.yaml', 'namespace: staging\nresources: [../../base]\n'],
    [
      'docker-compose.yml',
      `services:\n  app:\n    image: ${name}\n    environment:\n      - NODE_ENV=development\n      - API_KEY=\${API_KEY}\n`,
    ],
    ['README.md', `# ${name}\n${'Text. '.repeat(random.int(50, 400))}\n`],
    ['package.json', `{"name":"${name}","version":"1.0.0"}\n`],
  ];
  for (let f = 0; f < random.int(15, 40); f++)
    files.push([`src/module-${f}.js`, `export const v${f} = ${JSON.stringify(random.id(random.int(200, 3000)))};\n`]);
  const day = (n) => new Date(Date.UTC(2026, 9, 1) - n * 86_400_000).toISOString().replace('.000', '');
  const secret = (secretName, age) => ({ name: secretName, created_at: day(age + 100), updated_at: day(age) });
  return {
    name,
    visibility: random.pick(['private', 'internal', 'public']),
    archived: random.chance(0.03),
    files,
    secrets: [secret('REPO_DEPLOY_KEY', random.int(1, 400)), ...(random.chance(0.2) ? [secret('OLD_TOKEN', 900)] : [])],
    environments: {
      production: [secret('PROD_API_KEY', random.int(1, 200))],
      staging: [secret('STAGING_API_KEY', random.int(1, 200))],
    },
  };
}

/** The org's repositories, their archives, and a loopback GitHub that serves them. */
export async function startBenchGitHub(count = ORG_REPOS, seed = 18) {
  const random = rng(seed);
  const repos = Array.from({ length: count }, (_, i) => repository(i + 1, random));
  const archives = new Map();
  let archiveBytes = 0;
  for (const repo of repos) {
    const commit = createHash('sha1').update(repo.name).digest('hex');
    const body = tarball(`${ORG}-${repo.name}-${commit.slice(0, 7)}`, commit, repo.files);
    archives.set(repo.name, body);
    archiveBytes += body.length;
  }
  const selected = repos.filter((_, i) => i % 100 === 0).map((r) => r.name);
  let requests = 0;
  const json = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const later = (fn) => (LATENCY > 0 ? setTimeout(fn, LATENCY) : fn());
  const codeload = createServer((req, res) => {
    later(() => {
      const name = /^\/[^/]+\/([^/]+)\//.exec(req.url ?? '')?.[1];
      const body = archives.get(name ?? '');
      if (!body || req.headers.authorization) return json(res, 404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': body.length });
      res.end(body);
    });
  });
  await new Promise((resolve) => codeload.listen(0, '127.0.0.1', resolve));
  const codeloadUrl = `http://127.0.0.1:${codeload.address().port}`;
  const api = createServer((req, res) => {
    requests++;
    later(() => {
      const url = new URL(req.url ?? '/', 'http://x');
      const parts = url.pathname.split('/');
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const repo = parts[1] === 'repos' ? repos.find((r) => r.name === parts[3]) : undefined;
      if (url.pathname === `/orgs/${ORG}/repos`) {
        const last = Math.ceil(repos.length / perPage);
        const items = repos.slice((page - 1) * perPage, page * perPage).map((r) => ({
          full_name: `${ORG}/${r.name}`,
          default_branch: 'main',
          archived: r.archived,
          disabled: false,
          fork: false,
          private: r.visibility !== 'public',
          visibility: r.visibility,
          size: 100,
          pushed_at: '2026-10-01T00:00:00Z',
        }));
        const base = `http://${req.headers.host}/orgs/${ORG}/repos?per_page=${perPage}&type=all`;
        const link =
          page < last ? { link: `<${base}&page=${page + 1}>; rel="next", <${base}&page=${last}>; rel="last"` } : {};
        return json(res, 200, items, link);
      }
      if (url.pathname === `/orgs/${ORG}/actions/secrets`) {
        const secrets = ORG_SECRETS.map((s) => ({
          name: s.name,
          created_at: '2025-01-01T00:00:00Z',
          updated_at: '2025-06-01T00:00:00Z',
          visibility: s.visibility,
        }));
        return json(res, 200, { total_count: secrets.length, secrets });
      }
      if (parts[5] === 'secrets' && parts[6] && parts[7] === 'repositories') {
        const list = selected.map((n) => ({ full_name: `${ORG}/${n}` }));
        return json(res, 200, { total_count: list.length, repositories: list });
      }
      if (!repo) return json(res, 404, { message: 'Not Found' });
      const rest = parts.slice(4).join('/');
      if (rest.startsWith('tarball/'))
        return later(() => {
          res.writeHead(302, { location: `${codeloadUrl}/${ORG}/${repo.name}/legacy.tar.gz/refs/heads/main?token=t` });
          res.end();
        });
      if (rest === 'actions/secrets')
        return json(res, 200, { total_count: repo.secrets.length, secrets: repo.secrets });
      if (rest === 'environments') {
        const environments = Object.keys(repo.environments).map((name, id) => ({ id, name }));
        return json(res, 200, { total_count: environments.length, environments });
      }
      if (parts[4] === 'environments' && parts[6] === 'secrets') {
        const secrets = repo.environments[decodeURIComponent(parts[5])] ?? [];
        return json(res, 200, { total_count: secrets.length, secrets });
      }
      if (rest === 'actions/organization-secrets') {
        const visible = ORG_SECRETS.filter((s) =>
          s.visibility === 'all'
            ? true
            : s.visibility === 'private'
              ? repo.visibility !== 'public'
              : selected.includes(repo.name),
        ).map((s) => ({ name: s.name, created_at: '2025-01-01T00:00:00Z', updated_at: '2025-06-01T00:00:00Z' }));
        return json(res, 200, { total_count: visible.length, secrets: visible });
      }
      return json(res, 404, { message: 'Not Found' });
    });
  });
  await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${api.address().port}`,
    repos: repos.length,
    archived: repos.filter((r) => r.archived).length,
    archiveBytes,
    filesPerRepo: repos.reduce((sum, r) => sum + r.files.length, 0) / repos.length,
    get requests() {
      return requests;
    },
    close: () => Promise.all([new Promise((r) => api.close(r)), new Promise((r) => codeload.close(r))]),
  };
}

/** The merged shards of `from`, each repository copied `times` times under new names, in `to`. */
function multiply(from, to, times) {
  rmSync(to, { recursive: true, force: true });
  for (const shard of readdirSync(from)) {
    const inventory = JSON.parse(readFileSync(join(from, shard, 'inventory.json'), 'utf8'));
    const repositories = [];
    mkdirSync(join(to, shard, 'repos'), { recursive: true });
    for (const entry of inventory.repositories) {
      for (let copy = 0; copy < times; copy++) {
        const name = `${entry.repository.fullName.split('/')[1]}-c${copy}`;
        const renamed = { ...entry, repository: { ...entry.repository, fullName: `${ORG}/${name}` } };
        if (entry.file) {
          renamed.file = `repos/${name}.json`;
          const artifact = JSON.parse(readFileSync(join(from, shard, entry.file), 'utf8'));
          writeFileSync(
            join(to, shard, renamed.file),
            JSON.stringify({ ...artifact, ...renamed, report: artifact.report }),
          );
        }
        repositories.push(renamed);
      }
    }
    writeFileSync(join(to, shard, 'inventory.json'), JSON.stringify({ ...inventory, repositories }));
  }
}

/**
 * Runs the organisation benchmark with the bench's `measure` (wall, CPU, peak RSS of one process).
 * Returns the figures and a projection for `target.repos` repositories on `target.runners` runners.
 */
export async function orgBench({ cli, work, measure, out }) {
  const dir = join(work, 'org');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const gh = await startBenchGitHub();
  const env = { ...process.env, GITHUB_TOKEN: 'ghs_BenchInstallationToken0123456789abcdef', GITHUB_API_URL: gh.url };
  const run = async (args, label) => {
    const result = await measure(process.execPath, [cli, ...args], { cwd: dir, env });
    if (result.code !== 0 && result.code !== 1)
      throw new Error(`${label} exited ${result.code}: ${result.stderr.slice(-2000)}`);
    return result;
  };
  try {
    out(
      `org: ${gh.repos} repositories (${gh.archived} archived), ${gh.filesPerRepo.toFixed(0)} files and ${(gh.archiveBytes / gh.repos / 1024).toFixed(0)} KiB of tarball each, latency ${LATENCY} ms`,
    );
    const plan = await run(
      ['org', 'plan', '--org', ORG, '--shards', String(ORG_SHARDS), '--output', 'plan.json'],
      'org plan',
    );
    const matrix = JSON.parse(plan.stdout);
    const before = gh.requests;
    const shards = [];
    for (const { shard, repos } of matrix.include) {
      const index = shard.split('/')[0];
      const result = await run(
        ['org', 'scan', '--org', ORG, '--shard', shard, '--plan', 'plan.json', '--output', `shards/shard-${index}`],
        `org scan ${shard}`,
      );
      shards.push({ shard, repos: repos.length, wall: result.wall, cpu: result.cpu, rss: result.rss });
    }
    const apiRequests = gh.requests - before;
    const slowest = shards.reduce((a, b) => (b.wall > a.wall ? b : a));
    const merge = await run(['org', 'merge', 'shards', '--output', 'out', '--format', 'text'], 'org merge');
    multiply(join(dir, 'shards'), join(dir, 'shards-10k'), 10);
    const merge10k = await run(
      ['org', 'merge', 'shards-10k', '--output', 'out-10k', '--format', 'text'],
      'org merge 10k',
    );
    const report = JSON.parse(readFileSync(join(dir, 'out/org-report.json'), 'utf8'));
    const scanned = report.summary.repositories.scanned;
    // On its own runner a shard is one process doing CPU work while its downloads overlap it, so its wall
    // time is about its CPU time plus network waits (this shared machine's wall times are inflated by its
    // load). A repository's cost is the shards' CPU time over their repositories (process start-up shared
    // out, as it is in shards of the projected size); the merge's is measured at 10,000 repositories.
    const perRepo = shards.reduce((sum, s) => sum + s.cpu, 0) / shards.reduce((sum, s) => sum + s.repos, 0);
    const target = { repos: 10_000, runners: 256 };
    const sizes = new Array(target.runners).fill(0);
    for (let i = 1; i <= target.repos; i++)
      sizes[shardOfName(`${ORG}/service-${String(i).padStart(5, '0')}`, target.runners) - 1]++;
    const biggest = Math.max(...sizes);
    const scanPhase = plan.cpu + biggest * perRepo;
    const projected = scanPhase + merge10k.cpu;
    const requestsPerRepo = apiRequests / scanned;
    const rateLimitHours = (requestsPerRepo * target.repos) / 12_500;
    const result = {
      repos: gh.repos,
      scanned,
      shards,
      plan: plan.wall,
      slowest,
      merge: { wall: merge.wall, cpu: merge.cpu, rss: merge.rss },
      merge10k: { wall: merge10k.wall, cpu: merge10k.cpu, rss: merge10k.rss },
      perRepo,
      requestsPerRepo,
      projection: {
        ...target,
        biggestShard: biggest,
        scanPhase,
        merge: merge10k.cpu,
        total: projected,
        rateLimitHours,
      },
      findings: report.summary,
    };
    writeFileSync(join(work, 'org-bench.json'), JSON.stringify(result, null, 2));
    cpSync(join(dir, 'out/org-summary.md'), join(work, 'org-summary.md'));
    return result;
  } finally {
    await gh.close();
  }
}

/** The shard formula of src/org/shard.ts (__tests__/org/bench.test.ts keeps them equal). */
export function shardOfName(fullName, count) {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}
