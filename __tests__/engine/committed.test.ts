// Issue 11, end to end through check(): the true problems a committed value can be stay errors after
// the precision work (a private key deployed to production by a kustomize overlay, a test-mode key in a
// production env file, a live key in a production Secret), while the same stack's placeholders and
// local-development credentials are notes or nothing.

import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine.js';
import { tempRepo } from '../security/support.js';

// NOTE: made-up values, built at run time so that secret scanners do not flag this file.
const PEM = [
  '-----BEGIN ' + 'RSA PRIVATE KEY-----',
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0t',
  '-----END RSA PRIVATE KEY-----',
  '',
].join('\n');
const SK_TEST = 'sk_' + 'test_' + 'lSXpfKtHF4vUCsMehGAkWvj7FAc9';
const SK_LIVE = 'sk_' + 'live_' + 'QeWJKY40uvSwMFLZDe1f8rESQedU';

const FILES = {
  'k8s/base/kustomization.yaml': 'resources: [tls.yaml]\n',
  'k8s/base/tls.yaml': [
    'apiVersion: v1',
    'kind: Secret',
    'metadata: {name: web-tls}',
    'type: kubernetes.io/tls',
    'stringData:',
    '  tls.crt: not-a-key',
    '  tls.key: |',
    ...PEM.trim()
      .split('\n')
      .map((line) => `    ${line}`),
    '',
  ].join('\n'),
  'k8s/overlays/prod/kustomization.yaml': 'namespace: prod\nresources: [../../base]\n',
  'app/.env.production': `STRIPE_SECRET_KEY=${SK_TEST}\nDB_PASSWORD=changeme\n`,
  'deploy/secret.yaml': [
    'apiVersion: v1',
    'kind: Secret',
    'metadata: {name: payments, namespace: production}',
    'stringData:',
    `  STRIPE_KEY: ${SK_LIVE}`,
    '  DB_PASSWORD: none',
    '',
  ].join('\n'),
  'docker-compose.yml':
    'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n      ADMIN_PASSWORD: "Kq8#vR2!mZ5wLp9T"\n',
};

describe('committed credentials end to end', () => {
  it('true problems stay errors; placeholders are nothing; local credentials are notes', async () => {
    const { report, redactor } = await check({
      root: tempRepo(FILES),
      mode: 'audit',
      smoke: false,
      secrets: new Map(),
      now: '2026-11-22',
      failOn: 'error',
    });
    const plaintext = report.findings
      .filter((f) => f.ruleId === 'plaintext-secret')
      .map((f) => `${f.severity} ${f.location.file}:${f.location.line} ${f.key} ${f.environment}`);
    expect(plaintext).toEqual([
      'error app/.env.production:1 STRIPE_SECRET_KEY production',
      'error deploy/secret.yaml:5 payments/STRIPE_KEY production',
      'error k8s/base/tls.yaml:7 web-tls/tls.key production',
      'note docker-compose.yml:5 ADMIN_PASSWORD unknown',
    ]);
    expect(report.findings.some((f) => f.ruleId === 'no-dev-keys-in-prod' && f.key === 'STRIPE_SECRET_KEY')).toBe(true);
    // The redactor knows the credentials and nothing else.
    for (const value of [SK_TEST, SK_LIVE, 'Kq8#vR2!mZ5wLp9T']) expect(redactor.redact(value)).toBe('[redacted]');
    for (const value of ['postgres', 'changeme', 'none', 'not-a-key']) expect(redactor.redact(value)).toBe(value);
  });
});
