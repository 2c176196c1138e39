// A fast reader for the common block subset of YAML (issue 15): the maps, lists, one-line scalars and
// block scalars that workflows and manifests are made of. It builds the very objects `yaml` would
// (its own Document, YAMLMap, YAMLSeq, Pair and Scalar classes, with the same ranges, types, sources
// and values) or gives up, and then parseYaml() uses `yaml` itself. It gives up on anything it does
// not reproduce exactly: errors of any kind, tabs, anchors, aliases, tags, flow collections, complex
// keys, directives, multi-line plain or quoted scalars, merge keys, carriage returns, a byte order mark.
// Comments are skipped and not attached to nodes (commentBefore, comment, spaceBefore stay unset):
// nothing in keybound reads them (a test checks that). __tests__/core/fast-yaml.test.ts and
// scripts/fast-yaml-diff.mjs compare it with `yaml` node by node.
//
// Why it is faster: `yaml` lexes into tokens, builds a CST, then composes nodes; this walks the text
// once, line by line, finding line ends with indexOf, and builds the nodes directly.

import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** Options as parseYaml passes them to `yaml` (the fast reader only needs merge). */
export interface FastYamlOptions {
  schema: 'core';
  version: '1.2';
  merge: boolean;
  uniqueKeys: false;
  prettyErrors: false;
  keepSourceTokens: false;
}

/** Thrown (and caught in fastParseYaml) when the input is outside the subset. */
class GiveUp {
  constructor(readonly reason: string) {}
}

/** Nesting deeper than this is left to `yaml` (the reader recurses once per level). */
const MAX_DEPTH = 64;
/** `yaml` refuses an implicit key whose `:` is more than 1024 characters after its start. */
const MAX_KEY_LENGTH = 1000;

type ScalarTag = {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  collection?: string;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
};

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/**
 * The documents of text[start, end), as `yaml`'s parseAllDocuments would give them (ranges are offsets
 * into the whole text), or a reason why the fast reader gave up.
 */
export function fastParseYaml(
  text: string,
  start: number,
  end: number,
  options: FastYamlOptions,
): { docs: Document.Parsed[] } | { reason: string } {
  try {
    return { docs: new Reader(text, start, end, options).stream() };
  } catch (error) {
    if (error instanceof GiveUp) return { reason: error.reason };
    // A slip of this reader must not change what keybound reports: `yaml` reads the file instead
    // (scripts/fast-yaml-diff.mjs counts these under their own reason).
    return { reason: `reader error (${error instanceof Error ? error.name : typeof error})` };
  }
}

class Reader {
  private readonly text: string;
  private readonly end: number;
  private readonly options: FastYamlOptions;
  /** Start of the line being read. */
  private pos: number;
  private tags: ScalarTag[] = [];
  private docSchema: unknown;
  private depth = 0;

  constructor(text: string, start: number, end: number, options: FastYamlOptions) {
    this.text = text;
    this.pos = start;
    this.end = end;
    this.options = options;
  }

