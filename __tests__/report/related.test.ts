// Related locations (SPEC section 5: one finding per root cause, the other uses attached) in every
// format: `also at …` in the one-line formats, `relatedLocations` in JSON and SARIF (valid, with ids and
// messages), and moved with the finding when the Action rebases paths.

import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/types.js';
import { rebaseReport } from '../../src/action/annotations.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { alsoAt, MAX_LISTED } from '../../src/report/related.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { SAMPLE_RULES, emptyReport, finding } from './sample.js';
import { reportErrors, sarifErrors } from './validators.js';

const W = '.github/workflows/deploy.yml';
const at = (line: number, column: number, file = W) => ({
  file,
  line,
  column,
  message: `STAGING_TOKEN is used here too, in step ${line}`,
});

const joined: Finding = finding({
  ruleId: 'no-dev-keys-in-prod',
  severity: 'error',
  key: 'STAGING_TOKEN',
  environment: 'production',
  message: 'STAGING_TOKEN is a staging key used in production',
  location: { file: W, line: 12, column: 27, endLine: 12, endColumn: 51 },
  relatedLocations: [
    { ...at(17, 38), endLine: 17, endColumn: 62 },
    { ...at(88, 36), endLine: 88, endColumn: 60 },
  ],
});

function report(findings: Finding[]): Report {
  const base = emptyReport();
  return { ...base, verdict: 'fail', findings, summary: { ...base.summary, error: findings.length } };
}

describe('alsoAt', () => {
  it.each<[string, Pick<Finding, 'location' | 'relatedLocations'>, string | undefined]>([
    ['no related locations', { location: { file: W, line: 1, column: 1 } }, undefined],
    ['an empty list', { location: { file: W, line: 1, column: 1 }, relatedLocations: [] }, undefined],
    ['the same file: line:column', joined, 'also at 17:38, 88:36'],
    [
      'another file: file:line:column',
      { location: { file: W, line: 1, column: 1 }, relatedLocations: [at(3, 5, 'action.yml'), at(9, 7)] },
      'also at action.yml:3:5, 9:7',
    ],
    [
      `more than ${MAX_LISTED}: counted`,
      { location: { file: W, line: 1, column: 1 }, relatedLocations: [2, 3, 4, 5, 6, 7, 8].map((l) => at(l, 1)) },
      'also at 2:1, 3:1, 4:1, 5:1, 6:1 and 2 more',
    ],
  ])('%s', (_name, input, expected) => {
    expect(alsoAt(input)).toBe(expected);
  });
});

describe('related locations in each format', () => {
  it('text: on the finding’s row', () => {
    expect(formatText(report([joined]), { color: false })).toContain(
      '  12:27  error  STAGING_TOKEN is a staging key used in production (also at 17:38, 88:36)  no-dev-keys-in-prod',
    );
  });

  it('markdown: in the location cell', () => {
    expect(formatMarkdown(report([joined]))).toContain(
      '| 🔴 error | <code>no-dev-keys-in-prod</code> | <code>STAGING\\_TOKEN</code> | ' +
        `<code>${W}:12:27</code> (also at 17:38, 88:36) | STAGING\\_TOKEN is a staging key used in production |`,
    );
  });

  it('github: in the annotation’s message', () => {
    expect(formatGithub(report([joined]))).toContain(
      `::error file=${W},line=12,col=27,endLine=12,endColumn=51,title=keybound no-dev-keys-in-prod (STAGING_TOKEN)::` +
        'STAGING_TOKEN is a staging key used in production (also at 17:38, 88:36)',
    );
  });

  it('json: after the location, each with its message; valid against the report schema', () => {
    const parsed = JSON.parse(formatJson(report([joined])));
    expect(reportErrors(parsed)).toBe('');
    expect(Object.keys(parsed.findings[0])).toEqual([
      'ruleId',
      'severity',
      'key',
      'environment',
      'message',
      'location',
      'relatedLocations',
      'evidence',
      'fingerprint',
    ]);
    expect(parsed.findings[0].relatedLocations).toEqual([
      {
        file: W,
        line: 17,
        column: 38,
        endLine: 17,
        endColumn: 62,
        message: 'STAGING_TOKEN is used here too, in step 17',
      },
      {
        file: W,
        line: 88,
        column: 36,
        endLine: 88,
        endColumn: 60,
        message: 'STAGING_TOKEN is used here too, in step 88',
      },
    ]);
    // Absent, not empty, when a finding has none.
    const single = JSON.parse(formatJson(report([{ ...joined, relatedLocations: undefined }])));
    expect(single.findings[0]).not.toHaveProperty('relatedLocations');
  });

  it('sarif: relatedLocations with ids and messages, valid against the SARIF 2.1.0 schema', () => {
    const sarif = JSON.parse(formatSarif(report([joined]), SAMPLE_RULES));
    expect(sarifErrors(sarif)).toBe('');
    expect(sarif.runs[0].results[0].relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: W, uriBaseId: '%SRCROOT%' },
          region: { startLine: 17, startColumn: 38, endLine: 17, endColumn: 62 },
        },
        message: { text: 'STAGING_TOKEN is used here too, in step 17' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: W, uriBaseId: '%SRCROOT%' },
          region: { startLine: 88, startColumn: 36, endLine: 88, endColumn: 60 },
        },
        message: { text: 'STAGING_TOKEN is used here too, in step 88' },
      },
    ]);
    const single = JSON.parse(formatSarif(report([{ ...joined, relatedLocations: undefined }]), SAMPLE_RULES));
    expect(single.runs[0].results[0]).not.toHaveProperty('relatedLocations');
  });

  it('the Action rebases related locations with the finding', () => {
    const rebased = rebaseReport(report([joined]), 'services/api');
    expect(rebased.findings[0].location.file).toBe(`services/api/${W}`);
    expect(rebased.findings[0].relatedLocations?.map((r) => r.file)).toEqual([
      `services/api/${W}`,
      `services/api/${W}`,
    ]);
  });
});
