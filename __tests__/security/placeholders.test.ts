// SECURITY.md case 37 and rule 10 (issue 11): redaction works on values before serialization. A
// repository whose files hold `postgres`, `test`, `none`, `"none"` and key names as values, in paths
// named after them too, prints every key name and path intact in every format, its JSON and SARIF parse
// and validate, and the real credentials committed beside them stay hidden, even where one is part of
// a key's name.

import { describe, expect, it } from 'vitest';
import { withTokenChecksum } from '../../src/core/checksum.js';
import { reportErrors, sarifErrors } from '../report/validators.js';
import { expectNoSecret, NOW, outputsOf, runEveryFormat, tempRepo } from './support.js';

// NOTE: made-up values, built at run time so that secret scanners do not flag this file.
const GHP = withTokenChecksum('gh' + 'p_', 'Hq2Lm9Np4Rs8Tv1WxZa3Cd5Ef7GkbT');
const SK_LIVE = 'sk_' + 'live_' + 'Qe8WJKY40uvSwMFLZDe1f8rESQedU';

const FILES: Record<string, string> = {
  // Compose's list form keeps the quotes: DB_PASSWORD holds `"none"`.
  'none/test/postgres/docker-compose.yml': [
    'services:',
    '  db:',
    '    image: postgres',
    '    environment:',
    '      - DB_PASSWORD="none"',
    '      - POSTGRES_PASSWORD=postgres',
    '      - POSTGRES_USER=test',
    '      - POSTGRES_DB=DB_PASSWORD',
    '  app:',
    '    ports: ["8080:80"]',
    '    environment:',
    `      GITHUB_TOKEN: ${GHP}`,
    `      STRIPE_SECRET_KEY: ${SK_LIVE}`,
    '      SESSION_SECRET: SESSION_SECRET',
    '',
  ].join('\n'),
  '.env.test': 'API_TOKEN=none\nDB_PASSWORD=postgres\nSECRET_KEY_BASE=SECRET_KEY_BASE\n',
  'k8s/test/postgres-secret.yaml': [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: postgres',
    '  namespace: production',
    'stringData:',
    '  password: postgres',
    '  none: test',
    '  DB_PASSWORD: none',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: api, namespace: production}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          env:',
    '            - name: LEAKED',
    // A key named after a committed credential: its name must be hidden, not the rest.
    `              valueFrom: {secretKeyRef: {name: api-credentials, key: ${SK_LIVE}}}`,
    '',
  ].join('\n'),
  '.github/workflows/postgres-ptr.yml': [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: test',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}',
    '          none: ${{ secrets.none }}',
    '',
  ].join('\n'),
};

describe('case 37: placeholders as values leave key names, paths and documents whole', () => {
  it('every format: names and paths intact, JSON and SARIF valid, real keys hidden', async () => {
    const root = tempRepo(FILES);
    const runs = await runEveryFormat(['check', root, '--now', NOW]);
    for (const run of Object.values(runs)) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1); // the live keys are errors wherever they are committed
    }

    const report = JSON.parse(runs.json.stdout);
    expect(reportErrors(report)).toBe('');
    expect(sarifErrors(JSON.parse(runs.sarif.stdout))).toBe('');

    // The only thing redacted anywhere is the key named after a live key.
    const names: string[] = report.keys.map((k: { name: string }) => k.name);
    expect(names.filter((n) => n.includes('[redacted]'))).toEqual(['api-credentials/[redacted]']);
    expect(names).toEqual(
      expect.arrayContaining(['DB_PASSWORD', 'POSTGRES_PASSWORD', 'none', 'SESSION_SECRET', 'postgres/none']),
    );
    const files = new Set<string>(report.keys.flatMap((k: { uses: { file: string }[] }) => k.uses.map((u) => u.file)));
    expect([...files].sort()).toEqual([
      '.env.test',
      '.github/workflows/postgres-ptr.yml',
      'k8s/test/postgres-secret.yaml',
      'none/test/postgres/docker-compose.yml',
    ]);
    for (const [format, run] of Object.entries(runs)) {
      const text = format === 'markdown' ? run.stdout.replace(/\\_/g, '_') : run.stdout;
      for (const path of ['none/test/postgres/docker-compose.yml', 'k8s/test/postgres-secret.yaml']) {
        if (format !== 'json') expect(text, `${format} names ${path}`).toContain(path);
      }
      const redactions = text.split('[redacted]').length - 1;
      const leakedName = text.split('api-credentials/[redacted]').length - 1;
      expect(redactions, `${format}: only the key named after a live key is redacted`).toBe(leakedName);
    }
    expect(runs.text.stdout).toContain('plaintext-secret');
    expectNoSecret(outputsOf(runs), [GHP, SK_LIVE]);
  });

  it('the live keys are errors; placeholders, key names and `"none"` are no findings', async () => {
    const root = tempRepo(FILES);
    const run = await runEveryFormat(['check', root, '--now', NOW]);
    const report = JSON.parse(run.json.stdout);
    const plaintext = report.findings
      .filter((f: { ruleId: string }) => f.ruleId === 'plaintext-secret')
      .map((f: { severity: string; key: string; location: { file: string; line: number } }) =>
        [f.severity, f.key, `${f.location.file}:${f.location.line}`].join(' '),
      );
    expect(plaintext).toEqual([
      'error GITHUB_TOKEN none/test/postgres/docker-compose.yml:12',
      'error STRIPE_SECRET_KEY none/test/postgres/docker-compose.yml:13',
    ]);
  });

  it('a given secret that matches JSON syntax (`"none"`) is removed from values, not from the document', async () => {
    const root = tempRepo(FILES);
    const stdin = JSON.stringify({ DB_PASSWORD: '"none"' });
    const runs = await runEveryFormat(['check', root, '--now', NOW, '--secrets-json', '-'], { stdin });
    const report = JSON.parse(runs.json.stdout);
    expect(reportErrors(report)).toBe('');
    expect(sarifErrors(JSON.parse(runs.sarif.stdout))).toBe('');
    // The key named `none` serializes as `"none"`, the very text of the secret: it stays whole.
    // (JSON's own quotes around it are syntax, not the secret.) The line formats hold no form of it.
    expect(report.keys.map((k: { name: string }) => k.name)).toContain('none');
    expectNoSecret({ text: runs.text.stdout, markdown: runs.markdown.stdout, github: runs.github.stdout }, ['"none"']);
  });
});
