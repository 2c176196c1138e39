// Smoke calls for a run (SPEC section 6): decide for each key whether it may be sent at all, call its
// provider's adapter once per distinct credential, compare what the provider says with what the owners
// expect, and record the answer as `smoke` facts. SECURITY: a value is sent only to the provider its
// own format belongs to; a declaration or a name can never send it anywhere.

import { nodeCrypto } from '../core/node-crypto.js';
import { matchesGlob } from '../core/glob.js';
import type { Observation, Key, SmokeResult } from '../core/types.js';
import { declaredWithoutProvider, isJobToken } from '../keys/confirmation.js';
import { selectFacts } from '../keys/facts.js';
import { SmokeHttp, type HttpSettings, DEFAULT_HTTP_SETTINGS } from './http.js';
import { PROVIDERS } from './all.js';
import { detectFormat, formatPrefix, isJsonDocument, MAX_TOKEN_LENGTH } from './catalog.js';
import { nameMatchIndex } from './names.js';
import { NO_VALUE, noEndpoint, unknown } from './outcome.js';
import type { Credential, FormatData, Identity, ProviderHttp, ProviderSpec } from './types.js';

/** A value's provider, with its adapter, and the format it matched. */
interface Match {
  provider: ProviderSpec;
  format: FormatData;
}

export interface SmokeOptions {
  /** `--endpoint PROVIDER=URL` overrides (and GITHUB_API_URL for GitHub Enterprise Server). */
  endpoints: Readonly<Record<string, string>>;
  now: Date;
  http?: Partial<HttpSettings>;
  /** The providers a value may be matched with; the registry unless a test supplies its own. */
  providers?: readonly ProviderSpec[];
  /** Told when a call starts and when a key is done: the CLI shows progress on long runs. */
  onProgress?: (progress: SmokeProgress) => void;
}

export interface SmokeProgress {
  done: number;
  total: number;
  /** Ids of the providers with calls still in flight. */
  waitingOn: string[];
}

/** Calls every key's provider and records the results on the keys (smoke, observations, facts). */
export async function smokeKeys(keys: readonly Key[], options: SmokeOptions): Promise<SmokeHttp> {
  const http = new SmokeHttp({ ...DEFAULT_HTTP_SETTINGS, ...options.http });
  const providers = options.providers ?? PROVIDERS;
  const calls = new Map<string, Promise<Identity>>();
  const inFlight = new Map<string, number>();
  let done = 0;
  const progress = (finished: number): void =>
    options.onProgress?.({ done: (done += finished), total: keys.length, waitingOn: [...inFlight.keys()] });
  await Promise.all(
    keys.map(async (key) => {
      // A second run over the same keys replaces, never duplicates, the smoke observations.
      key.observations = key.observations.filter((o) => o.source !== 'smoke');
      key.facts = selectFacts(key.observations);
      delete key.smoke;
      // SPEC section 5: the job's own GITHUB_TOKEN is never smoke-called (GitHub revokes it after the job).
      if (isJobToken(key)) return;
      const prepared = prepare(key, providers);
      if ('status' in prepared) {
        key.smoke = prepared;
        progress(1);
        return;
      }
      const { provider, credential } = prepared;
      // Identical credentials are called once, however many keys hold them.
      const id = callId(provider, credential);
      let call = calls.get(id);
      if (!call) {
        inFlight.set(provider.id, (inFlight.get(provider.id) ?? 0) + 1);
        call = identifySafely(provider, credential, http, options).finally(() => {
          const left = (inFlight.get(provider.id) ?? 1) - 1;
          if (left > 0) inFlight.set(provider.id, left);
          else inFlight.delete(provider.id);
        });
        calls.set(id, call);
        progress(0);
      }
      const identity = await call;
      const observations: Observation[] = identity.facts.map((f) => ({
        ...f,
        value: Array.isArray(f.value) ? [...f.value] : f.value,
        source: 'smoke',
      }));
      key.observations.push(...observations);
      key.facts = selectFacts(key.observations);
      key.smoke = compare(key, identity, observations);
      progress(1);
    }),
  );
  return http;
}

