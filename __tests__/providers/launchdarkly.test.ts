// LaunchDarkly smoke check (GET /api/v2/caller-identity, the key as the whole Authorization header)
// against a fake API: the answers of PROVIDERS.md section 33 (the recorded 401 is replayed in
// recorded.test.ts), the environment an SDK key names (keyEnvironment, and no-dev-keys-in-prod through
// the CLI), personal and service tokens with their token details, the token writes the client never
// sends, and the shared faults.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { SmokeHttp } from '../../src/providers/http.js';
import { detectFormat } from '../../src/providers/index.js';
import { launchdarkly as provider } from '../../src/providers/launchdarkly.js';
import type { Credential, HttpRequest, Identity } from '../../src/providers/types.js';
import { runCli } from '../cli/run.js';
import { json, type FakeHandler, type FakeRequest } from '../helpers/fake-provider.js';
import { adapterHarness, describeSharedFaults, itAnswers, SETTINGS } from './harness.js';
import type { AdapterSpec, AnswerCase } from './harness.js';

type Fact = Identity['facts'][number];

// Made-up keys, built from parts so that secret scanners do not flag them.
const UUID = '3b8f1c2d-' + '7e4a-4f9b-' + '8c1d-2e5f7a9b0c3d';
const SDK = 'sdk-' + UUID;
const API = 'api-' + UUID.replace('3b8f', '5d2e');
const MOB = 'mob-' + UUID;
const PATH = '/api/v2/caller-identity';
const TOKEN_ID = '61095542756dba551110ae21';
const AFTER: string[] = [];

function credential(value = SDK, type = 'sdk-key', name = 'LAUNCHDARKLY_SDK_KEY'): Credential {
  const format = provider.formats.find((f) => f.type === type)!;
  expect(format.pattern.test(value)).toBe(true);
  return { name, value: new SecretValue(value, 'test'), companions: {}, format };
}
const apiToken = () => credential(API, 'access-token', 'LD_API_TOKEN');

/** The key is the whole header, with no scheme. */
function expectAuth(request: FakeRequest, cred: Credential): void {
  expect(request.headers.authorization).toBe(cred.value.reveal());
}

/** CallerIdentityRep for an SDK key (PROVIDERS.md section 33; which fields are filled is UNCONFIRMED). */
const sdkIdentity = (environmentName: string) => ({
  accountId: '5f0c1e2d3a4b5c6d7e8f9a0b',
  environmentId: '60a1b2c3d4e5f60718293a4b',
  projectId: '60a1b2c3d4e5f60718293a4c',
  environmentName,
  projectName: 'Web',
  authKind: 'sdk',
  tokenKind: null,
  clientId: null,
  tokenName: null,
  tokenId: null,
  memberId: null,
  serviceToken: null,
});
const VALID: FakeHandler = () => json(200, sdkIdentity('Production'));
const personal = {
  accountId: '5f0c1e2d3a4b5c6d7e8f9a0b',
  authKind: 'token',
  tokenKind: 'personal',
  tokenName: 'ci-reader',
  tokenId: TOKEN_ID,
  memberId: '569f183514f4432160000007',
  serviceToken: false,
};
const service = { ...personal, tokenKind: 'service', tokenName: 'deploy-bot', memberId: null, serviceToken: true };
const TOKEN_DETAILS = {
  _id: TOKEN_ID,
  name: 'deploy-bot',
  role: 'writer',
  customRoleIds: [],
  creationDate: 1767225600000,
};
const ACCOUNT: Fact = {
  fact: 'account',
  value: '5f0c1e2d3a4b5c6d7e8f9a0b',
  detail: 'LaunchDarkly caller-identity accountId',
};
const SDK_FACTS = (environment: string): Fact[] => [
  {
    fact: 'principal',
    value: `Web/${environment}`,
    detail: 'LaunchDarkly caller-identity projectName/environmentName',
  },
  {
    fact: 'principalKind',
    value: 'service',
    detail: 'a LaunchDarkly SDK key belongs to an environment, not to a person',
  },
];
const unauthorized = (message: string) => json(401, { code: 'unauthorized', message });

// The shared harness (__tests__/providers/harness.ts): its faults run at the end of this file.
const SPEC: AdapterSpec = { provider, credential, expectAuth, path: PATH, after: AFTER, valid: VALID };
const harness = adapterHarness(SPEC);
const { serve } = harness;

