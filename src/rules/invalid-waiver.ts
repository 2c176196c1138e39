// invalid-waiver: waivers that no longer do what their authors meant: an exception past its `until`
// date (it waives nothing now), one that ends more than max-waiver-days ahead (a waiver until
// 9999-12-31 is a rule switched off; it waives nothing), an inline `# keybound-ignore` with no reason
// (it waives nothing), and a waiver that matched no finding (stale; it would silently hide a future one).

import type { Evidence, Finding } from '../core/types.js';
import type { WaiverStatus } from './types.js';
import { defineRule } from './types.js';
import { capSeverity } from './util.js';

/** max-waiver-days: an exception may end at most this many days ahead; one that ends later waives nothing. */
type Options = { 'max-waiver-days': number };

/** Reports expired exceptions, inline suppressions without a reason, and unused waivers. */
export default defineRule<Options>({
  meta: {
    id: 'invalid-waiver',
    description:
      'Reports an exception past its until date or ending more than max-waiver-days ahead, an inline suppression without a reason, and a waiver that matches nothing.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: { 'max-waiver-days': { type: 'integer', minimum: 1, maximum: 3650 } },
      additionalProperties: false,
    },
    defaultOptions: { 'max-waiver-days': 365 },
    messages: {
      expired:
        'the exception for {{target}} expired on {{until}} and no longer applies; fix the finding or renew it with a new date and reason',
      noReason:
        'keybound-ignore {{rule}} has no reason and waives nothing; write # keybound-ignore {{rule}}: why it is safe',
      unused: 'the {{what}} for {{target}} matches no finding; remove it',
      tooLong:
        'the exception for {{target}} runs until {{until}}, more than {{days}} days ahead, and does not apply; exceptions may last at most max-waiver-days ({{days}}): set an earlier until',
    },
    readsWaivers: true,
    example:
      'the exception for service-account-bound on LEGACY_DEPLOY_TOKEN expired on 2026-06-30 and no longer applies; fix the finding or renew it with a new date and reason',
  },
  check(context) {
    for (const waiver of context.waivers) {
      const data = {
        rule: waiver.rule,
        target: waiver.key ? `${waiver.rule} on ${waiver.key}` : waiver.rule,
        until: waiver.until ?? '',
        what: waiver.kind === 'exception' ? 'exception' : 'inline suppression',
      };
      const at = {
        data,
        location: waiver.location,
        ...(waiver.key ? { key: waiver.key } : {}),
        evidence: [evidence(waiver)],
        anchor: [waiver.kind, waiver.rule, waiver.key ?? '', waiver.until ?? ''].join(':'),
      };
      // Each waiver gets at most one finding: an expired or reasonless one is unused by construction.
      if (waiver.kind === 'exception' && waiver.expired)
        context.report({ ...at, messageId: 'expired', evidence: [...at.evidence, expiredEvidence(waiver)] });
      else if (waiver.kind === 'exception' && waiver.tooLong)
        context.report({ ...at, data: { ...data, days: context.options['max-waiver-days'] }, messageId: 'tooLong' });
      else if (waiver.kind === 'inline' && !waiver.reason?.trim()) context.report({ ...at, messageId: 'noReason' });
      else if (!waiver.used)
        context.report({ ...at, messageId: 'unused', severity: capSeverity(context.severity, 'warning') });
    }
  },
});

/** The evidence that marks an expired exception; failsInEveryMode looks for it. */
function expiredEvidence(waiver: WaiverStatus): Evidence {
  return {
    fact: EXPIRED_FACT,
    value: waiver.until ?? '',
    source: 'config',
    detail: 'the exception is past its until date',
  };
}

const EXPIRED_FACT = 'expired-exception';

/**
 * An expired exception fails the run in every mode, whatever --fail-on and this rule's severity say
 * (README "Configuration"): the engine's verdict asks this of every finding.
 */
export function failsInEveryMode(finding: Pick<Finding, 'ruleId' | 'evidence'>): boolean {
  return finding.ruleId === 'invalid-waiver' && finding.evidence.some((e) => e.fact === EXPIRED_FACT);
}

function evidence(waiver: WaiverStatus) {
  return {
    fact: 'waiver',
    value: waiver.kind,
    source: waiver.kind === 'exception' ? ('config' as const) : ('file' as const),
    detail: [waiver.until ? `until ${waiver.until}` : '', waiver.used ? 'used' : 'unused'].filter(Boolean).join(', '),
  };
}
