// What a provider is: data (key formats with example values, name hints, the exact read-only endpoint)
// plus, once smoke calls exist, one function that asks the provider who a key belongs to.

import type { PrincipalKind } from '../core/types.js';

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
  /** The identity endpoints a smoke call uses (empty until the adapter exists). */
  endpoints: Endpoint[];
}
