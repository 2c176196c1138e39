// SPEC section 4 waivers: config exceptions (rule + key or any alias, path glob, until date) and inline
// `# keybound-ignore rule-id: reason` on the finding's line or the line above; what became of each.

import { describe, expect, it } from 'vitest';
import type { Finding, InlineSuppression, Key, KeyDeclaration } from '../../src/core/types.js';
import { applyWaivers } from '../../src/policy/waivers.js';
import type { ExceptionSpec } from '../../src/policy/types.js';

const NOW = '2026-11-22';

function finding(ruleId: string, key: string | undefined, at: string): Finding {
  const [file, line] = at.split(':');
  return {
    ruleId,
    severity: 'error',
    ...(key ? { key } : {}),
    message: `${ruleId} on ${key ?? 'nothing'}`,
    location: { file, line: Number(line), column: 3 },
    evidence: [],
    fingerprint: `${ruleId}:${key}:${at}`,
  };
}

function key(name: string, names: string[] = [name], declaration?: KeyDeclaration): Key {
  return {
    name,
    names,
    uses: [],
    companions: {},
    observations: [],
    facts: {},
    environments: ['production'],
    ...(declaration ? { declaration } : {}),
  };
}

function exception(fields: Partial<ExceptionSpec>): ExceptionSpec {
  return { rule: 'service-account-bound', until: '2026-12-31', reason: 'migrating (INFRA-123)', ...fields };
}

function inline(at: string, ruleId: string, reason?: string): InlineSuppression {
  const [file, line] = at.split(':');
  return { file, line: Number(line), column: 1, ruleId, ...(reason !== undefined ? { reason } : {}) };
}

const KEYS = [
  key('STRIPE_SECRET_KEY', ['STRIPE_SECRET_KEY', 'payments-credentials/STRIPE_KEY'], {
    name: 'STRIPE_SECRET_KEY',
    aliases: ['payments-credentials/STRIPE_KEY', 'billing/STRIPE'],
  }),
  key('LEGACY_DEPLOY_TOKEN'),
];

const SAB = finding('service-account-bound', 'LEGACY_DEPLOY_TOKEN', 'deploy/prod/app.yaml:7');
const STRIPE = finding('no-dev-keys-in-prod', 'STRIPE_SECRET_KEY', 'deploy/prod/app.yaml:12');
const PERMS = finding('workflow-permissions', undefined, '.github/workflows/deploy.yml:9');

