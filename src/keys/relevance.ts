// Which uses refer to a credential at all. Workflow `secrets.X` and Kubernetes Secret references always
// do; a dotenv, compose or Helm entry is plain configuration (APP_URL, NODE_ENV) unless its name or its
// value says credential. Plain entries are not keys, and their values are not secrets to redact.

import { isCredentialName, lastSegment, urlPassword } from '../core/credentials.js';
import type { RawUse, SourceKind } from '../core/types.js';
import { SECRET_NAME_KEY } from '../discovery/manifest-names.js';
import { detectFormat, providersForName } from '../providers/index.js';

/** Sources whose entries are ordinary variables unless shown otherwise. */
const PLAIN_SOURCES: ReadonlySet<SourceKind> = new Set(['dotenv', 'compose', 'helm-values']);

export function isCredentialUse(use: RawUse): boolean {
  if (!PLAIN_SOURCES.has(use.sourceKind) || use.context?.via === 'secrets') return true;
  // Helm `existingSecret: payments-stripe` names a Kubernetes Secret: a reference, like secretKeyRef.
  if (use.sourceKind === 'helm-values' && use.context?.via && SECRET_NAME_KEY.test(use.context.via)) return true;
  if (isCredentialName(use.name) || isProviderKeyName(use.name)) return true;
  const literal = use.literal?.reveal();
  return literal !== undefined && (detectFormat(literal, use.name) !== undefined || urlPassword(literal) !== undefined);
}

/** `STRIPE_KEY`, `SENDGRID_KEY`: a provider's name and a bare `KEY` part (publishable keys are public). */
function isProviderKeyName(name: string): boolean {
  const segment = lastSegment(name);
  return /(?:^|[-_])key$/i.test(segment) && !/publishable|public/i.test(segment) && providersForName(name).length > 0;
}
