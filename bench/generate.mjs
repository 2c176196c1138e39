// Seeded generator of realistic repositories for the benchmark (issue 7): workflows with matrices and
// reusable calls, kustomize bases and overlays, Helm charts with per-environment values, compose
// stacks, dotenv files, source files keybound does not read, and a share of large CRD-like documents
// and rendered charts (hundreds of KB) holding ~70% of all bytes, as measured on real repositories.
// The same seed and size always give the same tree, byte for byte.

import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bump when the output changes, so a cached tree is regenerated. */
export const GENERATOR_VERSION = 6;

/** mulberry32: small, fast, good enough for picking shapes. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    id: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)];
      return s;
    },
  };
}

const ENVS = ['production', 'staging', 'development'];
const SERVICES = ['payments', 'ledger', 'search', 'auth', 'billing', 'catalog', 'orders', 'notify', 'gateway', 'users'];
const PROVIDER_KEYS = [
  'STRIPE_SECRET_KEY',
  'SLACK_BOT_TOKEN',
  'OPENAI_API_KEY',
  'SENDGRID_API_KEY',
  'DATADOG_API_KEY',
  'DEPLOY_GITHUB_TOKEN',
  'NPM_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
];
const PLAIN_ENV = ['LOG_LEVEL', 'PORT', 'FEATURE_FLAGS', 'REGION', 'TIMEOUT_MS', 'WORKERS', 'CACHE_TTL'];
const WORDS =
  'the of controller resource field value reference selects specifies whether object name namespace must be when set default used for this the container pod spec status condition type reason message observed generation replicas'.split(
    ' ',
  );

function sentence(r, n) {
  const words = [];
  for (let i = 0; i < n; i++) words.push(r.pick(WORDS));
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------------------
// Small files

function workflow(r, service, i) {
  const env = r.pick(ENVS);
  const keys = [r.pick(PROVIDER_KEYS), r.pick(PROVIDER_KEYS)];
  const lines = [
    `name: ${service} ${env} ${i}`,
    'on:',
    '  push:',
    '    branches: [main]',
    '  workflow_dispatch: {}',
    'permissions:',
    '  contents: read',
    '  id-token: write',
    'concurrency:',
    `  group: ${service}-${env}-\${{ github.ref }}`,
    'jobs:',
    '  test:',
    '    runs-on: ${{ matrix.os }}',
    '    strategy:',
    '      fail-fast: false',
    '      matrix:',
    '        os: [ubuntu-latest, macos-latest]',
    '        node: [18, 20, 22]',
    '        include:',
    '          - os: ubuntu-latest',
    '            node: 22',
    '            coverage: true',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: ${{ matrix.node }}',
    '          cache: npm',
    '      - run: npm ci',
    '      - run: npm test -- --shard=${{ strategy.job-index }}',
  ];
  for (let s = r.int(2, 14); s > 0; s--) {
    lines.push(
      `      - name: ${sentence(r, 4)}`,
      `        run: |`,
      `          echo "${sentence(r, 6)}"`,
      `          make ${r.id(6)}`,
    );
  }
  if (r.chance(0.45)) {
    lines.push(
      '  deploy:',
      '    needs: test',
      '    runs-on: ubuntu-latest',
      `    environment: ${env}`,
      '    env:',
      `      ${keys[0]}: \${{ secrets.${keys[0]} }}`,
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: deploy',
      '        env:',
      `          TOKEN: \${{ secrets.${keys[1]} }}`,
      `        run: ./scripts/deploy.sh ${service} ${env}`,
    );
  }
  if (r.chance(0.3)) {
    lines.push(
      '  release:',
      '    needs: test',
      `    uses: ./.github/workflows/reusable-deploy.yml`,
      '    with:',
      `      service: ${service}`,
      `      environment: ${env}`,
      r.chance(0.5) ? '    secrets: inherit' : `    secrets:\n      token: \${{ secrets.${keys[0]} }}`,
    );
  }
  return lines.join('\n') + '\n';
}

function reusableWorkflow() {
  return [
    'name: reusable deploy',
    'on:',
    '  workflow_call:',
    '    inputs:',
    '      service: { type: string, required: true }',
    '      environment: { type: string, required: true }',
    '    secrets:',
    '      token: { required: false }',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: ${{ inputs.environment }}',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: ./deploy.sh ${{ inputs.service }}',
    '        env:',
    '          TOKEN: ${{ secrets.token }}',
    '',
  ].join('\n');
}

function container(r, service, withSecret) {
  const lines = [
    `        - name: ${service}`,
    `          image: ghcr.io/example/${service}:${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}`,
    '          ports:',
    `            - containerPort: ${r.int(3000, 9000)}`,
    '          resources:',
    '            requests: { cpu: 100m, memory: 128Mi }',
    '            limits: { cpu: "1", memory: 512Mi }',
    '          env:',
  ];
  for (let i = r.int(2, 12); i > 0; i--) {
    lines.push(`            - name: ${r.pick(PLAIN_ENV)}_${i}`, `              value: "${r.id(r.int(2, 10))}"`);
  }
  if (withSecret) {
    const key = r.pick(PROVIDER_KEYS);
    lines.push(
      `            - name: ${key}`,
      '              valueFrom:',
      '                secretKeyRef:',
      `                  name: ${service}-secrets`,
      `                  key: ${key.toLowerCase().replace(/_/g, '-')}`,
    );
  }
  lines.push(
    '          readinessProbe:',
    '            httpGet: { path: /healthz, port: http }',
    '            periodSeconds: 10',
  );
  return lines;
}

function deployment(r, service, withSecret) {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}`,
    '  labels:',
    `    app.kubernetes.io/name: ${service}`,
    `    app.kubernetes.io/part-of: platform`,
    '  annotations:',
    ...Array.from({ length: r.int(2, 8) }, (_, i) => `    example.com/note-${i}: "${sentence(r, r.int(3, 9))}"`),
    'spec:',
    `  replicas: ${r.int(1, 6)}`,
    '  selector:',
    `    matchLabels: { app: ${service} }`,
    '  template:',
    '    metadata:',
    `      labels: { app: ${service} }`,
    '    spec:',
    `      serviceAccountName: ${service}`,
    '      containers:',
    ...container(r, service, withSecret),
  ].join('\n');
}

function service_(r, service) {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${service}`,
    'spec:',
    `  selector: { app: ${service} }`,
    '  ports:',
    `    - name: http`,
    `      port: 80`,
    `      targetPort: ${r.int(3000, 9000)}`,
  ].join('\n');
}

function configMap(r, service) {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${service}-config`, 'data:'];
  for (let i = r.int(5, 40); i > 0; i--) lines.push(`  ${r.pick(PLAIN_ENV).toLowerCase()}_${i}: "${r.id(12)}"`);
  return lines.join('\n');
}

/** Committed values repeat (the same dev password copied around): a small pool, like real repositories. */
const LITERALS = Array.from({ length: 24 }, (_, i) => `dev-${i}-${'k3yb0und'.repeat(2)}${i * 7919}`);

