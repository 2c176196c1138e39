// A model of how the GitHub Actions runner reads a step's output for workflow commands, taken from
// actions/runner (ActionCommand.cs, ActionCommandManager.cs, ExecutionContext.AddIssue), so tests can
// check what the runner would actually do with formatter output, hostile text included.

/** Commands the runner registers (compared case-insensitively), plus `stop-commands`. */
export const REGISTERED_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
] as const;

/** The runner keeps the first 10 issues of each type a step and only counts the rest. */
export const ISSUE_CAP = 10;

export interface ParsedCommand {
  /** Lower-cased command name. */
  command: string;
  /** Property names lower-cased (the runner's dictionary ignores case); values unescaped. */
  properties: Record<string, string>;
  data: string;
  /** `v2` for `::name ...::data`, `v1` for the legacy `##[name ...]data` found anywhere in a line. */
  syntax: 'v1' | 'v2';
  /** 1-based line of the output it came from. */
  line: number;
}

export interface RunnerView {
  /** Every command the runner acted on, in order (commands ignored while stopped are not here). */
  commands: ParsedCommand[];
  /** error/warning/notice annotations the runner would keep (first 10 of each type). */
  shown: ParsedCommand[];
  /** How many of each annotation type were issued in total. */
  counts: { error: number; warning: number; notice: number };
  /** True when a `stop-commands` was processed (command processing was paused at least once). */
  stopped: boolean;
}

// Unescape tables in the runner's order: `%25` last, so `%250A` reads as `%0A`, not a line break.
const DATA_MAP: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_MAP: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const V1_MAP: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

function unescape(text: string, map: [string, string][]): string {
  let out = text;
  for (const [from, to] of map) out = out.split(from).join(to);
  return out;
}

/** .NET `String.Split(sep, 2, RemoveEmptyEntries)`: empty pieces skipped, the rest kept whole. */
function splitPair(text: string, separator: string): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.startsWith(separator)) rest = rest.slice(separator.length);
  const at = rest.indexOf(separator);
  if (at < 0) return rest === '' ? [] : [rest];
  parts.push(rest.slice(0, at));
  let tail = rest.slice(at + separator.length);
  while (tail.startsWith(separator)) tail = tail.slice(separator.length);
  if (tail !== '') parts.push(tail);
  return parts;
}

/** .NET `char.IsWhiteSpace` set, which `TrimStart`/`Trim` remove. */
const DOTNET_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const trimStart = (text: string): string => text.replace(DOTNET_SPACE, '');
const trim = (text: string): string =>
  trimStart(text).replace(/[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/, '');

function parseV2(input: string, registered: Set<string>, line: number): ParsedCommand | undefined {
  const message = trimStart(input);
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of trim(info.slice(space + 1))
      .split(',')
      .filter((p) => p !== '')) {
      const pair = splitPair(prop, '=');
      if (pair.length === 2) properties[pair[0].toLowerCase()] = unescape(pair[1], PROPERTY_MAP);
    }
  }
  const data = unescape(message.slice(end + 2), DATA_MAP);
  return { command: name.toLowerCase(), properties, data, syntax: 'v2', line };
}

function parseV1(input: string, registered: Set<string>, line: number): ParsedCommand | undefined {
  const prefix = input.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = input.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = input.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of info
      .slice(space + 1)
      .split(';')
      .filter((p) => p !== '')) {
      const pair = splitPair(prop, '=');
      if (pair.length === 2) properties[pair[0].toLowerCase()] = unescape(pair[1], V1_MAP);
    }
  }
  return {
    command: name.toLowerCase(),
    properties,
    data: unescape(input.slice(close + 1), V1_MAP),
    syntax: 'v1',
    line,
  };
}

/**
 * What the runner does with `output` written by one step: splits it into lines (CR, LF or CRLF), parses
 * each as a v2 then a v1 command, honours `stop-commands` until its token comes back, and keeps the
 * first {@link ISSUE_CAP} annotations of each type.
 */
export function parseWorkflowCommands(output: string): RunnerView {
  const registered = new Set<string>(REGISTERED_COMMANDS);
  const view: RunnerView = { commands: [], shown: [], counts: { error: 0, warning: 0, notice: 0 }, stopped: false };
  let stopToken: string | undefined;
  const lines = output.split(/\r\n|\r|\n/);
  lines.forEach((text, index) => {
    if (text === '') return;
    const parsed = parseV2(text, registered, index + 1) ?? parseV1(text, registered, index + 1);
    if (!parsed) return;
    if (stopToken !== undefined) {
      if (parsed.command === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      return;
    }
    view.commands.push(parsed);
    if (parsed.command === 'stop-commands') {
      view.stopped = true;
      stopToken = parsed.data;
      registered.add(parsed.data.toLowerCase());
      return;
    }
    if (parsed.command === 'error' || parsed.command === 'warning' || parsed.command === 'notice') {
      if (view.counts[parsed.command] < ISSUE_CAP) view.shown.push(parsed);
      view.counts[parsed.command]++;
    }
  });
  return view;
}
