// What a committed value and the name it sits under say, before any provider format is consulted:
// whether a name holds a credential, names an identifier or talks about one; and whether a value is
// a stand-in (a placeholder, a reference to where the real value lives) or not a credential at all (a
// number, a CIDR, an e-mail address...). keys/literal.ts combines these with provider formats into the
// one judgement plaintext-secret, relevance and the redactor share, so precision lives here.

/** Credential-holding names (the last segment of `secret/KEY`, `a.b.c` or a variable name). */
const CREDENTIAL_NAME =
  /token|secret|password|passwd|pwd|passphrase|api[-_]?key|access[-_]?key|private[-_]?key|signing[-_]?key|encryption[-_]?key|master[-_]?key|credentials?|auth|dsn|dockerconfigjson|dockercfg/i;

/**
 * Names that talk about a credential without holding one: where it is, whether it is on, what kind,
 * when it changed, which claim or role it grants, how it is hashed (`TOKEN_URL`, `passwordMtime`,
 * `GF_AUTH_ANONYMOUS_ORG_ROLE`, `OIDC_USERNAME_CLAIM`, `PASSWORD_HASH`, `MAILU_PASSWORD_SCHEME`).
 */
const ABOUT_A_CREDENTIAL =
  /(?:file|path|dir|url|uri|endpoint|host|hostname|port|enabled|disabled|enable|type|mode|method|provider|header|expiry|expires|expiration|ttl|timeout|length|size|name|ref|id|policy|issuer|audience|scopes?|realm|domain|strategy|version|algorithm|format|prefix|field|key[-_]?name|claim|role|scheme|source|guard|ratelimit|rate[-_]?limit|mtime|time|date|hash|hashed|digest|required)$|(?:password|passwd|token|credentials?)[-_]?key$|existing[-_]?secret|public|publishable|author|(?:^|[-_])(?:sha\d*|md5|bcrypt)[-_]/i;

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

