// helm-values extractor: credential keys by dotted path with literals, secret-name keys as uses of
// that Secret, the Chart.yaml sibling rule in `matches`, and hostile input.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTree } from '../../src/discovery/index.js';
import { helmValuesExtractor } from '../../src/discovery/helm-values.js';
import { fixture, HOSTILE, rows, run, type Row } from '../fixtures/manifests/helpers.js';

const extract = (text: string, path = 'chart/values.yaml') => run(helmValuesExtractor, path, text);

describe('helm-values: fixture chart', () => {
  it('values.yaml: placeholders are still uses (the rule judges them); empty and boolean values are not', () => {
    const path = 'helm/payments/values.yaml';
    expect(rows(run(helmValuesExtractor, path, fixture(path)))).toEqual([
      { name: 'stripe.webhookSecret', at: '9:3-9:26', via: 'values', literal: 'changeme' },
      { name: 'payments-stripe', at: '10:3-10:34', via: 'existingSecret' },
      { name: 'redis.auth.password', at: '21:5-21:23', via: 'values', literal: '<set-me>' },
      { name: 'FEATURE_FLAGS_TOKEN', at: '23:5-24:35', via: 'env', literal: 'ff-9QmZ4tLx2Wc7Hv5Np3Rk' },
    ]);
  });

  it('values-prod.yaml: existing secrets and a committed password', () => {
    const path = 'helm/payments/values-prod.yaml';
    expect(rows(run(helmValuesExtractor, path, fixture(path)))).toEqual([
      { name: 'payments-stripe-live', at: '3:3-3:39', via: 'existingSecret' },
      { name: 'payments-db', at: '6:5-6:32', via: 'existingSecret' },
      { name: 'postgresql.auth.password', at: '7:5-7:31', via: 'values', literal: 'Kq8#vR2!mZ5wLp9T' },
    ]);
  });
});

const CASES: { name: string; text: string; want: Row[] }[] = [
  {
    name: 'every credential word of the issue, any case, at any depth',
    text: `a:
  githubToken: t1
  CLIENT_SECRET: t2
  adminPassword: t3
  smtpPasswd: t4
  stripe:
    apiKey: t5
    api-key: t6
    api_key: t7
  accessKey: t8
  privateKey: t9
  gcpCredentials: t10
  basicAuth: t11
`,
    want: [
      ['a.githubToken', 2, 'githubToken: t1'],
      ['a.CLIENT_SECRET', 3, 'CLIENT_SECRET: t2'],
      ['a.adminPassword', 4, 'adminPassword: t3'],
      ['a.smtpPasswd', 5, 'smtpPasswd: t4'],
      ['a.stripe.apiKey', 7, '  apiKey: t5'],
      ['a.stripe.api-key', 8, '  api-key: t6'],
      ['a.stripe.api_key', 9, '  api_key: t7'],
      ['a.accessKey', 10, 'accessKey: t8'],
      ['a.privateKey', 11, 'privateKey: t9'],
      ['a.gcpCredentials', 12, 'gcpCredentials: t10'],
      ['a.basicAuth', 13, 'basicAuth: t11'],
    ].map(([name, line, text]) => {
      const column = (text as string).startsWith('  ') ? 5 : 3;
      const length = (text as string).trim().length;
      return {
        name: name as string,
        at: `${line}:${column}-${line}:${column + length}`,
        via: 'values',
        literal: (text as string).split(': ')[1],
      };
    }),
  },
  {
    name: 'keys about a credential, booleans, nulls, empty strings and maps are not uses',
    text: `auth:
  enabled: true
  tokenFile: /var/run/token
  passwordPath: /secrets/pw
  tokenUrl: https://auth.example/token
  authType: basic
  existingSecretPasswordKey: password
  secretKeys: {userPasswordKey: user-password}
  password: ""
  token: ~
  apiKey:
tokenTTL: 3600
`,
    want: [],
  },
  {
    name: 'secret-name keys name a Secret; numbers are credentials too; lists get indexes',
    text: `db:
  existingSecretName: db-creds
  secretName: tls-cert
  postgresqlExistingSecret: pg
  pin:
    password: 12345678
extraSecrets:
  - token: first-value-1
  - name: not-an-env
    value: x
`,
    want: [
      { name: 'db-creds', at: '2:3-2:31', via: 'existingSecretName' },
      { name: 'tls-cert', at: '3:3-3:23', via: 'secretName' },
      { name: 'pg', at: '4:3-4:31', via: 'postgresqlExistingSecret' },
      { name: 'db.pin.password', at: '6:5-6:23', via: 'values', literal: '12345678' },
      { name: 'extraSecrets[0].token', at: '8:5-8:25', via: 'values', literal: 'first-value-1' },
    ],
  },
  {
    name: 'merge keys expand as go-yaml does',
    text: `defaults: &d
  apiKey: from-anchor
svc:
  <<: *d
`,
    want: [
      { name: 'defaults.apiKey', at: '2:3-2:22', via: 'values', literal: 'from-anchor' },
      { name: 'svc.apiKey', at: '2:3-2:22', via: 'values', literal: 'from-anchor' },
    ],
  },
];

