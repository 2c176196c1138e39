// SECURITY.md cases 7-12 (secret hygiene). Each secret is given as --secrets-json and placed where a
// leak would show: committed in a manifest, echoed by a provider, quoted by a config error. The canary
// scan then looks in stdout and stderr of every format (text, JSON, SARIF, markdown (the job summary),
// github (annotations)) and in the error text, for the value, each line, base64, base64×2, URL-encoded,
// JSON-escaped and hex forms (secretForms).
import { describe, expect, it } from 'vitest';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { json } from '../helpers/fake-provider.js';
import { runCli } from '../cli/run.js';
import { MAX_SECRETS_JSON_BYTES } from '../../src/policy/secrets-input.js';
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

/**
 * A production deploy that uses each secret by name, and a committed Secret manifest holding each value
 * (inspected, never printed), run in every format; then a config error that quotes each value.
 */
async function hygieneOutputs(values: Record<string, string>): Promise<Record<string, string>> {
  const names = Object.keys(values);
  const manifest = [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: app-credentials',
    '  namespace: prod',
    'stringData:',
    ...names.map((name) => `  ${name}: ${JSON.stringify(values[name])}`),
    '',
  ].join('\n');
  const root = tempRepo({ '.github/workflows/release.yml': workflow(names), 'deploy/prod/secret.yaml': manifest });
  const stdin = JSON.stringify(values);
  const runs = await runEveryFormat(['check', root, '--secrets-json', '-', '--now', NOW], { stdin });
  for (const run of Object.values(runs)) expect(run.code).toBe(1); // the committed values are findings
  const outputs = outputsOf(runs);

  // Error text: a config that quotes each value where a date belongs.
  const broken = tempRepo({
    '.github/workflows/release.yml': workflow(names),
    'keybound.yml': ['version: 1', 'keys:', ...names.map((n) => `  ${n}: { rotated: ${JSON.stringify(values[n])} }`)]
      .concat('')
      .join('\n'),
  });
  const error = await runCli(['check', broken, '--secrets-json', '-', '--now', NOW], { stdin });
  expect(error.code).toBe(2);
  expect(error.stderr).toContain('keys.');
  outputs['config error stderr'] = error.stderr;
  outputs['config error stdout'] = error.stdout;
  return outputs;
}

describe('case 7: a multi-line PEM value with CRLF', () => {
  it('no line or encoding of it in any output', async () => {
    const pem = [
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kbHyg1ene',
      'Zx3Wq8Lm2Np4Rs8Tv1WxZa3Cd5Ef7Gh9Jk2Lp6Qr9St3Vw5Xy7Ab1Cd3Ef5Gh7',
      'Jk9Lm1Np3Qr5St7Vw9Xy1Ab3Cd5Ef7Gh9Jk1Lm3Np5Qr7St9Vw1Xy3Ab5Cd7==',
      '-----END PRIVATE KEY-----',
      '',
    ].join('\r\n');
    const outputs = await hygieneOutputs({ SIGNING_KEY_PEM: pem });
    expectNoSecret(outputs, [pem]);
  });
});

describe('case 8: values with %, :, ,, ", \\, non-ASCII, and a 48 KB value', () => {
  it.each([
    ['percent', 'kb%25can%0Aary%value%3A'],
    ['colon and comma', 'kb:can,ary:val,ue::x'],
    ['quote and backslash', 'kb"can\\ary\\"val\\\\ue'],
    ['non-ASCII', 'kbçånäry-Ω-値-🔑-value'],
    ['everything', 'kb%can:ary,"quoted"\\back/é-Ω-value'],
  ])('%s', async (_what, value) => {
    const outputs = await hygieneOutputs({ ODD_SECRET_VALUE: value });
    expectNoSecret(outputs, [value]);
  });

  it('a 48 KB value', async () => {
    let value = '';
    for (let i = 0; value.length < 48 * 1024; i++) value += `kb${(i * 2654435761) % 4294967296}x`;
    value = value.slice(0, 48 * 1024);
    const outputs = await hygieneOutputs({ HUGE_SECRET_VALUE: value });
    expectNoSecret(outputs, [value]);
    // Also its pieces: any 64-character window of the value is absent.
    for (const text of Object.values(outputs))
      for (let i = 0; i + 64 <= value.length; i += 4096) expect(text).not.toContain(value.slice(i, i + 64));
  });
});

