// Direct labels at the ends of lines: moved apart vertically so that no two overlap, staying near their lines.

export interface LabelAnchor {
  key: string;
  /** wanted position in pixels (the line's last point) */
  y: number;
}

/**
 * Positions for labels at least `gap` pixels apart, inside [top, bottom] when they fit, each as close to its anchor as
 * the others allow. Non-finite anchors go to the top.
 */
export function dodgeLabels(
  anchors: readonly LabelAnchor[],
  gap: number,
  top: number,
  bottom: number,
): Map<string, number> {
  const items = anchors
    .map((a) => ({ key: a.key, y: Number.isFinite(a.y) ? a.y : top }))
    .sort((a, b) => a.y - b.y || (a.key < b.key ? -1 : 1));
  // push down from the top, then back up from the bottom, so that a crowd at either edge stays in view
  for (let i = 0; i < items.length; i++) {
    const min = i === 0 ? top : items[i - 1].y + gap;
    items[i].y = Math.max(items[i].y, min);
  }
  for (let i = items.length - 1; i >= 0; i--) {
    const max = i === items.length - 1 ? bottom : items[i + 1].y - gap;
    items[i].y = Math.min(items[i].y, max);
  }
  return new Map(items.map((i) => [i.key, i.y]));
}
