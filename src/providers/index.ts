// The provider registry: the offline catalog and classification (catalog.ts; no adapter code) and the
// providers with their smoke adapters (all.ts). Smoke calls, listings, the build and tests load this; the
// offline path of a run imports catalog.ts only (issue 15: start-up).

export { PROVIDERS } from './all.js';
export * from './catalog.js';
export type { Companion, Endpoint, FormatData, KeyFormat, ProviderData, ProviderSpec } from './types.js';
