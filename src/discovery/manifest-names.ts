// Which names hold credentials, for the extractors that must choose what to record (Helm values keys,
// plain Kubernetes `env[].value`s). The list is the one the issue fixes; plaintext-secret decides later
// whether the value itself is a real credential.

/** A key or variable name that holds a credential (matched anywhere in the name, any case). */
export const CREDENTIAL_NAME =
  /token|secret|password|passwd|api[-_]?key|access[-_]?key|private[-_]?key|credentials|auth/i;

/**
 * Names that match CREDENTIAL_NAME but hold something about a credential rather than the credential:
 * where it is (`passwordFile`, `tokenUrl`), whether it is on (`authEnabled`), or which key of an
 * existing Secret holds it (`existingSecretPasswordKey`).
 */
const ABOUT_A_CREDENTIAL =
  /(?:file|path|dir|url|uri|endpoint|host|port|enabled|disabled|type|mode|method|provider|header|expiry|ttl|timeout|length|name|ref|policy|issuer|audience|scopes?)$|(?:password|passwd|token|credentials?)key$|existing[-_]?secret/i;

/** True for a name that holds a credential value itself (`stripe.apiKey`, `DB_PASSWORD`). */
export function holdsCredential(name: string): boolean {
  return CREDENTIAL_NAME.test(name) && !ABOUT_A_CREDENTIAL.test(name);
}

/** Helm keys whose value names an existing Secret (`existingSecret`, `secretName`, `existingSecretName`). */
export const SECRET_NAME_KEY =
  /^(?:existing[-_]?secret(?:[-_]?name)?|secret[-_]?name|[a-z0-9]+existingsecret(?:name)?)$/i;

/**
 * An escape that can spell a letter without writing it (`\x73`, `\u0073`, `\U…`) or join two lines
 * (`\` before a line break in a double-quoted scalar). Nothing else in YAML can make a word the text does
 * not hold (a folded line break becomes a space), so a text without these holds every word it yields.
 */
export const SPELLING_ESCAPE = /\\[xuU\r\n]/;

/**
 * Whether a document's text could hold a credential-named key (CREDENTIAL_NAME, which SECRET_NAME_KEY
 * and holdsCredential both need), decided without parsing it: the textual pre-check of the extractors
 * whose every use is named by such a key (Helm values).
 */
export function mayNameCredential(source: string): boolean {
  return SPELLING_ESCAPE.test(source) || CREDENTIAL_NAME.test(source);
}
