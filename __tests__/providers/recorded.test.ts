// Every answer a provider really gave (__tests__/fixtures/provider-responses, copied from
// ../shared/provider-responses with their sources) replayed through the real HTTP client against a
// loopback fake: status, recorded headers and body as recorded. Each entry's `means` says what the
// answer supports on its own; the table below says what keybound makes of it for one credential and
// context, and a check holds that table to `means`, so a fake is never kinder than its provider:
//
//   verified           -> verified (or a mismatch the provider itself gives: an account that cannot pay)
//   revoked / expired  -> invalid (revoked or unknown-key / expired)
//   user-inactive      -> invalid (user-inactive)
//   insufficient-scope -> the key is valid: verified, or unknown (insufficient-scope); never invalid
//   ambiguous          -> unknown, unless the context makes it decisive (a named site or partition), and
//                         the table says why
//
// A provider with no recorded answer is named below, so a recording added later must get its rows.

import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { SmokeHttp } from '../../src/providers/http.js';
import { PROVIDERS } from '../../src/providers/index.js';
import type { Credential, Identity } from '../../src/providers/types.js';
import { json, startFakeProvider, type FakeBehaviour, type FakeProvider } from '../helpers/fake-provider.js';
import { NOW, SETTINGS } from './harness.js';

const FIXTURES = new URL('../fixtures/provider-responses/', import.meta.url);
const SHARED = new URL('../../../shared/provider-responses/', import.meta.url);

interface Recorded {
  case: string;
  request: { method: string; path: string };
  status: number;
  headers: Record<string, string>;
  body: unknown;
  means: string;
  source: string;
}

function recorded(id: string): Recorded[] | undefined {
  const file = new URL(`${id}.json`, FIXTURES);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Recorded[]) : undefined;
}

/** The recorded answer as a fake sends it. */
function answer(entry: Recorded, body: unknown = entry.body): FakeBehaviour {
  const headers = Object.fromEntries(Object.entries(entry.headers).map(([name, value]) => [name.toLowerCase(), value]));
  if (body === null) return { status: entry.status, headers };
  return typeof body === 'string'
    ? { status: entry.status, headers, body }
    : json(entry.status, body as object, headers);
}

// NOTE: made-up credentials, built from parts so that secret scanners do not flag them.
const HEX = '7c3e9a1f' + '5b2d8e04' + 'a6f1c93b' + '2e7d5a80';
const TAIL = 'Zp4Kq9Wm2X' + 'r7Tb3Nc8Vf' + '1Hs6Jd0Lg5' + 'Ya2Ue9QwBx';
const VALUES = {
  anthropic: 'sk-ant-api03-' + (TAIL + TAIL + TAIL).slice(0, 93) + 'AA',
  awsId: 'AKIA' + 'Q7ZL3XK2' + 'M9PW4RT6',
  awsSecret: 'Ky2Joqy9ys' + 'fmXprCHEfJ' + '2eQ+/gzNRg' + 'HxmmTvp3Ph',
  cfLegacy: TAIL,
  cfUser: 'cfut_' + TAIL + '3f9a' + '1c7e',
  cfAccount: 'cfat_' + TAIL + '3f9a' + '1c7e',
  ddApi: HEX,
  ddApp: HEX + '5b2d' + '8e04',
  ghp: 'ghp_' + TAIL.slice(0, 36),
  ghs: 'ghs_' + TAIL.slice(0, 36),
  glpat: 'glpat-' + TAIL.slice(0, 20),
  openai: 'sk-proj-' + TAIL + 'T3Blbk' + 'FJ' + TAIL,
  sendgrid: 'SG.' + TAIL.slice(0, 22) + '.' + (TAIL + TAIL).slice(0, 43),
  slack: 'xox' + 'b-' + '6021408762-5893127401-' + TAIL.slice(0, 24),
  stripeSecret: 'sk' + '_test_' + TAIL,
  stripeRestricted: 'rk' + '_test_' + TAIL,
  twilioToken: HEX,
  twilioKeySid: 'S' + 'K' + HEX,
  twilioKeySecret: TAIL.slice(0, 32),
  alibabaId: 'LTAI' + TAIL.slice(0, 20),
  alibabaSecret: TAIL.slice(10, 40),
  circlePersonal: 'CCIPAT_' + TAIL.slice(0, 22) + '_' + HEX + HEX.slice(0, 8),
  circleProject: 'CCIPRJ_' + TAIL.slice(0, 22) + '_' + HEX + HEX.slice(0, 8),
  circleLegacy: HEX + HEX.slice(0, 8),
  openrouter: 'sk-or-v1-' + HEX + HEX,
  square: 'EAAA' + TAIL + TAIL.slice(0, 20),
  vault: 'hvs.' + TAIL + TAIL + TAIL.slice(0, 10),
  buildkite: 'bkua_' + HEX + HEX.slice(0, 8),
  // Discord: base64 of a made-up 18-digit id, then two parts of the documented lengths.
  discord: Buffer.from('8' + '0'.repeat(17)).toString('base64url') + '.GhIjKl.' + TAIL.slice(0, 27),
  dropbox: 'sl.' + TAIL + TAIL + TAIL + TAIL.slice(0, 20),
  notion: 'ntn_' + '31415926535' + TAIL.slice(0, 35),
  ldSdk: 'sdk-' + '7c3e9a1f-5b2d-4e04-a6f1-c93b2e7d5a80',
  ldApi: 'api-' + '7c3e9a1f-5b2d-4e04-a6f1-c93b2e7d5a80',
  okta: '00' + TAIL.slice(0, 40),
  atlassian: 'ATATT' + TAIL + TAIL + '=' + HEX.slice(0, 8),
  atlassianEmail: 'ci-bot@acme.example',
  databricks: 'dapi' + HEX,
  confluentKeyId: 'Q7ZL3XK2' + 'M9PW4RT6',
  confluentSecret: TAIL + TAIL.slice(0, 18) + '+/' + 'AAAA',
  elasticsearch: Buffer.from(TAIL.slice(0, 20) + ':' + TAIL.slice(20, 40) + 'Qw').toString('base64'),
};
/** The Account SID the Twilio recordings carry (an obviously fake value). */
const RECORDED_ACCOUNT_SID = 'AC' + '0'.repeat(32);

