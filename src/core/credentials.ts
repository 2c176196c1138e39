// Telling a committed credential from what stands in for one: placeholders (`changeme`, `<token>`,
// `xxxx`), references to where the real value lives (`${VAR}`, `vault:…`, a file path), and
// example values. plaintext-secret reports only what survives these checks, so precision lives here.

/** Credential-holding names (the last segment of `secret/KEY`, `a.b.c` or a variable name). */
const CREDENTIAL_NAME =
  /token|secret|password|passwd|pwd|passphrase|api[-_]?key|access[-_]?key|private[-_]?key|signing[-_]?key|encryption[-_]?key|master[-_]?key|credentials?|auth|dsn|dockerconfigjson|dockercfg/i;

/** Names that talk about a credential without holding one: where it is, whether it is on, what kind. */
const ABOUT_A_CREDENTIAL =
  /(?:file|path|dir|url|uri|endpoint|host|hostname|port|enabled|disabled|enable|type|mode|method|provider|header|expiry|expires|expiration|ttl|timeout|length|size|name|ref|id|policy|issuer|audience|scopes?|realm|domain|strategy|version|algorithm|format|prefix|field|key[-_]?name)$|(?:password|passwd|token|credentials?)[-_]?key$|existing[-_]?secret|public|publishable|author/i;

/** The segment a name's meaning rests on: `KEY` of `secret/KEY`, `apiKey` of `stripe.apiKey`. */
export function lastSegment(name: string): string {
  const parts = name.split(/[/.]/).filter((part) => part !== '');
  return parts.at(-1) ?? name;
}

/** Whether a use name says it holds a credential (`DB_PASSWORD`, `stripe.apiKey`, `creds/token`). */
export function isCredentialName(name: string): boolean {
  const segment = lastSegment(name);
  // NOTE: `tls.key` ends in a bare `key`, which says nothing; PEM blocks are recognised by value instead.
  return CREDENTIAL_NAME.test(segment) && !ABOUT_A_CREDENTIAL.test(segment);
}

/** Whole values that only ever stand in for a credential (compared lower-cased). */
const PLACEHOLDER_WORDS = new Set([
  'changeme',
  'changeit',
  'change-me',
  'change_me',
  'secret',
  'password',
  'passwd',
  'token',
  'apikey',
  'api-key',
  'api_key',
  'test',
  'testing',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'todo',
  'tbd',
  'fixme',
  'redacted',
  'default',
  'empty',
  'n/a',
  'na',
  'unset',
  'unknown',
  'required',
  'optional',
  'admin',
  'root',
  'user',
  'username',
  'value',
  'string',
  'example',
  'sample',
  'dummy',
  'fake',
  'mock',
  'foo',
  'bar',
  'foobar',
  'baz',
  'qwerty',
  'letmein',
  'notasecret',
  'not-a-secret',
  'insecure',
  'local',
  'dev',
]);

/** Words that, anywhere in a value, mark it as a stand-in. */
const PLACEHOLDER_PART =
  /example|sample|dummy|placeholder|changeme|change[-_ ]me|changeit|replace[-_ ]?(me|this|with)|redacted|not[-_ ]?set|set[-_ ]?me|fill[-_ ]?(me|in)|to[-_ ]?be[-_ ]?(set|filled|replaced)|notasecret|not[-_ ]a[-_ ]secret|fake|<[^>]*>|\bxxx|x{4,}|\*{3,}|•{3,}|\.{3,}|^(your|my|the|insert|enter|put|add|set)[-_ ]|[-_ ](here|goes[-_ ]here)$/i;

/** References to where a real value lives: interpolation, templates, secret managers, commands. */
const REFERENCE =
  /^\$[A-Za-z_][A-Za-z0-9_]*$|\$\{[^}]*\}|\$\([^)]*\)|\{\{.*\}\}|\$\{\{|#\{[^}]*\}|%\([^)]*\)s|^%[A-Za-z_][A-Za-z0-9_]*%$|^@@?[A-Za-z_][A-Za-z0-9_]*@@?$|^__[A-Z0-9_]+__$/;

const MANAGER_REFERENCE =
  /^(?:vault|op|ref\+[a-z0-9]+|awssm|awsssm|gcpsm|sm|azkv|akv|sops|doppler|bw|env|file|k8s|secretref|keyvault|aws-sm|aws-ssm|gcp-sm|secret):|^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|^projects\/[^/]+\/secrets\//i;

/** A URL whose userinfo carries no password (or a placeholder one) names a place, not a credential. */
const URL = /^[a-z][a-z0-9+.-]*:\/\/(?:([^\s/@:]*)(?::([^\s/@]*))?@)?[^\s]*$/i;

/** Paths: absolute, relative with `./` or `~/`, Windows drives, or slashed paths ending in a file name. */
const FILE_PATH =
  /^(?:\/[^\s]*|\.{1,2}\/[^\s]*|~\/[^\s]*|[A-Za-z]:\\[^\s]*)$|^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,5}$/;

/** Why a value is not a credential, or undefined when it may be one. */
export function placeholderReason(value: string, minLength = 6): string | undefined {
  const text = value.trim();
  if (text === '') return 'empty';
  const lower = text.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return 'a placeholder word';
  if (REFERENCE.test(text)) return 'a reference';
  if (MANAGER_REFERENCE.test(text)) return 'a secret-manager reference';
  const url = URL.exec(text);
  if (url) return url[2] && !placeholderReason(decodeSafe(url[2]), 3) ? undefined : 'a URL without credentials';
  if (FILE_PATH.test(text)) return 'a file path';
  if (PLACEHOLDER_PART.test(text)) return 'a placeholder';
  if (text.length < minLength) return 'too short';
  if (/^(.)\1*$/s.test(text)) return 'one repeated character';
  if (/^\d{1,10}$/.test(text)) return 'a number';
  // Prose (a comment left as a value): three or more plain words.
  if (/^[A-Za-z,.'’!?-]+(?: [A-Za-z,.'’!?-]+){2,}$/.test(text)) return 'prose';
  return undefined;
}

/** Whether `value` is a placeholder, reference or example rather than a credential. */
export function isPlaceholder(value: string, minLength = 6): boolean {
  return placeholderReason(value, minLength) !== undefined;
}

/**
 * For values that match a provider's format: the documented example keys and obvious filler
 * (`AKIAIOSFODNN7EXAMPLE`, `sk_live_xxxxxxxx…`, eight of one character in a row).
 */
export function isExampleKey(value: string): boolean {
  // NOTE: JSON key files (GCP) name projects and e-mail domains; `example` there says nothing.
  if (value.trimStart().startsWith('{')) return false;
  return /example|x{6,}|(.)\1{7,}/i.test(value);
}

/** A PEM private key block. */
export function isPrivateKeyBlock(value: string): boolean {
  return /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/.test(value) && !/\.\.\.|<[^>]*>/.test(value);
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@\S*$/i;

/** The password of a URL with credentials (`postgres://app:s3cret@db/app`), unless it is a placeholder. */
export function urlPassword(value: string): string | undefined {
  const password = URL_PASSWORD.exec(value.trim())?.[1];
  if (password === undefined || isPlaceholder(decodeSafe(password), 3)) return undefined;
  return password;
}
