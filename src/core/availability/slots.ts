import { addLocalDays, formatLocalDate, weekdayOf } from "../time/localDate.js";
import type { Interval, LocalDate, TimeRange } from "../time/types.js";
import { localDateOf, zonedEpoch } from "../time/zone.js";
import { blockedIntervals, firstEndingAfter, isHoldActive } from "./busy.js";
import type { AvailabilitySettings, DayQuery, SlotQuery } from "./types.js";

const MINUTE_MS = 60_000;

/** The wall-clock ranges she works on `date`: an override replaces the weekly hours. */
export function hoursOn(settings: AvailabilitySettings, date: LocalDate): readonly TimeRange[] {
  return settings.overrides[formatLocalDate(date)] ?? settings.weekly[weekdayOf(date)];
}

/** What a search computes once and reuses for every day of a horizon. */
interface Prepared {
  readonly query: SlotQuery;
  readonly lengthMs: number;
  readonly earliest: number;
  /** Where no appointment may lie (see `blockedBy`). */
  readonly blocked: readonly Interval[];
  /** Bookings and active holds sorted by start, for the daily limits. */
  readonly appointments: readonly Interval[];
}

function prepare(query: SlotQuery): Prepared {
  const { settings, now } = query;
  const needLimits = settings.maxAppointmentsPerDay !== undefined || settings.maxBookedMinutesPerDay !== undefined;
  const appointments: Interval[] = [];
  if (needLimits) {
    appointments.push(...query.bookings, ...query.holds.filter((h) => isHoldActive(h, now)));
    appointments.sort((a, b) => a.start - b.start);
  }
  return {
    query,
    lengthMs: (query.length ?? settings.appointmentMinutes) * MINUTE_MS,
    earliest: now + settings.noticeMinutes * MINUTE_MS,
    blocked: blockedIntervals(query.bookings, query.holds, settings, now),
    appointments,
  };
}

function firstStartingAt(sorted: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.start ?? Infinity) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the day's limits leave room for one more appointment of the wanted length. */
function limitsAllow(p: Prepared, date: LocalDate): boolean {
  const { maxAppointmentsPerDay, maxBookedMinutesPerDay } = p.query.settings;
  if (maxAppointmentsPerDay === undefined && maxBookedMinutesPerDay === undefined) return true;
  const { timeZone } = p.query;
  const dayStart = zonedEpoch(timeZone, date, 0);
  const dayEnd = zonedEpoch(timeZone, addLocalDays(date, 1), 0);
  const from = firstStartingAt(p.appointments, dayStart);
  const to = firstStartingAt(p.appointments, dayEnd);
  if (maxAppointmentsPerDay !== undefined && to - from + 1 > maxAppointmentsPerDay) return false;
  if (maxBookedMinutesPerDay !== undefined) {
    let ms = p.lengthMs;
    for (let i = from; i < to; i++) {
      const a = p.appointments[i];
      if (a) ms += a.end - a.start;
    }
    if (ms > maxBookedMinutesPerDay * MINUTE_MS) return false;
  }
  return true;
}

/**
 * Slot starts for one wall-clock range, aligned to the step on the local clock. Between two
 * offset changes the starts are evenly spaced in absolute time too, so only the ends of the
 * range go through the zone; a range that contains a change is converted start by start.
 */
function rangeStarts(range: TimeRange, date: LocalDate, timeZone: string, step: number): number[] {
  const first = Math.ceil(range.start / step) * step;
  const last = Math.ceil(range.end / step) * step - step;
  if (last < first) return [];
  const t0 = zonedEpoch(timeZone, date, first);
  const tLast = zonedEpoch(timeZone, date, last);
  const starts: number[] = [];
  if (tLast - t0 === (last - first) * MINUTE_MS) {
    for (let m = first; m <= last; m += step) starts.push(t0 + (m - first) * MINUTE_MS);
    return starts;
  }
  for (let m = first; m <= last; m += step) {
    const t = zonedEpoch(timeZone, date, m);
    // Wall times in a spring-forward gap collapse onto the end of the gap: keep one.
    if (starts.length === 0 || t > (starts[starts.length - 1] ?? -Infinity)) starts.push(t);
  }
  return starts;
}

