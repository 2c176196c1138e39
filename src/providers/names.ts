// Helpers for provider data files: secret-name patterns that match whole name parts, so that
// STRIPE_SECRET_KEY and prod-stripe.key point at Stripe but STRIPEY_THING does not.

/**
 * A pattern that matches when `phrase` appears in a secret name as whole parts. Parts are separated by
 * `_`, `-`, `.` or `/` (Kubernetes `SECRET/KEY` names); an `_` inside `phrase` matches any separator.
 * Case-insensitive, unanchored but linear: one alternation, no nested quantifiers.
 */
export function namePart(...phrases: string[]): RegExp {
  const alternatives = phrases.map((phrase) =>
    phrase
      .split('_')
      .map((word) => word.replace(/[^A-Za-z0-9]/g, ''))
      .join('[-_./]'),
  );
  return new RegExp(`(?:^|[-_./])(?:${alternatives.join('|')})(?:[-_./]|$)`, 'i');
}

/**
 * A pattern for the names of a provider's keys, not of everything beside them: a name holding one of
 * `words` as a whole part and ending in one of `endings` (`OKTA_API_TOKEN`, `PROD_OKTA_TOKEN`, but not
 * `OKTA_ORG_URL` or `OKTA_CLIENT_SECRET`, which a key check would call malformed). Case-insensitive and
 * linear: parts and separators never overlap.
 */
export function keyName(words: readonly string[], endings: readonly string[]): RegExp {
  const alternatives = (phrases: readonly string[]): string =>
    phrases
      .map((phrase) =>
        phrase
          .split('_')
          .map((word) => word.replace(/[^A-Za-z0-9]/g, ''))
          .join('[-_./]'),
      )
      .join('|');
  return new RegExp(
    `(?:^|[-_./])(?:${alternatives(words)})(?:[-_./][A-Za-z0-9]+)*[-_./](?:${alternatives(endings)})$`,
    'i',
  );
}
