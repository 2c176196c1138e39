// LaunchDarkly: API access tokens (`api-`) and server-side SDK keys (`sdk-`, one environment of one
// project; mobile keys, `mob-`, are public and left out), the secret names that point at LaunchDarkly, and
// GET /api/v2/caller-identity. Facts from PROVIDERS.md section 33. The federal instance
// (app.launchdarkly.us) is reached through `--endpoint launchdarkly=https://app.launchdarkly.us`.

import { SecretValue } from '../core/secret.js';
import { conventionInName } from '../discovery/environment.js';
import { accept, defineProvider, fact, get, header, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { credentialNames } from './names.js';
import { invalid, unexpected } from './outcome.js';
import type { KeyFormat } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const UUID = '9f3e2a71-' + '5c4b-4d8e-' + 'a1f0-6b7c2d9e4f81';
const BASE = 'https://app.launchdarkly.com';
const FEDERAL = 'or a key of the federal instance (--endpoint launchdarkly=https://app.launchdarkly.us)';

function format(prefix: string, type: string, more: Partial<KeyFormat> = {}): KeyFormat {
  return {
    type,
    // A version-4 UUID after the prefix (TH launchdarkly regex, hex only).
    pattern: new RegExp(`^${prefix}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$`),
    examples: [`${prefix}-${UUID}`],
    counterExamples: [UUID.replace('-4d8e-', '-1d8e-'), UUID.toUpperCase(), UUID.slice(1)].map((u) => `${prefix}-${u}`),
    ...more,
  };
}

/** LaunchDarkly keys by prefix. */
export const launchdarkly = defineProvider({
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  formats: [
    format('sdk', 'sdk-key', {
      principalKind: 'service',
      principalDetail: 'a server-side SDK key (sdk-): it belongs to one environment, not to a person',
    }),
    // `api-` is a common word: such a value is a LaunchDarkly token only beside a LaunchDarkly name.
    format('api', 'access-token', { needsNameHint: true }),
  ],
  namePatterns: [credentialNames('LAUNCHDARKLY', 'LAUNCH_DARKLY', 'LAUNCHDARKLY_SDK', 'LD', 'LD_SDK')],
  guide: {
    principal:
      'SDK keys: `project/environment` by name (`Web/Production`); personal access tokens: the member id; service tokens: the token name',
    verified:
      "caller-identity names the SDK key's project and environment (its environment becomes keyEnvironment), or the token, its member or service kind and scopes",
    invalid: `401 unauthorized: revoked, reset or never valid, ${FEDERAL}`,
    unknown: 'another answer, or no answer (mobile keys, `mob-`, are public: keybound does not take them for secrets)',
  },
  errorText: ['message'],
  calls: {
    // The key travels as the whole Authorization header, with no scheme.
    identity: get(BASE, '/api/v2/caller-identity', {
      auth: header('authorization'),
      answers: [
        on(200, accept(identity), { body: { accountId: /./ } }),
        // Matched on the code: the message's case differs between the docs and live answers.
        on(
          401,
          invalid('revoked', `LaunchDarkly refuses this key (unauthorized): revoked, reset or never valid, ${FEDERAL}`),
          {
            body: { code: 'unauthorized' },
          },
        ),
      ],
    }),
    // Best effort, access tokens only: the token's role and creation date.
    token: get(BASE, '/api/v2/tokens/{tokenId}', {
      auth: header('authorization'),
      optional: (why) => `the token's role and creation date could not be read (${why})`,
      answers: [on(200, accept(token))],
    }),
  },
});

/** What caller-identity says: an SDK key's project and environment, or an access token's owner. */
function identity(a: Answer): Reading {
  const account = a.text('accountId');
  const principal = { account, ...a.fields(['authKind', 'tokenKind', 'tokenName', 'tokenId', 'memberId']) };
  const read = a.credential.format.type === 'sdk-key' ? sdkKey(a) : accessToken(a);
  if ('status' in read) return read;
  const facts = [...(read.facts ?? []), fact('account', account, 'LaunchDarkly caller-identity accountId')];
  return { ...read, principal: { ...principal, ...read.principal }, facts };
}

/** An SDK key belongs to one environment of one project: the provider's name for it is the key's environment. */
function sdkKey(a: Answer): Reading {
  const [project, environment] = [a.text('projectName'), a.text('environmentName')];
  if (!project || !environment) return unexpected(a, 'LaunchDarkly named no project and environment for an SDK key');
  const facts = [
    fact('principal', `${project}/${environment}`, 'LaunchDarkly caller-identity projectName/environmentName'),
    fact('principalKind', 'service', 'a LaunchDarkly SDK key belongs to an environment, not to a person'),
  ];
  // Mapped like a deploy environment's name; another name (`Customer A`) records nothing.
  const placed = conventionInName(environment);
  if (placed)
    facts.push(fact('keyEnvironment', placed, `LaunchDarkly: environment ${environment} of project ${project}`));
  const ids = [a.text('projectId'), a.text('environmentId')];
  return {
    principal: { project, environment },
    facts,
    aliases: ids.every(Boolean) ? [ids.join('/')] : [],
    ...(placed
      ? {}
      : { note: `LaunchDarkly environment ${environment} is no production, staging or development name` }),
  };
}

/** A personal token names its member; a service token (`serviceToken: true`) only itself. */
function accessToken(a: Answer): Reading {
  const service = a.get('serviceToken') === true;
  const [member, tokenId, tokenName] = [a.text('memberId'), a.text('tokenId'), a.text('tokenName')];
  const named = service ? tokenName || tokenId : member;
  if (!named) return unexpected(a, 'LaunchDarkly named neither a member nor a service token');
  const facts = [
    fact('principal', named, `LaunchDarkly caller-identity ${service ? 'tokenName (service token)' : 'memberId'}`),
    service
      ? fact('principalKind', 'service', 'a LaunchDarkly service token (serviceToken: true)')
      : fact('principalKind', 'human', 'a personal access token of a LaunchDarkly member (serviceToken: false)'),
  ];
  const scopes = a.all('scopes').map((scope) => a.clean(scope));
  if (scopes.some(Boolean)) facts.push(fact('scopes', scopes.filter(Boolean), 'LaunchDarkly caller-identity scopes'));
  // The token id is no secret, but the next path takes it as a part, like any other.
  const next = /^[0-9a-f]{24}$/.test(tokenId)
    ? { next: 'token', carry: { tokenId: new SecretValue(tokenId, 'ld') } }
    : {};
  return { facts, aliases: [tokenId, tokenName, member].filter((name) => name && name !== named), ...next };
}

/** The token's built-in role (`reader`, `writer`, `admin`...) and custom roles, and when it was made. */
function token(a: Answer): Reading {
  const facts = [];
  const roles = [a.get('role'), ...a.all('customRoleIds')].map((role) => a.clean(role)).filter(Boolean);
  if (roles.length > 0 && !a.sofar.facts.some((f) => f.fact === 'scopes')) {
    facts.push(fact('scopes', roles, 'LaunchDarkly GET /api/v2/tokens/{id} role, customRoleIds'));
  }
  const created = a.get('creationDate');
  if (typeof created === 'number' && created > 0 && created < 8.64e15) {
    facts.push(fact('created', new Date(created).toISOString(), 'LaunchDarkly GET /api/v2/tokens/{id} creationDate'));
  }
  return { facts };
}
