import { addLocalDays } from "./localDate.js";
import { offsetMinutes, wallToEpoch } from "./offsets.js";
import type { LocalDate, Weekday } from "./types.js";

const MINUTE_MS = 60_000;

export { offsetMinutes };

export interface ZonedParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: Weekday;
  /** hour * 60 + minute */
  readonly minuteOfDay: number;
}

/** The wall clock in `timeZone` at `epochMs`. */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const wall = new Date(epochMs + offsetMinutes(timeZone, epochMs) * MINUTE_MS);
  const hour = wall.getUTCHours();
  const minute = wall.getUTCMinutes();
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour,
    minute,
    weekday: wall.getUTCDay() as Weekday,
    minuteOfDay: hour * 60 + minute,
  };
}

export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const { year, month, day } = zonedParts(epochMs, timeZone);
  return { year, month, day };
}

/** Epoch ms of local midnight is not always wall 00:00 (zones that skip midnight), so this is
 *  simply the instant `zonedEpoch(tz, date, 0)` resolves to. */
export function startOfLocalDay(timeZone: string, date: LocalDate): number {
  return zonedEpoch(timeZone, date, 0);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` plus `minuteOfDay` minutes.
 * `minuteOfDay` may reach past 1440 (or below 0) and then runs into the neighbouring days.
 *
 * A wall time that falls into a gap (02:30 on the spring-forward day) resolves to the first
 * instant after the gap (03:00); an ambiguous one (02:30 on the fall-back day) to its first
 * occurrence. This assumes at most one offset change within a day either side, which holds for
 * every zone in the tz database.
 */
export function zonedEpoch(timeZone: string, date: LocalDate, minuteOfDay: number): number {
  return wallToEpoch(timeZone, Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS);
}

/** Length of a local day in minutes (1380 or 1500 on DST change days in Europe). */
export function localDayMinutes(timeZone: string, date: LocalDate): number {
  return (zonedEpoch(timeZone, addLocalDays(date, 1), 0) - zonedEpoch(timeZone, date, 0)) / MINUTE_MS;
}
