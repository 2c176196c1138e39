// The offline catalog of providers (src/generated/providers.ts, written at build time from each
// provider's spec: formats, name patterns, companions, hosts, guide) and the offline classification of a
// secret value: which provider, which key type, from its documented prefix or, for bare formats, its
// name. A run without smoke calls loads this and no adapter code (issue 15: start-up).

import { PROVIDER_DATA } from '../generated/providers.js';
import { NamePatternIndex } from './names.js';
import type { Companion, FormatData, ProviderData } from './types.js';

/** Every provider's data, sorted by id. */
export const CATALOG: readonly ProviderData[] = PROVIDER_DATA;

/** Every provider's companion names (key joining reads them: AWS pairs, Twilio pairs, sites, account ids). */
export const COMPANIONS: readonly Companion[] = CATALOG.flatMap((provider) => provider.companions ?? []);

/** A value's provider and key format. */
export interface FormatMatch {
  provider: ProviderData;
  format: FormatData;
}

/** Longest single-line token considered (the longest documented formats are about 400 characters). */
export const MAX_TOKEN_LENGTH = 1024;

/** The provider with this id, if any. */
export function providerById(id: string): ProviderData | undefined {
  return CATALOG.find((provider) => provider.id === id);
}

/** providersForName's answers: a repository uses few distinct names many times (issue 15). */
const byName = new Map<string, readonly ProviderData[]>();
/** Names remembered at most; then the memory starts over (an organisation audit reads many repositories). */
const MAX_REMEMBERED_NAMES = 10_000;

/** Providers whose name patterns match `name`, the one named earliest in the name first. */
export function providersForName(name: string): readonly ProviderData[] {
  let found = byName.get(name);
  if (found === undefined) {
    if (byName.size >= MAX_REMEMBERED_NAMES) byName.clear();
    found = Object.freeze(matchNamePatterns(name));
    byName.set(name, found);
  }
  return found;
}

/** Every provider's name patterns, indexed by their words. */
const NAME_PATTERNS = new NamePatternIndex(CATALOG, (provider) => provider.namePatterns);

function matchNamePatterns(name: string): ProviderData[] {
  return NAME_PATTERNS.matching(name);
}

const prefixes = new WeakMap<FormatData, string>();

/**
 * The literal prefix a format's pattern starts with (`sk_test_`, `AKIA`, `SG.`), or '' for formats with
 * no prefix. Derived from the pattern, never from a value, so it is safe to print as evidence.
 */
export function formatPrefix(format: FormatData): string {
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

const gates = new WeakMap<FormatData, string>();

/**
 * A prefix every value of `format` starts with, checked before its pattern is run (or compiled: V8
 * compiles a regular expression in every process on its first use, and a value was tried against every
 * format's), or '' when there is none to check: no literal prefix, a flag that changes what the
 * prefix matches, or an alternation at the top of the pattern (`^a|b`).
 */
export function formatGate(format: FormatData): string {
  let gate = gates.get(format);
  if (gate === undefined) {
    const { flags, source } = format.pattern;
    gate = /[imy]/.test(flags) || hasTopLevelAlternation(source) ? '' : formatPrefix(format);
    gates.set(format, gate);
  }
  return gate;
}

/** True when a `|` of `source` sits outside every group and character class. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
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
  if (isJsonDocument(value)) return documentFormat(value);
  // SECURITY: whitespace or control characters mean a malformed or concatenated value; never guess.
  if (value.length > MAX_TOKEN_LENGTH || /[\s\u0000-\u001f\u007f]/.test(value)) return undefined;

  const hinted = name === undefined ? [] : providersForName(name);
  let best: { match: FormatMatch; rank: number } | undefined;
  const consider = (provider: ProviderData, format: FormatData): void => {
    if (!value.startsWith(formatGate(format)) || !format.pattern.test(value)) return;
    // Prefixed formats outrank bare ones; then the longer prefix wins; ties keep the first seen.
    const rank = (format.needsNameHint ? 0 : 1000) + formatPrefix(format).length;
    if (best === undefined || rank > best.rank) best = { match: { provider, format }, rank };
  };
  for (const provider of CATALOG) {
    for (const format of provider.formats) if (!format.needsNameHint) consider(provider, format);
  }
  for (const provider of hinted) {
    for (const format of provider.formats) if (format.needsNameHint) consider(provider, format);
  }
  return best?.match;
}

/** Longest JSON document considered: real key files (Google Cloud) are about 2.4 KB. */
export const MAX_DOCUMENT_LENGTH = 64 * 1024;

/**
 * The format of a JSON credential document (a Google Cloud key file), by its top-level `type`, or
 * undefined. The anchored patterns are a cheap gate before parsing.
 * SECURITY: never throws. A JSON.parse error message quotes the input, so it is swallowed here.
 */
export function documentFormat(value: string): FormatMatch | undefined {
  if (value.length > MAX_DOCUMENT_LENGTH || value.includes('\0')) return undefined;
  const candidates = CATALOG.flatMap((provider) =>
    provider.formats
      .filter((format) => format.documentType && format.pattern.test(value))
      .map((format) => ({ provider, format })),
  );
  if (candidates.length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const type = (parsed as Record<string, unknown>).type;
  return candidates.find((candidate) => candidate.format.documentType === type);
}
