import type { LocalDate, Weekday } from "../../../src/core/time/types.js";

/*
 * The wall clock straight from Intl, with no caching: the reference the cached offsets in
 * src/core/time are checked against.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, f);
  }
  return f;
}

export interface IntlWall extends LocalDate {
  readonly hour: number;
  readonly minute: number;
  readonly weekday: Weekday;
  readonly minuteOfDay: number;
}

export function intlWall(timeZone: string, epochMs: number): IntlWall {
  const parts: Record<string, string> = {};
  for (const p of format(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour,
    minute,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "") as Weekday,
    minuteOfDay: hour * 60 + minute,
  };
}

/** Minutes east of UTC, for instants on a whole minute. */
export function intlOffset(timeZone: string, epochMs: number): number {
  const w = intlWall(timeZone, epochMs);
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - epochMs) / MINUTE_MS;
}

/** zonedEpoch as it was written before offsets were cached: every offset read from Intl. */
export function intlZonedEpoch(timeZone: string, date: LocalDate, minuteOfDay: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  const before = intlOffset(timeZone, wall - DAY_MS);
  const after = intlOffset(timeZone, wall + DAY_MS);
  const early = wall - before * MINUTE_MS;
  const earlyValid = intlOffset(timeZone, early) === before;
  if (before === after && earlyValid) return early;
  const late = wall - after * MINUTE_MS;
  const lateValid = intlOffset(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // In the gap: the first minute with the later offset.
  let low = Math.min(early, late) / MINUTE_MS;
  let high = Math.max(early, late) / MINUTE_MS;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (intlOffset(timeZone, mid * MINUTE_MS) === after) high = mid;
    else low = mid + 1;
  }
  return high * MINUTE_MS;
}
