// The rulebook's pages (docs/*.md, rendered to HTML at build time by build/rulebook.ts) and the references to them
// that texts make in passing ("see docs/calibration-sources.md, section 13"): the app turns those into links, and the
// rendered pages do the same, so a reader can go from a parameter's source to the figure behind it.

/** The rendered pages, in the order the pages' own menu lists them; the first is the rulebook proper. */
export const RULEBOOK_PAGES = [
  { id: 'model', title: 'Rulebook' },
  { id: 'calibration', title: 'Calibration table' },
  { id: 'calibration-sources', title: 'Calibration sources' },
  { id: 'lessons', title: 'Lessons' },
] as const;

export type RulebookPage = (typeof RULEBOOK_PAGES)[number]['id'];

/** The folder of the hosted build that holds the pages (beside index.html), and the single build's one file. */
export const RULEBOOK_DIR = 'rulebook';
export const RULEBOOK_SINGLE_FILE = 'decoupling-lab-rulebook.html';

/**
 * The anchor that a numbered section ("## 13. Critical-infrastructure shares outside China") carries beside its
 * heading's own: texts cite sections by number, and a number survives a reworded title.
 */
export const sectionAnchor = (n: number | string) => `section-${n}`;

/** A piece of text, and the page (and section) it names, if it is a reference. */
export interface DocSegment {
  text: string;
  page?: RulebookPage;
  section?: number;
}

const PAGE_IDS: readonly string[] = RULEBOOK_PAGES.map((p) => p.id);
// a file name, not part of a longer one (implementation-notes.md, tests/docs/model.md), then perhaps its section
// in English or in Chinese ("第 13 节")
const REFERENCE =
  /(?<![\w.\-/])(?:docs\/)?(calibration-sources|calibration|model|lessons)\.md(?:,? section (\d+)| ?第 ?(\d+) ?节)?/g;

/** Splits a text at each reference it makes to a rulebook page; the pieces joined are the text. */
export function docSegments(text: string): DocSegment[] {
  const out: DocSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    if (!PAGE_IDS.includes(m[1])) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    const n = m[2] ?? m[3];
    out.push({
      text: m[0],
      page: m[1] as RulebookPage,
      ...(n !== undefined ? { section: Number(n) } : {}),
    });
    last = m.index + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last) });
  return out;
}

/**
 * The address of a page (and an anchor in it) from the app's page. The hosted build has one file per page in
 * rulebook/; the single file, opened from disk, has them all in one file beside it, each id prefixed by its page.
 */
export function rulebookHref(page: RulebookPage, anchor?: string, single = false): string {
  if (single) return `${RULEBOOK_SINGLE_FILE}#${singleId(page, anchor ?? '')}`;
  return `${RULEBOOK_DIR}/${page}.html${anchor ? `#${anchor}` : ''}`;
}

/** An id in the single build's rulebook file: the page's id, then the anchor within the page, if any. */
export const singleId = (page: RulebookPage, anchor: string) => (anchor ? `${page}--${anchor}` : page);
