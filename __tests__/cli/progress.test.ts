// Smoke progress on stderr (issue 19 item 4, SPEC section 7): on a terminal one line redrawn in place,
// in GitHub Actions a log line now and then; throttled, silent for quick runs and off the terminal, and
// never holding a value. The smoke module reports progress through its optional onProgress hook.
import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { ProgressLine, progressMode, progressText } from '../../src/cli/progress.js';
import { json, startFakeProvider, type FakeProvider } from '../helpers/fake-provider.js';
import { runCli } from './run.js';

describe('progressText', () => {
  it.each([
    { progress: { done: 3, total: 7, waitingOn: ['slack'] }, text: 'smoke 3/7 · waiting on slack' },
    { progress: { done: 0, total: 4, waitingOn: ['stripe', 'aws'] }, text: 'smoke 0/4 · waiting on aws, stripe' },
    { progress: { done: 5, total: 6, waitingOn: [] }, text: 'smoke 5/6' },
  ])('$text', ({ progress, text }) => {
    expect(progressText(progress)).toBe(text);
  });
});

describe('progressMode', () => {
  it.each([
    { name: 'a terminal', tty: true, env: {}, mode: 'terminal' },
    { name: 'GitHub Actions', tty: false, env: { GITHUB_ACTIONS: 'true' }, mode: 'log' },
    { name: 'a pipe elsewhere', tty: false, env: { CI: 'true' }, mode: undefined },
  ])('$name: $mode', ({ tty, env, mode }) => {
    expect(progressMode(tty, env)).toBe(mode);
  });
});

describe('ProgressLine', () => {
  function line(mode: 'terminal' | 'log') {
    let now = 1000;
    const out: string[] = [];
    const progress = new ProgressLine(
      (text) => out.push(text),
      mode,
      () => now,
    );
    return { progress, out, advance: (ms: number) => void (now += ms) };
  }

  it('on a terminal: silent for the first 200 ms, then redrawn at most every 200 ms, cleared at the end', () => {
    const { progress, out, advance } = line('terminal');
    progress.update({ done: 0, total: 3, waitingOn: ['slack'] });
    advance(150);
    progress.update({ done: 1, total: 3, waitingOn: ['slack'] });
    expect(out).toEqual([]);
    advance(100);
    progress.tick();
    advance(50);
    progress.update({ done: 2, total: 3, waitingOn: ['slack'] });
    advance(200);
    progress.tick();
    progress.tick();
    progress.update({ done: 3, total: 3, waitingOn: [] });
    progress.finish();
    expect(out).toEqual([
      '\rsmoke 1/3 · waiting on slack\u001b[K',
      '\rsmoke 2/3 · waiting on slack\u001b[K',
      '\r\u001b[K',
    ]);
  });

  it('in GitHub Actions: a log line every 10 s while waiting, and a closing line', () => {
    const { progress, out, advance } = line('log');
    progress.update({ done: 1, total: 2, waitingOn: ['github'] });
    advance(9_999);
    progress.tick();
    advance(1);
    progress.tick();
    advance(5_000);
    progress.tick();
    advance(5_000);
    progress.tick();
    progress.update({ done: 2, total: 2, waitingOn: [] });
    progress.finish();
    expect(out).toEqual([
      'keybound: smoke 1/2 · waiting on github\n',
      'keybound: smoke 1/2 · waiting on github\n',
      'keybound: smoke 2/2 · done\n',
    ]);
  });

  it('a quick run prints nothing, not even the clearing sequence', () => {
    const { progress, out } = line('terminal');
    progress.update({ done: 1, total: 1, waitingOn: [] });
    progress.finish();
    expect(out).toEqual([]);
  });
});

describe('through the CLI, against a slow local provider', () => {
  const fakes: FakeProvider[] = [];
  afterEach(async () => {
    await Promise.all(fakes.splice(0).map((f) => f.close()));
  });
  const SLACK = ['xoxb', '2718281828', '3141592653', 'kbProgressSlackTok3n'].join('-');
  const GITHUB = `ghp_${'kbProgressGithubTok3n'}${'7Hq2Lm9Np4Rs8T'}`;

  async function run(options: { stderrIsTTY?: boolean; env?: Record<string, string>; quiet?: boolean }) {
    const slack = await startFakeProvider(() => ({
      ...json(200, { ok: true, user_id: 'U1', team_id: 'T1', bot_id: 'B1', user: 'deploy-bot' }),
      delayMs: 700,
    }));
    const github = await startFakeProvider(() => json(200, { login: 'deploy-bot[bot]', id: 1, type: 'Bot' }));
    fakes.push(slack, github);
    return runCli(
      [
        'check',
        '__tests__/fixtures/repos/smoke',
        '--smoke',
        '--secrets-json',
        '-',
        '--endpoint',
        `slack=${slack.url}`,
        '--endpoint',
        `github=${github.url}`,
        '--now',
        '2026-11-22',
        ...(options.quiet ? ['--quiet'] : []),
      ],
      {
        stdin: JSON.stringify({ SLACK_BOT_TOKEN: SLACK, DEPLOY_GITHUB_TOKEN: GITHUB }),
        stderrIsTTY: options.stderrIsTTY,
        env: options.env,
      },
    );
  }

  it('a terminal sees which provider is being waited on, then a clean line', async () => {
    const result = await run({ stderrIsTTY: true });
    expect(result.stderr).toMatch(/^(\rsmoke [0-3]\/4 · waiting on [a-z, ]+\u001b\[K)+\r\u001b\[K$/);
    expect(result.stderr).toContain('\rsmoke 3/4 · waiting on slack\u001b[K');
    for (const secret of [SLACK, GITHUB]) {
      for (const form of secretForms(secret)) expect(result.stderr).not.toContain(form);
    }
    // And the report says, key by key, what the smoke calls found.
    expect(result.stdout).toMatch(/SLACK_BOT_TOKEN\s+slack\s+production\s+.*verified: ok/);
    expect(result.stdout).toMatch(/STRIPE_SECRET_KEY\s+stripe\s+.*skipped: no-value/);
  });

  it.each([
    { name: 'not a terminal and not in GitHub Actions', options: {} },
    { name: '--quiet', options: { stderrIsTTY: true, quiet: true } },
  ])('nothing on stderr when $name', async ({ options }) => {
    expect((await run(options)).stderr).toBe('');
  });
});
