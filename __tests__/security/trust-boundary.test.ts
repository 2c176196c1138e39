// SECURITY.md cases 1-6 (trust boundary), through the CLI's main() or check(), against local fakes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { json } from '../helpers/fake-provider.js';
import {
  checkEveryFormat,
  expectNoSecret,
  fakeProvider,
  NOW,
  outputsOf,
  runEveryFormat,
  secretStore,
  SLACK_OK,
  SLACK_TOKEN,
  smokeOf,
  tempRepo,
  workflow,
} from './support.js';

const SMOKE = ['--smoke', '--secrets-json', '-', '--now', NOW];

describe('case 1: a config naming url/host/headers/method for a provider → schema error, exit 2, no call', () => {
  it.each(['url: http://127.0.0.1:9/steal', 'host: evil.test', 'headers: { X-Api-Key: x }', 'method: DELETE'])(
    '%s',
    async (field) => {
      const slack = await fakeProvider(() => json(200, SLACK_OK));
      const root = tempRepo({
        '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']),
        'keybound.yml': `version: 1\nkeys:\n  SLACK_BOT_TOKEN:\n    provider: slack\n    ${field}\n`,
      });
      const run = await runCli(['check', root, ...SMOKE, '--endpoint', `slack=${slack.url}`], {
        stdin: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`keybound.yml:5:5: keys.SLACK_BOT_TOKEN.${field.split(':')[0]}`);
      expect(slack.requests).toHaveLength(0);
      expectNoSecret({ stdout: run.stdout, stderr: run.stderr }, [SLACK_TOKEN]);
    },
  );

  it('a providers: section with a host is refused the same way', async () => {
    const root = tempRepo({ 'keybound.yml': 'version: 1\nproviders:\n  slack:\n    host: evil.test\n' });
    const run = await runCli(['check', root, '--now', NOW]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/keybound\.yml:2:1: providers: unknown property "providers"/);
  });
});

describe('case 2: pull_request_target with the PR head and smoke on → refused with an explanation, no call', () => {
  // NOTE: the Action shell (src/action/**) is being reworked and exposes no pure decision function yet;
  // this covers the CLI-independent part: what the engine does once the shell has refused smoke calls,
  // and the engine's own refusal (TLS verification off) that the Action goes through as well.
  it('with smoke refused, secrets present and a fake provider listening, the engine sends nothing', async () => {
    const slack = await fakeProvider(() => json(200, SLACK_OK));
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']) });
    const { result, outputs } = await checkEveryFormat({
      root,
      smoke: false,
      secrets: secretStore({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
      endpoints: { slack: slack.url },
    });
    expect(slack.requests).toHaveLength(0);
    expect(smokeOf(result, 'SLACK_BOT_TOKEN')).toBeUndefined();
    expectNoSecret(outputs, [SLACK_TOKEN]);
  });

  it('a refusal is an explained exit 2, never a silent pass, and no call is made', async () => {
    const slack = await fakeProvider(() => json(200, SLACK_OK));
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']) });
    const run = await runCli(['check', root, ...SMOKE, '--endpoint', `slack=${slack.url}`], {
      stdin: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
      env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/smoke calls are refused/);
    expect(slack.requests).toHaveLength(0);
  });
});

describe('case 3: GITHUB_TOKEN declared as another provider → config error; it only goes to the GitHub API', () => {
  const INSTALLATION = 'gh' + 's_' + 'kbSecInst4llTok3n7Hq2Lm9Np4Rs8Tv1WxZ';

  it('declared as a stripe key: exit 2 with the reason, and nothing is sent anywhere', async () => {
    const github = await fakeProvider(() => json(200, { total_count: 0, repositories: [] }));
    const stripe = await fakeProvider(() => json(200, { id: 'acct_1X', object: 'account' }));
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(['GITHUB_TOKEN']),
      'keybound.yml': 'version: 1\nkeys:\n  GITHUB_TOKEN:\n    provider: stripe\n',
    });
    const run = await runCli(
      ['check', root, ...SMOKE, '--endpoint', `github=${github.url}`, '--endpoint', `stripe=${stripe.url}`],
      { stdin: JSON.stringify({ GITHUB_TOKEN: INSTALLATION }) },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('keys.GITHUB_TOKEN.provider: GITHUB_TOKEN is only ever sent to the GitHub API');
    expect(github.requests).toHaveLength(0);
    expect(stripe.requests).toHaveLength(0);
  });

  // SPEC section 5 (issue 12): the job's own token is never smoke-called, so it goes nowhere at all.
  it('undeclared: the job token is sent nowhere, not even to GitHub', async () => {
    const github = await fakeProvider(() => json(200, { total_count: 0, repositories: [] }));
    const stripe = await fakeProvider(() => json(200, { id: 'acct_1X', object: 'account' }));
    const slack = await fakeProvider(() => json(200, SLACK_OK));
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['GITHUB_TOKEN']) });
    const run = await runCli(
      [
        'check',
        root,
        ...SMOKE,
        '--format',
        'json',
        ...['github', 'stripe', 'slack'].flatMap((id, i) => ['--endpoint', `${id}=${[github, stripe, slack][i].url}`]),
      ],
      { stdin: JSON.stringify({ GITHUB_TOKEN: INSTALLATION }) },
    );
    expect(run.code).not.toBe(2);
    expect(github.requests).toHaveLength(0);
    expect(JSON.parse(run.stdout).keys.find((k: { name: string }) => k.name === 'GITHUB_TOKEN').smoke).toBeUndefined();
    expect(stripe.requests).toHaveLength(0);
    expect(slack.requests).toHaveLength(0);
    expectNoSecret({ stdout: run.stdout, stderr: run.stderr }, [INSTALLATION]);
  });
});

