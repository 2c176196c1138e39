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

/** A double-quoted scalar's escapes that can make a letter (`\x73`, `\u0073`, `\U00000073`). */
const LETTER_ESCAPE = /\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/g;
/** An escaped line break: it and the next line's leading blanks vanish, joining the two lines. */
const ESCAPED_BREAK = /\\\r?\n[ \t]*/g;

/**
 * Whether `test` holds for a document's text as written or with every escape of a double-quoted scalar
 * decoded, wherever it stands. Only such escapes can make a word the text does not hold (a folded line
 * break becomes a space): `"\x73ecretKeyRef"`, `"sec\⏎  retKeyRef"`. Decoding them everywhere, even where
 * they are not escapes, can only add words, so a word any scalar of the document holds is found.
 */
export function holdsWord(source: string, test: (text: string) => boolean): boolean {
  if (test(source)) return true;
  if (!source.includes('\\')) return false;
  const decoded = source
    .replace(LETTER_ESCAPE, (_, x?: string, u?: string, big?: string) => {
      const code = parseInt(x ?? u ?? big ?? '', 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(ESCAPED_BREAK, '');
  return test(decoded);
}

/**
 * Whether a document's text could hold a credential-named key (CREDENTIAL_NAME, which SECRET_NAME_KEY
 * and holdsCredential both need), decided without parsing it: the textual pre-check of the extractors
 * whose every use is named by such a key (Helm values).
 */
export function mayNameCredential(source: string): boolean {
  return holdsWord(source, (text) => CREDENTIAL_NAME.test(text));
}
