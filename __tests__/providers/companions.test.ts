// Companions each provider declares (src/providers: `companions`), as key building reads them: the names
// that join a key (an AWS pair, Twilio pairs) and the values looked up beside it without joining (a
// Cloudflare account id, a Datadog site and API key); then, through the real registry and a loopback
// fake, what the adapters make of them, and SPEC section 6: a prefixed value goes to its own provider or
// nowhere, whatever config declares (SECURITY.md case 27). Providers with no default host (an Okta org,
// an Atlassian site, a Databricks workspace, an Elasticsearch cluster) are called only where --endpoint
// says: never where a companion naming a host (OKTA_ORG_URL, JIRA_BASE_URL...) would send them.

import { afterEach, describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { Key, KeyDeclaration, Use } from '../../src/core/types.js';
import { buildKeys } from '../../src/keys/build.js';
import type { ResolvedConfig } from '../../src/policy/types.js';
import { PROVIDERS, providerById } from '../../src/providers/index.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import { json, startFakeProvider, type FakeHandler, type FakeProvider } from '../helpers/fake-provider.js';
import { NOW, SETTINGS } from './harness.js';

// NOTE: made-up values, built from parts so that secret scanners do not flag them.
const HEX = '7c1e94b2' + 'd05f3a68' + 'e2b90d47' + 'c61a5f83';
const ACCOUNT_SID = 'A' + 'C' + HEX;
const KEY_SID = 'S' + 'K' + HEX.split('').reverse().join('');
const KEY_SECRET = 'Qm7Tz2Wp' + 'K9xLr4Nc' + '8VbJ3hDs' + '6Gf1YaR5';
const AUTH_TOKEN = HEX.slice(16) + HEX.slice(0, 16);
const CF_ACCOUNT = '9e3c7a1f' + '4d8b2e6a' + '0c5f9b3d' + '7a1e4c82';
const CF_TOKEN = 'Zp4Kq9Wm2X' + 'r7Tb3Nc8Vf' + '-1Hs6Jd0Lg' + '5Ya2Ue_9Qw';
const DD_API = '3b7d5a02' + '4f8a2c6e' + '1b9d3f7a' + '0c5e8b2d';
const DD_APP = DD_API + '6a4f' + '1c9e';
const ALI_ID = 'LTAI' + '5tQm8Wz2' + 'Xr7Vn4Kp' + '9Hc3';
const ALI_STS_ID = 'STS.' + 'NUg7Yr' + 'Lk3Mn8Bv' + 'Cx5Zq2Wp';
const ALI_SECRET = 'Jd6Fs1Lg' + '8Ka3Qw7E' + 'r2Ty5Ui9' + 'Op4Zx0';
const ALI_TOKEN = 'CAIS' + '8gF1q6Ft5B2yfSjIr5bXD' + '+/ocyoDM0KlXeBlVi0';
const TF_TOKEN =
  'Kp4Xq7Lm2Vw9Rt' + '.atlasv1.' + 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9Qw' + 'BxFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0';
const JIRA_TOKEN = 'ATATT' + '3xFfGF0' + CF_TOKEN + '=1B2C' + '3D4E';
const CONFLUENT_ID = 'KB7Q2ZL9' + 'XM4PW8RT';
const CONFLUENT_SECRET = CF_TOKEN.replace(/[-_]/g, '+') + CF_TOKEN.replace(/[-_]/g, '/') + '0a1b';

function use(name: string): Use {
  return {
    name,
    sourceKind: 'github-workflow',
    location: { file: '.github/workflows/deploy.yml', line: 1, column: 1 },
    hints: {},
    environment: 'production',
    environmentSource: 'github-environment',
  };
}

function config(declarations: KeyDeclaration[] = []): ResolvedConfig {
  return {
    extends: [],
    environments: [],
    keys: new Map(declarations.map((d) => [d.name, d])),
    rules: {},
    customRules: [],
    exceptions: [],
  };
}

function build(names: string[], given: Record<string, string>, declarations: KeyDeclaration[] = []): Key[] {
  const secrets = new Map(Object.entries(given).map(([name, v]) => [name, new SecretValue(v, 'secrets-json')]));
  return buildKeys(names.map(use), [], config(declarations), secrets);
}

/** Each key as name -> { value, companions by role }, values revealed. */
function shape(keys: Key[]): Record<string, { value?: string; companions: Record<string, string> }> {
  return Object.fromEntries(
    keys.map((key) => [
      key.name,
      {
        ...(key.value ? { value: key.value.reveal() } : {}),
        companions: Object.fromEntries(Object.entries(key.companions).map(([role, v]) => [role, v.reveal()])),
      },
    ]),
  );
}

const CASES: {
  name: string;
  uses: string[];
  given: Record<string, string>;
  expected: ReturnType<typeof shape>;
}[] = [
  {
    name: 'Twilio TWILIO_API_KEY_SID / TWILIO_API_KEY_SECRET pair with TWILIO_ACCOUNT_SID: one key',
    uses: ['TWILIO_API_KEY_SID', 'TWILIO_API_KEY_SECRET', 'TWILIO_ACCOUNT_SID'],
    given: { TWILIO_API_KEY_SID: KEY_SID, TWILIO_API_KEY_SECRET: KEY_SECRET, TWILIO_ACCOUNT_SID: ACCOUNT_SID },
    expected: {
      TWILIO_API_KEY_SECRET: { value: KEY_SECRET, companions: { apiKeySid: KEY_SID, accountSid: ACCOUNT_SID } },
    },
  },
  {
    name: 'Twilio TWILIO_API_KEY / TWILIO_API_SECRET pair with TWILIO_ACCOUNT_SID: one key',
    uses: ['TWILIO_API_KEY', 'TWILIO_API_SECRET', 'TWILIO_ACCOUNT_SID'],
    given: { TWILIO_API_KEY: KEY_SID, TWILIO_API_SECRET: KEY_SECRET, TWILIO_ACCOUNT_SID: ACCOUNT_SID },
    expected: {
      TWILIO_API_SECRET: { value: KEY_SECRET, companions: { apiKeySid: KEY_SID, accountSid: ACCOUNT_SID } },
    },
  },
  {
    name: 'a prefix is kept: PROD_TWILIO_AUTH_TOKEN pairs with PROD_TWILIO_ACCOUNT_SID, not TWILIO_ACCOUNT_SID',
    uses: ['PROD_TWILIO_AUTH_TOKEN', 'PROD_TWILIO_ACCOUNT_SID', 'TWILIO_ACCOUNT_SID'],
    given: { PROD_TWILIO_AUTH_TOKEN: AUTH_TOKEN, PROD_TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_ACCOUNT_SID: 'x' },
    expected: {
      PROD_TWILIO_AUTH_TOKEN: { value: AUTH_TOKEN, companions: { accountSid: ACCOUNT_SID } },
      TWILIO_ACCOUNT_SID: { value: 'x', companions: {} },
    },
  },
  {
    name: 'Cloudflare: CLOUDFLARE_ACCOUNT_ID beside CLOUDFLARE_API_TOKEN is read, and stays a key of its own',
    uses: ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID'],
    given: { CLOUDFLARE_API_TOKEN: CF_TOKEN, CLOUDFLARE_ACCOUNT_ID: CF_ACCOUNT },
    expected: {
      CLOUDFLARE_ACCOUNT_ID: { value: CF_ACCOUNT, companions: {} },
      CLOUDFLARE_API_TOKEN: { value: CF_TOKEN, companions: { accountId: CF_ACCOUNT } },
    },
  },
  {
    name: 'Cloudflare: CF_ACCOUNT_ID is read beside CF_API_TOKEN even when no file uses it',
    uses: ['CF_API_TOKEN'],
    given: { CF_API_TOKEN: CF_TOKEN, CF_ACCOUNT_ID: CF_ACCOUNT },
    expected: { CF_API_TOKEN: { value: CF_TOKEN, companions: { accountId: CF_ACCOUNT } } },
  },
  {
    name: 'Cloudflare: any prefix that names it (CF_AI_GATEWAY_TOKEN + CF_AI_GATEWAY_ACCOUNT_ID, TEST_CLOUDFLARE_…)',
    uses: ['CF_AI_GATEWAY_TOKEN', 'TEST_CLOUDFLARE_API_TOKEN'],
    given: {
      CF_AI_GATEWAY_TOKEN: CF_TOKEN,
      CF_AI_GATEWAY_ACCOUNT_ID: CF_ACCOUNT,
      TEST_CLOUDFLARE_API_TOKEN: 'T' + CF_TOKEN.slice(1),
      TEST_CLOUDFLARE_ACCOUNT_ID: 'f' + CF_ACCOUNT.slice(1),
      CLOUDFLARE_ACCOUNT_ID: 'not this one',
    },
    expected: {
      CF_AI_GATEWAY_TOKEN: { value: CF_TOKEN, companions: { accountId: CF_ACCOUNT } },
      TEST_CLOUDFLARE_API_TOKEN: {
        value: 'T' + CF_TOKEN.slice(1),
        companions: { accountId: 'f' + CF_ACCOUNT.slice(1) },
      },
    },
  },
  {
    name: 'no provider word, no companion: DEPLOY_API_TOKEN takes no DEPLOY_ACCOUNT_ID',
    uses: ['DEPLOY_API_TOKEN'],
    given: { DEPLOY_API_TOKEN: CF_TOKEN, DEPLOY_ACCOUNT_ID: CF_ACCOUNT },
    expected: { DEPLOY_API_TOKEN: { value: CF_TOKEN, companions: {} } },
  },
  {
    name: 'Datadog: DD_SITE is read beside DD_API_KEY',
    uses: ['DD_API_KEY'],
    given: { DD_API_KEY: DD_API, DD_SITE: 'datadoghq.eu' },
    expected: { DD_API_KEY: { value: DD_API, companions: { site: 'datadoghq.eu' } } },
  },
  {
    name: 'Datadog: an application key reads its API key and site; the API key stays a key of its own',
    uses: ['DATADOG_APP_KEY', 'DATADOG_API_KEY'],
    given: { DATADOG_APP_KEY: DD_APP, DATADOG_API_KEY: DD_API, DATADOG_SITE: 'us5.datadoghq.com' },
    expected: {
      DATADOG_API_KEY: { value: DD_API, companions: { site: 'us5.datadoghq.com' } },
      DATADOG_APP_KEY: { value: DD_APP, companions: { apiKey: DD_API, site: 'us5.datadoghq.com' } },
    },
  },
  {
    name: 'Alibaba Cloud SDK names: the AccessKey id takes its secret and security token',
    uses: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'],
    given: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: ALI_STS_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: ALI_SECRET,
      ALIBABA_CLOUD_SECURITY_TOKEN: ALI_TOKEN,
    },
    expected: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: {
        value: ALI_STS_ID,
        companions: { secretAccessKey: ALI_SECRET, sessionToken: ALI_TOKEN },
      },
    },
  },
  {
    name: "Alibaba Cloud, Terraform's names: ALICLOUD_ACCESS_KEY + ALICLOUD_SECRET_KEY",
    uses: ['ALICLOUD_ACCESS_KEY', 'ALICLOUD_SECRET_KEY'],
    given: { ALICLOUD_ACCESS_KEY: ALI_ID, ALICLOUD_SECRET_KEY: ALI_SECRET },
    expected: { ALICLOUD_ACCESS_KEY: { value: ALI_ID, companions: { secretAccessKey: ALI_SECRET } } },
  },
  {
    name: 'Alibaba Cloud with a prefix: PROD_ALIYUN_ACCESS_KEY_ID + PROD_ALIYUN_ACCESS_KEY_SECRET',
    uses: ['PROD_ALIYUN_ACCESS_KEY_ID', 'PROD_ALIYUN_ACCESS_KEY_SECRET'],
    given: { PROD_ALIYUN_ACCESS_KEY_ID: ALI_ID, PROD_ALIYUN_ACCESS_KEY_SECRET: ALI_SECRET },
    expected: { PROD_ALIYUN_ACCESS_KEY_ID: { value: ALI_ID, companions: { secretAccessKey: ALI_SECRET } } },
  },
  {
    name: 'an LTAI id under AWS-style names (an S3-compatible OSS client) pairs with the same roles',
    uses: ['OSS_ACCESS_KEY_ID', 'OSS_SECRET_ACCESS_KEY'],
    given: { OSS_ACCESS_KEY_ID: ALI_ID, OSS_SECRET_ACCESS_KEY: ALI_SECRET },
    expected: { OSS_ACCESS_KEY_ID: { value: ALI_ID, companions: { secretAccessKey: ALI_SECRET } } },
  },
  {
    name: "the aliyun/* actions' names, unprefixed: ACCESS_KEY_ID + ACCESS_KEY_SECRET (GitHub's starter workflow)",
    uses: ['ACCESS_KEY_ID', 'ACCESS_KEY_SECRET'],
    given: { ACCESS_KEY_ID: ALI_ID, ACCESS_KEY_SECRET: ALI_SECRET },
    expected: { ACCESS_KEY_ID: { value: ALI_ID, companions: { secretAccessKey: ALI_SECRET } } },
  },
  {
    name: 'AWS pairs keep their names, and an AWS id takes an *_ACCESS_KEY_SECRET in the same role',
    uses: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_ACCESS_KEY_SECRET'],
    given: {
      AWS_ACCESS_KEY_ID: 'AKIA' + 'Q7ZL3XK2M9PW4RT6',
      AWS_SECRET_ACCESS_KEY: ALI_SECRET,
      PROD_AWS_ACCESS_KEY_ID: 'AKIA' + 'Z3XK2Q7LM9PW4RT6',
      PROD_AWS_ACCESS_KEY_SECRET: ALI_SECRET + 'x',
    },
    expected: {
      AWS_ACCESS_KEY_ID: { value: 'AKIA' + 'Q7ZL3XK2M9PW4RT6', companions: { secretAccessKey: ALI_SECRET } },
      PROD_AWS_ACCESS_KEY_ID: { value: 'AKIA' + 'Z3XK2Q7LM9PW4RT6', companions: { secretAccessKey: ALI_SECRET + 'x' } },
    },
  },
  {
    name: 'Terraform: TFE_HOSTNAME is read beside TFE_TOKEN (same prefix), TF_CLOUD_HOSTNAME beside TF_API_TOKEN; neither joins',
    uses: ['PROD_TFE_TOKEN', 'TF_API_TOKEN', 'PROD_TFE_HOSTNAME'],
    given: {
      PROD_TFE_TOKEN: TF_TOKEN,
      PROD_TFE_HOSTNAME: 'tfe.corp.example',
      TF_API_TOKEN: 'X' + TF_TOKEN.slice(1),
      TF_CLOUD_HOSTNAME: 'app.terraform.io',
    },
    expected: {
      PROD_TFE_HOSTNAME: { value: 'tfe.corp.example', companions: {} },
      PROD_TFE_TOKEN: { value: TF_TOKEN, companions: { host: 'tfe.corp.example' } },
      TF_API_TOKEN: { value: 'X' + TF_TOKEN.slice(1), companions: { host: 'app.terraform.io' } },
    },
  },
  {
    // SECURITY: a site beside the key is never a companion: only --endpoint names where a key goes.
    name: 'Atlassian: JIRA_USER_EMAIL is read beside JIRA_API_TOKEN; JIRA_BASE_URL is not',
    uses: ['JIRA_BASE_URL', 'JIRA_USER_EMAIL', 'JIRA_API_TOKEN'],
    given: {
      JIRA_BASE_URL: 'https://acme.atlassian.net',
      JIRA_USER_EMAIL: 'ci@acme.example',
      JIRA_API_TOKEN: JIRA_TOKEN,
    },
    expected: {
      JIRA_API_TOKEN: { value: JIRA_TOKEN, companions: { email: 'ci@acme.example' } },
      JIRA_BASE_URL: { value: 'https://acme.atlassian.net', companions: {} },
      JIRA_USER_EMAIL: { value: 'ci@acme.example', companions: {} },
    },
  },
  {
    name: 'Atlassian: CONFLUENCE_USERNAME beside CONFLUENCE_TOKEN, ATLASSIAN_EMAIL beside ATLASSIAN_API_TOKEN',
    uses: ['CONFLUENCE_TOKEN', 'ATLASSIAN_API_TOKEN'],
    given: {
      CONFLUENCE_TOKEN: JIRA_TOKEN,
      CONFLUENCE_USERNAME: 'docs@acme.example',
      ATLASSIAN_API_TOKEN: 'ATATT' + JIRA_TOKEN.slice(6),
      ATLASSIAN_EMAIL: 'ops@acme.example',
    },
    expected: {
      ATLASSIAN_API_TOKEN: { value: 'ATATT' + JIRA_TOKEN.slice(6), companions: { email: 'ops@acme.example' } },
      CONFLUENCE_TOKEN: { value: JIRA_TOKEN, companions: { email: 'docs@acme.example' } },
    },
  },
  {
    name: 'Confluent: CONFLUENT_CLOUD_API_KEY joins CONFLUENT_CLOUD_API_SECRET as its key id: one key',
    uses: ['CONFLUENT_CLOUD_API_KEY', 'CONFLUENT_CLOUD_API_SECRET'],
    given: { CONFLUENT_CLOUD_API_KEY: CONFLUENT_ID, CONFLUENT_CLOUD_API_SECRET: CONFLUENT_SECRET },
    expected: { CONFLUENT_CLOUD_API_SECRET: { value: CONFLUENT_SECRET, companions: { keyId: CONFLUENT_ID } } },
  },
  {
    name: 'Confluent: CCLOUD_KEY joins CCLOUD_SECRET; a KAFKA_ pair names no Confluent word and stays apart',
    uses: ['CCLOUD_KEY', 'CCLOUD_SECRET', 'KAFKA_API_KEY', 'KAFKA_API_SECRET'],
    given: { CCLOUD_KEY: CONFLUENT_ID, CCLOUD_SECRET: CONFLUENT_SECRET, KAFKA_API_KEY: 'k', KAFKA_API_SECRET: 's' },
    expected: {
      CCLOUD_SECRET: { value: CONFLUENT_SECRET, companions: { keyId: CONFLUENT_ID } },
      KAFKA_API_KEY: { value: 'k', companions: {} },
      KAFKA_API_SECRET: { value: 's', companions: {} },
    },
  },
  {
    name: 'Okta, Databricks, Elasticsearch: the org, workspace or cluster URL beside a key is no companion',
    uses: [
      'OKTA_API_TOKEN',
      'OKTA_ORG_URL',
      'DATABRICKS_TOKEN',
      'DATABRICKS_HOST',
      'ELASTICSEARCH_API_KEY',
      'ELASTICSEARCH_URL',
    ],
    given: {
      OKTA_API_TOKEN: '00' + CF_TOKEN + 'ab',
      OKTA_ORG_URL: 'https://acme.okta.com',
      DATABRICKS_TOKEN: 'dapi' + DD_API,
      DATABRICKS_HOST: 'https://acme.cloud.databricks.com',
      ELASTICSEARCH_API_KEY: 'ZXM6a2V5',
      ELASTICSEARCH_URL: 'https://es.acme.example:9200',
    },
    expected: {
      DATABRICKS_HOST: { value: 'https://acme.cloud.databricks.com', companions: {} },
      DATABRICKS_TOKEN: { value: 'dapi' + DD_API, companions: {} },
      ELASTICSEARCH_API_KEY: { value: 'ZXM6a2V5', companions: {} },
      ELASTICSEARCH_URL: { value: 'https://es.acme.example:9200', companions: {} },
      OKTA_API_TOKEN: { value: '00' + CF_TOKEN + 'ab', companions: {} },
      OKTA_ORG_URL: { value: 'https://acme.okta.com', companions: {} },
    },
  },
];

