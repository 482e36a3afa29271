// The app's addresses of the rulebook pages: rulebook/*.html beside index.html in the hosted build, the one rulebook
// file beside the app's file in the single build (build/rulebook.ts makes both).

import { rulebookHref, sectionAnchor, type DocSegment } from './rulebook.ts';

const SINGLE = import.meta.env.MODE === 'single';

/** The rulebook's first page, for the header's link. */
export const RULEBOOK_HOME = rulebookHref('model', undefined, SINGLE);

/** Where a reference in a text leads, or null for plain text. */
export function segmentHref(segment: DocSegment): string | null {
  if (!segment.page) return null;
  const anchor = segment.section === undefined ? undefined : sectionAnchor(segment.section);
  return rulebookHref(segment.page, anchor, SINGLE);
}
