// One finding per root cause (SPEC section 5): which findings join, where the joined one points, what
// it carries, which findings give way to key-user-association, and fingerprints that do not move when
// the first use does.

import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import type { Evidence, Severity, Use } from '../../src/core/types.js';
import { oneFindingPerRootCause, type RawFinding } from '../../src/rules/root-cause.js';
import { at } from './tester.js';

const WORKFLOW = '.github/workflows/deploy.yml';

/** A use: `deploy@.github/workflows/deploy.yml:17:38` (job@file:line:column), or `file:line:column` outside workflows. */
function use(spec: string, name = 'API_TOKEN', environment = 'production'): Use {
  const [job, place] = spec.includes('@') ? spec.split('@') : [undefined, spec];
  return {
    name,
    sourceKind: job ? 'github-workflow' : 'compose',
    location: at(place),
    hints: {},
    environment,
    environmentSource: 'github-environment',
    ...(job ? { context: { workflow: 'Deploy', job, via: 'env' } } : {}),
  };
}

const EVIDENCE: Evidence = { fact: 'keyEnvironment', value: 'staging', source: 'name', detail: 'name part STAGING' };

function finding(ruleId: string, u: Use, extra: Partial<RawFinding> = {}): RawFinding {
  return {
    ruleId,
    severity: 'error',
    key: 'API_TOKEN',
    environment: u.environment,
    message: `${ruleId} at ${u.location.line}`,
    location: u.location,
    evidence: [EVIDENCE],
    use: u,
    ...extra,
  };
}

/** `rule file:line:column [related line:column, …]` for compact expectations. */
function summary(findings: ReturnType<typeof oneFindingPerRootCause>): string[] {
  return findings.map((f) => {
    const related = (f.relatedLocations ?? []).map((r) => `${r.line}:${r.column}`).join(', ');
    const here = `${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column}`;
    return related ? `${here} [${related}]` : here;
  });
}

describe('oneFindingPerRootCause: joining', () => {
  it.each<{ name: string; findings: RawFinding[]; expected: string[] }>([
    {
      name: 'uses of one key in one job join at the first use',
      findings: [
        finding('r', use(`deploy@${WORKFLOW}:88:36`)),
        finding('r', use(`deploy@${WORKFLOW}:17:38`)),
        finding('r', use(`deploy@${WORKFLOW}:40:20`)),
      ],
      expected: [`r ${WORKFLOW}:17:38 [40:20, 88:36]`],
    },
    {
      name: 'two jobs are two root causes',
      findings: [finding('r', use(`deploy@${WORKFLOW}:17:38`)), finding('r', use(`smoke@${WORKFLOW}:95:15`))],
      expected: [`r ${WORKFLOW}:17:38`, `r ${WORKFLOW}:95:15`],
    },
    {
      name: 'one job of the same id in two workflow files is two root causes',
      findings: [
        finding('r', use(`deploy@${WORKFLOW}:17:38`)),
        finding('r', use('deploy@.github/workflows/release.yml:9:20')),
      ],
      expected: [`r ${WORKFLOW}:17:38`, 'r .github/workflows/release.yml:9:20'],
    },
    {
      name: 'outside workflows, one file is one root cause (two compose services)',
      findings: [finding('r', use('docker-compose.yml:31:9')), finding('r', use('docker-compose.yml:6:9'))],
      expected: ['r docker-compose.yml:6:9 [31:9]'],
    },
    {
      name: 'two files are two root causes',
      findings: [finding('r', use('compose.yml:6:9')), finding('r', use('compose.prod.yml:6:9'))],
      expected: ['r compose.yml:6:9', 'r compose.prod.yml:6:9'],
    },
    {
      name: 'a base manifest deployed to two environments: one finding per environment',
      findings: [
        finding('r', use('k8s/base/secret.yaml:8:3', 'tls/tls.key', 'production')),
        finding('r', use('k8s/base/secret.yaml:8:3', 'tls/tls.key', 'staging')),
        finding('r', use('k8s/base/secret.yaml:8:3', 'tls/tls.key', 'production')),
      ],
      expected: ['r k8s/base/secret.yaml:8:3', 'r k8s/base/secret.yaml:8:3'],
    },
    {
      name: 'two rules at the same uses stay two findings',
      findings: [
        finding('a', use(`deploy@${WORKFLOW}:17:38`)),
        finding('b', use(`deploy@${WORKFLOW}:17:38`)),
        finding('a', use(`deploy@${WORKFLOW}:20:38`)),
      ],
      expected: [`a ${WORKFLOW}:17:38 [20:38]`, `b ${WORKFLOW}:17:38`],
    },
    {
      name: 'two anchors of one rule (an age and an expiry) stay two findings',
      findings: [
        finding('r', use(`deploy@${WORKFLOW}:17:38`), { anchor: 'age' }),
        finding('r', use(`deploy@${WORKFLOW}:17:38`), { anchor: 'expiry' }),
        finding('r', use(`deploy@${WORKFLOW}:20:38`), { anchor: 'age' }),
        finding('r', use(`deploy@${WORKFLOW}:20:38`), { anchor: 'expiry' }),
      ],
      expected: [`r ${WORKFLOW}:17:38 [20:38]`, `r ${WORKFLOW}:17:38 [20:38]`],
    },
    {
      name: 'two keys stay two findings',
      findings: [
        finding('r', use(`deploy@${WORKFLOW}:17:38`)),
        finding('r', use(`deploy@${WORKFLOW}:20:38`), { key: 'OTHER' }),
      ],
      expected: [`r ${WORKFLOW}:17:38`, `r ${WORKFLOW}:20:38`],
    },
    {
      name: 'findings without a use or a key pass through as they are',
      findings: [
        finding('r', use(`deploy@${WORKFLOW}:17:38`), { use: undefined }),
        finding('r', use(`deploy@${WORKFLOW}:20:38`), { use: undefined }),
        finding('p', use(`deploy@${WORKFLOW}:3:1`), { key: undefined }),
        finding('p', use(`deploy@${WORKFLOW}:5:1`), { key: undefined }),
      ],
      expected: [`r ${WORKFLOW}:17:38`, `r ${WORKFLOW}:20:38`, `p ${WORKFLOW}:3:1`, `p ${WORKFLOW}:5:1`],
    },
    {
      name: 'the same place twice (a job run by two callers) is listed once',
      findings: [finding('r', use(`deploy@${WORKFLOW}:17:38`)), finding('r', use(`deploy@${WORKFLOW}:17:38`))],
      expected: [`r ${WORKFLOW}:17:38`],
    },
  ])('$name', ({ findings, expected }) => {
    expect(summary(oneFindingPerRootCause(findings))).toEqual(expected);
  });

  it('keeps the first use’s message, the highest severity and every distinct piece of evidence', () => {
    const other: Evidence = { fact: 'provider', value: 'aws', source: 'value', detail: 'prefix AKIA' };
    const [joined, ...rest] = oneFindingPerRootCause([
      finding('r', use(`deploy@${WORKFLOW}:25:38`, 'PROD_AWS_SECRET_ACCESS_KEY'), {
        severity: 'error' as Severity,
        key: 'PROD_AWS_ACCESS_KEY_ID',
        evidence: [EVIDENCE, other],
      }),
      finding('r', use(`deploy@${WORKFLOW}:24:34`, 'PROD_AWS_ACCESS_KEY_ID'), {
        severity: 'warning',
        key: 'PROD_AWS_ACCESS_KEY_ID',
      }),
    ]);
    expect(rest).toEqual([]);
    expect(joined).toEqual({
      ruleId: 'r',
      severity: 'error',
      key: 'PROD_AWS_ACCESS_KEY_ID',
      environment: 'production',
      message: 'r at 24',
      location: { file: WORKFLOW, line: 24, column: 34 },
      evidence: [EVIDENCE, other],
      relatedLocations: [
        {
          file: WORKFLOW,
          line: 25,
          column: 38,
          message: 'PROD_AWS_SECRET_ACCESS_KEY (of key PROD_AWS_ACCESS_KEY_ID) is used here too',
        },
      ],
      anchor: 'job deploy',
    });
  });
});

