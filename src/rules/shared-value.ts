// shared-value: two keys used in different environments hold the same value, so one credential serves
// both (the staging and the production name of one Stripe key). Values are the ones given for this run
// (--secrets-json, --secrets-env, the Action's `secrets` input, with AWS companions) and literals
// committed in files; only values judged to be credentials are compared (the same judgement
// plaintext-secret makes of a committed literal), so two environments' `us-east-1` say nothing.
//
// SECURITY: values are compared by HMAC-SHA-256 under a key drawn at random for each run of this rule;
// the key and the digests live only inside check() and never reach a finding, a log or a file, so no
// output (or any two outputs) can be matched against a guessed value.
//
// Not reported here: one key used in several environments (one CI secret read by a staging and a
// production job: no-dev-keys-in-prod and the keys table show it); names already joined as one key
// (aliases, companions); the same value under two names in the SAME environment (a duplicate, not a
// leak across the environment boundary); keys whose uses are all in the `unknown` environment.

import { isIdentifierName, standIn } from '../core/credentials.js';
import { nodeCrypto } from '../core/node-crypto.js';
import type { SecretValue } from '../core/secret.js';
import { detectFormat } from '../providers/catalog.js';
import type { Evidence, Key, Location, Use } from '../core/types.js';
import { classifyLiteral } from './plaintext-secret.js';
import { defineRule } from './types.js';
import { compareLocations, environmentRank, primaryUse } from './util.js';
import { addTo } from '../core/group.js';
import { compareText } from '../core/compare.js';

type Options = Record<string, never>;

/** One place a value is held: a key's given value (with its companions), or a literal at one use. */
interface Holder {
  key: Key;
  /** How the finding names it: the key, or the use's name and file for a committed literal. */
  label: string;
  /** Environments it is used in (the use's, for a literal). */
  environments: string[];
  location: Location;
  evidence: Evidence;
  digests: string[];
}

/** Reports each group of keys (or committed literals) in different environments that hold one value. */
export default defineRule<Options>({
  meta: {
    id: 'shared-value',
    description:
      'Reports keys used in different environments that hold the same value (a staging and a production name for one credential), compared by a keyed hash inside the run and never printed.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      shared:
        '{{holders}} hold the same value: one credential serves {{environments}}; issue a separate key for each environment',
    },
    example:
      'PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
  },
  check(context) {
    // SECURITY: a fresh random key per run, dropped when check() returns; made on the first value only,
    // so a run without values does not load node:crypto (issue 15).
    let runKey: Buffer | undefined;
    const digest = (value: SecretValue): string => {
      const crypto = nodeCrypto();
      runKey ??= crypto.randomBytes(32);
      return crypto.createHmac('sha256', runKey).update(value.reveal()).digest('hex');
    };
    // A gate (--environment) compares its keys with every other environment's.
    const holders = (context.everyKey ?? context.keys).flatMap((key) => holdersOf(key, digest));
    const gated = context.environment;

    for (const group of groupByDigest(holders)) {
      if (!spansEnvironments(group)) continue;
      if (gated !== undefined && !group.some((h) => h.environments.includes(gated))) continue;
      const sorted = [...group].sort(byImportance(gated));
      const primary = sorted[0];
      const environments = [...new Set(sorted.flatMap((h) => known(h.environments).sort(byRank)))];
      context.report({
        messageId: 'shared',
        data: {
          holders: joinWords(sorted.map((h) => `${h.label} (${known(h.environments).join(', ') || 'unknown'})`)),
          environments: joinWords(environments),
        },
        location: primary.location,
        key: primary.key.name,
        environment: gated ?? known(primary.environments).sort(byRank)[0],
        evidence: sorted.map((h) => h.evidence),
        anchor: sorted
          .map((h) => h.label)
          .sort()
          .join('|'),
      });
    }
  },
});

