// `keybound init [PATH]` (issue 19 item 1): a starter keybound.yml listing the keys found, with their
// environments as comments and rotated/principal-kind/owner to fill in; the file loads as written, and
// an existing config is never overwritten.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-init-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const WORKFLOW = `name: Deploy
on: { push: { branches: [main] } }
permissions:
  contents: read
jobs:
  prod:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./deploy.sh
        env:
          STRIPE_KEY: \${{ secrets.STAGING_STRIPE_KEY }}
          DB_PASSWORD: \${{ secrets.DB_PASSWORD }}
  stage:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - run: ./deploy.sh
        env:
          STRIPE_KEY: \${{ secrets.STAGING_STRIPE_KEY }}
`;

describe('keybound init', () => {
  it('writes the keys found, each with its environments and the fields to fill in', async () => {
    const dir = tree({ '.github/workflows/deploy.yml': WORKFLOW });
    const run = await runCli(['init', dir]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      `Wrote ${join(dir, 'keybound.yml')} with 2 keys. Fill in rotated:, principal-kind: and owner: for each, then run: keybound check ${dir}\n`,
    );
    const text = readFileSync(join(dir, 'keybound.yml'), 'utf8');
    expect(text.split('\n').slice(6)).toEqual([
      'version: 1',
      'extends: [recommended]',
      '# ignore: ["test/fixtures/**"]   # paths never scanned (globs relative to this folder)',
      'keys:',
      '  DB_PASSWORD:',
      '    # used in production: .github/workflows/deploy.yml:13',
      '    # rotated: YYYY-MM-DD           # the day it was last rotated',
      '    # principal-kind: service       # service | human',
      '    # owner: TEAM                   # who rotates it',
      '  STAGING_STRIPE_KEY:',
      '    # used in production: .github/workflows/deploy.yml:12',
      '    # used in staging: .github/workflows/deploy.yml:20',
      '    # provider: stripe              # recognised from its name',
      '    # rotated: YYYY-MM-DD           # the day it was last rotated',
      '    # principal-kind: service       # service | human',
      '    # owner: TEAM                   # who rotates it',
      '',
    ]);
  });

  it('writes a file that loads: check runs on it, and the filled-in fields take effect', async () => {
    const dir = tree({ '.github/workflows/deploy.yml': WORKFLOW });
    expect((await runCli(['init', dir])).code).toBe(0);
    const before = await runCli(['check', dir, '--now', '2026-11-22', '--format', 'json']);
    expect(before.stderr).toBe('');
    expect(
      JSON.parse(before.stdout).findings.map((f: { ruleId: string; key: string }) => `${f.ruleId} ${f.key}`),
    ).toContain('rotation-age DB_PASSWORD');
    // The owner fills in a rotation date by removing the "# ".
    const file = join(dir, 'keybound.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '  DB_PASSWORD:\n    # used in production: .github/workflows/deploy.yml:13\n    # rotated: YYYY-MM-DD',
        '  DB_PASSWORD:\n    # used in production: .github/workflows/deploy.yml:13\n    rotated: 2026-11-01',
      ),
    );
    const after = await runCli(['check', dir, '--now', '2026-11-22', '--format', 'json']);
    expect(after.stderr).toBe('');
    const keys = JSON.parse(after.stdout).keys;
    expect(keys.find((k: { name: string }) => k.name === 'DB_PASSWORD').facts.rotated).toMatchObject({
      value: '2026-11-01',
      source: 'declared',
    });
  });

  it('writes the --exclude globs as ignore: and leaves their keys out', async () => {
    const dir = tree({
      '.github/workflows/deploy.yml': WORKFLOW,
      'test/fixtures/.env.production': 'FIXTURE_TOKEN=placeholder\n',
    });
    expect((await runCli(['init', dir, '--exclude', 'test/**'])).code).toBe(0);
    const text = readFileSync(join(dir, 'keybound.yml'), 'utf8');
    expect(text).toContain('\nignore: ["test/**"]   # paths never scanned\n');
    expect(text).not.toContain('FIXTURE_TOKEN');
  });

  it('says so when a use has no environment', async () => {
    const dir = tree({
      'docker-compose.yml':
        'services:\n  api:\n    image: api\n    environment:\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}\n',
    });
    expect((await runCli(['init', dir])).code).toBe(0);
    expect(readFileSync(join(dir, 'keybound.yml'), 'utf8')).toContain(
      '  STRIPE_SECRET_KEY:\n    # used (no environment known): docker-compose.yml:5\n',
    );
  });

  it('writes keys: {} when there are none', async () => {
    const dir = tree({ 'README.md': '# nothing here\n' });
    expect(await runCli(['init', dir])).toMatchObject({ code: 0, stdout: expect.stringContaining('with 0 keys') });
    expect(readFileSync(join(dir, 'keybound.yml'), 'utf8')).toContain(
      '\nkeys: {}   # no keys were found in workflows or manifests here\n',
    );
    expect((await runCli(['check', dir])).code).toBe(0);
  });

  it('keeps names and paths from scanned files inside their comment and quotes odd key names', async () => {
    const dir = tree({
      'k8s/prod/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: prod }
spec:
  template:
    spec:
      containers:
        - name: api
          env:
            - name: API_TOKEN
              valueFrom: { secretKeyRef: { name: "odd: name #1", key: "token" } }
`,
    });
    // A file name with a line break must not end the comment it is quoted in.
    cpSync(join(dir, 'k8s/prod/deployment.yaml'), join(dir, 'k8s/prod/a\nkeys: {}.yaml'));
    expect((await runCli(['init', dir])).code).toBe(0);
    const text = readFileSync(join(dir, 'keybound.yml'), 'utf8');
    expect(text).toContain('  "odd: name #1/token":\n');
    expect(text).toContain('    # used in production: k8s/prod/a keys: {}.yaml:11 and 1 more\n');
    expect(text).not.toMatch(/^keys: \{\}$/m);
    expect((await runCli(['check', dir, '--now', '2026-11-22'])).stderr).toBe('');
  });

  it.each([
    { name: 'keybound.yml', existing: 'keybound.yml' },
    { name: 'keybound.yaml', existing: 'keybound.yaml' },
    { name: '.github/keybound.yml', existing: '.github/keybound.yml' },
  ])('never overwrites an existing $name', async ({ existing }) => {
    const dir = tree({ '.github/workflows/deploy.yml': WORKFLOW, [existing]: 'version: 1\n' });
    const run = await runCli(['init', dir]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `keybound: ${join(dir, existing)} already exists; keybound init never overwrites a config (edit it, or move it away and run init again)\n`,
    });
    expect(readFileSync(join(dir, existing), 'utf8')).toBe('version: 1\n');
  });

  it('never writes through a symlink named keybound.yml, even a dangling one', async () => {
    const dir = tree({ '.github/workflows/deploy.yml': WORKFLOW });
    const outside = join(mkdtempSync(join(tmpdir(), 'keybound-init-outside-')), 'victim.yml');
    symlinkSync(outside, join(dir, 'keybound.yml'));
    const run = await runCli(['init', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `keybound: ${join(dir, 'keybound.yml')} could not be written: it already exists; keybound init never overwrites a config\n`,
    );
    expect(existsSync(outside)).toBe(false);
    rmSync(join(dir, 'keybound.yml'));
  });
});
