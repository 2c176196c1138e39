// Secret-name patterns of provider data files, as data, so that STRIPE_SECRET_KEY and prod-stripe.key
// point at Stripe but STRIPEY_THING does not. A name is read as parts separated by `_`, `-`, `.` or `/`
// (Kubernetes `SECRET/KEY` names), compared without regard to ASCII case.
//
// Why data and not regular expressions: V8 compiles each regular expression in every process that
// uses it, and about forty case-insensitive ones cost a small scan 7 to 9 ms, more than reading its files
// (issue 15). A pattern here is matched over the name's parts in linear time. Each kind means exactly
// the regular expression its comment gives, and __tests__/providers/names.test.ts checks it does, on
// every provider's patterns.

/**
 * A provider's secret-name pattern. `phrases` are words joined by `_` (`CF_API_TOKEN`); one of them must
 * appear as whole consecutive parts of the name.
 *
 * - `part`: nothing else: `(?:^|[-_./])(?:PHRASES)(?:[-_./]|$)`, case-insensitive;
 * - `credential`: one of `endings` follows the phrase at once:
 *   `(?:^|[-_./])(?:PHRASES)[-_./](?:ENDINGS)(?:[-_./]|$)`;
 * - `key`: the name ends with one of `endings`, after the phrase and any alphanumeric parts:
 *   `(?:^|[-_./])(?:PHRASES)(?:[-_./][A-Za-z0-9]+)*[-_./](?:ENDINGS)$`.
 */
export interface NamePattern {
  kind: 'part' | 'credential' | 'key';
  phrases: readonly string[];
  endings?: readonly string[];
}

/** A pattern that matches when one of `phrases` appears in a secret name as whole parts. */
export function namePart(...phrases: string[]): NamePattern {
  return { kind: 'part', phrases: phrases.map(normalPhrase) };
}

/** What follows a provider's word in the name of a credential (not of a URL, an id or a hostname). */
const CREDENTIAL_PARTS = ['TOKEN', 'KEY', 'SECRET', 'API_KEY', 'API_TOKEN', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'BOT_TOKEN'];

/**
 * Credential names of a provider: `DROPBOX_TOKEN`, `NOTION_API_KEY`, never `DROPBOX_APP_KEY` or
 * `DISCORD_WEBHOOK_URL`. A name that points at a provider makes any other value of it `malformed` (an
 * error), so providers whose users keep ids, URLs and app secrets beside their tokens use these. The
 * same names as namePart of every `WORD_PART` pair.
 */
export function credentialNames(...words: string[]): NamePattern {
  return { kind: 'credential', phrases: words.map(normalPhrase), endings: CREDENTIAL_PARTS };
}

/**
 * A pattern for the names of a provider's keys, not of everything beside them: a name holding one of
 * `words` as a whole part and ending in one of `endings` (`OKTA_API_TOKEN`, `PROD_OKTA_TOKEN`, but not
 * `OKTA_ORG_URL` or `OKTA_CLIENT_SECRET`, which a key check would call malformed).
 */
export function keyName(words: readonly string[], endings: readonly string[]): NamePattern {
  return { kind: 'key', phrases: words.map(normalPhrase), endings: endings.map(normalPhrase) };
}

/** A phrase as upper-case alphanumeric words joined by `_` (other characters of a word dropped). */
function normalPhrase(phrase: string): string {
  return phrase
    .split('_')
    .map((word) => word.replace(/[^A-Za-z0-9]/g, '').toUpperCase())
    .join('_');
}

// ---------------------------------------------------------------------------------------------------

/** A name cut into parts: each part upper-cased, with where it starts and whether it is alphanumeric. */
export interface NameParts {
  parts: string[];
  starts: number[];
  /** alphanumericUntil[i]: the first part at or after i that is empty or not all ASCII letters and digits. */
  alphanumericUntil: number[];
}

const SEPARATORS = new Set(['-', '_', '.', '/']);

