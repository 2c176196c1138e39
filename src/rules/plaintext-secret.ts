// plaintext-secret: a credential committed as a literal in a manifest, compose file, Helm values or
// `.env` file. What counts is keys/literal.ts's judgement (a provider key format with a valid checksum,
// a private key, a URL password, or a credential-named value that is not a stand-in); how severe it is
// depends on where it lives (literal-place.ts): error in production, warning where the environment is
// unknown, note in development, test and local files; a live provider key is an error anywhere.

import type { Key, Use } from '../core/types.js';
import { judgeLiteral, knownNames, type CredentialJudgement } from '../keys/literal.js';
import { composeFolders, placeOf, SEVERITY_BY_PLACE } from './literal-place.js';
import { defineRule, type RuleContext } from './types.js';

type Options = { 'ignore-types': string[]; 'min-length': number };

const DEFAULTS: Options = { 'ignore-types': ['publishable'], 'min-length': 6 };

/** The judgement of a committed value, with the options of this rule; undefined when it is no credential. */
export function classifyLiteral(
  value: string,
  names: string[],
  options: Options,
  known?: ReadonlySet<string>,
): CredentialJudgement | undefined {
  const judgement = judgeLiteral(value, {
    names,
    known,
    minLength: options['min-length'],
    ignoreTypes: options['ignore-types'],
  });
  return judgement.credential ? judgement : undefined;
}

/** Reports committed literals that are real credentials: one finding per key and file, at the first. */
export default defineRule<Options>({
  meta: {
    id: 'plaintext-secret',
    description:
      'Reports a credential value committed in a manifest, compose file, Helm values or .env file (a provider key format, a private key, or a credential-named value that is not a placeholder): an error in production or for a live provider key, a warning where the environment is unknown, a note in development, test and local files.',
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
        '{{name}} holds {{what}} committed in plain text in this file ({{where}}); move it to a secret store and reference it',
    },
    example:
      'payments-credentials/STRIPE_KEY holds a Stripe live secret key committed in plain text in this file (a live key: anyone who can read this file can use it); move it to a secret store and reference it',
  },
  check(context) {
    const options = { ...DEFAULTS, ...context.options };
    const known = knownNames([...context.inventory.uses.map((u) => u.name), ...context.keys.map((k) => k.name)]);
    const folders = composeFolders(context.inventory.files.map((f) => f.path));
    for (const key of context.keys) {
      for (const use of key.uses) reportUse(context, key, use, { options, known, folders });
    }
  },
});

interface Shared {
  options: Options;
  known: ReadonlySet<string>;
  folders: ReadonlySet<string>;
}

function reportUse(context: RuleContext<Options>, key: Key, use: Use, shared: Shared): void {
  if (!use.literal) return;
  // SECURITY: the value is only inspected here; the finding carries names and facts, never the value.
  const names = use.name === key.name ? [use.name] : [use.name, key.name];
  const verdict = classifyLiteral(use.literal.reveal(), names, shared.options, shared.known);
  if (!verdict) return;
  const placement = placeOf(use, shared.folders);
  const where = verdict.live ? 'a live key: anyone who can read this file can use it' : placement.where;
  context.report({
    messageId: 'committed',
    data: { name: use.name, what: verdict.what, where },
    location: use.location,
    key: key.name,
    environment: use.environment,
    severity: verdict.live ? 'error' : SEVERITY_BY_PLACE[placement.place],
    evidence: [
      verdict.evidence,
      {
        fact: 'source',
        value: use.sourceKind,
        source: 'file',
        ...(use.context?.via ? { detail: use.context.via } : {}),
      },
      { fact: 'place', value: placement.place, source: 'file', detail: placement.where },
    ],
    use,
  });
}
