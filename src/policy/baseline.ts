// Baselines (`keybound baseline`, `check --baseline FILE`): the fingerprints of the findings a team
// accepts for now, so only new ones are reported. A baseline never hides what must not wait: a live key
// of the wrong account in production stays active, and waiver findings (`invalid-waiver`) are never
// baselined, so an expired exception cannot be parked in a baseline either.

import { KeyboundError } from '../core/errors.js';
import type { Diagnostic, Evidence, Finding, Key } from '../core/types.js';

export const BASELINE_SCHEMA_VERSION = 'keybound/baseline/v1';
/** Where `keybound baseline` writes, in the scanned folder, without --output. */
export const DEFAULT_BASELINE_FILE = '.keybound-baseline.json';
/** Larger baseline files are refused before parsing. */
const MAX_BASELINE_BYTES = 8 * 1024 * 1024;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  key?: string;
  environment?: string;
  file: string;
}

export interface Baseline {
  schemaVersion: typeof BASELINE_SCHEMA_VERSION;
  tool: { name: 'keybound'; version: string };
  createdAt: string;
  findings: BaselineEntry[];
}

/** What a baseline reads of a key (a Key, or a report's KeyReport). */
export type BaselineKey = Pick<Key, 'name' | 'smoke'>;

/** Rules whose findings a baseline never suppresses. */
const NEVER_BASELINED = new Set(['invalid-waiver']);

/**
 * Why a finding cannot be baselined, or undefined when it can: a live key answering for the wrong
 * account in production is a deploy-blocking incident, never accepted debt.
 */
export function notBaselinable(finding: Finding, keys: readonly BaselineKey[]): string | undefined {
  if (NEVER_BASELINED.has(finding.ruleId)) return 'waiver findings are fixed in the config, not baselined';
  if (finding.ruleId !== 'key-user-association' || finding.environment !== 'production') return undefined;
  const smoke = keys.find((k) => k.name === finding.key)?.smoke;
  if (smoke?.status === 'mismatch' && smoke.reason === 'wrong-account')
    return 'a live key of the wrong account in production cannot be baselined';
  return undefined;
}

/** The baseline of a run's active findings (those that may be baselined), sorted by fingerprint. */
export function createBaseline(
  findings: readonly Finding[],
  keys: readonly BaselineKey[],
  version: string,
  now: string,
): Baseline {
  const entries = findings
    .filter((finding) => !notBaselinable(finding, keys))
    .map((f): BaselineEntry => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      ...(f.key !== undefined ? { key: f.key } : {}),
      ...(f.environment !== undefined ? { environment: f.environment } : {}),
      file: f.location.file,
    }))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    tool: { name: 'keybound', version },
    createdAt: now,
    findings: entries,
  };
}

/** Parses and checks a baseline file; `file` names it in messages. Nothing of its content is quoted. */
export function parseBaseline(text: string, file: string): Baseline {
  const fail = (what: string): never => {
    throw new KeyboundError('config', `${what}; write it with keybound baseline`, { file });
  };
  if (text.length > MAX_BASELINE_BYTES) fail(`the baseline is larger than ${MAX_BASELINE_BYTES} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    fail('the baseline is not valid JSON');
  }
  const record = data as Partial<Baseline> | null;
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return fail('the baseline is not a JSON object');
  if (record.schemaVersion !== BASELINE_SCHEMA_VERSION)
    fail(`the baseline's schemaVersion is not ${JSON.stringify(BASELINE_SCHEMA_VERSION)}`);
  if (!Array.isArray(record.findings)) fail('the baseline has no findings list');
  const findings = (record.findings as unknown[]).map((entry, index) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (
      typeof e !== 'object' ||
      e === null ||
      typeof e.fingerprint !== 'string' ||
      !/^[0-9a-f]{8,64}$/.test(e.fingerprint)
    )
      return fail(`findings[${index}] has no fingerprint of hex digits`);
    return {
      fingerprint: e.fingerprint,
      ruleId: typeof e.ruleId === 'string' ? e.ruleId : '',
      file: typeof e.file === 'string' ? e.file : '',
      ...(typeof e.key === 'string' ? { key: e.key } : {}),
      ...(typeof e.environment === 'string' ? { environment: e.environment } : {}),
    };
  });
  const tool = record.tool;
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    tool: { name: 'keybound', version: typeof tool?.version === 'string' ? tool.version : 'unknown' },
    createdAt: typeof record.createdAt === 'string' ? record.createdAt : '',
    findings,
  };
}

export interface BaselineOutcome {
  active: Finding[];
  suppressed: Finding[];
  diagnostics: Diagnostic[];
}

/**
 * Moves the findings whose fingerprint the baseline holds to `suppressed` (kind `baseline`). A finding
 * that may not be baselined stays active with evidence saying why; stale entries are counted in a notice.
 */
export function applyBaseline(
  findings: readonly Finding[],
  keys: readonly BaselineKey[],
  baseline: Baseline,
  baselineFile: string,
): BaselineOutcome {
  const entries = new Map(baseline.findings.map((entry) => [entry.fingerprint, entry]));
  const matched = new Set<string>();
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    if (!entries.has(finding.fingerprint)) {
      active.push(finding);
      continue;
    }
    matched.add(finding.fingerprint);
    const refused = notBaselinable(finding, keys);
    if (refused) {
      const note: Evidence = { fact: 'baseline', value: 'not-baselinable', source: 'config', detail: refused };
      active.push({ ...finding, evidence: [...finding.evidence, note] });
      diagnostics.push({
        kind: 'notice',
        file: baselineFile,
        message: `${finding.ruleId} on ${finding.key ?? 'a key'} is in the baseline but stays active: ${refused}`,
      });
      continue;
    }
    suppressed.push({
      ...finding,
      suppression: { kind: 'baseline', reason: `in the baseline ${baselineFile} (${baseline.createdAt || 'undated'})` },
    });
  }
  const stale = baseline.findings.length - matched.size;
  if (stale > 0)
    diagnostics.push({
      kind: 'notice',
      file: baselineFile,
      message: `${stale} baseline entr${stale === 1 ? 'y matches' : 'ies match'} no finding any more; run keybound baseline to drop ${stale === 1 ? 'it' : 'them'}`,
    });
  return { active, suppressed, diagnostics };
}
