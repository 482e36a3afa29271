// Build plugin for the rulebook: renders docs/model.md, calibration.md, calibration-sources.md and lessons.md to
// plain HTML pages that ship with the app, so a facilitator can open from the app the page behind a number. Headings
// get GitHub's ids (the docs link to them as on GitHub), links between the docs become links between the pages, and
// a file named in passing ("calibration-sources.md section 13") becomes a link too. The hosted build gets one page per
// document in rulebook/; the single file gets one more file beside it holding all four (build/singleFile.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';
import {
  docSegments,
  RULEBOOK_DIR,
  RULEBOOK_PAGES,
  RULEBOOK_SINGLE_FILE,
  sectionAnchor,
  singleId,
  type RulebookPage,
} from '../src/app/rulebook.ts';

export const RULEBOOK_CSS_FILE = 'rulebook.css';

/** Plain, readable type: one column, wide tables scroll on their own, print without the menus. */
export const RULEBOOK_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --link: #0550ae; --paper: #fff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans SC", sans-serif; }
.pages { position: sticky; top: 0; z-index: 1; background: #f6f8fa; border-bottom: 1px solid var(--line);
  padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.95rem; }
.pages a[aria-current="page"] { font-weight: 600; color: var(--ink); text-decoration: none; }
.pages .back { margin-right: auto; font-weight: 600; }
main, .page { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
.page + .page { border-top: 3px double var(--line); }
a { color: var(--link); }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.75em 0 0.5em; scroll-margin-top: 3rem; }
h1 { font-size: 1.9rem; margin-top: 0.75em; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
h3 { font-size: 1.2rem; }
h4 { font-size: 1.05rem; }
code { font: 0.9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa;
  padding: 0.1em 0.3em; border-radius: 4px; }
pre { background: #f6f8fa; padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; }
pre code { padding: 0; background: none; }
.table { overflow-x: auto; margin: 1rem 0; width: min(calc(100vw - 2rem), 100rem); position: relative; left: 50%;
  transform: translateX(-50%); }
th.prose, td.prose { min-width: 16rem; }
table { border-collapse: collapse; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; }
blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: 4px solid var(--line); }
.toc { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.toc h2 { font-size: 1.05rem; border: 0; margin: 0.5rem 0; }
.toc ul { margin: 0; padding-left: 1.25rem; }
.toc ul ul { font-size: 0.95em; }
.language { color: var(--muted); font-size: 0.95rem; }
@media print { .pages, .toc { display: none; } a { color: inherit; } }
`;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decodeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * A heading's id as GitHub makes it from the heading's text: lower case, every character that is not a letter,
 * mark, digit, connector (_), space or hyphen dropped, spaces made hyphens.
 */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

export interface Heading {
  depth: number;
  /** the id within its page (as on GitHub) */
  slug: string;
  /** the heading's inline HTML, for the table of contents */
  html: string;
}

export interface RenderedPage {
  page: RulebookPage;
  /** the document's first heading, as plain text */
  title: string;
  headings: Heading[];
  /** the document as HTML, its table of contents after its first heading */
  html: string;
}

/** a column whose cells average more characters than this is sentences, and is given a reading width */
const PROSE_CHARS = 60;

const PAGE_LINK = /^(?:\.\.?\/)?(?:docs\/)?(calibration-sources|calibration|model|lessons)\.md(?:#(.*))?$/;

/**
 * Renders one document. `single`: for the single build's one rulebook file, where every id carries its page's id
 * and every link to another page is a link within the file.
 */
export function renderPage(page: RulebookPage, markdown: string, single = false): RenderedPage {
  const id = (anchor: string) => (single ? singleId(page, anchor) : anchor);
  const href = (target: RulebookPage, anchor?: string) =>
    single
      ? `#${singleId(target, anchor ?? '')}`
      : `${target === page ? '' : `${target}.html`}${anchor ? `#${anchor}` : ''}` || '#';
  /** where a reference in passing points: a numbered section of a page, or the page */
  const referenceHref = (target: RulebookPage, section?: number) =>
    href(target, section === undefined ? undefined : sectionAnchor(section));

  const headings: Heading[] = [];
  const seen = new Map<string, number>();
  let linkDepth = 0;

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const text = decodeHtml(this.parser.parseInline(tokens, this.parser.textRenderer));
        const base = githubSlug(text);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const slug = n === 0 ? base : `${base}-${n}`;
        // a heading's words stay words: its HTML is also the link text in the contents
        linkDepth++;
        const inner = this.parser.parseInline(tokens);
        linkDepth--;
        headings.push({ depth, slug, html: inner });
        const numbered = /^(\d+)\. /.exec(text);
        const extra = numbered ? `<span id="${id(sectionAnchor(numbered[1]))}"></span>` : '';
        return `<h${depth} id="${id(slug)}">${extra}${inner}</h${depth}>\n`;
      },
      link({ href: target, title, tokens }: Tokens.Link) {
        linkDepth++;
        const inner = this.parser.parseInline(tokens);
        linkDepth--;
        const t = title ? ` title="${escapeHtml(title)}"` : '';
        if (target.startsWith('#'))
          return `<a href="${escapeHtml(href(page, target.slice(1)))}"${t}>${inner}</a>`;
        const m = PAGE_LINK.exec(target);
        if (m) return `<a href="${escapeHtml(href(m[1] as RulebookPage, m[2]))}"${t}>${inner}</a>`;
        if (/^(https?:|mailto:)/.test(target)) return `<a href="${escapeHtml(target)}"${t}>${inner}</a>`;
        // a file of the repository the pages do not carry: name it, link nothing that would not open
        return `${inner} (<code>${escapeHtml(target)}</code>)`;
      },
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return false;
        if (token.type === 'escape' || linkDepth > 0) return false;
        return docSegments(decodeHtml(token.text))
          .map((s) =>
            s.page && linkDepth === 0
              ? `<a href="${escapeHtml(referenceHref(s.page, s.section))}">${escapeHtml(s.text)}</a>`
              : escapeHtml(s.text),
          )
          .join('');
      },
      table(token: Tokens.Table) {
        // a column of sentences (what a parameter does, its source) gets room to be read; the table scrolls on
        // its own rather than widen the page
        const prose = token.header.map(
          (_, j) =>
            token.rows.reduce((n, row) => n + (row[j]?.text.length ?? 0), 0) >
            PROSE_CHARS * token.rows.length,
        );
        const cell = (c: Tokens.TableCell, j: number) => {
          const tag = c.header ? 'th' : 'td';
          const attrs = `${prose[j] ? ' class="prose"' : ''}${c.align ? ` align="${c.align}"` : ''}`;
          return `<${tag}${attrs}>${this.parser.parseInline(c.tokens)}</${tag}>`;
        };
        const row = (cells: Tokens.TableCell[]) => `<tr>${cells.map(cell).join('')}</tr>\n`;
        const body = token.rows.map(row).join('');
        return `<div class="table"><table>\n<thead>\n${row(token.header)}</thead>\n${body ? `<tbody>\n${body}</tbody>\n` : ''}</table></div>\n`;
      },
      codespan({ text }: Tokens.Codespan) {
        const code = `<code>${escapeHtml(decodeHtml(text))}</code>`;
        const segments = docSegments(decodeHtml(text));
        const only = segments.length === 1 ? segments[0] : undefined;
        return only?.page && linkDepth === 0
          ? `<a href="${escapeHtml(referenceHref(only.page, only.section))}">${code}</a>`
          : code;
      },
    },
  });
  const body = marked.parse(markdown, { async: false }) as string;

  const first = headings.find((h) => h.depth === 1);
  const title = first ? decodeHtml(first.html.replace(/<[^>]*>/g, '')) : page;
  const toc = tableOfContents(headings, id);
  const html = toc ? body.replace(/<\/h1>\n/, () => `</h1>\n${toc}`) : body;
  return { page, title, headings, html };
}

