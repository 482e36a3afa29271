// The rulebook as the builds ship it (build/rulebook.ts): every page is there with GitHub's heading ids, no link in
// it points at an id or a page that is not there, and every reference the app makes to a page reaches one.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostedFiles, readDocs, renderPage, singleRulebook, githubSlug } from '../../build/rulebook.ts';
import { docSegments, RULEBOOK_PAGES, sectionAnchor, type DocSegment } from '../../src/app/rulebook.ts';
import { PARAM_SPECS } from '../../src/model/params.ts';
import { PARAMS as PARAMS_ZH } from '../../src/app/i18n/params.zh-CN.ts';

const DOCS = fileURLToPath(new URL('../../docs', import.meta.url));
const hosted = hostedFiles(DOCS);
const single = singleRulebook(
  readDocs(DOCS).map((d) => renderPage(d.page, d.markdown, true)),
  'decoupling-lab.html',
);

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]);

/** Links in a hosted page that lead nowhere: an id not in the page it names, or a page the build does not have. */
function brokenLinks(page: string, files: ReadonlyMap<string, string>): string[] {
  const html = files.get(page)!;
  return hrefs(html).filter((href) => {
    if (/^(https?:|mailto:)/.test(href)) return false;
    if (['../index.html', '../favicon.svg', 'rulebook.css'].includes(href)) return false;
    const [file, anchor] = href.split('#');
    const target = files.get(file || page);
    if (target === undefined) return true;
    return anchor !== undefined && !ids(target).includes(decodeURIComponent(anchor));
  });
}

describe('the rulebook pages', () => {
  it('are one HTML page per document and a stylesheet', () => {
    expect([...hosted.keys()].sort()).toEqual(
      ['rulebook.css', ...RULEBOOK_PAGES.map((p) => `${p.id}.html`)].sort(),
    );
  });

  it('give headings the ids GitHub gives them, which the documents link to', () => {
    const model = ids(hosted.get('model.html')!);
    for (const id of [
      'parameters',
      'measures-already-in-force-at-round-0',
      'calibration-the-starting-world-and-its-sources',
      'supplychaincost-the-cost-index',
    ])
      expect(model, id).toContain(id);
    expect(githubSlug('`supplyChainCost`: the cost index')).toBe('supplychaincost-the-cost-index');
    expect(githubSlug('13. Critical-infrastructure shares outside China')).toBe(
      '13-critical-infrastructure-shares-outside-china',
    );
  });

  it('have no id twice in a page', () => {
    for (const [name, html] of hosted) expect(ids(html).length, name).toBe(new Set(ids(html)).size);
  });

  it('have no link to an id or a page that is not there, and none left to a .md file', () => {
    for (const name of hosted.keys()) {
      if (!name.endsWith('.html')) continue;
      expect(brokenLinks(name, hosted), name).toEqual([]);
      expect(
        hrefs(hosted.get(name)!).filter((h) => h.includes('.md')),
        name,
      ).toEqual([]);
    }
  });

  it('link a document named in passing to its page and section', () => {
    const calibration = hosted.get('calibration.html')!;
    expect(calibration).toContain(`<a href="calibration-sources.html#${sectionAnchor(6)}">`);
    expect(ids(hosted.get('calibration-sources.html')!)).toContain(sectionAnchor(13));
  });

  it('carry a table of contents, the parameter table and a way back to the simulator', () => {
    const model = hosted.get('model.html')!;
    expect(model).toMatch(/<nav class="toc"[^>]*>[\s\S]*<a href="#parameters">Parameters<\/a>/);
    expect(model).toMatch(/<td><code>switchingTime<\/code><\/td>/);
    expect(model).toContain('<a class="back" href="../index.html">');
    expect(model).not.toMatch(/<script/i);
  });

  it('are also one file for the single build, every link in it to an id in it', () => {
    const found = new Set(ids(single));
    const missing = hrefs(single).filter(
      (h) => h !== 'decoupling-lab.html' && !/^(https?:|mailto:)/.test(h) && !found.has(h.slice(1)),
    );
    expect(missing).toEqual([]);
    expect(found).toContain('model--measures-already-in-force-at-round-0');
    expect(ids(single).length).toBe(found.size);
  });
});

describe('references to rulebook pages in a text (docSegments)', () => {
  const cases: Array<[string, DocSegment[]]> = [
    [
      'see docs/calibration-sources.md).',
      [
        { text: 'see ' },
        { text: 'docs/calibration-sources.md', page: 'calibration-sources' },
        { text: ').' },
      ],
    ],
    [
      '(docs/calibration-sources.md, section 13); more',
      [
        { text: '(' },
        { text: 'docs/calibration-sources.md, section 13', page: 'calibration-sources', section: 13 },
        { text: '); more' },
      ],
    ],
    [
      '（docs/calibration-sources.md 第 13 节）',
      [
        { text: '（' },
        { text: 'docs/calibration-sources.md 第 13 节', page: 'calibration-sources', section: 13 },
        { text: '）' },
      ],
    ],
    [
      'the rulebook (docs/model.md)',
      [{ text: 'the rulebook (' }, { text: 'docs/model.md', page: 'model' }, { text: ')' }],
    ],
    [
      'docs/implementation-notes.md and tests/docs/model.md.ts',
      [{ text: 'docs/implementation-notes.md and tests/docs/model.md.ts' }],
    ],
    ['', [{ text: '' }]],
  ];
  it.each(cases)('%j', (text, segments) => {
    expect(docSegments(text)).toEqual(segments);
    expect(
      docSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('every reference a parameter’s source makes, in English and Chinese, reaches a page and section', () => {
    const sources = [...PARAM_SPECS.map((p) => p.source), ...Object.values(PARAMS_ZH).map((p) => p.source)];
    const references = sources.flatMap((s) => docSegments(s).filter((seg) => seg.page));
    expect(references.length).toBeGreaterThanOrEqual(6);
    for (const r of references) {
      const page = hosted.get(`${r.page}.html`);
      expect(page, r.text).toBeDefined();
      if (r.section !== undefined) expect(ids(page!), r.text).toContain(sectionAnchor(r.section));
    }
  });
});
