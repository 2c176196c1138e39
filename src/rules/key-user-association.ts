// key-user-association: what the provider said when asked who a key belongs to (SPEC section 6). This
// is the "Invalid User Associated With This Key" failure caught before users meet it: a revoked or
// expired key, a deactivated user, a principal other than the expected one, a value that is not a
// well-formed key at all, a test-mode key where the production key belongs. It alone reports smoke
// results (SPEC section 5): other rules cite them as evidence and give way to it (root-cause.ts).
// An inconclusive answer is a gate's exit 3 (engine), or a warning here.

import type { Key } from '../core/types.js';
import { defineRule } from './types.js';
import { capSeverity, evidenceOf, observationsOf, primaryUses, smokeEvidence, smokePrincipal } from './util.js';

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

// Mismatch reason codes with a message of their own; any other gets `mismatch`.
const MISMATCH_MESSAGES: Record<string, string> = {
  'wrong-account': 'wrongAccount',
  'test-mode': 'testMode',
  'insufficient-quota': 'cannotPay',
  'declared-provider-differs': 'providerDiffers',
};

/** Reports keys whose smoke call found them invalid, mismatched, or (with `unknown: warn`) inconclusive. */
export default defineRule<Options>({
  meta: {
    id: 'key-user-association',
    description:
      'Reports smoke call results: key revoked, expired or unknown to the provider; the associated user or account deactivated; the principal or account differs from the one expected; a test-mode key where the production key is expected; a value that is no well-formed key.',
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
      testMode:
        '{{key}} is a test-mode key at {{provider}} where the production key is expected; put the live key in the secret',
      cannotPay:
        'the account behind {{key}} cannot pay at {{provider}}: the key works, but the provider refuses its calls (no quota or credit left)',
      inconclusive: 'could not confirm {{key}} with {{provider}} ({{reason}}); the smoke call was inconclusive',
      malformed:
        'the value of {{key}} is not a well-formed {{provider}} key (a stray newline, space or truncation?); it was not sent',
      providerDiffers:
        '{{key}} is declared as {{declared}}, but its value is a {{provider}} key; it was sent nowhere: fix the declaration or the secret',
    },
    usesSmoke: true,
    example:
      'the user associated with this key is deactivated, suspended or deleted at github (DEPLOY_TOKEN); issue a new key from an active service account',
  },
  check(context) {
    for (const key of context.keys) {
      const smoke = key.smoke;
      if (!smoke) continue;
      const chosen = choose(key, context.options.unknown ?? 'fail');
      if (!chosen) continue;
      // One finding for the key, at its primary use, with its other uses in that job as related locations.
      for (const use of primaryUses(key))
        context.report({
          messageId: chosen.messageId,
          data: {
            key: key.name,
            provider: provider(key),
            reason: smoke.reason,
            expected: key.declaration?.principal ?? 'declared principal',
            actual: smokePrincipal(key) ?? 'another account',
            declared: declaredAs(key),
          },
          location: use.location,
          key: key.name,
          environment: use.environment,
          evidence: [
            ...smokeEvidence(key),
            ...observationsOf(key, chosen.messageId === 'testMode' ? 'keyEnvironment' : 'principal').map(evidenceOf),
          ],
          anchor: smoke.status,
          use,
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
  if (smoke.status === 'mismatch') {
    const messageId = Object.hasOwn(MISMATCH_MESSAGES, smoke.reason) ? MISMATCH_MESSAGES[smoke.reason] : 'mismatch';
    return { messageId };
  }
  // With `fail` the engine turns an inconclusive result into a gate's exit 3; no finding here.
  if (smoke.status === 'unknown' && unknown === 'warn') return { messageId: 'inconclusive', warning: true };
  return undefined;
}

/** `a cloudflare key`, or `provider: none` (no provider can check it). */
function declaredAs(key: Key): string {
  const declared = key.declaration?.provider;
  if (declared === undefined) return 'another provider';
  return declared === 'none' ? 'provider: none' : `a ${declared} key`;
}

function provider(key: Key): string {
  const value = key.facts.provider?.value ?? key.declaration?.provider;
  return typeof value === 'string' ? value : 'its provider';
}
