// Issue 7: large manifests are read document by document and only documents that can hold uses are
// parsed. Both sides of the prefilter (what it keeps, what it skips), exact locations after skipped
// documents, parse errors kept where they matter, and parseYaml's own contract for `wantDocument`.

import { describe, expect, it } from 'vitest';
import { parseYaml, position } from '../../src/core/yaml.js';
import { kubernetesExtractor, LARGE_MANIFEST_CHARS, mayHoldUses } from '../../src/discovery/kubernetes.js';
import { rows, run } from '../fixtures/manifests/helpers.js';

const extract = (text: string, path = 'deploy/bundle.yaml') => run(kubernetesExtractor, path, text);

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
    ['a Service', SERVICE],
    ['a Deployment with plain env only', 'kind: Deployment\nspec:\n  env:\n    - name: LOG_LEVEL\n      value: info\n'],
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
    ['a word split by an escaped line break', 'kind: Pod\nx: "sec\\\nretKeyRef"\n'],
    ['two root kinds (a duplicate key must still be reported)', 'kind: ConfigMap\nkind: Secret\n'],
    ['a ConfigMap kind that is not at the root', 'kind: Pod\nspec:\n  kind: ConfigMap\n  token: x\n'],
  ])('keeps %s', (_, source) => {
    expect(mayHoldUses(source)).toBe(true);
  });
});

describe('kubernetes: large files are parsed document by document', () => {
  const crd = bigCrd(LARGE_MANIFEST_CHARS + 1000);
  const crdLines = crd.split('\n').length - 1;

  it('finds uses after skipped documents at their exact lines', () => {
    const text = `${crd}---\n${SERVICE}---\n${DEPLOYMENT}`;
    expect(text.length).toBeGreaterThanOrEqual(LARGE_MANIFEST_CHARS);
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

  it('does not parse a broken document that cannot hold uses (a small file still reports it)', () => {
    const broken = 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: x\n';
    expect(extract(`${crd}---\n${broken}`).diagnostics ?? []).toEqual([]);
    expect(extract(broken).diagnostics?.map((d) => d.kind)).toEqual(['parse-error']);
  });

  it('a small file is parsed whole, whatever it holds', () => {
    const text = `${bigCrd(2000)}---\n${SERVICE}`;
    expect(text.length).toBeLessThan(LARGE_MANIFEST_CHARS);
    expect(extract(`${text}---\nkind: Service\nkind: Service\n`).diagnostics?.map((d) => d.kind)).toEqual([
      'parse-error',
    ]);
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
