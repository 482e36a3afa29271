// Picking a round on a plot: from the pointer's position, or by keys on the focused plot (a slider over the rounds).

/** The round under a pointer at x pixels from the plot's left edge, clamped to the rounds that have been run. */
export function roundAtPixel(
  px: number,
  innerWidth: number,
  domainLast: number,
  lastRun: number,
): number | null {
  if (!Number.isFinite(px) || !(innerWidth > 0) || !(domainLast > 0) || !(lastRun >= 0)) return null;
  const round = Math.round((px / innerWidth) * domainLast);
  return Math.min(Math.max(round, 0), Math.floor(lastRun));
}

/**
 * The round a key moves to from `round` (arrows one round, Page keys a year of quarters, Home/End the ends), or null
 * for a key that does not move.
 */
export function roundAfterKey(key: string, round: number, lastRun: number): number | null {
  const last = Math.max(0, Math.floor(Number.isFinite(lastRun) ? lastRun : 0));
  const from = Math.min(Math.max(Number.isFinite(round) ? Math.round(round) : 0, 0), last);
  const move: Record<string, number> = {
    ArrowLeft: from - 1,
    ArrowDown: from - 1,
    ArrowRight: from + 1,
    ArrowUp: from + 1,
    PageDown: from - 4,
    PageUp: from + 4,
    Home: 0,
    End: last,
  };
  if (!(key in move)) return null;
  return Math.min(Math.max(move[key], 0), last);
}
