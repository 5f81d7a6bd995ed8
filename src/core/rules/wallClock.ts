import { INTL_OFFSETS, offsetMinutes, wallToEpoch as epochOfWall, type OffsetSource } from "../time/offsets.js";
import type { TimeRange, Weekday, WeeklyHours } from "../time/types.js";

/*
 * The rules read the wall clock as a day number and a minute of that day, so that every time
 * rule is integer arithmetic. Zone offsets come from the OffsetSource the caller passes (Intl
 * each time by default). Where a result is an instant it matches src/core/time (tests
 * cross-check them).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** UTC offset in minutes east; the time module's `offsetMinutes`. */
export const zoneOffset = offsetMinutes;

/** A local wall-clock position: days since 1970-01-01 (local) and minutes into that day. */
export interface WallTime {
  readonly dayNumber: number;
  readonly minuteOfDay: number;
  readonly weekday: Weekday;
}

export function wallTime(timeZone: string, epochMs: number, offsets: OffsetSource = INTL_OFFSETS): WallTime {
  const local = epochMs + offsets.offsetMinutes(timeZone, epochMs) * MINUTE_MS;
  const dayNumber = Math.floor(local / DAY_MS);
  const minuteOfDay = Math.floor((local - dayNumber * DAY_MS) / MINUTE_MS);
  // 1970-01-01 was a Thursday.
  const weekday = ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
  return { dayNumber, minuteOfDay, weekday };
}

/**
 * The instant the wall clock shows `minuteOfDay` on local day `dayNumber` (minutes may run past
 * midnight), resolved like `zonedEpoch`.
 */
export function wallToEpoch(timeZone: string, dayNumber: number, minuteOfDay: number, offsets: OffsetSource = INTL_OFFSETS): number {
  return epochOfWall(timeZone, dayNumber * DAY_MS + minuteOfDay * MINUTE_MS, offsets);
}

/** Whether a daily range (possibly past midnight) covers the wall minute, today's or yesterday's. */
export function inDailyRange(range: TimeRange, minuteOfDay: number): boolean {
  return (
    (range.start <= minuteOfDay && minuteOfDay < range.end) ||
    (range.start <= minuteOfDay + 1440 && minuteOfDay + 1440 < range.end)
  );
}

/** End of the occurrence of `range` that covers `at`, or undefined when none does. */
export function dailyRangeEndAt(timeZone: string, at: WallTime, range: TimeRange, offsets: OffsetSource = INTL_OFFSETS): number | undefined {
  if (range.start <= at.minuteOfDay && at.minuteOfDay < range.end) {
    return wallToEpoch(timeZone, at.dayNumber, range.end, offsets);
  }
  if (range.start <= at.minuteOfDay + 1440 && at.minuteOfDay + 1440 < range.end) {
    return wallToEpoch(timeZone, at.dayNumber - 1, range.end, offsets);
  }
  return undefined;
}

export function inWeekly(hours: WeeklyHours, at: WallTime): boolean {
  const yesterday = hours[(at.weekday + 6) % 7]!;
  return (
    hours[at.weekday].some((r) => r.start <= at.minuteOfDay && at.minuteOfDay < r.end) ||
    yesterday.some((r) => r.start <= at.minuteOfDay + 1440 && at.minuteOfDay + 1440 < r.end)
  );
}

/** Start of the next weekly window after `at` within `horizonDays`, like `nextWeeklyStart`. */
export function nextWeeklyStartAt(
  timeZone: string,
  at: WallTime,
  hours: WeeklyHours,
  horizonDays = 14,
  offsets: OffsetSource = INTL_OFFSETS,
): number | undefined {
  for (let i = 0; i <= horizonDays; i++) {
    const starts = hours[(at.weekday + i) % 7]!.map((r) => r.start).filter((start) => i > 0 || start > at.minuteOfDay);
    if (starts.length > 0) return wallToEpoch(timeZone, at.dayNumber + i, Math.min(...starts), offsets);
  }
  return undefined;
}

/** Local midnight of the next day (after today) whose weekday is in `days`, within a week. */
export function nextDayStartAt(timeZone: string, at: WallTime, days: readonly Weekday[], offsets: OffsetSource = INTL_OFFSETS): number | undefined {
  for (let i = 1; i <= 7; i++) {
    if (days.includes(((at.weekday + i) % 7) as Weekday)) {
      return wallToEpoch(timeZone, at.dayNumber + i, 0, offsets);
    }
  }
  return undefined;
}

/** The next instant after `at` at which the wall clock shows `minuteOfDay`. */
export function nextClockAt(timeZone: string, at: WallTime, minuteOfDay: number, offsets: OffsetSource = INTL_OFFSETS): number {
  const day = minuteOfDay > at.minuteOfDay ? at.dayNumber : at.dayNumber + 1;
  return wallToEpoch(timeZone, day, minuteOfDay, offsets);
}
