import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { emptyReport, hostileReport, manyFindingsReport, sampleReport } from './sample.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('formatText', () => {
  it('groups findings by file in stylish rows: line:column  severity  message  rule-id', () => {
    const out = formatText(sampleReport(), { color: false });
    expect(out).toBe(
      [
        'deploy/prod/app.yaml',
        '  21:15  error  STRIPE_SECRET_KEY is a test-mode key used in production  no-dev-keys-in-prod',
        '',
        '.github/workflows/deploy.yml',
        '  12:3   warning  Job release deploys with no permissions block    workflow-permissions',
        '  30:22  error    DEPLOY_TOKEN belongs to the human user octo-dev  service-account-bound',
        '',
        'compose.yml',
        '  8:9  note  SLACK_BOT_TOKEN has no date fact: its age is unknown  rotation-age',
        '',
        'Diagnostics',
        '  skipped  charts/big/values.yaml  file larger than 5 MB; skipped',
        '  notice  k8s/base/deploy.yaml:3:1  unknown tag !!custom ignored',
        '',
        'Keys (3)',
        '  key                provider  environments         principal (kind)      age                 smoke',
        '  STRIPE_SECRET_KEY  stripe    production           acct_1Test (service)  174 days (rotated)  mismatch: test-mode',
        '  DEPLOY_TOKEN       github    production, staging  octo-dev (human)      expires in 9 days   verified: ok',
        '  SLACK_BOT_TOKEN    -         unknown              -                     -                   unknown: timeout',
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 note)',
        '  2 suppressed',
        'Verdict: fail (gate, environment production) · 3 keys (smoke: 1 verified, 1 mismatch, 1 unknown)',
        'Could not confirm: SLACK_BOT_TOKEN',
        '',
      ].join('\n'),
    );
  });

  it('says there are no problems for a clean report', () => {
    expect(formatText(emptyReport(), { color: false })).toBe('✔ No problems\nVerdict: pass (audit) · 0 keys\n');
  });

  it('counts singular and plural like ESLint and leaves notes out when there are none', () => {
    const report = sampleReport();
    report.findings = report.findings.slice(0, 1);
    report.summary = { ...report.summary, error: 1, warning: 0, note: 0 };
    expect(formatText(report, { color: false })).toContain('✖ 1 problem (1 error, 0 warnings)\n');
  });

  it('has no escape sequences without colour', () => {
    for (const report of [sampleReport(), hostileReport(), manyFindingsReport(33)]) {
      expect(formatText(report, { color: false })).not.toContain('\u001b');
    }
  });

  it('colours severities, the file name and the summary with colour on, and reads the same without it', () => {
    const coloured = formatText(sampleReport(), { color: true });
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(coloured).toContain('\u001b[34mnote');
    expect(coloured).toContain('\u001b[4mdeploy/prod/app.yaml\u001b[24m');
    expect(coloured).toContain('\u001b[31m\u001b[1m✖ 4 problems');
    expect(coloured.replace(ANSI, '')).toBe(formatText(sampleReport(), { color: false }));
  });

  it('keeps every untrusted string on one line with no escapes of its own, colour or not', () => {
    for (const color of [false, true]) {
      const out = formatText(hostileReport(), { color });
      const plain = out.replace(ANSI, '');
      expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
      // 10 findings, each in its own file group: header + row + blank line.
      expect(plain.split('\n').filter((line) => /^ {2}\d+:1 /.test(line))).toHaveLength(10);
      expect(plain).toContain('line one line two line three end');
    }
  });

  it('cannot drive the runner when printed in a workflow log', () => {
    for (const color of [false, true]) {
      const view = parseWorkflowCommands(formatText(hostileReport(), { color }));
      expect(view.commands).toEqual([]);
    }
  });
});
