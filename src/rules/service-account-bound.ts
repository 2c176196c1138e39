// service-account-bound: a key whose principal is a person, not a service account, bot or app; in
// gate mode also a production key whose principal cannot be established (SPEC sections 3 and 5).
// A user-account token declared `principal-kind: service` is a machine user: trusted in audit mode
// unless the provider names a principal other than the declared one. A finding that rests on a smoke
// result key-user-association reports (the declared principal differs, the key is rejected) gives way
// to it (SPEC section 5); a person read from the value itself (`ghp_`) stands and cites the result. A
// key no provider can check (`provider: none`) is confirmed by its declaration; the job's own
// GITHUB_TOKEN is no key here, nor is a secret that holds an identifier. The gate-mode finding only says "could not confirm": it makes a gate
// indeterminate, not failed.

import { matchesGlob } from '../core/glob.js';
import type { Evidence, Key } from '../core/types.js';
import {
  confirmedByDeclaration,
  declarationHint,
  declaredWithoutProvider,
  isIdentifierKey,
  isJobToken,
} from '../keys/confirmation.js';
import { defineRule, type FindingInput } from './types.js';
import { capSeverity, evidenceOf, explain, observationsOf, smokeEvidence, smokePrincipal } from './util.js';

type Options = Record<string, never>;

type Verdict =
  | { kind: 'human'; messageId: string; data: Record<string, string>; fromSmoke: boolean }
  | { kind: 'service'; confirmed: boolean }
  | { kind: 'unknown' };

/** Reports uses of keys bound to a human user, and unconfirmed production keys in gate mode. */
export default defineRule<Options>({
  meta: {
    id: 'service-account-bound',
    description:
      'Reports a key whose principal is a human user, or in gate mode a production key whose principal cannot be established.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      human: '{{key}} is bound to a human user ({{why}}); use a service account, bot or app for {{environment}}',
      principalMismatch:
        '{{key}} is declared as machine user {{expected}} but the provider says it belongs to {{actual}}',
      cannotEstablish:
        'cannot establish that {{key}} is bound to a service account ({{why}}); gate mode needs a verified smoke call',
      undeclared:
        'cannot establish that {{key}} is bound to a service account: no known provider can check it; if none can, add to keybound.yml: {{declaration}}',
    },
    example:
      'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
  },
  check(context) {
    for (const key of context.keys) {
      if (isJobToken(key)) continue;
      const verdict = judge(key);
      const evidence: Evidence[] = [
        ...observationsOf(key, 'principalKind').map(evidenceOf),
        ...observationsOf(key, 'principal').map(evidenceOf),
        ...smokeEvidence(key),
      ];
      for (const use of key.uses) {
        const production = use.environment === 'production';
        const base = {
          location: use.location,
          key: key.name,
          environment: use.environment,
          evidence,
          use,
          severity: production ? context.severity : capSeverity(context.severity, 'warning'),
        } satisfies Partial<FindingInput>;
        if (verdict.kind === 'human') {
          context.report({
            ...base,
            messageId: verdict.messageId,
            data: { ...verdict.data, environment: use.environment },
            repeatsSmoke: verdict.fromSmoke,
          });
        } else if (
          context.mode === 'gate' &&
          production &&
          !(verdict.kind === 'service' && verdict.confirmed) &&
          // An identifier (`AZURE_CLIENT_ID`, `SMTP_HOST`) has no principal to establish.
          !isIdentifierKey(key)
        ) {
          const unconfirmed = { ...base, unconfirmed: true };
          if (withoutProvider(key)) {
            const data = { key: key.name, declaration: declarationHint(key) };
            context.report({ ...unconfirmed, messageId: 'undeclared', data });
          } else {
            // Whatever key-user-association says about this key's smoke call is why it is unconfirmed.
            context.report({
              ...unconfirmed,
              messageId: 'cannotEstablish',
              data: { key: key.name, why: unestablished(key) },
              repeatsSmoke: true,
            });
          }
        }
      }
    }
  },
});

/** Decides the principal kind of a key from its facts, declaration and smoke result. */
function judge(key: Key): Verdict {
  const winner = key.facts.principalKind;
  const declared = key.declaration;
  const verified = key.smoke?.status === 'verified';
  if (winner?.value === 'human') {
    // No provider can tell a person from a machine user (GitHub `User`, an IAM user, a Slack user): a
    // user account that the owners declare `principal-kind: service` is a machine user (SPEC section 3).
    const userAccount = winner.source === 'value' || winner.source === 'smoke';
    if (userAccount && declared?.principalKind === 'service') {
      const actual = smokePrincipal(key);
      const matched =
        declared.principal !== undefined && actual !== undefined && matchesGlob(declared.principal, actual);
      if (declared.principal && actual !== undefined && !matched) {
        // The same comparison as the smoke call's `wrong-account` (providers/smoke.ts).
        const data = { key: key.name, expected: declared.principal, actual };
        return { kind: 'human', messageId: 'principalMismatch', data, fromSmoke: true };
      }
      // The provider itself answered "a user account": only a matching declared principal makes it a service.
      if (winner.source === 'value' || matched) return { kind: 'service', confirmed: verified || matched };
    }
    const data = { key: key.name, why: explain(winner) };
    return { kind: 'human', messageId: 'human', data, fromSmoke: winner.source === 'smoke' };
  }
  if (winner?.value === 'service') {
    // The provider (smoke) or the key format (value prefix) says so; a declaration alone needs smoke,
    // unless no provider can check the key at all (`provider: none`).
    const declaredOnly = winner.source === 'declared' && confirmedByDeclaration(key);
    return {
      kind: 'service',
      confirmed: verified || winner.source === 'smoke' || winner.source === 'value' || declaredOnly,
    };
  }
  return { kind: 'unknown' };
}

/** No provider can check the key: declared `provider: none`, or none recognised from value, name or config. */
function withoutProvider(key: Key): boolean {
  return declaredWithoutProvider(key.declaration) || key.facts.provider === undefined;
}

function unestablished(key: Key): string {
  const winner = key.facts.principalKind;
  const smoke = key.smoke ? `smoke ${key.smoke.status}: ${key.smoke.reason}` : 'no smoke call';
  if (!winner || winner.value === 'unknown') return `principal kind unknown, ${smoke}`;
  // Only a declared machine user reaches the gate check with a `human` winner.
  if (winner.value === 'human') return `${explain(winner)} declared as a machine user, ${smoke}`;
  return `principal kind ${String(winner.value)} ${explain(winner)}, ${smoke}`;
}
