// Safe YAML for every file keybound reads. SECURITY.md rule 6: the core schema pinned (a `%YAML 1.1`
// directive cannot turn `on:` into `true`), merge keys off unless the format defines them, duplicate
// keys rejected, aliases expanded only within a budget (billion laughs), and any throw from the parser
// (a ReferenceError on excessive aliases, a RangeError on deep nesting) turned into a located message.
// Also the helpers that turn YAML nodes into exact 1-based locations. Text in the common block subset
// is read by fast-yaml.ts, which builds the same nodes `yaml` would (issue 15); the rest by `yaml`.

import {
  type Alias,
  Composer,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Pair,
  Parser,
  type YAMLMap,
} from 'yaml';
import { fastParseYaml } from './fast-yaml.js';
import type { Location } from './types.js';

/** Files larger than this are reported, not parsed. Real manifests top out near 4 MB. */
export const MAX_YAML_BYTES = 6 * 1024 * 1024;
/** Alias dereferences allowed while walking one document. */
export const MAX_ALIAS_DEREFERENCES = 10_000;
/** Flow collections nested deeper than this are refused before parsing (the parser recurses). */
export const MAX_FLOW_DEPTH = 500;
/** Problems reported per file; a broken file can produce thousands. */
const MAX_PROBLEMS = 10;

export interface YamlProblem {
  message: string;
  line?: number;
  column?: number;
  /** For duplicate keys: where the first one stands. */
  firstLine?: number;
}

export interface ParsedYaml {
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  /** Errors (and, when `warningsAsErrors`, warnings), located; empty when the file parsed. */
  problems: YamlProblem[];
}

export interface YamlOptions {
  /** Expand `<<` merge keys (docker-compose defines them; config and workflows do not). */
  merge?: boolean;
  /** Treat warnings (unknown tags, ...) as errors: used for config and policy files. */
  warningsAsErrors?: boolean;
  /**
   * Decides from a document's source text alone whether it is worth parsing. Documents it refuses are
   * not parsed at all (so not reported when broken) and are missing from `docs`; locations in the
   * others are exact. Not applied to a stream with directives (`%YAML`), which span documents.
   */
  wantDocument?: (source: string) => boolean;
}

export function parseYaml(text: string, options: YamlOptions = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  // A UTF-16 unit is at most 3 bytes of UTF-8: only a long text needs counting (a scan of the text).
  if (text.length > MAX_YAML_BYTES / 3 && Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
    return {
      docs: [],
      lineCounter,
      problems: [{ message: `file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB; not parsed` }],
    };
  }
  const depth = flowDepth(text);
  if (depth > MAX_FLOW_DEPTH) {
    return {
      docs: [],
      lineCounter,
      problems: [{ message: `brackets are nested more than ${MAX_FLOW_DEPTH} deep; not parsed` }],
    };
  }
  // NOTE: the parser's own line counter misses the line breaks inside the tokens it gives up on, so
  // after a broken document every later line was off; line starts are counted from the text instead.
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const parseOptions = {
    schema: 'core',
    version: '1.2',
    merge: options.merge ?? false,
    // NOTE: yaml's own check compares each key with every earlier key of its map, which is quadratic
    // (20,000 secrets in one `env:` map took over a minute); duplicateKeys() does it with a hash map.
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  } as const;
  let docs: Document.Parsed[];
  try {
    const pieces = options.wantDocument ? wantedPieces(text, options.wantDocument) : undefined;
    // parseAllDocuments returns an EmptyStream (an array with extra fields) for an empty file.
    docs = pieces
      ? pieces.flatMap(([start, end]) => parsePiece(text, start, end, parseOptions))
      : parseWhole(text, parseOptions);
  } catch (error) {
    return { docs: [], lineCounter, problems: [{ message: parserThrew(error) }] };
  }
  const problems: YamlProblem[] = [];
  for (const doc of docs) {
    const issues = options.warningsAsErrors ? [...doc.errors, ...doc.warnings] : doc.errors;
    const found: (YamlProblem & { offset: number })[] = [];
    for (const issue of issues) {
      const [line, column] = issue.linePos?.[0]
        ? [issue.linePos[0].line, issue.linePos[0].col]
        : position(lineCounter, issue.pos[0]);
      found.push({ message: firstLine(issue.message), line, column, offset: issue.pos[0] });
    }
    for (const { key, first } of duplicateKeys(doc)) {
      const [line, column] = position(lineCounter, key);
      found.push({
        message: 'Map keys must be unique',
        line,
        column,
        firstLine: position(lineCounter, first)[0],
        offset: key,
      });
    }
    found.sort((a, b) => a.offset - b.offset);
    problems.push(...found.map(({ offset: _offset, ...problem }) => problem));
  }
  return { docs, lineCounter, problems: problems.slice(0, MAX_PROBLEMS) };
}

