// rotation-age: a key older than the limits by its best date fact (rotated, else created), a key
// that expires soon or has expired, and a note for a key with no date at all. Short-lived
// credentials (GitHub App installation tokens, AWS session credentials) are skipped.
// NOTE: `warn-age-days` <= `max-age-days` cannot be said in JSON Schema; when warn > max the warning
// tier simply never fires (an old key is an error first).

import { daysBetween, formatDate, parseDate } from '../core/dates.js';
import type { Evidence, Observation } from '../core/types.js';
import { isJobToken } from '../keys/confirmation.js';
import { defineRule } from './types.js';
import { capSeverity, evidenceOf, primaryUse } from './util.js';

type Options = { 'max-age-days': number; 'warn-age-days': number; 'expiry-warn-days': number };

const SHORT_LIVED = new Set(['app-installation', 'temporary']);

/** Reports keys past their rotation age or near expiry, and keys with no known date. */
export default defineRule<Options>({
  meta: {
    id: 'rotation-age',
    description:
      'Reports a key older than the limits by its best date fact, a key that expires within 14 days, and (as a note) a key with no date at all.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        'max-age-days': {
          type: 'integer',
          minimum: 1,
          description: 'Age in days at which a key is reported at the configured severity.',
        },
        'warn-age-days': {
          type: 'integer',
          minimum: 0,
          description: 'Age in days at which a key is a warning; keep it at or below max-age-days.',
        },
        'expiry-warn-days': {
          type: 'integer',
          minimum: 0,
          description: 'Warn when a key expires within this many days.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { 'max-age-days': 90, 'warn-age-days': 75, 'expiry-warn-days': 14 },
    messages: {
      tooOld: '{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it: the limit is {{max}} days',
      aging: '{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it before it reaches {{max}} days',
      expired: '{{key}} expired on {{date}}; issue a new key',
      expiresSoon: '{{key}} expires in {{days}} day(s), on {{date}}; rotate it before then',
      noDate:
        'no rotation date known for {{key}}: declare rotated: in keybound.yml or let keybound read secret metadata',
      badDate: '{{key}} has a {{fact}} date that cannot be read ({{value}}); declare rotated: as YYYY-MM-DD',
    },
    example: 'DEPLOY_TOKEN was last rotated 120 days ago (2026-07-25); rotate it: the limit is 90 days',
  },
  check(context) {
    const max = context.options['max-age-days'] ?? 90;
    const warn = context.options['warn-age-days'] ?? 75;
    const expiryWarn = context.options['expiry-warn-days'] ?? 14;
    for (const key of context.keys) {
      const use = primaryUse(key);
      // The job's own GITHUB_TOKEN lives as long as its job (SPEC section 5), whatever value is given.
      if (!use || isJobToken(key) || SHORT_LIVED.has(String(key.facts.keyType?.value ?? ''))) continue;
      const at = { location: use.location, key: key.name, environment: use.environment };
      const dated = key.facts.rotated ?? key.facts.created;
      const expires = key.facts.expires;
      if (!dated && !expires) {
        context.report({
          ...at,
          messageId: 'noDate',
          data: { key: key.name },
          evidence: [],
          severity: 'note',
          anchor: 'no-date',
        });
        continue;
      }
      for (const fact of [dated, expires]) {
        if (fact && !parseDate(String(fact.value))) {
          const data = { key: key.name, fact: fact.fact, value: String(fact.value) };
          context.report({
            ...at,
            messageId: 'badDate',
            data,
            evidence: [evidenceOf(fact)],
            severity: 'note',
            anchor: `bad-${fact.fact}`,
          });
        }
      }
      const ageDate = dated && parseDate(String(dated.value));
      if (dated && ageDate) {
        const age = daysBetween(ageDate, context.now);
        const data = {
          key: key.name,
          what: dated.fact === 'rotated' ? 'last rotated' : 'created',
          age,
          date: formatDate(ageDate),
          max,
        };
        const evidence = [withAge(dated, age)];
        if (age >= max) context.report({ ...at, messageId: 'tooOld', data, evidence, anchor: 'age' });
        else if (age >= warn) {
          context.report({
            ...at,
            messageId: 'aging',
            data,
            evidence,
            anchor: 'age',
            severity: capSeverity(context.severity, 'warning'),
          });
        }
      }
      const expiryDate = expires && parseDate(String(expires.value));
      if (expires && expiryDate) {
        const days = daysBetween(context.now, expiryDate);
        const data = { key: key.name, days, date: formatDate(expiryDate) };
        if (days < 0)
          context.report({ ...at, messageId: 'expired', data, evidence: [evidenceOf(expires)], anchor: 'expiry' });
        else if (days <= expiryWarn) {
          const severity = capSeverity(context.severity, 'warning');
          context.report({
            ...at,
            messageId: 'expiresSoon',
            data,
            evidence: [evidenceOf(expires)],
            anchor: 'expiry',
            severity,
          });
        }
      }
    }
  },
});

/** The date observation as evidence, with the computed age in its detail. */
function withAge(o: Observation, age: number): Evidence {
  const detail = o.detail ? `${o.detail}; ${age} days old` : `${age} days old`;
  return { ...evidenceOf(o), detail };
}