describe('companions declared by the providers, as key building reads them', () => {
  it.each(CASES)('$name', ({ uses, given, expected }) => {
    expect(shape(build(uses, given))).toEqual(expected);
  });
});

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: FakeHandler): Promise<FakeProvider> {
  const server = await startFakeProvider(handler);
  servers.push(server);
  return server;
}

describe('through the real registry: the pairs reach their adapters', () => {
  it('a Twilio API key (SK) pair is judged on a Messages list under its account, Basic SK:secret', async () => {
    const fake = await serve(() => json(200, { messages: [] }));
    const keys = build(['TWILIO_API_KEY_SID', 'TWILIO_API_KEY_SECRET', 'TWILIO_ACCOUNT_SID'], {
      TWILIO_API_KEY_SID: KEY_SID,
      TWILIO_API_KEY_SECRET: KEY_SECRET,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    });
    await smokeKeys(keys, { endpoints: { twilio: fake.url }, now: NOW, http: SETTINGS });
    expect(keys[0].smoke).toMatchObject({ status: 'verified', reason: 'ok', principal: { sid: ACCOUNT_SID } });
    expect(fake.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      [
        `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?PageSize=1`,
        `Basic ${Buffer.from(`${KEY_SID}:${KEY_SECRET}`).toString('base64')}`,
      ],
    ]);
  });

  it('an Alibaba Cloud STS. id with its secret and token: one signed POST / carrying the token, verified', async () => {
    const caller = { IdentityType: 'AssumedRoleUser', AccountId: '1968132000123456' };
    const fake = await serve(() => json(200, { ...caller, Arn: 'acs:ram::1968132000123456:assumed-role/ci/run-1' }));
    const keys = build(
      ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'],
      {
        ALIBABA_CLOUD_ACCESS_KEY_ID: ALI_STS_ID,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: ALI_SECRET,
        ALIBABA_CLOUD_SECURITY_TOKEN: ALI_TOKEN,
      },
    );
    await smokeKeys(keys, { endpoints: { alibaba: fake.url }, now: NOW, http: SETTINGS });
    expect(keys[0].smoke).toMatchObject({ status: 'verified', principal: { identityType: 'AssumedRoleUser' } });
    expect(keys[0].facts.principalKind).toMatchObject({ value: 'service', source: 'smoke' });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /']);
    const form = new URLSearchParams(fake.requests[0].body);
    expect([form.get('AccessKeyId'), form.get('SecurityToken')]).toEqual([ALI_STS_ID, ALI_TOKEN]);
    expect(fake.requests[0].body).not.toContain(ALI_SECRET);
  });

  it('a legacy Cloudflare token with CLOUDFLARE_ACCOUNT_ID is decided under its account', async () => {
    const verify = { success: true, errors: [], messages: [], result: { id: 'ed17' + '5743', status: 'active' } };
    const fake = await serve((request) =>
      request.path.startsWith('/client/v4/accounts/')
        ? json(200, verify)
        : json(401, {
            success: false,
            errors: [{ code: 1000, message: 'Invalid API Token' }],
            messages: [],
            result: null,
          }),
    );
    const keys = build(['CLOUDFLARE_API_TOKEN'], { CLOUDFLARE_API_TOKEN: CF_TOKEN, CLOUDFLARE_ACCOUNT_ID: CF_ACCOUNT });
    await smokeKeys(keys, { endpoints: { cloudflare: fake.url }, now: NOW, http: SETTINGS });
    expect(keys[0].smoke).toMatchObject({ status: 'verified', principal: { tokenId: 'ed17' + '5743' } });
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/client/v4/user/tokens/verify',
      `/client/v4/accounts/${CF_ACCOUNT}/tokens/verify`,
    ]);
  });

  // SECURITY: a companion value never chooses where a token goes; only --endpoint names a host.
  const ACCOUNT_DETAILS = json(200, { data: { id: 'user-1', type: 'users', attributes: { username: 'ada' } } });

  it('TFE_HOSTNAME naming another host (here, the fake itself) keeps the token from app.terraform.io, sent nowhere', async () => {
    const fake = await serve(() => ACCOUNT_DETAILS);
    const keys = build(['TFE_TOKEN'], { TFE_TOKEN: TF_TOKEN, TFE_HOSTNAME: fake.url });
    await smokeKeys(keys, { endpoints: {}, now: NOW, http: SETTINGS });
    expect(keys[0].smoke).toMatchObject({ status: 'skipped', reason: 'unsupported' });
    expect(keys[0].smoke?.message).toContain('--endpoint terraform=https://HOST');
    expect(fake.requests).toEqual([]);
  });

  it('with --endpoint terraform=… the token goes to that host only, whatever TFE_HOSTNAME names', async () => {
    const tfe = await serve(() => ACCOUNT_DETAILS);
    const other = await serve(() => ACCOUNT_DETAILS);
    const keys = build(['TFE_TOKEN'], { TFE_TOKEN: TF_TOKEN, TFE_HOSTNAME: other.url });
    await smokeKeys(keys, { endpoints: { terraform: tfe.url }, now: NOW, http: SETTINGS });
    expect(keys[0].smoke).toMatchObject({ status: 'verified', principal: { username: 'ada' } });
    expect(tfe.requests.map((r) => r.path)).toEqual(['/api/v2/account/details']);
    expect(other.requests).toEqual([]);
  });
});