function secretObject(r, service) {
  return [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${service}-secrets`,
    'type: Opaque',
    'stringData:',
    `  db-password: ${r.pick(LITERALS)}`,
  ].join('\n');
}

function rbac(service) {
  return [
    'apiVersion: v1',
    'kind: ServiceAccount',
    'metadata:',
    `  name: ${service}`,
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: Role',
    'metadata:',
    `  name: ${service}-reader`,
    'rules:',
    '  - apiGroups: [""]',
    '    resources: [configmaps]',
    '    verbs: [get, list, watch]',
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: RoleBinding',
    'metadata:',
    `  name: ${service}-reader`,
    'roleRef:',
    '  apiGroup: rbac.authorization.k8s.io',
    '  kind: Role',
    `  name: ${service}-reader`,
    'subjects:',
    `  - kind: ServiceAccount`,
    `    name: ${service}`,
  ].join('\n');
}

function manifest(r, service) {
  const roll = r.next();
  if (roll < 0.35) return deployment(r, service, r.chance(0.3)) + '\n';
  if (roll < 0.55) return service_(r, service) + '\n';
  if (roll < 0.75) return configMap(r, service) + '\n';
  if (roll < 0.77) return secretObject(r, service) + '\n';
  if (roll < 0.85) return rbac(service) + '\n';
  return [deployment(r, service, r.chance(0.3)), service_(r, service), configMap(r, service)].join('\n---\n') + '\n';
}

function kustomization(resources, namespace) {
  const lines = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization'];
  if (namespace) lines.push(`namespace: ${namespace}`);
  lines.push('resources:', ...resources.map((res) => `  - ${res}`));
  return lines.join('\n') + '\n';
}

function compose(r, service) {
  const lines = ['services:'];
  for (let i = r.int(2, 5); i > 0; i--) {
    const name = `${service}-${i}`;
    lines.push(
      `  ${name}:`,
      `    image: example/${name}:latest`,
      '    ports:',
      `      - "${r.int(3000, 9000)}:80"`,
      '    environment:',
      `      LOG_LEVEL: info`,
      `      ${r.pick(PROVIDER_KEYS)}: \${${r.pick(PROVIDER_KEYS)}}`,
      '    env_file: .env',
      '    depends_on: [db]',
    );
  }
  lines.push('  db:', '    image: postgres:16', '    environment:', '      POSTGRES_PASSWORD: ${DB_PASSWORD}');
  return lines.join('\n') + '\n';
}

function dotenv(r) {
  const lines = [`# ${sentence(r, 5)}`];
  for (let i = r.int(3, 12); i > 0; i--) {
    lines.push(r.chance(0.2) ? `${r.pick(PROVIDER_KEYS)}=${r.pick(LITERALS)}` : `${r.pick(PLAIN_ENV)}=${r.id(6)}`);
  }
  return lines.join('\n') + '\n';
}

function chart(service) {
  return `apiVersion: v2\nname: ${service}\nversion: 1.2.3\nappVersion: "4.5.6"\ndescription: ${service} chart\n`;
}

function values(r, service, env) {
  const lines = [
    `replicaCount: ${r.int(1, 5)}`,
    'image:',
    `  repository: ghcr.io/example/${service}`,
    `  tag: "${r.int(1, 9)}.${r.int(0, 20)}"`,
    'service:',
    '  type: ClusterIP',
    '  port: 80',
    'resources:',
    '  limits: { cpu: 500m, memory: 256Mi }',
    'ingress:',
    `  enabled: ${env === 'production'}`,
    `  host: ${service}.${env}.example.com`,
  ];
  if (r.chance(0.4)) lines.push('stripe:', `  existingSecret: ${service}-stripe`, '  apiKeyRef: api-key');
  if (r.chance(0.03)) lines.push('sendgrid:', `  apiKey: ${r.pick(LITERALS)}`);
  for (let i = r.int(5, 40); i > 0; i--)
    lines.push(`feature${i}:`, `  enabled: ${r.chance(0.5)}`, `  # ${sentence(r, 6)}`);
  return lines.join('\n') + '\n';
}

function template(service) {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "chart.fullname" . }}',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${service}`,
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '',
  ].join('\n');
}

