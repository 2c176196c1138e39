#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version, for the release workflow's notes:
//   node scripts/release-notes.mjs 1.2.3 [CHANGELOG.md]
// Exits 1, saying what is missing, when there is no `## [1.2.3]` section or it is empty, so a release
// is never published without notes.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The body of the `## [version]` section of `changelog` (up to the next `## `), trimmed. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/[.+]/g, '\\$&')}\\](\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}]" section; add one before tagging v${version}`);
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  if (body === '') throw new Error(`the "## [${version}]" section of CHANGELOG.md is empty`);
  return `${body}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  try {
    if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version ?? ''))
      throw new Error('usage: release-notes.mjs X.Y.Z [CHANGELOG.md]');
    process.stdout.write(releaseNotes(readFileSync(file, 'utf8'), version));
  } catch (error) {
    process.stderr.write(`release-notes: ${error.message}\n`);
    process.exitCode = 1;
  }
}
