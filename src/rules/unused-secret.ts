// unused-secret: an Actions secret GitHub holds for the repository (or one of its environments) that no
// scanned workflow references: a credential that still works and that nobody would miss. It needs
// secret metadata (--github-repo, the Action's `secrets-token`); without it the rule says nothing.
//
// A workflow that hands over every secret (`toJSON(secrets)`, `secrets: inherit`) counts as using them
// all: keybound cannot tell which ones the receiver reads. The secrets that count as used only because
// of such a handover are named in one note at the handover, where replacing it would tell.
//
// Organization secrets are left to the organization audit, which scans every repository's workflows:
// one repository not using an organization secret says nothing about the secret. The core,
// unusedSecrets(), is pure so that audit can apply it to the merged view.

import type { Evidence, Location, SecretsExposure } from '../core/types.js';
import type { SecretMetadata } from '../discovery/github-secrets.js';
import { defineRule, type RuleContext } from './types.js';
import { compareLocations, exposureEvidence } from './util.js';
import { compareText } from '../core/compare.js';

type Options = Record<string, never>;

/** Names shown in a handover note before the rest are counted. */
const MAX_NAMES = 10;

export interface UnusedSecrets {
  /** Referenced by no workflow, and no workflow hands over every secret. */
  unused: SecretMetadata[];
  /** Referenced by no workflow by name; they count as used only because a workflow hands over every secret. */
  handedOver: SecretMetadata[];
}

/**
 * Which of `secrets` no workflow uses. `referenced` are the secret names workflows reference (compared
 * as GitHub does, ignoring case); `handsOverAll` is whether some workflow hands over every secret
 * (`toJSON(secrets)`, `secrets: inherit`), which counts as using them all. Pure: the organization audit
 * calls it with every repository's references merged.
 */
export function unusedSecrets(
  secrets: readonly SecretMetadata[],
  referenced: Iterable<string>,
  handsOverAll: boolean,
): UnusedSecrets {
  const names = new Set([...referenced].map((name) => name.toUpperCase()));
  const unreferenced = secrets.filter((secret) => !names.has(secret.name.toUpperCase()));
  return handsOverAll ? { unused: [], handedOver: unreferenced } : { unused: unreferenced, handedOver: [] };
}

/** Reports repository and environment secrets no scanned workflow references. */
export default defineRule<Options>({
  meta: {
    id: 'unused-secret',
    description:
      'Reports a repository or environment secret that no scanned workflow references, from GitHub secret metadata (--github-repo, or the Action’s secrets-token); toJSON(secrets) or secrets: inherit counts as using every secret.',
    defaultSeverity: 'note',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unused: '{{what}} is referenced by no workflow in {{folder}}; delete it (or its value) if nothing else reads it',
      handedOver:
        '{{count}} secret(s) that no workflow references by name count as used only because {{form}} hands over every secret here: {{names}}; pass secrets by name to find the ones nothing reads',
    },
    example:
      'repository secret OLD_DEPLOY_TOKEN is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
  },
  check(context) {
    const metadata = context.secretMetadata;
    const workflows = context.inventory.workflows;
    if (!metadata || workflows.length === 0) return;
    const referenced = context.inventory.uses.filter((u) => u.sourceKind === 'github-workflow').map((u) => u.name);
    const exposures = workflows.flatMap((w) => w.exposures).sort((a, b) => compareLocations(a.location, b.location));
    const own = metadata.filter((secret) => secret.scope !== 'organization');
    const { unused, handedOver } = unusedSecrets(own, referenced, exposures.length > 0);

    const folder = workflowFolder(workflows.map((w) => w.file));
    const location: Location = { file: folder, line: 1, column: 1 };
    for (const secret of [...unused].sort(bySecret)) {
      context.report({
        messageId: 'unused',
        data: { what: describe(secret), folder },
        location,
        evidence: [metadataEvidence(secret)],
        anchor: `${secret.scope}:${secret.environment ?? ''}:${secret.name}`,
      });
    }
    if (handedOver.length > 0) reportHandover(context, exposures[0], handedOver);
  },
});

function reportHandover(context: RuleContext<Options>, exposure: SecretsExposure, secrets: SecretMetadata[]): void {
  const sorted = [...secrets].sort(bySecret);
  const shown = sorted.slice(0, MAX_NAMES).map(describe);
  const more = sorted.length - shown.length;
  context.report({
    messageId: 'handedOver',
    data: {
      count: sorted.length,
      form: exposure.form,
      names: more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', '),
    },
    location: exposure.location,
    evidence: [exposureEvidence(exposure), ...sorted.map(metadataEvidence)],
    anchor: 'handed-over',
  });
}

/** `repository secret X`, `environment secret X of production`. */
function describe(secret: SecretMetadata): string {
  return secret.scope === 'environment'
    ? `environment secret ${secret.name} of ${secret.environment ?? 'an environment'}`
    : `${secret.scope} secret ${secret.name}`;
}

function metadataEvidence(secret: SecretMetadata): Evidence {
  const where = secret.scope === 'environment' ? `environment ${secret.environment ?? ''}` : secret.scope;
  return {
    fact: 'secret',
    value: secret.name,
    source: 'platform',
    detail: `GitHub ${where} secret, updated_at ${secret.updatedAt}`,
  };
}

function bySecret(a: SecretMetadata, b: SecretMetadata): number {
  return (
    compareText(a.scope, b.scope) ||
    compareText(a.environment ?? '', b.environment ?? '') ||
    compareText(a.name, b.name)
  );
}

/** The folder the scanned workflows are in (`.github/workflows`): where a reference would be written. */
function workflowFolder(files: string[]): string {
  const first = [...files].sort()[0] ?? '.github/workflows/';
  return first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.';
}
