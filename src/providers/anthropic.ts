// Anthropic: standard (api03) and Admin API (admin01) keys, the secret names that point at Anthropic,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 9.

import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, unknown, verified } from './outcome.js';
import type { Credential, HttpResult, Identity, ProviderSpec, SmokeContext } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'PG-_FJZMZ9mxFaXrUsrAJISLjvDrduaEiv2hQh9BhM_Nuaam4PKcOIovyobAk-3ZT1kQ34TW36kXRy9lOZLKCyvT-MhDl';

/** Anthropic API keys: 93 characters then `AA` (TH anthropic regex). No test/live distinction. */
export const anthropic: ProviderSpec = {
  id: 'anthropic',
  name: 'Anthropic',
  formats: [
    {
      type: 'standard',
      pattern: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
      examples: ['sk-ant-api03-' + BODY + 'AA'],
      counterExamples: ['sk-ant-api03-' + BODY, 'sk-ant-api03-' + BODY.slice(1) + 'AA', 'sk-ant-api02-' + BODY + 'AA'],
    },
    {
      // Admin keys exist only in organizations and are provisioned by org admins.
      type: 'admin',
      pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/,
      examples: ['sk-ant-admin01-' + BODY + 'AA'],
      counterExamples: ['sk-ant-admin01-' + BODY + 'AB', 'sk-ant-admin-' + BODY + 'AA'],
    },
  ],
  namePatterns: [namePart('ANTHROPIC', 'CLAUDE')],
  endpoints: [
    // Standard keys have no whoami: this only proves the key is live.
    { method: 'GET', baseUrl: 'https://api.anthropic.com', path: '/v1/models' },
    // Admin keys only: the organization.
    { method: 'GET', baseUrl: 'https://api.anthropic.com', path: '/v1/organizations/me' },
  ],
  identify: identifyAnthropic,
};

/** The API version every request names (PROVIDERS.md section 9). */
const API_VERSION = '2023-06-01';

/**
 * Standard keys: `GET /v1/models` proves the key is live and nothing more (Anthropic has no whoami for
 * them, so there is no principal). Admin keys: `GET /v1/organizations/me` names their organization.
 */
async function identifyAnthropic(credential: Credential, context: SmokeContext): Promise<Identity> {
  const admin = credential.format.type === 'admin';
  const result = await context.http.request({
    method: 'GET',
    path: admin ? '/v1/organizations/me' : '/v1/models',
    headers: { 'x-api-key': credential.value.reveal(), 'anthropic-version': API_VERSION, accept: 'application/json' },
  });
  const common = commonOutcome(result);
  if (common) return common;
  if (result.kind !== 'response') return unexpected(result);
  const body = jsonObject(result);
  if (result.status === 200) return admin ? organization(body, result, credential) : models(body, result);

  // The error envelope: {"type":"error","error":{"type":"authentication_error","message":"..."}}.
  const error = body?.type === 'error' && isObject(body.error) ? body.error : undefined;
  const type = str(error, 'type');
  const text = providerText(str(error, 'message'), credential);
  const said = text ? `: ${text}` : '';
  if (result.status === 401 && type === 'authentication_error')
    return invalid('revoked', `Anthropic rejected the key${said}`);
  if (result.status === 403 && type === 'permission_error') {
    // Authenticated but not allowed this call: not proof the key is good, nor that it is dead.
    return unknown(
      'insufficient-scope',
      `Anthropic authenticated the key but refused the call (permission_error)${said}`,
    );
  }
  if (result.status === 404 && type === 'not_found_error' && !admin) {
    // TH treats not_found_error on /v1/models as a disabled or unknown key (PROVIDERS.md section 9).
    return invalid(
      'unknown-key',
      `Anthropic answered not_found_error to /v1/models, as it does for a disabled key${said}`,
    );
  }
  if (result.status === 400 && type === 'invalid_request_error') {
    return unknown('unexpected-response', `Anthropic refused the request (invalid_request_error)${said}`);
  }
  return unexpected(result);
}

function models(body: Record<string, unknown> | undefined, result: HttpResult): Identity {
  if (!body || !Array.isArray(body.data)) return unexpected(result, 'a /v1/models answer without a model list');
  return verified(undefined, [], 'Anthropic accepted the key; standard keys have no whoami, so no principal is known');
}

function organization(body: Record<string, unknown> | undefined, result: HttpResult, credential: Credential): Identity {
  const id = providerText(str(body, 'id'), credential);
  const name = providerText(str(body, 'name'), credential);
  if (!body || body.type !== 'organization' || (!id && !name)) {
    return unexpected(result, 'a /v1/organizations/me answer without an organization');
  }
  const principal: Record<string, string> = { type: 'organization' };
  if (id) principal.organizationId = id;
  if (name) principal.organizationName = name;
  const detail = name
    ? `organization name (id ${id || 'not given'}) from /v1/organizations/me`
    : 'organization id from /v1/organizations/me';
  return verified(principal, [{ fact: 'principal', value: name || id, detail }]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
