// Applies waivers to findings: config `exceptions` (rule, key or alias, optional path glob, until a
// date) and inline `# keybound-ignore rule-id: reason` comments on the line or the line above. A
// waiver past its date, ending more than max-waiver-days ahead, or without a reason, waives nothing;
// what became of each is returned so the `invalid-waiver` rule can report expired, reasonless and
// unused ones. A finding of several uses (one root cause, SPEC section 5) is waived by a waiver at any
// of its locations.

import picomatch from 'picomatch';
import { daysBetween, parseDate } from '../core/dates.js';
import type { Finding, InlineSuppression, Key, Location } from '../core/types.js';
import { normalizeName } from '../keys/join.js';
import type { WaiverStatus } from '../rules/types.js';
import type { ExceptionSpec } from './types.js';

export interface WaiverOutcome {
  active: Finding[];
  suppressed: Finding[];
  waivers: WaiverStatus[];
}

export function applyWaivers(
  findings: readonly Finding[],
  keys: readonly Key[],
  inline: readonly InlineSuppression[],
  exceptions: readonly ExceptionSpec[],
  now: string,
  configFile: string | undefined,
  maxWaiverDays = Infinity,
): WaiverOutcome {
  // An exception may name the key by any of its names, declared aliases included, spelled as joining
  // spells them (case, `-` and `_` ignored).
  const namesOf = new Map(
    keys.map((k) => [k.name, new Set([...k.names, ...(k.declaration?.aliases ?? [])].map(normalizeName))]),
  );
  const isNamed = (findingKey: string | undefined, wanted: string): boolean =>
    findingKey !== undefined &&
    (namesOf.get(findingKey) ?? new Set([normalizeName(findingKey)])).has(normalizeName(wanted));
  const inlineStatus = inline.map((s): WaiverStatus => ({
    kind: 'inline',
    rule: s.ruleId,
    location: { file: s.file, line: s.line, column: s.column },
    reason: s.reason,
    used: false,
    expired: false,
  }));
  const exceptionStatus = exceptions.map((e): WaiverStatus => ({
    kind: 'exception',
    rule: e.rule,
    key: e.key,
    location: e.location ?? ({ file: configFile ?? 'keybound.yml', line: 1, column: 1 } satisfies Location),
    reason: e.reason,
    until: e.until,
    used: false,
    expired: e.until < now,
    // A waiver that ends too far ahead waives nothing (`invalid-waiver` says why): 9999-12-31 is forever.
    ...(e.until >= now && daysAhead(now, e.until) > maxWaiverDays ? { tooLong: true } : {}),
  }));
  const pathMatchers = exceptions.map((e) => (e.path ? picomatch(e.path, { dot: true }) : undefined));

  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    const locations: Location[] = [finding.location, ...(finding.relatedLocations ?? [])];
    const inlineMatches = (s: InlineSuppression): boolean =>
      Boolean(s.reason) &&
      s.ruleId === finding.ruleId &&
      locations.some((l) => s.file === l.file && (l.line === s.line || l.line === s.line + 1));
    const inlineIndex = inline.findIndex(inlineMatches);
    if (inlineIndex >= 0) {
      // Every comment on one of its uses waived it: none of them is reported unused.
      inline.forEach((s, i) => {
        if (inlineMatches(s)) inlineStatus[i].used = true;
      });
      suppressed.push({
        ...finding,
        suppression: {
          kind: 'inline',
          reason: inline[inlineIndex].reason ?? '',
          location: inlineStatus[inlineIndex].location,
        },
      });
      continue;
    }
    const exceptionIndex = exceptions.findIndex((e, i) => {
      if (exceptionStatus[i].expired || exceptionStatus[i].tooLong || e.rule !== finding.ruleId) return false;
      if (e.key && !isNamed(finding.key, e.key)) return false;
      const matches = pathMatchers[i];
      return matches ? locations.some((l) => matches(l.file)) : true;
    });
    if (exceptionIndex >= 0) {
      exceptionStatus[exceptionIndex].used = true;
      const e = exceptions[exceptionIndex];
      suppressed.push({
        ...finding,
        suppression: { kind: 'exception', reason: e.reason, until: e.until, location: e.location },
      });
      continue;
    }
    active.push(finding);
  }
  return { active, suppressed, waivers: [...exceptionStatus, ...inlineStatus] };
}

/** Days from `now` to `until`; 0 when either is not a date (the schema and the shells check both). */
function daysAhead(now: string, until: string): number {
  return parseDate(now) && parseDate(until) ? daysBetween(now, until) : 0;
}