function daySlots(p: Prepared, date: LocalDate): Interval[] {
  const { settings, timeZone } = p.query;
  const ranges = hoursOn(settings, date);
  if (ranges.length === 0 || !limitsAllow(p, date)) return [];
  const step = Math.max(1, Math.round(settings.stepMinutes));
  const slots: Interval[] = [];
  for (const range of ranges) {
    const windowStart = zonedEpoch(timeZone, date, range.start);
    const windowEnd = zonedEpoch(timeZone, date, range.end);
    const starts = rangeStarts(range, date, timeZone, step);
    let i = firstEndingAfter(p.blocked, starts[0] ?? 0);
    for (const start of starts) {
      const end = start + p.lengthMs;
      if (start < p.earliest || start < windowStart || end > windowEnd) continue;
      while (i < p.blocked.length && (p.blocked[i]?.end ?? Infinity) <= start) i++;
      const next = p.blocked[i];
      if (next && next.start < end) continue;
      slots.push({ start, end });
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

/**
 * Every bookable slot that starts on `date` (in her zone): aligned to the step, inside that
 * day's hours, at least the notice away from now, clear of every booking and active hold with
 * all buffers counted, and within the daily limits.
 */
export function freeSlots(query: DayQuery): Interval[] {
  return daySlots(prepare(query), query.date);
}

export interface HorizonQuery extends SlotQuery {
  /** Number of local days, today included. */
  readonly days: number;
  /** First day to look at; defaults to today in her zone. */
  readonly from?: LocalDate;
}

/** The free slots of each day in a horizon, in order. */
export function freeSlotsByDay(query: HorizonQuery): { date: LocalDate; slots: Interval[] }[] {
  const p = prepare(query);
  const first = query.from ?? localDateOf(query.now, query.timeZone);
  const out: { date: LocalDate; slots: Interval[] }[] = [];
  for (let i = 0; i < query.days; i++) {
    const date = addLocalDays(first, i);
    out.push({ date, slots: daySlots(p, date) });
  }
  return out;
}

/** All free slots over the next `days` local days (30 for the usual horizon). */
export function freeSlotsHorizon(query: HorizonQuery): Interval[] {
  return freeSlotsByDay(query).flatMap((d) => d.slots);
}

/** The first day within the horizon that still has a free slot. */
export function nextFreeDay(
  query: SlotQuery & { readonly from?: LocalDate; readonly horizonDays?: number },
): { date: LocalDate; slots: Interval[] } | undefined {
  const p = prepare(query);
  const first = query.from ?? localDateOf(query.now, query.timeZone);
  for (let i = 0; i < (query.horizonDays ?? 30); i++) {
    const date = addLocalDays(first, i);
    const slots = daySlots(p, date);
    if (slots.length > 0) return { date, slots };
  }
  return undefined;
}

/**
 * The free stretches of `date` for an agenda, in the one meaning of free the slots have: inside
 * her hours, from the next whole minute on, where an appointment clears every booking and active
 * hold with all buffers counted, long enough for one of the usual length, and only while the
 * day's limits leave room for one. Any appointment that fits inside a stretch can be booked;
 * every slot `freeSlots` offers lies inside one. Notice and step do not apply: they shape
 * proposals to clients, not her own agenda.
 */
export function freeGaps(query: DayQuery): Interval[] {
  const p = prepare(query);
  const { settings, timeZone, date, now } = query;
  if (!limitsAllow(p, date)) return [];
  const from = Math.ceil(now / MINUTE_MS) * MINUTE_MS;
  const gaps: Interval[] = [];
  const keep = (start: number, end: number) => {
    if (end - start >= p.lengthMs) gaps.push({ start, end });
  };
  for (const range of hoursOn(settings, date)) {
    let cursor = Math.max(from, zonedEpoch(timeZone, date, range.start));
    const windowEnd = zonedEpoch(timeZone, date, range.end);
    for (let i = firstEndingAfter(p.blocked, cursor); i < p.blocked.length && cursor < windowEnd; i++) {
      const b = p.blocked[i];
      if (!b || b.start >= windowEnd) break;
      if (b.start > cursor) keep(cursor, b.start);
      cursor = Math.max(cursor, b.end);
    }
    if (cursor < windowEnd) keep(cursor, windowEnd);
  }
  return gaps.sort((a, b) => a.start - b.start);
}