describe('SPEC section 6: a prefixed value goes to its own provider or nowhere (SECURITY.md case 27)', () => {
  // ghp_ + 36 and npm_ + 36 are 40 characters: Cloudflare's legacy token format fits them.
  const GHP = 'ghp_' + 'rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY';
  const NPM = 'npm_' + 'q7Lw2Rt9XbKd4Mz8Hn3PvYc6Jf1Ts5Ge0Ua2';
  const XOXB = 'xox' + 'b-6021408762-5893127401-Zp4Lw9Qe2Rt7YbK3nH6v';
  const STRIPE = 'sk' + '_live_' + '51QzT7kPw3Rm9XvB2nLc6YhD4sG8jUa';

  it.each([
    ['a ghp_ token declared provider: cloudflare', 'DEPLOY_TOKEN', GHP, 'cloudflare', 'GitHub classic-pat (ghp_)'],
    ['an npm_ token declared provider: cloudflare', 'CF_API_TOKEN', NPM, 'cloudflare', 'npm access-token (npm_)'],
    ['an xoxb- token declared provider: datadog', 'DD_API_KEY', XOXB, 'datadog', 'Slack bot (xoxb-)'],
    ['an sk_live_ key declared provider: twilio', 'TWILIO_AUTH_TOKEN', STRIPE, 'twilio', 'Stripe secret (sk_live_)'],
  ])(
    '%s: mismatch (declared-provider-differs), decided offline, no request anywhere',
    async (_what, name, value, provider, said) => {
      const fake = await serve(() => json(200, {}));
      const endpoints = Object.fromEntries(
        ['cloudflare', 'github', 'npm', 'slack', 'datadog', 'stripe', 'twilio'].map((id) => [id, fake.url]),
      );
      const keys = build([name], { [name]: value }, [{ name, provider }]);
      await smokeKeys(keys, { endpoints, now: NOW, http: SETTINGS });
      expect(keys[0].smoke).toMatchObject({ status: 'mismatch', reason: 'declared-provider-differs' });
      expect(keys[0].smoke?.message).toContain(said);
      expect(fake.requests).toEqual([]);
    },
  );
});

