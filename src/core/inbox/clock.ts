import { addLocalDays } from "../time/localDate.js";
import { offsetMinutes, wallToEpoch } from "../time/offsets.js";
import type { Weekday } from "../time/types.js";
import { zonedParts, type ZonedParts } from "../time/zone.js";

/*
 * The parser reads and builds a few wall-clock times per note. The zone offsets come from
 * src/core/time's cached spans, so a reading is arithmetic, not an Intl call.
 */

/** Wall-clock reading of an instant in a zone. */
export type Wall = Omit<ZonedParts, "minuteOfDay">;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** The Date range, less the day either side that the zone arithmetic looks at. */
const LAST_SAFE_MS = 8.64e15 - 2 * DAY;

/** Instants outside the Date range have no wall clock: they read as NaN instead of throwing. */
function inRange(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= LAST_SAFE_MS;
}

const NO_WALL: Wall = { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, weekday: 0 };

/** The zone the parser can work in: the given one, or UTC for an unknown zone, so a bad
 *  setting never makes parsing throw. */
export function usableZone(timeZone: string, epochMs: number): string {
  try {
    offsetMinutes(timeZone, inRange(epochMs) ? epochMs : 0);
    return timeZone;
  } catch {
    return "UTC";
  }
}

export function wallOf(epochMs: number, timeZone: string): Wall {
  return inRange(epochMs) ? zonedParts(epochMs, timeZone) : NO_WALL;
}

/** The message date in its zone. Every note of a paste resolves against it; its wall clock
 *  is read once, when a note first needs it. */
export class MessageClock {
  #wall: Wall | undefined;
  constructor(
    readonly now: number,
    readonly timeZone: string,
  ) {}

  get wall(): Wall {
    return (this.#wall ??= wallOf(this.now, this.timeZone));
  }
}

/**
 * The instant of a wall-clock time in a zone. A time in a spring-forward gap moves forward,
 * as clocks do. A time the fall-back hour shows twice reads as its later occurrence when that
 * is not after `notAfter` (the message date: a note reports the past), else its earlier one.
 */
export function instantOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
  notAfter = -Infinity,
): number {
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  if (!inRange(wallMs)) return NaN;
  const first = wallToEpoch(timeZone, wallMs);
  // Offsets change at most once within a few hours, so three hours on the later offset holds.
  const later = wallMs - offsetMinutes(timeZone, first + 3 * HOUR) * MINUTE;
  const repeated = later > first && later <= notAfter && offsetMinutes(timeZone, later) * MINUTE === wallMs - later;
  return repeated ? later : first;
}

/** The same wall time `days` days later (negative: earlier), across DST changes. */
export function shiftDays(epochMs: number, days: number, timeZone: string): number {
  // Zero days is the instant itself, also inside a repeated (fall-back) hour.
  if (days === 0 || !inRange(epochMs)) return days === 0 ? epochMs : NaN;
  const wallMs = epochMs + offsetMinutes(timeZone, epochMs) * MINUTE + days * DAY;
  return inRange(wallMs) ? wallToEpoch(timeZone, wallMs) : NaN;
}

/** The calendar date `days` after the given one. */
export function dateAfter(wall: Wall, days: number): { year: number; month: number; day: number } {
  return addLocalDays(wall, days);
}