const CASES: AnswerCase[] = [
  ...(
    [
      ['Production', 'production'],
      ['Test', 'development'],
      ['staging-eu', 'staging'],
      ['QA', 'development'],
    ] as const
  ).map(([name, environment]): AnswerCase => ({
    name: `an SDK key of environment ${name}: keyEnvironment ${environment}, citing LaunchDarkly`,
    handler: () => json(200, sdkIdentity(name)),
    expected: {
      status: 'verified',
      reason: 'ok',
      principal: { account: '5f0c1e2d3a4b5c6d7e8f9a0b', authKind: 'sdk', project: 'Web', environment: name },
      facts: [
        ...SDK_FACTS(name),
        { fact: 'keyEnvironment', value: environment, detail: `LaunchDarkly: environment ${name} of project Web` },
        ACCOUNT,
      ],
      aliases: ['60a1b2c3d4e5f60718293a4c/60a1b2c3d4e5f60718293a4b'],
    },
  })),
  {
    name: 'an environment name that is no convention: no keyEnvironment (never a guess), and a note',
    handler: () => json(200, sdkIdentity('Customer A')),
    expected: { status: 'verified', facts: [...SDK_FACTS('Customer A'), ACCOUNT] },
    message: /environment Customer A is no production, staging or development name/,
  },
  {
    name: 'an SDK key answered without project and environment is unknown',
    handler: () => json(200, { ...sdkIdentity('Production'), environmentName: null }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: 'a personal token: its member, a person; then its role and creation date from the token details',
    credential: apiToken,
    handler: (request) => (request.path === PATH ? json(200, personal) : json(200, TOKEN_DETAILS)),
    paths: [PATH, `/api/v2/tokens/${TOKEN_ID}`],
    expected: {
      status: 'verified',
      principal: { account: '5f0c1e2d3a4b5c6d7e8f9a0b', tokenKind: 'personal', memberId: '569f183514f4432160000007' },
      facts: [
        { fact: 'principal', value: '569f183514f4432160000007', detail: 'LaunchDarkly caller-identity memberId' },
        {
          fact: 'principalKind',
          value: 'human',
          detail: 'a personal access token of a LaunchDarkly member (serviceToken: false)',
        },
        ACCOUNT,
        { fact: 'scopes', value: ['writer'], detail: 'LaunchDarkly GET /api/v2/tokens/{id} role, customRoleIds' },
        {
          fact: 'created',
          value: '2026-01-01T00:00:00.000Z',
          detail: 'LaunchDarkly GET /api/v2/tokens/{id} creationDate',
        },
      ],
      aliases: [TOKEN_ID, 'ci-reader'],
    },
  },
  {
    name: 'a service token: named by the token, a service principal; caller-identity scopes win over the role',
    credential: apiToken,
    handler: (request) =>
      request.path === PATH
        ? json(200, { ...service, scopes: ['reader', 'proj/*:env/production:flag/*'] })
        : json(200, { ...TOKEN_DETAILS, role: 'admin', customRoleIds: ['deployers'] }),
    paths: [PATH, `/api/v2/tokens/${TOKEN_ID}`],
    expected: {
      status: 'verified',
      facts: [
        { fact: 'principal', value: 'deploy-bot', detail: 'LaunchDarkly caller-identity tokenName (service token)' },
        { fact: 'principalKind', value: 'service', detail: 'a LaunchDarkly service token (serviceToken: true)' },
        {
          fact: 'scopes',
          value: ['reader', 'proj/*:env/production:flag/*'],
          detail: 'LaunchDarkly caller-identity scopes',
        },
        ACCOUNT,
        {
          fact: 'created',
          value: '2026-01-01T00:00:00.000Z',
          detail: 'LaunchDarkly GET /api/v2/tokens/{id} creationDate',
        },
      ],
    },
  },
  {
    name: 'token details refused (403): still verified, with a note',
    credential: apiToken,
    handler: (request) =>
      request.path === PATH
        ? json(200, service)
        : json(403, { code: 'forbidden', message: 'Access to the requested resource was denied' }),
    paths: [PATH, `/api/v2/tokens/${TOKEN_ID}`],
    expected: { status: 'verified', reason: 'ok' },
    message: /role and creation date could not be read \(HTTP 403\)/,
  },
  {
    name: 'a token id that is no LaunchDarkly id is never put in a path',
    credential: apiToken,
    handler: () => json(200, { ...service, tokenId: '../members' }),
    expected: { status: 'verified', principal: { tokenId: '../members' } },
  },
  {
    name: 'a token naming neither member nor service token is unknown',
    credential: apiToken,
    handler: () => json(200, { ...personal, memberId: null }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '401 as documented ("Invalid access token") is invalid (revoked), naming the federal instance',
    handler: () => unauthorized('Invalid access token'),
    expected: { status: 'invalid', reason: 'revoked', facts: [] },
    message: /revoked, reset or never valid, or a key of the federal instance/,
  },
  {
    name: '401 as a live probe saw it (lower case): the code decides, the same verdict',
    handler: () => unauthorized('invalid access token'),
    expected: { status: 'invalid', reason: 'revoked' },
  },
  {
    name: 'a 401 without the code is unknown',
    handler: () => json(401, { message: 'Unauthorized' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
  {
    name: '403 is unknown',
    handler: () => json(403, { code: 'forbidden', message: 'Access denied' }),
    expected: { status: 'unknown', reason: 'unexpected-response' },
  },
];

describe('LaunchDarkly smoke: GET /api/v2/caller-identity', () => {
  itAnswers(SPEC, harness, CASES);

  it.each([
    ['an sdk- key beside any name', SDK, 'FLAGS_KEY', 'sdk-key'],
    ['an api- token beside a LaunchDarkly name', API, 'LAUNCHDARKLY_ACCESS_TOKEN', 'access-token'],
    ['an api- value beside another name is never sent to LaunchDarkly', API, 'SERVICE_API_KEY', undefined],
    ['a mobile key (public) is no secret of LaunchDarkly', MOB, 'LD_MOBILE_KEY', undefined],
  ])('detection: %s', (_what, value, name, type) => {
    expect(detectFormat(value, name)?.format.type).toBe(type);
  });

  it.each([
    ['PATCH', `/api/v2/tokens/${TOKEN_ID}`],
    ['DELETE', `/api/v2/tokens/${TOKEN_ID}`],
    ['POST', `/api/v2/tokens/${TOKEN_ID}/reset`],
    ['POST', '/api/v2/tokens'],
    ['GET', `/api/v2/tokens/${TOKEN_ID}/../../members`],
  ])('the client refuses %s %s before sending anything', async (method, path) => {
    const fake = await serve(VALID);
    const http = new SmokeHttp(SETTINGS).forProvider(provider, fake.url);
    const request = { method, path, headers: { authorization: API } } as unknown as HttpRequest;
    await expect(http.request(request)).rejects.toThrow(/not a declared read-only endpoint/);
    expect(fake.requests).toEqual([]);
  });

  it('the debug log names the declared path, never the token id as sent', async () => {
    const lines: string[] = [];
    const fake = await serve((request) => (request.path === PATH ? json(200, personal) : json(200, TOKEN_DETAILS)));
    const http = new SmokeHttp({ ...SETTINGS, log: (line) => lines.push(line) }).forProvider(provider, fake.url);
    await provider.identify!(apiToken(), { http, now: new Date() });
    expect(lines.map((line) => line.replace(/ \S+?\//, ' HOST/'))).toEqual([
      `launchdarkly GET HOST/api/v2/caller-identity -> 200`,
      `launchdarkly GET HOST/api/v2/tokens/{tokenId} -> 200`,
    ]);
    expect(lines.join('\n')).not.toContain(API);
  });
});

// Issue 16, done when: the provider places the key in development; a production use is an error
// citing the provider. Through the CLI, with LaunchDarkly a loopback fake.
describe('an SDK key LaunchDarkly places in another environment, used in production', () => {
  const repo = '__tests__/fixtures/repos/launchdarkly-environment';

  async function run(environmentName: string) {
    const fake = await serve(() => json(200, sdkIdentity(environmentName)));
    const args = ['check', repo, '--smoke', '--secrets-json', '-', '--format', 'json', '--now', '2026-06-01'];
    const result = await runCli([...args, '--endpoint', `launchdarkly=${fake.url}`], {
      stdin: JSON.stringify({ LAUNCHDARKLY_SDK_KEY: SDK }),
    });
    const report = JSON.parse(result.stdout);
    const findings = report.findings.filter((f: { key?: string }) => f.key === 'LAUNCHDARKLY_SDK_KEY');
    return { result, report, findings, fake };
  }

  // The error is no-dev-keys-in-prod's, citing LaunchDarkly's own answer; key-user-association says
  // nothing of a key the provider verified (one root cause, one finding).
  it('environment Test: one error at the line that uses it, citing LaunchDarkly', async () => {
    const { result, findings, fake } = await run('Test');
    expect(fake.requests.map((r) => r.path)).toEqual([PATH]);
    const errors = findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].ruleId).toBe('no-dev-keys-in-prod');
    expect(errors[0].location).toMatchObject({ file: '.github/workflows/deploy.yml', line: 11 });
    expect(errors[0].evidence).toContainEqual({
      fact: 'keyEnvironment',
      value: 'development',
      source: 'smoke',
      detail: 'LaunchDarkly: environment Test of project Web',
    });
    expect(result.stdout).not.toContain(SDK);
  });

  it('environment Production: no error', async () => {
    const { findings } = await run('Production');
    expect(findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });
});

describeSharedFaults(SPEC, harness);
