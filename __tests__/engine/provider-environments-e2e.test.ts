// Issue 16, done when: through the CLI, a Doppler `dp.st.dev.` token in a production job is reported
// offline (no --smoke), and a Honeycomb key whose environment is Development is reported from the
// provider's answer (a loopback fake given with --endpoint): by no-dev-keys-in-prod, naming the
// provider, once, with the smoke result `verified` (key-user-association has nothing to add). And the
// Vault address comes only from --endpoint: a VAULT_ADDR secret beside the token is never a destination.
import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { runCli } from '../cli/run.js';
import { json, startFakeProvider, type FakeHandler, type FakeProvider } from '../helpers/fake-provider.js';

const REPO = '__tests__/fixtures/repos/provider-environments';
const NOW = ['--now', '2026-11-22'];
const WORKFLOW = '.github/workflows/deploy.yml';
// Made-up values, built from parts so that secret scanners do not flag them.
const SECRETS = {
  DOPPLER_TOKEN: 'dp.st.dev.' + 'Wq8Zr2Qm4TzR8wLpXv2N' + 'c6Kd9BsJ3Hy7Fg1VtE5u',
  HONEYCOMB_API_KEY: 'hcaik_' + '01hx9k2m4p6r8t0v2x4z6b8d0f' + 'q3w5e7r9t1y3u5i7o9p1a3s5d7f9g1h3',
  VAULT_TOKEN:
    'hvs.' + 'CAESIJRk2Vn8Tq4WLz6Hc1Md9PsF3Jx7Bg5YuN0e' + 'Wq8Zr2Qm4TzR8wLpXv2Nc6Kd9BsJ3Hy7Fg1VtE5uGiYKHGh2cy5',
};

const fakes: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
async function fake(handler: FakeHandler): Promise<FakeProvider> {
  const provider = await startFakeProvider(handler);
  fakes.push(provider);
  return provider;
}

/** Honeycomb's documented /1/auth answer for a key of the Development environment. */
const DEVELOPMENT = () =>
  json(200, {
    id: 'hcaik_01hx9k2m4p6r8t0v2x4z6b8d0f',
    type: 'ingest',
    api_key_access: { events: true, markers: true },
    environment: { name: 'Development', slug: 'development' },
    team: { name: 'Acme', slug: 'acme' },
  });
const ME = () => json(200, { name: 'deploy', slug: 'deploy', type: 'service_token', workplace: { slug: 'acme' } });

interface Finding {
  ruleId: string;
  key: string;
  severity: string;
  message: string;
  location: { file: string; line: number; column: number };
  evidence: { fact: string; value: unknown; source: string; detail?: string }[];
}

async function check(args: string[], secrets: Record<string, string> = SECRETS) {
  const run = await runCli(['check', REPO, '--secrets-json', '-', '--format', 'json', ...args, ...NOW], {
    stdin: JSON.stringify(secrets),
  });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout);
  const findings = (key: string): Finding[] => report.findings.filter((f: Finding) => f.key === key);
  const smoke = (key: string) => report.keys.find((k: { name: string }) => k.name === key)?.smoke;
  for (const value of Object.values(secrets))
    for (const form of secretForms(value)) expect(run.stdout).not.toContain(form);
  return { run, report, findings, smoke };
}