/** `passwordSecretName` -> password, secret, name; `DB_PASSWORD` -> db, password (lower case). */
export function nameWords(name: string): string[] {
  return (name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((word) => word.toLowerCase());
}

/** A name compared as keys are joined: case, `-`, `_`, `.` and blanks ignored. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]+/g, '');
}

/** Last words that make a name an identifier: who, where, which, what kind (never a secret). */
const IDENTIFIER_WORDS = new Set([
  'id',
  'ids',
  'clientid',
  'appid',
  'accountid',
  'tenantid',
  'projectid',
  'userid',
  'keyid',
  'user',
  'users',
  'username',
  'login',
  'email',
  'mail',
  'account',
  'name',
  'url',
  'uri',
  'host',
  'hostname',
  'port',
  'path',
  'dir',
  'region',
  'zone',
  'location',
  'project',
  'bucket',
  'team',
  'org',
  'organization',
  'owner',
  'tenant',
  'subscription',
  'channel',
  'role',
  'arn',
  'provider',
  'audience',
  'issuer',
  'type',
  'version',
  'domain',
  'endpoint',
  'namespace',
  'cluster',
  'registry',
  'repo',
  'repository',
  'image',
  'crt',
  'ca',
  'pubkey',
  'keygrip',
  'fingerprint',
  'insecure',
  'mtime',
  'number',
  'slug',
  'group',
  'queue',
  'topic',
  'db',
  'database',
  'container',
  'from',
  'sender',
  'pub',
  'debug',
]);

/** First words of switches: `enableLfs`, `forceHttpBasicAuth`, `useAzureWorkloadIdentity`, `DISABLE_AUTH`. */
const SETTING_FIRST_WORDS = new Set(['enable', 'disable', 'use', 'force', 'allow', 'skip']);

/** Last words that say whose a value is, not what it is (`GHA_VPN_ID_PRODUCTION` is an id). */
const ENVIRONMENT_WORDS = new Set([
  'dev',
  'development',
  'test',
  'testing',
  'qa',
  'sandbox',
  'local',
  'staging',
  'stage',
  'stg',
  'preprod',
  'prod',
  'production',
  'prd',
  'live',
]);

/** Prefixes of variables a web framework builds into the pages it serves (`NEXT_PUBLIC_POSTHOG_KEY`). */
const BROWSER_PREFIXES = [['next', 'public'], ['nuxt', 'public'], ['expo', 'public'], ['public']];

/** URLs under these words carry their credential (`DATABASE_URL`, `PG_URI`, `SLACK_WEBHOOK_URL`). */
const SECRET_URL_WORDS = new Set([
  'database',
  'db',
  'pg',
  'postgres',
  'postgresql',
  'mysql',
  'mongo',
  'mongodb',
  'redis',
  'amqp',
  'rabbitmq',
  'elasticsearch',
  'clickhouse',
  'webhook',
  'hook',
  'connection',
  'conn',
  'dsn',
  'broker',
]);

/** Last words of names that talk about a credential: where it is, when it changed, how long it lives. */
const ABOUT_WORDS = new Set([
  'file',
  'path',
  'dir',
  'ttl',
  'timeout',
  'expiry',
  'expires',
  'expiration',
  'length',
  'size',
  'mtime',
  'time',
  'date',
  'hash',
  'hashed',
  'digest',
  'claim',
  'scheme',
  'enabled',
  'disabled',
  'mode',
  'method',
  'policy',
  'scope',
  'scopes',
  'realm',
  'strategy',
  'algorithm',
  'format',
  'prefix',
  'field',
  'header',
  'ref',
  'source',
  'guard',
  'required',
  'ratelimit',
  'limit',
]);

/**
 * Whether a name holds an identifier rather than a credential: a service-account e-mail
 * (`GCP_SERVICE_ACCOUNT`), a workload identity provider, `*_USERNAME`, `*_USER`, a bucket name, an account
 * id, a certificate file, CA certificate or public key (`tls.crt`, `*_CA_CERT`, `key.pub`; not `*_CERT`, often a PKCS#12 bundle with
 * its private key), a switch (`enableLfs`, `DISABLE_AUTH`), a value
 * served to browsers (`NEXT_PUBLIC_POSTHOG_KEY`), or a name that only talks about a credential
 * (`TOKEN_TTL`, `passwordMtime`); an environment word at the end is not what the value is
 * (`GHA_VPN_ID_PRODUCTION`). Names that say nothing either way (`SLACK_WEBHOOK`, `tls.key`) and URLs that
 * carry a credential (`DATABASE_URL`, `SLACK_WEBHOOK_URL`) are not identifiers.
 */
export function isIdentifierName(name: string): boolean {
  const segment = lastSegment(name);
  const words = nameWords(segment).filter((word) => !/^\d+$/.test(word));
  while (words.length > 1 && ENVIRONMENT_WORDS.has(words.at(-1) as string)) words.pop();
  const last = words.at(-1);
  if (last === undefined) return false;
  if ((last === 'url' || last === 'uri') && words.some((word) => SECRET_URL_WORDS.has(word))) return false;
  if (IDENTIFIER_WORDS.has(last) || ABOUT_WORDS.has(last)) return true;
  // A CA certificate is public by definition (`CLOUDFLARE_USER_CA_CERT`, `KUBE_CA_CERTIFICATE`); any
  // other `*_CERT` may be a PKCS#12 bundle holding its private key.
  if ((last === 'cert' || last === 'certificate') && words.at(-2) === 'ca') return true;
  // A switch names what it turns on (`DISABLE_AUTH`, `ENABLE_EMAIL_PASSWORD`), never holds it.
  if (words.length > 1 && SETTING_FIRST_WORDS.has(words[0])) return true;
  // Served to every browser, so public by design; a credential name there is a leak, not an identifier.
  const browser = BROWSER_PREFIXES.find((prefix) => prefix.every((word, i) => words[i] === word));
  if (browser && words.length > browser.length) return !CREDENTIAL_NAME.test(words.slice(browser.length).join('_'));
  return false;
}

/** Why a value stands in for a credential, or is none: its kind and a short reason for messages. */
export interface StandIn {
  /**
   * `placeholder`: a stand-in someone replaces; `reference`: says where the real value lives (the slot
   * still holds a credential at run time); `non-credential`: a value of another kind (a number, a CIDR,
   * an e-mail address, a URL without a password...), so the entry holds no credential at all.
   */
  category: 'placeholder' | 'reference' | 'non-credential';
  reason: string;
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

/** Switches: a credential slot that holds one of these is configured, not given a credential. */
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled']);

/** Words that, anywhere in a value, mark it as a stand-in. */
const PLACEHOLDER_PART =
  /example|sample|dummy|placeholder|changeme|change[-_ ]me|changeit|replace[-_ ]?(me|this|with)|redacted|not[-_ ]?set|set[-_ ]?me|fill[-_ ]?(me|in)|to[-_ ]?be[-_ ]?(set|filled|replaced)|notasecret|not[-_ ]a[-_ ]secret|fake|<[^>]*>|\bxxx|x{4,}|\*{3,}|•{3,}|\.{3,}|^(your|my|the|insert|enter|put|add|set)[-_ ]|^your|[-_ ](here|goes[-_ ]here)\b/i;

/** References to where a real value lives: interpolation, templates, secret managers, commands. */
const REFERENCE =
  /^\$[A-Za-z_][A-Za-z0-9_]*$|\$\{[^}]*\}|\$\([^)]*\)|\{\{.*\}\}|\$\{\{|#\{[^}]*\}|%\([^)]*\)s|^%[A-Za-z_][\w.]*%[\w./-]*$|^@@?[A-Za-z_][A-Za-z0-9_]*@@?$|^__[A-Z0-9_]+__$/;

const MANAGER_REFERENCE =
  /^(?:vault|op|ref\+[a-z0-9]+|awssm|awsssm|gcpsm|sm|azkv|akv|sops|doppler|bw|env|file|k8s|secretref|keyvault|aws-sm|aws-ssm|gcp-sm|secret):|^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|^projects\/[^/]+\/secrets\//i;

/** A URL, with its userinfo when it has one. */
const URL = /^[a-z][a-z0-9+.-]*:\/\/(?:([^\s/@:]*)(?::([^\s/@]*))?@)?[^\s]*$/i;

/** Paths: absolute, relative with `./` or `~/`, Windows drives, or slashed paths ending in a file name. */
const FILE_PATH =
  /^(?:\/[^\s]*|\.{1,2}\/[^\s]*|~\/[^\s]*|[A-Za-z]:\\[^\s]*)$|^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,5}$/;

/** Values of another kind than a credential, each with the reason given for it. */
const NON_CREDENTIAL: readonly [RegExp, string][] = [
  [/^[-+]?\d{1,10}(?:\.\d+)?$/, 'a number'],
  [/^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/, 'an IP address or CIDR range'],
  [/^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?$/i, 'an IPv6 address or CIDR range'],
  [/^[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/, 'an e-mail address'],
  [/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'a date'],
  // bcrypt, sha-crypt, argon2, scrypt, LDAP-style hashes: what config is meant to hold instead of a password.
  [
    /^\$(?:2[abxy]?|5|6|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*)\$\S{20,}$|^\{(?:SSHA|SHA|SSHA256|SSHA512|CRYPT)\}\S+$/,
    'a password hash',
  ],
];

/** Helm keys (camelCase) that name the Secret holding a credential rather than the credential. */
const SECRET_NAME_ENTRY = /(?:[Pp]assword|[Tt]oken|[Kk]ey|[Cc]redentials?|[Aa]uth|[Tt]ls|[Cc]ert)Secret(?:Name|Ref)?$/;

/** A Kubernetes object name (RFC 1123 subdomain) with a `-` or `.`, as Secret names are written. */
const KUBERNETES_NAME = /^[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/;

/** Longest word of one piece still taken for a dictionary word (`postgres`, `nextcloud`, `migration`). */
const MAX_DICTIONARY_WORD = 12;

/** Words that, as a word of a value made of words, make it a stand-in: it names a credential or asks for one. */
const STAND_IN_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'passphrase',
  'pass',
  'pw',
  'pwd',
  'secret',
  'secrets',
  'token',
  'tokens',
  'key',
  'keys',
  'cred',
  'creds',
  'credential',
  'credentials',
  'auth',
  'admin',
  'root',
  'user',
  'login',
  'default',
  'change',
  'changeme',
  'example',
  'sample',
  'test',
  'demo',
  'dummy',
  'fake',
  'mock',
  'some',
  'super',
  'strong',
  'secure',
  'very',
  'please',
  'choose',
  'your',
  'my',
  'own',
  'here',
  'value',
  'string',
  'local',
  'dev',
  'bad',
  'weak',
]);

/** Inside a value of one piece (`somesupersecretpassword`, `wordpressroot`), these words give it away. */
const STAND_IN_INSIDE =
  /password|passwd|secret|token|admin|root|user|change|default|example|sample|dummy|super|some|strong|secure/i;

/** Why a value of letters (and a few digits) is made of words rather than random, or undefined. */
function wordsReason(text: string): string | undefined {
  // A dictionary word, perhaps with a counter: postgres, Nextcloud, ROOTPW, minio123, password1.
  const single = /^([A-Za-z]+)\d{0,4}$/.exec(text);
  if (single && isOnePiece(single[1]) && single[1].length <= MAX_DICTIONARY_WORD && wordLike(single[1])) {
    return 'a dictionary word';
  }
  if (!/^[A-Za-z0-9]+(?:[-_. ][A-Za-z0-9]+)*$/.test(text) || (text.match(/\d/g)?.length ?? 0) > 4) return undefined;
  const words = text
    .replace(/\d+/g, '')
    .split(/[-_. ]+/)
    .flatMap((part) => part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
  if (words.length === 0 || !words.every(wordLike)) return undefined;
  const lower = words.map((word) => word.toLowerCase());
  const named =
    lower.some((word) => STAND_IN_WORDS.has(word) || /(?:key|pw|pwd|pass)$/.test(word)) ||
    (lower.length === 1 && STAND_IN_INSIDE.test(lower[0]));
  if (named) return 'words that name a credential or ask for one';
  // `broker_keystore_creds`, `laradock_confluence`: how names are written, not secrets.
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(text)) return 'a lower-case name';
  return undefined;
}

/** One case shape: lower, UPPER or Capitalized (camelCase is several words). */
function isOnePiece(word: string): boolean {
  return /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(word);
}

/** A word, not random letters: `a`/`i`, a short acronym (`db`, `gzctf`), or longer with a vowel. */
function wordLike(word: string): boolean {
  if (word.length === 1) return /^[aAiI]$/.test(word);
  return word.length <= 5 || /[aeiouy]/i.test(word);
}

/** Shannon entropy of the characters of `text`, in bits for the whole text. */
export function entropyBits(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...text].length;
  let bits = 0;
  for (const count of counts.values()) bits -= count * Math.log2(count / length);
  return bits;
}

