import { TZDate, tzOffset } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { Weekday } from "../time/types.js";

/** Wall-clock reading of an instant in a zone. */
export interface Wall {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: Weekday;
}

const MINUTE = 60_000;

/** Offset of the zone at an instant, in minutes east of UTC. */
function offsetAt(timeZone: string, epochMs: number): number {
  const offset = tzOffset(timeZone, new Date(epochMs));
  return Number.isNaN(offset) ? 0 : offset;
}

export function wallOf(epochMs: number, timeZone: string): Wall {
  // One offset lookup and UTC getters: far cheaper than a zoned Date per reading.
  const d = new Date(epochMs + offsetAt(timeZone, epochMs) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay() as Weekday,
  };
}

/** The instant of a wall-clock time in a zone (a DST gap moves forward, as clocks do). */
export function instantOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetAt(timeZone, asUtc);
  const guess = asUtc - first * MINUTE;
  const second = offsetAt(timeZone, guess);
  return second === first ? guess : asUtc - second * MINUTE;
}

/** The same wall time `days` days later (negative: earlier), across DST changes. */
export function shiftDays(epochMs: number, days: number, timeZone: string): number {
  return addDays(new TZDate(epochMs, timeZone), days).getTime();
}

/** The calendar date `days` after the given one. */
export function dateAfter(wall: Wall, days: number, timeZone: string): { year: number; month: number; day: number } {
  const d = addDays(new TZDate(wall.year, wall.month - 1, wall.day, 12, 0, timeZone), days);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
