// key-user-association: what the provider said when asked who a key belongs to (SPEC section 6). This
// is the "Invalid User Associated With This Key" failure caught before users meet it: a revoked or
// expired key, a deactivated user, a principal other than the expected one, a value that is not a
// well-formed key at all. Test-mode mismatches are
// no-dev-keys-in-prod's. An inconclusive answer is a gate's exit 3 (engine), or a warning here.

import type { Key } from '../core/types.js';
import { defineRule } from './types.js';
import { capSeverity, evidenceOf, observationsOf, primaryUse, smokeEvidence, smokePrincipal } from './util.js';

type Options = { unknown: 'fail' | 'warn' };

// Reason codes with a message of their own; any other invalid reason gets `invalid`.
const INVALID_MESSAGES: Record<string, string> = {
  revoked: 'revoked',
  expired: 'expired',
  'user-inactive': 'userInactive',
  suspended: 'userInactive',
  deleted: 'userInactive',
  'unknown-key': 'unknownKey',
};

/** Reports keys whose smoke call found them invalid, mismatched, or (with `unknown: warn`) inconclusive. */
export default defineRule<Options>({
  meta: {
    id: 'key-user-association',
    description:
      'Reports smoke call results: key revoked, expired or unknown to the provider; the associated user or account deactivated; the principal or account differs from the one expected; a value that is no well-formed key.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        unknown: {
          enum: ['fail', 'warn'],
          description: 'What an inconclusive smoke call does: fail a gate (exit 3), or only warn.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { unknown: 'fail' },
    messages: {
      userInactive:
        'the user associated with this key is deactivated, suspended or deleted at {{provider}} ({{key}}); issue a new key from an active service account',
      revoked: '{{key}} was revoked at {{provider}}; issue a new key and update the secret',
      expired: '{{key}} has expired at {{provider}}; issue a new key and update the secret',
      unknownKey: '{{key}} is not known to {{provider}}; check that the secret holds the right key',
      invalid: '{{key}} was rejected by {{provider}} ({{reason}}); issue a new key and update the secret',
      wrongAccount: '{{key}} belongs to {{actual}} at {{provider}}, not the expected {{expected}}',
      mismatch: '{{key}} is accepted by {{provider}} but its principal is not the expected one ({{reason}})',
      inconclusive: 'could not confirm {{key}} with {{provider}} ({{reason}}); the smoke call was inconclusive',
      malformed:
        'the value of {{key}} is not a well-formed {{provider}} key (a stray newline, space or truncation?); it was not sent',
      providerDiffers: '{{key}} is not the key its declaration says ({{detail}}); fix the declaration or the secret',
    },
    usesSmoke: true,
    example:
      'the user associated with this key is deactivated, suspended or deleted at github (DEPLOY_TOKEN); issue a new key from an active service account',
  },
  check(context) {
    for (const key of context.keys) {
      const smoke = key.smoke;
      const use = primaryUse(key);
      if (!smoke || !use) continue;
      const chosen = choose(key, context.options.unknown ?? 'fail');
      if (!chosen) continue;
      context.report({
        messageId: chosen.messageId,
        data: {
          key: key.name,
          provider: provider(key),
          reason: smoke.reason,
          expected: key.declaration?.principal ?? 'declared principal',
          actual: smokePrincipal(key) ?? 'another account',
          detail: smoke.message ?? smoke.reason,
        },
        location: use.location,
        key: key.name,
        environment: use.environment,
        evidence: [...smokeEvidence(key), ...observationsOf(key, 'principal').map(evidenceOf)],
        anchor: smoke.status,
        ...(chosen.warning ? { severity: capSeverity(context.severity, 'warning'), unconfirmed: true } : {}),
      });
    }
  },
});

function choose(key: Key, unknown: Options['unknown']): { messageId: string; warning?: boolean } | undefined {
  const smoke = key.smoke;
  if (!smoke) return undefined;
  // A broken value is as definite as a rejected one: the deploy would fail with it.
  if (smoke.status === 'malformed') return { messageId: 'malformed' };
  if (smoke.status === 'invalid')
    return { messageId: Object.hasOwn(INVALID_MESSAGES, smoke.reason) ? INVALID_MESSAGES[smoke.reason] : 'invalid' };
  if (smoke.status === 'mismatch' && smoke.reason === 'declared-provider-differs')
    return { messageId: 'providerDiffers' };
  if (smoke.status === 'mismatch' && smoke.reason !== 'test-mode') {
    return { messageId: smoke.reason === 'wrong-account' ? 'wrongAccount' : 'mismatch' };
  }
  // With `fail` the engine turns an inconclusive result into a gate's exit 3; no finding here.
  if (smoke.status === 'unknown' && unknown === 'warn') return { messageId: 'inconclusive', warning: true };
  return undefined;
}

function provider(key: Key): string {
  const value = key.facts.provider?.value ?? key.declaration?.provider;
  return typeof value === 'string' ? value : 'its provider';
}