describe('case 9: a provider error body echoing the key, or a URL with the key in it', () => {
  it('Slack and GitHub echo the key in errors, principals and URLs: the key is nowhere', async () => {
    const b64 = Buffer.from(SLACK_TOKEN).toString('base64');
    let slackCalls = 0;
    const slack = await fakeProvider(() =>
      slackCalls++ % 2 === 0
        ? json(200, { ok: false, error: `Invalid key ${SLACK_TOKEN}` })
        : json(200, {
            ...SLACK_OK,
            user: SLACK_TOKEN,
            url: `https://x.test/?t=${encodeURIComponent(SLACK_TOKEN)}&b=${b64}`,
          }),
    );
    const github = await fakeProvider(() =>
      json(403, {
        message: `Bad token ${GITHUB_TOKEN_VALUE}; see https://api.test/?access_token=${GITHUB_TOKEN_VALUE}`,
        documentation_url: `https://docs.test/${encodeURIComponent(GITHUB_TOKEN_VALUE)}`,
      }),
    );
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN', 'DEPLOY_GITHUB_TOKEN']) });
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
        `slack=${slack.url}`,
        '--endpoint',
        `github=${github.url}`,
      ],
      { stdin: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN, DEPLOY_GITHUB_TOKEN: GITHUB_TOKEN_VALUE }) },
    );
    const report = JSON.parse(runs.json.stdout);
    const gh = report.keys.find((k: { name: string }) => k.name === 'DEPLOY_GITHUB_TOKEN');
    expect(gh.smoke).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    expect(gh.smoke.message).toContain('[redacted]');
    expect(slack.requests.length).toBe(5);
    expect(github.requests.length).toBe(5);
    expectNoSecret(outputsOf(runs), [SLACK_TOKEN, GITHUB_TOKEN_VALUE]);
  });

  it("Twilio's Account body carries auth_token: it is never kept", async () => {
    const hexA = '7c1e' + '94b2' + 'd05f' + '3a68';
    const hexB = 'e2b9' + '0d47' + 'c61a' + '5f83';
    const accountSid = 'A' + 'C' + hexA + hexB;
    const authToken = hexB + hexA;
    // The account's own auth_token in the body: not a secret keybound was given, so only dropping it helps.
    const bodyToken = 'b83f' + hexA.split('').reverse().join('') + '6d2c' + hexB.slice(4);
    const twilio = await fakeProvider(() =>
      json(200, {
        sid: accountSid,
        friendly_name: 'Acme Production',
        status: 'active',
        type: 'Full',
        owner_account_sid: accountSid,
        auth_token: bodyToken,
        uri: `/2010-04-01/Accounts/${accountSid}.json`,
      }),
    );
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(['TWILIO_AUTH_TOKEN', 'TWILIO_ACCOUNT_SID']),
    });
    const runs = await runEveryFormat(
      ['check', root, '--smoke', '--secrets-json', '-', '--now', NOW, '--endpoint', `twilio=${twilio.url}`],
      { stdin: JSON.stringify({ TWILIO_AUTH_TOKEN: authToken, TWILIO_ACCOUNT_SID: accountSid }) },
    );
    const report = JSON.parse(runs.json.stdout);
    const key = report.keys.find((k: { name: string }) => k.name === 'TWILIO_AUTH_TOKEN');
    expect(key.smoke.status).toBe('verified');
    expect(twilio.requests.length).toBeGreaterThan(0);
    expectNoSecret(outputsOf(runs), [authToken, accountSid, bodyToken]);
  });
});

