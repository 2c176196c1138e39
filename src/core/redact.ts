// SECURITY: the one redactor every human-facing string passes through before it leaves keybound.
// It removes each known secret, each line of a multi-line one, and the encodings a log or API might
// carry them in: base64 (standard and URL-safe, at every byte alignment), base64 twice, URL-encoded,
// JSON-escaped and hex.

import { REDACTED, type SecretValue } from './secret.js';

/** Forms shorter than this are not searched for: they would erase ordinary text. */
const MIN_FORM_LENGTH = 4;
/** Forms longer than this are matched as plain text, not in the one regular expression. */
const MAX_PATTERN_FORM_LENGTH = 1024;

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

export class Redactor {
  private forms: string[] = [];
  private pattern: RegExp | undefined;
  private long: string[] = [];

  constructor(secrets: Iterable<SecretValue | string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a secret value; its forms are removed from everything redacted afterwards. */
  add(secret: SecretValue | string): void {
    const text = typeof secret === 'string' ? secret : secret.reveal();
    if (text.length < MIN_FORM_LENGTH) return;
    const known = new Set(this.forms);
    for (const form of secretForms(text)) if (!known.has(form)) this.forms.push(form);
    this.pattern = undefined;
  }

  /** The raw values and their lines, for registering with the runner's masker. */
  get size(): number {
    return this.forms.length;
  }

  redact(text: string): string {
    if (this.forms.length === 0 || text.length === 0) return text;
    if (!this.pattern) {
      // Longest first, so a form is never partly replaced by a shorter one it contains. Very long forms
      // (a 48 KB value, its hex and base64) would make a regular expression too large to compile: they
      // are replaced as plain text first, and are all longer than every form in the pattern.
      const sorted = [...this.forms].sort((a, b) => b.length - a.length);
      this.long = sorted.filter((form) => form.length > MAX_PATTERN_FORM_LENGTH);
      const short = sorted.filter((form) => form.length <= MAX_PATTERN_FORM_LENGTH);
      this.pattern = short.length > 0 ? new RegExp(short.map(escapeRegExp).join('|'), 'g') : /(?!)/g;
    }
    let out = text;
    for (const form of this.long) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out.replace(this.pattern, REDACTED);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
