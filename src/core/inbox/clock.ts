import { TZDate } from "@date-fns/tz";
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

export function wallOf(epochMs: number, timeZone: string): Wall {
  const d = new TZDate(epochMs, timeZone);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    weekday: d.getDay() as Weekday,
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
  return new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
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
