// The chord layout of a trade matrix (d3-chord), or null when there is nothing to draw: an all-zero matrix would give
// the layout a zero total and every angle NaN.

import { chord, descending, type Chords } from 'd3';

/** padding between the states' arcs, in radians */
const PAD_ANGLE = 0.04;

export function chordLayout(matrix: readonly (readonly number[])[]): Chords | null {
  const clean = matrix.map((row) => row.map((v) => (Number.isFinite(v) && v > 0 ? v : 0)));
  const total = clean.reduce((a, row) => a + row.reduce((b, v) => b + v, 0), 0);
  if (!(total > 0)) return null;
  return chord().padAngle(PAD_ANGLE).sortSubgroups(descending)(clean);
}
