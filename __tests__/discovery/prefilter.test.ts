// Issue 15 ("parse less"): keybound is not a YAML linter. A manifest document whose text cannot hold
// anything keybound reads is not parsed, whatever the file's size, so its syntax errors are not reported;
// documents that may hold uses are parsed and reported exactly as before. Both sides of each extractor's
// textual test (what it keeps, what it skips), exact locations after skipped documents, parse errors kept
// where they matter, and parseYaml's own contract for `wantDocument`.

import { describe, expect, it } from 'vitest';
import { parseYaml, position } from '../../src/core/yaml.js';
import { composeExtractor, mayHoldVariables } from '../../src/discovery/compose.js';
import { compositeActionExtractor, mayReadInputs } from '../../src/discovery/composite-action.js';
import { helmValuesExtractor } from '../../src/discovery/helm-values.js';
import { kubernetesExtractor, mayHoldUses } from '../../src/discovery/kubernetes.js';
import { mayNameCredential } from '../../src/discovery/manifest-names.js';
import { rows, run } from '../fixtures/manifests/helpers.js';

const extract = (text: string, path = 'deploy/bundle.yaml') => run(kubernetesExtractor, path, text);
/** Each diagnostic as `kind line:column message`. */
const diagnostics = (part: { diagnostics?: { kind: string; line?: number; column?: number; message: string }[] }) =>
  (part.diagnostics ?? []).map((d) => `${d.kind} ${d.line}:${d.column} ${d.message}`);

/** A CRD of about `chars` characters whose schema talks about secrets, as cert-manager's does. */
function bigCrd(chars: number): string {
  const head = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: widgets.example.io',
    'spec:',
    '  group: example.io',
    '  names:',
    '    kind: Widget',
    '  versions:',
    '    - name: v1',
    '      schema:',
    '        openAPIV3Schema:',
    '          properties:',
  ];
  const lines = [...head];
  for (let i = 0; lines.join('\n').length < chars; i++) {
    lines.push(`            field${i}:`, `              description: the secretName of the token to use (${i})`);
    lines.push('              type: string');
  }
  return lines.join('\n') + '\n';
}

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n';
const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          env:',
  '            - name: STRIPE_KEY',
  '              valueFrom:',
  '                secretKeyRef:',
  '                  name: stripe',
  '                  key: secret-key',
  '',
].join('\n');

