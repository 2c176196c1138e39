// Redaction for the organisation audit's JSON artifacts and reports, on values before serialization
// (SECURITY.md rule 10): every string value passes through the redactor, so a value or committed
// credential cannot be written, and the output stays well-formed JSON whatever the redactor removes.
// Redacting the serialized text instead breaks it: a committed `DB_PASSWORD=false` or a password equal
// to a repository's name would erase `false` or that name wherever it appears, JSON syntax included.
// Fields whose values keybound itself chooses from a fixed set are left alone, so a common word used
// as a password cannot turn a report into one its schema rejects.

/** Keys whose values are keybound's own vocabulary (enums, versions, fingerprints), never file content. */
const OWN_VOCABULARY = new Set([
  'schemaVersion',
  'version',
  'verdict',
  'mode',
  'failOn',
  'evaluatedAt',
  'severity',
  'ruleId',
  'sourceKind',
  'environmentSource',
  'source',
  'fact',
  'kind',
  'status',
  'reason',
  'fingerprint',
  'scope',
  'usage',
  'visibility',
  'form',
]);

type Redact = (text: string) => string;

/** JSON.stringify with every string value redacted (but keybound's own vocabulary). */
export function stringifyRedacted(value: unknown, redact: Redact, space?: number): string {
  return JSON.stringify(
    value,
    (key, item: unknown) => (typeof item === 'string' && !OWN_VOCABULARY.has(key) ? redact(item) : item),
    space,
  );
}

/** A deep copy of `value` with every string value redacted (but keybound's own vocabulary). */
export function redactStrings<T>(value: T, redact: Redact): T {
  return JSON.parse(stringifyRedacted(value, redact)) as T;
}
