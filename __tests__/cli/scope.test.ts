// What `keybound check` scans (issue 19 item 2): several PATHs and single files, inside the folder that
// holds the repository's config; --exclude and config ignore:; and --quiet, which shows errors only
// while counts, verdict and exit code still include everything.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const NOW = ['--now', '2026-11-22'];

const deploy = (secret: string, environment = 'production') => `name: Deploy
on: { push: { branches: [main] } }
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: ${environment}
    steps:
      - run: ./deploy.sh
        env:
          TOKEN: \${{ secrets.${secret} }}
`;

/** A repository: two workflows with a staging key in production, a committed dotenv, a config. */
function repo(config = 'version: 1\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-scope-'));
  const files: Record<string, string> = {
    '.github/workflows/a.yml': deploy('STAGING_A_KEY'),
    '.github/workflows/b.yml': deploy('STAGING_B_KEY'),
    'test/fixtures/.env.production':
      'SENDGRID_API_KEY=SG.kbScopeFixture0123456789.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP\n',
    'keybound.yml': config,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

interface Report {
  findings: { ruleId: string; key?: string; location: { file: string } }[];
  keys: { name: string }[];
  summary: { error: number; warning: number; note: number };
}

async function scan(argv: string[], cwd?: string): Promise<{ code: number; report: Report }> {
  const run = await runCli([...argv, ...NOW, '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) };
}

const errors = (report: Report): string[] =>
  report.findings
    .map((f) => `${f.ruleId} ${f.key ?? '-'} ${f.location.file}`)
    .filter((s) => !s.startsWith('rotation-age'))
    .sort();

describe('check PATH...', () => {
  it('a folder is the scanned root', async () => {
    const { report } = await scan(['check', repo()]);
    expect(errors(report)).toEqual([
      'no-dev-keys-in-prod STAGING_A_KEY .github/workflows/a.yml',
      'no-dev-keys-in-prod STAGING_B_KEY .github/workflows/b.yml',
      'plaintext-secret SENDGRID_API_KEY test/fixtures/.env.production',
    ]);
  });

  it('one file, from inside the repository: only it is read, with the repository config and paths', async () => {
    const dir = repo('version: 1\nrules: { no-dev-keys-in-prod: warning }\n');
    const { report } = await scan(['check', '.github/workflows/a.yml'], dir);
    expect(report.keys.map((k) => k.name)).toEqual(['STAGING_A_KEY']);
    expect(report.findings.find((f) => f.ruleId === 'no-dev-keys-in-prod')).toMatchObject({
      severity: 'warning', // the repository's keybound.yml applies
      location: { file: '.github/workflows/a.yml' },
    });
  });

  it('several files, from outside: root is the folder with the config above them', async () => {
    const dir = repo();
    const { report } = await scan([
      'check',
      join(dir, '.github/workflows/b.yml'),
      join(dir, 'test/fixtures/.env.production'),
    ]);
    expect(errors(report)).toEqual([
      'no-dev-keys-in-prod STAGING_B_KEY .github/workflows/b.yml',
      'plaintext-secret SENDGRID_API_KEY test/fixtures/.env.production',
    ]);
  });

  it('several folders', async () => {
    const dir = repo();
    const { report } = await scan(['check', join(dir, 'test'), join(dir, '.github/workflows')]);
    expect(report.keys.map((k) => k.name).sort()).toEqual(['SENDGRID_API_KEY', 'STAGING_A_KEY', 'STAGING_B_KEY']);
  });

  it('files with no config or git above them: their common folder is the root', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keybound-scope-bare-'));
    writeFileSync(join(dir, '.env.production'), 'STRIPE_SECRET_KEY=sk_live_kbScopeBare0123456789abcdef\n');
    const { report } = await scan(['check', join(dir, '.env.production')]);
    expect(errors(report)).toEqual(['plaintext-secret STRIPE_SECRET_KEY .env.production']);
  });
});

describe('--exclude and config ignore:', () => {
  it.each([
    { name: '--exclude a folder glob', argv: ['--exclude', 'test/**'], config: 'version: 1\n' },
    { name: '--exclude a folder by name', argv: ['--exclude', 'test'], config: 'version: 1\n' },
    { name: 'config ignore:', argv: [], config: 'version: 1\nignore: ["**/fixtures/**"]\n' },
  ])('$name leaves the fixture out', async ({ argv, config }) => {
    const { report } = await scan(['check', repo(config), ...argv]);
    expect(errors(report)).toEqual([
      'no-dev-keys-in-prod STAGING_A_KEY .github/workflows/a.yml',
      'no-dev-keys-in-prod STAGING_B_KEY .github/workflows/b.yml',
    ]);
  });

  it('--exclude adds to ignore:, repeatable, and applies to files named on the command line too', async () => {
    const dir = repo('version: 1\nignore: ["test/**"]\n');
    const { report } = await scan(
      [
        'check',
        '.github/workflows/a.yml',
        '.github/workflows/b.yml',
        'test/fixtures/.env.production',
        '--exclude',
        '**/b.yml',
      ],
      dir,
    );
    expect(errors(report)).toEqual(['no-dev-keys-in-prod STAGING_A_KEY .github/workflows/a.yml']);
  });
});

describe('--quiet', () => {
  it('shows errors only; counts, verdict and exit code are unchanged', async () => {
    const dir = repo('version: 1\nrules: { no-dev-keys-in-prod: warning }\n');
    const loud = await runCli(['check', dir, ...NOW]);
    const quiet = await runCli(['check', dir, ...NOW, '--quiet']);
    expect(quiet.code).toBe(loud.code);
    expect(quiet.stdout).toBe(
      [
        'test/fixtures/.env.production',
        '  1:1  error  SENDGRID_API_KEY holds a SendGrid API key committed in plain text in this file (a live key: anyone who can read this file can use it); move it to a secret store and reference it  plaintext-secret',
        '',
        '✖ 6 problems (1 error, 2 warnings, 3 notes)',
        '  warnings and notes not shown (--quiet)',
        'Verdict: fail (audit) · 3 keys',
        '',
      ].join('\n'),
    );
    expect(loud.stdout).toContain('✖ 6 problems (1 error, 2 warnings, 3 notes)');
    expect(loud.stdout).toContain('Keys (3)');
  });

  it('json keeps the counts and lists errors only', async () => {
    const dir = repo('version: 1\nrules: { no-dev-keys-in-prod: warning }\n');
    const { report } = await scan(['check', dir, '--quiet']);
    expect(report.summary).toMatchObject({ error: 1, warning: 2, note: 3 });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['plaintext-secret']);
  });
});

describe('PATHs inside .github', () => {
  it.each([
    { name: 'the .github/workflows folder', path: '.github/workflows' },
    { name: 'the .github folder', path: '.github' },
  ])('$name is scanned from the folder that holds .github, even without a config or .git', async ({ path }) => {
    const dir = mkdtempSync(join(tmpdir(), 'keybound-scope-github-'));
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/a.yml'), deploy('STAGING_A_KEY'));
    writeFileSync(join(dir, '.env.production'), 'STRIPE_SECRET_KEY=sk_live_kbScopeGithub0123456789abcd\n');
    const { report } = await scan(['check', join(dir, path)]);
    expect(errors(report)).toEqual(['no-dev-keys-in-prod STAGING_A_KEY .github/workflows/a.yml']);
  });
});
