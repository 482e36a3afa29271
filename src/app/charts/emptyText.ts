// What a line chart says where it has nothing to draw: nothing run yet, the twin not reached yet, or every line hidden.

export function emptyTextOf(rounds: number, waitingForTwin: boolean): string {
  if (rounds === 0) return 'Press play to run';
  if (waitingForTwin) return 'The same world without measures is still being computed';
  return 'Every series is hidden: pick one above';
}