describe('mayHoldUses: documents that cannot yield anything are skipped', () => {
  it.each([
    ['a CRD, whatever its schema says', bigCrd(2000)],
    [
      'a quoted CRD kind with a comment',
      'apiVersion: v1\nkind: "CustomResourceDefinition" # generated\nx: secretRef\n',
    ],
    ['a ConfigMap holding a token', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  token: abc\n'],
    [
      'a ConfigMap after a marker and comments',
      '--- # app\n# settings\napiVersion: v1\nkind: ConfigMap\ndata:\n  password: x\n',
    ],
    ['a Service', SERVICE],
    ['a Deployment with plain env only', 'kind: Deployment\nspec:\n  env:\n    - name: LOG_LEVEL\n      value: info\n'],
    ['a pod spec naming its service account in lower case', 'kind: Pod\nspec:\n  serviceAccount: ""\n'],
    ['escapes that spell no word', 'kind: Service\nx: "\\x41\\u00e9 \\\n  b" # C:\\users\n'],
    ['a CRD whose descriptions hold escapes', 'kind: CustomResourceDefinition\nx: "\\x73ecret \\u0041 \\\n  token"\n'],
    ['comments only', '# nothing here\n'],
  ])('skips %s', (_, source) => {
    expect(mayHoldUses(source)).toBe(false);
  });

  it.each([
    ['a secretKeyRef', DEPLOYMENT],
    ['an envFrom secretRef', 'kind: Pod\nspec:\n  containers:\n    - envFrom:\n        - secretRef: {name: s}\n'],
    ['a secret volume', 'kind: Pod\nspec:\n  volumes:\n    - secret:\n        secretName: s\n'],
    ['a Secret', 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: YWRtaW4=}\n'],
    ['a Role', 'kind: Role\nrules: []\n'],
    ['a ClusterRoleBinding', 'kind: ClusterRoleBinding\nroleRef: {kind: ClusterRole, name: admin}\n'],
    ['a ServiceAccount', 'kind: ServiceAccount\nmetadata: {name: bot}\n'],
    ['a credential-named env value', 'kind: Pod\nspec:\n  env:\n    - name: DB_PASSWORD\n      value: x\n'],
    ['a List of Secrets', 'kind: List\nitems:\n  - kind: Secret\n    metadata: {name: s}\n'],
    ['a word spelled with an escape', 'kind: Pod\nspec:\n  "\\x73ecretKeyRef": {}\n'],
    ['a word spelled with a \\u escape', 'kind: Pod\nspec:\n  "\\u0073ecretKeyRef": {}\n'],
    ['a word split by an escaped line break', 'kind: Pod\nx: "sec\\\nretKeyRef"\n'],
    ['a word split by an escaped line break and indented', 'kind: Pod\nx: "sec\\\r\n    \\x72etKeyRef"\n'],
    ['a word spelled with a \\U escape', 'kind: Pod\nx: "\\U00000052ole"\n'],
    ['an escaped backslash before an escape', 'kind: Pod\nx: "\\\\\\x73ecret"\n'],
    ['two root kinds (a duplicate key must still be reported)', 'kind: ConfigMap\nkind: Secret\n'],
    ['a ConfigMap kind that is not at the root', 'kind: Pod\nspec:\n  kind: ConfigMap\n  token: x\n'],
    ['a quoted root kind beside a ConfigMap line', '"kind": Secret\nkind: ConfigMap\nstringData: {token: x}\n'],
    ['an explicit root kind key beside a ConfigMap line', '? kind\n: Secret\nkind: ConfigMap\n'],
    [
      'a flow root whose line at column 0 reads kind: ConfigMap',
      '{apiVersion: v1, kind: Secret, metadata: {name: s}, stringData: {\nkind: ConfigMap\n}}\n',
    ],
    ['a ConfigMap after a marker with content', '--- !!map\nkind: ConfigMap\ndata: {token: x}\n'],
  ])('keeps %s', (_, source) => {
    expect(mayHoldUses(source)).toBe(true);
  });
});

describe('kubernetes: every manifest is parsed document by document', () => {
  const crd = bigCrd(70_000);
  const crdLines = crd.split('\n').length - 1;

  it.each([
    ['a broken Service (no credential word)', 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: x\n', []],
    ['a broken ConfigMap holding a token', 'apiVersion: v1\nkind: ConfigMap\ndata:\n\ttoken: x\n', []],
    ['a Service with a duplicate key', 'apiVersion: v1\nkind: Service\nspec:\n  a: 1\n  a: 2\n', []],
    [
      'a broken Deployment with a secretKeyRef',
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  valueFrom:\n    secretKeyRef: {name: s}\n\tkey: k\n',
      ['parse-error 6:1 k8s/app.yaml: Tabs are not allowed as indentation'],
    ],
    [
      'a broken Secret',
      'apiVersion: v1\nkind: Secret\nmetadata:\n\tname: s\n',
      ['parse-error 4:1 k8s/app.yaml: Tabs are not allowed as indentation'],
    ],
    [
      'a Role with a duplicate key',
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\n  name: q\n',
      ['parse-error 5:3 k8s/app.yaml: Map keys must be unique'],
    ],
    [
      'a broken Pod with a credential-named variable',
      'apiVersion: v1\nkind: Pod\nspec:\n  env:\n    - name: API_TOKEN\n\tvalue: x\n',
      ['parse-error 6:1 k8s/app.yaml: Tabs are not allowed as indentation'],
    ],
    [
      'a broken Service whose escape spells a word',
      'apiVersion: v1\nkind: Service\nx: "\\x73ecret"\nmetadata:\n\tname: x\n',
      ['parse-error 5:1 k8s/app.yaml: Tabs are not allowed as indentation'],
    ],
    [
      'a broken Service whose escape spells no word',
      'apiVersion: v1\nkind: Service\nx: "\\x41"\nmetadata:\n\tname: x\n',
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(diagnostics(extract(text, 'k8s/app.yaml'))).toEqual(want);
  });

  it('a file mixing both: the inert broken document is skipped, the other one reported at its line', () => {
    const inert = 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: x\n';
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  name: t\n';
    expect(diagnostics(extract(`${inert}---\n${secret}`, 'k8s/app.yaml'))).toEqual([
      'parse-error 10:3 k8s/app.yaml: Map keys must be unique',
    ]);
    expect(diagnostics(extract(`${inert}---\n${DEPLOYMENT}`, 'k8s/app.yaml'))).toEqual([]);
    expect(rows(extract(`${inert}---\n${DEPLOYMENT}`))).toEqual([
      { name: 'stripe/secret-key', at: '18:17-20:34', via: 'secretKeyRef', resource: 'Deployment/web' },
    ]);
  });

  it('finds uses after skipped documents at their exact lines', () => {
    const text = `${crd}---\n${SERVICE}---\n${DEPLOYMENT}`;
    const line = crdLines + 1 + SERVICE.split('\n').length + 13;
    expect(rows(extract(text))).toEqual([
      {
        name: 'stripe/secret-key',
        at: `${line}:17-${line + 2}:34`,
        via: 'secretKeyRef',
        resource: 'Deployment/web',
      },
    ]);
    expect(extract(text).diagnostics ?? []).toEqual([]);
  });

  it('gives the same uses as parsing the file whole', () => {
    const text = `${crd}---\n${DEPLOYMENT}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  token: abcdef\n`;
    const small = `${DEPLOYMENT}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  token: abcdef\n`;
    const shift = crdLines + 1;
    const shifted = rows(extract(small)).map((row) => ({
      ...row,
      at: row.at.replace(/(\d+):(\d+)-(\d+):(\d+)/, (_, a, b, c, d) => `${+a + shift}:${b}-${+c + shift}:${d}`),
    }));
    expect(rows(extract(text))).toEqual(shifted);
  });

  it('reports a broken document that can hold uses, at its line in the whole file', () => {
    const text = `${crd}---\napiVersion: v1\nkind: Secret\nmetadata:\n\tname: s\n`;
    expect(extract(text).diagnostics?.map((d) => [d.kind, d.line])).toEqual([['parse-error', crdLines + 5]]);
  });
});

describe('helm values: documents without a credential-named key are not parsed', () => {
  const values = (text: string) => run(helmValuesExtractor, 'chart/values.yaml', text);

  it.each([
    ['a plain key', 'replicas: 2\n', false],
    ['a credential key', 'db:\n  password: x\n', true],
    ['an existing Secret', 'existingSecret: s\n', true],
    ['an env entry', 'extraEnv:\n  - name: API_TOKEN\n    value: x\n', true],
    ['an escape that spells one', 'a: "\\x70assword"\n', true],
    ['an escape that spells none', 'a: "\\x41"\n', false],
  ])('mayNameCredential: %s', (_, source, want) => {
    expect(mayNameCredential(source)).toBe(want);
  });

  it.each([
    ['broken, no credential word', 'image:\n\ttag: 1\n', []],
    [
      'broken, with a password',
      'db:\n  password: x\n\tport: 1\n',
      ['parse-error 3:1 chart/values.yaml: Tabs are not allowed as indentation'],
    ],
    [
      'two documents, only the one with a credential reported',
      'image:\n\ttag: 1\n---\ntoken: a\ntoken: b\n',
      ['parse-error 5:1 chart/values.yaml: Map keys must be unique'],
    ],
  ])('%s', (_, text, want) => {
    expect(diagnostics(values(text))).toEqual(want);
  });
});

describe('compose: a file without environment, secrets, env_file or $ is not parsed', () => {
  const compose = (text: string) => run(composeExtractor, 'docker-compose.yml', text);

  it.each([
    ['services with images and ports only', 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n', false],
    ['an environment', 'services:\n  web:\n    environment: [A=1]\n', true],
    ['top-level secrets', 'secrets:\n  s: {file: ./s}\n', true],
    ['an env_file', 'services:\n  web:\n    env_file: app.env\n', true],
    ['an interpolation', 'services:\n  web:\n    image: "nginx:${TAG}"\n', true],
    ['an escape', 'services:\n  web:\n    image: "\\x24TAG"\n', true],
  ])('mayHoldVariables: %s', (_, text, want) => {
    expect(mayHoldVariables(text)).toBe(want);
  });

  it.each([
    ['broken, nothing compose gives', 'services:\n  web:\n\timage: nginx\n', []],
    [
      'broken, with an environment',
      'services:\n  web:\n    environment:\n\t  A: 1\n',
      ['parse-error 4:1 docker-compose.yml: Tabs are not allowed as indentation'],
    ],
  ])('%s', (_, text, want) => {
    expect(diagnostics(compose(text))).toEqual(want);
  });
});

describe('composite actions: only composite actions that read inputs are parsed', () => {
  const action = (text: string) => run(compositeActionExtractor, 'ci/setup/action.yml', text);

  it.each([
    ['a node action', 'name: x\ninputs:\n  token: {}\nruns:\n  using: node20\n  main: index.js\n', false],
    ['a composite action reading no input', 'runs:\n  using: composite\n  steps:\n    - run: make\n', false],
    [
      'a composite action reading an input',
      'runs:\n  using: Composite\n  steps:\n    - run: echo ${{ inputs.a }}\n',
      true,
    ],
    [
      'an escape that spells composite',
      'runs:\n  using: "\\x63omposite"\n  steps:\n    - run: echo ${{ inputs.a }}\n',
      true,
    ],
  ])('mayReadInputs: %s', (_, text, want) => {
    expect(mayReadInputs(text)).toBe(want);
  });

  it.each([
    ['a broken node action', 'inputs:\n  token: {}\nruns:\n\tusing: node20\n', []],
    [
      'a broken composite action reading an input',
      'runs:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.a }}\n\t- run: x\n',
      ['parse-error 5:1 ci/setup/action.yml: Tabs are not allowed as indentation'],
    ],
  ])('%s', (_, text, want) => {
    expect(diagnostics(action(text))).toEqual(want);
  });
});

describe('parseYaml wantDocument', () => {
  const text = 'a: 1\n---\nskip: me\n---\nb: 2\n...\n---\nc: [3\n';

  it('parses only the wanted documents, with ranges and errors in whole-text offsets', () => {
    const parsed = parseYaml(text, { wantDocument: (source) => !source.includes('skip') });
    expect(parsed.docs.map((doc) => doc.toJS())).toEqual([{ a: 1 }, { b: 2 }, { c: [3] }]);
    const b = parsed.docs[1].contents as { items: { key: { range: number[] } }[] };
    expect(position(parsed.lineCounter, b.items[0].key.range[0])).toEqual([5, 1]);
    expect(parsed.problems).toEqual(parseYaml(text).problems);
    expect(parsed.problems[0]).toMatchObject({ line: 9 });
  });

  it('parses everything when every document is wanted, or the stream has directives', () => {
    expect(parseYaml(text, { wantDocument: () => true }).docs).toHaveLength(4);
    const directives = `%YAML 1.2\n---\nskip: me\n---\nb: 2\n`;
    expect(parseYaml(directives, { wantDocument: (s) => !s.includes('skip') }).docs).toHaveLength(2);
  });
});
