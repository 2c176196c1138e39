// Which uses refer to a credential at all. Workflow `secrets.X` and Kubernetes Secret references always
// do; a dotenv, compose or Helm entry, or a plain Kubernetes `env[].value`, is configuration (APP_URL,
// NODE_ENV) unless its name or its value says credential (keys/literal.ts judges the value). A
// credential-named entry whose value is of another kind (`MAX_TOTAL_TOKENS=2048`, `AUTH_ENABLED=true`,
// an allow-list CIDR) is configuration too. Plain entries are not keys, and their values are not secrets.

import { isCredentialName, lastSegment } from '../core/credentials.js';
import type { RawUse, SourceKind } from '../core/types.js';
import { SECRET_NAME_KEY } from '../discovery/manifest-names.js';
import { providersForName } from '../providers/catalog.js';
import { judgeLiteral } from './literal.js';

/** Sources whose entries are ordinary variables unless shown otherwise. */
const PLAIN_SOURCES: ReadonlySet<SourceKind> = new Set(['dotenv', 'compose', 'helm-values']);

export function isCredentialUse(use: RawUse): boolean {
  if (use.context?.via === 'secrets') return true;
  const plainEnv = use.sourceKind === 'kubernetes' && use.context?.via === 'env';
  if (!PLAIN_SOURCES.has(use.sourceKind) && !plainEnv) return true;
  // Helm `existingSecret: payments-stripe` names a Kubernetes Secret: a reference, like secretKeyRef.
  if (use.sourceKind === 'helm-values' && use.context?.via && SECRET_NAME_KEY.test(use.context.via)) return true;
  const named = isCredentialName(use.name) || isProviderKeyName(use.name);
  const literal = use.literal?.reveal();
  if (literal === undefined) return named;
  const judgement = judgeLiteral(literal, { names: [use.name] });
  // A provider format counts even when not secret: a publishable test key in production is a finding.
  if (judgement.credential || judgement.format) return true;
  return named && judgement.category !== 'non-credential';
}

/** `STRIPE_KEY`, `SENDGRID_KEY`: a provider's name and a bare `KEY` part (publishable keys are public). */
function isProviderKeyName(name: string): boolean {
  const segment = lastSegment(name);
  return /(?:^|[-_])key$/i.test(segment) && !/publishable|public/i.test(segment) && providersForName(name).length > 0;
}
