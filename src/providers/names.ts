// Helpers for provider data files: secret-name patterns that match whole name parts, so that
// STRIPE_SECRET_KEY and prod-stripe.key point at Stripe but STRIPEY_THING does not.

/**
 * A pattern that matches when `phrase` appears in a secret name as whole parts. Parts are separated by
 * `_`, `-`, `.` or `/` (Kubernetes `SECRET/KEY` names); an `_` inside `phrase` matches any separator.
 * Case-insensitive, unanchored but linear: one alternation, no nested quantifiers.
 */
export function namePart(...phrases: string[]): RegExp {
  return new RegExp(`(?:^|[-_./])(?:${alternatives(phrases)})(?:[-_./]|$)`, 'i');
}

/** Phrases as one alternation, each `_` of a phrase matching any separator. */
function alternatives(phrases: readonly string[]): string {
  return phrases
    .map((phrase) =>
      phrase
        .split('_')
        .map((word) => word.replace(/[^A-Za-z0-9]/g, ''))
        .join('[-_./]'),
    )
    .join('|');
}

/** What follows a provider's word in the name of a credential (not of a URL, an id or a hostname). */
const CREDENTIAL_PARTS = ['TOKEN', 'KEY', 'SECRET', 'API_KEY', 'API_TOKEN', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'BOT_TOKEN'];

/**
 * Credential names of a provider: `DROPBOX_TOKEN`, `NOTION_API_KEY`, never `DROPBOX_APP_KEY` or
 * `DISCORD_WEBHOOK_URL`. A name that points at a provider makes any other value of it `malformed` (an
 * error), so providers whose users keep ids, URLs and app secrets beside their tokens use these.
 */
export function credentialNames(...words: string[]): RegExp {
  // The same names as namePart of every `WORD_PART` pair, written as two alternations: a regular
  // expression of words × parts costs V8 milliseconds to compile in every process (issue 15).
  return new RegExp(
    `(?:^|[-_./])(?:${alternatives(words)})[-_./](?:${alternatives(CREDENTIAL_PARTS)})(?:[-_./]|$)`,
    'i',
  );
}

/**
 * A pattern for the names of a provider's keys, not of everything beside them: a name holding one of
 * `words` as a whole part and ending in one of `endings` (`OKTA_API_TOKEN`, `PROD_OKTA_TOKEN`, but not
 * `OKTA_ORG_URL` or `OKTA_CLIENT_SECRET`, which a key check would call malformed). Case-insensitive and
 * linear: parts and separators never overlap.
 */
export function keyName(words: readonly string[], endings: readonly string[]): RegExp {
  return new RegExp(
    `(?:^|[-_./])(?:${alternatives(words)})(?:[-_./][A-Za-z0-9]+)*[-_./](?:${alternatives(endings)})$`,
    'i',
  );
}
