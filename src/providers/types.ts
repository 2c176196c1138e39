// What a provider is: data (key formats with example values, name hints, companions, the exact read-only
// endpoints, a guide for the README) plus the check that asks the provider who a key belongs to, which
// adapter.ts builds from each provider's case tables.

import type { SecretValue } from '../core/secret.js';
import type { FactName, FactValue, PrincipalKind } from '../core/types.js';
import type { NamePattern } from './names.js';

export interface KeyFormat {
  /** Key type reported as the `keyType` fact: classic-pat, fine-grained-pat, bot, secret, restricted... */
  type: string;
  /** Anchored, linear-time pattern for the whole value. */
  pattern: RegExp;
  /** Principal kind this format implies (value prefix evidence), if any. */
  principalKind?: PrincipalKind;
  /** What the prefix says about the principal, for evidence: "a user account token (ghp_)". */
  principalDetail?: string;
  /**
   * `live` or `test` when the format itself marks the mode (sk_test_ ...); an environment when the
   * provider's token names it (Doppler's `dp.st.dev.` service token of the dev config).
   */
  mode?: 'live' | 'test' | 'production' | 'staging' | 'development';
  /**
   * True for formats with no distinctive prefix (32 hex characters, a 40-character token): they count
   * only when the key's name also points at this provider (DATADOG_API_KEY).
   */
  needsNameHint?: boolean;
  /** True for formats that must never be sent anywhere (a GitHub refresh token). */
  neverSend?: boolean;
  /** Real-looking, never real, examples that must match; and near misses that must not. */
  examples: string[];
  counterExamples?: string[];
  /**
   * Set for a JSON credential document (a Google Cloud key file): the document's top-level `type`. The
   * pattern is then only a cheap gate; the document is parsed to confirm it.
   */
  documentType?: string;
}

/** A key format as the offline catalog holds it (src/generated/providers.ts): without its examples. */
export type FormatData = Omit<KeyFormat, 'examples' | 'counterExamples'>;

export interface Endpoint {
  method: 'GET' | 'POST';
  /**
   * Default base URL; `--endpoint PROVIDER=URL` replaces it. Absent for a provider with a `tenant`:
   * each customer has its own host, which only `--endpoint` names.
   */
  baseUrl?: string;
  /** Path on the base URL; `{name}` stands for one path segment (Twilio's account SID). */
  path: string;
  /** Why a POST is read-only, when it is one. */
  note?: string;
}

/**
 * Credentials that travel with a key, by the normalized suffix of their names beside the key's own
 * (`PROD_AWS_ACCESS_KEY_ID` + `PROD_AWS_SECRET_ACCESS_KEY`). An adapter receives their values by role.
 */
export interface Companion {
  /** Normalized suffix of the key's name (`accesskeyid`, `twilioauthtoken`). */
  primary: string;
  /** Names that are part of the same credential and join the key (suffix -> role). */
  companions: Readonly<Record<string, string>>;
  /** Values read from the given secrets without joining their names into the key (suffix -> role). */
  lookups?: Readonly<Record<string, string>>;
  /** Only when the name's prefix holds this (normalized) word. */
  prefixContains?: string;
}

/**
 * A provider with no default host: every customer has its own (an Okta org, an Atlassian site, a
 * Databricks workspace, an Elasticsearch cluster). SECURITY: the base URL comes only from `--endpoint`
 * (the Action's `endpoints` input), never from a file of the repository or a secret's companion value;
 * without it the key is `skipped` (`no-endpoint`) and sent nowhere.
 */
export interface Tenant {
  /** What the base URL is, for messages and the README: "the Okta org domain". */
  what: string;
  /** The `--endpoint` URL as a template: `https://<org>.okta.com`. */
  example: string;
}

/** What the README's provider guide says: what to declare, and what each status means here. */
export interface Guide {
  /** What `principal:` is compared with, and how to declare it. */
  principal: string;
  verified: string;
  invalid: string;
  unknown: string;
}

