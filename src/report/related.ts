// The other locations of a finding's root cause (SPEC section 5), in one short phrase for the formats
// that show one line per finding: `also at 17:38, 88:36`, with the file when it is another one.

import type { Finding } from '../core/types.js';

/** More related locations than this are counted, not listed, in one-line formats. */
export const MAX_LISTED = 5;

/**
 * `also at 17:38, 88:36` (`also at other.yml:3:5` for another file; `and N more` past MAX_LISTED), or
 * undefined when the finding has no related locations.
 */
export function alsoAt(finding: Pick<Finding, 'location' | 'relatedLocations'>): string | undefined {
  const related = finding.relatedLocations ?? [];
  if (related.length === 0) return undefined;
  const places = related
    .slice(0, MAX_LISTED)
    .map((l) => `${l.file === finding.location.file ? '' : `${l.file}:`}${l.line}:${l.column}`);
  const more = related.length - MAX_LISTED;
  return `also at ${places.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The message with its related locations appended: `… used in production (also at 25:38)`. */
export function messageWithRelated(finding: Pick<Finding, 'message' | 'location' | 'relatedLocations'>): string {
  const also = alsoAt(finding);
  return also ? `${finding.message} (${also})` : finding.message;
}
