// Realistic Report objects for the formatter tests: findings across several files, suppressed ones,
// keys with facts and smoke results, a many-findings variant, and a hostile one whose every untrusted
// string tries to break out of its output format.

import type { Finding, KeyReport, Report, Severity } from '../../src/core/types.js';
import type { RuleMeta } from '../../src/rules/types.js';

/** A hex fingerprint derived from `seed` (FNV-1a, repeated to 32 digits): same seed, same value. */
function fingerprint(seed: string): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').repeat(4);
}

/** A finding with a default location, no evidence, and a fingerprint from its rule, key, file and line. */
export function finding(
  overrides: Partial<Finding> & { ruleId: string; severity: Severity; message: string },
): Finding {
  const location = overrides.location ?? { file: 'deploy/prod/app.yaml', line: 21, column: 15 };
  const seed = [overrides.ruleId, overrides.key, location.file, location.line, overrides.message].join('|');
  return { location, evidence: [], fingerprint: fingerprint(seed), ...overrides };
}

export const SAMPLE_RULES: RuleMeta[] = [
  {
    id: 'no-dev-keys-in-prod',
    description: 'A production use of a key that any fact marks as development, test or staging.',
    defaultSeverity: 'error',
    optionsSchema: {},
    defaultOptions: {},
    messages: { testMode: '{{key}} is a test-mode key used in production' },
    example: 'env:\n  STRIPE_KEY: ${{ secrets.STRIPE_TEST_KEY }}',
  },
  {
    id: 'service-account-bound',
    description: 'A key whose principal is a human user.',
    defaultSeverity: 'error',
    optionsSchema: {},
    defaultOptions: {},
    messages: {},
    usesSmoke: true,
  },
  {
    id: 'workflow-permissions',
    description: 'A deploying workflow or job with no permissions block or with write-all.',
    defaultSeverity: 'warning',
    optionsSchema: {},
    defaultOptions: {},
    messages: {},
  },
  {
    id: 'rotation-age',
    description: 'A key older than the rotation limits.',
    defaultSeverity: 'warning',
    optionsSchema: {},
    defaultOptions: {},
    messages: {},
  },
];

const stripeKey: KeyReport = {
  name: 'STRIPE_SECRET_KEY',
  provider: 'stripe',
  aliases: ['payments-credentials/STRIPE_KEY'],
  environments: ['production'],
  uses: [
    {
      file: 'deploy/prod/app.yaml',
      line: 21,
      column: 15,
      endLine: 21,
      endColumn: 40,
      environment: 'production',
      environmentSource: 'path',
      sourceKind: 'kubernetes',
      name: 'payments-credentials/STRIPE_KEY',
      context: { via: 'secretKeyRef', resource: 'Deployment/payments' },
    },
  ],
  facts: {
    keyEnvironment: { value: 'test', source: 'value', detail: 'sk_test_ prefix' },
    principal: { value: 'acct_1Test', source: 'smoke' },
    principalKind: { value: 'service', source: 'smoke' },
    rotated: { value: '2026-06-01', source: 'platform' },
  },
  smoke: { status: 'mismatch', reason: 'test-mode', principal: { id: 'acct_1Test', livemode: false } },
};

const deployToken: KeyReport = {
  name: 'DEPLOY_TOKEN',
  provider: 'github',
  environments: ['production', 'staging'],
  uses: [
    {
      file: '.github/workflows/deploy.yml',
      line: 30,
      column: 22,
      environment: 'production',
      environmentSource: 'github-environment',
      sourceKind: 'github-workflow',
      name: 'DEPLOY_TOKEN',
      context: { workflow: 'deploy', job: 'release', step: 'Push', via: 'env' },
    },
  ],
  facts: {
    provider: { value: 'github', source: 'value' },
    keyType: { value: 'classic-pat', source: 'value' },
    principal: { value: 'octo-dev', source: 'smoke' },
    principalKind: { value: 'human', source: 'smoke' },
    scopes: { value: ['repo', 'admin:org'], source: 'smoke' },
    expires: { value: '2026-12-01', source: 'smoke' },
  },
  smoke: { status: 'verified', reason: 'ok', principal: { login: 'octo-dev', type: 'User', id: 42 } },
};