export interface ProviderSpec {
  /** Stable id used in config `provider:` and `--endpoint`. */
  id: string;
  /** Display name. */
  name: string;
  formats: KeyFormat[];
  /** Secret-name patterns that suggest this provider (STRIPE_*): evidence of source `name`. */
  namePatterns: NamePattern[];
  companions?: Companion[];
  guide?: Guide;
  /** Other base URLs the same endpoints may be called on, chosen per key by `baseUrlFor` (Datadog sites). */
  sites?: readonly string[];
  /** The base URL for this key when it is not the default (a site named by a companion). */
  baseUrlFor?: (credential: Credential) => string | undefined;
  /** Set when the provider has no default host: `--endpoint` must name the customer's. */
  tenant?: Tenant;
  /**
   * The read-only identity calls a smoke check may make. SECURITY: the HTTP client refuses any
   * method and path not listed here, and any host but the base URL's (or the `--endpoint` override).
   */
  endpoints: Endpoint[];
  /** The smoke check; absent for providers keybound can only inspect offline. */
  identify?: IdentifyFunction;
}

/**
 * What keybound knows of a provider without loading its adapter (src/providers/catalog.ts): the data of
 * its ProviderSpec, written out at build time, so that a run without smoke calls loads no adapter code.
 */
export interface ProviderData extends Omit<ProviderSpec, 'formats' | 'identify' | 'baseUrlFor'> {
  formats: FormatData[];
  /** Whether the provider has a smoke check (its spec has `identify`). */
  smoke: boolean;
}

/** What an adapter is given to check: the key's value, its companions and what the owners expect. */
export interface Credential {
  /** The key's name, for messages (never the value). */
  name: string;
  value: SecretValue;
  /** Companion credentials by role: AWS `secretAccessKey`, `sessionToken`; Twilio `accountSid`. */
  companions: Readonly<Record<string, SecretValue>>;
  /** The format the value matched (offline detection); adapters may branch on `format.type`. */
  format: FormatData;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Path (and query) on the provider's base URL; must match one of the provider's `endpoints`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /**
   * True for a rate-limit status that is a final answer for the adapter to read, never retried (OpenAI's
   * 429 insufficient_quota: the account cannot pay). adapter.ts sets it from rows marked `final`.
   */
  final?: (response: HttpAnswer) => boolean;
}

/** What a provider answered. Headers are lower-cased; the body is capped (1 MiB). */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A response, or why there is none. */
export type HttpResult =
  | ({ kind: 'response' } & HttpAnswer)
  | { kind: 'failure'; reason: HttpFailureReason; message: string; status?: number };

export type HttpFailureReason = 'timeout' | 'network' | 'redirect' | 'rate-limited' | 'too-large' | 'budget';

/** The network as an adapter sees it: one provider's base URL, its declared endpoints, nothing else. */
export interface ProviderHttp {
  /** Where requests go: the compiled-in base URL or the `--endpoint` override (AWS signs its host). */
  readonly baseUrl: URL;
  request(request: HttpRequest): Promise<HttpResult>;
}

export interface SmokeContext {
  http: ProviderHttp;
  /** Evaluation time (for expiry dates). */
  now: Date;
  /**
   * True when `--endpoint` chose the base URL: the user named the AWS partition or Datadog site, so an
   * answer that another partition or site would also give is decisive.
   */
  declaredEndpoint?: boolean;
  /**
   * A client for another of the provider's own compiled-in base URLs (Square's sandbox host beside its
   * production host). Absent when `--endpoint` chose the base URL: every call then goes to `http`.
   */
  httpFor?: (baseUrl: string) => ProviderHttp;
}

/** What an adapter learned: SmokeResult fields plus facts (all recorded with source `smoke`). */
export interface Identity {
  /**
   * `verified` means the provider accepted the key; expectations are compared afterwards, generically.
   * `mismatch` is an accepted key the provider itself says cannot serve (an account that cannot pay).
   */
  status: 'verified' | 'mismatch' | 'invalid' | 'unknown' | 'skipped';
  reason: string;
  message?: string;
  /** Principal details the provider returned, never a secret (no tokens, no auth_token). */
  principal?: Record<string, string | number | boolean>;
  facts: { fact: FactName; value: FactValue; detail?: string }[];
  /** Other names of the same principal a declaration may use (OpenAI's project id beside its slug). */
  aliases?: string[];
  /** Declared principal forms (globs) this answer can neither confirm nor deny (`org-*` without /v1/me). */
  unconfirmable?: string[];
}

/** Asks the provider who a key belongs to, with read-only calls through `context.http` only. */
export type IdentifyFunction = (credential: Credential, context: SmokeContext) => Promise<Identity>;
