// plaintext-secret: a credential committed as a literal in a manifest, compose file, Helm values or
// `.env` file. A literal counts when it matches a provider's key format, is a private key, or sits
// under a credential name and is not a placeholder, reference or example (see placeholder.ts).

import type { Evidence, Key, Use } from '../core/types.js';
import { detectFormat, type FormatMatch } from '../providers/index.js';
import { isCredentialName, isExampleKey, isPlaceholder, isPrivateKeyBlock, urlPassword } from '../core/credentials.js';
import { defineRule, type RuleContext } from './types.js';

type Options = { 'ignore-types': string[]; 'min-length': number };

const DEFAULTS: Options = { 'ignore-types': ['publishable'], 'min-length': 6 };

/** Key types that are identifiers, never secrets (Twilio SIDs are useless without their secret). */
const IDENTIFIER_TYPES = new Set(['account-sid', 'api-key-sid']);

/** What a format match looks like, in words: `a Stripe live secret key`, `a GitHub classic personal access token`. */
export function describeFormat(match: FormatMatch): string {
  const type = match.format.type
    .replace(/\bpat\b/, 'personal access token')
    .replace(/[-_]+/g, ' ')
    .replace(/\b(api|sid|ci)\b/g, (word) => word.toUpperCase())
    .replace(/\boauth\b/g, 'OAuth');
  const mode = match.format.mode ? `${match.format.mode} ` : '';
  // `secret` alone is an adjective here (a Stripe secret key); `api key secret` is already a noun.
  const noun = /(key|token|credentials|SID|\ssecret)$/.test(type) ? '' : ' key';
  const phrase = `${match.provider.name} ${mode}${type}${noun}`;
  return `${/^[AEIOU]/.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** Why a committed value is a credential, or undefined when it is not one. */
export function classifyLiteral(
  value: string,
  names: string[],
  options: Options,
): { what: string; evidence: Evidence } | undefined {
  let match: FormatMatch | undefined;
  for (const name of names) match ??= detectFormat(value, name);
  if (match) {
    // Documented example keys (AKIAIOSFODNN7EXAMPLE) and filler match formats but are not credentials;
    // publishable keys are meant to be public.
    const { type } = match.format;
    if (isExampleKey(value) || IDENTIFIER_TYPES.has(type) || options['ignore-types'].includes(type)) return undefined;
    const detail = [match.format.type, match.format.mode].filter(Boolean).join(', ');
    return {
      what: describeFormat(match),
      evidence: { fact: 'provider', value: match.provider.id, source: 'value', detail },
    };
  }
  if (isPrivateKeyBlock(value)) {
    return {
      what: 'a private key',
      evidence: { fact: 'format', value: 'private-key', source: 'value', detail: 'PEM block' },
    };
  }
  const password = urlPassword(value);
  // A URL's password counts whatever the entry is called (DATABASE_URL); a placeholder one does not.
  if (password !== undefined) {
    return {
      what: 'a URL with an embedded password',
      evidence: { fact: 'format', value: 'url-password', source: 'value', detail: 'password in the URL' },
    };
  }
  if (!names.some(isCredentialName) || isPlaceholder(value, options['min-length'])) return undefined;
  return {
    what: 'a plain-text value',
    evidence: { fact: 'name', value: 'credential-named', source: 'file', detail: 'not a placeholder or reference' },
  };
}

/** Reports committed literals that are real credentials: one finding per key and file, at the first. */
export default defineRule<Options>({
  meta: {
    id: 'plaintext-secret',
    description:
      'Reports a credential value committed in a manifest, compose file, Helm values or .env file (a provider key format, a private key, or a credential-named value that is not a placeholder).',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        'ignore-types': {
          type: 'array',
          items: { type: 'string', maxLength: 64 },
          uniqueItems: true,
          description: 'Provider key types that are not secret (publishable keys are meant to be public).',
        },
        'min-length': {
          type: 'integer',
          minimum: 1,
          maximum: 64,
          description: 'Credential-named values shorter than this are taken as placeholders.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: DEFAULTS,
    messages: {
      committed:
        '{{name}} holds {{what}} committed in plain text in this file; move it to a secret store and reference it',
    },
    example:
      'payments-credentials/STRIPE_KEY holds a Stripe live secret key committed in plain text in this file; move it to a secret store and reference it',
  },
  check(context) {
    for (const key of context.keys) {
      for (const use of key.uses) reportUse(context, key, use);
    }
  },
});

function reportUse(context: RuleContext<Options>, key: Key, use: Use): void {
  if (!use.literal) return;
  // SECURITY: the value is only inspected here; the finding carries names and facts, never the value.
  const names = use.name === key.name ? [use.name] : [use.name, key.name];
  const verdict = classifyLiteral(use.literal.reveal(), names, { ...DEFAULTS, ...context.options });
  if (!verdict) return;
  context.report({
    messageId: 'committed',
    data: { name: use.name, what: verdict.what },
    location: use.location,
    key: key.name,
    environment: use.environment,
    evidence: [
      verdict.evidence,
      {
        fact: 'source',
        value: use.sourceKind,
        source: 'file',
        ...(use.context?.via ? { detail: use.context.via } : {}),
      },
    ],
    use,
  });
}
