// `keybound providers`: one listing of every provider, as data (`--format json`, described by
// policies/providers.schema.json, for egress allow-lists and tooling), and the README's provider tables
// and the text listing rendered from that same data. It says only what the registry declares: key
// formats by type and public prefix (never an example value), the exact method, host and path of each
// call, the companions that join a key, and whether the base URL must be given with --endpoint.

import { formatPrefix } from '../providers/catalog.js';
import type { Companion, Guide, KeyFormat, ProviderData } from '../providers/types.js';

export const PROVIDERS_SCHEMA_VERSION = 'keybound/providers/v1';

export interface FormatListing {
  type: string;
  /** The literal prefix the format's pattern starts with; absent for a bare format. */
  prefix?: string;
  /** A bare format counts only beside a name that points at the provider. */
  needsNameHint: boolean;
  /** Never sent anywhere (a refresh token). */
  neverSent: boolean;
  mode?: KeyFormat['mode'];
  principalKind?: string;
}

export interface CallListing {
  method: 'GET' | 'POST';
  /** Host (and port) the call goes to; null when the user's --endpoint names it. */
  host: string | null;
  /** The path on that host as the client matches it (`{name}` is one path segment). */
  path: string;
  /** Why a POST is read-only. */
  note?: string;
}

export interface CompanionListing {
  /** Normalized name suffix of the key (lower case, `-` and `_` removed): `accesskeyid`. */
  primary: string;
  /** Names of the same prefix that join the key, as normalized suffix -> role. */
  joins: Record<string, string>;
  /** Names of the same prefix read beside the key without joining it, as normalized suffix -> role. */
  reads: Record<string, string>;
  /** Only when the (normalized) prefix holds this word. */
  prefixContains?: string;
}

export interface ProviderListing {
  id: string;
  name: string;
  formats: FormatListing[];
  calls: CallListing[];
  /** Hosts the same calls may go to instead, chosen per key (Datadog sites). */
  otherHosts: string[];
  companions: CompanionListing[];
  endpoint: {
    /** True when no call can be made until --endpoint ID=URL names the base URL. */
    required: boolean;
    /** The flag that sets it (also the Action's `endpoints` input, one per line). */
    flag: string;
    /** What the base URL looks like, when it must be given: `https://<org>.okta.com`. */
    example?: string;
    /** What that base URL is, when it must be given: "the Okta org domain". */
    what?: string;
  };
  /** False for providers keybound can only inspect offline. */
  smoke: boolean;
  guide?: Guide;
}

export interface ProvidersDocument {
  schemaVersion: typeof PROVIDERS_SCHEMA_VERSION;
  providers: ProviderListing[];
}

/** The listing of `providers`, in their order. */
export function listProviders(providers: readonly ProviderData[]): ProvidersDocument {
  return { schemaVersion: PROVIDERS_SCHEMA_VERSION, providers: providers.map(listing) };
}

function listing(provider: ProviderData): ProviderListing {
  const tenant = provider.tenant;
  return {
    id: provider.id,
    name: provider.name,
    formats: provider.formats.map((format) => {
      const prefix = formatPrefix(format);
      return {
        type: format.type,
        ...(prefix ? { prefix } : {}),
        needsNameHint: format.needsNameHint === true,
        neverSent: format.neverSend === true,
        ...(format.mode ? { mode: format.mode } : {}),
        ...(format.principalKind ? { principalKind: format.principalKind } : {}),
      };
    }),
    calls: provider.endpoints.map((endpoint) => {
      // A tenant provider's calls have no base URL: --endpoint names the host.
      const base = endpoint.baseUrl === undefined ? undefined : new URL(endpoint.baseUrl);
      return {
        method: endpoint.method,
        host: base ? base.host : null,
        path: (base ? base.pathname.replace(/\/$/, '') : '') + endpoint.path,
        ...(endpoint.note ? { note: endpoint.note } : {}),
      };
    }),
    otherHosts: (provider.sites ?? []).map((site) => new URL(site).host),
    companions: (provider.companions ?? []).map(companion),
    endpoint: {
      required: tenant !== undefined,
      flag: `--endpoint ${provider.id}=URL`,
      ...(tenant !== undefined ? { example: tenant.example, what: tenant.what } : {}),
    },
    smoke: provider.smoke,
    ...(provider.guide ? { guide: provider.guide } : {}),
  };
}

function companion(spec: Companion): CompanionListing {
  return {
    primary: spec.primary,
    joins: { ...spec.companions },
    reads: { ...spec.lookups },
    ...(spec.prefixContains ? { prefixContains: spec.prefixContains } : {}),
  };
}

