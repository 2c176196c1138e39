// kubernetes extractor: exact names, locations, namespaces and literals for every pod-bearing kind,
// Secrets, RBAC objects, templates and hostile input (never a throw, never a value in a message).

import { describe, expect, it } from 'vitest';
import { decodeBase64, isHelmTemplate, kubernetesExtractor } from '../../src/discovery/kubernetes.js';
import { fixture, HOSTILE, rows, run, type Row } from '../fixtures/manifests/helpers.js';

const extract = (text: string, path = 'deploy/app.yaml') => run(kubernetesExtractor, path, text);

/** A pod spec wrapped in each pod-bearing kind, so one table covers them all. */
function wrap(kind: string, pod: string): string {
  const indent = (text: string, n: number) => text.replace(/^/gm, ' '.repeat(n));
  const head = `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: app\n  namespace: prod\n`;
  if (kind === 'Pod') return `${head}spec:\n${indent(pod, 2)}`;
  if (kind === 'CronJob')
    return `${head}spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(pod, 10)}`;
  return `${head}spec:\n  template:\n    spec:\n${indent(pod, 6)}`;
}

const POD = `containers:
  - name: app
    env:
      - name: TOKEN
        valueFrom:
          secretKeyRef:
            name: creds
            key: API_TOKEN
`;
// Line of `secretKeyRef:` and its column inside the pod text, shifted per wrapper below.
const POD_KINDS: [string, number, number][] = [
  ['Pod', 12, 13],
  ['Deployment', 14, 17],
  ['StatefulSet', 14, 17],
  ['DaemonSet', 14, 17],
  ['ReplicaSet', 14, 17],
  ['Job', 14, 17],
  ['ReplicationController', 14, 17],
  ['CronJob', 16, 21],
];

describe('kubernetes: pod-bearing kinds', () => {
  it.each(POD_KINDS)('%s: secretKeyRef at its exact place', (kind, line, column) => {
    expect(rows(extract(wrap(kind, POD)))).toEqual([
      {
        name: 'creds/API_TOKEN',
        at: `${line}:${column}-${line + 2}:${column + 16}`,
        ns: 'prod',
        via: 'secretKeyRef',
        resource: `${kind}/app`,
      },
    ]);
  });
});