/** A digest of the provider, the value and each companion by role: the same credential, the same id. */
function callId(provider: ProviderSpec, credential: Credential): string {
  const hash = nodeCrypto().createHash('sha256').update(provider.id).update('\u0000').update(credential.value.reveal());
  for (const role of Object.keys(credential.companions).sort()) {
    hash.update(`\u0000${role}\u0000`).update(credential.companions[role].reveal());
  }
  return hash.digest('hex');
}

type Prepared = SmokeResult | { provider: ProviderSpec; credential: Credential };

/**
 * Whether and where a key may be sent; a SmokeResult when it may not. SECURITY: the destination is the
 * provider whose format the value matches; a declaration may only narrow that (a value that is not a
 * well-formed key of its declared provider is never sent) or name the provider of a bare format.
 */
function prepare(key: Key, providers: readonly ProviderSpec[]): Prepared {
  const value = key.value;
  if (!value || value.isEmpty) return NO_VALUE;
  const raw = value.reveal();
  const byId = (id: unknown): ProviderSpec | undefined => providers.find((p) => p.id === id);
  const declared = byId(key.declaration?.provider);
  const expected = declared ?? byId(key.facts.provider?.value);
  const malformed = (why: string): SmokeResult => ({
    status: 'malformed',
    reason: 'malformed',
    message: `${why}; it was not sent`,
  });
  if (declaredWithoutProvider(key.declaration)) return withoutProvider(raw, key.name, providers);
  // SECURITY case 5: CR/LF, NUL or whitespace mean a broken or concatenated value (JSON key files excepted).
  if (!isJsonDocument(raw) && /[\s\u0000-\u001f\u007f]/.test(raw)) {
    return malformed('the value contains whitespace, a line break or a control character');
  }
  let match = detectIn(providers, raw, key.name);
  if (declared && match?.provider !== declared) {
    const fits = (f: FormatData): boolean => f.pattern.test(raw);
    const format = raw.length <= MAX_TOKEN_LENGTH && !isJsonDocument(raw) ? declared.formats.find(fits) : undefined;
    // SPEC section 6: a value that carries another provider's documented prefix goes to that provider
    // or nowhere, whatever config declares; only the declared provider's own prefix could overrule it.
    if (match && !match.format.needsNameHint && !declared.formats.some((f) => !f.needsNameHint && fits(f))) {
      const prefix = formatPrefix(match.format);
      return {
        status: 'mismatch',
        reason: 'declared-provider-differs',
        message: `config declares ${declared.name}, but the value is a ${match.provider.name} ${match.format.type}${prefix ? ` (${prefix})` : ''}; it was sent nowhere`,
      };
    }
    if (!format) return malformed(`the value is not a well-formed ${declared.name} key`);
    match = { provider: declared, format };
  }
  if (!match) {
    // A declared provider was settled above. A value with the named provider's own prefix that fits
    // none of its formats (`ghp_` truncated) is a broken key; a name alone (SLACK_WEBHOOK_URL,
    // CLOUDFLARE_ZONE_ID) proves nothing: an id, a URL or another kind of secret no identity call judges.
    if (!expected)
      return { status: 'skipped', reason: 'unsupported', message: 'no supported provider recognises this value' };
    if (carriesPrefixOf(expected, raw)) return malformed(`the value is not a well-formed ${expected.name} key`);
    return {
      status: 'skipped',
      reason: 'unsupported',
      message: `the name points at ${expected.name}, but the value is none of its key formats (an id, a URL or another kind of secret); it was not sent`,
    };
  }
  const { provider, format } = match;
  if (format.neverSend)
    return { status: 'skipped', reason: 'unsupported', message: `a ${format.type} is never sent anywhere` };
  if (!provider.identify)
    return { status: 'skipped', reason: 'unsupported', message: `${provider.name} keys cannot be checked yet` };
  // Missing companions (an AWS secret access key, a Twilio SID) are each adapter's to judge.
  return { provider, credential: { name: key.name, value, companions: key.companions, format } };
}