describe('applyWaivers: config exceptions', () => {
  it.each([
    { name: 'rule + key', exception: exception({ key: 'LEGACY_DEPLOY_TOKEN' }), finding: SAB, waived: true },
    {
      name: 'rule + a joined name of the key',
      exception: exception({ rule: 'no-dev-keys-in-prod', key: 'payments-credentials/STRIPE_KEY' }),
      finding: STRIPE,
      waived: true,
    },
    {
      name: 'rule + a declared alias no use carries',
      exception: exception({ rule: 'no-dev-keys-in-prod', key: 'billing/STRIPE' }),
      finding: STRIPE,
      waived: true,
    },
    {
      name: 'rule + the key spelled as joining spells it',
      exception: exception({ key: 'legacy-deploy-token' }),
      finding: SAB,
      waived: true,
    },
    { name: 'a different key', exception: exception({ key: 'STRIPE_SECRET_KEY' }), finding: SAB, waived: false },
    {
      name: 'a different rule',
      exception: exception({ rule: 'rotation-age', key: 'LEGACY_DEPLOY_TOKEN' }),
      finding: SAB,
      waived: false,
    },
    { name: 'rule alone waives every key', exception: exception({}), finding: SAB, waived: true },
    {
      name: 'rule alone waives findings without a key',
      exception: exception({ rule: 'workflow-permissions' }),
      finding: PERMS,
      waived: true,
    },
    {
      name: 'a key never matches a finding without one',
      exception: exception({ rule: 'workflow-permissions', key: 'LEGACY_DEPLOY_TOKEN' }),
      finding: PERMS,
      waived: false,
    },
    {
      name: 'path glob that matches',
      exception: exception({ key: 'LEGACY_DEPLOY_TOKEN', path: 'deploy/prod/**' }),
      finding: SAB,
      waived: true,
    },
    {
      name: 'path glob that does not match',
      exception: exception({ key: 'LEGACY_DEPLOY_TOKEN', path: 'deploy/staging/**' }),
      finding: SAB,
      waived: false,
    },
    {
      name: 'path glob reaches dot folders',
      exception: exception({ rule: 'workflow-permissions', path: '**/*.yml' }),
      finding: PERMS,
      waived: true,
    },
    {
      name: 'until the evaluation date still applies',
      exception: exception({ key: 'LEGACY_DEPLOY_TOKEN', until: NOW }),
      finding: SAB,
      waived: true,
    },
    {
      name: 'until the day before no longer applies',
      exception: exception({ key: 'LEGACY_DEPLOY_TOKEN', until: '2026-11-21' }),
      finding: SAB,
      waived: false,
    },
  ])('$name: waived $waived', ({ exception: e, finding: f, waived }) => {
    const out = applyWaivers([f], KEYS, [], [e], NOW, 'keybound.yml');
    expect(out.active).toEqual(waived ? [] : [f]);
    expect(out.suppressed).toEqual(
      waived
        ? [{ ...f, suppression: { kind: 'exception', reason: e.reason, until: e.until, location: e.location } }]
        : [],
    );
    expect(out.waivers).toHaveLength(1);
    expect(out.waivers[0].used).toBe(waived);
  });

  it('statuses: expired, used and unused, located at the exception or the config file', () => {
    const at = { file: 'keybound.yml', line: 14, column: 5 };
    const expired = exception({ key: 'LEGACY_DEPLOY_TOKEN', until: '2026-06-30', location: at });
    const used = exception({ rule: 'no-dev-keys-in-prod', key: 'STRIPE_SECRET_KEY' });
    const unused = exception({ rule: 'rotation-age', key: 'GONE_TOKEN' });
    const out = applyWaivers([SAB, STRIPE], KEYS, [], [expired, used, unused], NOW, '.github/keybound.yml');
    expect(out.active).toEqual([SAB]);
    expect(out.suppressed.map((f) => f.ruleId)).toEqual(['no-dev-keys-in-prod']);
    const fallback = { file: '.github/keybound.yml', line: 1, column: 1 };
    expect(out.waivers).toEqual([
      {
        kind: 'exception',
        rule: 'service-account-bound',
        key: 'LEGACY_DEPLOY_TOKEN',
        location: at,
        reason: expired.reason,
        until: '2026-06-30',
        used: false,
        expired: true,
      },
      {
        kind: 'exception',
        rule: 'no-dev-keys-in-prod',
        key: 'STRIPE_SECRET_KEY',
        location: fallback,
        reason: used.reason,
        until: '2026-12-31',
        used: true,
        expired: false,
      },
      {
        kind: 'exception',
        rule: 'rotation-age',
        key: 'GONE_TOKEN',
        location: fallback,
        reason: unused.reason,
        until: '2026-12-31',
        used: false,
        expired: false,
      },
    ]);
  });

  it('one exception waives every finding it matches', () => {
    const other = finding('service-account-bound', 'LEGACY_DEPLOY_TOKEN', 'deploy/staging/app.yaml:7');
    const out = applyWaivers([SAB, other], KEYS, [], [exception({ key: 'LEGACY_DEPLOY_TOKEN' })], NOW, undefined);
    expect(out.active).toEqual([]);
    expect(out.suppressed).toHaveLength(2);
    expect(out.waivers[0].location).toEqual({ file: 'keybound.yml', line: 1, column: 1 });
  });
});

describe('applyWaivers: inline suppressions', () => {
  const REASON = 'rotated by the platform team';
  it.each([
    {
      name: 'on the same line',
      inline: inline('deploy/prod/app.yaml:7', 'service-account-bound', REASON),
      waived: true,
    },
    {
      name: 'on the line above',
      inline: inline('deploy/prod/app.yaml:6', 'service-account-bound', REASON),
      waived: true,
    },
    {
      name: 'two lines above',
      inline: inline('deploy/prod/app.yaml:5', 'service-account-bound', REASON),
      waived: false,
    },
    {
      name: 'on the line below',
      inline: inline('deploy/prod/app.yaml:8', 'service-account-bound', REASON),
      waived: false,
    },
    {
      name: 'in another file',
      inline: inline('deploy/prod/other.yaml:7', 'service-account-bound', REASON),
      waived: false,
    },
    { name: 'a wrong rule id', inline: inline('deploy/prod/app.yaml:7', 'rotation-age', REASON), waived: false },
    { name: 'without a reason', inline: inline('deploy/prod/app.yaml:7', 'service-account-bound'), waived: false },
  ])('$name: waived $waived', ({ inline: s, waived }) => {
    const out = applyWaivers([SAB], KEYS, [s], [], NOW, undefined);
    expect(out.active).toEqual(waived ? [] : [SAB]);
    const location = { file: s.file, line: s.line, column: 1 };
    expect(out.suppressed).toEqual(
      waived ? [{ ...SAB, suppression: { kind: 'inline', reason: REASON, location } }] : [],
    );
    expect(out.waivers).toEqual([
      {
        kind: 'inline',
        rule: s.ruleId,
        location,
        reason: s.reason,
        used: waived,
        expired: false,
      },
    ]);
  });

  it('an inline suppression is applied before an exception, which stays unused', () => {
    const out = applyWaivers(
      [SAB],
      KEYS,
      [inline('deploy/prod/app.yaml:7', 'service-account-bound', REASON)],
      [exception({ key: 'LEGACY_DEPLOY_TOKEN' })],
      NOW,
      undefined,
    );
    expect(out.suppressed[0].suppression?.kind).toBe('inline');
    expect(out.waivers.map((w) => [w.kind, w.used])).toEqual([
      ['exception', false],
      ['inline', true],
    ]);
  });

  it('a reasonless suppression leaves the finding to an exception', () => {
    const out = applyWaivers(
      [SAB],
      KEYS,
      [inline('deploy/prod/app.yaml:7', 'service-account-bound')],
      [exception({ key: 'LEGACY_DEPLOY_TOKEN' })],
      NOW,
      undefined,
    );
    expect(out.suppressed[0].suppression?.kind).toBe('exception');
    expect(out.waivers.map((w) => [w.kind, w.used])).toEqual([
      ['exception', true],
      ['inline', false],
    ]);
  });
});