/** The contents: second-level headings, each with its third-level ones under it; none for a short page. */
function tableOfContents(headings: readonly Heading[], id: (anchor: string) => string): string {
  const groups: Array<{ item: string; children: string[] }> = [];
  for (const h of headings) {
    const item = `<a href="#${id(h.slug)}">${h.html}</a>`;
    if (h.depth === 2) groups.push({ item, children: [] });
    else if (h.depth === 3) groups.at(-1)?.children.push(`<li>${item}</li>`);
  }
  // a page of one or two sections needs no contents
  if (groups.length < 3) return '';
  const items = groups.map(
    (g) => `<li>${g.item}${g.children.length > 0 ? `\n<ul>${g.children.join('')}</ul>` : ''}</li>`,
  );
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2>\n<ul>\n${items.join('\n')}\n</ul></nav>\n`;
}

const PAGE_TITLE = 'Decoupling Lab rulebook';

function pageMenu(current: RulebookPage | null, back: string, href: (p: RulebookPage) => string): string {
  const links = RULEBOOK_PAGES.map(
    (p) =>
      `<a href="${href(p.id)}"${p.id === current ? ' aria-current="page"' : ''}>${escapeHtml(p.title)}</a>`,
  );
  return `<nav class="pages" aria-label="Rulebook pages"><a class="back" href="${back}">← Back to the simulator</a>${links.join('')}</nav>`;
}

function document(opts: { title: string; policy: string; head: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${opts.policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(opts.title)}</title>
${opts.head}
</head>
<body>
${opts.body}
</body>
</html>
`;
}