describe('case 10: provider text with \\n::stop-commands::x\\n, ::add-mask:: or ::error file=…:: is neutralized', () => {
  const HOSTILE =
    '\n::stop-commands::x\n::add-mask::kbMaskMe\n::error file=evil.yml,line=1::pwned\n##[set-output name=x]y';

  it('in every format, the runner acts on no command but our own annotations', async () => {
    const github = await fakeProvider(() => json(403, { message: `denied${HOSTILE}` }));
    const slack = await fakeProvider(() =>
      json(200, { ...SLACK_OK, team_id: `T012${HOSTILE}`, team: `Acme${HOSTILE}`, user: `bot${HOSTILE}` }),
    );
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN', 'DEPLOY_GITHUB_TOKEN']),
      'keybound.yml': 'version: 1\nkeys:\n  SLACK_BOT_TOKEN: { principal: "T999/*" }\n',
    });
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
        `slack=${slack.url}`,
        '--endpoint',
        `github=${github.url}`,
      ],
      { stdin: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN, DEPLOY_GITHUB_TOKEN: GITHUB_TOKEN_VALUE }) },
    );
    const report = JSON.parse(runs.json.stdout);
    // The hostile text did reach the report (so the check below is not vacuous).
    expect(JSON.stringify(report)).toContain('stop-commands');
    for (const [format, run] of Object.entries(runs)) {
      const view = parseWorkflowCommands(run.stdout + run.stderr);
      expect(view.stopped, format).toBe(false);
      const names = view.commands.map((c) => c.command);
      expect(names, format).not.toContain('add-mask');
      expect(names, format).not.toContain('set-output');
      if (format === 'github') {
        // One annotation per finding (all fit), each where keybound put it.
        expect(view.commands).toHaveLength(report.findings.length);
        for (const command of view.commands) {
          expect(['error', 'warning', 'notice']).toContain(command.command);
          expect(command.properties.file).not.toBe('evil.yml');
        }
      } else {
        expect(view.commands, format).toEqual([]);
        expect(run.stdout, format).not.toMatch(/^\s*::/m);
      }
    }
    expectNoSecret(outputsOf(runs), [SLACK_TOKEN, GITHUB_TOKEN_VALUE]);
  });
});

describe('case 11: secrets JSON with __proto__/constructor, duplicates, 20 MB, invalid JSON or a raw secret', () => {
  const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']) });

  it('__proto__ and constructor keys change no prototype; duplicates are named, never their values', async () => {
    const stdin =
      `{"__proto__": {"polluted": "${SLACK_TOKEN}"}, "constructor": {"prototype": {"polluted": "yes"}},` +
      ` "SLACK_BOT_TOKEN": "first-${SLACK_TOKEN}", "SLACK_BOT_TOKEN": "${SLACK_TOKEN}"}`;
    const runs = await runEveryFormat(['check', root, '--secrets-json', '-', '--now', NOW], { stdin });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const run of Object.values(runs)) {
      expect(run.code).not.toBe(2);
      expect(run.stderr).toContain('secret "SLACK_BOT_TOKEN" appears more than once');
      expect(run.stderr).toContain('secret "__proto__" is not a string');
    }
    expectNoSecret(outputsOf(runs), [SLACK_TOKEN, `first-${SLACK_TOKEN}`]);
  });

  it('a 20 MB secrets JSON is refused unread: exit 2', async () => {
    const stdin = `{"SLACK_BOT_TOKEN": "${SLACK_TOKEN}", "PAD": "${'x'.repeat(20 * 1024 * 1024)}"}`;
    const started = Date.now();
    const run = await runCli(['check', root, '--secrets-json', '-', '--now', NOW], { stdin });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`larger than ${MAX_SECRETS_JSON_BYTES / 1024 / 1024} MiB`);
    expectNoSecret({ stderr: run.stderr, stdout: run.stdout }, [SLACK_TOKEN]);
  });

  it.each([
    ['a raw secret', SLACK_TOKEN],
    ['a raw secret with a newline', `${SLACK_TOKEN}\n`],
    ['unterminated JSON', `{"SLACK_BOT_TOKEN": "${SLACK_TOKEN}`],
    ['a trailing fragment', `{"SLACK_BOT_TOKEN": "x"} ${SLACK_TOKEN}`],
    ['a bad escape inside the value', `{"SLACK_BOT_TOKEN": "${SLACK_TOKEN}\\q"}`],
    ['single quotes', `{'SLACK_BOT_TOKEN': '${SLACK_TOKEN}'}`],
    ['a number then the secret', `12${SLACK_TOKEN}`],
  ])('%s: exit 2, no fragment of the input', async (_what, stdin) => {
    for (const format of ['text', 'json']) {
      const run = await runCli(['check', root, '--secrets-json', '-', '--format', format, '--now', NOW], { stdin });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^keybound: stdin: secrets JSON is not valid JSON/);
      const text = run.stdout + run.stderr;
      for (let i = 0; i + 6 <= SLACK_TOKEN.length; i++) expect(text).not.toContain(SLACK_TOKEN.slice(i, i + 6));
    }
  });
});

