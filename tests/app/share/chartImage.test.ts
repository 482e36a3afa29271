import { describe, expect, it } from 'vitest';
import { exportBox, PAD, STYLE_PROPS, styleText, TITLE_HEIGHT } from '../../../src/app/share/chartImage.ts';

describe('chart pictures', () => {
  it('styleText copies every computed property that has a value, in a style attribute', () => {
    const values: Record<string, string> = { fill: 'rgb(0, 0, 0)', stroke: ' none ', 'font-size': '11px' };
    expect(styleText((p) => values[p] ?? '')).toBe('fill:rgb(0, 0, 0);stroke:none;font-size:11px');
    expect(STYLE_PROPS).toContain('stroke-dasharray');
  });

  it('exportBox grows the declared box to take in labels drawn past it, with a margin and a title line', () => {
    const box = exportBox({ x: 0, y: 0, width: 400, height: 200 }, { x: -5, y: 10, width: 440, height: 150 });
    expect(box.view).toEqual({ x: -5 - PAD, y: -PAD, width: 440 + 2 * PAD, height: 200 + 2 * PAD });
    expect(box.width).toBe(440 + 2 * PAD);
    expect(box.height).toBe(200 + 2 * PAD + TITLE_HEIGHT);
  });

  it('exportBox keeps the declared box when nothing is drawn or the drawing has no size', () => {
    const declared = { x: -100, y: -100, width: 200, height: 200 };
    for (const drawn of [null, { x: 0, y: 0, width: 0, height: 0 }]) {
      expect(exportBox(declared, drawn).view).toEqual({
        x: -100 - PAD,
        y: -100 - PAD,
        width: 200 + 2 * PAD,
        height: 200 + 2 * PAD,
      });
    }
  });
});