/** The pages carry no script at all: their policy says so. */
const HOSTED_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const SINGLE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** One page of the hosted build (rulebook/<page>.html), beside rulebook.css, one folder below index.html. */
export function hostedPage(rendered: RenderedPage): string {
  return document({
    title: `${rendered.title} · ${PAGE_TITLE}`,
    policy: HOSTED_POLICY,
    head: `<link rel="stylesheet" href="${RULEBOOK_CSS_FILE}">\n<link rel="icon" href="../favicon.svg" type="image/svg+xml">`,
    body: `${pageMenu(rendered.page, '../index.html', (p) => `${p}.html`)}\n<main>\n${rendered.html}</main>`,
  });
}

/** The single build's rulebook: every page in one file, each page's ids prefixed by its id. */
export function singleRulebook(pages: readonly RenderedPage[], appFile: string): string {
  const sections = pages.map((r) => `<section class="page" id="${r.page}">\n${r.html}</section>`);
  return document({
    title: PAGE_TITLE,
    policy: SINGLE_POLICY,
    head: `<style>${RULEBOOK_CSS}</style>`,
    body: `${pageMenu(null, escapeHtml(appFile), (p) => `#${p}`)}\n<main>\n${sections.join('\n')}\n</main>`,
  });
}

/** The documents as the build reads them, by page. */
export function readDocs(docsDir: string): Array<{ page: RulebookPage; markdown: string }> {
  return RULEBOOK_PAGES.map((p) => ({
    page: p.id,
    markdown: readFileSync(path.join(docsDir, `${p.id}.md`), 'utf8'),
  }));
}

/** The hosted build's files under rulebook/, by file name within that folder. */
export function hostedFiles(docsDir: string): Map<string, string> {
  const files = new Map<string, string>([[RULEBOOK_CSS_FILE, RULEBOOK_CSS.trimStart()]]);
  for (const d of readDocs(docsDir)) files.set(`${d.page}.html`, hostedPage(renderPage(d.page, d.markdown)));
  return files;
}

/**
 * The plugin. Hosted build: rulebook/*.html and rulebook.css, emitted before the offline copy lists the build's
 * files, so the rulebook opens offline too; the dev server serves the same pages, rendered on each request. Single
 * build (`single`): decoupling-lab-rulebook.html beside the app's file.
 */
export function rulebook(options: { docs: string; single?: boolean; appFile?: string }): Plugin {
  let serving = false;
  return {
    name: 'decoupling-lab-rulebook',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      if (serving) return;
      for (const p of RULEBOOK_PAGES) this.addWatchFile(path.join(options.docs, `${p.id}.md`));
      if (options.single) {
        const pages = readDocs(options.docs).map((d) => renderPage(d.page, d.markdown, true));
        this.emitFile({
          type: 'asset',
          fileName: RULEBOOK_SINGLE_FILE,
          source: singleRulebook(pages, options.appFile ?? 'index.html'),
        });
        return;
      }
      for (const [name, source] of hostedFiles(options.docs))
        this.emitFile({ type: 'asset', fileName: `${RULEBOOK_DIR}/${name}`, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/rulebook\/([\w.-]+)$/.exec((req.url ?? '').split(/[?#]/)[0]);
        const file = m ? hostedFiles(options.docs).get(m[1]) : undefined;
        if (!file) return next();
        res.setHeader('Content-Type', m![1].endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8');
        res.end(file);
      });
    },
  };
}