describe('applyWaivers: a finding of several uses (one root cause) is waived at any of them', () => {
  const REASON = 'the staging token is what this job verifies';
  // At 7, with the same key used again at 20 and 31 of the same file.
  const JOINED: Finding = {
    ...SAB,
    relatedLocations: [
      { file: 'deploy/prod/app.yaml', line: 20, column: 3, message: 'LEGACY_DEPLOY_TOKEN is used here too' },
      { file: 'deploy/prod/app.yaml', line: 31, column: 3, message: 'LEGACY_DEPLOY_TOKEN is used here too' },
    ],
  };

  it.each([
    { name: 'above the first use', at: ['deploy/prod/app.yaml:6'], waivedBy: 0, used: [true] },
    { name: 'on a related use', at: ['deploy/prod/app.yaml:20'], waivedBy: 0, used: [true] },
    {
      name: 'above two related uses: both used, the first waives',
      at: ['deploy/prod/app.yaml:19', 'deploy/prod/app.yaml:30'],
      waivedBy: 0,
      used: [true, true],
    },
    { name: 'near no use', at: ['deploy/prod/app.yaml:25'], waivedBy: undefined, used: [false] },
  ])('$name', ({ at, waivedBy, used }) => {
    const suppressions = at.map((place) => inline(place, 'service-account-bound', REASON));
    const out = applyWaivers([JOINED], KEYS, suppressions, [], NOW, undefined);
    expect(out.active).toEqual(waivedBy === undefined ? [JOINED] : []);
    expect(out.suppressed.map((f) => f.suppression?.location?.line)).toEqual(
      waivedBy === undefined ? [] : [suppressions[waivedBy].line],
    );
    expect(out.waivers.map((w) => w.used)).toEqual(used);
  });

  it('an exception path matching a related location waives it', () => {
    const elsewhere: Finding = {
      ...SAB,
      relatedLocations: [{ file: 'deploy/legacy/app.yaml', line: 3, column: 3, message: 'used here too' }],
    };
    const e = exception({ key: 'LEGACY_DEPLOY_TOKEN', path: 'deploy/legacy/**' });
    expect(applyWaivers([elsewhere], KEYS, [], [e], NOW, undefined).active).toEqual([]);
  });
});

describe('applyWaivers: an exception ends at most max-waiver-days ahead', () => {
  it.each([
    { name: 'exactly 365 days ahead applies', until: '2027-11-22', max: 365, waived: true },
    { name: '366 days ahead does not', until: '2027-11-23', max: 365, waived: false },
    { name: 'until 9999-12-31 does not', until: '9999-12-31', max: 365, waived: false },
    { name: 'a longer horizon lets it apply', until: '2027-11-23', max: 400, waived: true },
    { name: 'without a horizon it applies', until: '9999-12-31', max: undefined, waived: true },
    { name: 'an expired one is expired, not too long', until: '2026-01-01', max: 30, waived: false },
  ])('$name', ({ until, max, waived }) => {
    const e = exception({ key: 'LEGACY_DEPLOY_TOKEN', until });
    const out = applyWaivers([SAB], KEYS, [], [e], NOW, 'keybound.yml', max);
    expect(out.active).toEqual(waived ? [] : [SAB]);
    expect(out.waivers[0].used).toBe(waived);
    expect(out.waivers[0].tooLong ?? false).toBe(!waived && until > NOW);
    expect(out.waivers[0].expired).toBe(until < NOW);
  });
});
