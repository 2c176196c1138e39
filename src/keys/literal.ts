// The one judgement of "is this committed literal a credential?", shared by plaintext-secret (what to
// report), relevance (which entries are keys at all) and the engine (what the redactor must hide). It
// lives beside relevance rather than in core because it reads the providers' key formats.
//
// A literal is a credential when it matches a provider's key format (with a valid checksum where the
// format has one), is a PEM private key, is a URL with a real password, or sits under a credential name
// and is not a stand-in (core/credentials.ts: a placeholder, a reference, or a value of another kind).

import { tokenChecksumValid } from '../core/checksum.js';
import {
  decodeSafe,
  isCredentialName,
  isExampleKey,
  isPrivateKeyBlock,
  lastSegment,
  normalizeName,
  standIn,
  type StandIn,
  urlPasswordPart,
} from '../core/credentials.js';
import type { Evidence, Key, RawUse } from '../core/types.js';
import { detectFormat, type FormatMatch } from '../providers/catalog.js';
import type { SecretValue } from '../core/secret.js';

/** What kind of credential a literal is. */
export type CredentialKind = 'provider-key' | 'private-key' | 'url-password' | 'named-value';

export interface CredentialJudgement {
  credential: true;
  kind: CredentialKind;
  /** In words, for messages: `a Stripe live secret key`, `a private key`, `a secret value`. */
  what: string;
  /** A provider key in a distinctive format that works as it is (not test mode): a leak wherever committed. */
  live: boolean;
  /** Why it counts, for findings (never any part of the value beyond a documented prefix). */
  evidence: Evidence;
  /** The password of a URL, which alone is the secret part of it. */
  secretPart?: string;
  format?: FormatMatch;
}

export interface NotCredentialJudgement {
  credential: false;
  /**
   * `placeholder`, `reference`, `non-credential` (core/credentials.ts); `example`: a provider format's
   * documented example or a made-up token (bad checksum); `public`: a key type that is not secret;
   * `unnamed`: neither a credential format nor under a credential name.
   */
  category: StandIn['category'] | 'example' | 'public' | 'unnamed';
  reason: string;
  format?: FormatMatch;
}

export type LiteralJudgement = CredentialJudgement | NotCredentialJudgement;

export interface LiteralContext {
  /** The entry's own name(s): the use's name, and the key's when it joined another name. */
  names: readonly string[];
  /** Normalized names of every key and use in the run (knownNames): a value equal to one is a reference. */
  known?: ReadonlySet<string>;
  /** Credential-named values shorter than this are placeholders (plaintext-secret `min-length`). */
  minLength?: number;
  /** Provider key types that are not secret (plaintext-secret `ignore-types`). */
  ignoreTypes?: readonly string[];
}

/** Key types that are identifiers, never secrets (Twilio SIDs, a Confluent key id: useless without their secret). */
const IDENTIFIER_TYPES = new Set(['account-sid', 'api-key-sid', 'api-key-id']);

/** Types that are published by design unless the caller says otherwise. */
const DEFAULT_IGNORED_TYPES = ['publishable'];