/**
 * Keys that repeat an earlier key of the same map (scalars by value, as yaml compares them), with the
 * offsets of the repeat and of the first: one hash map per YAML map, so linear in the document.
 */
function duplicateKeys(doc: Document.Parsed): { key: number; first: number }[] {
  const found: { key: number; first: number }[] = [];
  eachNode(doc, (map) => {
    if (!isMap(map)) return;
    const seen = new Map<unknown, number>();
    for (const pair of map.items) {
      const key = pair.key;
      if (!isScalar(key) || !key.range) continue;
      const value = key.value;
      if (typeof value === 'number' && Number.isNaN(value)) continue;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, key.range[0]);
      else found.push({ key: key.range[0], first });
    }
  });
  return found;
}

/**
 * Calls `callback` on every node of a document (scalars, maps, sequences, aliases; not the pairs) in
 * document order, keys before their values: what yaml's `visit` does, without the frozen path it builds
 * for every node, which made it a tenth of a workflow scan (issue 15). Iterative: no depth limit.
 */
export function eachNode(doc: Document, callback: (node: Node) => void): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.value, item.key);
    } else if (isNode(item)) {
      callback(item);
      if (isCollection(item)) for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
    }
  }
}

/** A line `---` (a document start) or `...` (a document end), which no scalar may hold. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/**
 * The spans [start, end) of `text` to parse when `want` skips some documents: runs of wanted documents,
 * cut at document markers. Undefined when every document is wanted or the stream has directives.
 */
function wantedPieces(text: string, want: (source: string) => boolean): [number, number][] | undefined {
  if (/^%/m.test(text)) return undefined;
  const cuts = [0];
  for (const match of text.matchAll(DOCUMENT_MARKER)) if (match.index > 0) cuts.push(match.index);
  cuts.push(text.length);
  const pieces: [number, number][] = [];
  let skipped = false;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    if (!want(text.slice(start, end))) skipped = true;
    else if (pieces.length > 0 && pieces[pieces.length - 1][1] === start) pieces[pieces.length - 1][1] = end;
    else pieces.push([start, end]);
  }
  return skipped ? pieces : undefined;
}

type ParseOptions = ConstructorParameters<typeof Composer>[0] & Parameters<typeof fastParseYaml>[3];

/** The whole text's documents: read fast when it is in the fast reader's subset, else by `yaml`. */
function parseWhole(text: string, options: ParseOptions): Document.Parsed[] {
  const fast = fastParseYaml(text, 0, text.length, options);
  return 'docs' in fast ? fast.docs : Array.from(parseAllDocuments(text, options) as Document.Parsed[]);
}

/** Parses text[start, end) as its own stream, with node ranges and error offsets into the whole text. */
function parsePiece(text: string, start: number, end: number, options: ParseOptions): Document.Parsed[] {
  const fast = fastParseYaml(text, start, end, options);
  if ('docs' in fast) return fast.docs;
  const parser = new Parser();
  // NOTE: the parser numbers tokens from `offset`, so every range the composer builds is whole-text.
  parser.offset = start;
  const composer = new Composer(options);
  return Array.from(composer.compose(parser.parse(text.slice(start, end)))) as Document.Parsed[];
}

/** The deepest nesting of `[` and `{`, roughly (quotes are not tracked): cheap and linear. */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