function sourceFile(r) {
  const lines = [`// ${sentence(r, 8)}`, `export function f${r.id(6)}(x: number): number {`];
  for (let i = r.int(5, 60); i > 0; i--) lines.push(`  x = x * ${r.int(2, 9)} + ${r.int(0, 99)}; // ${sentence(r, 3)}`);
  lines.push('  return x;', '}');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------
// Large files: CRDs (one huge document, no uses) and rendered charts / operator bundles (many documents)

function schemaProperties(r, depth, indent, budget) {
  const pad = ' '.repeat(indent);
  const out = [];
  const count = r.int(3, 8);
  for (let i = 0; i < count && budget.left > 0; i++) {
    // Real CRDs talk about secrets in their descriptions (cert-manager, external-secrets...).
    const name = r.chance(0.05) ? r.pick(['secretName', 'secretRef', 'tokenSecretRef']) : `${r.pick(WORDS)}${r.id(4)}`;
    out.push(`${pad}${name}:`, `${pad}  description: ${sentence(r, r.int(8, 30))}`);
    budget.left -= 200;
    if (depth < 6 && r.chance(0.45)) {
      out.push(`${pad}  type: object`, `${pad}  properties:`);
      out.push(...schemaProperties(r, depth + 1, indent + 4, budget));
    } else if (r.chance(0.2)) {
      out.push(`${pad}  type: array`, `${pad}  items:`, `${pad}    type: string`, `${pad}    enum: [a, b, c]`);
    } else {
      out.push(`${pad}  type: ${r.pick(['string', 'integer', 'boolean'])}`);
      if (r.chance(0.3)) out.push(`${pad}  format: ${r.pick(['int32', 'date-time', 'byte'])}`);
    }
  }
  return out;
}

function crd(r, bytes) {
  const group = `${r.id(6)}.example.io`;
  const kind = `Widget${r.id(4)}`;
  const lines = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    `  name: ${kind.toLowerCase()}s.${group}`,
    '  annotations:',
    '    controller-gen.kubebuilder.io/version: v0.14.0',
    'spec:',
    `  group: ${group}`,
    '  names:',
    `    kind: ${kind}`,
    `    plural: ${kind.toLowerCase()}s`,
    '  scope: Namespaced',
    '  versions:',
  ];
  let version = 1;
  let size = 0;
  while (size < bytes) {
    const budget = { left: Math.min(bytes - size, 120_000) };
    const block = [
      `    - name: v${version++}`,
      '      served: true',
      '      storage: false',
      '      schema:',
      '        openAPIV3Schema:',
      '          type: object',
      '          properties:',
    ];
    while (budget.left > 0) block.push(...schemaProperties(r, 0, 12, budget));
    const text = block.join('\n');
    size += text.length;
    lines.push(text);
  }
  return lines.join('\n') + '\n';
}