const slackKey: KeyReport = {
  name: 'SLACK_BOT_TOKEN',
  environments: ['unknown'],
  uses: [
    {
      file: 'compose.yml',
      line: 8,
      column: 9,
      environment: 'unknown',
      environmentSource: 'none',
      sourceKind: 'compose',
      name: 'SLACK_BOT_TOKEN',
    },
  ],
  facts: {},
  smoke: { status: 'unknown', reason: 'timeout', message: 'no answer within 10 s' },
};

/** A gate run with findings in three files, one suppressed finding per kind, and three keys. */
export function sampleReport(): Report {
  const findings: Finding[] = [
    finding({
      ruleId: 'no-dev-keys-in-prod',
      severity: 'error',
      key: 'STRIPE_SECRET_KEY',
      environment: 'production',
      message: 'STRIPE_SECRET_KEY is a test-mode key used in production',
      location: { file: 'deploy/prod/app.yaml', line: 21, column: 15, endLine: 21, endColumn: 40 },
      evidence: [{ fact: 'keyEnvironment', value: 'test', source: 'value', detail: 'sk_test_ prefix' }],
    }),
    finding({
      ruleId: 'service-account-bound',
      severity: 'error',
      key: 'DEPLOY_TOKEN',
      environment: 'production',
      message: 'DEPLOY_TOKEN belongs to the human user octo-dev',
      location: { file: '.github/workflows/deploy.yml', line: 30, column: 22 },
      evidence: [{ fact: 'principalKind', value: 'human', source: 'smoke' }],
    }),
    finding({
      ruleId: 'workflow-permissions',
      severity: 'warning',
      message: 'Job release deploys with no permissions block',
      location: { file: '.github/workflows/deploy.yml', line: 12, column: 3, endLine: 12, endColumn: 10 },
      evidence: [{ fact: 'permissions', value: false, source: 'file' }],
    }),
    finding({
      ruleId: 'rotation-age',
      severity: 'note',
      key: 'SLACK_BOT_TOKEN',
      environment: 'unknown',
      message: 'SLACK_BOT_TOKEN has no date fact: its age is unknown',
      location: { file: 'compose.yml', line: 8, column: 9 },
      evidence: [{ fact: 'age', value: 0, source: 'config' }],
    }),
  ];
  const suppressed: Finding[] = [
    finding({
      ruleId: 'rotation-age',
      severity: 'warning',
      key: 'DEPLOY_TOKEN',
      environment: 'staging',
      message: 'DEPLOY_TOKEN is 80 days old (limit 75)',
      location: { file: 'deploy/staging/values.yaml', line: 4, column: 7 },
      evidence: [{ fact: 'rotated', value: '2026-09-03', source: 'platform' }],
      suppression: { kind: 'exception', reason: 'rotation scheduled (INFRA-123)', until: '2026-12-31' },
    }),
    finding({
      ruleId: 'workflow-permissions',
      severity: 'warning',
      message: 'Job preview deploys with write-all',
      location: { file: '.github/workflows/preview.yml', line: 9, column: 5 },
      evidence: [{ fact: 'permissions', value: 'write-all', source: 'file' }],
      suppression: {
        kind: 'inline',
        reason: 'preview needs it',
        location: { file: '.github/workflows/preview.yml', line: 8, column: 5 },
      },
    }),
  ];
  return {
    schemaVersion: 'keybound/report/v1',
    tool: { name: 'keybound', version: '1.0.0' },
    verdict: 'fail',
    mode: 'gate',
    environment: 'production',
    evaluatedAt: '2026-11-22',
    failOn: 'error',
    summary: {
      error: 2,
      warning: 1,
      note: 1,
      keys: 3,
      smoke: { verified: 1, mismatch: 1, invalid: 0, unknown: 1, skipped: 0, malformed: 0 },
      suppressed: 2,
    },
    keys: [stripeKey, deployToken, slackKey],
    findings,
    suppressed,
    diagnostics: [
      { kind: 'skipped', file: 'charts/big/values.yaml', message: 'file larger than 5 MB; skipped' },
      { kind: 'notice', file: 'k8s/base/deploy.yaml', line: 3, column: 1, message: 'unknown tag !!custom ignored' },
    ],
    unconfirmed: ['SLACK_BOT_TOKEN'],
  };
}

