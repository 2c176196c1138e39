// SECURITY: the one redactor every human-facing string passes through before it leaves keybound.
// It removes each known secret, each line of a multi-line one, the encodings a log or API might carry
// them in (base64 standard and URL-safe at every byte alignment, base64 twice, URL-encoded, JSON-escaped
// once and twice, hex), the value without its documented prefix (`ghp_`, `sk-ant-api03-`, ...), and
// every run of FRAGMENT_LENGTH or more consecutive characters of a value (a provider that echoes the
// first 30 characters of a token). Registration and redaction are linear: forms and 12-character
// fragments go into hash tables of rolling hashes, and one pass over the text marks every match.

import { isCredentialName } from './credentials.js';
import { KeyboundError, KeyboundErrors } from './errors.js';
import { keyPrefix } from './key-prefixes.js';
import { REDACTED, type SecretValue } from './secret.js';

/** Forms shorter than this are not searched for: they would erase ordinary text. */
const MIN_FORM_LENGTH = 4;
/**
 * Any run of this many consecutive characters of a secret value is redacted (README "Security model").
 * Shorter runs are left: 11 characters of a random token are no longer a usable key, and a shorter
 * threshold would start to erase ordinary words that happen to occur in a value.
 */
export const FRAGMENT_LENGTH = 12;
/** JSON documents larger than this are not parsed to find their credential members. */
const MAX_DOCUMENT_LENGTH = 1024 * 1024;

function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  // Standalone encoding, with and without padding.
  const forms = [bytes.toString('base64')];
  // A secret inside longer data is encoded at one of three byte alignments. For each, keep only the
  // characters that depend on the secret's bytes alone: skip those that mix in the bytes before it
  // (0, 2 or 3 characters) and stop before the last character that mixes in the bytes after it.
  const skip = [0, 2, 3];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    forms.push(encoded.slice(skip[offset], Math.floor(((offset + bytes.length) * 8) / 6)));
  }
  const withUrlSafe = forms.flatMap((form) => [form, form.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')]);
  return withUrlSafe.filter((form) => form.length >= MIN_FORM_LENGTH);
}

function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** Every form of `text` that must never appear in output. */
export function secretForms(text: string): string[] {
  const forms = new Set<string>();
  const add = (form: string): void => {
    if (form.length >= MIN_FORM_LENGTH) forms.add(form);
  };
  const pieces = [text, ...text.split(/\r\n|\r|\n/).map((line) => line.trim())];
  for (const piece of pieces) {
    if (piece.length < MIN_FORM_LENGTH) continue;
    add(piece);
    add(jsonEscaped(piece));
    add(JSON.stringify(JSON.stringify(piece)).slice(1, -1));
    add(encodeURIComponent(piece));
    add(encodeURI(piece));
    const hex = Buffer.from(piece, 'utf8').toString('hex');
    add(hex);
    add(hex.toUpperCase());
    for (const b64 of base64Forms(piece)) {
      add(b64);
      add(Buffer.from(b64, 'utf8').toString('base64'));
      add(Buffer.from(b64, 'utf8').toString('base64').replace(/=+$/, ''));
    }
  }
  return [...forms];
}

/**
 * The parts of a value whose fragments are secret. A JSON document (a Google service-account key) is
 * mostly identifiers the report must show (`client_email` is the key's principal): only its credential
 * members (`private_key`, `client_secret`, `refresh_token`...) count, raw and JSON-escaped as the
 * document carries them. Any other value counts whole.
 */
export function fragmentSources(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || trimmed.length > MAX_DOCUMENT_LENGTH) return [text];
  let document: unknown;
  // Stryker disable BlockStatement: an empty catch finds nothing in an unparsed document and returns [text] too.
  try {
    document = JSON.parse(trimmed);
  } catch {
    return [text];
  }
  // Stryker restore BlockStatement
  const found: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 8) return;
    for (const [name, member] of Object.entries(value)) {
      if (typeof member === 'string' && isCredentialName(name)) found.push(member, jsonEscaped(member));
      else visit(member, depth + 1);
    }
  };
  visit(document, 0);
  return found.length > 0 ? found : [text];
}

