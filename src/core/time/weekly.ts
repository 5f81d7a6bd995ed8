import { addLocalDays, weekdayOf } from "./localDate.js";
import type { Interval, LocalDate, TimeRange, WeeklyHours } from "./types.js";
import { localDateOf, zonedEpoch } from "./zone.js";

/** Absolute intervals for a list of wall-clock ranges on `date`. Ranges that vanish in a DST gap
 *  are dropped; a range past midnight ends on the next day. */
export function rangesOnDate(ranges: readonly TimeRange[], date: LocalDate, timeZone: string): Interval[] {
  const out: Interval[] = [];
  for (const range of ranges) {
    const start = zonedEpoch(timeZone, date, range.start);
    const end = zonedEpoch(timeZone, date, range.end);
    if (start < end) out.push({ start, end });
  }
  return out;
}

/** Absolute intervals of the ranges that start on `date`. */
export function windowsOfDay(hours: WeeklyHours, date: LocalDate, timeZone: string): Interval[] {
  return rangesOnDate(hours[weekdayOf(date)], date, timeZone);
}

function containing(windows: readonly Interval[], epochMs: number): Interval | undefined {
  return windows.find((w) => w.start <= epochMs && epochMs < w.end);
}

/** The weekly window `epochMs` lies in, including yesterday's ranges that run past midnight. */
export function weeklyWindowAt(epochMs: number, hours: WeeklyHours, timeZone: string): Interval | undefined {
  const today = localDateOf(epochMs, timeZone);
  return (
    containing(windowsOfDay(hours, today, timeZone), epochMs) ??
    containing(windowsOfDay(hours, addLocalDays(today, -1), timeZone), epochMs)
  );
}

export function isInsideWeekly(epochMs: number, hours: WeeklyHours, timeZone: string): boolean {
  return weeklyWindowAt(epochMs, hours, timeZone) !== undefined;
}

/** `epochMs` itself when inside the hours, else the next window's start within the horizon. */
export function nextWeeklyStart(
  epochMs: number,
  hours: WeeklyHours,
  timeZone: string,
  horizonDays = 14,
): number | undefined {
  if (isInsideWeekly(epochMs, hours, timeZone)) return epochMs;
  const today = localDateOf(epochMs, timeZone);
  for (let i = 0; i <= horizonDays; i++) {
    const starts = windowsOfDay(hours, addLocalDays(today, i), timeZone)
      .map((w) => w.start)
      .filter((s) => s > epochMs);
    if (starts.length > 0) return Math.min(...starts);
  }
  return undefined;
}

/** The occurrence of a daily range (e.g. quiet hours 21:00–09:00) that contains `epochMs`. */
export function dailyRangeAt(epochMs: number, range: TimeRange, timeZone: string): Interval | undefined {
  const today = localDateOf(epochMs, timeZone);
  return (
    containing(rangesOnDate([range], today, timeZone), epochMs) ??
    containing(rangesOnDate([range], addLocalDays(today, -1), timeZone), epochMs)
  );
}

export function dailyRangeContains(epochMs: number, range: TimeRange, timeZone: string): boolean {
  return dailyRangeAt(epochMs, range, timeZone) !== undefined;
}

/** When the current occurrence of the daily range ends; undefined when `epochMs` is outside it. */
export function dailyRangeEnd(epochMs: number, range: TimeRange, timeZone: string): number | undefined {
  return dailyRangeAt(epochMs, range, timeZone)?.end;
}
