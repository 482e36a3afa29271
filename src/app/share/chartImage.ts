// A chart as a picture for a briefing: its <svg> as a stand-alone SVG file (the page's CSS copied onto each element,
// a white background and the chart's title, so it looks the same pasted anywhere), and the same drawn at twice the
// size into a PNG. The pure parts (which styles, what box) are apart from the DOM work so that they can be tested.
//
// API:
//   chartSvg(svg, title) -> { text, width, height }   the SVG file's text and its size in CSS pixels
//   captionLines(caption, maxWidth, measure) -> string[]   the caption wrapped to the picture's width
//   svgToPng(text, width, height, scale = 2) -> Promise<Blob>   a PNG of the SVG at `scale` times its size

/** computed style properties that carry the look of a chart's shapes and labels */
export const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** px of white space around the chart, and the height of the title line above it */
export const PAD = 12;
export const TITLE_HEIGHT = 26;
/** height of the caption under the chart (scenario, branches, seeds, fingerprint) when it is one line, in px */
export const CAPTION_HEIGHT = 20;
/** px from one caption line to the next; the caption's type is CAPTION_FONT px */
export const CAPTION_LINE = 14;
export const CAPTION_FONT = 11;
const XMLNS = 'http://www.w3.org/2000/svg';

/** A style attribute holding the computed values; empty values (properties the element lacks) are left out. */
export function styleText(read: (prop: string) => string): string {
  return STYLE_PROPS.map((p) => [p, read(p).trim()] as const)
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v}`)
    .join(';');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the chart's own coordinates to export: its declared box, grown to take in what is drawn past it (labels
 * at a line's end overflow on screen), with PAD around; and the picture's size with the title line above.
 */
export function exportBox(declared: Box, drawn: Box | null): { view: Box; width: number; height: number } {
  let x0 = declared.x;
  let y0 = declared.y;
  let x1 = declared.x + declared.width;
  let y1 = declared.y + declared.height;
  if (drawn && drawn.width > 0 && drawn.height > 0 && [drawn.x, drawn.y].every(Number.isFinite)) {
    x0 = Math.min(x0, drawn.x);
    y0 = Math.min(y0, drawn.y);
    x1 = Math.max(x1, drawn.x + drawn.width);
    y1 = Math.max(y1, drawn.y + drawn.height);
  }
  const view = { x: x0 - PAD, y: y0 - PAD, width: x1 - x0 + 2 * PAD, height: y1 - y0 + 2 * PAD };
  return { view, width: Math.ceil(view.width), height: Math.ceil(view.height + TITLE_HEIGHT) };
}

/**
 * A generous guess at a text's width in px at `fontSize`, for when nothing can measure it: a wide Latin letter is
 * about 0.6 em in the sans-serif fonts charts use, and a Chinese character (or any full-width one) a whole em.
 */
export function estimateTextWidth(text: string, fontSize = CAPTION_FONT): number {
  let em = 0;
  for (const ch of text)
    em +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      ) || ch.codePointAt(0)! > 0xffff
        ? 1
        : 0.6;
  return em * fontSize;
}

/**
 * The caption in lines no wider than `maxWidth` (as `measure` gives a text's width): words are kept whole and
 * filled line by line; a word wider than a line (a long name, or Chinese, which has no spaces) is cut between
 * characters. Every word of the caption is in the lines, in order.
 */
export function captionLines(
  caption: string,
  maxWidth: number,
  measure: (text: string) => number = estimateTextWidth,
): string[] {
  const pieces: string[] = [];
  for (const word of caption.split(/\s+/).filter(Boolean)) {
    if (measure(word) <= maxWidth) {
      pieces.push(word);
      continue;
    }
    let part = '';
    for (const ch of word) {
      if (part && measure(part + ch) > maxWidth) {
        pieces.push(part);
        part = '';
      }
      part += ch;
    }
    if (part) pieces.push(part);
  }
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${piece}`) <= maxWidth)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  return lines;
}

/** The height the caption's lines take under the chart, in px (none for no line). */
export function captionHeight(lines: number): number {
  return lines === 0 ? 0 : CAPTION_HEIGHT + (lines - 1) * CAPTION_LINE;
}

