// HCP Terraform (app.terraform.io) and Terraform Enterprise: user, team and organization API tokens,
// the secret names that point at them, and GET /api/v2/account/details. Facts from PROVIDERS.md
// section 32. A Terraform Enterprise host is reached only through `--endpoint terraform=https://HOST`.

import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, skipped, unexpected, unknown } from './outcome.js';
import type { Companion, Credential } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const HEAD = 'Xq7Lm2Vw9Rt4Kp';
const TAIL = 'Zp4Kq9Wm2Xr7Tb3Nc8Vf1Hs6Jd0Lg5Ya2Ue9Qw' + 'BxFq3Zt7Lw2Kx9Rm4Nc8Vb1Hs6Jd0';
const HCP = 'https://app.terraform.io';

/**
 * `TFE_HOSTNAME` (the tfe provider) and `TF_CLOUD_HOSTNAME` (the `cloud` block) beside the token name
 * the host it belongs to. SECURITY: that value never chooses where the token goes; a host other than
 * app.terraform.io only stops the token from being sent there.
 */
const COMPANIONS: Companion[] = ['tfapitoken', 'tfetoken', 'tfctoken', 'tfcloudtoken'].map((primary) => ({
  primary,
  companions: {},
  lookups: { tfehostname: 'host', tfcloudhostname: 'host' },
}));

/** The host a `host` companion names (`tfe.corp.example`, `https://tfe.corp.example/`), lower case. */
function hostOf(credential: Credential): string | undefined {
  const raw = credential.companions.host?.reveal().trim().toLowerCase();
  return raw ? raw.replace(/^https?:\/\//, '').replace(/[/:].*$/, '') : undefined;
}

/** A 401 is decisive only on a host the user named: a token of another host gets the same answer. */
const refused = (a: Answer) =>
  a.context.declaredEndpoint
    ? invalid('revoked', 'the Terraform host named by --endpoint refuses this token: revoked, expired or never valid')
    : unknown(
        'unknown-key',
        'app.terraform.io does not accept this token: it is revoked, expired or never valid, or it belongs to a Terraform Enterprise host or HCP Terraform Europe; name the host with --endpoint terraform=https://HOST',
      );

/** HCP Terraform / Terraform Enterprise API tokens: one format for user, team and organization tokens. */
export const terraform = defineProvider({
  id: 'terraform',
  name: 'HCP Terraform / Terraform Enterprise',
  formats: [
    {
      type: 'api-token',
      // No prefix: `.atlasv1.` sits in the middle, so a token counts beside a Terraform name.
      pattern: /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/,
      needsNameHint: true,
      examples: [`${HEAD}.atlasv1.${TAIL}`],
      counterExamples: [`${HEAD}.atlasv2.${TAIL}`, `${HEAD}x.atlasv1.${TAIL}`, `${HEAD}Xatlasv1X${TAIL}`],
    },
  ],
  // Token names only: TFE_HOSTNAME or TF_VAR_… beside them must not be taken for (malformed) tokens.
  namePatterns: [
    namePart(...['TFE', 'TFC', 'TF', 'TF_API', 'TF_CLOUD', 'TERRAFORM', 'TERRAFORM_CLOUD'].map((w) => `${w}_TOKEN`)),
  ],
  companions: COMPANIONS,
  guide: {
    principal:
      'user tokens: the username; team tokens: the team id `team-…`; organization tokens: the organization name (account/details and its authenticated-resource)',
    verified: 'account/details names the user, or the service user of a team or organization token',
    invalid: '401 from the host named by --endpoint (revoked, expired or never valid)',
    unknown:
      '401 from the default app.terraform.io: a Terraform Enterprise or HCP Europe token gets the same (name the host with --endpoint terraform=https://app.terraform.io or https://HOST); no answer',
  },
  // A token of a Terraform Enterprise host is never sent to app.terraform.io.
  start: (credential, context) => {
    const host = hostOf(credential);
    if (host === undefined || host === 'app.terraform.io' || context.declaredEndpoint) return {};
    return skipped(
      'unsupported',
      'the hostname beside this token (TFE_HOSTNAME / TF_CLOUD_HOSTNAME) is not app.terraform.io, so it was not sent there; check it with --endpoint terraform=https://HOST',
    );
  },
  calls: {
    account: get(HCP, '/api/v2/account/details', {
      auth: bearer(),
      headers: { accept: 'application/vnd.api+json' },
      answers: [on(200, accept(account), { body: { 'data.type': 'users' } }), on(401, refused, { anyBody: true })],
    }),
  },
});

/** The token kind by the type of `authenticated-resource`. */
const KINDS: Record<string, string> = { users: 'user-token', teams: 'team-token', organizations: 'organization-token' };

/**
 * The user, or for team and organization tokens the synthetic "service user" and, through
 * `authenticated-resource`, the team or organization the token belongs to, which names it.
 */
function account(a: Answer): Reading {
  const username = a.text('data.attributes.username');
  if (!username) return unexpected(a, 'Terraform answered account/details without a username');
  const type = a.text('data.relationships.authenticated-resource.data.type');
  const resource = a.text('data.relationships.authenticated-resource.data.id');
  const keyType = Object.hasOwn(KINDS, type) ? KINDS[type] : undefined;
  const byResource = keyType !== undefined && keyType !== 'user-token' && resource !== '';
  const service = byResource || a.get('data.attributes.is-service-account') === true;
  const named = byResource ? resource : username;
  const email = a.text('data.attributes.email');
  return {
    principal: {
      username,
      ...a.fields({ id: 'data.id', service_account: 'data.attributes.is-service-account' }),
      ...(resource ? { resource: `${type}/${resource}` } : {}),
    },
    facts: [
      fact(
        'principal',
        named,
        `Terraform ${byResource ? `authenticated-resource (${type})` : 'account/details username'}`,
      ),
      service
        ? fact('principalKind', 'service', `a Terraform ${keyType ?? 'team or organization token'} (service user)`)
        : fact('principalKind', 'human', 'a Terraform user token (is-service-account: false)'),
      ...(keyType ? [fact('keyType', keyType, `Terraform authenticated-resource type ${type}`)] : []),
      ...(type === 'organizations' && resource ? [fact('account', resource, 'Terraform organization')] : []),
    ],
    aliases: [username, email].filter((name) => name && name !== named),
  };
}
