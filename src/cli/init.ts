// `keybound init [PATH]`: a starter keybound.yml listing the keys a scan finds, each with where it is
// used (by environment) and the fields only its owners can fill in, commented out until they do. The
// file is loaded before it is written, so what init writes always loads; an existing config is never
// overwritten.

import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KeyboundError } from '../core/errors.js';
import type { KeyReport, Report } from '../core/types.js';
import { CONFIG_CANDIDATES } from '../policy/discover.js';
import { loadConfig } from '../policy/load.js';
import { neutralizeInline } from '../report/neutralize.js';
import { providerText } from '../report/key-cells.js';
import { RULES } from '../rules/index.js';

/** Where init writes, relative to PATH. */
export const INIT_FILE = 'keybound.yml';

/** Refuses when PATH already has a config (any of the names keybound looks for). */
export function assertNoConfig(folder: string, path: string): void {
  const existing = CONFIG_CANDIDATES.find((name) => existsSync(join(folder, name)));
  if (existing) {
    throw new KeyboundError(
      'usage',
      `${join(path, existing)} already exists; keybound init never overwrites a config (edit it, or move it away and run init again)`,
    );
  }
}

/** The starter config for the keys of `report` (an offline scan with no config). */
export function starterConfig(
  report: Pick<Report, 'keys'>,
  options: { ignore: readonly string[]; version: string },
): string {
  const lines = [
    `# keybound.yml, written by keybound init (keybound ${options.version}) from the keys found here.`,
    '# Fill in what each key\'s owners know and remove the "# " before each line you fill in:',
    '#   rotated:         the day the key was last rotated (YYYY-MM-DD), for rotation-age',
    '#   principal-kind:  service or human: who the key acts as, for service-account-bound',
    '#   owner:           the team or person who rotates it',
    "# Every field is optional; the README's Configuration section lists them all.",
    'version: 1',
    'extends: [recommended]',
    options.ignore.length
      ? `ignore: [${options.ignore.map((glob) => JSON.stringify(glob)).join(', ')}]   # paths never scanned`
      : '# ignore: ["test/fixtures/**"]   # paths never scanned (globs relative to this folder)',
  ];
  if (report.keys.length === 0) {
    lines.push('keys: {}   # no keys were found in workflows or manifests here');
    return `${lines.join('\n')}\n`;
  }
  lines.push('keys:');
  for (const key of report.keys) lines.push(...keyLines(key));
  return `${lines.join('\n')}\n`;
}

function keyLines(key: KeyReport): string[] {
  const out = [`  ${yamlKey(key.name)}:`];
  for (const environment of key.environments) {
    const uses = key.uses.filter((use) => use.environment === environment);
    const first = uses[0];
    const more = uses.length > 1 ? ` and ${uses.length - 1} more` : '';
    const where = first ? `${first.file}:${first.line}${more}` : '';
    const label = environment === 'unknown' ? 'used (no environment known)' : `used in ${comment(environment)}`;
    out.push(`    # ${label}: ${comment(where)}`);
  }
  if (key.aliases?.length) out.push(`    # names joined into it: ${comment(key.aliases.join(', '))}`);
  const provider = providerText(key);
  const source = key.facts.provider?.source;
  const line = (field: string, why: string): string => `    # ${field}`.padEnd(36) + `# ${why}`;
  if (provider)
    out.push(line(`provider: ${comment(provider)}`, `recognised from its ${source === 'value' ? 'value' : 'name'}`));
  out.push(
    line('rotated: YYYY-MM-DD', 'the day it was last rotated'),
    line('principal-kind: service', 'service | human'),
    line('owner: TEAM', 'who rotates it'),
  );
  return out;
}

/** A mapping key: plain when it is a plain name, else a JSON (= YAML double-quoted) string. */
function yamlKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(name) ? name : JSON.stringify(name);
}

/** Text from scanned files inside a comment: one line, so nothing can leave the comment. */
function comment(text: string): string {
  return neutralizeInline(text).replace(/[\r\n\u2028\u2029]/g, ' ');
}

/** Loads `text` as the config would be, then writes it; an existing file is never replaced. */
export async function writeStarter(folder: string, path: string, text: string): Promise<string> {
  // NOTE: not path.resolve(folder, INIT_FILE): ncc would read that as a bundled asset and rewrite it.
  const target = join(folder, INIT_FILE);
  try {
    await loadConfig({ root: folder, configPath: target, rules: RULES, readFile: () => text });
  } catch (error) {
    const why = error instanceof KeyboundError ? error.describe() : String(error);
    throw new KeyboundError('internal', `the starter config did not load, so it was not written: ${why}`);
  }
  let fd: number;
  try {
    // 'wx': fails if anything (a file, a symlink) appeared there since the check.
    fd = openSync(target, 'wx');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    const why = code === 'EEXIST' ? 'it already exists; keybound init never overwrites a config' : `(${code})`;
    throw new KeyboundError('usage', `${join(path, INIT_FILE)} could not be written: ${why}`);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return join(path, INIT_FILE);
}
