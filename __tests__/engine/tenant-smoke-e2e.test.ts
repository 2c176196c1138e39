// Issue 16, done when: "an Okta token of a suspended admin is `invalid` with reason `user-inactive`",
// end to end through the CLI, with --endpoint pointing at a loopback fake Okta org. A provider with no
// default host is called only where --endpoint says: without it the key is skipped (no-endpoint) and
// the gate cannot pass; the OKTA_ORG_URL secret beside the token, pointing at another loopback server
// that would answer "active", is never asked; no output holds the token. (The admin is declared a
// service account, as Okta advises a dedicated one: Okta itself marks none.)

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { runCli } from '../cli/run.js';
import { json, startFakeProvider, type FakeHandler, type FakeProvider } from '../helpers/fake-provider.js';

// Made-up token, built from parts so that secret scanners do not flag it.
const TOKEN = '00' + 'kbE2eOktaTok3nQz7Wm2' + 'Xr7Tb3Nc8Vf1Hs6Jd0Lg';
const WORKFLOW = `name: Provision
on: { push: { branches: [main] } }
permissions:
  contents: read
jobs:
  provision:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - name: Sync groups
        run: ./sync-groups.sh
        env:
          OKTA_API_TOKEN: \${{ secrets.OKTA_API_TOKEN }}
          OKTA_ORG_URL: \${{ secrets.OKTA_ORG_URL }}
`;
const CONFIG = `version: 1
keys:
  OKTA_API_TOKEN:
    principal: deploy-admin@acme.example
    principal-kind: service
    rotated: 2026-05-01
  OKTA_ORG_URL:
    provider: none
    principal-kind: service
    owner: identity-team
    rotated: 2026-05-01
`;

/** The Okta User object of GET /api/v1/users/me (PROVIDERS.md section 24), with the admin's status. */
function me(status: string): FakeHandler {
  return (request) =>
    request.path === '/api/v1/users/me'
      ? json(200, {
          id: '00ub0oNGTSWTBKOLGLNR',
          status,
          profile: { login: 'deploy-admin@acme.example', email: 'deploy-admin@acme.example' },
        })
      : { status: 404 };
}

const fakes: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function serve(handler: FakeHandler): Promise<FakeProvider> {
  const fake = await startFakeProvider(handler);
  fakes.push(fake);
  return fake;
}

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-okta-'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(dir, '.github', 'workflows', 'provision.yml'), WORKFLOW);
  writeFileSync(join(dir, 'keybound.yml'), CONFIG);
  return dir;
}

async function gate(endpoints: string[], orgUrl: string, format = 'json') {
  const secrets = { OKTA_API_TOKEN: TOKEN, OKTA_ORG_URL: orgUrl };
  const run = await runCli(
    [
      'check',
      repo(),
      '--mode',
      'gate',
      '--environment',
      'production',
      '--smoke',
      '--secrets-json',
      '-',
      '--format',
      format,
      ...endpoints,
      '--now',
      '2026-06-01',
    ],
    { stdin: JSON.stringify(secrets) },
  );
  for (const form of secretForms(TOKEN)) expect(run.stdout + run.stderr).not.toContain(form);
  return run;
}

describe('Okta end to end: a suspended admin, an org named only by --endpoint', () => {
  it('the token of a SUSPENDED admin is invalid (user-inactive) and fails the gate at the line that uses it', async () => {
    const org = await serve(me('SUSPENDED'));
    const trap = await serve(me('ACTIVE'));
    const run = await gate(['--endpoint', `okta=${org.url}`], trap.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const key = report.keys.find((k: { name: string }) => k.name === 'OKTA_API_TOKEN');
    expect(key.smoke).toEqual({
      status: 'invalid',
      reason: 'user-inactive',
      message:
        'the Okta user who created this token (deploy-admin@acme.example) is SUSPENDED: a token acts as its creator, and Okta accepts tokens only of active users',
    });
    expect(key.facts.principal).toEqual({
      value: 'deploy-admin@acme.example',
      source: 'smoke',
      detail: 'Okta GET /api/v1/users/me profile.login (the admin who created the token)',
    });
    expect(key.facts.provider).toMatchObject({ value: 'okta' });
    const findings = report.findings.filter((f: { key: string }) => f.key === 'OKTA_API_TOKEN');
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'key-user-association',
        severity: 'error',
        message:
          'the user associated with this key is deactivated, suspended or deleted at okta (OKTA_API_TOKEN); issue a new key from an active service account',
        location: expect.objectContaining({ file: '.github/workflows/provision.yml', line: 13 }),
      }),
    ]);
    // The token went to the org --endpoint names, in Okta's header, and nowhere else.
    expect(org.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
      ['GET', '/api/v1/users/me', `SSWS ${TOKEN}`],
    ]);
    expect(trap.requests).toHaveLength(0);
  });

  it('the same token of an ACTIVE admin passes the gate', async () => {
    const org = await serve(me('ACTIVE'));
    const run = await gate(['--endpoint', `okta=${org.url}`], 'https://acme.okta.com');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.keys.find((k: { name: string }) => k.name === 'OKTA_API_TOKEN').smoke).toMatchObject({
      status: 'verified',
      reason: 'ok',
    });
    expect(report.unconfirmed).toEqual([]);
  });

  it('without --endpoint okta=… nothing is sent, not even to the OKTA_ORG_URL beside it, and the gate is unconfirmed', async () => {
    const trap = await serve(me('ACTIVE'));
    const run = await gate([], trap.url);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout);
    expect(report.keys.find((k: { name: string }) => k.name === 'OKTA_API_TOKEN').smoke).toEqual({
      status: 'skipped',
      reason: 'no-endpoint',
      message:
        'Okta has no default host: name the Okta org domain with --endpoint okta=https://{org}.okta.com (Action input endpoints); the key was not sent',
    });
    expect(report.unconfirmed).toEqual(['OKTA_API_TOKEN']);
    expect(trap.requests).toHaveLength(0);
  });

  it.each(['text', 'sarif', 'markdown', 'github'])('no %s output holds the token', async (format) => {
    const org = await serve(me('SUSPENDED'));
    const run = await gate(['--endpoint', `okta=${org.url}`], 'https://acme.okta.com', format);
    expect(run.code).toBe(1);
  });
});