/** Below this many bits of character entropy a value is a pattern (`abcabcabc`), not a secret. */
const MIN_ENTROPY_BITS = 20;

/** What stands in for a value, given the entry's own names and the names known in the run. */
export interface StandInOptions {
  /** The entry's own name(s): a value equal to one is a reference (`SESSION_SECRET: SESSION_SECRET`). */
  names?: readonly string[];
  /** Normalized names of every key and use in the run: a value equal to one names that key. */
  known?: ReadonlySet<string>;
  /** Shorter values are taken as placeholders. */
  minLength?: number;
}

/**
 * Why `value` is not a credential (a placeholder, a reference, or a value of another kind), or
 * undefined when it may be one. Provider formats and private keys are judged before this is asked.
 */
export function standIn(value: string, options: StandInOptions = {}): StandIn | undefined {
  const placeholder = (reason: string): StandIn => ({ category: 'placeholder', reason });
  const reference = (reason: string): StandIn => ({ category: 'reference', reason });
  const other = (reason: string): StandIn => ({ category: 'non-credential', reason });
  const text = value.trim();
  if (text === '') return placeholder('empty');
  const lower = text.toLowerCase();
  if (BOOLEAN_WORDS.has(lower)) return other('a boolean');
  for (const [pattern, reason] of NON_CREDENTIAL) if (pattern.test(text)) return other(reason);
  const url = URL.exec(text);
  if (url) {
    if (!url[2]) return other('a URL without a password');
    if (standIn(decodeSafe(url[2]), { minLength: 3 })) return placeholder('a URL whose password is a placeholder');
    return undefined;
  }
  if (PLACEHOLDER_WORDS.has(lower)) return placeholder('a placeholder word');
  if (REFERENCE.test(text)) return reference('a reference (interpolation or template)');
  if (MANAGER_REFERENCE.test(text)) return reference('a secret-manager reference');
  if (FILE_PATH.test(text)) return reference('a file path');
  const normalized = normalizeName(text);
  if (normalized.length >= 3) {
    const own = options.names ?? [];
    if (own.some((name) => normalizeName(name) === normalized || normalizeName(lastSegment(name)) === normalized)) {
      return reference("the entry's own name");
    }
    if (options.known?.has(normalized)) return reference('the name of another key');
  }
  // Helm `passwordSecret: grafana-admin`, `tlsSecretName: web-tls`: the name of a Kubernetes Secret.
  if (KUBERNETES_NAME.test(text) && (options.names ?? []).some((name) => SECRET_NAME_ENTRY.test(lastSegment(name)))) {
    return reference('the name of a Kubernetes Secret');
  }
  // GOOGLE_API_KEY_VAL, LICENSE_HERE: an environment variable's name, replaced at deploy time.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text)) return reference('a variable name');
  if (PLACEHOLDER_PART.test(text)) return placeholder('a placeholder');
  if (text.length < (options.minLength ?? 6)) return placeholder('too short');
  if (/^(.)\1*$/s.test(text)) return placeholder('one repeated character');
  // Prose (a comment left as a value): three or more plain words.
  if (/^[A-Za-z,.'’!?-]+(?: [A-Za-z,.'’!?-]+){2,}$/.test(text)) return placeholder('prose');
  const words = wordsReason(text);
  if (words) return placeholder(words);
  if (entropyBits(text) < MIN_ENTROPY_BITS) return placeholder('too little entropy for its length');
  return undefined;
}

/** Whether `value` is a placeholder, reference or example rather than a credential. */
export function isPlaceholder(value: string, minLength = 6): boolean {
  return standIn(value, { minLength }) !== undefined;
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

/** `text` URL-decoded, or as it is when it is not valid percent-encoding. */
export function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@\S*$/i;

/** The password of a URL with credentials (`postgres://app:s3cret@db/app`), as written (still encoded). */
export function urlPasswordPart(value: string): string | undefined {
  return URL_PASSWORD.exec(value.trim())?.[1];
}
