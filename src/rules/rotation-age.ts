// rotation-age: a key older than the limits by its best date fact (rotated, else created), a key
// that expires soon or has expired, and a note for a key with no date at all. Short-lived
// credentials (GitHub App installation tokens, AWS session credentials) are skipped. A key whose smoke
// result condemns it is replaced anyway: its age and expiry give way to key-user-association. A key
// declared with its own `max-age-days` / `warn-age-days` (config keys:) is held to those instead.
// NOTE: `warn-age-days` <= `max-age-days` cannot be said in JSON Schema; when warn > max the warning
// tier simply never fires (an old key is an error first).

import { daysBetween, formatDate, parseDate } from '../core/dates.js';
import type { Evidence, Key, Observation } from '../core/types.js';
import { isIdentifierKey, isJobToken } from '../keys/confirmation.js';
import type { ResolvedConfig } from '../policy/types.js';
import { defineRule, type FindingInput } from './types.js';
import { capSeverity, evidenceOf, primaryUses, smokeCondemns } from './util.js';

type Options = { 'max-age-days': number; 'warn-age-days': number; 'expiry-warn-days': number };

const SHORT_LIVED = new Set(['app-installation', 'temporary']);

/** Reports keys past their rotation age or near expiry, and keys with no known date. */
export default defineRule<Options>({
  meta: {
    id: 'rotation-age',
    description:
      'Reports a key older than the limits by its best date fact (a key declared with its own max-age-days or warn-age-days is held to those), a key that expires within expiry-warn-days (14 by default), and (as a note) a key with no date at all.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        'max-age-days': {
          type: 'integer',
          minimum: 1,
          description:
            'Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key.',
        },
        'warn-age-days': {
          type: 'integer',
          minimum: 0,
          description:
            'Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own.',
        },
        'expiry-warn-days': {
          type: 'integer',
          minimum: 0,
          description: 'Lead time: warn when a key expires within this many days (0: only on the day it expires).',
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
    const expiryWarn = context.options['expiry-warn-days'] ?? 14;
    for (const key of context.keys) {
      const uses = primaryUses(key);
      // The job's own GITHUB_TOKEN lives as long as its job (SPEC section 5), whatever value is given.
      if (uses.length === 0 || isJobToken(key) || SHORT_LIVED.has(String(key.facts.keyType?.value ?? ''))) continue;
      // One finding for the key, at its primary use, with its other uses in that job as related locations.
      const report = (input: Omit<FindingInput, 'location' | 'key' | 'environment' | 'use'>): void => {
        for (const use of uses)
          context.report({ ...input, location: use.location, key: key.name, environment: use.environment, use });
      };
      // Age and expiry only: a replaced key still needs a rotation date declared (noDate, badDate).
      const moot = { repeatsSmoke: smokeCondemns(key) };
      const dated = key.facts.rotated ?? key.facts.created;
      const expires = key.facts.expires;
      if (!dated && !expires) {
        // Identifiers (a service-account e-mail, `*_USERNAME`, a bucket name, `tls.crt`) are not rotated.
        if (isIdentifierKey(key)) continue;
        report({
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
          report({
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
        const { max, warn, evidence: limits } = limitsFor(key, context.options);
        const age = daysBetween(ageDate, context.now);
        const data = {
          key: key.name,
          what: dated.fact === 'rotated' ? 'last rotated' : 'created',
          age,
          date: formatDate(ageDate),
          max,
        };
        const evidence = [withAge(dated, age), ...limits];
        if (age >= max) report({ ...moot, messageId: 'tooOld', data, evidence, anchor: 'age' });
        else if (age >= warn) {
          report({
            ...moot,
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
          report({ ...moot, messageId: 'expired', data, evidence: [evidenceOf(expires)], anchor: 'expiry' });
        else if (days <= expiryWarn) {
          const severity = capSeverity(context.severity, 'warning');
          report({
            ...moot,
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

/**
 * The limits `key` is held to: its own declared ones over the rule's. A key that declares only
 * `max-age-days` keeps the rule's distance between warning and limit (15 days by default).
 */
export function limitsFor(
  key: Pick<Key, 'declaration'>,
  options: Partial<Options>,
): { max: number; warn: number; evidence: Evidence[] } {
  const ruleMax = options['max-age-days'] ?? 90;
  const ruleWarn = options['warn-age-days'] ?? 75;
  const declared = key.declaration;
  const ownMax = declared?.maxAgeDays;
  const ownWarn = declared?.warnAgeDays;
  const max = ownMax ?? ruleMax;
  const warn = ownWarn ?? (ownMax === undefined ? ruleWarn : Math.max(0, ownMax - Math.max(0, ruleMax - ruleWarn)));
  const evidence: Evidence[] = [];
  const at = (field: string): string => `config keys.${declared?.name ?? ''}.${field}`;
  if (ownMax !== undefined)
    evidence.push({ fact: 'max-age-days', value: ownMax, source: 'config', detail: at('max-age-days') });
  if (ownWarn !== undefined)
    evidence.push({ fact: 'warn-age-days', value: ownWarn, source: 'config', detail: at('warn-age-days') });
  return { max, warn, evidence };
}

/** What the job summary's charts draw: the rule's limits, the lead time, each declared key's own limits. */
export interface RotationChartLimits {
  maxAgeDays?: number;
  warnAgeDays?: number;
  expiryWarnDays?: number;
  /** By key name and alias. */
  keyLimits?: Record<string, { maxAgeDays: number; warnAgeDays: number }>;
}

/** The effective limits of `config` for the summary's charts; none when the rule is off. */
export function rotationChartLimits(config: Pick<ResolvedConfig, 'rules' | 'keys'>): RotationChartLimits {
  const setting = config.rules['rotation-age'];
  if (!setting || setting.severity === 'off') return {};
  const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
  const options = {
    'max-age-days': number(setting.options['max-age-days']) ?? 90,
    'warn-age-days': number(setting.options['warn-age-days']) ?? 75,
  };
  const keyLimits: Record<string, { maxAgeDays: number; warnAgeDays: number }> = {};
  for (const declaration of config.keys.values()) {
    if (declaration.maxAgeDays === undefined && declaration.warnAgeDays === undefined) continue;
    const { max, warn } = limitsFor({ declaration }, options);
    // defineProperty: a key named `__proto__` is just a name.
    for (const name of [declaration.name, ...(declaration.aliases ?? [])])
      Object.defineProperty(keyLimits, name, { value: { maxAgeDays: max, warnAgeDays: warn }, enumerable: true });
  }
  return {
    maxAgeDays: options['max-age-days'],
    warnAgeDays: options['warn-age-days'],
    expiryWarnDays: number(setting.options['expiry-warn-days']) ?? 14,
    keyLimits,
  };
}

/** The date observation as evidence, with the computed age in its detail. */
function withAge(o: Observation, age: number): Evidence {
  const detail = o.detail ? `${o.detail}; ${age} days old` : `${age} days old`;
  return { ...evidenceOf(o), detail };
}