let gcpDocument = '';
beforeAll(() => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  gcpDocument = JSON.stringify({
    type: 'service_account',
    project_id: 'kb-replay-prod',
    private_key_id: HEX,
    private_key: pem,
    client_email: 'deployer@kb-replay-prod.iam.gserviceaccount.com',
  });
});

function credential(
  provider: string,
  type: string,
  value: string,
  companions: Record<string, string> = {},
): Credential {
  const spec = PROVIDERS.find((p) => p.id === provider)!;
  const format = spec.formats.find((f) => f.type === type && f.pattern.test(value));
  if (!format) throw new Error(`the ${provider} test value is no ${type}`);
  return {
    name: `${provider.toUpperCase()}_KEY`,
    value: new SecretValue(value, 'test'),
    companions: Object.fromEntries(
      Object.entries(companions).map(([role, text]) => [role, new SecretValue(text, 'test')]),
    ),
    format,
  };
}

interface Replay {
  /** What this row shows (test name). */
  name: string;
  credential: () => Credential;
  /** --endpoint named the base URL (the AWS partition, the Datadog site). */
  declaredEndpoint?: boolean;
  /** The fake: the recorded answer on every path unless `paths` gives other answers for some. */
  paths?: (entry: Recorded) => Record<string, FakeBehaviour>;
  /** The body sent instead of the recorded one, and why (a recording that did not keep it). */
  body?: { value: unknown; why: string };
  expected: Pick<Identity, 'status' | 'reason'> & { message?: RegExp; principal?: Identity['principal'] };
  /** The paths keybound must ask, in order. */
  asks: string[];
  /** Why an ambiguous answer is decisive here, or why a valid key is not `verified`. */
  decisive?: string;
}

