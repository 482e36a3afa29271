import { describe, expect, it } from 'vitest';
import {
  CAPTION_HEIGHT,
  CAPTION_LINE,
  captionHeight,
  captionLines,
  estimateTextWidth,
  exportBox,
  PAD,
  STYLE_PROPS,
  styleText,
  TITLE_HEIGHT,
} from '../../../src/app/share/chartImage.ts';

/** the caption the new user's PNG lost after “branch “”: scenario, branches, seeds and fingerprint */
const LONG =
  'Decoupling Lab · Micron ban and its answers (2023) · branch “Main run” · compared with “No ban”, “No gallium ' +
  'controls” and “No YMTC listing” · 10 seeds (20230521–20230530), median and 50%/90% bands · fingerprint ' +
  '9f2c4e1a7b3d5f60';

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

  it('wraps a long caption so that every word of it is placed within the picture’s width, in order', () => {
    for (const width of [640, 420, 300]) {
      const max = width - 2 * PAD;
      const lines = captionLines(LONG, max);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(estimateTextWidth(line), line).toBeLessThanOrEqual(max);
      expect(lines.join(' ')).toBe(LONG);
      // the words the PNG lost are there
      expect(lines.join(' ')).toMatch(/10 seeds .* fingerprint 9f2c4e1a7b3d5f60$/);
    }
  });

  it('keeps a caption that fits on one line as it is, with the one-line height', () => {
    expect(captionLines('Decoupling Lab · seed 42', 600)).toEqual(['Decoupling Lab · seed 42']);
    expect(captionHeight(1)).toBe(CAPTION_HEIGHT);
    expect(captionHeight(3)).toBe(CAPTION_HEIGHT + 2 * CAPTION_LINE);
    expect(captionHeight(0)).toBe(0);
  });

  it('cuts a word wider than the line, and Chinese, which has no spaces, between characters', () => {
    const measure = (text: string) => text.length * 10;
    expect(captionLines('ab abcdefghij cd', 40, measure)).toEqual(['ab', 'abcd', 'efgh', 'ij', 'cd']);
    const zh =
      '脱钩实验室 · 美光禁令及其回应（2023）· 分支“主运行” · 10 个种子（20230521–20230530）· 指纹 9f2c4e1a7b3d5f60';
    const lines = captionLines(zh, 200);
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace(/\s+/g, '')).toBe(zh.replace(/\s+/g, ''));
    // a Chinese character is read as a whole em wide, a Latin letter as less
    expect(estimateTextWidth('中', 10)).toBe(10);
    expect(estimateTextWidth('a', 10)).toBeLessThan(10);
  });
});
