// The JSON report of SPEC section 9: the Report rebuilt field by field in the documented order, so the
// output is stable whatever order the engine built its objects in, and carries nothing the schema
// (policies/report.schema.json) does not describe.

import {
  FACT_NAMES,
  SMOKE_STATUSES,
  type Diagnostic,
  type Evidence,
  type Finding,
  type KeyReport,
  type Location,
  type Report,
  type SmokeResult,
  type UseReport,
} from '../core/types.js';
import { defuseJson } from './neutralize.js';

type Json = unknown;

/** Drops undefined members, keeping the order the literal was written in. */
function compact(object: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function location(loc: Location): Json {
  return compact({
    file: loc.file,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
  });
}

function evidence(item: Evidence): Json {
  return compact({ fact: item.fact, value: item.value, source: item.source, detail: item.detail });
}

/** A finding in documented order; shared by `findings` and `suppressed`. */
export function findingJson(finding: Finding): Json {
  const suppression = finding.suppression;
  return compact({
    ruleId: finding.ruleId,
    severity: finding.severity,
    key: finding.key,
    environment: finding.environment,
    message: finding.message,
    location: location(finding.location),
    relatedLocations: finding.relatedLocations?.map((related) =>
      compact({ ...(location(related) as Record<string, Json>), message: related.message }),
    ),
    evidence: finding.evidence.map(evidence),
    fingerprint: finding.fingerprint,
    unconfirmed: finding.unconfirmed ? true : undefined,
    suppression: suppression
      ? compact({
          kind: suppression.kind,
          reason: suppression.reason,
          until: suppression.until,
          location: suppression.location ? location(suppression.location) : undefined,
        })
      : undefined,
  });
}

function use(item: UseReport): Json {
  const context = item.context;
  return compact({
    file: item.file,
    line: item.line,
    column: item.column,
    endLine: item.endLine,
    endColumn: item.endColumn,
    environment: item.environment,
    environmentSource: item.environmentSource,
    sourceKind: item.sourceKind,
    name: item.name,
    context: context
      ? compact({
          workflow: context.workflow,
          job: context.job,
          step: context.step,
          via: context.via,
          resource: context.resource,
        })
      : undefined,
    calledFrom: item.calledFrom ? location(item.calledFrom) : undefined,
  });
}

function smoke(result: SmokeResult): Json {
  return compact({
    status: result.status,
    reason: result.reason,
    message: result.message,
    // NOTE: Object.fromEntries defines own properties, so a provider field named `__proto__` stays data.
    principal: result.principal ? Object.fromEntries(Object.entries(result.principal)) : undefined,
  });
}

function key(item: KeyReport): Json {
  const facts: Record<string, Json> = {};
  for (const name of FACT_NAMES) {
    const fact = item.facts[name];
    if (fact) facts[name] = compact({ value: fact.value, source: fact.source, detail: fact.detail });
  }
  return compact({
    name: item.name,
    provider: item.provider,
    aliases: item.aliases,
    environments: item.environments,
    uses: item.uses.map(use),
    facts,
    smoke: item.smoke ? smoke(item.smoke) : undefined,
  });
}

function diagnostic(item: Diagnostic): Json {
  return compact({
    kind: item.kind,
    file: item.file,
    line: item.line,
    column: item.column,
    message: item.message,
  });
}

/** The report as a plain object in the documented field order (what `formatJson` serializes). */
export function reportJson(report: Report): Record<string, Json> {
  const summary = report.summary;
  return compact({
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    verdict: report.verdict,
    mode: report.mode,
    environment: report.environment,
    evaluatedAt: report.evaluatedAt,
    failOn: report.failOn,
    summary: {
      error: summary.error,
      warning: summary.warning,
      note: summary.note,
      keys: summary.keys,
      smoke: Object.fromEntries(SMOKE_STATUSES.map((status) => [status, summary.smoke[status] ?? 0])),
      suppressed: summary.suppressed,
    },
    keys: report.keys.map(key),
    findings: report.findings.map(findingJson),
    suppressed: report.suppressed.map(findingJson),
    unconfirmed: [...report.unconfirmed],
    diagnostics: report.diagnostics.map(diagnostic),
  });
}

/**
 * The JSON report (SPEC section 9): two-space indent, trailing newline, documented field order.
 * `##[` inside strings is written `##\u005b` so the output cannot drive the runner when printed to a
 * workflow log; it parses back to exactly the same data.
 */
export function formatJson(report: Report): string {
  return [...formatJsonChunks(report)].join('');
}

/** A list whose items are turned into JSON one at a time, as they are written. */
class Lazy {
  constructor(
    readonly items: readonly unknown[],
    // NOTE: `never` accepts a mapper of any item type; each list pairs its items with its own mapper.
    readonly map: (item: never) => Json,
  ) {}
}

/**
 * The text of `formatJson`, byte for byte, in pieces: one per top-level member, per key's use, per
 * finding, per diagnostic (issue 15: a report of 40,000 uses is written without ever being one string,
 * nor one copy of the whole report). `redact` is applied to each piece of the Report before it is turned
 * into JSON, as `redactValues` would to the whole: the long lists item by item, everything else at once.
 */
export function* formatJsonChunks(report: Report, redact: <T>(value: T) => T = (value) => value): Generator<string> {
  const lists = { keys: [], findings: [], suppressed: [], unconfirmed: [], diagnostics: [] };
  const head = reportJson(redact({ ...report, ...lists }));
  const lazy: Record<keyof typeof lists, Lazy> = {
    keys: new Lazy(report.keys, (item: KeyReport) => {
      // NOTE: assigning `uses` keeps its place among the key's members (an existing property).
      const shell = key(redact({ ...item, uses: [] })) as Record<string, Json>;
      shell.uses = new Lazy(item.uses, (one: UseReport) => use(redact(one)));
      return shell;
    }),
    findings: new Lazy(report.findings, (item: Finding) => findingJson(redact(item))),
    suppressed: new Lazy(report.suppressed, (item: Finding) => findingJson(redact(item))),
    unconfirmed: new Lazy(report.unconfirmed, (item: string) => redact(item)),
    diagnostics: new Lazy(report.diagnostics, (item: Diagnostic) => diagnostic(redact(item))),
  };
  for (const name of Object.keys(lazy) as (keyof typeof lists)[]) if (name in head) head[name] = lazy[name];
  yield* chunks(head, '');
  yield '\n';
}

/** `JSON.stringify(value, null, 2)` at `indent`, defused, with every Lazy list written item by item. */
function* chunks(value: Json, indent: string): Generator<string> {
  if (value instanceof Lazy) {
    if (value.items.length === 0) return yield '[]';
    const inner = `${indent}  `;
    for (const [index, item] of value.items.entries()) {
      yield `${index === 0 ? '[' : ','}\n${inner}`;
      yield* chunks(value.map(item as never), inner);
    }
    return yield `\n${indent}]`;
  }
  if (!isStreamed(value)) return yield defuseJson(JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`));
  const inner = `${indent}  `;
  let first = true;
  for (const [name, member] of Object.entries(value as Record<string, Json>)) {
    if (member === undefined) continue;
    yield `${first ? '{' : ','}\n${inner}${defuseJson(JSON.stringify(name))}: `;
    first = false;
    yield* chunks(member, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** Whether `value` is an object holding a Lazy list (so it cannot go to JSON.stringify whole). */
function isStreamed(value: Json): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).some((member) => member instanceof Lazy);
}