function renderedChart(r, bytes) {
  const docs = [];
  let size = 0;
  while (size < bytes) {
    const service = `${r.pick(SERVICES)}-${r.pick(['core', 'edge', 'batch', 'api'])}`;
    const roll = r.next();
    let doc;
    if (roll < 0.25) doc = deployment(r, service, r.chance(0.05));
    else if (roll < 0.45) doc = service_(r, service);
    else if (roll < 0.6) doc = configMap(r, service);
    else if (roll < 0.62) doc = rbac(service);
    else {
      // A dashboard or rules ConfigMap: large, no uses (Prometheus rules, Grafana JSON).
      const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${service}-dashboards`, 'data:'];
      lines.push('  dashboard.json: |');
      for (let i = r.int(100, 400); i > 0; i--)
        lines.push(`    {"panel": "${r.id(8)}", "expr": "rate(${r.pick(WORDS)}[5m])"},`);
      doc = lines.join('\n');
    }
    size += doc.length;
    docs.push(doc);
  }
  return '# Source: rendered by helm template\n' + docs.join('\n---\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------

/**
 * Writes a repository of about `files` files to `dir` (made empty first). Returns the counts by kind
 * and the total bytes.
 */
export function generateRepo(dir, files, seed = 7) {
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed * 1_000_003 + files);
  const stats = { files: 0, bytes: 0, bigBytes: 0, kinds: {} };
  const write = (path, text, kind) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
    stats.kinds[kind] = (stats.kinds[kind] ?? 0) + 1;
    if (kind === 'big') stats.bigBytes += Buffer.byteLength(text);
  };
  write('.github/workflows/reusable-deploy.yml', reusableWorkflow(), 'workflow');
  // A monorepo of "apps", each a bundle of the kinds of files real repositories hold.
  let app = 0;
  while (stats.files < files) {
    // Services and teams repeat across the tree (one key is used in many files), paths do not.
    const service = `${r.pick(SERVICES)}-${r.pick(['core', 'edge', 'batch', 'api'])}`;
    const base = `apps/${service}/${app}`;
    const roll = r.next();
    if (roll < 0.04) {
      write(`.github/workflows/${service}-${r.pick(ENVS)}-${app}.yml`, workflow(r, service, app), 'workflow');
    } else if (roll < 0.38) {
      // kustomize: a base with manifests, overlays per environment
      const resources = [];
      for (let i = r.int(2, 6); i > 0; i--) {
        const name = `${r.pick(['deployment', 'service', 'configmap', 'rbac', 'secret', 'cronjob'])}-${i}.yaml`;
        resources.push(name);
        write(`${base}/k8s/base/${name}`, manifest(r, service), 'k8s');
      }
      write(`${base}/k8s/base/kustomization.yaml`, kustomization(resources), 'kustomize');
      for (const env of ENVS) {
        write(
          `${base}/k8s/overlays/${env}/kustomization.yaml`,
          kustomization(['../../base'], `${service}-${env}`),
          'kustomize',
        );
        if (r.chance(0.5))
          write(`${base}/k8s/overlays/${env}/patch.yaml`, deployment(r, service, r.chance(0.3)) + '\n', 'k8s');
      }
    } else if (roll < 0.62) {
      write(`${base}/chart/Chart.yaml`, chart(service), 'helm');
      write(`${base}/chart/values.yaml`, values(r, service, 'development'), 'helm');
      for (const env of ['production', 'staging'])
        write(`${base}/chart/values-${env}.yaml`, values(r, service, env), 'helm');
      for (let i = r.int(1, 4); i > 0; i--) write(`${base}/chart/templates/t${i}.yaml`, template(service), 'helm');
    } else if (roll < 0.68) {
      write(`${base}/docker-compose.yml`, compose(r, service), 'compose');
    } else if (roll < 0.73) {
      write(`${base}/.env.${r.pick(ENVS)}`, dotenv(r), 'dotenv');
    } else if (roll < 0.765) {
      // ~1.2% of files, ~70% of bytes: CRDs and rendered charts of 150 KB to 1.5 MB
      const bytes = Math.round(150_000 * Math.pow(10, r.next()));
      const text = r.chance(0.5) ? crd(r, bytes) : renderedChart(r, bytes);
      write(`${base}/deploy/${r.chance(0.5) ? 'crds' : 'rendered'}/${service}.yaml`, text, 'big');
    } else {
      write(`${base}/src/${r.id(8)}.ts`, sourceFile(r), 'source');
    }
    app++;
  }
  return stats;
}

/** A cached tree for (files, seed) under `root`: regenerated only when missing or stale. */
export function cachedRepo(root, files, seed = 7) {
  const dir = join(root, `repo-${files}-s${seed}-v${GENERATOR_VERSION}`);
  const stamp = join(dir, '.bench-stats.json');
  if (existsSync(stamp)) return { dir, stats: JSON.parse(readFileSync(stamp, 'utf8')), cached: true };
  const stats = generateRepo(dir, files, seed);
  writeFileSync(stamp, JSON.stringify(stats));
  return { dir, stats, cached: false };
}
