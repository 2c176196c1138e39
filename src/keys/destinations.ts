// Where a secret is handed is evidence of what it is (SPEC section 3, source `name`):
// `AWS_ACCESS_KEY_ID: ${{ secrets.TERRAFORM_STATE_ACCESS_KEY }}` is an AWS key whatever its own name
// says, and so is the `aws-access-key-id` input of aws-actions/configure-aws-credentials;
// `NODE_AUTH_TOKEN` is npm's, `SLACK_BOT_TOKEN` Slack's. Only names that hold a credential count
// (`AWS_ENDPOINT_URL` names a place), and not where the same block names an endpoint: R2 and other
// S3-compatible stores take their keys under AWS's variable names.

import { isCredentialName } from '../core/credentials.js';
import type { Observation, Use } from '../core/types.js';
import { providerById, providersForName } from '../providers/catalog.js';
import { normalizeName } from './join.js';

/** Action inputs whose name says nothing but whose action does (`actions/checkout` `token`). */
const ACTION_INPUTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'actions/checkout': { token: 'github' },
  'actions/github-script': { 'github-token': 'github' },
  'peter-evans/create-pull-request': { token: 'github' },
  'peter-evans/create-or-update-comment': { token: 'github' },
  'slackapi/slack-github-action': { token: 'slack' },
  'cloudflare/wrangler-action': { apiToken: 'cloudflare' },
  'aws-actions/configure-aws-credentials': {
    'aws-access-key-id': 'aws',
    'aws-secret-access-key': 'aws',
    'aws-session-token': 'aws',
  },
};

/** A credential's name (`SLACK_BOT_TOKEN`), or an access key id, which is half of one. */
function holdsCredential(target: string): boolean {
  return isCredentialName(target) || /accesskeyid$/.test(normalizeName(target));
}

/** Ways a value reaches a consumer under a name of the consumer's choosing. */
const HANDED = new Set(['env', 'with', 'secrets']);

/** `provider` observations from the names the key's values are handed to, once per provider. */
export function observeDestinations(uses: readonly Use[], names: readonly string[]): Observation[] {
  const own = new Set(names.map(normalizeName));
  const seen = new Set<string>();
  const observations: Observation[] = [];
  for (const use of uses) {
    const target = use.context?.target;
    if (!target || !HANDED.has(use.context?.via ?? '') || own.has(normalizeName(target))) continue;
    if (use.context?.endpoint || !holdsCredential(target)) continue;
    const action = use.context?.via === 'with' ? use.context.action?.toLowerCase() : undefined;
    const byAction = action && Object.hasOwn(ACTION_INPUTS, action) ? ACTION_INPUTS[action] : undefined;
    const fromAction = byAction && Object.hasOwn(byAction, target) ? providerById(byAction[target]) : undefined;
    const providers = fromAction ? [fromAction] : providersForName(target);
    for (const provider of providers) {
      if (seen.has(provider.id)) continue;
      seen.add(provider.id);
      const detail = action ? `passed as ${target} to ${action}` : `passed as ${target}`;
      observations.push({ fact: 'provider', value: provider.id, source: 'name', detail });
    }
  }
  return observations;
}