/**
 * The parts of `name`. Only ASCII letters are upper-cased, as a case-insensitive regular expression
 * folds them: a part holding any other letter can equal no word, so it is kept as it is.
 */
export function cutName(name: string): NameParts {
  const parts: string[] = [];
  const starts: number[] = [];
  const alphanumeric: boolean[] = [];
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !SEPARATORS.has(name[i]!)) continue;
    const part = name.slice(start, i);
    parts.push(isAscii(part) ? part.toUpperCase() : part);
    starts.push(start);
    alphanumeric.push(isAlphanumeric(part));
    start = i + 1;
  }
  const alphanumericUntil = new Array<number>(parts.length + 1);
  alphanumericUntil[parts.length] = parts.length;
  for (let i = parts.length - 1; i >= 0; i--) alphanumericUntil[i] = alphanumeric[i] ? alphanumericUntil[i + 1]! : i;
  return { parts, starts, alphanumericUntil };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function isAlphanumeric(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20; // ASCII letters to lower case; digits keep their code
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a))) return false;
  }
  return true;
}

/** Words of each phrase, split once per phrase list. */
const wordLists = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function wordsOf(phrases: readonly string[]): readonly (readonly string[])[] {
  let words = wordLists.get(phrases);
  if (words === undefined) {
    words = phrases.map((phrase) => phrase.split('_'));
    wordLists.set(phrases, words);
  }
  return words;
}

/** True when the parts from `at` on begin with `words`. */
function wordsAt(name: NameParts, at: number, words: readonly string[]): boolean {
  if (at + words.length > name.parts.length) return false;
  for (let w = 0; w < words.length; w++) if (name.parts[at + w] !== words[w]) return false;
  return true;
}

/** True when `pattern` matches from part `at` on; `keyEndings`: where a `key` pattern's ending may start. */
function matchesAt(name: NameParts, at: number, pattern: NamePattern, keyEndings: readonly number[]): boolean {
  for (const words of wordsOf(pattern.phrases)) {
    if (!wordsAt(name, at, words)) continue;
    const after = at + words.length;
    if (pattern.kind === 'part') return true;
    if (pattern.kind === 'credential' && wordsOf(pattern.endings ?? []).some((ending) => wordsAt(name, after, ending)))
      return true;
    // Only alphanumeric parts between the phrase and the ending (alphanumericUntil keeps this linear).
    if (
      pattern.kind === 'key' &&
      keyEndings.some((ending) => ending >= after && name.alphanumericUntil[after]! >= ending)
    )
      return true;
  }
  return false;
}

/** Where `pattern` matches in the cut name, as the regular expression's match index, or -1. */
function matchIndex(name: NameParts, pattern: NamePattern): number {
  let keyEndings: number[] = [];
  if (pattern.kind === 'key') {
    const count = name.parts.length;
    keyEndings = wordsOf(pattern.endings ?? [])
      .filter((ending) => count >= ending.length && wordsAt(name, count - ending.length, ending))
      .map((ending) => count - ending.length);
    if (keyEndings.length === 0) return -1;
  }
  for (let at = 0; at < name.parts.length; at++) {
    if (matchesAt(name, at, pattern, keyEndings)) return at === 0 ? 0 : name.starts[at]! - 1;
  }
  return -1;
}

/**
 * Where the earliest of `patterns` matches `name`, as the index a regular expression of the same
 * pattern would give (the separator before the phrase, or 0), or -1 when none does. A name matched
 * against many providers' patterns is cut once (cutName).
 */
export function nameMatchIndex(patterns: readonly NamePattern[], name: string | NameParts): number {
  if (patterns.length === 0) return -1;
  const cut = typeof name === 'string' ? cutName(name) : name;
  let index = -1;
  for (const pattern of patterns) {
    const found = matchIndex(cut, pattern);
    if (found >= 0 && (index < 0 || found < index)) index = found;
  }
  return index;
}
