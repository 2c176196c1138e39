// One finding per root cause (SPEC section 5), applied once to every rule's findings instead of in
// each rule: uses of one key in one job (one file outside workflows) that a rule reports alike become
// one finding at the first use, with the others as related locations; and a finding that only repeats
// a smoke result gives way to key-user-association, which reports smoke results alone.

import { SEVERITY_RANK, type Evidence, type Finding, type RelatedLocation, type Use } from '../core/types.js';
import { compareLocations, rootCauseScope } from './util.js';

/** A finding as a rule reported it, before root causes are joined and fingerprints given. */
export type RawFinding = Omit<Finding, 'fingerprint'> & { anchor?: string; use?: Use; repeatsSmoke?: boolean };
/** A finding after root causes are joined: `anchor` is what its fingerprint reads besides rule, key and file. */
export type JoinedFinding = Omit<Finding, 'fingerprint'> & { anchor?: string };

/** The rule that reports smoke results (SPEC section 5); others cite them as evidence. */
const SMOKE_RULE = 'key-user-association';

/**
 * Joins findings of one root cause and drops findings that repeat a reported smoke result. Findings
 * of one rule about uses of one key in one environment and one job or file, with the same anchor, are
 * one: it keeps the first use's location and message, the highest severity and every distinct piece
 * of evidence. Its fingerprint anchor is the rule's anchor, else the job or file, never the use, so it
 * stays the same when the first use moves or goes. Findings without a `use` pass through unchanged.
 */
export function oneFindingPerRootCause(findings: readonly RawFinding[]): JoinedFinding[] {
  const smokeReported = new Set(findings.filter((f) => f.ruleId === SMOKE_RULE && f.key).map((f) => f.key));
  const groups = new Map<string, RawFinding[]>();
  const order: (RawFinding | RawFinding[])[] = [];
  for (const finding of findings) {
    if (finding.repeatsSmoke && finding.key !== undefined && smokeReported.has(finding.key)) continue;
    if (!finding.use || finding.key === undefined) {
      order.push(finding);
      continue;
    }
    const scope = rootCauseScope(finding.use).group;
    const id = [finding.ruleId, finding.key, finding.environment ?? '', scope, finding.anchor ?? ''].join('\u0000');
    const group = groups.get(id);
    if (group) group.push(finding);
    else {
      const fresh = [finding];
      groups.set(id, fresh);
      order.push(fresh);
    }
  }
  return order.map((entry) => (Array.isArray(entry) ? join(entry) : strip(entry)));
}

function strip(finding: RawFinding): JoinedFinding {
  const { use: _use, repeatsSmoke: _repeats, ...rest } = finding;
  const callers = callerLocations([finding], new Set([position(finding)]));
  if (callers.length === 0) return rest;
  return { ...rest, relatedLocations: [...(rest.relatedLocations ?? []), ...callers] };
}

/**
 * The calls that reach a reusable workflow's use (SPEC section 2: the use stays where `secrets.X` is
 * written, with the caller as a related location), once each and not where a location already is.
 */
function callerLocations(findings: readonly RawFinding[], seen: Set<string>): RelatedLocation[] {
  const related: RelatedLocation[] = [];
  for (const finding of findings) {
    const caller = finding.use?.calledFrom;
    if (!caller) continue;
    const at = `${caller.file}:${caller.line}:${caller.column}`;
    if (seen.has(at)) continue;
    seen.add(at);
    related.push({
      ...caller,
      message: `${finding.use?.name} reaches this use through the call here`,
    });
  }
  return related;
}

function join(group: RawFinding[]): JoinedFinding {
  const sorted = [...group].sort((a, b) => compareLocations(a.location, b.location));
  const first = sorted[0];
  const use = first.use as Use;
  const severity = sorted.reduce(
    (s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s),
    first.severity,
  );
  const related: RelatedLocation[] = [];
  const seen = new Set([position(first)]);
  for (const finding of sorted.slice(1)) {
    if (seen.has(position(finding))) continue;
    seen.add(position(finding));
    related.push({ ...finding.location, message: relatedMessage(finding.use as Use, first.key as string) });
  }
  related.push(...callerLocations(sorted, seen));
  const { use: _use, repeatsSmoke: _repeats, relatedLocations: _related, ...rest } = first;
  return {
    ...rest,
    severity,
    evidence: distinctEvidence(sorted.flatMap((f) => f.evidence)),
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    anchor: first.anchor ?? rootCauseScope(use).anchor,
  };
}

function position(finding: RawFinding): string {
  const { file, line, column } = finding.location;
  return `${file}:${line}:${column}`;
}

/**
 * What a related location holds: `API_TOKEN is used here too, in step Deploy`, or for another name of
 * the key `PROD_AWS_SECRET_ACCESS_KEY (of key PROD_AWS_ACCESS_KEY_ID) is used here too, in step 4`.
 */
function relatedMessage(use: Use, key: string): string {
  const name = use.name === key ? key : `${use.name} (of key ${key})`;
  const step = use.context?.step;
  // Unnamed steps are called `step 4` already.
  const where = step ? `, in ${/^step \d+$/.test(step) ? step : `step ${step}`}` : '';
  return `${name} is used here too${where}`;
}

function distinctEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const id = JSON.stringify([e.fact, e.value, e.source, e.detail ?? null]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
