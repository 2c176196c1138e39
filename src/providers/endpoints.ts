// `--endpoint PROVIDER=URL` (CLI) and the `endpoints` input (Action): base-URL overrides for self-hosted
// services and tests. The user chooses them on the command line or in the workflow, never in a file of
// the scanned repository; https anywhere, plain http only for loopback (SPEC section 6).

import { KeyboundError } from '../core/errors.js';
import { validateBaseUrl } from './base-url.js';
import { providerById } from './catalog.js';

/** Parses `PROVIDER=URL` entries; `flag` names where they came from, for messages. */
export function parseEndpointOverrides(entries: readonly string[], flag: string): Record<string, string> {
  const endpoints: Record<string, string> = Object.create(null);
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const provider = entry.slice(0, eq).trim();
    const raw = entry.slice(eq + 1).trim();
    if (eq <= 0 || raw === '') throw new KeyboundError('usage', `${flag}: "${entry}" is not of the form PROVIDER=URL`);
    if (!providerById(provider))
      throw new KeyboundError('usage', `${flag}: unknown provider "${provider}"; see keybound providers`);
    try {
      endpoints[provider] = validateBaseUrl(raw).toString().replace(/\/$/, '');
    } catch (error) {
      const reason = error instanceof TypeError ? 'not a URL' : (error as Error).message;
      throw new KeyboundError('usage', `${flag} ${provider}: ${reason}`);
    }
  }
  return endpoints;
}

/** GitHub Enterprise Server: GITHUB_API_URL names the API, unless an override already does. */
export function withEnterpriseGitHub(
  endpoints: Record<string, string>,
  apiUrl: string | undefined,
): Record<string, string> {
  const api = apiUrl?.trim().replace(/\/$/, '');
  if (!api || endpoints.github || api === 'https://api.github.com') return endpoints;
  return { ...endpoints, github: api };
}
