// OpenRouter: API keys (sk-or-v1-), the secret names that point at OpenRouter, and GET /api/v1/key.
// Facts from PROVIDERS.md section 42. SECURITY: the management endpoints (POST/PATCH/DELETE
// /api/v1/keys…) create, change and delete keys; they are not declared, so the client refuses them.

import { parseDate } from '../core/dates.js';
import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, mismatch, unexpected, unknown } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const HEX = '3c9f1a7e5b2d8046' + 'e1f7a3c95d0b2e84' + '6a1c7f3e9b5d2048' + 'c6e2a8f4b0d7e193';

/** What the key may do, from the answer's flags ("is_management_key", "is_provisioning_key"). */
function kind(a: Answer): string {
  if (a.get('data.is_management_key') === true) return 'management-key';
  if (a.get('data.is_provisioning_key') === true) return 'provisioning-key';
  return 'inference-key';
}

/** OpenRouter API keys: inference, provisioning and management keys share the format. */
export const openrouter = defineProvider({
  id: 'openrouter',
  name: 'OpenRouter',
  formats: [
    {
      type: 'api-key',
      pattern: /^sk-or-v1-[0-9a-f]{64}$/,
      examples: ['sk-or-v1-' + HEX],
      counterExamples: ['sk-or-v1-' + HEX.slice(1), 'sk-or-v2-' + HEX, 'sk-or-v1-' + HEX.toUpperCase()],
    },
  ],
  namePatterns: [namePart('OPENROUTER_API_KEY', 'OPENROUTER_KEY', 'OPENROUTER_TOKEN', 'OPEN_ROUTER_API_KEY')],
  guide: {
    principal: 'the `creator_user_id` of `GET /api/v1/key` (`user_…`: for an organization key, the member who made it)',
    verified:
      '/key describes the key: its creator, kind (inference, provisioning, management), expiry and credit limit',
    invalid: '401 "User not found." (deleted, expired or never valid)',
    unknown: 'another 401 (no key reached OpenRouter), or no answer; 402 is a mismatch (insufficient-quota): no credit',
  },
  errorText: ['error.message'],
  calls: {
    key: get('https://openrouter.ai', '/api/v1/key', {
      auth: bearer(),
      answers: [
        on(200, accept(key)),
        on(401, invalid('revoked', 'OpenRouter does not know this key (deleted, expired or never valid){said}'), {
          body: { 'error.message': /user not found/i },
        }),
        on(401, unknown('unexpected-response', 'OpenRouter says no key reached it{said}'), {
          body: { 'error.message': /no auth credentials/i },
        }),
        // Out of credits (documented for inference; UNCONFIRMED for /key): the key itself is valid.
        on(
          402,
          mismatch('insufficient-quota', 'OpenRouter accepts this key, but its account has no credit left{said}'),
        ),
      ],
    }),
  },
});

/** `GET /api/v1/key`: `data` with the creator, the key's kind, its expiry and spend limit. */
function key(a: Answer): Reading {
  const data = a.get('data');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return unexpected(a, 'OpenRouter answered GET /api/v1/key without a data object');
  }
  // SECURITY: `label` quotes the key's first and last characters; it is never read.
  const creator = a.text('data.creator_user_id');
  const type = kind(a);
  const limit = a.get('data.limit');
  const facts: Identity['facts'] = [fact('keyType', type, 'OpenRouter GET /api/v1/key flags')];
  if (creator) facts.unshift(fact('principal', creator, 'OpenRouter GET /api/v1/key creator_user_id'));
  const expires = parseDate(a.text('data.expires_at'));
  if (expires) facts.push(fact('expires', expires.toISOString(), 'OpenRouter GET /api/v1/key expires_at'));
  const remaining = a.get('data.limit_remaining');
  const notes = [
    ...(creator ? [] : ['OpenRouter names no creator for this key']),
    ...(typeof remaining === 'number' && remaining <= 0 ? ['its credit limit is used up (limit_remaining 0)'] : []),
  ];
  return {
    principal: {
      ...(creator ? { creator_user_id: creator } : {}),
      kind: type,
      // A production policy may require a cap: `none` when the key has no credit limit (null).
      ...(typeof limit === 'number' ? { limit } : limit === null ? { limit: 'none' } : {}),
      ...a.fields({ limit_remaining: 'data.limit_remaining', limit_reset: 'data.limit_reset' }),
      ...a.fields({ is_free_tier: 'data.is_free_tier' }),
    },
    facts,
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}