// Polynomial rolling hash over UTF-16 code units in 32-bit arithmetic (Math.imul wraps modulo 2^32),
// as signed 32-bit integers. Collisions only cost a verification: every candidate
// match is compared character by character before anything is redacted.
const BASE = 0x01000193;

function power(width: number): number {
  let result = 1;
  for (let i = 1; i < width; i++) result = Math.imul(result, BASE);
  return result;
}

function hashOf(text: string, start: number, width: number): number {
  let h = 0;
  for (let i = start; i < start + width; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** The hash of the window one character on: `out` leaves at the front, `into` joins at the end. */
function roll(h: number, power: number, out: number, into: number): number {
  return (Math.imul((h - Math.imul(out, power)) | 0, BASE) + into) | 0;
}

/** Entries whose windows have one width, chained per bucket of an open hash table of heads. */
interface Table {
  width: number;
  /** BASE^(width-1), to roll the first character out of a window. */
  power: number;
  heads: Int32Array;
  size: number;
}

function newTable(width: number, capacity = 16): Table {
  return { width, power: power(width), heads: new Int32Array(capacity).fill(-1), size: 0 };
}

/** A growable column of 32-bit integers. */
class Column {
  data = new Int32Array(64);

  ensure(length: number): void {
    // Stryker disable next-line all: growing more often changes only the number of copies.
    if (length <= this.data.length) return;
    // Stryker disable next-line all: growing by more or less than double changes only the number of copies.
    const data = new Int32Array(Math.max(length, this.data.length * 2));
    data.set(this.data);
    this.data = data;
  }
}

export class Redactor {
  // Entry i: "the text window whose hash is hash[i] may be sources[source[i]].slice(at[i], at[i] +
  // length[i]), starting back[i] characters before the window". Full forms are anchored at one
  // 12-character window (shorter forms by the whole form, in a table of their own width); fragments
  // are every 12-character window of a value. Columns of integers keep a million entries compact.
  private readonly sources: string[] = [];
  private entries = 0;
  private readonly source = new Column();
  private readonly at = new Column();
  private readonly length = new Column();
  private readonly back = new Column();
  private readonly hash = new Column();
  private readonly next = new Column();
  /** The FRAGMENT_LENGTH table first, then one per shorter form length, in the order they appear. */
  private readonly tables = new Map<number, Table>([[FRAGMENT_LENGTH, newTable(FRAGMENT_LENGTH)]]);
  private readonly forms = new Set<string>();
  private readonly values = new Set<string>();

  constructor(secrets: Iterable<SecretValue | string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret value; its forms and fragments are removed from everything redacted afterwards. */
  add(secret: SecretValue | string): void {
    const text = typeof secret === 'string' ? secret : secret.reveal();
    if (text.length < MIN_FORM_LENGTH || this.values.has(text)) return;
    this.values.add(text);
    const prefix = keyPrefix(text);
    const body = text.slice(prefix.length);
    for (const form of secretForms(text)) this.addForm(form);
    // The body alone, in every encoding: a provider may echo (or encode) only what follows `ghp_`.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: without a prefix the body is the value (deduplicated).
    if (prefix && body.length >= MIN_FORM_LENGTH) for (const form of secretForms(body)) this.addForm(form);
    for (const source of fragmentSources(text)) {
      // Windows that lie wholly inside the public prefix (`sk-ant-api03`) are not secret.
      this.addFragments(source, source === text ? prefix.length : 0);
    }
  }

  /** How many distinct forms are registered (fragments not counted). */
  get size(): number {
    return this.forms.size;
  }

  redact(text: string): string {
    // Stryker disable next-line all: shortcuts only; a scan of an empty table or a short text finds nothing either.
    if (this.forms.size === 0 || text.length < MIN_FORM_LENGTH) return text;
    const hits: number[] = [];
    // Stryker disable next-line all: a shortcut only (an empty table holds nothing to find).
    for (const table of this.tables.values()) if (table.size > 0) this.scan(text, table, hits);
    if (hits.length === 0) return text;
    return replaceRuns(text, hits);
  }

  private addForm(form: string): void {
    if (this.forms.has(form)) return;
    this.forms.add(form);
    const source = this.sources.push(form) - 1;
    if (form.length < FRAGMENT_LENGTH) {
      let table = this.tables.get(form.length);
      if (!table) this.tables.set(form.length, (table = newTable(form.length)));
      this.insert(table, hashOf(form, 0, form.length), source, 0, form.length, 0);
      return;
    }
    // Stryker disable all: which window anchors a form changes only how many candidates a text position
    // costs, never what is found (every candidate is verified); the growth tests and the bench cover it.
    // Anchor the form at a 12-character window that few entries share: its end (random in a token),
    // else its start or its middle. Keys with a shared prefix (`sk-ant-api03-`) or PEM footer then do
    // not pile up on one hash, so a text position costs O(1) however many keys there are.
    const table = this.tables.get(FRAGMENT_LENGTH) as Table;
    const last = form.length - FRAGMENT_LENGTH;
    let best = last;
    let bestHash = hashOf(form, last, FRAGMENT_LENGTH);
    let bestCount = this.sharing(table, bestHash);
    for (let candidate = 0; candidate < 2 && bestCount > 0; candidate++) {
      const offset = candidate === 0 ? 0 : last >> 1;
      const h = hashOf(form, offset, FRAGMENT_LENGTH);
      const count = this.sharing(table, h);
      if (count < bestCount) [best, bestHash, bestCount] = [offset, h, count];
    }
    // Stryker restore all
    this.insert(table, bestHash, source, 0, form.length, best);
  }

  /** How many entries of `table` have hash `h` (counted up to 8). */
  // Stryker disable all: performance only (see addForm).
  private sharing(table: Table, h: number): number {
    let count = 0;
    const [hash, next] = [this.hash.data, this.next.data];
    for (let e = table.heads[h & (table.heads.length - 1)]; e !== -1 && count < 8; e = next[e])
      if (hash[e] === h) count++;
    return count;
  }
  // Stryker restore all

  /** Every FRAGMENT_LENGTH window of `value` that reaches past its first `from` characters. */
  private addFragments(value: string, from: number): void {
    if (value.length < FRAGMENT_LENGTH) return;
    const table = this.tables.get(FRAGMENT_LENGTH) as Table;
    const source = this.sources.push(value) - 1;
    const start = Math.max(0, from - FRAGMENT_LENGTH + 1);
    let h = hashOf(value, start, FRAGMENT_LENGTH);
    for (let offset = start; ; offset++) {
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: a duplicate fragment only costs memory.
      if (!this.hasFragment(table, h, value, offset)) this.insert(table, h, source, offset, FRAGMENT_LENGTH, 0);
      if (offset + FRAGMENT_LENGTH >= value.length) break;
      h = roll(h, table.power, value.charCodeAt(offset), value.charCodeAt(offset + FRAGMENT_LENGTH));
    }
  }

  /** Whether the same 12 characters are already registered as a fragment (keys sharing a PEM header). */
  // Stryker disable all: memory only: a fragment registered twice redacts the same text.
  private hasFragment(table: Table, h: number, value: string, offset: number): boolean {
    const [hash, next, back, length] = [this.hash.data, this.next.data, this.back.data, this.length.data];
    for (let e = table.heads[h & (table.heads.length - 1)]; e !== -1; e = next[e]) {
      if (hash[e] !== h || back[e] !== 0 || length[e] !== FRAGMENT_LENGTH) continue;
      if (sameRun(this.sources[this.source.data[e]], this.at.data[e], value, offset, FRAGMENT_LENGTH)) return true;
    }
    return false;
  }
  // Stryker restore all

  private insert(table: Table, h: number, source: number, at: number, length: number, back: number): void {
    if ((table.size + 1) * 2 > table.heads.length) this.grow(table);
    const entry = this.entries++;
    if (entry >= this.hash.data.length)
      for (const column of [this.source, this.at, this.length, this.back, this.hash, this.next])
        column.ensure(this.entries);
    this.source.data[entry] = source;
    this.at.data[entry] = at;
    this.length.data[entry] = length;
    this.back.data[entry] = back;
    this.hash.data[entry] = h;
    const bucket = h & (table.heads.length - 1);
    this.next.data[entry] = table.heads[bucket];
    table.heads[bucket] = entry;
    table.size++;
  }

  /** Doubles a table's buckets and re-chains its entries (amortized O(1) per entry). */
  private grow(table: Table): void {
    const [hash, next] = [this.hash.data, this.next.data];
    const old = table.heads;
    const heads = new Int32Array(old.length * 2).fill(-1);
    for (const head of old) {
      for (let e = head; e !== -1;) {
        const following = next[e];
        const bucket = hash[e] & (heads.length - 1);
        next[e] = heads[bucket];
        heads[bucket] = e;
        e = following;
      }
    }
    table.heads = heads;
  }

  /** Rolls a window of the table's width over `text`; pushes [start, end) of every verified match. */
  private scan(text: string, table: Table, hits: number[]): void {
    const width = table.width;
    // Stryker disable next-line all: a shortcut only: a window longer than the text matches nothing.
    if (text.length < width) return;
    const { heads, power } = table;
    const mask = heads.length - 1;
    const [hash, next, back, length, at, source] = [
      this.hash.data,
      this.next.data,
      this.back.data,
      this.length.data,
      this.at.data,
      this.source.data,
    ];
    // The last run marked: a match inside it need not be verified again (long runs of one character).
    // Stryker disable all: the hash pre-check, the bounds check and the run skip save verifications;
    // sameRun decides every match by itself (a hash collision is a test case of its own).
    let runStart = -1;
    let runEnd = -1;
    let h = hashOf(text, 0, width);
    for (let p = 0; ; p++) {
      for (let e = heads[h & mask]; e !== -1; e = next[e]) {
        if (hash[e] !== h) continue;
        const start = p - back[e];
        const end = start + length[e];
        if (start < 0 || end > text.length || (start >= runStart && end <= runEnd)) continue;
        // Stryker restore all
        if (!sameRun(this.sources[source[e]], at[e], text, start, length[e])) continue;
        // Stryker disable all: bookkeeping of the run skip above (performance only).
        if (start >= runStart && start <= runEnd) runEnd = Math.max(runEnd, end);
        else [runStart, runEnd] = [start, end];
        // Stryker restore all
        hits.push(start, end);
      }
      // Stryker disable next-line EqualityOperator,ArithmeticOperator: one window more or less at the end holds no match.
      if (p + width >= text.length) break;
      h = roll(h, power, text.charCodeAt(p), text.charCodeAt(p + width));
    }
  }
}

/** Whether `a` from `aStart` and `b` from `bStart` hold the same `length` characters. */
function sameRun(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  // Stryker disable next-line all: a shortcut for whole forms; the loop below compares them the same way.
  if (aStart === 0 && length === a.length) return b.startsWith(a, bStart);
  for (let i = 0; i < length; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

/** `text` with each maximal run covered by the [start, end) pairs in `hits` replaced by one REDACTED. */
function replaceRuns(text: string, hits: number[]): string {
  const order = Array.from({ length: hits.length / 2 }, (_, i) => i).sort((a, b) => hits[2 * a] - hits[2 * b]);
  let out = '';
  let copied = 0;
  let [runStart, runEnd] = [hits[2 * order[0]], hits[2 * order[0] + 1]];
  // Stryker disable next-line MethodExpression: the first pair again merges into its own run.
  for (const i of order.slice(1)) {
    const [start, end] = [hits[2 * i], hits[2 * i + 1]];
    if (start <= runEnd) {
      // Overlapping or touching: one run.
      runEnd = Math.max(runEnd, end);
      continue;
    }
    out += text.slice(copied, runStart) + REDACTED;
    copied = runEnd;
    [runStart, runEnd] = [start, end];
  }
  return out + text.slice(copied, runStart) + REDACTED + text.slice(runEnd);
}

/**
 * `error` with every message (and dotted path) passed through `redactor`; anything that is not a
 * KeyboundError comes back as it is (the shells describe those by type only).
 */
export function redactError(error: unknown, redactor: Redactor): unknown {
  const one = (e: KeyboundError): KeyboundError =>
    new KeyboundError(e.code, redactor.redact(e.message), {
      ...e.place,
      ...(e.place.path !== undefined ? { path: redactor.redact(e.place.path) } : {}),
    });
  if (error instanceof KeyboundErrors) return new KeyboundErrors(error.errors.map(one));
  if (error instanceof KeyboundError) return one(error);
  return error;
}
