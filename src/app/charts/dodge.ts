// Direct labels at the ends of lines: moved apart vertically so that no two overlap, staying near their lines.

export interface LabelAnchor {
  key: string;
  /** wanted position in pixels (the line's last point) */
  y: number;
}

/**
 * Positions for labels at least `gap` pixels apart, inside [top, bottom] when they fit, each as close to its anchor as
 * the others allow. Non-finite anchors go to the top. Labels that would overlap are stacked as a group centred on
 * their anchors' mean (merging with a neighbouring group it then meets), so that eight lines ending at 0 get labels
 * around 0, not a column running down from it that reads as values below 0.
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
  // groups of consecutive labels, each stacked `gap` apart around the mean of its anchors
  const groups: Array<{ first: number; count: number; sum: number }> = [];
  const start = (g: { count: number; sum: number }) => g.sum / g.count - ((g.count - 1) * gap) / 2;
  for (let i = 0; i < items.length; i++) {
    groups.push({ first: i, count: 1, sum: items[i].y });
    // merge backwards while the newest group overlaps the one before it
    while (groups.length > 1) {
      const last = groups[groups.length - 1];
      const before = groups[groups.length - 2];
      if (start(before) + (before.count - 1) * gap + gap <= start(last) + 1e-9) break;
      before.count += last.count;
      before.sum += last.sum;
      groups.pop();
    }
  }
  for (const g of groups) for (let n = 0; n < g.count; n++) items[g.first + n].y = start(g) + n * gap;
  // then push down from the top, and back up from the bottom, so that a crowd at either edge stays in view
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

/** width of one character of an end label (11px, bold) in pixels, a little over the average so that none is cut */
const LABEL_CHAR_WIDTH = 7;
/** gap between a line's last point and its label, in pixels (the plot draws the label this far right) */
export const LABEL_OFFSET = 6;

/** Room on a plot's right for its end labels: at least `least`, and wide enough for the longest label. */
export function endLabelSpace(texts: readonly string[], least: number): number {
  const longest = Math.max(0, ...texts.map((t) => t.length));
  return Math.max(least, longest > 0 ? LABEL_OFFSET + longest * LABEL_CHAR_WIDTH + 4 : 0);
}

/**
 * Label positions that stay inside the plot: dodged `gap` apart, then held within half a label of the top and the
 * bottom, so that a crowd of labels overlaps rather than spills below the axis or above the plot.
 */
export function endLabelPositions(
  anchors: readonly LabelAnchor[],
  gap: number,
  innerHeight: number,
): Map<string, number> {
  const [top, bottom] = [gap / 2, Math.max(gap / 2, innerHeight - gap / 2)];
  const at = dodgeLabels(anchors, gap, top, bottom);
  for (const [key, y] of at) at.set(key, Math.min(bottom, Math.max(top, y)));
  return at;
}
