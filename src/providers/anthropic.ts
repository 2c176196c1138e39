// Anthropic: standard (api03) and Admin API (admin01) keys, the secret names that point at Anthropic,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 9.

import { accept, defineProvider, fact, get, header, on } from './adapter.js';
import type { Outcome, Row } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected, unknown } from './outcome.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'PG-_FJZMZ9mxFaXrUsrAJISLjvDrduaEiv2hQh9BhM_Nuaam4PKcOIovyobAk-3ZT1kQ34TW36kXRy9lOZLKCyvT-MhDl';
const BASE = 'https://api.anthropic.com';
/** The API version every request names (PROVIDERS.md section 9). */
const HEADERS = { 'anthropic-version': '2023-06-01' };

/** A row on the error envelope `{"type":"error","error":{"type":…,"message":…},"request_id":…}`. */
const error = (status: number, type: string, then: Outcome, message?: RegExp): Row =>
  on(status, then, { body: { type: 'error', 'error.type': type, ...(message ? { 'error.message': message } : {}) } });

const REFUSALS: Row[] = [
  error(401, 'authentication_error', invalid('revoked', 'Anthropic rejected the key{said}')),
  // Authenticated but not allowed this call: not proof the key is good, nor that it is dead.
  error(
    403,
    'permission_error',
    unknown('insufficient-scope', 'Anthropic authenticated the key but refused the call{said}'),
  ),
  // A disabled organization (many identical captures, recorded on the Messages API): only the message
  // tells it from any other invalid_request_error.
  error(
    400,
    'invalid_request_error',
    invalid('user-inactive', 'the Anthropic organization behind this key is disabled{said}'),
    /organization has been disabled/i,
  ),
  error(400, 'invalid_request_error', unknown('unexpected-response', 'Anthropic refused the request{said}')),
];

/** Anthropic API keys: 93 characters then `AA` (TH anthropic regex). No test/live distinction. */
export const anthropic = defineProvider({
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
  guide: {
    principal: 'admin keys: the organization name or id; standard keys name none (declare no `principal:`)',
    verified: 'the key lists models (standard) or names its organization (admin)',
    invalid: '401 authentication_error; 400 "organization has been disabled" (user-inactive); 404 not_found_error',
    unknown: '403 permission_error, another 400, or no answer',
  },
  errorText: ['error.message'],
  start: (credential) => ({ call: credential.format.type === 'admin' ? 'organization' : 'models' }),
  calls: {
    // Standard keys have no whoami: this only proves the key is live.
    models: get(BASE, '/v1/models', {
      auth: header('x-api-key'),
      headers: HEADERS,
      answers: [
        on(
          200,
          accept((a) =>
            Array.isArray(a.get('data'))
              ? { note: 'Anthropic accepted the key; standard keys have no whoami, so no principal is known' }
              : unexpected(a, 'a /v1/models answer without a model list'),
          ),
        ),
        ...REFUSALS,
        // TH reads not_found_error on /v1/models as a disabled or unknown key (only a code comment).
        error(
          404,
          'not_found_error',
          invalid('unknown-key', 'Anthropic does not know this key, or the base URL is wrong{said}'),
        ),
      ],
    }),
    // Admin keys only: the organization.
    organization: get(BASE, '/v1/organizations/me', {
      auth: header('x-api-key'),
      headers: HEADERS,
      answers: [
        on(
          200,
          accept((a) => {
            const { id, name } = a.fields(['id', 'name']);
            if (a.get('type') !== 'organization' || (!id && !name)) {
              return unexpected(a, 'a /v1/organizations/me answer without an organization');
            }
            const detail = name ? `organization name (id ${id || 'not given'})` : 'organization id';
            return {
              principal: {
                type: 'organization',
                ...(id ? { organizationId: id } : {}),
                ...(name ? { organizationName: name } : {}),
              },
              facts: [fact('principal', String(name || id), `${detail} from /v1/organizations/me`)],
              ...(name && id ? { aliases: [String(id)] } : {}),
            };
          }),
        ),
        ...REFUSALS,
      ],
    }),
  },
});
