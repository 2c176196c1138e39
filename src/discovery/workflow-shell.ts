// Reads a `run:` script just far enough to see a CI secret fed into another name (SPEC "Naming keys"):
// `kubectl create secret generic NAME --from-literal=KEY=…`, `helm … --set a.b=…`, and `KEY=…` lines
// written by echo or a heredoc into a file. A rough shell tokenizer that keeps view offsets; it never runs anything.

import { expressionEnd, type SecretRef, scanTemplate, type Span } from './workflow-expressions.js';

/** A shell word: its text with quotes removed, and its span in the script. */
interface Word extends Span {
  text: string;
}

interface Command {
  words: Word[];
  /** Targets of `>` and `>>`. */
  redirects: Word[];
  /** Body lines of heredocs read by this command. */
  heredoc: Word[];
}

/** A secret reference fed into `alias`. */
export interface ScriptLink {
  ref: SecretRef;
  alias: string;
}

/**
 * Name links in a script, given the secret references already found in it. `folded`: the scalar is not
 * a literal block (`|`), so YAML joins its lines with spaces and only a blank line ends a command.
 */
export function findScriptLinks(script: string, refs: SecretRef[], folded = false): ScriptLink[] {
  if (refs.length === 0) return [];
  const links: ScriptLink[] = [];
  for (const command of parseCommands(script, folded)) {
    const inside = (span: Span): SecretRef[] => refs.filter((r) => r.start >= span.start && r.end <= span.end);
    const add = (found: SecretRef[], alias: string): void => {
      for (const ref of found) links.push({ ref, alias });
    };
    kubectlLinks(command, inside, add);
    helmLinks(command, inside, add);
    fileLinks(command, inside, add);
  }
  return links;
}

type Inside = (span: Span) => SecretRef[];
type Add = (found: SecretRef[], alias: string) => void;

const KUBECTL_VALUE_FLAGS = new Set(['-n', '--namespace', '--type', '--context', '--kubeconfig', '-o', '--output']);

function kubectlLinks({ words }: Command, inside: Inside, add: Add): void {
  const kubectl = words.findIndex((w) => /(^|\/)kubectl$/.test(w.text));
  if (kubectl < 0) return;
  const create = words.findIndex(
    (w, i) => i > kubectl && w.text === 'create' && words[i + 1]?.text === 'secret' && words[i + 2]?.text === 'generic',
  );
  if (create < 0) return;
  const name = firstPositional(words, create + 3);
  if (!name || !/^[a-z0-9][a-z0-9.-]*$/.test(name)) return;
  forEachFlag(words, ['--from-literal'], (arg) => {
    const key = /^([-._A-Za-z0-9]+)=/.exec(arg.text)?.[1];
    if (key) add(inside(arg), `${name}/${key}`);
  });
}

function firstPositional(words: Word[], from: number): string | undefined {
  for (let i = from; i < words.length; i++) {
    const text = words[i].text;
    if (!text.startsWith('-')) return text;
    if (KUBECTL_VALUE_FLAGS.has(text)) i++;
  }
  return undefined;
}

function helmLinks({ words }: Command, inside: Inside, add: Add): void {
  const helm = words.findIndex((w) => /(^|\/)helm$/.test(w.text));
  if (helm < 0 || !words.some((w, i) => i > helm && (w.text === 'upgrade' || w.text === 'install'))) return;
  forEachFlag(words, ['--set', '--set-string'], (arg) => {
    const found = inside(arg);
    for (const pair of splitOutsideExpressions(arg.text, ',')) {
      const path = /^([^=]+)=/.exec(pair)?.[1];
      if (!path) continue;
      const names = new Set(scanTemplate(pair).refs.map((r) => r.name));
      add(
        found.filter((r) => names.has(r.name)),
        path.trim(),
      );
    }
  });
}

/** `echo "KEY=…" >> file` and `cat > file <<EOF … KEY=… EOF`; not $GITHUB_ENV and the like. */
function fileLinks(command: Command, inside: Inside, add: Add): void {
  const target = command.redirects.at(-1);
  const head = command.words[0]?.text;
  const tee = head === 'tee' ? command.words.find((w, i) => i > 0 && !w.text.startsWith('-')) : undefined;
  const file = target ?? tee;
  if (!file || !isPlainFile(file.text)) return;
  const lines = head === 'echo' ? command.words.slice(1) : command.heredoc;
  for (const line of lines) {
    const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)=/.exec(line.text)?.[1];
    if (key) add(inside(line), key);
  }
}

function isPlainFile(target: string): boolean {
  return (
    target !== '' && !target.startsWith('&') && !target.startsWith('/dev/') && !/GITHUB_[A-Z_]+|RUNNER_/.test(target)
  );
}