  stream(): Document.Parsed[] {
    const { text, end } = this;
    // NOTE: searched in the piece only (a view, not a copy): indexOf from `pos` would run on to the end
    // of the whole text for every piece, quadratic in a manifest cut into many pieces.
    if (text.slice(this.pos, end).includes('\r')) throw new GiveUp('carriage return');
    if (text.charCodeAt(this.pos) === 0xfeff) throw new GiveUp('byte order mark');
    const docs: Document.Parsed[] = [];
    // Shared by the documents of the stream, as the composer's own Directives are.
    const directives = new Document().directives;
    let previous: Document.Parsed | undefined;
    for (;;) {
      const line = this.nextContentLine(this.pos);
      if (line >= end) break;
      const c = text.charCodeAt(line);
      if (c === 37 /* % */) throw new GiveUp('directive');
      if (this.isMarker(line, '.')) throw new GiveUp('document end marker');
      const doc = new Document(undefined, { _directives: directives, ...this.options } as never) as Document.Parsed;
      this.docSchema = doc.schema;
      this.tags = (doc.schema as unknown as { tags: ScalarTag[] }).tags;
      if (previous) this.closeDocument(previous, line);
      let docStart = line;
      let contentLine = line;
      if (this.isMarker(line, '-')) {
        doc.directives.docStart = true;
        const after = this.skipSpaces(line + 3);
        const c2 = text.charCodeAt(after);
        if (after < this.lineEnd(line) && c2 !== HASH) throw new GiveUp('content after ---');
        if (c2 === HASH && after === line + 3) throw new GiveUp('odd ---');
        contentLine = this.nextContentLine(this.lineEnd(line) + 1);
        if (contentLine >= end || this.isMarker(contentLine, '-') || this.isMarker(contentLine, '.')) {
          // An empty document: a null where its `---` line ends, unless comments follow (they stretch it).
          if (this.isMarker(contentLine, '.')) throw new GiveUp('document end marker');
          const at = this.lineEnd(line);
          if (text.charCodeAt(this.skipSpaces(line + 3)) === HASH) throw new GiveUp('empty document with comments');
          for (let l = at + 1; l < contentLine; l = this.lineEnd(l) + 1)
            if (text.charCodeAt(this.skipSpaces(l)) === HASH) throw new GiveUp('empty document with comments');
          doc.contents = this.emptyScalar(at) as Document.Parsed['contents'];
          doc.range = [line, at, at];
          this.emptyAt = at;
          docs.push(doc);
          previous = doc;
          this.pos = contentLine;
          continue;
        }
      } else if (docs.length > 0) {
        throw new GiveUp('document without ---');
      }
      docStart = line;
      const indent = this.indentOf(contentLine);
      if (indent !== 0) throw new GiveUp('indented document');
      this.pos = contentLine;
      const contents = this.blockNode(contentLine, 0, -1, true);
      doc.contents = contents as Document.Parsed['contents'];
      const contentEnd = contents.range![2];
      doc.range = [docStart, contentEnd, contentEnd];
      docs.push(doc);
      previous = doc;
      // After the root node only comments, blank lines and a next document may follow.
      const next = this.nextContentLine(this.pos);
      if (next < end && !this.isMarker(next, '-')) throw new GiveUp('content after the root node');
      // Comments after a root scalar or flow collection stretch the document by rules of their own.
      if (isScalar(contents) || (contents as { flow?: boolean }).flow) {
        for (let l = this.pos; l < next; l = this.lineEnd(l) + 1)
          if (text.charCodeAt(this.skipSpaces(l)) === HASH) throw new GiveUp('comment after a one-line root');
      }
    }
    if (previous) this.closeDocument(previous, end);
    return docs;
  }

  /** The content line whose preceding comments a collection's range already reaches to. */
  private commentTakenAt = -1;
  private gapFirst = -1;
  /** The `,` or closing bracket after the last flow scalar read. */
  private flowNext = -1;
  /** Whether the flow collection being read is a map. */
  private flowInMap = false;
  private gapMax = -1;
  /** Where the last empty value stands: a document ending with one does not reach past it. */
  private emptyAt = -1;

  /** A document's range ends where the comments and blank lines after its contents end. */
  private closeDocument(doc: Document.Parsed, next: number): void {
    if (doc.range[1] !== this.emptyAt) doc.range[2] = Math.max(doc.range[2], next);
  }

  /** `---` or `...` at line start followed by a space, a newline or the end. */
  private isMarker(line: number, ch: '-' | '.'): boolean {
    const { text } = this;
    if (!text.startsWith(ch === '-' ? '---' : '...', line)) return false;
    const c = text.charCodeAt(line + 3);
    return line + 3 >= this.end || c === SPACE || c === NEWLINE || c === 9;
  }

  private lineEnd(from: number): number {
    const i = this.text.indexOf('\n', from);
    return i < 0 || i >= this.end ? this.end : i;
  }

