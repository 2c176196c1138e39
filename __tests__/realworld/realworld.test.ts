// The reviewed real-world baseline (issue 11, DESIGN "Judging precision on real input"): every
// repository of ../shared/corpus is checked in this one process. Every error-level finding must be one
// a maintainer accepted in accepted.tsv (with the reason), every accepted one must still be reported
// (a lost true positive fails too), each repository's JSON and SARIF must parse and validate, and no key
// name or path may be printed as [redacted] unless it holds a credential value.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  corpusRepos,
  parseAccepted,
  rowId,
  scanCorpus,
  summaryLine,
  toTsv,
  type RepoScan,
} from '../../scripts/realworld.js';
import { reportErrors, sarifErrors } from '../report/validators.js';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(here, '../../../shared/corpus');
const repos = corpusRepos(CORPUS);

if (repos.length === 0) it.skip(`${CORPUS} is absent: the real-world baseline is not checked`, () => {});

describe.runIf(repos.length > 0)(`real-world baseline over ${repos.length} corpus repositories`, () => {
  let scans: RepoScan[] = [];
  const accepted = parseAccepted(readFileSync(join(here, 'accepted.tsv'), 'utf8'));

  beforeAll(async () => {
    const started = Date.now();
    scans = await scanCorpus(CORPUS, { outputs: true });
    const rows = scans.flatMap((scan) => scan.errors);
    console.info(`realworld: ${summaryLine(rows, scans.length, Date.now() - started)}`);
  }, 300_000);

  it('every error-level finding is one a maintainer accepted (accepted.tsv)', () => {
    const known = new Set(accepted.map((entry) => entry.id));
    const unaccepted = scans.flatMap((scan) => scan.errors).filter((row) => !known.has(rowId(row)));
    expect(
      unaccepted,
      `errors not in accepted.tsv: review each as its maintainer would; fix the cause in the engine, or add it with the reason it is right:\n${toTsv(unaccepted)}`,
    ).toEqual([]);
  });

  it('every accepted error is still reported (a true finding lost is a regression)', () => {
    const reported = new Set(scans.flatMap((scan) => scan.errors).map(rowId));
    const stale = accepted.filter((entry) => !reported.has(entry.id));
    expect(
      stale.map((entry) => `accepted.tsv:${entry.at}: ${entry.id.replace(/\t/g, ' ')}`),
      'accepted errors no longer reported: if the finding was wrong, remove its row; if it was right, it was lost',
    ).toEqual([]);
  });

  it('every repository: the JSON report parses and validates, and so does the SARIF', () => {
    const problems: string[] = [];
    for (const scan of scans) {
      try {
        const json = reportErrors(JSON.parse(scan.json));
        if (json) problems.push(`${scan.repo} JSON: ${json.slice(0, 500)}`);
        const sarif = sarifErrors(JSON.parse(scan.sarif));
        if (sarif) problems.push(`${scan.repo} SARIF: ${sarif.slice(0, 500)}`);
      } catch (error) {
        problems.push(`${scan.repo}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no key name or path is printed as [redacted] unless it holds a credential value', () => {
    const hidden: string[] = [];
    for (const scan of scans) {
      const report = JSON.parse(scan.json) as {
        keys: { name: string; aliases?: string[]; uses: { file: string; name: string }[] }[];
        findings: { key?: string; location: { file: string } }[];
        diagnostics: { file: string }[];
      };
      const shown = [
        ...report.keys.flatMap((k) => [k.name, ...(k.aliases ?? []), ...k.uses.flatMap((u) => [u.file, u.name])]),
        ...report.findings.flatMap((f) => [f.key ?? '', f.location.file]),
        ...report.diagnostics.map((d) => d.file),
      ];
      for (const text of new Set(shown)) if (text.includes('[redacted]')) hidden.push(`${scan.repo}: ${text}`);
    }
    // No corpus repository names a key or a file after a credential it commits: nothing may be hidden.
    expect(hidden).toEqual([]);
  });
});
