// Message templates for rule findings (the ESLint `messages` model): `{{name}}` placeholders filled
// from the data a rule reports. Unknown placeholders stay as written so a typo shows in tests.

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

/**
 * Replaces each `{{name}}` (spaces inside the braces allowed) with `String(data[name])`. A placeholder
 * with no value in `data` is left unchanged. Replacement text is never re-scanned.
 */
export function formatMessage(template: string, data: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) && data[name] !== undefined ? String(data[name]) : whole,
  );
}

/** The placeholder names a template uses, in order of first appearance. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) if (!names.includes(match[1])) names.push(match[1]);
  return names;
}
