import { offsetMinutes } from "../time/zone.js";
import type { TimeRange, Weekday, WeeklyHours } from "../time/types.js";

/*
 * The rule engine answers in a few microseconds, but one Intl-based offset lookup costs about
 * two. Offsets change only a few times a year, so each zone keeps the spans of constant offset
 * it has seen, and everything else is integer arithmetic on the local wall clock. The results
 * match src/core/time (tests cross-check them); this file only makes them cheap to repeat.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far a freshly measured span reaches each way; transitions are months apart. */
const PROBE_DAYS = 31;
const MAX_SPANS_PER_ZONE = 64;

interface Span {
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** Minutes east of UTC. */
  readonly offset: number;
}

const spansByZone = new Map<string, Span[]>();

/** The first instant in (lo, hi] whose offset differs from `offset`, to the minute. */
function firstChange(timeZone: string, lo: number, hi: number, offset: number): number {
  let low = Math.floor(lo / MINUTE_MS);
  let high = Math.ceil(hi / MINUTE_MS);
  while (low + 1 < high) {
    const mid = Math.floor((low + high) / 2);
    if (offsetMinutes(timeZone, mid * MINUTE_MS) === offset) low = mid;
    else high = mid;
  }
  return high * MINUTE_MS;
}

function measureSpan(timeZone: string, epochMs: number): Span {
  const offset = offsetMinutes(timeZone, epochMs);
  let end = epochMs + PROBE_DAYS * DAY_MS;
  for (let k = 1; k <= PROBE_DAYS; k++) {
    const probe = epochMs + k * DAY_MS;
    if (offsetMinutes(timeZone, probe) !== offset) {
      end = firstChange(timeZone, probe - DAY_MS, probe, offset);
      break;
    }
  }
  let start = epochMs - PROBE_DAYS * DAY_MS;
  for (let k = 1; k <= PROBE_DAYS; k++) {
    const probe = epochMs - k * DAY_MS;
    if (offsetMinutes(timeZone, probe) !== offset) {
      // The last instant with the other offset, searched from the other side.
      let low = Math.floor(probe / MINUTE_MS);
      let high = Math.ceil((probe + DAY_MS) / MINUTE_MS);
      while (low + 1 < high) {
        const mid = Math.floor((low + high) / 2);
        if (offsetMinutes(timeZone, mid * MINUTE_MS) === offset) high = mid;
        else low = mid;
      }
      start = high * MINUTE_MS;
      break;
    }
  }
  return { start, end, offset };
}

/* One evaluation asks the same zone several times, mostly within one span. */
let lastZone = "";
let lastSpan: Span = { start: 0, end: 0, offset: 0 };

function spanAt(timeZone: string, epochMs: number): Span {
  if (timeZone === lastZone && lastSpan.start <= epochMs && epochMs < lastSpan.end) return lastSpan;
  const span = lookupSpan(timeZone, epochMs);
  lastZone = timeZone;
  lastSpan = span;
  return span;
}

function lookupSpan(timeZone: string, epochMs: number): Span {
  const spans = spansByZone.get(timeZone);
  if (spans !== undefined) {
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      if (span.start <= epochMs && epochMs < span.end) return span;
    }
  }
  // Throws for an unknown zone, before anything about it is kept.
  const span = measureSpan(timeZone, epochMs);
  if (spans === undefined) spansByZone.set(timeZone, [span]);
  else {
    if (spans.length >= MAX_SPANS_PER_ZONE) spans.length = 0;
    spans.push(span);
  }
  return span;
}

/** UTC offset in minutes east, like `offsetMinutes` from the time module, but cached. */
export function zoneOffset(timeZone: string, epochMs: number): number {
  return spanAt(timeZone, epochMs).offset;
}

/** A local wall-clock position: days since 1970-01-01 (local) and minutes into that day. */
export interface WallTime {
  readonly dayNumber: number;
  readonly minuteOfDay: number;
  readonly weekday: Weekday;
}

export function wallTime(timeZone: string, epochMs: number): WallTime {
  const local = epochMs + zoneOffset(timeZone, epochMs) * MINUTE_MS;
  const dayNumber = Math.floor(local / DAY_MS);
  const minuteOfDay = Math.floor((local - dayNumber * DAY_MS) / MINUTE_MS);
  // 1970-01-01 was a Thursday.
  const weekday = ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
  return { dayNumber, minuteOfDay, weekday };
}

