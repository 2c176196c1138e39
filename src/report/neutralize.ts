// SECURITY: helpers that make untrusted text (file paths, key names, provider answers, messages that quote
// them) safe to print. The GitHub runner acts on any log line that starts with `::name` after leading
// whitespace, and on `##[name]` anywhere in a line; ANSI escapes and bidi controls can disguise output.

/** Line breaks of every kind a log reader, terminal or Markdown renderer may honour. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * ANSI/VT escape sequences: CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL|ESC \`), and two-byte escapes.
 * Every quantifier is over a distinct character class, so matching stays linear.
 */
const ANSI_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;

/** C0 controls except tab/LF/CR, DEL, C1 controls, and the bidi overrides/isolates ("trojan source"). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Whitespace .NET's `String.TrimStart` removes (char.IsWhiteSpace), which the runner applies first. */
const LEADING_SPACE = /^[\s\u0085]*/;

/**
 * Removes ANSI escape sequences and control characters. Tabs are kept; line breaks are kept only when
 * `keepNewlines` is true (then CR and LF survive, other breaks become LF), else they become spaces.
 */
export function stripControl(text: string, keepNewlines = false): string {
  const withoutAnsi = text.replace(ANSI_SEQUENCE, '');
  const breaksHandled = keepNewlines
    ? withoutAnsi.replace(/[\v\f\u0085\u2028\u2029]/g, '\n')
    : withoutAnsi.replace(LINE_BREAKS, ' ');
  return breaksHandled.replace(CONTROL, '');
}

/** Flattens text to one line: every line break becomes one space, controls are removed. */
export function flattenLine(text: string): string {
  return stripControl(text, false).replace(/\t/g, ' ');
}

/**
 * Breaks every runner command marker in one line of text. `##[` (acted on anywhere in a line) becomes
 * `## [`; a `::` at the start of the line, after any whitespace, becomes `: :`. Both read the same.
 */
export function defuseCommands(line: string): string {
  const defused = line.replace(/##\[/g, '## [');
  const lead = LEADING_SPACE.exec(defused)?.[0] ?? '';
  const rest = defused.slice(lead.length);
  return rest.startsWith('::') ? `${lead}: :${rest.slice(2)}` : defused;
}

/**
 * Untrusted text for a line of human-readable output, safe even where it starts the printed line:
 * one line, trimmed, no controls, no command markers.
 */
export function neutralize(text: string): string {
  return defuseCommands(flattenLine(text).trim());
}

/**
 * Untrusted text that follows some text of ours on the same line (so it can never be a line start):
 * one line, no controls, `##[` broken. A `::` inside it is left as written.
 */
export function neutralizeInline(text: string): string {
  return flattenLine(text).replace(/##\[/g, '## [');
}

/**
 * Makes serialized JSON inert in a log without changing the data. `##[` can only occur inside a JSON
 * string, where `[` may be written `\u005b`; U+2028/U+2029 (left raw by JSON.stringify) are escaped
 * too, as some readers split lines there. Every JSON parser reads the result back unchanged.
 */
export function defuseJson(json: string): string {
  return json
    .replace(/##\[/g, '##\\u005b')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