/** Whether `raw` starts with one of the provider's documented prefixes of at least three characters. */
function carriesPrefixOf(provider: ProviderSpec, raw: string): boolean {
  return provider.formats.some((format) => {
    const prefix = formatPrefix(format);
    return prefix.length >= 3 && raw.startsWith(prefix);
  });
}

/**
 * `provider: none`: never sent. A value that carries a provider's documented prefix contradicts the
 * declaration (SPEC section 6, `declared-provider-differs`); any other is simply not checkable.
 */
function withoutProvider(raw: string, name: string, providers: readonly ProviderSpec[]): SmokeResult {
  const match = detectIn(providers, raw, name);
  if (match && !match.format.needsNameHint && formatPrefix(match.format) !== '') {
    return {
      status: 'mismatch',
      reason: 'declared-provider-differs',
      message: `declared provider: none, but the value is a ${match.provider.name} key (prefix ${formatPrefix(match.format)}); it was not sent`,
    };
  }
  return { status: 'skipped', reason: 'unsupported', message: 'declared provider: none; no provider can check it' };
}

/** detectFormat (the registry), or the same ranking over the providers a test supplies. */
function detectIn(providers: readonly ProviderSpec[], raw: string, name: string): Match | undefined {
  if (providers === PROVIDERS) {
    // The catalog holds each provider's data; the adapter is the registry's entry with the same id.
    const found = detectFormat(raw, name);
    const provider = found && providers.find((spec) => spec.id === found.provider.id);
    return found && provider ? { provider, format: found.format } : undefined;
  }
  if (isJsonDocument(raw) || raw.length > MAX_TOKEN_LENGTH) return undefined;
  let best: { match: Match; rank: number } | undefined;
  for (const provider of providers) {
    const hinted = nameMatchIndex(provider.namePatterns, name) >= 0;
    for (const format of provider.formats) {
      if ((format.needsNameHint && !hinted) || !format.pattern.test(raw)) continue;
      const rank = (format.needsNameHint ? 0 : 1000) + formatPrefix(format).length;
      if (best === undefined || rank > best.rank) best = { match: { provider, format }, rank };
    }
  }
  return best?.match;
}