describe('environments the provider places a key in, end to end', () => {
  it('a Doppler dp.st.dev. token in a production job is reported offline, naming Doppler; nothing is sent', async () => {
    const doppler = await fake(ME);
    const { run, findings } = await check(['--endpoint', `doppler=${doppler.url}`]);
    expect(run.code).toBe(1);
    expect(findings('DOPPLER_TOKEN')).toEqual([
      expect.objectContaining({
        ruleId: 'no-dev-keys-in-prod',
        severity: 'error',
        message:
          'DOPPLER_TOKEN is used in production, but Doppler places it in development (prefix dp.st.dev); deploy the production key',
        location: { file: WORKFLOW, line: 13, column: 30, endLine: 13, endColumn: 51 },
        evidence: [{ fact: 'keyEnvironment', value: 'development', source: 'value', detail: 'prefix dp.st.dev' }],
      }),
    ]);
    expect(doppler.requests).toEqual([]);
  });

  it('a Honeycomb key of the Development environment is reported from the provider’s answer, once', async () => {
    const honeycomb = await fake(DEVELOPMENT);
    const doppler = await fake(ME);
    const { run, findings, smoke } = await check([
      '--smoke',
      '--endpoint',
      `honeycomb=${honeycomb.url}`,
      '--endpoint',
      `doppler=${doppler.url}`,
    ]);
    expect(run.code).toBe(1);
    expect(smoke('HONEYCOMB_API_KEY')).toMatchObject({ status: 'verified', reason: 'ok' });
    // One finding for the key: no-dev-keys-in-prod's, citing Honeycomb; key-user-association says nothing.
    expect(findings('HONEYCOMB_API_KEY').map((f) => f.ruleId)).toEqual(['no-dev-keys-in-prod']);
    expect(findings('HONEYCOMB_API_KEY')[0]).toMatchObject({
      severity: 'error',
      message:
        'HONEYCOMB_API_KEY is used in production, but Honeycomb places it in development (Honeycomb /1/auth environment "Development"); deploy the production key',
      location: { file: WORKFLOW, line: 17, column: 34, endLine: 17, endColumn: 59 },
      evidence: [
        {
          fact: 'keyEnvironment',
          value: 'development',
          source: 'smoke',
          detail: 'Honeycomb /1/auth environment "Development"',
        },
        { fact: 'smoke', value: 'verified', source: 'smoke', detail: 'ok' },
      ],
    });
    expect(honeycomb.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /1/auth']);
    expect(honeycomb.requests[0].headers['x-honeycomb-team']).toBe(SECRETS.HONEYCOMB_API_KEY);
    // The Doppler token: still the one offline finding, the smoke call verified.
    expect(smoke('DOPPLER_TOKEN')).toMatchObject({ status: 'verified', reason: 'ok' });
    expect(findings('DOPPLER_TOKEN').map((f) => f.ruleId)).toEqual(['no-dev-keys-in-prod']);
  });

  it('a Honeycomb key of the Production environment is not reported', async () => {
    const honeycomb = await fake(() =>
      json(200, { type: 'ingest', environment: { name: 'Production', slug: 'prod' }, team: { slug: 'acme' } }),
    );
    const { findings, report } = await check(['--smoke', '--endpoint', `honeycomb=${honeycomb.url}`], {
      HONEYCOMB_API_KEY: SECRETS.HONEYCOMB_API_KEY,
    });
    expect(findings('HONEYCOMB_API_KEY').map((f) => f.ruleId)).toEqual([]);
    const key = report.keys.find((k: { name: string }) => k.name === 'HONEYCOMB_API_KEY');
    expect(key.facts.keyEnvironment).toMatchObject({ value: 'production', source: 'smoke' });
  });
});

describe('the Vault address, end to end', () => {
  it('a VAULT_ADDR secret beside the token is never where it goes: without --endpoint, nothing is sent', async () => {
    const named = await fake(() => json(200, { data: { display_name: 'approle', policies: ['deploy'] } }));
    const { smoke } = await check(['--smoke'], { VAULT_TOKEN: SECRETS.VAULT_TOKEN, VAULT_ADDR: named.url });
    expect(smoke('VAULT_TOKEN')).toMatchObject({ status: 'skipped', reason: 'no-endpoint' });
    expect(smoke('VAULT_TOKEN').message).toContain('--endpoint vault=https://HOST:8200');
    expect(named.requests).toEqual([]);
  });

  it('with --endpoint vault=URL the token goes there, and never to VAULT_ADDR', async () => {
    const companion = await fake(() => json(200, { data: { display_name: 'stolen', policies: ['root'] } }));
    const endpoint = await fake(() => json(200, { data: { display_name: 'approle', policies: ['deploy'] } }));
    const { smoke } = await check(['--smoke', '--endpoint', `vault=${endpoint.url}`], {
      VAULT_TOKEN: SECRETS.VAULT_TOKEN,
      VAULT_ADDR: companion.url,
    });
    expect(smoke('VAULT_TOKEN')).toMatchObject({ status: 'verified', principal: { display_name: 'approle' } });
    expect(endpoint.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/auth/token/lookup-self']);
    expect(companion.requests).toEqual([]);
  });
});