function parserThrew(error: unknown): string {
  if (error instanceof RangeError) return 'nesting is too deep to parse';
  if (error instanceof ReferenceError) return 'too many aliases (a YAML bomb?)';
  return `could not be parsed (${error instanceof Error ? error.name : typeof error})`;
}

/** Messages whose tail is a tag name (config errors show it); every other tail is a piece of the source. */
const NAMES_A_TAG = /^(?:Unresolved tag|Could not resolve tag|Not a valid tag): /;

/**
 * The parser's message without its position or any source it quotes (`Not a YAML token: …`,
 * `Unexpected scalar token in YAML stream: "…"`): the broken line may hold a secret value.
 */
function firstLine(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const colon = line.indexOf(': ');
  return colon < 0 || NAMES_A_TAG.test(line) ? line : line.slice(0, colon);
}

/** 1-based [line, column] of a source offset. */
export function position(lineCounter: LineCounter, offset: number): [number, number] {
  const { line, col } = lineCounter.linePos(offset);
  return [line, col];
}

/** The location of a node (its start, and its end where known). */
export function nodeLocation(file: string, lineCounter: LineCounter, node: Node | Pair | null | undefined): Location {
  const range = rangeOf(node);
  if (!range) return { file, line: 1, column: 1 };
  return spanLocation(file, lineCounter, range[0], range[1]);
}

/** The location of the source span [start, end). */
export function spanLocation(file: string, lineCounter: LineCounter, start: number, end: number): Location {
  const [line, column] = position(lineCounter, start);
  const [endLine, endColumn] = position(lineCounter, end);
  return { file, line, column, endLine, endColumn };
}

function rangeOf(node: Node | Pair | null | undefined): [number, number] | undefined {
  if (!node) return undefined;
  if (isPair(node)) {
    const keyRange = rangeOf(node.key as Node);
    const valueRange = rangeOf(node.value as Node);
    if (keyRange) return [keyRange[0], valueRange?.[1] ?? keyRange[1]];
    return valueRange;
  }
  const range = (node as Node).range;
  return range ? [range[0], range[1]] : undefined;
}

/**
 * Follows the aliases of one document to the nodes they name, charging each step to a budget, so a
 * billion-laughs document ends with an error instead of exhausting memory. Anchors are indexed once:
 * yaml's own `Alias.resolve` walks the whole document on every call, which makes a file full of
 * aliases quadratic (measured: minutes for 3,000 aliases in a 2.8 MB file).
 */
export class AliasBudget {
  private remaining: number;
  private readonly targets = new Map<Alias, Node | undefined>();
  /** Aliases with no anchor before them (the parser accepts them; GitHub does not). */
  readonly unresolved: Alias[] = [];
  /** The last alias followed: where a spent budget is reported. */
  lastAlias: Alias | undefined;

  constructor(doc: Document, limit = MAX_ALIAS_DEREFERENCES) {
    this.remaining = limit;
    // As YAML defines it: the last node with that anchor before the alias, in document order.
    const anchored = new Map<string, Node>();
    eachNode(doc, (node) => {
      if (isAlias(node)) {
        this.targets.set(node, anchored.get(node.source));
        if (!anchored.has(node.source)) this.unresolved.push(node);
      } else if (node.anchor) anchored.set(node.anchor, node);
    });
  }

  /** The node an alias (or chain of aliases) names; any other value is returned as it is. */
  resolve(node: unknown): unknown {
    let current = node;
    for (let hops = 0; isAlias(current); hops++) {
      if (--this.remaining < 0 || hops > 100) throw new YamlBudgetError();
      this.lastAlias = current;
      current = this.targets.get(current);
    }
    return current;
  }
}

export class YamlBudgetError extends Error {
  constructor() {
    super('too many aliases (a YAML bomb?)');
    this.name = 'YamlBudgetError';
  }
}

/** The value of `key` in a map (not following aliases), or undefined. */
export function getPair(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap<Node, Node>).items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/** A scalar's value as a string (numbers and booleans stringified), or undefined for other nodes. */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : String(value);
}
