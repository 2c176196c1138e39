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