/** What a format match looks like, in words: `a Stripe live secret key`, `a GitHub classic personal access token`. */
export function describeFormat(match: FormatMatch): string {
  const type = match.format.type
    .replace(/\bpat\b/, 'personal access token')
    .replace(/[-_]+/g, ' ')
    .replace(/\b(api|sid|ci)\b/g, (word) => word.toUpperCase())
    .replace(/\boauth\b/g, 'OAuth');
  const mode = match.format.mode ? `${match.format.mode} ` : '';
  // `secret` alone is an adjective here (a Stripe secret key); `api key secret` is already a noun.
  const noun = /(key|token|credentials|SID|\ssecret)$/.test(type) ? '' : ' key';
  const phrase = `${match.provider.name} ${mode}${type}${noun}`;
  // `an npm access token`: npm is said letter by letter.
  return `${/^(?:[AEIOU]|npm )/.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** Judges one committed value. SECURITY: the value is only inspected; nothing returned holds any of it
 * but `secretPart`, which is itself secret and goes only to the redactor. */
export function judgeLiteral(value: string, context: LiteralContext): LiteralJudgement {
  let format: FormatMatch | undefined;
  for (const name of context.names) format ??= detectFormat(value, name);
  if (format) return judgeFormat(value, format, context);
  if (isPrivateKeyBlock(value)) {
    return {
      credential: true,
      kind: 'private-key',
      what: 'a private key',
      live: false,
      evidence: { fact: 'format', value: 'private-key', source: 'value', detail: 'PEM block' },
    };
  }
  const written = urlPasswordPart(value);
  if (written !== undefined) {
    // A URL's password counts whatever the entry is called (DATABASE_URL); a placeholder one does not.
    const password = decodeSafe(written);
    const stand = standIn(password, { minLength: 3 });
    if (stand) return { credential: false, category: 'placeholder', reason: `a URL whose password is ${stand.reason}` };
    return {
      credential: true,
      kind: 'url-password',
      what: 'a URL with an embedded password',
      live: false,
      evidence: { fact: 'format', value: 'url-password', source: 'value', detail: 'password in the URL' },
      secretPart: written,
    };
  }
  if (!context.names.some(isCredentialName)) {
    return { credential: false, category: 'unnamed', reason: 'no credential format, and no credential name' };
  }
  const stand = standIn(value, { names: context.names, known: context.known, minLength: context.minLength });
  if (stand) return { credential: false, ...stand };
  return {
    credential: true,
    kind: 'named-value',
    what: 'a secret value',
    live: false,
    evidence: {
      fact: 'name',
      value: 'credential-named',
      source: 'file',
      detail: 'not a placeholder, reference or non-credential value',
    },
  };
}

function judgeFormat(value: string, format: FormatMatch, context: LiteralContext): LiteralJudgement {
  const { type } = format.format;
  // Documented example keys (AKIAIOSFODNN7EXAMPLE) and filler match formats but are not credentials.
  if (isExampleKey(value))
    return { credential: false, category: 'example', reason: 'a documented example key', format };
  if (IDENTIFIER_TYPES.has(type) || (context.ignoreTypes ?? DEFAULT_IGNORED_TYPES).includes(type)) {
    return { credential: false, category: 'public', reason: `a ${type} key type is not secret`, format };
  }
  if (tokenChecksumValid(value) === false) {
    const reason = `its checksum does not match: a made-up ${format.provider.name} token`;
    return { credential: false, category: 'example', reason, format };
  }
  const detail = [type, format.format.mode].filter(Boolean).join(', ');
  return {
    credential: true,
    kind: 'provider-key',
    what: describeFormat(format),
    // A format without a distinctive prefix (32 hex characters under a DATADOG_ name) is too weak a sign
    // to call a value live wherever it sits: it is judged by its place like any named value.
    live: format.format.mode !== 'test' && !format.format.needsNameHint,
    evidence: { fact: 'provider', value: format.provider.id, source: 'value', detail },
    format,
  };
}

/** Normalized names (whole and last segment) of every use and key, for LiteralContext.known. */
export function knownNames(names: Iterable<string>): Set<string> {
  const known = new Set<string>();
  for (const name of names) {
    known.add(normalizeName(name));
    known.add(normalizeName(lastSegment(name)));
  }
  known.delete('');
  return known;
}

/**
 * Every committed value the redactor must hide: the literals judged credentials (a URL's password
 * alone, not the host around it). A use joined into a key is judged with the key's name too, as
 * plaintext-secret judges it.
 */
export function committedCredentials(uses: readonly RawUse[], keys: readonly Key[]): (SecretValue | string)[] {
  const keyNames = new Map<SecretValue, string>();
  for (const key of keys) for (const use of key.uses) if (use.literal) keyNames.set(use.literal, key.name);
  const known = knownNames([...uses.map((use) => use.name), ...keys.map((key) => key.name)]);
  const out: (SecretValue | string)[] = [];
  for (const use of uses) {
    if (!use.literal) continue;
    const joined = keyNames.get(use.literal);
    const names = joined && joined !== use.name ? [use.name, joined] : [use.name];
    const judgement = judgeLiteral(use.literal.reveal(), { names, known });
    if (!judgement.credential) continue;
    out.push(use.literal);
    if (judgement.secretPart !== undefined) out.push(judgement.secretPart, decodeSafe(judgement.secretPart));
  }
  return out;
}