/**
 * The instant the wall clock shows `minuteOfDay` on local day `dayNumber` (minutes may run past
 * midnight). Same resolution as `zonedEpoch`: a time in a spring-forward gap becomes the first
 * instant after the gap; a repeated fall-back time its first occurrence.
 */
export function wallToEpoch(timeZone: string, dayNumber: number, minuteOfDay: number): number {
  const wall = dayNumber * DAY_MS + minuteOfDay * MINUTE_MS;
  // Usually one offset holds for the whole day either side, and the answer is immediate.
  const around = spanAt(timeZone, wall - DAY_MS);
  if (around.end > wall + DAY_MS) return wall - around.offset * MINUTE_MS;
  const before = around.offset;
  const after = zoneOffset(timeZone, wall + DAY_MS);
  const early = wall - before * MINUTE_MS;
  const earlyValid = zoneOffset(timeZone, early) === before;
  if (before === after && earlyValid) return early;
  const late = wall - after * MINUTE_MS;
  const lateValid = zoneOffset(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return spanAt(timeZone, Math.max(early, late)).start;
}

/** Whether a daily range (possibly past midnight) covers the wall minute, today's or yesterday's. */
export function inDailyRange(range: TimeRange, minuteOfDay: number): boolean {
  return (
    (range.start <= minuteOfDay && minuteOfDay < range.end) ||
    (range.start <= minuteOfDay + 1440 && minuteOfDay + 1440 < range.end)
  );
}

/** End of the occurrence of `range` that covers `at`, or undefined when none does. */
export function dailyRangeEndAt(timeZone: string, at: WallTime, range: TimeRange): number | undefined {
  if (range.start <= at.minuteOfDay && at.minuteOfDay < range.end) {
    return wallToEpoch(timeZone, at.dayNumber, range.end);
  }
  if (range.start <= at.minuteOfDay + 1440 && at.minuteOfDay + 1440 < range.end) {
    return wallToEpoch(timeZone, at.dayNumber - 1, range.end);
  }
  return undefined;
}

export function inWeekly(hours: WeeklyHours, at: WallTime): boolean {
  const today = hours[at.weekday];
  for (let i = 0; i < today.length; i++) {
    const r = today[i]!;
    if (r.start <= at.minuteOfDay && at.minuteOfDay < r.end) return true;
  }
  const yesterday = hours[(at.weekday + 6) % 7]!;
  const shifted = at.minuteOfDay + 1440;
  for (let i = 0; i < yesterday.length; i++) {
    const r = yesterday[i]!;
    if (r.start <= shifted && shifted < r.end) return true;
  }
  return false;
}

/** Start of the next weekly window after `at` within `horizonDays`, like `nextWeeklyStart`. */
export function nextWeeklyStartAt(
  timeZone: string,
  at: WallTime,
  hours: WeeklyHours,
  horizonDays = 14,
): number | undefined {
  for (let i = 0; i <= horizonDays; i++) {
    const ranges = hours[(at.weekday + i) % 7]!;
    let best = Infinity;
    for (let j = 0; j < ranges.length; j++) {
      const start = ranges[j]!.start;
      if ((i > 0 || start > at.minuteOfDay) && start < best) best = start;
    }
    if (best !== Infinity) return wallToEpoch(timeZone, at.dayNumber + i, best);
  }
  return undefined;
}

/** Local midnight of the next day (after today) whose weekday is in `days`, within a week. */
export function nextDayStartAt(timeZone: string, at: WallTime, days: readonly Weekday[]): number | undefined {
  for (let i = 1; i <= 7; i++) {
    if (days.includes(((at.weekday + i) % 7) as Weekday)) {
      return wallToEpoch(timeZone, at.dayNumber + i, 0);
    }
  }
  return undefined;
}

/** The next instant after `at` at which the wall clock shows `minuteOfDay`. */
export function nextClockAt(timeZone: string, at: WallTime, minuteOfDay: number): number {
  const day = minuteOfDay > at.minuteOfDay ? at.dayNumber : at.dayNumber + 1;
  return wallToEpoch(timeZone, day, minuteOfDay);
}