/** The holders of `key`: its given value (uses that read the CI secret) and each credential literal. */
function holdersOf(key: Key, digest: (value: SecretValue) => string): Holder[] {
  const holders: Holder[] = [];
  const given = [key.value, ...Object.values(key.companions)].filter(
    (value): value is SecretValue => value !== undefined && isGivenCredential(value, key.names),
  );
  const readers = key.uses.filter((use) => !use.literal);
  const reader = primaryUse({ uses: readers });
  if (given.length > 0 && reader) {
    const environments = [...new Set(readers.map((use) => use.environment))].sort(byRank);
    holders.push({
      key,
      label: key.name,
      environments,
      location: reader.location,
      evidence: {
        fact: 'sameValue',
        value: key.name,
        source: 'value',
        detail: `${environments.join(', ')}; value from ${given[0].origin}`,
      },
      digests: given.map(digest),
    });
  }
  // One literal is one holder wherever it is deployed: a kustomize base that two overlays deploy to
  // staging and production is one key used in two environments, not two keys sharing a value.
  const literals = new Map<string, Holder>();
  for (const use of key.uses) {
    if (!use.literal || !isCredentialValue(use.literal, [use.name, ...key.names])) continue;
    const at = `${use.location.file}:${use.location.line}:${use.location.column}`;
    const seen = literals.get(at);
    if (seen) seen.environments = [...new Set([...seen.environments, use.environment])].sort(byRank);
    else literals.set(at, literalHolder(key, use, digest(use.literal)));
  }
  return [...holders, ...literals.values()];
}

function literalHolder(key: Key, use: Use, digest: string): Holder {
  const label = `${use.name} in ${use.location.file}`;
  return {
    key,
    label,
    environments: [use.environment],
    location: use.location,
    evidence: {
      fact: 'sameValue',
      value: use.name,
      source: 'file',
      detail: `${use.environment}; committed at ${use.location.file}:${use.location.line}`,
    },
    digests: [digest],
  };
}

/**
 * Whether a value is a credential worth comparing. The one coupling to how keybound judges credentials:
 * a provider key format, a private key, a URL password, or a credential name with a value that is no
 * placeholder (plaintext-secret's judgement of a committed literal, with its default options).
 */
function isCredentialValue(value: SecretValue, names: string[]): boolean {
  return classifyLiteral(value.reveal(), names, { 'ignore-types': ['publishable'], 'min-length': 6 }) !== undefined;
}

/**
 * Whether a value given for the run (a CI secret) is worth comparing. It was stored as a secret, so a
 * name that says nothing (`PAYMENTS_KEY`) does not make it a placeholder: any value that is not an
 * identifier's (`AWS_REGION`, `SENTRY_ORG`), not a stand-in (a URL without a password, a number, a
 * placeholder word) and at least 12 characters of some entropy counts, as do committed literals' kinds.
 */
function isGivenCredential(value: SecretValue, names: string[]): boolean {
  if (isCredentialValue(value, names)) return true;
  // A provider format (a publishable key) was judged above; only format-less values go on.
  if (names.some((name) => detectFormat(value.reveal(), name) !== undefined)) return false;
  if (names.some(isIdentifierName)) return false;
  return standIn(value.reveal(), { names, minLength: GIVEN_MIN_LENGTH }) === undefined;
}

/** Shorter given values (a region, a port, a short id) are too common to mean one credential. */
const GIVEN_MIN_LENGTH = 12;

/** Holders joined when any of their digests are equal (a pair's id or secret alike). */
function groupByDigest(holders: Holder[]): Holder[][] {
  const parent = holders.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const first = new Map<string, number>();
  holders.forEach((holder, i) => {
    for (const d of holder.digests) {
      const seen = first.get(d);
      if (seen === undefined) first.set(d, i);
      else parent[find(i)] = find(seen);
    }
  });
  const groups = new Map<number, Holder[]>();
  holders.forEach((holder, i) => {
    const root = find(i);
    addTo(groups, root, holder);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Two different holders used in two different known environments. */
function spansEnvironments(group: Holder[]): boolean {
  for (const a of group) {
    for (const b of group) {
      if (a === b) continue;
      if (known(a.environments).some((ea) => known(b.environments).some((eb) => ea !== eb))) return true;
    }
  }
  return false;
}

function known(environments: string[]): string[] {
  return environments.filter((e) => e !== 'unknown');
}

function byRank(a: string, b: string): number {
  return environmentRank(a) - environmentRank(b) || compareText(a, b);
}

/** The gated environment's holders first, then production's, staging's..., then by label and place. */
function byImportance(gated: string | undefined): (a: Holder, b: Holder) => number {
  const rank = (h: Holder): number =>
    gated !== undefined && h.environments.includes(gated) ? -1 : Math.min(...h.environments.map(environmentRank));
  return (a, b) => rank(a) - rank(b) || compareText(a.label, b.label) || compareLocations(a.location, b.location);
}

/** `A`, `A and B`, `A, B and C`. */
function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
