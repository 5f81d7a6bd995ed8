import type { Interval } from "../time/types.js";

/** The slot whose start lies closest to the requested time; on a tie the earlier one. */
export function nearestFreeSlot(requestedEpoch: number, slots: readonly Interval[]): Interval | undefined {
  let best: Interval | undefined;
  for (const slot of slots) {
    const d = Math.abs(slot.start - requestedEpoch);
    const bestD = best ? Math.abs(best.start - requestedEpoch) : Infinity;
    if (d < bestD || (d === bestD && best && slot.start < best.start)) best = slot;
  }
  return best;
}

/**
 * `count` slots spread over the list: always the earliest, the others evenly towards the
 * latest, so a proposal reads "17:00, 18:30 oder 20:00" rather than three neighbours.
 */
export function pickProposal(slots: readonly Interval[], count: number): Interval[] {
  const sorted = [...slots].sort((a, b) => a.start - b.start);
  const n = Math.max(0, Math.floor(count));
  if (sorted.length <= n) return sorted;
  if (n === 1) return sorted.slice(0, 1);
  const picked: Interval[] = [];
  for (let k = 0; k < n; k++) {
    const slot = sorted[Math.round((k * (sorted.length - 1)) / (n - 1))];
    if (slot) picked.push(slot);
  }
  return picked;
}
