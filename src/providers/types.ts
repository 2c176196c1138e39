// What a provider is: data (key formats with example values, name hints, the exact read-only endpoint)
// plus, once smoke calls exist, one function that asks the provider who a key belongs to.

import type { SecretValue } from '../core/secret.js';
import type { FactName, FactValue, PrincipalKind } from '../core/types.js';

export interface KeyFormat {
  /** Key type reported as the `keyType` fact: classic-pat, fine-grained-pat, bot, secret, restricted... */
  type: string;
  /** Anchored, linear-time pattern for the whole value. */
  pattern: RegExp;
  /** Principal kind this format implies (value prefix evidence), if any. */
  principalKind?: PrincipalKind;
  /** What the prefix says about the principal, for evidence: "a user account token (ghp_)". */
  principalDetail?: string;
  /** `live` or `test` when the format itself marks the mode (sk_test_ ...). */
  mode?: 'live' | 'test';
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
}

export interface Endpoint {
  method: 'GET' | 'POST';
  /** Default base URL; `--endpoint PROVIDER=URL` replaces it. */
  baseUrl: string;
  /** Path on the base URL; `{name}` stands for one path segment (Twilio's account SID). */
  path: string;
  /** Why a POST is read-only, when it is one. */
  note?: string;
}

export interface ProviderSpec {
  /** Stable id used in config `provider:` and `--endpoint`. */
  id: string;
  /** Display name. */
  name: string;
  formats: KeyFormat[];
  /** Secret-name patterns that suggest this provider (STRIPE_*): evidence of source `name`. */
  namePatterns: RegExp[];
  /**
   * The read-only identity calls a smoke check may make. SECURITY: the HTTP client refuses any
   * method and path not listed here, and any host but the base URL's (or the `--endpoint` override).
   */
  endpoints: Endpoint[];
  /** The smoke check; absent for providers keybound can only inspect offline. */
  identify?: IdentifyFunction;
}

/** What an adapter is given to check: the key's value, its companions and what the owners expect. */
export interface Credential {
  /** The key's name, for messages (never the value). */
  name: string;
  value: SecretValue;
  /** Companion credentials by role: AWS `secretAccessKey`, `sessionToken`; Twilio `accountSid`. */
  companions: Readonly<Record<string, SecretValue>>;
  /** The format the value matched (offline detection); adapters may branch on `format.type`. */
  format: KeyFormat;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Path (and query) on the provider's base URL; must match one of the provider's `endpoints`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A response, or why there is none. Headers are lower-cased; the body is capped (1 MiB). */
export type HttpResult =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string }
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
}

/** What an adapter learned: SmokeResult fields plus facts (all recorded with source `smoke`). */
export interface Identity {
  /** `verified` means the provider accepted the key; expectations are compared afterwards, generically. */
  status: 'verified' | 'invalid' | 'unknown' | 'skipped';
  reason: string;
  message?: string;
  /** Principal details the provider returned, never a secret (no tokens, no auth_token). */
  principal?: Record<string, string | number | boolean>;
  facts: { fact: FactName; value: FactValue; detail?: string }[];
}

/** Asks the provider who a key belongs to, with read-only calls through `context.http` only. */
export type IdentifyFunction = (credential: Credential, context: SmokeContext) => Promise<Identity>;
