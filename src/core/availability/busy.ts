import type { Interval } from "../time/types.js";
import type { AvailabilitySettings, Booking, Conflict, Hold } from "./types.js";

const MINUTE_MS = 60_000;

export function isHoldActive(hold: Hold, now: number): boolean {
  return hold.expiresAt > now;
}

/**
 * The one meaning of "free": a new appointment may lie where, with its own buffers, it overlaps
 * no booking (or active hold) with theirs — the after-buffer of one and the before-buffer of the
 * next add up. Equivalently, it must not overlap this stretch: the booking widened by both
 * buffers on each side. /free, the drafts, /day's free gaps and /book's conflicts all ask this.
 */
export function blockedBy(appointment: Interval, settings: AvailabilitySettings): Interval {
  const both = (settings.bufferBeforeMinutes + settings.bufferAfterMinutes) * MINUTE_MS;
  return { start: appointment.start - both, end: appointment.end + both };
}

/** Where no new appointment may lie: bookings and active holds, each `blockedBy`, merged into
 *  disjoint intervals sorted by start. */
export function blockedIntervals(
  bookings: readonly Booking[],
  holds: readonly Hold[],
  settings: AvailabilitySettings,
  now: number,
): Interval[] {
  const raw: Interval[] = [];
  for (const b of bookings) raw.push(blockedBy(b, settings));
  for (const h of holds) if (isHoldActive(h, now)) raw.push(blockedBy(h, settings));
  raw.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) merged[merged.length - 1] = { start: last.start, end: r.end };
    } else merged.push(r);
  }
  return merged;
}

/** Index of the first interval whose end lies after `t` (intervals disjoint and sorted). */
export function firstEndingAfter(intervals: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((intervals[mid]?.end ?? Infinity) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/**
 * Bookings and holds a candidate appointment would collide with once every buffer is counted
 * (see `blockedBy`). Expired holds count only when `now` is not given.
 */
export function findConflicts(
  candidate: Interval,
  bookings: readonly Booking[],
  holds: readonly Hold[],
  settings: AvailabilitySettings,
  now?: number,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const b of bookings) {
    if (overlaps(candidate, blockedBy(b, settings))) conflicts.push({ kind: "booking", id: b.id, start: b.start, end: b.end });
  }
  for (const h of holds) {
    if (now !== undefined && !isHoldActive(h, now)) continue;
    if (overlaps(candidate, blockedBy(h, settings))) conflicts.push({ kind: "hold", id: h.id, start: h.start, end: h.end });
  }
  return conflicts.sort((a, b) => a.start - b.start);
}