describe('oneFindingPerRootCause: a smoke result is reported by key-user-association alone', () => {
  const KUA = finding('key-user-association', use(`deploy@${WORKFLOW}:17:38`), { anchor: 'mismatch' });
  const repeat = (ruleId: string): RawFinding =>
    finding(ruleId, use(`deploy@${WORKFLOW}:17:38`), { repeatsSmoke: true });

  it.each<{ name: string; findings: RawFinding[]; expected: string[] }>([
    {
      name: 'findings that repeat the result give way to it',
      findings: [KUA, repeat('no-dev-keys-in-prod'), repeat('service-account-bound'), repeat('rotation-age')],
      expected: [`key-user-association ${WORKFLOW}:17:38`],
    },
    {
      name: 'a finding of its own stands beside it',
      findings: [KUA, finding('service-account-bound', use(`deploy@${WORKFLOW}:17:38`))],
      expected: [`key-user-association ${WORKFLOW}:17:38`, `service-account-bound ${WORKFLOW}:17:38`],
    },
    {
      name: 'without a key-user-association finding (the rule is off) the repeats are reported',
      findings: [repeat('no-dev-keys-in-prod'), repeat('service-account-bound')],
      expected: [`no-dev-keys-in-prod ${WORKFLOW}:17:38`, `service-account-bound ${WORKFLOW}:17:38`],
    },
    {
      name: 'only repeats about the same key give way',
      findings: [KUA, { ...repeat('no-dev-keys-in-prod'), key: 'OTHER' }],
      expected: [`key-user-association ${WORKFLOW}:17:38`, `no-dev-keys-in-prod ${WORKFLOW}:17:38`],
    },
  ])('$name', ({ findings, expected }) => {
    expect(summary(oneFindingPerRootCause(findings))).toEqual(expected);
  });
});

describe('fingerprints of joined findings', () => {
  const run = (lines: number[]) =>
    fingerprint(oneFindingPerRootCause(lines.map((line) => finding('r', use(`deploy@${WORKFLOW}:${line}:20`)))))[0]
      .fingerprint;

  it.each([
    ['the uses move down', [30, 60]],
    ['the first use is removed', [40]],
    ['a use is added before the first', [5, 17, 40]],
    ['the uses are reordered', [40, 17]],
  ])('stay the same when %s', (_name, lines) => {
    expect(run(lines)).toBe(run([17, 40]));
  });

  it('differ between jobs, keys and environments', () => {
    const base = fingerprint(oneFindingPerRootCause([finding('r', use(`deploy@${WORKFLOW}:17:38`))]))[0].fingerprint;
    const others = [
      finding('r', use(`smoke@${WORKFLOW}:17:38`)),
      finding('r', use(`deploy@${WORKFLOW}:17:38`), { key: 'OTHER' }),
      finding('r', use(`deploy@${WORKFLOW}:17:38`, 'API_TOKEN', 'staging')),
    ].map((f) => fingerprint(oneFindingPerRootCause([f]))[0].fingerprint);
    expect(new Set([base, ...others]).size).toBe(4);
  });

  it('keep a rule’s own anchor: per-key findings fingerprint as before', () => {
    const u = use(`deploy@${WORKFLOW}:17:38`);
    const joined = oneFindingPerRootCause([finding('r', u, { anchor: 'age' })]);
    expect(joined[0].anchor).toBe('age');
  });
});
