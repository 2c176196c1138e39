// dotenv files (`.env`, `.env.*`, `*.env`): one use per variable, with its committed value as a
// literal and the exact line and column of the NAME. The syntax follows what dotenv, python-dotenv
// and docker compose agree on: `export` prefix, quotes, `#` comments, `\n` in double quotes.

import type { RawUse } from '../core/types.js';
import { baseOf, literal, parseError, stripBom } from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';

/**
 * File-name parts that mark a template of placeholders rather than values: `.env.example`,
 * `.env.sample`, `.env.template`, `.env.dist`, `example.env`. They are not scanned, by decision: their
 * values are meant to be copied and replaced, and reading them would only produce placeholder noise.
 */
const TEMPLATE_PARTS = new Set(['example', 'examples', 'sample', 'samples', 'template', 'tmpl', 'tpl', 'dist']);

/** Whether `path` names a dotenv file keybound reads (`.envrc` and templates are not). */
export function isDotenvPath(path: string): boolean {
  const base = baseOf(path);
  const parts = base.toLowerCase().split('.');
  if (parts.some((part) => TEMPLATE_PARTS.has(part))) return false;
  if (base === '.env' || base.startsWith('.env.')) return true;
  return base.endsWith('.env') && base.length > '.env'.length;
}

/** The dotenv extractor. */
export const dotenvExtractor: Extractor = {
  kind: 'dotenv',
  matches(path) {
    return isDotenvPath(path);
  },
  extract({ path, text }) {
    try {
      return extractDotenv(path, text);
    } catch {
      return { diagnostics: [parseError(path, 'could not be read')] };
    }
  },
};

const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;

/** A parsed variable: where the name is, where the value ends, and the value. */
export interface DotenvEntry {
  name: string;
  value: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function extractDotenv(path: string, text: string): InventoryPart {
  if (text.includes('\u0000')) return { diagnostics: [parseError(path, 'is not a text file')] };
  const uses: RawUse[] = parseDotenv(stripBom(text)).map((found) => {
    const location = {
      file: path,
      line: found.line,
      column: found.column,
      endLine: found.endLine,
      endColumn: found.endColumn,
    };
    const use: RawUse = { name: found.name, sourceKind: 'dotenv', location, hints: {} };
    // An empty value commits nothing, so it carries no literal.
    if (found.value !== '') use.literal = literal(found.value, location);
    return use;
  });
  return { uses };
}

/** Parses dotenv text into entries. Lines that are not assignments are ignored, as dotenv does. */
export function parseDotenv(text: string): DotenvEntry[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: DotenvEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ASSIGNMENT.exec(lines[i]);
    if (!match) continue;
    const name = match[3];
    const column = match[1].length + (match[2]?.length ?? 0) + 1;
    const valueStart = match[0].length;
    const rest = lines[i].slice(valueStart);
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const closed = findClosing(lines, i, valueStart + 1, quote);
      if (closed) {
        const raw = closed.raw;
        const value = quote === '"' ? unescape(raw) : raw;
        out.push({ name, value, line: i + 1, column, endLine: closed.line + 1, endColumn: closed.column + 2 });
        i = closed.line;
        continue;
      }
    }
    // Unquoted (or an unterminated quote): up to an inline comment, which needs a blank before `#`.
    const comment = rest.startsWith('#') ? 0 : rest.search(/[ \t]#/);
    const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
    const end = value === '' ? column + name.length : valueStart + value.length + 1;
    out.push({ name, value, line: i + 1, column, endLine: i + 1, endColumn: end });
  }
  return out;
}

/** Finds the closing quote from line `line`, offset `from`; a `\"` does not close a double-quoted value. */
function findClosing(
  lines: string[],
  line: number,
  from: number,
  quote: string,
): { raw: string; line: number; column: number } | undefined {
  const pieces: string[] = [];
  let offset = from;
  for (let current = line; current < lines.length; current++) {
    const text = lines[current];
    for (let j = offset; j < text.length; j++) {
      if (quote === '"' && text[j] === '\\') {
        j++;
        continue;
      }
      if (text[j] === quote) {
        pieces.push(text.slice(offset, j));
        return { raw: pieces.join('\n'), line: current, column: j };
      }
    }
    pieces.push(text.slice(offset));
    offset = 0;
  }
  return undefined;
}

function unescape(raw: string): string {
  return raw.replace(/\\([nrt"\\$])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c as 'n'] ?? c);
}