/** Markdown table cells: a `|` or newline in a description must not break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** `classic-pat (ghp_)`, `api-key (name hint)`, `api-token (00, name hint)`, `refresh-token (ghr_, never sent)`. */
function formatLabel(format: FormatListing): string {
  // A weak prefix (Okta's `00`) still needs a name that points at the provider: both are said.
  const marks = [format.prefix ?? '', format.needsNameHint ? 'name hint' : '', format.neverSent ? 'never sent' : ''];
  const said = marks.filter(Boolean).join(', ');
  return said ? `${format.type} (${said})` : format.type;
}

/** One line per distinct type: a type in two modes (Stripe live and test) is listed once. */
function formatLabels(formats: readonly FormatListing[]): string {
  const byType = new Map<string, FormatListing[]>();
  for (const format of formats) byType.set(format.type, [...(byType.get(format.type) ?? []), format]);
  return [...byType.values()]
    .map((same) =>
      same.length === 1 ? formatLabel(same[0]) : `${same[0].type} (${same.map((f) => f.prefix ?? '').join(', ')})`,
    )
    .join(', ');
}

function callLabel(call: CallListing, provider: ProviderListing): string {
  return `${call.method} ${call.host ?? `<${provider.endpoint.flag}>`}${call.path}`;
}

/**
 * `*accesskeyid` with `*secretaccesskey`, `*sessiontoken`; `*apitoken` reads `*accountid` (prefix holds
 * `cloudflare` or `cf`): specs that differ only in the prefix word are one entry.
 */
function companionLabels(specs: readonly CompanionListing[]): string {
  const groups = new Map<string, { label: string; words: string[] }>();
  for (const spec of specs) {
    const names = (record: Record<string, string>): string =>
      Object.keys(record)
        .map((suffix) => `\`*${suffix}\``)
        .join(', ');
    const label = [
      `\`*${spec.primary}\``,
      Object.keys(spec.joins).length > 0 ? ` with ${names(spec.joins)}` : '',
      Object.keys(spec.reads).length > 0 ? ` reads ${names(spec.reads)}` : '',
    ].join('');
    const group = groups.get(label) ?? { label, words: [] };
    if (spec.prefixContains) group.words.push(`\`${spec.prefixContains}\``);
    groups.set(label, group);
  }
  return [...groups.values()]
    .map(({ label, words }) => (words.length > 0 ? `${label} (prefix holds ${words.join(' or ')})` : label))
    .join('; ');
}

/** The README's two provider tables: what is sent where, then what to declare and what results mean. */
export function providersMarkdown(document: ProvidersDocument): string {
  const lines = [
    '| provider | key formats (prefix) | calls (method, host, path) | companions (name suffixes) |',
    '|---|---|---|---|',
  ];
  for (const p of document.providers) {
    const calls = p.calls.map((call) => callLabel(call, p)).join(', ') || 'none yet';
    const also = p.otherHosts.length > 0 ? `; the same calls on ${p.otherHosts.join(', ')}` : '';
    const base = p.endpoint.required
      ? `; base URL required: \`${p.endpoint.flag}\` naming ${p.endpoint.what} (${p.endpoint.example})`
      : '';
    const companions = companionLabels(p.companions);
    lines.push(
      `| ${p.name} (\`${p.id}\`) | ${cell(formatLabels(p.formats))} | ${cell(calls + also + base)} | ${cell(companions)} |`,
    );
  }
  lines.push(
    '',
    '| provider | declare `principal:` as | `verified` | `invalid` | `unknown` |',
    '|---|---|---|---|---|',
  );
  for (const p of document.providers) {
    const g = p.guide;
    if (g)
      lines.push(
        `| ${p.name} | ${cell(g.principal)} | ${cell(g.verified)} | ${cell(g.invalid)} | ${cell(g.unknown)} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The text listing: each provider, its key types and its calls. */
export function providersText(document: ProvidersDocument): string {
  return `${document.providers
    .map((p) => {
      const lines = [
        p.id,
        `  key types: ${formatLabels(p.formats)}`,
        `  calls:     ${p.calls.map((call) => callLabel(call, p)).join(', ') || 'none yet'}`,
      ];
      if (p.endpoint.required) {
        lines.push(`  base URL:  required, ${p.endpoint.flag} naming ${p.endpoint.what} (${p.endpoint.example})`);
      }
      return lines.join('\n');
    })
    .join('\n')}\n`;
}
