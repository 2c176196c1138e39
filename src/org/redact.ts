// Redaction for the organisation audit's JSON artifacts and reports: the engine's value-level redaction
// (SECURITY.md rule 10, core/redact-values.ts) over a plain redact function, so every string value passes
// the redactor before serialization and the output stays well-formed JSON whatever the redactor removes.

import { redactValues } from '../core/redact-values.js';

type Redact = (text: string) => string;

/** JSON.stringify with every string (and object key) redacted. */
export function stringifyRedacted(value: unknown, redact: Redact, space?: number): string {
  return JSON.stringify(redactStrings(value, redact), null, space);
}

/** A deep copy of `value` with every string (and object key) redacted. */
export function redactStrings<T>(value: T, redact: Redact): T {
  return redactValues(value, { redact });
}
