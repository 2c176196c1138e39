// SECURITY.md rule 10: redaction works on values, before serialization. Every string of a report (or a
// baseline) passes the redactor on its own, so a secret is removed wherever it sits, and a formatter
// then serializes text that holds none: JSON and SARIF stay well-formed whatever a value is, which a
// pass over the serialized text cannot promise (a registered `none` once turned `"none"` into
// `[redacted]` outside any quotes). Only what the redactor knows is replaced: key names and paths stay
// whole unless they contain a secret value.

import type { Redactor } from './redact.js';
import { REDACTED, SecretValue } from './secret.js';

/** A deep copy of `value` with every string, and every object key, passed through `redactor`. */
export function redactValues<T>(value: T, redactor: Pick<Redactor, 'redact'>): T {
  return copy(value, redactor, 0) as T;
}

/** Reports nest a few levels; anything deeper is not a report's data and is replaced, not walked. */
const MAX_DEPTH = 64;

function copy(value: unknown, redactor: Pick<Redactor, 'redact'>, depth: number): unknown {
  if (typeof value === 'string') return redactor.redact(value);
  if (value === null || typeof value !== 'object') return value;
  // Fail closed: what cannot be walked is not printed.
  if (depth > MAX_DEPTH || value instanceof SecretValue) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => copy(item, redactor, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // NOTE: keys are redacted too (a provider's principal map is keyed by what the provider sent);
    // defineProperty keeps a key named `__proto__` an own property instead of a prototype change.
    Object.defineProperty(out, redactor.redact(key), {
      value: copy(item, redactor, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