/** Rows per recorded answer, by provider and `status source` (unique in each file). */
const REPLAYS: Record<string, Record<string, Replay[]>> = {
  alibaba: {
    '200 https://help.aliyun.com/document_detail/43767.html': [
      {
        name: 'a RAM user key (the documented answer): the ARN and kind; the ids the document masks with **** are kept masked',
        credential: () =>
          credential('alibaba', 'access-key-id', VALUES.alibabaId, { secretAccessKey: VALUES.alibabaSecret }),
        expected: {
          status: 'verified',
          reason: 'ok',
          principal: { arn: 'acs:ram::[masked key]:user/admin', identityType: 'RAMUser' },
        },
        asks: ['/'],
      },
    ],
  },
  anthropic: {
    '400 anthropics/claude-code#19028': [
      {
        name: 'a disabled organization (400 invalid_request_error) is invalid (user-inactive), never unknown',
        credential: () => credential('anthropic', 'standard', VALUES.anthropic),
        expected: { status: 'invalid', reason: 'user-inactive', message: /organization .*disabled/ },
        asks: ['/v1/models'],
      },
    ],
  },
  aws: {
    '403 aws-azure-login#251 (as cited in PROVIDERS.md §3; repository owner not recorded there)': [
      {
        name: 'InvalidClientTokenId with the partition named by --endpoint: invalid',
        credential: () => credential('aws', 'long-term', VALUES.awsId, { secretAccessKey: VALUES.awsSecret }),
        declaredEndpoint: true,
        expected: { status: 'invalid', reason: 'unknown-key' },
        asks: ['/'],
      },
      {
        name: 'the same answer from the default commercial STS: unknown, as a GovCloud or China key gets it too',
        credential: () => credential('aws', 'long-term', VALUES.awsId, { secretAccessKey: VALUES.awsSecret }),
        expected: { status: 'unknown', reason: 'unknown-key', message: /GovCloud or China.*--endpoint aws=/ },
        asks: ['/'],
        decisive:
          'the same bytes are recorded for a valid GovCloud key (ambiguous): without a named partition, unknown',
      },
    ],
    '403 iterate-ch/cyberduck#18336': [
      {
        name: 'a valid GovCloud key on the commercial STS (InvalidClientTokenId) is unknown, never invalid',
        credential: () => credential('aws', 'long-term', VALUES.awsId, { secretAccessKey: VALUES.awsSecret }),
        expected: { status: 'unknown', reason: 'unknown-key', message: /GovCloud or China/ },
        asks: ['/'],
      },
    ],
  },
  circleci: {
    '401 CircleCI-Archived/api-preview-docs#52': [
      {
        name: 'a legacy 40-hex token: unknown (unknown-key), naming both causes: revoked, or a valid project token',
        credential: () => credential('circleci', 'legacy-token', VALUES.circleLegacy),
        expected: { status: 'unknown', reason: 'unknown-key', message: /valid project token/ },
        asks: ['/api/v2/me'],
      },
      {
        name: 'a CCIPAT_ personal token: invalid (revoked)',
        credential: () => credential('circleci', 'personal-token', VALUES.circlePersonal),
        expected: { status: 'invalid', reason: 'revoked', message: /You must log in first/ },
        asks: ['/api/v2/me'],
        decisive: 'the CCIPAT_ prefix marks a personal token, which /me accepts while it is valid: not a project token',
      },
      {
        name: 'a CCIPRJ_ project token is never sent to /me (skipped)',
        credential: () => credential('circleci', 'project-token', VALUES.circleProject),
        expected: { status: 'skipped', reason: 'unsupported' },
        asks: [],
        decisive: 'the CCIPRJ_ prefix marks a project token, which /me refuses whatever it is: nothing is asked',
      },
    ],
  },
  cloudflare: {
    '401 pl4nty/cloudflare-kubernetes-gateway#262': [
      {
        name: 'a legacy token refused on the user path (401 code 1000) and everywhere else: unknown, never revoked',
        credential: () => credential('cloudflare', 'legacy-token', VALUES.cfLegacy),
        expected: { status: 'unknown', reason: 'unknown-key', message: /CLOUDFLARE_ACCOUNT_ID/ },
        asks: ['/client/v4/user/tokens/verify', '/client/v4/accounts'],
      },
      {
        name: 'a good legacy account token: 401 code 1000 on the user path, 400 code 1001 on GET /accounts: verified',
        credential: () => credential('cloudflare', 'legacy-token', VALUES.cfLegacy),
        paths: () => ({ '/client/v4/accounts': answer(entry('cloudflare', 'edgefirst-dev/starter#3')) }),
        expected: { status: 'verified', reason: 'ok' },
        asks: ['/client/v4/user/tokens/verify', '/client/v4/accounts'],
        decisive: 'combined with the recorded 1001 answer of an account-owned token on GET /accounts',
      },
    ],
    '400 edgefirst-dev/starter#3': [
      {
        name: 'a cfat_ token without its account id: GET /accounts code 1001 says it is live and account-owned',
        credential: () => credential('cloudflare', 'account-token', VALUES.cfAccount),
        expected: { status: 'verified', reason: 'ok', message: /account-owned token \(code 1001/ },
        asks: ['/client/v4/accounts'],
      },
    ],
    '400 kissgyorgy/cloudflare-dyndns#40': [
      {
        name: 'a malformed Authorization header (6003/6111) is unknown (the value is no API token), never revoked',
        credential: () => credential('cloudflare', 'user-token', VALUES.cfUser),
        expected: { status: 'unknown', reason: 'unknown-key' },
        asks: ['/client/v4/user/tokens/verify'],
      },
    ],
  },
  datadog: {
    '200 https://docs.datadoghq.com/api/latest/authentication/validate-api-key/': [
      {
        name: 'a valid API key ({"valid": true}) is verified, with no principal (API keys belong to the organization)',
        credential: () => credential('datadog', 'api-key', VALUES.ddApi),
        expected: { status: 'verified', reason: 'ok' },
        asks: ['/api/v1/validate'],
      },
    ],
    '403 https://docs.datadoghq.com/api/latest/authentication/validate-api-key/': [
      {
        name: '403 from US1 with no site named: unknown (a key of another site gets the same 403), never invalid',
        credential: () => credential('datadog', 'api-key', VALUES.ddApi),
        expected: { status: 'unknown', reason: 'unknown-key', message: /another Datadog site.*DD_SITE/ },
        asks: ['/api/v1/validate'],
      },
      {
        name: 'the same 403 with DD_SITE beside the key: invalid on its own site',
        credential: () => credential('datadog', 'api-key', VALUES.ddApi, { site: 'datadoghq.eu' }),
        expected: { status: 'invalid', reason: 'unknown-key', message: /site datadoghq\.eu/ },
        asks: ['/api/v1/validate'],
        decisive: 'the site is named (DD_SITE), so no other site could have answered',
      },
      {
        name: 'the same 403 with the site chosen by --endpoint: invalid',
        credential: () => credential('datadog', 'api-key', VALUES.ddApi),
        declaredEndpoint: true,
        expected: { status: 'invalid', reason: 'unknown-key' },
        asks: ['/api/v1/validate'],
        decisive: 'the site is named (--endpoint), so no other site could have answered',
      },
    ],
    '200 https://docs.datadoghq.com/api/latest/key-management/validate-api-and-application-keys/': [
      {
        name: 'an application key with its API key ({"status": "ok"}) is verified; the owner is best effort',
        credential: () => credential('datadog', 'app-key', VALUES.ddApp, { apiKey: VALUES.ddApi }),
        paths: () => ({ '/api/v2/current_user': json(404, { errors: ['Not found'] }) }),
        expected: { status: 'verified', reason: 'ok', message: /could not be read/ },
        asks: ['/api/v2/validate_keys', '/api/v2/current_user'],
      },
    ],
  },
  discord: {
    '401 victornpb/undiscord#32': [
      {
        name: '401 "401: Unauthorized" (code 0) is invalid (revoked): reset, revoked or never valid',
        credential: () => credential('discord', 'bot-token', VALUES.discord),
        expected: { status: 'invalid', reason: 'revoked', message: /reset, revoked or never valid/ },
        asks: ['/api/v10/users/@me'],
      },
    ],
  },
  dropbox: {
    '200 https://raw.githubusercontent.com/api-evangelist/dropbox/refs/heads/main/examples/dropbox-post-2usersget-current-account-example.json':
      [
        {
          name: "Dropbox's FullAccount example: the dbid: account id, its business team",
          credential: () => credential('dropbox', 'short-lived', VALUES.dropbox),
          expected: {
            status: 'verified',
            reason: 'ok',
            principal: {
              account_id: 'dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc',
              account_type: 'business',
              team_id: 'dbtid:AAFdgehTzw7WlXhZJsbGCLePe8RvQGYDr-I',
            },
          },
          asks: ['/2/users/get_current_account'],
        },
      ],
    '401 froemken/dropbox#23': [
      {
        name: '401 expired_access_token is invalid (expired)',
        credential: () => credential('dropbox', 'short-lived', VALUES.dropbox),
        expected: { status: 'invalid', reason: 'expired', message: /expired_access_token/ },
        asks: ['/2/users/get_current_account'],
      },
    ],
    '401 kunalvarma05/dropbox-php-sdk#87': [
      {
        name: '401 invalid_access_token is invalid (revoked)',
        credential: () => credential('dropbox', 'short-lived', VALUES.dropbox),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/2/users/get_current_account'],
      },
    ],
  },
  slack: {
    '200 https://api.slack.com/methods/auth.revoke': [
      {
        name: 'invalid_auth is invalid, naming both causes: revoked or never valid, or an IP allowlist',
        credential: () => credential('slack', 'bot', VALUES.slack),
        expected: { status: 'invalid', reason: 'revoked', message: /revoked or was never valid, or .*allow-listed IP/ },
        asks: ['/api/auth.test'],
        decisive:
          'issue 13: a token that does not work from the runner must not pass a gate; the message names the IP-allowlist cause',
      },
    ],
    '200 golang/oauth2#174': [
      {
        name: 'not_authed (no token reached Slack) is unknown, never revoked',
        credential: () => credential('slack', 'bot', VALUES.slack),
        expected: { status: 'unknown', reason: 'unexpected-response' },
        asks: ['/api/auth.test'],
      },
    ],
  },
  gcp: {
    '400 google-github-actions/setup-gcloud#76': [
      {
        name: 'Invalid JWT Signature (a deleted or rotated key) is invalid (revoked)',
        credential: () => credential('gcp', 'service-account-key', gcpDocument),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/token'],
      },
    ],
    '400 googleapis/google-api-ruby-client#720': [
      {
        name: '"Robot is disabled." is invalid (user-inactive), naming both causes',
        credential: () => credential('gcp', 'service-account-key', gcpDocument),
        expected: { status: 'invalid', reason: 'user-inactive', message: /disabled or gone/ },
        asks: ['/token'],
      },
    ],
    '400 googleapis/google-cloud-php#3622': [
      {
        name: '"Invalid grant: account not found" is invalid (user-inactive)',
        credential: () => credential('gcp', 'service-account-key', gcpDocument),
        expected: { status: 'invalid', reason: 'user-inactive' },
        asks: ['/token'],
      },
    ],
  },
  github: {
    '401 hisxo/gitGraber#54': [
      {
        name: '401 Bad credentials is invalid (revoked)',
        credential: () => credential('github', 'classic-pat', VALUES.ghp),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/user'],
      },
    ],
    '403 actions/create-github-app-token#258': [
      {
        name: 'a ghs_ token is asked /installation/repositories; the recorded /user 403 there is never invalid',
        credential: () => credential('github', 'app-installation', VALUES.ghs),
        expected: { status: 'unknown', reason: 'insufficient-scope' },
        asks: ['/installation/repositories?per_page=1'],
      },
      {
        name: 'the same 403 on /user for a user token: a working token, unknown (insufficient-scope)',
        credential: () => credential('github', 'classic-pat', VALUES.ghp),
        expected: { status: 'unknown', reason: 'insufficient-scope' },
        asks: ['/user'],
      },
    ],
  },
  gitlab: {
    '401 PavlikPolivka/GitLabProjects#99': [
      {
        name: 'a revoked token (401 invalid_token) is invalid (revoked)',
        credential: () => credential('gitlab', 'access-token', VALUES.glpat),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/api/v4/personal_access_tokens/self'],
      },
    ],
    '401 mattermost/mattermost-plugin-gitlab#316': [
      {
        name: 'an expired token (401 invalid_token, "Token is expired") is invalid (expired)',
        credential: () => credential('gitlab', 'access-token', VALUES.glpat),
        expected: { status: 'invalid', reason: 'expired' },
        asks: ['/api/v4/personal_access_tokens/self'],
      },
    ],
  },
  launchdarkly: {
    '401 https://launchdarkly.com/docs/api/other/get-caller-identity': [
      {
        name: 'an SDK key: 401 code unauthorized is invalid (revoked)',
        credential: () => credential('launchdarkly', 'sdk-key', VALUES.ldSdk),
        expected: { status: 'invalid', reason: 'revoked', message: /unauthorized/ },
        asks: ['/api/v2/caller-identity'],
      },
      {
        name: 'an access token: the same 401 is invalid (revoked), and no token details are asked',
        credential: () => credential('launchdarkly', 'access-token', VALUES.ldApi),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/api/v2/caller-identity'],
      },
    ],
  },
  notion: {
    '200 https://developers.notion.com/changelog/retrieve-information-about-your-token': [
      {
        name: "Notion's changelog example: the bot id, an integration a person authorised",
        credential: () => credential('notion', 'integration-token', VALUES.notion),
        expected: {
          status: 'verified',
          reason: 'ok',
          principal: { id: '16d84278-ab0e-484c-9bdd-b35da3bd8905', name: 'pied piper', type: 'bot', owner: 'user' },
        },
        asks: ['/v1/users/me'],
      },
    ],
    '401 lizheming/doumark-action#13': [
      {
        name: '401 code unauthorized (recorded on /v1/databases; the same token on users/me) is invalid (revoked)',
        credential: () => credential('notion', 'integration-token', VALUES.notion),
        expected: { status: 'invalid', reason: 'revoked', message: /API token is invalid/ },
        asks: ['/v1/users/me'],
      },
    ],
  },
  // Tenant providers (no default host): the fake stands where --endpoint would point.
  okta: {
    '401 mbegan/Okta-PSModule#65': [
      {
        name: 'E0000011 is invalid (revoked), naming every cause Okta folds into it, the deactivated creator too',
        credential: () => credential('okta', 'api-token', VALUES.okta),
        expected: {
          status: 'invalid',
          reason: 'revoked',
          message: /revoked, went unused for 30 days, or the admin who created it was deactivated/,
        },
        asks: ['/api/v1/users/me'],
      },
    ],
  },
  atlassian: {
    '401 jira-node/node-jira-client#255': [
      {
        // Also what a scoped token gets on the site (PROVIDERS.md §25): the site is the user's own choice
        // of --endpoint, as a Datadog site is, so the answer stays decisive and the message names the fix.
        name: '401 "Client must be authenticated" is invalid (revoked), naming a deactivated account and the scoped-token fix',
        credential: () => credential('atlassian', 'api-token', VALUES.atlassian, { email: VALUES.atlassianEmail }),
        expected: {
          status: 'invalid',
          reason: 'revoked',
          message: /account is deactivated.*--endpoint atlassian=https:\/\/api\.atlassian\.com\/ex\/jira\//,
        },
        asks: ['/rest/api/3/myself'],
      },
    ],
  },
  databricks: {
    '403 databricks/databricks-sdk-go#873': [
      {
        name: '403 "Invalid access token." (a numeric error_code) is invalid (revoked), never unknown',
        credential: () => credential('databricks', 'personal-access-token', VALUES.databricks),
        expected: { status: 'invalid', reason: 'revoked', message: /HTTP 403 Invalid access token/ },
        asks: ['/api/2.0/preview/scim/v2/Me'],
      },
    ],
  },
  confluent: {
    '401 code search (index file 41637035477); same detail text in confluentinc/terraform-provider-confluent#433': [
      {
        name: '401 "invalid API key ... not a Cluster API Key" is unknown (unknown-key): a dead key and a cluster key get it alike',
        credential: () =>
          credential('confluent', 'api-secret', VALUES.confluentSecret, { keyId: VALUES.confluentKeyId }),
        expected: { status: 'unknown', reason: 'unknown-key', message: /deleted key, or a resource-scoped key/ },
        asks: [`/iam/v2/api-keys/${VALUES.confluentKeyId}`],
      },
    ],
  },
  elasticsearch: {
    '200 https://www.elastic.co/guide/en/elasticsearch/reference/8.19/security-api-authenticate.html': [
      {
        name: 'the documented realm user: verified, the username as principal',
        credential: () => credential('elasticsearch', 'api-key', VALUES.elasticsearch),
        expected: {
          status: 'verified',
          reason: 'ok',
          principal: { username: 'rdeniro', authentication_type: 'realm' },
        },
        asks: ['/_security/_authenticate'],
      },
    ],
    '401 elastic/go-elasticsearch#279': [
      {
        name: '401 "missing authentication credentials" is unknown: no credential reached the cluster, never revoked',
        credential: () => credential('elasticsearch', 'api-key', VALUES.elasticsearch),
        expected: { status: 'unknown', reason: 'unexpected-response', message: /no credential reached Elasticsearch/ },
        asks: ['/_security/_authenticate'],
      },
    ],
  },
  openai: {
    '401 Zero6992/chatGPT-discord-bot#442': [
      {
        name: 'account_deactivated (older wording) is invalid (user-inactive)',
        credential: () => credential('openai', 'project', VALUES.openai),
        expected: { status: 'invalid', reason: 'user-inactive' },
        asks: ['/v1/models'],
      },
    ],
    '401 ChatGPTNextWeb/NextChat#4176': [
      {
        name: 'account_deactivated (newer wording) is invalid (user-inactive)',
        credential: () => credential('openai', 'project', VALUES.openai),
        expected: { status: 'invalid', reason: 'user-inactive' },
        asks: ['/v1/models'],
      },
    ],
    '429 Pythagora-io/gpt-pilot#340': [
      {
        name: '429 insufficient_quota: read at once, a working key whose account cannot pay (mismatch), never unknown',
        credential: () => credential('openai', 'project', VALUES.openai),
        expected: { status: 'mismatch', reason: 'insufficient-quota', message: /cannot pay/ },
        asks: ['/v1/models'],
        decisive: 'the key is valid; its account cannot pay, which key-user-association reports as an error',
      },
    ],
    "200 code search capture (find_string 'openai-organization: user-'; see research/providers-turn2 §4)": [
      {
        name: 'a good key: the organization slug from openai-organization, the project from openai-project',
        credential: () => credential('openai', 'project', VALUES.openai),
        body: {
          value: { object: 'list', data: [] },
          why: 'the capture kept the headers only; /v1/models documents a list',
        },
        paths: () => ({ '/v1/me': json(404, { error: { message: 'not recorded', code: null } }) }),
        expected: {
          status: 'verified',
          reason: 'ok',
          principal: { organization: 'user-fakefakefakefakefakefake', project: 'proj_FakeFakeFakeFakeFakeFake' },
        },
        asks: ['/v1/models', '/v1/me'],
      },
    ],
  },
  openrouter: {
    '200 https://openrouter.ai/docs/client-sdks/typescript/models/operations/getcurrentkeyresponse': [
      {
        name: 'a working key: its creator, kind and limit; the label that quotes the key kept nowhere',
        credential: () => credential('openrouter', 'api-key', VALUES.openrouter),
        expected: {
          status: 'verified',
          reason: 'ok',
          principal: { creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000', kind: 'inference-key', limit: 100 },
        },
        asks: ['/api/v1/key'],
      },
    ],
    '401 apurvsinghgautam/robin#103': [
      {
        name: '401 "User not found." (a deleted key) is invalid (revoked)',
        credential: () => credential('openrouter', 'api-key', VALUES.openrouter),
        expected: { status: 'invalid', reason: 'revoked', message: /User not found/ },
        asks: ['/api/v1/key'],
      },
    ],
  },
  sendgrid: {
    '401 sendgrid/sendgrid-php#793': [
      {
        name: '401 "invalid, expired, or revoked" is invalid (revoked)',
        credential: () => credential('sendgrid', 'api-key', VALUES.sendgrid),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/v3/scopes'],
      },
    ],
    '401 sendgrid/docs#5959': [
      {
        name: 'the same 401 with the later envelope ("help": null) is invalid (revoked)',
        credential: () => credential('sendgrid', 'api-key', VALUES.sendgrid),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/v3/scopes'],
      },
    ],
  },
  stripe: {
    '401 stripe/stripe-node#361': [
      {
        name: 'an invalid key (401) is invalid (revoked), the masked key quoted nowhere',
        credential: () => credential('stripe', 'secret', VALUES.stripeSecret),
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/v1/account'],
      },
    ],
    '403 stripe/stripe-node#2246': [
      {
        name: 'a restricted key (403 invalid_request_error, "does not have the required permissions") is verified',
        credential: () => credential('stripe', 'restricted', VALUES.stripeRestricted),
        expected: { status: 'verified', reason: 'ok', principal: { id: 'acct_1FAKEFAKEFAK' } },
        asks: ['/v1/account', '/v1/balance'],
      },
    ],
    '403 singer-io/tap-stripe#38': [
      {
        name: 'a restricted key where no permission could allow the call is verified, account unknown',
        credential: () => credential('stripe', 'restricted', VALUES.stripeRestricted),
        expected: { status: 'verified', reason: 'ok', message: /which account it belongs to is unknown/ },
        asks: ['/v1/account', '/v1/balance'],
      },
    ],
  },
  square: {
    '200 https://developer.squareup.com/docs/oauth-api/token-introspection': [
      {
        name: 'the token status names the merchant: verified, a production token',
        credential: () => credential('square', 'access-token', VALUES.square),
        expected: { status: 'verified', reason: 'ok', principal: { merchant_id: 'merchantId', client_id: 'clientid' } },
        asks: ['/oauth2/token/status'],
      },
    ],
    '401 NikolaGavric94/laravel-square#67': [
      {
        name: 'UNAUTHORIZED from production and the sandbox alike: invalid (revoked), both hosts named',
        credential: () => credential('square', 'access-token', VALUES.square),
        expected: { status: 'invalid', reason: 'revoked', message: /production and sandbox both refuse/ },
        asks: ['/oauth2/token/status', '/v2/merchants'],
        decisive: 'the other host was asked too and refused as well: the token works on neither',
      },
      {
        name: 'the same 401 from production, then the sandbox lists merchants: a sandbox token (verified)',
        credential: () => credential('square', 'access-token', VALUES.square),
        paths: () => ({ '/v2/merchants': json(200, { merchant: [{ id: 'MLFAKE0001', status: 'ACTIVE' }] }) }),
        expected: { status: 'verified', reason: 'ok', principal: { merchant_id: 'MLFAKE0001' } },
        asks: ['/oauth2/token/status', '/v2/merchants'],
        decisive: 'not recorded: the sandbox answer Square documents; production gives a sandbox token this 401',
      },
      {
        name: 'the same 401 from the host --endpoint names: invalid (revoked)',
        credential: () => credential('square', 'access-token', VALUES.square),
        declaredEndpoint: true,
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/oauth2/token/status'],
        decisive: 'the host is named (--endpoint), so the other host is not in question',
      },
    ],
  },
  vault: {
    '200 hashicorp/vault#3247': [
      {
        name: 'an AWS IAM login (lookup-self at the --endpoint address): verified, display_name and a workload',
        credential: () => credential('vault', 'service-token', VALUES.vault),
        declaredEndpoint: true,
        expected: { status: 'verified', reason: 'ok', principal: { display_name: 'aws-node', path: 'auth/aws/login' } },
        asks: ['/v1/auth/token/lookup-self'],
      },
    ],
    '403 hashicorp/vault#1556': [
      {
        name: 'permission denied: invalid (revoked), naming the namespace cause',
        credential: () => credential('vault', 'service-token', VALUES.vault),
        declaredEndpoint: true,
        expected: { status: 'invalid', reason: 'revoked', message: /invalid, expired or revoked, or .*namespace/ },
        asks: ['/v1/auth/token/lookup-self'],
      },
    ],
    '403 hashicorp/vault#14275': [
      {
        name: 'the newer multi-error form of permission denied: invalid (revoked)',
        credential: () => credential('vault', 'service-token', VALUES.vault),
        declaredEndpoint: true,
        expected: { status: 'invalid', reason: 'revoked' },
        asks: ['/v1/auth/token/lookup-self'],
      },
    ],
  },
  buildkite: {
    '200 https://buildkite.com/docs/rest-api/access-token': [
      {
        name: 'the token names its user: verified, the e-mail as principal',
        credential: () => credential('buildkite', 'api-access-token', VALUES.buildkite),
        expected: {
          status: 'verified',
          reason: 'ok',
          principal: { email: 'user@example.com', user: 'Algernon Moncrieff' },
        },
        asks: ['/v2/access-token'],
      },
    ],
  },
  twilio: {
    '200 streaak/keyhacks#41': [
      {
        name: 'an auth token with its Account SID: the active account (the recorded list item), auth_token dropped',
        credential: () => credential('twilio', 'auth-token', VALUES.twilioToken, { accountSid: RECORDED_ACCOUNT_SID }),
        body: {
          value: 'accounts.0',
          why: 'recorded on GET /Accounts.json (a list); keybound reads the Account object, the list item',
        },
        expected: { status: 'verified', reason: 'ok', principal: { sid: RECORDED_ACCOUNT_SID, status: 'active' } },
        asks: [`/2010-04-01/Accounts/${RECORDED_ACCOUNT_SID}.json`],
      },
    ],
    '401 twilio/twilio-python#259': [
      {
        name: 'an API key (SK) is never judged on /Accounts (where even a good Standard key gets 401 20003)',
        credential: () =>
          credential('twilio', 'api-key-secret', VALUES.twilioKeySecret, {
            apiKeySid: VALUES.twilioKeySid,
            accountSid: RECORDED_ACCOUNT_SID,
          }),
        paths: () => ({
          // Not recorded: a Messages list page, as Twilio documents it.
          [`/2010-04-01/Accounts/${RECORDED_ACCOUNT_SID}/Messages.json?PageSize=1`]: json(200, { messages: [] }),
        }),
        expected: { status: 'verified', reason: 'ok', principal: { sid: RECORDED_ACCOUNT_SID } },
        asks: [`/2010-04-01/Accounts/${RECORDED_ACCOUNT_SID}/Messages.json?PageSize=1`],
        decisive: 'the recorded 401 is served on /Accounts/{sid}.json, which keybound does not ask for an SK key',
      },
    ],
  },
};

function entry(provider: string, source: string): Recorded {
  const found = recorded(provider)?.find((e) => e.source === source);
  if (!found) throw new Error(`no recorded ${provider} answer from ${source}`);
  return found;
}

const MEANS: Record<string, (replay: Replay) => boolean> = {
  verified: (r) => r.expected.status === 'verified' || (r.expected.status === 'mismatch' && r.decisive !== undefined),
  revoked: (r) =>
    (r.expected.status === 'invalid' && ['revoked', 'unknown-key'].includes(r.expected.reason)) ||
    (r.expected.status === 'unknown' && r.decisive !== undefined),
  expired: (r) => r.expected.status === 'invalid' && r.expected.reason === 'expired',
  'user-inactive': (r) => r.expected.status === 'invalid' && r.expected.reason === 'user-inactive',
  'insufficient-scope': (r) =>
    r.expected.status === 'verified' || (r.expected.status === 'unknown' && r.expected.reason === 'insufficient-scope'),
  ambiguous: (r) => r.expected.status === 'unknown' || r.decisive !== undefined,
};

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function replay(provider: string, item: Recorded, row: Replay): Promise<void> {
  const spec = PROVIDERS.find((p) => p.id === provider)!;
  let body = item.body;
  if (row.body)
    body = typeof row.body.value === 'string' ? (item.body as Record<string, unknown[]>).accounts[0] : row.body.value;
  const special = row.paths?.(item) ?? {};
  const fake = await startFakeProvider((request) => special[request.path] ?? answer(item, body));
  servers.push(fake);
  const http = new SmokeHttp(SETTINGS).forProvider(spec, fake.url);
  const cred = row.credential();
  // A tenant provider's fake stands where --endpoint would point.
  const declaredEndpoint = row.declaredEndpoint ?? spec.tenant !== undefined;
  const identity = await spec.identify!(cred, { http, now: NOW, declaredEndpoint });
  const { message, principal, ...result } = row.expected;
  expect(identity).toMatchObject(result);
  if (message) expect(identity.message).toMatch(message);
  if (principal) expect(identity.principal).toMatchObject(principal);
  expect(fake.requests.map((request) => request.path)).toEqual(row.asks);
  const text = JSON.stringify(identity);
  for (const secret of [cred.value, ...Object.values(cred.companions)].map((v) => v.reveal())) {
    if (secret.length < 16 || secret === RECORDED_ACCOUNT_SID) continue;
    for (const form of secretForms(secret)) expect(text).not.toContain(form);
  }
  // Keys the provider quotes masked (`sk_test_****Aso0`) and Twilio's auth_token are never kept.
  expect(text).not.toMatch(/\*{3}|auth_token/);
}

describe('recorded provider answers, replayed through the HTTP client', () => {
  for (const spec of PROVIDERS) {
    const entries = recorded(spec.id);
    if (!entries) {
      it(`${spec.id}: no recorded answer yet; its tests use the bodies PROVIDERS.md documents (not recorded)`, () => {
        expect(['doppler', 'fastly', 'honeycomb', 'huggingface', 'netlify', 'npm', 'terraform']).toContain(spec.id);
      });
      continue;
    }
    describe(spec.name, () => {
      for (const item of entries) {
        const rows = REPLAYS[spec.id]?.[`${item.status} ${item.source}`];
        it(`${item.status} (${item.means}, ${item.source}) has rows that mean what it means`, () => {
          expect(rows?.length, `no replay for ${spec.id} ${item.source}`).toBeGreaterThan(0);
          for (const row of rows ?? []) expect(MEANS[item.means]?.(row), `${row.name} vs ${item.means}`).toBe(true);
        });
        for (const row of rows ?? []) it(row.name, () => replay(spec.id, item, row));
      }
    });
  }

  it('the copies are those of ../shared/provider-responses, where that folder is present', () => {
    if (!existsSync(SHARED)) return;
    for (const file of readdirSync(SHARED).filter((name) => name.endsWith('.json'))) {
      const copy = new URL(file, FIXTURES);
      expect(existsSync(copy), file).toBe(true);
      expect(JSON.parse(readFileSync(copy, 'utf8'))).toEqual(JSON.parse(readFileSync(new URL(file, SHARED), 'utf8')));
    }
  });
});
