// The environment a provider places a key in (Honeycomb's environment, LaunchDarkly's SDK key
// environment, Square's sandbox host), as a `keyEnvironment` fact in SPEC section 2's words:
// `production`, `staging` or `development`, with the provider's own name kept in the detail.
// no-dev-keys-in-prod reports a production use of a key placed in development or staging.

import { conventionInName } from '../discovery/environment.js';
import { fact } from './adapter.js';
import type { Identity } from './types.js';

type Fact = Identity['facts'][number];

/**
 * The fact for the first of `names` (the provider's environment name, then its slug) that names an
 * environment by SPEC section 2's words (`Production`, `prod-eu`, `Development`, `dev`, `Staging`...).
 * None for a name that says nothing (`main`, `acme`): an unknown name must not read as non-production.
 */
export function placedIn(names: readonly string[], detail: (name: string) => string): Fact | undefined {
  for (const name of names) {
    const environment = name ? conventionInName(name) : undefined;
    if (environment) return fact('keyEnvironment', environment, detail(name));
  }
  return undefined;
}
