// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, one rule
// descriptor per rule, one result per finding (waived ones carry `suppressions`), within GitHub's limits
// (25,000 results, 20 tags a rule, message.text required, partialFingerprints given).

import type { Finding, Location, Report, Severity } from '../core/types.js';
import type { RuleMeta } from '../rules/types.js';
import { defuseJson } from './neutralize.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** NOTE: the project home; set it here once the repository's public address is final. */
export const KEYBOUND_INFORMATION_URI = 'https://github.com/keybound/keybound';
/** GitHub code scanning rejects files with more results than this in a run. */
export const MAX_SARIF_RESULTS = 25_000;
const MAX_TAGS = 20;
/** The partialFingerprints key; bump the version if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'keybound/v1';

/**
 * GitHub's `security-severity` (0.0-10.0) per level: it ranks alerts as critical/high/medium/low.
 * One map for this formatter (DESIGN convention 9).
 */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', note: '2.0' };

type Json = Record<string, unknown>;

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function ruleHelp(meta: RuleMeta): { text: string; markdown: string } {
  if (meta.help) return meta.help;
  const configure = `Configure it in keybound.yml under rules.${meta.id} (severity: error | warning | note | off).`;
  const example = meta.example ? `\n\nExample:\n${meta.example}` : '';
  const markdownExample = meta.example
    ? `\n\nExample:\n\n\`\`\`yaml\n${meta.example.replace(/`{3,}/g, '')}\n\`\`\``
    : '';
  return {
    text: `${meta.description}${example}\n\n${configure}`,
    markdown: `**${meta.id}**: ${meta.description}${markdownExample}\n\n${configure}`,
  };
}

function ruleDescriptor(meta: RuleMeta): Json {
  const tags = ['security', 'keybound', 'secrets'];
  if (meta.usesSmoke) tags.push('smoke');
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: ruleHelp(meta),
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: tags.slice(0, MAX_TAGS),
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
    },
  };
}

/** A rule descriptor for a finding whose rule is not in `rules` (custom rules, engine findings). */
function placeholderMeta(id: string, severity: Severity): RuleMeta {
  return {
    id,
    description: `keybound rule ${id}.`,
    defaultSeverity: severity,
    optionsSchema: {},
    defaultOptions: {},
    messages: {},
  };
}

/**
 * A relative URI reference for a scanned path: `/` separators, no leading `./` or `/`, each segment
 * percent-encoded (a `:` in the first segment would otherwise read as a URI scheme).
 */
export function artifactUri(file: string): string {
  const segments = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/');
  return segments.map((segment) => encodeURIComponent(segment)).join('/');
}

function region(loc: Location): Json {
  const startLine = Math.max(1, Math.trunc(loc.line) || 1);
  const startColumn = Math.max(1, Math.trunc(loc.column) || 1);
  const out: Json = { startLine, startColumn };
  if (loc.endLine !== undefined || loc.endColumn !== undefined) {
    const endLine = Math.max(startLine, Math.trunc(loc.endLine ?? startLine) || startLine);
    out.endLine = endLine;
    if (loc.endColumn !== undefined) {
      const endColumn = Math.max(1, Math.trunc(loc.endColumn) || 1);
      // SARIF: an empty or reversed region on one line is invalid; keep it at least as wide as its start.
      out.endColumn = endLine === startLine ? Math.max(endColumn, startColumn) : endColumn;
    }
  }
  return out;
}

function physicalLocation(loc: Location): Json {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(loc.file), uriBaseId: '%SRCROOT%' },
      region: region(loc),
    },
  };
}

function result(finding: Finding, ruleIndex: number, fallbackText: string): Json {
  const out: Json = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    // GitHub requires a non-empty message.text.
    message: { text: finding.message.trim() === '' ? fallbackText : finding.message },
    locations: [physicalLocation(finding.location)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
  // The other uses of the same root cause (SPEC section 5); SARIF requires a unique id on each.
  if (finding.relatedLocations?.length) {
    out.relatedLocations = finding.relatedLocations.map((related, index) => ({
      id: index + 1,
      ...physicalLocation(related),
      message: { text: related.message.trim() === '' ? 'another use of the same key' : related.message },
    }));
  }
  if (finding.suppression) {
    const s = finding.suppression;
    const suppression: Json = {
      kind: s.kind === 'inline' ? 'inSource' : 'external',
      status: 'accepted',
      justification: s.reason,
    };
    if (s.location) suppression.location = physicalLocation(s.location);
    // keybound's own kind (inline, exception, baseline): SARIF's `kind` has only inSource and external.
    suppression.properties = { kind: s.kind, ...(s.until ? { until: s.until } : {}) };
    out.suppressions = [suppression];
  }
  const properties: Json = {};
  if (finding.key !== undefined) properties.key = finding.key;
  if (finding.environment !== undefined) properties.environment = finding.environment;
  properties.evidence = finding.evidence.map((e) => ({ ...e }));
  out.properties = properties;
  return out;
}

function notifications(report: Report, omitted: number): Json[] {
  const out: Json[] = report.diagnostics.map((d) => {
    const note: Json = {
      level: d.kind === 'parse-error' ? 'error' : d.kind === 'skipped' ? 'warning' : 'note',
      message: { text: d.message.trim() === '' ? d.kind : d.message },
      descriptor: { id: `keybound/${d.kind}` },
    };
    if (d.file !== '') {
      note.locations = [physicalLocation({ file: d.file, line: d.line ?? 1, column: d.column ?? 1 })];
    }
    return note;
  });
  if (omitted > 0) {
    out.push({
      level: 'warning',
      descriptor: { id: 'keybound/results-truncated' },
      message: {
        text:
          `${omitted} of ${omitted + MAX_SARIF_RESULTS} results were left out: GitHub code scanning accepts at ` +
          `most ${MAX_SARIF_RESULTS} per run. The JSON report (--format json) has every finding.`,
      },
    });
  }
  return out;
}

/**
 * SARIF 2.1.0 log for `report`. `rules` are the descriptors of every rule that ran; a finding whose rule
 * is missing from them gets a minimal descriptor so each `ruleIndex` points at its rule. Active findings
 * come before suppressed ones, so truncation at {@link MAX_SARIF_RESULTS} drops waived findings first.
 */
export function formatSarif(report: Report, rules: readonly RuleMeta[]): string {
  const metas: RuleMeta[] = [];
  const indexById = new Map<string, number>();
  const addRule = (meta: RuleMeta): void => {
    if (indexById.has(meta.id)) return;
    indexById.set(meta.id, metas.length);
    metas.push(meta);
  };
  for (const meta of rules) addRule(meta);
  const all = [...report.findings, ...report.suppressed];
  for (const finding of all) addRule(placeholderMeta(finding.ruleId, finding.severity));

  const kept = all.slice(0, MAX_SARIF_RESULTS);
  const omitted = all.length - kept.length;
  const results = kept.map((finding) => {
    const index = indexById.get(finding.ruleId) ?? 0;
    return result(finding, index, metas[index].description);
  });

  const run: Json = {
    tool: {
      driver: {
        name: 'keybound',
        version: report.tool.version,
        semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
        informationUri: KEYBOUND_INFORMATION_URI,
        rules: metas.map(ruleDescriptor),
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: notifications(report, omitted),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      verdict: report.verdict,
      mode: report.mode,
      environment: report.environment,
      evaluatedAt: report.evaluatedAt,
      unconfirmed: report.unconfirmed,
    },
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return `${defuseJson(JSON.stringify(log, null, 2))}\n`;
}