async function identifySafely(
  provider: ProviderSpec,
  credential: Credential,
  http: SmokeHttp,
  options: SmokeOptions,
): Promise<Identity> {
  const override = Object.hasOwn(options.endpoints, provider.id) ? options.endpoints[provider.id] : undefined;
  // SECURITY: a provider with no default host (an Okta org, an Atlassian site) is called only where
  // --endpoint says, never where a file or a companion value would.
  if (override === undefined && provider.tenant) return noEndpoint(provider, provider.tenant);
  let client;
  try {
    const baseUrl = override ?? siteOf(provider, credential) ?? provider.endpoints[0]?.baseUrl;
    if (baseUrl === undefined) throw new Error(`${provider.name} declares no endpoint`);
    client = http.forProvider(provider, baseUrl);
  } catch (error) {
    // The base URL's own checks (https, loopback-only http, no credentials) name the origin only.
    const why = error instanceof TypeError ? 'not a URL' : error instanceof Error ? error.message : 'refused';
    return unknown('invalid-endpoint', `the ${provider.name} endpoint was refused: ${why}`);
  }
  try {
    const identify = provider.identify as NonNullable<ProviderSpec['identify']>;
    // The client bounds each request; this bounds an adapter that would never return.
    const cap = (options.http?.runBudgetMs ?? DEFAULT_HTTP_SETTINGS.runBudgetMs) + 1000;
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<Identity>((resolve) => {
      timer = setTimeout(() => resolve(unknown('timeout', `the ${provider.name} check did not finish in time`)), cap);
    });
    try {
      const context = {
        http: client,
        now: options.now,
        declaredEndpoint: override !== undefined,
        // SECURITY: another host only when it is one of the provider's own compiled-in base URLs.
        ...(override === undefined ? { httpFor: (base: string) => ownHost(http, provider, base) } : {}),
      };
      return await Promise.race([identify(credential, context), stalled]);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    // An adapter bug must not pass a key: it is inconclusive, named by type only.
    const type = error instanceof Error && /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(error.name) ? error.name : 'error';
    return unknown('unexpected-response', `the ${provider.name} check failed (${type})`);
  }
}

/** A client for one of the provider's own declared base URLs; any other is refused (an adapter bug). */
function ownHost(http: SmokeHttp, provider: ProviderSpec, baseUrl: string): ProviderHttp {
  if (!provider.endpoints.some((endpoint) => endpoint.baseUrl === baseUrl)) {
    throw new Error(`${provider.id}: ${new URL(baseUrl).host} is not one of its hosts`);
  }
  return http.forProvider(provider, baseUrl);
}

/**
 * The base URL a key names through a companion (a Datadog site), when it is one the provider compiles
 * in. SECURITY: a value can only pick among the provider's own hosts, never name one.
 */
function siteOf(provider: ProviderSpec, credential: Credential): string | undefined {
  const chosen = provider.baseUrlFor?.(credential);
  const known = [...provider.endpoints.map((endpoint) => endpoint.baseUrl), ...(provider.sites ?? [])];
  return chosen !== undefined && known.includes(chosen) ? chosen : undefined;
}

/** Accepted keys are compared with what the owners declared: principal, and mode for production. */
function compare(key: Key, identity: Identity, observations: Observation[]): SmokeResult {
  const result: SmokeResult = {
    status: identity.status,
    reason: identity.reason,
    ...(identity.message ? { message: identity.message } : {}),
    ...(identity.principal ? { principal: identity.principal } : {}),
  };
  if (identity.status !== 'verified') return result;
  const principal = observations.find((o) => o.fact === 'principal')?.value;
  const expected = key.declaration?.principal;
  const names = typeof principal === 'string' ? [principal, ...(identity.aliases ?? [])] : [];
  if (expected && names.length > 0 && !names.some((name) => matchesGlob(expected, name))) {
    // A declared form this answer cannot speak to (an OpenAI org-… id when only the slug is known).
    if ((identity.unconfirmable ?? []).some((form) => matchesGlob(form, expected))) {
      return {
        ...result,
        status: 'unknown',
        reason: 'no-principal',
        message: `the provider accepted the key, but named ${principal} and no principal of the form ${expected} to compare with`,
      };
    }
    return {
      ...result,
      status: 'mismatch',
      reason: 'wrong-account',
      message: `the provider says this key belongs to ${principal}, not ${expected}`,
    };
  }
  if (expected && typeof principal !== 'string') {
    // Accepted, but the provider names no principal to hold the declaration against (a Datadog API
    // key, a restricted Stripe key): the expectation is unconfirmed, never silently passed.
    return {
      ...result,
      status: 'unknown',
      reason: 'no-principal',
      message: `the provider accepted the key but named no principal to compare with ${expected}`,
    };
  }
  const mode = observations.find((o) => o.fact === 'keyEnvironment')?.value;
  const expectsProduction =
    (key.declaration?.environment ?? (key.environments.includes('production') ? 'production' : undefined)) ===
    'production';
  // The provider's mode (Stripe's livemode, Twilio's test credentials) is the smoke result's: the key
  // cannot do production's work. An environment the provider places the key in (Honeycomb's, Square's
  // sandbox) is a fact like a name or a declaration, and no-dev-keys-in-prod reports it, citing the
  // provider: the same finding is not repeated here.
  if (expectsProduction && mode === 'test') {
    return {
      ...result,
      status: 'mismatch',
      reason: 'test-mode',
      message: 'the provider says this is a test-mode key, expected production',
    };
  }
  return result;
}
