// Which findings the Action annotates within the runner's 10-per-type cap, and how paths are rebased
// from the scanned folder to the repository root.

import { describe, expect, it } from 'vitest';
import { planAnnotations, rebaseReport } from '../../src/action/annotations.js';
import type { Finding, Report, Severity } from '../../src/core/types.js';

function finding(severity: Severity, line: number, file = 'deploy.yml'): Finding {
  return {
    ruleId: 'rotation-age',
    severity,
    key: `K${line}`,
    message: `m${line}`,
    location: { file, line, column: 1 },
    evidence: [],
    fingerprint: `f${line}`,
  };
}

function findings(counts: Partial<Record<Severity, number>>): Finding[] {
  const out: Finding[] = [];
  let line = 1;
  // Notes first on purpose: the plan must sort most severe first.
  for (const severity of ['note', 'warning', 'error'] as const)
    for (let i = 0; i < (counts[severity] ?? 0); i++) out.push(finding(severity, line++));
  return out;
}

describe('planAnnotations', () => {
  const cases = [
    { name: 'nothing', counts: {}, reserved: {}, shown: [0, 0, 0], hidden: [0, 0, 0], closing: false },
    {
      name: 'under the cap',
      counts: { error: 3, warning: 2, note: 1 },
      reserved: {},
      shown: [3, 2, 1],
      hidden: [0, 0, 0],
      closing: false,
    },
    {
      name: 'exactly 10 notes fit',
      counts: { note: 10 },
      reserved: {},
      shown: [0, 0, 10],
      hidden: [0, 0, 0],
      closing: false,
    },
    {
      name: '11 notes: one slot for the closing notice',
      counts: { note: 11 },
      reserved: {},
      shown: [0, 0, 9],
      hidden: [0, 0, 2],
      closing: true,
    },
    {
      name: '12 errors, 12 warnings, 6 notes, failing step',
      counts: { error: 12, warning: 12, note: 6 },
      reserved: { error: 1 },
      shown: [9, 10, 6],
      hidden: [3, 2, 0],
      closing: true,
    },
    {
      name: 'run warnings take warning slots',
      counts: { warning: 10 },
      reserved: { warning: 2 },
      shown: [0, 8, 0],
      hidden: [0, 2, 0],
      closing: true,
    },
    {
      name: 'errors overflow with 10 notes',
      counts: { error: 11, note: 10 },
      reserved: {},
      shown: [10, 0, 9],
      hidden: [1, 0, 1],
      closing: true,
    },
  ];

  it.each(cases)('$name', ({ counts, reserved, shown, hidden, closing }) => {
    const all = findings(counts);
    const plan = planAnnotations(all, reserved);
    const count = (s: Severity) => plan.shown.filter((f) => f.severity === s).length;
    expect([count('error'), count('warning'), count('note')]).toEqual(shown);
    expect([plan.hidden.error, plan.hidden.warning, plan.hidden.note]).toEqual(hidden);
    expect(plan.closingNotice !== undefined).toBe(closing);
    // Every finding is either shown or counted; the step never asks for more than the runner keeps.
    expect(plan.shown.length + plan.hidden.error + plan.hidden.warning + plan.hidden.note).toBe(all.length);
    expect(count('error') + (reserved.error ?? 0)).toBeLessThanOrEqual(10);
    expect(count('warning') + (reserved.warning ?? 0)).toBeLessThanOrEqual(10);
    expect(count('note') + (closing ? 1 : 0)).toBeLessThanOrEqual(10);
    const ranks = plan.shown.map((f) => ({ error: 3, warning: 2, note: 1 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('says how many were left out, by severity, and where all of them are', () => {
    const plan = planAnnotations(findings({ error: 12, warning: 12, note: 6 }), { error: 1 });
    expect(plan.closingNotice).toBe(
      '5 more findings not shown as annotations (3 errors, 2 warnings): GitHub shows 10 annotations of each ' +
        'type per step. All 30 are in the job summary, the SARIF file and the JSON report.',
    );
  });

  it('keeps the report order within a severity', () => {
    const plan = planAnnotations([finding('warning', 5), finding('error', 9), finding('warning', 2)]);
    expect(plan.shown.map((f) => f.location.line)).toEqual([9, 5, 2]);
  });
});

describe('rebaseReport', () => {
  const report = {
    findings: [finding('error', 1, '.github/workflows/a.yml'), finding('note', 2, '')],
    suppressed: [
      {
        ...finding('warning', 3, 'k8s/x.yaml'),
        suppression: { kind: 'inline', reason: 'r', location: { file: 'k8s/x.yaml', line: 2, column: 1 } },
      },
    ],
    keys: [{ name: 'K', environments: [], facts: {}, uses: [{ file: 'k8s/x.yaml', line: 1, column: 1 }] }],
    diagnostics: [{ kind: 'skipped', file: 'charts/t.yaml', message: 'm' }],
  } as unknown as Report;

  it.each([
    ['.', '.github/workflows/a.yml'],
    ['', '.github/workflows/a.yml'],
    ['services/api', 'services/api/.github/workflows/a.yml'],
    ['./services/api/', 'services/api/.github/workflows/a.yml'],
  ])('prefix %j', (prefix, file) => {
    expect(rebaseReport(report, prefix).findings[0].location.file).toBe(file);
  });

  it('moves every path but leaves empty ones alone', () => {
    const moved = rebaseReport(report, 'svc');
    expect(moved.findings[1].location.file).toBe('');
    expect(moved.suppressed[0].location.file).toBe('svc/k8s/x.yaml');
    expect(moved.suppressed[0].suppression?.location?.file).toBe('svc/k8s/x.yaml');
    expect(moved.keys[0].uses[0].file).toBe('svc/k8s/x.yaml');
    expect(moved.diagnostics[0].file).toBe('svc/charts/t.yaml');
    expect(report.findings[0].location.file).toBe('.github/workflows/a.yml');
  });
});