describe('providers with no default host: only --endpoint names it', () => {
  const TAIL = 'Kq9Wm2Xr7Tb3Nc8Vf1Hs' + '6Jd0Lg5Ya2Ue9QwBx4Zp';
  const SECRETS = {
    OKTA_API_TOKEN: '00' + TAIL,
    JIRA_API_TOKEN: JIRA_TOKEN,
    JIRA_USER_EMAIL: 'ci@acme.example',
    DATABRICKS_TOKEN: 'dapi' + DD_API,
    ELASTICSEARCH_API_KEY: Buffer.from(TAIL.slice(0, 20) + ':' + TAIL.slice(20) + 'Qw').toString('base64'),
    VAULT_TOKEN: 'hvs.' + TAIL + TAIL + TAIL.slice(0, 20),
  };
  /** The names beside each key that name its host: never read as a destination. */
  const HOSTS = ['OKTA_ORG_URL', 'JIRA_BASE_URL', 'DATABRICKS_HOST', 'ELASTICSEARCH_URL', 'VAULT_ADDR'];
  const TENANTS: [string, string, string][] = [
    ['okta', 'OKTA_API_TOKEN', 'https://{org}.okta.com'],
    ['atlassian', 'JIRA_API_TOKEN', 'https://{site}.atlassian.net'],
    ['databricks', 'DATABRICKS_TOKEN', 'https://{workspace}.cloud.databricks.com'],
    ['elasticsearch', 'ELASTICSEARCH_API_KEY', 'https://{cluster}:9200'],
    ['vault', 'VAULT_TOKEN', 'https://HOST:8200'],
  ];
  /** Each tenant provider's documented success, by path. */
  const ANSWERS: FakeHandler = (request) => {
    const bodies: Record<string, object> = {
      '/api/v1/users/me': { id: '00u1', status: 'ACTIVE', profile: { login: 'ops@acme.example' } },
      '/rest/api/3/myself': { accountId: '5b10ac8d', accountType: 'atlassian', active: true },
      '/api/2.0/preview/scim/v2/Me': { userName: 'ci@acme.example', active: true },
      '/api/2.0/token/list': { token_infos: [] },
      '/_security/_authenticate': { username: 'ci', enabled: true, authentication_type: 'api_key' },
      '/v1/auth/token/lookup-self': {
        data: { display_name: 'approle', policies: ['default'], path: 'auth/approle/login' },
      },
    };
    return bodies[request.path] ? json(200, bodies[request.path]) : { status: 404 };
  };
  const keysOf = (given: Record<string, string>): Key[] => build(Object.keys(given), given);
  const byName = (keys: Key[], name: string): Key => keys.find((key) => key.name === name)!;

  it('are the tenant providers, and no other has a call without a host', () => {
    expect(PROVIDERS.filter((p) => p.tenant).map((p) => p.id)).toEqual(TENANTS.map(([id]) => id).sort());
    for (const provider of PROVIDERS)
      for (const endpoint of provider.endpoints) expect(endpoint.baseUrl === undefined).toBe(!!provider.tenant);
  });

  it.each(TENANTS)(
    '%s: without --endpoint, skipped (no-endpoint) naming the flag; nothing sent',
    async (id, name, url) => {
      const keys = keysOf(SECRETS);
      const http = await smokeKeys(keys, { endpoints: {}, now: NOW, http: SETTINGS });
      const provider = providerById(id)!;
      expect(byName(keys, name).smoke).toEqual({
        status: 'skipped',
        reason: 'no-endpoint',
        message: `${provider.name} has no default host: name ${provider.tenant!.what} with --endpoint ${id}=${url} (Action input endpoints); the key was not sent`,
      });
      expect([...http.sent.keys()]).toEqual([]);
    },
  );

  it('a companion naming a host is never a destination, with or without --endpoint', async () => {
    const trap = await serve(ANSWERS);
    const tenant = await serve(ANSWERS);
    const given = { ...SECRETS, ...Object.fromEntries(HOSTS.map((name) => [name, trap.url])) };
    const without = keysOf(given);
    await smokeKeys(without, { endpoints: {}, now: NOW, http: SETTINGS });
    for (const [, name] of TENANTS) expect(byName(without, name).smoke).toMatchObject({ reason: 'no-endpoint' });
    const withEndpoints = keysOf(given);
    const endpoints = Object.fromEntries(TENANTS.map(([id]) => [id, tenant.url]));
    await smokeKeys(withEndpoints, { endpoints, now: NOW, http: SETTINGS });
    for (const [, name] of TENANTS) expect(byName(withEndpoints, name).smoke).toMatchObject({ status: 'verified' });
    expect(trap.requests).toHaveLength(0);
    expect(tenant.requests.map((r) => r.path).sort()).toEqual([
      '/_security/_authenticate',
      '/api/2.0/preview/scim/v2/Me',
      '/api/2.0/token/list',
      '/api/v1/users/me',
      '/rest/api/3/myself',
      '/v1/auth/token/lookup-self',
    ]);
    // Each credential went only with its own provider's call.
    const seen = (path: string): string => JSON.stringify(tenant.requests.filter((r) => r.path === path));
    expect(seen('/api/v1/users/me')).toContain(SECRETS.OKTA_API_TOKEN);
    expect(seen('/rest/api/3/myself')).not.toContain(SECRETS.OKTA_API_TOKEN);
    expect(seen('/_security/_authenticate')).not.toContain(SECRETS.DATABRICKS_TOKEN);
  });
});
