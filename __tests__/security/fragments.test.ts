// SECURITY.md case 34: a provider that echoes part of a token (its first 30 characters, or its body
// without the documented prefix) in an error or a principal field: no run of 12 or more characters of
// the token reaches any output format or error text.
import { describe, expect, it } from 'vitest';
import { json } from '../helpers/fake-provider.js';
import {
  expectNoSecret,
  fakeProvider,
  GITHUB_TOKEN_VALUE,
  NOW,
  outputsOf,
  runEveryFormat,
  SLACK_OK,
  SLACK_TOKEN,
  tempRepo,
  workflow,
} from './support.js';

const FRAGMENT = 12;

/** No run of FRAGMENT characters of `value` anywhere in `outputs`. */
function expectNoFragment(outputs: Record<string, string>, value: string): void {
  for (const [where, text] of Object.entries(outputs))
    for (let i = 0; i + FRAGMENT <= value.length; i++)
      if (text.includes(value.slice(i, i + FRAGMENT)))
        expect.fail(`${FRAGMENT} characters of a token leaked in ${where}`);
}

describe('case 34: a provider echoes the first 30 characters of a token, or its body without the prefix', () => {
  it.each([
    ['the first 30 characters', (token: string) => token.slice(0, 30)],
    ['the body without its prefix', (token: string) => token.replace(/^(ghp_|xoxb-)/, '')],
    [
      'the last 12 characters, base64-encoded body',
      (token: string) => `${token.slice(-12)} ${Buffer.from(token.slice(5)).toString('base64')}`,
    ],
  ])('%s: redacted in every format', async (_what, part) => {
    const github = await fakeProvider(() => json(403, { message: `Bad token: ${part(GITHUB_TOKEN_VALUE)}…` }));
    const slack = await fakeProvider(() => json(200, { ...SLACK_OK, user: `bot ${part(SLACK_TOKEN)}` }));
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['DEPLOY_GITHUB_TOKEN', 'SLACK_BOT_TOKEN']) });
    const runs = await runEveryFormat(
      [
        'check',
        root,
        '--smoke',
        '--secrets-json',
        '-',
        '--now',
        NOW,
        '--endpoint',
        `github=${github.url}`,
        '--endpoint',
        `slack=${slack.url}`,
      ],
      { stdin: JSON.stringify({ DEPLOY_GITHUB_TOKEN: GITHUB_TOKEN_VALUE, SLACK_BOT_TOKEN: SLACK_TOKEN }) },
    );
    const report = JSON.parse(runs.json.stdout);
    const gh = report.keys.find((k: { name: string }) => k.name === 'DEPLOY_GITHUB_TOKEN');
    expect(gh.smoke).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    expect(gh.smoke.message).toContain('[redacted]');
    expect(JSON.stringify(report)).toContain('bot [redacted]');
    const outputs = outputsOf(runs);
    expectNoSecret(outputs, [GITHUB_TOKEN_VALUE, SLACK_TOKEN]);
    expectNoFragment(outputs, GITHUB_TOKEN_VALUE);
    expectNoFragment(outputs, SLACK_TOKEN);
  });
});
