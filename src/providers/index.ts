// The provider registry: every provider's data, sorted by id, and offline classification of a secret
// value (which provider, which key type) from its documented prefix or, for bare formats, its name.
// Adding a provider: its file (see adapter.ts), one line below, and its test table.

import { alibaba } from './alibaba.js';
import { anthropic } from './anthropic.js';
import { atlassian } from './atlassian.js';
import { aws } from './aws.js';
import { buildkite } from './buildkite.js';
import { circleci } from './circleci.js';
import { cloudflare } from './cloudflare.js';
import { confluent } from './confluent.js';
import { databricks } from './databricks.js';
import { datadog } from './datadog.js';
import { discord } from './discord.js';
import { doppler } from './doppler.js';
import { dropbox } from './dropbox.js';
import { elasticsearch } from './elasticsearch.js';
import { fastly } from './fastly.js';
import { gcp, gcpDocumentFormat } from './gcp.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { honeycomb } from './honeycomb.js';
import { huggingface } from './huggingface.js';
import { launchdarkly } from './launchdarkly.js';
import { netlify } from './netlify.js';
import { notion } from './notion.js';
import { npm } from './npm.js';
import { okta } from './okta.js';
import { openai } from './openai.js';
import { openrouter } from './openrouter.js';
import { sendgrid } from './sendgrid.js';
import { slack } from './slack.js';
import { square } from './square.js';
import { stripe } from './stripe.js';
import { terraform } from './terraform.js';
import { twilio } from './twilio.js';
import { vault } from './vault.js';
import type { Companion, KeyFormat, ProviderSpec } from './types.js';

export type { Companion, Endpoint, KeyFormat, ProviderSpec } from './types.js';

/** Every provider, sorted by id. */
export const PROVIDERS: readonly ProviderSpec[] = [
  alibaba,
  anthropic,
  atlassian,
  aws,
  buildkite,
  circleci,
  cloudflare,
  confluent,
  databricks,
  datadog,
  discord,
  doppler,
  dropbox,
  elasticsearch,
  fastly,
  gcp,
  github,
  gitlab,
  honeycomb,
  huggingface,
  launchdarkly,
  netlify,
  notion,
  npm,
  okta,
  openai,
  openrouter,
  sendgrid,
  slack,
  square,
  stripe,
  terraform,
  twilio,
  vault,
];

/** Every provider's companion names (key joining reads them: AWS pairs, Twilio pairs, sites, account ids). */
export const COMPANIONS: readonly Companion[] = PROVIDERS.flatMap((provider) => provider.companions ?? []);

/** A value's provider and key format. */
export interface FormatMatch {
  provider: ProviderSpec;
  format: KeyFormat;
}

/** Longest single-line token considered (the longest documented formats are about 400 characters). */
export const MAX_TOKEN_LENGTH = 1024;

/** The provider with this id, if any. */
export function providerById(id: string): ProviderSpec | undefined {
  return PROVIDERS.find((provider) => provider.id === id);
}

/** Providers whose name patterns match `name`, the one named earliest in the name first. */
export function providersForName(name: string): ProviderSpec[] {
  const hits: { provider: ProviderSpec; index: number }[] = [];
  for (const provider of PROVIDERS) {
    let index = Infinity;
    for (const pattern of provider.namePatterns) {
      const match = pattern.exec(name);
      if (match !== null) index = Math.min(index, match.index);
    }
    if (index !== Infinity) hits.push({ provider, index });
  }
  return hits.sort((a, b) => a.index - b.index).map((hit) => hit.provider);
}

const prefixes = new WeakMap<KeyFormat, string>();

/**
 * The literal prefix a format's pattern starts with (`sk_test_`, `AKIA`, `SG.`), or '' for formats with
 * no prefix. Derived from the pattern, never from a value, so it is safe to print as evidence.
 */
export function formatPrefix(format: KeyFormat): string {
  const cached = prefixes.get(format);
  if (cached !== undefined) return cached;
  const source = format.pattern.source;
  let prefix = '';
  for (let i = 1; source.startsWith('^') && i < source.length; i++) {
    const char = source[i];
    if (char === '\\' && /[^A-Za-z0-9]/.test(source[i + 1] ?? 'a')) {
      prefix += source[++i];
    } else if (/[A-Za-z0-9_-]/.test(char)) {
      prefix += char;
    } else {
      // A quantifier makes the character before it optional or repeated: not part of the prefix.
      if (/[?*+{]/.test(char)) prefix = prefix.slice(0, -1);
      break;
    }
  }
  prefixes.set(format, prefix);
  return prefix;
}

/** True when `value` looks like a JSON object: only such values may span lines (GCP key files). */
export function isJsonDocument(value: string): boolean {
  return /^\s*\{/.test(value);
}

/**
 * The provider and key format of a secret value, most specific first: a prefixed format beats a bare
 * one and a longer prefix beats a shorter one. Formats with `needsNameHint` count only when `name`
 * matches that provider's name patterns. A value with whitespace, CR/LF or NUL never matches, except a
 * JSON credential document.
 */
export function detectFormat(value: string, name?: string): FormatMatch | undefined {
  if (value.length === 0) return undefined;
  if (isJsonDocument(value)) {
    const format = gcpDocumentFormat(value);
    return format === undefined ? undefined : { provider: gcp, format };
  }
  // SECURITY: whitespace or control characters mean a malformed or concatenated value; never guess.
  if (value.length > MAX_TOKEN_LENGTH || /[\s\u0000-\u001f\u007f]/.test(value)) return undefined;

  const hinted = name === undefined ? [] : providersForName(name);
  let best: { match: FormatMatch; rank: number } | undefined;
  const consider = (provider: ProviderSpec, format: KeyFormat): void => {
    if (!format.pattern.test(value)) return;
    // Prefixed formats outrank bare ones; then the longer prefix wins; ties keep the first seen.
    const rank = (format.needsNameHint ? 0 : 1000) + formatPrefix(format).length;
    if (best === undefined || rank > best.rank) best = { match: { provider, format }, rank };
  };
  for (const provider of PROVIDERS) {
    for (const format of provider.formats) if (!format.needsNameHint) consider(provider, format);
  }
  for (const provider of hinted) {
    for (const format of provider.formats) if (format.needsNameHint) consider(provider, format);
  }
  return best?.match;
}
