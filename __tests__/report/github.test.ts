import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import type { Report } from '../../src/core/types.js';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { HOSTILE_TEXTS, emptyReport, finding, hostileReport, manyFindingsReport, sampleReport } from './sample.js';

/** A report whose only findings are `messages`, one error each, in a file named `file`. */
function reportWith(messages: string[], file = 'deploy/prod/app.yaml'): Report {
  return {
    ...sampleReport(),
    findings: messages.map((message, i) =>
      finding({
        ruleId: 'no-dev-keys-in-prod',
        severity: 'error',
        message,
        location: { file, line: i + 1, column: 2 },
      }),
    ),
  };
}

describe('formatGithub', () => {
  it('writes one annotation per finding with file, position and title', () => {
    const out = formatGithub(sampleReport());
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=deploy/prod/app.yaml,line=21,col=15,endLine=21,endColumn=40,' +
        'title=keybound no-dev-keys-in-prod (STRIPE_SECRET_KEY)::STRIPE_SECRET_KEY is a test-mode key used in production',
    );
    const view = parseWorkflowCommands(out);
    expect(view.commands.map((c) => c.command)).toEqual(['error', 'error', 'warning', 'notice']);
    expect(view.commands[2].properties).toEqual({
      file: '.github/workflows/deploy.yml',
      line: '12',
      col: '3',
      endline: '12',
      endcolumn: '10',
      title: 'keybound workflow-permissions',
    });
  });

  it('leaves suppressed findings out and writes nothing for a clean report', () => {
    expect(formatGithub(sampleReport())).not.toContain('80 days old');
    expect(formatGithub(emptyReport())).toBe('');
  });

  it('writes the most severe first', () => {
    const report = manyFindingsReport(12);
    report.findings.reverse();
    const view = parseWorkflowCommands(formatGithub(report));
    const ranks = view.commands.map((c) => ['notice', 'warning', 'error'].indexOf(c.command));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it.each(HOSTILE_TEXTS.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'round-trips the hostile message %s exactly, as one command',
    (_name, text) => {
      const clean = text.replace(/\u001b\[[0-9;]*m|[\u0007\u202e]/g, '');
      const view = parseWorkflowCommands(formatGithub(reportWith([text])));
      expect(view.stopped).toBe(false);
      expect(view.commands).toHaveLength(1);
      expect(view.commands[0].command).toBe('error');
      expect(view.commands[0].syntax).toBe('v2');
      expect(view.commands[0].data).toBe(clean);
    },
  );

  it('round-trips hostile file names and key names in properties', () => {
    const file = 'dir, with: odd/%0A 50%,=x:y\r\n::stop-commands::z.yml';
    const report = reportWith(['m'], file);
    report.findings[0].key = 'KEY,with:colon%25\n::add-mask::x';
    const view = parseWorkflowCommands(formatGithub(report));
    expect(view.commands).toHaveLength(1);
    expect(view.commands[0].properties.file).toBe(file);
    expect(view.commands[0].properties.title).toBe('keybound no-dev-keys-in-prod (KEY,with:colon%25\n::add-mask::x)');
    expect(view.commands[0].properties.line).toBe('1');
  });

  it('produces exactly one command per shown finding for the whole hostile report', () => {
    const report = hostileReport();
    const view = parseWorkflowCommands(formatGithub(report));
    expect(view.stopped).toBe(false);
    expect(view.commands.every((c) => ['error', 'warning', 'notice'].includes(c.command))).toBe(true);
    expect(view.commands).toHaveLength(report.findings.length);
  });

  it('strips terminal escapes and bidi controls from messages', () => {
    const out = formatGithub(reportWith(['a\u001b[31mred\u001b[0m\u202e\u0000b']));
    expect(out).not.toMatch(/[\u0000\u001b\u202e]/);
    expect(parseWorkflowCommands(out).commands[0].data).toBe('aredb');
  });

  it('leaves out a property the runner would misread (empty or leading =) rather than corrupt it', () => {
    const view = parseWorkflowCommands(formatGithub(reportWith(['m'], '=weird.yml')));
    expect(view.commands[0].properties).not.toHaveProperty('file');
    const empty = parseWorkflowCommands(formatGithub(reportWith(['m'], '')));
    expect(empty.commands[0].properties).not.toHaveProperty('file');
    expect(empty.commands[0].properties.line).toBe('1');
  });

  it('shows at most 10 of each type and counts the rest in one closing notice the runner keeps', () => {
    const report = manyFindingsReport(45); // 15 errors, 15 warnings, 15 notes
    const out = formatGithub(report);
    const view = parseWorkflowCommands(out);
    expect(view.counts).toEqual({ error: 10, warning: 10, notice: 10 });
    expect(view.shown).toHaveLength(30);
    const closing = view.commands[view.commands.length - 1];
    expect(closing.command).toBe('notice');
    expect(closing.data).toMatch(/^16 more findings not shown as annotations \(5 errors, 5 warnings, 6 notes\)/);
    expect(closing.data).toContain('job summary');
    expect(closing.data).toContain('SARIF');
    expect(closing.data).toContain('all 45');
    // The closing notice is within the runner's notice cap, so it is shown.
    expect(view.shown).toContain(closing);
  });

  it('adds no closing notice when everything fits', () => {
    const view = parseWorkflowCommands(formatGithub(manyFindingsReport(27))); // 9 of each
    expect(view.commands).toHaveLength(27);
    expect(view.commands.some((c) => c.data.includes('not shown'))).toBe(false);
  });

  it('adds a closing notice when only errors overflow', () => {
    const view = parseWorkflowCommands(formatGithub(reportWith(Array.from({ length: 12 }, (_, i) => `e${i}`))));
    expect(view.counts).toEqual({ error: 10, warning: 0, notice: 1 });
    expect(view.commands[10].data).toMatch(/^2 more findings not shown as annotations \(2 errors\)/);
  });
});

describe('escapeData / escapeProperty', () => {
  const cases: [string, string, string, string][] = [
    ['percent first', '%0A', '%250A', '%250A'],
    ['CR and LF', 'a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['colon and comma', 'a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['all at once', '%:,\r\n', '%25:,%0D%0A', '%25%3A%2C%0D%0A'],
  ];
  it.each(cases)('%s', (_name, input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});
