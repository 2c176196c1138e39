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
interface NameParts {
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
function cutName(name: string): NameParts {
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

/** The parts at which one of a `key` pattern's endings starts and runs to the end of the name. */
function keyEndingsOf(name: NameParts, pattern: NamePattern): number[] {
  if (pattern.kind !== 'key') return [];
  const count = name.parts.length;
  return wordsOf(pattern.endings ?? [])
    .filter((ending) => count >= ending.length && wordsAt(name, count - ending.length, ending))
    .map((ending) => count - ending.length);
}

/**
 * True when what follows a phrase found in the name (up to part `after`) is what `pattern`'s kind asks
 * for; `keyEndings`: keyEndingsOf the name and pattern.
 */
function completes(name: NameParts, after: number, pattern: NamePattern, keyEndings: readonly number[]): boolean {
  if (pattern.kind === 'part') return true;
  if (pattern.kind === 'credential')
    return wordsOf(pattern.endings ?? []).some((ending) => wordsAt(name, after, ending));
  // Only alphanumeric parts between the phrase and the ending (alphanumericUntil keeps this linear).
  return keyEndings.some((ending) => ending >= after && name.alphanumericUntil[after]! >= ending);
}

/** The index a regular expression reports for a match from part `at`: the separator before it, or 0. */
function indexOfPart(name: NameParts, at: number): number {
  return at === 0 ? 0 : name.starts[at]! - 1;
}

/** Where `pattern` matches in the cut name, as the regular expression's match index, or -1. */
function matchIndex(name: NameParts, pattern: NamePattern): number {
  const keyEndings = keyEndingsOf(name, pattern);
  if (pattern.kind === 'key' && keyEndings.length === 0) return -1;
  for (let at = 0; at < name.parts.length; at++) {
    for (const words of wordsOf(pattern.phrases)) {
      if (wordsAt(name, at, words) && completes(name, at + words.length, pattern, keyEndings)) {
        return indexOfPart(name, at);
      }
    }
  }
  return -1;
}

/**
 * Where the earliest of `patterns` matches `name`, as the index a regular expression of the same
 * pattern would give (the separator before the phrase, or 0), or -1 when none does. For many
 * providers' patterns at once, NamePatternIndex.
 */
export function nameMatchIndex(patterns: readonly NamePattern[], name: string): number {
  if (patterns.length === 0) return -1;
  const cut = cutName(name);
  let index = -1;
  for (const pattern of patterns) {
    const found = matchIndex(cut, pattern);
    if (found >= 0 && (index < 0 || found < index)) index = found;
  }
  return index;
}

/** A phrase of one owner's pattern, filed under its first word. */
interface IndexedPhrase {
  owner: number;
  pattern: NamePattern;
  words: readonly string[];
}

/**
 * Many owners' patterns (every provider's), indexed by the first word of each phrase: a name is matched
 * by looking up each of its parts, not by trying each of about 150 phrases at each part (a compose
 * repository's thousands of distinct names made that a tenth of its scan).
 */
export class NamePatternIndex<T> {
  private readonly byFirstWord = new Map<string, IndexedPhrase[]>();

  constructor(
    private readonly owners: readonly T[],
    patternsOf: (owner: T) => readonly NamePattern[],
  ) {
    owners.forEach((owner, index) => {
      for (const pattern of patternsOf(owner)) {
        for (const words of wordsOf(pattern.phrases)) {
          const filed = this.byFirstWord.get(words[0]!) ?? [];
          filed.push({ owner: index, pattern, words });
          this.byFirstWord.set(words[0]!, filed);
        }
      }
    });
  }

  /**
   * The owners whose patterns match `name`, the one matched earliest in the name first (ties in the
   * order the owners were given): what nameMatchIndex of each owner's patterns, sorted, would give.
   */
  matching(name: string): T[] {
    const cut = cutName(name);
    const found = new Map<number, number>();
    const keyEndings = new Map<NamePattern, number[]>();
    for (let at = 0; at < cut.parts.length; at++) {
      for (const { owner, pattern, words } of this.byFirstWord.get(cut.parts[at]!) ?? []) {
        if (found.has(owner) || !wordsAt(cut, at, words)) continue;
        let endings = keyEndings.get(pattern);
        if (endings === undefined) {
          endings = keyEndingsOf(cut, pattern);
          keyEndings.set(pattern, endings);
        }
        // Parts are tried from the left, so an owner's first match is its earliest.
        if (completes(cut, at + words.length, pattern, endings)) found.set(owner, indexOfPart(cut, at));
      }
    }
    return [...found]
      .sort(([ownerA, atA], [ownerB, atB]) => atA - atB || ownerA - ownerB)
      .map(([owner]) => this.owners[owner]!);
  }
}