describe('case 12: RUNNER_DEBUG=1: request logs show provider, method, host, path and status only', () => {
  it('one line per request, nothing else', async () => {
    const slack = await fakeProvider(() => json(200, SLACK_OK));
    const root = tempRepo({ '.github/workflows/release.yml': workflow(['SLACK_BOT_TOKEN']) });
    const run = await runCli(
      ['check', root, '--smoke', '--secrets-json', '-', '--now', NOW, '--endpoint', `slack=${slack.url}`],
      { stdin: JSON.stringify({ SLACK_BOT_TOKEN: SLACK_TOKEN }), env: { RUNNER_DEBUG: '1' } },
    );
    const host = new URL(slack.url).host;
    const debug = run.stderr.split('\n').filter((line) => line.includes('debug'));
    expect(debug).toEqual([`keybound: debug: slack POST ${host}/api/auth.test -> 200`]);
    expectNoSecret({ stderr: run.stderr, stdout: run.stdout }, [SLACK_TOKEN]);
  });

  it('a path that carries a credential (Twilio Account SID) is logged as its declared template', async () => {
    const hexA = '7c1e' + '94b2' + 'd05f' + '3a68';
    const hexB = 'e2b9' + '0d47' + 'c61a' + '5f83';
    const accountSid = 'A' + 'C' + hexA + hexB;
    const authToken = hexB + hexA;
    const twilio = await fakeProvider(() => json(401, { code: 20003, message: 'Authenticate', status: 401 }));
    const root = tempRepo({
      '.github/workflows/release.yml': workflow(['TWILIO_AUTH_TOKEN', 'TWILIO_ACCOUNT_SID']),
    });
    const run = await runCli(
      ['check', root, '--smoke', '--secrets-json', '-', '--now', NOW, '--endpoint', `twilio=${twilio.url}`],
      {
        stdin: JSON.stringify({ TWILIO_AUTH_TOKEN: authToken, TWILIO_ACCOUNT_SID: accountSid }),
        env: { RUNNER_DEBUG: '1' },
      },
    );
    const host = new URL(twilio.url).host;
    const debug = run.stderr.split('\n').filter((line) => line.includes('debug'));
    expect(debug.length).toBeGreaterThan(0);
    for (const line of debug)
      expect(line).toBe(`keybound: debug: twilio GET ${host}/2010-04-01/Accounts/{AccountSid}.json -> 401`);
    expectNoSecret({ stderr: run.stderr, stdout: run.stdout }, [authToken, accountSid]);
  });
});