  private skipSpaces(i: number): number {
    while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  private indentOf(line: number): number {
    return this.skipSpaces(line) - line;
  }

  /** The start of the first line at or after `line` that is neither blank nor only a comment. */
  private nextContentLine(line: number): number {
    const { text, end } = this;
    while (line < end) {
      const first = this.skipSpaces(line);
      const c = text.charCodeAt(first);
      if (first >= end) return end;
      if (c === 9) throw new GiveUp('tab');
      if (c === NEWLINE) {
        line = first + 1;
        continue;
      }
      if (c === HASH) {
        line = this.lineEnd(first) + 1;
        continue;
      }
      return line;
    }
    return end;
  }

  /**
   * The node that starts at `at`, the first content of a line, indented `col` (more than the
   * `parent` collection's indent). Leaves this.pos at the start of the line after the node.
   */
  private blockNode(at: number, col: number, parent: number, root: boolean): Scalar | YAMLMap | YAMLSeq {
    if (++this.depth > MAX_DEPTH) throw new GiveUp('deep nesting');
    try {
      const { text } = this;
      const c = text.charCodeAt(at);
      if (c === DASH && this.isIndicator(at + 1)) return this.seq(at, col);
      // A flow collection on its own is a value; as an implicit key it is left to `yaml`.
      if (c !== 91 && c !== 123 && this.findKey(at) >= 0) return this.map(at, col);
      if (root && (c === 124 || c === 62)) throw new GiveUp('root block scalar');
      return this.scalarValue(at, parent);
    } finally {
      this.depth--;
    }
  }

  /** A space, a newline or the end after an indicator. */
  private isIndicator(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return i >= this.end || c === SPACE || c === NEWLINE;
  }

  /**
   * If the content at `at` is an implicit key followed by `:`, the offset of that `:`; else -1.
   * Quoted keys must be closed on the line; plain keys end at the first `: ` (or `:` at line end)
   * before any ` #`.
   */
  private findKey(at: number): number {
    const { text } = this;
    const eol = this.lineEnd(at);
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const close = this.quoteEnd(at, eol);
      if (close < 0) return -1;
      const after = close + 1;
      if (text.charCodeAt(after) === COLON) {
        if (!this.isIndicator(after + 1)) throw new GiveUp('quoted key without space after :');
        return after;
      }
      const s = this.skipSpaces(after);
      if (s > after && text.charCodeAt(s) === COLON) throw new GiveUp('space before :');
      return -1;
    }
    for (let i = at; i < eol; i++) {
      const ch = text.charCodeAt(i);
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
      if (ch === COLON && this.isIndicator(i + 1)) {
        if (i - at > MAX_KEY_LENGTH) throw new GiveUp('long key');
        return i;
      }
    }
    return -1;
  }