describe('helm-values: cases', () => {
  it.each(CASES)('$name', ({ text, want }) => {
    expect(rows(extract(text))).toEqual(want);
  });

  it.each(HOSTILE)('never throws: %s', (_, text) => {
    const part = extract(text);
    for (const d of part.diagnostics ?? []) expect(d.file).toBe('chart/values.yaml');
  });

  it('a billion-laughs values file is a parse error', () => {
    // `secrets:` makes it a document the extractor reads (one with no credential-named key is not parsed).
    const part = extract(HOSTILE.find(([name]) => name === 'billion laughs')![1].replace('spec:', 'secrets:'));
    expect(part.diagnostics?.map((d) => d.kind)).toEqual(['parse-error']);
  });
});

describe('helm-values: matches', () => {
  const tree = new Set([
    'charts/api/Chart.yaml',
    'charts/api/values.yaml',
    'Chart.yaml',
    'values.yaml',
    'other/values.yaml',
    'helm_deploy/app/Chart.yaml',
  ]);
  it.each([
    ['helm_deploy/values-prod.yaml', true],
    ['helm_deploy/app/values.yaml', true],
    ['charts/values-staging.yaml', true],
    ['helm_deploy/config/values.yaml', false],
    ['charts/api/values.yaml', true],
    ['charts/api/values-prod.yaml', true],
    ['charts/api/values.production.yml', true],
    ['values.yaml', true],
    ['other/values.yaml', false],
    ['charts/api/templates/values.yaml', false],
    ['charts/api/myvalues.yaml', false],
    ['charts/api/Chart.yaml', false],
  ])('%s -> %s', (path, want) => {
    expect(helmValuesExtractor.matches(path, tree)).toBe(want);
  });
});

describe('helm-values: files named in config (helm-values globs)', () => {
  it('reads them as Helm values wherever they are; a workflow stays a workflow', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-helm-'));
    try {
      const files: Record<string, string> = {
        'deploy/prod/app-values.yaml': 'db:\n  password: kb-helm-Pw7Hq2Lm9Np4\n',
        'deploy/staging/app-values.yaml': 'existingSecret: app-staging\n',
        '.github/workflows/values.yaml': 'on: push\njobs: {}\n',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const globs = ['deploy/*/app-values.yaml', '.github/workflows/*.yaml'];
      const kinds = (options: Parameters<typeof scanTree>[2]) =>
        scanTree(root, {}, options)
          .files.map((f) => `${f.path} ${f.kind}`)
          .sort();
      // Without the config they are plain YAML to the catch-all Kubernetes reader, which finds nothing.
      expect(kinds({})).toEqual([
        '.github/workflows/values.yaml github-workflow',
        'deploy/prod/app-values.yaml kubernetes',
        'deploy/staging/app-values.yaml kubernetes',
      ]);
      expect(scanTree(root, {}).uses).toEqual([]);
      expect(kinds({ helmValues: globs })).toEqual([
        '.github/workflows/values.yaml github-workflow',
        'deploy/prod/app-values.yaml helm-values',
        'deploy/staging/app-values.yaml helm-values',
      ]);
      const uses = scanTree(root, {}, { helmValues: globs }).uses.map(
        (u) => `${u.name} ${u.location.file}:${u.location.line}`,
      );
      expect(uses.sort()).toEqual([
        'app-staging deploy/staging/app-values.yaml:1',
        'db.password deploy/prod/app-values.yaml:2',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