/** A text's width in px in the chart's font, measured on a canvas where the browser has one, else guessed. */
function textMeasure(fontFamily: string): (text: string) => number {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateTextWidth;
  ctx.font = `${CAPTION_FONT}px ${fontFamily}`;
  // the PNG is drawn from the SVG as an image, which may fall back to another font: a little room for it
  return (text) => ctx.measureText(text).width * 1.08;
}

function copyStyles(from: Element, to: Element) {
  const style = getComputedStyle(from);
  to.setAttribute(
    'style',
    styleText((p) => style.getPropertyValue(p)),
  );
  // what makes the chart a control on the page means nothing in a picture
  for (const attr of ['tabindex', 'role', 'class', 'focusable']) to.removeAttribute(attr);
  for (const attr of Array.from(to.attributes))
    if (attr.name.startsWith('aria-')) to.removeAttribute(attr.name);
}

/**
 * The picture of a chart: its title above, and `caption` (what was run: scenario, branches, seed or seeds, fingerprint)
 * in small type below, so a picture pasted into slides still says where it came from.
 */
export function chartSvg(
  svg: SVGSVGElement,
  title: string,
  caption = '',
): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, clone);
  const originals = svg.querySelectorAll('*');
  const copies = clone.querySelectorAll('*');
  originals.forEach((el, i) => copyStyles(el, copies[i]));

  const vb = svg.viewBox.baseVal;
  const declared: Box =
    vb && vb.width > 0
      ? { x: vb.x, y: vb.y, width: vb.width, height: vb.height }
      : { x: 0, y: 0, width: svg.width.baseVal.value, height: svg.height.baseVal.value };
  let drawn: Box | null = null;
  try {
    const b = svg.getBBox();
    drawn = { x: b.x, y: b.y, width: b.width, height: b.height };
  } catch {
    // a chart not laid out (hidden) has no box: its declared size is used
  }
  const box = exportBox(declared, drawn);
  const { view, width } = box;
  const fontFamily = getComputedStyle(svg).fontFamily;
  // the caption wrapped to the picture's width, so that a PNG (which clips at its edge) keeps every word of it
  const lines = caption ? captionLines(caption, width - 2 * PAD, textMeasure(fontFamily)) : [];
  const height = box.height + captionHeight(lines.length);

  const root = document.createElementNS(XMLNS, 'svg');
  root.setAttribute('xmlns', XMLNS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const titleEl = document.createElementNS(XMLNS, 'title');
  titleEl.textContent = title;
  const background = document.createElementNS(XMLNS, 'rect');
  for (const [k, v] of [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', '#ffffff'],
  ])
    background.setAttribute(k, v);
  const heading = document.createElementNS(XMLNS, 'text');
  for (const [k, v] of [
    ['x', String(PAD)],
    ['y', String(PAD + 8)],
    ['style', `fill:#1a1a1a;font-family:${fontFamily};font-size:15px;font-weight:600`],
  ])
    heading.setAttribute(k, v);
  heading.textContent = title;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(TITLE_HEIGHT));
  clone.setAttribute('width', String(view.width));
  clone.setAttribute('height', String(view.height));
  clone.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
  clone.setAttribute('overflow', 'visible');
  root.append(titleEl, background, heading, clone);
  if (lines.length > 0) {
    const note = document.createElementNS(XMLNS, 'text');
    for (const [k, v] of [
      ['x', String(PAD)],
      ['data-caption', ''],
      ['style', `fill:#444444;font-family:${fontFamily};font-size:${CAPTION_FONT}px`],
    ])
      note.setAttribute(k, v);
    const first = height - 6 - (lines.length - 1) * CAPTION_LINE;
    lines.forEach((line, i) => {
      const span = document.createElementNS(XMLNS, 'tspan');
      span.setAttribute('x', String(PAD));
      span.setAttribute('y', String(first + i * CAPTION_LINE));
      span.textContent = line;
      note.append(span);
    });
    root.append(note);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width, height };
}

export async function svgToPng(text: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