function forEachFlag(words: Word[], flags: string[], visit: (arg: Word) => void): void {
  words.forEach((word, i) => {
    for (const flag of flags) {
      if (word.text === flag && words[i + 1]) visit(words[i + 1]);
      else if (word.text.startsWith(`${flag}=`)) {
        visit({ ...word, text: word.text.slice(flag.length + 1) });
      }
    }
  });
}

function splitOutsideExpressions(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('${{', i)) {
      const close = expressionEnd(text, i + 3);
      i = close < 0 ? text.length : close + 1;
    } else if (text[i] === separator) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** Splits a script into simple commands (at newlines, `;`, `&&`, `||`, `|`), keeping redirects and heredocs. */
function parseCommands(script: string, folded: boolean): Command[] {
  const commands: Command[] = [];
  let command: Command = { words: [], redirects: [], heredoc: [] };
  // What the next word is: an argument, a `>` target, a heredoc delimiter, or something to drop (`<` input, `2>&1`).
  let expect: 'word' | 'redirect' | 'heredoc' | 'drop' = 'word';
  const pending: string[] = [];
  const finish = (): void => {
    if (command.words.length || command.redirects.length) commands.push(command);
    command = { words: [], redirects: [], heredoc: [] };
    expect = 'word';
  };
  for (let i = 0; i < script.length;) {
    const c = script[i];
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\\' && /^\\\r?\n/.test(script.slice(i, i + 3))) i = script.indexOf('\n', i) + 1;
    else if (c === '\n' && folded && !/^\n[ \t]*\r?(\n|$)/.test(script.slice(i, i + 200))) i++;
    else if (c === '\n') {
      const current = command;
      finish();
      i = readHeredocs(script, i + 1, pending.splice(0), current.heredoc);
    } else if (c === '#') i = lineEnd(script, i);
    else if (c === '>') {
      const end = skipWhile(script, i, '>&|');
      expect = script.slice(i, end).includes('&') ? 'drop' : 'redirect';
      i = end;
    } else if (c === '<') {
      expect = script.startsWith('<<', i) && script[i + 2] !== '<' ? 'heredoc' : 'drop';
      i = skipWhile(script, i, '<-');
    } else if (';&|()'.includes(c)) {
      finish();
      i++;
    } else {
      const word = readWord(script, i);
      if (expect === 'redirect') command.redirects.push(word);
      else if (expect === 'heredoc') pending.push(word.text);
      else if (expect === 'word') command.words.push(word);
      expect = 'word';
      i = word.end;
    }
  }
  finish();
  return commands;
}

function skipWhile(text: string, i: number, chars: string): number {
  let j = i;
  while (j < text.length && chars.includes(text[j])) j++;
  return j;
}

function lineEnd(text: string, i: number): number {
  const newline = text.indexOf('\n', i);
  return newline < 0 ? text.length : newline;
}

/** Reads heredoc bodies starting at `i`, one per delimiter, into `lines`; returns where the script resumes. */
function readHeredocs(script: string, i: number, delimiters: string[], lines: Word[]): number {
  let at = i;
  for (const delimiter of delimiters) {
    while (at < script.length) {
      const end = lineEnd(script, at);
      const text = script.slice(at, end);
      at = end + 1;
      if (text.trim() === delimiter) break;
      lines.push({ text, start: at - text.length - 1, end });
    }
  }
  return Math.min(at, script.length);
}

/** A word: quotes removed, `${{ … }}` kept whole (its quotes are the expression's own). */
function readWord(script: string, start: number): Word {
  let text = '';
  let i = start;
  while (i < script.length && !/[\s;&|<>]/.test(script[i])) {
    const c = script[i];
    if (script.startsWith('${{', i)) {
      const close = expressionEnd(script, i + 3);
      const end = close < 0 ? script.length : close + 2;
      text += script.slice(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      const close = quoteEnd(script, i);
      text += script.slice(i + 1, close);
      i = Math.min(close + 1, script.length);
    } else {
      text += c;
      i++;
    }
  }
  return { text, start, end: Math.max(i, start + 1) };
}

/** The closing quote of a shell string opened at `i`; `${{ }}` inside it is skipped whole. */
function quoteEnd(script: string, i: number): number {
  const quote = script[i];
  for (let j = i + 1; j < script.length; j++) {
    if (script.startsWith('${{', j)) {
      const close = expressionEnd(script, j + 3);
      if (close < 0) return script.length;
      j = close + 1;
    } else if (quote === '"' && script[j] === '\\') j++;
    else if (script[j] === quote) return j;
  }
  return script.length;
}
