// A chart as a picture for a briefing: its <svg> as a stand-alone SVG file (the page's CSS copied onto each element,
// a white background and the chart's title, so it looks the same pasted anywhere), and the same drawn at twice the
// size into a PNG. The pure parts (which styles, what box) are apart from the DOM work so that they can be tested.
//
// API:
//   chartSvg(svg, title) -> { text, width, height }   the SVG file's text and its size in CSS pixels
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
/** height of the caption line under the chart (scenario, branches, seeds, fingerprint), in px */
export const CAPTION_HEIGHT = 20;
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
  const height = box.height + (caption ? CAPTION_HEIGHT : 0);

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
    ['style', `fill:#1a1a1a;font-family:${getComputedStyle(svg).fontFamily};font-size:15px;font-weight:600`],
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
  if (caption) {
    const note = document.createElementNS(XMLNS, 'text');
    for (const [k, v] of [
      ['x', String(PAD)],
      ['y', String(height - 6)],
      ['data-caption', ''],
      ['style', `fill:#444444;font-family:${getComputedStyle(svg).fontFamily};font-size:11px`],
    ])
      note.setAttribute(k, v);
    note.textContent = caption;
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