describe('case 4: 302 Location: http://elsewhere → not followed, unknown (redirect), the other host sees nothing', () => {
  it('through the CLI, every format', async () => {
    const elsewhere = await fakeProvider(() => json(200, SLACK_OK));
    const slack = await fakeProvider(() => ({
      status: 302,
      headers: { location: `${elsewhere.url}/api/auth.test` },
    }));
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']) });
    const started = Date.now();
    const runs = await runEveryFormat(['check', root, ...SMOKE, '--endpoint', `slack=${slack.url}`], {
      stdin: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }),
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    const key = JSON.parse(runs.json.stdout).keys.find((k: { name: string }) => k.name === 'SLACK_BOT_TOKEN');
    expect(key.smoke).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(slack.requests).toHaveLength(5); // one per format run, never retried
    expect(elsewhere.requests).toHaveLength(0);
    expectNoSecret(outputsOf(runs), [SLACK_TOKEN]);
  });
});

describe('case 5: a value with CR/LF, NUL or spaces → malformed, never sent, never echoed', () => {
  const half = SLACK_TOKEN.length >> 1;
  it.each([
    ['CRLF', `${SLACK_TOKEN.slice(0, half)}\r\n${SLACK_TOKEN.slice(half)}`],
    ['LF at the end', `${SLACK_TOKEN}\n`],
    ['NUL', `${SLACK_TOKEN.slice(0, half)}\u0000${SLACK_TOKEN.slice(half)}`],
    ['a space', `${SLACK_TOKEN} ${SLACK_TOKEN}`],
    ['a leading tab', `\t${SLACK_TOKEN}`],
  ])('%s', async (_what, value) => {
    const slack = await fakeProvider(() => json(200, SLACK_OK));
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']) });
    const runs = await runEveryFormat(['check', root, ...SMOKE, '--endpoint', `slack=${slack.url}`], {
      stdin: JSON.stringify({ SLACK_BOT_TOKEN: value }),
    });
    const key = JSON.parse(runs.json.stdout).keys.find((k: { name: string }) => k.name === 'SLACK_BOT_TOKEN');
    expect(key.smoke).toMatchObject({ status: 'malformed', reason: 'malformed' });
    expect(slack.requests).toHaveLength(0);
    expectNoSecret(outputsOf(runs), [value, SLACK_TOKEN]);
  });
});

const DECLARED = [
  'version: 1',
  'keys:',
  '  SLACK_BOT_TOKEN: { rotated: 2026-11-01, principal-kind: service }',
  '  DEPLOY_GITHUB_TOKEN: { rotated: 2026-11-01, principal-kind: service }',
  '',
].join('\n');

describe('case 6: fork or Dependabot run: empty values → skipped (no-value), never invalid; gate exits 3', () => {
  it.each(['audit', 'gate'])('%s mode', async (mode) => {
    const slack = await fakeProvider(() => json(200, { ok: false, error: 'invalid_auth' }));
    const github = await fakeProvider(() => json(401, { message: 'Bad credentials' }));
    // A staging deploy of declared, recently rotated service keys: nothing but the gate can fail it.
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN', 'DEPLOY_GITHUB_TOKEN'], 'staging'),
      'keybound.yml': DECLARED,
    });
    const run = await runCli(
      [
        'check',
        root,
        ...SMOKE,
        '--mode',
        mode,
        '--format',
        'json',
        '--endpoint',
        `slack=${slack.url}`,
        '--endpoint',
        `github=${github.url}`,
      ],
      { stdin: JSON.stringify({ SLACK_BOT_TOKEN: '', DEPLOY_GITHUB_TOKEN: '' }) },
    );
    const report = JSON.parse(run.stdout);
    for (const name of ['SLACK_BOT_TOKEN', 'DEPLOY_GITHUB_TOKEN']) {
      const key = report.keys.find((k: { name: string }) => k.name === name);
      expect(key.smoke).toMatchObject({ status: 'skipped', reason: 'no-value' });
    }
    expect(report.summary.smoke.invalid).toBe(0);
    expect(slack.requests).toHaveLength(0);
    expect(github.requests).toHaveLength(0);
    if (mode === 'gate') {
      expect(run.code).toBe(3);
      expect(report.verdict).toBe('indeterminate');
      expect([...report.unconfirmed].sort()).toEqual(['DEPLOY_GITHUB_TOKEN', 'SLACK_BOT_TOKEN']);
    } else {
      expect(run.code).toBe(0);
    }
  });

  it('--secrets-env with the variables set but empty (a fork) is the same', async () => {
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(['DEPLOY_GITHUB_TOKEN'], 'staging'),
      'keybound.yml': DECLARED,
    });
    const run = await runCli(
      ['check', root, '--secrets-env', '--mode', 'gate', '--smoke', '--format', 'json', '--now', NOW],
      {
        env: { DEPLOY_GITHUB_TOKEN: '' },
      },
    );
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout).keys[0].smoke).toMatchObject({ status: 'skipped', reason: 'no-value' });
  });
});