/** A passing audit run with nothing found. */
export function emptyReport(): Report {
  return {
    ...sampleReport(),
    verdict: 'pass',
    mode: 'audit',
    environment: undefined,
    summary: {
      error: 0,
      warning: 0,
      note: 0,
      keys: 0,
      smoke: { verified: 0, mismatch: 0, invalid: 0, unknown: 0, skipped: 0, malformed: 0 },
      suppressed: 0,
    },
    keys: [],
    findings: [],
    suppressed: [],
    diagnostics: [],
    unconfirmed: [],
  };
}

const SEVERITY_CYCLE: Severity[] = ['error', 'warning', 'note'];

/** `count` active findings (cycling error, warning, note) across 7 files; at least 30 by default. */
export function manyFindingsReport(count = 36): Report {
  const base = sampleReport();
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const severity = SEVERITY_CYCLE[i % 3];
    findings.push(
      finding({
        ruleId: SAMPLE_RULES[i % SAMPLE_RULES.length].id,
        severity,
        key: `KEY_${i}`,
        environment: 'production',
        message: `finding number ${i} (${severity})`,
        location: { file: `deploy/prod/service-${i % 7}.yaml`, line: i + 1, column: (i % 5) + 1 },
      }),
    );
  }
  findings.sort((a, b) => SEVERITY_CYCLE.indexOf(a.severity) - SEVERITY_CYCLE.indexOf(b.severity));
  const tally = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    ...base,
    summary: { ...base.summary, error: tally('error'), warning: tally('warning'), note: tally('note') },
    findings,
  };
}

/** Text that tries to break every output format at once. */
export const HOSTILE_TEXTS = [
  'percent %25 %0A %0D %3A %2C and a lone %',
  'line one\r\nline two\nline three\rend',
  'data with :: inside and a trailing ::',
  'commas, colons: equals=signs',
  'x\n::stop-commands::pwned\n::add-mask::nothing',
  '\n::error file=evil.yml,line=1::fake annotation',
  '##[add-mask]legacy command ##[stop-commands]tok',
  '| a | b |\n| --- | --- |\n```\n<script>alert(1)</script> `code` @octocat [link](https://evil.test)',
  'ansi \u001b[31mred\u001b[0m and bell \u0007 and bidi \u202eevil',
  '   ::warning::leading spaces',
];

/** A report whose file names, key names, messages, reasons and provider answers are all hostile. */
export function hostileReport(): Report {
  const base = sampleReport();
  const findings = HOSTILE_TEXTS.map((text, i) =>
    finding({
      ruleId: 'no-dev-keys-in-prod',
      severity: SEVERITY_CYCLE[i % 3],
      key: `KEY|${i}\n::notice::x`,
      environment: 'production',
      message: text,
      location: { file: `dir, with: odd/${text.slice(0, 12)}.yml`, line: i + 1, column: 1 },
      // Related locations in another (hostile) file, with the hostile text as their message.
      relatedLocations: [{ file: `other/${text.slice(0, 12)}.yml`, line: i + 2, column: 3, message: text }],
      evidence: [{ fact: 'principal', value: text, source: 'smoke' }],
    }),
  );
  const keys: KeyReport[] = [
    {
      ...base.keys[0],
      name: 'KEY|0\n::notice::x',
      provider: '`stripe`</td>',
      facts: { ...base.keys[0].facts, principal: { value: HOSTILE_TEXTS[7], source: 'smoke' } },
      smoke: {
        status: 'invalid',
        reason: 'user-inactive\n::stop-commands::t',
        principal: JSON.parse('{"__proto__":"x","id":"acct_1"}') as Record<string, string>,
      },
    },
  ];
  return {
    ...base,
    keys,
    findings,
    suppressed: [
      finding({
        ruleId: 'rotation-age',
        severity: 'warning',
        message: HOSTILE_TEXTS[4],
        location: { file: '::stop-commands::x/a.yml', line: 1, column: 1 },
        suppression: { kind: 'inline', reason: HOSTILE_TEXTS[7] },
      }),
    ],
    diagnostics: [{ kind: 'parse-error', file: '::error::x.yml', line: 2, column: 3, message: HOSTILE_TEXTS[5] }],
    unconfirmed: ['`UNCONFIRMED`\n::add-mask::x'],
  };
}