const CASES: { name: string; text: string; want: Row[] }[] = [
  {
    name: 'initContainers, envFrom, volumes with items, projected sources',
    text: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
    - name: init
      envFrom:
        - secretRef: {name: init-env}
        - configMapRef: {name: not-a-secret}
  containers:
    - name: app
  volumes:
    - name: a
      secret:
        secretName: whole
    - name: b
      secret:
        secretName: picked
        items:
          - key: tls.crt
            path: tls.crt
          - key: tls.key
            path: tls.key
    - name: c
      projected:
        sources:
          - secret:
              name: proj
          - configMap:
              name: cm
`,
    want: [
      { name: 'init-env', at: '8:11-8:38', via: 'envFrom', resource: 'Pod/p' },
      { name: 'whole', at: '14:7-15:26', via: 'volume', resource: 'Pod/p' },
      { name: 'picked/tls.crt', at: '20:13-20:25', via: 'volume', resource: 'Pod/p' },
      { name: 'picked/tls.key', at: '22:13-22:25', via: 'volume', resource: 'Pod/p' },
      { name: 'proj', at: '27:13-28:25', via: 'projected', resource: 'Pod/p' },
    ],
  },
  {
    name: 'credential-named plain env values are literals; others are not uses',
    text: `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - name: web
          env:
            - name: LOG_LEVEL
              value: debug
            - name: GITHUB_TOKEN
              value: "ghp_notreal"
            - name: TOKEN_FILE
              value: /var/run/token
            - name: DB_PASSWORD
              value: ""
`,
    want: [{ name: 'GITHUB_TOKEN', at: '12:15-13:35', via: 'env', resource: 'Deployment/web', literal: 'ghp_notreal' }],
  },
  {
    name: 'Secret data (base64) and stringData, undecodable and empty entries',
    text: `apiVersion: v1
kind: Secret
metadata:
  name: creds
  namespace: staging
data:
  user: YWRtaW4=
  wrapped: |
    c2stbGl2ZS1
    2YWx1ZQ==
  binary: /u3+7Q==
  notbase64: "%%%"
  empty: ""
stringData:
  token: plain-value
  port: 5432
`,
    want: [
      { name: 'creds/user', at: '7:3-7:17', ns: 'staging', via: 'data', resource: 'Secret/creds', literal: 'admin' },
      {
        name: 'creds/wrapped',
        at: '8:3-10:14',
        ns: 'staging',
        via: 'data',
        resource: 'Secret/creds',
        literal: 'sk-live-value',
      },
      { name: 'creds/empty', at: '13:3-13:12', ns: 'staging', via: 'data', resource: 'Secret/creds' },
      {
        name: 'creds/token',
        at: '15:3-15:21',
        ns: 'staging',
        via: 'stringData',
        resource: 'Secret/creds',
        literal: 'plain-value',
      },
      {
        name: 'creds/port',
        at: '16:3-16:13',
        ns: 'staging',
        via: 'stringData',
        resource: 'Secret/creds',
        literal: '5432',
      },
    ],
  },
  {
    name: 'a Secret without a name, a SealedSecret and a non-v1 Secret give nothing',
    text: `apiVersion: v1
kind: Secret
stringData: {a: b}
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: {name: s}
spec:
  encryptedData: {token: AgBy8hCi}
`,
    want: [],
  },
  {
    name: 'documents without apiVersion or kind are ignored silently',
    text: `kind: Pod\nspec: {containers: [{envFrom: [{secretRef: {name: a}}]}]}\n---\napiVersion: v1\nspec: {containers: [{envFrom: [{secretRef: {name: b}}]}]}\n---\n`,
    want: [],
  },
  {
    name: 'aliases are followed; the location is where the text stands',
    text: `x-env: &env
  - name: K
    valueFrom: {secretKeyRef: {name: shared, key: K}}
---
apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
    - name: a
      env:
        - name: K
          valueFrom: &ref {secretKeyRef: {name: anchored, key: K}}
    - name: b
      env:
        - name: K2
          valueFrom: *ref
`,
    want: [
      { name: 'anchored/K', at: '13:28-13:66', via: 'secretKeyRef', resource: 'Pod/a' },
      { name: 'anchored/K', at: '13:28-13:66', via: 'secretKeyRef', resource: 'Pod/a' },
    ],
  },
  {
    name: 'a quoted `{{` value that parses is read normally outside templates/',
    text: `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  token: "{{ .Values.token }}"\n`,
    want: [
      { name: 's/token', at: '5:3-5:31', via: 'stringData', resource: 'Secret/s', literal: '{{ .Values.token }}' },
    ],
  },
];

describe('kubernetes: cases', () => {
  it.each(CASES)('$name', ({ text, want }) => {
    expect(rows(extract(text))).toEqual(want);
  });
});

describe('kubernetes: fixtures', () => {
  it('kustomize base deployment', () => {
    const part = run(kubernetesExtractor, 'kustomize/base/deployment.yaml', fixture('kustomize/base/deployment.yaml'));
    expect(rows(part)).toEqual([
      { name: 'onboarding-db', at: '22:15-23:36', via: 'envFrom', resource: 'Deployment/onboarding' },
      {
        name: 'onboarding-credentials/API_TOKEN',
        at: '30:17-32:33',
        via: 'secretKeyRef',
        resource: 'Deployment/onboarding',
      },
      { name: 'onboarding-tls', at: '40:11-41:39', via: 'volume', resource: 'Deployment/onboarding' },
    ]);
    expect(part.diagnostics).toEqual([]);
  });

  it('a Secret with stringData holding a fake live key', () => {
    const part = run(kubernetesExtractor, 'k8s/payments-secret.yaml', fixture('k8s/payments-secret.yaml'));
    const common = { ns: 'payments-prod', resource: 'Secret/payments-credentials' };
    expect(rows(part).map(({ literal, ...rest }) => ({ ...rest, hasLiteral: literal !== undefined }))).toEqual([
      { name: 'payments-credentials/DB_PASSWORD', at: '12:3-12:40', ...common, via: 'data', hasLiteral: true },
      { name: 'payments-credentials/STRIPE_KEY', at: '9:3-9:61', ...common, via: 'stringData', hasLiteral: true },
      { name: 'payments-credentials/WEBHOOK_URL', at: '10:3-10:55', ...common, via: 'stringData', hasLiteral: true },
    ]);
    expect(part.uses?.[1].literal?.reveal().startsWith('sk_live_')).toBe(true);
  });

  it('CronJob, projected items and a kubectl List', () => {
    expect(rows(run(kubernetesExtractor, 'k8s/jobs.yaml', fixture('k8s/jobs.yaml')))).toEqual([
      {
        name: 'warehouse/password',
        at: '19:21-19:67',
        ns: 'reporting',
        via: 'secretKeyRef',
        resource: 'CronJob/nightly-report',
      },
      {
        name: 'SLACK_BOT_TOKEN',
        at: '20:19-21:38',
        ns: 'reporting',
        via: 'env',
        resource: 'CronJob/nightly-report',
        literal: 'xoxb-not-set',
      },
      {
        name: 'gcp-sa/key.json',
        at: '29:27-29:40',
        ns: 'reporting',
        via: 'projected',
        resource: 'CronJob/nightly-report',
      },
      { name: 'debug-env', at: '47:15-48:32', ns: 'reporting', via: 'envFrom', resource: 'Pod/debug' },
    ]);
  });

  it('a large CRD schema mentions containers and secretKeyRef but holds no uses', () => {
    const started = Date.now();
    const part = run(kubernetesExtractor, 'k8s/widgets-crd.yaml', fixture('k8s/widgets-crd.yaml'));
    expect(part.uses).toEqual([]);
    expect(part.diagnostics).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('an operator bundle CSV: the deployment inside install.spec is found', () => {
    const path = 'operator/bundle/manifests/widget-operator.clusterserviceversion.yaml';
    expect(rows(run(kubernetesExtractor, path, fixture(path)))).toEqual([
      {
        name: 'widget-registry/token',
        at: '34:27-36:39',
        ns: 'placeholder',
        via: 'secretKeyRef',
        resource: 'ClusterServiceVersion/widget-operator.v0.9.0',
      },
    ]);
  });

  it('RBAC objects of an operator bundle', () => {
    const path = 'operator/bundle/manifests/rbac.yaml';
    const { rbac } = run(kubernetesExtractor, path, fixture(path));
    const at = (l: { line: number; column: number; endLine?: number; endColumn?: number }) =>
      `${l.line}:${l.column}-${l.endLine}:${l.endColumn}`;
    expect(
      rbac?.roles?.map((r) => ({
        kind: r.kind,
        name: r.name,
        at: at(r.location),
        rules: r.rules.map((x) => ({ ...x, location: at(x.location) })),
      })),
    ).toEqual([
      {
        kind: 'ClusterRole',
        name: 'widget-manager',
        at: '4:9-4:23',
        rules: [
          {
            apiGroups: ['acme.io'],
            resources: ['widgets', 'widgets/status'],
            verbs: ['get', 'list', 'watch', 'update'],
            location: '6:5-8:46',
          },
          { apiGroups: [''], resources: ['*'], verbs: ['get'], location: '9:5-11:19' },
        ],
      },
    ]);
    expect(rbac?.bindings?.map((b) => ({ ...b, location: at(b.location) }))).toEqual([
      {
        kind: 'ClusterRoleBinding',
        name: 'widget-manager',
        roleRef: { kind: 'ClusterRole', name: 'widget-manager' },
        subjects: [{ kind: 'ServiceAccount', name: 'widget-operator', namespace: 'widget-system' }],
        location: '17:1-20:23',
      },
      {
        kind: 'RoleBinding',
        name: 'deployer-admin',
        namespace: 'widget-system',
        roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [
          { kind: 'ServiceAccount', name: 'deployer' },
          { kind: 'User', name: 'alice@example.com' },
        ],
        location: '31:1-34:22',
      },
    ]);
    expect(rbac?.serviceAccounts?.map((s) => ({ ...s, location: at(s.location) }))).toEqual([
      { name: 'widget-operator', namespace: 'widget-system', location: '44:9-44:24' },
    ]);
  });

  it('a Helm chart template is skipped with a note, not a parse error', () => {
    const path = 'helm/payments/templates/deployment.yaml';
    const part = run(kubernetesExtractor, path, fixture(path));
    expect(part.uses ?? []).toEqual([]);
    expect(part.diagnostics?.map((d) => d.kind)).toEqual(['skipped']);
    expect(part.diagnostics?.[0].message).toContain(path);
  });
});

describe('kubernetes: templates, parse errors, hostile input', () => {
  it('a `{{` manifest outside templates/ that does not parse is skipped', () => {
    const text = 'apiVersion: v1\nkind: Pod\nenv:\n  {{- toYaml .Values.env | nindent 2 }}\n  - name: API_TOKEN\n';
    const part = extract(text, 'k8s/rendered-later.yaml');
    expect(part.diagnostics?.map((d) => d.kind)).toEqual(['skipped']);
  });

  // Issue 11: YAML that is not a Kubernetes manifest is out of scope, silently, however broken.
  it.each([
    ['a Liquibase changelog', 'db/changelog.yaml', 'databaseChangeLog:\n  - changeSet:\n      id: 1\n    author: x\n'],
    [
      'an ERB database.yml',
      'config/database.yml',
      'production:\n  <<: *default\n  password: <%= ENV["DB"] %>\n  x\n: y\n',
    ],
    ['a Jinja config', 'roles/app/vars.yml', 'env:\n  {{- toYaml .Values.env | nindent 2 }}\n  - name: x\n'],
    ['notes saved as YAML', 'docs/notes.yaml', '# Notes\n\nSome text: here\n- a: b\n  c\n: d\n'],
  ])('%s is out of scope: no use, no diagnostic', (_, path, text) => {
    expect(extract(text, path)).toEqual({});
  });

  it('a broken file without `{{` is a located parse error naming the file', () => {
    const part = extract('apiVersion: v1\nkind: Secret\nmetadata:\n\tname: x\n', 'k8s/broken.yaml');
    expect(part.diagnostics?.[0]).toMatchObject({ kind: 'parse-error', file: 'k8s/broken.yaml', line: 4, column: 1 });
    expect(part.diagnostics?.[0].message).toContain('k8s/broken.yaml');
  });

  // Found scanning real repositories (see robustness.test.ts): non-YAML files saved as .yaml.
  it('a manifest that is not YAML is one parse-error, at its first problem', () => {
    const text = 'apiVersion: v1\nkind: Secret\nSome text: here\n- a: b\n  c\n: d\n{ x\n[ y\n"unterminated\n';
    const part = extract(text, 'k8s/notes.yaml');
    expect(part.diagnostics).toEqual([expect.objectContaining({ kind: 'parse-error', line: 4, column: 1 })]);
  });

  it('a parse-error never quotes the broken line (it may hold a secret value)', () => {
    for (const text of [
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  token: x\n"ghp_brokenLine0123"\n',
      'apiVersion: v1\nkind: Secret\nstringData:\n  token: |x ghp_brokenLine0123\n    y\n',
      'apiVersion: v1\nkind: Secret\na: b\n}ghp_brokenLine0123\n',
    ]) {
      const part = extract(text, 'k8s/secret.yaml');
      expect(part.diagnostics?.map((d) => d.kind)).toEqual(['parse-error']);
      expect(JSON.stringify(part.diagnostics)).not.toContain('ghp_');
    }
  });

  // Found by robustness.test.ts: the parser's line counter skipped the line breaks inside tokens it gave
  // up on, so everything after a broken document was reported lines too high.
  it('uses after a broken document keep their real lines', () => {
    const text = [
      '---',
      '  name: broken',
      'roleRef:',
      '  kind: ClusterRole',
      'subjects:x',
      '  - kind: ServiceAccount',
      '    name: op',
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: s',
      'stringData:',
      '  token: abcdef',
      '',
    ].join('\n');
    const part = extract(text);
    expect(rows(part)).toEqual([
      { name: 's/token', at: '14:3-14:16', via: 'stringData', resource: 'Secret/s', literal: 'abcdef' },
    ]);
    expect(part.diagnostics?.map((d) => [d.kind, d.line])).toEqual([['parse-error', 3]]);
  });

  it('a Jinja (Ansible, cookiecutter) manifest that does not parse is skipped', () => {
    const text = '{% if tls %}\napiVersion: v1\nkind: Secret\n{% endif %}\n';
    expect(extract(text, 'roles/app/files/secret.yaml').diagnostics?.map((d) => d.kind)).toEqual(['skipped']);
  });

  it('a BOM and CRLF keep columns as editors show them', () => {
    const text =
      '\uFEFFapiVersion: v1\r\nkind: Secret\r\nmetadata:\r\n  name: s\r\nstringData:\r\n  password: hunter2hunter2\r\n';
    expect(rows(extract(text))).toEqual([
      { name: 's/password', at: '6:3-6:27', via: 'stringData', resource: 'Secret/s', literal: 'hunter2hunter2' },
    ]);
  });

  it.each(HOSTILE)('never throws: %s', (_, text) => {
    const part = extract(text, 'k8s/hostile.yaml');
    for (const d of part.diagnostics ?? []) {
      expect(d.file).toBe('k8s/hostile.yaml');
      expect(['parse-error', 'skipped']).toContain(d.kind);
    }
  });

  it('the billion-laughs document ends in a parse error, not a hang', () => {
    const part = extract(
      HOSTILE.find(([name]) => name === 'billion laughs')![1].replace(
        'services:',
        'apiVersion: v1\nkind: Pod\nmetadata: {name: secret-reader}\nx:',
      ),
    );
    expect(part.uses ?? []).toEqual([]);
    expect(part.diagnostics).toEqual([
      { kind: 'parse-error', file: 'deploy/app.yaml', message: 'deploy/app.yaml: too many aliases (a YAML bomb?)' },
    ]);
  });

  it.each([
    ['YWRtaW4=', 'admin'],
    ['YWRt\naW4=', 'admin'],
    ['YWRtaW4', undefined],
    ['not base64!', undefined],
    ['/u3+7Q==', undefined],
    ['', ''],
  ])('decodeBase64(%j)', (input, want) => {
    expect(decodeBase64(input)).toBe(want);
  });
});

describe('kubernetes: matches', () => {
  it.each([
    ['k8s/app.yaml', true],
    ['deploy/prod/app.yml', true],
    ['APP.YAML', true],
    ['.github/workflows/deploy.yml', false],
    ['sub/.github/dependabot.yml', false],
    ['k8s/app.json', false],
    ['notes.txt', false],
  ])('%s -> %s', (path, want) => {
    expect(kubernetesExtractor.matches(path, new Set([path]))).toBe(want);
  });

  it.each([
    ['chart/templates/deployment.yaml', 'a: {{ .Values.a }}', true],
    ['chart/templates/plain.yaml', 'a: 1', false],
    ['k8s/app.yaml', 'a: {{ .Values.a }}', false],
  ])('isHelmTemplate(%s)', (path, text, want) => {
    expect(isHelmTemplate(path, text)).toBe(want);
  });
});