  /** The offset of the closing quote of the quoted scalar at `at`, on its line, or -1. */
  private quoteEnd(at: number, eol: number): number {
    const { text } = this;
    const q = text[at];
    for (let i = at + 1; i < eol; i++) {
      const c = text[i];
      if (q === '"' && c === '\\') i++;
      else if (c === q) {
        if (q === "'" && text[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  }

  private map(at: number, col: number): YAMLMap {
    const { text } = this;
    const map = new YAMLMap(this.schema());
    let item = at;
    let offset = at;
    let commentEnd: number | undefined;
    for (;;) {
      const colon = this.findKey(item);
      if (colon < 0) throw new GiveUp('not a key');
      const key = this.keyScalar(item, colon);
      const value = this.mapValue(colon + 1, col);
      map.items.push(new Pair(key, value));
      offset = value.range![2];
      const next = this.nextContentLine(this.pos);
      this.gap(col, value, next);
      if (next >= this.end || this.isMarker(next, '-') || this.isMarker(next, '.')) {
        commentEnd = this.trailingComments(col, next);
        break;
      }
      const indent = this.indentOf(next);
      if (indent < col) {
        commentEnd = this.trailingComments(col, next);
        break;
      }
      if (indent > col) throw new GiveUp('bad indentation in map');
      item = next + indent;
      if (text.charCodeAt(item) === DASH && this.isIndicator(item + 1)) {
        // A list at the map's own indentation is its previous key's value only right after the key.
        throw new GiveUp('list item among keys');
      }
      this.pos = next;
    }
    map.range = [at, offset, commentEnd ?? offset];
    return map;
  }

  /** The value after `key:` (at `from`, just past the colon) of a map indented `col`. */
  private mapValue(from: number, col: number): Scalar | YAMLMap | YAMLSeq {
    const { text } = this;
    const s = this.skipSpaces(from);
    const c = text.charCodeAt(s);
    if (s < this.end && c !== NEWLINE && c !== HASH) {
      if (c === 9) throw new GiveUp('tab');
      if (c === DASH && this.isIndicator(s + 1)) throw new GiveUp('list on a key line');
      if (c !== 91 && c !== 123 && this.findKey(s) >= 0) throw new GiveUp('map on a key line');
      return this.scalarValue(s, col);
    }
    if (c === HASH && s === from) throw new GiveUp('odd comment');
    // Nothing on the line: the value is on the lines below, or empty.
    const next = this.nextContentLine(this.lineEnd(s) + 1);
    if (next < this.end && !this.isMarker(next, '-') && !this.isMarker(next, '.')) {
      const indent = this.indentOf(next);
      const first = next + indent;
      const dash = text.charCodeAt(first) === DASH && this.isIndicator(first + 1);
      if (indent > col || (indent === col && dash)) {
        this.pos = next;
        return this.blockNode(first, indent, col, false);
      }
    }
    return this.emptyValue(s, c === HASH);
  }

  private seq(at: number, col: number): YAMLSeq {
    const { text } = this;
    const seq = new YAMLSeq(this.schema());
    let dash = at;
    let offset = at;
    let commentEnd: number | undefined;
    for (;;) {
      const value = this.seqItem(dash, col);
      seq.items.push(value);
      offset = value.range![2];
      const next = this.nextContentLine(this.pos);
      this.gap(col, value, next);
      if (next >= this.end || this.isMarker(next, '-') || this.isMarker(next, '.')) {
        commentEnd = this.trailingComments(col, next);
        break;
      }
      const indent = this.indentOf(next);
      if (indent < col) {
        commentEnd = this.trailingComments(col, next);
        break;
      }
      if (indent > col) throw new GiveUp('bad indentation in list');
      dash = next + indent;
      if (!(text.charCodeAt(dash) === DASH && this.isIndicator(dash + 1))) {
        // The list was a map value at the map's own indentation, which goes on.
        commentEnd = this.trailingComments(col, next);
        break;
      }
      this.pos = next;
    }
    seq.range = [at, offset, commentEnd ?? offset];
    return seq;
  }

  /**
   * Where the range of a collection indented `col` ends, when comment lines follow its `last` value
   * before the `next` content line (less indented, a document marker or the end). As `yaml`'s parser
   * does it: the innermost open collection collects them, and each collection that closes passes them
   * to its parent unless it is indented (col > 0) and one of them is indented at least as much; the
   * one that keeps them reaches to the next content. Passed on from the root, they go to the document.
   * A first comment more indented than a collection whose last value is a one-line scalar belongs to
   * that scalar: left to `yaml`.
   */
  private trailingComments(col: number, next: number): number | undefined {
    if (this.commentTakenAt === next || this.gapFirst < 0) return undefined;
    if (col === 0 || this.gapMax < col) return undefined;
    this.commentTakenAt = next;
    return next >= this.end ? this.end : next + this.indentOf(next);
  }

  /**
   * Reads the comment lines between the end of a collection item (`last`, in a collection indented
   * `col`) and the `next` content line into gapFirst and gapMax (their first and deepest indentation,
   * -1 if none). A first comment more indented than the collection after a one-line scalar belongs to
   * that scalar (and stretches its range): left to `yaml`.
   */
  private gap(col: number, last: unknown, next: number): void {
    let first = -1;
    let max = -1;
    for (let line = this.pos; line < next;) {
      const s = this.skipSpaces(line);
      if (this.text.charCodeAt(s) === HASH) {
        if (first < 0) first = s - line;
        max = Math.max(max, s - line);
      }
      line = this.lineEnd(s) + 1;
    }
    const oneLine =
      (isScalar(last) && last.type !== Scalar.BLOCK_LITERAL && last.type !== Scalar.BLOCK_FOLDED) ||
      (last as { flow?: boolean }).flow === true;
    if (first > col && oneLine) throw new GiveUp('comment after a scalar');
    this.gapFirst = first;
    this.gapMax = max;
  }

  /** The item after the `-` at `dash` of a list indented `col`. */
  private seqItem(dash: number, col: number): Scalar | YAMLMap | YAMLSeq {
    const { text } = this;
    const s = this.skipSpaces(dash + 1);
    const c = text.charCodeAt(s);
    if (s < this.end && c !== NEWLINE && c !== HASH) {
      if (c === 9) throw new GiveUp('tab');
      // A compact collection: its indentation is its column.
      const itemCol = col + (s - dash);
      if (++this.depth > MAX_DEPTH) throw new GiveUp('deep nesting');
      try {
        if (c === DASH && this.isIndicator(s + 1)) return this.seq(s, itemCol);
        if (c !== 91 && c !== 123 && this.findKey(s) >= 0) return this.map(s, itemCol);
      } finally {
        this.depth--;
      }
      return this.scalarValue(s, col);
    }
    if (c === HASH && s === dash + 1) throw new GiveUp('odd comment');
    const next = this.nextContentLine(this.lineEnd(s) + 1);
    if (next < this.end && !this.isMarker(next, '-') && !this.isMarker(next, '.')) {
      const indent = this.indentOf(next);
      if (indent > col) {
        this.pos = next;
        return this.blockNode(next + indent, indent, col, false);
      }
    }
    return this.emptyValue(s, c === HASH);
  }

  /** The schema of the document being read, which `yaml` gives every collection. */
  private schema(): never {
    return this.docSchema as never;
  }

  /**
   * An empty value at `at` (a newline or a comment). `yaml` stretches its range over the comment lines
   * after it, by rules that depend on what follows; those cases are left to it.
   */
  private emptyValue(at: number, comment: boolean): Scalar {
    if (comment) throw new GiveUp('empty value with comment');
    const { text } = this;
    const after = this.lineEnd(at) + 1;
    for (let line = after; line < this.end;) {
      const first = this.skipSpaces(line);
      const c = text.charCodeAt(first);
      if (c === HASH) throw new GiveUp('comment after empty value');
      if (c !== NEWLINE) break;
      line = first + 1;
    }
    this.pos = after;
    this.emptyAt = at;
    return this.emptyScalar(at);
  }

  private emptyScalar(at: number): Scalar {
    const scalar = new Scalar(null);
    scalar.range = [at, at, at];
    scalar.source = '';
    scalar.type = Scalar.PLAIN;
    return scalar;
  }

  /** The key at `at` whose `:` is at `colon`. */
  private keyScalar(at: number, colon: number): Scalar {
    const { text } = this;
    const c = text.charCodeAt(at);
    let scalar: Scalar;
    if (c === 34 || c === 39) {
      scalar = this.quoted(at, colon - 1);
    } else {
      let e = colon;
      while (e > at && text.charCodeAt(e - 1) === SPACE) e--;
      if (e !== colon) throw new GiveUp('space before :');
      const source = text.slice(at, e);
      this.checkPlain(source);
      if (source === '<<') throw new GiveUp('merge key');
      scalar = this.plain(source);
    }
    scalar.range = [at, colon, colon];
    return scalar;
  }

  /**
   * A scalar that starts at `at` and takes the rest of the line: quoted, plain or a block scalar
   * header. `parent` is the indentation of the collection that holds it. Leaves this.pos at the
   * start of the line after it.
   */
  private scalarValue(at: number, parent: number): Scalar | YAMLSeq | YAMLMap {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 124 || c === 62) return this.blockScalar(at, parent);
    if (c === 91 || c === 123) return this.flowCollection(at, parent);
    const eol = this.lineEnd(at);
    let scalar: Scalar;
    let valueEnd: number;
    if (c === 34 || c === 39) {
      const close = this.quoteEnd(at, eol);
      if (close < 0) throw new GiveUp('multi-line quoted scalar');
      scalar = this.quoted(at, close);
      valueEnd = close + 1;
      const rest = this.skipSpaces(valueEnd);
      if (rest < eol && !(text.charCodeAt(rest) === HASH && rest > valueEnd))
        throw new GiveUp('text after a quoted scalar');
    } else {
      let e = at;
      while (e < eol && !(text.charCodeAt(e) === HASH && text.charCodeAt(e - 1) === SPACE)) e++;
      while (e > at && text.charCodeAt(e - 1) === SPACE) e--;
      const source = text.slice(at, e);
      this.checkPlain(source);
      if (source.includes(': ') || source.endsWith(':')) throw new GiveUp('colon in a plain scalar');
      if (e === eol && parent >= 0) {
        const more = this.plainContinuation(eol, parent);
        if (more) {
          scalar = this.plain(source + more.folded);
          scalar.range = [at, more.valueEnd, more.after];
          this.pos = more.after;
          return scalar;
        }
      }
      scalar = this.plain(source);
      valueEnd = e;
    }
    const after = eol < this.end ? eol + 1 : eol;
    scalar.range = [at, valueEnd, after];
    this.pos = after;
    return scalar;
  }

  /**
   * The lines that continue a plain scalar whose first line ends at `eol` (more indented than the
   * `parent` collection, not comments), folded as YAML folds them: a line break becomes a space, and
   * n blank lines n line breaks. Undefined when the next content line does not continue it.
   */
  private plainContinuation(
    eol: number,
    parent: number,
  ): { folded: string; valueEnd: number; after: number } | undefined {
    const { text, end } = this;
    let folded = '';
    let valueEnd = -1;
    let after = -1;
    let blanks = 0;
    for (let line = eol + 1; line < end;) {
      const first = this.skipSpaces(line);
      const lineEnd = this.lineEnd(line);
      if (first >= lineEnd) {
        blanks++;
        line = lineEnd + 1;
        continue;
      }
      const c = text.charCodeAt(first);
      if (c === HASH || first - line <= parent) break;
      if (c === 9 || text.startsWith('---', line) || text.startsWith('...', line)) throw new GiveUp('odd continuation');
      let e = lineEnd;
      while (e > first && text.charCodeAt(e - 1) === SPACE) e--;
      const part = text.slice(first, e);
      if (
        '-?:#'.includes(part[0]) ||
        part.includes(': ') ||
        part.endsWith(':') ||
        part.includes(' #') ||
        part.includes('\t')
      )
        throw new GiveUp('odd continuation');
      folded += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + part;
      blanks = 0;
      valueEnd = e;
      after = lineEnd < end ? lineEnd + 1 : lineEnd;
      line = after;
    }
    return valueEnd < 0 ? undefined : { folded, valueEnd, after };
  }

  /**
   * A flow collection of one-line scalars (`[a, "b"]`, `{k: v}`, `[]`), which may go on over lines
   * more indented than the `parent` collection (without comments): its items reach to the `,` or
   * closing bracket after them, the collection to the end of the line it closes on.
   */
  private flowCollection(at: number, parent: number): YAMLSeq | YAMLMap {
    const { text } = this;
    const isMap = text.charCodeAt(at) === 123;
    const close = isMap ? '}' : ']';
    const coll = isMap ? new YAMLMap(this.schema()) : new YAMLSeq(this.schema());
    coll.flow = true;
    this.flowInMap = isMap;
    let i = this.flowSpace(at + 1, parent);
    while (text[i] !== close) {
      if (isMap) {
        const key = this.flowScalar(i, true, parent);
        if (text[key.range![1]] !== ':') throw new GiveUp('flow map key');
        key.range = [i, key.range![1], key.range![1]];
        const v = this.skipSpaces(key.range[1] + 1);
        if (v === key.range[1] + 1) throw new GiveUp('flow map value');
        const value = this.flowScalar(v, false, parent);
        (coll as YAMLMap).items.push(new Pair(key, value));
        i = this.flowNext;
      } else {
        const item = this.flowScalar(i, false, parent);
        (coll as YAMLSeq).items.push(item);
        i = this.flowNext;
      }
      if (text[i] === ',') i = this.flowSpace(i + 1, parent);
      else if (text[i] !== close) throw new GiveUp('flow collection');
    }
    const valueEnd = i + 1;
    const eol = this.lineEnd(valueEnd);
    const rest = this.skipSpaces(valueEnd);
    if (rest < eol && !(text.charCodeAt(rest) === HASH && rest > valueEnd))
      throw new GiveUp('text after a flow collection');
    const after = eol < this.end ? eol + 1 : eol;
    coll.range = [at, valueEnd, after];
    this.pos = after;
    return coll;
  }

  /**
   * Skips the spaces and line breaks inside a flow collection; the lines it goes on to must be more
   * indented than the `parent` collection and hold no comment or tab.
   */
  private flowSpace(i: number, parent: number): number {
    const { text } = this;
    for (;;) {
      i = this.skipSpaces(i);
      const c = text.charCodeAt(i);
      if (c === HASH || c === 9) throw new GiveUp('comment or tab in a flow collection');
      if (c !== NEWLINE) return i;
      if (parent < 0) throw new GiveUp('multi-line root flow collection');
      const line = i + 1;
      i = this.skipSpaces(line);
      if (i >= this.end) throw new GiveUp('unclosed flow collection');
      if (i - line <= parent && text.charCodeAt(i) !== NEWLINE) throw new GiveUp('flow collection indentation');
    }
  }

  /**
   * A one-line plain or quoted scalar inside a flow collection at `at`. Its range[1] is where it ends
   * and range[2] the `,` or closing bracket after it (for a key, range[1] is the `:`).
   */
  private flowScalar(at: number, isKey: boolean, parent: number): Scalar {
    const { text } = this;
    const eol = this.lineEnd(at);
    const c = text.charCodeAt(at);
    let scalar: Scalar;
    let valueEnd: number;
    if (c === 34 || c === 39) {
      const close = this.quoteEnd(at, eol);
      if (close < 0) throw new GiveUp('multi-line quoted scalar');
      scalar = this.quoted(at, close);
      valueEnd = close + 1;
    } else {
      let e = at;
      while (e < eol && !',[]{}:#'.includes(text[e])) e++;
      const stop = text[e];
      if (stop === '#' || stop === '[' || stop === '{' || (stop === ':' && !isKey)) throw new GiveUp('flow scalar');
      valueEnd = e;
      while (valueEnd > at && text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      const source = text.slice(at, valueEnd);
      this.checkPlain(source);
      if (isKey && source === '<<') throw new GiveUp('merge key');
      scalar = this.plain(source);
    }
    if (isKey) {
      if (text[valueEnd] !== ':') throw new GiveUp('flow map key');
      scalar.range = [at, valueEnd, valueEnd];
      return scalar;
    }
    const next = this.flowSpace(valueEnd, parent);
    if (text[next] !== ',' && text[next] !== ']' && text[next] !== '}') throw new GiveUp('flow scalar end');
    // A map value that ends its line reaches past that line break only (a list item, to the `,`).
    const lineBreak = this.skipSpaces(valueEnd);
    const inMap = this.flowInMap;
    scalar.range = [at, valueEnd, inMap && text.charCodeAt(lineBreak) === NEWLINE ? lineBreak + 1 : next];
    this.flowNext = next;
    return scalar;
  }

  /** Plain scalars that start with an indicator or hold a tab are left to `yaml`. */
  private checkPlain(source: string): void {
    if (source.length === 0) throw new GiveUp('empty plain scalar');
    const c = source[0];
    if ('[]{},#&*!|>\'"%@`'.includes(c)) throw new GiveUp(`plain scalar starting with ${c}`);
    if ((c === '?' || c === ':' || c === '-') && (source.length === 1 || source[1] === ' '))
      throw new GiveUp('indicator');
    if (source.includes('\t')) throw new GiveUp('tab');
  }

  /** A plain scalar resolved as the core schema does (null, booleans, numbers, else a string). */
  private plain(source: string): Scalar {
    let scalar: Scalar | undefined;
    const c = source.charCodeAt(0);
    // Only these first characters can start a null, boolean or number of the core schema.
    if ('~nNtTfF.+-0123456789'.includes(source[0]) || c === undefined) {
      const tag = this.tags.find((t) => t.default === true && t.test?.test(source));
      if (tag) {
        const res = tag.resolve(
          source,
          () => {
            throw new GiveUp('tag resolve error');
          },
          {},
        );
        scalar = isScalar(res) ? res : new Scalar(res);
        if (tag.format) scalar.format = tag.format;
      }
    }
    scalar ??= new Scalar(source);
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    return scalar;
  }

  /** The quoted scalar text[open, close] (close is the closing quote). */
  private quoted(open: number, close: number): Scalar {
    const { text } = this;
    const raw = text.slice(open + 1, close);
    let value: string;
    if (text[open] === "'") {
      value = raw.replaceAll("''", "'");
    } else {
      value = raw.includes('\\') ? unescape(raw) : raw;
    }
    if (raw.includes('\t')) throw new GiveUp('tab');
    const scalar = new Scalar(value);
    scalar.source = value;
    scalar.type = text[open] === "'" ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    return scalar;
  }

  /** A block scalar (`|` or `>`) whose header is at `at`, in a collection indented `parent`. */
  private blockScalar(at: number, parent: number): Scalar {
    const { text, end } = this;
    const folded = text.charCodeAt(at) === 62;
    let i = at + 1;
    let chomp = '';
    const h = text[i];
    if (h === '-' || h === '+') {
      chomp = h;
      i++;
    }
    if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) throw new GiveUp('indentation indicator');
    const headerEnd = this.lineEnd(at);
    const rest = this.skipSpaces(i);
    if (rest < headerEnd && !(text.charCodeAt(rest) === HASH && rest > i)) throw new GiveUp('odd block header');
    // Content lines: blank ones (spaces only) and those indented at least `indent`, which the first
    // non-blank line sets.
    let indent = -1;
    const lines: string[] = [];
    let line = headerEnd + 1;
    let lastContentEnd = -1;
    let maxLeadingBlank = 0;
    while (line < end) {
      const eol = this.lineEnd(line);
      const first = this.skipSpaces(line);
      const spaces = first - line;
      if (first >= eol) {
        // A blank line.
        if (indent < 0) maxLeadingBlank = Math.max(maxLeadingBlank, spaces);
        else if (spaces > indent) throw new GiveUp('blank line with trailing spaces');
        lines.push('');
        line = eol + 1;
        continue;
      }
      if (indent < 0) {
        if (spaces <= parent) break;
        indent = spaces;
        if (maxLeadingBlank > indent) throw new GiveUp('leading blank line too long');
      }
      if (spaces < indent) {
        if (text.charCodeAt(first) === 9) throw new GiveUp('tab in block scalar indentation');
        break;
      }
      if ((text.startsWith('---', line) || text.startsWith('...', line)) && indent === 0)
        throw new GiveUp('marker in block scalar');
      const content = text.slice(line + indent, eol);
      lines.push(content);
      lastContentEnd = eol;
      line = eol + 1;
    }
    if (indent < 0) throw new GiveUp('empty block scalar');
    // Trailing blank lines belong to the scalar only for keep chomping.
    let count = lines.length;
    while (count > 0 && lines[count - 1] === '') count--;
    let value: string;
    if (folded) {
      value = '';
      // Between two lines of text a line break folds into a space (n blank lines give n line breaks);
      // next to a more-indented line (one starting with white space) every line break is kept.
      let blanks = 0;
      let previous: string | undefined;
      for (let k = 0; k < count; k++) {
        const l = lines[k];
        if (l === '') {
          blanks++;
          continue;
        }
        if (previous === undefined) value += '\n'.repeat(blanks);
        else if (isSpaced(previous) || isSpaced(l)) value += '\n'.repeat(blanks + 1);
        else value += blanks === 0 ? ' ' : '\n'.repeat(blanks);
        value += l;
        previous = l;
        blanks = 0;
      }
    } else {
      value = lines.slice(0, count).join('\n');
    }
    if (chomp === '') value += '\n';
    else if (chomp === '+') throw new GiveUp('keep chomping');
    // Its range ends after its last line of text (the text may end there without a line break).
    const valueEnd = lastContentEnd < end ? lastContentEnd + 1 : end;
    const scalar = new Scalar(value);
    scalar.range = [at, valueEnd, valueEnd];
    scalar.source = value;
    scalar.type = folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    this.pos = valueEnd;
    return scalar;
  }
}

/** A folded block scalar line that starts with white space keeps its line breaks. */
function isSpaced(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === SPACE || c === 9;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

/** The value of a one-line double-quoted scalar's escapes; gives up on anything unusual. */
function unescape(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw[++i];
    if (e === undefined) throw new GiveUp('escape at line end');
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const size = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    const hex = raw.slice(i + 1, i + 1 + size);
    if (size === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== size) throw new GiveUp('unknown escape');
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw new GiveUp('escape out of range');
    out += String.fromCodePoint(code);
    i += size;
  }
  return out;
}
